"""Importing participant lists: the real file shapes offices produce, built here byte by byte."""

from __future__ import annotations

import hashlib
import io
import os
import random
import zipfile

import openpyxl
import pytest

from sessions import importing, participants
from sessions.importing import ListImportError, Note, Reason


def _names(store) -> list[str]:
    return [p.display_name for p in participants.all_participants(store)]


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- cp1252, ';', CRLF

CP1252_LIST = (
    "Voornaam;Tussenvoegsel;Achternaam;Afdeling;E-mailadres;Functie\r\n"
    "Anneke;de;Rijk;Beleid;anneke.derijk@gemeente.nl;Beleidsadviseur\r\n"
    "José;;Gonçalves;Financiën;jose.goncalves@gemeente.nl;Controller\r\n"
    "Şükrü;;Yılmaz;Wijkteam;sukru.yilmaz@gemeente.nl;Wijkcoach\r\n"
    "Jan;van der;Wijk;Beleid;jan.vanderwijk@gemeente.nl;Teamleider\r\n"
)


def _cp1252_bytes() -> bytes:
    # Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)": characters cp1252 lacks become '?'
    return CP1252_LIST.encode("cp1252", errors="replace")


def test_cp1252_semicolon_crlf(tmp_store, tmp_path):
    path = _write(tmp_path, "lijst.csv", _cp1252_bytes())
    report = importing.import_file(tmp_store, path)
    assert (report.added, report.updated, report.skipped) == (4, 0, [])
    assert report.encoding == "cp1252" and report.delimiter == ";"
    assert _names(tmp_store) == ["José Gonçalves", "Anneke de Rijk", "Jan van der Wijk", "?ükrü Y?lmaz"]
    assert [(w.row, w.reason) for w in report.warnings] == [(4, Note.QUESTION_MARK)]
    jose = next(p for p in participants.all_participants(tmp_store) if p.first_name == "José")
    assert (jose.area, jose.role, jose.email) == ("Financiën", "Controller", "jose.goncalves@gemeente.nl")


# ---------------------------------------------------------------- UTF-8 with BOM and the awkward cells

LONG = "x" * 2000


def _utf8_bom_bytes() -> bytes:
    rows = [
        'Naam,E-mail,Afdeling,Rol',
        'Anneke de Rijk,anneke@org.nl,Beleid,"Adviseur\nP&O"',     # quoted newline: row 2 spans 2 lines
        '',                                                          # blank row 4
        'Fatima in \'t Veld,fatima@org.nl,<b>Sociaal</b> domein,Coach',
        'Fatima in \'t Veld,fatima@org.nl,<b>Sociaal</b> domein,Coach',  # exact duplicate of row 4
        '"Jan van der Wijk","=HYPERLINK(""mailto:jan@org.nl"",""jan@org.nl"")",ICT,Beheer',
        'Noor 🌷 Bakker,noor@org.nl,Wijkteam,Coach',
        f'Piet Jansen,piet@org.nl,{LONG},Adviseur',
        'Piet Jansen,pietj@org.nl,Burgerzaken,Medewerker',           # same name, other e-mail
        'Kees de Boer,anneke@org.nl,Beleid,Stagiair',                # shares Anneke's e-mail
    ]
    return "\ufeff".encode() + "\r\n".join(rows).encode("utf-8") + b"\r\n"


def test_utf8_bom_with_awkward_cells(tmp_store, tmp_path):
    path = _write(tmp_path, "lijst.csv", _utf8_bom_bytes())
    report = importing.import_file(tmp_store, path)
    assert report.encoding == "utf-8" and report.delimiter == ","
    assert report.added == 7 and report.updated == 0 and report.blank_rows == 1
    assert [(n.row, n.reason, n.params) for n in report.skipped] == [(5, Note.DUPLICATE, {"of_row": 4})]
    assert [(n.row, n.reason) for n in report.warnings] == [
        (8, Note.LONG_TEXT), (9, Note.SAME_NAME), (10, Note.SAME_EMAIL)]
    assert report.warnings[1].params["other_row"] == 8
    assert report.warnings[2].params == {"email": "anneke@org.nl", "other_row": 2}
    people = {p.display_name: p for p in participants.all_participants(tmp_store)}
    assert people["Anneke de Rijk"].role == "Adviseur\nP&O"
    fatima = people["Fatima in 't Veld"]
    assert (fatima.first_name, fatima.prefix, fatima.last_name) == ("Fatima", "in 't", "Veld")
    assert fatima.area == "<b>Sociaal</b> domein"
    assert people["Jan van der Wijk"].email == '=HYPERLINK("mailto:jan@org.nl","jan@org.nl")'
    assert "Noor 🌷 Bakker" in people
    assert any(p.area == LONG for p in participants.all_participants(tmp_store))


