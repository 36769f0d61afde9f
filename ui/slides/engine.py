"""The fitting engine: text measured with QTextLayout, flowed into lanes (columns, then pages).

Everything here is pure: content in, positioned boxes out, on a logical canvas 1080 units
high with the screen's aspect ratio. Type is chosen by its measured cap height (never
assumed from the point size), as a fraction of the canvas height:

- body text at least 1/28 (``BODY``), dense lists at least 1/36 (``DENSE``), at font
  scale 1.0; the font scale multiplies every size, floors included.

A flow takes *units* (a few paragraphs and bars that belong together, in one or more
side-by-side cells) and places them into *lanes* (rectangles on a page). A unit that does
not fit moves to the next lane; a unit taller than an empty lane is split between lines,
and its continuation starts with "(vervolg)". Nothing is cut, elided or overlapped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QTextLayout, QTextOption

CANVAS_H = 1080.0
BODY = 1 / 28            # floor for body text (cap height / canvas height)
DENSE = 1 / 36           # floor for dense lists: board items, questions, names
TITLE = 1 / 19           # the step's title, at most
LEADING = 1.2            # line pitch in ems
FONT_DIR = Path(__file__).resolve().parents[2] / "exports" / "fonts"


def canvas_size(width: float, height: float) -> QSizeF:
    """The logical canvas for a screen or window: 1080 high, with its aspect ratio."""
    aspect = (width / height) if width > 0 and height > 0 else 16 / 9
    return QSizeF(round(CANVAS_H * aspect), CANVAS_H)


# ---------------------------------------------------------------- fonts


@lru_cache(maxsize=1)
def family() -> str:
    """The wall's typeface: the bundled Open Sans (same metrics on every machine)."""
    name = ""
    for f in ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf"):
        fid = QFontDatabase.addApplicationFont(str(FONT_DIR / f))
        fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        name = name or (fams[0] if fams else "")
    return name or QFont().defaultFamily()


def _font(px: int, bold: bool, italic: bool) -> QFont:
    f = QFont(family())
    f.setPixelSize(max(1, px))
    f.setBold(bold)
    f.setItalic(italic)
    # linear metrics: what is measured on the canvas is what a scaled painter draws
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setKerning(True)
    return f


@lru_cache(maxsize=8)
def _cap_ratio(bold: bool, italic: bool) -> float:
    return QFontMetricsF(_font(200, bold, italic)).capHeight() / 200.0


@dataclass(frozen=True)
class Style:
    """A text style by cap height (canvas units), weight, slant and colour role or #rrggbb."""

    cap: float
    bold: bool = False
    italic: bool = False
    colour: str = "text"
    role: str = "body"        # body, dense, title, chrome, band, label, big

    def at(self, cap: float) -> Style:
        """The same style at another cap height."""
        return replace(self, cap=cap)


@dataclass(frozen=True)
class Face:
    """A style made concrete: the font at an integer pixel size and its measured metrics."""

    font: QFont
    cap: float
    ascent: float
    descent: float
    pitch: float


@lru_cache(maxsize=512)
def _face(cap: float, bold: bool, italic: bool) -> Face:
    px = max(1, int(cap / _cap_ratio(bold, italic) + 0.999))
    f = _font(px, bold, italic)
    fm = QFontMetricsF(f)
    while fm.capHeight() < cap - 0.01:      # measured, never assumed
        px += 1
        f = _font(px, bold, italic)
        fm = QFontMetricsF(f)
    return Face(f, fm.capHeight(), fm.ascent(), fm.descent(), px * LEADING)


def face(style: Style) -> Face:
    """The concrete font for a style."""
    return _face(round(style.cap, 2), style.bold, style.italic)


@lru_cache(maxsize=20000)
def _wrap(text: str, cap: float, bold: bool, italic: bool, width: int) -> tuple[str, ...]:
    f = _face(cap, bold, italic).font
    lines: list[str] = []
    for para in text.split("\n"):
        if not para:
            lines.append("")
            continue
        layout = QTextLayout(para, f)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            lines.append(para[line.textStart(): line.textStart() + line.textLength()])
        layout.endLayout()
    return tuple(lines)


def wrap(text: str, style: Style, width: float) -> tuple[str, ...]:
    """``text`` broken into lines of at most ``width`` (long words break anywhere)."""
    return _wrap(text, round(style.cap, 2), style.bold, style.italic, int(width))


@lru_cache(maxsize=20000)
def _advance(text: str, cap: float, bold: bool, italic: bool) -> float:
    return QFontMetricsF(_face(cap, bold, italic).font).horizontalAdvance(text)


