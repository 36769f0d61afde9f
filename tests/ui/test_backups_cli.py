"""`main.py backups` and `main.py restore`: for support over the phone; FILE is never written."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from sessions import participants
from sessions.store import Store, inspect_file

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--lang", lang],
                          capture_output=True, text=True, env=env, timeout=60)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damaged(tmp_path: Path) -> Path:
    """A file with two backups (7, then 9 people) whose newest backup is then damaged too,
    and which is itself flipped in its last pages."""
    path = tmp_path / "Oogst.startdag"
    store = Store.create(path, title="Oogst")
    for i in range(7):
        participants.add(store, first_name=f"P{i}")
    store.close()
    Store.open(path).close()                      # backup at open: 7 people
    with Store.open(path) as store:               # backup at open: still 7
        participants.add(store, first_name="P7")
        participants.add(store, first_name="P8")
    Store.open(path).close()                      # backup at open: 9 people
    data = bytearray(path.read_bytes())
    for i in range(len(data) - 8192, len(data)):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    return path


def test_backups_json_lists_every_backup_of_a_damaged_file(tmp_path):
    path = _damaged(tmp_path)
    result = run("backups", str(path), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 3
    assert set(rows[0]) >= {"path", "time", "size", "ok", "counts"}
    assert [r["counts"]["participants"] for r in rows] == [9, 7, 7]
    assert all(r["ok"] for r in rows) and rows[0]["time"] >= rows[1]["time"]
    Path(rows[0]["path"]).write_bytes(Path(rows[0]["path"]).read_bytes()[:5000])
    rows = json.loads(run("backups", str(path), "--json").stdout)
    assert [r["ok"] for r in rows] == [False, True, True]
    assert rows[0]["counts"] == {}


def test_backups_text_in_dutch_says_where_and_how_many(tmp_path):
    path = _damaged(tmp_path)
    result = run("backups", str(path), lang="nl")
    assert result.returncode == 0, result.stderr
    assert "9 deelnemers, 0 vragen, 0 acties" in result.stdout
    assert "goed" in result.stdout
    assert "Reservekopieën: 3," in result.stdout
    empty = run("backups", str(tmp_path / "nooit.startdag"), lang="nl")
    assert empty.returncode == 0 and "Geen reservekopieën" in empty.stdout


def test_restore_newest_takes_the_newest_good_backup_and_never_writes_file(tmp_path):
    path = _damaged(tmp_path)
    before = sha(path)
    rows = json.loads(run("backups", str(path), "--json").stdout)
    Path(rows[0]["path"]).write_bytes(b"")           # the newest backup is gone bad as well
    target = tmp_path / "Oogst hersteld.startdag"
    result = run("restore", str(path), "--newest", "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout and "7 participants" in result.stdout
    with Store.open(target, backup=False) as store:
        assert participants.count(store) == 7
    assert sha(path) == before

    again = run("restore", str(path), "--newest", "--to", str(target), lang="nl")
    assert again.returncode == 1 and "bestaat al" in again.stderr
    assert "Traceback" not in again.stderr
    forced = run("restore", str(path), "--newest", "--to", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    onto_file = run("restore", str(path), "--newest", "--to", str(path), "--force")
    assert onto_file.returncode == 1 and "being restored" in onto_file.stderr
    assert sha(path) == before


def test_restore_a_named_backup_and_refuse_a_damaged_one(tmp_path):
    path = _damaged(tmp_path)
    rows = json.loads(run("backups", str(path), "--json").stdout)
    backup = Path(rows[-1]["path"])
    backup_sha = sha(backup)
    target = tmp_path / "uit de kopie.startdag"
    result = run("restore", str(backup), "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert inspect_file(target) >= 3 and sha(backup) == backup_sha
    bad = tmp_path / "kapot.startdag"
    bad.write_bytes(backup.read_bytes()[:3000])
    refused = run("restore", str(bad), "--to", str(tmp_path / "nieuw.startdag"))
    assert refused.returncode == 1 and "incomplete" in refused.stderr
    assert not (tmp_path / "nieuw.startdag").exists()
    wrong = run("restore", str(backup), "--to", str(tmp_path / "nieuw.txt"))
    assert wrong.returncode == 1 and ".startdag" in wrong.stderr


def test_main_opens_the_window_for_a_damaged_file_only_when_it_has_a_good_backup(tmp_path):
    import main
    from sessions.errors import StoreError

    path = _damaged(tmp_path)
    stranger = tmp_path / "foto.startdag"
    stranger.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    for p, expected in ((path, True), (stranger, False)):
        try:
            inspect_file(p)
        except StoreError as exc:
            assert main._has_a_good_backup(p, exc) is expected
        else:
            raise AssertionError(f"{p} should be refused")
