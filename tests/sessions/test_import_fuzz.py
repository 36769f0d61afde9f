"""Import fuzz: whatever bytes arrive, the importer returns a report or raises ListImportError.

Any other exception is a failure, and a failed import must leave the trajectory unchanged.

How "unchanged" is checked, and why two ways: the store runs in WAL mode, so while it is
open a commit lands in the -wal file and the main file's bytes only move at a checkpoint.
Hashing the main file of an OPEN store would therefore miss a stray commit. So

* the hypothesis tests keep one store open and compare a SHA-256 of ``iterdump()`` (the
  whole logical content, schema and rows) before and after each failed import: cheap enough
  for hundreds of examples and blind to nothing a commit can change;
* the mutated-file tests close the store (``Store.close`` checkpoints with TRUNCATE, so the
  main file then holds everything), hash the main file's bytes, reopen without a backup,
  import, close again and demand the very same bytes when the import failed.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions import importing, participants
from sessions.importing import ListImportError, Reason
from sessions.store import Store

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

PEOPLE = [
    ("Jan", "van der", "Wijk", "jan.vanderwijk@rotterdam.example", "Noord", "Gebiedsnetwerker"),
    ("Şükrü", "", "Yılmaz", "sukru.yilmaz@rotterdam.example", "Charlois", "Gebiedsmanager"),
    ("Naïma", "", "El Amrani", "naima.elamrani@rotterdam.example", "Delfshaven", "Gebiedsnetwerker"),
    ("Fatima", "in 't", "Veld", "fatima.intveld@rotterdam.example", "Centrum", "Gebiedsnetwerker"),
    ("Łukasz", "", "Wiśniewski", "lukasz.w@rotterdam.example", "Hoogvliet", "Gebiedsnetwerker"),
    ("Gülşen", "", "Çelik", "gulsen.celik@rotterdam.example", "Feijenoord", "Gebiedsmanager"),
    ("Zoë", "de", "Boer", "zoe.deboer@rotterdam.example", "Overschie", "Gebiedsnetwerker"),
    ("Ruud", "", "Visser", "ruud.visser@rotterdam.example", "Noord", "Gebiedsnetwerker"),
]
HEADER = ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Gebied", "Functie"]


def _content_hash(store: Store) -> str:
    return hashlib.sha256("\n".join(store.conn.iterdump()).encode()).hexdigest()


def _file_hash(store: Store) -> str:
    return hashlib.sha256(store.path.read_bytes()).hexdigest()


def _import(store: Store, data: bytes):
    """Run the importer; return the report, or the ListImportError it raised (nothing else)."""
    try:
        report = importing.import_file(store, data)
    except ListImportError as exc:
        assert isinstance(exc.code, Reason), exc
        assert str(exc), "an import error must carry a message"
        return exc
    assert isinstance(report, importing.ImportReport)
    assert report.added + report.updated <= max(report.rows_read, 0)
    return report


def _check_import_keeps_content_on_failure(store: Store, data: bytes) -> None:
    before = _content_hash(store)
    count = participants.count(store)
    outcome = _import(store, data)
    if isinstance(outcome, ListImportError):
        assert _content_hash(store) == before, f"failed import ({outcome}) changed the file"
    else:
        assert participants.count(store) == count + outcome.added
        # undo is part of the promise: the file must be back as it was
        importing.undo_import(store, outcome)
        assert participants.count(store) == count


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    """One store with a few people in it, shared by the hypothesis tests (undo keeps it stable)."""
    store = Store.create(tmp_path_factory.mktemp("fuzz") / "fuzz.startdag", title="Fuzz")
    for first, prefix, last, email, area, role in PEOPLE[:3]:
        participants.add(store, first_name=first, prefix=prefix, last_name=last, email=email,
                         area=area, role=role)
    yield store
    store.close()


# ---------------------------------------------------------------- hypothesis

# every code point except surrogates (they cannot be encoded at all)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
HEADER_WORDS = st.sampled_from(HEADER + ["Naam", "naam deelnemer", "Email", "Afdeling", "Rol",
                                         "Opmerking", "", "Voornaam", "Achternaam,"])


@FUZZ
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_report_or_an_import_error(fuzz_store, data):
    """Random bytes: a report or a ListImportError, and the file is unchanged when it fails."""
    _check_import_keeps_content_on_failure(fuzz_store, data)


@FUZZ
@given(header=st.lists(HEADER_WORDS, min_size=1, max_size=8),
       rows=st.lists(st.lists(ANY_TEXT, max_size=8), max_size=25),
       delimiter=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252",
                                 "latin-1"]),
       newline=st.sampled_from(["\r\n", "\n", "\r"]),
       prefix=st.binary(max_size=4))
def test_table_shaped_text_in_any_encoding(fuzz_store, header, rows, delimiter, encoding, newline,
                                           prefix):
    """Header-like first row, hostile cells, every encoding people send: report or import error."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    data = prefix + buf.getvalue().encode(encoding, errors="replace")
    _check_import_keeps_content_on_failure(fuzz_store, data)


