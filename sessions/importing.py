"""Import the participant lists people really send: text in any common encoding, xlsx, xls, ods.

The path is ``read_table`` (bytes to rows, the sheet that holds the people) →
``guess_mapping`` (which column is what, by title AND by the values under it) → ``prepare``
(clean rows, skip hidden ones, split names, find duplicates) → ``plan`` (who is added,
who changes, who is not on the list) → ``apply`` (one transaction). ``import_file`` does
them all. Nothing here speaks a human language: the report holds codes and numbers, the
UI and the CLI word them.

Columns that map to nothing (a BSN, a salary scale, a phone number) never leave
``prepare``: only the mapped fields of a row are kept, nowhere a copy of the raw row.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from sessions import names as naming
from sessions import participants, sheets
from sessions.errors import StartdagError
from sessions.names import split_last_name, split_name  # noqa: F401 - public here too
from sessions.store import Store

MAX_ROWS = 100_000
MAX_BYTES = 64 * 1024 * 1024
HEADER_SEARCH_ROWS = 30
PROFILE_ROWS = 200                       # rows looked at to judge what a column holds
LONG_TEXT = 200
NAME_FIELDS = ("first_name", "prefix", "last_name")
STORED = ("first_name", "prefix", "last_name", "email", "area", "role")
# what a column can be imported as; "manager" is recognised and reported, but this
# version has no place to store it (the peer-learning schema adds one)
TARGETS = ("name", "first_name", "prefix", "last_name", "email", "area", "role", "manager")
NOT_STORED = ("manager",)


class Reason(StrEnum):
    """Why a file could not be imported at all (one line each in the UI)."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    BINARY = "binary"
    UNSUPPORTED = "unsupported"          # params: kind = pdf | docx | doc | zip | html | xml2003
    ENCRYPTED = "encrypted"
    CORRUPT_XLSX = "corrupt_xlsx"        # any damaged workbook; params: kind = xlsx | xls | ods
    NO_NAME_COLUMN = "no_name_column"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"      # params: limit
    NO_SHEET = "no_sheet"                # params: sheet, sheets (the names there are)


class ListImportError(StartdagError):
    """A file that is not an importable list; nothing was imported. ``code`` is a Reason."""

    def __init__(self, reason: Reason, **params):
        super().__init__(reason, **params)  # type: ignore[arg-type]


class Note(StrEnum):
    """Per-row reasons in the report: skipped rows and warnings."""

    DUPLICATE = "duplicate"              # skipped; params: of_row
    NO_NAME = "no_name"                  # skipped
    UNCHANGED = "unchanged"              # skipped: already in the trajectory as is
    SAME_EMAIL = "same_email"            # warning; params: email, other_row
    SAME_NAME = "same_name"              # warning; params: name, other_row
    EMAIL_IN_USE = "email_in_use"        # warning; params: email, name (someone already there)
    QUESTION_MARK = "question_mark"      # warning; params: name, kind (a character lost)
    LONG_TEXT = "long_text"              # warning; params: field, length
    EMAIL_UNUSUAL = "email_unusual"      # warning; params: email


# ---------------------------------------------------------------- values


@dataclass(eq=False)
class Table:
    """The raw rows of one sheet; ``rows[i]`` is row number ``i + 1`` as a spreadsheet shows it.

    ``sheets`` holds every sheet of the workbook (this one included, in workbook order);
    ``sheet_sure`` is False when more than one sheet looks like a list of people and the
    choice was made by the importer, not by the user.
    """

    rows: list[list[str]]
    kind: str = "csv"                    # csv | xlsx | xls | ods
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheet_index: int = 0                 # position in the workbook, from 0
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    hidden_sheet: bool = False
    sheets: list[Table] = field(default_factory=list, repr=False)
    sheet_sure: bool = True

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(r) for r in self.rows), default=0)

    def header_cells(self, header_row: int) -> list[str]:
        """The titles of the header row, one per column ('' where there is none)."""
        row = self.rows[header_row] if 0 <= header_row < len(self.rows) else []
        return [(row[c] if c < len(row) else "").strip() for c in range(self.width)]

    def hidden_data_rows(self, header_row: int) -> int:
        """How many hidden rows under the header hold something."""
        return sum(1 for i in self.hidden_rows
                   if header_row < i < len(self.rows) and any(c.strip() for c in self.rows[i]))


@dataclass
class Doubt:
    """A field the importer is not sure about, with the columns that could hold it."""

    field: str
    columns: list[int]


@dataclass
class Mapping:
    """Which column holds what. ``columns[i]`` is a TARGETS entry or '' (ignored)."""

    header_row: int                      # index into Table.rows; data starts below it
    columns: list[str]
    sure: bool = False
    doubts: list[Doubt] = field(default_factory=list)
    include_hidden: bool = False         # import rows hidden by a filter or by hand too

    def has_name(self) -> bool:
        """True when some column gives a name."""
        return any(c in ("name", "first_name", "last_name") for c in self.columns)

    def column_of(self, target: str) -> int | None:
        """The column mapped to ``target``, or None."""
        return self.columns.index(target) if target in self.columns else None


@dataclass
class RowNote:
    """One skipped row or warning: the row number, a Note code and its parameters."""

    row: int
    reason: str
    params: dict = field(default_factory=dict)


@dataclass
class Prepared:
    """Clean rows ready to apply, with what was skipped or looks odd."""

    rows: list[tuple[int, dict]]         # (row number, participant values)
    skipped: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    blank_rows: int = 0
    hidden_rows_skipped: int = 0


