"""Change records of the agenda, the trajectory and the learning-culture services: each names
the ids it inserted, updated and deleted (issue 16, item 1), so models update only those rows.
An import (a whole list) asks for a reload."""

from __future__ import annotations

from datetime import datetime

import pytest

from sessions import (
    agenda,
    budget,
    experiments,
    expertise,
    intake,
    intervisie,
    pairs,
    participants,
    trajectory,
)
from sessions.changes import Topic

T0 = datetime(2026, 3, 12, 9, 0)


def _records(store):
    records = []
    store.subscribe_changes(records.append)
    return records


@pytest.fixture
def meeting(tmp_store):
    return trajectory.meeting_of_kind(tmp_store, "startdag").id


# ---------------------------------------------------------------- agenda


def test_agenda_plan_edits_name_their_steps(tmp_store, meeting):
    a = agenda.add(tmp_store, meeting, "text", "Een")
    b = agenda.add(tmp_store, meeting, "text", "Twee")
    rec = _records(tmp_store)
    c = agenda.add(tmp_store, meeting, "text", "Nul", index=0)
    # the new step, and the two whose place moved down
    assert rec[-1].of(Topic.AGENDA).inserted == {c}
    assert rec[-1].of(Topic.AGENDA).updated == {a, b}
    agenda.update(tmp_store, b, title="Twee!")
    assert rec[-1].of(Topic.AGENDA).updated == {b} and rec[-1].listed(Topic.AGENDA)
    agenda.move(tmp_store, b, 0)
    assert rec[-1].of(Topic.AGENDA).updated == {a, b, c}
    agenda.move(tmp_store, b, 1)
    assert rec[-1].of(Topic.AGENDA).updated == {b, c}
    old = agenda.set_skipped(tmp_store, a, True)
    assert rec[-1].of(Topic.AGENDA).updated == {a}
    agenda.set_status(tmp_store, a, old)
    assert rec[-1].of(Topic.AGENDA).updated == {a}
    row = agenda.remove(tmp_store, c)
    assert rec[-1].of(Topic.AGENDA).deleted == {c}
    agenda.restore(tmp_store, row)
    assert rec[-1].of(Topic.AGENDA).inserted == {c}
    assert not any(r.of(Topic.AGENDA) is None for r in rec)   # never a reload


def test_running_the_day_names_the_steps_and_the_run(tmp_store, meeting):
    a = agenda.add(tmp_store, meeting, "text", "Een")
    b = agenda.add(tmp_store, meeting, "text", "Twee")
    rec = _records(tmp_store)
    agenda.start(tmp_store, meeting, T0)
    assert rec[-1].of(Topic.AGENDA).updated == {a}
    assert rec[-1].of(agenda.RUNS).updated == {meeting}
    agenda.next_step(tmp_store, meeting, T0)
    assert rec[-1].of(Topic.AGENDA).updated == {a, b}
    agenda.toggle_pause(tmp_store, meeting, T0)
    assert rec[-1].of(Topic.AGENDA).updated == {b} and rec[-1].of(agenda.RUNS) is None
    agenda.extend(tmp_store, meeting, 5)
    assert rec[-1].of(Topic.AGENDA).updated == {b}
    agenda.previous_step(tmp_store, meeting, T0)
    assert rec[-1].of(Topic.AGENDA).updated == {a, b}
    agenda.jump(tmp_store, b, T0)
    assert rec[-1].of(Topic.AGENDA).updated == {a, b}
    agenda.reset_run(tmp_store, meeting)
    assert rec[-1].of(Topic.AGENDA).updated == {a, b}
    assert rec[-1].of(agenda.RUNS).updated == {meeting}


def test_a_template_replaces_the_steps_by_id_and_its_undo_brings_them_back(tmp_store, meeting):
    a = agenda.add(tmp_store, meeting, "text", "Eigen stap")
    rec = _records(tmp_store)
    snap = agenda.apply_template(tmp_store, meeting, "bouwsessie")
    new = {s.id for s in agenda.steps(tmp_store, meeting)}
    # an id SQLite hands out again is the same row changed, for a listener
    ids = rec[-1].of(Topic.AGENDA)
    assert ids.deleted == {a} - new and ids.inserted | ids.updated == new
    assert ids.updated == {a} & new
    agenda.replace_all(tmp_store, snap)
    ids = rec[-1].of(Topic.AGENDA)
    assert ids.deleted == new - {a} and ids.inserted | ids.updated == {a}


