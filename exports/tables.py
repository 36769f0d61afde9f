"""Tables for Excel: CSV the way Dutch Excel opens it directly, and XLSX through openpyxl.

In the CSV every text cell is guarded against formula injection: a value starting with
= + - @, a tab or a carriage return gets a leading apostrophe, so a name like
``=HYPERLINK(...)`` stays text (the importer takes that apostrophe off again).
The XLSX needs no guard and gets none: each text cell is written explicitly typed as
text, which a spreadsheet never runs as a formula, so "=1+1", "+31 6…" and "-teamleider"
read back exactly as typed. Dates are real dates in the XLSX (they sort as dates) and
written out in words in the CSV.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from exports.labels import format_date, label
from exports.pdf_base import write_atomically
from exports.snapshot import Snapshot

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The value with a leading ' when it is text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _date(iso: str):
    """An ISO date as a date (for the XLSX; the CSV writes it in words), else the text as is."""
    try:
        return date.fromisoformat(iso[:10]) if iso else ""
    except ValueError:
        return iso


def participants_table(snap: Snapshot, lang: str = "nl") -> tuple[list[str], list[list]]:
    """Everyone with their group, in Dutch last-name order."""
    header = [label(k, lang) for k in ("first_name", "prefix", "last_name", "email", "area",
                                       "role", "group")]
    rows = []
    for p in snap.participants:
        g = snap.group(p.group_id)
        rows.append([p.first_name, p.prefix, p.last_name, p.email, p.area, p.role,
                     g.name if g else ""])
    return header, rows


def groups_table(snap: Snapshot, lang: str = "nl") -> tuple[list[str], list[list]]:
    """Each group with its question, colour, size and members."""
    header = [label(k, lang) for k in ("group", "question", "colour", "size", "members")]
    rows = [[g.name, g.question_text, g.colour, len(g.members),
             ", ".join(p.name for p in g.members)] for g in snap.groups]
    return header, rows


def actions_table(snap: Snapshot, lang: str = "nl") -> tuple[list[str], list[list]]:
    """Every action with its group, owner, members, dates, support and status."""
    header = [label(k, lang) for k in ("group", "what", "description", "owner", "members",
                                       "start", "due", "support", "status")]
    rows = []
    for g in snap.groups:
        for a in g.actions:
            others = [p.name for p in a.members if not a.owner or p.id != a.owner.id]
            status = label(f"status_{a.status}", lang) if f"status_{a.status}" in _STATUSES \
                else a.status
            rows.append([g.name, a.title, a.description, a.owner.name if a.owner else "",
                         ", ".join(others), _date(a.start_date), _date(a.due_date), a.support,
                         status])
    return header, rows


_STATUSES = {"status_idea", "status_planned", "status_in_progress", "status_done",
             "status_dropped"}

TABLES = {
    "participants": participants_table,
    "groups": groups_table,
    "actions": actions_table,
}


def _csv_value(value, lang: str):
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value.isoformat(), lang)
    return neutralise(value)


def write_csv(path: Path | str, header: list[str], rows: list[list], lang: str = "nl") -> Path:
    """A CSV for Dutch Excel: ';' separated, UTF-8 with a BOM, CRLF line ends (atomic)."""
    def writer(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            out.writerow([neutralise(h) for h in header])
            out.writerows([_csv_value(v, lang) for v in row] for row in rows)
    write_atomically(path, writer)
    return Path(path)


DATE_FORMAT = "d mmmm yyyy"   # a spreadsheet shows the month in its own language


def write_xlsx(path: Path | str, snap: Snapshot, lang: str = "nl") -> Path:
    """One workbook with a sheet each for participants, groups and actions (atomic)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # control chars openpyxl refuses to write
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    titles = {"participants": label("participants", lang), "groups": label("groups", lang),
              "actions": label("actions", lang)}

    def clean(value):
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    def writer(tmp: Path) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        for key, build in TABLES.items():
            header, rows = build(snap, lang)
            ws = wb.create_sheet(titles[key])
            for values in [header, *rows]:
                ws.append([clean(v) for v in values])
                for cell in ws[ws.max_row]:
                    if isinstance(cell.value, str):
                        cell.data_type = "s"      # typed text: "=1+1" is never a formula
                    elif isinstance(cell.value, date):
                        cell.number_format = DATE_FORMAT
            for cell in ws[1]:
                cell.font = Font(bold=True)
            ws.freeze_panes = "A2"
            for i, h in enumerate(header, 1):
                longest = max([len(str(h))] + [len(str(r[i - 1])) for r in rows[:200]])
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, longest + 2))
        wb.save(tmp)
    write_atomically(path, writer)
    return Path(path)
