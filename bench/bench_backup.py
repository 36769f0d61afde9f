"""The live day never stutters while the big trajectory is backed up.

The GUI runs a 10 ms QTimer (the live step's clock ticks like this), each tick reading the
running step from the open store as the console does, while the facilitator's edits go on
through the one writing connection. The floor: the same ticks and edits with no backup. Then
the same again while the backup service's worker takes backups of the big trajectory
(bench/bigdata.py: 2,000 people, 1,000 questions, 50 groups, 2,000 actions) back to back,
with the SQLite backup API from a read-only connection. Target: tick interval p99 <= 30 ms.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import percentile, summary

SECONDS = 4.0
TICK_MS = 10


def _run_ticks(app, store, meeting: int, seconds: float, keeper=None) -> tuple[list[float], int]:
    """Tick every 10 ms for ``seconds``; every 25th tick an edit. Returns the tick intervals."""
    from PySide6.QtCore import QTimer

    from sessions import agenda, questions

    intervals: list[float] = []
    last = [time.perf_counter()]
    count = [0]
    requested = [0]

    def tick() -> None:
        now = time.perf_counter()
        intervals.append(now - last[0])
        last[0] = now
        count[0] += 1
        agenda.current(store, meeting)               # what the live clock reads
        if count[0] % 25 == 0:
            questions.add(store, f"Vraag uit de zaal {count[0]}")
        if keeper is not None and keeper._queue.unfinished_tasks == 0:
            keeper.request("manual", force=True)     # the next backup as soon as one is done
            requested[0] += 1

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    end = time.perf_counter() + seconds
    last[0] = time.perf_counter()
    timer.start()
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    if keeper is not None:
        keeper.wait()
    return intervals[1:], requested[0]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from bench.bigdata import build_big
    from sessions import agenda, backups, trajectory
    from sessions.store import Store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = build_big(folder / "groot.startdag")
        policy = backups.Policy(folder / "backups")
        store = Store.open(path, backup=False, policy=policy)
        meeting = trajectory.meeting_of_kind(store, "startdag").id
        agenda.apply_template(store, meeting, "startdag")
        agenda.start(store, meeting)

        t0 = time.perf_counter()
        one = backups.take(path, store.uid, "manual", policy)
        single = time.perf_counter() - t0
        assert one.error is None, one.error

        floor, _ = _run_ticks(app, store, meeting, SECONDS)
        keeper = backups.Keeper(store, policy)
        during, taken = _run_ticks(app, store, meeting, SECONDS, keeper)
        keeper.close()
        good = sum(1 for t in keeper.taken if t.error is None)
        size = path.stat().st_size
        store.close()

    ms = 1000.0
    f50, f99, fmax = (percentile(floor, 50) * ms, percentile(floor, 99) * ms, max(floor) * ms)
    d50, d99, dmax = (percentile(during, 50) * ms, percentile(during, 99) * ms, max(during) * ms)
    print(f"big trajectory {size / 1e6:.2f} MB; one backup (backup API, read-only connection) "
          f"{single * ms:.0f} ms")
    print(f"floor   (no backup)        tick p50 {f50:6.2f} ms  p99 {f99:6.2f} ms  max {fmax:6.1f} ms"
          f"  (n={len(floor)})")
    print(f"backing up back to back    tick p50 {d50:6.2f} ms  p99 {d99:6.2f} ms  max {dmax:6.1f} ms"
          f"  (n={len(during)}, {good} backups written of {taken} requested)")
    print(f"p99 during backups / floor p99: {d99 / f99:.2f}x")
    print(f"target tick p99 <= 30 ms while backing up: {'met' if d99 <= 30 else 'MISSED'}")
    print(summary("backup", floor_p99_ms=f99, during_p99_ms=d99, during_max_ms=dmax,
                  backups=good, one_backup_ms=single * ms))


if __name__ == "__main__":
    main()
