"""The agenda's plan (sessions.agenda), undoable: add, remove, edit, move and skip a step,
and apply a template. Running the day (start, next, jump…) is not undone; "previous" is its
inverse, so those stay plain service calls on the live day (ui/agenda_model.LiveDay)."""

from __future__ import annotations

from sessions import agenda
from ui.operations.command import added, changed, removed, snapshot


def add_step(ctx, label: str, meeting_id: int, *, after_current: bool = False,
             index: int | None = None, kind: str = "text", title: str = "",
             minutes: int = 10) -> int:
    """Add a step after the running one or at ``index``; redo brings it back under its id."""
    store = ctx.store

    def add() -> int:
        if after_current:
            return agenda.insert_after_current(store, meeting_id, kind, title, minutes=minutes)
        return agenda.add(store, meeting_id, kind, title, minutes=minutes, index=index)
    return added(ctx.undo_stack, label, add, lambda sid: agenda.remove(store, sid),
                 lambda row: agenda.restore(store, row))


def remove_step(ctx, label: str, step_id: int) -> None:
    """Remove a step that is not running; undo brings it back under its id at its place."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: agenda.remove(store, step_id),
            lambda row: agenda.restore(store, row))


def update_step(ctx, label: str, step_id: int, **changes) -> dict:
    """Change a step's fields; undo writes the old values back."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: agenda.update(store, step_id, **changes),
                   lambda old: agenda.update(store, step_id, **old))


def move_step(ctx, label: str, step_id: int, index: int) -> int:
    """Move a step to ``index`` in its meeting's order; undo moves it back."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: agenda.move(store, step_id, index),
                   lambda old: agenda.move(store, step_id, old))


def set_skipped(ctx, label: str, step_id: int, skipped: bool) -> str:
    """Skip a step that is not running (or plan it again); undo puts its old status back."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: agenda.set_skipped(store, step_id, skipped),
                   lambda old: agenda.set_status(store, step_id, old))


def apply_template(ctx, label: str, meeting_id: int, key: str) -> None:
    """Replace a meeting's agenda with a template; undo puts the old agenda back, redo the
    template's steps under the same ids (so a step selected after a redo is the same)."""
    store = ctx.store

    def undo(before: dict) -> dict:
        after = agenda.snapshot(store, meeting_id)
        agenda.replace_all(store, before)
        return after
    snapshot(ctx.undo_stack, label, lambda: agenda.apply_template(store, meeting_id, key), undo,
             lambda after: agenda.replace_all(store, after))
