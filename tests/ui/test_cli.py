"""The command line: --version, bad paths, `new`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sessions import participants, trajectory
from sessions.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--lang", lang],
                          capture_output=True, text=True, env=env, timeout=60)


def test_version():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == "Startdag 0.1.0"


def test_a_missing_file_gets_one_clear_line_and_exit_1(tmp_path):
    result = run(str(tmp_path / "weg.startdag"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"startdag: The file {tmp_path / 'weg.startdag'} does not exist."
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_ours_gets_one_clear_line_in_dutch(tmp_path):
    bad = tmp_path / "foto.startdag"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = run(str(bad), lang="nl")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "geen Startdag-traject" in result.stderr


def test_new_creates_a_trajectory_without_the_gui(tmp_path):
    path = tmp_path / "leertraject.startdag"
    result = run("new", str(path), "--title", "Eigen leerproces", "--organisation", "Gemeente Delft")
    assert result.returncode == 0, result.stderr
    store = Store.open(path)
    assert trajectory.get(store).title == "Eigen leerproces"
    assert trajectory.get(store).organisation == "Gemeente Delft"
    store.close()


def test_new_demo_writes_the_demo(tmp_path):
    path = tmp_path / "demo.startdag"
    result = run("new", str(path), "--demo")
    assert result.returncode == 0, result.stderr
    store = Store.open(path)
    people = participants.all_participants(store)
    assert len(people) == 80
    assert len({p.area for p in people}) == 11
    assert "Şükrü Yılmaz" in {p.display_name for p in people}
    store.close()


def test_new_refuses_to_overwrite_and_needs_a_title(tmp_path):
    path = tmp_path / "x.startdag"
    path.write_bytes(b"keep me")
    result = run("new", str(path), "--title", "X")
    assert result.returncode == 1 and "already exists" in result.stderr
    assert path.read_bytes() == b"keep me"
    result = run("new", str(tmp_path / "y.startdag"))
    assert result.returncode == 1 and "--title" in result.stderr
    assert not (tmp_path / "y.startdag").exists()


def test_main_dispatches_every_cli_command():
    import main
    from ui import cli

    assert set(main.SUBCOMMANDS) == set(cli.COMMANDS)
