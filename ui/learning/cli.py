"""`main.py programme FILE_OR_DIR... --to DIR [--json] [--with-organisations]` and the programme demo."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.messages import error_text


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register the `programme` sub-command."""
    prog = sub.add_parser("programme", parents=[common],
                          help=QCoreApplication.translate("Cli", "roll up many organisations' files (read-only) into an overview and a lessons library"))
    prog.add_argument("paths", nargs="+", metavar="FILE_OR_DIR",
                      help=QCoreApplication.translate("Cli", "trajectory files, or folders holding them"))
    prog.add_argument("--to", required=True, help=QCoreApplication.translate("Cli", "the folder to write into"))
    prog.add_argument("--json", action="store_true",
                      help=QCoreApplication.translate("Cli", "print the organisations and problems as JSON"))
    prog.add_argument("--with-organisations", action="store_true",
                      help=QCoreApplication.translate("Cli", "name the organisations in the lessons library"))
    prog.set_defaults(func=cmd_programme)


def replaced_lines(replaced: list[tuple[str, int]]) -> list[str]:
    """'Jan (3×)' lines for the facilitator, most frequent first."""
    return [f"{text} ({n}×)" for text, n in replaced]


def cmd_programme(args: argparse.Namespace) -> int:
    """Roll up the files read-only, then write the overview and the library."""
    from exports.programme_docs import write_all
    from sessions import programme
    from ui import i18n
    from ui.messages import fail
    from ui.settings import Settings

    lang = i18n.choose_language(args.lang, Settings().language())
    out = Path(args.to)
    if not out.is_dir():
        return fail(QCoreApplication.translate("Cli", "The folder {path} does not exist.").format(path=out))
    prog = programme.roll_up([Path(p) for p in args.paths])
    problems = [(p.path, error_text(p.error)) for p in prog.problems]
    lib = prog.library(with_organisations=args.with_organisations)
    if not args.json:
        if lib.replaced:
            print(QCoreApplication.translate("Cli", "Names replaced by [naam] in the library:"))
            for line in replaced_lines(lib.replaced):
                print(f"  {line}")
        for path, reason in problems:
            print(QCoreApplication.translate("Cli", "Not included: {file}: {reason}").format(file=path, reason=reason),
                  file=sys.stderr)
    paths = write_all(prog, lib, problems, out, lang)
    if args.json:
        print(json.dumps({
            "organisations": [
                {"name": o.name, "file": o.path, "hours_used": o.used, "hours_left": o.remaining,
                 "budget": o.budget, "runs_out": o.runs_out, "experiments": {
                     "status": o.status, "result": o.result},
                 "pairs": o.pairs, "lessons": o.lessons}
                for o in prog.organisations],
            "problems": [{"file": f, "reason": r} for f, r in problems],
            "replaced": [{"text": t, "count": n} for t, n in lib.replaced],
            "written": [str(p) for p in paths]}, ensure_ascii=False))
    else:
        for p in paths:
            print(p)
    return 0


def new_programme_demo(folder: Path) -> int:
    """`main.py new DIR --demo programme`: fifteen organisations' files in DIR."""
    from sessions import experiments_demo
    from ui.messages import fail

    if folder.exists() and not folder.is_dir():
        return fail(QCoreApplication.translate("Cli", "{path} is a file; give a folder for the programme demo.").format(
            path=folder))
    if not folder.parent.is_dir():
        return fail(QCoreApplication.translate("Cli", "The folder {path} does not exist.").format(path=folder.parent))
    paths = experiments_demo.write_programme(folder)
    for p in paths:
        print(QCoreApplication.translate("Cli", "Created {path}").format(path=p))
    return 0
