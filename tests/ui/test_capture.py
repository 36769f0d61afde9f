"""The capture steps on screen: concept board, questions, vote and SWOT, console with projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog

from sessions import agenda, boards, participants, questions, swot, trajectory
from tests.ui.wall_probe import WallProbe
from ui.steps import console_widget


@pytest.fixture
def ctx_store(app_ctx, tmp_store):
    """The app context with a trajectory open (and its Actions)."""
    ctx, actions = app_ctx
    ctx.set_store(tmp_store)
    return ctx, actions, tmp_store


def _step(store, kind, settings=None):
    meeting = trajectory.meeting_of_kind(store, "startdag")
    return agenda.add(store, meeting.id, kind, kind.title(), settings=settings)


def _pair(qtbot, ctx, actions, kind, step_id):
    console = console_widget(kind, ctx, actions, step_id)
    qtbot.addWidget(console)
    return console, WallProbe(ctx, step_id)


# ---------------------------------------------------------------- concept board


def test_typing_enter_adds_an_item_on_console_and_projector(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, projector = _pair(qtbot, ctx, actions, "concept", _step(store, "concept"))
    first = console.panels[console.model.columns[0].id]
    qtbot.keyClicks(first.entry, "nieuwsgierig zijn")
    qtbot.keyClick(first.entry, Qt.Key.Key_Return)
    assert first.items() == ["nieuwsgierig zijn"]
    assert "• nieuwsgierig zijn" in projector.lines()
    assert first.entry.text() == ""


def test_undo_removes_the_added_item_everywhere(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, projector = _pair(qtbot, ctx, actions, "concept", _step(store, "concept"))
    first = console.panels[console.model.columns[0].id]
    qtbot.keyClicks(first.entry, "open staan")
    qtbot.keyClick(first.entry, Qt.Key.Key_Return)
    actions.undo.trigger()
    assert first.items() == []
    assert all("open staan" not in t for t in projector.lines())
    actions.redo.trigger()
    assert first.items() == ["open staan"]


def test_markup_in_user_text_shows_literally_on_the_projector(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, projector = _pair(qtbot, ctx, actions, "concept", _step(store, "concept"))
    console.add_item(console.model.columns[1].id, "<b>vet</b> & <i>schuin</i>")
    # the wall draws text as text: there is no rich-text path at all
    assert "• <b>vet</b> & <i>schuin</i>" in projector.lines()


def test_projector_shows_the_concept_as_title(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    _console, projector = _pair(qtbot, ctx, actions, "concept", _step(store, "concept"))
    board = projector.body()
    assert board.heading == "netwerken"
    assert [col.title for col in board.columns] == ["Houding", "Gedrag"]
    assert {"netwerken", "Houding", "Gedrag"} <= set(projector.lines())


def test_reflection_step_reuses_the_board_with_its_own_columns(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    step = _step(store, "concept", {"board": "reflection"})
    console, projector = _pair(qtbot, ctx, actions, "concept", step)
    assert [c.title for c in console.model.columns] == ["Wat is gelukt", "Wat niet", "Hoe kwam dat"]
    board = projector.body()
    assert [col.title for col in board.columns] == ["Wat is gelukt", "Wat niet", "Hoe kwam dat"]
    assert board.heading == ""


def test_alt_right_moves_an_item_to_the_next_column_and_undo_moves_it_back(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, _projector = _pair(qtbot, ctx, actions, "concept", _step(store, "concept"))
    left, right = (console.panels[c.id] for c in console.model.columns)
    item = console.add_item(left.column_id, "afspraken nakomen")
    left.select_item(item)
    qtbot.keyClick(left.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert (left.items(), right.items()) == ([], ["afspraken nakomen"])
    actions.undo.trigger()
    assert (left.items(), right.items()) == (["afspraken nakomen"], [])


def test_rename_and_add_column_are_undoable(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, projector = _pair(qtbot, ctx, actions, "concept", _step(store, "concept"))
    qtbot.keyClicks(console.new_column, "Kennis")
    qtbot.keyClick(console.new_column, Qt.Key.Key_Return)
    first = console.panels[console.model.columns[0].id]
    first.title.setText("Houding (wie je bent)")
    first.title.editingFinished.emit()
    assert [col.title for col in projector.body().columns] == ["Houding (wie je bent)", "Gedrag",
                                                               "Kennis"]
    actions.undo.trigger()
    actions.undo.trigger()
    assert [col.title for col in projector.body().columns] == ["Houding", "Gedrag"]


# ---------------------------------------------------------------- questions


def test_typing_enter_adds_a_question_on_console_and_projector_and_undo_removes_it(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, projector = _pair(qtbot, ctx, actions, "questions", _step(store, "questions"))
    qtbot.keyClicks(console.entry, "Wat is onze rol?")
    qtbot.keyClick(console.entry, Qt.Key.Key_Return)
    assert [e.text for e in console.model.entries] == ["Wat is onze rol?"]
    assert projector.lines() == ["1. Wat is onze rol?"]
    actions.undo.trigger()
    assert console.model.entries == [] and projector.lines() == []


def test_merge_through_the_ui_keeps_the_chosen_text_and_undo_splits(qtbot, ctx_store, monkeypatch):
    ctx, actions, store = ctx_store
    console, projector = _pair(qtbot, ctx, actions, "questions", _step(store, "questions"))
    a = console.add_question("Wat is mijn rol?")
    b = console.add_question("Hoe ziet ons functieprofiel eruit?")
    c = console.add_question("Wat wordt onze rol in de wijk?")
    questions.set_votes(store, a, 4)
    questions.set_votes(store, c, 3)
    sel = console.view.selectionModel()
    for qid in (a, c):
        sel.select(console.model.row_of(qid),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert console.merge_button.isEnabled()

    def accept(dialog):
        dialog.choices.setCurrentRow(1)            # keep the second one's text…
        dialog.text.setText("Wat is onze rol in de wijk?")   # …and edit it
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.steps.questions.MergeDialog.exec", accept)
    console.merge_button.click()
    assert console.message.text() == ""
    entries = console.model.entries
    assert [e.id for e in entries] == [b, c]
    kept = entries[1]
    assert kept.text == "Wat is onze rol in de wijk?" and [q.id for q in kept.merged] == [a]
    assert kept.total == 7
    kept_index = console.model.row_of(c)
    assert console.model.rowCount(kept_index) == 1       # the original is shown under the kept one
    assert projector.lines() == ["1. Hoe ziet ons functieprofiel eruit?",
                                 "2. Wat is onze rol in de wijk?"]
    actions.undo.trigger()
    assert [e.text for e in console.model.entries] == [
        "Wat is mijn rol?", "Hoe ziet ons functieprofiel eruit?", "Wat wordt onze rol in de wijk?"]


def test_delete_key_deletes_the_selected_question_and_undo_restores_it(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    console, _p = _pair(qtbot, ctx, actions, "questions", _step(store, "questions"))
    a = console.add_question("weg ermee")
    console.view.setCurrentIndex(console.model.row_of(a))
    qtbot.keyClick(console.view, Qt.Key.Key_Delete)
    assert console.model.entries == []
    actions.undo.trigger()
    assert [e.id for e in console.model.entries] == [a]


# ---------------------------------------------------------------- vote


def _questions(store, *counts):
    ids = []
    for n, votes in enumerate(counts):
        qid = questions.add(store, f"Vraag {n + 1} <b>echt</b>")
        questions.set_votes(store, qid, votes)
        ids.append(qid)
    return ids


def test_hide_and_reveal_change_what_the_projector_shows(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    _questions(store, 2, 9, 5)
    console, projector = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    assert console.hidden.isChecked()
    assert projector.lines() == ["1. Vraag 1 <b>echt</b>", "2. Vraag 2 <b>echt</b>",
                                 "3. Vraag 3 <b>echt</b>"]
    assert not any(b.kind == "bar" for page in projector.slide().pages for b in page.boxes)
    console.reveal.click()
    assert not questions.get_round(store).hidden
    assert projector.lines() == ["1. Vraag 2 <b>echt</b>", "9", "2. Vraag 3 <b>echt</b>", "5",
                                 "3. Vraag 1 <b>echt</b>", "2"]
    bars = [b for page in projector.slide().pages for b in page.boxes if b.kind == "bar"]
    assert [round(b.value, 2) for b in bars] == [1.0, 0.56, 0.22]
    console.reveal.click()
    assert len(projector.lines()) == 3


def test_plus_minus_keys_and_a_typed_count_change_the_tally(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    (a, _b) = _questions(store, 0, 0)
    console, _p = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    console.select_question(a)
    qtbot.keyClick(console.table, Qt.Key.Key_Plus)
    qtbot.keyClick(console.table, Qt.Key.Key_Plus)
    qtbot.keyClick(console.table, Qt.Key.Key_Minus)
    assert questions.get(store, a).votes == 1
    index = console.model.index(console.model.row_of(a), console.model.COUNT)
    assert console.model.setData(index, "12")
    assert questions.get(store, a).votes == 12
    actions.undo.trigger()
    assert questions.get(store, a).votes == 1


def test_an_over_count_is_flagged_on_the_console(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    for i in range(2):
        participants.add(store, first_name=f"P{i}")
    _questions(store, 4, 3)   # 7 dots, 2 voters x 3 dots = 6
    console, _p = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    assert not console.warning.isHidden()
    assert "7" in console.warning.text() and "6" in console.warning.text()


def test_a_tie_at_the_cut_is_shown_and_include_all_stores_the_chosen_questions(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    ids = _questions(store, 9, 7, 4, 4, 1)
    console, projector = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    assert set(console.tie_buttons) == {ids[2], ids[3]}
    assert "Tie" in console.cut_label.text()
    console.include_all.click()
    assert [(q.id, q.chosen_rank) for q in questions.chosen(store)] == [
        (ids[0], 1), (ids[1], 2), (ids[2], 3), (ids[3], 4)]
    actions.undo.trigger()
    assert questions.chosen(store) == []


def test_picking_one_of_the_tied_questions(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    ids = _questions(store, 9, 7, 4, 4)
    console, _p = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    console.tie_buttons[ids[3]].click()
    console.confirm.click()
    assert [q.id for q in questions.chosen(store)] == [ids[0], ids[1], ids[3]]


# ---------------------------------------------------------------- SWOT


def test_swot_is_never_projected_and_saves_on_focus_out_with_undo(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    p = participants.add(store, first_name="Şükrü", last_name="Yılmaz")
    participants.add(store, first_name="Els", last_name="Bakker")
    step = _step(store, "swot")
    from ui.slides import content as c

    assert isinstance(WallProbe(ctx, step).body(), c.Text)     # title and instructions only
    console = console_widget("swot", ctx, actions, step)
    qtbot.addWidget(console)
    qtbot.keyClicks(console.search, "sukru")
    qtbot.keyClick(console.search, Qt.Key.Key_Return)
    assert console.participant_id == p
    console.boxes["S"].setPlainText("kent de wijk")
    console.save_all()
    assert swot.get(store, p)["S"] == "kent de wijk"
    actions.undo.trigger()
    assert swot.get(store, p)["S"] == "" and console.boxes["S"].toPlainText() == ""


def test_the_swot_lists_only_the_people_present(qtbot, ctx_store):
    """Issue 14.18: the SWOT step listed all 80 people, not only those present."""
    ctx, actions, store = ctx_store
    here = participants.add(store, first_name="Şükrü", last_name="Yılmaz")
    participants.add(store, first_name="Els", last_name="Bakker")
    console = console_widget("swot", ctx, actions, _step(store, "swot"))
    qtbot.addWidget(console)
    assert console.filter.rowCount() == 2            # no check-in: everyone counts
    meeting = trajectory.meeting_of_kind(store, "startdag").id
    participants.check_in(store, meeting, here)
    assert console.filter.rowCount() == 1
    assert console.filter.index(0, 0).data() == "Şükrü Yılmaz"
    assert console.count.text() == "0 of 1 have a SWOT"


def test_skipping_the_swot_needs_nothing(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    participants.add(store, first_name="Els")
    console = console_widget("swot", ctx, actions, _step(store, "swot"))
    qtbot.addWidget(console)
    console.save_all()
    assert swot.with_swot(store) == [] and ctx.undo_stack.count() == 0
    assert boards.get(store, "concept") is None


def test_arrow_and_letter_keys_in_the_tally_table_stay_local(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    (a,) = _questions(store, 0)
    console, _p = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    console.addActions(actions.all())
    fired = []
    actions.next_step.triggered.connect(lambda: fired.append("next"))
    actions.black_screen.triggered.connect(lambda: fired.append("black"))
    console.show()
    qtbot.waitExposed(console)
    console.select_question(a)
    console.table.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_B, Qt.Key.Key_Plus):
        qtbot.keyClick(console.table, key)
    assert fired == []
    assert questions.get(store, a).votes == 1


def test_typing_digits_on_a_row_sets_its_count(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    (a, _b) = _questions(store, 3, 0)
    console, _p = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    console.show()
    qtbot.waitExposed(console)
    console.select_question(a)
    console.table.setCurrentIndex(console.model.index(console.model.row_of(a), console.model.TEXT))
    console.table.setFocus()
    qtbot.keyClicks(console.table, "1")
    editor = console.table.count_delegate.editor
    assert editor is not None
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()   # the delegate commits through a queued call
    assert questions.get(store, a).votes == 17


def test_tied_question_buttons_show_markup_literally(qtbot, ctx_store):
    from PySide6.QtGui import QTextDocument

    ctx, actions, store = ctx_store
    ids = _questions(store, 5, 5, 5, 5)
    console, _p = _pair(qtbot, ctx, actions, "vote", _step(store, "vote"))
    button = console.tie_buttons[ids[0]]
    assert button.text() == "Vraag 1 <b>echt</b>"
    doc = QTextDocument()
    doc.setHtml(button.toolTip())
    assert doc.toPlainText() == "Vraag 1 <b>echt</b>"


def test_swot_typing_is_saved_when_the_step_is_left(qtbot, ctx_store):
    ctx, actions, store = ctx_store
    p = participants.add(store, first_name="Els", last_name="Bakker")
    console = console_widget("swot", ctx, actions, _step(store, "swot"))
    qtbot.addWidget(console)
    console.show()
    console.select_participant(p)
    console.boxes["T"].setPlainText("te weinig tijd")   # no focus-out, no timer yet
    console.hide()
    assert swot.get(store, p)["T"] == "te weinig tijd"