@dataclass
class Plan:
    """What applying a prepared list would do, computed without writing anything."""

    added: list[tuple[int, dict]] = field(default_factory=list)            # row, values
    updated: dict[int, tuple[int, dict, dict]] = field(default_factory=dict)  # id: row, old, new
    unchanged: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    missing: list[participants.Participant] = field(default_factory=list)  # not on the list
    names: dict[int, str] = field(default_factory=dict)                   # id: name now


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do); the UI and the CLI render this value."""

    source: str = ""
    kind: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheet_index: int = 0                 # from 1 as --sheet counts; 0 for text files
    header_row: int = 0                  # from 1; 0 when the list has no titles
    columns: dict[str, str] = field(default_factory=dict)       # field: column title
    not_stored: dict[str, str] = field(default_factory=dict)    # recognised, no place yet
    hidden_columns: list[str] = field(default_factory=list)     # titles, not imported
    rows_read: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    blank_rows: int = 0
    hidden_rows_skipped: int = 0
    dry_run: bool = False
    skipped: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    not_on_list: list[str] = field(default_factory=list)       # names, kept unless removed
    not_on_list_ids: list[int] = field(default_factory=list)
    # for undo/redo: the ids added with their values, and (old, new) values of the updated
    added_rows: dict[int, dict] = field(default_factory=dict)
    updated_rows: dict[int, tuple[dict, dict]] = field(default_factory=dict)
    updated_names: dict[int, str] = field(default_factory=dict)
    removed_ids: list[int] = field(default_factory=list)
    removed_snapshot: list = field(default_factory=list, repr=False)

    def as_json(self, message=None) -> dict:
        """The report as the CLI's JSON object; ``message(note)`` may add a sentence per note."""
        def notes(items):
            out = []
            for n in items:
                item = {"row": n.row, "reason": n.reason, **{k: v for k, v in n.params.items()
                                                              if k not in ("row", "reason")}}
                if message is not None:
                    item["message"] = message(n)
                out.append(item)
            return out
        names = {pid: naming.display_name(v.get("first_name", ""), v.get("prefix", ""),
                                                v.get("last_name", ""))
                 for pid, v in self.added_rows.items()}
        return {"added": self.added, "updated": self.updated, "removed": self.removed,
                "skipped": notes(self.skipped), "warnings": notes(self.warnings),
                "blank_rows": self.blank_rows, "hidden_rows_skipped": self.hidden_rows_skipped,
                "rows_read": self.rows_read, "format": self.kind, "encoding": self.encoding,
                "delimiter": self.delimiter, "sheet": self.sheet,
                "sheet_index": self.sheet_index, "header_row": self.header_row,
                "columns": dict(self.columns), "recognised_not_stored": dict(self.not_stored),
                "hidden_columns_not_imported": list(self.hidden_columns),
                "added_people": sorted(names.values(), key=naming.fold),
                "changes": [{"name": self.updated_names.get(pid, ""),
                             "fields": {k: [old.get(k, ""), v] for k, v in new.items()}}
                            for pid, (old, new) in self.updated_rows.items()],
                "not_on_list": list(self.not_on_list), "dry_run": self.dry_run}


# ---------------------------------------------------------------- reading bytes

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _sniff_kind(data: bytes) -> str:
    """csv, xlsx, xls, ods, or an unsupported kind, from the bytes."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError):
            return "corrupt_ods" if b"opendocument.spreadsheet" in data[:200] else "corrupt_xlsx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names and b"opendocument.spreadsheet" in data[:200]:
            return "ods"
        return "zip"
    if data.startswith(_OLE2):
        # an OLE2 box: an xlsx with a password, a pre-2007 .xls, or a Word 97 .doc
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "encrypted"
        if "WordDocument".encode("utf-16-le") in data and \
                "Workbook".encode("utf-16-le") not in data:
            return "doc"
        return "xls"
    if data.startswith(b"%PDF"):
        return "pdf"
    return "csv"


def _decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: BOMs first, then strict UTF-8, then cp1252.

    A statistical detector (charset-normalizer) was weighed and not used: Dutch lists
    come in UTF-8 (with or without BOM), UTF-16 from Excel's "Unicode text", or cp1252,
    and strict UTF-8 then cp1252 decides those exactly, where a detector guesses cp1250
    or mac-roman on a short list.
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ListImportError(Reason.BINARY) from None
    # UTF-16 without a BOM: every other byte is NUL in Latin text
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 3:
        for enc, odd in (("utf-16-le", 1), ("utf-16-be", 0)):
            if sample[odd::2].count(0) > len(sample) // 3:
                try:
                    return data.decode(enc), enc
                except UnicodeDecodeError:
                    break
    if b"\x00" in data:
        raise ListImportError(Reason.BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    odd = sum(1 for c in sample
              if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\r\n"))
    return odd > max(2, len(sample) // 200)


def _sniff_delimiter(text: str) -> str:
    """The delimiter among ; , tab that splits the most rows into the same number of cells."""
    head = "\n".join(text.splitlines()[:200])
    best, best_score = "", 0
    for delim in (";", "\t", ","):
        counts: dict[int, int] = {}
        for row in csv.reader(io.StringIO(head, newline=""), delimiter=delim):
            if len(row) > 1:
                counts[len(row)] = counts.get(len(row), 0) + 1
        if counts:
            width, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if rows > best_score:
                best, best_score = delim, rows
    return best


def _unguard(cell: str) -> str:
    """Undo the formula guard a CSV export puts in front of = + - @: "'=1+1" → "=1+1"."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def _read_text(data: bytes) -> Table:
    text, encoding = _decode(data)
    if _looks_binary(text):
        raise ListImportError(Reason.BINARY)
    stripped = text.lstrip().lower()
    if "urn:schemas-microsoft-com:office:spreadsheet" in stripped[:4000] and \
            stripped.startswith("<"):
        raise ListImportError(Reason.UNSUPPORTED, kind="xml2003")
    if stripped.startswith(("<html", "<!doctype html", "<table")) or (
            stripped.startswith("<") and "<table" in stripped[:4000]):
        raise ListImportError(Reason.UNSUPPORTED, kind="html")
    if not text.strip():
        raise ListImportError(Reason.EMPTY)
    delimiter = _sniff_delimiter(text)
    rows: list[list[str]] = []
    # the 'excel' dialect keeps quoted newlines inside their cell; strict=False forgives stray quotes
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x1f", strict=False)
    try:
        for row in reader:
            rows.append([_unguard(c.replace("\x00", "")) for c in row])
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise ListImportError(Reason.TOO_MANY_ROWS, limit=MAX_ROWS)
    except csv.Error:
        raise ListImportError(Reason.BINARY) from None
    table = Table(rows, "csv", encoding=encoding.replace("-sig", ""), delimiter=delimiter)
    table.sheets = [table]
    return table


