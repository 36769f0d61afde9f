"""Harvest step: text fields that save as they are left and replace what they hold."""

from __future__ import annotations

from PySide6.QtCore import (
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
)


class CommitTextEdit(QPlainTextEdit):
    """A plain text box that reports when the facilitator leaves it, so the text is saved."""

    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editing_finished.emit()



class SelectAllLineEdit(QLineEdit):
    """A field whose text is replaced, not appended to: entering it selects what is there."""

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        # after the mouse press has placed the cursor, so the click does not undo the selection
        QTimer.singleShot(0, self.selectAll)

