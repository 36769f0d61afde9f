"""The actions: one place, no shortcut used twice, both windows get them."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction


def test_no_two_actions_share_a_shortcut(app_ctx):
    _, actions = app_ctx
    owners = defaultdict(list)
    for action in actions.findChildren(QAction):
        for key in action.shortcuts():
            owners[key.toString()].append(action.text())
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}
    assert "" not in owners


def test_the_clicker_keys_are_there(app_ctx):
    _, actions = app_ctx
    keys = lambda a: {k.toString() for k in a.shortcuts()}  # noqa: E731
    assert {"PgDown", "Right"} <= keys(actions.next_step)
    assert {"PgUp", "Left"} <= keys(actions.prev_step)
    assert {"B", "."} <= keys(actions.black_screen)
    assert keys(actions.white_screen) == {"W"}
    assert keys(actions.present) == {"F5"}
    assert keys(actions.stop_present) == {"Shift+F5"}   # Esc is the projector window's own
    assert keys(actions.freeze) == {"F"}
    assert "Ctrl+Q" in keys(actions.quit)


def test_the_main_window_carries_every_action(main_window):
    from PySide6.QtWidgets import QWidget

    carried = set(QWidget.actions(main_window))   # .actions is our Actions on MainWindow
    assert set(main_window.app_actions.all()) <= carried