_READERS = {"xlsx": sheets.read_xlsx, "xls": sheets.read_xls, "ods": sheets.read_ods}


def _read_workbook(data: bytes, kind: str) -> list[Table]:
    try:
        grids = _READERS[kind](data, MAX_ROWS + HEADER_SEARCH_ROWS)
    except sheets.SheetError as exc:
        if exc.reason == "too_many_rows":
            raise ListImportError(Reason.TOO_MANY_ROWS, limit=MAX_ROWS) from None
        if exc.reason == "encrypted":
            raise ListImportError(Reason.ENCRYPTED) from None
        raise ListImportError(Reason.CORRUPT_XLSX, kind=kind) from None
    tables = [Table(g.rows, kind, sheet=g.name, sheet_index=i, hidden_rows=g.hidden_rows,
                    hidden_cols=g.hidden_cols, hidden_sheet=g.hidden_sheet)
              for i, g in enumerate(grids)]
    if not any(t.rows for t in tables):
        raise ListImportError(Reason.EMPTY)
    for t in tables:
        t.sheets = tables
    return tables


def read_sheets(source: Path | str | bytes) -> list[Table]:
    """Every sheet of a workbook (one Table for a text file); ListImportError if not a list."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if not path.is_file():
                raise ListImportError(Reason.NOT_FOUND, path=str(path))
            if path.stat().st_size > MAX_BYTES:
                raise ListImportError(Reason.TOO_LARGE, limit_mb=MAX_BYTES // (1024 * 1024))
            data = path.read_bytes()
        except OSError as exc:
            raise ListImportError(Reason.UNREADABLE, path=str(path), detail=exc.strerror or "") from None
    if len(data) > MAX_BYTES:
        raise ListImportError(Reason.TOO_LARGE, limit_mb=MAX_BYTES // (1024 * 1024))
    if not data.strip():
        raise ListImportError(Reason.EMPTY)
    kind = _sniff_kind(data)
    if kind in _READERS:
        return _read_workbook(data, kind)
    if kind.startswith("corrupt_"):
        raise ListImportError(Reason.CORRUPT_XLSX, kind=kind.removeprefix("corrupt_"))
    if kind == "encrypted":
        raise ListImportError(Reason.ENCRYPTED)
    if kind != "csv":
        raise ListImportError(Reason.UNSUPPORTED, kind=kind)
    return [_read_text(data)]


def read_table(source: Path | str | bytes, sheet: str | int | None = None) -> Table:
    """Read a list and pick its sheet: ``sheet`` by name or position (from 1), else by content."""
    return choose_sheet(read_sheets(source), sheet)


def people_count(table: Table) -> int:
    """How many rows of this sheet look like people under a recognised name column."""
    if not table.rows:
        return 0
    mapping = guess_mapping(table)
    if not mapping.has_name():
        return 0
    cols = [c for c, t in enumerate(mapping.columns) if t in ("name", "first_name", "last_name")]
    count = 0
    for i in range(mapping.header_row + 1, len(table.rows)):
        if i in table.hidden_rows:
            continue
        row = table.rows[i]
        if any(_looks_like_name(row[c]) for c in cols if c < len(row)):
            count += 1
    return count


def choose_sheet(tables: list[Table], sheet: str | int | None = None) -> Table:
    """The sheet asked for, or the one that looks most like a list of people.

    A number is a position counted from 1, unless a sheet has exactly that name. A notes
    or instructions sheet never wins over a list; a hidden sheet only when nothing else
    holds people. When two or more sheets hold people, ``sheet_sure`` is False.
    """
    if len(tables) == 1 and sheet is None:
        return tables[0]
    if sheet is not None:
        wanted = str(sheet).strip()
        named = [t for t in tables if t.sheet == wanted] or \
                [t for t in tables if t.sheet.strip().casefold() == wanted.casefold()]
        if named:
            chosen = named[0]
        elif wanted.isdigit() and 1 <= int(wanted) <= len(tables):
            chosen = tables[int(wanted) - 1]
        else:
            raise ListImportError(Reason.NO_SHEET, sheet=wanted,
                                  sheets=[t.sheet for t in tables])
        chosen.sheet_sure = True
        return chosen
    scores = [(people_count(t), t) for t in tables]
    visible = [(s, t) for s, t in scores if s and not t.hidden_sheet]
    candidates = visible or [(s, t) for s, t in scores if s]
    if not candidates:
        # no sheet holds people: the first sheet with something on it (the dialog can choose)
        chosen = next((t for t in tables if t.rows and not t.hidden_sheet),
                      next(t for t in tables if t.rows))
        chosen.sheet_sure = False
        return chosen
    best = max(candidates, key=lambda st: (st[0], -st[1].sheet_index))[1]
    best.sheet_sure = len(candidates) == 1
    return best


def sheet_people_counts(table: Table) -> list[int]:
    """People per sheet of the workbook ``table`` belongs to (for the dialog and the CLI)."""
    return [people_count(t) for t in (table.sheets or [table])]


# ---------------------------------------------------------------- headers
#
# Titles as the HR systems and office lists spell them (AFAS, Youforce/Visma Raet, HR2day,
# SAP SuccessFactors, Excel and LibreOffice hand lists), Dutch and English. Within a field,
# a lower rank wins when two columns claim it: Roepnaam beats Voornaam beats Voornamen
# beats Voorletters; a work e-mail beats a private one; a team beats a department.

IGNORE = "-"      # a title known to hold something that is never imported

_TITLES: dict[str, dict[int, tuple[str, ...]]] = {
    "first_name": {
        0: ("Roepnaam", "Roepnaam medewerker", "Roepnaam werknemer", "Preferred name",
            "Preferred first name", "Voornaam (roepnaam)", "Roepnaam deelnemer"),
        1: ("Voornaam", "First name", "Firstname", "Given name", "Forename", "First",
            "Voornaam medewerker", "Voornaam deelnemer", "Voornaam werknemer"),
        2: ("Voornamen", "Officiële voornamen", "Given names", "First names", "Volledige voornamen"),
        3: ("Voorletters", "Initialen", "Initials", "Voorletter"),
    },
    "prefix": {
        0: ("Tussenvoegsel", "Tussenvoegsels", "Tussenv", "Tussenv.", "Voorvoegsel",
            "Voorvoegsels", "Prefix", "Infix", "TV", "Name prefix", "Tussenvoegsel achternaam",
            "Voorvoegsel achternaam", "Voorvoegsel geboortenaam", "Tussenvoegsel geboortenaam"),
    },
    "last_name": {
        0: ("Achternaam", "Familienaam", "Last name", "Lastname", "Surname", "Family name",
            "Last", "Achternaam medewerker", "Achternaam deelnemer", "Achternaam werknemer"),
        1: ("Geslachtsnaam", "Geboortenaam", "Eigen naam", "Achternaam (geboortenaam)"),
    },
    "name": {
        0: ("Naam", "Name", "Volledige naam", "Full name", "Fullname", "Naam deelnemer",
            "Deelnemer", "Deelnemers", "Naam medewerker", "Medewerkernaam", "Naam werknemer",
            "Werknemernaam", "Participant", "Weergavenaam", "Display name", "Persoon",
            "Employee name", "Naam voluit", "Volledige naam medewerker", "Naam persoon",
            "Aanmelder", "Cursist", "Naam cursist"),
        # a name only when the values under it look like names (AFAS puts numbers here)
        1: ("Medewerker", "Werknemer", "Employee", "Medewerkers"),
    },
    "email": {
        0: ("E-mail", "Email", "E-mailadres", "Emailadres", "E-mail adres", "Mail", "Mailadres",
            "E-mail werk", "E-mailadres werk", "E-mail zakelijk", "Zakelijk e-mailadres",
            "E-mailadres zakelijk", "Werk e-mail", "Work email", "Business email",
            "Email address", "E-mail address", "Emails", "Email werk", "E-mail (werk)",
            "Email (work)", "Zakelijk e-mail", "E-mailadres medewerker", "Mail werk"),
        3: ("E-mail privé", "E-mailadres privé", "Privé e-mail", "Privé e-mailadres",
            "Personal email", "Private email", "Home email", "E-mail thuis", "E-mail prive"),
    },
    "area": {
        0: ("Gebied", "Werkgebied", "Wijk", "Stadsdeel", "Area", "Gebied/wijk", "Regio", "Region"),
        1: ("Team", "Teamnaam", "Team naam", "Team name"),
        2: ("Afdeling", "Afdelingsnaam", "Department", "Organisatorische eenheid",
            "Organisatieonderdeel", "Org. eenheid", "Org eenheid", "Orgeenheid",
            "Omschrijving organisatorische eenheid", "Omschrijving afdeling", "Unit", "Dienst",
            "Business unit", "Organisatie-eenheid", "Organisational unit", "Organizational unit",
            "Afdeling omschrijving", "Naam afdeling", "Naam organisatorische eenheid"),
        3: ("Sector", "Directie", "Division", "Divisie", "Cluster", "Domein", "Organisatie",
            "Organization", "Organisation", "Bedrijf", "Company", "Werkgever", "Werkmaatschappij"),
        4: ("Locatie", "Location", "Vestiging", "Werklocatie", "Standplaats"),
    },
    "role": {
        0: ("Functie", "Functienaam", "Functietitel", "Rol", "Role", "Function", "Job title",
            "Jobtitle", "Position", "Job", "Functie medewerker", "Position title"),
        1: ("Functieomschrijving", "Functie omschrijving", "Beroep", "Job description"),
    },
    "manager": {
        0: ("Leidinggevende", "Naam leidinggevende", "Direct leidinggevende", "Manager",
            "Line manager", "Supervisor", "Reports to", "Manager name", "Leidinggevende naam",
            "Direct manager", "Hiërarchisch leidinggevende", "Manager naam"),
        1: ("Teamleider", "Teamleider naam", "Naam teamleider", "Coördinator"),
    },
    IGNORE: {
        0: ("Personeelsnummer", "Persnr", "Pers.nr.", "Personeelsnr", "Medewerkernummer",
            "Medewerker nr", "Medewerkernr", "Werknemernummer", "Werknemer nr", "Employee ID",
            "Employee number", "User ID", "Userid", "Username", "User name", "Login",
            "Gebruikersnaam", "Account", "Accountnaam", "Nummer", "Nr", "Nr.", "ID", "BSN",
            "Burgerservicenummer", "Sofinummer", "Telefoon", "Telefoonnummer", "Tel", "Tel.",
            "Mobiel", "Mobiel nummer", "Mobiele telefoon", "Telefoon werk", "Phone", "Mobile",
            "Phone number", "Geboortedatum", "Birth date", "Date of birth", "Datum in dienst",
            "In dienst", "Uit dienst", "Datum uit dienst", "In dienst per", "Startdatum",
            "Einddatum", "Hire date", "Start date", "End date", "Salarisschaal", "Schaal",
            "Trede", "Salaris", "FTE", "Uren", "Contracturen", "Uren per week", "Geslacht",
            "Gender", "Adres", "Straat", "Huisnummer", "Postcode", "Woonplaats", "Plaats",
            "IBAN", "Kostenplaats", "Kostenplaatscode", "Middle name", "Tweede voornaam",
            "Naam partner", "Voorvoegsel partner", "Geboortenaam partner", "Achternaam partner",
            "Naamgebruik", "Aanhef", "Titel", "Opmerking", "Opmerkingen", "Notes", "Note",
            "Dieetwensen", "Dieet", "Aanwezig", "Handtekening", "Paraaf", "Datum", "Date",
            "Leeftijd", "Age", "Nationaliteit", "Manager ID", "Contract", "Contractvorm",
            "Soort contract", "Dienstverband", "Status", "Code", "Manager user ID"),
    },
}
# words that make a longer title something else: "Geboortedatum medewerker", "Naam partner"
_IGNORE_WORDS = ("nummer", "datum", "partner", "telefoon", "phone", "mobiel", "geboorte",
                 "birth", "salaris", "schaal", "userid", "username")
_PRIVATE_WORDS = ("prive", "private", "personal", "persoonlijk", "thuis", "home")


def _norm_header(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", naming.fold(text))


_EXACT: dict[str, tuple[str, int]] = {}
for _target, _ranks in _TITLES.items():
    for _rank, _titles in _ranks.items():
        for _title in _titles:
            _EXACT.setdefault(_norm_header(_title), (_target, _rank))
# partial matching uses the titles of at least 4 letters, longest first
_PARTIAL = sorted(((k, v) for k, v in _EXACT.items() if len(k) >= 4), key=lambda kv: -len(kv[0]))
del _target, _ranks, _rank, _titles, _title


def classify_header(text: str) -> tuple[str, int, bool]:
    """(target, rank, exact) for a column title; target '' when unknown, IGNORE when known
    to hold something never imported. A label with a value ("Naam training: …") or a
    sentence is not a title."""
    text = " ".join(str(text).split())
    if not text:
        return "", 0, False
    head, colon, tail = text.partition(":")
    if colon and tail.strip():
        return "", 0, False
    key = _norm_header(text)
    if not key:
        return "", 0, False
    if key in _EXACT:
        target, rank = _EXACT[key]
        return target, rank, True
    if len(key) > 40 or len(text.split()) > 5:
        return "", 0, False
    if any(w in key for w in _IGNORE_WORDS):
        return IGNORE, 0, False
    for syn, (target, rank) in _PARTIAL:
        if syn in key:
            if target == "email" and any(w in key for w in _PRIVATE_WORDS):
                rank = 3
            return target, rank, False
    return "", 0, False


def match_header(text: str) -> tuple[str, bool]:
    """The target a header names and whether the match is exact ('', False when none)."""
    target, _rank, exact = classify_header(text)
    if target == IGNORE:
        return "", False
    return target, exact


# ---------------------------------------------------------------- what the values look like

_NUMBER = re.compile(r"^[+-]?\d[\d.,' ]*$")
_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}([ T].*)?$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$"
                   r"|^\d{1,2}:\d{2}(:\d{2})?$")
_LETTER = re.compile(r"[^\W\d_]")


def _looks_like_name(text: str) -> bool:
    """Letters, no digits, no '@', a few words: 'Şükrü Yılmaz', 'van der Wijk, J.'."""
    text = text.strip()
    return (0 < len(text) <= 80 and "@" not in text and ":" not in text
            and not any(ch.isdigit() for ch in text) and bool(_LETTER.search(text))
            and len(text.split()) <= 7)


@dataclass
class _Profile:
    n: int = 0
    numbers: int = 0
    dates: int = 0
    emails: int = 0
    names: int = 0
    single: int = 0           # one word (after a tussenvoegsel): a last name rather than a name

    @property
    def numeric(self) -> bool:
        """Mostly numbers or dates: never a name, an area or a role."""
        return self.n > 0 and (self.numbers + self.dates) * 2 > self.n

    @property
    def namelike(self) -> bool:
        return self.n > 0 and self.names * 10 >= self.n * 6


def _profile(table: Table, header_row: int, col: int) -> _Profile:
    p = _Profile()
    for row in table.rows[header_row + 1:header_row + 1 + PROFILE_ROWS]:
        value = row[col].strip() if col < len(row) else ""
        if not value:
            continue
        p.n += 1
        if _DATE.match(value):
            p.dates += 1
        elif _NUMBER.match(value):
            p.numbers += 1
        if "@" in value and " " not in value:
            p.emails += 1
        if _looks_like_name(value):
            p.names += 1
            prefix, last = split_last_name(value)
            if last and " " not in last and "," not in last:
                p.single += 1
    return p


def _resolve(table: Table, header_row: int, claims: list[tuple[str, int, bool]]) -> Mapping:
    """Turn the title claims of one row into a mapping, judging each claim by its values."""
    width = table.width
    columns = [""] * width
    doubts: list[Doubt] = []
    profiles: dict[int, _Profile] = {}
    candidates: dict[str, list[tuple[bool, int, int, bool]]] = {}
    for col, (target, rank, exact) in enumerate(claims):
        if not target or target == IGNORE or col >= width:
            continue
        p = profiles[col] = _profile(table, header_row, col)
        if target in ("name", "first_name", "prefix", "last_name", "area", "role", "manager") \
                and p.numeric:
            continue              # a column of dates or numbers is never a name or an area
        if target == "name" and rank == 1 and not p.namelike:
            continue              # "Medewerker" holding employee numbers
        if target == "email" and p.n >= 3 and p.emails * 5 < p.n:
            continue              # titled e-mail, but no addresses in it
        candidates.setdefault(target, []).append((col in table.hidden_cols, rank, col, exact))
    for target, cands in candidates.items():
        cands.sort()
        hidden, rank, col, exact = cands[0]
        columns[col] = target
        unsure = not exact or hidden or (target == "email" and rank >= 3)
        if len(cands) > 1 and cands[1][:2] == (hidden, rank):
            unsure = True         # two columns equally fit: let the user choose
        if unsure:
            doubts.append(Doubt(target, [c for _h, _r, c, _e in cands]))
    # a whole name beside name parts
    name_col = columns.index("name") if "name" in columns else None
    if name_col is not None:
        has_first, has_last = "first_name" in columns, "last_name" in columns
        if has_first and has_last:
            columns[name_col] = ""                # the parts say it better than a split
            doubts = [d for d in doubts if d.field != "name"]
        elif has_first or has_last:
            p = profiles.get(name_col) or _profile(table, header_row, name_col)
            if has_first and p.n and p.single * 10 >= p.n * 8:
                columns[name_col] = "last_name"   # "Voorletters | Naam": Naam is the surname
                doubts = [d for d in doubts if d.field != "name"]
            else:
                other = columns.index("first_name" if has_first else "last_name")
                doubts = [d for d in doubts if d.field != "name"]
                doubts.append(Doubt("name", [name_col, other]))
    return Mapping(header_row, columns, not doubts, doubts)


def guess_mapping(table: Table) -> Mapping:
    """Find the header row (title or blank rows may sit above it) and map its columns."""
    best: Mapping | None = None
    best_score = 0
    width = table.width
    for i, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        claims = [classify_header(c) for c in row]
        if not any(t in ("name", "first_name", "last_name") for t, _r, _e in claims):
            continue
        score = sum(2 if exact else 1 for t, _r, exact in claims if t)
        if score <= best_score:
            continue
        mapping = _resolve(table, i, claims + [("", 0, False)] * (width - len(claims)))
        if mapping.has_name():
            best, best_score = mapping, score
    if best is not None:
        return best
    first = next((i for i, r in enumerate(table.rows) if any(c.strip() for c in r)), 0)
    return Mapping(first, [""] * width, False)


def mapping_at(table: Table, header_row: int) -> Mapping:
    """The guess when the user says where the titles are (``header_row`` from 0; -1: none)."""
    width = table.width
    if header_row < 0 or header_row >= len(table.rows):
        return Mapping(-1, [""] * width, False)
    claims = [classify_header(c) for c in table.rows[header_row]]
    return _resolve(table, header_row, claims + [("", 0, False)] * (width - len(claims)))


def choose_columns(table: Table, mapping: Mapping, chosen: dict[str, int | None]) -> Mapping:
    """The mapping with the user's choices (field → column, None to import nothing) applied.

    A chosen field leaves every other column that held it; choosing a whole name drops
    guessed name parts and choosing a name part drops a guessed whole name, so the user's
    word always wins. Doubts about the chosen fields are settled.
    """
    columns = list(mapping.columns) + [""] * (table.width - len(mapping.columns))
    for target, col in chosen.items():
        if target not in TARGETS:
            continue
        columns = ["" if t == target else t for t in columns]
        if col is not None and 0 <= col < len(columns):
            columns[col] = target
    wanted = {t for t, c in chosen.items() if c is not None}
    if "name" in wanted:
        columns = ["" if t in NAME_FIELDS and t not in wanted else t for t in columns]
    elif wanted & set(NAME_FIELDS):
        columns = ["" if t == "name" else t for t in columns]
    settled = set(chosen) | ({"name"} if wanted & {"name", *NAME_FIELDS} else set())
    doubts = [d for d in mapping.doubts if d.field not in settled]
    return Mapping(mapping.header_row, columns, not doubts, doubts, mapping.include_hidden)


def find_column(table: Table, mapping: Mapping, spec: str) -> int | None:
    """The column a user names: its title (case and accents aside), or its letter (A, B…)."""
    titles = table.header_cells(mapping.header_row)
    key = naming.fold(" ".join(spec.split()))
    for c, title in enumerate(titles):
        if title and naming.fold(" ".join(title.split())) == key:
            return c
    letters = spec.strip().upper()
    if letters.isalpha() and len(letters) <= 3:
        col = 0
        for ch in letters:
            col = col * 26 + (ord(ch) - 64)
        if 1 <= col <= table.width:
            return col - 1
    return None


def column_letter(col: int) -> str:
    """0 → 'A', 27 → 'AB'."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def column_title(table: Table, mapping: Mapping, col: int) -> str:
    """The title of a column, or its letter in brackets when it has none."""
    titles = table.header_cells(mapping.header_row) if mapping.header_row >= 0 else []
    title = titles[col] if col < len(titles) else ""
    return title or f"({column_letter(col)})"


