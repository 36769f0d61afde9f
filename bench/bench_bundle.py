"""The facilitator's bundle (dist/Startdag, `make bundle`): its size, and its start to the
welcome window against `python main.py` in the same run.

Budgets (issue 20): at most 250 MB unpacked and 130 MB zipped; the bundle's start to the
welcome window no slower than `python main.py` (ratio <= 1.0).

Start-up is measured from outside, the same way for both: each is started on a private Xvfb
display with an empty HOME, and the clock stops when a window titled "Startdag" is mapped
(xdotool). Needs Xvfb and xdotool; without them the sizes are still measured.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from bench.common import ROOT, summary

BUNDLE = ROOT / "dist" / "Startdag"
MB = 1_000_000
UNPACKED_BUDGET, ZIPPED_BUDGET = 250 * MB, 130 * MB
RUNS = 9


def unpacked_bytes(folder: Path) -> tuple[int, int]:
    """Total size of the regular files (symbolic links count as nothing), and their number."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def zipped_bytes(folder: Path, work: Path) -> int:
    """The size of the zip a facilitator would download (deflate, links stored as links)."""
    archive = work / "Startdag.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for path in sorted(folder.rglob("*")):
            name = str(Path("Startdag") / path.relative_to(folder))
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.external_attr = 0o120777 << 16
                z.writestr(info, os.readlink(path))
            elif path.is_file():
                z.write(path, name)
    size = archive.stat().st_size
    archive.unlink()
    return size


def largest_parts(folder: Path, n: int = 6) -> list[tuple[str, int]]:
    sizes = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes.append((str(path.relative_to(folder)), path.stat().st_size))
    return sorted(sizes, key=lambda s: -s[1])[:n]


class Display:
    """A private Xvfb display for the start-up runs."""

    def __enter__(self) -> str:
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                      "1920x1080x24", "-nolisten", "tcp"], pass_fds=(write,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            self.name = ":" + f.readline().strip()
        return self.name

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def start_to_window(cmd: list[str], env: dict, tries: int = 3) -> float:
    """Seconds from spawning ``cmd`` until its "Startdag" window is mapped.

    Xvfb, busy answering the polling, now and then refuses a new client ("could not connect
    to display"): that start is tried again, and is not counted."""
    for _ in range(tries):
        with tempfile.TemporaryFile() as errors:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
            try:
                while True:
                    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                            "^Startdag$"], env=env, capture_output=True,
                                           text=True)
                    if found.stdout.strip():
                        return time.perf_counter() - t0
                    if proc.poll() is not None:
                        break
                    if time.perf_counter() - t0 > 60:
                        raise TimeoutError(f"no Startdag window from {cmd[0]} within 60 s")
                    time.sleep(0.02)
            finally:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace")
        if "could not connect to display" not in said:
            raise RuntimeError(f"{cmd[0]} ended (exit {proc.returncode}) before its window:\n"
                               f"{said[-1500:]}")
    raise RuntimeError(f"{cmd[0]} could not connect to the Xvfb display {tries} times")


def startup(home: Path) -> tuple[float, float] | None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("start-up: not measured (needs Xvfb and xdotool: apt-get install xvfb xdotool)")
        return None
    with Display() as display:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
        env.update(DISPLAY=display, HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        source = [sys.executable, str(ROOT / "main.py"), "--lang", "nl"]
        bundle = [str(BUNDLE / "Startdag"), "--lang", "nl"]
        start_to_window(source, env)      # warm the disk cache and the font cache for both
        start_to_window(bundle, env)
        ours, floor = [], []
        for _ in range(RUNS):             # alternate, so that load on the machine hits both
            floor.append(start_to_window(source, env))
            ours.append(start_to_window(bundle, env))
    return statistics.median(ours), statistics.median(floor)


def main() -> None:
    if not (BUNDLE / "Startdag").is_file():
        print(f"bundle: {BUNDLE} is not built; run `make bundle` first (nothing measured)")
        return
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        unpacked, files = unpacked_bytes(BUNDLE)
        zipped = zipped_bytes(BUNDLE, work)
        print(f"unpacked: {unpacked / MB:.1f} MB ({unpacked / 2**20:.1f} MiB) in {files} files "
              f"(budget {UNPACKED_BUDGET / MB:.0f} MB: "
              f"{'met' if unpacked <= UNPACKED_BUDGET else 'MISSED'})")
        print(f"zipped:   {zipped / MB:.1f} MB ({zipped / 2**20:.1f} MiB) "
              f"(budget {ZIPPED_BUDGET / MB:.0f} MB: "
              f"{'met' if zipped <= ZIPPED_BUDGET else 'MISSED'})")
        print("largest parts: " + ", ".join(f"{name} {size / MB:.1f} MB"
                                            for name, size in largest_parts(BUNDLE)))
        internal = BUNDLE / "_internal"
        print("left out: " + ", ".join(
            f"{m} {'PRESENT' if (internal / m).exists() else 'absent'}"
            for m in ("numpy", "scipy", "pandas", "PySide6/Qt/lib/libQt6Pdf.so.6",
                      "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/QtSql.abi3.so")))
        home = work / "home"
        home.mkdir()
        times = startup(home)
    figures = {"unpacked_mb": unpacked / MB, "zipped_mb": zipped / MB}
    if times:
        ours, floor = times
        print(f"python main.py to the welcome window: median {floor * 1000:.0f} ms over {RUNS} "
              f"runs (floor)")
        print(f"the bundle to the welcome window:     median {ours * 1000:.0f} ms over {RUNS} runs")
        print(f"ratio {ours / floor:.2f} (target <= 1.0: {'met' if ours <= floor else 'MISSED'})")
        figures.update(seconds=ours, floor_seconds=floor, ratio=ours / floor)
    print(summary("bundle", **figures))


if __name__ == "__main__":
    main()
