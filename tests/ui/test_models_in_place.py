"""The capture models update in place: selection, scroll position and an open editor survive
an insert, an undo and another source's edit above the row (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractItemView, QApplication

from sessions import agenda, participants, questions, trajectory
from tests.ui.wall_probe import WallProbe
from ui.models_capture import ID_ROLE, VoteModel
from ui.people import ID_ROLE as PERSON_ID
from ui.steps import console_widget


@pytest.fixture
def ctx_store(app_ctx, tmp_store):
    ctx, actions = app_ctx
    ctx.set_store(tmp_store)
    return ctx, actions, tmp_store


@pytest.fixture
def qt_warnings():
    """Every Qt warning printed while the test runs (commitData on a foreign editor is one)."""
    seen: list[str] = []

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


class Resets:
    """Counts model resets and notes every structural signal."""

    def __init__(self, model):
        self.resets = 0
        model.modelReset.connect(self._reset)

    def _reset(self):
        self.resets += 1


def _pair(qtbot, ctx, actions, kind):
    meeting = trajectory.meeting_of_kind(ctx.store, "startdag")
    step = agenda.add(ctx.store, meeting.id, kind, kind.title())
    console = console_widget(kind, ctx, actions, step)
    qtbot.addWidget(console)
    return console, WallProbe(ctx, step)


def _many(store, n):
    return [questions.add(store, f"Vraag {i:03d}") for i in range(n)]


def test_vote_table_keeps_its_editor_through_an_insert_an_undo_and_an_edit_above(
        qtbot, ctx_store, qt_warnings):
    ctx, actions, store = ctx_store
    ids = _many(store, 60)
    participants.add(store, first_name="Stemmer")
    console, projector = _pair(qtbot, ctx, actions, "vote")
    resets = Resets(console.model)
    console.resize(900, 500)
    console.show()
    qtbot.waitExposed(console)
    table = console.table
    target = ids[40]
    console.select_question(target)
    table.scrollTo(console.model.index(console.model.row_of(target), 0),
                   QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    index = console.model.index(console.model.row_of(target), VoteModel.COUNT)
    table.setFocus()
    table.edit(index)
    editor = table.count_delegate.editor
    assert editor is not None and table.state() == QAbstractItemView.State.EditingState

    def still_editing(what):
        # the editor is alive and still the view's editor for the same question's count
        # (Qt drops the view's EditingState flag after any row removal; the editor stays)
        QApplication.processEvents()
        assert table.count_delegate.editor is editor, what
        row = console.model.row_of(target)
        assert table.indexWidget(console.model.index(row, VoteModel.COUNT)) is editor, what
        assert table.currentIndex().row() == row, what

    # another source's edit above the row: a phone's dot on an earlier question
    questions.set_ballot(store, participants.all_participants(store)[0].id, ids[2], 1)
    still_editing("a phone's dot above")
    # the console's own undoable edit above (the +1 path), then its undo
    console.model.setData(console.model.index(3, VoteModel.COUNT), "5")
    still_editing("a typed count above")
    actions.undo.trigger()
    still_editing("undo")
    assert questions.get(store, ids[3]).votes == 0
    # an insert above and a delete (questions from elsewhere arrive at any position)
    qid = questions.add(store, "Nieuw bovenaan", index=0)
    still_editing("an insert above")
    questions.delete(store, qid)
    still_editing("a delete above")

    assert resets.resets == 0
    assert table.currentIndex().siblingAtColumn(0).data(ID_ROLE) == target
    assert console.current_id() == target
    assert abs(table.verticalScrollBar().value() - scroll) <= 1
    # the editor still belongs to the view and commits into the right row
    editor.setValue(7)
    # the delegate's own path: the view checks the editor is one of its own
    table.count_delegate.commitData.emit(editor)
    table.count_delegate.closeEditor.emit(editor)
    QApplication.processEvents()
    assert questions.get(store, target).votes == 7
    assert not [w for w in qt_warnings if "commitData" in w or "editor" in w]
    # the console's labels and the projector followed
    assert console.model.row_of(target) == 40
    assert "Vraag 040" in " ".join(projector.lines())


def test_questions_tree_keeps_selection_and_scroll_through_add_undo_and_merge(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    ids = _many(store, 50)
    console, projector = _pair(qtbot, ctx, actions, "questions")
    resets = Resets(console.model)
    console.resize(900, 500)
    console.show()
    qtbot.waitExposed(console)
    view = console.view
    target = ids[30]
    view.selectionModel().setCurrentIndex(
        console.model.row_of(target),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(console.model.row_of(target), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0

    added = console.add_question("Van de console")            # an insert (at the end), undoable
    questions.add(store, "Van een telefoon", index=0)         # another source, above the row
    actions.undo.trigger()                                    # the console's add undone
    questions.merge(store, ids[1], [ids[2]])                  # above: a merge (a row becomes a child)
    QApplication.processEvents()

    assert resets.resets == 0
    assert console.selected_ids() == [target]
    assert view.currentIndex().data(ID_ROLE) == target
    # two rows above changed (one in, one merged away): the view stays on the same question
    assert abs(view.verticalScrollBar().value() - scroll) <= 2 * view.sizeHintForRow(0)
    assert added not in [e.id for e in console.model.entries]
    kept = console.model.row_of(ids[1])
    child = console.model.index(0, 0, kept)
    assert child.data(ID_ROLE) == ids[2] and view.isExpanded(kept)
    assert console.model.parent(child).data(ID_ROLE) == ids[1]
    assert projector.lines()[0] == "1. Van een telefoon"
    assert console.count.text() == console.tr("%n question(s)", "", 50)

    # undo of the merge, and moving the kept question: the child follows its parent
    questions.move(store, ids[1], 40)
    kept = console.model.row_of(ids[1])
    assert kept.row() == 40
    assert console.model.index(0, 0, kept).data(ID_ROLE) == ids[2]
    questions.unmerge(store, ids[1])
    assert console.model.rowCount(console.model.row_of(ids[1])) == 0
    assert [e.id for e in console.model.entries] == [e.id for e in questions.listing(store)]
    assert resets.resets == 0


def test_models_reset_only_when_a_file_opens_or_closes(qtbot, ctx_store, tmp_path):
    from sessions.store import Store
    from ui.models_capture import questions_model, vote_model

    ctx, _actions, store = ctx_store
    _many(store, 3)
    qm, vm = questions_model(ctx), vote_model(ctx)
    counts = [Resets(qm), Resets(vm)]
    questions.set_votes(store, qm.entries[0].id, 2)
    questions.add(store, "Meer")
    assert [c.resets for c in counts] == [0, 0]
    assert [e.total for e in vm.entries] == [2, 0, 0, 0]
    other = Store.create(tmp_path / "ander.startdag", title="Ander")
    ctx.set_store(other)
    # another file: new shared models (the old ones are deleted later), built from the new file
    assert questions_model(ctx) is not qm and questions_model(ctx).entries == []
    assert vote_model(ctx) is not vm and vote_model(ctx).entries == []


# ---------------------------------------------------------------- people, groups, actions


def _count_calls(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_roster_keeps_selection_and_scroll_and_reads_only_the_changed_people(
        qtbot, ctx_store, monkeypatch):
    from ui.roster import NAME, ROLE, RosterPage

    ctx, actions, store = ctx_store
    meeting = trajectory.meeting_of_kind(store, "startdag").id
    ids = participants.add_many(store, [{"first_name": f"Persoon{i:03d}", "last_name": f"Achternaam{i:03d}"}
                                        for i in range(120)])
    page = RosterPage(ctx, actions)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    model, view = page.model, page.view
    resets = Resets(model)
    proxy_resets = Resets(page.proxy)
    target = ids[80]
    page.select_id(target)
    view.scrollTo(view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    everyone = _count_calls(monkeypatch, participants, "all_participants")

    def still_there(what):
        QApplication.processEvents()
        current = view.currentIndex()
        assert current.siblingAtColumn(NAME).data(PERSON_ID) == target, what
        assert view.selectionModel().isRowSelected(current.row(), current.parent()), what
        assert abs(view.verticalScrollBar().value() - scroll) <= 1, what

    # an edit above (the role), another source's check-in above, a rename that moves a row
    # from above to below, an insert above and its undo (a delete), a delete above and its undo
    participants.update(store, ids[10], role="Teamleider")
    still_there("a role above")
    assert model.index(model.row_of(ids[10]), ROLE).data() == "Teamleider"
    participants.check_in(store, meeting, ids[5])
    participants.check_in(store, meeting, ids[6])   # check-in already in use: ids only
    still_there("a check-in above")
    assert model.checked_in == {ids[5], ids[6]}
    participants.update(store, ids[3], last_name="Zwart")
    still_there("a row moving from above to below")
    assert model.row_of(ids[3]) == len(ids) - 1
    page.select_id(target)
    from ui import commands
    commands.run(ctx.undo_stack, "Add", lambda: participants.add(store, first_name="Aaron",
                                                                  last_name="Aa"),
                 lambda: participants.delete(store, model.people[0].id))
    still_there("an insert above")
    assert model.people[0].last_name == "Aa"
    actions.undo.trigger()
    still_there("its undo")
    snap = participants.delete_many(store, [ids[1]])
    still_there("a delete above")
    participants.restore_many(store, snap)
    still_there("the delete's undo")
    assert model.row_of(ids[1]) is not None

    assert resets.resets == 0 and proxy_resets.resets == 0
    assert everyone == []        # only the changed people were read, never everyone
    assert [p.id for p in model.people] == [
        p.id for p in sorted(participants.by_ids(store, [p.id for p in model.people]).values(),
                             key=lambda p: (p.sort_key, p.id))]
    assert page.count_label.text().endswith("of 120")


def test_an_import_reads_everyone_once_with_one_reset(qtbot, ctx_store):
    from sessions import importing
    from ui.people import people_model

    ctx, _actions, store = ctx_store
    model = people_model(ctx)
    resets = Resets(model)
    # a list as an office sends it: cp1252, semicolons
    report = importing.import_file(store, "Voornaam;Achternaam\r\nEls;Bos\r\nPiet;Aa\r\n"
                                   .encode("cp1252"))
    assert report.added == 2
    assert resets.resets == 1
    assert [p.display_name for p in model.people] == ["Piet Aa", "Els Bos"]


def test_group_list_editor_survives_an_insert_an_undo_and_another_sources_edit_above(
        qtbot, ctx_store, qt_warnings):
    from PySide6.QtWidgets import QListView

    from sessions import groups
    from ui.steps.groups import GroupIdRole, group_list_model

    ctx, actions, store = ctx_store
    gids = [groups.add_group(store, f"Groep {i}") for i in range(8)]
    people = participants.add_many(store, [{"first_name": f"P{i}"} for i in range(4)])
    model = group_list_model(ctx)
    resets = Resets(model)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    target = gids[5]

    def index():
        return model.index(model.row_of(target))

    view.setCurrentIndex(index())
    view.edit(index())
    editor = view.indexWidget(index())
    assert editor is not None and view.state() == QAbstractItemView.State.EditingState

    def still_editing(what):
        QApplication.processEvents()
        assert view.indexWidget(index()) is editor, what
        assert view.currentIndex().data(GroupIdRole) == target, what

    groups.rename_group(store, gids[1], "Anders")                  # another source, above
    still_editing("a rename above")
    groups.move(store, people[0], gids[2])                          # a member count above
    still_editing("a move into a group above")
    groups.choose(store, people[1], 1, gids[0])                     # choices: nothing shown
    still_editing("a choice")
    participants.check_in(store, trajectory.meeting_of_kind(store, "startdag").id, people[2])
    still_editing("a check-in")
    snap = groups.remove_group(store, gids[0])                      # a delete above
    still_editing("a delete above")
    groups.restore_group(store, snap)                               # an insert above
    still_editing("an insert above")
    assert model.row_of(gids[0]) == 0
    model.setData(model.index(model.row_of(gids[2])), "Derde")     # the list's own edit
    still_editing("an edit through the model above")
    actions.undo.trigger()                                          # and its undo
    still_editing("undo")
    assert groups.get(store, gids[2]).name == "Groep 2"
    assert resets.resets == 0
    assert "(1)" in model.index(model.row_of(gids[2])).data()

    editor.setText("Zesde groep")
    delegate = view.itemDelegateForIndex(index())
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)
    QApplication.processEvents()
    assert groups.get(store, target).name == "Zesde groep"
    assert not [w for w in qt_warnings if "commitData" in w or "editor" in w]


def test_actions_overview_keeps_the_selected_action_through_edits_and_undo(qtbot, ctx_store):
    from sessions import actions as plans
    from sessions import groups
    from ui.actions_overview import ID_ROLE as ACTION_ID
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, store = ctx_store
    gid = groups.add_group(store, "Groep")
    aids = [plans.add(store, gid, f"Actie {i:02d}") for i in range(40)]
    owner = participants.add(store, first_name="Eigenaar")
    plans.update(store, aids[2], owner_id=owner)
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    target = aids[30]
    assert page.select_action(target)                 # showing another action's log: a reset
    resets = Resets(page.model)
    log_resets = Resets(page.log_model)
    page.table.scrollTo(page.table.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = page.table.verticalScrollBar().value()

    def still_there(what):
        QApplication.processEvents()
        assert page.selected_action_id() == target, what
        assert page.table.currentIndex().data(ACTION_ID) == target, what
        assert abs(page.table.verticalScrollBar().value() - scroll) <= 1, what

    from ui import commands
    commands.run(ctx.undo_stack, "Title", lambda: plans.update(store, aids[1], title="Nieuw"),
                 lambda: plans.update(store, aids[1], title="Actie 01"))
    still_there("a title above")
    assert page.model.rows[1].title == "Nieuw"
    actions.undo.trigger()
    still_there("undo")
    assert page.model.rows[1].title == "Actie 01"
    participants.update(store, owner, first_name="Baas")           # the owner's name
    still_there("an owner's name")
    assert page.model.rows[2].owner_name == "Baas"
    snap = plans.delete(store, aids[0])
    still_there("a delete above")
    plans.restore(store, snap)
    still_there("an insert above")
    from sessions import harvest
    harvest.add_log(store, target, date="2026-03-01", text="Gestart", status="in_progress")
    still_there("a log entry on the selected action")
    assert page.model.rows[page.model.row_of(target)].status == "in_progress"
    assert [e.text for e in page.log_model.rows] == ["Gestart"]
    assert resets.resets == 0 and log_resets.resets == 0
    assert "Actie 30" in page.log_title.text()


# ---------------------------------------------------------------- the record's ids, applied


class Structure:
    """Every structural signal of a model, as (kind, under a parent, first, last)."""

    def __init__(self, model):
        self.seen: list[tuple] = []
        self.changed_rows: set[int] = set()
        model.rowsAboutToBeInserted.connect(
            lambda parent, first, last: self.seen.append(("insert", parent.isValid(), first, last)))
        model.rowsAboutToBeRemoved.connect(
            lambda parent, first, last: self.seen.append(("remove", parent.isValid(), first, last)))
        model.rowsAboutToBeMoved.connect(
            lambda parent, first, last, *_: self.seen.append(("move", parent.isValid(), first, last)))
        model.modelAboutToBeReset.connect(lambda: self.seen.append(("reset",)))
        model.layoutAboutToBeChanged.connect(lambda *_: self.seen.append(("layout",)))
        model.dataChanged.connect(
            lambda top, bottom, *_: self.changed_rows.update(range(top.row(), bottom.row() + 1)))

    def take(self) -> list[tuple]:
        seen, self.seen = self.seen, []
        self.changed_rows = set()
        return seen


def test_the_question_models_apply_the_records_ids_without_reading_every_question(
        qtbot, ctx_store, monkeypatch):
    from ui.models_capture import questions_model, vote_model

    ctx, _actions, store = ctx_store
    ids = _many(store, 120)
    qm, vm = questions_model(ctx), vote_model(ctx)
    q_signals, v_signals = Structure(qm), Structure(vm)
    listing = _count_calls(monkeypatch, questions, "listing")

    def same_as_the_store():
        fresh = questions.listing(store)
        assert [(e.id, e.total, [q.id for q in e.merged]) for e in qm.entries] == \
            [(e.id, e.total, [q.id for q in e.merged]) for e in fresh]
        assert [(e.id, e.total) for e in vm.entries] == [(e.id, e.total) for e in fresh]
        assert [(r.entry.id, r.rank) for r in vm.ranked] == \
            [(r.entry.id, r.rank) for r in questions.ranking_of(fresh)]
        listing.clear()

    # an insert is one insert, in its place, in each model
    added = questions.add(store, "Nieuw op plek vijf", index=5)
    assert q_signals.take() == [("insert", False, 5, 5)]
    assert v_signals.take() == [("insert", False, 5, 5)]
    assert qm.entries[5].id == added and vm.entries[5].id == added
    # a count: no row comes or goes; the counted row and the rows whose rank moved repaint
    questions.set_votes(store, ids[50], 4)
    assert q_signals.take() == [] and v_signals.seen == []
    row = vm.row_of(ids[50])
    assert row in v_signals.changed_rows
    assert vm.index(row, vm.RANK).data() == 1 and vm.index(0, vm.RANK).data() == 2
    assert {0, 1, 119} <= v_signals.changed_rows          # everyone else moved from 1 to 2
    v_signals.take()
    # a second count that moves no rank and no mark: only that row
    questions.set_votes(store, ids[50], 5)
    assert v_signals.seen == [] and v_signals.changed_rows == {row}
    questions.set_votes(store, ids[80], 1)
    v_signals.take()
    # a delete is one remove
    questions.delete(store, added)
    assert q_signals.take() == [("remove", False, 5, 5)]
    assert v_signals.take() == [("remove", False, 5, 5)]
    assert listing == []
    same_as_the_store()
    # a merge: the original moves under the kept question (one insert under it, one remove
    # at the top); the vote table loses the row, and the kept total holds both counts
    before = questions.merge(store, ids[50], [ids[80]])
    assert q_signals.take() == [("insert", True, 0, 0), ("remove", False, 80, 80)]
    assert v_signals.take() == [("remove", False, 80, 80)]
    assert vm.index(vm.row_of(ids[50]), vm.TOTAL).data() == 6
    # the undo writes every question back: still no reset, and no full read
    questions.restore_state(store, before)
    assert ("reset",) not in q_signals.take() + v_signals.take()
    assert listing == []
    same_as_the_store()
    # a phone's dot (a ballot) on a merged original counts for its kept question
    questions.merge(store, ids[10], [ids[11]])
    person = participants.add(store, first_name="Stemmer")
    questions.set_ballot(store, person, ids[11], 2)
    assert vm.index(vm.row_of(ids[10]), vm.TOTAL).data() == 2
    assert listing == []
    same_as_the_store()


def test_the_vote_table_hears_who_votes_not_a_role(qtbot, ctx_store):
    from ui.models_capture import vote_model

    ctx, _actions, store = ctx_store
    _many(store, 5)
    person = participants.add(store, first_name="Stemmer")
    vm = vote_model(ctx)
    heard = []
    vm.updated.connect(lambda: heard.append(1))
    participants.update(store, person, role="Trainer")     # a role: nothing to check again
    assert heard == []
    meeting = trajectory.meeting_of_kind(store, "startdag")
    participants.check_in(store, meeting.id, person)        # who votes: the count check reads
    assert heard == [1]
    participants.add(store, first_name="Nog een")           # someone new: the same
    assert heard == [1, 1]


def test_the_board_moves_items_and_columns_in_place_and_keeps_selection_and_editor(
        qtbot, ctx_store, qt_warnings):
    from sessions import boards

    ctx, actions, store = ctx_store
    meeting = trajectory.meeting_of_kind(store, "startdag")
    step = agenda.add(store, meeting.id, "concept", "Concept")
    console = console_widget("concept", ctx, actions, step)
    qtbot.addWidget(console)
    model = console.model
    left_id, right_id = (c.id for c in model.columns)
    items = [boards.add_item(store, left_id, f"Punt {i}") for i in range(6)]
    console.resize(900, 500)
    console.show()
    qtbot.waitExposed(console)
    signals = Structure(model)
    left, right = console.panels[left_id], console.panels[right_id]
    left.select_item(items[3])
    view = left.view
    view.edit(view.currentIndex())
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None

    def still_there(what):
        QApplication.processEvents()
        assert left.selected_id() == items[3], what
        assert view.indexWidget(view.currentIndex()) is editor, what
        assert view.currentIndex().data(ID_ROLE) == items[3], what

    # another source adds above the selected item: one insert under the left column
    first = boards.add_item(store, left_id, "Bovenaan", index=0)
    assert signals.take() == [("insert", True, 0, 0)]
    still_there("an insert above")
    assert left.items()[:2] == ["Bovenaan", "Punt 0"]
    # the console's own delete above, and its undo
    console.delete_item(first)
    assert signals.take() == [("remove", True, 0, 0)]
    still_there("a delete above")
    actions.undo.trigger()
    assert signals.take() == [("insert", True, 0, 0)]
    still_there("its undo")
    # an item above moves to the right column: out of one list, into the other
    boards.move_item(store, items[0], right_id, 0)
    assert signals.take() == [("remove", True, 1, 1), ("insert", True, 0, 0)]
    still_there("a move to the other column")
    assert right.items() == ["Punt 0"]
    # the columns swap places: one move; each list keeps showing its own column
    boards.move_column(store, right_id, 0)
    assert [s[0] for s in signals.take()] == ["move"]
    still_there("the columns swapped")
    assert right.items() == ["Punt 0"] and left.items()[0] == "Bovenaan"
    assert [console.columns_layout.itemAt(i).widget() for i in range(2)] == [right, left]
    # a renamed column: the title follows, no reset
    boards.rename_column(store, left_id, "Houding (wie je bent)")
    assert left.title.text() == "Houding (wie je bent)"
    # a column removed and brought back: its panel goes and comes, with its items
    snap = boards.remove_column(store, right_id)
    assert signals.take() == [("remove", False, 0, 0)]
    assert right_id not in console.panels
    boards.restore_column(store, snap)
    assert signals.take() == [("insert", False, 0, 0)]
    assert console.panels[right_id].items() == ["Punt 0"]
    still_there("a column removed and restored")
    assert not [s for s in signals.seen if s == ("reset",)]
    # the editor still commits into the right item
    editor.setText("Punt drie, herschreven")
    delegate = view.itemDelegateForIndex(view.currentIndex())
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor)
    QApplication.processEvents()
    assert boards.item(store, items[3]).text == "Punt drie, herschreven"
    assert not [w for w in qt_warnings if "commitData" in w or "editor" in w]


def test_a_moved_question_stays_selected_through_the_move_and_its_undo(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    ids = _many(store, 30)
    questions.merge(store, ids[10], [ids[11]])
    console, projector = _pair(qtbot, ctx, actions, "questions")
    resets = Resets(console.model)
    console.resize(900, 500)
    console.show()
    qtbot.waitExposed(console)
    view = console.view
    view.selectionModel().setCurrentIndex(
        console.model.row_of(ids[10]),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert [e.id for e in console.model.entries][9] == ids[10]
    assert console.selected_ids() == [ids[10]]
    assert view.currentIndex().data(ID_ROLE) == ids[10]
    # it moved with its merged original, still shown under it
    kept = console.model.row_of(ids[10])
    assert view.isExpanded(kept) and console.model.index(0, 0, kept).data(ID_ROLE) == ids[11]
    actions.undo.trigger()
    QApplication.processEvents()
    assert [e.id for e in console.model.entries][10] == ids[10]
    assert console.selected_ids() == [ids[10]]
    assert projector.lines()[10] == "11. Vraag 010"
    assert resets.resets == 0


def test_the_actions_tab_counts_from_the_start_and_refits_its_columns_after_edits(
        qtbot, ctx_store):
    from sessions import actions as plans
    from sessions import groups
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, store = ctx_store
    gid = groups.add_group(store, "Groep")
    owner = participants.add(store, first_name="Bo")
    for i in range(5):
        plans.add(store, gid, f"Actie {i}", owner_id=owner)
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.count_label.text() == page.tr("%n action(s)", "", 5)
    table = page.table
    narrow = table.columnWidth(2)
    # the status, due and last-update columns hold their widest text without measuring rows
    fm = table.fontMetrics()
    assert table.columnWidth(5) >= fm.horizontalAdvance(
        QApplication.translate("Harvest", "support asked"))
    # a longer owner name: the owner column is fitted again once the edits pause, not at once
    participants.update(store, owner, first_name="Maximiliaan-Alexander",
                        last_name="van Oldenbarnevelt")
    assert table.columnWidth(2) == narrow
    qtbot.waitUntil(lambda: table.columnWidth(2) > narrow, timeout=2000)


def test_the_phones_tab_tally_is_the_vote_models_and_matches_the_store(ctx_store):
    from sessions import phones
    from ui.models_capture import vote_tally

    ctx, _actions, store = ctx_store
    ids = _many(store, 12)
    assert vote_tally(ctx) == phones.tally(store)
    questions.merge(store, ids[3], [ids[4], ids[5]])
    questions.set_votes(store, ids[3], 2)
    person = participants.add(store, first_name="Stemmer")
    questions.set_ballot(store, person, ids[5], 3)          # a phone's dots on an original
    questions.set_ballot(store, person, ids[8], 1)
    questions.move(store, ids[8], 0)
    questions.delete(store, ids[0])
    assert vote_tally(ctx) == phones.tally(store)
    row = next(r for r in vote_tally(ctx) if r["id"] == ids[3])
    assert (row["paper"], row["phones"], row["total"]) == (2, 3, 5)


def test_short_action_titles_leave_owner_and_group_whole_on_a_laptop(qtbot, ctx_store):
    """On a laptop the group ("1  Groep 1") was cut to "1  Gro…", and the owner too, while
    the action column, holding a third of the table for titles of half that, stood blank."""
    from sessions import actions as plans
    from sessions import groups
    from ui.actions_overview import ActionsOverviewPage

    ctx, actions, store = ctx_store
    owner = participants.add(store, first_name="Łukasz", last_name="Wiśniewski")
    for g in range(3):
        gid = groups.add_group(store, f"Groep {g + 1}")
        plans.add(store, gid, "Kenniscafé over bewonersparticipatie", owner_id=owner)
    page = ActionsOverviewPage(ctx, actions)
    qtbot.addWidget(page)
    page.resize(1200, 700)       # the table about 780 px wide, beside the log
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    fm = table.fontMetrics()
    for col, text in ((0, model.group_label(model.rows[0])), (1, model.rows[0].title),
                      (2, "Łukasz Wiśniewski")):
            assert table.columnWidth(col) >= fm.horizontalAdvance(text), (col, text, table.viewport().width())
