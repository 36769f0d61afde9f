"""CSV for Dutch Excel and XLSX: read back, BOM, CRLF, formula cells neutralised in the CSV only."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from exports.pack import export_pack
from exports.tables import neutralise
from sessions import participants

FORMULA = '=HYPERLINK("http://evil.example","klik")'


@pytest.fixture
def people_store(tmp_store):
    """Three participants, one named like a formula, one with a ; and a quote in the area."""
    participants.add(tmp_store, first_name="Şükrü", last_name="Yılmaz", area="Noord; Oost")
    participants.add(tmp_store, first_name=FORMULA, last_name="-1+1", area='"Centrum"')
    participants.add(tmp_store, first_name="Naïma", last_name="El Amrani", email="@naima")
    return tmp_store


@pytest.mark.parametrize("value", ["=1+1", "+31 6", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_prefixes_formula_starts(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Jan", "", "1 = 1", 5, None])
def test_neutralise_leaves_other_values(value):
    assert neutralise(value) == value


def test_csv_reads_back_with_semicolons_bom_and_crlf(people_store, tmp_path):
    paths = export_pack(people_store, tmp_path, only={"csv"})
    assert [p.name for p in paths] == ["deelnemers.csv", "groepen.csv", "acties.csv"]
    raw = (tmp_path / "deelnemers.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 4 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["Voornaam", "Tussenvoegsel", "Achternaam"]
    by_first = {r[0]: r for r in rows[1:]}
    assert by_first["Şükrü"][4] == "Noord; Oost"
    assert by_first["'" + FORMULA][2] == "'-1+1"
    assert by_first["'" + FORMULA][4] == '"Centrum"'
    assert by_first["Naïma"][3] == "'@naima"


def test_xlsx_reads_back(people_store, tmp_path):
    (path,) = export_pack(people_store, tmp_path, only={"xlsx"}, lang="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Participants", "Groups", "Actions"]
    ws = wb["Participants"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0][:3] == ["First name", "Prefix", "Last name"]
    assert len(rows) == 4
    # text stays text as typed: no apostrophe, and typed so that it never runs as a formula
    cell = next(row for row in ws.iter_rows(min_row=2) if row[0].value == FORMULA)[0]
    assert cell.data_type == "s"
    assert next(row for row in ws.iter_rows(min_row=2) if row[0].value == FORMULA)[2].value == "-1+1"
    import zipfile

    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml
    assert any(r[0] == "Şükrü" and r[2] == "Yılmaz" for r in rows[1:])


def test_xlsx_has_groups_and_actions(day_store, tmp_path):
    (path,) = export_pack(day_store, tmp_path, only={"xlsx"})
    wb = openpyxl.load_workbook(path)
    groups = [[c.value for c in row] for row in wb["Groepen"].iter_rows(min_row=2)]
    assert [g[0] for g in groups] == ["Groep 1", "Groep 2", "Groep 3"]
    assert sum(g[3] for g in groups) == 80
    actions = list(wb["Acties"].iter_rows(min_row=2, values_only=True))
    assert len(actions) == 7 and actions[0][1] == "Kenniscafé over bewonersparticipatie"
    people = list(wb["Deelnemers"].iter_rows(min_row=2, values_only=True))
    assert len(people) == 80 and all(p[6].startswith("Groep ") for p in people)
