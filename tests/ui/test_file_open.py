"""A double-clicked .startdag opens: on the command line (Windows, Linux) and as a Qt
FileOpen event (macOS)."""

from __future__ import annotations

import io
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

import main
from sessions.store import Store
from ui import file_open
from ui import settings as settings_module
from ui.main_window import MainWindow
from ui.settings import Settings


def _trajectory(tmp_path, title="Dubbelklik"):
    path = tmp_path / f"{title}.startdag"
    Store.create(path, title=title, organisation="Gemeente Test").close()
    return path


def test_a_file_macos_hands_over_opens_in_the_window(main_window, tmp_path, qapp):
    first, second = _trajectory(tmp_path), _trajectory(tmp_path, "Tweede")
    opener = file_open.install(qapp, main_window.open_path)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(first)))
        assert main_window.ctx.store.path.resolve() == first.resolve()
        # a second double-click while Startdag runs opens that file instead
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(second)))
        assert main_window.ctx.store.path.resolve() == second.resolve()
        assert "Tweede" in main_window.windowTitle()
    finally:
        qapp.removeEventFilter(opener)
        opener.deleteLater()


def test_a_file_on_the_command_line_opens_in_the_window(qapp, tmp_path, monkeypatch):
    path = _trajectory(tmp_path)
    seen = {}
    # this test's own settings (recent files), not the session's
    private = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(settings_module, "Settings", lambda: private)

    def look_and_quit():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                seen["path"] = widget.ctx.store.path if widget.ctx.store else None
                seen["title"] = widget.windowTitle()
                widget.ctx.set_store(None)
                widget.close()
        qapp.quit()

    QTimer.singleShot(300, look_and_quit)
    # never hang the suite; stopped afterwards, or it quits a later test's wait 20 s from now
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(20000)
    try:
        assert main.main([str(path), "--lang", "en"]) == 0   # (nl would stay installed on qapp)
    finally:
        guard.stop()
        # closing the last window asked for a second quit; left queued, it would end the
        # next test's wait at once
        QCoreApplication.removePostedEvents(qapp, QEvent.Type.Quit)
    assert seen["path"].resolve() == path.resolve()
    assert seen["title"].startswith("Dubbelklik")
    assert private.recent_files() == [path.resolve()]


def test_a_bad_file_goes_to_the_window_when_there_is_no_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main._has_terminal()                   # from source: one line on stderr, exit 1
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not main._has_terminal()               # the bundle started from the desktop
    monkeypatch.setattr(sys, "stderr", None)
    assert not main._has_terminal()               # Windows' windowed executable
