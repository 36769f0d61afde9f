"""The concept board: items and columns (sessions.boards), undoable."""

from __future__ import annotations

from sessions import boards
from ui.operations.command import added, changed, removed


def add_item(ctx, label: str, column_id: int, item: str) -> int:
    """Add an item at the end of a column; return its id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: boards.add_item(store, column_id, item),
                 lambda item_id: boards.delete_item(store, item_id),
                 lambda snap: boards.restore_item(store, snap))


def delete_item(ctx, label: str, item_id: int) -> None:
    """Delete an item (undo puts it back where it was)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: boards.delete_item(store, item_id),
            lambda snap: boards.restore_item(store, snap))


def move_item(ctx, label: str, item_id: int, column_id: int, index: int) -> None:
    """Move an item to ``index`` in ``column_id`` (undo: back to where it was)."""
    store = ctx.store
    changed(ctx.undo_stack, label, lambda: boards.move_item(store, item_id, column_id, index),
            lambda at: boards.move_item(store, item_id, *at))


def move_column(ctx, label: str, column_id: int, index: int, old_index: int) -> None:
    """Move a column to ``index`` (undo: back to ``old_index``)."""
    store = ctx.store
    changed(ctx.undo_stack, label, lambda: boards.move_column(store, column_id, index),
            lambda _new: boards.move_column(store, column_id, old_index))


def add_column(ctx, label: str, board_id: int, title: str) -> int:
    """Add a column at the right; return its id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: boards.add_column(store, board_id, title),
                 lambda cid: boards.remove_column(store, cid),
                 lambda snap: boards.restore_column(store, snap))


def remove_column(ctx, label: str, column_id: int) -> None:
    """Remove a column with its items (undo brings both back)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: boards.remove_column(store, column_id),
            lambda snap: boards.restore_column(store, snap))


def set_up_board(ctx, label: str, key: str) -> int:
    """Make the board ``key`` with its default columns (a file from before boards were made
    with their step); undo removes it again while it is still empty."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: boards.ensure_board(store, key),
                 lambda board_id: boards.remove_empty_board(store, board_id),
                 lambda snap: boards.ensure_board(store, key))
