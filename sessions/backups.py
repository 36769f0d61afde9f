"""Backups of trajectory files: where they live, when they are taken, how long they are kept.

A trajectory carries its own id (``trajectory.uid``, schema version 3), so its backups follow
it when the file is moved, renamed or carried on a USB stick. On disk::

    <root>/<uid>/about.json                                   title and last known paths
    <root>/<uid>/<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.startdag      rotating backups
    <root>/<uid>/kept/<stem>-<stamp>-v2-before-migration.startdag      never rotated

``root`` is ``<user data dir>/backups``; a second place (a USB stick, a synced folder) gets
the same layout under ``<mirror>/Startdag backups``. Files written before version 3 kept their
backups in ``<root>/<stem>-<sha1 of the path>``; those are still found by the path, and are
moved under the id the first time the file is opened by this version.

Every backup is written with the SQLite backup API from a read-only connection, so the one
writing connection of the open file is never doubled, and it can run on a worker thread
(:class:`Keeper`) while the facilitator goes on working.

Kept: the newest ``keep_last`` backups plus the newest of each day; anything older than
``retention_days`` is removed, except the newest backup of each trajectory. Backups taken
before a migration are never rotated away, only removed by the retention period.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import re
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sessions.errors import Code, StoreError
from sessions.store import SUFFIX, data_dir, inspect_file, read_lock

KEEP_LAST = 10
RETENTION_DAYS = 90
INTERVAL = timedelta(minutes=10)
MIRROR_FOLDER = "Startdag backups"
KEPT = "kept"
ABOUT = "about.json"
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.*)-(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<reason>[A-Za-z0-9-]+))?"
                   + re.escape(SUFFIX) + "$")
_UID = re.compile(rb"[0-9a-f]{32}")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# what a backup "holds", in the words of the facilitator: (key, table)
COUNTED = (("participants", "participant"), ("questions", "question"), ("actions", "action"))


# ---------------------------------------------------------------- where


@dataclass(frozen=True)
class Policy:
    """Where backups go and how long they stay."""

    root: Path
    mirror: Path | None = None
    keep_last: int = KEEP_LAST
    retention_days: int = RETENTION_DAYS

    @classmethod
    def default(cls, *, mirror: Path | str | None = None,
                retention_days: int = RETENTION_DAYS) -> Policy:
        """Backups in the user data dir, optionally mirrored."""
        return cls(data_dir() / "backups", Path(mirror) if mirror else None,
                   retention_days=max(1, int(retention_days)))

    @property
    def mirror_root(self) -> Path | None:
        """The folder inside the second place that holds the mirrored backups."""
        return self.mirror / MIRROR_FOLDER if self.mirror else None

    def roots(self) -> list[Path]:
        """The main root, then the mirror's (when one is set)."""
        return [self.root] + ([self.mirror_root] if self.mirror_root else [])


def legacy_folder(root: Path, path: Path) -> Path:
    """Where a file's backups lived before trajectories had an id (keyed by its path)."""
    path = Path(path).resolve()
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:8]
    return root / f"{path.stem}-{digest}"


def new_uid() -> str:
    """A fresh trajectory id: 32 lowercase hex digits."""
    return uuid.uuid4().hex