# ---------------------------------------------------------------- trajectory


def test_trajectory_and_meetings_name_what_changed(tmp_store, meeting):
    rec = _records(tmp_store)
    trajectory.update(tmp_store, title="Nieuw")
    assert rec[-1].topics == [Topic.TRAJECTORY]
    assert rec[-1].of(Topic.TRAJECTORY).updated == {trajectory.TRAJECTORY_ID}
    trajectory.update_meeting(tmp_store, meeting, venue="Zaal 2")
    assert rec[-1].of(Topic.MEETINGS).updated == {meeting}
    trajectory.edit_details(tmp_store, {}, {meeting: {"date": "2026-04-01"}})
    assert rec[-1].topics == [Topic.MEETINGS]           # no details changed: not touched
    assert rec[-1].of(Topic.MEETINGS).updated == {meeting}
    trajectory.edit_details(tmp_store, {"concept": "leren"}, {meeting: {"title": "Dag"}})
    assert rec[-1].listed(Topic.TRAJECTORY) and rec[-1].listed(Topic.MEETINGS)


# ---------------------------------------------------------------- learning from each other


def _people(store, n):
    return [participants.add(store, first_name=f"P{i}", last_name="Test") for i in range(n)]


def test_expertise_names_goals_competences_people_ratings_and_settings(tmp_store):
    p, q = _people(tmp_store, 2)
    rec = _records(tmp_store)
    g = expertise.add_goal(tmp_store, "Doel")
    assert rec[-1].of(expertise.GOAL_ROWS).inserted == {g}
    expertise.rename_goal(tmp_store, g, "Doel 1")
    assert rec[-1].of(expertise.GOAL_ROWS).updated == {g}
    c = expertise.add_competence(tmp_store, "Gespreksvoering", {g: 2})
    assert rec[-1].of(expertise.COMPETENCES).inserted == {c}
    expertise.set_link(tmp_store, c, g, 3)
    assert rec[-1].of(expertise.COMPETENCES).updated == {c}
    expertise.set_person(tmp_store, p, team="Noord")
    assert rec[-1].of(expertise.PEOPLE).updated == {p}
    old = expertise.set_rating(tmp_store, q, c, level=4, teaches=True)
    assert rec[-1].of(expertise.RATINGS).updated == {q}
    assert rec[-1].listed(Topic.EXPERTISE)
    expertise.put_rating(tmp_store, q, c, old)
    assert rec[-1].of(expertise.RATINGS).updated == {q}
    expertise.set_settings(tmp_store, show_names=True)
    assert rec[-1].of(expertise.SETTINGS).updated == {1}
    assert not any(r.of(Topic.EXPERTISE) is None and not r.listed(Topic.EXPERTISE) for r in rec
                   if r.touches(Topic.EXPERTISE))


def test_removing_a_competence_names_what_goes_with_it(tmp_store):
    learner, expert = _people(tmp_store, 2)
    g = expertise.add_goal(tmp_store, "Doel")
    c = expertise.add_competence(tmp_store, "Motiverende gespreksvoering", {g: 3})
    expertise.set_rating(tmp_store, expert, c, level=4, teaches=True)
    expertise.set_rating(tmp_store, learner, c, level=0, wants=True)
    pairs.propose(tmp_store)
    [pair] = pairs.pairs(tmp_store)
    rec = _records(tmp_store)
    snap = expertise.delete(tmp_store, "peer_competence", c)
    r = rec[-1]
    assert r.of(expertise.COMPETENCES).deleted == {c} and not r.of(expertise.COMPETENCES).updated
    assert r.of(expertise.RATINGS).updated == {learner, expert}
    assert r.of(Topic.PAIRS).deleted == {pair.id}
    expertise.restore(tmp_store, snap)
    r = rec[-1]
    assert r.of(expertise.COMPETENCES).inserted == {c}
    assert r.of(Topic.PAIRS).inserted == {pair.id}
    # a goal without pairs touches no pairs at all
    expertise.delete(tmp_store, "peer_goal", g)
    assert rec[-1].of(expertise.GOAL_ROWS).deleted == {g}
    assert rec[-1].of(expertise.COMPETENCES).updated == {c}
    assert not rec[-1].touches(Topic.PAIRS)


