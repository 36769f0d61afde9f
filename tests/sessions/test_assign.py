"""The optimal assignment: brute force on small cases, caps, locks, infeasible caps."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions import assign
from sessions.assign import OTHER, Caps, Person
from sessions.errors import ValidationError


def _brute(people, caps, aim="chosen"):
    """The best (aim's key, -spread penalty) over every assignment within the caps (None: none)."""
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
        score = (assign.evaluate(people, chosen).key(aim),
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
@given(instances(), st.sampled_from(assign.AIMS))
def test_optimal_against_brute_force(instance, aim):
    people, caps = instance
    best = _brute(people, caps, aim)
    if best is None:
        with pytest.raises(ValidationError) as err:
            assign.balanced(people, caps, aim=aim)
        assert err.value.params["field"] == "caps"
        return
    result = assign.balanced(people, caps, aim=aim)
    assert result.key(aim) == best[0]
    assert assign.spread_penalty(people, result.assignment) == -best[1]
    assert result.unplaced == 0
    for g, c in caps.items():
        size = result.sizes.get(g, 0)
        assert size >= (c.min_size or 0)
        assert c.max_size is None or size <= c.max_size
    for p in people:
        if p.locked_group is not None:
            assert result.assignment[p.id] == p.locked_group


@settings(max_examples=60, deadline=None)
@given(instances())
def test_both_aims_optimal_against_brute_force_on_tight_caps(instance):
    """Tight maximums make the aims disagree; each must still be the optimum of its order."""
    people, _caps = instance
    gids = sorted({g for p in people for g in p.choices} | {10, 11})
    caps = {g: Caps(None, 1 + len(people) // len(gids)) for g in gids}
    for aim in assign.AIMS:
        best = _brute(people, caps, aim)
        if best is None:
            continue
        assert assign.balanced(people, caps, aim=aim).key(aim) == best[0]


def test_nobody_outside_their_choices_comes_before_first_choices():
    """Issue 14.3: winning two first choices put one person in a group they did not choose."""
    # Three groups of one. 0 wants only 1; 1 wants 1 then 2; 2 wants 2 then 3.
    people = [Person(0, (1,)), Person(1, (1, 2)), Person(2, (2, 3))]
    caps = {1: Caps(None, 1), 2: Caps(None, 1), 3: Caps(None, 1)}
    chosen = assign.balanced(people, caps)
    first = assign.balanced(people, caps, aim="first")
    assert chosen.assignment == {0: 1, 1: 2, 2: 3}
    assert (chosen.other, chosen.first, chosen.second) == (0, 1, 2)
    assert (first.other, first.first) == (1, 2)
    assert chosen.key() > first.key() and first.key("first") > chosen.key("first")


def test_even_sizes_by_default_for_eleven_people_in_three_groups():
    """Issue 14.2: without limits 11 people came out 8/2/1."""
    people = [Person(i, ((1, 2), (2, 3), (1, 3), (1, 2))[i % 4]) for i in range(11)]
    caps, result = assign.even_caps(people, [1, 2, 3])
    assert sorted(result.sizes.values()) == [3, 4, 4]
    assert result.other == 0
    assert {(c.min_size, c.max_size) for c in caps.values()} == {(3, 4)}


def test_even_sizes_widen_until_nobody_is_outside_their_choices():
    # everyone chose group 1 or 2 only; group 3 can stay small but not take anyone
    people = [Person(i, (1, 2)) for i in range(9)]
    caps, result = assign.even_caps(people, [1, 2, 3])
    assert result.other == 0
    assert result.sizes.get(3, 0) == 0
    assert sorted(v for v in result.sizes.values() if v) == [4, 5]
    assert {(c.min_size, c.max_size) for c in caps.values()} == {(0, 5)}


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


@settings(max_examples=60, deadline=None)
@given(instances())
def test_even_sizes_have_the_smallest_largest_group_against_brute_force(instance):
    """Nobody more outside their choices than without limits, and no group larger than needed."""
    people, caps = instance
    people = [Person(p.id, p.choices, p.area) for p in people]   # no locks here
    gids = list(caps)
    caps, result = assign.even_caps(people, gids)
    least_other, smallest_max = None, None
    for combo in itertools.product(gids, repeat=len(people)):
        placed = dict(zip((p.id for p in people), combo, strict=True))
        other = assign.evaluate(people, placed).other
        biggest = max((combo.count(g) for g in gids), default=0)
        if least_other is None or (other, biggest) < (least_other, smallest_max):
            least_other, smallest_max = other, biggest
    assert result.other == (least_other or 0)
    assert max(result.sizes.values(), default=0) == (smallest_max or 0)
