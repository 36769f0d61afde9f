""""Wat leverden de 36 uur op": the advice hours per activity beside the results they led to.

For the organisation and the programme: where the budget stands (with the warning and the
forecast), the hours per activity with what each produced (the question and goals, the
map, the pairs, the intervisie groups, the experiments and their results, the lessons and
what spread), the hours per experiment, the ways of working with their ambassadors, and the
ledger itself. ``story_sections`` is also used by the harvest report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from exports.experiment_words import hours_text, word
from exports.labels import format_date
from exports.pdf_base import (
    MARGIN,
    DocInfo,
    cell,
    grid_table,
    para,
    styles,
    write_pdf_atomically,
)
from sessions import budget, experiments, intake, peer_links, trajectory
from sessions.sql import reading
from sessions.store import Store

FRAME_WIDTH = 210 * mm - 2 * MARGIN - 12
LEVEL_TINTS = {"ok": "#d5efe6", "warn": "#fbecc8", "over": "#f8d9c6"}
FILE_NAMES = ("wat-leverden-de-uren-op.pdf", "what-the-hours-delivered.pdf")


@dataclass
class HoursData:
    """Everything the report prints, read in one go."""

    title: str
    organisation: str
    intake: intake.Intake
    goals: list[intake.Goal]
    summary: budget.Summary
    entries: list[budget.Entry]
    experiments: list[experiments.Experiment]
    per_experiment: dict[int, float]
    methods: list[experiments.Method]
    shares: int
    map_size: tuple[int, int] | None
    pairs: int | None
    groups: int | None

    @property
    def has_content(self) -> bool:
        """True when there are hours or experiments to report."""
        return bool(self.entries or self.experiments)


def file_name(lang: str = "nl") -> str:
    """The report's file name in the document's language."""
    return FILE_NAMES[1] if lang == "en" else FILE_NAMES[0]


def load(store: Store, today: date | None = None) -> HoursData:
    """Read everything in one read transaction."""
    with reading(store):
        t = trajectory.get(store)
        return HoursData(
            t.title, t.organisation, intake.get(store), intake.goals(store),
            budget.summary(store, today), budget.entries(store),
            experiments.experiments(store), budget.hours_per_experiment(store),
            experiments.methods(store), len(experiments.shares(store)),
            peer_links.map_size(store), peer_links.pairs_made(store),
            peer_links.intervisie_groups(store))


def _led_to(d: HoursData, activity: str, lang: str) -> str:
    """What an activity's hours produced, in words."""
    if activity == "intake":
        parts = []
        if d.intake.question:
            parts.append(word("led_intake", lang, q=d.intake.question))
        if d.goals:
            parts.append(word("led_goals", lang, n=len(d.goals)))
        return "\n".join(parts)
    if activity == "kenniskaart":
        return word("led_map", lang, p=d.map_size[0], c=d.map_size[1]) if d.map_size else ""
    if activity == "koppelen":
        return word("led_pairs", lang, n=d.pairs) if d.pairs is not None else ""
    if activity == "intervisie":
        return word("led_groups", lang, n=d.groups) if d.groups else ""
    if activity == "experiment":
        if not d.experiments:
            return ""
        r = {k: sum(1 for e in d.experiments if e.result == k) for k in experiments.RESULTS}
        open_n = sum(1 for e in d.experiments if e.status in experiments.OPEN_STATUSES)
        text = word("led_experiments", lang, n=len(d.experiments), w=r["werkt"], d=r["deels"],
                    x=r["niet"], o=open_n)
        if d.shares:
            text += "\n" + word("led_shares", lang, n=d.shares)
        return text
    if activity == "evaluatie":
        lessons = sum(1 for e in d.experiments if e.lesson)
        spread = sum(1 for e in d.experiments if e.decision == "spread")
        return word("led_evaluation", lang, n=lessons, s=spread) if lessons else ""
    return ""


