"""Open or create a trajectory file: schema and migrations, the lock, backups, transactions.

A trajectory is one SQLite file (``*.startdag``). Every edit is its own transaction
and is durable when the call returns (WAL, ``synchronous=FULL``). Services call
``with store.transaction(topic): ...`` and note the ids they touch on ``store.change``;
subscribers hear about the change after the commit, never about a rolled-back one:
``subscribe`` listeners get each topic as before, ``subscribe_changes`` listeners get the
whole :class:`sessions.changes.Change` record once.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import sqlite3
import struct
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from sessions import sql
from sessions.changes import Change
from sessions.errors import Code, StoreError
from sessions.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS

SUFFIX = ".startdag"
SQLITE_MAGIC = b"SQLite format 3\x00"

Listener = Callable[[str], None]
ChangeListener = Callable[[Change], None]


def now_iso() -> str:
    """The local time as an ISO string with seconds, the form every timestamp uses."""
    return datetime.now().isoformat(timespec="seconds")


def data_dir() -> Path:
    """The user data dir (backups, the demo trajectory)."""
    return Path(platformdirs.user_data_dir("Startdag", appauthor=False))


def backup_dir_for(path: Path) -> Path:
    """Where the backups of a file written before version 3 (no id yet) were kept."""
    path = Path(path).resolve()
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


# ---------------------------------------------------------------- inspecting


def inspect_file(path: Path) -> int:
    """Check a file is a readable trajectory without writing to it; return its schema version."""
    path = Path(path)
    if not path.exists():
        raise StoreError(Code.NOT_FOUND, path=str(path))
    if not path.is_file():
        raise StoreError(Code.NOT_A_FILE, path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise StoreError(Code.EMPTY, path=str(path))
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise StoreError(Code.NOT_SQLITE, path=str(path))
    if len(header) < 100:
        raise StoreError(Code.TRUNCATED, path=str(path))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    user_version = struct.unpack(">i", header[60:64])[0]
    application_id = struct.unpack(">i", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise StoreError(Code.FOREIGN, path=str(path))
    if user_version > CURRENT_VERSION:
        raise StoreError(Code.NEWER, path=str(path), version=user_version, supported=CURRENT_VERSION)
    if page_size < 512 or size % page_size or (page_count and size < page_count * page_size):
        raise StoreError(Code.TRUNCATED, path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(Code.CORRUPT, path=str(path), detail=str(exc)) from None
    if result != [("ok",)]:
        raise StoreError(Code.CORRUPT, path=str(path), detail=str(result[0][0]))
    if "trajectory" not in tables:
        raise StoreError(Code.FOREIGN, path=str(path))
    return user_version


# ---------------------------------------------------------------- the lock


@dataclass(frozen=True)
class LockInfo:
    """Who holds a trajectory file open for writing."""

    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def mine(cls) -> LockInfo:
        """A lock record for this process."""
        return cls(getpass.getuser(), socket.gethostname(), os.getpid(), now_iso())

    def is_stale(self) -> bool:
        """True when the holder is a dead process on this host."""
        if self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


def lock_path(path: Path) -> Path:
    """The lock file beside a trajectory file."""
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> LockInfo | None:
    """The current holder of a trajectory file, or None when it is free."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockInfo("?", "?", -1, "")


def _acquire_lock(path: Path, take_over: bool) -> LockInfo:
    lp = lock_path(path)
    mine = LockInfo.mine()
    payload = json.dumps(mine.__dict__).encode()
    for _attempt in range(2):
        try:
            fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder is None:
                continue
            if take_over or holder.is_stale():
                with contextlib.suppress(FileNotFoundError):
                    lp.unlink()
                continue
            raise StoreError(Code.LOCKED, path=str(path), user=holder.user, host=holder.host,
                             pid=holder.pid, since=holder.since) from None
        except OSError as exc:
            raise StoreError(Code.UNWRITABLE, path=str(path), detail=str(exc)) from None
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        return mine
    raise StoreError(Code.LOCKED, path=str(path), user="?", host="?", pid=-1, since="")


# ---------------------------------------------------------------- the store


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    # Autocommit at the driver level: transactions are explicit (Store.transaction), so a
    # statement outside one commits at once instead of lingering in an implicit transaction.
    conn.isolation_level = None
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