# ---------------------------------------------------------------- preparing rows


def _clean_cell(text: str) -> str:
    return text.strip().strip("\u00a0\u200b\ufeff").strip()


def prepare(table: Table, mapping: Mapping) -> Prepared:
    """Turn the rows under the header into participant values, noting what is skipped or odd.

    Only the mapped, storable fields of a row are kept. Hidden rows are skipped (and
    counted) unless ``mapping.include_hidden``.
    """
    if not mapping.has_name():
        raise ListImportError(Reason.NO_NAME_COLUMN)
    start = mapping.header_row + 1
    data = table.rows[start:]
    if sum(1 for r in data if any(c.strip() for c in r)) > MAX_ROWS:
        raise ListImportError(Reason.TOO_MANY_ROWS, limit=MAX_ROWS)
    mapped = [(col, target) for col, target in enumerate(mapping.columns)
              if target and target not in NOT_STORED]
    has_prefix_column = "prefix" in mapping.columns
    out = Prepared([])
    seen_rows: dict[tuple, int] = {}
    seen_email: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    hidden = table.hidden_rows if not mapping.include_hidden else set()
    for offset, raw in enumerate(data):
        index = start + offset
        number = index + 1
        cells = [_clean_cell(c) for c in raw]
        if not any(cells):
            out.blank_rows += 1
            continue
        if index in hidden:
            out.hidden_rows_skipped += 1
            continue
        key = tuple(cells)
        while key and not key[-1]:
            key = key[:-1]
        if key in seen_rows:
            out.skipped.append(RowNote(number, Note.DUPLICATE, {"of_row": seen_rows[key]}))
            continue
        seen_rows[key] = number
        got: dict[str, str] = {}
        for col, target in mapped:
            if col < len(cells) and cells[col] and not got.get(target):
                got[target] = cells[col]
        values = {f: got.get(f, "") for f in STORED}
        if got.get("name") and not (values["first_name"] or values["last_name"]):
            values["first_name"], prefix, values["last_name"] = split_name(got["name"])
            values["prefix"] = values["prefix"] or prefix
        elif values["last_name"] and not values["prefix"] and not has_prefix_column:
            values["prefix"], values["last_name"] = split_last_name(values["last_name"])
            if not values["last_name"]:
                values["prefix"], values["last_name"] = "", got["last_name"]
        if not (values["first_name"] or values["last_name"]):
            out.skipped.append(RowNote(number, Note.NO_NAME))
            continue
        name = naming.display_name(values["first_name"], values["prefix"], values["last_name"])
        if "?" in name:
            out.warnings.append(RowNote(number, Note.QUESTION_MARK,
                                        {"name": name, "kind": table.kind}))
        for f, v in values.items():
            if len(v) > LONG_TEXT:
                out.warnings.append(RowNote(number, Note.LONG_TEXT, {"field": f, "length": len(v)}))
        email = values["email"]
        if email and ("@" not in email or " " in email):
            out.warnings.append(RowNote(number, Note.EMAIL_UNUSUAL, {"email": email}))
        if email:
            ekey = email.casefold()
            if ekey in seen_email:
                out.warnings.append(RowNote(number, Note.SAME_EMAIL,
                                            {"email": email, "other_row": seen_email[ekey]}))
            else:
                seen_email[ekey] = number
        nkey = naming.fold(name)
        if nkey in seen_name:
            out.warnings.append(RowNote(number, Note.SAME_NAME,
                                        {"name": name, "other_row": seen_name[nkey]}))
        else:
            seen_name[nkey] = number
        out.rows.append((number, values))
    if not out.rows and not out.skipped:
        raise ListImportError(Reason.NO_ROWS)
    out.warnings.sort(key=lambda n: n.row)
    return out