def uid_of(conn: sqlite3.Connection) -> str | None:
    """The id stored in an open trajectory, or None for a file from before version 3."""
    try:
        row = conn.execute("SELECT uid FROM trajectory WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and row[0] else None


def _known_uids(policy: Policy) -> set[str]:
    found = set()
    for root in policy.roots():
        with contextlib.suppress(OSError):
            found.update(p.name for p in root.iterdir() if re.fullmatch(r"[0-9a-f]{32}", p.name))
    return found


def _about(folder: Path) -> dict:
    try:
        data = json.loads((folder / ABOUT).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def find_uid(path: Path, policy: Policy) -> str | None:
    """The id of a trajectory file, even a damaged one.

    In order: the id read from the file; an id that has backups and is found in the file's
    bytes (a damaged file mostly still holds its trajectory row); the id whose backups were
    last taken of a file at this path.
    """
    path = Path(path)
    if path.is_file():
        with contextlib.suppress(sqlite3.Error, OSError, ValueError):
            # immutable: no -wal/-shm appear beside a file that may be damaged
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                found = uid_of(conn)
            finally:
                conn.close()
            if found:
                return found
        known = _known_uids(policy)
        if known:
            # look for each known id itself: a regex over hex runs misses an id that follows
            # other hex digits (the row's created_at ends in digits right before the uid)
            wanted = [(u, u.encode()) for u in known]
            with contextlib.suppress(OSError), open(path, "rb") as fh:
                tail = b""
                while chunk := fh.read(1 << 20):
                    data = tail + chunk
                    for uid, raw in wanted:
                        if raw in data:
                            return uid
                    tail = data[-32:]
    return uid_by_path(path, policy)


def uid_by_path(path: Path, policy: Policy) -> str | None:
    """The id whose backups were most recently taken of a file at ``path``."""
    target = str(Path(path).resolve())
    best: tuple[str, str] | None = None
    for root in policy.roots():
        with contextlib.suppress(OSError):
            for folder in root.iterdir():
                about = _about(folder) if folder.is_dir() else {}
                if target in about.get("paths", []):
                    seen = str(about.get("seen", ""))
                    if best is None or seen > best[0]:
                        best = (seen, folder.name)
    return best[1] if best else None


def folders_for(path: Path | None, uid: str | None, policy: Policy) -> list[Path]:
    """Every existing folder that holds backups of this trajectory (id first, then by path)."""
    found = []
    for root in policy.roots():
        if uid:
            found.append(root / uid)
        if path is not None:
            found.append(legacy_folder(root, path))
    return [f for f in found if f.is_dir()]


def adopt_legacy(path: Path, uid: str, policy: Policy) -> int:
    """Move the backups kept by path (before ids) under the trajectory's id; return how many."""
    old = legacy_folder(policy.root, path)
    if not old.is_dir():
        return 0
    moved = 0
    for b in in_folder(old):
        folder = policy.root / uid / (KEPT if b.kept else "")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not (folder / b.path.name).exists():
                os.replace(b.path, folder / b.path.name)
                moved += 1
        except OSError:
            continue
    with contextlib.suppress(OSError):
        for leftover in old.iterdir():
            if leftover.name.endswith(".partial"):
                leftover.unlink()
        old.rmdir()
    if moved and not (policy.root / uid / ABOUT).exists():
        with contextlib.suppress(OSError):
            _write_about(policy.root / uid, uid, Path(path), "", datetime.now())
    return moved


# ---------------------------------------------------------------- what


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    time: datetime
    reason: str                   # open meeting interval close manual before-migration-vN ''
    kept: bool                    # taken before a migration: never rotated away
    size: int

    @property
    def folder(self) -> Path:
        """The folder of the trajectory's backups it lives in."""
        return self.path.parent.parent if self.kept else self.path.parent


@dataclass
class Examination:
    """What a backup (or any trajectory file) holds, and whether it passes the integrity check."""

    ok: bool
    problem: str = ""             # a Code value when not ok
    title: str = ""
    uid: str | None = None
    version: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def parse(path: Path) -> Backup | None:
    """A backup from its file name, or None when the name is not one of ours."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        time = datetime.strptime(match["stamp"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    reason = match["reason"] or ""
    return Backup(path, time, reason, path.parent.name == KEPT or "before-migration" in reason,
                  size)


def in_folder(folder: Path) -> list[Backup]:
    """The backups in one trajectory's folder (with its kept ones), newest first."""
    found = []
    for sub in (folder, folder / KEPT):
        with contextlib.suppress(OSError):
            for p in sub.glob(f"*{SUFFIX}"):
                b = parse(p)
                if b is not None:
                    found.append(b)
    return sorted(found, key=lambda b: (b.time, b.path.name), reverse=True)


def list_for(path: Path | None, policy: Policy, uid: str | None = None) -> list[Backup]:
    """Every backup of a trajectory in every place, newest first."""
    if uid is None and path is not None:
        uid = find_uid(path, policy)
    found: dict[Path, Backup] = {}
    for folder in folders_for(path, uid, policy):
        for b in in_folder(folder):
            found[b.path] = b
    return sorted(found.values(), key=lambda b: (b.time, b.path.name), reverse=True)


def examine(path: Path) -> Examination:
    """Check a file (read-only) and count what it holds. Never raises for a bad file."""
    try:
        version = inspect_file(path)
    except StoreError as exc:
        return Examination(False, problem=exc.code.value)
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            counts = {key: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                      for key, table in COUNTED if table in tables}
            title = conn.execute("SELECT title FROM trajectory WHERE id = 1").fetchone()
            return Examination(True, title=title[0] if title else "", uid=uid_of(conn),
                               version=version, counts=counts)
        finally:
            conn.close()
    except sqlite3.Error:
        return Examination(False, problem=Code.CORRUPT.value)


def newest_good(backups: list[Backup]) -> tuple[Backup, Examination] | None:
    """The newest backup that passes the integrity check, with what it holds."""
    for b in backups:
        exam = examine(b.path)
        if exam.ok:
            return b, exam
    return None


# ---------------------------------------------------------------- taking


def _safe_stem(stem: str) -> str:
    return _UNSAFE.sub("_", stem).strip(" .")[:60] or "trajectory"


def _copy_with_backup_api(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a read-only connection (atomic rename at the end)."""
    tmp = target.with_name(f".{target.name}.partial")
    try:
        src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True,
                              check_same_thread=False)
        try:
            dest = sqlite3.connect(str(tmp), check_same_thread=False)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise StoreError(Code.UNWRITABLE, path=str(target), detail=str(exc)) from None


def _write_about(folder: Path, uid: str, source: Path, title: str, now: datetime) -> None:
    about = _about(folder)
    paths = [str(Path(source).resolve())] + [p for p in about.get("paths", [])
                                             if p != str(Path(source).resolve())]
    data = {"uid": uid, "title": title or about.get("title", ""), "paths": paths[:5],
            "seen": now.isoformat(timespec="seconds")}
    tmp = folder / f".{ABOUT}.partial"
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, folder / ABOUT)


def _unique(folder: Path, stem: str, now: datetime, reason: str) -> Path:
    t = now
    while True:
        target = folder / f"{stem}-{t.strftime(STAMP)}-{reason}{SUFFIX}"
        if not target.exists():
            return target
        t += timedelta(microseconds=1)


@dataclass
class Taken:
    """The result of one backup: where it went, and what did not work."""

    reason: str
    path: Path | None = None
    error: StoreError | None = None
    mirror_path: Path | None = None
    mirror_error: StoreError | None = None


def take(source: Path, uid: str, reason: str, policy: Policy, *, now: datetime | None = None,
         title: str = "", kept: bool = False) -> Taken:
    """Back up ``source`` now (read-only connection), mirror it, then prune by the rules.

    Raises nothing: a failed backup must not stop the facilitator; the result says what failed.
    """
    now = now or datetime.now()
    source = Path(source)
    result = Taken(reason)
    stem = _safe_stem(source.stem)
    main = policy.root / uid
    try:
        folder = main / KEPT if kept else main
        folder.mkdir(parents=True, exist_ok=True)
        target = _unique(folder, stem, now, reason)
        _copy_with_backup_api(source, target)
        result.path = target
        _write_about(main, uid, source, title, now)
    except StoreError as exc:
        result.error = exc
    except OSError as exc:
        result.error = StoreError(Code.UNWRITABLE, path=str(main), detail=str(exc))
    if policy.mirror_root is not None:
        mirror = policy.mirror_root / uid
        try:
            if not policy.mirror.is_dir():
                raise StoreError(Code.UNWRITABLE, path=str(policy.mirror), reason="no_folder")
            folder = mirror / KEPT if kept else mirror
            folder.mkdir(parents=True, exist_ok=True)
            target = _unique(folder, stem, now, reason)
            if result.path is not None:
                tmp = target.with_name(f".{target.name}.partial")
                try:
                    shutil.copyfile(result.path, tmp)
                    os.replace(tmp, target)
                finally:
                    tmp.unlink(missing_ok=True)
            else:
                _copy_with_backup_api(source, target)
            result.mirror_path = target
            _write_about(mirror, uid, source, title, now)
            prune(mirror, policy, now)
        except StoreError as exc:
            result.mirror_error = exc
        except OSError as exc:
            result.mirror_error = StoreError(Code.UNWRITABLE, path=str(mirror), detail=str(exc))
    if result.path is not None:
        prune(main, policy, now)
    return result


# ---------------------------------------------------------------- keeping


def to_remove(backups: list[Backup], policy: Policy, now: datetime) -> list[Backup]:
    """Which of one trajectory's backups the rules let go.

    Rotating backups: the newest ``keep_last`` stay, and the newest of each day. Kept ones
    (before a migration) are never rotated. Both go once older than the retention period,
    except the newest backup of all.
    """
    if not backups:
        return []
    ordered = sorted(backups, key=lambda b: (b.time, b.path.name), reverse=True)
    newest = ordered[0]
    rotating = [b for b in ordered if not b.kept]
    keep = {b.path for b in rotating[:policy.keep_last]}
    days: set = set()
    for b in rotating:
        if b.time.date() not in days:
            days.add(b.time.date())
            keep.add(b.path)
    keep.update(b.path for b in ordered if b.kept)
    limit = now - timedelta(days=policy.retention_days)
    return [b for b in ordered if b is not newest and (b.path not in keep or b.time < limit)]


def prune(folder: Path, policy: Policy, now: datetime | None = None) -> list[Path]:
    """Apply the rules to one trajectory's folder; return what was removed."""
    removed = []
    for b in to_remove(in_folder(folder), policy, now or datetime.now()):
        with contextlib.suppress(OSError):
            b.path.unlink()
            removed.append(b.path)
    return removed


def prune_all(policy: Policy, now: datetime | None = None) -> list[Path]:
    """Apply the rules to every trajectory's backups in every place (at start-up)."""
    removed = []
    for root in policy.roots():
        with contextlib.suppress(OSError):
            for folder in sorted(root.iterdir()):
                if folder.is_dir():
                    removed += prune(folder, policy, now)
    return removed


@dataclass
class Place:
    """One place where backups are kept, with how many and how much."""

    root: Path
    count: int
    size: int


def places(backups: list[Backup], policy: Policy) -> list[Place]:
    """Per root: how many of ``backups`` it holds and their total size."""
    result = []
    for root in policy.roots():
        mine = [b for b in backups if root in b.path.parents]
        result.append(Place(root, len(mine), sum(b.size for b in mine)))
    return result


@dataclass
class Trajectory:
    """A trajectory that has backups (for the overview of all of them)."""

    uid: str
    title: str
    paths: list[str]
    backups: list[Backup]


def all_trajectories(policy: Policy) -> list[Trajectory]:
    """Every trajectory with backups in any place, the most recently backed-up first."""
    by_uid: dict[str, Trajectory] = {}
    for root in policy.roots():
        with contextlib.suppress(OSError):
            for folder in root.iterdir():
                if not folder.is_dir():
                    continue
                backups = in_folder(folder)
                if not backups:
                    continue
                about = _about(folder)
                t = by_uid.setdefault(folder.name, Trajectory(
                    folder.name, str(about.get("title", "")), list(about.get("paths", [])), []))
                t.backups += backups
    for t in by_uid.values():
        t.backups.sort(key=lambda b: (b.time, b.path.name), reverse=True)
    return sorted(by_uid.values(), key=lambda t: t.backups[0].time, reverse=True)


# ---------------------------------------------------------------- restoring, deleting


def restored_name(original: Path, time: datetime, word: str = "hersteld") -> Path:
    """``NAME (hersteld 12-03 14.32).startdag`` beside the original, never an existing file."""
    original = Path(original)
    base = f"{original.stem} ({word} {time.strftime('%d-%m %H.%M')})"
    target = original.with_name(base + SUFFIX)
    n = 2
    while target.exists() or Path(f"{target}-wal").exists():
        target = original.with_name(f"{base} ({n}){SUFFIX}")
        n += 1
    return target


def restore(backup: Path, target: Path, *, force: bool = False,
            protect: tuple[Path, ...] = ()) -> Examination:
    """Write a working copy of ``backup`` at ``target``; ``backup`` and ``protect`` are never written.

    Refuses an existing target unless ``force``, a target some Startdag holds open, and a
    backup that fails its integrity check. Returns what the copy holds.
    """
    backup, target = Path(backup), Path(target)
    if target.suffix != SUFFIX:
        raise StoreError(Code.INVALID, field="target", reason="suffix", suffix=SUFFIX)
    resolved = target.resolve()
    for p in (backup, *protect):
        if Path(p).resolve() == resolved:
            raise StoreError(Code.EXISTS, path=str(target), reason="source")
    exam = examine(backup)
    if not exam.ok:
        raise StoreError(Code(exam.problem), path=str(backup))
    if target.exists() and not force:
        raise StoreError(Code.EXISTS, path=str(target))
    holder = read_lock(target)
    if target.exists() and holder and not holder.is_stale():
        raise StoreError(Code.LOCKED, path=str(target), user=holder.user, host=holder.host,
                         pid=holder.pid, since=holder.since)
    if not target.parent.is_dir():
        raise StoreError(Code.UNWRITABLE, path=str(target), reason="no_folder")
    tmp = target.with_name(f".{target.name}.restoring")
    _copy_with_backup_api(backup, tmp)
    try:
        for side in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            side.unlink(missing_ok=True)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(Code.UNWRITABLE, path=str(target), detail=str(exc)) from None
    return exam


def delete_trajectory(path: Path, uid: str | None, policy: Policy) -> int:
    """Remove a (closed) trajectory file and every backup of it in every place.

    Returns how many backups were removed. The caller closes the file first.
    """
    path = Path(path)
    count = len(list_for(path, policy, uid=uid))
    # the file first: when it cannot be removed (a read-only stick), its backups stay too
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"),
              path.with_name(f".~lock.{path.name}#")):
        try:
            p.unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(Code.UNWRITABLE, path=str(p), detail=str(exc)) from None
    for folder in folders_for(path, uid, policy):
        shutil.rmtree(folder, ignore_errors=True)
    return count


# ---------------------------------------------------------------- when


class Keeper:
    """Takes an open trajectory's backups when they matter, on one worker thread.

    At open; when a meeting starts; every ``interval`` while a meeting runs, when something
    changed; at close, when something changed since the last one. The caller calls
    :meth:`opened`, :meth:`notice` on every change notice, :meth:`tick` now and then (a
    timer), and :meth:`close` before the store closes. ``clock`` can be injected.
    """

    def __init__(self, store, policy: Policy, *, clock: Callable[[], datetime] = datetime.now,
                 interval: timedelta = INTERVAL, background: bool = True,
                 on_done: Callable[[Taken], None] | None = None):
        self.store = store
        self.policy = policy
        self.clock = clock
        self.interval = interval
        self.background = background
        self.on_done = on_done
        self.uid = store.uid
        self.taken: list[Taken] = []
        self._last_changes: int | None = None
        self._last_time: datetime | None = None
        self._running = self.meeting_running()
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def meeting_running(self) -> bool:
        """True while a meeting of the open trajectory has started and not ended."""
        return bool(self.store.scalar(
            "SELECT 1 FROM meeting_run WHERE started_at IS NOT NULL AND ended_at IS NULL LIMIT 1"))

    def opened(self) -> None:
        """The backup at open."""
        self.request("open", force=True)

    def notice(self, topic: str) -> None:
        """A change was committed: a meeting that just started gets its backup."""
        if topic != "agenda" or self.store.conn is None:
            return
        running = self.meeting_running()
        if running and not self._running:
            self._running = running
            self.request("meeting", force=True)
        self._running = running

    def tick(self) -> None:
        """Every ``interval`` while a meeting runs, a backup if something changed."""
        if self.store.conn is None or not self._running:
            return
        now = self.clock()
        if self._last_time is None or now - self._last_time >= self.interval:
            self.request("interval")

    def close(self) -> None:
        """The backup at close (when anything changed), then wait for the worker to finish."""
        if self.store.conn is not None and not self.store.read_only:
            self.request("close")
        self.wait()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def wait(self) -> None:
        """Block until every requested backup is written."""
        self._queue.join()

    def request(self, reason: str, force: bool = False) -> bool:
        """Queue a backup; False when nothing changed since the last one (and not forced)."""
        changes = self.store.conn.total_changes
        if not force and changes == self._last_changes:
            return False
        now = self.clock()
        self._last_changes, self._last_time = changes, now
        title = str(self.store.scalar("SELECT title FROM trajectory WHERE id = 1") or "")
        job = (reason, now, title)
        if not self.background:
            self._run(job)
            return True
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="startdag-backup",
                                                daemon=True)
                self._thread.start()
        self._queue.put(job)
        return True

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                self._run(job)
            finally:
                self._queue.task_done()

    def _run(self, job: tuple) -> None:
        reason, now, title = job
        result = take(self.store.path, self.uid, reason, self.policy, now=now, title=title)
        self.taken.append(result)
        if self.on_done is not None:
            self.on_done(result)
