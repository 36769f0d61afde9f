"""The experiments on the wall: cards painted on the projector, and the slide's data.

Self-contained so the projector's slide renderer can take it over: ``slide_cards`` turns the
file into :class:`SlideCard` values for a view, ``layout_cards`` places them on a canvas of
any size (a pure function given a text measure), and ``paint_cards`` paints one page of
them with a painter. :class:`ExperimentsSlide` is the widget that does all three on the
wall and in the console's miniature. Integration point for ui/slides: call
``slide_cards(store, view)`` and ``paint_cards(painter, rect, cards, body_px, colours)``.

Type never goes below 1/36 of the canvas height (DESIGN: the wall); what does not fit at
that size flows into pages ("1/2"), which turn every ``PAGE_SECONDS``. The wall shows no
e-mail addresses and no private notes; names are the ambassadors and pairs the room named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sessions import experiments, participants
from ui.learning.common import (
    DECISION_LABELS,
    RESULT_COLOURS,
    RESULT_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    label,
    tr,
)

VIEWS = ("board", "propose", "results", "spread", "stop")
PAGE_SECONDS = 10
MIN_FRACTION = 1 / 36           # the smallest body text, as a share of the canvas height
GAP = 0.6                       # space between cards, in body heights
PAD = 0.45                      # padding inside a card, in body heights


@dataclass
class SlideCard:
    """One experiment as the room sees it."""

    title: str
    lines: list[str] = field(default_factory=list)
    colour: str = "#8a96a3"
    badge: str = ""


def slide_cards(store, view: str) -> list[SlideCard]:
    """The cards a view shows: the whole board, proposals, results, what spreads, or what
    stops and why."""
    from ui.projector import room_text

    names = {p.id: p.first_name or p.display_name for p in participants.all_participants(store)}
    out: list[SlideCard] = []
    items = experiments.experiments(store)
    if view == "board":
        items.sort(key=lambda e: experiments.STATUSES.index(e.status))
    for e in items:
        amb = names.get(e.ambassador_id, "")
        who = " · ".join(x for x in (e.team, tr("ambassador {name}").format(name=amb) if amb
                                     else "") if x)
        if view == "board":
            status = label(STATUS_LABELS, e.status)
            result = label(RESULT_LABELS, e.result) if e.result else ""
            lines = [x for x in (" · ".join(x for x in (status, result) if x), who) if x]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS.get(e.result, "#8a96a3")
                                 if e.result else STATUS_COLOURS[e.status]))
        elif view == "propose":
            if e.status not in ("idee", "gepland") and not e.picked:
                continue
            lines = [x for x in (who, *(p["label"] for p in e.pairs)) if x]
            out.append(SlideCard(e.title, lines, "#0072B2" if e.picked else "#8a96a3",
                                 tr("chosen") if e.picked else ""))
        elif view == "results":
            if e.status not in ("loopt", "afgerond", "gestopt"):
                continue
            result = label(RESULT_LABELS, e.result) if e.result else label(STATUS_LABELS,
                                                                           e.status)
            lines = [x for x in (result, e.lesson or e.observed) if x]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS.get(e.result, "#8a96a3")))
        elif view == "spread":
            if e.decision != "spread" and e.result not in ("werkt", "deels"):
                continue
            target = ", ".join(e.spread_to) if e.decision == "spread" else tr("to decide")
            lines = [tr("→ {teams}").format(teams=target), label(RESULT_LABELS, e.result)]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS.get(e.result, "#8a96a3")))
        else:   # stop
            if not (e.decision == "stop" or e.status == "gestopt" or e.result == "niet"):
                continue
            why = e.decision_note if e.decision_note and e.lesson == "" else e.lesson
            lines = [x for x in (label(DECISION_LABELS, e.decision) if e.decision else "",
                                 why) if x]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS["niet"]))
    for c in out:
        c.title = room_text(c.title)
        c.lines = [room_text(x) for x in c.lines]
    return out


# ---------------------------------------------------------------- layout (pure)


@dataclass
class Placed:
    """A card's place on one page."""

    card: SlideCard
    rect: QRectF


def _fonts(base: QFont, px: float) -> tuple[QFont, QFont]:
    body = QFont(base)
    body.setPixelSize(max(6, round(px)))
    body.setBold(False)
    title = QFont(body)
    title.setPixelSize(max(6, round(px * 1.15)))
    title.setBold(True)
    return body, title


def card_height(card: SlideCard, width: float, body: QFont, title: QFont) -> float:
    """The height a card needs at ``width`` with these fonts."""
    px = body.pixelSize()
    inner = max(10.0, width - 2 * PAD * px - px * 0.4)
    flags = int(Qt.TextFlag.TextWordWrap)
    h = QFontMetricsF(title).boundingRect(QRectF(0, 0, inner, 1e6), flags, card.title).height()
    fm = QFontMetricsF(body)
    for line in card.lines:
        h += fm.boundingRect(QRectF(0, 0, inner, 1e6), flags, line).height()
    return h + 2 * PAD * px + (px * 0.3 if card.lines else 0)


def layout_cards(cards: list[SlideCard], width: float, height: float, base: QFont,
                 body_px: float) -> tuple[list[list[Placed]], float]:
    """Pages of placed cards and the body size used: the largest size (down to 1/36 of the
    height) and the fewest columns (1 to 3) at which they fit; else pages at that floor."""
    if not cards:
        return [[]], body_px
    floor = max(6.0, height * MIN_FRACTION)
    sizes = []
    px = max(body_px, floor)
    while px > floor:
        sizes.append(px)
        px *= 0.9
    sizes.append(floor)
    for px in sizes:
        body, title = _fonts(base, px)
        for cols in (1, 2, 3):
            pages = _flow(cards, width, height, body, title, cols)
            if len(pages) == 1:
                return pages, px
    body, title = _fonts(base, floor)
    return _flow(cards, width, height, body, title, 3), floor


