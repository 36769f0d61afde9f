"""Theme groups step: the small widgets of the console (the keyboard choice pad, the member list)."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
)

# ---------------------------------------------------------------- choosing by keyboard


class ChoicePad(QLabel):
    """After a name: keys 1-9 pick the group for the current rank, 0 clears it, Enter is done."""

    group_keyed = Signal(int)   # 1-based group number
    cleared = Signal()
    finished = Signal(str)      # text typed to start the next name ('' for Enter/Escape)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(self.fontMetrics().height() + 10)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.group_keyed.emit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.cleared.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.finished.emit("")
        elif event.text() and event.text().isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.finished.emit(event.text())
        else:
            super().keyPressEvent(event)


class MemberListView(QListView):
    """A group's member list; the L key asks to lock or unlock the selected people."""

    lock_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_L and not event.modifiers():
            self.lock_requested.emit()
        else:
            super().keyPressEvent(event)


