"""Action plans on a real file: add with owner and members, edit, delete/restore, order, after_kickoff."""

from __future__ import annotations

from datetime import date

import pytest

from sessions import actions, groups, participants
from sessions.errors import ValidationError


@pytest.fixture
def group(demo_store):
    gid = groups.add_group(demo_store, "Netwerk")
    return demo_store, gid


def test_add_with_owner_members_and_dates(group):
    store, gid = group
    a, b = [p.id for p in participants.all_participants(store)[:2]]
    aid = actions.add(store, gid, "Kenniscafé over netwerken", kind="kenniscafe", owner_id=a,
                      member_ids=[b, b], start_date="2026-04-01", due_date="2026-05-01",
                      support="Een zaal", status="planned", today=date(2026, 3, 12))
    got = actions.get(store, aid)
    assert (got.title, got.kind, got.owner_id, got.member_ids, got.status) == (
        "Kenniscafé over netwerken", "kenniscafe", a, [b], "planned")
    assert got.after_kickoff == 0


def test_after_kickoff_by_date_and_by_ended_meeting(group):
    store, gid = group
    late = actions.add(store, gid, "Later", today=date(2026, 3, 13))
    assert actions.get(store, late).after_kickoff == 1
    meeting = participants.checkin_meeting_id(store)
    with store.transaction("meetings"):
        store.conn.execute("INSERT INTO meeting_run (meeting_id, started_at, ended_at)"
                           " VALUES (?, '2026-03-12T09:00', '2026-03-12T16:00')", (meeting,))
    same_day = actions.add(store, gid, "Zelfde dag, na afloop", today=date(2026, 3, 12))
    assert actions.get(store, same_day).after_kickoff == 1


@pytest.mark.parametrize("bad", [{"title": " "}, {"status": "maybe"}, {"due_date": "31-12-2026"},
                                 {"start_date": "2026-05-01", "due_date": "2026-04-01"}])
def test_bad_input_changes_nothing(group, bad):
    store, gid = group
    values = {"title": "Iets", **bad}
    with pytest.raises(ValidationError):
        actions.add(store, gid, **values)
    assert actions.actions(store, gid) == []


def test_update_returns_old_values_for_undo(group):
    store, gid = group
    a = participants.all_participants(store)[0].id
    aid = actions.add(store, gid, "Intervisie")
    old = actions.update(store, aid, status="done", owner_id=a, member_ids=[a])
    assert old == {"status": "idea", "owner_id": None, "member_ids": []}
    actions.update(store, aid, **old)
    got = actions.get(store, aid)
    assert (got.status, got.owner_id, got.member_ids) == ("idea", None, [])


def test_delete_restore_same_id_and_reorder(group):
    store, gid = group
    ids = [actions.add(store, gid, t) for t in ("A", "B", "C")]
    snap = actions.delete(store, ids[1])
    assert [a.title for a in actions.actions(store, gid)] == ["A", "C"]
    actions.restore(store, snap)
    assert [a.id for a in actions.actions(store, gid)] == ids
    old = actions.move(store, ids[2], -2)
    assert [a.title for a in actions.actions(store, gid)] == ["C", "A", "B"]
    actions.reorder(store, gid, old)
    assert [a.id for a in actions.actions(store, gid)] == ids
