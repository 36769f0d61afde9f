"""The pair matcher: hard rules, maximum number paired, optimal fit, pins (sessions/pairs.py)."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from pathlib import Path

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions import pairs
from sessions.pairs import Problem


def random_problem(rng: random.Random, n: int, k: int, *, teams: int = 3, pins: int = 0,
                   earlier: int = 0, max_pairs: int | None = None) -> Problem:
    levels, wants, teaches = {}, {}, set()
    for p in range(1, n + 1):
        for c in range(1, k + 1):
            lv = rng.choice([0, 0, 1, 1, 2, 3, 4])
            if lv:
                levels[(p, c)] = lv
            if lv <= 2 and rng.random() < 0.4:
                wants[(p, c)] = rng.choice([1, 2, 3])
            if lv >= 3 and rng.random() < 0.8:
                teaches.add((p, c))
    team = {p: f"T{rng.randrange(teams)}" if rng.random() < 0.9 else "" for p in range(1, n + 1)}
    manager = {p: (rng.randint(1, n) if rng.random() < 0.5 else None) for p in range(1, n + 1)}
    manager = {p: (m if m != p else None) for p, m in manager.items()}
    prob = Problem(levels, wants, teaches, {c: rng.randint(0, 3) for c in range(1, k + 1)},
                   {p: rng.choice([0, 1, 1, 2, 2, 3]) for p in range(1, n + 1)}, team, manager,
                   max_pairs=max_pairs or rng.choice([1, 2, 2, 3]),
                   different_teams=rng.random() < 0.5)
    everyone = [(lr, e) for lr in range(1, n + 1) for e in range(1, n + 1) if lr != e]
    prob.earlier = set(rng.sample(everyone, min(earlier, len(everyone))))
    # pins: allowed pairs chosen greedily within the limits
    allowed = [(lr, e, c) for (lr, c) in wants for e in range(1, n + 1) if prob.allowed(lr, e, c)]
    rng.shuffle(allowed)
    for t in allowed[:pins]:
        trial = prob.fixed + [t]
        try:
            pairs.check(Problem(**{**prob.__dict__, "fixed": []}), trial)
        except AssertionError:
            continue
        prob.fixed = trial
    return prob


def independent_max(prob: Problem) -> int:
    """Maximum number of new pairs by a plain max flow over every allowed triple."""
    g = nx.DiGraph()
    used_l, used_e = defaultdict(int), defaultdict(int)
    for lr, e, _c in prob.fixed:
        used_l[lr] += 1
        used_e[e] += 1
    for lr, c in prob.open_wishes():
        g.add_edge("s", ("l", lr), capacity=max(0, prob.max_pairs - used_l[lr]))
        g.add_edge(("l", lr), ("w", lr, c), capacity=1)
        for e in {p for p, _ in prob.levels}:
            if prob.allowed(lr, e, c):
                g.add_edge(("w", lr, c), ("e", e), capacity=1)
                g.add_edge(("e", e), "t", capacity=max(0, prob.capacity.get(e, 0) - used_e[e]))
    if "s" not in g or "t" not in g:
        return 0
    return nx.maximum_flow_value(g, "s", "t")


def brute_force(prob: Problem) -> tuple[int, int]:
    """(most pairs, lowest cost among those) over every subset of allowed triples."""
    people = sorted({p for p, _ in prob.levels} | {p for p, _ in prob.wants})
    triples = [(lr, e, c) for (lr, c) in prob.open_wishes() for e in people
               if prob.allowed(lr, e, c)]
    best = (0, 0)
    for size in range(len(triples), 0, -1):
        costs = []
        for combo in itertools.combinations(triples, size):
            try:
                pairs.check(prob, list(combo))
            except AssertionError:
                continue
            costs.append(pairs.total_cost(prob, list(combo)))
        if costs:
            return size, min(costs)
    return best


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**6), n=st.integers(2, 14), k=st.integers(1, 4),
       pins=st.integers(0, 3), earlier=st.integers(0, 6))
def test_hard_rules_hold_and_the_number_paired_is_the_maximum(seed, n, k, pins, earlier):
    prob = random_problem(random.Random(seed), n, k, pins=pins, earlier=earlier)
    result = pairs.solve(prob)
    pairs.check(prob, result)              # every hard rule, capacity and learner limit
    assert len(result) == independent_max(prob)


def test_total_fit_is_optimal_against_brute_force():
    rng = random.Random(7)
    checked = 0
    for _ in range(400):
        prob = random_problem(rng, rng.randint(3, 6), rng.randint(1, 3), pins=rng.randint(0, 1),
                              earlier=rng.randint(0, 2))
        people = {p for p, _ in prob.levels}
        triples = [(lr, e, c) for (lr, c) in prob.open_wishes() for e in people
                   if prob.allowed(lr, e, c)]
        if not 2 <= len(triples) <= 11:
            continue
        result = pairs.solve(prob)
        assert (len(result), pairs.total_cost(prob, result)) == brute_force(prob)
        checked += 1
    assert checked >= 60


def test_pins_are_kept_and_count_against_capacity():
    prob = Problem(levels={(1, 1): 4, (2, 1): 4, (3, 1): 0, (4, 1): 0},
                   wants={(3, 1): 2, (4, 1): 2}, teaches={(1, 1), (2, 1)},
                   importance={1: 3}, capacity={1: 1, 2: 1, 3: 0, 4: 0},
                   fixed=[(3, 2, 1)])
    result = pairs.solve(prob)
    assert result == [(4, 1, 1)]           # 3 keeps its pinned expert 2, who is now full


def test_load_is_spread_over_experts():
    # two equally good experts with room for two each, two learners: one each
    prob = Problem(levels={(1, 1): 4, (2, 1): 4}, wants={(3, 1): 2, (4, 1): 2},
                   teaches={(1, 1), (2, 1)}, importance={1: 1}, capacity={1: 2, 2: 2})
    result = pairs.solve(prob)
    assert sorted(e for _l, e, _c in result) == [1, 2]


def test_more_wishes_met_beats_better_fit():
    # learner 3 could have the level-4 expert 1; but then learner 4 (who only 1 can teach,
    # because 2 is their manager) would be left out. Both must be paired.
    prob = Problem(levels={(1, 1): 4, (2, 1): 3}, wants={(3, 1): 1, (4, 1): 3},
                   teaches={(1, 1), (2, 1)}, importance={1: 3}, capacity={1: 1, 2: 1},
                   manager={4: 2})
    result = sorted(pairs.solve(prob))
    assert result == [(3, 2, 1), (4, 1, 1)]


def test_never_the_own_manager_nor_an_earlier_partner_nor_the_same_team():
    prob = Problem(levels={(1, 1): 4, (2, 1): 4, (5, 1): 4}, wants={(3, 1): 2},
                   teaches={(1, 1), (2, 1), (5, 1)}, importance={1: 2},
                   capacity={1: 2, 2: 2, 5: 2}, team={1: "A", 2: "B", 3: "C", 5: "C"},
                   manager={3: 1}, earlier={(3, 2)}, different_teams=True)
    assert pairs.solve(prob) == []
    prob.different_teams = False
    assert pairs.solve(prob) == [(3, 5, 1)]


def test_the_highs_path_for_large_rooms_gives_the_same_optimum(monkeypatch):
    rng = random.Random(11)
    for _ in range(12):
        prob = random_problem(rng, rng.randint(6, 30), rng.randint(1, 5), pins=rng.randint(0, 2),
                              earlier=rng.randint(0, 5))
        flow_result = pairs.solve(prob)
        monkeypatch.setattr(pairs, "HIGHS_ABOVE", 0)
        highs_result = pairs.solve(prob)
        monkeypatch.setattr(pairs, "HIGHS_ABOVE", 15_000)
        pairs.check(prob, highs_result)
        assert (len(highs_result), pairs.total_cost(prob, highs_result)) == \
            (len(flow_result), pairs.total_cost(prob, flow_result))


def test_the_highs_path_really_solves_and_needs_neither_numpy_nor_scipy():
    """HiGHS answers itself (no silent fallback to networkx), through highspy's core alone."""
    import subprocess
    import sys

    rng = random.Random(3)
    prob = random_problem(rng, 25, 4, pins=1, earlier=2)
    built = pairs.build_graph(prob, reward=True)
    assert built is not None
    assert pairs._highs_flow(built[0]) is not None
    # in a fresh interpreter that refuses numpy and scipy, large pairings and intervisie run
    code = (
        "import sys\n"
        "class Refuse:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('numpy', 'scipy'):\n"
        "            raise ImportError('refused: ' + name)\n"
        "sys.meta_path.insert(0, Refuse())\n"
        "from sessions import intervisie, pairs\n"
        "pairs.HIGHS_ABOVE = 0\n"
        "from sessions.pairs import Problem\n"
        "p = Problem(levels={(1, 1): 4, (2, 1): 1}, wants={(2, 1): 1}, teaches={(1, 1)},\n"
        "            importance={1: 3}, capacity={1: 2})\n"
        "g = pairs.build_graph(p, reward=True)[0]\n"
        "assert pairs._highs_flow(g) is not None\n"
        "r = intervisie.solve(list(range(1, 13)), {}, {2: 1, 3: 1, 4: 1})\n"
        "assert r.optimal and not any(1 in grp and {2, 3, 4} & set(grp) for grp in r.groups)\n"
        "print('ok', 'numpy' in sys.modules, 'scipy' in sys.modules)\n")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, timeout=120)
    assert out.stdout.strip() == "ok False False", out.stderr
