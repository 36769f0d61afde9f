"""The action log (sessions.harvest.logbook): updates, support requests and answers, undoable."""

from __future__ import annotations

from sessions import harvest
from ui.operations.command import added, removed


def add_entry(ctx, label: str, action_id: int, **values) -> int:
    """Log an entry (and its status change); redo brings it back under the same id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: harvest.add_log(store, action_id, **values),
                 lambda log_id: harvest.remove_log(store, log_id),
                 lambda entry: harvest.restore_log(store, entry))


def remove_entry(ctx, label: str, log_id: int) -> None:
    """Remove a log entry; its status change is undone too (undo restores both)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: harvest.remove_log(store, log_id),
            lambda entry: harvest.restore_log(store, entry))
