"""Undo commands: each wraps one service call and its inverse (DESIGN: the one path of a change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sessions.errors import Code, StartdagError


class UndoStack(QUndoStack):
    """The undo stack, which also tells when an undo or redo was refused by the domain.

    Edits from outside the stack (phones) are noted per topic with :meth:`note_external`;
    a command that touched a topic an outside edit touched after it is refused on undo
    and redo, so undoing never tramples input the room gave since.
    """

    refused = Signal(object)   # the StartdagError; nothing was changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.external_seq = 0
        self._external_last: dict[str, int] = {}
        self._recording: set[str] | None = None

    def note_external(self, topics) -> None:
        """Edits not on this stack (phone input) just changed ``topics``."""
        self.external_seq += 1
        for t in topics:
            self._external_last[t] = self.external_seq

    def record(self, topic: str) -> None:
        """A committed change's topic (connected to the context's change notices)."""
        if self._recording is not None:
            self._recording.add(topic)

    def conflicts(self, topics: set[str], since: int) -> bool:
        """True when an outside edit touched one of ``topics`` after mark ``since``."""
        return any(self._external_last.get(t, 0) > since for t in topics)


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
        self.topics: set[str] = set()
        self.mark = stack.external_seq if isinstance(stack, UndoStack) else 0

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
            if isinstance(self._stack, UndoStack) and self._stack.conflicts(self.topics, self.mark):
                raise StartdagError(Code.INVALID, field="undo", reason="phone_input")
            fn()
        except StartdagError as exc:
            self.setObsolete(True)
            if isinstance(self._stack, UndoStack):
                self._stack.refused.emit(exc)


def run(stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
    """Run ``do`` now and, when it succeeds, push it onto the undo stack; return its result."""
    recording = isinstance(stack, UndoStack) and stack._recording is None
    if recording:
        stack._recording = set()
    try:
        result = do()
    finally:
        topics = stack._recording if recording else set()
        if recording:
            stack._recording = None
    command = Command(text, do, undo, stack)
    command.topics = topics or set()
    stack.push(command)
    return result
