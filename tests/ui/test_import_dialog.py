"""The import dialog with real workbooks: sheets listed, hidden rows counted, doubts named."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessions import importing, participants
from tests import office_lists as L
from ui.import_dialog import ImportDialog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lists"


@pytest.fixture
def open_dialog(qtbot, tmp_store):
    def make(source):
        table = importing.read_table(source)
        dialog = ImportDialog(
            table, "lijst",
            lambda t, m, remove: importing.import_file(tmp_store, b"", mapping=m, table=t,
                                                      remove_ids=remove),
            preview_import=lambda t, m: importing.preview(tmp_store, t, m))
        qtbot.addWidget(dialog)
        return dialog
    return make


def _stored(store):
    return [(p.first_name, p.prefix, p.last_name, p.email, p.area, p.role)
            for p in participants.all_participants(store)]


def test_the_sheets_are_listed_with_people_and_a_preview(open_dialog, tmp_store):
    dialog = open_dialog(L.per_session())
    items = [dialog.sheet_list.item(i).text() for i in range(dialog.sheet_list.count())]
    assert not dialog.sheets_panel.isHidden()
    assert items[0].startswith("“Info” – no list of people (rows: 1)")
    assert items[1].splitlines() == ["“Sessie 1” – people: 8",
                                     "Şükrü Yılmaz, Anneke de Rijk, Jan van der Wijk"]
    assert items[2].startswith("“Sessie 2” – people: 8\nRuud Visser, Mohamed Bouzid")
    assert dialog.sheet_list.currentRow() == 1
    assert "More than one sheet holds people" in dialog.advice.text()
    dialog.choose_sheet(2)
    assert dialog.table_data.sheet == "Sessie 2"
    assert dialog.source_label.text() == "Excel workbook, sheet “Sessie 2”"
    dialog.import_button.click()
    assert dialog.stack.currentIndex() == 2
    assert _stored(tmp_store) == L.expected(L.PEOPLE[8:], role=False)


def test_a_single_sheet_shows_no_sheet_list(open_dialog):
    dialog = open_dialog(L.afas())
    assert dialog.sheets_panel.isHidden()
    assert dialog.advice.text() == "The columns were recognised. Check the preview and import."


def test_hidden_rows_are_counted_and_can_be_included(open_dialog, tmp_store):
    dialog = open_dialog(FIXTURES / "office.ods")
    assert dialog.table_data.sheet == "Deelnemers"
    assert dialog.hidden_label.text() == "3 rows hidden, not imported"
    assert not dialog.include_hidden.isHidden() and not dialog.include_hidden.isChecked()
    headers = [dialog.preview.horizontalHeaderItem(c).text()
               for c in range(dialog.preview.columnCount())]
    assert headers[5] == "E-mail privé (hidden)"
    rows = [dialog.preview.verticalHeaderItem(r).text() for r in range(dialog.preview.rowCount())]
    assert rows[:4] == ["Import as", "3", "4 (hidden)", "5"]
    dialog.include_hidden.setChecked(True)
    dialog.import_button.click()
    assert _stored(tmp_store) == L.expected(L.PEOPLE)


def test_doubts_are_named_in_the_advice(open_dialog):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Naam", "Voornaam"])
    wb.active.append(["Anneke de Rijk", "Anneke"])
    dialog = open_dialog(L.save(wb))
    assert dialog.advice.text().splitlines()[1:] == [
        "• whole name: “Naam” (column A) or “Voornaam” (column B)"]
    dialog.set_mapping(["name", ""])
    assert dialog.advice.text() == "The columns were recognised. Check the preview and import."


def test_a_second_list_can_remove_who_is_not_on_it(open_dialog, tmp_store):
    importing.import_file(tmp_store, L.notes_first())
    dialog = open_dialog(L.per_session())
    dialog.choose_sheet(2)
    dialog.import_button.click()
    assert dialog.stack.currentIndex() == 1
    assert dialog.changes_summary.text() == ("This list adds 0, updates 0, finds 8 unchanged and "
                                             "leaves out 8 of the people already in the trajectory.")
    text = dialog.changes_text.toPlainText().splitlines()
    assert text[0] == "Not on the new list (8); they stay unless you tick below:"
    assert text[1:] == [L.name(p) for p in L.expected(L.PEOPLE[:8])]
    assert not dialog.remove_missing.isChecked()
    dialog.remove_missing.setChecked(True)
    dialog.apply_button.click()
    assert dialog.report.removed == 8
    assert sorted(p.last_name for p in participants.all_participants(tmp_store)) == \
        sorted(p[2] for p in L.PEOPLE[8:])


def test_enter_imports_from_the_sheet_list_and_applies_on_the_changes_page(open_dialog, tmp_store,
                                                                           qtbot):
    from PySide6.QtCore import Qt

    importing.import_file(tmp_store, L.notes_first())
    dialog = open_dialog(L.per_session())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.import_button.isDefault() and not dialog.apply_button.isDefault()
    dialog.sheet_list.setFocus()
    qtbot.keyClick(dialog.sheet_list, Qt.Key.Key_Down)          # Sessie 2
    qtbot.keyClick(dialog.sheet_list, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 1 and dialog.apply_button.isDefault()
    qtbot.keyClick(dialog.changes_text, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 2 and dialog.report.sheet == "Sessie 2"
    assert participants.count(tmp_store) == 16                  # nobody removed unasked
