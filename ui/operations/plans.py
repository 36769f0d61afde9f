"""The groups' action plans (sessions.actions): add, edit, move and delete an action, undoable.

Shared by the actions step and the Actions tab.
"""

from __future__ import annotations

from sessions import actions as plans
from ui.operations.command import added, changed, removed


def add(ctx, label: str, group_id: int, title: str, **values) -> int:
    """Add an action to a group's plan; redo brings it back under the same id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: plans.add(store, group_id, title, **values),
                 lambda aid: plans.delete(store, aid), lambda snap: plans.restore(store, snap))


def delete(ctx, label: str, action_id: int) -> None:
    """Delete an action (undo puts it back under the same id, with its people)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: plans.delete(store, action_id),
            lambda snap: plans.restore(store, snap))


def edit(ctx, label: str, action_id: int, **changes) -> dict:
    """Change an action's fields (undo writes the old values back)."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: plans.update(store, action_id, **changes),
                   lambda old: plans.update(store, action_id, **old))


def move(ctx, label: str, group_id: int, action_id: int, offset: int) -> list[int]:
    """Move an action up or down in its group's plan (undo restores the order)."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: plans.move(store, action_id, offset),
                   lambda old: plans.reorder(store, group_id, old))
