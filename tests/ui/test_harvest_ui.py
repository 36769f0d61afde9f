"""The harvest through the UI: outcomes, sign-ups, the actions overview and its log; all undoable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from sessions import demo, harvest
from tests.sessions.test_harvest import build_harvest_demo


@pytest.fixture
def harvest_ctx(app_ctx, tmp_path):
    """The demo trajectory with three groups and their actions, no outcomes yet, opened."""
    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "oogst.startdag")
    data = build_harvest_demo(store, outcomes=False)
    ctx.set_store(store)
    return ctx, actions, data


def test_recording_an_outcome_with_reason_and_tag_is_undoable(harvest_ctx, qtbot):
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    aid = data["actions"]["enquete"]
    console.select_action(aid)
    assert console.action_title.text() == "Enquête onder alle gebiedsnetwerkers over hun taken"
    qtbot.keyClicks(console.reason_edit, "HR deed al een eigen uitvraag")
    console.tag_buttons["niet meer nodig"].click()
    qtbot.mouseClick(console.result_buttons["not"], Qt.MouseButton.LeftButton)
    out = harvest.get_outcome(ctx.store, aid)
    assert (out.result, out.reason, out.tags) == ("not", "HR deed al een eigen uitvraag",
                                                  ["niet meer nodig"])
    assert console.result_buttons["not"].isChecked()
    row = console.model.row_of(aid)
    assert "Not achieved" in console.model.index(row, 3).data()
    ctx.undo_stack.undo()
    assert harvest.get_outcome(ctx.store, aid) is None
    assert not console.result_buttons["not"].isChecked()
    ctx.undo_stack.redo()
    assert harvest.get_outcome(ctx.store, aid).reason == "HR deed al een eigen uitvraag"


def test_number_keys_in_the_list_record_outcomes(harvest_ctx, qtbot):
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    console.show()
    aid = data["actions"]["hr"]
    console.select_action(aid)
    console.table.setFocus()
    qtbot.keyClick(console.table, Qt.Key.Key_1)
    assert harvest.get_outcome(ctx.store, aid).result == "achieved"
    qtbot.keyClick(console.table, Qt.Key.Key_2)
    assert harvest.get_outcome(ctx.store, aid).result == "partly"
    ctx.undo_stack.undo()
    assert harvest.get_outcome(ctx.store, aid).result == "achieved"


def test_changing_the_reason_later_saves_it_undoably(harvest_ctx, qtbot):
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    aid = data["actions"]["linkedin"]
    harvest.set_outcome(ctx.store, aid, "achieved", "54 leden")
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    console.model.set_group(data["groups"]["partner"])
    console.select_action(aid)
    assert console.reason_edit.text() == "54 leden"
    console.reason_edit.setText("54 leden, wekelijks berichten")
    qtbot.keyClick(console.reason_edit, Qt.Key.Key_Return)
    assert harvest.get_outcome(ctx.store, aid).reason == "54 leden, wekelijks berichten"
    ctx.undo_stack.undo()
    assert harvest.get_outcome(ctx.store, aid).reason == "54 leden"


def test_lessons_are_saved_and_undoable(harvest_ctx, qtbot):
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    gid = console.model.group_id
    console.lessons_edit.setPlainText("Bellen werkt beter dan mailen.")
    console.lessons_edit.editing_finished.emit()   # leaving the box saves it
    assert harvest.lessons(ctx.store, gid) == "Bellen werkt beter dan mailen."
    ctx.undo_stack.undo()
    assert harvest.lessons(ctx.store, gid) == ""
    assert console.lessons_edit.toPlainText() == ""


def test_projector_follows_the_console_group_and_shows_plan_beside_results(harvest_ctx, qtbot):
    from tests.ui.wall_probe import WallProbe
    from ui.slides import source
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    harvest.set_outcome(ctx.store, data["actions"]["cafe"], "achieved", "Drie keer gehouden")
    console = HarvestConsole(ctx, actions, 1)
    projector = WallProbe(ctx, make=source._harvest)
    qtbot.addWidget(console)
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
    assert projector.body().band.name == "Kennis delen"
    texts = projector.texts()
    assert any(t.endswith("Kennis delen") for t in texts)
    assert "Kenniscafé elke tweede donderdag" in texts
    assert "Drie keer gehouden" in texts
    assert any("Achieved" in t for t in texts)
    assert not any("@" in t for t in texts)


def _initiatives(ctx, actions, qtbot):
    from ui.steps.initiatives import InitiativesConsole

    console = InitiativesConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    return console


def test_signing_up_by_type_ahead_is_undoable(harvest_ctx, qtbot):
    ctx, actions, data = harvest_ctx
    act = harvest.add_activity(ctx.store, kind="training", title="Module Netwerken", capacity=10)
    console = _initiatives(ctx, actions, qtbot)
    console.select_activity(act)
    qtbot.keyClicks(console.picker, "sukru yil")          # no accents typed
    assert len(console.picker.matches()) == 1
    qtbot.keyClick(console.picker, Qt.Key.Key_Return)
    lst = harvest.signups(ctx.store, act)
    assert [s.name for s in lst] == ["Şükrü Yılmaz"]
    assert console.signups_model.rowCount() == 1
    assert console.picker.text() == ""
    ctx.undo_stack.undo()
    assert harvest.signups(ctx.store, act) == []
    ctx.undo_stack.redo()
    assert [s.name for s in harvest.signups(ctx.store, act)] == ["Şükrü Yılmaz"]


def test_a_full_activity_puts_the_next_on_the_waiting_list_and_says_so(harvest_ctx, qtbot):
    """Issue 14.25: the "full — waiting list?" question swallowed the next typed name, and a
    withdrawal that promoted someone said nothing."""
    ctx, actions, data = harvest_ctx
    people = data["people"]
    act = harvest.add_activity(ctx.store, kind="wijkreis", title="Wijkreis Charlois", capacity=2)
    for p in people[:2]:
        harvest.sign_up(ctx.store, act, p.id)
    console = _initiatives(ctx, actions, qtbot)
    console.select_activity(act)
    assert console.sign_up(people[5].id) is True          # no dialog in between
    lst = harvest.signups(ctx.store, act)
    assert lst[-1].participant_id == people[5].id and lst[-1].waiting
    assert "is full" in console.feedback.text() and "number 1 on the waiting list" in \
        console.feedback.text()
    # withdrawing a signed-up person promotes the waiting one, and says who moved up
    console.signups_view.selectRow(0)
    qtbot.mouseClick(console.withdraw_button, Qt.MouseButton.LeftButton)
    assert [s.waiting for s in harvest.signups(ctx.store, act)] == [False, False]
    assert f"{people[5].display_name} moved up" in console.feedback.text()
    ctx.undo_stack.undo()
    assert [s.participant_id for s in harvest.signups(ctx.store, act)] == [
        people[0].id, people[1].id, people[5].id]


def test_the_sign_up_picker_folds_every_latin_letter_and_says_what_happened(harvest_ctx, qtbot):
    """Issue 14.25: "lukasz" found nobody, and an unknown name stayed for the next to pile onto."""
    ctx, actions, _data = harvest_ctx
    from sessions import participants

    lukasz = participants.add(ctx.store, first_name="Łukasz", last_name="Kamiński")
    participants.add(ctx.store, first_name="Małgorzata", last_name="Zielińska")
    act = harvest.add_activity(ctx.store, kind="training", title="Module Netwerken", capacity=10)
    console = _initiatives(ctx, actions, qtbot)
    console.select_activity(act)
    qtbot.keyClicks(console.picker, "xyzzy")
    qtbot.keyClick(console.picker, Qt.Key.Key_Return)
    assert console.feedback.text() == "Nobody found for “xyzzy”."
    assert console.picker.selectedText() == "xyzzy"       # the next name replaces it
    qtbot.keyClicks(console.picker, "lukasz")
    assert console.picker.text() == "lukasz"
    assert len(console.picker.matches()) >= 2            # the demo has a Łukasz too
    qtbot.keyClick(console.picker, Qt.Key.Key_Return)
    assert harvest.signups(ctx.store, act) == []
    assert "people match “lukasz”" in console.feedback.text()
    qtbot.keyClicks(console.picker, "lukasz kam")
    qtbot.keyClick(console.picker, Qt.Key.Key_Return)
    assert [s.participant_id for s in harvest.signups(ctx.store, act)] == [lukasz]
    assert console.feedback.text() == "Łukasz Kamiński signed up."
    assert len(console.picker.matches("malgorzata ziel")) == 1


def test_creating_an_activity_through_the_dialog_is_undoable(harvest_ctx, qtbot, monkeypatch):
    from ui.steps.initiatives import ActivityDialog

    ctx, actions, _data = harvest_ctx
    console = _initiatives(ctx, actions, qtbot)

    def fake_exec(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("kenniscafe"))
        dialog.period.setText("elke tweede donderdag")
        dialog.capacity.setValue(25)
        return ActivityDialog.DialogCode.Accepted

    monkeypatch.setattr(ActivityDialog, "exec", fake_exec)
    qtbot.mouseClick(console.new_button, Qt.MouseButton.LeftButton)
    [act] = harvest.activities(ctx.store)
    assert (act.kind, act.title, act.period, act.capacity) == (
        "kenniscafe", "Kenniscafé", "elke tweede donderdag", 25)
    assert console.selected_activity_id() == act.id
    ctx.undo_stack.undo()
    assert harvest.activities(ctx.store) == []
    ctx.undo_stack.redo()
    assert harvest.activities(ctx.store)[0].id == act.id


def test_initiatives_projector_shows_full_and_waiting(harvest_ctx, qtbot):
    from tests.ui.wall_probe import WallProbe
    from ui.slides import source

    ctx, actions, data = harvest_ctx
    people = data["people"]
    act = harvest.add_activity(ctx.store, kind="intervisie", title="Intervisiegroep", capacity=1)
    harvest.sign_up(ctx.store, act, people[0].id)
    harvest.sign_up(ctx.store, act, people[1].id, waiting_list=True)
    texts = WallProbe(ctx, make=source._initiatives).texts()
    assert "full — waiting list (1)" in texts
    assert any(people[1].display_name in t and t.startswith("Waiting list") for t in texts)


def test_actions_overview_filters_and_logs_with_undo(harvest_ctx, qtbot):
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, data = harvest_ctx
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    page.model.today = lambda: date(2026, 5, 20)
    page.overdue_filter.setChecked(True)
    overdue = {r.title for r in page.model.rows}
    # the LinkedIn action was logged as done: past due but not overdue
    assert overdue == {"Input geven aan de schrijvers van het functieprofiel bij HR",
                       "Enquête onder alle gebiedsnetwerkers over hun taken"}
    page.overdue_filter.setChecked(False)
    page.group_filter.setCurrentIndex(page.group_filter.findText("3  Kennis delen"))
    assert {r.group_name for r in page.model.rows} == {"Kennis delen"}

    aid = data["actions"]["intervisie"]
    assert page.select_action(aid)
    page.date_edit.setDate(QDate(2026, 6, 3))
    page.new_status.setCurrentIndex(page.new_status.findData("dropped"))
    qtbot.keyClicks(page.text_edit, "Niemand plant de groepjes")
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Return)
    [entry] = harvest.action_log(ctx.store, aid)
    assert (entry.date, entry.text, entry.status_to) == ("2026-06-03", "Niemand plant de groepjes",
                                                         "dropped")
    assert page.log_model.rowCount() == 1
    assert page.selected_action_id() == aid
    ctx.undo_stack.undo()
    assert harvest.action_log(ctx.store, aid) == []
    assert ctx.store.scalar("SELECT status FROM action WHERE id = ?", (aid,)) == "planned"
    ctx.undo_stack.redo()
    assert harvest.action_log(ctx.store, aid)[0].id == entry.id


def test_support_request_from_the_overview(harvest_ctx, qtbot):
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, data = harvest_ctx
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    aid = data["actions"]["academie"]
    page.select_action(aid)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("support_request"))
    page.text_edit.setText("Wie kent een locatie in Delfshaven?")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [e.action_id for e in harvest.open_support_requests(ctx.store)] == [aid]
    row = page.model.row_of(aid)
    assert "support asked" in page.model.index(row, 5).data()


def test_empty_log_text_gives_a_message_and_changes_nothing(harvest_ctx, qtbot, monkeypatch):
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, data = harvest_ctx
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    page.select_action(data["actions"]["intervisie"])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert shown == ["Write what happened, or change the status."]
    assert harvest.action_log(ctx.store, data["actions"]["intervisie"]) == []
    assert ctx.undo_stack.count() == 0


def test_the_workspace_has_an_actions_tab(main_window, qtbot):
    main_window.show()
    qtbot.mouseClick(main_window.welcome.demo_button, Qt.MouseButton.LeftButton)
    tabs = main_window.workspace.tabs
    assert "Actions" in [tabs.tabText(i) for i in range(tabs.count())]


def test_harvest_report_action_writes_the_pdf(harvest_ctx, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, data = harvest_ctx
    harvest.set_outcome(ctx.store, data["actions"]["cafe"], "achieved", "Drie keer gehouden")
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    target = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    actions.harvest_report.trigger()
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(target)).pages)
    assert "Kenniscafé elke tweede donderdag" in text and "Drie keer gehouden" in text
    assert told and str(target) in told[0]


def test_harvest_pages_without_groups_or_activities_say_so(app_ctx, qtbot, tmp_path):
    from tests.ui.wall_probe import WallProbe
    from ui.slides import source
    from ui.steps.harvest import HarvestConsole
    from ui.steps.initiatives import InitiativesConsole

    ctx, actions = app_ctx
    ctx.set_store(demo.create_demo(tmp_path / "leeg.startdag"))
    console = HarvestConsole(ctx, actions, 1)
    initiatives = InitiativesConsole(ctx, actions, 1)
    for w in (console, initiatives):
        qtbot.addWidget(w)
    assert "form the groups first" in console.question_label.text()
    assert not console.result_buttons["achieved"].isEnabled()
    assert WallProbe(ctx, make=source._harvest).texts() == ["No theme groups yet."]
    assert not initiatives.picker.isEnabled()
    assert WallProbe(ctx, make=source._initiatives).texts() == ["No activities yet."]


def test_lessons_are_saved_when_leaving_the_box(harvest_ctx, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    from ui.steps.harvest import HarvestConsole

    ctx, actions, _data = harvest_ctx
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    console.lessons_edit.setPlainText("Samen plannen, dan gebeurt het.")
    console.lessons_edit.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    assert harvest.lessons(ctx.store, console.model.group_id) == "Samen plannen, dan gebeurt het."
    assert ctx.undo_stack.count() == 1


def test_a_reason_typed_before_the_outcome_survives_looking_at_another_action(harvest_ctx, qtbot):
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    first = data["actions"]["enquete"]
    other = next(i.action_id for i in console.model.items if i.action_id != first)
    console.select_action(first)
    qtbot.keyClicks(console.reason_edit, "HR deed al een eigen uitvraag")
    console.tag_buttons["niet meer nodig"].click()
    console.select_action(other)          # the facilitator looks elsewhere first
    assert console.selected_action_id() == other and console.reason_edit.text() == ""
    console.select_action(first)
    assert console.reason_edit.text() == "HR deed al een eigen uitvraag"
    assert console.tag_buttons["niet meer nodig"].isChecked()
    qtbot.mouseClick(console.result_buttons["not"], Qt.MouseButton.LeftButton)
    assert harvest.get_outcome(ctx.store, first).reason == "HR deed al een eigen uitvraag"


def test_the_console_shows_the_judged_actions_log_beside_it(harvest_ctx, qtbot):
    """Issue 14.28: Functieprofiel's support request to HR and its answer were nowhere at the
    harvest. The log of the selected action stands beside the outcome, and follows edits."""
    from ui.steps.harvest import HarvestConsole

    ctx, actions, data = harvest_ctx
    console = HarvestConsole(ctx, actions, 1)
    qtbot.addWidget(console)
    console.resize(1300, 700)
    console.show()
    console.select_action(data["actions"]["hr"])
    lines = [console.log_list.item(i).text() for i in range(console.log_list.count())]
    assert lines == [
        "02-04-2026 · Update: Mail aan HR gestuurd, nog geen reactie (planned → in progress)",
        "20-04-2026 · Support request: Kunnen de begeleiders ons aan de juiste persoon bij HR"
        " koppelen?",
        "22-04-2026 · Answer to the request: Anneke regelt een afspraak met de makers van het"
        " functieprofiel"]
    assert console.log_list.item(1).font().bold() and not console.log_list.item(0).font().bold()
    assert console.log_box.isVisible() and console.log_box.width() > 250
    assert console.log_box.geometry().top() < console.action_title.mapTo(
        console, console.action_title.rect().bottomLeft()).y() + 20   # beside, not below
    console.select_action(data["actions"]["enquete"])
    assert [console.log_list.item(i).text() for i in range(console.log_list.count())] == [
        "Nothing logged since the startdag."]
    harvest.add_log(ctx.store, data["actions"]["enquete"], date="2026-05-02",
                    text="Enquête verstuurd")
    ctx.changed.emit("actions")
    assert console.selected_action_id() == data["actions"]["enquete"]
    assert console.log_list.item(0).text() == "02-05-2026 · Update: Enquête verstuurd"


def test_added_after_the_startdag_can_be_decided_by_hand_and_undone(harvest_ctx, qtbot):
    """Issue 14.27: the mark follows the meeting's times; the facilitator can overrule it."""
    from sessions import actions as actions_service
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, data = harvest_ctx
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    page.show()
    late, planned = data["actions"]["buurtlunch"], data["actions"]["cafe"]
    assert page.select_action(late)
    assert page.after_check.isChecked() and page.after_source.text() == "(by the meeting's times)"
    assert not page.after_reset.isVisible()
    page.select_action(planned)
    assert not page.after_check.isChecked()
    qtbot.mouseClick(page.after_check, Qt.MouseButton.LeftButton)
    assert actions_service.get(ctx.store, planned).after_mark == 1
    assert page.after_check.isChecked() and page.after_source.text() == "(marked by hand)"
    assert harvest.totals(ctx.store)[1].added == 2
    row = page.model.row_of(planned)
    assert page.model.index(row, 1).data().endswith("(+)")
    qtbot.mouseClick(page.after_reset, Qt.MouseButton.LeftButton)
    assert actions_service.get(ctx.store, planned).after_mark is None
    ctx.undo_stack.undo()
    assert actions_service.get(ctx.store, planned).after_mark == 1
    ctx.undo_stack.undo()
    assert actions_service.get(ctx.store, planned).after_mark is None
    assert not page.after_check.isChecked()
    assert harvest.totals(ctx.store)[1].added == 1


def test_groups_carry_the_walls_numbers_on_the_actions_tab(harvest_ctx, qtbot):
    """Issue 14.20: the wall numbers the cards 1..N; every list of groups uses those numbers."""
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, data = harvest_ctx
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    names = [page.group_filter.itemText(i) for i in range(1, page.group_filter.count())]
    assert names == ["1  Functieprofiel", "2  Logische partner", "3  Kennis delen"]
    row = page.model.row_of(data["actions"]["cafe"])
    assert page.model.index(row, 0).data() == "3  Kennis delen"
