"""The printed documents of a startdag: handouts, SWOT sheet, attendance list, sign-up
sheets, badges, table cards and the report of the day.

Each ``*_story`` function turns a :class:`~exports.snapshot.Snapshot` into a platypus
story; :mod:`exports.pack` writes them. Every user text goes through ``para`` (escaped).
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from exports.labels import format_date, label, meeting_heading, meeting_words
from exports.pdf_base import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    RULE,
    DocInfo,
    SectionStart,
    cell,
    colour_heading,
    fit_text,
    font_size_to_fit,
    grid_table,
    hex_colour,
    para,
    styles,
    text_colour_on,
)
from exports.snapshot import SWOT_QUADRANTS, Action, Group, Person, Snapshot

SWOT_FILLS = {q: colors.HexColor(v) for q, v in
              {"S": "#e3f2e1", "W": "#fbe9e7", "O": "#e3effa", "T": "#fff4d6"}.items()}
WRITING_LINE = colors.HexColor("#b8c2cc")
WRITE_ROW = 8 * mm      # room for a handwritten name or signature
WALK_IN_ROWS = 5
BLANK_LIST_ROWS = 30
NUMBER_COLUMN = [("FONT", (0, 1), (0, -1), FONT, 8), ("TEXTCOLOR", (0, 1), (0, -1), MUTED)]
FRAME_PADDING = 12   # platypus frames keep 6 pt padding on each side
FRAME_WIDTH = A4[0] - 2 * MARGIN - FRAME_PADDING
BADGE_MARGINS = (12 * mm, 12 * mm, 20 * mm, 14 * mm)   # left, right, top, bottom
CARD_MARGINS = (12 * mm, 12 * mm, 18 * mm, 14 * mm)


def doc_info(snap: Snapshot, lang: str, subject_key: str, meeting_kind: str = "startdag") -> DocInfo:
    """The header of a document about ``meeting_kind``."""
    m = snap.meeting(meeting_kind)
    return DocInfo(snap.trajectory.title, snap.trajectory.organisation, m.date if m else "",
                   lang, label(subject_key, lang))


def _sections(items: Iterable, render) -> list:
    """One section per item, each starting on a fresh page with its own page numbers."""
    story: list = []
    for i, item in enumerate(items):
        if i:
            story.append(PageBreak())
        story.append(SectionStart())
        story.extend(render(item))
    return story


def _when(action: Action, lang: str) -> str:
    start = format_date(action.start_date, lang) or action.start_date
    due = format_date(action.due_date, lang) or action.due_date
    if start and due:
        return f"{start} – {due}"
    return start or due


def _meeting_line(snap: Snapshot, kind: str, lang: str) -> str:
    m = snap.meeting(kind)
    if not m:
        return ""
    return " · ".join(p for p in (meeting_heading(kind, m.title, lang), format_date(m.date, lang),
                                  m.venue) if p)


def _names(people: Iterable[Person]) -> str:
    return ", ".join(p.name for p in people)


def _action_table(actions: list[Action], lang: str, s, with_group: Group | None = None) -> Table:
    """The action plan: what, who, when, support."""
    widths = [0.38, 0.24, 0.18, 0.20]
    rows: list[list] = [[label(k, lang)
                         for k in ("what", "who", "when", "support")]]
    for a in actions:
        what = [para(a.title, s["cell_bold"])]
        if a.description:
            what.append(para(a.description, s["cell_small"]))
        who = []
        if a.owner:
            who.append(para(a.owner.name, s["cell_bold"]))
        others = [p for p in a.people if not a.owner or p.id != a.owner.id]
        if others:
            who.append(para(_names(others), s["cell"]))
        rows.append([what, who, cell(_when(a, lang), s["cell"], widths[2] * FRAME_WIDTH),
                     cell(a.support, s["cell"], widths[3] * FRAME_WIDTH)])
    return grid_table(rows, [w * FRAME_WIDTH for w in widths])


def _band(group: Group | None, lang: str, font_size: float = 13):
    if group is None:
        return colour_heading(label("no_group", lang), "#d9e2ec", font_size, FRAME_WIDTH)
    return colour_heading(group.name, group.colour, font_size, FRAME_WIDTH)


def _facilitators(snap: Snapshot, lang: str, s) -> list:
    people = [f for f in snap.trajectory.facilitators if any(str(v).strip() for v in f.values())]
    if not people:
        return []
    rows = [[label(k, lang) for k in ("name", "email", "phone")]]
    for f in people:
        rows.append([para(f.get("name", ""), s["cell"]), para(f.get("email", ""), s["cell"]),
                     para(f.get("phone", ""), s["cell"])])
    return [para(label("facilitators", lang), s["h2"]),
            grid_table(rows, [w * FRAME_WIDTH for w in (0.36, 0.40, 0.24)])]


def _harvest_line(snap: Snapshot, lang: str, s) -> list:
    m = snap.meeting("oogstsessie")
    when = " · ".join(p for p in ((format_date(m.date, lang) if m else ""), m.venue if m else "")
                      if p) or label("not_planned", lang)
    return [para(label("harvest_date", lang), s["h2"]), para(when, s["body"])]


# ------------------------------------------------------------------ 1 group handout


def group_story(snap: Snapshot, lang: str = "nl", group_ids: set[int] | None = None) -> list:
    """One section per group: question, members (contact list), action plan, facilitators,
    harvest date."""
    s = styles()
    groups = [g for g in snap.groups if group_ids is None or g.id in group_ids]
    if not groups:
        return [para(label("group_handout", lang), s["title"]), para(label("no_groups", lang),
                                                                      s["body"])]

    def render(g: Group) -> list:
        out = [_band(g, lang, font_size=16), Spacer(1, 4 * mm)]
        if g.question_text:
            out += [para(label("question", lang), s["h2"]), para(g.question_text, s["subtitle"])]
        rows = [[label(k, lang) for k in ("name", "area", "email")]]
        widths = [w * FRAME_WIDTH for w in (0.30, 0.28, 0.42)]
        rows += [[cell(p.name, s["cell"], widths[0]), cell(p.area, s["cell"], widths[1]),
                  cell(p.email, s["cell"], widths[2])] for p in g.members]
        out += [para(f"{label('members', lang)} ({len(g.members)})", s["h2"]),
                grid_table(rows, widths)]
        out += [CondPageBreak(30 * mm), para(label("action_plan", lang), s["h2"])]
        out.append(_action_table(g.actions, lang, s) if g.actions
                   else para(label("no_actions", lang), s["body"]))
        out += [KeepTogether(_facilitators(snap, lang, s)), KeepTogether(_harvest_line(snap, lang,
                                                                                       s))]
        return out

    return _sections(groups, render)


# ------------------------------------------------------------------ 2 personal handout


class SwotGrid(Flowable):
    """A 2x2 SWOT grid; filled with the person's entries, or blank lines to write on."""

    def __init__(self, entries: dict[str, str] | None, lang: str, height: float,
                 width: float = FRAME_WIDTH):
        super().__init__()
        self.entries = entries or {}
        self.lang = lang
        self.width = width
        self.height = height

    def wrap(self, avail_width, avail_height):
        """A fixed-size grid."""
        return self.width, self.height

    def draw(self):
        """Four cells with a heading each, the text wrapped inside, or ruled lines."""
        s = styles()
        c = self.canv
        half_w, half_h = self.width / 2, self.height / 2
        fills = SWOT_FILLS
        for i, q in enumerate(SWOT_QUADRANTS):
            x = (i % 2) * half_w
            y = self.height - (i // 2 + 1) * half_h
            c.setFillColor(fills[q])
            c.setStrokeColor(RULE)
            c.rect(x, y, half_w, half_h, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(FONT_BOLD, 12)
            c.drawString(x + 4 * mm, y + half_h - 7 * mm, label(f"swot_{q}", self.lang))
            text = self.entries.get(q, "")
            inner_w, inner_h = half_w - 8 * mm, half_h - 12 * mm
            if text:
                p = para(text, s["body"])
                _w, h = p.wrap(inner_w, inner_h)
                if h > inner_h:
                    p = para(text, s["small_ink"])
                    _w, h = p.wrap(inner_w, inner_h)
                if h <= inner_h:
                    p.drawOn(c, x + 4 * mm, y + half_h - 10 * mm - h)
                else:
                    parts = p.split(inner_w, inner_h)
                    if parts:
                        _w, h = parts[0].wrap(inner_w, inner_h)
                        parts[0].drawOn(c, x + 4 * mm, y + half_h - 10 * mm - h)
            else:
                c.setStrokeColor(WRITING_LINE)
                c.setLineWidth(0.4)
                lines = []
                line_y = y + half_h - 17 * mm
                while line_y > y + 5 * mm:
                    lines.append((x + 4 * mm, line_y, x + half_w - 4 * mm, line_y))
                    line_y -= 8 * mm
                c.lines(lines)


def personal_story(snap: Snapshot, lang: str = "nl", person_ids: set[int] | None = None) -> list:
    """One section per participant: group and question, their actions, competences, SWOT."""
    s = styles()
    people = [p for p in snap.participants if person_ids is None or p.id in person_ids]
    if not people:
        return [para(label("personal_handout", lang), s["title"]),
                para(label("no_participants", lang), s["body"])]

    def render(p: Person) -> list:
        g = snap.group(p.group_id)
        out = [para(p.name, s["title"])]
        sub = " · ".join(x for x in (p.area, p.role) if x)
        if sub:
            out.append(para(sub, s["subtitle"]))
        out += [_band(g, lang), Spacer(1, 3 * mm)]
        if g and g.question_text:
            out += [para(label("question", lang), s["h2"]), para(g.question_text, s["body"])]
        mine = snap.actions_of(p.id)
        if mine:
            out += [para(label("your_actions", lang), s["h2"]), _action_table(mine, lang, s)]
        if snap.trajectory.competences:
            out += [para(label("competences", lang), s["h2"])]
            out += [para(f"• {c}", s["body"]) for c in snap.trajectory.competences]
        grid = SwotGrid(snap.swot.get(p.id), lang, height=110 * mm)
        out += [CondPageBreak(125 * mm), KeepTogether([para(label("personal_swot", lang), s["h2"]),
                                                       grid])]
        return out

    return _sections(people, render)


# ------------------------------------------------------------------ 3 blank SWOT


def swot_story(snap: Snapshot, lang: str = "nl") -> list:
    """A blank personal SWOT sheet with a line for the name."""
    s = styles()
    name_line = Table([[para(label("name", lang) + ":", s["body"]), ""]],
                      colWidths=[22 * mm, FRAME_WIDTH - 22 * mm],
                      style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                                        ("LINEBELOW", (1, 0), (1, 0), 0.6, MUTED),
                                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [para(label("personal_swot", lang), s["title"]), Spacer(1, 2 * mm), name_line,
            Spacer(1, 8 * mm), SwotGrid(None, lang, height=200 * mm)]


# ------------------------------------------------------------------ 4 attendance list


def attendance_story(snap: Snapshot, lang: str = "nl", by_area: bool = False) -> list:
    """Name, area and a signature column, in Dutch last-name order (optionally per area)."""
    s = styles()
    out = [para(label("attendance", lang), s["title"]),
           para(_meeting_line(snap, "startdag", lang), s["subtitle"])]
    widths = [10 * mm, 0.40 * FRAME_WIDTH, 0.26 * FRAME_WIDTH]
    widths.append(FRAME_WIDTH - sum(widths))

    def table(people: list[Person], blank: int = 0) -> Table:
        rows = [["#"] + [label(k, lang) for k in ("name", "area", "signature")]]
        rows += [[str(i), cell(p.name, s["cell"], widths[1]),
                  cell(p.area, s["cell"], widths[2]), ""] for i, p in enumerate(people, 1)]
        rows += [[str(len(people) + i), "", "", ""] for i in range(1, blank + 1)]
        return grid_table(rows, widths, min_row_height=WRITE_ROW,
                          extra=[*NUMBER_COLUMN, ("VALIGN", (0, 1), (-1, -1), "MIDDLE")])

    # blank rows for people who are not on the list (late sign-ups, stand-ins)
    walk_ins = WALK_IN_ROWS if snap.participants else BLANK_LIST_ROWS
    if not by_area:
        out.append(table(snap.participants, walk_ins))
        return out
    areas: dict[str, list[Person]] = {}
    for p in snap.participants:
        areas.setdefault(p.area, []).append(p)
    for area in sorted(areas, key=lambda a: (a == "", a.casefold())):
        out += [CondPageBreak(35 * mm),
                para(f"{area or label('no_area', lang)} ({len(areas[area])})", s["h2"]),
                table(areas[area])]
    out += [CondPageBreak(35 * mm), para(label("walk_ins", lang), s["h2"]), table([], walk_ins)]
    return out


# ------------------------------------------------------------------ 5 sign-up sheets


def signup_story(snap: Snapshot, lang: str = "nl", blank_lines: int = 20) -> list:
    """One sheet per activity: title, description, capacity lines with name and e-mail."""
    s = styles()
    acts = snap.activities or [None]
    widths = [10 * mm, 0.45 * FRAME_WIDTH]
    widths.append(FRAME_WIDTH - sum(widths))

    def render(a) -> list:
        out = [para(label("signup", lang), s["small"])]
        if a is None:
            out.append(Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[14 * mm],
                             style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                                               ("LINEBELOW", (0, 0), (-1, -1), 0.6, MUTED)])))
            out.append(Spacer(1, 6 * mm))
            lines, signed = blank_lines, []
        else:
            out.append(para(a.title, s["title"]))
            if a.period:
                out.append(para(f"{label('period', lang)}: {a.period}", s["subtitle"]))
            if a.description:
                out.append(para(a.description, s["body"]))
            out.append(para(label("capacity", lang, n=a.capacity) if a.capacity
                            else label("no_capacity", lang), s["small"]))
            signed = a.confirmed
            lines = a.capacity or max(blank_lines, len(a.signups) + 5)
        out.append(Spacer(1, 3 * mm))
        rows = [["#"] + [label(k, lang) for k in ("name", "email")]]
        for i in range(lines):
            p = signed[i] if i < len(signed) else None
            rows.append([str(i + 1),
                         cell(p.name if p else "", s["cell"], widths[1]),
                         cell(p.email if p else "", s["cell"], widths[2])])
        pad = [*NUMBER_COLUMN, ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
        out.append(grid_table(rows, widths, extra=pad, min_row_height=WRITE_ROW))
        if a is not None and a.capacity:
            waiting = a.waiting
            w_lines = max(5, len(waiting) + 2)
            w_rows = [["#"] + [label(k, lang) for k in ("name", "email")]]
            for i in range(w_lines):
                p = waiting[i] if i < len(waiting) else None
                w_rows.append([str(i + 1),
                               cell(p.name if p else "", s["cell"], widths[1]),
                               cell(p.email if p else "", s["cell"], widths[2])])
            out += [CondPageBreak(40 * mm), para(label("waiting_list", lang), s["h2"]),
                    grid_table(w_rows, widths, extra=pad, min_row_height=WRITE_ROW)]
        return out

    return _sections(acts, render)


# ------------------------------------------------------------------ 6 badges and table cards


class Badge(Flowable):
    """A name badge: the name large, the area small, the group colour as a band."""

    def __init__(self, person: Person | None, group: Group | None, width: float, height: float,
                 footer: str = ""):
        super().__init__()
        self.person = person
        self.group = group
        self.width = width
        self.height = height
        self.footer = footer

    def wrap(self, avail_width, avail_height):
        """A fixed-size card."""
        return self.width, self.height

    def draw(self):
        """Cut line, band, name (two lines when long), area, trajectory title."""
        c = self.canv
        w, h = self.width, self.height
        c.setStrokeColor(colors.HexColor("#b8c2cc"))
        c.setDash(2, 3)
        c.setLineWidth(0.4)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        c.setDash()
        if self.person is None:
            return
        pad = 6 * mm
        band_h = 9 * mm
        top = h
        if self.group is not None:
            fill = hex_colour(self.group.colour)
            c.setFillColor(fill)
            c.rect(0, h - band_h, w, band_h, stroke=0, fill=1)
            c.setFillColor(text_colour_on(fill))
            c.setFont(FONT_BOLD, 10)
            c.drawString(pad, h - band_h + 3.2 * mm,
                         fit_text(self.group.name, FONT_BOLD, 10, w - 2 * pad))
            top = h - band_h
        p = self.person
        first = p.first_name or p.name
        rest = " ".join(x for x in (p.prefix, p.last_name) if x) if p.first_name else ""
        inner = w - 2 * pad
        centre_y = (top + 9 * mm) / 2 + 2 * mm
        c.setFillColor(INK)
        size = font_size_to_fit(first, FONT_BOLD, inner, 26, 12)
        c.setFont(FONT_BOLD, size)
        if rest:
            c.drawCentredString(w / 2, centre_y + 1.5 * mm, fit_text(first, FONT_BOLD, size, inner))
            size2 = font_size_to_fit(rest, FONT, inner, min(size, 17), 10)
            c.setFont(FONT, size2)
            # a very long last name goes on two lines rather than being cut
            lines = simpleSplit(rest, FONT, size2, inner)[:2]
            if len(lines) == 2 and " ".join(lines) != " ".join(rest.split()):
                lines[1] = fit_text(rest[len(lines[0]):], FONT, size2, inner)
            for k, line in enumerate(lines):
                c.drawCentredString(w / 2, centre_y - size2 - 0.5 * mm - k * size2 * 1.15,
                                    fit_text(line, FONT, size2, inner))
        else:
            c.drawCentredString(w / 2, centre_y - size / 3, fit_text(first, FONT_BOLD, size, inner))
        c.setFillColor(MUTED)
        if p.area:
            c.setFont(FONT, 10)
            c.drawCentredString(w / 2, 10 * mm, fit_text(p.area, FONT, 10, inner))
        if self.footer:
            c.setFont(FONT, 6.5)
            c.drawCentredString(w / 2, 4.5 * mm, fit_text(self.footer, FONT, 6.5, inner))


def badges_story(snap: Snapshot, lang: str = "nl", person_ids: set[int] | None = None) -> list:
    """Eight badges per A4 (2 x 4), in Dutch last-name order."""
    people = [p for p in snap.participants if person_ids is None or p.id in person_ids]
    width = A4[0] - BADGE_MARGINS[0] - BADGE_MARGINS[1] - FRAME_PADDING
    height = A4[1] - BADGE_MARGINS[2] - BADGE_MARGINS[3] - FRAME_PADDING
    bw, bh = width / 2, (height - 1) / 4
    story: list = []
    for start in range(0, max(len(people), 1), 8):
        chunk = people[start:start + 8]
        cells = [Badge(p, snap.group(p.group_id), bw, bh, snap.trajectory.title) for p in chunk]
        cells += [Badge(None, None, bw, bh) for _ in range(8 - len(cells))]
        rows = [cells[i:i + 2] for i in range(0, 8, 2)]
        table = Table(rows, colWidths=[bw, bw], rowHeights=[bh] * 4,
                      style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        if story:
            story.append(PageBreak())
        story.append(table)
    return story


class TableCard(Flowable):
    """A folded tent card: the group on both halves, the top half upside down."""

    def __init__(self, group: Group, width: float, height: float):
        super().__init__()
        self.group = group
        self.width = width
        self.height = height

    def wrap(self, avail_width, avail_height):
        """Fills the frame."""
        return self.width, self.height

    def _half(self, c, w, h):
        s = styles()
        fill = hex_colour(self.group.colour)
        c.setFillColor(fill)
        c.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        size = font_size_to_fit(self.group.name, FONT_BOLD, w - 20 * mm, 60, 20)
        c.setFont(FONT_BOLD, size)
        c.drawCentredString(w / 2, h * 0.52, fit_text(self.group.name, FONT_BOLD, size, w - 20 * mm))
        if self.group.question_text:
            style = s["subtitle"].clone("card_q", fontSize=15, leading=19, alignment=1)
            p = para(self.group.question_text, style)
            _pw, ph = p.wrap(w - 40 * mm, h * 0.45)
            if ph > h * 0.40:
                p = para(fit_text(self.group.question_text, FONT, 15, (w - 40 * mm) * 3), style)
                _pw, ph = p.wrap(w - 40 * mm, h * 0.45)
            p.drawOn(c, 20 * mm, h * 0.46 - 8 * mm - ph)

    def draw(self):
        """Bottom half upright, top half rotated, a dashed fold line between."""
        c = self.canv
        w, h = self.width, self.height / 2
        self._half(c, w, h)
        c.saveState()
        c.translate(w, self.height)
        c.rotate(180)
        self._half(c, w, h)
        c.restoreState()
        c.setStrokeColor(colors.HexColor("#b8c2cc"))
        c.setDash(3, 3)
        c.line(0, h, w, h)
        c.setDash()


def table_cards_story(snap: Snapshot, lang: str = "nl", group_ids: set[int] | None = None) -> list:
    """One folded table card per group on landscape A4."""
    groups = [g for g in snap.groups if group_ids is None or g.id in group_ids]
    page = landscape(A4)
    w = page[0] - CARD_MARGINS[0] - CARD_MARGINS[1] - FRAME_PADDING
    h = page[1] - CARD_MARGINS[2] - CARD_MARGINS[3] - FRAME_PADDING - 1
    story: list = []
    for g in groups:
        if story:
            story.append(PageBreak())
        story.append(TableCard(g, w, h))
    return story or [para(label("no_groups", lang), styles()["body"])]


# ------------------------------------------------------------------ 7 report of the day


def report_story(snap: Snapshot, lang: str = "nl") -> list:
    """The day's report: concept board, questions with votes, groups, actions, skipped steps."""
    s = styles()
    m = snap.meeting("startdag")
    out = [para(label("report_of", lang, meeting=meeting_words("startdag", m.title if m else None, lang)), s["title"]),
           para(_meeting_line(snap, "startdag", lang), s["subtitle"])]
    present, registered = len(snap.present), len(snap.participants)
    facts = [f"{label('participants', lang)}: "
             + label("present_of_registered", lang, present=present, registered=registered)]
    if snap.trajectory.concept:
        facts.insert(0, f"{label('concept', lang)}: {snap.trajectory.concept}")
    out.append(para(" · ".join(facts), s["body"]))

    def skipped(kind: str) -> bool:
        return snap.step_skipped(kind)

    # concept board
    out.append(para(label("concept_board", lang), s["h1"]))
    board = snap.boards.get("concept")
    if skipped("concept"):
        out.append(para(f"{label('skipped', lang)}. {label('skipped_text', lang)}", s["body"]))
    elif board is None or board.is_empty:
        out.append(para(label("empty", lang), s["body"]))
    else:
        cols = board.columns
        cw = FRAME_WIDTH / len(cols)
        header = [para(c.title, s["cell_bold"]) for c in cols]
        body = [[para(f"• {t}", s["cell"]) for t in c.items] for c in cols]
        out.append(grid_table([header, body], [cw] * len(cols),
                              extra=[("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE)]))

    # questions
    out.append(para(label("questions", lang), s["h1"]))
    if skipped("questions"):
        out.append(para(f"{label('skipped', lang)}. {label('skipped_text', lang)}", s["body"]))
    if snap.questions:
        marked = snap.marked_questions()
        tied = set(snap.tied_questions())
        ordered = sorted(snap.questions, key=lambda q: (q.id not in marked,
                                                        marked.get(q.id, 0), -q.total_votes))
        rows = [["", para(label("question", lang), s["cell_bold"]),
                 para(label("votes", lang), s["cell_bold"])]]
        extra = []
        for i, q in enumerate(ordered, 1):
            text = [para(q.text, s["cell_bold"] if q.id in marked else s["cell"])]
            for o in q.originals:
                text.append(para(f"– {label('merged', lang)}: {o.text} ({o.total_votes})",
                                 s["cell_small"]))
            rank = marked.get(q.id)
            mark = f"{rank}=" if q.id in tied else f"{rank}" if rank else ""
            rows.append([para(mark, s["cell_bold"]), text,
                         para(str(q.total_votes), s["cell_bold"] if rank else s["cell"])])
            if rank:
                extra.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fff4d6")))
        out.append(grid_table(rows, [12 * mm, FRAME_WIDTH - 32 * mm, 20 * mm],
                              extra=extra + [("ALIGN", (2, 0), (2, -1), "RIGHT")]))
        if tied:
            out.append(para(label("tie_legend", lang, n=snap.top_n, tied=len(tied),
                                  places=snap.cut.places), s["small"]))
        elif marked:
            out.append(para(label("top_legend", lang, n=len(marked)), s["small"]))
    elif not skipped("questions"):
        out.append(para(label("empty", lang), s["body"]))

    # groups
    out.append(para(label("groups", lang), s["h1"]))
    if skipped("groups"):
        out.append(para(f"{label('skipped', lang)}. {label('skipped_text', lang)}", s["body"]))
    if not snap.groups and not skipped("groups"):
        out.append(para(label("no_groups", lang), s["body"]))
    for g in snap.groups:
        block = [_band(g, lang, font_size=11), Spacer(1, 1.5 * mm)]
        if g.question_text:
            block.append(para(g.question_text, s["cell_bold"]))
        block.append(para(f"{label('members', lang)} ({len(g.members)}): {_names(g.members)}",
                          s["body"]))
        out += [KeepTogether(block), Spacer(1, 3 * mm)]

    # actions
    # room for the heading, the first group's name and a few rows, or a new page
    out += [CondPageBreak(45 * mm), para(label("actions", lang), s["h1"])]
    if skipped("actions"):
        out.append(para(f"{label('skipped', lang)}. {label('skipped_text', lang)}", s["body"]))
    if not snap.actions() and not skipped("actions"):
        out.append(para(label("no_actions", lang), s["body"]))
    first = True
    for g in snap.groups:
        if g.actions:
            # the h1 keeps with the group's name, which keeps with its table
            out += ([] if first else [CondPageBreak(30 * mm)]) + [
                para(g.name, s["h2"]), _action_table(g.actions, lang, s)]
            first = False

    # skipped steps
    steps = snap.skipped_steps()
    if steps:
        out += [para(label("skipped_steps", lang), s["h1"])]
        out += [para(f"• {st.title}", s["body"]) for st in steps]
    return out


__all__ = [
    "BADGE_MARGINS", "CARD_MARGINS", "Badge", "SwotGrid", "TableCard",
    "attendance_story", "badges_story", "doc_info", "group_story", "personal_story",
    "report_story", "signup_story", "swot_story", "table_cards_story",
]
