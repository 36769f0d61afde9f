"""Slide layouts, one per step kind, all through the one fitting engine.

``layout(content, size, scale)`` is a pure function: a :class:`SlideContent` and a canvas
size in, a :class:`Slide` of pages of positioned boxes out. The chrome (title, countdown,
instructions, the "next" line, the page indicator and the reserved strip) is the same on
every kind; the body picks the largest type that fits, never below its floor, then flows
into columns, then pages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF

from ui.slides import content as c
from ui.slides.engine import (
    BODY,
    DENSE,
    TITLE,
    Bar,
    Box,
    Cell,
    Page,
    Para,
    Slide,
    Style,
    Unit,
    advance,
    clear_of,
    columns,
    face,
    flow,
    largest,
    measure,
    regions,
    sizes,
    text_height,
    wrap,
)
from ui.theme import band_colours

CLOCK_SAMPLE = "-88:88"
MIN_BODY = 0.3          # below this share of the height for the body, instructions go first
PAGE_SAMPLE = "88/88"
RESULT_COLOURS = {"achieved": "#009E73", "partly": "#E69F00", "not": "#D55E00"}
RESULT_SYMBOLS = {"achieved": "✓", "partly": "½", "not": "✗"}


@dataclass
class Frame:
    """The chrome of one slide and the room left for its body."""

    size: QSizeF
    scale: float
    margin: float
    gap: float
    reserved: QRectF | None
    body: QRectF
    boxes: list[Box]
    page_box: QRectF          # where "1/2" goes

    @property
    def h(self) -> float:
        """The canvas height."""
        return self.size.height()

    def cap(self, fraction: float) -> float:
        """A cap height as a fraction of the canvas height, at the font scale."""
        return fraction * self.h * self.scale


def reserved_strip(size: QSizeF) -> QRectF:
    """The top-right corner kept free for the phones' join code and address.

    Top right rather than the bottom right the issue suggested: at the bottom it took the
    last quarter of the right-hand column, where lists end (8 board items took 8 pages),
    and it crowded the countdown and page number the facilitator and room look for there.
    At the top it sits beside the title and instructions, which wrap around it, the body
    below keeps the whole width, and the code is where eyes land when a step opens.
    """
    h = size.height()
    m = 0.045 * h
    w, sh = 0.22 * h, 0.25 * h
    return QRectF(size.width() - m - w, m, w, sh)


def _text_box(text: str, style: Style, x: float, y: float, width: float, *, align: str = "left",
              source: str = "") -> Box:
    lines = wrap(text, style, width) or ("",)
    return Box(QRectF(x, y, width, text_height(len(lines), style)), "text", lines, style, align,
               source)


def frame(content: c.SlideContent, size: QSizeF, scale: float) -> Frame:
    """Title and instructions beside the reserved strip; next, page and countdown at the bottom."""
    h, w = size.height(), size.width()
    m, gap = 0.045 * h, 0.02 * h
    reserved = reserved_strip(size)
    ch = content.chrome
    body = content.body
    boxes: list[Box] = []
    chrome = Style(DENSE * h * scale, colour="muted", role="chrome")
    clock = Style(DENSE * h * scale * 1.3, bold=True, colour="urgent" if ch.urgent else "text",
                  role="chrome")
    cover = isinstance(body, c.Cover)
    y = m
    top_w = reserved.left() - gap - m
    if ch.header and isinstance(body, c.Text | c.Break):
        b = _text_box(ch.header, chrome, m, y, top_w, source="header")
        boxes.append(b)
        y = b.rect.bottom() + gap * 0.5
    if ch.title and not cover:
        # the largest title up to TITLE that takes at most two lines, never below the body floor
        for cap in sizes(TITLE * h * scale, BODY * h * scale):
            st = Style(cap, bold=True, colour="accent", role="title")
            if len(wrap(ch.title, st, top_w)) <= 2:
                break
        b = _text_box(ch.title, st, m, y, top_w, source="title")
        boxes.append(b)
        y = b.rect.bottom() + gap
    if ch.instructions.strip() and not isinstance(body, c.Text | c.Cover):
        st = Style(BODY * h * scale, role="body")
        b = _text_box(ch.instructions, st, m, y, top_w, source="instructions")
        boxes.append(b)
        y = b.rect.bottom() + gap
    # the bottom line: what comes next (left), then the page and the countdown (right)
    foot_h = text_height(1, clock)
    right = w - m
    if ch.clock and not isinstance(body, c.Break) and not cover:
        # room for any countdown of this shape ('-88:88'), or the one shown ('Gepauzeerd 1:05:00')
        clock_w = max(advance(CLOCK_SAMPLE, clock), advance(ch.clock, clock)) * 1.05
        boxes.append(Box(QRectF(right - clock_w, h - m - foot_h, clock_w, foot_h), "text",
                         (ch.clock,), clock, "right", "", dynamic="clock"))
        right -= clock_w + gap * 2
    page_w = advance(PAGE_SAMPLE, Style(chrome.cap, bold=True)) * 1.1
    page_h = text_height(1, chrome)
    page_box = QRectF(right - page_w, h - m - page_h, page_w, page_h)
    right -= page_w + gap
    foot_y = h - m - foot_h
    if ch.next_title and not cover:
        text = QCoreApplication.translate("Slides", "Next: {title}").format(title=ch.next_title)
        lines = wrap(text, chrome, right - m)
        fh = text_height(len(lines), chrome)
        foot_y = min(foot_y, h - m - fh)
        boxes.append(Box(QRectF(m, h - m - fh, right - m, fh), "text", lines, chrome, "left",
                         "next"))
    body_rect = QRectF(m, y, w - 2 * m, max(0.0, foot_y - gap - y))
    return Frame(size, scale, m, gap, reserved, body_rect, boxes, page_box)


# ---------------------------------------------------------------- helpers


class Overflow(Exception):
    """A flow could not place everything (the room is smaller than one line at the floor)."""


def placed(units: list[Unit], lanes: list[QRectF], **kw) -> list[list[Box]]:
    """The pages of a flow that must place every unit; raises :class:`Overflow` otherwise."""
    res = flow(units, lanes, **kw)
    if not res.ok:
        raise Overflow
    return res.pages


def _lanes(f: Frame, n: int, rect: QRectF | None = None) -> list[QRectF]:
    return columns(rect if rect is not None else f.body, n, f.gap * 2, f.reserved)


def _best(f: Frame, make_units, top: float, floor: float, max_cols: int, min_col_em: float
          ) -> tuple[list[list[Box]], float]:
    """The largest size (then the fewest columns) whose units fit one page; else pages at the floor."""
    width = f.body.width()

    def col_options(cap: float) -> list[int]:
        px = face(Style(cap)).font.pixelSize()
        most = max(1, min(max_cols, int((width + f.gap * 2) // (min_col_em * px + f.gap * 2))))
        return list(range(1, most + 1))

    def one_page(cap: float):
        units = make_units(cap)
        for n in col_options(cap):
            res = flow(units, _lanes(f, n), one_page=True)
            if res.ok:
                return res.pages
        return None

    found = largest(sizes(top, floor), one_page)
    if found is not None:
        return found[1], found[0]
    # pages at the floor: the column count that takes the fewest (then the fewest columns)
    units = make_units(floor)
    best = None
    for n in col_options(floor):
        res = flow(units, _lanes(f, n))
        if res.ok and (best is None or len(res.pages) < len(best)):
            best = res.pages
    if best is None:
        raise Overflow
    return best, floor


def _areas(f: Frame) -> list[QRectF]:
    """The body's rectangles clear of the reserved strip: below it, or beside it."""
    return regions(f.body, f.reserved, f.gap)


