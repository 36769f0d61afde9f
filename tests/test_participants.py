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


def test_late_arrival_is_split_and_checked_in(tmp_store):
    m = participants.checkin_meeting_id(tmp_store)
    pid = participants.add_late_arrival(tmp_store, "Fatima in 't Veld", m)
    p = participants.get(tmp_store, pid)
    assert (p.first_name, p.prefix, p.last_name) == ("Fatima", "in 't", "Veld")
    assert participants.is_present(tmp_store, m, pid)
