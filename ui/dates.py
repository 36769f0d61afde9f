"""Dates as the user reads and types them: one short format, and Dutch input understood.

One format throughout the UI: dd-MM-yyyy in Dutch, the UI language's usual short date
otherwise (always with a four-digit year). Typed dates may be "15-5", "15-05-2026",
"15/5/26", "15 mei", "15 mei 2026", "2026-05-15" or, in English, "May 15"; a date
without a year is the first such date on or after a reference date (the meeting's).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt

MONTHS = {
    # Dutch and English names and the usual abbreviations
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}


def display_format(locale: QLocale | None = None) -> str:
    """The Qt date format of the UI: dd-MM-yyyy in Dutch, else the short format with yyyy."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Dutch:
        return "dd-MM-yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def short_date(iso: str, locale: QLocale | None = None) -> str:
    """An ISO date in the UI's one short format ('' for no date)."""
    d = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
    return d.toString(display_format(locale)) if d.isValid() else ""


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int, day: int, after: date) -> date | None:
    """The first day/month on or after ``after`` (29 February waits for a leap year)."""
    for year in range(after.year, after.year + 9):
        d = _valid(year, month, day)
        if d is not None and d >= after:
            return d
    return None


def parse_date(text: str, after: date | None = None, month_first: bool = False) -> date | None:
    """Read a typed date, or None when it is not one. ``after``: the reference for no year."""
    after = after or date.today()
    t = " ".join(text.strip().lower().replace(".", " ").replace(",", " ").split())
    if not t:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})\s*[-/ ]\s*(\d{1,2})(?:\s*[-/ ]\s*(\d{2}|\d{4}))?", t)
    if m:
        a, b = int(m[1]), int(m[2])
        day, month = (b, a) if month_first else (a, b)
        if m[3] is None:
            return _without_year(month, day, after) if _valid(2000, month, day) else None
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _valid(year, month, day)
    m = re.fullmatch(r"(\d{8})", t)    # 15052026
    if m:
        return _valid(int(t[4:]), int(t[2:4]), int(t[:2]))
    m = re.fullmatch(r"(?:[a-z]+ )?(\d{1,2}) ([a-z]+)(?: (\d{4}))?", t) or None
    if m and m[2] in MONTHS:
        day, month = int(m[1]), MONTHS[m[2]]
    else:
        m2 = re.fullmatch(r"([a-z]+) (\d{1,2})(?: (\d{4}))?", t)
        if not (m2 and m2[1] in MONTHS):
            return None
        day, month, m = int(m2[2]), MONTHS[m2[1]], m2
    year = m.groups()[-1]
    if year is None:
        return _without_year(month, day, after) if _valid(2000, month, day) else None
    return _valid(int(year), month, day)


def format_date(iso: str) -> str:
    """An ISO date in the UI language's long form ('12 maart 2026')."""
    d = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(d, QLocale.FormatType.LongFormat) if d.isValid() else ""
