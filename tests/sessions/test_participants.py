"""Participants: Dutch names and order, editing, and check-in per meeting."""

from __future__ import annotations

import pytest

from sessions import participants, trajectory
from sessions.errors import ValidationError


def _add(store, first, prefix, last, **kw):
    return participants.add(store, first_name=first, prefix=prefix, last_name=last, **kw)


def test_dutch_sort_order_ignores_the_tussenvoegsel(tmp_store):
    _add(tmp_store, "Jan", "van der", "Wijk")
    _add(tmp_store, "Anneke", "de", "Rijk")
    _add(tmp_store, "Bram", "", "Ottens")
    _add(tmp_store, "Willem", "", "Aalders")
    _add(tmp_store, "Şükrü", "", "Yılmaz")
    _add(tmp_store, "Els", "", "Vos")
    assert [p.display_name for p in participants.all_participants(tmp_store)] == [
        "Willem Aalders", "Bram Ottens", "Anneke de Rijk", "Els Vos", "Jan van der Wijk",
        "Şükrü Yılmaz"]


def test_fold_matches_without_accents():
    assert participants.fold("Şükrü Yılmaz") == "sukru yilmaz"


def test_add_update_delete_restore(tmp_store):
    pid = _add(tmp_store, "Anneke", "de", "Rijk", area="Beleid")
    old = participants.update(tmp_store, pid, area="ICT", role="Coach")
    assert old == {"area": "Beleid", "role": ""}
    values = participants.get(tmp_store, pid).values()
    participants.delete(tmp_store, pid)
    assert participants.count(tmp_store) == 0
    participants.restore(tmp_store, pid, values)
    assert participants.get(tmp_store, pid).area == "ICT"


def test_a_name_is_required(tmp_store):
    with pytest.raises(ValidationError):
        participants.add(tmp_store, email="x@y.nl")
    pid = _add(tmp_store, "A", "", "")
    with pytest.raises(ValidationError):
        participants.update(tmp_store, pid, first_name="")
    assert participants.get(tmp_store, pid).first_name == "A"


def test_checkin_meeting_is_the_startdag(tmp_store):
    assert participants.checkin_meeting_id(tmp_store) == trajectory.meeting_of_kind(
        tmp_store, "startdag").id


def test_checkin_meeting_falls_back_to_the_first(tmp_path):
    from sessions.store import Store

    store = Store.create(tmp_path / "x.startdag", title="X",
                         meetings=[{"kind": "oogstsessie"}, {"kind": "bouwsessie"}])
    try:
        assert participants.checkin_meeting_id(store) == trajectory.meetings(store)[0].id
    finally:
        store.close()


def test_check_in_and_out(tmp_store):
    a = _add(tmp_store, "Anneke", "de", "Rijk")
    b = _add(tmp_store, "Bram", "", "Ottens")
    m = participants.checkin_meeting_id(tmp_store)
    heard = []
    tmp_store.subscribe(heard.append)
    assert participants.present_ids(tmp_store, m) == {a, b}   # nobody checked in: all count
    assert participants.check_in(tmp_store, m, a) is True
    assert participants.check_in(tmp_store, m, a) is False
    assert heard[0] == "attendance"
    assert participants.is_present(tmp_store, m, a) and not participants.is_present(tmp_store, m, b)
    assert participants.present_ids(tmp_store, m) == {a}
    at = participants.check_out(tmp_store, m, a)
    assert at and participants.check_out(tmp_store, m, a) is None
    # check-in stays in use until it is stopped: nobody is ticked, so nobody is present
    assert participants.checkin_in_use(tmp_store, m)
    assert participants.present_ids(tmp_store, m) == set()
    assert participants.set_checkin_in_use(tmp_store, m, False) is True
    assert participants.present_ids(tmp_store, m) == {a, b}


def test_check_in_is_per_meeting(tmp_store):
    a = _add(tmp_store, "Anneke", "de", "Rijk")
    b = _add(tmp_store, "Bram", "", "Ottens")
    first, second = (m.id for m in trajectory.meetings(tmp_store)[:2])
    participants.check_in(tmp_store, first, a)
    participants.check_in(tmp_store, second, b)
    assert participants.present_ids(tmp_store, first) == {a}
    assert participants.present_ids(tmp_store, second) == {b}


def test_deleting_a_participant_drops_their_check_in(tmp_store):
    a = _add(tmp_store, "Anneke", "de", "Rijk")
    b = _add(tmp_store, "Bram", "", "Ottens")
    m = participants.checkin_meeting_id(tmp_store)
    participants.check_in(tmp_store, m, a)
    participants.check_in(tmp_store, m, b)
    participants.delete(tmp_store, a)
    assert participants.checked_in_ids(tmp_store, m) == {b}