# ---------------------------------------------------------------- planning and applying


def _name_key(values: dict) -> str:
    return naming.fold(naming.display_name(
        values.get("first_name", ""), values.get("prefix", ""), values.get("last_name", "")))


def _values_of(p: participants.Participant) -> dict:
    # dataclasses.asdict deep-copies and costs seconds over 100,000 people
    return {f: getattr(p, f) for f in participants.FIELDS}


def _same_person(p: participants.Participant, values: dict) -> bool:
    """An e-mail match counts only when the first or the last name agrees too."""
    fold = naming.fold
    return ((bool(p.first_name) and fold(p.first_name) == fold(values["first_name"]))
            or (bool(p.last_name) and fold(p.last_name) == fold(values["last_name"])))


def plan(store: Store, prepared: Prepared) -> Plan:
    """Who would be added, who updated (old → new) and who is not on the list; writes nothing.

    People are matched by e-mail (when the name agrees too), else by full name. Each
    person in the trajectory is matched by one row at most while an unmatched namesake
    is left, so two "Jan Jansen"s in the trajectory stay two.
    """
    out = Plan()
    existing = participants.all_participants(store)
    by_email: dict[str, participants.Participant] = {}
    by_name: dict[str, list[participants.Participant]] = {}
    for p in sorted(existing, key=lambda p: p.id):
        if p.email:
            by_email.setdefault(p.email.casefold(), p)
        by_name.setdefault(_name_key(_values_of(p)), []).append(p)
    current: dict[int, dict] = {}          # what each matched person holds, as rows update it
    matched: set[int] = set()
    for number, values in prepared.rows:
        match = by_email.get(values["email"].casefold()) if values["email"] else None
        shared_with = None
        if match is not None and not _same_person(match, values):
            shared_with, match = match, None
        if match is None:
            fits = [c for c in by_name.get(_name_key(values), ())
                    if not (values["email"] and c.email)
                    or c.email.casefold() == values["email"].casefold()]
            free = [c for c in fits if c.id not in matched]
            same = [c for c in free if all(not v or v == getattr(c, k) for k, v in values.items())]
            match = (same or free or fits or [None])[0]
        if match is None:
            if shared_with is not None:
                # one mailbox for two people: keep both, but say so
                out.warnings.append(RowNote(number, Note.EMAIL_IN_USE,
                                            {"email": values["email"],
                                             "name": shared_with.display_name}))
            out.added.append((number, values))
            continue
        matched.add(match.id)
        now = current.setdefault(match.id, _values_of(match))
        out.names.setdefault(match.id, match.display_name)
        changes = {k: v for k, v in values.items() if v and v != now[k]}
        if not changes:
            out.unchanged.append(RowNote(number, Note.UNCHANGED, {"name": naming.display_name(
                now["first_name"], now["prefix"], now["last_name"])}))
            continue
        first_row, old, new = out.updated.get(match.id, (number, {}, {}))
        for k, v in changes.items():
            old.setdefault(k, now[k])
            new[k] = v
        now.update(changes)
        out.updated[match.id] = (first_row, old, new)
    out.missing = [p for p in existing if p.id not in matched]
    return out


