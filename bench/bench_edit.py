"""One live edit through the service layer with a durable commit, against a raw sqlite insert.

Target: p99 <= 2 ms. The floor is a bare INSERT + COMMIT on a file with the same pragmas
(WAL, synchronous=FULL), measured in the same run on the same disk.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from bench.common import percentile, summary

N = 2000


def service_edits(folder: Path) -> list[float]:
    from sessions import participants
    from sessions.store import Store

    store = Store.create(folder / "bench.startdag", title="Bench")
    times = []
    for i in range(N):
        t0 = time.perf_counter()
        participants.add(store, first_name=f"Naam{i}", last_name="Yılmaz", area="Noord")
        times.append(time.perf_counter() - t0)
    store.close()
    return times


def raw_edits(folder: Path) -> list[float]:
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE p (id INTEGER PRIMARY KEY, first TEXT, last TEXT, area TEXT)")
    times = []
    for i in range(N):
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO p (first, last, area) VALUES (?, ?, ?)", (f"Naam{i}", "Yılmaz", "Noord"))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor = raw_edits(folder)
        ours = service_edits(folder)
    ms = 1000.0
    p50, p99 = percentile(ours, 50) * ms, percentile(ours, 99) * ms
    f50, f99 = percentile(floor, 50) * ms, percentile(floor, 99) * ms
    print(f"service edit: p50 {p50:.3f} ms, p99 {p99:.3f} ms over {N} durable commits")
    print(f"raw insert:   p50 {f50:.3f} ms, p99 {f99:.3f} ms (floor)")
    print(f"target p99 <= 2 ms: {'met' if p99 <= 2 else 'MISSED'}")
    print(summary("edit", n=N, p50_ms=p50, p99_ms=p99, floor_p50_ms=f50, floor_p99_ms=f99,
                  ratio_p99=p99 / f99 if f99 else 0.0))


if __name__ == "__main__":
    main()
