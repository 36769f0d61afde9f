"""Import the participant lists people really send: CSV/text in any common encoding, or XLSX.

The path is ``read_table`` (bytes to rows) → ``guess_mapping`` (which column is what)
→ ``prepare`` (clean rows, split names, find duplicates) → ``apply`` (one transaction,
merged with who is already there). ``import_file`` does all four. Nothing here
speaks a human language: the report holds codes and numbers, the UI and CLI word them.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from sessions import participants
from sessions.errors import StartdagError
from sessions.store import Store

MAX_ROWS = 100_000
MAX_BYTES = 64 * 1024 * 1024
HEADER_SEARCH_ROWS = 30
LONG_TEXT = 200
NAME_FIELDS = ("first_name", "prefix", "last_name")
TARGETS = ("name", "first_name", "prefix", "last_name", "email", "area", "role")


class Reason(StrEnum):
    """Why a file could not be imported at all (one line each in the UI)."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    BINARY = "binary"
    UNSUPPORTED = "unsupported"          # params: kind = pdf | xls | docx | ods | zip | html
    ENCRYPTED = "encrypted"
    CORRUPT_XLSX = "corrupt_xlsx"
    NO_NAME_COLUMN = "no_name_column"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"      # params: limit


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
    QUESTION_MARK = "question_mark"      # warning; params: name (a character lost to cp1252)
    LONG_TEXT = "long_text"              # warning; params: field, length
    EMAIL_UNUSUAL = "email_unusual"      # warning; params: email


# ---------------------------------------------------------------- values


@dataclass
class Table:
    """The raw rows of a file; ``rows[i]`` is row number ``i + 1`` as a spreadsheet shows it."""

    rows: list[list[str]]
    kind: str = "csv"                    # csv | xlsx
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""

    @property
    def width(self) -> int:
        """The number of columns of the widest row."""
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Mapping:
    """Which column holds what. ``columns[i]`` is a TARGETS entry or '' (ignored)."""

    header_row: int                      # index into Table.rows; data starts below it
    columns: list[str]
    sure: bool = False

    def has_name(self) -> bool:
        """True when some column gives a name."""
        return any(c in ("name", "first_name", "last_name") for c in self.columns)


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


@dataclass
class ImportReport:
    """What an import did; the UI and the CLI both render this value."""

    source: str = ""
    kind: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    rows_read: int = 0
    added: int = 0
    updated: int = 0
    blank_rows: int = 0
    skipped: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    # for undo/redo: the ids added with their values, and (old, new) values of the updated
    added_rows: dict[int, dict] = field(default_factory=dict)
    updated_rows: dict[int, tuple[dict, dict]] = field(default_factory=dict)

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
        return {"added": self.added, "updated": self.updated, "skipped": notes(self.skipped),
                "warnings": notes(self.warnings), "blank_rows": self.blank_rows,
                "rows_read": self.rows_read, "format": self.kind, "encoding": self.encoding,
                "sheet": self.sheet}


# ---------------------------------------------------------------- reading bytes


def _sniff_kind(data: bytes) -> str:
    """csv, xlsx, or an unsupported kind, from the first bytes."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "corrupt_xlsx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        if "mimetype" in names and b"opendocument.spreadsheet" in data[:200]:
            return "ods"
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # an OLE2 box: an xlsx with a password, or a pre-2007 .xls
        return "encrypted" if "EncryptedPackage".encode("utf-16-le") in data else "xls"
    if data.startswith(b"%PDF"):
        return "pdf"
    return "csv"


def _decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: BOMs first, then strict UTF-8, then cp1252."""
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


def _read_text(data: bytes) -> Table:
    text, encoding = _decode(data)
    if _looks_binary(text):
        raise ListImportError(Reason.BINARY)
    stripped = text.lstrip().lower()
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
            rows.append([c.replace("\x00", "") for c in row])
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise ListImportError(Reason.TOO_MANY_ROWS, limit=MAX_ROWS)
    except csv.Error:
        raise ListImportError(Reason.BINARY) from None
    return Table(rows, "csv", encoding=encoding.replace("-sig", ""), delimiter=delimiter)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes) -> Table:
    import openpyxl  # imported here: only xlsx files pay for it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (KeyError, BadZipFile, XML errors) on damage
        raise ListImportError(Reason.CORRUPT_XLSX) from None
    try:
        first: Table | None = None
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            rows: list[list[str]] = []
            try:
                for values in ws.iter_rows(values_only=True):
                    rows.append([_cell_text(v).replace("\x00", "") for v in values])
                    if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                        raise ListImportError(Reason.TOO_MANY_ROWS, limit=MAX_ROWS)
            except ListImportError:
                raise
            except Exception:
                raise ListImportError(Reason.CORRUPT_XLSX) from None
            while rows and not any(c.strip() for c in rows[-1]):
                rows.pop()
            if not rows:
                continue
            table = Table(rows, "xlsx", sheet=ws.title)
            if guess_mapping(table).has_name():
                return table
            first = first or table
    finally:
        wb.close()
    if first is None:
        raise ListImportError(Reason.EMPTY)
    return first


