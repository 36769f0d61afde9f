"""The programme's documents: the overview across organisations and the sector lessons library.

The overview (PDF, A4 landscape, and xlsx) is the programme leader's: per organisation the
hours used and left, experiments by status and result, pairs and lessons, and the files
that could not be read with their reason. The library (PDF handout and xlsx) is for the
sector: anonymised by :mod:`sessions.lessons`, grouped by theme, organisation names only
when asked for. Problems are passed in as (file, reason) pairs already in words.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from exports.experiment_cards import RESULT_TINTS
from exports.experiment_words import hours_text, word
from exports.pdf_base import (
    MARGIN,
    RULE,
    DocInfo,
    cell,
    grid_table,
    para,
    styles,
    write_atomically,
    write_pdf_atomically,
)
from sessions import experiments
from sessions.lessons import Library
from sessions.programme import Programme

LANDSCAPE_WIDTH = 297 * mm - 2 * MARGIN - 12
PORTRAIT_WIDTH = 210 * mm - 2 * MARGIN - 12
FILES = {"overview": ("programma-overzicht", "programme-overview"),
         "library": ("lessen-uit-de-praktijk", "lessons-from-practice")}


def file_name(key: str, ext: str, lang: str = "nl") -> str:
    """'programma-overzicht.pdf', 'lessons-from-practice.xlsx'…"""
    return f"{FILES[key][1 if lang == 'en' else 0]}.{ext}"


# ---------------------------------------------------------------- the overview


def _status_short(counts: dict[str, int], lang: str) -> str:
    return " · ".join(f"{word('status_' + k, lang)} {n}" for k, n in counts.items() if n)


def _result_short(counts: dict[str, int], lang: str) -> str:
    return " · ".join(f"{word('result_' + k, lang)} {n}" for k, n in counts.items() if n)


def overview_rows(prog: Programme, lang: str = "nl") -> tuple[list[str], list[list]]:
    """The overview as a header and rows (for the xlsx and the PDF)."""
    header = [word("organisation", lang), word("used", lang), word("remaining", lang),
              word("forecast", lang),
              *(word(f"status_{k}", lang) for k in experiments.STATUSES),
              *(word(f"result_{k}", lang) for k in experiments.RESULTS),
              word("pairs", lang), word("lessons", lang)]
    rows = []
    for o in prog.organisations:
        rows.append([o.name, o.used, o.remaining, o.runs_out,
                     *(o.status[k] for k in experiments.STATUSES),
                     *(o.result[k] for k in experiments.RESULTS),
                     "" if o.pairs is None else o.pairs, o.lessons])
    return header, rows


def overview_story(prog: Programme, problems: list[tuple[str, str]], lang: str = "nl") -> list:
    """The overview PDF's story."""
    from exports.labels import format_date

    s = styles()
    t = prog.totals()
    out: list = [para(word("programme", lang), s["title"]),
                 para(word("programme_sub", lang, n=len(prog.organisations),
                           used=hours_text(t["used"], lang), budget=hours_text(t["budget"], lang)),
                      s["subtitle"])]
    w = LANDSCAPE_WIDTH
    widths = [0.20 * w, 0.07 * w, 0.06 * w, 0.14 * w, 0.18 * w, 0.17 * w, 0.10 * w, 0.08 * w]
    # headings wrap inside their column (a long one never runs into the next)
    rows = [[cell(word(key, lang), s["cell_bold"], width) for key, width in zip(
        ("organisation", "used", "remaining", "forecast", "experiments", "results", "pairs",
         "lessons"), widths, strict=True)]]
    tints = []
    for i, o in enumerate(prog.organisations, start=1):
        rows.append([cell(o.name, s["cell"], widths[0]), hours_text(o.used, lang),
                     hours_text(o.remaining, lang), format_date(o.runs_out, lang),
                     cell(_status_short(o.status, lang), s["cell"], widths[4]),
                     cell(_result_short(o.result, lang), s["cell"], widths[5]),
                     "—" if o.pairs is None else str(o.pairs), str(o.lessons)])
        if o.level != "ok":
            tints.append(("BACKGROUND", (1, i), (2, i),
                          colors.HexColor("#f8d9c6" if o.level == "over" else "#fbecc8")))
    rows.append([para(word("total", lang), s["cell_bold"]), hours_text(t["used"], lang),
                 hours_text(t["remaining"], lang), "",
                 cell(_status_short(t["status"], lang), s["cell"], widths[4]),
                 cell(_result_short(t["result"], lang), s["cell"], widths[5]),
                 str(t["pairs"]), str(t["lessons"])])
    out.append(grid_table(rows, widths, extra=tints))
    if problems:
        out += [Spacer(1, 4 * mm), para(word("problems", lang), s["h1"])]
        prow = [[word("file", lang), word("reason", lang)]]
        pw = [0.35 * w, 0.65 * w]
        prow += [[cell(Path(f).name, s["cell"], pw[0]), cell(r, s["cell"], pw[1])]
                 for f, r in problems]
        out.append(grid_table(prow, pw))
    return out


def write_overview_pdf(prog: Programme, problems: list[tuple[str, str]], path: Path | str,
                       lang: str = "nl") -> int:
    """The overview as PDF (A4 landscape); return its page count."""
    info = DocInfo(word("programme", lang), "", "", lang, word("programme", lang))
    return write_pdf_atomically(path, lambda: overview_story(prog, problems, lang), info,
                                pagesize=landscape(A4))


