"""The people: add, late arrival, edit, delete, check-in and importing a list, undoable.

Shared by the roster (Participants tab) and the groups step's late arrival, so both take
the one late-arrival service and the one undo: ``participants.delete_many`` keeps everything
a person takes along (check-in, choices, group place), ``restore_many`` brings it back
under the same id.
"""

from __future__ import annotations

from pathlib import Path

from sessions import importing, participants
from ui.operations.command import added, changed, removed, snapshot


def _remove_one(store):
    return lambda pid: participants.delete_many(store, [pid])


def add(ctx, label: str, values: dict) -> int:
    """Add someone; redo brings them back under the same id."""
    store = ctx.store
    return added(ctx.undo_stack, label, lambda: participants.add(store, **values),
                 _remove_one(store), lambda snap: participants.restore_many(store, snap))


def add_late_arrival(ctx, label: str, meeting_id: int | None, name: str = "",
                     group_id: int | None = None, **values) -> int:
    """Someone who walked in: added, checked in when check-in is in use, and (from the groups
    step) placed in ``group_id`` with it as their choice: one service call, one undo."""
    store = ctx.store
    if group_id is None:
        def add_them():
            return participants.add_late_arrival(store, meeting_id, name, **values)
    else:
        from sessions import groups

        def add_them():
            return groups.add_late_arrival(store, meeting_id, group_id, **values)
    return added(ctx.undo_stack, label, add_them, _remove_one(store),
                 lambda snap: participants.restore_many(store, snap))


def edit(ctx, label: str, participant_id: int, changes: dict) -> dict:
    """Change someone's fields (undo writes the old values back)."""
    store = ctx.store
    return changed(ctx.undo_stack, label,
                   lambda: participants.update(store, participant_id, **changes),
                   lambda old: participants.update(store, participant_id, **old))


def delete(ctx, label: str, participant_ids: list[int]) -> None:
    """Delete people with all they take along (undo restores it all, same ids)."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: participants.delete_many(store, participant_ids),
            lambda snap: participants.restore_many(store, snap))


def set_present(ctx, label: str, meeting_id: int, participant_ids: list[int],
                present: bool) -> None:
    """Check people in or out as one undoable edit; undo keeps their first check-in times, and
    the undo of a first tick puts 'check-in in use' back as it was."""
    store = ctx.store
    if present:
        was_in_use = participants.checkin_in_use(store, meeting_id)
        snapshot(ctx.undo_stack, label,
                 lambda: participants.check_in_many(store, meeting_id, participant_ids),
                 lambda _none: participants.check_out_many(store, meeting_id, participant_ids,
                                                           in_use=was_in_use),
                 lambda times: participants.check_in_many(store, meeting_id, participant_ids,
                                                          times))
    else:
        changed(ctx.undo_stack, label,
                lambda: participants.check_out_many(store, meeting_id, participant_ids),
                lambda times: participants.check_in_many(store, meeting_id, participant_ids,
                                                         times))


def set_checkin_in_use(ctx, label: str, meeting_id: int, in_use: bool) -> None:
    """Start or stop using check-in at a meeting (the ticks are kept either way)."""
    store = ctx.store
    changed(ctx.undo_stack, label,
            lambda: participants.set_checkin_in_use(store, meeting_id, in_use),
            lambda before: participants.set_checkin_in_use(store, meeting_id, before))


def import_list(ctx, label: str, path: Path, table, mapping, remove_ids=()) -> importing.ImportReport:
    """Import a list as one undoable edit; redo applies the same report with the same ids."""
    store = ctx.store

    def undo(report):
        importing.undo_import(store, report)
        return report
    return snapshot(ctx.undo_stack, label,
                    lambda: importing.import_file(store, path, mapping=mapping, table=table,
                                                  remove_ids=remove_ids),
                    undo, lambda report: importing.redo_import(store, report))
