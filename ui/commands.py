"""Undo commands: each wraps one service call and its inverse (DESIGN: the one path of a change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sessions.errors import StartdagError


class UndoStack(QUndoStack):
    """The undo stack, which also tells when an undo or redo was refused by the domain."""

    refused = Signal(object)   # the StartdagError; nothing was changed


class Command(QUndoCommand):
    """An undoable edit made of a ``do`` and an ``undo`` callable.

    ``do`` has already run once when the command is pushed (see :func:`run`), so a
    service error reaches the caller instead of leaving a broken entry on the stack.
    """

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 stack: QUndoStack | None = None):
        super().__init__(text)
        self._stack = stack
        self._do = do
        self._undo = undo
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, fn: Callable[[], Any]) -> None:
        # The domain may refuse an undo the situation no longer allows (e.g. removing the
        # step that is running now). An exception must not escape into Qt: the command
        # leaves the stack (obsolete), nothing changed, and the stack says why.
        try:
            fn()
        except StartdagError as exc:
            self.setObsolete(True)
            if isinstance(self._stack, UndoStack):
                self._stack.refused.emit(exc)


def run(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
    """Run ``do`` now and, when it succeeds, push it onto the undo stack; return its result."""
    result = do()
    stack.push(Command(text, do, undo, stack))
    return result