def read_table(source: Path | str | bytes) -> Table:
    """Read a CSV/text or XLSX file (or its bytes) into rows; raise ListImportError if it is not a list."""
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
    if kind == "xlsx":
        return _read_xlsx(data)
    if kind == "corrupt_xlsx":
        raise ListImportError(Reason.CORRUPT_XLSX)
    if kind == "encrypted":
        raise ListImportError(Reason.ENCRYPTED)
    if kind != "csv":
        raise ListImportError(Reason.UNSUPPORTED, kind=kind)
    return _read_text(data)


# ---------------------------------------------------------------- headers

SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "voornamen", "roepnaam", "firstname", "givenname", "forename",
                   "first", "voorletters", "initialen"),
    "prefix": ("tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "voorvoegsels",
               "prefix", "infix", "tv"),
    "last_name": ("achternaam", "familienaam", "geslachtsnaam", "lastname", "surname",
                  "familyname", "last"),
    "name": ("naam", "name", "volledigenaam", "fullname", "deelnemer", "deelnemers",
             "naamdeelnemer", "participant", "medewerker", "displayname", "weergavenaam",
             "naammedewerker", "persoon"),
    "email": ("email", "emailadres", "emailaddress", "mail", "mailadres", "emailwerk",
              "emailzakelijk", "workemail", "emails"),
    "area": ("gebied", "afdeling", "team", "area", "department", "dienst", "sector", "unit",
             "domein", "cluster", "werkgebied", "organisatieonderdeel", "directie", "locatie"),
    "role": ("functie", "rol", "role", "function", "jobtitle", "functienaam", "functietitel",
             "position", "job"),
}
_EXACT = {syn: target for target, syns in SYNONYMS.items() for syn in syns}
_PARTIAL = sorted(((syn, t) for syn, t in _EXACT.items() if len(syn) >= 4),
                  key=lambda st: -len(st[0]))