def _flow(cards, width, height, body, title, cols) -> list[list[Placed]]:
    px = body.pixelSize()
    gap = GAP * px
    col_w = (width - gap * (cols - 1)) / cols
    pages: list[list[Placed]] = [[]]
    col, y = 0, 0.0
    for card in cards:
        h = min(card_height(card, col_w, body, title), height)
        if y > 0 and y + h > height:
            col, y = col + 1, 0.0
            if col >= cols:
                pages.append([])
                col = 0
        pages[-1].append(Placed(card, QRectF(col * (col_w + gap), y, col_w, h)))
        y += h + gap
    return pages


# ---------------------------------------------------------------- painting


def paint_cards(painter: QPainter, rect: QRectF, page: list[Placed], base: QFont, body_px: float,
                text: str, muted: str, background: str) -> None:
    """Paint one page of placed cards into ``rect`` (the positions are relative to it)."""
    body, title = _fonts(base, body_px)
    px = body.pixelSize()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    flags = int(Qt.TextFlag.TextWordWrap)
    for placed in page:
        r = placed.rect.translated(rect.topLeft())
        card = placed.card
        colour = QColor(card.colour)
        painter.setPen(QPen(colour, max(2.0, px * 0.12)))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(r, px * 0.3, px * 0.3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(r.left(), r.top(), px * 0.4, r.height()), px * 0.2, px * 0.2)
        inner = r.adjusted(PAD * px + px * 0.4, PAD * px, -PAD * px, -PAD * px)
        painter.setFont(title)
        painter.setPen(QColor(text))
        tr_ = QFontMetricsF(title).boundingRect(QRectF(0, 0, inner.width(), 1e6), flags,
                                                card.title)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), tr_.height()), flags,
                         card.title)
        y = inner.top() + tr_.height() + (px * 0.3 if card.lines else 0)
        painter.setFont(body)
        fm = QFontMetricsF(body)
        for i, line in enumerate(card.lines):
            lr = fm.boundingRect(QRectF(0, 0, inner.width(), 1e6), flags, line)
            painter.setPen(QColor(text if i else muted) if card.badge == "" else QColor(muted))
            painter.drawText(QRectF(inner.left(), y, inner.width(), lr.height()), flags, line)
            y += lr.height()
        if card.badge:
            painter.setFont(body)
            bw = fm.horizontalAdvance(card.badge) + px * 0.8
            badge = QRectF(r.right() - bw - px * 0.3, r.top() - px * 0.5, bw, px * 1.2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, px * 0.3, px * 0.3)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), card.badge)
    painter.restore()


class ExperimentsSlide(QWidget):
    """The cards of a view, fitted to the widget, with pages that turn by themselves."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cards: list[SlideCard] = []
        self.empty_text = ""
        self.page = 0
        self._pages: list[list[Placed]] = [[]]
        self._px = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.timer = QTimer(self)
        self.timer.setInterval(PAGE_SECONDS * 1000)
        self.timer.timeout.connect(self.next_page)

    def set_cards(self, cards: list[SlideCard], empty_text: str = "") -> None:
        """Show these cards (and ``empty_text`` when there are none)."""
        self.cards = cards
        self.empty_text = empty_text
        self._relayout()

    def body_px(self) -> float:
        """The body size the projector gave this widget (its font), in pixels."""
        f = self.font()
        return f.pixelSize() if f.pixelSize() > 0 else f.pointSizeF() * self.logicalDpiY() / 72

    def _footer(self) -> float:
        return self.body_px() * 1.4 if len(self._pages) > 1 else 0.0

    def _relayout(self) -> None:
        h = max(1.0, self.height() - self.body_px() * 1.4)
        self._pages, self._px = layout_cards(self.cards, max(1.0, self.width()), h, self.font(),
                                             self.body_px())
        if len(self._pages) == 1:
            self._pages, self._px = layout_cards(self.cards, max(1.0, self.width()),
                                                 max(1.0, self.height()), self.font(),
                                                 self.body_px())
        self.page = min(self.page, len(self._pages) - 1)
        if len(self._pages) > 1 and not self.timer.isActive():
            self.timer.start()
        elif len(self._pages) <= 1:
            self.timer.stop()
        self.update()

    def pages(self) -> int:
        """How many pages the cards take at this size."""
        return len(self._pages)

    def next_page(self) -> None:
        """Turn to the next page (wraps)."""
        self.page = (self.page + 1) % max(1, len(self._pages))
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == event.Type.FontChange:
            self._relayout()
        super().changeEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        pal = self.palette()
        text = pal.windowText().color().name()
        background = pal.window().color().name()
        muted = QColor(text).lighter(160).name() if QColor(text).lightness() < 128 else \
            QColor(text).darker(130).name()
        if not self.cards:
            p.setPen(QColor(muted))
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                       self.empty_text)
            return
        paint_cards(p, QRectF(0, 0, self.width(), self.height()), self._pages[self.page],
                    self.font(), self._px, text, muted, background)
        if len(self._pages) > 1:
            p.setPen(QColor(muted))
            p.drawText(QRectF(0, 0, self.width(), self.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                       f"{self.page + 1}/{len(self._pages)}")
        p.end()

    def visible_texts(self) -> list[str]:
        """The texts on the current page (for the wall's privacy checks)."""
        if not self.cards:
            return [self.empty_text]
        return [t for placed in self._pages[self.page]
                for t in (placed.card.title, *placed.card.lines, placed.card.badge) if t]
