"""A step's remembered view (which group, which view the wall shows): kept in the step's
settings as the facilitator chooses it. Not an undoable edit (like a scroll position), but a
write all the same, so it happens here, on the facilitator's choice, never on a model reset
or when a page is built."""

from __future__ import annotations

from sessions import agenda


def remember(ctx, step_id: int, **settings) -> None:
    """Merge ``settings`` into the step's settings when they differ (one transaction)."""
    store = ctx.store
    step = agenda.find(store, step_id) if store is not None and step_id else None
    if step is None or ctx.read_only:
        return
    new = {**step.settings, **settings}
    if new != step.settings:
        agenda.update(store, step_id, settings=new)
