"""`Startdag --selftest` (and `main.py --selftest`): is everything this installation needs there?

Runs the app's real work once in a temporary folder: a trajectory with Turkish and Polish
names, a participant list imported from CSV and xlsx, groups formed by the balanced solver, a
PDF handout and an xlsx written and read back (pypdf: the fonts are embedded and the names are
in it), the file re-opened with its backup, the main window built over it, and the phones'
server and QR code built (never started). One line per check; exit 0, or exit 1 naming the
failing check.

It never shows a window (Qt's offscreen platform), never touches the network (socket
connections are refused while it runs), never touches the user's files, settings or backups
(they go to the temporary folder), and cannot hang: an exception inside a Qt slot fails the
check it happened in, and a watchdog ends the process after ``TIMEOUT`` seconds, naming the
check that was running. The lines are English on purpose: they are for whoever supports the
installation, and CI reads them.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

TIMEOUT = 120.0  # seconds for the whole run; a first start on a scanned Windows disk is slow

NAMES = ["Şükrü Yılmaz", "Łukasz Wiśniewski"]
# A list as an office sends it: Excel's "CSV UTF-8" (BOM, semicolons, Windows line ends).
CSV_ROWS = [
    ("Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Gebied"),
    ("Şükrü", "", "Yılmaz", "sukru.yilmaz@gemeente.example", "Charlois"),
    ("Łukasz", "", "Wiśniewski", "lukasz.wisniewski@gemeente.example", "Noord"),
    ("Anneke", "de", "Rijk", "anneke.derijk@gemeente.example", "Centrum"),
    ("Gülşen", "", "Çelik", "gulsen.celik@gemeente.example", "Hoogvliet"),
    ("Naïma", "", "El Amrani", "naima.elamrani@gemeente.example", "Overschie"),
    ("Jan", "van der", "Wijk", "jan.vanderwijk@gemeente.example", "Delfshaven"),
    ("Małgorzata", "", "Wójcik", "malgorzata.wojcik@gemeente.example", "Noord"),
    ("Kees", "van", "Dijk", "kees.vandijk@gemeente.example", "Centrum"),
    ("Ayşe", "", "Demir", "ayse.demir@gemeente.example", "Charlois"),
]
XLSX_ROWS = [
    ("Naam", "E-mail", "Gebied"),
    ("Paweł Dąbrowski", "pawel.dabrowski@gemeente.example", "Feijenoord"),
    ("Zeynep Aydın", "zeynep.aydin@gemeente.example", "IJsselmonde"),
    ("Ingrid van den Berg", "ingrid.vandenberg@gemeente.example", "Centrum"),
]
PEOPLE = len(CSV_ROWS) + len(XLSX_ROWS) - 2
GROUPS = ("Functieprofiel", "Partner binnen de gemeente", "Kennis delen")


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class _NetworkRefused(OSError):
    pass


class SelfTest:
    """Runs the checks in order; the first failure stops the run."""

    def __init__(self, folder: Path, out: Callable[[str], None], timeout: float = TIMEOUT):
        self.folder = folder
        self.out = out
        self.timeout = timeout
        self.current = "start"
        self.slot_errors: list[str] = []
        self.network_attempts: list[str] = []
        self.passed = 0
        self.file = folder / "Zelftest Şükrü en Łukasz.startdag"
        self.store = None
        self.app = None

    # ------------------------------------------------------------ machinery

    def line(self, text: str) -> None:
        self.out(text)

    def run(self) -> int:
        started = time.perf_counter()
        watchdog = threading.Timer(self.timeout, self._expire)
        watchdog.daemon = True
        watchdog.start()
        old_hook = sys.excepthook
        sys.excepthook = self._slot_exception
        restore_network = self._refuse_network()
        try:
            for name, check in self.checks():
                self.current = name
                try:
                    detail = check()
                    self._raise_slot_errors()
                except CheckFailed as exc:
                    return self._fail(name, str(exc))
                except Exception as exc:  # the point of a selftest: name it, never a traceback
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    return self._fail(name, f"{type(exc).__name__}: {exc} "
                                            f"({Path(where.filename).name}:{where.lineno})")
                self.passed += 1
                self.line(f"ok    {name:<13} {detail}")
            self.line(f"Startdag selftest: all {self.passed} checks passed "
                      f"in {time.perf_counter() - started:.1f} s")
            return 0
        finally:
            watchdog.cancel()
            sys.excepthook = old_hook
            restore_network()
            self._close()

    def _fail(self, name: str, message: str) -> int:
        self.line(f"FAIL  {name:<13} {message}")
        self.line(f"Startdag selftest FAILED at check '{name}' ({self.passed} passed before it)")
        return 1

    def _expire(self) -> None:
        """The watchdog: a check that hangs (a modal dialog, a stuck event loop) ends the run."""
        self._fail(self.current, f"no answer after {self.timeout:.0f} s (timeout)")
        sys.stdout and sys.stdout.flush()
        os._exit(1)

    def _slot_exception(self, kind, value, tb) -> None:
        """PySide6 reports an exception inside a slot here and carries on: remember it."""
        where = traceback.extract_tb(tb)[-1] if tb else None
        place = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
        self.slot_errors.append(f"{kind.__name__}: {value}{place}")

    def _raise_slot_errors(self) -> None:
        if self.slot_errors:
            errors, self.slot_errors = self.slot_errors, []
            raise CheckFailed("exception in a Qt slot: " + "; ".join(errors))

    def _refuse_network(self) -> Callable[[], None]:
        """Make every outgoing connection and name lookup fail, and count the attempts."""
        originals = (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo,
                     socket.create_connection)

        def refuse(what):
            def refused(*args, **kwargs):
                self.network_attempts.append(f"{what} in check '{self.current}'")
                raise _NetworkRefused(f"the selftest refuses network access ({what})")
            return refused

        socket.socket.connect = refuse("connect")
        socket.socket.connect_ex = refuse("connect")
        socket.getaddrinfo = refuse("getaddrinfo")
        socket.create_connection = refuse("create_connection")

        def restore():
            (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo,
             socket.create_connection) = originals
        return restore

    def _pump(self, seconds: float) -> None:
        """Let the event loop run (timers, queued signals) for ``seconds``."""
        from PySide6.QtCore import QCoreApplication, QEvent

        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            time.sleep(0.01)

    def _close(self) -> None:
        if getattr(self, "ctx", None) is not None:
            self.ctx.set_store(None)
        if self.store is not None:
            self.store.close()
            self.store = None
        for module, original in getattr(self, "_data_dirs", []):
            module.data_dir = original

    # ------------------------------------------------------------ the checks

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("runtime", self.check_runtime),
            ("qt", self.check_qt),
            ("translations", self.check_translations),
            ("fonts", self.check_fonts),
            ("trajectory", self.check_trajectory),
            ("import", self.check_import),
            ("groups", self.check_groups),
            ("intervisie", self.check_intervisie),
            ("exports", self.check_exports),
            ("pdf", self.check_pdf),
            ("xlsx", self.check_xlsx),
            ("reopen", self.check_reopen),
            ("window", self.check_window),
            ("phones", self.check_phones),
            ("network", self.check_network),
        ]

    def check_runtime(self) -> str:
        where = "bundle" if getattr(sys, "frozen", False) else "source"
        # backups and the demo go to the temporary folder, never to the user's data folder:
        # sessions.store.data_dir, and every copy a module took with `from ... import data_dir`
        import sessions.store as store_module

        original = store_module.data_dir
        self._data_dirs = [(m, original) for m in list(sys.modules.values())
                           if getattr(m, "data_dir", None) is original]
        for module, _ in self._data_dirs:
            module.data_dir = lambda: self.folder / "data"
        return (f"Python {sys.version.split()[0]} on {sys.platform}, running from {where} "
                f"({Path(sys.executable).name}); work folder {self.folder}")

    def check_qt(self) -> str:
        import PySide6
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "Startdag"])
        platform = QApplication.platformName()
        if platform != "offscreen":
            raise CheckFailed(f"Qt runs on the '{platform}' platform, not 'offscreen'")
        return f"PySide6 {PySide6.__version__}, platform {platform}, no window shown"

    def check_translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from ui import i18n

        qm = i18n.I18N_DIR / "startdag_nl.qm"
        if not qm.is_file():
            raise CheckFailed(f"the Dutch translation is missing: {qm}")
        self._translators = i18n.install(self.app, "nl")
        # (context, text) in variables: lupdate must not take these for the app's own strings
        menu, theme = ("MainWindow", "&File"), ("QPlatformTheme", "Cancel")
        ours = QCoreApplication.translate(*menu)
        if ours != "&Bestand":
            raise CheckFailed(f"startdag_nl.qm does not translate '&File' (got {ours!r})")
        qt = QCoreApplication.translate(*theme)
        if qt != "Annuleren":
            raise CheckFailed(f"Qt's own Dutch translation (qtbase_nl.qm) is missing (got {qt!r})")
        return f"startdag_nl.qm ('&File' -> {ours!r}) and qtbase_nl.qm ('Cancel' -> {qt!r})"

    def check_fonts(self) -> str:
        from exports import pdf_base

        files = sorted(pdf_base.FONT_DIR.glob("*.ttf"))
        if len(files) < 2:
            raise CheckFailed(f"the PDF fonts are missing in {pdf_base.FONT_DIR}")
        pdf_base.register_fonts()
        return ", ".join(f.name for f in files)

    def check_trajectory(self) -> str:
        from sessions.store import Store

        self.store = Store.create(self.file, title="Zelftest Startdag",
                                  organisation="Gemeente Rotterdam", concept="netwerken",
                                  competences=["initiatief tonen"])
        return f"created {self.file.name}"

    def check_import(self) -> str:
        from openpyxl import Workbook

        from sessions import importing, participants

        csv_path = self.folder / "deelnemers.csv"
        text = "\r\n".join(";".join(row) for row in CSV_ROWS) + "\r\n"
        csv_path.write_bytes(text.encode("utf-8-sig"))
        report = importing.import_file(self.store, csv_path)
        if report.added != len(CSV_ROWS) - 1:
            raise CheckFailed(f"the CSV list added {report.added} of {len(CSV_ROWS) - 1} people")
        xlsx_path = self.folder / "aanvulling.xlsx"
        book = Workbook()
        for row in XLSX_ROWS:
            book.active.append(row)
        book.save(xlsx_path)
        report = importing.import_file(self.store, xlsx_path)
        if report.added != len(XLSX_ROWS) - 1:
            raise CheckFailed(f"the xlsx list added {report.added} of {len(XLSX_ROWS) - 1} people")
        names = {p.display_name for p in participants.all_participants(self.store)}
        missing = [n for n in NAMES if n not in names]
        if missing or len(names) != PEOPLE:
            raise CheckFailed(f"after the import {len(names)} people, missing {missing}")
        return f"{PEOPLE} people from a UTF-8 CSV (;) and an xlsx, with {' and '.join(NAMES)}"

    def check_groups(self) -> str:
        from sessions import groups, participants

        ids = [groups.add_group(self.store, name) for name in GROUPS]
        # two thirds want the first group most: the solver has to spread them within the caps
        for i, person in enumerate(participants.all_participants(self.store)):
            first = 0 if i % 3 else i % 2 + 1
            groups.set_choices(self.store, person.id, [ids[(first + k) % 3] for k in range(3)])
        groups.set_caps(self.store, 3, 5)
        result, _undo = groups.form_balanced(self.store)
        placed = groups.memberships(self.store)
        sizes = [len(groups.members(self.store, g)) for g in ids]
        if len(placed) != PEOPLE or not all(3 <= s <= 5 for s in sizes):
            raise CheckFailed(f"{len(placed)} of {PEOPLE} placed, group sizes {sizes}")
        return (f"{PEOPLE} people in {len(ids)} groups of {sizes}, balanced solver, "
                f"{result.first} on their first choice")

    def check_intervisie(self) -> str:
        from sessions import intervisie

        # 12 people in 3 teams, one manager: HiGHS (highspy's core) must keep her from her reports
        people = list(range(1, 13))
        team = {p: "ABC"[p % 3] for p in people}
        manager = {p: (1 if p in (2, 3, 4) else None) for p in people}
        result = intervisie.solve(people, team, manager)
        boss = next(g for g in result.groups if 1 in g)
        if sorted(p for g in result.groups for p in g) != people or {2, 3, 4} & set(boss):
            raise CheckFailed(f"groups {result.groups}")
        return (f"{len(people)} people in groups of {[len(g) for g in result.groups]}, "
                f"no manager beside a report, optimal={result.optimal}")

    def check_exports(self) -> str:
        from exports.pack import export_pack

        self.out_dir = self.folder / "handouts"
        written = export_pack(self.store, self.out_dir, only={"group", "xlsx"}, lang="nl")
        names = sorted(p.name for p in written)
        self.pdf = self.out_dir / "groepshandouts.pdf"
        self.xlsx = self.out_dir / "overzicht.xlsx"
        for path in (self.pdf, self.xlsx):
            if not path.is_file() or path.stat().st_size == 0:
                raise CheckFailed(f"{path.name} was not written (wrote {names})")
        return ", ".join(f"{p.name} ({p.stat().st_size // 1024} KB)" for p in (self.pdf, self.xlsx))

    def check_pdf(self) -> str:
        import pypdf

        reader = pypdf.PdfReader(self.pdf)
        fonts: dict[str, bool] = {}
        for page in reader.pages:
            resources = page["/Resources"].get_object().get("/Font")
            for ref in (resources.get_object().values() if resources is not None else []):
                font = ref.get_object()
                descriptor = font.get("/FontDescriptor")
                fonts[str(font["/BaseFont"])] = (descriptor is not None
                                                 and "/FontFile2" in descriptor.get_object())
        if not fonts:
            raise CheckFailed("the PDF names no fonts")
        loose = sorted(name for name, embedded in fonts.items() if not embedded)
        if loose:
            raise CheckFailed(f"fonts not embedded in the PDF: {', '.join(loose)}")
        if not any("OpenSans" in name for name in fonts):
            raise CheckFailed(f"Open Sans is not among the PDF's fonts: {sorted(fonts)}")
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
        missing = [n for n in NAMES if n not in text]
        if missing:
            raise CheckFailed(f"the PDF does not hold {', '.join(missing)}")
        return (f"{len(reader.pages)} pages, fonts embedded "
                f"({', '.join(sorted({n.split('+')[-1] for n in fonts}))}), holds both names")

    def check_xlsx(self) -> str:
        from openpyxl import load_workbook

        book = load_workbook(self.xlsx, read_only=True)
        cells = {str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                 for v in row if v is not None}
        book.close()
        text = " ".join(cells)
        missing = [n for n in NAMES if n not in text]
        if missing:
            raise CheckFailed(f"the xlsx does not hold {', '.join(missing)}")
        return f"{len(book.sheetnames)} sheets, holds both names"

    def check_reopen(self) -> str:
        from sessions import groups, participants
        from sessions.store import Store, list_backups

        self.store.close()
        self.store = None
        with Store.open(self.file) as store:
            names = {p.display_name for p in participants.all_participants(store)}
            placed = len(groups.memberships(store))
            backups = list_backups(self.file)
        if len(names) != PEOPLE or any(n not in names for n in NAMES) or placed != PEOPLE:
            raise CheckFailed(f"re-opened with {len(names)} people and {placed} placed, "
                              f"expected {PEOPLE}")
        if not backups:
            raise CheckFailed("opening the file took no backup")
        return f"{PEOPLE} people and their groups are all there; backup {backups[-1].name}"

    def check_window(self) -> str:
        from PySide6.QtCore import QSettings

        from ui.app_actions import AppActions
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from ui.settings import Settings

        settings = Settings(QSettings(str(self.folder / "settings.ini"),
                                      QSettings.Format.IniFormat))
        self.ctx = AppContext(settings, language="nl")
        actions = AppActions(self.ctx)
        window = MainWindow(self.ctx, actions, version="selftest")   # never shown
        try:
            if not window.open_path(self.file):
                raise CheckFailed("the main window could not open the trajectory")
            self._pump(0.6)   # the workspace timer, queued signals, first model fills
            if self.ctx.store is None or self.ctx.store.path != self.file:
                raise CheckFailed("the main window shows no trajectory after opening it")
            title = window.windowTitle()
            if "Zelftest Startdag" not in title:
                raise CheckFailed(f"unexpected window title {title!r}")
            if window.stack.currentWidget() is not window.workspace:
                raise CheckFailed("the main window still shows the welcome page")
            return f"built offscreen, opened the file in the workspace: {title!r}"
        finally:
            self.ctx.set_store(None)
            window.close()
            window.deleteLater()
            self._pump(0.05)

    def check_phones(self) -> str:
        """The phones' server and QR code are all there (built, never started: no socket)."""
        import aiohttp
        import segno

        from ui.phones import qr, server

        join = server.JoinServer(["127.0.0.1"], 0, "zelftest", submit=lambda job: None)
        if join.running or b"<html" not in join._files["index.html"].lower():
            raise CheckFailed(f"the phone page is missing or broken in {server.WEB_DIR}")
        sizes = ", ".join(f"{name} {len(data):,} bytes" for name, data in join._files.items())
        image = qr.qr_image(qr.join_url("192.168.1.20", 8080, "zelftest"), 300)
        if image.isNull() or image.width() < 100:
            raise CheckFailed("the join QR code could not be drawn")
        return (f"server built, not started (aiohttp {aiohttp.__version__}), page {sizes}; "
                f"QR {image.width()} px (segno {segno.__version__})")

    def check_network(self) -> str:
        if self.network_attempts:
            raise CheckFailed("tried the network: " + "; ".join(self.network_attempts))
        return "no connection or name lookup was attempted"


def main(timeout: float = TIMEOUT) -> int:
    """Run every check in a temporary folder; 0 when all pass, 1 at the first failure."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"   # never a window, with or without a display
    # Redirected to a file or a pipe (CI, Start-Process on Windows), Python writes in the
    # locale's code page, and cp1252 cannot write "Şükrü": write UTF-8 there instead.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")

    def out(text: str) -> None:
        stream = sys.stdout or sys.stderr
        if stream is not None:
            print(text, file=stream, flush=True)

    with tempfile.TemporaryDirectory(prefix="startdag-selftest-",
                                     ignore_cleanup_errors=True) as folder:
        return SelfTest(Path(folder).resolve(), out, timeout).run()