def _fewest(options):
    """The best of several layouts: the fewest pages (then the first)."""
    options = [o for o in options if o is not None]
    return min(options, key=len) if options else None


def _empty(f: Frame, text: str) -> list[list[Box]]:
    st = Style(f.cap(BODY), italic=True, colour="muted")
    r = max(_areas(f), key=lambda a: a.width() * a.height())
    return [[_text_box(text, st, r.left(), r.top(), r.width())]]


def band_paras(band: c.Band, cap: float, qfloor: float, question: bool = True) -> list[Para]:
    """A group's coloured heading: '2  Name' in bold and its question, on the group colour."""
    fill, ink = band_colours(band.colour)
    paras = [Para(f"{band.number}  {band.name}", Style(cap, bold=True, colour=ink, role="band"),
                  source=f"{band.key}.name", fill=fill,
                  gap=0.0 if question and band.question else 0.2)]
    if question and band.question:
        paras.append(Para(band.question, Style(max(cap * 0.8, qfloor), italic=True, colour=ink,
                                               role="band"),
                          source=f"{band.key}.question", fill=fill, gap=0.5))
    return paras


def number_para(band: c.Band, cap: float) -> Para:
    """A card's band with its number only (the groups' names are on the first page)."""
    _fill, ink = band_colours(band.colour)
    return Para(str(band.number), Style(cap * 1.2, bold=True, colour=ink, role="band"),
                f"{band.key}.number", gap=0.2)


def _measure_h(units: list[Unit], width: float) -> float:
    return sum(measure(u, width).height + u.gap for u in units)


# ---------------------------------------------------------------- kinds


def _cover(f: Frame, body: c.Cover, size: QSizeF) -> list[list[Box]]:
    h = size.height()
    area = QRectF(f.margin, f.reserved.bottom() + f.gap, size.width() - 2 * f.margin,
                  size.height() - 2 * f.margin - f.reserved.height() - f.gap)
    for cap in sizes(h * f.scale / 11, f.cap(BODY)):
        title = Style(cap, bold=True, colour="accent", role="title")
        sub = Style(max(f.cap(BODY), cap * 0.55), role="body")
        units = [Unit([Cell([Para(body.title, title, "cover.title", align="center", gap=1.4)])])]
        units += [Unit([Cell([Para(line, sub, f"cover.{i}", align="center", gap=0.5)])])
                  for i, line in enumerate(body.lines)]
        res = flow(units, [area], one_page=True)
        if res.ok or cap <= f.cap(BODY) * 1.0001:
            break
    if not res.ok:
        res = flow(units, [area])
        if not res.ok:
            raise Overflow
    pages = res.pages
    for boxes in pages:       # centred on the height
        used = max((b.rect.bottom() for b in boxes), default=area.top()) - area.top()
        dy = max(0.0, (area.height() - used) / 2)
        for b in boxes:
            b.rect.translate(0, dy)
    return pages


def _text(f: Frame, ch: c.Chrome) -> list[list[Box]]:
    if not ch.instructions.strip():
        return [[]]

    def units(cap):
        return [Unit([Cell([Para(ch.instructions, Style(cap, role="body"), "instructions")])])]

    # beside the reserved strip rather than below it: the text follows the title at once
    beside = QRectF(f.body.left(), f.body.top(), f.reserved.left() - f.gap - f.body.left(),
                    f.body.height())
    inner = Frame(f.size, f.scale, f.margin, f.gap, None, beside, [], f.page_box)
    pages, _cap = _best(inner, units, f.cap(1 / 22), f.cap(BODY), 1, 10)
    return pages


def _break(f: Frame, ch: c.Chrome) -> list[list[Box]]:
    r = f.body
    if r.height() <= 0:
        return [[]]
    probe = Style(100.0, bold=True)
    by_w = 100.0 * r.width() * 0.8 / max(advance(CLOCK_SAMPLE, probe), advance(ch.clock, probe))
    by_h = 100.0 * r.height() * 0.8 / text_height(1, probe)
    st = Style(max(f.cap(BODY), min(by_w, by_h)), bold=True,
               colour="urgent" if ch.urgent else "text", role="big")
    bh = text_height(1, st)
    rect = QRectF(r.left(), r.top() + (r.height() - bh) / 2, r.width(), bh)
    rect = clear_of(rect, f.reserved, f.gap)
    return [[Box(rect, "text", (ch.clock,), st, "center", "", dynamic="clock")]]


def _numbered(items: tuple[c.Item, ...], cap: float, *, bold_ids: frozenset = frozenset()
              ) -> list[Unit]:
    return [Unit([Cell([Para(it.text, Style(cap, bold=it.key in bold_ids, role="dense"), it.key,
                             marker=f"{i + 1}.")])], gap=cap * 0.55)
            for i, it in enumerate(items)]


def _questions(f: Frame, body: c.Questions | c.Vote) -> list[list[Box]]:
    items = body.items if isinstance(body, c.Questions) else tuple(r.item for r in body.rows)
    if not items:
        return _empty(f, QCoreApplication.translate("Slides", "No questions yet."))
    pages, _cap = _best(f, lambda cap: _numbered(items, cap), f.cap(BODY) * 1.25,
                        f.cap(DENSE), 3, 14)
    return pages


def _vote(f: Frame, body: c.Vote) -> list[list[Box]]:
    if body.hidden:
        return _questions(f, body)
    if not body.rows:
        return _empty(f, QCoreApplication.translate("Slides", "No questions yet."))
    top = max((r.count for r in body.rows), default=0) or 1
    tied = any(r.tied for r in body.rows)

    def units(cap: float) -> list[Unit]:
        out = []
        fc = face(Style(cap))
        for r in body.rows:
            strong = r.top
            text = Style(cap, bold=strong, role="dense")
            mark = f"{r.rank}." + ("=" if r.tied else "")
            count = Style(cap * 1.25, bold=True, role="dense")
            bar = Bar(r.count / top, "accent" if strong else "muted", fc.cap * 1.3,
                      outline=r.tied, offset=max(0.0, fc.ascent - fc.cap * 1.15))
            out.append(Unit([
                Cell([Para(r.item.text, text, r.item.key, marker=mark)], 0.0, 0.56),
                Cell([bar], 0.58, 0.32),
                Cell([Para(str(r.count), count, f"{r.item.key}.count", align="right")], 0.91, 0.09),
            ], gap=cap * 0.6))
        if tied:
            out.append(Unit([Cell([Para(QCoreApplication.translate("Slides", "= tied at the cut: the room decides"),
                                        Style(cap, italic=True, colour="muted", role="dense"),
                                        "tie")])]))
        return out

    pages, _cap = _best(f, units, f.cap(BODY) * 1.3, f.cap(DENSE), 1, 20)
    return pages


