"""The agenda list and the trajectory tab update from the change record's ids (issue 16):
a shown QListView keeps its selection and scroll through an edit, its undo, another
source's edit, an insert and a removal above, and running the day; the model reads only the
named steps, never the whole agenda, and never resets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView

from sessions import agenda, participants, trajectory
from tests.ui.conftest import show_view
from ui.agenda_model import agenda_model, live_day


@pytest.fixture
def day(qtbot, app_ctx, tmp_store):
    ctx, _actions = app_ctx
    ctx.set_store(tmp_store)
    meeting = trajectory.meeting_of_kind(tmp_store, "startdag").id
    ids = [agenda.add(tmp_store, meeting, "text", f"Stap {i:02d}", minutes=5) for i in range(80)]
    live = live_day(ctx)
    live.clock = lambda: datetime(2026, 3, 12, 9, 0)
    live.set_meeting(meeting)
    model = agenda_model(ctx)
    view = show_view(qtbot, QListView(), model, 300, 200)
    return ctx, live, model, view, ids


def _select(view, model, step_id):
    index = model.index(model.row_of(step_id), 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)


def _selected(view, model):
    rows = view.selectionModel().selectedRows()
    return [model.step(i.row()).id for i in rows], model.step(view.currentIndex().row()).id


def test_the_agenda_keeps_selection_and_scroll_and_reads_only_the_named_steps(day, monkeypatch):
    ctx, live, model, view, ids = day
    store, stack = ctx.store, ctx.undo_stack
    target = ids[40]
    _select(view, model, target)
    top = view.indexAt(view.rect().topLeft())
    scroll = view.verticalScrollBar().value()
    assert model.step(top.row()).id == target and scroll > 0
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    whole = []          # the model reading the whole agenda again
    monkeypatch.setattr(live, "steps", lambda: whole.append(1) or [])
    real_steps = agenda.steps

    def still_there():
        QApplication.processEvents()
        assert _selected(view, model) == ([target], target)
        assert abs(view.verticalScrollBar().value() - scroll) <= 1
        assert [model.step(r).id for r in range(model.rowCount())] == \
            [s.id for s in real_steps(store, live.meeting_id)]

    live.update_step(ids[3], "Rename", title="Andere titel")         # our own edit above
    assert model.step(3).title == "Andere titel"
    still_there()
    stack.undo()
    assert model.step(3).title == "Stap 03"
    still_there()
    agenda.update(store, ids[2], minutes=9)                          # another source's edit
    assert model.step(2).minutes == 9
    still_there()
    new = live.add_step(index=0, title="Eerst koffie")                # an insert above
    assert model.step(0).id == new
    still_there()
    stack.undo()
    stack.redo()
    assert model.step(0).id == new                                    # the same id on redo
    still_there()
    stack.undo()
    assert live.remove_step(ids[1])                                   # a removal above
    still_there()
    stack.undo()
    live.move_step(ids[0], 10)                                        # a move from above
    still_there()
    stack.undo()
    live.start()                                                      # running the day
    live.next()
    assert model.step(1).status == "running" and model.step(0).status == "done"
    still_there()
    assert resets == [] and whole == []


def test_a_template_and_another_meeting_update_in_place(day):
    ctx, live, model, view, ids = day
    store = ctx.store
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    other = trajectory.meeting_of_kind(store, "oogstsessie").id
    agenda.add(store, other, "text", "Elders")                      # not shown: nothing moves
    assert model.rowCount() == 80
    live.apply_template("bouwsessie")
    titles = [s["title"] for s in agenda.template_steps("bouwsessie")]
    assert [model.step(r).title for r in range(model.rowCount())] == titles
    made = [model.step(r).id for r in range(model.rowCount())]
    ctx.undo_stack.undo()
    assert model.rowCount() == 80 and model.step(0).id == ids[0]
    ctx.undo_stack.redo()                                            # the template's ids again
    assert [model.step(r).id for r in range(model.rowCount())] == made
    live.set_meeting(other)
    assert [model.step(r).title for r in range(model.rowCount())] == ["Elders"]
    assert resets == []


def test_the_trajectory_tab_reads_again_only_what_it_shows(qtbot, app_ctx, tmp_store,
                                                            monkeypatch):
    from ui.trajectory import OverviewPage

    ctx, actions = app_ctx
    ctx.set_store(tmp_store)
    page = OverviewPage(ctx, actions.details)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    pid = participants.add(tmp_store, first_name="Els", last_name="Bos")
    assert page.people.text() == "1"
    counted = []
    real = participants.count
    monkeypatch.setattr(participants, "count", lambda *a: counted.append(1) or real(*a))
    participants.update(tmp_store, pid, role="Wijkagent")            # the count cannot change
    assert counted == []
    meeting = trajectory.meeting_of_kind(tmp_store, "startdag")
    trajectory.update_meeting(tmp_store, meeting.id, venue="De Schouw")
    assert "De Schouw" in page.meetings.text()
    participants.add(tmp_store, first_name="Jan")
    assert page.people.text() == "2"


# ---------------------------------------------------------------- learning from each other


@pytest.fixture
def small_peer_page(peer_page, qtbot):
    peer_page.resize(900, 500)       # small enough to scroll
    qtbot.waitExposed(peer_page)
    return peer_page


def test_the_expertise_grid_keeps_its_cell_through_new_people_competences_and_undo(
        small_peer_page):
    peer_page = small_peer_page
    from sessions import expertise
    from ui.peer.grid import FIXED

    page, store = peer_page, peer_page.ctx.store
    stack, grid, model = page.ctx.undo_stack, peer_page.grid, peer_page.model
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    row = model.rowCount() - 5
    target = (model.person(row).id, model.competence(FIXED + 2).id)
    grid.setCurrentIndex(model.index(row, FIXED + 2))
    grid.scrollTo(grid.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = grid.verticalScrollBar().value()
    assert scroll > 0

    def still_there(what):
        QApplication.processEvents()
        cur = grid.currentIndex()
        assert (model.person(cur.row()).id, model.competence(cur.column()).id) == target, what
        assert grid.selectionModel().isSelected(cur), what
        assert abs(grid.verticalScrollBar().value() - scroll) <= 1, what

    first = model.person(0).id
    c0 = model.competence(FIXED).id
    page._rate(first, c0, {"level": 4})
    still_there("a rating above")
    stack.undo()
    still_there("its undo")
    expertise.self_rate(store, model.person(1).id, [{"competence_id": c0, "level": 3}])
    still_there("a phone's self-rating above")
    columns = model.columnCount()
    page.add_competence()                      # a new column (the name editor opens in it)
    page.comp_table.closePersistentEditor(page.comp_table.currentItem())
    assert model.columnCount() == columns + 1
    grid.setFocus()
    still_there("a new competence")
    stack.undo()
    assert model.columnCount() == columns
    still_there("its undo")
    expertise.delete(store, "peer_competence", c0)   # another source removes a column before it
    still_there("a column removed before it")
    pid = participants.add(store, first_name="Aaron", last_name="Aa")   # a new row above
    assert model.person(0).id == pid or pid in [model.person(r).id for r in range(model.rowCount())]
    still_there("a new person")
    assert resets == []


def test_the_intervisie_tree_keeps_the_chosen_person_through_a_move_and_its_undo(
        small_peer_page):
    peer_page = small_peer_page
    from sessions import expertise, intervisie
    from ui.peer.page import ID

    page, store = peer_page, peer_page.ctx.store
    page.tabs.setCurrentIndex(page.INTERVISIE)
    page.form_groups()
    tree = page.iv_tree
    groups = intervisie.groups(store)
    chosen = groups[-1].members[0]
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    tree.setCurrentItem(last.child(0))
    tree.scrollToItem(last.child(0))
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0
    m = expertise.load(store)
    managers = {p.manager_id for p in m.people}
    mover, target = next((p, g) for g in groups[1:-1] for p in groups[0].members
                         if p not in managers and m.person(p).manager_id not in g.members)
    for act in (lambda: page.move_person(mover, target.id), page.ctx.undo_stack.undo,
                page.ctx.undo_stack.redo, lambda: page.set_meeting(2)):
        act()
        QApplication.processEvents()
        assert tree.currentItem().data(0, ID) == chosen
        assert abs(tree.verticalScrollBar().value() - scroll) <= 1


def test_the_experiments_table_keeps_selection_and_scroll_through_edits_undo_and_others(
        qtbot, app_ctx, tmp_store, monkeypatch):
    from PySide6.QtWidgets import QTableView

    from sessions import experiments
    from ui.learning.models import (
        ExperimentsModel,
        add_experiment,
        delete_experiment,
        edit_experiment,
    )

    ctx, _actions = app_ctx
    ctx.set_store(tmp_store)
    ids = [experiments.add(tmp_store, f"Experiment {i:02d}") for i in range(60)]
    model = ExperimentsModel(ctx, ("title", "status", "hours"))
    view = show_view(qtbot, QTableView(), model, 500, 300)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    target = ids[40]
    # through the selection model: QTableView.selectRow reads the keyboard modifiers, which an
    # earlier test's QTest.keyClick(…, ctrl+shift) can leave set in this process
    view.selectionModel().setCurrentIndex(
        model.index(model.row_of(target), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    everything = []                        # reading every experiment again
    real = experiments.experiments
    monkeypatch.setattr(experiments, "experiments", lambda *a: everything.append(1) or real(*a))

    def still_there(what):
        QApplication.processEvents()
        assert model.rows[view.currentIndex().row()].id == target, what
        assert view.selectionModel().isRowSelected(view.currentIndex().row()), what
        assert abs(view.verticalScrollBar().value() - scroll) <= 1, what

    assert edit_experiment(ctx, ids[2], "Edit", title="Anders")
    still_there("an edit above")
    ctx.undo_stack.undo()
    still_there("its undo")
    experiments.update(tmp_store, ids[3], hypothesis="Dat het werkt")   # another source
    still_there("another source's edit above")
    new = add_experiment(ctx, "Nieuw", "Add")
    assert model.rows[-1].id == new
    still_there("an insert")
    ctx.undo_stack.undo()
    assert delete_experiment(ctx, ids[1], "Delete")
    still_there("a delete above")
    ctx.undo_stack.undo()
    still_there("its undo")
    assert [e.id for e in model.rows] == [e.id for e in real(tmp_store)]
    assert model.rows[2].title == "Experiment 02" and model.rows[3].hypothesis == "Dat het werkt"
    assert resets == [] and everything == []


def test_a_board_column_gives_up_a_card_that_moves_to_another_status(qtbot, app_ctx, tmp_store):
    from sessions import experiments
    from ui.learning.models import ExperimentsModel, edit_experiment

    ctx, _actions = app_ctx
    ctx.set_store(tmp_store)
    a = experiments.add(tmp_store, "Proef A")
    b = experiments.add(tmp_store, "Proef B")
    ideas = ExperimentsModel(ctx, ("title",), which="idee")
    planned = ExperimentsModel(ctx, ("title",), which="gepland")
    assert [e.id for e in ideas.rows] == [a, b] and planned.rows == []
    assert edit_experiment(ctx, b, "Plan", status="gepland", hypothesis="Dat het helpt",
                           criterion="Drie teams")
    assert [e.id for e in ideas.rows] == [a] and [e.id for e in planned.rows] == [b]
    ctx.undo_stack.undo()
    assert [e.id for e in ideas.rows] == [a, b] and planned.rows == []


def test_the_learning_lists_read_only_what_a_record_says_is_theirs(qtbot, app_ctx, tmp_store,
                                                                  monkeypatch):
    from sessions import budget, experiments, expertise, intake
    from ui.learning.evidence import EvidenceModel
    from ui.learning.models import GoalsModel, LedgerModel, SharesModel

    ctx, _actions = app_ctx
    ctx.set_store(tmp_store)
    e = experiments.add(tmp_store, "Filmopname")
    experiments.add_evidence(tmp_store, e, "2026-03-01", "Besproken")
    budget.book(tmp_store, "2026-03-02", 2, "experiment", experiment_id=e)
    experiments.add_share(tmp_store, "2026-03-03", "Verteld", experiment_id=e)
    g = intake.add_goal(tmp_store, "Samen leren")
    evidence, ledger, shares, goals = (EvidenceModel(ctx), LedgerModel(ctx), SharesModel(ctx),
                                       GoalsModel(ctx))
    evidence.set_experiment(e)
    reads = {"evidence": 0, "entries": 0, "shares": 0}
    for module, name, key in ((experiments, "evidence", "evidence"),
                              (budget, "entries", "entries"), (experiments, "shares", "shares")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _r=real, _k=key, **k: (
            reads.__setitem__(_k, reads[_k] + 1), _r(*a, **k))[1])
    experiments.update(tmp_store, e, title="Filmopname in het teamoverleg")
    # the title shows beside the ledger line and the log line: no list read again
    assert reads == {"evidence": 0, "entries": 0, "shares": 0}
    assert ledger.data(ledger.index(0, 4)) == "Filmopname in het teamoverleg"
    assert shares.data(shares.index(0, 4)) == "Filmopname in het teamoverleg"
    experiments.add_evidence(tmp_store, e, "2026-03-04", "Nog eens")
    assert reads == {"evidence": 1, "entries": 0, "shares": 0} and evidence.rowCount() == 2
    budget.book(tmp_store, "2026-03-05", 1, "intake")
    assert reads["entries"] == 1 and ledger.rowCount() == 2 and reads["evidence"] == 1
    # the goals are the expertise map's too: a rename there shows here
    expertise.rename_goal(tmp_store, g, "Van elkaar leren")
    assert goals.data(goals.index(0, 0)) == "Van elkaar leren"


def test_the_experiment_editor_shows_its_card_again_only_when_it_changed(qtbot, app_ctx,
                                                                         tmp_store):
    from sessions import experiments
    from ui.learning.board import ExperimentEditor

    ctx, _actions = app_ctx
    ctx.set_store(tmp_store)
    mine = experiments.add(tmp_store, "Mijn proef")
    other = experiments.add(tmp_store, "Andere proef")
    editor = ExperimentEditor(ctx)
    qtbot.addWidget(editor)
    editor.show_experiment(mine)
    shown = []
    real = editor.show_experiment
    editor.show_experiment = lambda eid: (shown.append(eid), real(eid))
    experiments.update(tmp_store, other, title="Andere proef 2")   # someone else's card
    experiments.add_evidence(tmp_store, other, "2026-03-01", "Gezien")
    assert shown == []
    experiments.update(tmp_store, mine, hypothesis="Dat het helpt")
    assert shown == [mine]


def test_the_pairs_table_keeps_the_chosen_pair_and_scroll_through_edits_of_others(
        small_peer_page):
    from sessions import pairs
    from ui.peer.page import ID

    page, store = small_peer_page, small_peer_page.ctx.store
    page.tabs.setCurrentIndex(page.PAIRS)
    table = page.pairs_table
    assert table.rowCount() > 12
    row = table.rowCount() - 2
    chosen = table.item(row, 0).data(ID)
    table.selectRow(row)
    table.scrollToItem(table.item(row, 0))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    first = table.item(0, 0).data(ID)
    gone: list[dict] = []
    for what, act in (("a pin above", lambda: pairs.set_pinned(store, first, True)),
                      ("a pair removed above", lambda: gone.append(pairs.remove(store, first))),
                      ("and put back", lambda: pairs.put_pair(store, gone[0]))):
        act()                              # another source's edits, above the chosen pair
        QApplication.processEvents()
        assert page._selected_pair() == chosen, what
        assert abs(table.verticalScrollBar().value() - scroll) <= 1, what


def test_a_rating_repaints_only_its_persons_row_and_a_competence_the_headers(peer_page):
    from sessions import expertise
    from ui.peer.grid import FIXED

    page, store, model = peer_page, peer_page.ctx.store, peer_page.model
    rows, headers = [], []
    model.dataChanged.connect(lambda a, b, _roles=(): rows.append((a.row(), b.row())))
    model.headerDataChanged.connect(lambda *_a: headers.append(1))
    who = model.person(7).id
    page._rate(who, model.competence(FIXED).id, {"level": 4})
    assert rows == [(7, 7)] and headers == []
    expertise.self_rate(store, model.person(3).id,           # a phone: one person's ratings
                        [{"competence_id": model.competence(FIXED + 1).id, "level": 1}])
    assert rows[1:] == [(3, 3)] and headers == []
    rows.clear()
    page._setting("default_capacity", 3, "Capacity")          # every capacity cell shows it
    assert rows == [(0, model.rowCount() - 1)] and headers
    headers.clear()
    page.add_competence()
    assert headers
