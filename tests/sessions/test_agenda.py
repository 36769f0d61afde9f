"""The agenda domain: templates, editing, navigation with real times, drift with an injected clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions import agenda, trajectory
from sessions.errors import ValidationError

T0 = datetime(2026, 3, 12, 9, 30, 0)


def at(minutes: float) -> datetime:
    """The injected clock: T0 plus some minutes."""
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def startdag(tmp_store):
    """The startdag meeting of a fresh trajectory with the Startdag template applied."""
    m = trajectory.meeting_of_kind(tmp_store, "startdag")
    agenda.apply_template(tmp_store, m.id, "startdag")
    return tmp_store, m.id


def kinds(store, mid):
    return [s.kind for s in agenda.steps(store, mid)]


def statuses(store, mid):
    return [s.status for s in agenda.steps(store, mid)]


def test_startdag_template_has_the_days_steps_in_order(startdag):
    store, mid = startdag
    ks = [k for k in kinds(store, mid) if k != "break"]
    assert ks == ["welcome", "concept", "swot", "questions", "vote", "groups", "actions", "close"]
    titles = {s.kind: s.title for s in agenda.steps(store, mid)}
    assert titles["concept"] == "Netwerken: houding en gedrag"
    assert titles["swot"] == "Persoonlijke SWOT"
    assert titles["questions"] == "Onze vragen"
    assert titles["vote"] == "Stemmen: top 3"
    assert titles["groups"] == "Themagroepen"
    assert titles["actions"] == "Actieplannen"
    assert titles["close"] == "Afsluiting en handouts"
    assert "break" in kinds(store, mid)
    assert all(s.instructions and s.minutes > 0 for s in agenda.steps(store, mid))
    assert set(statuses(store, mid)) == {"planned"}


def test_bouwsessie_and_oogstsessie_templates(tmp_store):
    b = trajectory.meeting_of_kind(tmp_store, "bouwsessie").id
    o = trajectory.meeting_of_kind(tmp_store, "oogstsessie").id
    agenda.apply_template(tmp_store, b, "bouwsessie")
    agenda.apply_template(tmp_store, o, "oogstsessie")
    bs = agenda.steps(tmp_store, b)
    assert [s.kind for s in bs] == ["text"] * 5
    assert [s.title for s in bs][:2] == ["Context", "Bestaande initiatieven"]
    os_ = [s for s in agenda.steps(tmp_store, o) if s.kind != "break"]
    assert [s.kind for s in os_] == ["welcome", "harvest", "concept", "initiatives", "close"]
    reflection = os_[2]
    assert reflection.settings == {"board": "reflection"}
    assert reflection.title == "Wat is gelukt, wat niet, en hoe kwam dat?"


def test_empty_template_clears_and_snapshot_restores(startdag):
    store, mid = startdag
    ids = [s.id for s in agenda.steps(store, mid)]
    snap = agenda.apply_template(store, mid, "empty")
    assert agenda.steps(store, mid) == []
    agenda.replace_all(store, snap)
    assert [s.id for s in agenda.steps(store, mid)] == ids


def test_remove_and_restore_keeps_id_and_position(startdag):
    store, mid = startdag
    before = agenda.steps(store, mid)
    row = agenda.remove(store, before[3].id)
    assert before[3].id not in [s.id for s in agenda.steps(store, mid)]
    agenda.restore(store, row)
    after = agenda.steps(store, mid)
    assert [(s.id, s.title, s.position) for s in after] == [
        (s.id, s.title, s.position) for s in before]


def test_update_returns_old_values_and_rejects_bad_input(startdag):
    store, mid = startdag
    step = agenda.steps(store, mid)[0]
    old = agenda.update(store, step.id, title="Koffie en welkom", minutes=20)
    assert old == {"title": step.title, "minutes": step.minutes}
    assert agenda.get(store, step.id).title == "Koffie en welkom"
    for bad in ({"title": "  "}, {"minutes": -1}, {"minutes": "veel"}, {"kind": "dance"},
                {"colour": "red"}):
        with pytest.raises(ValidationError):
            agenda.update(store, step.id, **bad)
    assert agenda.get(store, step.id).minutes == 20


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=8))
def test_moves_keep_a_permutation_and_undo_restores_order(tmp_path_factory, moves):
    from sessions.store import Store

    path = tmp_path_factory.mktemp("mv") / "m.startdag"
    store = Store.create(path, title="T")
    try:
        mid = trajectory.meeting_of_kind(store, "startdag").id
        agenda.apply_template(store, mid, "startdag")
        original = [s.id for s in agenda.steps(store, mid)]
        undo = []
        for frm, to in moves:
            ids = [s.id for s in agenda.steps(store, mid)]
            sid = ids[frm % len(ids)]
            undo.append((sid, agenda.move(store, sid, to)))
            positions = [s.position for s in agenda.steps(store, mid)]
            assert positions == list(range(len(original)))
        for sid, old in reversed(undo):
            agenda.move(store, sid, old)
        assert [s.id for s in agenda.steps(store, mid)] == original
    finally:
        store.close()


def test_next_records_status_and_real_times(startdag):
    store, mid = startdag
    first = agenda.start(store, mid, now=at(0))
    assert first.kind == "welcome" and first.status == "running"
    assert first.started_at == "2026-03-12T09:30:00"
    second = agenda.next_step(store, mid, now=at(17))
    done = agenda.get(store, first.id)
    assert done.status == "done" and done.ended_at == "2026-03-12T09:47:00"
    assert second.kind == "concept" and second.started_at == "2026-03-12T09:47:00"
    assert agenda.state(store, mid).started_at == "2026-03-12T09:30:00"


def test_skip_the_swot_live_and_ask_for_questions(startdag):
    store, mid = startdag
    agenda.start(store, mid, now=at(0))
    agenda.next_step(store, mid, now=at(15))        # concept
    agenda.next_step(store, mid, now=at(60))        # pauze
    swot = agenda.next_step(store, mid, now=at(75))
    assert swot.kind == "swot"
    questions = agenda.skip_current(store, mid, now=at(80))
    assert questions.kind == "questions"
    swot = agenda.get(store, swot.id)
    assert swot.status == "skipped" and swot.ended_at == "2026-03-12T10:50:00"


def test_skipped_planned_step_is_passed_over_by_next(startdag):
    store, mid = startdag
    steps = agenda.steps(store, mid)
    agenda.set_skipped(store, steps[1].id, True)
    agenda.start(store, mid, now=at(0))
    nxt = agenda.next_step(store, mid, now=at(10))
    assert nxt.id == steps[2].id
    assert agenda.get(store, steps[1].id).started_at is None


def test_previous_resumes_the_step_and_keeps_its_start(startdag):
    store, mid = startdag
    first = agenda.start(store, mid, now=at(0))
    second = agenda.next_step(store, mid, now=at(10))
    back = agenda.previous_step(store, mid, now=at(12))
    assert back.id == first.id and back.status == "running"
    assert back.started_at == "2026-03-12T09:30:00" and back.ended_at is None
    # the 2 minutes spent on step two do not count as step one's time
    assert agenda.elapsed_seconds(back, at(13)) == pytest.approx(11 * 60)
    second = agenda.get(store, second.id)
    assert second.status == "planned"
    again = agenda.next_step(store, mid, now=at(14))
    assert again.id == second.id and again.started_at == "2026-03-12T09:40:00"
    assert agenda.elapsed_seconds(again, at(15)) == pytest.approx(3 * 60)


def test_previous_at_the_first_step_does_nothing(startdag):
    store, mid = startdag
    first = agenda.start(store, mid, now=at(0))
    assert agenda.previous_step(store, mid, now=at(1)) is None
    assert agenda.current(store, mid).id == first.id


def test_insert_after_current_then_next_runs_it(startdag):
    store, mid = startdag
    agenda.start(store, mid, now=at(0))
    concept = agenda.next_step(store, mid, now=at(15))
    new_id = agenda.insert_after_current(store, mid, "questions", "Drie vragen", minutes=20)
    ids = [s.id for s in agenda.steps(store, mid)]
    assert ids[ids.index(concept.id) + 1] == new_id
    assert agenda.next_step(store, mid, now=at(50)).id == new_id


def test_jump_forward_and_back(startdag):
    store, mid = startdag
    steps = agenda.steps(store, mid)
    agenda.start(store, mid, now=at(0))
    agenda.jump(store, steps[4].id, now=at(5))
    assert agenda.get(store, steps[0].id).status == "done"
    assert agenda.get(store, steps[1].id).status == "planned"
    agenda.jump(store, steps[1].id, now=at(9))
    assert agenda.get(store, steps[4].id).status == "planned"
    assert agenda.current(store, mid).id == steps[1].id


def test_last_next_ends_the_meeting_and_previous_reopens(startdag):
    store, mid = startdag
    steps = agenda.steps(store, mid)
    agenda.start(store, mid, now=at(0))
    agenda.jump(store, steps[-1].id, now=at(1))
    assert agenda.next_step(store, mid, now=at(2)) is None
    assert agenda.state(store, mid).ended_at == "2026-03-12T09:32:00"
    assert agenda.previous_step(store, mid, now=at(3)).id == steps[-1].id
    assert agenda.state(store, mid).ended_at is None


def test_countdown_pause_and_extend(startdag):
    store, mid = startdag
    step = agenda.start(store, mid, now=at(0))          # welcome, 15 min
    assert agenda.remaining_seconds(step, at(5)) == 10 * 60
    assert agenda.toggle_pause(store, mid, now=at(5)) is True
    paused = agenda.current(store, mid)
    assert agenda.remaining_seconds(paused, at(9)) == 10 * 60
    assert agenda.toggle_pause(store, mid, now=at(9)) is False
    running = agenda.current(store, mid)
    assert agenda.remaining_seconds(running, at(10)) == 9 * 60
    agenda.extend(store, mid)
    assert agenda.remaining_seconds(agenda.current(store, mid), at(10)) == 14 * 60
    assert agenda.remaining_seconds(agenda.current(store, mid), at(30)) < 0


def test_drift_with_an_injected_clock(startdag):
    store, mid = startdag
    steps = agenda.steps(store, mid)            # welcome 15, concept 45, pauze 15, swot 40
    assert agenda.drift_seconds(store, mid, at(0)) == 0
    agenda.start(store, mid, now=at(0))
    assert agenda.drift_seconds(store, mid, at(10)) == 0            # within the step: on time
    assert agenda.drift_seconds(store, mid, at(20)) == 5 * 60       # 5 min over the welcome
    agenda.next_step(store, mid, now=at(27))                        # welcome took 27 (plan 15)
    assert agenda.drift_seconds(store, mid, at(27)) == 12 * 60      # "12 min behind"
    assert agenda.drift_seconds(store, mid, at(50)) == 12 * 60
    agenda.next_step(store, mid, now=at(57))                        # concept took 30 (plan 45)
    assert agenda.drift_seconds(store, mid, at(57)) == -3 * 60      # 3 min ahead
    assert steps[1].minutes == 45


def test_drift_counts_a_pause_as_lost_time(startdag):
    store, mid = startdag
    agenda.start(store, mid, now=at(0))
    agenda.toggle_pause(store, mid, now=at(5))
    agenda.toggle_pause(store, mid, now=at(12))
    assert agenda.drift_seconds(store, mid, at(12)) == 7 * 60


def test_running_step_cannot_be_removed_nor_template_replaced(startdag):
    store, mid = startdag
    step = agenda.start(store, mid, now=at(0))
    with pytest.raises(ValidationError):
        agenda.remove(store, step.id)
    with pytest.raises(ValidationError):
        agenda.apply_template(store, mid, "empty")
    assert agenda.current(store, mid).id == step.id


def test_reset_run_and_undo(startdag):
    store, mid = startdag
    agenda.start(store, mid, now=at(0))
    agenda.next_step(store, mid, now=at(10))
    snap = agenda.reset_run(store, mid)
    assert set(statuses(store, mid)) == {"planned"}
    assert agenda.state(store, mid).started_at is None
    agenda.replace_all(store, snap)
    assert agenda.state(store, mid).started_at == "2026-03-12T09:30:00"
    assert statuses(store, mid)[:2] == ["done", "running"]