def _column_units(header: str, key: str, items: tuple[c.Item, ...], cap: float, hcap: float,
                  empty: str) -> tuple[list[Unit], list[Unit]]:
    head = [Unit([Cell([Para(header, Style(hcap, bold=True, colour="accent", role="dense"),
                             f"{key}.title")])], gap=hcap * 0.5)]
    if not items:
        return head, [Unit([Cell([Para(empty, Style(cap, italic=True, colour="muted",
                                                    role="dense"), "")])])]
    return head, [Unit([Cell([Para(it.text, Style(cap, role="dense"), it.key, marker="•")])],
                       gap=cap * 0.55) for it in items]


def _parallel(f: Frame, rect: QRectF, sections, top: float, floor: float
              ) -> list[list[Box]]:
    """Sections side by side, each a heading and a list; pages advance all lists together.

    ``sections(cap)`` gives, per section, (heading units, item units).
    """
    def one_page(cap: float):
        secs = sections(cap)
        for lane, (head, items) in zip(_lanes(f, len(secs), rect), secs, strict=True):
            hh = _measure_h(head, lane.width())
            sub = QRectF(lane.left(), lane.top() + hh, lane.width(), lane.height() - hh)
            if sub.height() <= 0 or not flow(items, [sub], one_page=True).ok:
                return None
        return True

    found = largest(sizes(top, floor), one_page)
    cap = found[0] if found else floor
    secs = sections(cap)
    lanes = _lanes(f, len(secs), rect)
    pages: list[list[Box]] = []
    for lane, (head, items) in zip(lanes, secs, strict=True):
        hh = _measure_h(head, lane.width())
        sub = QRectF(lane.left(), lane.top() + hh, lane.width(), max(1.0, lane.height() - hh))
        body = placed(items, [sub])
        for i, boxes in enumerate(body):
            while len(pages) <= i:
                pages.append([])
            pages[i].extend(boxes)
    for lane, (head, _items) in zip(lanes, secs, strict=True):
        heads = placed(head, [lane])[0]
        for i, page in enumerate(pages):
            page.extend(heads if i == 0 else [_copy(b) for b in heads])
    return pages or [[]]


def _copy(b: Box) -> Box:
    return Box(QRectF(b.rect), b.kind, b.lines, b.style, b.align, b.source, b.colour, b.value,
               b.dynamic)


def _board(f: Frame, body: c.Board, title: str) -> list[list[Box]]:
    return _fewest(_board_in(f, QRectF(r), body, title) for r in _areas(f)) or [[]]


def _board_in(f: Frame, rect: QRectF, body: c.Board, title: str) -> list[list[Box]]:
    extra: list[Box] = []
    # the concept above the columns, unless the step's title already says it
    if body.heading and body.heading.casefold() not in title.casefold():
        st = Style(f.cap(BODY), bold=True, role="body")
        b = _text_box(body.heading, st, rect.left(), rect.top(), rect.width(), source="heading")
        extra.append(b)
        rect.setTop(b.rect.bottom() + f.gap)
    if not body.columns:
        return [extra]

    def sections(cap: float):
        hcap = max(f.cap(BODY), cap * 1.15)
        return [_column_units(col.title, col.key, col.items, cap, hcap, QCoreApplication.translate("Slides", "Nothing yet"))
                for col in body.columns]

    pages = _parallel(f, rect, sections, f.cap(BODY) * 1.3, f.cap(DENSE))
    for i, page in enumerate(pages):
        page.extend(extra if i == 0 else [_copy(b) for b in extra])
    return pages


# ---------------------------------------------------------------- cards (groups, all plans)


def _arrangements(n: int) -> list[int]:
    """Rows of cards to try: one row, then two (and three for very many groups)."""
    return [r for r in (1, 2, 3) if r <= n and (r == 1 or math.ceil(n / r) < math.ceil(n / (r - 1))
                                                 or n > 4)]


