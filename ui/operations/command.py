"""The one snapshot command: an edit whose undo puts back what the edit returned.

Every undoable edit in the app has one of three shapes, all served by :func:`snapshot`:

* :func:`added`: the service adds and returns an id; undo removes it and keeps the removal's
  snapshot; redo restores that snapshot, so the row comes back under the same id (and
  everything that referred to it stays right).
* :func:`removed`: the service removes and returns a snapshot; undo restores it.
* :func:`changed`: the service changes and returns the old values; undo writes them back.

The edit runs at once (a refusal reaches the caller and nothing is pushed) and the command
goes on the undo stack (:func:`ui.commands.run`), which refuses an undo that phone input made
since would trample.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui import commands


def snapshot(stack, text: str, do: Callable[[], Any], undo: Callable[[Any], Any],
             redo: Callable[[Any], Any] | None = None) -> Any:
    """Run ``do`` now as the undoable edit ``text``; return its result.

    ``undo(result_of_do)`` takes the edit back and may return what ``redo`` needs; without
    ``redo`` a redo runs ``do`` again (and its new result is what the next undo gets).
    """
    held: dict = {}

    def forward():
        if redo is not None and "back" in held:
            redo(held.pop("back"))
            return held["done"]
        held["done"] = do()
        return held["done"]

    def backward():
        held["back"] = undo(held["done"])

    return commands.run(stack, text, forward, backward)


def added(stack, text: str, add: Callable[[], Any], remove: Callable[[Any], Any],
          restore: Callable[[Any], Any]) -> Any:
    """An undoable add: ``add()`` gives the id, ``remove(id)`` a snapshot, ``restore(snapshot)``
    brings it back under the same id on redo. Returns the id."""
    return snapshot(stack, text, add, remove, restore)


def removed(stack, text: str, remove: Callable[[], Any], restore: Callable[[Any], Any]) -> None:
    """An undoable removal: ``remove()`` returns the snapshot ``restore`` puts back."""
    snapshot(stack, text, remove, restore)


def changed(stack, text: str, apply: Callable[[], Any], revert: Callable[[Any], Any]) -> Any:
    """An undoable change: ``apply()`` returns the old values, ``revert(old)`` writes them back."""
    return snapshot(stack, text, apply, revert)
