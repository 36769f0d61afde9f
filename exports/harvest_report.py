"""The harvest report (oogstverslag): what each group planned beside what happened.

Per group the question, every action's plan against its result with the reason and
tags, and the group's lessons; the totals per group and overall (actions added after
the startdag included); the room's reflection board; the new initiatives with who
signed up. The blank sign-up sheets are the handouts' ``signup`` kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from exports.labels import format_date, label, meeting_heading, meeting_words
from exports.pdf_base import (
    MARGIN,
    RULE,
    DocInfo,
    colour_band,
    grid_table,
    markup,
    para,
    styles,
    write_pdf_atomically,
)
from exports.snapshot import Activity, Board, Snapshot
from exports.snapshot import load as load_snapshot
from sessions import groups, harvest
from sessions.sql import reading
from sessions.store import Store

FRAME_WIDTH = 210 * mm - 2 * MARGIN - 12
# light tints of the Okabe-Ito colours the projector uses; the word says it, the tint helps
RESULT_TINTS = {"achieved": "#d5efe6", "partly": "#fbecc8", "not": "#f8d9c6"}
FILE_NAMES = ("oogstverslag.pdf", "harvest-report.pdf")

# the harvest's quick reasons are stored in Dutch; the English report prints these
TAG_WORDS = {"geen reactie ontvangen": "no response received", "geen tijd": "no time",
             "niet meer nodig": "no longer needed", "anders opgelost": "solved another way"}

# key: (nl, en) — the words only this document prints
WORDS: dict[str, tuple[str, str]] = {
    "harvest_report": ("Oogstverslag", "Harvest report"),
    "report_title": ("Verslag van de {meeting}", "Report of the {meeting}"),
    "achieved": ("Behaald", "Achieved"),
    "partly": ("Deels behaald", "Partly achieved"),
    "not": ("Niet behaald", "Not achieved"),
    "open": ("Nog niet besproken", "Not reviewed"),
    "open_short": ("Open", "Open"),
    "partly_short": ("Deels", "Partly"),
    "not_short": ("Niet", "Not"),
    "total": ("Totaal", "Total"),
    "overall": ("Alle groepen", "All groups"),
    "totals": ("Resultaten in getallen", "Results in numbers"),
    "added": ("Na de startdag", "Added later"),
    "added_note": ("toegevoegd na de startdag", "added after the startdag"),
    "added_legend": ("‘Na de startdag’: acties die een groep na de startdag heeft toegevoegd; "
                     "ze tellen mee in de totalen.",
                     "‘Added later’: actions a group added after the startdag; they count in "
                     "the totals."),
    "per_group": ("Per groep: plan en resultaat", "Per group: plan and result"),
    "log": ("Logboek", "Log"),
    "log_update": ("Update", "Update"),
    "log_support_request": ("Vraag om ondersteuning", "Support request"),
    "log_support_answer": ("Antwoord op de vraag", "Answer to the request"),
    "status_change": ("van {old} naar {new}", "from {old} to {new}"),
    "action": ("Actie", "Action"),
    "plan": ("Plan", "Plan"),
    "result": ("Resultaat", "Result"),
    "lessons": ("Wat de groep leerde", "What the group learned"),
    "no_lessons": ("Geen lessen genoteerd.", "No lessons noted."),
    "reflection": ("Reflectie van de zaal", "The room's reflection"),
    "initiatives": ("Nieuwe initiatieven", "New initiatives"),
    "no_initiatives": ("Geen nieuwe initiatieven.", "No new initiatives."),
    "signed_up": ("Ingeschreven ({n})", "Signed up ({n})"),
    "nobody": ("Nog niemand ingeschreven.", "Nobody signed up yet."),
    "waiting": ("Wachtlijst ({n})", "Waiting list ({n})"),
    "places": ("{n} plaatsen", "{n} places"),
    "kind_intervisie": ("Intervisie", "Intervisie"),
    "kind_training": ("Trainingsmodule", "Training module"),
    "kind_kenniscafe": ("Kenniscafé", "Kenniscafé"),
    "kind_wijkreis": ("Wijkreis", "Wijkreis"),
    "kind_custom": ("Activiteit", "Activity"),
}


def word(key: str, lang: str = "nl", **params) -> str:
    """One of this document's words in ``lang`` (Dutch unless 'en')."""
    nl, en = WORDS[key]
    text = en if lang == "en" else nl
    return text.format(**params) if params else text


def file_name(lang: str = "nl") -> str:
    """The report's file name in the pack's language."""
    return FILE_NAMES[1] if lang == "en" else FILE_NAMES[0]


@dataclass
class HarvestData:
    """Everything the report prints, read in one consistent go."""

    snap: Snapshot
    reviews: list[harvest.GroupReview]
    per_group: dict[int, harvest.Totals]
    overall: harvest.Totals
    hours: object = None        # exports.hours_report.HoursData: experiments and advice hours