def test_pairs_name_their_ids(tmp_store):
    learner, expert, other = _people(tmp_store, 3)
    c = expertise.add_competence(tmp_store, "Netwerken")
    for e in (expert, other):
        expertise.set_rating(tmp_store, e, c, level=4, teaches=True)
    expertise.set_rating(tmp_store, learner, c, level=0, wants=True)
    rec = _records(tmp_store)
    result = pairs.propose(tmp_store)
    [pair] = result.pairs
    assert rec[-1].of(Topic.PAIRS).inserted == {pair.id}
    pairs.set_pinned(tmp_store, pair.id, True)
    assert rec[-1].of(Topic.PAIRS).updated == {pair.id}
    swap_to = other if pair.expert_id == expert else expert
    old = pairs.swap(tmp_store, pair.id, swap_to)
    assert rec[-1].of(Topic.PAIRS).updated == {pair.id}
    pairs.restore_swap(tmp_store, pair.id, *old)
    assert rec[-1].of(Topic.PAIRS).updated == {pair.id}
    states = pairs.publish(tmp_store)
    assert rec[-1].of(Topic.PAIRS).updated == {pair.id}
    pairs.put_states(tmp_store, states)
    assert rec[-1].of(Topic.PAIRS).updated == {pair.id}
    pairs.put_drafts(tmp_store, result.before)       # undo of the proposal: the draft goes
    assert rec[-1].of(Topic.PAIRS).deleted == {pair.id}
    pairs.put_drafts(tmp_store, result.after)        # its redo: back under the same id
    assert rec[-1].of(Topic.PAIRS).inserted == {pair.id}
    row = pairs.remove(tmp_store, pair.id)
    assert rec[-1].of(Topic.PAIRS).deleted == {pair.id}
    pairs.put_pair(tmp_store, row)
    assert rec[-1].of(Topic.PAIRS).inserted == {pair.id}


def test_intervisie_names_groups_members_and_the_run(tmp_store):
    people = _people(tmp_store, 8)
    rec = _records(tmp_store)
    before, _result = intervisie.form(tmp_store, time_limit=2)
    formed = intervisie.groups(tmp_store)
    assert rec[-1].of(Topic.INTERVISIE).inserted == {g.id for g in formed}
    assert rec[-1].of(intervisie.MEMBERS).updated == set(people)
    after = intervisie.snapshot(tmp_store)
    a, b = formed[0], formed[1]
    mover = a.members[0]
    intervisie.move(tmp_store, mover, b.id)
    assert rec[-1].of(Topic.INTERVISIE).updated == {a.id, b.id}
    assert rec[-1].of(intervisie.MEMBERS).updated == {mover}
    intervisie.put(tmp_store, after)
    assert rec[-1].of(Topic.INTERVISIE).updated == {g.id for g in formed}
    intervisie.put(tmp_store, before)                # undo of forming: no groups before
    assert rec[-1].of(Topic.INTERVISIE).deleted == {g.id for g in formed}
    intervisie.put(tmp_store, after)
    intervisie.start_round(tmp_store, 0)
    assert rec[-1].of(intervisie.RUN).updated == {1} and not rec[-1].of(Topic.INTERVISIE)


