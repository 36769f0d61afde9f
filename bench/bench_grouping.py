"""Balanced group forming: 10,000 people, 20 groups, ranked choices (3), min/max caps.

Prints the time of our optimal assignment (sessions.assign.balanced, network simplex on
the aggregated profile graph) and its lexicographic objective ``n1*M^2 + n2*M + n3``
(M = n + 1) against a reference optimum computed in the same run by an independent
method: the transportation LP solved by scipy.optimize.linprog (HiGHS). A
transportation LP with integer supplies and bounds has integral vertices, so its
optimum is the true one. Target: equal objectives in <= 1 s.
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


def reference(people, caps) -> int:
    """The optimum of the transportation LP, by HiGHS, as the same lexicographic score."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    n = len(people)
    m = n + 1
    profiles = Counter(p.choices for p in people)
    keys = list(profiles)
    groups = list(caps)
    col = {g: j for j, g in enumerate(groups)}
    nv = len(keys) * len(groups)
    # cost = -(gain): a first choice gains M^2, a second M, a third 1
    gain = np.zeros(nv)
    for i, key in enumerate(keys):
        for rank, g in enumerate(key):
            gain[i * len(groups) + col[g]] = (m * m, m, 1)[rank]
    k, gn = len(keys), len(groups)
    var = np.arange(nv)
    a_eq = coo_matrix((np.ones(nv), (var // gn, var)), shape=(k, nv))
    # rows 0..gn-1: size <= max; rows gn..2gn-1: -size <= -min
    rows = np.concatenate([var % gn, gn + var % gn])
    vals = np.concatenate([np.ones(nv), -np.ones(nv)])
    a_ub = coo_matrix((vals, (rows, np.concatenate([var, var]))), shape=(2 * gn, nv))
    b_ub = [caps[g].max_size for g in groups] + [-(caps[g].min_size or 0) for g in groups]
    res = linprog(-gain, A_ub=a_ub.tocsr(), b_ub=b_ub, A_eq=a_eq.tocsr(),
                  b_eq=[profiles[k] for k in keys], bounds=(0, None), method="highs")
    assert res.status == 0, res.message
    return round(-res.fun)


def main() -> None:
    from sessions import assign

    people, caps = instance()
    t0 = time.perf_counter()
    result = assign.balanced(people, caps)
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    ref = reference(people, caps)
    ref_seconds = time.perf_counter() - t1
    sizes = sorted(result.sizes.values())
    print(f"ours: {seconds:.3f} s; {result.first} first, {result.second} second, "
          f"{result.third} third, {result.other} other group, {result.unplaced} unplaced; "
          f"sizes {sizes[0]}..{sizes[-1]}")
    print(f"reference (linprog HiGHS, transportation LP): {ref_seconds:.3f} s")
    print("optimal" if result.score() == ref else "NOT OPTIMAL")
    print(summary("grouping", n=N, groups=GROUPS, seconds=round(seconds, 3),
                  objective=result.score(), reference=ref))


if __name__ == "__main__":
    main()