def advance(text: str, style: Style) -> float:
    """The width of one line of text."""
    return _advance(text, round(style.cap, 2), style.bold, style.italic)


def text_height(lines: int, style: Style) -> float:
    """The height of a text box of ``lines`` lines."""
    fc = face(style)
    return (max(1, lines) - 1) * fc.pitch + fc.ascent + fc.descent


# ---------------------------------------------------------------- output


@dataclass
class Box:
    """One thing drawn on a page, in canvas units.

    ``kind``: 'text' (lines of text), 'fill' (a coloured area), 'bar' (a value bar that
    grows when revealed), 'frame' (an outline), 'rule' (a thin line).
    """

    rect: QRectF
    kind: str = "text"
    lines: tuple[str, ...] = ()
    style: Style | None = None
    align: str = "left"           # left, right, center
    source: str = ""              # the content key this text belongs to
    colour: str = ""              # fills and bars: role or #rrggbb
    value: float = 0.0            # bars: 0..1
    dynamic: str = ""             # 'clock': the text is the live countdown

    @property
    def text(self) -> str:
        """The box's text as shown (lines joined as they were broken)."""
        return "".join(self.lines)


@dataclass
class Page:
    """One page of a slide."""

    boxes: list[Box] = field(default_factory=list)

    def texts(self) -> list[Box]:
        """The text boxes."""
        return [b for b in self.boxes if b.kind == "text"]


@dataclass
class Slide:
    """A laid-out slide: its canvas, pages and the reserved strip no content draws under."""

    size: QSizeF
    pages: list[Page]
    reserved: QRectF
    kind: str = ""
    scale: float = 1.0

    @property
    def count(self) -> int:
        """The number of pages (at least 1)."""
        return max(1, len(self.pages))


# ---------------------------------------------------------------- flowing


@dataclass
class Para:
    """A paragraph in a cell: text in a style, with an optional hanging marker ("3.", "•")
    and an optional fill behind it (a badge or a band)."""

    text: str
    style: Style
    source: str = ""
    marker: str = ""
    fill: str = ""                # colour behind the paragraph ('' none)
    align: str = "left"
    gap: float = 0.0              # space after, in ems of this style
    shrink: bool = False          # fill only as wide as the text (a badge)
    indent: float = 0.0           # left indent without a marker (canvas units)


@dataclass
class Bar:
    """A horizontal value bar in a cell (vote result, places taken)."""

    value: float
    colour: str
    height: float                 # canvas units
    outline: bool = False
    gap: float = 0.0
    offset: float = 0.0           # space above, canvas units (aligns it with a first line)


@dataclass
class Cell:
    """A column inside a unit: ``x`` and ``width`` as fractions of the lane width."""

    parts: list[Para | Bar]
    x: float = 0.0
    width: float = 1.0


@dataclass
class Unit:
    """What flows: cells side by side that stay together (unless taller than a lane)."""

    cells: list[Cell]
    gap: float = 0.0              # space after, canvas units
    key: str = ""
    frame: str = ""               # outline colour around the unit ('' none)
    # the heading this unit belongs under (a group's band): when the unit starts a new
    # column or page away from it, the heading is repeated there first, marked "(vervolg)"
    under: Unit | None = None


@dataclass
class _Row:
    """A measured line (or bar) of a unit, relative to the unit's top."""

    y: float
    h: float
    cell: int
    part: int
    line: int
    box: Box


def _measure_para(p: Para, x: float, w: float, pi: int, ci: int, y: float) -> tuple[list[_Row], float]:
    fc = face(p.style)
    pad = fc.cap * 0.45 if p.fill else 0.0
    mw = advance(p.marker + " ", p.style) if p.marker else p.indent
    tw = max(10.0, w - mw - 2 * pad)
    lines = wrap(p.text, p.style, tw) or ("",)
    rows: list[_Row] = []
    y0 = y + pad
    for li, line in enumerate(lines):
        top = y0 + li * fc.pitch
        h = fc.ascent + fc.descent
        rows.append(_Row(top, h, ci, pi, li, Box(QRectF(x + pad + mw, top, tw, h), "text", (line,),
                                                 p.style, p.align, p.source)))
    end = y0 + text_height(len(lines), p.style) + pad
    return rows, end + p.gap * fc.cap


