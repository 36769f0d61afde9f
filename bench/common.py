"""Shared bits of the benchmarks: paths, percentiles, the closing `name key=value` line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def summary(name: str, **figures) -> str:
    """The one closing line every benchmark prints."""
    parts = [f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()]
    return f"{name} " + " ".join(parts)


def laptop_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a measured app process, as on the facilitator's laptop: offscreen,
    a private home, and compiled bytecode kept between starts. This machine sets
    PYTHONDONTWRITEBYTECODE, which makes every measured start compile every module again
    (about 120 ms); the bytecode goes to a folder under ``home``, not into the tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_DATA_HOME": str(Path(home) / "data"), "XDG_CONFIG_HOME": str(Path(home) / "config"),
           "PYTHONPYCACHEPREFIX": str(Path(home) / "pycache"), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
