"""200 SIGKILLs of a child that is editing a trajectory; count what survived."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import summary


def main() -> None:
    from sessions.store import Store
    from tests.crash_harness import run_kills

    kills = 200
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crash.startdag"
        Store.create(path, title="Crash").close()
        t0 = time.perf_counter()
        confirmed, problems = run_kills(path, kills=kills, seed=2026)
        seconds = time.perf_counter() - t0
    for p in problems[:20]:
        print("PROBLEM:", p)
    print(f"{kills} kills, {confirmed} confirmed edits, {len(problems)} problems, {seconds:.1f} s")
    print(summary("crash", kills=kills, confirmed_edits=confirmed, problems=len(problems),
                  seconds=seconds))
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
