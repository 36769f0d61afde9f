"""The room the phone tests share: a trajectory open, its startdag running, a phone hub."""

from __future__ import annotations


def open_day(ctx, store, at: str | None = None):
    """Open ``store`` in ``ctx``, start its startdag (at the first step of kind ``at``) and give
    ``ctx`` a phone hub that is still off. Returns the live day, the meeting id and the hub."""
    from sessions import agenda, trajectory
    from ui.agenda_model import live_day
    from ui.phones.hub import PhoneHub

    ctx.set_store(store)
    live = live_day(ctx)
    mid = trajectory.meeting_of_kind(store, "startdag").id
    live.set_meeting(mid)
    agenda.start(store, mid)
    if at is not None:
        agenda.jump(store, next(s.id for s in agenda.steps(store, mid) if s.kind == at))
    hub = PhoneHub(ctx)
    ctx.phones = hub
    return live, mid, hub
