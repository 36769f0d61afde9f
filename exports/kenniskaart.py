"""Print 'learning from each other': the kenniskaart, pair cards, intervisie method cards, the matrix.

The kenniskaart is a heat map of competences by level as counts (A4 landscape; A3 for
large teams when names are printed). Names are printed only when asked (``names``):
self-ratings are personal. Pair cards: one per pair, four to an A4 landscape sheet.
Method cards: one page per intervisie group with the rounds, their minutes and the
rotating roles. The matrix is an xlsx with a wide sheet (person × competence levels)
and a long sheet that the importer reads back.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from exports.pdf_base import (
    FONT_BOLD,
    INK,
    RULE,
    DocInfo,
    cell,
    grid_table,
    para,
    styles,
    write_atomically,
    write_pdf_atomically,
)
from exports.peer_words import flag_text, question_for, why_text, word
from exports.tables import neutralise
from sessions import expertise, intervisie, pairs, trajectory
from sessions.store import Store

# a sequential, colour-blind safe ramp (ColorBrewer Blues) for counts
RAMP = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
LARGE_TEAM = 60           # more people than this, with names: A3


def ramp_colour(count: int, most: int) -> str:
    """The heat colour of a count, relative to the largest count on the map."""
    if count <= 0 or most <= 0:
        return RAMP[0]
    return RAMP[min(len(RAMP) - 1, 1 + round((len(RAMP) - 2) * count / most))]


def ink_on(hex_colour: str) -> colors.Color:
    """Dark text on light cells, white on dark ones."""
    c = colors.HexColor(hex_colour)
    return colors.white if (0.299 * c.red + 0.587 * c.green + 0.114 * c.blue) < 0.55 else INK


def _info(store: Store, lang: str, subject: str) -> DocInfo:
    t = trajectory.get(store)
    m = trajectory.meeting_of_kind(store, "startdag")
    return DocInfo(t.title, t.organisation, m.date if m else "", lang, word(subject, lang))


def page_size(m: expertise.Map, names: bool):
    """A4 landscape; A3 landscape for a large team when names are printed."""
    return landscape(A3) if names and len(m.people) > LARGE_TEAM else landscape(A4)


# ---------------------------------------------------------------- the kenniskaart


def kenniskaart_story(store: Store, lang: str = "nl", names: bool = False, width: float = 0) -> list:
    """The heat map with goals and flags."""
    st = styles()
    m = expertise.load(store)
    rows_data = expertise.heat_map(m)
    story: list = [para(word("kenniskaart", lang), st["title"]),
                   para(word("counts_note", lang), st["small"]), Spacer(1, 3 * mm)]
    if m.goals:
        goals = "   ".join(f"{i}. {g.title}" for i, g in enumerate(m.goals, 1))
        story.append(para(f"{word('goals', lang)}: {goals}", st["small_ink"]))
        story.append(Spacer(1, 3 * mm))
    most = max((c for r in rows_data for c in r.counts), default=0)
    first = (0.17 if names else 0.27) * width
    goal_w = (0.05 if names else 0.08) * width
    side = (0.055 if names else 0.075) * width
    # with names, only the experts' columns (3–4) carry them: who can help is what the map is
    # for, and every name at every level made four pages of tall rows for 40 people
    named_levels = range(expertise.EXPERT_LEVEL, 5) if names else range(0)
    count_w = 0.06 * width
    rest = width - first - goal_w - 2 * side
    level_ws = [((rest - count_w * (5 - len(named_levels))) / len(named_levels)
                 if lv in named_levels else count_w) if names else rest / 5 for lv in range(5)]
    header = [word("competence", lang), word("goal", lang)] + [str(i) for i in range(5)] + [
        word("learners", lang), word("experts", lang)]
    body = [header]
    extra = []
    small = ParagraphStyle("names", parent=st["small_ink"], fontSize=7, leading=8.5)
    goal_pos = {g.id: i for i, g in enumerate(m.goals, 1)}
    for ri, r in enumerate(rows_data, start=1):
        links = ", ".join(f"{goal_pos[g]}{'•' * imp}" for g, imp in sorted(r.competence.goals.items()))
        row = [cell(r.competence.name, st["cell"], first), links]
        for lv in range(5):
            n = r.counts[lv]
            text = str(n) if n else "·"
            if lv in named_levels and r.names[lv]:
                text = f"{n}\n" + ", ".join(r.names[lv])
                row.append(para(text, small))
            else:
                row.append(text)
            colour = ramp_colour(n, most)
            if lv in named_levels:         # light tints: the names must stay readable
                colour = RAMP[min(3, RAMP.index(colour))]
            extra += [("BACKGROUND", (2 + lv, ri), (2 + lv, ri), colors.HexColor(colour)),
                      ("TEXTCOLOR", (2 + lv, ri), (2 + lv, ri), ink_on(colour))]
        row += [str(r.learners), str(r.experts)]
        if r.experts <= 1 and r.competence.goals:
            extra.append(("BACKGROUND", (8, ri), (8, ri), colors.HexColor("#fde0c5")))
        body.append(row)
    extra += [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("GRID", (2, 1), (6, -1), 0.5, colors.white)]
    if names:
        extra.append(("ALIGN", (2 + expertise.EXPERT_LEVEL, 1), (6, -1), "LEFT"))
    if len(body) > 1:
        story.append(grid_table(body, [first, goal_w] + level_ws + [side, side], extra=extra,
                                min_row_height=None if names else 9 * mm))
    story += [Spacer(1, 2 * mm), para(word("levels", lang), st["small"]), Spacer(1, 4 * mm),
              para(word("flags", lang), st["h2"])]
    flags = expertise.flags(m)
    if not flags:
        story.append(para(word("no_flags", lang), st["body"]))
    for f in flags:
        story.append(para("• " + flag_text(f, m, lang, names=names), st["body"]))
    return story


def write_kenniskaart(store: Store, path: Path | str, lang: str = "nl", names: bool = False) -> int:
    """The kenniskaart PDF; return its number of pages."""
    m = expertise.load(store)
    size = page_size(m, names)
    width = size[0] - 2 * 14 * mm
    return write_pdf_atomically(path, lambda: kenniskaart_story(store, lang, names, width),
                                _info(store, lang, "kenniskaart"), size,
                                (14 * mm, 14 * mm, 22 * mm, 16 * mm))


# ---------------------------------------------------------------- pair cards


def _card(w: pairs.Why, pair: pairs.Pair, index: int, lang: str, width: float, height: float):
    st = styles()
    inner = width - 10 * mm
    date = pair.first_meeting or word("date_open", lang)
    rows = [
        [para(w.competence, st["h1"])],
        [para(f"{w.learner}  {word('learns', lang)}  {word('from', lang)}  {w.expert}", st["h2"])],
        [para(why_text(w, lang), st["small"])],
        [para(f"{word('first_meeting', lang)}: {date}", st["body"])],
        [para(word("question", lang), st["cell_bold"])],
        [para(question_for(index, lang), st["body"])],
    ]
    t = Table(rows, colWidths=[inner], rowHeights=None)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    outer = Table([[t]], colWidths=[width], rowHeights=[height])
    outer.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE),
                               ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor("#2171b5")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                               ("TOPPADDING", (0, 0), (-1, -1), 5 * mm)]))
    return outer


def pair_cards_story(store: Store, lang: str = "nl", state: str | None = None) -> list:
    """Four cards to a page: who, what, a first meeting date and a question."""
    st = styles()
    m = expertise.load(store)
    chosen = [p for p in pairs.pairs(store) if p.state != "ended" and (state is None or p.state == state)]
    if not chosen:
        return [para(word("pair_cards", lang), st["title"]), para(word("no_pairs", lang), st["body"])]
    size = landscape(A4)
    w = (size[0] - 2 * 12 * mm - 8 * mm) / 2
    h = (size[1] - 2 * 16 * mm - 12 * mm) / 2
    cards = [_card(pairs.why(m, p), p, i, lang, w, h) for i, p in enumerate(chosen)]
    story: list = []
    for start in range(0, len(cards), 4):
        if start:
            story.append(PageBreak())
        chunk = cards[start:start + 4] + [""] * (4 - len(cards[start:start + 4]))
        grid = Table([chunk[:2], chunk[2:]], colWidths=[w + 8 * mm, w], rowHeights=[h + 6 * mm, h])
        grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(grid)
    return story


def write_pair_cards(store: Store, path: Path | str, lang: str = "nl") -> int:
    """The pair cards PDF."""
    info = _info(store, lang, "pair_cards")
    info.header = False
    return write_pdf_atomically(path, lambda: pair_cards_story(store, lang), info, landscape(A4),
                                (12 * mm, 12 * mm, 14 * mm, 14 * mm))


# ---------------------------------------------------------------- intervisie method cards

MEETINGS_ON_CARD = 6


def method_cards_story(store: Store, lang: str = "nl") -> list:
    """One page per group: members, the rounds with minutes, roles per meeting."""
    st = styles()
    m = expertise.load(store)
    groups = intervisie.groups(store)
    current = intervisie.run(store).meeting
    if not groups:
        return [para(word("method_cards", lang), st["title"]), para(word("no_groups", lang), st["body"])]
    story: list = []
    width = A4[0] - 36 * mm
    for gi, g in enumerate(groups):
        if gi:
            story.append(PageBreak())
        names = [m.person(p).name for p in g.members]
        story += [para(g.name, st["title"]),
                  para(f"{word('members', lang)}: {', '.join(names)}", st["subtitle"]),
                  para(word("rounds", lang), st["h2"])]
        rows = [["#", word("round", lang), word("minutes", lang)]]
        total = 0
        for i, (key, minutes) in enumerate(intervisie.ROUNDS, 1):
            rows.append([str(i), word(key, lang), str(minutes)])
            total += minutes
        rows.append(["", word("total", lang), str(total)])
        story.append(grid_table(rows, [10 * mm, width - 30 * mm, 20 * mm],
                                extra=[("FONT", (0, -1), (-1, -1), FONT_BOLD, 9.5),
                                       ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
        story += [Spacer(1, 5 * mm), para(word("roles", lang), st["h2"])]
        rows = [[word("meeting", lang)] + [word(r, lang) for r in intervisie.ROLES]]
        # from the trajectory's current meeting on (the roles rotate), that meeting in bold
        for k in range(current, current + min(MEETINGS_ON_CARD, max(3, len(g.members)))):
            roles = g.roles(k)
            rows.append([str(k)] + [cell(m.person(roles[r]).name if r in roles else "", st["cell"],
                                         (width - 25 * mm) / 3) for r in intervisie.ROLES])
        story.append(grid_table(rows, [25 * mm] + [(width - 25 * mm) / 3] * 3,
                                extra=[("FONT", (0, 1), (0, 1), FONT_BOLD, 9.5),
                                       ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#FFF3D6"))]))
    return story


def write_method_cards(store: Store, path: Path | str, lang: str = "nl") -> int:
    """The intervisie method cards PDF."""
    return write_pdf_atomically(path, lambda: method_cards_story(store, lang),
                                _info(store, lang, "method_cards"), A4)


# ---------------------------------------------------------------- the matrix as xlsx


def write_matrix_xlsx(store: Store, path: Path | str, lang: str = "nl") -> Path:
    """A wide sheet (levels; * = wants to learn, ^ = can teach in a note column) and a long sheet."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    m = expertise.load(store)

    def clean(v):
        v = neutralise(v)
        return ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v

    def writer(tmp: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = word("matrix", lang)
        ws.append([clean(h) for h in [word("name", lang), word("email", lang), word("team", lang)]
                   + [c.name for c in m.competences]])
        for p in m.people:
            row = [p.name, p.email, p.team]
            for c in m.competences:
                r = m.ratings.get((p.id, c.id))
                row.append(r.level if r else None)
            ws.append([clean(v) for v in row])
        for r_i, p in enumerate(m.people, start=2):
            for c_i, c in enumerate(m.competences, start=4):
                r = m.ratings.get((p.id, c.id))
                if r is not None:
                    colour = RAMP[min(len(RAMP) - 1, 1 + r.level)][1:]
                    ws.cell(r_i, c_i).fill = PatternFill("solid", fgColor=colour)
                    if r.level >= 3:
                        ws.cell(r_i, c_i).font = Font(color="FFFFFF", bold=r.teaches)
        for cell_ in ws[1]:
            cell_.font = Font(bold=True)
            cell_.alignment = Alignment(text_rotation=0 if cell_.column <= 3 else 60)
        ws.freeze_panes = "D2"
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 30
        ws.column_dimensions["C"].width = 12
        for i in range(4, 4 + len(m.competences)):
            ws.column_dimensions[get_column_letter(i)].width = 7
        long = wb.create_sheet(word("ratings", lang))
        long.append([word("name", lang), word("email", lang), word("competence", lang),
                     word("level", lang), word("wants", lang), word("teaches", lang),
                     word("priority", lang)])
        yes, no = word("yes", lang), word("no", lang)
        for p in m.people:
            for c in m.competences:
                r = m.ratings.get((p.id, c.id))
                if r is None:
                    continue
                long.append([clean(v) for v in (p.name, p.email, c.name, r.level,
                                                 yes if r.wants else no, yes if r.teaches else no,
                                                 r.priority)])
        for cell_ in long[1]:
            cell_.font = Font(bold=True)
        long.freeze_panes = "A2"
        for col, w in zip("ABCDEFG", (26, 30, 32, 8, 10, 14, 10), strict=True):
            long.column_dimensions[col].width = w
        wb.save(tmp)

    write_atomically(path, writer)
    return Path(path)