class Measured:
    """A unit measured at a lane width: its rows, and how to place all or part of it."""

    def __init__(self, unit: Unit, width: float):
        self.unit = unit
        self.width = width
        self.rows: list[_Row] = []
        self.paras: dict[tuple[int, int], Para] = {}
        self.inset = inset = frame_pad(unit)
        inner = width - 2 * inset
        height = 0.0
        for ci, cell in enumerate(unit.cells):
            x, w = inset + cell.x * inner, cell.width * inner
            y = inset
            for pi, part in enumerate(cell.parts):
                if isinstance(part, Bar):
                    y += part.offset
                    self.rows.append(_Row(y, part.height, ci, pi, 0,
                                          Box(QRectF(x, y, w, part.height), "bar",
                                              colour=part.colour, value=part.value,
                                              lines=("outline",) if part.outline else ())))
                    y += part.height + part.gap
                else:
                    self.paras[(ci, pi)] = part
                    rows, y = _measure_para(part, x, w, pi, ci, y)
                    self.rows.extend(rows)
            height = max(height, y)
        self.height = height + inset
        self._whole: list[Box] | None = None     # the whole unit's boxes at (0, 0)
        self._last = max(self.rows, key=lambda r: r.y + r.h) if self.rows else None
        if inset and self._last is not None:   # the outline's bottom padding goes with the last row
            self._last.h += inset

    def boxes(self, rows: list[_Row], dx: float, dy: float, cont: bool) -> list[Box]:
        """The boxes of ``rows`` moved by (dx, dy): lines of one paragraph join into one box."""
        if rows is self.rows and not cont:
            # the whole unit: its boxes at (0, 0) once, then moved (every box moves with dx, dy)
            if self._whole is None:
                self._whole = self._boxes(rows, 0.0, 0.0, False)
            return [Box(b.rect.translated(dx, dy), b.kind, b.lines, b.style, b.align, b.source,
                        b.colour, b.value, b.dynamic) for b in self._whole]
        return self._boxes(rows, dx, dy, cont)

    def _boxes(self, rows: list[_Row], dx: float, dy: float, cont: bool) -> list[Box]:
        out: list[Box] = []
        groups: dict[tuple[int, int], list[_Row]] = {}
        for r in rows:
            groups.setdefault((r.cell, r.part), []).append(r)
        if self.unit.frame and rows:
            bottom = max(r.y + r.h for r in rows) + dy
            if not any(r.line == self._last.line and r.part == self._last.part
                       and r.cell == self._last.cell for r in rows):
                bottom += self.inset
            top = dy - (cont_height(self) if cont else 0.0)
            out.append(Box(QRectF(dx, top, self.width, bottom - top), "frame",
                           colour=self.unit.frame))
        if cont and rows:
            lab = Style(self._first_style(rows).cap, italic=True, colour="muted", role="label")
            cell = self.unit.cells[rows[0].cell]
            out.append(Box(QRectF(dx + self.inset + cell.x * self.width, dy - cont_height(self),
                                  advance(QCoreApplication.translate("Slides", "(continued)"), lab) + 2, text_height(1, lab)),
                           "text", (QCoreApplication.translate("Slides", "(continued)"),), lab))
        for (ci, pi), rs in groups.items():
            top = rs[0].box.rect.top() + dy
            bottom = rs[-1].box.rect.bottom() + dy
            b0 = rs[0].box
            if b0.kind == "bar":
                r = QRectF(b0.rect).translated(dx, dy)
                out.append(replace(b0, rect=r))
                continue
            p = self.paras[(ci, pi)]
            width = b0.rect.width()
            if p.shrink:
                width = min(width, max(advance(r.box.lines[0].rstrip(), p.style) for r in rs) + 1)
            rect = QRectF(b0.rect.left() + dx, top, width, bottom - top)
            if p.align == "right" and p.shrink:
                rect.moveRight(b0.rect.right() + dx)
            if p.fill:
                pad = face(p.style).cap * 0.45
                out.append(Box(rect.adjusted(-pad, -pad, pad, pad), "fill", colour=p.fill))
            if p.marker and rs[0].line == 0:
                mw = advance(p.marker + " ", p.style)
                out.append(Box(QRectF(rect.left() - mw, top, mw * 0.95, text_height(1, p.style)),
                               "text", (p.marker,), p.style, "left",
                               f"{p.source}#marker" if p.source else ""))
            out.append(Box(rect, "text", tuple(r.box.lines[0] for r in rs), p.style, p.align,
                           p.source))
        return out

    def _first_style(self, rows: list[_Row]) -> Style:
        for r in rows:
            if r.box.style is not None:
                return r.box.style
        return Style(30)


_MEASURED: dict[tuple, Measured] = {}


