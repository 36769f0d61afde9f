"""The wall's state, shared by the projector window and the console's miniature.

One :class:`Wall` per open trajectory holds the laid-out slide of the running step, the
page on show, the frozen picture and the reserved strip's join code. It re-lays the
slide when the store changes (heard through :class:`~ui.slides.feed.Feed`), at most
about ten times a second: the first change after a quiet spell shows at once, a burst
is gathered into one repaint per 100 ms, and a burst that goes on (phones) into one per
250 ms.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from ui.slides import content as c
from ui.slides.engine import Slide, canvas_size
from ui.slides.feed import Feed
from ui.slides.kinds import layout
from ui.slides.source import clock, intervisie_round, slide_content

MIN_INTERVAL = 0.1          # seconds between two layouts of the wall (about 10 per second)
# while changes keep coming faster than that (a room of phones sending questions), the wall
# lays out at most this often: a layout of 160 questions costs the GUI thread 5-15 ms at a
# time, and the room does not see the difference between 4 and 10 refreshes a second
BURST_INTERVAL = 0.25
CHROME = frozenset({"page", "next", "title", "instructions", "header", "heading"})
REVEAL_MS = 350             # the vote bars grow in this time when the results are revealed


class Wall(QObject):
    """What the wall shows: the slide, its page, frozen or not, and the join strip."""

    changed = Signal()          # a new picture: slide, page, freeze or strip
    ticked = Signal()           # only the countdown moved
    revealed = Signal()         # the vote's results were just revealed: grow the bars
    _soon = Signal()            # queued to itself: lay out as soon as the change's handlers are done

    def __init__(self, ctx, live, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.size = QSizeF(1920, 1080)
        self.slide: Slide = layout(c.SlideContent(), self.size)
        self.content = c.SlideContent()
        self.page = 0
        self.frozen: tuple[Slide, int] | None = None
        self.join_image: QImage | None = None
        self.join_text = ""
        self._hub = None                      # the phones' hub, once the window has one
        self._join_key: object = None
        self.layouts = 0                      # how many times the slide was laid out
        self._step_key: object = None
        self._shape: object = None            # what the slide was last laid out from
        self._want_last = False
        self._last = 0.0
        self._burst = False                   # changes keep coming faster than MIN_INTERVAL
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.rebuild)
        self._queued = False
        self._soon.connect(self._rebuild_queued, Qt.ConnectionType.QueuedConnection)
        self.feed = Feed(ctx, self)
        self.feed.stale.connect(self.schedule)
        live.state_changed.connect(self.schedule)
        live.ticked.connect(self._tick)
        live.appearance_changed.connect(self.schedule)
        ctx.font_scale_changed.connect(self.schedule)
        self.rebuild()

    # ------------------------------------------------------------ building

    def schedule(self, *_args) -> None:
        """Lay the slide out again soon: now after a quiet spell, else 100 ms after the last
        (250 ms while a burst goes on)."""
        if self._timer.isActive() or self._queued:
            return
        since = time.monotonic() - self._last
        if since >= MIN_INTERVAL:
            # slower than the wall's own pace (a facilitator typing): no burst, at once
            self._burst = False
        wait = (BURST_INTERVAL if self._burst else MIN_INTERVAL) - since
        if wait <= 0:
            # a posted event, not a zero timer: it runs once the notice's other listeners
            # (the models) are done, ahead of the views' delayed relayouts it set off
            self._queued = True
            self._soon.emit()
            return
        self._burst = True          # a change within MIN_INTERVAL of the last layout
        self._timer.start(int(wait * 1000))

    def _rebuild_queued(self) -> None:
        if self._queued:
            self._queued = False
            self.rebuild()

    def flush(self) -> None:
        """Lay out now if a change is waiting (before paging, so pages are counted right)."""
        if self._timer.isActive() or self._queued:
            self._timer.stop()
            self.rebuild()

    def rebuild(self) -> None:
        """Read the content, lay it out on the wall's canvas, keep the page in range."""
        self._timer.stop()
        self._queued = False
        self._last = time.monotonic()
        if self.ctx.store is None or self.ctx.store.conn is None:
            return
        before = self.content
        self.content = slide_content(self.ctx, self.live)
        step = self.live.current()
        key = (self.live.meeting_id, step.id if step else None)
        shape = (_shape(self.content), self.size, self.ctx.settings.font_scale(), key)
        if shape == self._shape:
            # nothing the wall shows has changed (a note, a phone's other step)
            if self._join_from_phones():
                self.changed.emit()
            return
        self._shape = shape
        old, old_page = self.slide, self.page
        self.slide = layout(self.content, self.size, self.ctx.settings.font_scale())
        self.layouts += 1
        if key != self._step_key:
            self._step_key = key
            self.page = self.slide.count - 1 if self._want_last else 0
        elif old_page >= old.count - 1:
            # the wall was on the last page, where new items land: it follows a new one
            self.page = _page_of_new(old, self.slide, old_page)
        self._want_last = False
        self.page = max(0, min(self.page, self.slide.count - 1))
        self._join_from_phones()
        self.changed.emit()
        if (isinstance(before.body, c.Vote) and isinstance(self.content.body, c.Vote)
                and before.body.hidden and not self.content.body.hidden):
            self.revealed.emit()

    def set_canvas(self, width: float, height: float) -> None:
        """The wall's screen or window size: the canvas takes its aspect ratio."""
        size = canvas_size(width, height)
        if size != self.size:
            self.size = size
            self.rebuild()

    def _tick(self) -> None:
        text, urgent = clock(self.live)
        shown = self.content.chrome
        if urgent != shown.urgent or len(text) != len(shown.clock):
            self.schedule()          # its colour, presence or length changes the layout
        elif self._round_moved(shown):
            self.schedule()          # the intervisie's next round is named on the slide
        self.ticked.emit()

    def _round_moved(self, shown: c.Chrome) -> bool:
        step = self.live.current()
        if step is None or step.kind != "intervisie" or self.ctx.store is None:
            return False
        return not shown.instructions.startswith(intervisie_round(self.ctx, step, self.live.now()))

    def clock_text(self) -> str:
        """The countdown as it stands now."""
        return clock(self.live)[0] if self.ctx.store is not None else ""

    # ------------------------------------------------------------ what is shown

    def shown(self) -> tuple[Slide, int]:
        """The slide and page on the wall (the frozen picture while frozen)."""
        return self.frozen if self.frozen is not None else (self.slide, self.page)

    def page_text(self) -> str:
        """'2/3' when the slide has pages, else ''."""
        slide, page = self.shown()
        return f"{page + 1}/{slide.count}" if slide.count > 1 else ""

    def next_page(self) -> bool:
        """Show the next page; False on the last page (the clicker then moves to the next step)."""
        self.flush()
        if self.frozen is not None:
            return False
        if self.page + 1 < self.slide.count:
            self.page += 1
            self.changed.emit()
            return True
        return False

    def previous_page(self) -> bool:
        """Show the previous page; False on the first (the clicker then goes a step back)."""
        self.flush()
        if self.frozen is not None:
            return False
        if self.page > 0:
            self.page -= 1
            self.changed.emit()
            return True
        self._want_last = True        # a step back lands on that step's last page
        return False

    def set_frozen(self, on: bool) -> None:
        """Keep the wall's picture while the facilitator fixes something; off shows it live."""
        if on == (self.frozen is not None):
            return
        self.flush()
        self.frozen = (self.slide, self.page) if on else None
        self.changed.emit()

    def _join_from_phones(self) -> bool:
        """The phones' join code in the strip while phones may join and the step takes input.

        True when the strip changed."""
        hub = getattr(self.ctx, "phones", None)
        if hub is None:
            return False
        if hub is not self._hub:
            self._hub = hub
            hub.status_changed.connect(self._phones_changed)
        step = self.live.current()
        key = (hub.url() if hasattr(hub, "url") else None, step.id if step else None,
               step.kind if step else None)
        if key == self._join_key:
            return False
        self._join_key = key
        card = hub.card(300, step)
        self.join_image, self.join_text = (QImage(card[0]), card[1]) if card else (None, "")
        return True

    def _phones_changed(self) -> None:
        self._join_key = None
        self._join_from_phones()
        self.changed.emit()

    def set_join(self, image: QImage | None, address: str = "") -> None:
        """Put a join code and its address in the reserved strip (None clears it)."""
        self.join_image = QImage(image) if image is not None else None
        self.join_text = address
        self.changed.emit()


def _shape(content: c.SlideContent) -> c.SlideContent:
    """The content as the layout sees it: the countdown's digits do not move a box."""
    clock = content.chrome.clock
    return replace(content, chrome=replace(content.chrome, clock=re.sub(r"\d", "8", clock)))


def _page_of_new(old: Slide, new: Slide, page: int) -> int:
    """The page of ``new`` that holds the first text not on ``old`` (``page`` when none)."""
    before = {b.source for p in old.pages for b in p.texts() if b.source} | CHROME
    for i, p in enumerate(new.pages):
        if any(b.source and b.source not in before for b in p.texts()):
            return i
    return page


def wall(ctx) -> Wall:
    """The shared wall of the open trajectory."""
    from ui.agenda_model import live_day

    return ctx.model("slides.wall", lambda: Wall(ctx, live_day(ctx)))
