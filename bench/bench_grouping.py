"""Balanced group forming: 10,000 people, 20 groups, ranked choices (3), min/max caps.

For both aims (``chosen``: nobody outside their choices first, then first, second, third
choices; ``first``: most first choices whatever it costs) it prints the time of our
optimal assignment (sessions.assign.balanced, network simplex on the aggregated profile
graph) and its lexicographic counts, against a reference optimum computed in the same run
by an independent method: the transportation LP solved by scipy.optimize.linprog (HiGHS),
one LP per aim in order. The summary line carries ``seconds=`` and ``reference_seconds=``.
Target: equal optima, ours <= 1.5 s.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from bench.common import summary

N = 10_000
GROUPS = 20
AREAS = 11


def instance(seed: int = 7):
    """Skewed popularity (some themes draw crowds), three distinct ranked choices each."""
    from sessions.assign import Caps, Person

    rng = random.Random(seed)
    weights = [rng.random() ** 2 + 0.05 for _ in range(GROUPS)]
    people = []
    for i in range(N):
        ranked: list[int] = []
        while len(ranked) < 3:
            g = rng.choices(range(GROUPS), weights=weights)[0]
            if g not in ranked:
                ranked.append(g)
        people.append(Person(i, tuple(ranked), area=f"gebied{rng.randrange(AREAS)}"))
    caps = {g: Caps(N // GROUPS - 100, N // GROUPS + 100) for g in range(GROUPS)}
    return people, caps


def reference(people, caps, aim: str = "chosen") -> tuple[int, ...]:
    """The lexicographic optimum by HiGHS, one LP per aim in order (an independent method).

    Stage by stage: maximise the aim's count, then hold it at its optimum and maximise the
    next (aim "chosen": people in a chosen group, then first, second, third choices; aim
    "first": the three ranks). A transportation LP with integer supplies, bounds and
    these 0/1 objective rows added as constraints still has integral optima here (checked:
    the counts are whole numbers), so each stage's optimum is the true one.
    """
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix, vstack

    profiles = Counter(p.choices for p in people)
    keys = list(profiles)
    groups = list(caps)
    col = {g: j for j, g in enumerate(groups)}
    k, gn = len(keys), len(groups)
    nv = k * gn
    rank_rows = np.zeros((3, nv))
    for i, key in enumerate(keys):
        for rank, g in enumerate(key):
            rank_rows[rank, i * gn + col[g]] = 1
    stages = ([rank_rows.sum(axis=0)] if aim == "chosen" else []) + list(rank_rows)
    var = np.arange(nv)
    a_eq = coo_matrix((np.ones(nv), (var // gn, var)), shape=(k, nv)).tocsr()
    rows = np.concatenate([var % gn, gn + var % gn])
    vals = np.concatenate([np.ones(nv), -np.ones(nv)])
    a_ub = coo_matrix((vals, (rows, np.concatenate([var, var]))), shape=(2 * gn, nv)).tocsr()
    b_ub = [caps[g].max_size for g in groups] + [-(caps[g].min_size or 0) for g in groups]
    optimum: list[int] = []
    for gain in stages:
        res = linprog(-gain, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[profiles[x] for x in keys],
                      bounds=(0, None), method="highs")
        assert res.status == 0, res.message
        best = round(-res.fun)
        optimum.append(best)
        a_ub = vstack([a_ub, coo_matrix(-gain.reshape(1, -1))]).tocsr()
        b_ub = [*b_ub, -best]
    if aim == "chosen":
        optimum[0] = -(len(people) - optimum[0])     # as Result.key: minus the people outside
    return tuple(optimum)


def main() -> None:
    from sessions import assign

    people, caps = instance()
    figures = {}
    for aim in assign.AIMS:
        t0 = time.perf_counter()
        result = assign.balanced(people, caps, aim=aim)
        seconds = time.perf_counter() - t0
        t1 = time.perf_counter()
        ref = reference(people, caps, aim)
        ref_seconds = time.perf_counter() - t1
        sizes = sorted(result.sizes.values())
        print(f"aim {aim}: ours {seconds:.3f} s; {result.first} first, {result.second} second, "
              f"{result.third} third, {result.other} outside their choices; "
              f"sizes {sizes[0]}..{sizes[-1]}")
        print(f"  reference (linprog HiGHS, one LP per aim in order): {ref_seconds:.3f} s; "
              f"{ref}")
        optimal = result.key(aim) == ref
        print("  optimal" if optimal else "  NOT OPTIMAL")
        figures[aim] = (seconds, ref_seconds, optimal, result)
    seconds, ref_seconds, optimal, result = figures["chosen"]
    first = figures["first"][3]
    print(summary("grouping", n=N, groups=GROUPS, seconds=round(seconds, 3),
                  reference_seconds=round(ref_seconds, 3),
                  ratio=round(seconds / ref_seconds, 2), optimal=optimal and figures["first"][2],
                  outside=result.other, first=result.first,
                  first_aim_outside=first.other, first_aim_first=first.first))


if __name__ == "__main__":
    main()