class Store:
    """An open trajectory file. Build with :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool,
                 lock: LockInfo | None, holder: LockInfo | None = None):
        self.path = Path(path)
        self.conn = conn
        self.db = sql.Database(conn)     # atomic edits and dict rows (sessions/sql.py)
        self.read_only = read_only
        self.lock = lock
        self.holder = holder          # who holds the lock when we are read-only because of it
        self._listeners: list[Listener] = []
        self._change_listeners: list[ChangeListener] = []
        self._frames: list[Change] = []       # one record per open (nested) transaction
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.uid: str | None = None           # the trajectory's own id (schema 3), keys backups

    # -------------------------------------------------------- create / open

    @classmethod
    def create(cls, path: Path, *, title: str, organisation: str = "", concept: str = "",
               competences: list[str] | None = None, facilitators: list[dict] | None = None,
               meetings: list[dict] | None = None, overwrite: bool = False) -> Store:
        """Write a new trajectory file and return it open."""
        path = Path(path)
        if not title.strip():
            raise StoreError(Code.INVALID, field="title")
        if path.exists() and not overwrite:
            raise StoreError(Code.EXISTS, path=str(path))
        if path.exists():
            holder = read_lock(path)
            if holder and not holder.is_stale() and holder.pid != os.getpid():
                raise StoreError(Code.LOCKED, path=str(path), user=holder.user, host=holder.host,
                                 pid=holder.pid, since=holder.since)
        tmp = path.with_name(f".{path.name}.creating")
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = DELETE")
            _migrate(conn, 0)
            conn.execute("BEGIN")
            conn.execute(
                "INSERT INTO trajectory (id, title, organisation, concept, competences,"
                " facilitators, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
                (title.strip(), organisation.strip(), concept.strip(),
                 json.dumps(competences or [], ensure_ascii=False),
                 json.dumps(facilitators or [], ensure_ascii=False), now_iso()))
            for pos, m in enumerate(meetings or default_meetings()):
                conn.execute(
                    "INSERT INTO meeting (kind, title, date, venue, position) VALUES (?,?,?,?,?)",
                    (m["kind"], m.get("title") or m["kind"], m.get("date", ""),
                     m.get("venue", ""), pos))
            conn.execute("UPDATE trajectory SET uid = ? WHERE id = 1", (uuid.uuid4().hex,))
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
            for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                side.unlink(missing_ok=True)
            os.replace(tmp, path)
        except OSError as exc:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
            raise StoreError(Code.UNWRITABLE, path=str(path), detail=str(exc)) from None
        return cls.open(path, backup=False)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, take_over: bool = False,
             backup: bool = True, policy=None) -> Store:
        """Open an existing trajectory file.

        When another live process holds the lock, raise ``Code.LOCKED`` unless
        ``read_only`` is asked for; the read-only store then names the holder.
        ``backup`` takes a backup at once (the app takes it on its worker thread instead);
        a file that needs a migration always gets one first, kept apart. ``policy`` says
        where backups go (sessions.backups.Policy; the user data dir by default).
        """
        path = Path(path)
        version = inspect_file(path)
        holder = None
        lock = None
        if not read_only:
            lock = _acquire_lock(path, take_over)
        else:
            holder = read_lock(path)
        try:
            if version < CURRENT_VERSION and read_only:
                raise StoreError(Code.READ_ONLY, path=str(path), reason="needs_migration")
            conn = _connect(path, read_only)
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
            store = cls(path, conn, read_only=read_only, lock=lock, holder=holder)
            if not read_only:
                store._prepare_backups(version, backup, policy)
            else:
                from sessions.backups import uid_of

                store.uid = uid_of(conn)
        except BaseException:
            if lock is not None:
                lock_path(path).unlink(missing_ok=True)
            raise
        return store

    def close(self) -> None:
        """Checkpoint, close the connection and release the lock."""
        if self.conn is None:
            return
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = None
        if self.lock is not None:
            holder = read_lock(self.path)
            if holder is not None and holder.pid == self.lock.pid and holder.since == self.lock.since:
                lock_path(self.path).unlink(missing_ok=True)
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -------------------------------------------------------- transactions

    @contextlib.contextmanager
    def transaction(self, *topics: str) -> Iterator[sqlite3.Connection]:
        """One atomic, durable edit. Listeners hear ``topics`` after the outer commit.

        While it runs, ``store.change`` is its record: services add the ids they insert,
        update and delete. A nested transaction's record merges into the outer one when
        it succeeds and is dropped when it rolls back.
        """
        if self.read_only:
            raise StoreError(Code.READ_ONLY, path=str(self.path))
        frame = Change().touch(*topics)
        self._frames.append(frame)
        try:
            with self.db.atomic():
                yield self.conn
        except BaseException:
            self._frames.pop()
            raise
        self._frames.pop()
        if self._frames:
            self._frames[-1].merge(frame)
            return
        self._deliver(frame)

    @property
    def change(self) -> Change:
        """The record of the innermost open transaction (a throwaway one outside any)."""
        return self._frames[-1] if self._frames else Change()

    @property
    def _depth(self) -> int:
        return len(self._frames)

    def _deliver(self, change: Change) -> None:
        # the record first: models that update from it are current when a topic listener
        # (older code) reads them
        for listener in list(self._change_listeners):
            listener(change)
        for topic in change.topics:
            self.notify(topic)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(topic)`` after every committed change, once per topic."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def subscribe_changes(self, listener: ChangeListener) -> None:
        """Call ``listener(change)`` with the whole record after every committed transaction."""
        self._change_listeners.append(listener)

    def unsubscribe_changes(self, listener: ChangeListener) -> None:
        """Stop calling ``listener``."""
        with contextlib.suppress(ValueError):
            self._change_listeners.remove(listener)

    def notify(self, topic: str) -> None:
        """Tell every topic listener that ``topic`` changed."""
        for listener in list(self._listeners):
            listener(topic)

    def announce(self, *topics: str) -> None:
        """Tell every listener, topic and record alike, that ``topics`` changed (no ids)."""
        self._deliver(Change().touch(*topics))

    # -------------------------------------------------------- reading helpers

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        """Rows as dicts."""
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: tuple | dict = ()) -> dict | None:
        """The first row as a dict, or None."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: tuple | dict = ()):
        """The first column of the first row, or None."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # -------------------------------------------------------- delete with undo

    def _references_to(self, table: str) -> list[tuple[str, str, str, str]]:
        """(child table, child column, parent column, on_delete) for every FK into ``table``."""
        found = []
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for child in names:
            for fk in self.conn.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                if fk[2] == table:
                    found.append((child, fk[3], fk[4] or "id", fk[6].upper()))
        return found

    def snapshot_cascade(self, table: str, column: str, keys: list) -> list[tuple]:
        """Everything deleting ``table`` rows with ``column`` in ``keys`` would remove or null.

        Returns steps for :meth:`restore_cascade`, parents before children, so an undo
        of a delete brings back the rows with their ids, memberships, sign-ups and
        references exactly as they were.
        """
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.query(f"SELECT * FROM {table} WHERE {column} IN ({marks})", tuple(keys))
        steps: list[tuple] = [("insert", table, rows)] if rows else []
        for child, child_col, parent_col, on_delete in self._references_to(table):
            parent_keys = [r[parent_col] for r in rows]
            if child == table and child_col == column:
                continue
            if on_delete == "CASCADE":
                steps.extend(self.snapshot_cascade(child, child_col, parent_keys))
            elif on_delete == "SET NULL" and parent_keys:
                pmarks = ",".join("?" * len(parent_keys))
                nulled = self.conn.execute(
                    f"SELECT rowid, {child_col} FROM {child} WHERE {child_col} IN ({pmarks})",
                    tuple(parent_keys)).fetchall()
                if nulled:
                    steps.append(("set", child, child_col, nulled))
        return steps

    def restore_cascade(self, steps: list[tuple]) -> None:
        """Undo a delete recorded by :meth:`snapshot_cascade` (call inside a transaction)."""
        for step in steps:
            if step[0] == "insert":
                _, table, rows = step
                for row in rows:
                    cols = ", ".join(row)
                    marks = ", ".join("?" * len(row))
                    self.conn.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({marks})",
                                      tuple(row.values()))
        for step in steps:
            if step[0] == "set":
                _, table, column, pairs = step
                self.conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                                      [(value, rowid) for rowid, value in pairs])

    @property
    def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -------------------------------------------------------- backups

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the open file (SQLite backup API)."""
        target = Path(target)
        tmp = target.with_name(f".{target.name}.partial")
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                self.conn.backup(dest)
                # a copy saved by hand is a trajectory of its own: its own id, its own backups
                dest.execute("UPDATE trajectory SET uid = ? WHERE id = 1", (uuid.uuid4().hex,))
                dest.commit()
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(Code.UNWRITABLE, path=str(target), detail=str(exc)) from None

    def _prepare_backups(self, version: int, backup: bool, policy) -> None:
        """Give the file its id, take the backup before a migration (kept apart), migrate,
        move backups kept by path (before ids) under the id, and take the backup at open."""
        from sessions import backups

        policy = policy or backups.Policy.default()
        uid = backups.uid_of(self.conn) or backups.new_uid()
        title = str(self.scalar("SELECT title FROM trajectory WHERE id = 1") or "")
        if version < CURRENT_VERSION:
            taken = backups.take(self.path, uid, f"v{version}-before-migration", policy,
                                 title=title, kept=True)
            self.backup_path = taken.path
            _migrate(self.conn, version)
            self.migrated_from = version
        if backups.uid_of(self.conn) != uid:
            self.conn.execute("UPDATE trajectory SET uid = ? WHERE id = 1", (uid,))
        self.uid = uid
        backups.adopt_legacy(self.path, uid, policy)
        if backup:
            taken = backups.take(self.path, uid, "open", policy, title=title)
            self.backup_path = taken.path if self.backup_path is None else self.backup_path


def list_backups(path: Path) -> list[Path]:
    """The backups of one trajectory file in the user data dir, oldest first."""
    from sessions import backups

    return [b.path for b in reversed(backups.list_for(Path(path), backups.Policy.default()))]


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply every migration after ``from_version``, each in its own transaction."""
    for version in range(from_version + 1, CURRENT_VERSION + 1):
        conn.execute("BEGIN")
        try:
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside our DDL)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def default_meetings() -> list[dict]:
    """The three meetings of a trajectory, without dates yet."""
    return [
        {"kind": "bouwsessie", "title": "Bouwsessie"},
        {"kind": "startdag", "title": "Startdag"},
        {"kind": "oogstsessie", "title": "Oogstsessie"},
    ]
