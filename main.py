"""Startdag: the entry point. Argument parsing, QApplication, wiring; no logic."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

VERSION = "0.1.0"
# the sub-commands ui/cli.py implements (kept here so starting the GUI need not import the CLI)
SUBCOMMANDS = ("new", "import", "export", "backups", "restore", "programme", "import-expertise",
               "pairs")


def gui_parser() -> argparse.ArgumentParser:
    """The parser for starting the GUI."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Startdag: run the kickoff day and the harvest session of a learning "
                    "trajectory. Sub-commands: new, import, export, backups, restore (main.py new --help).")
    parser.add_argument("file", nargs="?", help="a .startdag trajectory file to open")
    parser.add_argument("--demo", nargs="?", const="rotterdam", choices=["rotterdam", "leercultuur"],
                        help="open a fresh demo trajectory: rotterdam (default) or leercultuur")
    parser.add_argument("--lang", choices=["nl", "en"], help="user interface language")
    parser.add_argument("--version", action="version", version=f"Startdag {VERSION}")
    parser.add_argument("--join", action="store_true",
                        help="let phones join at once and print the join URL on one line")
    parser.add_argument("--join-address", metavar="ADDR",
                        help="the address phones use (a private IPv4 address, or 127.0.0.1)")
    parser.add_argument("--join-port", metavar="N", type=int,
                        help="the port phones use (0 picks a free one)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation in a temporary folder (no window, no "
                             "network) and exit: 0 when all is well, 1 naming what failed")
    return parser


def _language_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def run_cli(argv: list[str]) -> int:
    """`new`, `import`, `export`: a QCoreApplication only for the translations."""
    from PySide6.QtCore import QCoreApplication

    from ui import cli, i18n
    from ui.settings import Settings

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    app.setOrganizationName("Startdag")
    app.setApplicationName("Startdag")
    lang = i18n.choose_language(_language_from_argv(argv), Settings().language())
    _keep = i18n.install(app, lang)
    return cli.main(argv)


def run_gui(args: argparse.Namespace) -> int:
    """Build the app, the context, the actions and the windows, then run."""
    from PySide6.QtWidgets import QApplication

    from ui import file_open, i18n
    from ui.app_actions import AppActions
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Startdag")
    app.setApplicationName("Startdag")
    app.setApplicationVersion(VERSION)
    settings = Settings()
    lang = i18n.choose_language(args.lang, settings.language())
    _keep = i18n.install(app, lang)
    ctx = AppContext(settings, language=lang)
    actions = AppActions(ctx)
    (actions.lang_nl if lang == "nl" else actions.lang_en).setChecked(True)
    window = MainWindow(ctx, actions, version=VERSION)
    if sys.platform == "darwin":     # macOS hands double-clicked files over as events
        # (a Python filter on the whole app sees every event: 6 % of the GUI thread's time
        # under phone load, for an event only macOS sends)
        file_open.install(app, window.open_path)
    window.show()
    if args.demo:
        window.open_demo(args.demo)
    elif args.file:
        window.open_path(Path(args.file))
    if args.join and not _start_join(ctx, actions, args):
        return 1
    return app.exec()


def _start_join(ctx, actions, args) -> bool:
    """--join: phones join at once; exactly one line with the join URL on stdout."""
    from ui.cli import fail

    hub = ctx.phones
    if ctx.store is None or hub is None:
        fail("--join needs a trajectory file")
        return False
    actions.phones_join.blockSignals(True)
    url = hub.start(args.join_address, args.join_port)
    actions.phones_join.setChecked(bool(url))
    actions.phones_join.blockSignals(False)
    if not url:
        fail(f"phones cannot join: {hub.last_error}")
        return False
    print(url, flush=True)
    return True


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a sub-command or the GUI."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SUBCOMMANDS:
        return run_cli(argv)
    args = gui_parser().parse_args(argv)
    if args.selftest:
        from ui import selftest

        return selftest.main()
    if args.file and _has_terminal():
        from sessions.errors import StartdagError
        from sessions.store import inspect_file

        try:
            inspect_file(Path(args.file))
        except StartdagError as exc:
            if not _has_a_good_backup(Path(args.file), exc):
                return run_cli_error(exc, args.lang)
            # damaged, with a good backup: the window offers it
    return run_gui(args)


def _has_terminal() -> bool:
    """False when started from the desktop (a double-clicked file) with nowhere to print:
    then the window opens and says what is wrong with the file instead of one stderr line."""
    if sys.stderr is None:              # Windows' windowed executable, pythonw
        return False
    return not getattr(sys, "frozen", False) or sys.stderr.isatty()


def _has_a_good_backup(path: Path, exc) -> bool:
    """True when ``path`` is damaged and one of its backups passes the integrity check."""
    from sessions import backups
    from ui.backups import policy_from
    from ui.backups_dialog import DAMAGED
    from ui.settings import Settings

    if exc.code not in DAMAGED:
        return False
    return backups.newest_good(backups.list_for(path, policy_from(Settings()))) is not None


def run_cli_error(exc, lang: str | None) -> int:
    """One clear line on stderr for a file the GUI cannot open; exit code 1."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n
    from ui.cli import fail
    from ui.messages import error_text
    from ui.settings import Settings

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _keep = i18n.install(app, i18n.choose_language(lang, Settings().language()))
    return fail(error_text(exc))


if __name__ == "__main__":
    sys.exit(main())
