"""The capture models update in place: selection, scroll position and an open editor survive
an insert, an undo and another source's edit above the row (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractItemView, QApplication

from sessions import agenda, participants, questions, trajectory
from tests.ui.wall_probe import WallProbe
from ui.models_capture import ID_ROLE, VoteModel
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
