"""Backups: found after damage, moves and renames; taken during a meeting; kept by the rules;
restored as a copy that never touches the original; deleted with their trajectory."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sessions import agenda, backups, participants, questions, trajectory
from sessions.backups import Keeper, Policy
from sessions.errors import Code, StoreError
from sessions.schema import CURRENT_VERSION
from sessions.store import Store, inspect_file, lock_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Clock:
    """An injected clock the test moves by hand."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def policy(tmp_path) -> Policy:
    return Policy(tmp_path / "data" / "backups")


def _people(store: Store, n: int, prefix: str = "Deelnemer") -> None:
    with store.transaction("participants"):
        for i in range(n):
            participants.add(store, first_name=f"{prefix}{i}", last_name="Jansen",
                             email=f"p{i}@example.org")


def _filled(tmp_path: Path, policy: Policy, name: str = "Leertraject.startdag") -> Path:
    """A trajectory with 12 people and 3 questions, opened once (one backup) and closed."""
    path = tmp_path / name
    store = Store.create(path, title="Eigen leerproces")
    _people(store, 12)
    for text in ("Hoe delen wij kennis?", "Wie helpt wie?", "Wat is netwerken?"):
        questions.add(store, text)
    store.close()
    Store.open(path, policy=policy).close()
    return path


# ---------------------------------------------------------------- real damage


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(4096 + 8, min(len(data), 4096 * 4)):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _flip_tail(path: Path) -> None:
    """Scribble over the last pages, where the latest rows went (the first pages survive)."""
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 4096 * 3, len(data)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _other_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    header = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
    data[: len(header)] = header
    path.write_bytes(bytes(data))


def _sqlite_header(path: Path) -> None:
    """The first page of another program's SQLite database written over the start."""
    other = path.with_name("ander.db")
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[:100] = other.read_bytes()[:100]
    path.write_bytes(bytes(data))
    other.unlink()


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("damage, code", [
    (_truncate, Code.TRUNCATED),
    (_flip, Code.CORRUPT),
    (_flip_tail, Code.CORRUPT),
    (_other_header, Code.NOT_SQLITE),
    (_sqlite_header, Code.FOREIGN),
    (_emptied, Code.EMPTY),
])
def test_a_damaged_file_is_restored_from_its_newest_good_backup(tmp_path, policy, damage, code):
    path = _filled(tmp_path, policy)
    store = Store.open(path, policy=policy)
    _people(store, 3, prefix="Laat")            # the work of the day, after the open backup
    Keeper(store, policy, background=False).close()   # the backup at close has it
    store.close()
    damage(path)
    damaged = sha(path)
    with pytest.raises(StoreError) as info:
        inspect_file(path)
    assert info.value.code == code

    found = backups.list_for(path, policy)
    assert [b.reason for b in found] == ["close", "open", "open"]
    best, exam = backups.newest_good(found)
    assert best is found[0]
    assert exam.counts == {"participants": 15, "questions": 3, "actions": 0}
    target = backups.restored_name(path, best.time)
    assert target.parent == path.parent
    assert target.name == f"Leertraject (hersteld {best.time:%d-%m %H.%M}).startdag"
    backups.restore(best.path, target, protect=(path,))

    assert sha(path) == damaged                 # the damaged original is never written
    with Store.open(target, policy=policy) as copy:
        assert participants.count(copy) == 15
        assert trajectory.get(copy).title == "Eigen leerproces"
        assert copy.uid == exam.uid             # the copy carries on with the same backups
    assert sha(path) == damaged


def test_a_damaged_newest_backup_is_passed_over(tmp_path, policy):
    path = _filled(tmp_path, policy)
    with Store.open(path, policy=policy) as store:
        _people(store, 2, prefix="Extra")
        Keeper(store, policy, background=False).close()
    newest = backups.list_for(path, policy)[0]
    _truncate(newest.path)
    best, exam = backups.newest_good(backups.list_for(path, policy))
    assert best.path != newest.path and exam.counts["participants"] == 12
    with pytest.raises(StoreError) as info:
        backups.restore(newest.path, tmp_path / "uit.startdag")
    assert info.value.code == Code.TRUNCATED
    assert not (tmp_path / "uit.startdag").exists()