def test_experiments_evidence_methods_shares_and_hours_name_their_ids(tmp_store):
    [p] = _people(tmp_store, 1)
    rec = _records(tmp_store)
    e = experiments.add(tmp_store, "Filmopname in teamoverleg")
    assert rec[-1].of(Topic.EXPERIMENTS).inserted == {e}
    experiments.update(tmp_store, e, hypothesis="Dat het helpt")
    assert rec[-1].of(Topic.EXPERIMENTS).updated == {e}
    ev = experiments.add_evidence(tmp_store, e, "2026-03-01", "Besproken")
    assert rec[-1].of(experiments.EVIDENCE).inserted == {ev}
    assert rec[-1].of(Topic.EXPERIMENTS).updated == {e}              # its evidence count
    assert experiments.by_ids(tmp_store, [e, 999]) == {e: experiments.get(tmp_store, e)}
    assert experiments.order(tmp_store) == [x.id for x in experiments.experiments(tmp_store)]
    m = experiments.add_method(tmp_store, "Werkwijze", experiment_id=e)
    assert rec[-1].of(experiments.METHODS).inserted == {m}
    experiments.set_ambassador(tmp_store, m, p, "study")
    assert rec[-1].of(experiments.METHODS).updated == {m}
    s = experiments.add_share(tmp_store, "2026-03-02", "Verteld", experiment_id=e)
    assert rec[-1].of(experiments.SHARES).inserted == {s}
    h = budget.book(tmp_store, "2026-03-03", 2, "experiment", experiment_id=e)
    assert rec[-1].of(Topic.HOURS).inserted == {h}
    budget.update(tmp_store, h, hours=3)
    assert rec[-1].of(Topic.HOURS).updated == {h}
    snap = experiments.delete(tmp_store, e)
    r = rec[-1]
    assert r.of(Topic.EXPERIMENTS).deleted == {e} and r.of(experiments.EVIDENCE).deleted == {ev}
    # what pointed at it stays, pointing nowhere: named as updated
    assert r.of(experiments.METHODS).updated == {m} and r.of(experiments.SHARES).updated == {s}
    assert r.of(Topic.HOURS).updated == {h}
    experiments.restore(tmp_store, snap)
    assert rec[-1].of(Topic.EXPERIMENTS).inserted == {e}
    assert rec[-1].of(Topic.HOURS).updated == {h}
    entry = budget.remove(tmp_store, h)
    assert rec[-1].of(Topic.HOURS).deleted == {h}
    budget.restore(tmp_store, entry)
    assert rec[-1].of(Topic.HOURS).inserted == {h}


def test_intake_and_its_goals_name_their_ids(tmp_store):
    rec = _records(tmp_store)
    intake.update(tmp_store, question="Hoe leren we van elkaar?")
    assert rec[-1].of(Topic.INTAKE).updated == {1}
    g = intake.add_goal(tmp_store, "Samen leren")
    assert rec[-1].of(Topic.GOALS).inserted == {g}
    e = experiments.add(tmp_store, "Proef", goal_id=g)
    snap = intake.remove_goal(tmp_store, g)
    assert rec[-1].of(Topic.GOALS).deleted == {g}
    assert rec[-1].of(Topic.EXPERIMENTS).updated == {e}
    intake.restore_goal(tmp_store, snap)
    assert rec[-1].of(Topic.GOALS).inserted == {g}
    assert experiments.get(tmp_store, e).goal_id == g


def test_a_skills_matrix_import_asks_for_a_reload(tmp_store, tmp_path):
    from sessions import expertise_import

    _people(tmp_store, 2)
    path = tmp_path / "matrix.csv"
    path.write_text("Naam;Netwerken\r\nP0 Test;4\r\nP1 Test;1\r\n", encoding="cp1252")
    rec = _records(tmp_store)
    report = expertise_import.import_file(tmp_store, path)
    assert rec[-1].touches(Topic.EXPERTISE) and not rec[-1].listed(Topic.EXPERTISE)
    expertise_import.undo(tmp_store, report)
    assert not rec[-1].listed(Topic.EXPERTISE)
    expertise_import.redo(tmp_store, report)
    assert not rec[-1].listed(Topic.EXPERTISE)


def test_changed_says_whether_rows_of_a_kind_may_have_changed():
    from sessions.changes import Change

    evidence = experiments.EVIDENCE
    assert not Change().changed(Topic.EXPERIMENTS)
    whole = Change().touch(Topic.EXPERIMENTS)              # no ids: anything may have changed
    assert whole.changed(Topic.EXPERIMENTS) and whole.changed(Topic.EXPERIMENTS, evidence)
    own = Change().updated(Topic.EXPERIMENTS, 3)
    assert own.changed(Topic.EXPERIMENTS) and not own.changed(Topic.EXPERIMENTS, evidence)
    kind = Change().inserted(Topic.EXPERIMENTS, 7, kind=evidence)
    assert kind.changed(Topic.EXPERIMENTS, evidence) and not kind.changed(Topic.EXPERIMENTS)
    again = Change().updated(Topic.EXPERIMENTS, 3).reload(Topic.EXPERIMENTS)
    assert again.changed(Topic.EXPERIMENTS, evidence)