def _signature(unit: Unit) -> tuple:
    parts = []
    for cell in unit.cells:
        parts.append((cell.x, cell.width))
        for p in cell.parts:
            if isinstance(p, Bar):
                parts.append(("bar", p.value, p.colour, p.height, p.outline, p.gap, p.offset))
            else:
                parts.append((p.text, p.style, p.source, p.marker, p.fill, p.align, p.gap,
                              p.shrink, p.indent))
    return (tuple(parts), unit.frame)


def measure(unit: Unit, width: float) -> Measured:
    """``unit`` measured at ``width``, remembered: fitting tries the same units many times."""
    key = (_signature(unit), round(width, 1))
    m = _MEASURED.get(key)
    if m is None:
        if len(_MEASURED) > 20000:
            _MEASURED.clear()
        m = _MEASURED[key] = Measured(unit, width)
    return m


def frame_pad(unit: Unit) -> float:
    """The padding inside a unit's outline."""
    if not unit.frame:
        return 0.0
    caps = [p.style.cap for c in unit.cells for p in c.parts if isinstance(p, Para)]
    return (max(caps) if caps else 30.0) * 0.5


def cont_height(m: Measured) -> float:
    """The room a "(continued)" label takes above a continued part."""
    st = m._first_style(m.rows)
    return text_height(1, Style(st.cap, italic=True)) + st.cap * 0.3


@dataclass
class Flow:
    """The result of a flow: boxes per page, and whether everything was placed."""

    pages: list[list[Box]]
    lanes_used: int
    ok: bool = True
    placed: int = 0               # how many units were placed whole

    @property
    def count(self) -> int:
        """Pages used."""
        return max(1, len(self.pages))


def flow(units: list[Unit], lanes: list[QRectF], *, max_pages: int = 60,
         one_page: bool = False, first: list[QRectF] | None = None) -> Flow:
    """Place ``units`` into ``lanes`` (one page's lanes, repeated on every page).

    ``first`` are other lanes for the first page (a page with more heading above it).
    With ``one_page`` the flow gives up (ok=False) as soon as page 1 is full, which makes
    the search for the largest fitting size cheap.
    """
    pages: list[list[Box]] = [[]]
    rest_lanes = lanes
    lanes = first or rest_lanes
    if not lanes or not units:
        return Flow(pages, 0, True, len(units))
    lane_i, page = 0, 0
    y = lanes[0].top()

    known: dict[tuple[int, float], Measured] = {}

    def measured(k: int, w: float) -> Measured:
        # a unit is tried again in the next lane: keep its measure (and skip the signature)
        m = known.get((k, w))
        if m is None:
            m = known[(k, w)] = measure(units[k], w)
        return m

    def next_lane() -> bool:
        nonlocal lane_i, page, y, lanes
        lane_i += 1
        if lane_i >= len(lanes):
            if one_page:
                return False
            lane_i = 0
            page += 1
            lanes = rest_lanes
            if page >= max_pages:
                return False
            pages.append([])
        y = lanes[lane_i].top()
        return True

    floor_at: tuple[int, int, float] | None = None     # (page, lane, y) below a repeated heading
    for k in range(len(units)):
        rest: list[_Row] | None = None
        cont = False
        while True:
            lane = lanes[lane_i]
            under = units[k].under
            if under is not None and y <= lane.top() + 0.01 and k > 0:
                # a new column or page: the heading first, so the list never floats free of it
                hm = measure(continued(under), lane.width())
                if y + hm.height <= lane.bottom() + 0.01:
                    pages[page].extend(hm.boxes(hm.rows, lane.left(), y, False))
                    y += hm.height + under.gap
                    floor_at = (page, lane_i, y)
            m = measured(k, lane.width())
            rows = m.rows if rest is None else rest
            top = 0.0 if rest is None else min((r.y for r in rows), default=0.0) - m.inset
            # a whole unit keeps its trailing paragraph space; a continued part ends at its rows
            need = (m.height if rest is None
                    else max((r.y + r.h for r in rows), default=0.0) - top)
            extra = cont_height(m) if cont else 0.0
            empty = y <= lane.top() + 0.01 or (floor_at is not None and floor_at[:2] == (
                page, lane_i) and y <= floor_at[2] + 0.01)
            if y + extra + need <= lane.bottom() + 0.01:
                # a whole unit's rows start at 0 already (boxes() never changes its rows)
                shifted = rows if top == 0.0 else [_shift(r, -top) for r in rows]
                pages[page].extend(m.boxes(shifted, lane.left(), y + extra, cont))
                y += extra + need + units[k].gap
                break
            if not empty:
                if not next_lane():
                    return Flow(pages, lane_i, False, k)
                continue
            # taller than an empty lane: split between lines
            room = lane.bottom() - y - extra
            fit = [r for r in rows if r.y - top + r.h <= room + 0.01]
            if not fit and cont:              # no room for "(continued)" as well: go without
                cont, extra = False, 0.0
                room = lane.bottom() - y
                fit = [r for r in rows if r.y - top + r.h <= room + 0.01]
            if not fit:
                return Flow(pages, lane_i, False, k)  # not even one line fits this lane
            fit_ids = {id(r) for r in fit}
            pages[page].extend(m.boxes([_shift(r, -top) for r in fit], lane.left(), y + extra, cont))
            rest = [r for r in rows if id(r) not in fit_ids]
            cont = True
            if not next_lane():
                return Flow(pages, lane_i, False, k)
    return Flow(pages, lane_i + 1, True, len(units))


