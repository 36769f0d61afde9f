"""The command line (import-expertise, pairs, export --only …) and the printed documents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from exports import kenniskaart
from sessions import demo_peer, expertise, expertise_import, intervisie, pairs
from sessions.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--lang", "nl"],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("peer") / "leercultuur.startdag"
    result = run("new", str(path), "--demo", "leercultuur")
    assert result.returncode == 0, result.stderr
    return path


def test_demo_has_what_the_issue_asks(demo_file):
    with Store.open(demo_file, read_only=True) as s:
        m = expertise.load(s)
        assert len(m.people) == 40 and len(m.competences) == 12 and len(m.goals) == 3
        assert len({p.team for p in m.people} - {"Directie"}) == 4
        assert sum(1 for p in m.people if p.manager_id) == 39
        kinds = {f.kind for f in expertise.flags(m)}
        assert {"single_expert", "unteachable", "no_expert", "overasked"} <= kinds
        assert pairs.pairs(s, "draft")


def test_pairs_cli_json_saves_the_draft_keeps_pins_and_publishes(demo_file, tmp_path):
    path = tmp_path / "copy.startdag"
    path.write_bytes(demo_file.read_bytes())
    with Store.open(path) as s:
        first = pairs.pairs(s, "draft")[0]
        pairs.set_pinned(s, first.id, True)
    result = run("pairs", str(path), "--capacity", "3", "--max-pairs", "3", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["paired"] == len(out["pairs"]) and 0 < out["paired"] <= out["wanted"]
    assert {"learner", "expert", "competence", "why"} <= set(out["pairs"][0])
    assert " leert ‘" in out["pairs"][0]["why"]
    with Store.open(path, read_only=True) as s:
        drafts = pairs.pairs(s, "draft")
        assert any(p.id == first.id and p.pinned for p in drafts)
        assert expertise.settings(s).default_capacity == 3
        assert expertise.settings(s).max_pairs == 3
    result = run("pairs", str(path), "--publish")
    assert result.returncode == 0 and "Gepubliceerd" in result.stdout
    with Store.open(path, read_only=True) as s:
        assert pairs.pairs(s, "draft") == [] and pairs.pairs(s, "published")


def test_pairs_cli_ends_a_published_pair_all_or_nothing(demo_file, tmp_path):
    """`pairs FILE --end ID`: the pair carries no load any more and is never proposed again;
    a bad id among several ends none of them."""
    path = tmp_path / "copy.startdag"
    path.write_bytes(demo_file.read_bytes())
    result = run("pairs", str(path), "--publish", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)["pairs"]
    assert listed and all(isinstance(p["id"], int) for p in listed)
    target, other = listed[0], listed[1]
    with Store.open(path, read_only=True) as s:
        before = {p.id: p.state for p in pairs.pairs(s)}
    draft_id = max(before) + 1000
    result = run("pairs", str(path), "--end", str(other["id"]), "--end", str(draft_id))
    assert result.returncode == 1 and f"Er is geen koppel {draft_id}" in result.stderr
    assert "Traceback" not in result.stderr
    with Store.open(path, read_only=True) as s:
        assert {p.id: p.state for p in pairs.pairs(s)} == before          # nothing ended
    result = run("pairs", str(path), "--end", str(target["id"]), "--capacity", "3")
    assert result.returncode == 1 and "--end" in result.stderr
    result = run("pairs", str(path), "--end", str(target["id"]))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Beëindigd: ") and target["why"] in result.stdout
    result = run("pairs", str(path), "--end", str(target["id"]))
    assert result.returncode == 1 and "niet gepubliceerd" in result.stderr
    with Store.open(path) as s:
        ended = next(p for p in pairs.pairs(s) if p.id == target["id"])
        assert ended.state == "ended"
        problem = pairs.problem_from(expertise.load(s), pairs.pairs(s))
        assert (ended.learner_id, ended.expert_id, ended.competence_id) not in problem.fixed
        assert (ended.learner_id, ended.expert_id) in problem.earlier
        proposal = pairs.propose(s)
        assert all((p.learner_id, p.expert_id) != (ended.learner_id, ended.expert_id)
                   for p in proposal.pairs)


def test_import_expertise_cli_reports_and_refuses(demo_file, tmp_path):
    path = tmp_path / "copy.startdag"
    path.write_bytes(demo_file.read_bytes())
    matrix = tmp_path / "m.csv"
    matrix.write_bytes("Naam;Roosteren\r\nJan de Boer;4\r\nPiet Nieuw;2\r\n".encode("cp1252"))
    result = run("import-expertise", str(path), str(matrix), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["ratings"] == 1 and out["unknown_people"][0]["person"] == "Piet Nieuw"
    assert "niet op de deelnemerslijst" in out["unknown_people"][0]["message"]
    bad = tmp_path / "bad.csv"
    bad.write_text("Competentie;Niveau\nRoosteren;3\n")
    result = run("import-expertise", str(path), str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stderr.strip()


def test_export_only_peer_kinds_writes_real_pdfs_and_xlsx(demo_file, tmp_path):
    path = tmp_path / "copy.startdag"
    path.write_bytes(demo_file.read_bytes())
    with Store.open(path) as s:
        intervisie.form(s)
    result = run("export", str(path), "--to", str(tmp_path / "out"), "--only",
                 "kenniskaart,pairs,intervisie")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["intervisie-methodekaarten.pdf", "kenniskaart-matrix.xlsx", "kenniskaart.pdf",
                     "leerkoppels.pdf"]
    kaart = PdfReader(tmp_path / "out" / "kenniskaart.pdf")
    text = "".join(p.extract_text() for p in kaart.pages)
    assert "Omgaan met agressie" in text and "Kenniskaart" in text
    assert "Jan de Boer" not in text            # counts only: no names unless asked
    w, h = kaart.pages[0].mediabox.width, kaart.pages[0].mediabox.height
    assert w > h                                 # landscape
    cards = PdfReader(tmp_path / "out" / "leerkoppels.pdf")
    with Store.open(path, read_only=True) as s:
        n_pairs = len(pairs.pairs(s, "draft"))
        n_groups = len(intervisie.groups(s))
    assert len(cards.pages) == -(-n_pairs // 4)
    assert "Vraag om samen te verkennen" in cards.pages[0].extract_text()
    method = PdfReader(tmp_path / "out" / "intervisie-methodekaarten.pdf")
    assert len(method.pages) == n_groups and "Tijdbewaker" in method.pages[0].extract_text()
    wb = openpyxl.load_workbook(tmp_path / "out" / "kenniskaart-matrix.xlsx")
    assert wb.sheetnames == ["Matrix", "Beoordelingen"] and wb["Matrix"].max_row == 41


def test_names_on_the_printed_map_only_when_ticked_and_a3_for_large_teams(tmp_path):
    s = demo_peer.create_demo(tmp_path / "d.startdag")
    try:
        kenniskaart.write_kenniskaart(s, tmp_path / "names.pdf", names=True)
        text = "".join(p.extract_text() for p in PdfReader(tmp_path / "names.pdf").pages)
        assert "Jan de Boer" in text
        from sessions import participants

        for i in range(30):
            participants.add(s, first_name=f"Extra{i}", last_name="Team")
        kenniskaart.write_kenniskaart(s, tmp_path / "big.pdf", names=True)
        page = PdfReader(tmp_path / "big.pdf").pages[0]
        assert round(float(page.mediabox.width)) == 1191     # A3 landscape
    finally:
        s.close()


def test_the_matrix_xlsx_long_sheet_reads_back_through_the_importer(tmp_path):
    s = demo_peer.create_demo(tmp_path / "d.startdag")
    try:
        before = expertise.ratings(s)
        kenniskaart.write_matrix_xlsx(s, tmp_path / "m.xlsx")
        wb = openpyxl.load_workbook(tmp_path / "m.xlsx")
        wb.remove(wb["Matrix"])
        wb.save(tmp_path / "long.xlsx")
        report = expertise_import.import_file(s, tmp_path / "long.xlsx")
        assert report.form == "long" and report.ratings == len(before) and not report.skipped
        after = expertise.ratings(s)
        assert {k: (r.level, r.wants, r.teaches, r.priority) for k, r in after.items()} == \
            {k: (r.level, r.wants, r.teaches, r.priority) for k, r in before.items()}
    finally:
        s.close()
