"""Theme groups: choices, groups, forming and locks (sessions.groups), undoable.

The late arrival at the groups step is :func:`ui.operations.participants.add_late_arrival`
with a group: the same service and the same undo as the roster's.
"""

from __future__ import annotations

from collections.abc import Callable

from sessions import groups
from ui.operations.command import added, changed, removed, snapshot


def choose(ctx, label: str, participant_id: int, rank: int, group_id: int | None) -> list[int]:
    """Set someone's choice at ``rank`` (undo puts their old choices back)."""
    store = ctx.store
    return changed(ctx.undo_stack, label,
                   lambda: groups.choose(store, participant_id, rank, group_id),
                   lambda before: groups.set_choices(store, participant_id, list(before)))


def add_group(ctx, label: str, name: str) -> int:
    """A new group at the end; redo brings it back under the same id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: groups.add_group(store, name),
                 lambda gid: groups.remove_group(store, gid),
                 lambda snap: groups.restore_group(store, snap))


def remove_group(ctx, label: str, group_id: int) -> None:
    """Remove a group; its members become unplaced (undo brings it all back)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: groups.remove_group(store, group_id),
            lambda snap: groups.restore_group(store, snap))


def from_questions(ctx, label: str) -> list[int]:
    """One group per chosen question that has none yet; return the new ids (maybe none)."""
    store = ctx.store

    def remove_all(ids):
        snaps = [groups.remove_group(store, gid) for gid in reversed(ids)]
        snaps.reverse()
        return snaps

    def restore_all(snaps):
        for snap in snaps:
            groups.restore_group(store, snap)
    return added(ctx.undo_stack, label, lambda: groups.create_from_questions(store), remove_all,
                 restore_all)


def form(ctx, label: str, former: Callable[[], tuple], old_caps: dict | None = None,
         caps: tuple | None = None):
    """Form the groups with ``former`` (it returns the result and the memberships before);
    undo puts the memberships (and the group sizes) back, redo the formed ones. Returns the
    result."""
    store = ctx.store

    def do():
        result, before = former()
        return {"result": result, "before": before, "after": groups.snapshot(store)}

    def undo(done):
        groups.restore_memberships(store, done["before"])
        if old_caps is not None:
            groups.restore_caps(store, old_caps)
        return done

    def redo(done):
        if caps is not None:
            groups.set_caps(store, *caps)
        groups.restore_memberships(store, done["after"])
    return snapshot(ctx.undo_stack, label, do, undo, redo)["result"]


def set_memberships(ctx, label: str, changes: dict) -> dict:
    """Place, move or lock people (undo puts their old places back)."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: groups.set_memberships(store, changes),
                   lambda before: groups.set_memberships(store, dict(before)))
