"""The list shapes HR systems and offices really send (issue 15), each asserted person by person.

The xlsx shapes are built here with openpyxl (tests/office_lists.py); the .xls, .ods and
LibreOffice .xlsx files in tests/fixtures/lists were saved by LibreOffice itself from the
same workbook (tests/fixtures/lists/make_lists.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sessions import importing, participants
from sessions.importing import ListImportError, Reason
from tests import office_lists as L

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lists"


def _stored(store) -> list[tuple]:
    return [(p.first_name, p.prefix, p.last_name, p.email, p.area, p.role)
            for p in participants.all_participants(store)]


def _dump(store) -> str:
    return "\n".join(store.conn.iterdump())


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- 1. notes sheet first


def test_notes_sheet_first_imports_the_sixteen_on_sheet_two(tmp_store):
    report = importing.import_file(tmp_store, L.notes_first())
    assert (report.sheet, report.sheet_index, report.header_row) == ("Deelnemers", 2, 3)
    assert _stored(tmp_store) == L.expected(L.PEOPLE)
    assert report.added == 16 and report.skipped == []
    names = [p.display_name for p in participants.all_participants(tmp_store)]
    assert not any("Datum" in n or "Vragen" in n or "Naam" in n for n in names)


def test_a_label_with_a_value_is_not_a_column_title():
    assert importing.match_header("Naam training: Leiderschap in de wijk") == ("", False)
    assert importing.match_header("Datum: 12 maart") == ("", False)
    assert importing.match_header("Naam:") == ("name", True)


def test_a_notes_sheet_alone_is_refused_and_changes_nothing(tmp_store):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Naam training: Leiderschap in de wijk"
    wb.active["A2"] = "Datum: 12 maart"
    before = _dump(tmp_store)
    with pytest.raises(ListImportError) as info:
        importing.import_file(tmp_store, L.save(wb))
    assert info.value.code == Reason.NO_NAME_COLUMN
    assert _dump(tmp_store) == before


# ---------------------------------------------------------------- 2. AutoFilter


def test_rows_hidden_by_an_autofilter_are_skipped_and_reported(tmp_store):
    report = importing.import_file(tmp_store, L.autofilter())
    visible = [p for i, p in enumerate(L.FILTERED) if i not in L.FILTERED_OUT]
    assert _stored(tmp_store) == L.expected(visible)
    assert report.hidden_rows_skipped == 3
    assert report.as_json()["hidden_rows_skipped"] == 3


def test_the_hidden_rows_can_be_included(tmp_store):
    table = importing.read_table(L.autofilter())
    mapping = importing.guess_mapping(table)
    mapping.include_hidden = True
    report = importing.import_file(tmp_store, b"", mapping=mapping, table=table)
    assert report.added == 9 and report.hidden_rows_skipped == 0
    west = sorted(p.display_name for p in participants.all_participants(tmp_store) if p.area == "West")
    assert west == sorted(L.name(L.FILTERED[i]) for i in L.FILTERED_OUT)


# ---------------------------------------------------------------- 3. hidden columns


def test_a_hidden_private_email_column_never_wins(tmp_store):
    report = importing.import_file(tmp_store, L.hidden_private_email())
    assert _stored(tmp_store) == L.expected(L.PEOPLE[:6], role=False)
    assert "hotmail" not in _dump(tmp_store)
    assert report.columns == {"name": "Naam", "email": "E-mail", "area": "Team"}
    assert report.hidden_columns == ["E-mail privé"]


def test_a_hidden_column_loses_to_a_visible_one_with_an_equal_title(tmp_store):
    importing.import_file(tmp_store, L.hidden_old_email())
    assert [p.email for p in participants.all_participants(tmp_store)] == \
        [v[3] for v in L.expected(L.PEOPLE[:4])]
    assert "@oud.example" not in _dump(tmp_store)


def test_a_work_email_beats_a_private_one_even_when_both_are_visible():
    table = importing.Table([["Naam", "E-mail privé", "E-mail zakelijk"],
                             ["Anneke de Rijk", "anneke@hotmail.example", "a.derijk@org.example"]])
    mapping = importing.guess_mapping(table)
    assert mapping.columns == ["name", "", "email"] and mapping.sure


def test_only_a_private_email_is_a_doubt():
    table = importing.Table([["Naam", "E-mail privé"], ["Anneke de Rijk", "anneke@hotmail.example"]])
    mapping = importing.guess_mapping(table)
    assert mapping.columns == ["name", "email"]
    assert [(d.field, d.columns) for d in mapping.doubts] == [("email", [1])]


# ---------------------------------------------------------------- 4. merged cells


def test_a_department_merged_down_belongs_to_each_of_its_people(tmp_store):
    importing.import_file(tmp_store, L.merged_departments())
    assert _stored(tmp_store) == L.expected(L.PEOPLE)
    assert all(p.area for p in participants.all_participants(tmp_store))


# ---------------------------------------------------------------- 5. AFAS


def test_afas_medewerker_numbers_are_not_names(tmp_store):
    report = importing.import_file(tmp_store, L.afas())
    assert _stored(tmp_store) == L.expected(L.PEOPLE)
    assert report.columns == {"name": "Naam", "email": "E-mail werk",
                              "area": "Organisatorische eenheid", "role": "Functie"}
    # the manager is recognised and reported; this version has no place to store it
    assert report.not_stored == {"manager": "Leidinggevende"}
    assert report.as_json()["recognised_not_stored"] == {"manager": "Leidinggevende"}
    # columns that map to nothing are stored nowhere, not even in a raw copy of the row
    dump = _dump(tmp_store)
    for value in L.AFAS_NUMBERS + L.AFAS_BSN + L.AFAS_PHONE + ["Mulder, L."]:
        assert value not in dump


def test_medewerker_is_a_name_when_it_holds_names():
    table = importing.Table([["Medewerker", "Afdeling"], ["Anneke de Rijk", "Beleid"],
                             ["Jan van der Wijk", "ICT"]])
    mapping = importing.guess_mapping(table)
    assert mapping.columns == ["name", "area"] and mapping.sure


# ---------------------------------------------------------------- 6. Youforce


def test_youforce_roepnaam_beats_voorletters_and_dates_are_no_area(tmp_store):
    report = importing.import_file(tmp_store, L.youforce())
    assert _stored(tmp_store) == L.expected(L.PEOPLE)
    assert report.columns["first_name"] == "Roepnaam"
    assert report.columns["area"] == "Organisatorische eenheid"
    assert "2019-04-01" not in _dump(tmp_store)


@pytest.mark.parametrize(("titles", "values", "expected"), [
    # Youforce / Visma Raet
    (["Persnr", "Voorletters", "Voornamen", "Roepnaam", "Voorvoegsels", "Achternaam"],
     ["40001", "Ş.", "Şükrü Mehmet", "Şükrü", "", "Yılmaz"],
     ["", "", "", "first_name", "prefix", "last_name"]),
    # HR2day
    (["Werknemer", "Naam werknemer", "Roepnaam", "Achternaam", "Afdeling", "Kostenplaats",
      "E-mail zakelijk"],
     ["1043", "Yılmaz, Ş.", "Şükrü", "Yılmaz", "Wijkteam Noord", "4410", "s.yilmaz@org.example"],
     ["", "", "first_name", "last_name", "area", "", "email"]),
    # SAP SuccessFactors (English)
    (["User ID", "Username", "First Name", "Middle Name", "Last Name", "Email", "Department",
      "Division", "Job Title", "Manager", "Hire Date"],
     ["10043", "syilmaz", "Şükrü", "Mehmet", "Yılmaz", "s.yilmaz@org.example", "Social Work",
      "City", "Coach", "Lotte Mulder", "2019-04-01"],
     ["", "", "first_name", "", "last_name", "email", "area", "", "role", "manager", ""]),
    # an Excel hand list
    (["Nr.", "Naam", "Team", "Functie", "Telefoon", "Dieetwensen"],
     ["1", "Şükrü Yılmaz", "Noord", "Wijkcoach", "06-12345678", "vegetarisch"],
     ["", "name", "area", "role", "", ""]),
    # a LibreOffice hand list in English, team beats department
    (["Full name", "Department", "Team", "E-mail address", "Date of birth"],
     ["Şükrü Yılmaz", "Social", "Noord", "s@org.example", "1980-01-02"],
     ["name", "", "area", "email", ""]),
    # "Voorletters | Tussenvoegsel | Naam": Naam is the surname
    (["Voorletters", "Tussenvoegsel", "Naam", "Afdeling"],
     ["J.", "van der", "Wijk", "ICT"],
     ["first_name", "prefix", "last_name", "area"]),
    # Datum in dienst and Geboortedatum are dates, never an area or a name
    (["Naam", "Datum in dienst", "Geboortedatum medewerker", "Dienst"],
     ["Şükrü Yılmaz", "2019-04-01", "1980-01-02", "Wijkteams"],
     ["name", "", "", "area"]),
])
def test_hr_system_titles(titles, values, expected):
    table = importing.Table([titles, values, values[:]])
    mapping = importing.guess_mapping(table)
    assert mapping.columns == expected
    assert mapping.sure, mapping.doubts


def test_a_column_of_dates_is_never_an_area_even_when_titled_so():
    table = importing.Table([["Naam", "Team"], ["Anneke de Rijk", "2019-04-01"],
                             ["Jan van der Wijk", "2020-01-01"]])
    assert importing.guess_mapping(table).columns == ["name", ""]


def test_a_column_of_numbers_is_never_a_name():
    table = importing.Table([["Naam", "Achternaam", "Voornaam"], ["000123", "Rijk", "Anneke"],
                             ["000124", "Wijk", "Jan"]])
    assert importing.guess_mapping(table).columns == ["", "last_name", "first_name"]


# ---------------------------------------------------------------- 7. choosing the sheet


def test_the_sheet_can_be_chosen_by_name_or_position(tmp_store):
    data = L.per_session()
    assert importing.read_table(data).sheet_sure is False    # two sheets hold people
    report = importing.import_file(tmp_store, data, sheet="Sessie 2")
    assert (report.sheet, report.sheet_index) == ("Sessie 2", 3)
    assert _stored(tmp_store) == L.expected(L.PEOPLE[8:], role=False)
    importing.undo_import(tmp_store, report)
    report = importing.import_file(tmp_store, data, sheet=3)
    assert report.sheet == "Sessie 2" and report.added == 8


def test_a_number_is_a_position_unless_a_sheet_has_exactly_that_name():
    data = L.sheet_named_like_a_number()
    assert importing.read_table(data, "2").sheet == "2"          # the sheet named "2" (third)
    assert importing.read_table(data, "1").sheet == "Overzicht"  # no sheet "1": position 1
    with pytest.raises(ListImportError) as info:
        importing.read_table(data, "Sessie 9")
    assert info.value.code == Reason.NO_SHEET
    assert info.value.params["sheets"] == ["Overzicht", "Reserves", "2"]


def test_the_sheet_with_the_most_people_wins_and_a_hidden_one_never_does():
    import openpyxl

    wb = openpyxl.Workbook()
    small = wb.active
    small.title = "Afmeldingen"
    small.append(["Naam"])
    small.append(["Bram Ottens"])
    big = wb.create_sheet("Deelnemers")
    big.append(["Naam"])
    for p in L.PEOPLE[:5]:
        big.append([L.name(p)])
    hidden = wb.create_sheet("Oud")
    hidden.sheet_state = "hidden"
    hidden.append(["Naam"])
    for p in L.PEOPLE:
        hidden.append([L.name(p)])
    table = importing.read_table(L.save(wb))
    assert table.sheet == "Deelnemers" and not table.sheet_sure
    assert importing.sheet_people_counts(table) == [1, 5, 16]


# ---------------------------------------------------------------- 8. .xls and .ods saved by LibreOffice


@pytest.mark.parametrize("name", ["office.xls", "office.ods", "office-libreoffice.xlsx"])
def test_office_files_import_as_xlsx_does(tmp_store, name):
    path = FIXTURES / name
    report = importing.import_file(tmp_store, path)
    assert report.kind == path.suffix[1:]
    assert (report.sheet, report.sheet_index) == ("Deelnemers", 2)
    # notes sheet skipped, departments merged down, private column hidden, 3 filtered rows out
    assert _stored(tmp_store) == L.expected(L.OFFICE_VISIBLE)
    assert report.hidden_rows_skipped == 3
    assert report.columns["first_name"] == "Roepnaam" and report.columns["email"] == "E-mail"
    assert "hotmail" not in _dump(tmp_store) and "2019-04-01" not in _dump(tmp_store)


@pytest.mark.parametrize("name", ["office.xls", "office.ods"])
def test_office_files_sheet_choice_and_hidden_rows(tmp_store, name):
    path = FIXTURES / name
    table = importing.read_table(path, "Sessie 2")
    assert table.sheet == "Sessie 2" and table.sheet_index == 2
    assert [s.sheet for s in table.sheets] == ["Toelichting", "Deelnemers", "Sessie 2"]
    table = importing.read_table(path, "Deelnemers")
    mapping = importing.guess_mapping(table)
    mapping.include_hidden = True
    importing.import_file(tmp_store, path, mapping=mapping, table=table)
    assert _stored(tmp_store) == L.expected(L.PEOPLE)


def test_the_ods_reader_reports_filter_and_manual_hiding():
    from sessions import sheets

    grids = sheets.read_ods((FIXTURES / "office.ods").read_bytes(), 1000)
    grid = grids[1]
    assert grid.hidden_rows == {3, 8, 13} and grid.hidden_cols == {5}
    assert grid.rows[4][0] == "Noord"       # merged down from row 3


# ---------------------------------------------------------------- refusals change nothing


def _excel_2003_xml() -> bytes:
    return (b'<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n'
            b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            b'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Blad1">'
            b'<Table><Row><Cell><Data ss:Type="String">Naam</Data></Cell></Row></Table>'
            b'</Worksheet></Workbook>')


def _word_97() -> bytes:
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
            + "WordDocument".encode("utf-16-le") + b"\x00" * 600)


@pytest.mark.parametrize(("name", "data", "reason", "kind"), [
    ("lijst.xml", _excel_2003_xml(), Reason.UNSUPPORTED, "xml2003"),
    ("brief.doc", _word_97(), Reason.UNSUPPORTED, "doc"),
    ("kapot.xls", (FIXTURES / "office.xls").read_bytes()[:3000], Reason.CORRUPT_XLSX, "xls"),
    ("kapot.ods", (FIXTURES / "office.ods").read_bytes()[:4000], Reason.CORRUPT_XLSX, "ods"),
])
def test_refused_files_leave_the_trajectory_byte_identical(tmp_store, tmp_path, name, data,
                                                          reason, kind):
    participants.add(tmp_store, first_name="Eerder", last_name="Toegevoegd")
    tmp_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha(tmp_store.path)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ListImportError) as info:
        importing.import_file(tmp_store, path)
    assert (info.value.code, info.value.params.get("kind")) == (reason, kind)
    tmp_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _sha(tmp_store.path) == before


def test_a_password_protected_ods_is_called_so():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", b"\x8f\x12 encrypted bytes")
        z.writestr("META-INF/manifest.xml", '<manifest:manifest><manifest:file-entry '
                   'manifest:full-path="content.xml"><manifest:encryption-data/>'
                   '</manifest:file-entry></manifest:manifest>')
    with pytest.raises(ListImportError) as info:
        importing.read_table(buf.getvalue())
    assert info.value.code == Reason.ENCRYPTED


# ---------------------------------------------------------------- a second list


def test_a_second_list_shows_its_changes_first_and_removes_nobody_unasked(tmp_store):
    importing.import_file(tmp_store, L.notes_first())
    meeting = participants.checkin_meeting_id(tmp_store)
    leaving = next(p for p in participants.all_participants(tmp_store) if p.last_name == "Mulder")
    assert meeting is not None
    participants.check_in(tmp_store, meeting, leaving.id)
    # the new list: Lotte Mulder gone, Anneke moved, one newcomer
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "E-mailadres", "Gebied", "Functie"])
    for p in L.PEOPLE[:-1]:
        area = "Hoogvliet" if p[2] == "Rijk" else p[4]
        ws.append([L.name(p), p[3], area, p[5]])
    ws.append(["Petra de Vries", "petra.devries@rotterdam.example", "Noord", "Wijkcoach"])
    data = L.save(wb)
    before = _dump(tmp_store)
    planned = importing.preview(tmp_store, importing.read_table(data),
                                importing.guess_mapping(importing.read_table(data)))
    assert _dump(tmp_store) == before                       # a preview writes nothing
    assert planned.as_json()["added_people"] == ["Petra de Vries"]
    assert planned.as_json()["changes"] == [{"name": "Anneke de Rijk",
                                             "fields": {"area": ["Noord", "Hoogvliet"]}}]
    assert planned.not_on_list == ["Lotte Mulder"] and planned.not_on_list_ids == [leaving.id]
    kept = importing.import_file(tmp_store, data)
    assert (kept.added, kept.updated, kept.removed, kept.not_on_list) == (1, 1, 0, ["Lotte Mulder"])
    assert participants.count(tmp_store) == 17
    importing.undo_import(tmp_store, kept)
    removed = importing.import_file(tmp_store, data, remove_ids=planned.not_on_list_ids)
    assert removed.removed == 1 and participants.count(tmp_store) == 16
    importing.undo_import(tmp_store, removed)
    assert _dump(tmp_store) == before                       # Lotte back, with her check-in
    importing.redo_import(tmp_store, removed)
    assert participants.count(tmp_store) == 16


def test_two_namesakes_in_the_trajectory_stay_two(tmp_store):
    participants.add(tmp_store, first_name="Jan", last_name="Jansen", area="Noord")
    participants.add(tmp_store, first_name="Jan", last_name="Jansen", area="Zuid")
    report = importing.import_file(tmp_store, b"Naam;Gebied\r\nJan Jansen;Zuid\r\nJan Jansen;Noord\r\n")
    assert (report.added, report.updated) == (0, 0)
    assert sorted(p.area for p in participants.all_participants(tmp_store)) == ["Noord", "Zuid"]


def test_the_xlsx_scan_reads_hidden_rows_columns_and_merges_as_producers_write_them():
    from sessions import sheets

    # Excel writes hidden="1", LibreOffice hidden="true" (and hidden="false" on every row)
    xml = (b'<x:worksheet><x:cols><x:col min="2" max="3" hidden="true"/><x:col min="5" max="5"/>'
           b'</x:cols><x:sheetData><x:row r="1" hidden="false"><x:c/></x:row>'
           b'<x:row r="2" spans="1:3" hidden="1"/><x:row r="5" ht="3" hidden="true"></x:row>'
           b'</x:sheetData><x:mergeCells><x:mergeCell ref="A2:A4"/><x:mergeCell ref="B1:D1"/>'
           b'</x:mergeCells></x:worksheet>')
    assert sheets.scan_xlsx_sheet(xml) == ({1, 4}, {1, 2}, [(1, 0, 3)])
    # rows may leave out their number: they follow the row before
    assert sheets.scan_xlsx_sheet(b'<row><c/></row><row hidden="1"/><row r="7" hidden="1"/>'
                                  b'<row hidden="1"/>')[0] == {1, 6, 7}
