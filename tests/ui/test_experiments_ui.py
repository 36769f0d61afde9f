"""The "Leren van elkaar" tab: every edit takes a command, is undoable, and updates in place."""

from __future__ import annotations

from datetime import date

import pytest

from sessions import budget, experiments, intake


@pytest.fixture
def area(app_ctx, qtbot, demo_store):
    from ui.learning.page import LearningArea

    ctx, actions = app_ctx
    ctx.set_store(demo_store)
    widget = LearningArea(ctx, actions)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    yield ctx, widget
    ctx.set_store(None)


def _resets(model) -> list:
    hits = []
    model.modelReset.connect(lambda: hits.append(1))
    return hits


def test_the_board_holds_the_demo_experiments_by_status(area):
    ctx, w = area
    board = w.experiments.board
    counts = {c.status: c.model.rowCount() for c in board.columns}
    stored = experiments.counts(ctx.store)["status"]
    assert counts == stored and sum(counts.values()) == 6


def test_add_an_experiment_undo_and_redo(area):
    ctx, w = area
    tab = w.experiments
    ideas = tab.board.columns[0].model
    resets = _resets(ideas)
    before = ideas.rowCount()
    tab.new_title.setText("Intervisie met de incidentmethode")
    tab.add()
    assert ideas.rowCount() == before + 1
    assert tab.board.current_id() == ideas.rows[-1].id
    assert tab.editor.title.text() == "Intervisie met de incidentmethode"
    ctx.undo_stack.undo()
    assert ideas.rowCount() == before
    ctx.undo_stack.redo()
    assert ideas.rows[-1].title == "Intervisie met de incidentmethode"
    assert resets == []


def test_a_field_is_saved_on_leaving_it_and_undone(area):
    ctx, w = area
    tab = w.experiments
    eid = tab.board.columns[0].model.rows[0].id
    tab.board.select(eid)
    tab.editor.fields["hypothesis"].setPlainText("We denken dat koffie verbindt")
    tab.editor._commit("hypothesis")
    assert experiments.get(ctx.store, eid).hypothesis == "We denken dat koffie verbindt"
    ctx.undo_stack.undo()
    assert experiments.get(ctx.store, eid).hypothesis == ""
    assert tab.editor.fields["hypothesis"].toPlainText() == ""


def test_a_refused_status_says_why_and_changes_nothing(area):
    from ui.learning.board import move_status

    ctx, w = area
    eid = w.experiments.board.columns[0].model.rows[0].id     # an idea without a hypothesis
    depth = ctx.undo_stack.count()
    assert move_status(ctx, eid, +1) is False
    assert experiments.get(ctx.store, eid).status == "idee"
    assert ctx.undo_stack.count() == depth
    assert not w.message.isHidden() and "hypothesis" in w.message.text().lower()


def test_moving_a_card_moves_it_to_the_next_column(area):
    from ui.learning.board import move_status

    ctx, w = area
    board = w.experiments.board
    running = board.columns[2].model
    eid = running.rows[0].id
    experiments.update(ctx.store, eid, lesson="Samen doen werkt", result="werkt")
    board.select(eid)
    assert move_status(ctx, eid, +1)
    assert board.columns[3].model.row_of(eid) >= 0 and running.row_of(eid) == -1
    assert board.current_id() == eid
    ctx.undo_stack.undo()
    assert running.row_of(eid) >= 0


def test_booking_hours_updates_band_and_ledger_and_undoes(area):
    ctx, w = area
    tab = w.hours
    tab.today = date(2026, 11, 26)
    resets = _resets(tab.ledger)
    rows = tab.ledger.rowCount()
    tab.hours.setValue(6)
    tab.activity.setCurrentIndex(tab.activity.findData("evaluatie"))
    tab.book()
    assert tab.ledger.rowCount() == rows + 1
    assert budget.summary(ctx.store).used == 34.5
    assert "34,5" in tab.band.text() or "34.5" in tab.band.text()
    assert tab.summary().level == "warn"
    ctx.undo_stack.undo()
    assert tab.ledger.rowCount() == rows and resets == []


def test_intake_budget_edit_is_undoable(area):
    ctx, w = area
    w.intake.budget.setValue(48)
    w.intake._commit("budget_hours")
    assert intake.get(ctx.store).budget_hours == 48
    assert w.hours.summary().level == "ok"
    ctx.undo_stack.undo()
    assert intake.get(ctx.store).budget_hours == 36


def test_ambassador_walks_the_path_with_undo(area):
    ctx, w = area
    tab = w.methods
    tab.method_view.selectRow(0)
    amb = tab.ambassadors
    pid = amb.rows[-1].participant_id
    stage = amb.rows[-1].stage
    tab.amb_view.selectRow(len(amb.rows) - 1)
    tab.next_stage()
    assert amb.rows[-1].stage == experiments.next_stage(stage)
    ctx.undo_stack.undo()
    assert next(a for a in amb.rows if a.participant_id == pid).stage == stage


def test_read_only_file_offers_no_edits(app_ctx, qtbot, tmp_path):
    from sessions import demo
    from sessions.store import Store
    from ui.learning.page import LearningArea

    ctx, actions = app_ctx
    path = tmp_path / "ro.startdag"
    demo.create_demo(path).close()
    ctx.set_store(Store.open(path, read_only=True))
    w = LearningArea(ctx, actions)
    qtbot.addWidget(w)
    w.experiments.new_title.setText("Mag niet")
    w.experiments.add()
    assert all(e.title != "Mag niet" for e in experiments.experiments(ctx.store))
    ctx.set_store(None)


def test_the_budget_is_editable_on_the_hours_tab_too(area):
    ctx, w = area
    w.hours.budget.setValue(30)
    w.hours._budget_edited()
    assert intake.get(ctx.store).budget_hours == 30
    assert w.hours.summary().level == "warn" and w.intake.budget.value() == 30
    ctx.undo_stack.undo()
    assert w.hours.budget.value() == 36