def apply(store: Store, prepared: Prepared, report: ImportReport | None = None,
          remove_ids: list[int] | tuple = (), dry_run: bool = False) -> ImportReport:
    """Add, update and (only those asked for) remove, in ONE transaction.

    ``remove_ids`` must be people the list does not hold (``plan().missing``); nobody is
    removed unless named there. With ``dry_run`` nothing is written and the report says
    what would happen.
    """
    report = report or ImportReport()
    the_plan = plan(store, prepared)
    report.blank_rows = prepared.blank_rows
    report.hidden_rows_skipped = prepared.hidden_rows_skipped
    report.skipped = sorted(prepared.skipped + the_plan.unchanged, key=lambda n: n.row)
    report.warnings = sorted(prepared.warnings + the_plan.warnings, key=lambda n: n.row)
    missing = {p.id: p for p in the_plan.missing}
    remove = [pid for pid in dict.fromkeys(remove_ids) if pid in missing]
    report.not_on_list_ids = [pid for pid in missing if pid not in remove]
    report.not_on_list = [missing[pid].display_name for pid in report.not_on_list_ids]
    report.updated_names = dict(the_plan.names)
    report.dry_run = dry_run
    if dry_run:
        report.added_rows = {-(i + 1): dict(v) for i, (_n, v) in enumerate(the_plan.added)}
        report.updated_rows = {pid: (old, new) for pid, (_r, old, new) in the_plan.updated.items()}
        report.removed_ids = remove
    else:
        with store.transaction(participants.TOPIC):
            store.change.reload(participants.TOPIC)   # a whole list: views read everyone again
            added = [dict(values) for _number, values in the_plan.added]
            report.added_rows = dict(zip(participants.add_many(store, added), added, strict=True))
            for pid, (_row, old, new) in the_plan.updated.items():
                participants.update(store, pid, **new)
                report.updated_rows[pid] = (old, new)
            if remove:
                report.removed_snapshot = participants.delete_many(store, remove)
                report.removed_ids = remove
    report.added = len(report.added_rows)
    report.updated = len(report.updated_rows)
    report.removed = len(report.removed_ids)
    return report


