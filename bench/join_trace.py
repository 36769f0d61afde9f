"""What the app's GUI thread did around each late tick (``bench_join --trace DIR``).

Run as ``python -m bench.join_trace OUT.json main-args…``: it starts the app as main.py
does, with these probes in the app's process, and writes what they saw to OUT.json on exit:

- every 10 ms tick of the tick probe, with the CPU time the GUI thread and the phones'
  server thread used since the tick before and the time the GUI thread waited for a CPU
  (Linux ``/proc/self/task/TID/schedstat``). A tick that is late while the GUI thread used
  no CPU and did not wait for one was blocked: on the GIL (the server thread ran) or on I/O;
- spans of the slots that run on the GUI thread for phone input (the hub's drain and
  publish, the change listeners, the models, the wall, the commits) and of the server
  thread's publish, with their CPU time;
- Python's garbage collections, per generation, with their duration;
- with STARTDAG_TRACE_STACKS=1, when no tick came for 15 ms, the GUI thread's and the
  server thread's Python stacks (sampled every 2 ms until the tick comes).

:func:`report` reads OUT.json and prints, for the late ticks of a time window, where their
time went. The probes cost time themselves: use the figures to attribute, not as the bench's
own figures (run the bench without ``--trace`` for those).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import json
import os
import signal
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

# (module, class, method) wrapped in a span; missing ones are skipped
SPANS = [
    ("ui.phones.hub", "PhoneHub", "_drain"),
    ("ui.phones.hub", "PhoneHub", "_apply"),
    ("ui.phones.hub", "PhoneHub", "_publish"),
    ("ui.phones.hub", "PhoneHub", "_on_change"),
    ("ui.phones.hub", "PhoneHub", "_on_count"),
    ("ui.context", "AppContext", "_emit_record"),
    ("sessions.store", "Store", "_deliver"),
    ("sessions.store", "Store", "notify"),
    ("ui.models_capture", "QuestionsModel", "_on_change"),
    ("ui.models_capture", "QuestionsModel", "update_in_place"),
    ("ui.models_capture", "VoteModel", "_on_change"),
    ("ui.models_capture", "VoteModel", "update_in_place"),
    ("ui.models_capture", "VoteModel", "refresh"),
    ("ui.models_capture", "BoardModel", "refresh"),
    ("ui.models_capture", "PeopleModel", "_on_change"),
    ("ui.phones.panel", "PhonesPage", "_on_change"),
    ("ui.phones.panel", "PhonesPage", "refresh_status"),
    ("ui.phones.panel", "PhonesPage", "refresh_lists"),
    ("ui.phones.panel", "PhonesStatus", "refresh"),
    ("ui.slides.wall", "Wall", "schedule"),
    ("ui.slides.wall", "Wall", "rebuild"),
    ("ui.slides.wall", "Wall", "_tick"),
    ("ui.slides.wall", "Wall", "_phones_changed"),
    ("ui.projector", "ProjectorView", "paintEvent"),
    ("ui.steps.vote", "VoteConsole", "_sync"),
    ("ui.steps.vote", "VoteConsole", "_sync_cut"),
    ("ui.steps.vote", "VoteConsole", "schedule"),
    ("ui.heap", "HeapKeeper", "settle"),
    ("ui.heap", "HeapKeeper", "poke"),
    ("ui.phones.server", "JoinServer", "_publish"),
]
LATE_MS = 15.0          # a tick this long after the one before is late
SAMPLE_S = 0.002


class Probe:
    """The probes of one app process (see the module's docstring)."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.wall0 = time.time()
        self.main_ident = threading.get_ident()
        self.main_tid = threading.get_native_id()
        self.server_tid: int | None = None
        self.server_ident: int | None = None
        self.ticks: list[tuple] = []      # (t, gui cpu ns, gui wait ns, server cpu ns)
        self.spans: list[tuple] = []      # (t0, t1, name, thread, cpu ns, depth)
        self.gcs: list[tuple] = []        # (t0, t1, generation, thread, collected)
        self.stacks: list[tuple] = []     # (t, gui stack, server stack)
        self.last_tick = time.perf_counter()
        self._depth = threading.local()
        self._gc_at: dict[int, float] = {}
        self._stop = False

    def now(self) -> float:
        return time.perf_counter() - self.t0

    # ------------------------------------------------------------ per tick

    @staticmethod
    def _schedstat(tid: int | None) -> tuple[int, int]:
        if tid is None:
            return 0, 0
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as fh:
                cpu, wait, _n = fh.read().split()
        except OSError:
            return 0, 0
        return int(cpu), int(wait)

    def tick(self) -> None:
        if self.server_tid is None:
            for t in threading.enumerate():
                if t.name == "startdag-phones":
                    self.server_tid, self.server_ident = t.native_id, t.ident
        gui_cpu, gui_wait = self._schedstat(self.main_tid)
        self.ticks.append((self.now(), gui_cpu, gui_wait, self._schedstat(self.server_tid)[0]))
        self.last_tick = time.perf_counter()

    # ------------------------------------------------------------ spans

    def wrap(self, fn, name: str):
        probe = self

        @functools.wraps(fn)
        def spanned(*args, **kwargs):
            local = probe._depth
            depth = getattr(local, "n", 0)
            local.n = depth + 1
            t0, c0 = probe.now(), time.thread_time_ns()
            try:
                return fn(*args, **kwargs)
            finally:
                local.n = depth
                probe.spans.append((t0, probe.now(), name, threading.get_ident() == probe.main_ident,
                                    time.thread_time_ns() - c0, depth))
        return spanned

    def install_spans(self) -> None:
        for module, cls, method in SPANS:
            try:
                owner = getattr(importlib.import_module(module), cls)
                fn = owner.__dict__[method]
            except (ImportError, AttributeError, KeyError):
                continue
            setattr(owner, method, self.wrap(fn, f"{cls}.{method}"))
        self._wrap_commit()

    def _wrap_commit(self) -> None:
        from sessions import sql

        probe = self
        original = sql.Database.atomic

        @contextlib.contextmanager
        def atomic(db):
            outer = not db.conn.in_transaction
            t0, c0 = probe.now(), time.thread_time_ns()
            with original(db) as inner:
                yield inner
                t1 = probe.now()
            if outer:
                # the COMMIT (and its fsync) after the body: from the body's end to here
                probe.spans.append((t1, probe.now(), "COMMIT", True, 0, 9))
                probe.spans.append((t0, probe.now(), "transaction", True,
                                    time.thread_time_ns() - c0, 8))
        sql.Database.atomic = atomic

    # ------------------------------------------------------------ gc

    def on_gc(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_at[ident] = self.now()
            return
        t0 = self._gc_at.pop(ident, None)
        if t0 is not None:
            self.gcs.append((t0, self.now(), info.get("generation"), ident == self.main_ident,
                             info.get("collected", 0)))

    # ------------------------------------------------------------ stacks while late

    @staticmethod
    def _stack(frame, limit: int = 14) -> list[str]:
        out = []
        while frame is not None and len(out) < limit:
            code = frame.f_code
            out.append(f"{Path(code.co_filename).stem}:{code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        return out

    def _sampler(self) -> None:
        while not self._stop:
            time.sleep(SAMPLE_S)
            if (time.perf_counter() - self.last_tick) * 1000 < LATE_MS:
                continue
            frames = sys._current_frames()
            gui = self._stack(frames.get(self.main_ident))
            server = self._stack(frames.get(self.server_ident)) if self.server_ident else []
            self.stacks.append((self.now(), gui, server))

    def start(self) -> None:
        gc.callbacks.append(self.on_gc)
        self.install_spans()
        from ui.phones import hub

        original = hub.TickProbe._tick
        probe = self

        def _tick(tick_probe):
            probe.tick()
            original(tick_probe)
        hub.TickProbe._tick = _tick
        if os.environ.get("STARTDAG_TRACE_STACKS"):
            # off by default: waking every 2 ms, the sampler takes the GIL from the GUI
            threading.Thread(target=self._sampler, name="trace-sampler", daemon=True).start()

    def dump(self, path: str) -> None:
        self._stop = True
        data = {"wall0": self.wall0, "ticks": self.ticks, "spans": self.spans, "gcs": self.gcs,
                "stacks": self.stacks}
        Path(path).write_text(json.dumps(data))


def run() -> None:
    """``python -m bench.join_trace OUT.json main-args…``: the app with the probes."""
    out = sys.argv.pop(1)
    probe = Probe()
    probe.start()
    from PySide6.QtWidgets import QApplication

    import main

    signal.signal(signal.SIGTERM, lambda *_: QApplication.quit())
    try:
        main.main(sys.argv[1:])
    finally:
        probe.dump(out)


# ---------------------------------------------------------------- the report


def _overlap(a0, a1, b0, b1) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def report(path: Path, start: float, end: float, label: str, late_ms: float = 20.0) -> None:
    """Where the late ticks between the wall-clock times ``start`` and ``end`` lost their time."""
    data = json.loads(path.read_text())
    wall0 = data["wall0"]
    lo, hi = start - wall0, end - wall0
    ticks = data["ticks"]
    spans = [s for s in data["spans"] if s[1] >= lo and s[0] <= hi]
    gcs = [g for g in data["gcs"] if g[1] >= lo and g[0] <= hi]
    late = []
    for prev, cur in zip(ticks, ticks[1:], strict=False):
        t0, t1 = prev[0], cur[0]
        if t1 < lo or t1 > hi:
            continue
        ms = (t1 - t0) * 1000
        if ms >= late_ms:
            late.append((t0, t1, ms, (cur[1] - prev[1]) / 1e6, (cur[2] - prev[2]) / 1e6,
                         (cur[3] - prev[3]) / 1e6))
    n = sum(1 for p, c in zip(ticks, ticks[1:], strict=False) if lo <= c[0] <= hi)
    print(f"\n== {label}: {len(late)} of {n} ticks >= {late_ms:.0f} ms")
    if not late:
        return
    by_span: Counter = Counter()
    cpu_by_span: Counter = Counter()
    totals = Counter()
    for t0, t1, ms, gui_cpu, gui_wait, srv_cpu in late:
        blocked = max(0.0, ms - gui_cpu - gui_wait)
        totals["interval"] += ms
        totals["gui cpu"] += gui_cpu
        totals["gui waited for a cpu"] += gui_wait
        totals["gui blocked (gil/io)"] += blocked
        totals["server cpu"] += srv_cpu
        inside = []
        for s0, s1, name, _on_gui, cpu, depth in spans:
            ov = _overlap(t0, t1, s0, s1) * 1000
            if ov > 0.3:
                inside.append((ov, name, depth, cpu / 1e6, (s1 - s0) * 1000))
                by_span[name] += ov
                cpu_by_span[name] += cpu / 1e6 * min(1.0, ov / max((s1 - s0) * 1000, 1e-6))
        for g0, g1, gen, on_gui, _col in gcs:
            ov = _overlap(t0, t1, g0, g1) * 1000
            if ov > 0.1:
                name = f"gc gen{gen} ({'gui' if on_gui else 'other'} thread)"
                inside.append((ov, name, 0, ov, (g1 - g0) * 1000))
                by_span[name] += ov
        inside.sort(key=lambda x: (x[2], -x[0]))
        parts = ", ".join(f"{name} {ov:.1f}/{dur:.1f}ms cpu {cpu:.1f}" for ov, name, _d, cpu, dur
                          in inside[:6])
        print(f"  tick {ms:5.1f} ms: gui cpu {gui_cpu:4.1f}, waited {gui_wait:4.1f}, blocked "
              f"{blocked:4.1f}; server cpu {srv_cpu:4.1f} | {parts}")
    print("  totals over the late ticks (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in totals.items()))
    print("  time of the late ticks inside each span (ms, nested spans count in each):")
    for name, ov in by_span.most_common(14):
        print(f"    {name:34s} {ov:7.1f}  (its cpu {cpu_by_span[name]:.1f})")
    stacks = [s for s in data["stacks"] if lo <= s[0] <= hi]
    if stacks:
        gui_top: Counter = Counter()
        srv_top: Counter = Counter()
        for _t, gui, server in stacks:
            gui_top[" < ".join(gui[:4]) or "(none)"] += 1
            srv_top[" < ".join(server[:3]) or "(none)"] += 1
        print(f"  stacks sampled while a tick was overdue ({len(stacks)}):")
        for text, k in gui_top.most_common(8):
            print(f"    gui {k:3d}  {text}")
        for text, k in srv_top.most_common(5):
            print(f"    srv {k:3d}  {text}")
    gen = defaultdict(list)
    for g0, g1, g, on_gui, _c in gcs:
        gen[(g, on_gui)].append((g1 - g0) * 1000)
    if gen:
        print("  garbage collections in the window: " + "; ".join(
            f"gen{g} {'gui' if on_gui else 'other'} x{len(v)} max {max(v):.1f} ms sum {sum(v):.1f}"
            for (g, on_gui), v in sorted(gen.items())))


if __name__ == "__main__":
    run()