def load(store: Store) -> HarvestData:
    """Read the snapshot, the reviews and the totals in one read transaction."""
    from exports.hours_report import load as load_hours

    with reading(store):
        snap = load_snapshot(store)
        reviews = harvest.review(store)
        per_group, overall = harvest.totals(store)
        hours = load_hours(store)
    return HarvestData(snap, reviews, per_group, overall, hours)


def doc_info(data: HarvestData, lang: str = "nl") -> DocInfo:
    """Header and metadata: the trajectory, the oogstsessie's date."""
    m = data.snap.meeting("oogstsessie")
    return DocInfo(data.snap.trajectory.title, data.snap.trajectory.organisation,
                   m.date if m else "", lang, word("harvest_report", lang))


# ---------------------------------------------------------------- the story


def _result_cell(item: harvest.ReviewItem, lang: str, s) -> list:
    out = item.outcome
    if out is None:
        return [para(word("open", lang), s["cell_small"])]
    cell = [para(word(out.result, lang), s["cell_bold"])]
    if out.reason:
        cell.append(para(out.reason, s["cell"]))
    if out.tags:
        cell.append(para(" · ".join(TAG_WORDS.get(t, t) if lang == "en" else t for t in out.tags),
                         s["cell_small"]))
    return cell


def _plan_cell(item: harvest.ReviewItem, lang: str, s) -> list:
    cell = []
    if item.owner_name:
        cell.append(para(item.owner_name, s["cell_bold"]))
    if item.members:
        cell.append(para(", ".join(n for n in item.members if n != item.owner_name),
                         s["cell_small"]))
    start = format_date(item.start_date, lang)
    due = format_date(item.due_date, lang)
    when = f"{start} – {due}" if start and due else (start or due)
    if when:
        cell.append(para(when, s["cell"]))
    cell.append(para(_status_word(item.status, lang), s["cell_small"]))
    return cell


_STATUS_KEYS = {f"status_{k}" for k in harvest.ACTION_STATUSES}


def _status_word(status: str | None, lang: str) -> str:
    key = f"status_{status}"
    return label(key, lang) if key in _STATUS_KEYS else (status or "")


def _log_cell(item: harvest.ReviewItem, lang: str, s) -> list:
    """The action's log, one dated line per entry; the support request stands out."""
    lines = [para(word("log", lang), s["cell_small"])]
    for e in item.log:
        kind = word(f"log_{e.kind}", lang) if f"log_{e.kind}" in WORDS else e.kind
        change = (" ({})".format(word("status_change", lang, old=_status_word(e.status_from, lang),
                                        new=_status_word(e.status_to, lang)))
                  if e.status_to else "")
        text = f": {e.text}" if e.text else ""
        style = s["cell_bold"] if e.kind == "support_request" else s["cell"]
        lines.append(para(f"{format_date(e.date, lang)} · {kind}{text}{change}", style))
    return lines


def _group_section(r: harvest.GroupReview, number: int, lang: str, s) -> list:
    out: list = [colour_band(r.colour, groups.numbered(number, r.name), height=9 * mm,
                             font_size=13), Spacer(1, 2 * mm)]
    if r.question:
        out.append(para(r.question, s["h2"]))
    if r.items:
        widths = [0.36, 0.25, 0.39]
        rows: list[list] = [[para(word(k, lang), s["cell_bold"])
                             for k in ("action", "plan", "result")]]
        extra = []
        for item in r.items:
            what = [para(item.title, s["cell_bold"])]
            if item.description:
                what.append(para(item.description, s["cell_small"]))
            if item.after_kickoff:
                what.append(para(f"+ {word('added_note', lang)}", s["cell_small"]))
            row = len(rows)
            rows.append([what, _plan_cell(item, lang, s), _result_cell(item, lang, s)])
            if item.after_kickoff:
                extra.append(("BACKGROUND", (0, row), (0, row), colors.HexColor("#f6f8fa")))
            if item.outcome is not None:
                extra.append(("BACKGROUND", (2, row), (2, row),
                              colors.HexColor(RESULT_TINTS[item.outcome.result])))
            if item.log:
                # the half year under the action: updates, the support asked and the answer
                rows.append([_log_cell(item, lang, s), "", ""])
                log_row = len(rows) - 1
                extra += [("SPAN", (0, log_row), (-1, log_row)),
                          ("LINEABOVE", (0, log_row), (-1, log_row), 0.25, colors.white),
                          ("TOPPADDING", (0, log_row), (-1, log_row), 0)]
        out.append(grid_table(rows, [w * FRAME_WIDTH for w in widths], extra=extra))
    else:
        out.append(para(label("no_actions", lang), s["body"]))
    t = r.totals
    out.append(Spacer(1, 2 * mm))
    out.append(para(_totals_line(t, lang), s["small"]))
    out += [para(word("lessons", lang), s["h2"]),
            para(r.lessons or word("no_lessons", lang), s["body"])]
    # a group on one page where it fits; a long plan still splits between its rows
    return [CondPageBreak(45 * mm), KeepTogether(out), Spacer(1, 4 * mm)]


