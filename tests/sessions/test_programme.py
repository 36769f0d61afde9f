"""The programme roll-up: read-only over good, damaged, newer, older and open files; the library
leaks no names; the CLI round trip."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import struct
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sessions import experiments, experiments_demo, lessons, programme
from sessions.participants import display_name
from sessions.store import Store
from tests.exports.pdftools import text_of

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 26)
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "v1.startdag"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: _sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def orgs(tmp_path_factory) -> Path:
    """Four organisations' files (the programme demo's first four)."""
    folder = tmp_path_factory.mktemp("programme")
    seen: set = set()
    for i, org in enumerate(experiments_demo.ORGS[:4]):
        experiments_demo.create_org(folder / experiments_demo.file_name(org), org, seed=1900 + i, today=TODAY,
                             seen=seen)
    return folder


def _people(folder: Path) -> list[tuple[str, str, str]]:
    """Every person's name parts in every file, read without writing (immutable)."""
    names = []
    for p in folder.glob("*.startdag"):
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?immutable=1", uri=True)
        try:
            names += conn.execute("SELECT first_name, prefix, last_name FROM participant").fetchall()
            for (contacts,) in conn.execute("SELECT contacts FROM intake"):
                names += [(c["name"], "", "") for c in json.loads(contacts)]
            names += [(a, "", "") for (a,) in conn.execute("SELECT DISTINCT adviser FROM advice_hours")]
        finally:
            conn.close()
    return names


def _leaks(text: str, people: list[tuple[str, str, str]]) -> list[str]:
    found = []
    for first, prefix, last in people:
        full = display_name(first, prefix, last)
        if full.casefold() in text.casefold():
            found.append(full)
        for part in (*first.split(), *last.split()):
            if len(part) >= 2 and part.casefold() not in lessons.PREFIXES and re.search(
                    rf"(?<!\w){re.escape(part)}(?!\w)", text):
                found.append(part)
    return found


def test_the_roll_up_reads_every_organisation(orgs):
    before = _listing(orgs)
    prog = programme.roll_up([orgs], TODAY)
    assert prog.problems == []
    assert len(prog.organisations) == 4
    o = next(x for x in prog.organisations if x.name == "Buurtwerk Arnhem-Zuid")
    assert (o.used, o.remaining, o.level) == (38.5, -2.5, "over")
    assert sum(o.status.values()) == 3 and sum(o.result.values()) == o.lessons
    assert _listing(orgs) == before          # same bytes, and no side files appeared


