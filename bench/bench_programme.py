"""The programme roll-up: fifteen organisations' files, read-only, in at most a second.

The floor is reading the same files with plain sqlite3 queries (immutable, read-only): the
trajectory's name, the budget, the hours used, experiments by status and result, the
lessons. The roll-up adds what makes it safe: the header checks, an in-memory copy of each
file (nothing is created beside it), a quick_check, migration of older files in memory, and
the names the lessons library needs to take out.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import summary

TODAY = date(2026, 11, 26)
ROUNDS = 5


def floor(paths: list[Path]) -> list[tuple]:
    """The same figures with plain queries and no checks."""
    out = []
    for p in paths:
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?immutable=1", uri=True)
        try:
            name = conn.execute("SELECT organisation FROM trajectory").fetchone()[0]
            budget = conn.execute("SELECT budget_hours FROM intake").fetchone()
            used = conn.execute("SELECT COALESCE(SUM(hours), 0) FROM advice_hours").fetchone()[0]
            by = conn.execute("SELECT status, result, COUNT(*) FROM experiment"
                              " GROUP BY status, result").fetchall()
            lessons = conn.execute("SELECT title, lesson FROM experiment"
                                   " WHERE result != '' OR lesson != ''").fetchall()
            out.append((name, budget, used, by, lessons))
        finally:
            conn.close()
    return out


def main() -> None:
    from sessions import experiments_demo, programme

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = experiments_demo.write_programme(folder, today=TODAY)
        print(f"wrote {len(paths)} organisations' files in {time.perf_counter() - t0:.2f} s "
              f"({sum(p.stat().st_size for p in paths) // 1024} KiB)")
        ours, base = [], []
        for _ in range(ROUNDS):
            t = time.perf_counter()
            prog = programme.roll_up([folder], TODAY)
            lib = prog.library()
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            floor(paths)
            base.append(time.perf_counter() - t)
        best, best_floor = min(ours), min(base)
        assert len(prog.organisations) == 15 and not prog.problems
        print(f"roll-up + library of {len(prog.organisations)} files: best {best * 1000:.1f} ms "
              f"of {ROUNDS} (target <= 1000 ms); {len(lib.lessons)} lessons, "
              f"{sum(n for _, n in lib.replaced)} names replaced")
        print(f"floor (plain sqlite3 queries, immutable): best {best_floor * 1000:.1f} ms")
        print(f"ratio {best / best_floor:.1f}x")
        print(summary("programme", files=len(paths), seconds=round(best, 4),
                      floor=round(best_floor, 4), ratio=round(best / best_floor, 2),
                      within_target=best <= 1.0))


if __name__ == "__main__":
    main()
