"""Issue 14 items 10 and 11: one date field that reads Dutch dates, and an action form that
saves each field as it is left (one undo step per field, naming it), nothing to click."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sessions import actions as plans
from sessions import agenda, demo, groups, participants, trajectory
from ui.dates import short_date
from ui.widgets import DateField

MEETING = date(2026, 3, 12)


def _type(qtbot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "iso"), [
    ("15-5", "2026-05-15"), ("15-05-2026", "2026-05-15"), ("15 mei", "2026-05-15"),
    ("1-3", "2027-03-01"),          # no year: the first 1 March on or after the meeting
    ("12 maart", "2026-03-12"),     # the meeting day itself
    ("15052026", "2026-05-15"),
])
def test_the_date_field_reads_dutch_dates(qtbot, typed, iso):
    field = DateField(reference=MEETING)
    qtbot.addWidget(field)
    field.show()
    seen = []
    field.date_changed.connect(seen.append)
    _type(qtbot, field, typed)
    assert field.iso() == iso and seen == [iso]
    assert field.edit.text() == short_date(iso)          # the one format
    assert field.error_text() == ""


def test_an_impossible_date_says_so_and_changes_nothing(qtbot):
    field = DateField(reference=MEETING)
    qtbot.addWidget(field)
    field.show()
    field.set_iso("2026-05-15")
    seen = []
    field.date_changed.connect(seen.append)
    _type(qtbot, field, "31-2")
    assert field.iso() == "2026-05-15" and seen == []
    assert "31-2" in field.error_text() and "15-5" in field.error_text()
    assert field.edit.text() == short_date("2026-05-15")
    _type(qtbot, field, "")                  # an optional field may be emptied
    assert field.iso() == "" and seen == [""] and field.error_text() == ""


def test_the_calendar_opens_at_the_meeting_not_in_2000(qtbot):
    field = DateField(reference=MEETING)
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.menu.isVisible)
    cal = field.calendar
    assert (cal.yearShown(), cal.monthShown()) == (2026, 3)
    picked = cal.selectedDate().addDays(3)
    cal.clicked.emit(picked)
    assert field.iso() == "2026-03-15" and not field.menu.isVisible()


def test_no_date_editor_is_left_in_the_app():
    """Every date is typed in the one DateField: no QDateEdit with its own format remains."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[2] / "ui"
    made = re.compile(r"QDateEdit\(|QDateTimeEdit\(|^\s+QDateEdit,$|import .*QDateEdit", re.M)
    users = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
             if made.search(p.read_text(encoding="utf-8"))]
    assert users == []


# ------------------------------------------------------------ the action form


@pytest.fixture
def form(qtbot, main_window, tmp_path):
    """The actions step's console as the main window's centre, one action in the first group."""
    from ui.steps.actions import ActionsConsole

    ctx = main_window.ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    ctx.set_store(store)
    gid = groups.groups(store)[0].id if groups.groups(store) else \
        groups.add_group(store, "Zichtbaar blijven")
    if len(groups.members(store, gid)) < 2:
        groups.set_memberships(store, {p.id: (gid, False)
                                       for p in participants.all_participants(store)[:4]})
    for a in plans.actions(store):
        plans.delete(store, a.id)
    mid = trajectory.meeting_of_kind(store, "startdag").id
    step = agenda.add(store, mid, "actions", "Plannen")
    plan = ActionsConsole(ctx, main_window.app_actions, step)
    tabs = main_window.workspace.tabs
    tabs.setCurrentIndex(tabs.addTab(plan, "Plannen"))
    main_window.resize(1000, 760)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    plan.group_combo.setCurrentIndex(plan.groups_model.row_of(gid))
    plan.title_edit.setText("Intervisie")
    plan.add_action()
    [a] = plans.actions(store, gid)
    assert plan.selected_id() == a.id
    ctx.undo_stack.clear()
    plan.tabs.setCurrentWidget(plan.details)
    yield ctx, plan, a.id
    ctx.set_store(None)
    qtbot.wait(1)


