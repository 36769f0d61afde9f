"""ui/operations: the one snapshot command, the one error path, and no write outside a command."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from sessions import agenda, boards, demo, groups, participants, questions, trajectory
from sessions.errors import Code, ValidationError
from ui import operations
from ui.operations import participants as people
from ui.operations import questions as question_ops


@pytest.fixture
def ctx(app_ctx, tmp_store):
    context, _actions = app_ctx
    context.set_store(tmp_store)
    return context


def _writes(store) -> int:
    return store.conn.total_changes


def test_added_undo_redo_brings_the_same_id_back(ctx):
    qid = question_ops.add(ctx, "Add question", "Wat is netwerken?")
    assert [q.text for q in questions.listing(ctx.store)] == ["Wat is netwerken?"]
    assert ctx.undo_stack.undoText() == "Add question"
    ctx.undo_stack.undo()
    assert questions.listing(ctx.store) == []
    ctx.undo_stack.redo()
    assert [q.id for q in questions.listing(ctx.store)] == [qid]
    # a second round trip takes the restored row again, not a new one
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert [q.id for q in questions.listing(ctx.store)] == [qid]


def test_removed_and_changed_put_back_what_the_service_returned(ctx):
    a = question_ops.add(ctx, "Add question", "Eerste?")
    b = question_ops.add(ctx, "Add question", "Tweede?")
    question_ops.move(ctx, "Move question", b, 0, 1)
    assert [q.id for q in questions.listing(ctx.store)] == [b, a]
    question_ops.delete(ctx, "Delete question", a)
    assert [q.id for q in questions.listing(ctx.store)] == [b]
    ctx.undo_stack.undo()
    assert [q.id for q in questions.listing(ctx.store)] == [b, a]
    ctx.undo_stack.undo()
    assert [q.id for q in questions.listing(ctx.store)] == [a, b]
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert [q.id for q in questions.listing(ctx.store)] == [b]


def test_a_refusal_is_one_sentence_changes_nothing_and_pushes_nothing(ctx):
    shown: list = []
    before, depth = _writes(ctx.store), ctx.undo_stack.count()
    result = operations.attempt(lambda: question_ops.add(ctx, "Add question", "a\x00b"),
                                shown.append)
    assert result is None
    assert shown == ["Text may not contain NUL characters."]
    assert _writes(ctx.store) == before and ctx.undo_stack.count() == depth
    assert not operations.succeeded(lambda: question_ops.add(ctx, "Add question", "x\x00"),
                                    shown.append)
    assert operations.succeeded(lambda: question_ops.add(ctx, "Add question", "Goed?"),
                                shown.append)
    # a page's own words, and the raw error for a listener that words it later
    operations.attempt(lambda: (_ for _ in ()).throw(ValidationError(Code.INVALID, field="x")),
                       shown.append, lambda exc: "eigen woorden")
    operations.attempt(lambda: (_ for _ in ()).throw(ValidationError(Code.INVALID, field="x")),
                       shown.append, None)
    assert shown[-2] == "eigen woorden" and isinstance(shown[-1], ValidationError)


def test_the_error_reporter_clears_its_line_after_an_edit_that_went_through(ctx):
    reporter = operations.ErrorReporter()
    lines: list[str] = []
    reporter.error_shown.connect(lines.append)
    assert reporter.attempt(lambda: question_ops.add(ctx, "Add question", "a\x00")) is None
    assert reporter.attempt(lambda: question_ops.add(ctx, "Add question", "Ja?")) is not None
    assert lines == ["Text may not contain NUL characters.", ""]


def test_checking_in_several_is_one_transaction_and_one_undo_step(ctx):
    store = ctx.store
    ids = [participants.add(store, first_name=f"P{i}", last_name="Test") for i in range(5)]
    meeting = participants.checkin_meeting_id(store)
    records = []
    store.subscribe_changes(records.append)
    people.set_present(ctx, "Check in 5 people", meeting, ids, True)
    assert len(records) == 1 and participants.checked_in_ids(store, meeting) == set(ids)
    assert participants.checkin_in_use(store, meeting)
    first = {pid: participants.checked_in_at(store, meeting, pid) for pid in ids}
    ctx.undo_stack.undo()
    assert len(records) == 2 and participants.checked_in_ids(store, meeting) == set()
    # the undo of the first tick puts 'check-in in use' back as it was
    assert not participants.checkin_in_use(store, meeting)
    ctx.undo_stack.redo()
    assert {pid: participants.checked_in_at(store, meeting, pid) for pid in ids} == first


def test_the_groups_late_arrival_is_the_rosters_one(qtbot, app_ctx, tmp_path):
    """Check-in not in use: the late arrival counts as present without a tick, and an undo and
    a redo do not turn check-in on (the old groups undo checked them in on redo)."""
    context, _actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    context.set_store(store)
    meeting = participants.checkin_meeting_id(store)
    participants.set_checkin_in_use(store, meeting, False)
    gid = groups.add_group(store, "Laat")
    pid = people.add_late_arrival(context, "Add a late arrival", meeting, group_id=gid,
                                  first_name="Laat", last_name="Komer")
    assert groups.memberships(store)[pid] == (gid, False)
    assert not participants.checkin_in_use(store, meeting)
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert participants.get(store, pid).first_name == "Laat"
    assert groups.memberships(store)[pid] == (gid, False)
    assert groups.choices(store).get(pid, [None])[0] == gid
    assert not participants.checkin_in_use(store, meeting)
    # with check-in in use the same call ticks them, and the redo brings the tick back
    participants.set_checkin_in_use(store, meeting, True)
    pid2 = people.add_late_arrival(context, "Add a late arrival", meeting, group_id=gid,
                                   first_name="Nog", last_name="Later")
    assert pid2 in participants.checked_in_ids(store, meeting)
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert pid2 in participants.checked_in_ids(store, meeting)


def test_showing_a_concept_step_never_writes(qtbot, app_ctx, tmp_store):
    """A concept step's board is made with the step; a step from an older file without one
    shows 'Set up the board', and only that click (undoable) writes."""
    from ui.steps import console_widget

    context, actions = app_ctx
    context.set_store(tmp_store)
    meeting = trajectory.meeting_of_kind(tmp_store, "startdag").id
    step = agenda.add(tmp_store, meeting, "concept", "Begrip", settings={"board": "eigen"})
    assert boards.board_id(tmp_store, "eigen") is not None
    # an older file: the board is not there
    with tmp_store.transaction("board"):
        tmp_store.conn.execute("DELETE FROM board WHERE key = 'eigen'")
    before = _writes(tmp_store)
    console = console_widget("concept", context, actions, step)
    qtbot.addWidget(console)
    console.show()
    assert _writes(tmp_store) == before
    assert console.set_up.isVisible() and not console.new_column.isEnabled()
    console.set_up.click()
    assert boards.board_id(tmp_store, "eigen") is not None
    assert console.panels and not console.set_up.isVisible()
    context.undo_stack.undo()
    assert boards.board_id(tmp_store, "eigen") is None and console.set_up.isVisible()


def test_the_actions_step_writes_its_view_only_when_the_facilitator_chooses(qtbot, app_ctx,
                                                                            tmp_path):
    from ui.steps.actions import ActionsConsole

    context, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    context.set_store(store)
    for name in ("Een", "Twee"):
        groups.add_group(store, name)
    step = agenda.add(store, participants.checkin_meeting_id(store), "actions", "Plannen")
    before = _writes(store)
    page = ActionsConsole(context, actions, step)
    qtbot.addWidget(page)
    page.show()
    assert _writes(store) == before                  # building the page
    gid = groups.add_group(store, "Drie")             # the group list resets
    assert agenda.get(store, step).settings.get("group_id") is None
    page.group_combo.setCurrentIndex(page.groups_model.row_of(gid))
    assert agenda.get(store, step).settings["group_id"] == gid


def test_warn_box_shows_the_sentence_over_its_parent(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    seen = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: seen.append((parent, title, text))))
    parent = QWidget()
    qtbot.addWidget(parent)
    operations.attempt(lambda: (_ for _ in ()).throw(ValidationError(Code.INVALID, field="name")),
                       operations.warn_box(parent, "Participants"))
    assert seen == [(parent, "Participants", "A name is required.")]


def test_trajectory_details_and_meetings_are_one_edit(ctx):
    from ui.operations.trajectory import edit_details

    store = ctx.store
    start = trajectory.meeting_of_kind(store, "startdag")
    records = []
    store.subscribe_changes(records.append)
    edit_details(ctx, "Edit trajectory details", {"title": "Nieuw", "concept": "leren"},
                 {start.id: {"date": "2026-03-12", "venue": "Stadhuis"}})
    assert len(records) == 1 and {"trajectory", "meetings"} <= set(records[0].topics)
    assert trajectory.get(store).title == "Nieuw"
    assert trajectory.meeting(store, start.id).venue == "Stadhuis"
    ctx.undo_stack.undo()
    assert trajectory.get(store).title == "Testtraject"
    assert trajectory.meeting(store, start.id).venue == start.venue
    ctx.undo_stack.redo()
    assert trajectory.meeting(store, start.id).date == "2026-03-12"
    # a refusal (an empty title) changes neither the details nor the meetings
    shown = []
    operations.attempt(lambda: edit_details(ctx, "x", {"title": " "},
                                            {start.id: {"venue": "Elders"}}), shown.append)
    assert shown == ["A title is required."]
    assert trajectory.meeting(store, start.id).venue == "Stadhuis"
