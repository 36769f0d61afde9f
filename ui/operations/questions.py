"""The room's questions: add, delete, move, merge and split (sessions.questions), undoable.

Each builder takes the open context and the undo text the page words in its own tr()
context, runs one service call as a snapshot command and returns what the service returned.
"""

from __future__ import annotations

from sessions import questions
from ui.operations.command import added, changed, removed


def add(ctx, label: str, question: str) -> int:
    """Add a question at the end; redo brings it back under the same id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: questions.add(store, question),
                 lambda qid: questions.delete(store, qid),
                 lambda snap: questions.restore(store, snap))


def delete(ctx, label: str, question_id: int) -> None:
    """Delete a question (undo restores it with its votes and merged originals)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: questions.delete(store, question_id),
            lambda snap: questions.restore(store, snap))


def move(ctx, label: str, question_id: int, index: int, old_index: int) -> None:
    """Move a question to ``index`` (undo: back to ``old_index``)."""
    store = ctx.store
    changed(ctx.undo_stack, label, lambda: questions.move(store, question_id, index),
            lambda _new: questions.move(store, question_id, old_index))


def merge(ctx, label: str, keep_id: int, other_ids: list[int], new_text: str | None) -> list[dict]:
    """Merge ``other_ids`` into ``keep_id`` (undo restores every merged question as it was)."""
    store = ctx.store
    return changed(ctx.undo_stack, label,
                   lambda: questions.merge(store, keep_id, other_ids, new_text),
                   lambda before: questions.restore_state(store, before))


def split(ctx, label: str, keep_id: int, ids: list[int] | None) -> list[dict]:
    """Take ``ids`` (all when None) off their kept question."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: questions.unmerge(store, keep_id, ids),
                   lambda before: questions.restore_state(store, before))
