"""Learning pairs: 2,000 people × 40 competences; and intervisie groups of 200 people.

Each person wants about 3 competences (priority 1–3), about 10 % of people are expert
(level ≥ 3, can teach) in each competence, capacity 2, at most 2 pairs per learner, 40
teams with a manager each, and a few earlier pairs. Our matcher (sessions.pairs: the
class-aggregated flow network; at this size HiGHS's dual simplex through highspy's core,
sessions/highs.py) is timed against scipy's HiGHS solving the plain model (a variable per
allowed learner–expert–competence triple) as a linear programme in the same run (a network
LP has integral vertices, so its optimum is the true one). scipy is a bench-only extra. Both objectives must be equal; the
ratio ours / HiGHS is printed (target ≤ 1×). The time to build the network is printed
apart: both solvers share it.

Then 200 people in 20 teams (managers included) are grouped for intervisie by HiGHS's
branch-and-cut (highspy, the app's own path): seconds, proven optimal or not, and the
team-mixing cost.
"""

from __future__ import annotations

import random
import time

from bench.common import summary

PEOPLE = 2_000
COMPETENCES = 40
TEAMS = 40


def instance(seed: int = 18, different_teams: bool = False):
    """A large organisation as the issue describes it."""
    from sessions.pairs import Problem

    rng = random.Random(seed)
    people = list(range(1, PEOPLE + 1))
    team = {p: f"team{(p - 1) % TEAMS}" for p in people}
    managers = {f"team{t}": t + 1 for t in range(TEAMS)}
    manager = {p: (managers[team[p]] if managers[team[p]] != p else None) for p in people}
    levels, wants, teaches = {}, {}, set()
    for c in range(1, COMPETENCES + 1):
        experts = rng.sample(people, PEOPLE // 10)
        for e in experts:
            levels[(e, c)] = rng.choice([3, 4])
            if rng.random() < 0.9:
                teaches.add((e, c))
    for p in people:
        for c in rng.sample(range(1, COMPETENCES + 1), rng.choice([2, 3, 3, 4])):
            if levels.get((p, c), 0) < 3:
                levels[(p, c)] = rng.choice([0, 1, 1, 2])
                wants[(p, c)] = rng.choice([1, 2, 2, 3])
    earlier = {(p, rng.choice(people)) for p in rng.sample(people, 200)}
    return Problem(levels, wants, teaches, {c: rng.randint(0, 3) for c in range(1, COMPETENCES + 1)},
                   {p: 2 for p in people}, team, manager, max_pairs=2,
                   different_teams=different_teams, earlier=earlier)


def direct_highs(problem) -> tuple[int, int, float]:
    """The same objective as one plain LP: a variable per allowed (learner, expert, competence),
    the k-th learner of an expert as a load slot; HiGHS. Returns (paired, cost, seconds)."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    from sessions import pairs

    start = time.perf_counter()
    experts = problem.experts()
    wishes = problem.open_wishes()
    triples = [(lr, e, c) for lr, c in wishes for e in experts.get(c, ())
               if problem.allowed(lr, e, c)]
    people = sorted({e for es in experts.values() for e in es})
    slots = [(e, k) for e in people for k in range(1, problem.capacity.get(e, 0) + 1)]
    nt, ns = len(triples), len(slots)
    max_fit = pairs.W_IMP * 3 + pairs.W_PRIO * 2 + pairs.W_GAP * 3
    big = (len(wishes) + 1) * (max_fit + pairs.W_LOAD * max(problem.capacity.values())) + 1
    cost = np.array([problem.fit(*t) - big for t in triples]
                    + [pairs.W_LOAD * (k - 1) for _e, k in slots], dtype=float)
    rows, cols, vals, ub = [], [], [], []
    r = 0
    wish_row = {w: i for i, w in enumerate(wishes)}
    for j, (lr, _e, c) in enumerate(triples):        # one pair per wish
        rows.append(wish_row[(lr, c)])
        cols.append(j)
        vals.append(1)
    r = len(wishes)
    ub += [1] * len(wishes)
    learners = sorted({lr for lr, _c in wishes})
    lrow = {lr: r + i for i, lr in enumerate(learners)}
    for j, (lr, _e, _c) in enumerate(triples):       # pairs per learner
        rows.append(lrow[lr])
        cols.append(j)
        vals.append(1)
    r += len(learners)
    ub += [problem.max_pairs] * len(learners)
    a_ub = coo_matrix((vals, (rows, cols)), shape=(r, nt + ns)).tocsr()
    erow = {e: i for i, e in enumerate(people)}      # an expert's pairs fill their slots
    rows, cols, vals = [], [], []
    for j, (_lr, e, _c) in enumerate(triples):
        rows.append(erow[e])
        cols.append(j)
        vals.append(1)
    for j, (e, _k) in enumerate(slots):
        rows.append(erow[e])
        cols.append(nt + j)
        vals.append(-1)
    a_eq = coo_matrix((vals, (rows, cols)), shape=(len(people), nt + ns)).tocsr()
    res = linprog(cost, A_ub=a_ub, b_ub=np.array(ub, dtype=float), A_eq=a_eq,
                  b_eq=np.zeros(len(people)), bounds=(0, 1), method="highs")
    assert res.status == 0, res.message
    x = np.round(res.x[:nt]).astype(int)
    chosen = [t for t, v in zip(triples, x, strict=True) if v]
    return len(chosen), pairs.total_cost(problem, chosen), time.perf_counter() - start


def main() -> None:
    from sessions import intervisie, pairs

    for different in (False, True):
        problem = instance(different_teams=different)
        t0 = time.perf_counter()
        result = pairs.solve(problem)
        ours = time.perf_counter() - t0
        pairs.check(problem, result)
        cost = pairs.total_cost(problem, result)
        ref_paired, ref_cost, ref = direct_highs(problem)
        assert (ref_paired, ref_cost) == (len(result), cost), ((ref_paired, ref_cost), (len(result), cost))
        line = (f"pairs different_teams={different}: {len(problem.wants)} wishes, {len(result)} paired, "
                f"fit cost {cost}; ours {ours:.2f} s; HiGHS on the plain model {ref:.2f} s "
                f"(same objective); ratio {ours / ref:.2f}x")
        if not different:
            import networkx as nx

            g, _w = pairs.build_graph(problem, reward=False)
            t0 = time.perf_counter()
            g.nodes[("s",)]["demand"] = -len(result)
            g.nodes[("t",)]["demand"] = len(result)
            nx.network_simplex(g)
            line += f"; networkx network simplex alone on our network {time.perf_counter() - t0:.2f} s"
        print(line)
    rng = random.Random(5)
    people = list(range(1, 201))
    team = {p: f"team{(p - 1) % 20}" for p in people}
    manager = {p: ((p - 1) % 20 + 1 if p > 20 else None) for p in people}
    t0 = time.perf_counter()
    grouping = intervisie.solve(people, team, manager)
    took = time.perf_counter() - t0
    bad = sum(1 for grp in grouping.groups for p in grp if manager.get(p) in grp)
    print(f"intervisie 200 people, 20 teams, 20 managers: {len(grouping.groups)} groups in "
          f"{took:.2f} s, optimal={grouping.optimal}, team cost {intervisie.team_cost(grouping.groups, team)}, "
          f"manager with report: {bad}")
    del rng
    print(summary("bench_pairs", pairs_ratio=ours / ref, intervisie_s=took))


if __name__ == "__main__":
    main()