def test_restore_refuses_an_existing_target_unless_forced_and_never_the_source(tmp_path, policy):
    path = _filled(tmp_path, policy)
    before = sha(path)
    backup = backups.list_for(path, policy)[0]
    taken = tmp_path / "bestaat.startdag"
    taken.write_bytes(b"iets anders")
    with pytest.raises(StoreError) as info:
        backups.restore(backup.path, taken)
    assert info.value.code == Code.EXISTS and taken.read_bytes() == b"iets anders"
    backups.restore(backup.path, taken, force=True)
    assert inspect_file(taken) == CURRENT_VERSION
    for target in (path, backup.path):
        with pytest.raises(StoreError) as info:
            backups.restore(backup.path, target, force=True, protect=(path,))
        assert info.value.params.get("reason") == "source"
    assert sha(path) == before


# ---------------------------------------------------------------- found wherever the file goes


def test_backups_follow_the_file_when_it_is_moved_renamed_or_copied_to_a_stick(tmp_path, policy):
    path = _filled(tmp_path, policy)
    uid = backups.find_uid(path, policy)
    moved = tmp_path / "elders" / "Nieuwe naam.startdag"
    moved.parent.mkdir()
    path.rename(moved)
    assert [b.reason for b in backups.list_for(moved, policy)] == ["open"]
    stick = tmp_path / "usb" / "Leertraject.startdag"
    stick.parent.mkdir()
    shutil.copyfile(moved, stick)
    with Store.open(stick, policy=policy) as store:
        assert store.uid == uid
    assert len(backups.list_for(stick, policy)) == 2
    assert {b.folder for b in backups.list_for(moved, policy)} == {policy.root / uid}


def test_a_moved_and_damaged_file_is_recognised_by_the_id_in_its_bytes(tmp_path, policy):
    path = _filled(tmp_path, policy)
    uid = backups.find_uid(path, policy)
    moved = tmp_path / "hernoemd.startdag"
    path.rename(moved)
    _flip_tail(moved)
    with pytest.raises(StoreError):
        inspect_file(moved)
    assert backups.find_uid(moved, policy) == uid
    _emptied(moved)                           # nothing left to read: no backups by id
    assert backups.find_uid(moved, policy) is None


def test_an_emptied_file_at_its_old_place_finds_its_backups_by_path(tmp_path, policy):
    path = _filled(tmp_path, policy)
    uid = backups.find_uid(path, policy)
    _emptied(path)
    assert backups.find_uid(path, policy) == uid


