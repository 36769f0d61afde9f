"""Undo commands: each wraps one service call and its inverse (DESIGN: the one path of a change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


class Command(QUndoCommand):
    """An undoable edit made of a ``do`` and an ``undo`` callable.

    ``do`` has already run once when the command is pushed (see :func:`run`), so a
    service error reaches the caller instead of leaving a broken entry on the stack.
    """

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()


def run(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
    """Run ``do`` now and, when it succeeds, push it onto the undo stack; return its result."""
    result = do()
    stack.push(Command(text, do, undo))
    return result
