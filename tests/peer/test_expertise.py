"""The expertise map: goals, competences, ratings, people, flags, heat map, pairs service, intervisie."""

from __future__ import annotations

import random

import pytest

from exports.peer_words import flag_text, why_text
from sessions import expertise, intervisie, pairs, participants
from sessions.errors import ValidationError
from sessions.store import Store


@pytest.fixture
def org(tmp_store):
    """Six people in two teams; Anna manages team A; two competences on one goal."""
    s = tmp_store
    ids = {n: participants.add(s, first_name=n, last_name="X", email=f"{n.lower()}@x.example")
           for n in ("Anna", "Bert", "Carla", "Dirk", "Eva", "Fatima")}
    for n in ("Anna", "Bert", "Carla"):
        expertise.set_person(s, ids[n], team="A")
    for n in ("Dirk", "Eva", "Fatima"):
        expertise.set_person(s, ids[n], team="B")
    expertise.set_person(s, ids["Bert"], manager_id=ids["Anna"])
    expertise.set_person(s, ids["Carla"], manager_id=ids["Anna"])
    goal = expertise.add_goal(s, "Veilig werken")
    agr = expertise.add_competence(s, "Omgaan met agressie", {goal: 3})
    ros = expertise.add_competence(s, "Roosteren", {goal: 1})
    return s, ids, goal, agr, ros


def test_the_migration_adds_the_tables_and_keeps_a_backup(tmp_path):
    import sqlite3

    from sessions import store as store_mod
    from sessions.schema import APPLICATION_ID, MIGRATIONS, V4

    # a file written by the version before the expertise map: every earlier migration, a title
    old = MIGRATIONS.index(V4)
    path = tmp_path / "old.startdag"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for script in MIGRATIONS[:old]:
        for statement in store_mod._statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {old}")
    conn.execute("INSERT INTO trajectory (id, title, created_at) VALUES (1, 'Oud', '2026-03-01')")
    conn.close()
    s = Store.open(path)
    try:
        assert s.migrated_from == old
        assert s.backup_path is not None and "before-migration" in s.backup_path.name
        assert expertise.goals(s) == [] and pairs.pairs(s) == []
        assert store_mod.list_backups(path)
    finally:
        s.close()


def test_ratings_round_trip_and_undo_puts_back_the_old_row(org):
    s, ids, _g, agr, _r = org
    assert expertise.set_rating(s, ids["Bert"], agr, level=1, wants=True) is None
    old = expertise.set_rating(s, ids["Bert"], agr, level=2, priority=1)
    m = expertise.load(s)
    r = m.rating(ids["Bert"], agr)
    assert (r.level, r.wants, r.priority) == (2, True, 1)
    expertise.put_rating(s, ids["Bert"], agr, old)
    r = expertise.load(s).rating(ids["Bert"], agr)
    assert (r.level, r.wants, r.wish_priority) == (1, True, 2)
    expertise.put_rating(s, ids["Bert"], agr, None)
    assert (ids["Bert"], agr) not in expertise.ratings(s)


@pytest.mark.parametrize("values", [{"level": 5}, {"level": -1}, {"level": True},
                                    {"priority": 4}, {"colour": 1}])
def test_bad_ratings_are_refused_and_change_nothing(org, values):
    s, ids, _g, agr, _r = org
    with pytest.raises(ValidationError):
        expertise.set_rating(s, ids["Bert"], agr, **values)
    assert expertise.ratings(s) == {}


def test_manager_may_not_be_oneself_or_make_a_cycle(org):
    s, ids, *_ = org
    with pytest.raises(ValidationError):
        expertise.set_person(s, ids["Anna"], manager_id=ids["Anna"])
    with pytest.raises(ValidationError):
        expertise.set_person(s, ids["Anna"], manager_id=ids["Bert"])   # Anna manages Bert


def test_competence_names_are_unique_and_deleting_takes_ratings_along_with_undo(org):
    s, ids, _g, agr, _r = org
    with pytest.raises(ValidationError):
        expertise.add_competence(s, "omgaan met  AGRESSIE")
    expertise.set_rating(s, ids["Bert"], agr, level=3, teaches=True)
    snap = expertise.delete(s, "peer_competence", agr)
    assert expertise.ratings(s) == {}
    expertise.restore(s, snap)
    assert expertise.load(s).rating(ids["Bert"], agr).level == 3
    assert expertise.load(s).competence(agr).goals


