"""The harvest's activities and their sign-ups (sessions.harvest.activities), undoable."""

from __future__ import annotations

from sessions import harvest
from ui.operations.command import added, changed, removed, snapshot


def add(ctx, label: str, **values) -> int:
    """Create an activity; redo brings it back under the same id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: harvest.add_activity(store, **values),
                 lambda aid: harvest.delete_activity(store, aid),
                 lambda saved: harvest.restore_activity(store, *saved))


def edit(ctx, label: str, activity_id: int, new: dict, old: dict) -> None:
    """Change an activity's details (undo writes ``old`` back)."""
    store = ctx.store
    changed(ctx.undo_stack, label, lambda: harvest.update_activity(store, activity_id, **new),
            lambda _none: harvest.update_activity(store, activity_id, **old))


def remove(ctx, label: str, activity_id: int) -> None:
    """Remove an activity with its list (undo brings both back)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: harvest.delete_activity(store, activity_id),
            lambda saved: harvest.restore_activity(store, *saved))


def sign_up(ctx, label: str, activity_id: int, participant_id: int, waiting: bool):
    """Sign someone up (onto the waiting list when ``waiting``); return the sign-up. Undo
    withdraws them, redo puts the same entry back (same place in the queue)."""
    store = ctx.store
    return snapshot(
        ctx.undo_stack, label,
        lambda: harvest.sign_up(store, activity_id, participant_id, waiting_list=waiting),
        lambda _entry: harvest.withdraw(store, activity_id, participant_id),
        lambda entry: harvest.restore_signup(store, entry))


def withdraw(ctx, label: str, activity_id: int, participant_id: int) -> None:
    """Take someone off the list; the first waiting moves up (undo puts them back)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: harvest.withdraw(store, activity_id, participant_id),
            lambda entry: harvest.restore_signup(store, entry))
