"""A page read again when it comes to the front (ui.widgets.RefreshWhenShown)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.widgets import RefreshWhenShown


def _tabs(qtbot):
    tabs = QTabWidget()
    front, back = QWidget(), QWidget()
    tabs.addTab(front, "voor")
    tabs.addTab(back, "achter")
    qtbot.addWidget(tabs)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, back


def test_a_page_behind_another_is_read_when_it_comes_to_the_front(qtbot):
    tabs, back = _tabs(qtbot)
    reads = []
    keeper = RefreshWhenShown(back, lambda: reads.append(1))
    keeper.request()
    keeper.request()
    assert reads == [] and keeper.stale          # nobody sees it: no work per edit
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: reads == [1])        # once, however many edits came


def test_a_failing_read_is_reported_and_the_app_goes_on(qtbot):
    tabs, back = _tabs(qtbot)
    calls = []

    def read():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("kapot")

    keeper = RefreshWhenShown(back, read)
    keeper.request()
    with qtbot.capture_exceptions() as raised:
        tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: calls == [1])
    assert [type(e[1]) for e in raised] == [RuntimeError]
    tabs.setCurrentIndex(0)
    keeper.request()
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: calls == [1, 1])     # the next read still happens