def _totals_line(t: harvest.Totals, lang: str) -> str:
    bits = [f"{word('achieved', lang)}: {t.achieved}", f"{word('partly', lang)}: {t.partly}",
            f"{word('not', lang)}: {t.not_achieved}"]
    if t.open:
        bits.append(f"{word('open', lang)}: {t.open}")
    return " · ".join(bits)


def _totals_table(data: HarvestData, lang: str, s):
    head = [para(label("group", lang), s["cell_bold"])] + [
        para(word(k, lang), s["cell_bold"])
        for k in ("achieved", "partly_short", "not_short", "open_short", "total", "added")]
    rows: list[list] = [head]

    def row(name, t: harvest.Totals, style):
        return [para(name, s[style])] + [para(str(v), s[style]) for v in (
            t.achieved, t.partly, t.not_achieved, t.open, t.total, t.added)]

    for n, r in enumerate(data.reviews, start=1):
        rows.append(row(groups.numbered(n, r.name), data.per_group.get(r.group_id, harvest.Totals()), "cell"))
    rows.append(row(word("overall", lang), data.overall, "cell_bold"))
    first = 0.34 * FRAME_WIDTH
    rest = (FRAME_WIDTH - first) / 6
    n = len(rows) - 1
    extra = [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (0, n), (-1, n), 0.9, RULE),
             ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#f0f4f8"))]
    return grid_table(rows, [first] + [rest] * 6, extra=extra)


def _board(board: Board | None, lang: str, s) -> list:
    if board is None or board.is_empty:
        return [para(label("empty", lang), s["body"])]
    cols = board.columns
    cw = FRAME_WIDTH / len(cols)
    header = [para(c.title, s["cell_bold"]) for c in cols]
    body = [[para(f"• {t}", s["cell"]) for t in c.items] for c in cols]
    return [grid_table([header, body], [cw] * len(cols),
                       extra=[("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE)])]


def _activity(a: Activity, lang: str, s) -> list:
    key = f"kind_{a.kind}" if f"kind_{a.kind}" in WORDS else "kind_custom"
    facts = [word(key, lang), a.period,
             word("places", lang, n=a.capacity) if a.capacity else label("no_capacity", lang)]
    block = [para(a.title, s["h2"]), para(" · ".join(f for f in facts if f), s["small"])]
    if a.description:
        block.append(para(a.description, s["body"]))
    confirmed = a.confirmed
    if confirmed:
        block.append(markup("<b>{head}</b>: {names}", s["body"],
                            head=word("signed_up", lang, n=len(confirmed)),
                            names=", ".join(p.name for p in confirmed)))
    else:
        block.append(para(word("nobody", lang), s["body"]))
    if a.waiting:
        block.append(markup("<b>{head}</b>: {names}", s["body"],
                            head=word("waiting", lang, n=len(a.waiting)),
                            names=", ".join(p.name for p in a.waiting)))
    return [KeepTogether(block), Spacer(1, 2 * mm)]


def harvest_story(data: HarvestData, lang: str = "nl") -> list:
    """The whole report as a platypus story."""
    s = styles()
    snap = data.snap
    m = snap.meeting("oogstsessie")
    meeting_line = " · ".join(p for p in ((meeting_heading("oogstsessie", m.title, lang) if m else ""),
                                          format_date(m.date, lang) if m else "",
                                          m.venue if m else "") if p)
    out: list = [para(word("report_title", lang,
                           meeting=meeting_words("oogstsessie", m.title if m else None, lang)),
                      s["title"])]
    if meeting_line:
        out.append(para(meeting_line, s["subtitle"]))

    out.append(para(word("totals", lang), s["h1"]))
    if data.reviews:
        out.append(_totals_table(data, lang, s))
        if data.overall.added:
            out.append(para(word("added_legend", lang), s["small"]))
    else:
        out.append(para(label("no_groups", lang), s["body"]))

    if data.reviews:
        out.append(para(word("per_group", lang), s["h1"]))
        # numbered 1..N as on the wall's cards (every group is reviewed, in group order)
        for n, r in enumerate(data.reviews, start=1):
            out += _group_section(r, n, lang, s)

    out += [CondPageBreak(50 * mm), para(word("reflection", lang), s["h1"])]
    out += _board(snap.boards.get("reflection"), lang, s)

    out += [CondPageBreak(40 * mm), para(word("initiatives", lang), s["h1"])]
    if snap.activities:
        for a in snap.activities:
            out += _activity(a, lang, s)
    else:
        out.append(para(word("no_initiatives", lang), s["body"]))
    if data.hours is not None and data.hours.has_content:
        from exports.hours_report import hours_section

        out += hours_section(data.hours, lang)
    return out


def write_harvest_report(store: Store, path: Path | str, lang: str = "nl") -> int:
    """Write the harvest report PDF atomically; return its number of pages."""
    data = load(store)
    return write_pdf_atomically(path, lambda: harvest_story(data, lang), doc_info(data, lang))
