"""Action plans on a real file: add with owner and members, edit, delete/restore, order, after_kickoff."""

from __future__ import annotations

from datetime import datetime

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
                      support="Een zaal", status="planned", at=datetime(2026, 3, 12, 11))
    got = actions.get(store, aid)
    assert (got.title, got.kind, got.owner_id, got.member_ids, got.status) == (
        "Kenniscafé over netwerken", "kenniscafe", a, [b], "planned")
    assert got.after_kickoff == 0


def _run(store, kind, started, ended=None):
    from sessions import trajectory

    meeting = trajectory.meeting_of_kind(store, kind)
    with store.transaction("agenda"):
        store.conn.execute("INSERT OR REPLACE INTO meeting_run (meeting_id, started_at, ended_at)"
                           " VALUES (?, ?, ?)", (meeting.id, started, ended))


def test_typed_up_after_the_date_is_still_the_startdag(group):
    """The demo's startdag is 12-03-2026; actions typed up later, while the day was never
    ended and the next meeting has not started, are the startdag's plan (was: all 'added')."""
    store, gid = group
    ids = [actions.add(store, gid, t, at=datetime(2026, 3, d, 10))
           for t, d in (("Op de dag", 12), ("Uitgewerkt", 13), ("Nog later", 25))]
    assert [actions.get(store, i).after_kickoff for i in ids] == [0, 0, 0]
    assert actions.after_kickoff_ids(store) == set()
    from sessions import harvest

    assert harvest.totals(store)[1].added == 0 and harvest.totals(store)[1].planned == 3


def test_added_after_the_startdag_ended(group):
    store, gid = group
    _run(store, "startdag", "2026-03-12T09:00:00", "2026-03-12T16:00:00")
    during = actions.add(store, gid, "Tijdens de dag", at=datetime(2026, 3, 12, 15, 30))
    after = actions.add(store, gid, "Na afloop", at=datetime(2026, 3, 12, 16, 5))
    assert actions.get(store, during).after_kickoff == 0
    assert actions.get(store, after).after_kickoff == 1
    assert actions.after_kickoff_ids(store) == {after}
    assert [a.after_kickoff for a in actions.actions(store, gid)] == [0, 1]


def test_a_startdag_never_ended_ends_when_the_next_meeting_starts(group):
    store, gid = group
    _run(store, "startdag", "2026-03-12T09:00:00")          # nobody pressed "end"
    typed = actions.add(store, gid, "Uitgewerkt in april", at=datetime(2026, 4, 2, 9))
    assert actions.kickoff_end(store) is None
    _run(store, "oogstsessie", "2026-09-10T13:00:00")
    late = actions.add(store, gid, "Op de oogstsessie", at=datetime(2026, 9, 10, 14))
    assert actions.kickoff_end(store) == "2026-09-10T13:00:00"
    assert (actions.get(store, typed).after_kickoff, actions.get(store, late).after_kickoff) == (0, 1)
    # a meeting before the startdag (the bouwsessie) never ends it
    _run(store, "bouwsessie", "2026-02-19T09:00:00")
    assert actions.kickoff_end(store) == "2026-09-10T13:00:00"


def test_the_mark_by_hand_wins_and_undoes(group):
    store, gid = group
    _run(store, "startdag", "2026-03-12T09:00:00", "2026-03-12T16:00:00")
    aid = actions.add(store, gid, "Uitgewerkt na afloop", at=datetime(2026, 3, 13, 9))
    assert actions.get(store, aid).after_kickoff == 1
    assert actions.set_after_mark(store, aid, False) is None
    assert actions.get(store, aid).after_kickoff == 0
    assert actions.set_after_mark(store, aid, True) == 0
    assert actions.after_kickoff_ids(store) == {aid}
    assert actions.set_after_mark(store, aid, None) == 1       # undo to "by the times"
    assert actions.get(store, aid).after_mark is None
    # the mark survives delete and restore
    actions.set_after_mark(store, aid, False)
    snap = actions.delete(store, aid)
    actions.restore(store, snap)
    assert (actions.get(store, aid).after_mark, actions.get(store, aid).after_kickoff) == (0, 0)


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


def test_v8_adds_the_mark_to_an_old_file_after_a_backup(tmp_path):
    """The committed v1 file and a v7 file whose action was flagged by the old calendar rule."""
    import shutil
    import sqlite3
    from pathlib import Path

    from sessions import store as store_mod
    from sessions.schema import APPLICATION_ID, MIGRATIONS, V8
    from sessions.store import Store

    v1 = tmp_path / "v1.startdag"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "v1.startdag", v1)
    s = Store.open(v1)
    try:
        assert s.migrated_from == 1 and "v1-before-migration" in s.backup_path.name
        cols = {r["name"] for r in s.query("PRAGMA table_info(action)")}
        assert "after_mark" in cols
        assert actions.after_kickoff_ids(s) == set()
    finally:
        s.close()

    old = MIGRATIONS.index(V8)
    path = tmp_path / "v7.startdag"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for script in MIGRATIONS[:old]:
        for statement in store_mod._statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {old}")
    conn.execute("INSERT INTO trajectory (id, title, created_at) VALUES (1, 'Oud', '2026-03-01')")
    conn.execute("INSERT INTO meeting (id, kind, title, date, position)"
                 " VALUES (1, 'startdag', 'Startdag', '2026-03-12', 1)")
    conn.execute("INSERT INTO theme_group (id, position, name, colour) VALUES (1, 1, 'G', '#000')")
    conn.execute("INSERT INTO action (group_id, position, title, after_kickoff, created_at)"
                 " VALUES (1, 1, 'Uitgewerkt op 13 maart', 1, '2026-03-13T10:00:00')")
    conn.close()
    s = Store.open(path)
    try:
        assert s.migrated_from == old and "before-migration" in s.backup_path.name
        (a,) = actions.actions(s)
        assert (a.after_mark, a.after_kickoff) == (None, 0)
    finally:
        s.close()