def continued(unit: Unit) -> Unit:
    """A heading unit as it is repeated: its first paragraph with "(vervolg)" after it."""
    cell = unit.cells[0]
    first = next((p for p in cell.parts if isinstance(p, Para)), None)
    label = QCoreApplication.translate("Slides", "(continued)")
    parts = [replace(first, text=f"{first.text} {label}", source=f"{first.source}#continued",
                     gap=0.4)] if first is not None else []
    return Unit([Cell(parts, cell.x, cell.width)], unit.gap, f"{unit.key}#continued", unit.frame)


def _shift(r: _Row, dy: float) -> _Row:
    return _Row(r.y + dy, r.h, r.cell, r.part, r.line,
                replace(r.box, rect=QRectF(r.box.rect).translated(0, dy)))


def sizes(top: float, floor: float, step: float = 0.93) -> list[float]:
    """Cap heights to try, largest first, ending exactly at the floor."""
    out, c = [], max(top, floor)
    while c > floor * 1.0001:
        out.append(c)
        c *= step
    out.append(floor)
    return out


def largest(caps: list[float], test):
    """The largest cap height (``caps`` largest first) for which ``test`` gives a result.

    Type that fits at one size fits at every smaller one, so a binary search will do: the
    floor first (content that needs pages at the floor skips the search), then the top.
    Returns (cap, result), or None when even the floor does not fit.
    """
    best = test(caps[-1])
    if best is None:
        return None
    if len(caps) == 1:
        return caps[-1], best
    top = test(caps[0])
    if top is not None:
        return caps[0], top
    good, bad = len(caps) - 1, 0
    while good - bad > 1:
        mid = (good + bad) // 2
        res = test(caps[mid])
        if res is not None:
            good, best = mid, res
        else:
            bad = mid
    return caps[good], best


def columns(rect: QRectF, n: int, gap: float, reserved: QRectF | None = None) -> list[QRectF]:
    """``rect`` split into ``n`` columns; a column under the reserved strip ends above it."""
    w = (rect.width() - gap * (n - 1)) / n
    out = []
    for i in range(n):
        r = QRectF(rect.left() + i * (w + gap), rect.top(), w, rect.height())
        out.append(clear_of(r, reserved, gap / 2))
    return out


def clear_of(r: QRectF, reserved: QRectF | None, gap: float) -> QRectF:
    """The largest part of ``r`` that stays ``gap`` clear of ``reserved``: below, above or left of it."""
    if reserved is None or not r.intersects(reserved.adjusted(-gap, -gap, gap, gap)):
        return r
    options = [
        QRectF(r.left(), reserved.bottom() + gap, r.width(), r.bottom() - reserved.bottom() - gap),
        QRectF(r.left(), r.top(), r.width(), reserved.top() - gap - r.top()),
        QRectF(r.left(), r.top(), reserved.left() - gap - r.left(), r.height()),
    ]
    options = [o for o in options if o.width() > 0 and o.height() > 0]
    if not options:
        return QRectF(r.left(), r.top(), 0.0, 0.0)
    return max(options, key=lambda o: o.width() * o.height())


def regions(r: QRectF, reserved: QRectF | None, gap: float) -> list[QRectF]:
    """The rectangles of ``r`` clear of ``reserved`` to choose from: below it, or beside it."""
    if reserved is None or not r.intersects(reserved.adjusted(-gap, -gap, gap, gap)):
        return [QRectF(r)]
    below = QRectF(r.left(), reserved.bottom() + gap, r.width(), r.bottom() - reserved.bottom() - gap)
    beside = QRectF(r.left(), r.top(), reserved.left() - gap - r.left(), r.height())
    return [o for o in (below, beside) if o.width() > 0 and o.height() > 0]
