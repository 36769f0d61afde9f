"""`main.py --selftest`: the real checks pass from source; a failure, an exception in a Qt
slot and a check that hangs each end the run with exit 1 and the failing check named."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from ui import selftest

ROOT = Path(__file__).resolve().parents[2]


def _clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    # the selftest must force offscreen, and write the names even where the locale's code
    # page cannot (Windows writes cp1252 to a redirected stdout)
    env.update(HOME=str(home), QT_QPA_PLATFORM="xcb", PYTHONIOENCODING="cp1252")
    return env


def test_main_py_selftest_passes_and_leaves_home_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--selftest"], cwd=tmp_path,
                            capture_output=True, encoding="utf-8", timeout=120,
                            env=_clean_env(home))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [name for name, _ in selftest.SelfTest(tmp_path, print).checks()]
    assert [line.split()[1] for line in lines[:-1]] == checks
    assert all(line.startswith("ok    ") for line in lines[:-1])
    assert lines[-1].startswith(f"Startdag selftest: all {len(checks)} checks passed in ")
    for name in selftest.NAMES:
        assert name in result.stdout
    # nothing of Startdag's in the user's home: no backups, no demo, no settings
    assert not [p for p in home.rglob("*") if "startdag" in p.name.lower()]
    work = Path(lines[0].split("work folder ", 1)[1])
    assert work.name.startswith("startdag-selftest-") and not work.exists()   # cleaned up


def _run(checks, tmp_path, timeout=30.0):
    lines: list[str] = []

    class Probe(selftest.SelfTest):
        def checks(self):
            return [("qt", self.check_qt), *checks(self)]

    code = Probe(tmp_path, lines.append, timeout=timeout).run()
    return code, lines


def test_a_failing_check_is_named_and_stops_the_run(qapp, tmp_path):
    def broken(_self):
        raise selftest.CheckFailed("the fonts are gone")

    code, lines = _run(lambda t: [("fonts", lambda: broken(t)), ("never", lambda: "run")],
                       tmp_path)
    assert code == 1
    assert lines[1] == "FAIL  fonts         the fonts are gone"
    assert lines[2] == "Startdag selftest FAILED at check 'fonts' (1 passed before it)"
    assert not any("never" in line for line in lines)


def test_an_exception_inside_a_qt_slot_fails_its_check(qapp, tmp_path):
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    def slot():
        raise ValueError("broken slot")

    def check(_self):
        emitter = Emitter()
        emitter.fired.connect(slot)
        emitter.fired.emit()          # Qt reports the exception and carries on
        return "emitted"

    code, lines = _run(lambda t: [("signals", lambda: check(t))], tmp_path)
    assert code == 1
    assert lines[1].startswith("FAIL  signals       exception in a Qt slot: "
                               "ValueError: broken slot")


def test_a_check_that_hangs_on_a_modal_dialog_is_ended_by_the_timeout(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from ui import selftest

        class Hangs(selftest.SelfTest):
            def checks(self):
                return [("qt", self.check_qt), ("dialog", self.dialog)]

            def dialog(self):
                from PySide6.QtWidgets import QMessageBox
                QMessageBox(QMessageBox.Icon.Warning, "Startdag", "Nobody clicks this").exec()
                return "clicked"

        sys.exit(Hangs(Path({str(tmp_path)!r}), print, timeout=1.5).run())
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "FAIL  dialog        no answer after 2 s (timeout)" in result.stdout
    assert "Startdag selftest FAILED at check 'dialog' (1 passed before it)" in result.stdout


def test_the_selftest_refuses_the_network_and_says_so(qapp, tmp_path):
    import socket

    def check(_self):
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=1)
        except OSError:
            pass
        return "tried"

    code, lines = _run(lambda t: [("online", lambda: check(t)), ("network", t.check_network)],
                       tmp_path)
    assert code == 1
    assert lines[-2] == ("FAIL  network       tried the network: create_connection in check "
                         "'online'")
    assert socket.create_connection.__name__ == "create_connection"   # restored afterwards
