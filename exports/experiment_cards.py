"""Experiment cards as PDF: one A4 page per experiment, a test card beside a learning card.

The front half is Strategyzer's test card (we believe that… / to verify that, we will… /
and measure… / we are right if…) with who takes part; the back half is the learning card in
the improvement kata's words (expected, happened, learned, next), the result, the decision
and the dated evidence. These cards stay inside the organisation: they carry names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from exports.experiment_words import hours_text, word
from exports.labels import format_date
from exports.pdf_base import (
    FONT_BOLD,
    MARGIN,
    RULE,
    SHADE,
    DocInfo,
    para,
    styles,
    write_pdf_atomically,
)
from sessions import budget, experiments, intake, participants, trajectory
from sessions.store import Store

FRAME_WIDTH = 210 * mm - 2 * MARGIN - 12
RESULT_TINTS = {"werkt": "#d5efe6", "deels": "#fbecc8", "niet": "#f8d9c6", "": "#eef1f4"}
STATUS_COLOURS = {"idee": "#616e7c", "gepland": "#0072b2", "loopt": "#009e73",
                  "afgerond": "#1f2933", "gestopt": "#d55e00"}
FILE_NAMES = ("experimentkaarten.pdf", "experiment-cards.pdf")


@dataclass
class CardData:
    """Everything one card prints."""

    experiment: experiments.Experiment
    ambassador: str
    goal: str
    evidence: list[experiments.Evidence]
    hours: float


def file_name(lang: str = "nl") -> str:
    """The cards' file name in the document's language."""
    return FILE_NAMES[1] if lang == "en" else FILE_NAMES[0]


def load(store: Store, ids: list[int] | None = None) -> list[CardData]:
    """The cards of ``ids`` (default: every experiment), in board order."""
    goals = {g.id: g.title for g in intake.goals(store)}
    hours = budget.hours_per_experiment(store)
    out = []
    for e in experiments.experiments(store):
        if ids is not None and e.id not in ids:
            continue
        amb = participants.get(store, e.ambassador_id).display_name if e.ambassador_id else ""
        out.append(CardData(e, amb, goals.get(e.goal_id, ""), experiments.evidence(store, e.id),
                            hours.get(e.id, 0.0)))
    return out


def decision_text(e: experiments.Experiment, lang: str) -> str:
    """'Verspreiden naar Team Zuid, Team Oost' / 'Bijstellen' / 'Nog geen besluit'."""
    if e.decision == "spread":
        return word("decision_spread", lang, teams=", ".join(e.spread_to))
    return word(f"decision_{e.decision}", lang)


def _box(rows: list[tuple[str, str]], s, width: float, tint: str = "#ffffff") -> Table:
    """A ruled box of (label, text) rows; empty texts print a line to write on."""
    data = []
    for label_text, text in rows:
        data.append([para(label_text, s["cell_bold"])])
        data.append([para(text, s["cell"]) if text else Spacer(1, 9 * mm)])
    t = Table(data, colWidths=[width])
    style = [("BOX", (0, 0), (-1, -1), 0.8, RULE),
             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(tint)),
             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i in range(2, len(data), 2):
        style.append(("LINEABOVE", (0, i), (-1, i), 0.5, RULE))
    t.setStyle(TableStyle(style))
    return t


def _heading(c: CardData, lang: str, s) -> Table:
    e = c.experiment
    status = word(f"status_{e.status}", lang)
    fill = colors.HexColor(STATUS_COLOURS.get(e.status, "#616e7c"))
    title = para(e.title, s["title"])
    chip_style = ParagraphStyle("chip", parent=s["band"], textColor=colors.white,
                                fontName=FONT_BOLD)
    chip = Table([[para(status, chip_style)]], colWidths=[32 * mm])
    chip.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill),
                              ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
                              ("ROUNDEDCORNERS", [2 * mm] * 4),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    t = Table([[title, chip]], colWidths=[FRAME_WIDTH - 34 * mm, 34 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _who(c: CardData, lang: str, s) -> Table:
    e = c.experiment
    dates = " – ".join(format_date(d, lang) for d in (e.start_date, e.end_date) if d)
    rows = [[para(word("team", lang), s["cell_bold"]), para(e.team, s["cell"]),
             para(word("ambassador", lang), s["cell_bold"]), para(c.ambassador, s["cell"])],
            [para(word("dates", lang), s["cell_bold"]), para(dates, s["cell"]),
             para(word("goal", lang), s["cell_bold"]), para(c.goal, s["cell"])]]
    if e.pairs:
        rows.append([para(word("pairs", lang), s["cell_bold"]),
                     para("\n".join(p["label"] for p in e.pairs), s["cell"]), "", ""])
    w = FRAME_WIDTH
    t = Table(rows, colWidths=[0.17 * w, 0.33 * w, 0.17 * w, 0.33 * w])
    style = [("BACKGROUND", (0, 0), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 3)]
    if e.pairs:
        style.append(("SPAN", (1, 2), (3, 2)))
    t.setStyle(TableStyle(style))
    return t


def card_story(c: CardData, lang: str = "nl") -> list:
    """One card: heading, who, the test card and the learning card side by side, evidence."""
    s = styles()
    e = c.experiment
    out: list = [_heading(c, lang, s)]
    if e.question:
        out.append(para(f"{word('question', lang)}: {e.question}", s["subtitle"]))
    out += [_who(c, lang, s), Spacer(1, 4 * mm)]
    half = (FRAME_WIDTH - 4 * mm) / 2
    test = _box([(word("hypothesis", lang), e.hypothesis), (word("approach", lang), e.approach),
                 (word("measure", lang), e.measure), (word("criterion", lang), e.criterion)],
                s, half)
    result = word(f"result_{e.result}", lang).upper() if e.result else word("result_", lang)
    learn = _box([(word("result", lang), result), (word("observed", lang), e.observed),
                  (word("lesson", lang), e.lesson or e.decision_note),
                  (word("next_step", lang), e.next_step),
                  (word("decision", lang), "\n".join(
                      x for x in (decision_text(e, lang), e.decision_note if e.lesson else "")
                      if x))],
                 s, half, RESULT_TINTS.get(e.result, "#ffffff"))
    heads = Table([[para(word("test_card", lang), s["h2"]), para(word("learning_card", lang),
                                                                  s["h2"])],
                   [test, learn]], colWidths=[half + 2 * mm, half + 2 * mm])
    heads.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm)]))
    out += [heads, Spacer(1, 3 * mm), para(word("evidence", lang), s["h2"])]
    if c.evidence:
        rows = [[para(format_date(ev.date, lang), s["cell_small"]), para(ev.text, s["cell"])]
                for ev in c.evidence]
        t = Table(rows, colWidths=[32 * mm, FRAME_WIDTH - 32 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        out.append(t)
    else:
        out.append(para(word("no_evidence", lang), s["small"]))
    if c.hours:
        out.append(Spacer(1, 2 * mm))
        out.append(para(word("hours_on", lang, h=hours_text(c.hours, lang)), s["small"]))
    return out


def cards_story(cards: list[CardData], lang: str = "nl") -> list:
    """Every card, one per page."""
    if not cards:
        return [para(word("no_experiments", lang), styles()["body"])]
    out: list = []
    for i, c in enumerate(cards):
        if i:
            out.append(PageBreak())
        out += card_story(c, lang)
    return out


def write_cards(store: Store, path: Path | str, lang: str = "nl",
                ids: list[int] | None = None) -> int:
    """Write the experiment cards PDF atomically; return its number of pages."""
    cards = load(store, ids)
    t = trajectory.get(store)
    info = DocInfo(t.title, t.organisation, "", lang, word("experiment_cards", lang))
    return write_pdf_atomically(path, lambda: cards_story(cards, lang), info)