def test_self_rating_from_the_phone_is_one_transaction(org):
    s, ids, _g, agr, ros = org
    with pytest.raises(ValidationError):
        expertise.self_rate(s, ids["Eva"], [{"competence_id": agr, "level": 2},
                                            {"competence_id": ros, "level": 9}])
    assert expertise.ratings(s) == {}
    undo = expertise.self_rate(s, ids["Eva"], [{"competence_id": agr, "level": 1, "wants": True},
                                               {"competence_id": ros, "level": 4, "teaches": True}])
    m = expertise.load(s)
    assert m.rating(ids["Eva"], agr).source == "phone" and m.rating(ids["Eva"], ros).is_expert
    for pid, cid, old in undo:
        expertise.put_rating(s, pid, cid, old)
    assert expertise.ratings(s) == {}


def test_flags_name_single_points_of_failure_unteachable_learners_and_overasked_experts(org):
    s, ids, _g, agr, ros = org
    # Anna is the only aggression expert; her own reports Bert and Carla want to learn it
    expertise.set_rating(s, ids["Anna"], agr, level=4, teaches=True)
    expertise.set_person(s, ids["Anna"], capacity=1)     # 3 wishes for a capacity of 1
    for n in ("Bert", "Carla"):
        expertise.set_rating(s, ids[n], agr, level=1, wants=True)
    # nobody is expert in roosteren although it is linked to a goal
    for n in ("Dirk", "Eva", "Fatima"):
        expertise.set_rating(s, ids[n], agr, level=0, wants=True)
    m = expertise.load(s)
    found = {(f.kind, f.competence_id): f for f in expertise.flags(m)}
    assert found[("single_expert", agr)].people == (ids["Anna"],)
    assert found[("no_expert", ros)]
    assert set(found[("unteachable", agr)].people) == {ids["Bert"], ids["Carla"]}
    assert found[("overasked", 0)].people == (ids["Anna"],) and found[("overasked", 0)].count == 3
    text = flag_text(found[("unteachable", agr)], m, "nl", names=False)
    assert "Bert" not in text and "2" in text
    assert "Bert X" in flag_text(found[("unteachable", agr)], m, "nl", names=True)


def test_heat_map_counts_people_per_level(org):
    s, ids, _g, agr, _r = org
    for n, lv in (("Anna", 4), ("Bert", 1), ("Carla", 1), ("Dirk", 0)):
        expertise.set_rating(s, ids[n], agr, level=lv, teaches=lv >= 3)
    row = expertise.heat_map(expertise.load(s))[0]
    assert row.counts == [1, 2, 0, 0, 1] and row.experts == 1
    assert row.names[1] == ["Bert X", "Carla X"]


def test_propose_keeps_pins_replaces_the_draft_and_publish_makes_them_fixed(org):
    s, ids, _g, agr, ros = org
    expertise.set_rating(s, ids["Dirk"], agr, level=4, teaches=True)
    expertise.set_rating(s, ids["Eva"], agr, level=3, teaches=True)
    for n in ("Anna", "Bert", "Carla"):
        expertise.set_rating(s, ids[n], agr, level=0, wants=True)
    first = pairs.propose(s)
    assert first.wanted == 3 and first.paired == 3
    # pin Bert's pair and swap it to the other expert; propose again: the pin stays
    bert = next(p for p in first.pairs if p.learner_id == ids["Bert"])
    other = next(e for e in (ids["Dirk"], ids["Eva"]) if e != bert.expert_id)
    assert other in pairs.candidates(s, bert.id)
    old = pairs.swap(s, bert.id, other)
    again = pairs.propose(s)
    kept = next(p for p in again.pairs if p.learner_id == ids["Bert"])
    assert (kept.id, kept.expert_id, kept.pinned) == (bert.id, other, True)
    pairs.restore_swap(s, bert.id, *old)
    # undo of the proposal puts the previous draft back exactly
    pairs.put_drafts(s, again.before)
    assert [p.id for p in pairs.pairs(s, "draft")] == [r["id"] for r in again.before]
    states = pairs.publish(s)
    assert pairs.pairs(s, "draft") == [] and len(pairs.pairs(s, "published")) == 3
    assert pairs.propose(s).paired == 0       # published pairs meet the wishes already
    pairs.put_states(s, states)
    assert len(pairs.pairs(s, "draft")) == 3