# ---------------------------------------------------------------- UTF-16 text, one "Naam" column


def test_utf16_tab_text_single_name_column(tmp_store, tmp_path):
    text = "Naam\r\nAnneke de Rijk\r\nFatima in 't Veld\r\nJan van der Wijk\r\nBram Ottens\r\n"
    path = _write(tmp_path, "lijst.txt", text.encode("utf-16"))   # Excel "Unicode text": BOM + LE
    report = importing.import_file(tmp_store, path)
    assert report.encoding == "utf-16" and report.added == 4
    split = [(p.first_name, p.prefix, p.last_name) for p in participants.all_participants(tmp_store)]
    assert split == [("Bram", "", "Ottens"), ("Anneke", "de", "Rijk"), ("Fatima", "in 't", "Veld"),
                     ("Jan", "van der", "Wijk")]


def test_utf16_tab_separated_columns(tmp_store, tmp_path):
    text = "Naam\tAfdeling\r\nAnneke de Rijk\tBeleid\r\nBram Ottens\tICT\r\n"
    path = _write(tmp_path, "lijst.txt", text.encode("utf-16"))
    report = importing.import_file(tmp_store, path)
    assert report.delimiter == "\t" and report.added == 2
    assert [p.area for p in participants.all_participants(tmp_store)] == ["ICT", "Beleid"]


# ---------------------------------------------------------------- xlsx


def _xlsx_bytes() -> bytes:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Toelichting"
    notes["A1"] = "Deze lijst is vertrouwelijk."
    ws = wb.create_sheet("Deelnemers")
    ws.append(["Deelnemerslijst startdag 12 maart"])
    ws.append([])
    ws.append(["Voornaam", "Tussenvoegsel", "Achternaam", "Team", "E-mail", "Functie"])
    ws.append(["Anneke", "de", "Rijk", "Beleid", "anneke@org.nl", "Adviseur"])
    ws.append(["Jan", "van der", "Wijk", "ICT", "jan@org.nl", 42])
    ws.append(["Bram", None, "Ottens", "ICT", "bram@org.nl", "=1+1"])   # formula: read as value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_title_row_and_second_sheet(tmp_store, tmp_path):
    path = _write(tmp_path, "lijst.xlsx", _xlsx_bytes())
    report = importing.import_file(tmp_store, path)
    assert report.kind == "xlsx" and report.sheet == "Deelnemers"
    assert (report.added, report.updated, len(report.skipped)) == (3, 0, 0)
    people = participants.all_participants(tmp_store)
    assert [p.display_name for p in people] == ["Bram Ottens", "Anneke de Rijk", "Jan van der Wijk"]
    assert people[2].role == "42"
    assert people[0].role == ""   # openpyxl wrote no cached value for the formula


# ---------------------------------------------------------------- what is not a list


def _corrupt_xlsx() -> bytes:
    data = bytearray(_xlsx_bytes())
    cut = bytes(data[: len(data) // 2])
    return cut


def _encrypted_like() -> bytes:
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
            + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500)


def _not_a_workbook_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("random.csv", random.Random(4).randbytes(4096), Reason.BINARY),
    ("leeg.csv", b"", Reason.EMPTY),
    ("spaties.csv", b"  \r\n \r\n", Reason.EMPTY),
    ("kapot.xlsx", _corrupt_xlsx(), Reason.CORRUPT_XLSX),
    ("geheim.xlsx", _encrypted_like(), Reason.ENCRYPTED),
    ("brief.docx", _not_a_workbook_zip(), Reason.UNSUPPORTED),
    ("cijfers.csv", b"Bedrag;Datum\r\n12;2026-03-01\r\n", Reason.NO_NAME_COLUMN),
    ("kop.csv", b"Voornaam;Achternaam\r\n", Reason.NO_ROWS),
    ("export.xls", b"<html><body><table><tr><td>Naam</td></tr></table></body></html>",
     Reason.UNSUPPORTED),
])
def test_not_a_list_imports_nothing_and_leaves_file_identical(tmp_store, tmp_path, name, data,
                                                              reason):
    participants.add(tmp_store, first_name="Eerder", last_name="Toegevoegd")
    tmp_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha(tmp_store.path)
    path = _write(tmp_path, name, data)
    with pytest.raises(ListImportError) as info:
        importing.import_file(tmp_store, path)
    assert info.value.code == reason
    assert _names(tmp_store) == ["Eerder Toegevoegd"]
    tmp_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _sha(tmp_store.path) == before


