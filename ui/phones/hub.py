"""The bridge between the phones' server thread and the GUI thread, which owns SQLite.

Jobs arrive from the server thread in a queue; a queued signal wakes the GUI, which
applies them with :func:`sessions.phones.apply` (the console's services) and answers after
the commit. Jobs that arrive together go in one batch: one transaction, a savepoint each,
for about DRAIN_BUDGET_MS, then the GUI runs its due timers and repaints before the next
batch; the answers of a batch go back to the server in one hand-over. Change notices go the
other way: the hub gathers them for a moment and publishes the sections that changed to
the server. ``bench/bench_join.py --trace DIR`` shows what the GUI thread did around each
late tick under load.
"""

from __future__ import annotations

import collections
import contextlib
import os
import sqlite3
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal, Slot

from sessions import phones
from sessions.errors import StartdagError
from ui.phones import network, qr

if TYPE_CHECKING:       # the server (and aiohttp, 130 ms to import) loads when phones join
    from ui.phones.server import Job, JoinServer

DEFAULT_PORT = 8765
PUBLISH_MS = 80
RESCAN_MS = 5000
COUNTS_MS = 250             # the phone counts on screen catch up at most 4 times a second
DRAIN_BUDGET_MS = 8         # the GUI applies phone jobs for about this long, then breathes
# while phones keep sending, a batch starts at most this often: each batch's commit makes the
# console's models and the wall catch up once (the vote table reads every question: ~3 ms),
# so batches of some jobs each cost the GUI far less than one batch per job. A job that
# arrives after a quiet spell is applied at once, and jobs left over when a batch used its
# time go next, as soon as the timers that are due (a repaint, a countdown) have run.
DRAIN_PERIOD_MS = 10
# which change notices touch which sections of what the phones see
SECTIONS = {
    "agenda": {"step", "board", "questions"}, "phones": {"step"}, "board": {"board"},
    "questions": {"questions"}, "votes": {"questions"}, "groups": {"groups"},
    "actions": {"actions"}, "activities": {"activities"}, "expertise": {"competences"},
}
# phone input a console undo could trample (see UndoStack.note_external)
CONFLICTS = {"dot": {"votes"}, "choices": {"groups"}, "add_action": {"actions"},
             "edit_action": {"actions"}, "signup": {"activities"}, "withdraw": {"activities"},
             "join": {"attendance"}, "self_rate": {"expertise"}}



def _finish_all(done: list) -> None:
    """Answer these jobs. Jobs come only from a running server, so its module is loaded by
    then; importing it at the top would load aiohttp at every start-up."""
    if done:
        from ui.phones.server import finish_all

        finish_all(done)

class _Stopped(Exception):
    """Phone join stopped or the file closed while jobs waited."""