XLSX_SAFE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
CELL = st.one_of(XLSX_SAFE, st.integers(-10**12, 10**12), st.floats(allow_nan=False,
                 allow_infinity=False), st.none(), st.booleans(), st.dates())


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(header=st.lists(HEADER_WORDS, min_size=1, max_size=6),
       rows=st.lists(st.lists(CELL, max_size=6), max_size=12),
       blank_top=st.integers(0, 3))
def test_generated_workbooks(fuzz_store, header, rows, blank_top):
    """Real xlsx files with odd cells (numbers, dates, booleans, blanks, any text)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for _ in range(blank_top):
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    _check_import_keeps_content_on_failure(fuzz_store, out.getvalue())


# ---------------------------------------------------------------- real-shaped files, mutated


def _csv_text(delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Deelnemerslijst startdag 12 maart"])   # a title row above the header
    writer.writerow([])
    writer.writerow(HEADER)
    writer.writerows(PEOPLE)
    return buf.getvalue()


def real_files() -> dict[str, bytes]:
    """The four shapes people really send, built here: what Excel and Outlook write."""
    import openpyxl

    cp1252_people = [[c.encode("cp1252", errors="replace").decode("cp1252") for c in row]
                     for row in PEOPLE]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(cp1252_people)
    files = {
        "cp1252_semicolon.csv": buf.getvalue().encode("cp1252"),
        "utf8_bom.csv": codecs.BOM_UTF8 + _csv_text(",").encode("utf-8"),
        "utf16_tab.txt": _csv_text("\t").encode("utf-16"),   # Excel's "Unicode text": BOM + LE
    }
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deelnemers"
    ws.append(["Deelnemerslijst"])
    ws.append(HEADER)
    for row in PEOPLE:
        ws.append(list(row))
    ws.append(["Anneke", "de", "Rijk", None, 42, 3.5])
    out = io.BytesIO()
    wb.save(out)
    files["list.xlsx"] = out.getvalue()
    return files


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four damaging edits: flip bits, overwrite, insert, delete, truncate, duplicate."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not buf:
            break
        op = rng.choice(("flip", "byte", "insert", "delete", "truncate", "duplicate", "nul"))
        i = rng.randrange(len(buf))
        if op == "flip":
            buf[i] ^= 1 << rng.randrange(8)
        elif op == "byte":
            buf[i] = rng.randrange(256)
        elif op == "insert":
            buf[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == "delete":
            del buf[i:i + rng.randint(1, 64)]
        elif op == "truncate":
            del buf[i:]
        elif op == "duplicate":
            j = min(len(buf), i + rng.randint(1, 200))
            buf[j:j] = buf[i:j]
        else:
            buf[i:i] = b"\x00" * rng.randint(1, 3)
    return bytes(buf)


def _mutate_inside_zip(data: bytes, rng: random.Random) -> bytes:
    """Damage one XML part of the workbook but keep the zip valid: openpyxl must parse it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    victim = rng.choice([n for n in names if n.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            body = src.read(name)
            if name == victim:
                body = _mutate(body, rng)
            if not (name == victim and rng.random() < 0.1):   # sometimes the part goes missing
                dst.writestr(name, body)
    return out.getvalue()


def office_shapes() -> dict[str, bytes]:
    """The shapes of issue 15: notes sheet first, AutoFilter, hidden and merged cells, AFAS,
    Youforce, one sheet per session, and the .xls/.ods/.xlsx that LibreOffice saved."""
    from pathlib import Path

    from tests import office_lists

    lists = Path(__file__).resolve().parents[1] / "fixtures" / "lists"
    return {
        "notes_first.xlsx": office_lists.notes_first(),
        "autofilter.xlsx": office_lists.autofilter(),
        "hidden_column.xlsx": office_lists.hidden_private_email(),
        "merged.xlsx": office_lists.merged_departments(),
        "afas.xlsx": office_lists.afas(),
        "youforce.xlsx": office_lists.youforce(),
        "per_session.xlsx": office_lists.per_session(),
        "office.xls": (lists / "office.xls").read_bytes(),
        "office.ods": (lists / "office.ods").read_bytes(),
        "office-libreoffice.xlsx": (lists / "office-libreoffice.xlsx").read_bytes(),
    }


FILES = real_files()
SHAPES = office_shapes()
# people each unmutated file adds (visible rows of the sheet the importer picks)
PEOPLE_IN = {**{name: len(PEOPLE) for name in FILES}, "list.xlsx": len(PEOPLE) + 1,
             "notes_first.xlsx": 16,
             "autofilter.xlsx": 6, "hidden_column.xlsx": 6, "merged.xlsx": 16, "afas.xlsx": 16,
             "youforce.xlsx": 16, "per_session.xlsx": 8, "office.xls": 13, "office.ods": 13,
             "office-libreoffice.xlsx": 13}
MUTANTS_PER_FILE = 60
MUTANTS_PER_SHAPE = 20
WORKBOOK = (".xlsx", ".xls", ".ods")


def test_the_real_files_import_cleanly(tmp_store):
    """The unmutated shapes are good lists: each adds everyone (the baseline the mutants damage)."""
    for name, data in {**FILES, **SHAPES}.items():
        report = importing.import_file(tmp_store, data)
        assert report.added + report.updated + len(report.skipped) >= PEOPLE_IN[name], name
        assert report.added == PEOPLE_IN[name], name
        importing.undo_import(tmp_store, report)
    assert participants.count(tmp_store) == 0


@pytest.mark.parametrize("name", sorted(FILES) + sorted(SHAPES))
def test_mutated_real_files_leave_the_file_byte_identical_when_refused(tmp_path, name):
    """Damaged copies of real lists: a report or an import error; refusals change no byte."""
    source = FILES.get(name) or SHAPES[name]
    mutants = MUTANTS_PER_FILE if name in FILES else MUTANTS_PER_SHAPE
    path = tmp_path / "traject.startdag"
    store = Store.create(path, title="Mutaties")
    participants.add(store, first_name="Anneke", prefix="de", last_name="Rijk",
                     email="anneke.derijk@rotterdam.example")
    store.close()
    rng = random.Random(f"startdag-import-fuzz-{name}")
    refused = accepted = 0
    for _ in range(mutants):
        if name.endswith((".xlsx", ".ods")) and rng.random() < 0.6:
            data = _mutate_inside_zip(source, rng)
        else:
            data = _mutate(source, rng)
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        store = Store.open(path, backup=False)
        try:
            outcome = _import(store, data)
            if not isinstance(outcome, ListImportError):
                accepted += 1
                importing.undo_import(store, outcome)
        finally:
            store.close()
        if isinstance(outcome, ListImportError):
            refused += 1
            assert hashlib.sha256(path.read_bytes()).hexdigest() == before, \
                f"refused import ({outcome}) changed the trajectory file"
    assert refused + accepted == mutants
    # the mutants must really exercise both roads, or the test proves little
    assert accepted > 0 or name.endswith(WORKBOOK)
    assert refused > 0 or not name.endswith(WORKBOOK)


def test_failed_apply_rolls_back_everything(tmp_store):
    """A failure in the middle of applying (row 5 of 8) leaves none of the first four behind."""
    import sqlite3

    data = FILES["utf8_bom.csv"]
    before = _content_hash(tmp_store)
    tmp_store.conn.execute("CREATE TEMP TRIGGER fifth BEFORE INSERT ON participant "
                           "WHEN (SELECT COUNT(*) FROM participant) >= 4 "
                           "BEGIN SELECT RAISE(ABORT, 'disk pulled'); END")
    with pytest.raises(sqlite3.DatabaseError, match="disk pulled"):
        importing.import_file(tmp_store, data)
    tmp_store.conn.execute("DROP TRIGGER temp.fifth")
    assert _content_hash(tmp_store) == before
    assert participants.count(tmp_store) == 0