def test_too_many_rows_refused(tmp_store, tmp_path):
    body = "Naam\n" + "".join(f"Persoon {i}\n" for i in range(importing.MAX_ROWS + 1))
    path = _write(tmp_path, "groot.csv", body.encode())
    with pytest.raises(ListImportError) as info:
        importing.import_file(tmp_store, path)
    assert info.value.code == Reason.TOO_MANY_ROWS
    assert participants.count(tmp_store) == 0


def test_failure_midway_rolls_back_everything(tmp_store, tmp_path):
    import sqlite3

    path = _write(tmp_path, "lijst.csv", _cp1252_bytes())
    participants.add(tmp_store, first_name="Eerder", last_name="Toegevoegd")
    # the database itself refuses the third new row (as a full disk would)
    tmp_store.conn.execute("CREATE TEMP TRIGGER third BEFORE INSERT ON participant "
                           "WHEN (SELECT COUNT(*) FROM participant) >= 3 "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.DatabaseError):
        importing.import_file(tmp_store, path)
    tmp_store.conn.execute("DROP TRIGGER temp.third")
    assert _names(tmp_store) == ["Eerder Toegevoegd"]


# ---------------------------------------------------------------- merging a second list


def test_second_import_merges_by_email_then_name(tmp_store, tmp_path):
    first = "Voornaam;Achternaam;E-mail;Afdeling\nAnneke;de Rijk;anneke@org.nl;Beleid\nBram;Ottens;;ICT\n"
    importing.import_file(tmp_store, _write(tmp_path, "a.csv", first.encode()))
    second = ("Voornaam;Achternaam;E-mail;Afdeling\n"
              "Anneke;Rijk-de Vries;ANNEKE@org.nl;Beleid\n"      # same e-mail: updated
              "Bram;Ottens;bram@org.nl;ICT\n"                    # no e-mail before: by name
              "Anneke;de Rijk;anneke@org.nl;Beleid\n"            # same e-mail, differs again
              "Carla;Smit;carla@org.nl;HR\n")                    # new
    report = importing.import_file(tmp_store, _write(tmp_path, "b.csv", second.encode()))
    assert (report.added, report.updated) == (1, 2)
    third = importing.import_file(tmp_store, _write(tmp_path, "c.csv", second.encode()))
    assert (third.added, third.updated) == (0, 1)
    assert [n.reason for n in third.skipped] == [Note.UNCHANGED] * 2
    assert participants.count(tmp_store) == 3


def test_undo_and_redo_of_an_import(tmp_store, tmp_path):
    participants.add(tmp_store, first_name="Anneke", prefix="de", last_name="Rijk",
                     email="anneke@org.nl", area="Oud")
    report = importing.import_file(tmp_store, _write(tmp_path, "l.csv", _utf8_bom_bytes()))
    assert (report.added, report.updated) == (6, 1)
    assert (report.warnings[-1].row, report.warnings[-1].reason) == (10, Note.EMAIL_IN_USE)
    importing.undo_import(tmp_store, report)
    assert [(p.display_name, p.area) for p in participants.all_participants(tmp_store)] == [
        ("Anneke de Rijk", "Oud")]
    importing.redo_import(tmp_store, report)
    assert set(report.added_rows) <= {p.id for p in participants.all_participants(tmp_store)}
    assert participants.count(tmp_store) == 7


# ---------------------------------------------------------------- headers and names


@pytest.mark.parametrize(("header", "target", "exact"), [
    ("Voornaam", "first_name", True), ("First name", "first_name", True),
    ("Tussenvoegsel", "prefix", True), ("Achternaam", "last_name", True),
    ("Surname", "last_name", True), ("Naam", "name", True), ("E-mailadres", "email", True),
    ("Email", "email", True), ("Afdeling", "area", True), ("Team", "area", True),
    ("Functie", "role", True), ("Role", "role", True), ("E-mail werk (zakelijk)", "email", False),
    ("Naam deelnemer", "name", True), ("Telefoon", "", False),
])
def test_header_synonyms(header, target, exact):
    assert importing.match_header(header) == (target, exact)


