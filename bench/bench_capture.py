"""Capture while the room watches: Enter on the console until the projector shows it.

Measures, with the console's work area and the projector's view shown side by side
(offscreen, projector at 1920x1080), the time from one typed item / question / tally to the
console's list and the wall's slide (laid out and painted) showing it, on a board that
already holds 40 items and a list of 30 questions. The wall gathers bursts into at most
ten layouts a second; here each edit asks for its layout at once (``Wall.flush``), so the
figure is the work, not the wait (bench_wall measures the wall's own latency).
The floor is the same service call without any widget listening, in the same run.
Target: p99 <= 100 ms (a keypress feels instant below that).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import percentile, summary

N = 60


def _ctx(folder: Path, name: str):
    from PySide6.QtCore import QSettings

    from sessions.store import Store
    from ui.app_actions import AppActions
    from ui.context import AppContext
    from ui.settings import Settings

    store = Store.create(folder / f"{name}.startdag", title="Bench", concept="netwerken")
    ctx = AppContext(Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)))
    ctx.set_store(store)
    return ctx, AppActions(ctx), store


def _projector(ctx, actions, step_id: int):
    """The wall showing ``step_id`` in a 1920x1080 projector view."""
    from sessions import agenda
    from ui.agenda_model import live_day
    from ui.projector import ProjectorView

    live = live_day(ctx)
    live.set_meeting(agenda.find(ctx.store, step_id).meeting_id)
    live.jump(step_id)
    view = ProjectorView(ctx, actions, live)
    view.resize(1920, 1080)
    view.wall.set_canvas(1920, 1080)
    view.show()
    return view


def _timed(app, fn, count: int, view=None) -> list[float]:
    times = []
    for i in range(count):
        t0 = time.perf_counter()
        fn(i)
        if view is not None:
            view.wall.flush()
            view.repaint()
        app.processEvents()
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from sessions import boards, questions

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # floor: the durable service call alone
        ctx0, _a0, store0 = _ctx(folder, "floor")
        col0 = boards.get(store0, "concept") if boards.ensure_board(store0, "concept") else None
        floor = _timed(app, lambda i: boards.add_item(store0, col0.columns[0].id, f"ding {i}"), N)
        ctx0.set_store(None)

        from sessions import agenda, trajectory
        from ui.steps.concept import ConceptConsole
        from ui.steps.questions import QuestionsConsole
        from ui.steps.vote import VoteConsole

        ctx, actions, store = _ctx(folder, "ui")
        mid = trajectory.meeting_of_kind(store, "startdag").id
        agenda.start(store, mid)
        step = {k: agenda.add(store, mid, k, k.title()) for k in ("concept", "questions", "vote")}
        board_console = ConceptConsole(ctx, actions, step["concept"])
        cols = [c.id for c in board_console.model.columns]
        for i in range(40):
            boards.add_item(store, cols[i % 2], f"bestaand punt nummer {i} op het bord")
        board_projector = _projector(ctx, actions, step["concept"])
        board_console.resize(1200, 700)
        board_console.show()
        app.processEvents()
        board = _timed(app, lambda i: board_console.add_item(cols[i % 2], f"nieuw punt {i}"), N,
                       board_projector)
        board_console.close()
        board_projector.close()

        for i in range(30):
            questions.set_votes(store, questions.add(store, f"Een vraag uit de zaal, nummer {i}?"), i)
        q_console = QuestionsConsole(ctx, actions, step["questions"])
        q_projector = _projector(ctx, actions, step["questions"])
        q_console.show()
        app.processEvents()
        quest = _timed(app, lambda i: q_console.add_question(f"Nog een vraag {i}?"), N // 3,
                       q_projector)
        q_console.close()
        q_projector.close()

        questions.set_round(store, hidden=False)
        v_console = VoteConsole(ctx, actions, step["vote"])
        v_projector = _projector(ctx, actions, step["vote"])
        v_console.show()
        app.processEvents()
        v_console.select_question(questions.listing(store)[3].id)
        vote = _timed(app, lambda i: v_console.bump(+1), N, v_projector)
        v_console.close()
        v_projector.close()
        ctx.set_store(None)

    ms = 1000.0
    figures = {}
    for name, values in (("floor", floor), ("board", board), ("question", quest), ("tally", vote)):
        p50, p99 = percentile(values, 50) * ms, percentile(values, 99) * ms
        figures[f"{name}_p50_ms"], figures[f"{name}_p99_ms"] = p50, p99
        print(f"{name:9s} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  (n={len(values)})")
    worst = max(figures["board_p99_ms"], figures["question_p99_ms"], figures["tally_p99_ms"])
    print(f"target p99 <= 100 ms on console + projector: {'met' if worst <= 100 else 'MISSED'}")
    print(summary("capture", **figures,
                  ratio_board_p50=figures["board_p50_ms"] / max(figures["floor_p50_ms"], 1e-9)))


if __name__ == "__main__":
    main()