def summary_table(d: HoursData, lang: str, s) -> Table:
    """Budget, used, left and the forecast in one tinted band, with the warning under it."""
    sm = d.summary
    forecast = (word("ran_out", lang) + ": " + format_date(sm.ran_out, lang) if sm.ran_out else
                word("forecast", lang) + ": " + (format_date(sm.runs_out, lang) or "—"))
    cells = [[para(f"{word('budget', lang)}\n{hours_text(sm.budget, lang)}", s["h2"]),
              para(f"{word('used', lang)}\n{hours_text(sm.used, lang)}", s["h2"]),
              para(f"{word('remaining', lang)}\n{hours_text(sm.remaining, lang)}", s["h2"]),
              para(forecast + ("\n" + word("pace", lang, h=hours_text(sm.pace_per_week, lang))
                               if sm.pace_per_week else ""), s["cell"])]]
    w = FRAME_WIDTH
    t = Table(cells, colWidths=[0.2 * w, 0.2 * w, 0.2 * w, 0.4 * w])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(
        LEVEL_TINTS[sm.level])), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROUNDEDCORNERS", [2 * mm] * 4), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def story_sections(d: HoursData, lang: str = "nl", *, ledger: bool = True) -> list:
    """The report's body (used on its own and inside the harvest report)."""
    s = styles()
    sm = d.summary
    out: list = [summary_table(d, lang, s)]
    pct = round(sm.fraction * 100)
    if sm.level != "ok":
        out.append(para(word(sm.level, lang, p=pct), s["cell_bold"]))
    out += [Spacer(1, 3 * mm), para(word("per_activity", lang), s["h1"])]
    rows = [[word("activity", lang), word("hours", lang), word("share", lang),
             word("led_to", lang)]]
    widths = [32 * mm, 18 * mm, 18 * mm, FRAME_WIDTH - 68 * mm]
    for act in budget.ACTIVITIES:
        h = sm.by_activity.get(act, 0.0)
        led = _led_to(d, act, lang)
        if not h and not led:
            continue
        share = f"{round(100 * h / sm.used)} %" if sm.used else ""
        rows.append([word(f"act_{act}", lang), hours_text(h, lang), share,
                     cell(led, s["cell"], widths[3])])
    rows.append([para(word("total", lang), s["cell_bold"]), hours_text(sm.used, lang),
                 "100 %" if sm.used else "", ""])
    out.append(grid_table(rows, widths))
    if d.experiments:
        out += [CondPageBreak(40 * mm), para(word("per_experiment", lang), s["h1"])]
        rows = [[word("experiment", lang), word("hours", lang), word("status", lang),
                 word("result", lang), word("decision", lang)]]
        widths = [FRAME_WIDTH - 112 * mm, 16 * mm, 24 * mm, 30 * mm, 42 * mm]
        from exports.experiment_cards import decision_text

        for e in d.experiments:
            rows.append([cell(e.title, s["cell"], widths[0]),
                         hours_text(d.per_experiment.get(e.id, 0.0), lang),
                         word(f"status_{e.status}", lang), word(f"result_{e.result}", lang),
                         cell(decision_text(e, lang), s["cell"], widths[4])])
        out.append(grid_table(rows, widths))
    if d.methods:
        out += [CondPageBreak(30 * mm), para(word("methods", lang), s["h1"])]
        for m in d.methods:
            who = ", ".join(f"{a.name} ({word('stage_' + a.stage, lang)})" for a in m.ambassadors)
            out.append(para(m.title, s["h2"]))
            if who:
                out.append(para(f"{word('ambassador', lang)}: {who}", s["body"]))
    if ledger:
        out += [CondPageBreak(40 * mm), para(word("ledger", lang), s["h1"])]
        if d.entries:
            titles = {e.id: e.title for e in d.experiments}
            rows = [[word("date", lang), word("adviser", lang), word("hours", lang),
                     word("activity", lang), word("serves", lang)]]
            widths = [26 * mm, 36 * mm, 14 * mm, 28 * mm, FRAME_WIDTH - 104 * mm]
            for x in d.entries:
                served = titles.get(x.experiment_id, "") or word(f"serves_{x.serves}", lang)
                if x.note:
                    served = f"{served}\n{x.note}" if served else x.note
                rows.append([format_date(x.date, lang), cell(x.adviser, s["cell"], widths[1]),
                             hours_text(x.hours, lang), word(f"act_{x.activity}", lang),
                             cell(served, s["cell"], widths[4])])
            out.append(grid_table(rows, widths))
        else:
            out.append(para(word("no_hours", lang), s["body"]))
    return out


def hours_section(d: HoursData, lang: str = "nl") -> list:
    """The experiments and the hours as a section of another report (the harvest report)."""
    s = styles()
    n = hours_text(d.summary.budget, lang)
    return [CondPageBreak(80 * mm), para(word("hours_report", lang, n=n), s["h1"]),
            *story_sections(d, lang, ledger=False)]


def hours_story(d: HoursData, lang: str = "nl") -> list:
    """The whole report."""
    s = styles()
    n = hours_text(d.summary.budget, lang)
    out: list = [para(word("hours_report", lang, n=n), s["title"])]
    if d.organisation:
        out.append(para(d.organisation, s["subtitle"]))
    if d.intake.question:
        out.append(para(f"{word('question', lang)}: {d.intake.question}", s["body"]))
    return out + story_sections(d, lang)


def write_hours_report(store: Store, path: Path | str, lang: str = "nl",
                       today: date | None = None) -> int:
    """Write the report atomically; return its number of pages."""
    d = load(store, today)
    info = DocInfo(d.title, d.organisation, (today or date.today()).isoformat(), lang,
                   word("hours_subject", lang))
    return write_pdf_atomically(path, lambda: hours_story(d, lang), info)
