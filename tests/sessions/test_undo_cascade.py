"""Undoing a delete brings back everything the delete took with it."""

from __future__ import annotations

from sessions import actions, groups, harvest, invariants, participants, swot


def _dump(store) -> dict:
    tables = ["participant", "attendance", "swot_entry", "choice", "membership", "action",
              "action_member", "action_log", "outcome", "signup", "theme_group", "activity"]
    return {t: store.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}


def _world(store):
    """Two people, a group, an action with a log and an outcome, a SWOT and a sign-up."""
    anneke = participants.add(store, first_name="Anneke", prefix="de", last_name="Rijk")
    sukru = participants.add(store, first_name="Şükrü", last_name="Yılmaz")
    meeting = participants.checkin_meeting_id(store)
    participants.check_in(store, meeting, anneke)
    group = groups.add_group(store, "Kennis delen", question_text="Hoe delen wij kennis?")
    groups.move(store, anneke, group, lock=True)
    groups.move(store, sukru, group)
    groups.choose(store, anneke, 1, group)
    action = actions.add(store, group, "Kenniscafé", owner_id=anneke, member_ids=[sukru])
    harvest.add_log(store, action, date="2026-05-01", text="Eerste café gehouden",
                    status="in_progress")
    harvest.set_outcome(store, action, "achieved", "Zes keer gehouden", tags=["anders opgelost"])
    swot.set_text(store, anneke, "S", "Verbinden")
    activity = harvest.add_activity(store, title="Intervisie", capacity=6)
    harvest.sign_up(store, activity, anneke)
    return anneke, group, action


def test_undo_of_deleting_a_participant_restores_all_they_took_along(tmp_store):
    anneke, _, action = _world(tmp_store)
    before = _dump(tmp_store)
    snapshot = participants.delete_many(tmp_store, [anneke])
    assert actions.get(tmp_store, action).owner_id is None
    assert tmp_store.scalar("SELECT COUNT(*) FROM signup") == 0
    participants.restore_many(tmp_store, snapshot)
    assert _dump(tmp_store) == before
    assert invariants.problems(tmp_store) == []


def test_undo_of_deleting_an_action_restores_its_log_and_outcome(tmp_store):
    _, _, action = _world(tmp_store)
    before = _dump(tmp_store)
    snap = actions.delete(tmp_store, action)
    assert tmp_store.scalar("SELECT COUNT(*) FROM outcome") == 0
    actions.restore(tmp_store, snap)
    assert _dump(tmp_store) == before


def test_undo_of_removing_a_group_restores_its_actions_outcomes_and_members(tmp_store):
    _, group, _ = _world(tmp_store)
    before = _dump(tmp_store)
    snap = groups.remove_group(tmp_store, group)
    assert tmp_store.scalar("SELECT COUNT(*) FROM action_log") == 0
    groups.restore_group(tmp_store, snap)
    assert _dump(tmp_store) == before
