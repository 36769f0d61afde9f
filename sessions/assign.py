"""The optimal assignment of people to theme groups (balanced forming).

The problem is a transportation problem: people (supplies) go to groups (demands
between a minimum and a maximum size). Satisfaction is lexicographic, in this order
of aims (``aim="chosen"``, the default):

1. nobody in a group they did not choose ("other"), as far as the sizes allow;
2. then as many first choices as possible;
3. then as many second choices; 4. then third.

``aim="first"`` drops aim 1 (most first choices even if it puts people outside all
their choices); the console shows both results when they differ. Lexicographic
order becomes one linear cost with weights in base ``M = n + 1``::

    rank 1 -> 0,  rank 2 -> M^2 - M,  rank 3 -> M^2 - 1,  other -> M^3 (aim "first": M^2)

so ``cost = other*(M^3 - M^2) + n*M^2 - (n1*M^2 + n2*M + n3)`` and, since
``n1*M^2 + n2*M + n3 < n*M^2 <= M^3 - M^2``, no number of lower-tier gains can
outweigh one person less outside their choices, nor one first choice more. People with the same choices are one node (a
"profile"), so 10,000 people and 20 groups make a graph of a few thousand nodes.
A shared "other" node carries people to groups they did not choose; routing a
person to a chosen group through it is never optimal (it costs more), so tiers are
counted right. Lower bounds (minimum sizes) become node demands. networkx's
network simplex solves it exactly in integers.

Secondary aim, spreading areas (gebied), never at the cost of satisfaction: up to
``SPREAD_LIMIT`` people, one min-cost flow minimises the primary cost times
``n^2 + 1`` plus the number of same-area pairs inside groups (exact; see
:func:`_solve_spread`). Above it, the people of each choice profile (who are
interchangeable) are dealt over that profile's groups area by area: still free of
satisfaction cost, but only a spread within the primary solution found.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sessions.errors import Code, ValidationError

OTHER = 0  # tier of a person placed in a group they did not choose
UNPLACED = -1  # tier of a person without a group (free forming without a first choice)
MAX_RANK = 3
# Above this many people the exact area spread (a graph of groups x people unit edges)
# would slow a live click; larger runs spread areas within each choice profile only.
SPREAD_LIMIT = 1000


@dataclass(frozen=True)
class Person:
    """One person to place: their ranked group ids (first choice first) and their area."""

    id: int
    choices: tuple[int, ...] = ()
    area: str = ""
    locked_group: int | None = None


@dataclass(frozen=True)
class Caps:
    """Minimum and maximum size of one group (None = no bound)."""

    min_size: int | None = None
    max_size: int | None = None


@dataclass
class Result:
    """An assignment and how satisfied it leaves people.

    ``counts`` maps a tier to a number of people: 1, 2, 3 for the rank they got,
    ``OTHER`` for a group they did not choose, ``UNPLACED`` for no group.
    """

    assignment: dict[int, int | None]
    counts: dict[int, int] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)

    @property
    def first(self) -> int:
        """People in their first choice."""
        return self.counts.get(1, 0)

    @property
    def second(self) -> int:
        """People in their second choice."""
        return self.counts.get(2, 0)

    @property
    def third(self) -> int:
        """People in their third choice."""
        return self.counts.get(3, 0)

    @property
    def other(self) -> int:
        """People in a group they did not choose."""
        return self.counts.get(OTHER, 0)

    @property
    def unplaced(self) -> int:
        """People without a group."""
        return self.counts.get(UNPLACED, 0)

    def score(self, n: int | None = None) -> int:
        """The lexicographic objective ``n1*M^2 + n2*M + n3`` with ``M = n + 1`` (higher is better)."""
        m = (len(self.assignment) if n is None else n) + 1
        return self.first * m * m + self.second * m + self.third

    def key(self, aim: str = "chosen") -> tuple[int, ...]:
        """What an aim maximises, most important first (compare two results with it)."""
        ranks = (self.first, self.second, self.third)
        return ranks if aim == "first" else (-self.other - self.unplaced, *ranks)

    def same_counts(self, other: Result) -> bool:
        """True when both leave the same numbers in each tier (a facilitator sees no difference)."""
        return {k: v for k, v in self.counts.items() if v} == \
            {k: v for k, v in other.counts.items() if v}


def tier(person: Person, group_id: int | None) -> int:
    """Which tier a person lands in when placed in ``group_id``."""
    if group_id is None:
        return UNPLACED
    for rank, g in enumerate(person.choices[:MAX_RANK], start=1):
        if g == group_id:
            return rank
    return OTHER


def evaluate(people: Iterable[Person], assignment: Mapping[int, int | None]) -> Result:
    """Count tiers and sizes of a given assignment."""
    counts: Counter[int] = Counter()
    sizes: Counter[int] = Counter()
    people = list(people)
    for p in people:
        g = assignment.get(p.id)
        counts[tier(p, g)] += 1
        if g is not None:
            sizes[g] += 1
    return Result(dict(assignment), dict(counts), dict(sizes))


AIMS = ("chosen", "first")


def tier_costs(n: int, aim: str = "chosen") -> dict[int, int]:
    """Cost per person of each tier, lexicographic in base n + 1 (see module doc)."""
    if aim not in AIMS:
        raise ValueError(aim)
    m = n + 1
    return {1: 0, 2: m * m - m, 3: m * m - 1, OTHER: m * m * m if aim == "chosen" else m * m}


def free(people: Sequence[Person], group_ids: Iterable[int]) -> Result:
    """Free forming: everyone to their first choice (locked people stay); no first choice = unplaced."""
    valid = set(group_ids)
    assignment: dict[int, int | None] = {}
    for p in people:
        if p.locked_group in valid:
            assignment[p.id] = p.locked_group
        else:
            assignment[p.id] = p.choices[0] if p.choices and p.choices[0] in valid else None
    return evaluate(people, assignment)


def check_caps(n: int, caps: Mapping[int, Caps], locked: Mapping[int, int] | None = None) -> None:
    """Raise ``ValidationError(Code.INVALID, field='caps', reason=...)`` when no assignment fits.

    Reasons: ``no_groups``, ``min_above_max`` (group), ``locked_over_max`` (group),
    ``too_many`` (people > total maximum), ``too_few`` (people < total minimum).
    """
    if not caps:
        raise ValidationError(Code.INVALID, field="caps", reason="no_groups", people=n)
    locked_count = Counter((locked or {}).values())
    total_min = 0
    total_max: int | None = 0
    for g, c in caps.items():
        lo = c.min_size or 0
        if lo < 0 or (c.max_size is not None and c.max_size < 0):
            raise ValidationError(Code.INVALID, field="caps", reason="negative", group=g)
        if c.max_size is not None and lo > c.max_size:
            raise ValidationError(Code.INVALID, field="caps", reason="min_above_max", group=g,
                                  min_size=lo, max_size=c.max_size)
        if c.max_size is not None and locked_count[g] > c.max_size:
            raise ValidationError(Code.INVALID, field="caps", reason="locked_over_max", group=g,
                                  locked=locked_count[g], max_size=c.max_size)
        total_min += max(lo, locked_count[g])
        if total_max is not None:
            total_max = None if c.max_size is None else total_max + c.max_size
    if total_max is not None and n > total_max:
        raise ValidationError(Code.INVALID, field="caps", reason="too_many", people=n,
                              capacity=total_max)
    if n < total_min:
        raise ValidationError(Code.INVALID, field="caps", reason="too_few", people=n,
                              minimum=total_min)


def balanced(people: Sequence[Person], caps: Mapping[int, Caps], *, spread_areas: bool = True,
             aim: str = "chosen") -> Result:
    """The lexicographically optimal assignment within the caps; locked people keep their group.

    Raises ``ValidationError(Code.INVALID, field='caps', ...)`` when the caps cannot
    hold everyone (see :func:`check_caps`).
    """
    group_ids = list(caps)
    valid = set(group_ids)
    locked = {p.id: p.locked_group for p in people if p.locked_group in valid}
    n = len(people)
    check_caps(n, caps, locked)

    free_people = [p for p in people if p.id not in locked]
    locked_count = Counter(locked.values())
    profiles: dict[tuple[int, ...], list[Person]] = defaultdict(list)
    for p in free_people:
        seen: list[int] = []
        for g in p.choices:
            if g in valid and g not in seen:
                seen.append(g)
        profiles[tuple(seen[:MAX_RANK])].append(p)

    assignment: dict[int, int | None] = dict(locked)
    if spread_areas and len(free_people) <= SPREAD_LIMIT:
        by_area: dict[tuple[tuple[int, ...], str], list[Person]] = defaultdict(list)
        for key, members in profiles.items():
            for p in members:
                by_area[(key, p.area)].append(p)
        locked_people = [p for p in people if p.id in locked]
        for (_key, _area), (members, quota) in _solve_spread(by_area, caps, locked_people,
                                                             n, aim).items():
            assignment.update(_deal(members, quota, False, locked, people))
        return evaluate(people, assignment)

    flows = _solve(profiles, caps, locked_count, n, aim)
    for key, members in profiles.items():
        quota = flows[key]
        assignment.update(_deal(members, quota, spread_areas, locked, people))
    return evaluate(people, assignment)


def even_caps(people: Sequence[Person], group_ids: Sequence[int], *, spread_areas: bool = True
              ) -> tuple[dict[int, Caps], Result]:
    """The most even sizes for which nobody has to go outside their choices; and that result.

    Starts from ``floor(n/g)..ceil(n/g)`` per group and widens until the number of people
    outside their choices is as low as without any limits (zero when every person chose
    at least one group): first the maximum is raised as little as needed (with no
    minimum), then the minimum is raised as far as that maximum allows. Widening only
    adds room, so that number never grows with the width: binary searches find both
    bounds in O(log n) solves. Locked people count in their group's size.
    """
    group_ids = list(group_ids)
    if not group_ids:
        raise ValidationError(Code.INVALID, field="caps", reason="no_groups", people=len(people))
    n, g = len(people), len(group_ids)
    low, high = n // g, -(-n // g)
    locked_count = Counter(p.locked_group for p in people if p.locked_group in set(group_ids))

    def caps_at(lo: int, hi: int) -> dict[int, Caps]:
        return {gid: Caps(lo, max(hi, locked_count[gid])) for gid in group_ids}

    def other_at(lo: int, hi: int) -> float:
        try:
            return balanced(people, caps_at(lo, hi), spread_areas=False).other
        except ValidationError:   # locked people can make the narrowest sizes impossible
            return float("inf")

    floor_other = other_at(0, n)   # no limits at all
    a, b = high, max(high, n)      # the smallest maximum that keeps that
    while a < b:
        mid = (a + b) // 2
        if other_at(0, mid) <= floor_other:
            b = mid
        else:
            a = mid + 1
    hi = a
    a, b = 0, low                  # then the largest minimum under it
    while a < b:
        mid = (a + b + 1) // 2
        if other_at(mid, hi) <= floor_other:
            a = mid
        else:
            b = mid - 1
    caps = caps_at(a, hi)
    return caps, balanced(people, caps, spread_areas=spread_areas)


def spread_penalty(people: Iterable[Person], assignment: Mapping[int, int | None]) -> int:
    """How unevenly areas are spread: the number of same-area pairs inside groups (lower is better)."""
    counts = Counter((assignment.get(p.id), p.area) for p in people
                     if assignment.get(p.id) is not None)
    return sum(c * (c - 1) // 2 for c in counts.values())


def _solve_spread(profiles: Mapping[tuple[tuple[int, ...], str], list[Person]],
                  caps: Mapping[int, Caps], locked_people: Sequence[Person], n: int,
                  aim: str = "chosen"
                  ) -> dict[tuple[tuple[int, ...], str], tuple[list[Person], dict[int, int]]]:
    """Primary optimum first, then the fewest same-area pairs per group, in one min-cost flow.

    Primary costs are scaled by ``W = n^2 + 1``, more than any spread penalty can add up
    to, so spreading never costs satisfaction. Each (group, area) pair drains into its
    group through unit edges costing 0, 1, 2, ...: the k-th person of one area in a
    group costs k, a convex cost whose sum is the number of same-area pairs.
    """
    import networkx as nx  # here, not at the top: 130 ms of every start-up otherwise

    cost = tier_costs(n, aim)
    w = n * n + 1
    graph = nx.MultiDiGraph()
    supply = sum(len(m) for m in profiles.values())
    locked_count = Counter(p.locked_group for p in locked_people)
    locked_area = Counter((p.locked_group, p.area) for p in locked_people)
    area_size = Counter()
    for (_key, area), members in profiles.items():
        area_size[area] += len(members)
    graph.add_node("s", demand=-supply)
    lower_total, room = _add_group_nodes(graph, caps, locked_count)
    for g, hi in room.items():
        for area, size in area_size.items():
            graph.add_edge(("other", area), ("ga", g, area), weight=0)
            start = locked_area[(g, area)]
            units = size if hi is None else min(size, hi)
            for k in range(units):
                graph.add_edge(("ga", g, area), ("g", g), weight=start + k, capacity=1)
    graph.add_node("t", demand=supply - lower_total)
    keys = list(profiles)
    for i, (key, area) in enumerate(keys):
        node = ("p", i)
        graph.add_edge("s", node, weight=0, capacity=len(profiles[(key, area)]))
        for rank, g in enumerate(key, start=1):
            graph.add_edge(node, ("ga", g, area), weight=w * cost[rank])
        graph.add_edge(node, ("other", area), weight=w * cost[OTHER])
    try:
        _value, flow = nx.network_simplex(graph)
    except nx.NetworkXUnfeasible:
        raise ValidationError(Code.INVALID, field="caps", reason="infeasible", people=n) from None
    pool = {(g, area): flow[("other", area)][("ga", g, area)][0]
            for g in caps for area in area_size}
    out = {}
    for i, (key, area) in enumerate(keys):
        node = ("p", i)
        quota = {g: flow[node][("ga", g, area)][0] for g in key if flow[node][("ga", g, area)][0]}
        k = flow[node][("other", area)][0]
        # pooled "other" flow goes to groups outside this profile's choices (see module doc)
        for own_groups_too in (False, True):
            for g in caps:
                if k == 0:
                    break
                if (g in key and not own_groups_too) or pool[(g, area)] == 0:
                    continue
                take = min(k, pool[(g, area)])
                quota[g] = quota.get(g, 0) + take
                pool[(g, area)] -= take
                k -= take
        out[(key, area)] = (profiles[(key, area)], quota)
    return out


def _add_group_nodes(graph, caps: Mapping[int, Caps], locked_count: Mapping[int, int]
                     ) -> tuple[int, dict[int, int | None]]:
    """Add a node per group with its minimum as demand and its spare room to the sink.

    Locked people already fill part of a group, so both bounds shrink by them. Returns
    the sum of the minimums (which the sink does not have to take) and each group's
    room left for the unlocked (None: no maximum).
    """
    lower_total = 0
    room: dict[int, int | None] = {}
    for g, c in caps.items():
        lo = max(0, (c.min_size or 0) - locked_count.get(g, 0))
        hi = None if c.max_size is None else c.max_size - locked_count.get(g, 0)
        room[g] = hi
        graph.add_node(("g", g), demand=lo)
        lower_total += lo
        if hi is None:
            graph.add_edge(("g", g), "t", weight=0)
        else:
            graph.add_edge(("g", g), "t", weight=0, capacity=hi - lo)
    return lower_total, room


def _solve(profiles: Mapping[tuple[int, ...], list[Person]], caps: Mapping[int, Caps],
           locked_count: Mapping[int, int], n: int, aim: str = "chosen"
           ) -> dict[tuple[int, ...], dict[int, int]]:
    """Min-cost flow over the aggregated graph; per profile, how many go to which group."""
    import networkx as nx

    cost = tier_costs(n, aim)
    graph = nx.DiGraph()
    supply = sum(len(m) for m in profiles.values())
    graph.add_node("s", demand=-supply)
    graph.add_node("other")
    lower_total, _room = _add_group_nodes(graph, caps, locked_count)
    for g in caps:
        graph.add_edge("other", ("g", g), weight=0)
    graph.add_node("t", demand=supply - lower_total)
    for i, (key, members) in enumerate(profiles.items()):
        node = ("p", i)
        graph.add_edge("s", node, weight=0, capacity=len(members))
        for rank, g in enumerate(key, start=1):
            graph.add_edge(node, ("g", g), weight=cost[rank])
        graph.add_edge(node, "other", weight=cost[OTHER])
    try:
        _value, flow = nx.network_simplex(graph)
    except nx.NetworkXUnfeasible:
        raise ValidationError(Code.INVALID, field="caps", reason="infeasible", people=n) from None
    out: dict[tuple[int, ...], dict[int, int]] = {}
    other_left = {g: flow["other"][("g", g)] for g in caps}
    for i, key in enumerate(profiles):
        node = ("p", i)
        quota = {g: flow[node][("g", g)] for g in key if flow[node][("g", g)]}
        k = flow[node]["other"]
        # "other" flow is pooled: hand it out to groups outside this profile's choices.
        for g in caps:
            if k == 0:
                break
            if g in key or other_left[g] == 0:
                continue
            take = min(k, other_left[g])
            quota[g] = quota.get(g, 0) + take
            other_left[g] -= take
            k -= take
        if k:  # only when the pool's rest sits in this profile's own groups; cheaper direct
            for g in caps:
                take = min(k, other_left[g])
                if take:
                    quota[g] = quota.get(g, 0) + take
                    other_left[g] -= take
                    k -= take
        out[key] = quota
    return out


def _deal(members: list[Person], quota: dict[int, int], spread: bool,
          locked: Mapping[int, int], everyone: Sequence[Person]) -> dict[int, int]:
    """Share one profile's people over its groups' quotas, mixing areas when asked."""
    result: dict[int, int] = {}
    left = dict(quota)
    if not spread or len([q for q in left.values() if q]) <= 1:
        it = iter(members)
        for g, q in quota.items():
            for _ in range(q):
                result[next(it).id] = g
        return result
    by_area: dict[str, list[Person]] = defaultdict(list)
    for p in members:
        by_area[p.area].append(p)
    area_in_group: Counter[tuple[str, int]] = Counter()
    # biggest areas first: they are the hardest to spread
    for area, group_people in sorted(by_area.items(), key=lambda kv: -len(kv[1])):
        for p in group_people:
            g = min((g for g, q in left.items() if q > 0),
                    key=lambda g: (area_in_group[(area, g)], -left[g]))
            result[p.id] = g
            left[g] -= 1
            area_in_group[(area, g)] += 1
    return result
