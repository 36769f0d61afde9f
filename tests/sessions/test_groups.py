"""Theme groups on a real file: from chosen questions, choices, forming, locks, absent people."""

from __future__ import annotations

import pytest

from sessions import groups, participants
from sessions.errors import ValidationError
from sessions.store import now_iso


def _questions(store, texts):
    with store.transaction("questions"):
        for i, text in enumerate(texts, start=1):
            store.conn.execute("INSERT INTO question (position, text, chosen_rank, created_at)"
                               " VALUES (?, ?, ?, ?)", (i, text, i, now_iso()))
        store.conn.execute("INSERT INTO question (position, text, created_at) VALUES (9, 'not chosen', ?)",
                           (now_iso(),))


@pytest.fixture
def three(demo_store):
    _questions(demo_store, ["Hoe bouw ik een netwerk buiten mijn eigen afdeling op?",
                            "Hoe neem ik initiatief?", "Hoe blijf ik zichtbaar bij HR en management?"])
    ids = groups.create_from_questions(demo_store)
    return demo_store, ids


def test_one_group_per_chosen_question_with_palette_colours(three):
    store, ids = three
    gs = groups.groups(store)
    assert [g.id for g in gs] == ids and len(ids) == 3
    assert [g.colour for g in gs] == list(groups.PALETTE[:3])
    assert gs[1].name == "Hoe neem ik initiatief"
    assert len(gs[0].name) <= groups.NAME_MAX + 1
    assert gs[0].question_text.startswith("Hoe bouw ik")
    assert groups.create_from_questions(store) == []   # idempotent


def test_rename_remove_and_restore_keep_members_and_actions(three):
    from sessions import actions

    store, ids = three
    pid = participants.all_participants(store)[0].id
    groups.choose(store, pid, 1, ids[0])
    groups.move(store, pid, ids[0])
    aid = actions.add(store, ids[0], "Kenniscafé", owner_id=pid, member_ids=[pid])
    old_name = groups.get(store, ids[0]).name
    assert groups.rename_group(store, ids[0], "  Netwerk  ") == old_name
    assert groups.get(store, ids[0]).name == "Netwerk"
    snap = groups.remove_group(store, ids[0])
    assert ids[0] not in [g.id for g in groups.groups(store)]
    assert actions.actions(store, ids[0]) == []
    groups.restore_group(store, snap)
    assert groups.memberships(store)[pid] == (ids[0], False)
    assert groups.choices(store)[pid] == [ids[0]]
    assert actions.get(store, aid).member_ids == [pid]


def test_choose_moves_a_group_between_ranks(three):
    store, ids = three
    pid = participants.all_participants(store)[0].id
    groups.choose(store, pid, 1, ids[0])
    groups.choose(store, pid, 2, ids[1])
    old = groups.choose(store, pid, 1, ids[1])
    assert old == [ids[0], ids[1]]
    assert groups.choices(store)[pid] == [ids[1]]
    with pytest.raises(ValidationError):
        groups.choose(store, pid, 4, ids[0])


def _choose_all(store, ids):
    everyone = participants.all_participants(store)
    for i, p in enumerate(everyone):
        first = ids[0] if i % 4 else ids[1]
        groups.set_choices(store, p.id, [first, ids[2]])
    return everyone


def test_free_forming_and_undo(three):
    store, ids = three
    everyone = _choose_all(store, ids)
    result, before = groups.form_free(store)
    assert result.first == len(everyone) and result.unplaced == 0
    assert len(groups.members(store, ids[0])) == 60
    groups.restore_memberships(store, before)
    assert groups.memberships(store) == {}


def test_balanced_forming_respects_caps_and_keeps_locked(three):
    store, ids = three
    everyone = _choose_all(store, ids)
    locked_person = everyone[1]                 # first choice ids[0]
    groups.move(store, locked_person.id, ids[1], lock=True)
    groups.set_caps(store, 20, 30)
    result, _before = groups.form_balanced(store)
    sizes = {g: len(groups.members(store, g)) for g in ids}
    assert all(20 <= s <= 30 for s in sizes.values()) and sum(sizes.values()) == 80
    assert groups.memberships(store)[locked_person.id] == (ids[1], True)
    assert result.first == 30 + 20 - 1 + 1 and result.unplaced == 0


def test_infeasible_caps_change_nothing(three):
    store, ids = three
    _choose_all(store, ids)
    groups.set_caps(store, None, 20)
    with pytest.raises(ValidationError) as err:
        groups.form_balanced(store)
    assert err.value.params == {"field": "caps", "reason": "too_many", "people": 80, "capacity": 60}
    assert groups.memberships(store) == {}


def test_absent_people_excluded(three):
    store, ids = three
    everyone = _choose_all(store, ids)
    meeting = participants.checkin_meeting_id(store)
    for p in everyone[:50]:
        participants.check_in(store, meeting, p.id)
    assert groups.absent_count(store) == 30
    result, _ = groups.form_free(store)
    placed = groups.memberships(store)
    assert set(placed) == {p.id for p in everyone[:50]}
    assert len(result.assignment) == 50


def test_late_arrival_added_checked_in_and_placed(three):
    store, ids = three
    meeting = participants.checkin_meeting_id(store)
    first = participants.all_participants(store)[0]
    participants.check_in(store, meeting, first.id)
    pid = groups.add_late_arrival(store, meeting, ids[2], first_name="Laat", last_name="Komer")
    assert participants.is_present(store, meeting, pid)
    assert groups.memberships(store)[pid] == (ids[2], False)
    assert groups.choices(store)[pid] == [ids[2]]
    participants.delete(store, pid)
    assert pid not in groups.memberships(store)


def test_late_arrival_without_checkin_keeps_everyone_present(three):
    store, ids = three
    meeting = participants.checkin_meeting_id(store)
    groups.add_late_arrival(store, meeting, ids[0], first_name="Laat")
    assert groups.absent_count(store) == 0


def test_lock_requires_a_place(three):
    store, ids = three
    pid = participants.all_participants(store)[0].id
    with pytest.raises(ValidationError):
        groups.set_locked(store, pid, True)
    groups.move(store, pid, ids[0])
    assert groups.set_locked(store, pid, True) == {pid: (ids[0], False)}


def test_eight_groups_get_eight_colours(tmp_store):
    """Eight groups of ten are a normal room: the eighth card used to repeat the first orange."""
    for i in range(8):
        groups.add_group(tmp_store, f"Groep {i + 1}")
    colours = [g.colour.upper() for g in groups.groups(tmp_store)]
    assert len(set(colours)) == 8
