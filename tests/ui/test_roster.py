"""The Participants tab: Dutch order, search, check-in by key, late arrivals, editing and import with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sessions import participants
from sessions.store import Store
from ui import roster
from ui.import_dialog import ImportDialog, report_lines
from ui.roster import NAME, PRESENT, RosterPage

PEOPLE = [("Jan", "van der", "Wijk"), ("Anneke", "de", "Rijk"), ("Bram", "", "Ottens"),
          ("Willem", "", "Aalders"), ("Fatima", "in 't", "Veld")]


@pytest.fixture
def page(qtbot, app_ctx, tmp_path):
    ctx, actions = app_ctx
    store = Store.create(tmp_path / "r.startdag", title="Roster")
    for first, prefix, last in PEOPLE:
        participants.add(store, first_name=first, prefix=prefix, last_name=last,
                         email=f"{first.lower()}@org.nl", area="Noord")
    ctx.set_store(store)
    widget = RosterPage(ctx, actions)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def _names(page) -> list[str]:
    return [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]


def _pid(page, name: str) -> int:
    return next(p.id for p in participants.all_participants(page.ctx.store) if p.display_name == name)


def _present(page) -> set[str]:
    store = page.ctx.store
    ids = participants.checked_in_ids(store, participants.checkin_meeting_id(store))
    return {participants.get(store, i).display_name for i in ids}


def test_roster_is_in_dutch_order(page):
    assert _names(page) == ["Willem Aalders", "Bram Ottens", "Anneke de Rijk", "Fatima in 't Veld",
                            "Jan van der Wijk"]


def test_space_toggles_present_and_undo_unticks(page, qtbot):
    page.select_id(_pid(page, "Anneke de Rijk"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert _present(page) == {"Anneke de Rijk"}
    assert page.count_label.text() == "Present at Startdag: 1 of 5"
    row = page.model.row_of(_pid(page, "Anneke de Rijk"))
    assert page.model.index(row, PRESENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.checkin_box.isChecked()
    page.ctx.undo_stack.undo()
    assert _present(page) == set()
    # undoing the first tick puts the day back without check-in: everyone counts again
    assert page.count_label.text() == "No check-in: all 5 count as present"
    assert not page.checkin_box.isChecked()
    page.ctx.undo_stack.redo()
    assert _present(page) == {"Anneke de Rijk"}


def test_check_in_keeps_the_current_row(page, qtbot):
    page.select_id(_pid(page, "Fatima in 't Veld"))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert page.view.currentIndex().siblingAtColumn(NAME).data() == "Fatima in 't Veld"


def test_search_as_you_type_and_enter_checks_in(page, qtbot):
    qtbot.keyClicks(page.search, "rijk")
    assert _names(page) == ["Anneke de Rijk"]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _present(page) == {"Anneke de Rijk"}
    assert page.search.text() == "" and len(_names(page)) == 5


def test_enter_checks_in_only_a_single_match(page, qtbot):
    """Issue 14.6: "Bo" and Enter used to check in the first of several matches."""
    participants.add(page.ctx.store, first_name="Bas", prefix="de", last_name="Boer")
    participants.add(page.ctx.store, first_name="Bob", last_name="Jansen")
    qtbot.keyClicks(page.search, "bo")
    assert len(_names(page)) == 2
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _present(page) == set()
    assert page.match_label.isVisible()
    assert "2 people match" in page.match_label.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)    # an explicit pick with the arrows
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _present(page) == {"Bob Jansen"}
    qtbot.keyClicks(page.search, "zzz")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.match_label.text() == "Nobody found for “zzz”."
    assert _present(page) == {"Bob Jansen"}


def test_check_in_in_use_is_shown_and_switched_on_the_roster(page, qtbot):
    store = page.ctx.store
    meeting = participants.checkin_meeting_id(store)
    assert not page.checkin_box.isChecked()
    assert page.count_label.text() == "No check-in: all 5 count as present"
    page.checkin_box.click()
    assert participants.checkin_in_use(store, meeting)
    assert page.count_label.text() == "Present at Startdag: 0 of 5"
    page.ctx.undo_stack.undo()
    assert not participants.checkin_in_use(store, meeting)
    assert not page.checkin_box.isChecked()


def test_search_ignores_accents_and_case(page):
    participants.add(page.ctx.store, first_name="Şükrü", last_name="Yılmaz")
    page.search.setText("SUKRU yil")
    assert _names(page) == ["Şükrü Yılmaz"]


def test_type_ahead_jumps_to_a_last_name(page, qtbot):
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, NAME))
    qtbot.keyClicks(page.view, "vel")
    assert page.view.currentIndex().data() == "Fatima in 't Veld"


def test_late_arrival_without_check_in_is_not_ticked_and_nobody_turns_absent(page, qtbot):
    qtbot.keyClicks(page.late, "Kees op de Beek")
    qtbot.keyClick(page.late, Qt.Key.Key_Return)
    assert _present(page) == set()
    assert page.count_label.text() == "No check-in: all 6 count as present"


def test_late_arrival_is_added_present_and_undoable(page, qtbot):
    page.checkin_box.click()
    qtbot.keyClicks(page.late, "Kees op de Beek")
    qtbot.keyClick(page.late, Qt.Key.Key_Return)
    pid = _pid(page, "Kees op de Beek")
    p = participants.get(page.ctx.store, pid)
    assert (p.first_name, p.prefix, p.last_name) == ("Kees", "op de", "Beek")
    assert _present(page) == {"Kees op de Beek"}
    assert page.view.currentIndex().siblingAtColumn(NAME).data() == "Kees op de Beek"
    page.ctx.undo_stack.undo()
    assert participants.count(page.ctx.store) == 5
    page.ctx.undo_stack.redo()
    assert _pid(page, "Kees op de Beek") == pid and _present(page) == {"Kees op de Beek"}


def test_add_with_dialog_and_undo(page, monkeypatch):
    def fake_exec(dialog):
        dialog.edits["first_name"].setText("Carla")
        dialog.edits["last_name"].setText("Smit")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(roster.ParticipantDialog, "exec", fake_exec)
    page.add_button.click()
    assert "Carla Smit" in _names(page)
    page.ctx.undo_stack.undo()
    assert "Carla Smit" not in _names(page)


def test_edit_and_undo(page, monkeypatch):
    def fake_exec(dialog):
        dialog.edits["area"].setText("Zuid")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(roster.ParticipantDialog, "exec", fake_exec)
    pid = _pid(page, "Bram Ottens")
    page.select_id(pid)
    page.edit_current()
    assert participants.get(page.ctx.store, pid).area == "Zuid"
    page.ctx.undo_stack.undo()
    assert participants.get(page.ctx.store, pid).area == "Noord"


def test_delete_and_undo_restore_the_same_person_with_check_in(page, qtbot):
    pid = _pid(page, "Jan van der Wijk")
    page.select_id(pid)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Jan van der Wijk" not in _names(page)
    page.ctx.undo_stack.undo()
    assert _pid(page, "Jan van der Wijk") == pid
    assert _present(page) == {"Jan van der Wijk"}


def test_find_action_focuses_the_search_box(page, qtbot, app_ctx):
    _ctx, actions = app_ctx
    page.activateWindow()
    actions.find.trigger()
    qtbot.waitUntil(page.search.hasFocus)
    assert page.search.hasFocus()


# ---------------------------------------------------------------- import from the page


def _csv(tmp_path, text: str, name="lijst.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def test_import_action_imports_and_undo_removes(page, tmp_path, monkeypatch, app_ctx):
    _ctx, actions = app_ctx
    path = _csv(tmp_path, "Naam;E-mail\nCarla Smit;carla@org.nl\nBram Ottens;bram@org.nl\n"
                          "Carla Smit;carla@org.nl\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = {}

    def fake_exec(dialog):
        dialog.import_button.click()
        # a second list: first what it changes, with the people it leaves out kept
        seen["changes_page"] = dialog.stack.currentIndex()
        seen["changes"] = dialog.changes_text.toPlainText()
        seen["remove_offered"] = not dialog.remove_missing.isHidden() and \
            not dialog.remove_missing.isChecked()
        dialog.apply_button.click()
        seen["lines"] = report_lines(dialog.report)
        seen["page"] = dialog.stack.currentIndex()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    actions.import_participants.trigger()
    assert seen["changes_page"] == 1 and seen["remove_offered"]
    assert seen["changes"].splitlines()[:2] == ["Added (1):", "Carla Smit"]
    assert "Not on the new list (4); they stay unless you tick below:" in seen["changes"]
    assert seen["page"] == 2
    assert seen["lines"][0] == "Added: 1. Updated: 0. Skipped: 2."
    assert len(_names(page)) == 6   # nobody removed without the tick
    assert "Carla Smit" in _names(page)
    page.ctx.undo_stack.undo()
    assert "Carla Smit" not in _names(page) and len(_names(page)) == 5
    page.ctx.undo_stack.redo()
    assert "Carla Smit" in _names(page)


def test_removing_who_is_not_on_a_new_list_is_undone_with_their_check_ins(page, tmp_path,
                                                                          monkeypatch, app_ctx):
    _ctx, actions = app_ctx
    store = page.ctx.store
    meeting = participants.checkin_meeting_id(store)
    kept = [p for p in participants.all_participants(store)][:2]
    gone = [p for p in participants.all_participants(store)][2:]
    assert meeting is not None
    participants.check_in(store, meeting, gone[0].id)
    text = "Voornaam;Tussenvoegsel;Achternaam;E-mail\n" + "".join(
        f"{p.first_name};{p.prefix};{p.last_name};{p.email}\n" for p in kept)
    path = _csv(tmp_path, text)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def fake_exec(dialog):
        dialog.import_button.click()
        dialog.remove_missing.setChecked(True)
        dialog.apply_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    before = "\n".join(store.conn.iterdump())
    actions.import_participants.trigger()
    assert sorted(_names(page)) == sorted(p.display_name for p in kept)
    page.ctx.undo_stack.undo()
    assert "\n".join(store.conn.iterdump()) == before     # the removed, with their check-in
    page.ctx.undo_stack.redo()
    assert sorted(_names(page)) == sorted(p.display_name for p in kept)


def test_import_dialog_lets_the_user_pick_the_name_column(qtbot, page, tmp_path):
    from sessions import importing

    path = _csv(tmp_path, "Wie;Waar\nCarla Smit;Zuid\nDaan de Jong;Noord\n")
    table = importing.read_table(path)
    dialog = ImportDialog(table, path.name,
                          lambda t, m, r: importing.import_file(page.ctx.store, path, mapping=m, table=t))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "No column with names" in dialog.advice.text()
    dialog.set_mapping(["name", "area"])
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.report.added == 2
    daan = participants.get(page.ctx.store, _pid(page, "Daan de Jong"))
    assert (daan.prefix, daan.last_name, daan.area) == ("de", "Jong", "Noord")


def test_unimportable_file_shows_the_reason_and_imports_nothing(page, tmp_path, monkeypatch):
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert page.import_path(path) is None
    assert shown == ["leeg.csv was not imported. The file is empty: there is no list in it."]
    assert len(_names(page)) == 5


def test_workspace_has_a_participants_tab(app_ctx, qtbot):
    from ui.workspace import Workspace

    ctx, actions = app_ctx
    workspace = Workspace(ctx, actions)
    qtbot.addWidget(workspace)
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert "Participants" in titles


def test_type_ahead_letters_do_not_trigger_window_shortcuts(page, qtbot, app_ctx):
    _ctx, actions = app_ctx
    page.addActions(actions.all())
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, NAME))
    qtbot.keyClicks(page.view, "bra")
    assert not actions.black_screen.isChecked()
    assert page.view.currentIndex().data() == "Bram Ottens"


def test_find_from_another_tab_shows_the_roster(app_ctx, qtbot, tmp_path):
    from ui.workspace import Workspace

    ctx, actions = app_ctx
    workspace = Workspace(ctx, actions)
    qtbot.addWidget(workspace)
    ctx.set_store(Store.create(tmp_path / "w.startdag", title="W"))
    workspace.tabs.setCurrentIndex(0)
    actions.find.trigger()
    assert workspace.tabs.currentWidget() is workspace.roster


def test_read_only_roster_cannot_check_in(app_ctx, qtbot, tmp_path):
    ctx, actions = app_ctx
    path = tmp_path / "ro.startdag"
    with Store.create(path, title="RO") as store:
        participants.add(store, first_name="Bram", last_name="Ottens")
    ctx.set_store(Store.open(path, read_only=True))
    widget = RosterPage(ctx, actions)
    qtbot.addWidget(widget)
    widget.view.setCurrentIndex(widget.proxy.index(0, NAME))
    qtbot.keyClick(widget.view, Qt.Key.Key_Space)
    assert not widget.add_button.isEnabled() and not widget.late.isEnabled()
    assert participants.checked_in_ids(ctx.store, participants.checkin_meeting_id(ctx.store)) == set()


def test_import_dialog_handles_a_list_without_column_titles(qtbot, page, tmp_path):
    from sessions import importing

    path = _csv(tmp_path, "Carla Smit\nDaan de Jong\n")
    table = importing.read_table(path)
    dialog = ImportDialog(table, path.name,
                          lambda t, m, r: importing.import_file(page.ctx.store, path, mapping=m, table=t))
    qtbot.addWidget(dialog)
    dialog.header_spin.setValue(0)
    dialog.set_mapping(["name"])
    dialog.import_button.click()
    assert dialog.report.added == 2 and dialog.report.skipped == []
    assert {"Carla Smit", "Daan de Jong"} <= set(_names(page))
