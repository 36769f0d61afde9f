"""Tables for Excel: CSV the way Dutch Excel opens it directly, and XLSX through openpyxl.

Every text cell is guarded against formula injection: a value starting with = + - @,
a tab or a carriage return gets a leading apostrophe, so a name like ``=HYPERLINK(...)``
stays text.
"""

from __future__ import annotations

import csv
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
                         ", ".join(others), format_date(a.start_date, lang) or a.start_date,
                         format_date(a.due_date, lang) or a.due_date, a.support, status])
    return header, rows


_STATUSES = {"status_idea", "status_planned", "status_in_progress", "status_done",
             "status_dropped"}

TABLES = {
    "participants": participants_table,
    "groups": groups_table,
    "actions": actions_table,
}


def write_csv(path: Path | str, header: list[str], rows: list[list]) -> Path:
    """A CSV for Dutch Excel: ';' separated, UTF-8 with a BOM, CRLF line ends (atomic)."""
    def writer(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            out.writerow([neutralise(h) for h in header])
            out.writerows([neutralise("" if v is None else v) for v in row] for row in rows)
    write_atomically(path, writer)
    return Path(path)


def write_xlsx(path: Path | str, snap: Snapshot, lang: str = "nl") -> Path:
    """One workbook with a sheet each for participants, groups and actions (atomic)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # control chars openpyxl refuses to write
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    titles = {"participants": label("participants", lang), "groups": label("groups", lang),
              "actions": label("actions", lang)}

    def writer(tmp: Path) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        for key, build in TABLES.items():
            header, rows = build(snap, lang)
            ws = wb.create_sheet(titles[key])
            ws.append([neutralise(h) for h in header])
            for row in rows:
                ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                           for v in map(neutralise, row)])
            for cell in ws[1]:
                cell.font = Font(bold=True)
            ws.freeze_panes = "A2"
            for i, h in enumerate(header, 1):
                longest = max([len(str(h))] + [len(str(r[i - 1])) for r in rows[:200]])
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, longest + 2))
        wb.save(tmp)
    write_atomically(path, writer)
    return Path(path)