def describe(report: ImportReport, table: Table, mapping: Mapping) -> ImportReport:
    """Fill in where the rows came from and which column went where."""
    report.kind = table.kind
    report.encoding = table.encoding
    report.delimiter = table.delimiter
    report.sheet = table.sheet
    report.sheet_index = table.sheet_index + 1 if table.kind != "csv" else 0
    report.header_row = mapping.header_row + 1 if mapping.header_row >= 0 else 0
    report.rows_read = len(table.rows)
    report.columns = {t: column_title(table, mapping, c) for c, t in enumerate(mapping.columns)
                      if t and t not in NOT_STORED}
    report.not_stored = {t: column_title(table, mapping, c) for c, t in enumerate(mapping.columns)
                         if t in NOT_STORED}
    report.hidden_columns = [column_title(table, mapping, c) for c in sorted(table.hidden_cols)
                             if c < table.width and not (c < len(mapping.columns)
                                                         and mapping.columns[c])
                             and any(c < len(r) and r[c].strip()
                                     for r in table.rows[mapping.header_row + 1:])]
    return report


def import_file(store: Store, source: Path | str | bytes, mapping: Mapping | None = None,
                table: Table | None = None, remove_ids: list[int] | tuple = (),
                dry_run: bool = False, sheet: str | int | None = None) -> ImportReport:
    """Read, map, clean and apply a participant list; all or nothing."""
    table = table or read_table(source, sheet)
    mapping = mapping or guess_mapping(table)
    prepared = prepare(table, mapping)
    report = describe(ImportReport(source="" if isinstance(source, bytes) else str(source)),
                      table, mapping)
    return apply(store, prepared, report, remove_ids=remove_ids, dry_run=dry_run)