class PhoneHub(QObject):
    """Phone join for the open trajectory: on, off, the address, the state and the jobs."""

    status_changed = Signal()       # on/off, the address or the link changed
    counts_changed = Signal()       # phones connected or joined (at most 4 times a second)
    phone_input = Signal(str)       # an op a phone carried out (the panel refreshes)
    _wake = Signal()
    _count = Signal(int)

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.server: JoinServer | None = None
        self.address: network.Address | None = None   # None: loopback only
        self.addresses: list[network.Address] = []
        self.meeting_id: int | None = None
        self.connected = 0
        self.last_error = ""
        self._watched = None
        self._jobs: collections.deque[Job] = collections.deque()
        self._lock = threading.Lock()
        self._dirty: set[str] = set()
        self._personal_dirty = False      # every phone's own view, read again
        self._dots_dirty = False          # only the dots of each phone's own view
        self._people_dirty = False
        self._me: dict[str, dict] = {}    # cookie hash -> the own view last sent
        self._cookie_of: dict[int, str] = {}
        self._wake.connect(self._drain_soon, Qt.ConnectionType.QueuedConnection)
        # the jobs are applied from a timer, not a posted event: a timer that is already
        # due (the GUI's own, a countdown) runs before the next batch, never after two
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.timeout.connect(self._drain)
        self._drained = QElapsedTimer()          # since the last batch started
        self._count.connect(self._on_count, Qt.ConnectionType.QueuedConnection)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(PUBLISH_MS)
        self._publish_timer.timeout.connect(self._publish)
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setInterval(RESCAN_MS)
        self._rescan_timer.timeout.connect(self.rescan)
        # 150 phones connecting or joining at once: one repaint of the counts, not 150
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_MS)
        self._counts_timer.timeout.connect(self.counts_changed)
        ctx.change_record.connect(self._on_change)
        ctx.store_closed.connect(self.stop)

    # ------------------------------------------------------------ state

    @property
    def running(self) -> bool:
        """True while phones can reach the laptop."""
        return self.server is not None and self.server.running

    @property
    def ip(self) -> str:
        """The address phones use (127.0.0.1 when there is no network)."""
        return self.address.ip if self.address else network.LOOPBACK

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return self.server.port if self.server else 0

    @property
    def token(self) -> str:
        """The meeting's token."""
        return self.server.token if self.server else ""

    def url(self) -> str:
        """The join URL (what the QR carries)."""
        return qr.join_url(self.ip, self.port, self.token) if self.running else ""

    def short_address(self) -> str:
        """The address in large type."""
        return qr.short_address(self.ip, self.port, self.token) if self.running else ""

    def card(self, size: int = 300, step=None):
        """The projector strip's piece: (QR QImage, short address), or None.

        None when phones are off, or when ``step`` (an agenda.Step) takes no input from
        phones; the slide renderer calls this for its reserved bottom-right strip and
        repaints on ``status_changed``.
        """
        if not self.running or (step is not None and not phones.step_action(step)):
            return None
        return qr.join_card(self.ip, self.port, self.token, size)

    def joined(self) -> int:
        """How many phones joined this meeting (by name or anonymously)."""
        store = self.ctx.store
        if store is None or self.meeting_id is None:
            return 0
        return store.scalar("SELECT COUNT(*) FROM phone WHERE meeting_id = ?", (self.meeting_id,))

    def _live(self):
        from ui.agenda_model import live_day

        return live_day(self.ctx)

    # ------------------------------------------------------------ on and off

    def rescan(self) -> None:
        """Look at the network interfaces again (a hotspot may have come up)."""
        found = network.candidates()
        if found == self.addresses:
            return
        self.addresses = found
        if self.running and self.address is None and found:
            self.start(found[0].ip, self.port)     # the network came up: use it
            return
        self.status_changed.emit()

    def start(self, address: str | None = None, port: int | None = None) -> str:
        """Start listening on ``address`` (a private IPv4 address or 127.0.0.1) and loopback.

        Returns the join URL. Raises StartdagError-free OSError text in ``last_error`` and
        returns '' when the address cannot be bound.
        """
        store = self.ctx.store
        if store is None or store.read_only:
            return ""
        self.stop(quiet=True)
        self.addresses = network.candidates()
        if address is None:
            chosen = self.addresses[0] if self.addresses else None
        elif address == network.LOOPBACK:
            chosen = None
        else:
            chosen = next((a for a in self.addresses if a.ip == address), None) \
                or network.Address(address, "", network.is_hotspot(address, ""))
        self.address = chosen
        live = self._live()
        self.meeting_id = live.meeting_id
        if self.meeting_id is None:
            self.last_error = "no meeting"
            return ""
        token = phones.token(store, self.meeting_id)
        hosts = [network.LOOPBACK] if chosen is None else [chosen.ip, network.LOOPBACK]
        if port is None:
            # the same port as last time, so phones that joined before find the laptop again
            port = self.ctx.settings.phone_port(DEFAULT_PORT)
        from ui.phones.server import JoinServer

        server = None
        for attempt in (port, 0):
            server = JoinServer(hosts, attempt, token, self._submit, self._count.emit)
            try:
                server.start()
                break
            except OSError as exc:
                self.last_error = str(exc)
                server.stop()
                server = None
        if server is None:
            self.status_changed.emit()
            return ""
        self.server = server
        self.last_error = ""

        self.ctx.settings.set_phone_port(server.port)
        self.connected = 0
        self._dirty = {"step", "board", "questions", "groups", "actions", "activities",
                       "competences"}
        self._personal_dirty = self._people_dirty = True
        self._ensure_board()
        self._publish()
        heap = getattr(self.ctx, "heap", None)
        if heap is not None:
            # the facilitator just turned phones on: a moment they chose, before the room's
            # input. Collect and freeze now, so Python's first full collection of the big
            # heap (50-85 ms) does not fall in the middle of the phones' questions and dots
            heap.settle()
        live.state_changed.connect(self._on_agenda)
        self._watched = live
        self._rescan_timer.start()
        self.status_changed.emit()
        return self.url()

    def stop(self, quiet: bool = False) -> None:
        """Stop listening: nothing on the network answers any more."""
        self._rescan_timer.stop()
        self._drain_timer.stop()
        if self.server is not None:
            server, self.server = self.server, None
            server.stop()
        live, self._watched = self._watched, None
        if live is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                live.state_changed.disconnect(self._on_agenda)
        with self._lock:
            jobs, self._jobs = list(self._jobs), collections.deque()
        _finish_all([(job, 503, {"error": "stopped"}) for job in jobs])
        self.connected = 0
        if not quiet:
            self.status_changed.emit()

    def renew_token(self) -> None:
        """A new token for this meeting: every phone scans again."""
        store = self.ctx.store
        if store is None or self.meeting_id is None:
            return
        phones.renew_token(store, self.meeting_id)
        if self.running:
            self.start(self.address.ip if self.address else network.LOOPBACK, self.port)

    # ------------------------------------------------------------ jobs (server thread -> GUI)

    def _submit(self, job: Job) -> None:
        # runs in the server thread: queue and wake the GUI (a queued signal)
        with self._lock:
            self._jobs.append(job)
            wake = len(self._jobs) == 1
        if wake:
            self._wake.emit()

    @Slot()
    def _drain_soon(self, at_once: bool = False) -> None:
        if self._drain_timer.isActive():
            if at_once:
                self._drain_timer.start(0)
            return
        since = self._drained.elapsed() if self._drained.isValid() else DRAIN_PERIOD_MS
        self._drain_timer.start(0 if at_once else max(0, DRAIN_PERIOD_MS - since))

    @Slot()
    def _drain(self) -> None:
        # Jobs that arrive together are applied together: each in its own savepoint, all in
        # one transaction, so one durable commit serves many phones. The answers go out
        # after that commit; the GUI gets the thread back after about DRAIN_BUDGET_MS.
        with self._lock:
            if not self._jobs:      # stopped meanwhile: no empty transaction, no notice
                return
        store = self.ctx.store
        self._drained.start()
        clock = QElapsedTimer()
        clock.start()
        done: list[tuple[Job, int, dict]] = []
        cut = False             # the batch used its time with jobs still waiting
        try:
            if store is None or store.read_only or self.meeting_id is None:
                raise _Stopped
            with store.transaction(phones.TOPIC):
                batch = phones.Batch(store, self.meeting_id)
                while True:
                    with self._lock:
                        if not self._jobs:
                            break
                        if clock.elapsed() >= DRAIN_BUDGET_MS:
                            cut = True
                            break
                        job = self._jobs.popleft()
                    if job.take():
                        status, answer = self._apply(store, job, batch)
                        done.append((job, status, answer))
        except _Stopped:
            with self._lock:
                jobs, self._jobs = list(self._jobs), collections.deque()
            done = [(j, 503, {"error": "stopped"}) for j in jobs if j.take()]
        except (StartdagError, sqlite3.Error):
            done = [(j, 503, {"error": "busy"}) for j, _s, _a in done]
        for job, status, _answer in done:
            if status == 200 and job.op in CONFLICTS:
                self.ctx.undo_stack.note_external(CONFLICTS[job.op])
        _finish_all(done)
        if any(status == 200 for _j, status, _a in done):
            self.phone_input.emit(done[-1][0].op)
        with self._lock:
            more = bool(self._jobs)
        if more:    # let the GUI breathe (timers that are due, repaints), then go on
            self._drain_soon(at_once=cut)

    def _apply(self, store, job: Job, batch: phones.Batch) -> tuple[int, dict]:
        try:
            phone = phones.phone_by_cookie(store, self.meeting_id, job.cookie_hash)
            if phone is None:
                if job.op != "join":
                    return 403, {"error": "join_first"}
                phone_id = phones.register(store, self.meeting_id, job.cookie_hash)
            else:
                phone_id = phone["id"]
            return phones.apply(store, self.meeting_id, phone_id, job.op, job.data, job.request_id,
                                batch)
        except StartdagError as exc:
            return 422, {"error": exc.params.get("reason") or "invalid"}

    # ------------------------------------------------------------ state (GUI -> server thread)

    @Slot(object)
    def _on_change(self, change) -> None:
        if not self.running:
            return
        for topic in change.topics:
            if topic == phones.TOPIC and not change.of(phones.JOIN_TOKEN) and \
                    (change.of(phones.INPUT) or change.of(phones.REQUEST)):
                continue            # the step section only shows the join settings
            self._dirty |= SECTIONS.get(topic, set())
        if phones.personal_topics(change):
            self._personal_dirty = True
        elif change.touches("votes"):
            self._dots_dirty = True
        if change.touches("participants"):
            self._people_dirty = True
        if change.touches(phones.TOPIC):
            self._counts_soon()
        if not self._publish_timer.isActive():
            self._publish_timer.start()

    def _on_changed(self, topic: str) -> None:
        """Mark ``topic`` as changed (the agenda moving on)."""
        from sessions.changes import Change

        self._on_change(Change().touch(topic))

    @Slot()
    def _on_agenda(self) -> None:
        live = self._live()
        if self.running and live.meeting_id != self.meeting_id:
            self.start(self.address.ip if self.address else network.LOOPBACK, self.port)
            return
        self._ensure_board()
        self._on_changed("agenda")

    def _ensure_board(self) -> None:
        """A concept step's board exists before the phones are asked to fill it."""
        store = self.ctx.store
        if store is None or store.read_only or self.meeting_id is None:
            return
        step = phones.current_step(store, self.meeting_id)
        if step is not None and step.kind == "concept":
            from sessions import boards

            key = phones.board_key(step)
            if boards.board_id(store, key) is None:
                boards.ensure_board(store, key)

    @Slot()
    def _publish(self) -> None:
        store, server = self.ctx.store, self.server
        if store is None or server is None or self.meeting_id is None:
            return
        public = phones.public_state(store, self.meeting_id, self._dirty) if self._dirty else None
        personal = None
        if self._personal_dirty:
            by_id = phones.personal_states(store, self.meeting_id)
            self._cookie_of = {r["id"]: r["cookie"] for r in store.query(
                "SELECT id, cookie FROM phone WHERE meeting_id = ?", (self.meeting_id,))}
            personal = {self._cookie_of[i]: me for i, me in by_id.items() if i in self._cookie_of}
            self._me = dict(personal)
        elif self._dots_dirty:
            # a burst of dots: each phone's dots and dots left, the rest of its view as sent
            personal = {}
            for phone_id, (dots, left) in phones.dot_states(store, self.meeting_id).items():
                cookie = self._cookie_of.get(phone_id)
                me = self._me.get(cookie) if cookie else None
                if me is not None and (me["dots"] != dots or me["left"] != left):
                    me = self._me[cookie] = {**me, "dots": dots, "left": left}
                    personal[cookie] = me
        people = phones.people(store) if self._people_dirty else None
        self._dirty, self._people_dirty = set(), False
        self._personal_dirty = self._dots_dirty = False
        server.publish(public, personal, people)

    @Slot(int)
    def _on_count(self, n: int) -> None:
        self.connected = n
        self._counts_soon()

    def _counts_soon(self) -> None:
        if not self._counts_timer.isActive():
            self._counts_timer.start()


class TickProbe(QObject):
    """A 10 ms GUI timer that logs how late each tick runs (for bench/bench_join.py)."""

    def __init__(self, path: str, parent: QObject | None = None):
        super().__init__(parent)
        self._fh = open(path, "a", buffering=1, encoding="ascii")  # noqa: SIM115
        self._last = time.perf_counter()
        self._lines: list[str] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    @Slot()
    def _tick(self) -> None:
        now = time.perf_counter()
        self._lines.append(f"{time.time():.4f} {(now - self._last) * 1000:.2f}\n")
        self._last = now
        if len(self._lines) >= 10:
            self._fh.write("".join(self._lines))
            self._lines.clear()


def tick_probe_from_env(parent: QObject) -> TickProbe | None:
    """Start the tick probe when STARTDAG_TICK_LOG names a file."""
    path = os.environ.get("STARTDAG_TICK_LOG")
    return TickProbe(path, parent) if path else None
