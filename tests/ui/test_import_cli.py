"""`main.py import`: never a silent guess, never a traceback, the JSON names what it did."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from sessions import participants
from sessions.store import Store
from tests import office_lists as L

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "lists"


def _cli(*args, env=None, encoding="utf-8"):
    python = ROOT / ".venv" / "bin" / "python"
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    result = subprocess.run([str(python if python.exists() else sys.executable),
                             str(ROOT / "main.py"), *map(str, args)],
                            capture_output=True, timeout=120, cwd=ROOT, env=environ)
    result.stdout = result.stdout.decode(encoding)
    result.stderr = result.stderr.decode(encoding)
    return result


def _sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _trajectory(tmp_path) -> Path:
    path = tmp_path / "t.startdag"
    Store.create(path, title="T").close()
    return path


def _write(tmp_path, name, data) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _people(path) -> list[tuple]:
    with Store.open(path, read_only=True) as store:
        return [(p.first_name, p.prefix, p.last_name, p.email, p.area, p.role)
                for p in participants.all_participants(store)]


def test_unsure_columns_exit_2_with_the_candidates_and_import_nothing(tmp_path):
    traject = _trajectory(tmp_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "Voornaam", "Team"])
    ws.append(["Anneke de Rijk", "Anneke", "Noord"])
    ws.append(["Jan van der Wijk", "Jan", "Zuid"])
    lijst = _write(tmp_path, "lijst.xlsx", L.save(wb))
    before = _sha(traject)
    result = _cli("import", traject, lijst, "--lang", "en")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "startdag: lijst.xlsx: not every column is certain, so nothing was imported:",
        "  whole name: “Naam” (column A) or “Voornaam” (column B)",
        "Choose with --column, for example: --column name=Naam",
    ]
    assert _sha(traject) == before
    dutch = _cli("import", traject, lijst, "--lang", "nl", "--json")
    assert dutch.returncode == 2
    assert dutch.stderr.splitlines()[-1] == "Kies met --column, bijvoorbeeld: --column naam=Naam"
    data = json.loads(dutch.stdout)
    assert (data["error"], data["imported"]) == ("columns_unsure", False)
    assert data["doubts"] == [{"field": "name", "columns": ["Naam", "Voornaam"]}]
    assert _sha(traject) == before
    # the user's word settles it: the whole name, split the Dutch way
    chosen = _cli("import", traject, lijst, "--column", "naam=Naam", "--json", "--lang", "en")
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["columns"] == {"name": "Naam", "area": "Team"}
    assert _people(traject) == [("Anneke", "de", "Rijk", "", "Noord", ""),
                                ("Jan", "van der", "Wijk", "", "Zuid", "")]


def test_the_issue_example_voornaam_roepnaam(tmp_path):
    traject = _trajectory(tmp_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "Roepnaam", "Achternaam"])
    ws.append(["Yılmaz, Ş.", "Şükrü", "Yılmaz"])
    lijst = _write(tmp_path, "lijst.xlsx", L.save(wb))
    # parts beside a whole name: the parts win for certain
    result = _cli("import", traject, lijst, "--column", "voornaam=Roepnaam", "--json",
                  "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["columns"] == {"first_name": "Roepnaam", "last_name": "Achternaam"}
    assert _people(traject) == [("Şükrü", "", "Yılmaz", "", "", "")]


def test_an_unknown_column_or_field_exits_2(tmp_path):
    traject = _trajectory(tmp_path)
    lijst = _write(tmp_path, "lijst.xlsx", L.afas())
    result = _cli("import", traject, lijst, "--column", "voornaam=Bestaatniet", "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.startswith("startdag: lijst.xlsx: --column voornaam=Bestaatniet names no "
                                    "field and column of this list.")
    assert "“Medewerker”" in result.stderr
    assert _people(traject) == []


def test_several_sheets_with_people_exit_2_and_sheet_chooses(tmp_path):
    traject = _trajectory(tmp_path)
    lijst = _write(tmp_path, "sessies.xlsx", L.per_session())
    before = _sha(traject)
    result = _cli("import", traject, lijst, "--lang", "en")
    assert result.returncode == 2 and _sha(traject) == before
    assert result.stderr.splitlines() == [
        "startdag: sessies.xlsx: more than one sheet holds a list of people, so nothing was imported:",
        "  1. “Info” – no list of people (rows: 1)",
        "  2. “Sessie 1” – people: 8",
        "  3. “Sessie 2” – people: 8",
        'Choose one with --sheet, for example: --sheet "Sessie 2" or --sheet 3',
    ]
    chosen = _cli("import", traject, lijst, "--sheet", "3", "--json", "--lang", "en")
    assert chosen.returncode == 0, chosen.stderr
    data = json.loads(chosen.stdout)
    assert (data["sheet"], data["sheet_index"], data["added"]) == ("Sessie 2", 3, 8)
    assert _people(traject) == L.expected(L.PEOPLE[8:], role=False)
    missing = _cli("import", traject, lijst, "--sheet", "Sessie 9", "--lang", "en")
    assert missing.returncode == 2
    assert missing.stderr.strip() == ("startdag: sessies.xlsx: The workbook has no sheet “Sessie 9”. "
                                      "Its sheets are: 1. “Info”, 2. “Sessie 1”, 3. “Sessie 2”.")


def test_json_report_names_what_it_did(tmp_path):
    traject = _trajectory(tmp_path)
    result = _cli("import", traject, FIXTURES / "office.ods", "--sheet", "Deelnemers", "--json",
                  "--lang", "en")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("format", "sheet", "sheet_index", "header_row",
                                 "hidden_rows_skipped", "added", "updated", "skipped")} == {
        "format": "ods", "sheet": "Deelnemers", "sheet_index": 2, "header_row": 2,
        "hidden_rows_skipped": 3, "added": 13, "updated": 0, "skipped": []}
    assert data["columns"] == {"area": "Afdeling", "first_name": "Roepnaam",
                               "prefix": "Tussenvoegsel", "last_name": "Achternaam",
                               "email": "E-mail", "role": "Functie"}
    assert data["hidden_columns_not_imported"] == ["E-mail privé"]
    assert _people(traject) == L.expected(L.OFFICE_VISIBLE)


def test_afas_manager_is_reported_not_stored(tmp_path):
    traject = _trajectory(tmp_path)
    lijst = _write(tmp_path, "afas.xlsx", L.afas())
    result = _cli("import", traject, lijst, "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert ("Kolom “Leidinggevende” is herkend als de leidinggevende; die wordt nog niet "
            "opgeslagen (deze versie heeft er geen plaats voor).") in result.stdout.splitlines()
    json_result = _cli("import", traject, lijst, "--json", "--lang", "nl")
    assert json.loads(json_result.stdout)["recognised_not_stored"] == {"manager": "Leidinggevende"}


def test_hidden_rows_can_be_included_and_the_report_says_so(tmp_path):
    traject = _trajectory(tmp_path)
    lijst = _write(tmp_path, "filter.xlsx", L.autofilter())
    result = _cli("import", traject, lijst, "--lang", "nl")
    assert "3 rijen verborgen, niet geïmporteerd." in result.stdout.splitlines()
    result = _cli("import", traject, lijst, "--include-hidden", "--json", "--lang", "nl")
    data = json.loads(result.stdout)
    assert (data["added"], data["hidden_rows_skipped"]) == (3, 0)


def test_a_second_list_dry_run_and_remove_missing(tmp_path):
    traject = _trajectory(tmp_path)
    first = _write(tmp_path, "eerste.xlsx", L.notes_first())
    assert _cli("import", traject, first, "--lang", "en").returncode == 0
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "E-mailadres", "Gebied"])
    for p in L.PEOPLE[:3]:
        ws.append([L.name(p), p[3], "Hoogvliet" if p[2] == "Rijk" else p[4]])
    second = _write(tmp_path, "tweede.xlsx", L.save(wb))
    before = _sha(traject)
    dry = _cli("import", traject, second, "--dry-run", "--json", "--lang", "en")
    assert dry.returncode == 0, dry.stderr
    data = json.loads(dry.stdout)
    assert (data["dry_run"], data["added"], data["updated"], data["removed"]) == (True, 0, 1, 0)
    assert data["changes"] == [{"name": "Anneke de Rijk", "fields": {"area": ["Noord", "Hoogvliet"]}}]
    assert len(data["not_on_list"]) == 13
    assert _sha(traject) == before
    real = _cli("import", traject, second, "--remove-missing", "--json", "--lang", "en")
    assert json.loads(real.stdout)["removed"] == 13
    assert [p[2] for p in _people(traject)] == ["Rijk", "Wijk", "Yılmaz"]


def test_a_cp1252_console_gets_no_traceback(tmp_path):
    """Windows with output redirected: the console speaks cp1252, the names do not."""
    traject = _trajectory(tmp_path)
    lijst = _write(tmp_path, "lijst.xlsx", L.notes_first())
    env = {"PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    text = _cli("import", traject, lijst, "--lang", "nl", env=env, encoding="cp1252")
    assert text.returncode == 0, text.stderr
    assert "Traceback" not in text.stderr and text.stderr == ""
    assert text.stdout.splitlines()[0] == "Toegevoegd: 16. Bijgewerkt: 0. Overgeslagen: 0."
    again = _cli("import", traject, lijst, "--json", "--lang", "nl", env=env, encoding="cp1252")
    assert again.returncode == 0 and "Traceback" not in again.stderr
    data = json.loads(again.stdout)      # \u escapes: exact even where cp1252 has no letter
    assert data["skipped"][0]["message"] == "Şükrü Yılmaz staat al op de lijst; niets gewijzigd"
    with Store.open(traject, read_only=True) as store:
        assert participants.count(store) == 16


def test_a_list_without_titles_is_named_by_letters(tmp_path):
    traject = _trajectory(tmp_path)
    lijst = _write(tmp_path, "namen.csv", "Carla Smit;Noord\r\nDaan de Jong;Zuid\r\n".encode("cp1252"))
    refused = _cli("import", traject, lijst, "--lang", "en")
    assert refused.returncode == 1 and refused.stderr.splitlines() == [
        "startdag: namen.csv: No column with names was found (such as Naam, Voornaam or Achternaam).",
        "Say which column holds the names: --column name=TITLE, or for a list without column "
        "titles --header-row 0 --column name=A"]
    result = _cli("import", traject, lijst, "--header-row", "0", "--column", "naam=A",
                  "--column", "gebied=B", "--json", "--lang", "en")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["header_row"], data["columns"]) == (0, {"name": "(A)", "area": "(B)"})
    assert _people(traject) == [("Daan", "de", "Jong", "", "Zuid", ""), ("Carla", "", "Smit", "", "Noord", "")]
