"""The trajectory's details and meetings (sessions.trajectory), undoable."""

from __future__ import annotations

from sessions import trajectory
from ui.operations.command import changed


def edit_details(ctx, label: str, details: dict, meetings: dict[int, dict]) -> None:
    """Change the details and the meetings' dates and venues as one edit; undo puts them back."""
    store = ctx.store
    changed(ctx.undo_stack, label, lambda: trajectory.edit_details(store, details, meetings),
            lambda old: trajectory.edit_details(store, *old))
