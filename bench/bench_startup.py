"""Start to an interactive welcome window (offscreen), against a bare PySide6 window show and quit.

Both are measured as whole processes, from spawn until the window has been shown and the
event loop has turned once. Target: ratio <= 1.5.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, laptop_env, summary

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OURS = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QTimer.singleShot(0, app.quit)
import main
main.main(["--lang", "nl"])
"""

RUNS = 7


def timed(code: str, env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = laptop_env(Path(home))
        timed(BARE, env)  # warm the disk cache and the bytecode for both
        timed(OURS.format(root=str(ROOT)), env)
        bare = [timed(BARE, env) for _ in range(RUNS)]
        ours = [timed(OURS.format(root=str(ROOT)), env) for _ in range(RUNS)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {RUNS} runs (floor)")
    print(f"Startdag welcome:    median {o * 1000:.0f} ms over {RUNS} runs")
    print(f"ratio {o / b:.2f} (target <= 1.5: {'met' if o / b <= 1.5 else 'MISSED'})")
    print(summary("startup", seconds=o, floor_seconds=b, ratio=o / b))


if __name__ == "__main__":
    main()
