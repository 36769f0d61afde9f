"""The trajectory file: create, reopen, migrate, refuse bad files unchanged, lock, backups."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from sessions import participants, trajectory
from sessions.errors import Code, StoreError
from sessions.schema import APPLICATION_ID, CURRENT_VERSION
from sessions.store import Store, list_backups, lock_path, read_lock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_close_reopen_gives_the_same_data(tmp_path):
    path = tmp_path / "t.startdag"
    store = Store.create(path, title="Leertraject", organisation="Gemeente Rotterdam",
                         concept="netwerken", competences=["initiatief tonen", "verantwoordelijkheid nemen"],
                         facilitators=[{"name": "Wim van Hout", "email": "w@example.org", "phone": "06"}])
    pid = participants.add(store, first_name="Şükrü", last_name="Yılmaz", area="Noord")
    trajectory.update_meeting(store, trajectory.meeting_of_kind(store, "startdag").id,
                              date="2026-03-12", venue="De Doelen")
    store.close()

    again = Store.open(path)
    t = trajectory.get(again)
    assert (t.title, t.organisation, t.concept) == ("Leertraject", "Gemeente Rotterdam", "netwerken")
    assert t.competences == ["initiatief tonen", "verantwoordelijkheid nemen"]
    assert t.facilitators[0]["name"] == "Wim van Hout"
    assert [m.kind for m in trajectory.meetings(again)] == ["bouwsessie", "startdag", "oogstsessie"]
    assert trajectory.meeting_of_kind(again, "startdag").venue == "De Doelen"
    assert participants.get(again, pid).display_name == "Şükrü Yılmaz"
    assert again.scalar("PRAGMA application_id") == APPLICATION_ID
    assert again.scalar("PRAGMA journal_mode") == "wal"
    assert again.scalar("PRAGMA synchronous") == 2  # FULL
    again.close()


def test_every_edit_is_committed_when_made(tmp_store):
    participants.add(tmp_store, first_name="Anneke", prefix="de", last_name="Rijk")
    other = sqlite3.connect(str(tmp_store.path))
    assert other.execute("SELECT first_name FROM participant").fetchall() == [("Anneke",)]
    other.close()


def test_a_v1_file_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / "old.startdag"
    shutil.copy(FIXTURES / "v1.startdag", path)
    store = Store.open(path)
    assert store.migrated_from == 1
    assert store.schema_version == CURRENT_VERSION
    names = [p.display_name for p in participants.all_participants(store)]
    assert names == ["Naïma El Amrani", "Jan van der Wijk", "Şükrü Yılmaz"]
    assert store.scalar("SELECT COUNT(*) FROM step") == 0   # a v2 table exists now
    backup = store.backup_path
    store.close()
    assert backup is not None and "v1-before-migration" in backup.name
    with sqlite3.connect(backup) as b:
        assert b.execute("PRAGMA user_version").fetchone()[0] == 1


def _newer_file(tmp_path: Path) -> Path:
    path = tmp_path / "newer.startdag"
    shutil.copy(FIXTURES / "v1.startdag", path)
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">i", CURRENT_VERSION + 7)
    path.write_bytes(bytes(data))
    return path


def _corrupt_file(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.startdag"
    shutil.copy(FIXTURES / "v1.startdag", path)
    data = bytearray(path.read_bytes())
    for i in range(4096 + 8, 4096 * 3):   # scribble over the pages after the first
        data[i] = 0x5A
    path.write_bytes(bytes(data))
    return path


def _truncated_file(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.startdag"
    path.write_bytes((FIXTURES / "v1.startdag").read_bytes()[:6000])
    return path


def _foreign_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "foreign.startdag"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO orders VALUES (1, 9.5)")
    return path


def _pdf(tmp_path: Path) -> Path:
    path = tmp_path / "handout.startdag"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.startdag"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize("make, code", [
    (_newer_file, Code.NEWER),
    (_corrupt_file, Code.CORRUPT),
    (_truncated_file, Code.TRUNCATED),
    (_foreign_sqlite, Code.FOREIGN),
    (_pdf, Code.NOT_SQLITE),
    (_empty, Code.EMPTY),
])
def test_bad_files_are_refused_and_left_byte_identical(tmp_path, make, code):
    path = make(tmp_path)
    before = sha(path)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.code == code
    assert sha(path) == before
    assert not lock_path(path).exists()


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "nope.startdag")
    assert info.value.code == Code.NOT_FOUND


HOLD = """
import sys, time
sys.path.insert(0, {root!r})
from sessions.store import Store
s = Store.open({path!r})
print("held", flush=True)
sys.stdin.readline()
s.close()
"""


def test_a_second_process_sees_the_lock_and_can_read(tmp_store):
    path = str(tmp_store.path)
    participants.add(tmp_store, first_name="Jan", prefix="van der", last_name="Wijk")
    tmp_store.close()
    child = subprocess.Popen([sys.executable, "-c", HOLD.format(root=str(ROOT), path=path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as info:
            Store.open(path)
        assert info.value.code == Code.LOCKED
        assert info.value.params["pid"] == child.pid
        assert info.value.params["user"] and info.value.params["host"] and info.value.params["since"]
        viewer = Store.open(path, read_only=True)
        assert viewer.holder.pid == child.pid
        assert [p.last_name for p in participants.all_participants(viewer)] == ["Wijk"]
        with pytest.raises(StoreError) as info:
            participants.add(viewer, first_name="Nee")
        assert info.value.code == Code.READ_ONLY
        viewer.close()
    finally:
        child.communicate("\n", timeout=20)
    assert read_lock(Path(path)) is None


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_store):
    path = tmp_store.path
    tmp_store.close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    lock_path(path).write_text(json.dumps({"user": "ghost", "host": socket.gethostname(),
                                           "pid": int(dead), "since": "2026-03-12T09:00:00"}))
    store = Store.open(path)
    assert store.lock.pid != int(dead)
    store.close()


def test_a_backup_is_taken_on_open_and_rotated(tmp_store):
    path = tmp_store.path
    tmp_store.close()
    for _ in range(12):
        Store.open(path).close()
    backups = list_backups(path)
    assert len(backups) == 10
    with sqlite3.connect(backups[-1]) as b:
        assert b.execute("SELECT title FROM trajectory").fetchone()[0] == "Testtraject"


def test_save_a_copy_uses_the_backup_api(tmp_store, tmp_path):
    participants.add(tmp_store, first_name="Naïma", last_name="El Amrani")
    target = tmp_path / "kopie.startdag"
    tmp_store.save_copy(target)
    copy = Store.open(target)
    assert [p.first_name for p in participants.all_participants(copy)] == ["Naïma"]
    copy.close()


def test_a_failed_edit_changes_nothing_and_notifies_nobody(tmp_store):
    heard = []
    tmp_store.subscribe(heard.append)
    with pytest.raises(RuntimeError), tmp_store.transaction("participants"):
        participants.add(tmp_store, first_name="Half")
        raise RuntimeError("power cut in the middle")
    assert participants.count(tmp_store) == 0
    assert heard == []
    participants.add(tmp_store, first_name="Heel")
    assert heard == ["participants"]
