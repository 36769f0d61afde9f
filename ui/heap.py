"""Python's cycle collector, kept out of the way of a live edit.

A full collection (the oldest generation) walks every object Python tracks. With a big
trajectory open that is well over a million objects: 35-40 ms on the GUI thread, at a moment
Python picks. It picked the middle of an edit or of a phone vote: most of the slow edits in
``bench/bench_views.py`` and many late GUI ticks in ``bench/bench_join.py`` were these pauses.

So the app walks the heap itself, when nothing happens:

- a short quiet spell (``QUIET_MS`` without a change) collects what is not frozen yet and
  freezes what survives (``gc.freeze``): a few milliseconds, since only what was made since
  the last freeze is walked. Python's own collections then walk only what is newer still;
- a long quiet spell (``IDLE_MS``), and the first quiet spell after a file opens, unfreeze
  and walk everything once, so cycles left behind among frozen objects are still freed;
- closing the trajectory unfreezes, so its objects can go.

Nothing here changes what is kept: only when the collector walks.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal


class HeapKeeper(QObject):
    """Collects after quiet spells and freezes what survives."""

    settled = Signal()          # after each collect-and-freeze
    QUIET_MS = 2000             # no change for this long: collect the new objects, freeze them
    IDLE_MS = 60000             # no change for this long: walk the whole heap once

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._quiet = self._timer(self.QUIET_MS, self._after_quiet)
        self._idle = self._timer(self.IDLE_MS, self.settle)
        self._open = False
        self._whole_due = False     # the next quiet spell walks everything (a file just opened)

    def _timer(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def opened(self) -> None:
        self._open = True
        self._whole_due = True
        self.poke()

    def poke(self, *_args) -> None:
        """Something changed: wait for the next quiet spell."""
        if self._open:
            self._quiet.start()
            self._idle.start()

    def closed(self) -> None:
        self._open = False
        self._quiet.stop()
        self._idle.stop()
        gc.unfreeze()        # the closed trajectory's objects may go now

    def _after_quiet(self) -> None:
        if self._whole_due:
            self.settle()
        else:
            self.freeze_new()

    def freeze_new(self) -> None:
        """Collect what is not frozen yet and freeze the survivors (walks only the new)."""
        gc.collect()
        gc.freeze()
        self.settled.emit()

    def settle(self) -> None:
        """Walk the whole heap once, then freeze what survives."""
        self._whole_due = False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.settled.emit()