def test_the_reason_names_the_real_rule(org):
    s, ids, goal, agr, _r = org
    expertise.set_settings(s, different_teams=True)
    expertise.set_rating(s, ids["Dirk"], agr, level=4, teaches=True)
    expertise.set_rating(s, ids["Bert"], agr, level=1, wants=True, priority=1)
    (p,) = pairs.propose(s).pairs
    w = pairs.why(expertise.load(s), p)
    assert (w.expert_level, w.expert_team, w.goal_number, w.importance) == (4, "B", 1, 3)
    text = why_text(w, "nl")
    assert text == ("Bert X leert ‘Omgaan met agressie’ van Dirk X: niveau 4, team B, ander team "
                    "dan A, heel belangrijk voor doel 1, eerste wens van de leerder")
    assert "level 4" in why_text(w, "en") and "goal 1" in why_text(w, "en")


def test_swap_refuses_an_expert_the_rules_forbid(org):
    s, ids, _g, agr, _r = org
    expertise.set_rating(s, ids["Anna"], agr, level=4, teaches=True)
    expertise.set_rating(s, ids["Dirk"], agr, level=4, teaches=True)
    expertise.set_rating(s, ids["Eva"], agr, level=2, teaches=True)
    expertise.set_rating(s, ids["Bert"], agr, level=0, wants=True)
    (p,) = pairs.propose(s).pairs
    assert p.expert_id == ids["Dirk"]                 # Anna is Bert's manager
    for bad in (ids["Anna"], ids["Eva"], ids["Bert"]):
        with pytest.raises(ValidationError):
            pairs.swap(s, p.id, bad)
    assert pairs.pairs(s)[0].expert_id == ids["Dirk"]


@pytest.mark.parametrize("n", [7, 8, 9, 13, 14, 19, 23, 31])
def test_group_sizes_are_5_and_6_else_as_few_4_and_7_as_possible(n):
    sizes = intervisie.group_sizes(n)
    assert sum(sizes) == n and all(4 <= x <= 7 for x in sizes)
    odd = sum(1 for x in sizes if x in (4, 7))
    assert odd == {7: 1, 8: 2, 9: 1, 13: 1, 14: 1, 19: 1}.get(n, 0)


def test_intervisie_groups_never_hold_a_manager_with_their_reports():
    rng = random.Random(3)
    for n in (11, 17, 26, 40):
        people = list(range(1, n + 1))
        team = {p: f"T{rng.randrange(4)}" for p in people}
        manager = {p: rng.choice([None, rng.randint(1, 4)]) for p in people}
        manager = {p: m if m != p else None for p, m in manager.items()}
        result = intervisie.solve(people, team, manager)
        assert result.optimal
        assert sorted(p for g in result.groups for p in g) == people
        assert sorted(len(g) for g in result.groups) == sorted(intervisie.group_sizes(n))
        for g in result.groups:
            for p in g:
                assert manager.get(p) not in g


def test_intervisie_form_stores_groups_rotates_roles_and_undoes(org):
    s, ids, *_ = org
    extra = [participants.add(s, first_name=f"P{i}", last_name="Y") for i in range(6)]
    before, result = intervisie.form(s)
    groups = intervisie.groups(s)
    assert sorted(len(g.members) for g in groups) == [6, 6]
    g = groups[0]
    assert g.roles(1)["inbrenger"] == g.members[0] and g.roles(2)["inbrenger"] == g.members[1]
    assert g.roles(1)["gespreksleider"] == g.roles(2)["inbrenger"]
    for grp in groups:
        assert not ({ids["Bert"], ids["Carla"]} & set(grp.members) and ids["Anna"] in grp.members)
    with pytest.raises(ValidationError):
        target = next(x for x in groups if ids["Anna"] not in x.members)
        intervisie.move(s, ids["Anna"], target.id) if ids["Bert"] in target.members else \
            intervisie.move(s, ids["Bert"], next(x for x in groups if ids["Anna"] in x.members).id)
    intervisie.put(s, before)
    assert intervisie.groups(s) == [] and extra


