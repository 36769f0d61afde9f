"""The programme: many organisations' trajectory files rolled up, read-only.

Every file is read and never changed: no lock is taken and nothing is written beside it.

- A file nobody has open (no ``-wal`` beside it) is read into memory as bytes and opened
  there, so SQLite creates no side files either.
- A file that is open elsewhere (its ``-wal`` is there) is read through a read-only
  connection with the SQLite backup API, which copies one consistent snapshot (committed
  changes in the WAL included) into memory.
- A file from an older version is migrated in that in-memory copy, never in place.
- A corrupt, truncated, foreign or newer file is listed with its reason; the rest still roll
  up.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sessions import budget, experiments, lessons, peer_links
from sessions.errors import Code, StartdagError, StoreError
from sessions.participants import display_name
from sessions.schema import APPLICATION_ID, CURRENT_VERSION
from sessions.store import SQLITE_MAGIC, SUFFIX, _migrate


@dataclass
class Organisation:
    """One organisation's file, summarised."""

    path: str
    name: str
    question: str
    theme: str
    budget: float
    used: float
    remaining: float
    level: str
    runs_out: str
    status: dict[str, int]
    result: dict[str, int]
    pairs: int | None
    lessons: int
    migrated_from: int | None = None
    experiments: list[dict] = field(default_factory=list, repr=False)   # raw rows
    names: set[str] = field(default_factory=set, repr=False)            # every person's name


@dataclass
class Problem:
    """A file that could not be rolled up, and why (an error code for the UI to say)."""

    path: str
    error: StartdagError


@dataclass
class Programme:
    """The roll-up of every file that could be read, and the files that could not."""

    organisations: list[Organisation]
    problems: list[Problem]

    def library(self, *, with_organisations: bool = False) -> lessons.Library:
        """The anonymised lessons library across all organisations."""
        names = set().union(*(o.names for o in self.organisations)) if self.organisations else set()
        raw = [{**e, "organisation": o.name} for o in self.organisations for e in o.experiments]
        return lessons.build(raw, names, [o.name for o in self.organisations],
                             with_organisations=with_organisations)

    def totals(self) -> dict:
        """Hours, experiments by status and result, pairs and lessons over all organisations."""
        status = dict.fromkeys(experiments.STATUSES, 0)
        result = dict.fromkeys(experiments.RESULTS, 0)
        for o in self.organisations:
            for k, v in o.status.items():
                status[k] += v
            for k, v in o.result.items():
                result[k] += v
        return {"budget": round(sum(o.budget for o in self.organisations), 2),
                "used": round(sum(o.used for o in self.organisations), 2),
                "remaining": round(sum(o.remaining for o in self.organisations), 2),
                "status": status, "result": result,
                "pairs": sum(o.pairs or 0 for o in self.organisations),
                "lessons": sum(o.lessons for o in self.organisations)}


# ---------------------------------------------------------------- finding the files


