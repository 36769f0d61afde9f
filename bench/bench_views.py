"""How long one edit takes to settle in the open views, on the big trajectory (issue 16).

Opens ``bench/bigdata.py``'s trajectory (2,000 people, 1,000 questions, 50 groups, 2,000
actions) in the main window, visits every tab so each is built, shows the projector
window, and builds the questions and vote consoles of the startdag
as the facilitator has them open (the wall reads the same shared models). Then makes 200 edits of each kind through the services,
as the console and the phones do:

- ``role``: a participant's role;
- ``checkin``: a check-in for the startdag;
- ``action``: an action's title;
- ``question``: adding a question, then deleting it (two edits, timed together);
- ``undo``: the undo of a typed vote count (the facilitator's Ctrl+Z).

Per edit: the time from the service call until every item model has updated and the
views have processed their events (``processEvents`` until the queue is empty; the wall's
repaint is coalesced and measured by the wall's own bench). The floor is the same service
calls alone on a copy of the file that nobody listens to, measured in the same run (on the
open file the listeners run inside the call: change notices are delivered synchronously). Resets counts ``modelReset`` of every item model alive.

Target (issue 16): p99 <= 30 ms and 0 resets per edit, for every kind.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.common import percentile, summary

N = int(os.environ.get("BENCH_VIEWS_N", "200"))
KINDS = ("role", "checkin", "action", "question", "undo")
# BENCH_VIEWS_KINDS=question,undo runs only those (an edit that resets 7 models takes seconds)
CHOSEN = [k for k in os.environ.get("BENCH_VIEWS_KINDS", ",".join(KINDS)).split(",") if k in KINDS]
# BENCH_VIEWS_PROFILE=1 prints where the settle time goes (cProfile, top 30 by cumulative time;
# BENCH_VIEWS_SORT=tottime, BENCH_VIEWS_TOP=60, BENCH_VIEWS_CALLERS="data|flags" for who calls)
PROFILE = os.environ.get("BENCH_VIEWS_PROFILE") == "1"


def main() -> None:
    from PySide6.QtCore import QAbstractItemModel, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QTabWidget

    from bench.bigdata import build_big

    def quiet_platform(mode, context, message):   # the offscreen plugin's per-window chatter
        if "This plugin does not support" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet_platform)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sessions import actions as actions_service
    from sessions import agenda, participants, questions, trajectory
    from ui import commands
    from ui.app_actions import AppActions
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.steps import console_widget

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = build_big(folder / "groot.startdag")
        ctx = AppContext(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
        acts = AppActions(ctx)
        window = MainWindow(ctx, acts)
        window.resize(1366, 768)
        window.show()
        window.open_path(path)
        app.processEvents()
        store = ctx.store
        meeting = trajectory.meeting_of_kind(store, "startdag")
        for tabs in window.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                app.processEvents()
        if acts.show_projector.isEnabled():
            acts.show_projector.trigger()
        pages = []
        for kind in ("questions", "vote"):
            step = next((s.id for s in agenda.steps(store, meeting.id) if s.kind == kind), None)
            if step is None:
                step = agenda.add(store, meeting.id, kind, kind.title())
            w = console_widget(kind, ctx, acts, step)
            w.resize(1366, 700)
            w.show()
            pages.append(w)
        app.processEvents()
        # every item model alive, found before the heap keeper freezes them (gc.get_objects
        # does not list frozen objects: counted after the freeze, no reset would be seen)
        models = {id(o): o for o in gc.get_objects() if isinstance(o, QAbstractItemModel)}
        # the facilitator pauses before the edits: the app's quiet-spell collection runs
        # (ui/heap.py), as it does on the laptop once the tabs are open
        from PySide6.QtCore import QEventLoop, QTimer
        wait = QEventLoop()
        ctx.heap.settled.connect(wait.quit)
        QTimer.singleShot(ctx.heap.QUIET_MS * 3, wait.quit)
        ctx.heap.poke()
        wait.exec()

        resets = [0]
        by_model: dict[str, int] = {}

        def count_reset(name):
            resets[0] += 1
            by_model[name] = by_model.get(name, 0) + 1

        for m in models.values():
            name = type(m).__name__
            m.modelReset.connect(lambda name=name: count_reset(name))

        people = [p.id for p in participants.all_participants(store)][:N]
        action_ids = [r["id"] for r in store.query("SELECT id FROM action ORDER BY id LIMIT ?", (N,))]
        question_ids = [e.id for e in questions.listing(store)][:N]

        def settle() -> None:
            app.processEvents()
            app.processEvents()

        def edits(kind: str, st, undo_stack, meeting_id, pause):
            for i in range(N):
                if kind == "role":
                    yield lambda i=i: participants.update(st, people[i], role=f"Rol {i}")
                elif kind == "checkin":
                    yield lambda i=i: participants.check_in(st, meeting_id, people[i])
                elif kind == "action":
                    yield lambda i=i: actions_service.update(st, action_ids[i], title=f"Actie {i}")
                elif kind == "question":
                    def add_delete(i=i):
                        qid = questions.add(st, f"Nieuwe vraag {i}", index=i)
                        questions.delete(st, qid)
                    yield add_delete
                else:
                    qid = question_ids[i]
                    old = questions.get(st, qid).votes
                    commands.run(undo_stack, "Set the count",
                                 lambda qid=qid, old=old: questions.set_votes(st, qid, old + 1),
                                 lambda qid=qid, old=old: questions.set_votes(st, qid, old))
                    pause()
                    yield undo_stack.undo

        def timed(kind, st, undo_stack, meeting_id, after):
            times = []
            for edit in edits(kind, st, undo_stack, meeting_id, after):
                t0 = time.perf_counter()
                edit()
                after()
                times.append(time.perf_counter() - t0)
            return times

        from sessions.store import Store
        from ui.commands import UndoStack

        store.save_copy(folder / "floor.startdag")
        quiet = Store.open(folder / "floor.startdag", backup=False)
        quiet_meeting = trajectory.meeting_of_kind(quiet, "startdag").id
        quiet_stack = UndoStack()

        ms = 1000.0
        lines = []
        for kind in CHOSEN:
            settle()
            floor = timed(kind, quiet, quiet_stack, quiet_meeting, lambda: None)
            before = resets[0]
            by_model.clear()
            if PROFILE:
                import cProfile
                import pstats
                prof = cProfile.Profile()
                prof.enable()
            total = timed(kind, store, ctx.undo_stack, meeting.id, settle)
            if PROFILE:
                prof.disable()
                print(f"== profile of {kind}")
                stats = pstats.Stats(prof).sort_stats(os.environ.get("BENCH_VIEWS_SORT", "cumulative"))
                stats.print_stats(int(os.environ.get("BENCH_VIEWS_TOP", "30")))
                if os.environ.get("BENCH_VIEWS_CALLERS"):
                    stats.print_callers(os.environ["BENCH_VIEWS_CALLERS"])
            n_resets = resets[0] - before
            who = ", ".join(f"{k} {v}" for k, v in sorted(by_model.items())) or "none"
            p50, p99 = percentile(total, 50) * ms, percentile(total, 99) * ms
            f50, f99 = percentile(floor, 50) * ms, percentile(floor, 99) * ms
            met = "met" if p99 <= 30 and n_resets == 0 else "MISSED"
            print(f"{kind:9} n={N} settle p50 {p50:7.1f} ms p99 {p99:7.1f} ms | service alone p50 "
                  f"{f50:6.2f} ms p99 {f99:6.2f} ms (floor) | x{p99 / f99 if f99 else 0:.1f} | "
                  f"{n_resets} resets in {N} edits ({n_resets / N:.2f} per edit: {who}) | target: {met}")
            lines.append(summary("views", edit=kind, p50_ms=p50, p99_ms=p99, resets=n_resets,
                                 floor_p50_ms=f50, floor_p99_ms=f99))
        print(f"({len(models)} item models alive; targets p99 <= 30 ms and 0 resets per edit)")
        for line in lines:
            print(line)
        quiet.close()
        for w in pages:
            w.close()
        window.close()
        ctx.set_store(None)


if __name__ == "__main__":
    main()