def test_damaged_newer_foreign_older_and_open_files(orgs, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = sorted(orgs.glob("*.startdag"))
    for p in good[:2]:
        (folder / p.name).write_bytes(p.read_bytes())
    data = good[2].read_bytes()
    (folder / "afgebroken.startdag").write_bytes(data[: len(data) // 2 + 100])
    newer = bytearray(good[3].read_bytes())
    newer[60:64] = struct.pack(">i", 99)
    (folder / "nieuwer.startdag").write_bytes(bytes(newer))
    (folder / "foto.startdag").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    (folder / "oud.startdag").write_bytes(FIXTURE_V1.read_bytes())
    # open elsewhere: a live Store holds the lock, with a committed change still in the WAL
    live = Store.open(folder / good[0].name)
    try:
        experiments.add(live, "Nieuw experiment tijdens het lezen")
        assert Path(f"{live.path}-wal").stat().st_size > 0
        before = {name: h for name, h in _listing(folder).items() if not name.endswith(("-wal", "-shm"))}
        prog = programme.roll_up([folder], TODAY)
        after = {name: h for name, h in _listing(folder).items() if not name.endswith(("-wal", "-shm"))}
    finally:
        live.close()
    assert after == before
    problems = {Path(p.path).name: p.error.code.value for p in prog.problems}
    assert problems == {"afgebroken.startdag": "truncated", "nieuwer.startdag": "newer",
                        "foto.startdag": "not_sqlite"}
    names = {Path(o.path).name: o for o in prog.organisations}
    assert set(names) == {good[0].name, good[1].name, "oud.startdag"}
    # the open file was read with its newest committed change
    assert sum(names[good[0].name].status.values()) == 4
    # the version-1 file was migrated in memory: still version 1 on disk
    assert names["oud.startdag"].migrated_from == 1
    with open(folder / "oud.startdag", "rb") as fh:
        assert struct.unpack(">i", fh.read(100)[60:64])[0] == 1


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path):
    prog = programme.roll_up([tmp_path / "weg"], TODAY)
    assert prog.organisations == [] and prog.problems[0].error.code.value == "not_found"


def test_the_anonymiser_replaces_names_not_nouns():
    anon = lessons.Anonymiser(["Jan van der Wijk", "Els Bakker", "Naïma El Amrani"],
                              ["Welzijn Centraal"])
    text = anon.clean("Jan en els bakker bespraken de els en de bakker; naïma el amrani en Amrani "
                      "van Welzijn Centraal ook. Van der Wijk niet.")
    assert text == ("[naam] en [naam] bespraken de els en de bakker; [naam] en [naam] "
                    "van [organisatie] ook. Van der [naam] niet.")
    assert dict(anon.replaced)["Jan"] == 1


def test_library_pdf_and_xlsx_hold_no_participant_name(orgs, tmp_path):
    from openpyxl import load_workbook

    from exports.programme_docs import write_all

    prog = programme.roll_up([orgs], TODAY)
    lib = prog.library()
    assert lib.replaced, "the demo's lessons name people: something must have been replaced"
    paths = write_all(prog, lib, [], tmp_path, "nl")
    people = _people(orgs)
    pdf = text_of(tmp_path / "lessen-uit-de-praktijk.pdf")
    assert "[naam]" in pdf
    assert _leaks(pdf, people) == []
    wb = load_workbook(tmp_path / "lessen-uit-de-praktijk.xlsx")
    cells = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert _leaks(cells, people) == []
    for o in prog.organisations:          # organisation names only when ticked
        assert o.name not in pdf and o.name not in cells
    assert len(paths) == 4


def test_organisations_are_named_only_when_asked(orgs, tmp_path):
    from exports.programme_docs import write_library_pdf

    prog = programme.roll_up([orgs], TODAY)
    write_library_pdf(prog.library(with_organisations=True), 4, tmp_path / "lib.pdf")
    text = " ".join(text_of(tmp_path / "lib.pdf").split())
    assert any(o.name in text for o in prog.organisations)


def test_programme_cli_round_trip(orgs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "kapot.startdag").write_bytes(b"SQLite format 3\x00" + bytes(50))
    before = _listing(orgs)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "programme", str(orgs),
         str(tmp_path / "kapot.startdag"), "--to", str(out), "--json", "--lang", "nl"],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["organisations"]) == 4
    first = data["organisations"][0]
    assert set(first) >= {"name", "hours_used", "hours_left", "experiments", "pairs", "lessons"}
    assert set(first["experiments"]) == {"status", "result"}
    direct = programme.roll_up([orgs], None)
    assert [(o["name"], o["hours_used"], o["hours_left"]) for o in data["organisations"]] == [
        (o.name, o.used, o.remaining) for o in direct.organisations]
    assert [Path(p["file"]).name for p in data["problems"]] == ["kapot.startdag"]
    assert "afgebroken" in data["problems"][0]["reason"] or "onvolledig" in data["problems"][0]["reason"]
    assert sorted(p.name for p in out.iterdir()) == [
        "lessen-uit-de-praktijk.pdf", "lessen-uit-de-praktijk.xlsx",
        "programma-overzicht.pdf", "programma-overzicht.xlsx"]
    assert _listing(orgs) == before


def test_new_demo_programme_writes_fifteen_files(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = tmp_path / "programma"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "new", str(folder), "--demo",
                             "programme"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    files = sorted(folder.glob("*.startdag"))
    assert len(files) == 15
    prog = programme.roll_up([folder])
    assert len(prog.organisations) == 15 and prog.problems == []
    results = prog.totals()["result"]
    assert results["niet"] >= 3 and results["werkt"] >= 3
    assert {o.level for o in prog.organisations} == {"ok", "warn", "over"}
