"""Open a big trajectory to an interactive main window; peak memory with it open.

Targets: open <= 300 ms; peak RSS <= 250 MB. The floors, measured in the same run the
same way, are opening an empty trajectory, and a bare PySide6 main window's RSS.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, laptop_env, summary

OPEN = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.app_actions import AppActions
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
ctx = AppContext(Settings(QSettings({ini!r}, QSettings.Format.IniFormat)))
window = MainWindow(ctx, AppActions(ctx))
window.show()
# the facilitator opens the file from a running app: let its start-up work finish first
from PySide6.QtTest import QTest
QTest.qWait(800)
t0 = time.perf_counter()
window.open_path(Path({path!r}))
app.processEvents()
seconds = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "rss_mb": rss, "title": window.windowTitle()}}))
"""

BARE = """
import json, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.bigdata import build_big
    from sessions.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = laptop_env(tmp)
        big = build_big(tmp / "groot.startdag")
        small = tmp / "leeg.startdag"
        Store.create(small, title="Leeg").close()
        ini = str(tmp / "s.ini")
        run(OPEN.format(root=str(ROOT), ini=ini, path=str(small)), env)   # bytecode, disk cache
        runs_big = [run(OPEN.format(root=str(ROOT), ini=ini, path=str(big)), env) for _ in range(3)]
        runs_small = [run(OPEN.format(root=str(ROOT), ini=ini, path=str(small)), env)
                      for _ in range(3)]
        bare = run(BARE, env)
    big_s = sorted(r["seconds"] for r in runs_big)[1]
    small_s = sorted(r["seconds"] for r in runs_small)[1]
    rss = max(r["rss_mb"] for r in runs_big)
    print(f"open big trajectory (2000 people, 1000 questions, 50 groups, 2000 actions): "
          f"{big_s * 1000:.0f} ms (median of 3); empty trajectory: {small_s * 1000:.0f} ms")
    print(f"target open <= 300 ms: {'met' if big_s <= 0.3 else 'MISSED'}")
    print(f"peak RSS with it open: {rss:.0f} MB; bare PySide6 window: {bare['rss_mb']:.0f} MB")
    print(f"target RSS <= 250 MB: {'met' if rss <= 250 else 'MISSED'}")
    print(summary("big", open_seconds=big_s, floor_seconds=small_s,
                  ratio=big_s / small_s if small_s else 0.0, rss_mb=rss,
                  floor_rss_mb=bare["rss_mb"], rss_ratio=rss / bare["rss_mb"]))


if __name__ == "__main__":
    main()