def test_a_file_from_before_ids_finds_its_backups_by_path_then_keeps_them_by_id(tmp_path, policy):
    path = tmp_path / "oud.startdag"
    shutil.copy(FIXTURES / "v1.startdag", path)
    legacy = backups.legacy_folder(policy.root, path)      # as versions before 3 kept them
    legacy.mkdir(parents=True)
    two_days_ago = datetime.now() - timedelta(days=2)
    old = legacy / f"oud-{two_days_ago:%Y%m%d-%H%M%S-%f}.startdag"
    shutil.copy(FIXTURES / "v1.startdag", old)
    assert backups.find_uid(path, policy) is None
    assert [b.path for b in backups.list_for(path, policy)] == [old]

    with Store.open(path, policy=policy) as store:
        uid = store.uid
        assert store.migrated_from == 1 and len(uid) == 32
    assert not legacy.exists()
    found = backups.list_for(path, policy)
    assert {b.reason for b in found} == {"", "v1-before-migration", "open"}
    kept = [b for b in found if b.kept]
    assert [b.reason for b in kept] == ["v1-before-migration"]
    assert kept[0].path.parent == policy.root / uid / "kept"
    with sqlite3.connect(kept[0].path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_copy_saved_by_hand_is_a_trajectory_of_its_own(tmp_path, policy):
    path = _filled(tmp_path, policy)
    with Store.open(path, policy=policy) as store:
        store.save_copy(tmp_path / "kopie.startdag")
        uid = store.uid
    assert backups.find_uid(tmp_path / "kopie.startdag", policy) not in (None, uid)


# ---------------------------------------------------------------- taken when it matters


def test_backups_during_a_meeting_are_taken_and_rotated_by_the_rules(tmp_path, policy):
    clock = Clock(datetime(2026, 3, 12, 8, 30))
    path = tmp_path / "dag.startdag"
    store = Store.create(path, title="Startdag")
    meeting = trajectory.meeting_of_kind(store, "startdag").id
    agenda.apply_template(store, meeting, "startdag")
    keeper = Keeper(store, policy, clock=clock, background=False)
    store.subscribe(keeper.notice)
    keeper.opened()
    clock.advance(minutes=5)
    keeper.tick()                                   # no meeting yet: nothing
    agenda.start(store, meeting, now=clock())       # the meeting starts: a backup
    for minute in range(1, 7 * 60):                 # a seven-hour day, a tick each minute
        clock.advance(minutes=1)
        if minute % 7 == 0:
            questions.add(store, f"Vraag {minute}")
        keeper.tick()
    reasons = [t.reason for t in keeper.taken]
    assert reasons[:2] == ["open", "meeting"]
    intervals = [t for t in keeper.taken if t.reason == "interval"]
    # one every 10 minutes while something changed (a question every 7 minutes)
    assert len(intervals) == 7 * 6 - 1
    times = [t.path.name for t in intervals]
    assert len(set(times)) == len(times)
    keeper.close()
    assert keeper.taken[-1].reason == "close"
    store.close()

    left = backups.list_for(path, policy)
    # the last 10 of the day (the newest of the day is among them)
    assert [b.path for b in left] == [t.path for t in keeper.taken][::-1][:10]

    # the next days: one open and close each; the day before keeps its newest only
    for day in range(1, 4):
        clock.now = datetime(2026, 3, 12 + day, 9, 0)
        with Store.open(path, backup=False, policy=policy) as store:
            k = Keeper(store, policy, clock=clock, background=False)
            k.opened()
            for _ in range(10):
                clock.advance(minutes=1)
                k.request("manual", force=True)
            questions.add(store, f"Dag {day}")
            clock.advance(minutes=1)
            k.close()
    left = backups.list_for(path, policy)
    per_day = {}
    for b in left:
        per_day.setdefault(b.time.date().isoformat(), []).append(b.reason)
    assert per_day == {"2026-03-15": ["close", *["manual"] * 9],
                       "2026-03-14": ["close"], "2026-03-13": ["close"], "2026-03-12": ["close"]}


def test_nothing_changed_means_no_new_backup_and_a_quiet_meeting_takes_none(tmp_path, policy):
    clock = Clock(datetime(2026, 3, 12, 9, 0))
    store = Store.create(tmp_path / "stil.startdag", title="Stil")
    keeper = Keeper(store, policy, clock=clock, background=False)
    store.subscribe(keeper.notice)
    keeper.opened()
    meeting = trajectory.meeting_of_kind(store, "startdag").id
    agenda.add(store, meeting, "text", "Welkom")
    agenda.start(store, meeting, now=clock())
    for _ in range(30):
        clock.advance(minutes=1)
        keeper.tick()
    keeper.close()
    store.close()
    assert [t.reason for t in keeper.taken] == ["open", "meeting"]


def test_the_worker_thread_takes_backups_while_the_store_keeps_writing(tmp_path, policy):
    store = Store.create(tmp_path / "druk.startdag", title="Druk")
    done = []
    keeper = Keeper(store, policy, on_done=done.append)
    keeper.opened()
    for i in range(20):
        participants.add(store, first_name=f"P{i}")
        keeper.request("manual")
    participants.add(store, first_name="Laatste")
    keeper.close()
    store.close()
    assert all(t.error is None for t in done) and len(done) == len(keeper.taken) == 22
    assert done[-1].reason == "close"
    assert backups.examine(done[-1].path).counts["participants"] == 21


def test_no_second_writing_connection_is_ever_opened(tmp_path, policy):
    """Every sqlite3.connect (a real audit event) on the trajectory file: one writer only."""
    path = _filled(tmp_path, policy)
    opened: list[str] = []
    watching = [True]

    def hook(event, args):
        if watching[0] and event == "sqlite3.connect":
            opened.append(str(args[0]))

    sys.addaudithook(hook)
    try:
        with Store.open(path, policy=policy) as store:   # backup at open
            keeper = Keeper(store, policy)
            keeper.opened()
            meeting = trajectory.meeting_of_kind(store, "startdag").id
            store.subscribe(keeper.notice)
            agenda.add(store, meeting, "text", "Welkom")
            agenda.start(store, meeting)
            _people(store, 5)
            keeper.request("interval")
            keeper.close()
        backups.list_for(path, policy)
        backups.newest_good(backups.list_for(path, policy))
    finally:
        watching[0] = False
    on_file = [c for c in opened if Path(c.split("?")[0].removeprefix("file://")).name
               == path.name and "backups" not in c]
    writers = [c for c in on_file if "mode=ro" not in c.partition("?")[2].split("&")]
    assert len(on_file) >= 4                   # inspect, the writer and the backups' readers
    assert writers == [str(path)]


# ---------------------------------------------------------------- kept, pruned, deleted


def _fake_backup(folder: Path, when: datetime, reason: str = "open") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"t-{when.strftime(backups.STAMP)}-{reason}.startdag"
    shutil.copy(FIXTURES / "v1.startdag", p)
    return p


def test_retention_removes_old_backups_except_the_newest_of_each_trajectory(tmp_path):
    policy = Policy(tmp_path / "b", retention_days=90)
    now = datetime(2026, 9, 10, 12, 0)
    active, dormant = policy.root / ("a" * 32), policy.root / ("d" * 32)
    for days in (200, 120, 95, 60, 30, 1):
        _fake_backup(active, now - timedelta(days=days))
    _fake_backup(active / "kept", now - timedelta(days=100), "v2-before-migration")
    _fake_backup(active / "kept", now - timedelta(days=10), "v3-before-migration")
    for days in (300, 200, 181):                 # a trajectory not opened for half a year
        _fake_backup(dormant, now - timedelta(days=days))
    removed = backups.prune_all(policy, now)
    assert len(removed) == 6
    left_active = [(now - b.time).days for b in backups.in_folder(active)]
    assert left_active == [1, 10, 30, 60]
    assert [(now - b.time).days for b in backups.in_folder(dormant)] == [181]


def test_a_longer_retention_setting_keeps_more(tmp_path):
    policy = Policy(tmp_path / "b", retention_days=365)
    now = datetime(2026, 9, 10, 12, 0)
    folder = policy.root / ("e" * 32)
    for days in (400, 300, 100):
        _fake_backup(folder, now - timedelta(days=days))
    backups.prune_all(policy, now)
    assert [(now - b.time).days for b in backups.in_folder(folder)] == [100, 300]


def test_a_second_place_gets_every_backup_and_a_missing_one_is_reported(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    policy = Policy(tmp_path / "b", mirror=stick)
    path = _filled(tmp_path, policy)
    found = backups.list_for(path, policy)
    assert sorted(b.path.parent.parent for b in found) == sorted([policy.root, policy.mirror_root])
    assert policy.mirror_root == stick / "Startdag backups"
    assert {b.path.name for b in found if stick in b.path.parents} == {found[0].path.name}
    places = backups.places(found, policy)
    assert [(p.count, p.size > 0) for p in places] == [(1, True), (1, True)]

    shutil.rmtree(stick)                      # the stick is pulled out
    with Store.open(path, backup=False, policy=policy) as store:
        result = backups.take(path, store.uid, "manual", policy)
    assert result.path is not None and result.error is None
    assert result.mirror_error is not None and result.mirror_error.code == Code.UNWRITABLE


def test_deleting_a_trajectory_removes_the_file_and_all_its_backups_in_every_place(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    policy = Policy(tmp_path / "b", mirror=stick)
    path = _filled(tmp_path, policy, "weg.startdag")
    other = _filled(tmp_path, policy, "blijft.startdag")
    Store.open(path, policy=policy).close()
    uid = backups.find_uid(path, policy)
    assert len(backups.list_for(path, policy)) == 4
    assert backups.delete_trajectory(path, uid, policy) == 4
    assert not path.exists() and not lock_path(path).exists()
    assert not Path(f"{path}-wal").exists()
    assert not (policy.root / uid).exists() and not (policy.mirror_root / uid).exists()
    assert backups.list_for(path, policy, uid=uid) == []
    assert len(backups.list_for(other, policy)) == 2
    assert other.exists()