def test_ending_a_pair_frees_the_expert_but_forbids_the_repeat(tmp_store):
    """An ended pair no longer counts against the expert's capacity, and its learner and
    expert are never proposed together again; ending is all or none and undoes."""
    from sessions import pairs
    from sessions.errors import ValidationError

    s = tmp_store
    comp = expertise.add_competence(s, "Roosteren")
    people = {n: participants.add(s, first_name=n, last_name="Y")
              for n in ("Expert", "Ander", "Leerder", "Tweede")}
    expertise.set_person(s, people["Expert"], capacity=1)
    expertise.set_person(s, people["Ander"], capacity=1)
    for name in ("Expert", "Ander"):
        expertise.set_rating(s, people[name], comp, level=4, teaches=True)
    for name in ("Leerder", "Tweede"):
        expertise.set_rating(s, people[name], comp, level=1, wants=True)
    pairs.propose(s)
    pairs.publish(s)
    published = pairs.pairs(s, "published")
    assert len(published) == 2                      # each expert full (capacity 1)
    first = published[0]
    with pytest.raises(ValidationError):
        pairs.end(s, [first.id, 99_999])            # one bad id: nothing ends
    assert all(p.state == "published" for p in pairs.pairs(s))
    old = pairs.end(s, [first.id])
    assert old == {first.id: "published"}
    proposal = pairs.propose(s)
    # the learner's wish is open again and the expert has room, but not for the same learner:
    # the other expert is full, so nothing can be proposed for that learner
    assert all((p.learner_id, p.expert_id) != (first.learner_id, first.expert_id)
               for p in proposal.pairs)
    problem = pairs.problem_from(expertise.load(s), pairs.pairs(s))
    assert problem.capacity[first.expert_id] - sum(
        1 for f in problem.fixed if f[1] == first.expert_id) == 1   # room again
    with pytest.raises(ValidationError):
        pairs.end(s, [first.id])                    # already ended
    pairs.put_states(s, old)
    assert next(p for p in pairs.pairs(s) if p.id == first.id).state == "published"


def test_the_meeting_and_the_rounds_are_kept_and_undo(tmp_store):
    """Roles rotate by the stored meeting (everyone brings a case once in n meetings); the
    facilitator's rounds: start, next, pause, more time, each returning the run for undo."""
    from datetime import datetime, timedelta

    from sessions.errors import ValidationError

    s = tmp_store
    assert intervisie.run(s) == intervisie.Run()
    group = intervisie.Group(1, 1, "G", (11, 12, 13, 14, 15))
    casegivers = [group.roles(k)["inbrenger"] for k in range(1, 6)]
    assert sorted(casegivers) == [11, 12, 13, 14, 15]
    for k in range(1, 6):
        assert len(set(group.roles(k).values())) == 3
    old = intervisie.set_meeting(s, 3)
    assert old.meeting == 1 and intervisie.run(s).meeting == 3
    with pytest.raises(ValidationError):
        intervisie.set_meeting(s, 0)
    with pytest.raises(ValidationError):
        intervisie.toggle_pause(s)                  # nothing runs yet
    t0 = datetime(2026, 11, 26, 10, 0, 0)
    intervisie.start_round(s, 0, now=t0)
    r = intervisie.run(s)
    assert (r.meeting, r.round, r.length()) == (3, 0, 300)
    assert r.left(t0 + timedelta(minutes=2)) == 180
    intervisie.toggle_pause(s, now=t0 + timedelta(minutes=2))
    assert intervisie.run(s).paused
    assert intervisie.run(s).left(t0 + timedelta(minutes=30)) == 180   # paused: time stands
    before_resume = intervisie.toggle_pause(s, now=t0 + timedelta(minutes=4))
    intervisie.add_time(s, 60)
    r = intervisie.run(s)
    assert not r.paused and r.left(t0 + timedelta(minutes=5)) == 180    # 2 min paused, +1
    assert r.left(t0 + timedelta(minutes=10)) == -120                   # over time
    with pytest.raises(ValidationError):
        intervisie.start_round(s, len(intervisie.ROUNDS))
    intervisie.put_run(s, before_resume)            # undo of the resume
    assert intervisie.run(s).paused and intervisie.run(s).extra_seconds == 0
    intervisie.start_round(s, 3, now=t0)
    assert intervisie.run(s).round == 3 and not intervisie.run(s).paused
    intervisie.stop_rounds(s)
    assert intervisie.run(s) == intervisie.Run(meeting=3)
