"""Issue 14.12: the clicker's keys and the text fields, in both windows, with real key events.

PageDown/PageUp drive the day in every widget; B, W and '.' type in a text field and
black or white the wall elsewhere; Ctrl+B always blacks it; Ctrl+Z reaches the app's undo
when the focused field has nothing of its own to undo."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from sessions import agenda, demo, trajectory
from ui.agenda_model import live_day

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def day(main_window, qtbot, tmp_path):
    ctx = main_window.ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    ctx.set_store(store)
    live = live_day(ctx)
    mid = trajectory.meeting_of_kind(store, "startdag").id
    live.set_meeting(mid)
    main_window.resize(1366, 740)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page = main_window.workspace.day.page
    yield main_window, store, mid, page
    ctx.set_store(None)
    qtbot.wait(1)


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget
                    or (widget.focusProxy() is not None
                        and QApplication.focusWidget() is widget.focusProxy()), timeout=1000)


def _counter(action) -> list:
    hits = []
    action.triggered.connect(lambda *_a: hits.append(1))
    return hits


def test_page_keys_drive_the_day_from_every_widget_of_the_console(day, qtbot):
    window, store, mid, page = day
    a = window.app_actions
    nexts, prevs = _counter(a.next_step), _counter(a.prev_step)
    # a step whose work area has fields, tables and spin boxes: the actions step
    step = next(s for s in agenda.steps(store, mid) if s.kind == "actions")
    page.select_step(step.id)
    qtbot.wait(10)
    from ui.steps.actions import ActionsConsole

    def focusable():
        return [w for w in window.findChildren(QWidget)
                if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and w.focusProxy() is None and w.window() is window]

    widgets = focusable()
    plan = window.findChild(ActionsConsole)
    plan.tabs.setCurrentWidget(plan.details)        # the form: date fields, combo boxes
    widgets += [w for w in focusable() if w not in widgets]
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

    for kind in (QLineEdit, QPlainTextEdit, QSpinBox, QAbstractItemView, QComboBox):
        assert any(isinstance(w, kind) for w in widgets), kind
    checked = 0
    for w in widgets:
        if not shiboken6.isValid(w) or not w.isVisible():
            continue
        _focus(qtbot, w)
        before_n, before_p = len(nexts), len(prevs)
        qtbot.keyClick(w, Qt.Key.Key_PageDown)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp)
        assert (len(nexts) - before_n, len(prevs) - before_p) == (1, 1), type(w).__name__
        checked += 1
        page.select_step(step.id)
    assert checked >= 20


def test_b_types_in_a_text_field_and_blacks_the_wall_elsewhere(day, qtbot):
    window, store, mid, page = day
    a = window.app_actions
    page.select_step(agenda.steps(store, mid)[0].id)
    room = page.instructions_edit                         # "Voor de zaal"
    _focus(qtbot, room)
    before = room.toPlainText()
    qtbot.keyClick(room, Qt.Key.Key_B)
    assert room.toPlainText() != before and not a.black_screen.isChecked()
    qtbot.keyClick(room, Qt.Key.Key_B, CTRL)             # Ctrl+B never types
    assert a.black_screen.isChecked() and room.toPlainText().count("b") == before.count("b") + 1
    qtbot.keyClick(room, Qt.Key.Key_B, CTRL)
    assert not a.black_screen.isChecked()
    _focus(qtbot, page.list)                               # not a text field: B blacks
    qtbot.keyClick(page.list, Qt.Key.Key_B)
    assert a.black_screen.isChecked()
    qtbot.keyClick(page.list, Qt.Key.Key_W)
    assert a.white_screen.isChecked() and not a.black_screen.isChecked()
    qtbot.keyClick(page.list, Qt.Key.Key_Period)
    assert a.black_screen.isChecked() and not a.white_screen.isChecked()


def test_ctrl_z_in_a_field_without_history_undoes_the_last_edit(day, qtbot):
    window, store, mid, page = day
    ctx = window.ctx
    steps = agenda.steps(store, mid)
    page.select_step(steps[0].id)
    _focus(qtbot, page.title_edit)
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Welkom allemaal")
    _focus(qtbot, page.notes_edit)                          # leaving saves: one app edit
    assert agenda.get(store, steps[0].id).title == "Welkom allemaal"
    qtbot.keyClicks(page.notes_edit, "x")
    qtbot.keyClick(page.notes_edit, Qt.Key.Key_Z, CTRL)     # the field's own typing first
    assert agenda.get(store, steps[0].id).title == "Welkom allemaal"
    assert not page.notes_edit.toPlainText().endswith("x")
    qtbot.keyClick(page.notes_edit, Qt.Key.Key_Z, CTRL)     # nothing left of its own
    assert agenda.get(store, steps[0].id).title == steps[0].title
    _focus(qtbot, page.title_edit)          # reloaded by the undo: no history of its own
    assert page.title_edit.text() == steps[0].title
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert agenda.get(store, steps[0].id).title == "Welkom allemaal"
    assert page.title_edit.text() == "Welkom allemaal"     # the focused title follows the redo
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL)
    assert agenda.get(store, steps[0].id).title == steps[0].title
    assert page.title_edit.text() == steps[0].title
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Y, CTRL)     # Ctrl+Y: the other redo key
    assert agenda.get(store, steps[0].id).title == "Welkom allemaal"
    done = ctx.undo_stack.count()
    _focus(qtbot, page.notes_edit)                  # leaving the title stores nothing more
    assert agenda.get(store, steps[0].id).title == "Welkom allemaal"
    assert ctx.undo_stack.count() == done
    assert ctx.undo_stack.canUndo()


def test_the_projector_window_takes_the_same_keys(day, qtbot):
    window, store, mid, page = day
    a = window.app_actions
    projector = window.workspace.day.projector
    projector.show_window()
    qtbot.waitExposed(projector)
    projector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    nexts, prevs = _counter(a.next_step), _counter(a.prev_step)
    target = QApplication.focusWidget() or projector
    qtbot.keyClick(target, Qt.Key.Key_PageDown)
    qtbot.keyClick(target, Qt.Key.Key_PageUp)
    assert (len(nexts), len(prevs)) == (1, 1)
    qtbot.keyClick(target, Qt.Key.Key_B, CTRL)
    assert a.black_screen.isChecked()
    qtbot.keyClick(target, Qt.Key.Key_W)
    assert a.white_screen.isChecked()
    before = ctx_undo_index = window.ctx.undo_stack.index()
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)
    assert window.ctx.undo_stack.index() <= before == ctx_undo_index


def test_left_and_right_stay_in_a_table_and_step_the_day_elsewhere(day, qtbot):
    """Right/Left are the clicker's arrows too; in a table they must move the cell cursor,
    never the day (a facilitator tallying on the vote table would skip a step)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QPushButton, QTableView

    window, store, mid, page = day
    a = window.app_actions
    nexts, prevs = _counter(a.next_step), _counter(a.prev_step)
    window.workspace.tabs.setCurrentWidget(window.workspace.roster)   # 80 people, 5 columns
    qtbot.wait(10)
    root = QModelIndex()
    tables = [w for w in window.findChildren(QTableView)
              if w.isVisible() and w.isEnabled() and w.model() is not None
              and w.model().rowCount(root) > 0 and w.model().columnCount(root) > 1]
    assert tables
    table = tables[0]
    _focus(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() >= 1 or table.isColumnHidden(1)
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert (len(nexts), len(prevs)) == (0, 0)
    # elsewhere (a push button) the arrows still step the day, as the clicker sends them
    button = next(w for w in window.findChildren(QPushButton)
                  if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus)
    _focus(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_Right)
    assert len(nexts) == 1