def test_each_field_saves_as_it_is_left_one_undo_step_each(qtbot, form):
    ctx, plan, aid = form
    assert not hasattr(plan, "save_button")
    plan.d_title.setFocus()
    plan.d_title.selectAll()
    qtbot.keyClicks(plan.d_title, "Intervisie met HR")
    qtbot.keyClick(plan.d_title, Qt.Key.Key_Tab)             # leaving the field saves it
    assert plans.get(ctx.store, aid).title == "Intervisie met HR"
    plan.d_support.setFocus()
    qtbot.keyClicks(plan.d_support, "Een begeleider")
    plan.d_due.edit.setFocus()                                # leaving by focus
    assert plans.get(ctx.store, aid).support == "Een begeleider"
    _type(qtbot, plan.d_due, "15 mei")
    assert plans.get(ctx.store, aid).due_date == "2026-05-15"
    assert plan.d_due.edit.text() == short_date("2026-05-15")
    texts = [ctx.undo_stack.text(i) for i in range(ctx.undo_stack.count())]
    assert len(texts) == 3
    assert "title" in texts[0] and "support" in texts[1] and "due date" in texts[2]
    ctx.undo_stack.undo()
    a = plans.get(ctx.store, aid)
    assert (a.title, a.support, a.due_date) == ("Intervisie met HR", "Een begeleider", "")
    assert plan.d_due.iso() == ""                             # the form follows the undo
    ctx.undo_stack.undo()
    assert plans.get(ctx.store, aid).support == "" and plan.d_support.text() == ""


def test_a_start_after_the_due_date_is_refused_in_the_field(qtbot, form):
    ctx, plan, aid = form
    _type(qtbot, plan.d_due, "1-5")
    _type(qtbot, plan.d_start, "1-6")
    a = plans.get(ctx.store, aid)
    assert (a.start_date, a.due_date) == ("", "2026-05-01")
    assert plan.d_start.iso() == "" and plan.d_start.error_text() != ""


def test_choices_and_checks_save_at_once(qtbot, form):
    ctx, plan, aid = form
    plan.d_status.setFocus()
    qtbot.keyClick(plan.d_status, Qt.Key.Key_Down)           # a keyboard choice is a choice
    assert plans.get(ctx.store, aid).status == plan.d_status.currentData() != "idea"
    item = plan.d_members_model.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert plans.get(ctx.store, aid).member_ids == [item.data(plan_role())]
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert plans.get(ctx.store, aid).member_ids == []


def plan_role():
    from ui.steps.actions import ActionIdRole

    return ActionIdRole


def test_the_owner_does_not_carry_over_to_the_next_action(qtbot, form):
    ctx, plan, _aid = form
    plan.tabs.setCurrentIndex(0)
    plan.owner_combo.setCurrentIndex(1)
    owner = plan.owner_combo.currentData()
    plan.title_edit.setFocus()
    qtbot.keyClicks(plan.title_edit, "Kenniscafe")
    qtbot.keyClick(plan.title_edit, Qt.Key.Key_Return)
    assert plans.actions(ctx.store, plan.group_id())[-1].owner_id == owner
    assert plan.owner_combo.currentData() is None
    qtbot.keyClicks(plan.title_edit, "LinkedIn-groep")
    qtbot.keyClick(plan.title_edit, Qt.Key.Key_Return)
    assert plans.actions(ctx.store, plan.group_id())[-1].owner_id is None


def test_quitting_with_a_field_focused_keeps_the_typing(qtbot, form, main_window):
    """The window's commit_focused_field (run before a file closes) saves the form's field."""
    ctx, plan, aid = form
    plan.d_description.setFocus()
    qtbot.waitUntil(plan.d_description.hasFocus)
    qtbot.keyClicks(plan.d_description, "Elke maand")
    main_window.commit_focused_field()
    assert plans.get(ctx.store, aid).description == "Elke maand"


def test_the_activity_dialog_shows_a_typed_date_in_the_one_format(qtbot):
    from ui.steps.initiatives import ActivityDialog

    dialog = ActivityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setFocus()
    qtbot.keyClicks(dialog.period, "15-10-2026")
    dialog.title_edit.setFocus()
    assert dialog.period.text() == short_date("2026-10-15")
    dialog.period.setText("oktober t/m december")
    dialog.period.editingFinished.emit()
    assert dialog.period.text() == "oktober t/m december"