def preview(store: Store, table: Table, mapping: Mapping) -> ImportReport:
    """What importing this sheet with this mapping would do, without writing (a dry run)."""
    return import_file(store, b"", mapping=mapping, table=table, dry_run=True)


def undo_import(store: Store, report: ImportReport) -> None:
    """Remove what an import added, put back what it changed and whom it removed (one transaction)."""
    with store.transaction(participants.TOPIC):
        store.change.reload(participants.TOPIC)
        for pid in report.added_rows:
            participants.delete(store, pid)
        for pid, (old, _new) in report.updated_rows.items():
            participants.update(store, pid, **old)
        if report.removed_snapshot:
            participants.restore_many(store, report.removed_snapshot)


def redo_import(store: Store, report: ImportReport) -> None:
    """Apply an undone import again, with the same ids."""
    with store.transaction(participants.TOPIC):
        store.change.reload(participants.TOPIC)
        for pid, values in report.added_rows.items():
            participants.restore(store, pid, values)
        for pid, (_old, new) in report.updated_rows.items():
            participants.update(store, pid, **new)
        if report.removed_ids:
            report.removed_snapshot = participants.delete_many(store, report.removed_ids)


def report_dict(report: ImportReport) -> dict:
    """The whole report as plain data (for logging and tests)."""
    return asdict(report)
