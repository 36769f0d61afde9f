"""The domain and the exports stay free of Qt (DESIGN convention 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import importlib, pkgutil, sys
sys.path.insert(0, {root!r})
for package in ("sessions", "exports"):
    pkg = importlib.import_module(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print("QT:" + ",".join(qt))
"""


def test_sessions_and_exports_import_without_pyside6():
    result = subprocess.run([sys.executable, "-c", CHECK.format(root=str(ROOT))],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT:"


def test_ruff_bans_pyside6_in_the_domain():
    config = (ROOT / "pyproject.toml").read_text()
    assert '"PySide6".msg' in config
    assert '"ui/**" = ["TID251"]' in config
