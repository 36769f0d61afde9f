"""Python's cycle collector, kept out of the way of a live edit.

A full collection (the oldest generation) walks every object Python tracks. With a big
trajectory open that is well over a million objects: 35-40 ms on the GUI thread, at a moment
Python picks. It picked the middle of an edit or of a phone vote: most of the slow edits in
``bench/bench_views.py`` and the late GUI ticks in ``bench/bench_join.py`` were these pauses.

So the app does the full collection itself, when nothing happens:

- once a trajectory is open and no change has come in for ``IDLE_MS``, everything still alive
  is collected and then frozen (``gc.freeze``): Python's own collections walk only what was
  made since, which takes a millisecond or two;
- every later quiet moment unfreezes, collects and freezes again, so cycles left behind by
  the edits in between are still freed;
- closing the trajectory unfreezes, so its objects can go.

Nothing here changes what is kept: only when the collector walks.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal


class HeapKeeper(QObject):
    """Collects the whole heap after a quiet spell and freezes what survives."""

    settled = Signal()          # after each collect-and-freeze
    IDLE_MS = 2000              # a quiet spell: no change committed for this long

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.settle)
        self._open = False

    def opened(self) -> None:
        self._open = True
        self.poke()

    def poke(self, *_args) -> None:
        """Something changed: wait for the next quiet spell."""
        if self._open:
            self._timer.start(self.IDLE_MS)

    def closed(self) -> None:
        self._open = False
        self._timer.stop()
        gc.unfreeze()        # the closed trajectory's objects may go now

    def settle(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.settled.emit()
