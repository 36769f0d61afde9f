"""Export, then import the same trajectory again: nothing changes (issue 15, point 9 and 10)."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime

import openpyxl
import pytest

from exports.pack import export_pack
from sessions import importing, participants

AWKWARD = [
    # first, prefix, last, email, area, role
    ("=1+1", "", "Formule", "", "Noord", "-teamleider"),
    ("Şükrü", "", "Yılmaz", "sukru@org.example", "+31 6 1234 5678", "Wijkcoach"),
    ("Jan", "van der", "Wijk", "@jan", "Zuid", "@SUM(A1)"),
    ("Kees", "", "van Dijk", "", "West", ""),           # typed without a tussenvoegsel
    ("Jan", "", "Jansen", "", "Noord", ""),             # two namesakes, no e-mail
    ("Jan", "", "Jansen", "", "Zuid", ""),
    ("Anna", "'t", "Hart", "", "'s-Gravenland", "Adviseur\nP&O"),
    ("Naïma", "", "El Amrani", "naima@org.example", '"Centrum"', "Coach; trainer"),
]


@pytest.fixture
def awkward_store(tmp_store):
    for first, prefix, last, email, area, role in AWKWARD:
        participants.add(tmp_store, first_name=first, prefix=prefix, last_name=last, email=email,
                         area=area, role=role)
    return tmp_store


def _people(store):
    return sorted((p.first_name, p.prefix, p.last_name, p.email, p.area, p.role)
                  for p in participants.all_participants(store))


@pytest.mark.parametrize(("kind", "file"), [("xlsx", "overzicht.xlsx"), ("csv", "deelnemers.csv")])
def test_export_then_import_reports_nothing_updated(awkward_store, tmp_path, kind, file):
    before = _people(awkward_store)
    export_pack(awkward_store, tmp_path, only={kind})
    report = importing.import_file(awkward_store, tmp_path / file)
    assert (report.added, report.updated, report.removed) == (0, 0, 0), report.updated_rows
    assert report.not_on_list == []
    assert [n.reason for n in report.skipped] == ["unchanged"] * len(AWKWARD)
    assert _people(awkward_store) == before


def test_xlsx_text_is_typed_text_without_an_apostrophe(awkward_store, tmp_path):
    (path,) = export_pack(awkward_store, tmp_path, only={"xlsx"})
    ws = openpyxl.load_workbook(path)["Deelnemers"]
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if c.value}
    for value in ("=1+1", "-teamleider", "+31 6 1234 5678", "@jan", "@SUM(A1)"):
        assert cells[value].data_type == "s", value
    assert not any(isinstance(v, str) and v.startswith("'=") for v in cells)


def test_csv_keeps_the_formula_guard(awkward_store, tmp_path):
    export_pack(awkward_store, tmp_path, only={"csv"})
    text = (tmp_path / "deelnemers.csv").read_text(encoding="utf-8-sig")
    assert "'=1+1;" in text and ";'-teamleider;" in text and ";'+31 6 1234 5678;" in text


def test_xlsx_dates_are_real_dates(day_store, tmp_path):
    (path,) = export_pack(day_store, tmp_path, only={"xlsx"})
    ws = openpyxl.load_workbook(path)["Acties"]
    header = [c.value for c in ws[1]]
    start, due = header.index("Start"), header.index("Deadline")
    dated = [row for row in ws.iter_rows(min_row=2) if row[due].value]
    assert dated, "the demo day has actions with a due date"
    for row in dated:
        assert row[due].is_date and isinstance(row[due].value, datetime | date)
        assert row[due].number_format == "d mmmm yyyy"
    assert all(r[start].value is None or r[start].is_date for r in ws.iter_rows(min_row=2))


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_exported_files_follow_the_umask(awkward_store, tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        paths = export_pack(awkward_store, tmp_path, only={"xlsx", "csv", "badges"})
    finally:
        os.umask(old)
    assert paths
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in paths} == {p.name: mode for p in paths}