# ---------------------------------------------------------------- the library


def _lesson_block(x, lang: str, s) -> list:
    tint = colors.HexColor(RESULT_TINTS.get(x.result, "#eef1f4"))
    head = " · ".join(p for p in (word(f"result_{x.result}", lang), x.organisation,
                                  word("times", lang, n=x.times) if x.times > 1 else "",
                                  word("spread_n", lang, n=x.spread_teams)
                                  if x.decision == "spread" else "") if p)
    rows = [[para(x.title, s["h2"])], [para(head, s["cell_bold"])]]
    for key, text in (("question", x.question), ("hypothesis", x.hypothesis),
                      ("approach", x.approach), ("lesson", x.lesson), ("next_step", x.next_step)):
        if text:
            rows.append([Table([[para(word(key, lang), s["cell_small"])], [para(text, s["cell"])]],
                              colWidths=[PORTRAIT_WIDTH - 12],
                              style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])])
    t = Table(rows, colWidths=[PORTRAIT_WIDTH])
    t.setStyle(TableStyle([("BACKGROUND", (0, 1), (-1, 1), tint),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return [KeepTogether(t), Spacer(1, 3 * mm)]


def library_story(lib: Library, organisations: int, lang: str = "nl") -> list:
    """The lessons library PDF's story: by theme, best results first."""
    s = styles()
    out: list = [para(word("library", lang), s["title"]),
                 para(word("library_sub", lang, n=len(lib.lessons), o=organisations),
                      s["subtitle"]),
                 para(word("library_note", lang), s["small"])]
    if not lib.lessons:
        return [*out, para(word("no_lessons", lang), s["body"])]
    for theme, items in lib.themes.items():
        out += [CondPageBreak(60 * mm), para(theme, s["h1"])]
        for x in items:
            out += _lesson_block(x, lang, s)
    return out


def write_library_pdf(lib: Library, organisations: int, path: Path | str, lang: str = "nl") -> int:
    """The library handout as PDF; return its page count."""
    info = DocInfo(word("library", lang), "", "", lang, word("library", lang))
    return write_pdf_atomically(path, lambda: library_story(lib, organisations, lang), info)


def library_rows(lib: Library, lang: str = "nl") -> tuple[list[str], list[list]]:
    """The library as a header and rows."""
    header = [word("theme", lang), word("experiment", lang), word("question", lang),
              word("hypothesis", lang), word("approach", lang), word("status", lang),
              word("result", lang), word("lesson", lang), word("next_step", lang),
              word("decision", lang)]
    if lib.with_organisations:
        header.append(word("organisation", lang))
    header.append(word("times_header", lang))
    rows = []
    for theme, items in lib.themes.items():
        for x in items:
            row = [theme, x.title, x.question, x.hypothesis, x.approach,
                   word(f"status_{x.status}", lang) if x.status else "",
                   word(f"result_{x.result}", lang), x.lesson, x.next_step,
                   (word("spread_n", lang, n=x.spread_teams) if x.decision == "spread"
                    else word(f"decision_{x.decision}", lang) if x.decision else "")]
            if lib.with_organisations:
                row.append(x.organisation)
            rows.append([*row, x.times])
    return header, rows


def write_xlsx(path: Path | str, sheets: list[tuple[str, list[str], list[list]]]) -> Path:
    """A workbook with one sheet per (title, header, rows); text cells are typed as text."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def writer(tmp: Path) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        for title, header, rows in sheets:
            ws = wb.create_sheet(title[:31])
            for r, values in enumerate([header, *rows], start=1):
                for c, v in enumerate(values, start=1):
                    if isinstance(v, str):
                        v = ILLEGAL_CHARACTERS_RE.sub("", v)
                    x = ws.cell(row=r, column=c, value=v)
                    if isinstance(v, str):
                        x.data_type = "s"       # '=SUM()' typed by a user stays text
                        x.alignment = Alignment(wrap_text=True, vertical="top")
            for x in ws[1]:
                x.font = Font(bold=True)
            ws.freeze_panes = "A2"
            for i, h in enumerate(header, 1):
                longest = max([len(str(h))] + [len(str(r[i - 1])) for r in rows[:200]])
                ws.column_dimensions[get_column_letter(i)].width = min(50, max(8, longest + 2))
        wb.save(tmp)
    write_atomically(path, writer)
    return Path(path)


def write_all(prog: Programme, lib: Library, problems: list[tuple[str, str]], folder: Path | str,
              lang: str = "nl") -> list[Path]:
    """Overview and library, each as PDF and xlsx, into ``folder``; return the paths."""
    folder = Path(folder)
    out = []
    p = folder / file_name("overview", "pdf", lang)
    write_overview_pdf(prog, problems, p, lang)
    out.append(p)
    header, rows = overview_rows(prog, lang)
    sheets = [(word("programme", lang), header, rows)]
    if problems:
        sheets.append((word("problems", lang), [word("file", lang), word("reason", lang)],
                       [[Path(f).name, r] for f, r in problems]))
    p = folder / file_name("overview", "xlsx", lang)
    write_xlsx(p, sheets)
    out.append(p)
    p = folder / file_name("library", "pdf", lang)
    write_library_pdf(lib, len(prog.organisations), p, lang)
    out.append(p)
    header, rows = library_rows(lib, lang)
    p = folder / file_name("library", "xlsx", lang)
    write_xlsx(p, [(word("library", lang), header, rows)])
    out.append(p)
    return out