def _norm_header(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", participants.fold(text))


def match_header(text: str) -> tuple[str, bool]:
    """The target a header names and whether the match is exact ('', False when none)."""
    key = _norm_header(text)
    if not key:
        return "", False
    if key in _EXACT:
        return _EXACT[key], True
    if len(key) <= 40:
        for syn, target in _PARTIAL:
            if syn in key:
                return target, False
    return "", False


def _map_row(row: list[str]) -> tuple[list[str], int, bool]:
    columns, score, sure, seen = [], 0, True, set()
    for cell in row:
        target, exact = match_header(cell)
        if target and target in seen:
            target, sure = "", False   # a second column claiming the same field: let the user choose
        if target:
            seen.add(target)
            score += 2 if exact else 1
            sure = sure and exact
        columns.append(target)
    return columns, score, sure


def guess_mapping(table: Table) -> Mapping:
    """Find the header row (title or blank rows may sit above it) and map its columns."""
    best: Mapping | None = None
    best_score = 0
    for i, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        columns, score, sure = _map_row(row)
        mapping = Mapping(i, columns + [""] * (table.width - len(columns)), sure)
        if mapping.has_name() and score > best_score:
            best, best_score = mapping, score
    if best is not None:
        names = [c for c in best.columns if c in ("name", "first_name", "last_name")]
        if "name" in names and len(names) > 1:
            best.sure = False   # both a whole-name column and name parts: which one is meant?
        return best
    first = next((i for i, r in enumerate(table.rows) if any(c.strip() for c in r)), 0)
    return Mapping(first, [""] * table.width, False)


# ---------------------------------------------------------------- names

_PREFIXES = {
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "la", "le", "du", "da", "di",
    "des", "del", "della", "dos", "das", "do", "von", "vom", "zu", "zum", "zur", "d'", "l'", "'s",
    "van der", "van den", "van de", "van het", "van 't", "van ter", "van ten", "van la", "van le",
    "van de l'", "in 't", "in de", "in den", "in het", "in der", "op de", "op den", "op het",
    "op 't", "op ten", "op ter", "aan de", "aan den", "aan het", "aan 't", "bij de", "bij den",
    "bij 't", "uit de", "uit den", "uit het", "uit 't", "voor de", "voor den", "voor 't",
    "voor in 't", "onder de", "onder den", "over de", "over het", "over 't", "de la", "de le",
    "de l'", "de van der", "von der", "von dem", "von den", "van der van", "den van", "ver",
}
_PREFIX_STARTS = {" ".join(p.split()[:n]) for p in _PREFIXES for n in range(1, len(p.split()) + 1)}


def _pkey(token: str) -> str:
    return token.casefold().replace("\u2019", "'").replace("`", "'")


def _prefix_at(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` form the longest tussenvoegsel that leaves a last name after it."""
    best, phrase = 0, ""
    for j in range(i, len(tokens) - 1):
        phrase = f"{phrase} {_pkey(tokens[j])}".strip()
        if phrase not in _PREFIX_STARTS:
            break
        if phrase in _PREFIXES:
            best = j - i + 1
    return best


def split_last_name(text: str) -> tuple[str, str]:
    """'van der Wijk' → ('van der', 'Wijk'); 'Wijk, van der' → ('van der', 'Wijk')."""
    text = " ".join(text.split())
    if "," in text:
        last, _, rest = text.partition(",")
        rest_tokens = rest.split()
        if rest_tokens and _prefix_at(rest_tokens + ["x"], 0) == len(rest_tokens):
            return " ".join(rest_tokens), last.strip()
    tokens = text.split()
    n = _prefix_at(tokens, 0)
    return " ".join(tokens[:n]), " ".join(tokens[n:])


def split_name(text: str) -> tuple[str, str, str]:
    """Split a whole name the Dutch way: 'Fatima in 't Veld' → ('Fatima', "in 't", 'Veld')."""
    text = " ".join(text.split())
    if not text:
        return "", "", ""
    if "," in text:
        # 'Wijk, Jan van der' or 'van der Wijk, Jan'
        last_part, _, first_part = text.partition(",")
        first_tokens = first_part.split()
        k = next((k for k in range(1, len(first_tokens))
                  if " ".join(_pkey(t) for t in first_tokens[k:]) in _PREFIXES), len(first_tokens))
        prefix, last = split_last_name(last_part)
        trailing = " ".join(first_tokens[k:])
        return " ".join(first_tokens[:k]), " ".join(p for p in (trailing, prefix) if p), last
    tokens = text.split()
    if len(tokens) == 1:
        return tokens[0], "", ""
    for i in range(1, len(tokens) - 1):
        n = _prefix_at(tokens, i)
        if n:
            return " ".join(tokens[:i]), " ".join(tokens[i:i + n]), " ".join(tokens[i + n:])
    return " ".join(tokens[:-1]), "", tokens[-1]


# ---------------------------------------------------------------- preparing rows


def _clean_cell(text: str) -> str:
    return text.strip().strip("\u00a0\u200b\ufeff").strip()


def prepare(table: Table, mapping: Mapping) -> Prepared:
    """Turn the rows under the header into participant values, noting what is skipped or odd."""
    if not mapping.has_name():
        raise ListImportError(Reason.NO_NAME_COLUMN)
    data = table.rows[mapping.header_row + 1:]
    if sum(1 for r in data if any(c.strip() for c in r)) > MAX_ROWS:
        raise ListImportError(Reason.TOO_MANY_ROWS, limit=MAX_ROWS)
    out = Prepared([])
    seen_rows: dict[tuple, int] = {}
    seen_email: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    for offset, raw in enumerate(data):
        number = mapping.header_row + 2 + offset
        cells = [_clean_cell(c) for c in raw]
        if not any(cells):
            out.blank_rows += 1
            continue
        key = tuple(c for c in cells)
        while key and not key[-1]:
            key = key[:-1]
        if key in seen_rows:
            out.skipped.append(RowNote(number, Note.DUPLICATE, {"of_row": seen_rows[key]}))
            continue
        seen_rows[key] = number
        got: dict[str, str] = {}
        for col, target in enumerate(mapping.columns):
            if target and col < len(cells) and cells[col] and not got.get(target):
                got[target] = cells[col]
        values = {f: got.get(f, "") for f in ("first_name", "prefix", "last_name", "email", "area", "role")}
        if got.get("name") and not (values["first_name"] or values["last_name"]):
            values["first_name"], prefix, values["last_name"] = split_name(got["name"])
            values["prefix"] = values["prefix"] or prefix
        elif values["last_name"] and not values["prefix"]:
            values["prefix"], values["last_name"] = split_last_name(values["last_name"])
            if not values["last_name"]:
                values["prefix"], values["last_name"] = "", got["last_name"]
        if not (values["first_name"] or values["last_name"]):
            out.skipped.append(RowNote(number, Note.NO_NAME))
            continue
        name = participants.display_name(values["first_name"], values["prefix"], values["last_name"])
        if "?" in name:
            out.warnings.append(RowNote(number, Note.QUESTION_MARK, {"name": name}))
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
        nkey = participants.fold(name)
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


# ---------------------------------------------------------------- applying


def _name_key(values: dict) -> str:
    return participants.fold(participants.display_name(
        values.get("first_name", ""), values.get("prefix", ""), values.get("last_name", "")))


def _values_of(p: participants.Participant) -> dict:
    # dataclasses.asdict deep-copies and costs seconds over 100,000 people
    return {f: getattr(p, f) for f in participants.FIELDS}


def _same_person(p: participants.Participant, values: dict) -> bool:
    """An e-mail match counts only when the first or the last name agrees too."""
    fold = participants.fold
    return ((bool(p.first_name) and fold(p.first_name) == fold(values["first_name"]))
            or (bool(p.last_name) and fold(p.last_name) == fold(values["last_name"])))


def apply(store: Store, prepared: Prepared, report: ImportReport | None = None) -> ImportReport:
    """Add or merge the prepared rows in ONE transaction: by e-mail, else by full name."""
    report = report or ImportReport()
    report.blank_rows = prepared.blank_rows
    report.skipped = list(prepared.skipped)
    report.warnings = list(prepared.warnings)
    existing = participants.all_participants(store)
    by_email: dict[str, participants.Participant] = {}
    by_name: dict[str, participants.Participant] = {}
    for p in sorted(existing, key=lambda p: p.id):
        if p.email:
            by_email.setdefault(p.email.casefold(), p)
        by_name.setdefault(_name_key(_values_of(p)), p)
    current_values: dict[int, dict] = {}   # what each matched person holds now, as we update
    with store.transaction("participants"):
        for number, values in prepared.rows:
            match = by_email.get(values["email"].casefold()) if values["email"] else None
            shared_with = None
            if match is not None and not _same_person(match, values):
                shared_with, match = match, None
            if match is None:
                candidate = by_name.get(_name_key(values))
                if candidate is not None and (not (values["email"] and candidate.email)
                                              or candidate.email.casefold()
                                              == values["email"].casefold()):
                    match = candidate
            if match is None:
                if shared_with is not None:
                    # one mailbox for two people: keep both, but say so
                    report.warnings.append(RowNote(number, Note.EMAIL_IN_USE,
                                                   {"email": values["email"],
                                                    "name": shared_with.display_name}))
                pid = participants.add(store, **values)
                report.added_rows[pid] = dict(values)
                continue
            current = current_values.setdefault(match.id, _values_of(match))
            changes = {k: v for k, v in values.items() if v and v != current[k]}
            if not changes:
                report.skipped.append(RowNote(number, Note.UNCHANGED,
                                              {"name": participants.display_name(
                                                  current["first_name"], current["prefix"],
                                                  current["last_name"])}))
                continue
            old = participants.update(store, match.id, **changes)
            current.update(changes)
            if match.id in report.updated_rows:
                old = {**old, **report.updated_rows[match.id][0]}
                changes = {**report.updated_rows[match.id][1], **changes}
            report.updated_rows[match.id] = (old, changes)
    report.added = len(report.added_rows)
    report.updated = len(report.updated_rows)
    report.skipped.sort(key=lambda n: n.row)
    report.warnings.sort(key=lambda n: n.row)
    return report


def import_file(store: Store, source: Path | str | bytes, mapping: Mapping | None = None,
                table: Table | None = None) -> ImportReport:
    """Read, map, clean and apply a participant list; all or nothing."""
    table = table or read_table(source)
    mapping = mapping or guess_mapping(table)
    prepared = prepare(table, mapping)
    report = ImportReport(source="" if isinstance(source, bytes) else str(source), kind=table.kind,
                          encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
                          rows_read=len(table.rows))
    return apply(store, prepared, report)


def undo_import(store: Store, report: ImportReport) -> None:
    """Remove what an import added and put back what it changed (one transaction)."""
    with store.transaction("participants"):
        for pid in report.added_rows:
            participants.delete(store, pid)
        for pid, (old, _new) in report.updated_rows.items():
            participants.update(store, pid, **old)


def redo_import(store: Store, report: ImportReport) -> None:
    """Apply an undone import again, with the same ids."""
    with store.transaction("participants"):
        for pid, values in report.added_rows.items():
            participants.restore(store, pid, values)
        for pid, (_old, new) in report.updated_rows.items():
            participants.update(store, pid, **new)


def report_dict(report: ImportReport) -> dict:
    """The whole report as plain data (for logging and tests)."""
    return asdict(report)
