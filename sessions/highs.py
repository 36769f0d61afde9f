"""HiGHS (the exact LP/MIP solver) through ``highspy``'s compiled core, without numpy.

``import highspy`` imports numpy (its Python layer, ``highspy/highs.py``, does at the top),
and every array-taking call of the core converts through numpy. numpy would add about
46 MB to the facilitator's bundle for nothing the app needs. So this module loads only the
compiled core, ``highspy._core`` (the pybind11 extension with HiGHS itself), and hands it a
model as text in the CPLEX LP format (``readModel``): the calls used here take and return
only strings, numbers and lists. The model text is written to a temporary file that is
removed afterwards.

:func:`solve` returns the status, the objective, the column values by name and the MIP gap.
:func:`lp_text` builds a model's text from plain Python rows.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import math
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_CORE = None


class Unavailable(RuntimeError):
    """highspy is not installed, or its core cannot be loaded."""


def core():
    """The ``highspy._core`` module, loaded without running ``highspy/__init__.py``."""
    global _CORE
    if _CORE is not None:
        return _CORE
    name = "highspy._core"
    if name in sys.modules:               # someone imported highspy itself: reuse its core
        _CORE = sys.modules[name]
        return _CORE
    spec = importlib.util.find_spec("highspy")
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable("highspy is not installed")
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"_core{suffix}"
            if path.is_file():
                core_spec = importlib.util.spec_from_file_location(name, path)
                module = importlib.util.module_from_spec(core_spec)
                try:
                    core_spec.loader.exec_module(module)
                except ImportError as exc:
                    raise Unavailable(f"highspy's core did not load: {exc}") from exc
                _CORE = module
                return module
    raise Unavailable("highspy's compiled core is missing")


def available() -> bool:
    """Whether HiGHS can be used here."""
    try:
        core()
    except Unavailable:
        return False
    return True


@dataclass
class Result:
    """What HiGHS found: ``status`` is "optimal", "time_limit", "infeasible" or another
    HiGHS model status in lower case; ``values`` is empty when it found no solution."""

    status: str
    objective: float
    values: dict[str, float]
    mip_gap: float

    @property
    def optimal(self) -> bool:
        return self.status == "optimal"


def _term(coef: float, var: str, first: bool) -> str:
    mag = abs(coef)
    num = "" if mag == 1 else (f"{int(mag)} " if float(mag).is_integer() else f"{mag!r} ")
    if coef < 0:
        return f"- {num}{var}"
    return f"{num}{var}" if first else f"+ {num}{var}"


def _expr(terms: Iterable[tuple[float, str]]) -> str:
    parts = []
    for i, (coef, var) in enumerate(t for t in terms if t[0]):
        parts.append(_term(coef, var, i == 0))
        if i % 40 == 39:
            parts.append("\n  ")
    return " ".join(parts) if parts else "0 zero__"


def lp_text(objective: Iterable[tuple[float, str]],
            rows: Iterable[tuple[Iterable[tuple[float, str]], float | None, float | None]],
            bounds: dict[str, tuple[float, float | None]] | None = None,
            binary: Iterable[str] = (), integer: Iterable[str] = ()) -> str:
    """A minimisation in the CPLEX LP format.

    ``objective`` and each row's terms are (coefficient, variable) pairs; a row is
    (terms, lower, upper) with None for no bound (equal bounds make an equality).
    Variables are ≥ 0 unless ``bounds`` says otherwise (upper None = none)."""
    out = ["Minimize", " obj: " + _expr(objective), "Subject To"]
    for i, (terms, lo, hi) in enumerate(rows):
        body = _expr(terms)
        if lo is not None and hi is not None and lo == hi:
            out.append(f" r{i}: {body} = {lo!r}")
            continue
        if lo is not None and hi is not None:
            out.append(f" r{i}a: {body} >= {lo!r}")
            out.append(f" r{i}b: {body} <= {hi!r}")
        elif lo is not None:
            out.append(f" r{i}: {body} >= {lo!r}")
        elif hi is not None:
            out.append(f" r{i}: {body} <= {hi!r}")
    out.append("Bounds")
    if any("zero__" in line for line in out):
        out.append(" zero__ = 0")
    for var, (lo, hi) in (bounds or {}).items():
        out.append(f" {lo!r} <= {var} <= {hi!r}" if hi is not None else f" {var} >= {lo!r}")
    binary, integer = list(binary), list(integer)
    for title, names in (("Binary", binary), ("General", integer)):
        if names:
            out.append(title)
            out.extend(" " + " ".join(names[i:i + 40]) for i in range(0, len(names), 40))
    out.append("End")
    return "\n".join(out) + "\n"


def solve(text: str, *, time_limit: float | None = None, options: dict | None = None) -> Result:
    """Solve a model given as LP-format text; raises :class:`Unavailable` without HiGHS."""
    hs = core()
    h = hs._Highs()
    h.setOptionValue("output_flag", False)
    if time_limit is not None:
        h.setOptionValue("time_limit", float(time_limit))
    for key, value in (options or {}).items():
        h.setOptionValue(key, value)
    fd, path = tempfile.mkstemp(prefix="startdag-", suffix=".lp")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(text)
        if h.readModel(path) == hs.HighsStatus.kError:
            raise ValueError("HiGHS could not read the model")
    finally:
        os.unlink(path)
    h.run()
    model_status = h.getModelStatus()
    status = {hs.HighsModelStatus.kOptimal: "optimal",
              hs.HighsModelStatus.kTimeLimit: "time_limit",
              hs.HighsModelStatus.kInfeasible: "infeasible"}.get(
                  model_status, model_status.name.removeprefix("k").lower())
    info = h.getInfo()
    values: dict[str, float] = {}
    if info.primal_solution_status == hs.kSolutionStatusFeasible:
        names = h.getLp().col_names_
        values = dict(zip(names, h.getSolution().col_value, strict=True))
    gap = info.mip_gap if math.isfinite(info.mip_gap) else math.inf
    return Result(status, float(info.objective_function_value), values, gap)