def test_check_in_unknown_participant_is_refused(tmp_store):
    m = participants.checkin_meeting_id(tmp_store)
    with pytest.raises(ValidationError):
        participants.check_in(tmp_store, m, 999)


def test_delete_many_and_restore_keep_ids_and_check_ins(tmp_store):
    a = _add(tmp_store, "Anneke", "de", "Rijk", email="a@org.nl")
    b = _add(tmp_store, "Bram", "", "Ottens")
    m = participants.checkin_meeting_id(tmp_store)
    participants.check_in(tmp_store, m, a, at="2026-03-12T09:01:00")
    snaps = participants.delete_many(tmp_store, [a, b])
    assert participants.count(tmp_store) == 0
    participants.restore_many(tmp_store, snaps)
    assert participants.get(tmp_store, a).email == "a@org.nl"
    assert participants.checked_in_at(tmp_store, m, a) == "2026-03-12T09:01:00"
    assert participants.checked_in_ids(tmp_store, m) == {a}
    assert b in {p.id for p in participants.all_participants(tmp_store)}


def test_late_arrival_is_split_and_checked_in_when_check_in_is_in_use(tmp_store):
    m = participants.checkin_meeting_id(tmp_store)
    a = _add(tmp_store, "Anneke", "de", "Rijk")
    participants.check_in(tmp_store, m, a)
    pid = participants.add_late_arrival(tmp_store, m, "Fatima in 't Veld")
    p = participants.get(tmp_store, pid)
    assert (p.first_name, p.prefix, p.last_name) == ("Fatima", "in 't", "Veld")
    assert participants.is_present(tmp_store, m, pid)
    assert participants.present_ids(tmp_store, m) == {a, pid}


def test_one_late_arrival_on_a_day_without_check_in_leaves_everyone_present(tmp_store):
    """Issue 14.1: a late arrival used to check in and so make all the others absent."""
    from sessions import questions

    m = participants.checkin_meeting_id(tmp_store)
    people = [_add(tmp_store, f"P{i}", "", "Test") for i in range(11)]
    pid = participants.add_late_arrival(tmp_store, m, "Laat Komer")
    assert not participants.checkin_in_use(tmp_store, m)
    assert participants.present_ids(tmp_store, m) == {*people, pid}
    assert participants.attendance_counts(tmp_store, m) == (12, 12)
    assert questions.voter_count(tmp_store, m) == 12


def test_both_late_arrival_paths_follow_the_same_rule(tmp_store):
    from sessions import groups

    m = participants.checkin_meeting_id(tmp_store)
    _add(tmp_store, "Anneke", "de", "Rijk")
    a = participants.add_late_arrival(tmp_store, m, "Een Laat")
    b = groups.add_late_arrival(tmp_store, m, None, first_name="Twee", last_name="Laat")
    assert not participants.is_present(tmp_store, m, a)
    assert not participants.is_present(tmp_store, m, b)
    participants.set_checkin_in_use(tmp_store, m, True)
    c = participants.add_late_arrival(tmp_store, m, "Drie Laat")
    d = groups.add_late_arrival(tmp_store, m, None, first_name="Vier", last_name="Laat")
    assert participants.present_ids(tmp_store, m) == {c, d}


def test_check_in_in_use_is_per_meeting_and_stops_without_losing_ticks(tmp_store):
    first, second = (m.id for m in trajectory.meetings(tmp_store)[:2])
    a = _add(tmp_store, "Anneke", "de", "Rijk")
    b = _add(tmp_store, "Bram", "", "Ottens")
    participants.check_in(tmp_store, first, a)
    assert participants.checkin_in_use(tmp_store, first)
    assert not participants.checkin_in_use(tmp_store, second)
    assert participants.present_ids(tmp_store, second) == {a, b}
    participants.set_checkin_in_use(tmp_store, first, False)
    assert participants.present_ids(tmp_store, first) == {a, b}
    participants.set_checkin_in_use(tmp_store, first, True)
    assert participants.present_ids(tmp_store, first) == {a}


def test_a_file_that_had_check_ins_keeps_check_in_in_use_after_migration(tmp_path):
    import sqlite3

    from sessions.store import Store

    path = tmp_path / "old.startdag"
    store = Store.create(path, title="Oud")
    m = participants.checkin_meeting_id(store)
    a = _add(store, "Anneke", "de", "Rijk")
    _add(store, "Bram", "", "Ottens")
    participants.check_in(store, m, a, at="2026-03-12T09:01:00")
    store.close()
    from sessions.schema import V5
    from sessions.store import _statements

    conn = sqlite3.connect(path)   # the file as it was before V5: no check-in table
    conn.execute("DROP TABLE checkin")
    for statement in _statements(V5):   # what the migration runs
        conn.execute(statement)
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert participants.checkin_in_use(store, m)
        assert participants.present_ids(store, m) == {a}
    finally:
        store.close()
