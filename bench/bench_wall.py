"""The wall: a typed board item reaching the projector and the console's miniature, and a step change.

Offscreen, with the demo trajectory live: the projector view at 1920x1080 and the miniature
at 352x198 both watch the shared wall. Measured:

- typed item: from the console's Enter (``ConceptConsole.add_item``: command, service, commit,
  change notice) until the wall has laid the slide out again and both views have painted
  it, on a board that already holds 40 items of 20-120 characters. The wall shows the last
  page, where new items land (it follows a new item there, to a new page if need be). Items come one at a time, a little over
  100 ms apart (a facilitator typing), so the wall's ten-a-second limit adds no wait.
  Target p99 <= 50 ms.
- burst: 30 items as fast as the service takes them; the wall lays out far fewer times.
- step change: from ``LiveDay.jump()`` (what PageDown does past the last page) until both
  views have painted the new step, twice over the whole startdag agenda (board, questions, vote, 80 names in groups,
  plans). Target <= 100 ms.

The floor, in the same run: a bare QLabel's setText + repaint at 1920x1080.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from bench.common import percentile, summary

N = 60
GAP = 0.12            # seconds between typed items: more than the wall's 100 ms


def _spin(app, until, timeout: float = 2.0) -> None:
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:
        app.processEvents()


def _idle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _quiet(app, wall) -> None:
    """Wait until the wall's last layout is more than GAP ago (a facilitator's pace)."""
    _idle(app, 0.01)
    while time.monotonic() - wall._last < GAP or wall._timer.isActive() or wall._queued:
        _idle(app, 0.005)


def floor_label(app) -> list[float]:
    """A bare QLabel: setText + repaint, the least any visible change costs."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    label.resize(1920, 1080)
    label.show()
    app.processEvents()
    times = []
    for i in range(N):
        t0 = time.perf_counter()
        label.setText(f"Een punt van de zaal, nummer {i}")
        label.repaint()
        times.append(time.perf_counter() - t0)
    label.close()
    return times


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sessions import agenda, boards, demo, trajectory
    from ui.agenda_model import live_day
    from ui.app_actions import AppActions
    from ui.context import AppContext
    from ui.projector import ProjectorView
    from ui.settings import Settings
    from ui.steps.concept import ConceptConsole

    app = QApplication.instance() or QApplication([])
    floor = floor_label(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = demo.create_demo(folder / "wall.startdag")
        ctx = AppContext(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
        ctx.set_store(store)
        actions = AppActions(ctx)
        live = live_day(ctx)
        mid = trajectory.meeting_of_kind(store, "startdag").id
        live.set_meeting(mid)
        agenda.start(store, mid)
        steps = agenda.steps(store, mid)
        concept = next(s for s in steps if s.kind == "concept")
        live.jump(concept.id)
        boards.ensure_board(store, "concept")
        board = boards.get(store, "concept")
        cols = [c.id for c in board.columns]
        rng = random.Random(13)
        words = ("netwerken samen leren elkaar kennen open staan nieuwsgierig durven vragen "
                 "luisteren verbinden wijk bewoners ketenpartners afspraken nakomen").split()
        for i in range(40 - sum(len(c.items) for c in board.columns)):
            n, text = rng.randint(20, 120), f"punt {i}:"
            while len(text) < n:
                text += " " + rng.choice(words)
            boards.add_item(store, cols[i % 2], text)
        wall_view = ProjectorView(ctx, actions, live)
        wall_view.resize(1920, 1080)
        wall_view.show()
        wall_view.wall.set_canvas(1920, 1080)
        mini = ProjectorView(ctx, actions, live, miniature=True)
        mini.resize(352, 198)
        mini.show()
        console = ConceptConsole(ctx, actions, concept.id)
        console.resize(900, 700)
        console.show()
        wall = wall_view.wall
        _idle(app, 0.3)

        wall.flush()
        while wall.next_page():        # new items land at a column's end: the last page shows them
            pass
        _idle(app, 0.2)
        typed, commit, typed_cpu = [], [], []
        seen = 0
        items = sum(len(c.items) for c in boards.get(store, "concept").columns)
        for i in range(N):
            _quiet(app, wall)
            layouts, p1, p2 = wall.layouts, wall_view.paints, mini.paints
            t0, c0 = time.perf_counter(), time.thread_time()
            console.add_item(cols[i % 2], f"nieuw punt {i} van de zaal over netwerken")
            commit.append(time.perf_counter() - t0)
            _spin(app, lambda layouts=layouts, p1=p1, p2=p2: wall.layouts > layouts
                  and wall_view.paints > p1 and mini.paints > p2)
            typed.append(time.perf_counter() - t0)
            typed_cpu.append(time.thread_time() - c0)
            seen += any("nieuw punt" in t for t in wall_view.visible_texts())
            ctx.undo_stack.undo()          # back to 40 items for the next one

        _quiet(app, wall)
        layouts = wall.layouts
        t0 = time.perf_counter()
        for i in range(30):
            boards.add_item(store, cols[i % 2], f"snel punt {i}")
            app.processEvents()
        burst_s = time.perf_counter() - t0
        _idle(app, 0.3)
        burst_layouts = wall.layouts - layouts

        changes = []
        order = [s.id for s in agenda.steps(store, mid)]
        for step_id in order * 2:
            if live.current() is not None and live.current().id == step_id:
                continue
            _quiet(app, wall)
            layouts, p1, p2 = wall.layouts, wall_view.paints, mini.paints
            t0 = time.perf_counter()
            live.jump(step_id)
            _spin(app, lambda layouts=layouts, p1=p1, p2=p2: wall.layouts > layouts
                  and wall_view.paints > p1 and mini.paints > p2)
            changes.append(time.perf_counter() - t0)
        for w in (wall_view, mini, console):
            w.close()
        ctx.set_store(None)

    ms = 1000.0
    import os
    if os.environ.get("BENCH_WALL_ALL"):
        print("typed ms:", " ".join(f"{x * 1000:.0f}" for x in typed))
    f50, f99 = percentile(floor, 50) * ms, percentile(floor, 99) * ms
    t50, t99 = percentile(typed, 50) * ms, percentile(typed, 99) * ms
    c50, c99 = percentile(changes, 50) * ms, percentile(changes, 99) * ms
    k50, k99 = percentile(commit, 50) * ms, percentile(commit, 99) * ms
    u50, u99 = percentile(typed_cpu, 50) * ms, percentile(typed_cpu, 99) * ms
    print(f"floor (QLabel setText + repaint) p50 {f50:7.2f} ms  p99 {f99:7.2f} ms")
    print(f"typed item at {items} items     p50 {t50:7.2f} ms  p99 {t99:7.2f} ms  "
          f"(target p99 <= 50: {'met' if t99 <= 50 else 'MISSED'}; on the page shown {seen}/{N})")
    print(f"  its CPU time (this thread) p50 {u50:7.2f} ms  p99 {u99:7.2f} ms  "
          "(the rest is waiting for a core on a loaded machine)")
    print(f"  of which Enter to commit   p50 {k50:7.2f} ms  p99 {k99:7.2f} ms  "
          "(command, service, durable commit, console list)")
    print(f"step change                  p50 {c50:7.2f} ms  p99 {c99:7.2f} ms  "
          f"(target <= 100: {'met' if c99 <= 100 else 'MISSED'})")
    print(f"burst of 30 items in {burst_s * ms:.0f} ms: {burst_layouts} layouts of the wall")
    print(summary("wall", floor_p50_ms=f50, typed_p50_ms=t50, typed_p99_ms=t99, typed_cpu_p99_ms=u99,
                  commit_p50_ms=k50, step_p50_ms=c50, step_p99_ms=c99, burst_layouts=burst_layouts,
                  ratio_typed_p50=t50 / max(f50, 1e-9)))


if __name__ == "__main__":
    main()