def collect(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The trajectory files named, or found directly in the folders named (sorted, no repeats)."""
    found: list[Path] = []
    problems: list[Problem] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(x for x in p.iterdir() if x.suffix == SUFFIX and x.is_file()
                            and not x.name.startswith("."))
        elif p.exists():
            found.append(p)
        else:
            problems.append(Problem(str(p), StoreError(Code.NOT_FOUND, path=str(p))))
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique, problems


# ---------------------------------------------------------------- reading one file


def _check_header(path: Path, data: bytes, size: int) -> int:
    """The checks of ``store.inspect_file`` on the first bytes, without opening the file."""
    if size == 0:
        raise StoreError(Code.EMPTY, path=str(path))
    if not data.startswith(SQLITE_MAGIC):
        raise StoreError(Code.NOT_SQLITE, path=str(path))
    if size < 100 or len(data) < 100:
        raise StoreError(Code.TRUNCATED, path=str(path))
    page_size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", data[28:32])[0]
    version = struct.unpack(">i", data[60:64])[0]
    if struct.unpack(">i", data[68:72])[0] != APPLICATION_ID:
        raise StoreError(Code.FOREIGN, path=str(path))
    if version > CURRENT_VERSION:
        raise StoreError(Code.NEWER, path=str(path), version=version, supported=CURRENT_VERSION)
    if page_size < 512 or size % page_size or (page_count and size < page_count * page_size):
        raise StoreError(Code.TRUNCATED, path=str(path))
    return version


def snapshot(path: Path) -> tuple[sqlite3.Connection, int]:
    """An in-memory copy of a trajectory file at its current schema, and its file version."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(Code.NOT_FOUND if not path.exists() else Code.NOT_A_FILE, path=str(path))
    wal = Path(f"{path}-wal")
    mem = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if wal.exists() and wal.stat().st_size > 0:
            with open(path, "rb") as fh:
                _check_header(path, fh.read(100), path.stat().st_size)
            src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                src.backup(mem)
            finally:
                src.close()
        else:
            data = bytearray(path.read_bytes())
            _check_header(path, bytes(data[:100]), len(data))
            data[18:20] = b"\x01\x01"      # WAL mode means nothing in memory: legacy journal
            mem.deserialize(bytes(data))
        version = mem.execute("PRAGMA user_version").fetchone()[0]
        if version > CURRENT_VERSION:
            raise StoreError(Code.NEWER, path=str(path), version=version, supported=CURRENT_VERSION)
        check = mem.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise StoreError(Code.CORRUPT, path=str(path), detail=str(check[0][0]))
        if mem.execute("SELECT 1 FROM sqlite_master WHERE name = 'trajectory'").fetchone() is None:
            raise StoreError(Code.FOREIGN, path=str(path))
        if version < CURRENT_VERSION:
            _migrate(mem, version)
    except sqlite3.DatabaseError as exc:
        mem.close()
        raise StoreError(Code.CORRUPT, path=str(path), detail=str(exc)) from None
    except BaseException:
        mem.close()
        raise
    return mem, version


def _names(conn: sqlite3.Connection) -> set[str]:
    names = set()
    for first, prefix, last in conn.execute("SELECT first_name, prefix, last_name FROM participant"):
        names.add(display_name(first, prefix, last))
        names.update(x for x in (first, last) if x)
    try:
        facilitators = json.loads(conn.execute("SELECT facilitators FROM trajectory").fetchone()[0])
        names.update(str(f.get("name", "")) for f in facilitators if isinstance(f, dict))
    except (TypeError, ValueError):
        pass
    row = conn.execute("SELECT contacts FROM intake WHERE id = 1").fetchone()
    if row:
        try:
            names.update(str(c.get("name", "")) for c in json.loads(row[0])
                         if isinstance(c, dict))
        except ValueError:
            pass
    names.update(r[0] for r in conn.execute("SELECT DISTINCT adviser FROM advice_hours"))
    return {n for n in names if n and n.strip()}


def read(path: Path, today: date | None = None) -> Organisation:
    """One organisation's summary, read without changing the file."""
    conn, version = snapshot(path)
    try:
        conn.row_factory = sqlite3.Row
        title, organisation = conn.execute("SELECT title, organisation FROM trajectory").fetchone()
        row = conn.execute("SELECT question, theme FROM intake WHERE id = 1").fetchone()
        question, theme = (row["question"], row["theme"]) if row else ("", "")
        s = budget.summary(conn, today)
        counts = experiments.counts(conn)
        hours = {r[0]: r[1] for r in conn.execute(
            "SELECT experiment_id, SUM(hours) FROM advice_hours WHERE experiment_id IS NOT NULL"
            " GROUP BY experiment_id")}
        raw = []
        for r in conn.execute("SELECT * FROM experiment ORDER BY position, id"):
            d = dict(r)
            try:
                d["spread_to"] = json.loads(d["spread_to"] or "[]")
            except ValueError:
                d["spread_to"] = []
            d["theme"] = d["theme"] or theme
            d["hours"] = round(hours.get(d["id"], 0.0), 2)
            raw.append(d)
        conn.row_factory = None
        names = _names(conn)
        return Organisation(
            path=str(path), name=organisation or title, question=question, theme=theme,
            budget=s.budget, used=s.used, remaining=s.remaining, level=s.level,
            runs_out=s.runs_out, status=counts["status"], result=counts["result"],
            pairs=peer_links.pairs_made(conn),
            lessons=sum(1 for e in raw if e["result"] or e["lesson"]),
            migrated_from=version if version < CURRENT_VERSION else None,
            experiments=raw, names=names)
    finally:
        conn.close()


def roll_up(paths: list[Path], today: date | None = None) -> Programme:
    """Read every file (folders are searched one level deep); never raise for one bad file."""
    files, problems = collect(paths)
    orgs: list[Organisation] = []
    for path in files:
        try:
            orgs.append(read(path, today))
        except StartdagError as exc:
            problems.append(Problem(str(path), exc))
        except (OSError, sqlite3.Error) as exc:
            problems.append(Problem(str(path), StoreError(Code.CORRUPT, path=str(path),
                                                          detail=str(exc))))
    orgs.sort(key=lambda o: o.name.casefold())
    return Programme(orgs, problems)
