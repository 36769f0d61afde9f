"""Trajectory files handed to the running app by the desktop.

On Windows and Linux a double-clicked .startdag arrives on the command line (main.py opens
it). On macOS it does not: the system sends the app, whether it is starting or already
running, a QFileOpenEvent. This filter turns that event into ``open_path(path)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenFilter(QObject):
    """Installed on the QApplication; opens each file the desktop hands over."""

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None):
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._open_path(Path(path))
                return True
        return super().eventFilter(watched, event)


def install(app: QObject, open_path: Callable[[Path], object]) -> FileOpenFilter:
    """Install the filter on ``app`` (it is parented to ``app`` and lives as long)."""
    opener = FileOpenFilter(open_path, app)
    app.installEventFilter(opener)
    return opener