def _card_rects(f: Frame, rect: QRectF, n: int, rows: int) -> list[QRectF]:
    per = math.ceil(n / rows)
    gap = f.gap * 1.2
    ch = (rect.height() - gap * (rows - 1)) / rows
    cw = (rect.width() - gap * (per - 1)) / per
    return [QRectF(rect.left() + (i % per) * (cw + gap), rect.top() + (i // per) * (ch + gap), cw, ch)
            for i in range(n)]


def _letter(key: tuple) -> str:
    first = (key[0][:1] if key and key[0] else "") or "z"
    return first if "a" <= first <= "z" else ("a" if first < "a" else "z")


def _cards(f: Frame, bands: list[c.Band], lists: list[list[Unit]] | None, make, *,
           alphabetical: list[list[tuple]] | None = None, compact: bool = False
           ) -> list[list[Box]]:
    """Cards in one or more rows: a coloured band, then a list that pages with the others.

    ``make(cap)`` gives the item units per card. With ``alphabetical`` (the members' sort
    keys per card) every page shows the same range of last names on every card, labelled
    "A–K". With ``compact``, cards that would need pages give way to the groups one after
    another (band, then list) in columns when that takes fewer pages.
    """
    n = len(bands)
    best = None
    for rect, rows in ((r, k) for r in _areas(f) for k in _arrangements(n)):
        rects = _card_rects(f, rect, n, rows)
        found = largest(sizes(f.cap(BODY) * 1.2, f.cap(DENSE)),
                        lambda cap, rects=rects, rows=rows: _card_plan(
                            f, bands, rects, rows, cap, make(cap), one_page=True))
        if found is not None and (best is None or found[0] > best[1]):
            best = (1, found[0], rows, found[1])
    if best is None:
        cap = f.cap(DENSE)
        label_h = text_height(1, Style(cap, bold=True)) + cap * 0.4
        # the cards with their groups' names; where those leave no room for a list (many
        # narrow cards), the cards keep their numbers and the first page names the groups
        for named in (True, False):
            shapes = _arrangements(n) if named else [k for k in range(2, n + 1) if n % k == 0
                                                     or k == n or math.ceil(n / k) > 1]
            for area, rows in ((r, k) for r in _areas(f) for k in shapes[:3]):
                rect = QRectF(area)
                label = None
                if alphabetical is not None:    # a line above the cards for "Last names A–K"
                    label = _label_room(f, area, text_height(1, Style(cap, bold=True)))
                    if label is None:
                        rect.setTop(rect.top() + label_h)
                        label = QRectF(rect.left(), rect.top() - label_h, rect.width(), label_h)
                rects = _card_rects(f, rect, n, rows)
                plan = _card_plan(f, bands, rects, rows, cap, make(cap),
                                  alphabetical=alphabetical, named=named, label_at=label,
                                  brief=alphabetical is not None and not compact)
                # the fewest pages; named cards where they take no more
                if plan is not None and (best is None or len(plan) < best[0]):
                    best = (len(plan), cap, rows, plan)
    if best is not None and (not compact or best[0] == 1):
        return best[3]
    # no card arrangement holds a line of every list (or, compact, fits one page): the
    # groups one after another, each band followed by its list, in columns and pages
    def serial(cap: float) -> list[Unit]:
        out: list[Unit] = []
        lists = make(cap)
        for i, b in enumerate(bands):
            head = band_paras(b, cap, f.cap(DENSE))
            head[-1].gap = 0.6
            if lists[i]:        # the band never ends a column without its first name
                first = lists[i][0]
                out.append(Unit([Cell(head + first.cells[0].parts)], gap=first.gap))
                # a name that starts a new column or page gets the band again, "(vervolg)"
                band = Unit([Cell(head)], gap=cap * 0.2)
                out += [replace(u, under=band) for u in lists[i][1:]]
            else:
                out.append(Unit([Cell(head)], gap=cap * 0.4))
        return out

    if not compact:
        pages, _cap = _best(f, serial, f.cap(DENSE), f.cap(DENSE), 3, 12)
        return pages
    try:
        pages, _cap = _best(f, serial, f.cap(BODY) * 1.2, f.cap(DENSE), 3, 12)
    except Overflow:
        if best is None:
            raise
        return best[3]
    return best[3] if best is not None and len(best[3]) <= len(pages) else pages


def _label_room(f: Frame, area: QRectF, label_h: float) -> QRectF | None:
    """Where the "Last names A–K" line fits above ``area`` without taking its height: the
    strip of body beside the reserved corner, when the area starts below that corner."""
    r = f.reserved
    if r is None or area.top() < r.bottom() or f.body.top() + label_h > area.top():
        return None
    return QRectF(f.body.left(), f.body.top(), r.left() - f.gap - f.body.left(), label_h)


def _card_plan(f: Frame, bands, rects, rows, cap, items: list[list[Unit]], *,
               one_page: bool = False, alphabetical=None, named: bool = True,
               label_at: QRectF | None = None, brief: bool = False):
    """Cards at one size: None when even one page cannot hold a line of each list.

    The first page's bands carry the groups' questions; later pages keep number and name,
    so the lists get the room.
    """
    per = math.ceil(len(bands) / rows)
    pad = cap * 0.5
    side = 0.0 if named or one_page else \
        max(advance(str(b.number), number_para(b, cap).style) for b in bands) + 2 * pad

    def bands_at(question: bool):
        units = [[Unit([Cell([p])]) for p in band_paras(b, cap, f.cap(DENSE), question)]
                 if named or question else [Unit([Cell([number_para(b, cap)])])]
                 for b in bands]
        # one band height per row of cards, so that the lists start on one line
        if side:      # the number in a coloured block at the card's left, the list beside it
            subs = [QRectF(r.left() + side + pad, r.top() + pad * 0.6, r.width() - side - 2 * pad,
                           r.height() - pad * 1.2) for r in rects]
            return units, [r.height() + pad * 0.5 for r in rects[::per]], subs
        heights = [_measure_h(units[i], r.width() - 2 * pad) + pad for i, r in enumerate(rects)]
        row_h = [max(heights[k * per:(k + 1) * per]) for k in range(rows)]
        subs = []
        for i, r in enumerate(rects):
            bh = row_h[i // per]
            subs.append(QRectF(r.left() + pad, r.top() + bh, r.width() - 2 * pad,
                               r.height() - bh - pad))
        return units, row_h, subs

    first, rest = bands_at(True), bands_at(False)
    line = text_height(1, Style(cap))
    if any(s.height() <= line for s in rest[2]):
        return None
    if one_page and any(s.height() <= line for s in first[2]):
        return None
    # when the lists need pages, the groups and their questions come first, as a list in
    # coloured bands; the cards that follow keep number and name and give the lists the room
    overview = not one_page and (any(b.question for b in bands) or not named)
    if not one_page:
        first = rest
    intro: list[list[Box]] = []
    if overview:     # over the whole body, around the reserved corner
        # One page that names the groups with their questions, where that fits. Where it
        # does not (8 groups with long questions took 2-3 pages), the room would click
        # through pages of questions before anyone sees their name: the questions were the
        # choice step's (numbered 1..N as these cards are) and return on each group's
        # action plan, so then only numbered cards' names get a page (one line a group).
        # (``brief``: theme groups. An intervisie's or a plan's band text stays in full.)
        intro = _overview(f, tuple(bands), cap)
        if brief and (intro is None or len(intro) > 1):
            intro = _overview(f, tuple(bands), cap, question=False) if not named else []
            if intro is None or len(intro) > 1:
                return None
        if intro is None:
            return None
        intro = [[_copy(b) for b in page] for page in intro]
    label = Style(cap, bold=True, colour="muted", role="dense")
    label_h = text_height(1, label) + cap * 0.4
    n = len(bands)
    pages: list[list[Box]]
    gap = cap * 1.2
    if one_page:
        lanes = [card_lanes(first[2][i], items[i], gap) for i in range(n)]
        if not all(flow(items[i], lanes[i], one_page=True).ok for i in range(n)):
            return None
        pages = [[b for i in range(n) for b in flow(items[i], lanes[i]).pages[0]]]
    elif alphabetical is not None:
        # the caller left one line above the cards: which last names this page shows
        lanes = [card_lanes(rest[2][i], items[i], gap) for i in range(n)]
        ranges = _ranges(items, alphabetical, lanes)
        if ranges is None:
            return None
        pages = []
        at = label_at if label_at is not None else QRectF(
            rects[0].left(), min(r.top() for r in rects) - label_h,
            max(r.right() for r in rects) - rects[0].left(), label_h)
        for lo, hi, picks in ranges:
            subs = rest[2]
            span = f"{lo.capitalize()}–{hi.capitalize()}" if lo != hi else lo.capitalize()
            text = QCoreApplication.translate("Slides", "Last names {range}").format(range=span)
            page: list[Box] = [Box(QRectF(at.left(), at.top(), at.width(), text_height(1, label)),
                                   "text", (text,), label, "left", "")]
            for i in range(len(subs)):
                page.extend(flow([items[i][k] for k in picks[i]], lanes[i]).pages[0])
            pages.append(page)
    else:
        flows = [flow(items[i], card_lanes(rest[2][i], items[i], gap)) for i in range(n)]
        if not all(res.ok for res in flows):
            return None
        per_card = [res.pages for res in flows]
        pages = [[] for _ in range(max(len(p) for p in per_card))]
        for card in per_card:
            for k, boxes in enumerate(card):
                pages[k].extend(boxes)
    for page_i, page in enumerate(pages):
        units, row_h, _subs = first if page_i == 0 else rest
        for i, r in enumerate(rects):
            fill, _ink = band_colours(bands[i].colour)
            bh = row_h[i // per]
            block = QRectF(r.left(), r.top(), side, r.height()) if side else \
                QRectF(r.left(), r.top(), r.width(), bh - pad * 0.5)
            page.insert(0, Box(block, "fill", colour=fill))
            page.insert(0, Box(QRectF(r), "frame", colour=fill))
            head = flow(units[i], [QRectF(r.left() + pad, r.top() + pad * 0.6,
                                          (side or r.width()) - 2 * pad, bh)])
            if not head.ok or len(head.pages) > 1:
                return None
            head = head.pages[0]
            page.extend([b for b in head if b.kind != "fill"])
    return intro + pages


_OVERVIEWS: dict[tuple, list[list[Box]] | None] = {}


def _overview(f: Frame, bands: tuple[c.Band, ...], cap: float, question: bool = True
              ) -> list[list[Box]] | None:
    """The groups (with their questions) in coloured bands (the page before paged cards)."""
    key = (bands, cap, question, f.body.getRect(), f.reserved.getRect() if f.reserved else None)
    if key not in _OVERVIEWS:
        if len(_OVERVIEWS) > 50:
            _OVERVIEWS.clear()
        try:
            _OVERVIEWS[key], _cap = _best(f, lambda cap: [
                Unit([Cell(band_paras(b, cap, f.cap(DENSE), question))], gap=cap * 0.6)
                for b in bands],
                cap, cap, min(len(bands), 3), 12)
        except Overflow:
            _OVERVIEWS[key] = None
    return _OVERVIEWS[key]


def card_lanes(sub: QRectF, items: list[Unit], gap: float) -> list[QRectF]:
    """A card's list area in as many columns (up to 3) as keep every item as it is at full
    width (short names side by side; anything that would wrap more keeps one column)."""
    if not items or sub.width() <= 0:
        return [sub]
    full = [measure(u, sub.width()).height for u in items]
    best = [sub]
    for k in (2, 3):
        w = (sub.width() - gap * (k - 1)) / k
        if w <= 0 or any(measure(u, w).height > h + 0.01 for u, h in zip(items, full, strict=True)):
            break
        best = [QRectF(sub.left() + j * (w + gap), sub.top(), w, sub.height()) for j in range(k)]
    return best


def _ranges(items: list[list[Unit]], keys: list[list[tuple]], lanes: list[list[QRectF]]):
    """Alphabetical ranges of last names that fit every card: [(from, to, picks per card)].

    As few pages as the cards allow: each page takes as many names (in Dutch last-name
    order) as every card holds. Where that costs no page, a page ends between letters
    ("A–K", "L–Z"); else between names ("Ba–Bo").
    """
    everyone = sorted((key, i, k) for i, card in enumerate(keys) for k, key in enumerate(card))

    room: dict[tuple[int, int], int] = {}

    def capacity(i: int, k: int) -> int:
        """How many of card i's items from k on one page holds (it fills in order)."""
        if (i, k) not in room:
            room[(i, k)] = flow(items[i][k:], lanes[i], one_page=True).placed
        return room[(i, k)]

    def fits(chunk: list) -> bool:
        for i in range(len(items)):
            picks = [k for _key, ci, k in chunk if ci == i]
            if not picks:
                continue
            if picks == list(range(picks[0], picks[0] + len(picks))):
                if len(picks) > capacity(i, picks[0]):
                    return False
            elif not flow([items[i][k] for k in picks], lanes[i], one_page=True).ok:
                return False
        return True

    def longest(start: int) -> int:
        """The end of the largest page from ``start`` (exclusive); start when none fits."""
        lo, hi = start, len(everyone)          # everyone[start:lo] fits; [start:hi+1] may not
        if fits(everyone[start:hi]):
            return hi
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if fits(everyone[start:mid]):
                lo = mid
            else:
                hi = mid
        return lo

    def count(start: int) -> int | None:
        n = 0
        while start < len(everyone):
            end = longest(start)
            if end == start:
                return None
            start, n = end, n + 1
        return n

    def surname(entry) -> str:
        return entry[0][0] if entry[0] else ""

    total = count(0)
    if total is None:
        return None
    chunks: list[list] = []
    start = 0
    while start < len(everyone):
        end = longest(start)
        # where it costs no page, end between letters, else at least between last names
        for same in (lambda a, b: _letter(a[0]) == _letter(b[0]),
                     lambda a, b: surname(a) == surname(b)):
            if end >= len(everyone) or not same(everyone[end - 1], everyone[end]):
                break
            cut = next((k for k in range(end - 1, start, -1)
                        if not same(everyone[k - 1], everyone[k])), None)
            if cut is not None:
                rest = count(cut)
                if rest is not None and len(chunks) + 1 + rest <= total:
                    end = cut
                    break
        chunks.append(everyone[start:end])
        start = end
    if not chunks:
        chunks.append([])
    # one boundary between two pages: "… K" on one, "L …" on the next
    cuts = [_cut(chunks[n][-1][0], chunks[n + 1][0][0]) for n in range(len(chunks) - 1)]
    out = []
    for n, chunk in enumerate(chunks):
        lo = "a" if n == 0 else cuts[n - 1][1]
        hi = "z" if n == len(chunks) - 1 else cuts[n][0]
        out.append((lo, hi, [[k for _key, ci, k in chunk if ci == i] for i in range(len(items))]))
    return out


def _cut(last: tuple, nxt: tuple) -> tuple[str, str]:
    """The labels either side of a page break between ``last`` and ``nxt``: ('k', 'l'), or
    ('bak', 'bal') within a letter."""
    a, b = _letter(last), _letter(nxt)
    if a != b:
        return chr(ord(b) - 1), b
    return _boundary(last, nxt, after=False), _boundary(nxt, last, after=True)


def _boundary(key: tuple, other: tuple, *, after: bool) -> str:
    """A label for where a range starts (``after`` ``other``) or ends (before ``other``)."""
    a, b = _letter(key), _letter(other)
    if a != b:
        if after:
            return chr(ord(b) + 1) if ord(b) + 1 <= ord(a) else a
        return chr(ord(b) - 1) if ord(b) - 1 >= ord(a) else a
    name, near = key[0] if key else "", other[0] if other else ""
    for n in range(2, len(name) + 1):
        if name[:n] != near[:n]:
            return name[:n]
    return name or a


def _groups(f: Frame, body: c.Groups) -> list[list[Box]]:
    if not body.cards:
        return _empty(f, body.empty or QCoreApplication.translate("Slides", "No groups yet."))
    bands = [card.band for card in body.cards]

    def make(cap: float) -> list[list[Unit]]:
        st = Style(cap, role="dense")
        return [[Unit([Cell([Para(m.name, st, m.key)])], gap=cap * 0.2) for m in card.members]
                for card in body.cards]

    keys = [[m.sort_key for m in card.members] for card in body.cards]
    return _cards(f, bands, None, make, alphabetical=keys, compact=body.compact)


def _action_units(actions: tuple[c.Action, ...], cap: float, *, numbered: bool) -> list[Unit]:
    out = []
    for i, a in enumerate(actions):
        title = Style(cap, bold=True, role="dense")
        mark = f"{i + 1}." if numbered else "•"
        parts = [Para(a.title, title, f"{a.key}.title", marker=mark, gap=0.25 if a.detail else 0)]
        if a.detail:
            parts.append(Para(a.detail, Style(cap, colour="muted", role="dense"), f"{a.key}.detail",
                              indent=advance(mark + " ", title)))
        out.append(Unit([Cell(parts)], gap=cap * 0.8))
    return out


def _plans(f: Frame, body: c.ActionPlans) -> list[list[Box]]:
    if not body.plans:
        return _empty(f, body.empty or QCoreApplication.translate("Slides", "No groups yet."))
    if not body.single:
        bands = [p.band for p in body.plans]

        def make(cap: float) -> list[list[Unit]]:
            return [_action_units(p.actions, cap, numbered=False) or
                    [Unit([Cell([Para(QCoreApplication.translate("Slides", "No actions yet."), Style(cap, italic=True,
                                                                   colour="muted"), "")])])]
                    for p in body.plans]

        return _cards(f, bands, None, make, compact=body.compact)
    plan = body.plans[0]
    return _banded(f, plan.band, lambda cap: _action_units(plan.actions, cap, numbered=True)
                   if plan.actions else [Unit([Cell([Para(QCoreApplication.translate("Slides", "No actions yet."),
                                                          Style(cap, italic=True, colour="muted"),
                                                          "")])])], 2)


def _banded(f: Frame, band: c.Band | None, make_units, max_cols: int) -> list[list[Box]]:
    """A full-width group band on every page, then units flowing in columns and pages."""
    return _fewest(_banded_in(f, QRectF(r), band, make_units, max_cols) for r in _areas(f))


def _banded_in(f: Frame, rect: QRectF, band: c.Band | None, make_units, max_cols: int
               ) -> list[list[Box]]:
    head: list[Box] = []
    if band is not None:
        # the band's colour runs from margin to margin, its text inset like the lists below
        units = [Unit([Cell([p])]) for p in band_paras(band, f.cap(BODY), f.cap(DENSE))]
        head = placed(units, [QRectF(rect.left(), rect.top(), rect.width(), rect.height())])[0]
        bottom = max((b.rect.bottom() for b in head), default=rect.top())
        rect.setTop(bottom + f.gap)
    inner = Frame(f.size, f.scale, f.margin, f.gap, f.reserved, rect, [], f.page_box)
    pages, _cap = _best(inner, make_units, f.cap(BODY) * 1.2, f.cap(DENSE), max_cols, 16)
    for i, page in enumerate(pages):
        page[:0] = head if i == 0 else [_copy(b) for b in head]
    return pages


def _harvest(f: Frame, body: c.Harvest) -> list[list[Box]]:
    if body.band is None:
        return _empty(f, QCoreApplication.translate("Slides", "No theme groups yet."))

    def units(cap: float) -> list[Unit]:
        label = Style(cap, bold=True, colour="muted", role="dense")
        heads = (Para(QCoreApplication.translate("Slides", "Plan"), label, "", gap=0.4),
                 Para(QCoreApplication.translate("Slides", "Result"), label, "", gap=0.4))
        out: list[Unit] = []
        if not body.outcomes:
            out.append(Unit([Cell([Para(QCoreApplication.translate("Slides", "This group has no actions."),
                                        Style(cap, italic=True, colour="muted"), "")])]))
        for i, o in enumerate(body.outcomes):
            a = o.action
            title = Style(cap, bold=True, role="dense")
            plan = [Para(a.title, title, f"{a.key}.title", marker=f"{i + 1}.",
                         gap=0.25 if a.detail else 0)]
            if a.detail:
                plan.append(Para(a.detail, Style(cap, colour="muted", role="dense"),
                                 f"{a.key}.detail", indent=advance(f"{i + 1}. ", title)))
            if o.result in RESULT_COLOURS:
                fill, ink = band_colours(RESULT_COLOURS[o.result])
                badge = Para(f"{RESULT_SYMBOLS[o.result]}  {o.label}",
                             Style(cap, bold=True, colour=ink, role="band"), f"{a.key}.result",
                             fill=fill, shrink=True, gap=0.8)
            else:
                badge = Para(o.label, Style(cap, italic=True, colour="muted", role="dense"),
                             f"{a.key}.result", gap=0.4)
            result = [badge]
            if o.reason:
                result.append(Para(o.reason, Style(cap, role="dense"), f"{a.key}.reason"))
            if i == 0:       # the column heads travel with the first row, never alone
                plan, result = [heads[0], *plan], [heads[1], *result]
            out.append(Unit([Cell(plan, 0, 0.55), Cell(result, 0.58, 0.42)], gap=cap * 0.9,
                            key=a.key))
        if body.lessons:
            out.append(Unit([Cell([Para(QCoreApplication.translate("Slides", "What we learned: {text}").format(text=body.lessons),
                                        Style(cap, role="dense"), "lessons")])], gap=cap * 0.5))
        if body.totals:
            out.append(Unit([Cell([Para(body.totals, Style(cap, bold=True, role="dense"),
                                        "totals")])]))
        return out

    return _banded(f, body.band, units, 1)


def _initiatives(f: Frame, body: c.Initiatives) -> list[list[Box]]:
    if not body.activities:
        return _empty(f, QCoreApplication.translate("Slides", "No activities yet."))

    def units(cap: float) -> list[Unit]:
        out = []
        fc = face(Style(cap))
        for a in body.activities:
            parts: list = [Para(a.title, Style(cap * 1.1, bold=True, role="dense"),
                                f"{a.key}.title", gap=0.3)]
            if a.detail:
                parts.append(Para(a.detail, Style(cap, colour="muted", role="dense"),
                                  f"{a.key}.detail", gap=0.4))
            if a.capacity:
                parts.append(Bar(min(1.0, a.signed / a.capacity), "urgent" if a.full else "accent",
                                 fc.cap * 0.9, gap=cap * 0.4))
            count = (QCoreApplication.translate("Slides", "{n} of {cap} places").format(n=a.signed, cap=a.capacity) if a.capacity
                     else QCoreApplication.translate("Slides", "{n} signed up").format(n=a.signed))
            parts.append(Para(count, Style(cap, bold=True, role="dense"), f"{a.key}.count",
                              gap=0.5))
            if a.full:
                fill, ink = band_colours("#D55E00")
                parts.append(Para(QCoreApplication.translate("Slides", "full — waiting list") + (f" ({len(a.waiting)})"
                                                                if a.waiting else ""),
                                  Style(cap, bold=True, colour=ink, role="band"), f"{a.key}.full",
                                  fill=fill, shrink=True, gap=0.9))
            if a.names:
                parts.append(Para(", ".join(n.text for n in a.names), Style(cap, role="dense"),
                                  f"{a.key}.names", gap=0.4))
            if a.waiting:
                parts.append(Para(QCoreApplication.translate("Slides", "Waiting list: {names}").format(
                    names=", ".join(n.text for n in a.waiting)),
                    Style(cap, italic=True, role="dense"), f"{a.key}.waiting"))
            out.append(Unit([Cell(parts)], gap=cap * 0.9, key=a.key, frame="muted"))
        return out

    pages, _cap = _best(f, units, f.cap(BODY) * 1.1, f.cap(DENSE), 3, 13)
    return pages


# ---------------------------------------------------------------- the expertise map

# ColorBrewer "Blues": a sequential ramp read as "more" without a legend
HEAT = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
FLAG_COLOUR = "#E69F00"       # a goal's competence with one expert or none


def heat_colours(count: int, most: int) -> tuple[str, str]:
    """(cell, ink) for a count relative to the largest: ink black or white at >= 4.5:1."""
    if count <= 0 or most <= 0:
        base = HEAT[0]
    else:
        base = HEAT[min(len(HEAT) - 1, 1 + round((len(HEAT) - 2) * count / most))]
    return band_colours(base)


@dataclass
class _Row:
    """One row of a table as it pages: the room it needs before it, its height, its boxes."""

    need: float
    height: float
    emit: object          # emit(y) -> list[Box]


def _heatmap(f: Frame, body: c.HeatMap) -> list[list[Box]]:
    if not body.rows:
        return _empty(f, QCoreApplication.translate("Slides", "No competences yet."))
    pages = _fewest(_heat_in(f, QRectF(r), body) for r in _areas(f))
    if pages is None:
        raise Overflow
    return pages


def _heat_in(f: Frame, rect: QRectF, body: c.HeatMap) -> list[list[Box]] | None:
    """The largest type at which the whole table fits one page; else pages at the dense floor."""
    found = largest(sizes(f.cap(BODY) * 1.2, f.cap(DENSE)),
                    lambda cap: _heat_pages(rect, body, cap, one_page=True))
    if found is not None:
        return found[1]
    return _heat_pages(rect, body, f.cap(DENSE), one_page=False)


def _heat_pages(rect: QRectF, body: c.HeatMap, cap: float, *, one_page: bool
                ) -> list[list[Box]] | None:
    """The table at one size: a legend and the header row on every page, then the rows.

    None when it cannot be laid out at this size (a column too narrow, a row taller than a
    page, or more than one page when ``one_page``).
    """
    head = Style(cap, bold=True, colour="muted", role="dense")
    name_st = Style(cap, role="dense")
    num = Style(cap, bold=True, role="dense")
    legend_st = Style(cap, italic=True, colour="muted", role="dense")
    pad, gx, gy = cap * 0.3, cap * 0.15, cap * 0.15
    heads = [QCoreApplication.translate("Slides", "Competence"), "0", "1", "2", "3", "4",
             QCoreApplication.translate("Slides", "Want to learn"),
             QCoreApplication.translate("Slides", "Experts")]

    def widest_word(text: str, st: Style) -> float:
        return max(advance(w, st) for w in text.split())

    num_w = advance("888", num) + 2 * pad + 2
    total = rect.width()
    longest = max([advance(r.name, name_st) for r in body.rows] + [advance(heads[0], head)])
    # the two last headers on one line where there is room, else a word a line; the
    # competence names wrap when the numbers need the room
    least = max(cap * 6, widest_word(heads[0], head) + 2 * pad + 2)
    options = []
    for side_w in (max(num_w, max(advance(h, head) for h in heads[6:]) + 2 * pad + 2),
                   max(num_w, max(widest_word(h, head) for h in heads[6:]) + 2 * pad + 2)):
        name_w = min(max(least, longest + 2 * pad + 2), total * 0.4,
                     total - 2 * side_w - 7 * gx - 5 * num_w)
        if name_w >= least:
            options.append((name_w, side_w))
    if not options:
        return None
    name_w, side_w = max(options, key=lambda o: o[0])     # the first (one-line) on a tie
    level_w = min(cap * 6, (total - name_w - 2 * side_w - 7 * gx) / 5)
    xs = [rect.left()]
    widths = [name_w] + [level_w] * 5 + [side_w] * 2
    for w in widths[:-1]:
        xs.append(xs[-1] + w + gx)
    table_w = xs[-1] + widths[-1] - rect.left()
    most = max((n for r in body.rows for n in r.counts), default=0)

    def text(x: float, y: float, w: float, lines, st: Style, align: str, source: str) -> Box:
        return Box(QRectF(x, y, w, text_height(len(lines), st)), "text", tuple(lines), st, align,
                   source)

    # the legend and the header row, repeated on every page
    legend = QCoreApplication.translate("Slides", "People per level: 0 = none … 4 = expert")
    if body.names:
        legend = QCoreApplication.translate("Slides", "People per level: 0 = none … 4 = expert · with names")
    if any(r.flag for r in body.rows):
        legend += " · " + QCoreApplication.translate("Slides", "orange: one expert or none")
    legend_lines = wrap(legend, legend_st, table_w)
    head_top = rect.top() + text_height(len(legend_lines), legend_st) + gy * 2
    head_lines = [wrap(h, head, w - 2 * pad) for h, w in zip(heads, widths, strict=True)]
    head_h = max(text_height(len(ls), head) for ls in head_lines) + 2 * pad

    def header() -> list[Box]:
        out = [text(rect.left(), rect.top(), table_w, legend_lines, legend_st, "left", "")]
        for x, w, ls in zip(xs, widths, head_lines, strict=True):
            th = text_height(len(ls), head)
            out.append(text(x + pad, head_top + head_h - pad - th, w - 2 * pad, ls, head,
                            "left" if x == xs[0] else "center", ""))
        out.append(Box(QRectF(rect.left(), head_top + head_h, table_w, 2), "rule", colour="muted"))
        return out

    first_y = head_top + head_h + gy * 2
    rows: list[_Row] = []
    line_h = text_height(1, name_st)
    for r in body.rows:
        name_lines = wrap(r.name, name_st, name_w - 2 * pad) or ("",)
        rh = max(text_height(len(name_lines), name_st), text_height(1, num)) + 2 * pad

        def emit(y: float, r=r, name_lines=name_lines, rh=rh) -> list[Box]:
            out = [text(xs[0] + pad, y + pad, name_w - 2 * pad, name_lines, name_st, "left",
                        f"{r.key}.name")]
            th = text_height(1, num)
            for lv in range(5):
                fill, ink = heat_colours(r.counts[lv], most)
                x = xs[1 + lv]
                out.append(Box(QRectF(x, y, level_w, rh), "fill", colour=fill))
                out.append(text(x, y + (rh - th) / 2, level_w, (str(r.counts[lv]),),
                                replace(num, colour=ink), "center", f"{r.key}.{lv}"))
            out.append(text(xs[6], y + (rh - th) / 2, side_w, (str(r.learners),), num, "center",
                            f"{r.key}.learners"))
            ink = "text"
            if r.flag:
                fill, ink = band_colours(FLAG_COLOUR)
                out.append(Box(QRectF(xs[7], y, side_w, rh), "fill", colour=fill))
            out.append(text(xs[7], y + (rh - th) / 2, side_w, (str(r.experts),),
                            replace(num, colour=ink), "center", f"{r.key}.experts"))
            return out

        lines = []
        for lv, names in enumerate(r.names):
            lines += [(lv, ln) for ln in wrap(names, name_st, table_w - name_w - gx - pad)]
        # a row never ends a page without the first line of its names
        rows.append(_Row(rh + gy + (line_h if lines else 0.0), rh + gy, emit))
        for i, (lv, ln) in enumerate(lines):
            last = i == len(lines) - 1

            def emit_line(y: float, r=r, lv=lv, ln=ln) -> list[Box]:
                return [text(xs[1], y, table_w - name_w - gx, (ln,), name_st, "left",
                             f"{r.key}.names{lv}")]

            rows.append(_Row(line_h, line_h + (gy * 3 if last else 0.0), emit_line))

    pages: list[list[Box]] = []
    page: list[Box] = header()
    y = first_y
    for row in rows:
        if y + row.need > rect.bottom() + 0.01:
            if y <= first_y + 0.01 or one_page or len(pages) >= 60:
                return None
            pages.append(page)
            page, y = header(), first_y
        page.extend(row.emit(y))
        y += row.height
    pages.append(page)
    return pages


def _body(f: Frame, content: c.SlideContent, size: QSizeF) -> list[list[Box]]:
    """The body's pages, by kind."""
    body = content.body
    if isinstance(body, c.Cover):
        return _cover(f, body, size)
    if isinstance(body, c.Break):
        return _break(f, content.chrome)
    if isinstance(body, c.Board):
        return _board(f, body, content.chrome.title)
    if isinstance(body, c.Questions):
        return _questions(f, body)
    if isinstance(body, c.Vote):
        return _vote(f, body)
    if isinstance(body, c.Groups):
        return _groups(f, body)
    if isinstance(body, c.ActionPlans):
        return _plans(f, body)
    if isinstance(body, c.Harvest):
        return _harvest(f, body)
    if isinstance(body, c.Initiatives):
        return _initiatives(f, body)
    if isinstance(body, c.HeatMap):
        return _heatmap(f, body)
    return _text(f, content.chrome)


def _texts(body: c.Body) -> list[tuple[str, str]]:
    """Every text of a body with its source key, in reading order (for the fallback)."""
    out: list[tuple[str, str]] = []
    if isinstance(body, c.Board):
        out += [("heading", body.heading)] if body.heading else []
        for col in body.columns:
            out.append((f"{col.key}.title", col.title))
            out += [(it.key, it.text) for it in col.items]
    elif isinstance(body, c.Questions):
        out += [(it.key, it.text) for it in body.items]
    elif isinstance(body, c.Vote):
        for r in body.rows:
            out.append((r.item.key, r.item.text))
            out += [] if body.hidden else [(f"{r.item.key}.count", str(r.count))]
    elif isinstance(body, c.Groups | c.ActionPlans):
        for card in (body.cards if isinstance(body, c.Groups) else body.plans):
            out.append((f"{card.band.key}.name", f"{card.band.number}  {card.band.name}"))
            out += [(f"{card.band.key}.question", card.band.question)] if card.band.question else []
            if isinstance(card, c.GroupCard):
                out += [(m.key, m.name) for m in card.members]
            else:
                for a in card.actions:
                    out += [(f"{a.key}.title", a.title)] + ([(f"{a.key}.detail", a.detail)]
                                                            if a.detail else [])
    elif isinstance(body, c.Harvest) and body.band is not None:
        out.append((f"{body.band.key}.name", f"{body.band.number}  {body.band.name}"))
        out += [(f"{body.band.key}.question", body.band.question)] if body.band.question else []
        for o in body.outcomes:
            out += [(f"{o.action.key}.title", o.action.title),
                    (f"{o.action.key}.detail", o.action.detail),
                    (f"{o.action.key}.result", o.label)]
            out += [(f"{o.action.key}.reason", o.reason)] if o.reason else []
        out += [("lessons", body.lessons)] if body.lessons else []
        out += [("totals", body.totals)] if body.totals else []
    elif isinstance(body, c.Initiatives):
        for a in body.activities:
            out += [(f"{a.key}.title", a.title), (f"{a.key}.detail", a.detail)]
            out += [(f"{a.key}.names", ", ".join(n.text for n in a.names))] if a.names else []
    elif isinstance(body, c.HeatMap):
        for r in body.rows:
            out.append((f"{r.key}.name", r.name))
            out += [(f"{r.key}.{lv}", str(n)) for lv, n in enumerate(r.counts)]
            out += [(f"{r.key}.learners", str(r.learners)), (f"{r.key}.experts", str(r.experts))]
            out += [(f"{r.key}.names{lv}", names) for lv, names in enumerate(r.names)]
    return [(k, t) for k, t in out if t]


def _fallback(f: Frame, body: c.Body) -> list[list[Box]]:
    """When a kind's own layout cannot place everything: its texts as one list, at the floor."""
    def units(cap: float) -> list[Unit]:
        return [Unit([Cell([Para(t, Style(cap, role="dense"), k)])], gap=cap * 0.4)
                for k, t in _texts(body)]

    try:
        pages, _cap = _best(f, units, f.cap(DENSE), f.cap(DENSE), 3, 10)
    except Overflow:
        pages = [[]]      # less room than one line at the floor: only the chrome shows
    return pages


# ---------------------------------------------------------------- the entry point


def layout(content: c.SlideContent, size: QSizeF, scale: float = 1.0) -> Slide:
    """Lay a slide out on a canvas of ``size`` at font scale ``scale``: pages of boxes."""
    f = frame(content, size, scale)
    body = content.body
    intro: list[list[Box]] = []
    if (not isinstance(body, c.Text | c.Cover | c.Break) and content.chrome.instructions.strip()
            and f.body.height() < MIN_BODY * size.height()):
        # long instructions leave too little room: they get a page of their own first
        tf = frame(c.SlideContent(content.chrome, c.Text()), size, scale)
        intro = [[_copy(x) for x in tf.boxes] + b for b in _text(tf, content.chrome)]
        f = frame(c.SlideContent(replace(content.chrome, instructions=""), body), size, scale)
    try:
        pages = _body(f, content, size)
    except Overflow:
        pages = _fallback(f, body)
    pages = intro + (pages or [[]])
    out = []
    page_style = Style(f.cap(DENSE), bold=True, colour="muted", role="chrome")
    for i, boxes in enumerate(pages):
        chrome = [] if i < len(intro) else [_copy(b) for b in f.boxes]
        page = Page(chrome + boxes)
        if len(pages) > 1:
            page.boxes.append(Box(QRectF(f.page_box), "text", (f"{i + 1}/{len(pages)}",),
                                  page_style, "right", "page"))
        out.append(page)
    kind = type(body).__name__.lower()
    return Slide(size, out, QRectF(f.reserved), kind, scale)