@pytest.mark.parametrize(("name", "parts"), [
    ("Anneke de Rijk", ("Anneke", "de", "Rijk")),
    ("Fatima in 't Veld", ("Fatima", "in 't", "Veld")),
    ("Jan van der Wijk", ("Jan", "van der", "Wijk")),
    ("Marco van den Berg", ("Marco", "van den", "Berg")),
    ("Kees op de Beek", ("Kees", "op de", "Beek")),
    ("Petra ter Horst", ("Petra", "ter", "Horst")),
    ("Jan Peter Jansen", ("Jan Peter", "", "Jansen")),
    ("Wijk, Jan van der", ("Jan", "van der", "Wijk")),
    ("  Bram   Ottens ", ("Bram", "", "Ottens")),
])
def test_dutch_name_split(name, parts):
    assert importing.split_name(name) == parts


def test_unsure_mapping_is_flagged():
    # a whole name beside a first name: which is meant?
    table = importing.Table([["Naam", "Voornaam"], ["Anneke de Rijk", "Anneke"]])
    mapping = importing.guess_mapping(table)
    assert not mapping.sure and [(d.field, d.columns) for d in mapping.doubts] == [("name", [0, 1])]
    # a whole name beside both parts: the parts say it better than a split, for certain
    table = importing.Table([["Naam", "Voornaam", "Achternaam"], ["Anneke de Rijk", "Anneke", "de Rijk"]])
    mapping = importing.guess_mapping(table)
    assert (mapping.columns, mapping.sure) == (["", "first_name", "last_name"], True)
    table = importing.Table([["Lijst"], [], ["Voornaam", "Achternaam", "Afdeling"], ["a", "b", "c"]])
    mapping = importing.guess_mapping(table)
    assert (mapping.header_row, mapping.columns, mapping.sure) == (
        2, ["first_name", "last_name", "area"], True)


def test_report_json_shape(tmp_store, tmp_path):
    report = importing.import_file(tmp_store, _write(tmp_path, "l.csv", _utf8_bom_bytes()))
    data = report.as_json()
    assert (data["added"], data["updated"]) == (7, 0)
    assert data["skipped"] == [{"row": 5, "reason": "duplicate", "of_row": 4}]
    assert [w["reason"] for w in data["warnings"]] == ["long_text", "same_name", "same_email"]


def test_no_environment_leak():
    assert "startdag-test-home" in os.environ["HOME"]


# ---------------------------------------------------------------- the command line

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _cli(*args):
    import subprocess
    import sys

    python = ROOT / ".venv" / "bin" / "python"
    return subprocess.run([str(python if python.exists() else sys.executable), str(ROOT / "main.py"),
                           *map(str, args)], capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_cli_import_prints_report_and_json(tmp_path):
    from sessions.store import Store

    Store.create(tmp_path / "t.startdag", title="T").close()
    path = _write(tmp_path, "lijst.csv", _utf8_bom_bytes())
    text = _cli("import", tmp_path / "t.startdag", path, "--lang", "en")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0] == "Added: 7. Updated: 0. Skipped: 1."
    assert "Row 5: exact copy of row 4; skipped" in text.stdout
    again = _cli("import", tmp_path / "t.startdag", path, "--json", "--lang", "en")
    assert again.returncode == 0, again.stderr
    import json

    data = json.loads(again.stdout)
    assert (data["added"], data["updated"]) == (0, 0)
    assert [(s["row"], s["reason"]) for s in data["skipped"]] == [
        (2, "unchanged"), (4, "unchanged"), (5, "duplicate"), (6, "unchanged"), (7, "unchanged"),
        (8, "unchanged"), (9, "unchanged"), (10, "unchanged")]
    assert {"row": 10, "reason": "same_email"} .items() <= data["warnings"][-1].items()
    with Store.open(tmp_path / "t.startdag", read_only=True) as store:
        assert participants.count(store) == 7


def test_cli_refuses_a_bad_list_and_leaves_the_file_identical(tmp_path):
    from sessions.store import Store

    Store.create(tmp_path / "t.startdag", title="T").close()
    before = _sha(tmp_path / "t.startdag")
    bad = _write(tmp_path, "ruis.csv", random.Random(7).randbytes(2048))
    result = _cli("import", tmp_path / "t.startdag", bad, "--lang", "en")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == ("startdag: ruis.csv: This file is not a list: "
                                     "it holds no readable text.")
    assert _sha(tmp_path / "t.startdag") == before
