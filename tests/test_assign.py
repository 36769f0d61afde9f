"""The optimal assignment: brute force on small cases, caps, locks, infeasible caps."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions import assign
from sessions.assign import OTHER, Caps, Person
from sessions.errors import ValidationError


def _brute(people, caps):
    """The best (score, -spread penalty) over every assignment within the caps (None: none)."""
    gids = list(caps)
    best = None
    for combo in itertools.product(gids, repeat=len(people)):
        if any(p.locked_group is not None and p.locked_group != g for p, g in zip(people, combo, strict=True)):
            continue
        sizes = {g: combo.count(g) for g in gids}
        if any(sizes[g] < (c.min_size or 0) or (c.max_size is not None and sizes[g] > c.max_size)
               for g, c in caps.items()):
            continue
        chosen = {p.id: g for p, g in zip(people, combo, strict=True)}
        score = (assign.evaluate(people, chosen).score(len(people)),
                 -assign.spread_penalty(people, chosen))
        best = score if best is None else max(best, score)
    return best


@st.composite
def instances(draw):
    n_groups = draw(st.integers(1, 3))
    gids = list(range(10, 10 + n_groups))
    n = draw(st.integers(0, 6))
    people = []
    for i in range(n):
        k = draw(st.integers(0, min(3, n_groups)))
        ranked = tuple(draw(st.permutations(gids))[:k])
        locked = draw(st.one_of(st.none(), st.sampled_from(gids))) if draw(st.booleans()) else None
        people.append(Person(i, ranked, draw(st.sampled_from("ABC")), locked))
    caps = {}
    for g in gids:
        lo = draw(st.one_of(st.none(), st.integers(0, 3)))
        hi = draw(st.one_of(st.none(), st.integers(0, 5)))
        caps[g] = Caps(lo, hi)
    return people, caps


@settings(max_examples=150, deadline=None)
@given(instances())
def test_optimal_against_brute_force(instance):
    people, caps = instance
    best = _brute(people, caps)
    if best is None:
        with pytest.raises(ValidationError) as err:
            assign.balanced(people, caps)
        assert err.value.params["field"] == "caps"
        return
    result = assign.balanced(people, caps)
    assert result.score(len(people)) == best[0]
    assert assign.spread_penalty(people, result.assignment) == -best[1]
    assert result.unplaced == 0
    for g, c in caps.items():
        size = result.sizes.get(g, 0)
        assert size >= (c.min_size or 0)
        assert c.max_size is None or size <= c.max_size
    for p in people:
        if p.locked_group is not None:
            assert result.assignment[p.id] == p.locked_group


def test_lexicographic_prefers_one_more_first_choice_over_many_seconds():
    # Person 0 wants A then B; persons 1..4 want B then A; B holds 4, A holds 1.
    people = [Person(0, (1, 2))] + [Person(i, (2, 1)) for i in range(1, 6)]
    result = assign.balanced(people, {1: Caps(None, 2), 2: Caps(None, 4)})
    assert result.counts == {1: 5, 2: 1}


def test_caps_respected_and_everyone_placed():
    people = [Person(i, (1, 2, 3)) for i in range(30)]
    result = assign.balanced(people, {1: Caps(5, 10), 2: Caps(5, 10), 3: Caps(5, 10)})
    assert result.sizes == {1: 10, 2: 10, 3: 10}
    assert (result.first, result.second, result.third, result.unplaced) == (10, 10, 10, 0)


def test_minimum_fills_a_group_nobody_chose():
    people = [Person(i, (1,)) for i in range(6)]
    result = assign.balanced(people, {1: Caps(None, None), 2: Caps(2, None)})
    assert result.sizes == {1: 4, 2: 2}
    assert result.other == 2


def test_locked_member_kept_even_against_their_choice():
    people = [Person(0, (1,), locked_group=2), Person(1, (2,))]
    result = assign.balanced(people, {1: Caps(None, 1), 2: Caps(None, 1)})
    assert result.assignment == {0: 2, 1: 1}


@pytest.mark.parametrize(("caps", "reason"), [
    ({1: Caps(None, 2), 2: Caps(None, 2)}, "too_many"),
    ({1: Caps(3, None), 2: Caps(3, None)}, "too_few"),
    ({1: Caps(4, 2), 2: Caps(None, None)}, "min_above_max"),
    ({}, "no_groups"),
])
def test_infeasible_caps_reported(caps, reason):
    people = [Person(i, (1,)) for i in range(5)]
    with pytest.raises(ValidationError) as err:
        assign.balanced(people, caps)
    assert err.value.params["reason"] == reason


def test_locked_over_max_reported():
    people = [Person(i, (1,), locked_group=1) for i in range(3)]
    with pytest.raises(ValidationError) as err:
        assign.balanced(people, {1: Caps(None, 2), 2: Caps(None, 5)})
    assert err.value.params["reason"] == "locked_over_max"


def test_areas_spread_within_a_profile():
    # Eight people with the same choices, four per area; two groups of four.
    people = [Person(i, (1, 2), area="N" if i < 4 else "Z") for i in range(8)]
    result = assign.balanced(people, {1: Caps(None, 4), 2: Caps(None, 4)})
    for g in (1, 2):
        areas = [p.area for p in people if result.assignment[p.id] == g]
        assert sorted(areas) == ["N", "N", "Z", "Z"]


def test_free_forming_sends_everyone_to_first_choice():
    people = [Person(0, (1, 2)), Person(1, (2,)), Person(2, ()), Person(3, (1,), locked_group=2)]
    result = assign.free(people, [1, 2])
    assert result.assignment == {0: 1, 1: 2, 2: None, 3: 2}
    assert result.unplaced == 1 and result.counts[OTHER] == 1
