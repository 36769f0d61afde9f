"""The room's questions: capture, merge, voting checks, the cut and the chosen outcome."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions import participants, questions
from sessions.errors import ValidationError


def _add(store, *texts):
    return [questions.add(store, t) for t in texts]


def _totals(store):
    return {e.id: e.total for e in questions.listing(store)}


def test_add_edit_delete_restore_keep_ids_and_order(tmp_store):
    a, b, c = _add(tmp_store, "Wat is mijn rol?", "Hoe netwerk ik?", "Wie is mijn manager?")
    questions.edit(tmp_store, b, "Hoe netwerk ik slim?")
    snap = questions.delete(tmp_store, b)
    assert [e.id for e in questions.listing(tmp_store)] == [a, c]
    questions.restore(tmp_store, snap)
    listing = questions.listing(tmp_store)
    assert [e.id for e in listing] == [a, b, c]
    assert listing[1].text == "Hoe netwerk ik slim?"


def test_empty_text_is_refused_and_nothing_changes(tmp_store):
    with pytest.raises(ValidationError):
        questions.add(tmp_store, "   ")
    assert questions.listing(tmp_store) == []


def test_move_reorders_top_level(tmp_store):
    a, b, c = _add(tmp_store, "a", "b", "c")
    assert questions.move(tmp_store, c, 0) == 2
    assert [e.id for e in questions.listing(tmp_store)] == [c, a, b]


def test_merge_and_unmerge_keep_the_vote_sums(tmp_store):
    a, b, c, d = _add(tmp_store, "rol?", "Wat is onze rol?", "functieprofiel", "rol in de wijk?")
    for qid, n in ((a, 5), (b, 3), (c, 7), (d, 2)):
        questions.set_votes(tmp_store, qid, n)
    grand = sum(_totals(tmp_store).values())
    before = questions.merge(tmp_store, b, [a, d], text="Wat is onze rol in de wijk?")
    entries = questions.listing(tmp_store)
    assert [e.id for e in entries] == [b, c]
    kept = entries[0]
    assert kept.text == "Wat is onze rol in de wijk?"
    assert kept.total == 5 + 3 + 2 and kept.question.own == 3
    assert sorted(q.id for q in kept.merged) == [a, d]
    assert sum(_totals(tmp_store).values()) == grand
    questions.restore_state(tmp_store, before)  # undo splits them again
    assert [e.id for e in questions.listing(tmp_store)] == [a, b, c, d]
    assert _totals(tmp_store) == {a: 5, b: 3, c: 7, d: 2}
    assert questions.get(tmp_store, b).text == "Wat is onze rol?"


def test_unmerge_puts_originals_after_the_kept_one_with_their_votes(tmp_store):
    a, b, c = _add(tmp_store, "a", "b", "c")
    questions.set_votes(tmp_store, a, 4)
    questions.set_votes(tmp_store, c, 1)
    questions.merge(tmp_store, c, [a])
    assert _totals(tmp_store) == {b: 0, c: 5}
    questions.unmerge(tmp_store, c)
    assert [e.id for e in questions.listing(tmp_store)] == [b, c, a]
    assert _totals(tmp_store) == {a: 4, b: 0, c: 1}


def test_merging_a_kept_question_moves_its_originals_along(tmp_store):
    a, b, c = _add(tmp_store, "a", "b", "c")
    for qid in (a, b, c):
        questions.set_votes(tmp_store, qid, 2)
    questions.merge(tmp_store, b, [a])
    questions.merge(tmp_store, c, [b])
    (entry,) = questions.listing(tmp_store)
    assert entry.id == c and entry.total == 6
    assert sorted(q.id for q in entry.merged) == [a, b]


@settings(max_examples=60, deadline=None)
@given(votes=st.lists(st.integers(0, 30), min_size=2, max_size=7), data=st.data())
def test_merge_never_changes_the_grand_total(tmp_path_factory, votes, data):
    from sessions.store import Store

    path = tmp_path_factory.mktemp("q") / "t.startdag"
    with Store.create(path, title="t") as store:
        ids = [questions.add(store, f"q{i}") for i in range(len(votes))]
        for qid, n in zip(ids, votes, strict=True):
            questions.set_votes(store, qid, n)
        picked = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=len(ids), unique=True))
        before = questions.merge(store, picked[0], picked[1:])
        assert sum(_totals(store).values()) == sum(votes)
        questions.restore_state(store, before)
        assert _totals(store) == dict(zip(ids, votes, strict=True))


def test_delete_a_kept_question_takes_its_originals_and_restore_brings_them_back(tmp_store):
    a, b = _add(tmp_store, "a", "b")
    questions.set_votes(tmp_store, a, 3)
    questions.merge(tmp_store, b, [a])
    snap = questions.delete(tmp_store, b)
    assert questions.listing(tmp_store) == []
    questions.restore(tmp_store, snap)
    (entry,) = questions.listing(tmp_store)
    assert entry.id == b and [q.id for q in entry.merged] == [a] and entry.total == 3


def test_tie_at_the_cut_is_reported_not_resolved(tmp_store):
    ids = _add(tmp_store, "a", "b", "c", "d", "e")
    for qid, n in zip(ids, (9, 7, 4, 4, 1), strict=True):
        questions.set_votes(tmp_store, qid, n)
    questions.set_round(tmp_store, top_n=3)
    cut = questions.cut(tmp_store)
    assert cut.is_tie
    assert cut.sure == [ids[0], ids[1]]
    assert cut.tied == [ids[2], ids[3]]
    assert cut.places == 1
    assert cut.include_all() == ids[:4]


def test_no_tie_when_the_cut_falls_between_different_totals(tmp_store):
    ids = _add(tmp_store, "a", "b", "c", "d")
    for qid, n in zip(ids, (5, 5, 3, 2), strict=True):
        questions.set_votes(tmp_store, qid, n)
    cut = questions.cut(tmp_store)   # top 3 by default: 5, 5, 3 | 2
    assert not cut.is_tie and cut.sure == ids[:3]


def test_all_zero_votes_is_a_tie_for_every_place(tmp_store):
    ids = _add(tmp_store, "a", "b", "c", "d")
    cut = questions.cut(tmp_store)
    assert cut.sure == [] and cut.tied == ids and cut.places == 3


def test_top_n_order_and_zero_vote_questions_stay_in_the_ranking(tmp_store):
    ids = _add(tmp_store, "a", "b", "c", "d", "e")
    for qid, n in zip(ids, (2, 8, 0, 5, 3), strict=True):
        questions.set_votes(tmp_store, qid, n)
    ranked = questions.ranking(tmp_store)
    assert [r.entry.id for r in ranked] == [ids[1], ids[3], ids[4], ids[0], ids[2]]
    assert [r.total for r in ranked] == [8, 5, 3, 2, 0]
    assert questions.cut(tmp_store).sure == [ids[1], ids[3], ids[4]]


def test_ranking_uses_competition_ranks(tmp_store):
    ids = _add(tmp_store, "a", "b", "c")
    for qid, n in zip(ids, (4, 4, 1), strict=True):
        questions.set_votes(tmp_store, qid, n)
    assert [r.rank for r in questions.ranking(tmp_store)] == [1, 1, 3]


def test_over_count_is_flagged_for_dots(tmp_store):
    for i in range(4):
        participants.add(tmp_store, first_name=f"P{i}")
    a, b = _add(tmp_store, "a", "b")
    questions.set_round(tmp_store, dots=3)    # 4 people x 3 dots = 12
    questions.set_votes(tmp_store, a, 8)
    questions.set_votes(tmp_store, b, 4)
    check = questions.check_count(tmp_store)
    assert (check.total, check.voters, check.capacity, check.over) == (12, 4, 12, False)
    questions.add_votes(tmp_store, b, +1)
    assert questions.check_count(tmp_store).over


def test_over_count_for_hands_and_the_voters_override(tmp_store):
    a, = _add(tmp_store, "a")
    questions.set_round(tmp_store, mode="hands", voters=10)
    questions.set_votes(tmp_store, a, 11)
    check = questions.check_count(tmp_store)
    assert check.over and check.over_questions == [a] and check.voters == 10


def test_ballots_count_towards_the_question(tmp_store):
    p = participants.add(tmp_store, first_name="Sanne")
    a, = _add(tmp_store, "a")
    questions.set_votes(tmp_store, a, 2)
    questions.set_ballot(tmp_store, p, a, 2)
    assert _totals(tmp_store) == {a: 4}


def test_bad_counts_are_refused(tmp_store):
    a, = _add(tmp_store, "a")
    for bad in (-1, "drie", 2.5, None):
        with pytest.raises(ValidationError):
            questions.set_votes(tmp_store, a, bad)
    with pytest.raises(ValidationError):
        questions.set_round(tmp_store, mode="secret")
    assert questions.get(tmp_store, a).votes == 0
    assert questions.add_votes(tmp_store, a, -3) == 0 and questions.get(tmp_store, a).votes == 0


def test_choose_stores_the_outcome_in_rank_order_and_undo_restores(tmp_store):
    a, b, c = _add(tmp_store, "a", "b", "c")
    before = questions.choose(tmp_store, [c, a])
    assert [(q.id, q.chosen_rank) for q in questions.chosen(tmp_store)] == [(c, 1), (a, 2)]
    questions.restore_state(tmp_store, before)
    assert questions.chosen(tmp_store) == []


def test_vote_round_is_created_lazily_with_defaults(tmp_store):
    assert questions.get_round(tmp_store) == questions.VoteRound("dots", 3, 3, True, None)
    assert tmp_store.scalar("SELECT COUNT(*) FROM vote_round") == 0
    old = questions.set_round(tmp_store, hidden=False, top_n=4)
    assert old == {"hidden": True, "top_n": 3}
    assert questions.get_round(tmp_store).hidden is False


def test_every_edit_is_committed_when_made(tmp_store):
    other = sqlite3.connect(str(tmp_store.path))
    try:
        a = questions.add(tmp_store, "Wat is mijn rol?")
        assert other.execute("SELECT text FROM question WHERE id = ?", (a,)).fetchone() == (
            "Wat is mijn rol?",)
        questions.set_votes(tmp_store, a, 6)
        assert other.execute("SELECT votes FROM question WHERE id = ?", (a,)).fetchone() == (6,)
        b = questions.add(tmp_store, "Functieprofiel?")
        questions.merge(tmp_store, a, [b])
        assert other.execute("SELECT merged_into FROM question WHERE id = ?", (b,)).fetchone() == (a,)
        questions.set_round(tmp_store, hidden=False)
        assert other.execute("SELECT hidden FROM vote_round").fetchone() == (0,)
        questions.choose(tmp_store, [a])
        assert other.execute("SELECT chosen_rank FROM question WHERE id = ?", (a,)).fetchone() == (1,)
    finally:
        other.close()


@settings(max_examples=60, deadline=None)
@given(ops=st.lists(st.tuples(st.sampled_from(["add", "delete", "merge", "unmerge", "move", "vote",
                                                "choose", "undo"]),
                              st.integers(0, 50), st.integers(0, 50)), max_size=30))
def test_random_edits_with_undo_keep_the_file_consistent(tmp_path_factory, ops):
    from sessions import invariants
    from sessions.store import Store

    path = tmp_path_factory.mktemp("r") / "r.startdag"
    with Store.create(path, title="r") as store:
        undo: list = []
        for op, x, y in ops:
            top = [e.id for e in questions.listing(store)]
            if op == "add":
                qid = questions.add(store, f"vraag {x}", index=y % (len(top) + 1))
                undo.append(lambda qid=qid: questions.delete(store, qid))
            elif op == "delete" and top:
                snap = questions.delete(store, top[x % len(top)])
                undo.append(lambda snap=snap: questions.restore(store, snap))
            elif op == "merge" and len(top) >= 2:
                keep = top[x % len(top)]
                other = [i for i in top if i != keep][y % (len(top) - 1)]
                before = questions.merge(store, keep, [other], text=f"samen {x}")
                undo.append(lambda before=before: questions.restore_state(store, before))
            elif op == "unmerge":
                kept = [e.id for e in questions.listing(store) if e.merged]
                if kept:
                    before = questions.unmerge(store, kept[x % len(kept)])
                    undo.append(lambda before=before: questions.restore_state(store, before))
            elif op == "move" and top:
                qid = top[x % len(top)]
                old = questions.move(store, qid, y % len(top))
                undo.append(lambda qid=qid, old=old: questions.move(store, qid, old))
            elif op == "vote" and top:
                qid = top[x % len(top)]
                old = questions.set_votes(store, qid, y)
                undo.append(lambda qid=qid, old=old: questions.set_votes(store, qid, old))
            elif op == "choose" and top:
                before = questions.choose(store, top[: 1 + x % len(top)])
                undo.append(lambda before=before: questions.restore_state(store, before))
            elif op == "undo" and undo:
                undo.pop()()
            assert invariants.problems(store) == []
            positions = [e.question.position for e in questions.listing(store)]
            assert positions == list(range(len(positions)))
        while undo:
            undo.pop()()
        assert questions.listing(store) == [] and invariants.problems(store) == []


def test_voters_are_those_checked_in_at_the_meeting(tmp_store):
    from sessions import trajectory

    people = [participants.add(tmp_store, first_name=f"P{i}") for i in range(5)]
    day = trajectory.meeting_of_kind(tmp_store, "startdag").id
    assert questions.voter_count(tmp_store, day) == 5     # nobody checked in: everyone counts
    for p in people[:3]:
        participants.check_in(tmp_store, day, p)
    assert questions.voter_count(tmp_store, day) == 3
    a, = _add(tmp_store, "a")
    questions.set_votes(tmp_store, a, 10)                  # 3 present x 3 dots = 9
    assert questions.check_count(tmp_store, day).over
    assert not questions.check_count(tmp_store).over      # without a meeting: all 5 x 3 = 15
