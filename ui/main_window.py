"""The facilitator's main window: welcome page or workspace, menus, toolbar, file handling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from sessions import trajectory
from sessions.errors import Code, StartdagError
from sessions.store import SUFFIX, Store
from ui.app_actions import AppActions
from ui.context import AppContext
from ui.messages import error_text
from ui.trajectory_dialog import TrajectoryDialog
from ui.welcome import WelcomePage

FILE_FILTER = "Startdag (*.startdag)"
WORKSPACE_DELAY_MS = 400


def default_window_rect(area: QRect) -> tuple[QRect, bool]:
    """Where the main window opens without a remembered place, and whether maximised.

    A laptop's screen (up to 1440x900 available) is all needed: maximised. A bigger screen
    gets 85 % of it, never less than 1280x800, centred (was: 1280x800 on a 1920x1080 screen).
    """
    if area.width() <= 1440 or area.height() <= 900:
        return QRect(area), True
    w = min(area.width(), max(1280, round(area.width() * 0.85)))
    h = min(area.height(), max(800, round(area.height() * 0.85)))
    return QRect(area.left() + (area.width() - w) // 2, area.top() + (area.height() - h) // 2,
                 w, h), False


class MainWindow(QMainWindow):
    """One window per app; it shows the welcome page until a trajectory is open."""

    language_requested = Signal(str)

    def __init__(self, ctx: AppContext, actions: AppActions, version: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.app_actions = actions
        self.version = version
        self.setMinimumSize(960, 600)

        self.welcome = WelcomePage(actions.new, actions.open, actions.open_demo, ctx.settings)
        self.welcome.recent_requested.connect(self.open_path)
        self.welcome.peer_demo_button = self.welcome.add_button(actions.open_demo_peer)
        self.welcome.add_links([actions.new_demo, actions.new_demo_peer])
        self._workspace = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        # The workspace (all tabs, ~0.2 s of imports and widgets) is built a moment after the
        # welcome window is up and idle, or when a trajectory opens, whichever comes first:
        # the welcome window answers at once, and opening a file later is not slowed down.
        ctx.store_about_to_open.connect(self._ensure_workspace)
        QTimer.singleShot(WORKSPACE_DELAY_MS, self._ensure_workspace)

        from ui import backups_dialog
        from ui.backups import BackupService

        # backups at open, when a meeting starts, every 10 minutes while it runs, at close
        self.backup_service = BackupService(ctx, self)
        self.backup_service.taken.connect(lambda result: backups_dialog.report(self, result))
        backups_dialog.schedule_prune(self)
        self._build_menus()
        from ui.learning import install as install_programme  # issue 19: File → Programme overview…

        install_programme(self)
        self._build_toolbar()
        from ui.phones.panel import attach_phones

        attach_phones(self, ctx, actions)
        self.addActions(actions.all())
        self._connect()
        # the last geometry when a screen still holds it; else most of the screen
        geometry = ctx.settings.geometry("main")
        if geometry is None or not self._restore_if_it_fits(geometry):
            self._open_large()
        self._fit_on_screen()
        ctx.store_opened.connect(self._on_store_opened)
        ctx.store_closed.connect(self._on_store_closed)
        ctx.changed.connect(self._on_changed)
        ctx.undo_stack.refused.connect(self._undo_refused)
        self._update_title()

    # ------------------------------------------------------------ building

    def _restore_if_it_fits(self, geometry) -> bool:
        """Put the window back where it was, when one of today's screens still holds it."""
        if not self.restoreGeometry(geometry):
            return False
        if self.windowState() & Qt.WindowState.WindowMaximized:
            return True
        frame = self.frameGeometry()
        return any(sc.availableGeometry().contains(frame) for sc in QGuiApplication.screens())

    def _open_large(self) -> None:
        """Open sensibly large: maximised on a laptop, most of a bigger screen, centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        rect, maximised = default_window_rect(screen.availableGeometry())
        self.resize(rect.size())
        self.move(rect.topLeft())
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _fit_on_screen(self) -> None:
        """Open within the screen's available area (a 1366x768 laptop has less than 1280x800):
        a window that would not fit is shrunk into it and maximised, never cut off."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.setMinimumSize(min(960, area.width()), min(600, area.height()))
        frame = self.frameGeometry()
        extra_w = max(0, frame.width() - self.width())
        extra_h = max(0, frame.height() - self.height())
        if frame.width() > area.width() or frame.height() > area.height():
            self.resize(min(self.width(), area.width() - extra_w),
                        min(self.height(), area.height() - extra_h))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        frame = self.frameGeometry()
        if not area.contains(frame):
            self.move(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)),
                      max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))

    @property
    def workspace(self):
        """The tabs over the open trajectory (built on first use)."""
        return self._ensure_workspace()

    def _ensure_workspace(self):
        if self._workspace is None:
            from ui.workspace import Workspace

            self._workspace = Workspace(self.ctx, self.app_actions)
            self.stack.addWidget(self._workspace)
        return self._workspace

    def _build_menus(self) -> None:
        a = self.app_actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new, a.open, a.open_demo, a.open_demo_peer])
        demo_menu = file_menu.addMenu(self.tr("New de&mo"))
        demo_menu.addActions([a.new_demo, a.new_demo_peer])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.details, a.import_participants, a.handouts, a.harvest_report,
                              a.save_copy])
        file_menu.addSeparator()
        file_menu.addActions([a.backups, a.delete_trajectory])
        file_menu.addSeparator()
        file_menu.addActions([a.close_file, a.quit])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)

        day_menu = bar.addMenu(self.tr("&Day"))
        day_menu.addActions([a.start_day, a.next_step, a.prev_step, a.skip_step, a.insert_step])
        day_menu.addSeparator()
        day_menu.addActions([a.timer_pause, a.timer_extend])
        day_menu.addSeparator()
        day_menu.addActions([a.present, a.stop_present, a.show_projector, a.black_screen,
                             a.white_screen, a.freeze])
        day_menu.addSeparator()
        day_menu.addActions([a.phones_join, a.join_slide])

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([a.font_bigger, a.font_smaller, a.font_reset, a.dark_theme])
        view_menu.addSeparator()
        view_menu.addAction(a.full_screen)
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        lang_menu.addActions([a.lang_nl, a.lang_en])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.app_actions
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        bar.addActions([a.new, a.open])
        bar.addSeparator()
        self.undo_button = self._short_undo_action(a.undo, self.tr("Undo"), "edit-undo",
                                                   QStyle.StandardPixmap.SP_ArrowBack)
        self.redo_button = self._short_undo_action(a.redo, self.tr("Redo"), "edit-redo",
                                                   QStyle.StandardPixmap.SP_ArrowForward)
        bar.addActions([self.undo_button, self.redo_button])
        for act in (self.undo_button, self.redo_button):
            button = bar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addSeparator()
        bar.addActions([a.start_day, a.prev_step, a.next_step, a.present, a.black_screen])
        bar.addSeparator()
        bar.addActions([a.handouts])
        self.addToolBar(bar)
        self.toolbar = bar

    def _short_undo_action(self, full: QAction, label: str, theme: str,
                           fallback: QStyle.StandardPixmap) -> QAction:
        """A toolbar twin of Undo or Redo: a short label and an icon that never change width;
        what would be undone (the full text) is in the tooltip, so the toolbar never jumps."""
        icon = QIcon.fromTheme(theme)
        if icon.isNull():
            icon = self.style().standardIcon(fallback)
        short = QAction(icon, label, self)
        short.triggered.connect(full.trigger)

        def follow() -> None:
            short.setEnabled(full.isEnabled())
            keys = full.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = full.text().replace("&", "")
            short.setToolTip(f"{text} ({keys})" if keys else text)

        full.changed.connect(follow)
        follow()
        return short

    def _connect(self) -> None:
        a = self.app_actions
        a.new.triggered.connect(self.new_trajectory)
        a.open.triggered.connect(self.choose_and_open)
        a.open_demo.triggered.connect(lambda: self.open_demo())
        a.open_demo_peer.triggered.connect(lambda: self.open_demo("leercultuur"))
        a.new_demo.triggered.connect(lambda: self.new_demo())
        a.new_demo_peer.triggered.connect(lambda: self.new_demo("leercultuur"))
        a.save_copy.triggered.connect(self.save_copy)
        a.details.triggered.connect(self.edit_details)
        a.handouts.triggered.connect(self.open_handouts)
        a.close_file.triggered.connect(self.close_trajectory)
        a.backups.triggered.connect(self.show_backups)
        a.delete_trajectory.triggered.connect(self.delete_trajectory)
        a.quit.triggered.connect(self.close)
        a.full_screen.toggled.connect(self._set_full_screen)
        a.about.triggered.connect(self._about)
        a.lang_nl.triggered.connect(lambda: self._choose_language("nl"))
        a.lang_en.triggered.connect(lambda: self._choose_language("en"))

    # ------------------------------------------------------------ file handling

    def show_error(self, error: StartdagError | str) -> None:
        """A modal message in the user's language."""
        text = error if isinstance(error, str) else error_text(error)
        QMessageBox.warning(self, "Startdag", text)

    def new_trajectory(self) -> None:
        """Ask for the details, then for where to write the file."""
        dialog = TrajectoryDialog(self, new=True)
        if dialog.exec() != TrajectoryDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        start = str(Path.home() / f"{_safe_file_name(values['title'])}{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new trajectory as"), start,
                                              FILE_FILTER)
        if not path:
            return
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            store = Store.create(path, overwrite=path.exists(), **values)
        except StartdagError as exc:
            self.show_error(exc)
            return
        self._adopt(store)

    def choose_and_open(self) -> None:
        """Ask for a trajectory file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a trajectory"), str(Path.home()),
                                              f"{FILE_FILTER};;{self.tr('All files')} (*)")
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a trajectory; offer read-only when another instance holds it."""
        try:
            # the backup at open is taken by the backup service, off the GUI thread
            store = Store.open(path, backup=False, policy=self.backup_service.policy())
        except StartdagError as exc:
            if exc.code != Code.LOCKED:
                from ui.backups_dialog import offer_restore

                offered = offer_restore(self, Path(path), exc, self.backup_service.policy(),
                                        self.open_path, self.ctx.settings)
                if offered is None:
                    self.show_error(exc)
                return bool(offered)
            box = QMessageBox(QMessageBox.Icon.Question, "Startdag", error_text(exc), parent=self)
            box.setInformativeText(self.tr("You can open it read-only, or take it over if that "
                                           "Startdag is no longer running."))
            read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
            take_over = box.addButton(self.tr("Take over"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            try:
                if box.clickedButton() is read_only:
                    store = Store.open(path, read_only=True)
                elif box.clickedButton() is take_over:
                    store = Store.open(path, take_over=True, backup=False,
                                       policy=self.backup_service.policy())
                else:
                    return False
            except StartdagError as exc2:
                self.show_error(exc2)
                return False
        self._adopt(store)
        if store.migrated_from is not None:
            self.statusBar().showMessage(
                self.tr("Updated the file from version {old} to {new}; a backup was kept.").format(
                    old=store.migrated_from, new=store.schema_version), 10000)
        return True

    DEMO_STEMS = {"rotterdam": "Demo eigen leerproces", "leercultuur": "Demo leercultuur"}

    def open_demo(self, which: str = "rotterdam") -> None:
        """Open the demo trajectory (rotterdam | leercultuur) as the trainer left it: the most
        recently used demo file; a new one only when there is none yet."""
        from sessions import demo

        existing = demo.demo_paths(self.DEMO_STEMS[which])
        if not existing:
            self.new_demo(which)
            return
        path = existing[0]
        store = self.ctx.store
        if store is not None and Path(store.path) == path:
            return                                      # already open here
        self.open_path(path)

    def new_demo(self, which: str = "rotterdam") -> Path | None:
        """Write a new demo trajectory beside any earlier ones (never replacing a rehearsed
        demo) and open it; return its path."""
        from sessions import demo

        path = demo.new_demo_path(self.DEMO_STEMS[which])
        try:
            if which == "leercultuur":
                from sessions import demo_peer

                store = demo_peer.create_demo(path, overwrite=False)
            else:
                store = demo.create_demo(path, overwrite=False)
        except StartdagError as exc:
            self.show_error(exc)
            return None
        self._adopt(store)
        self.statusBar().showMessage(self.tr("New demo trajectory: {name}. Earlier demos are "
                                             "kept.").format(name=path.stem), 10000)
        return path

    def _adopt(self, store: Store) -> None:
        self.ctx.set_store(store)
        self.ctx.settings.add_recent_file(store.path)
        self.welcome.refresh()

    def save_copy(self) -> None:
        """Write a consistent copy of the open trajectory elsewhere."""
        store = self.ctx.store
        if store is None:
            return
        start = str(store.path.with_name(f"{store.path.stem} ({self.tr('copy')}){SUFFIX}"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), start, FILE_FILTER)
        if not path:
            return
        try:
            store.save_copy(Path(path))
        except StartdagError as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=path), 8000)

    def edit_details(self) -> None:
        """Edit the trajectory's details and meetings (undoable)."""
        store = self.ctx.store
        if store is None:
            return
        from ui.operations import attempt
        from ui.operations.trajectory import edit_details

        t = trajectory.get(store)
        meetings = trajectory.meetings(store)
        values = {**t.__dict__, "meetings": [m.__dict__ for m in meetings]}
        dialog = TrajectoryDialog(self, values=values, new=False)
        if dialog.exec() != TrajectoryDialog.DialogCode.Accepted or store.read_only:
            return
        new = dialog.values()
        fields = ("title", "organisation", "concept", "competences", "facilitators")
        # only what changed: an OK without changes is no edit (nothing to undo, no notice)
        details = {k: new[k] for k in fields if new[k] != getattr(t, k)}
        by_kind = {m.kind: m for m in meetings}
        meeting_changes = {}
        for m in new["meetings"]:
            old = by_kind.get(m["kind"])
            changes = {k: m[k] for k in ("date", "venue") if old and m[k] != getattr(old, k)}
            if changes:
                meeting_changes[old.id] = changes
        if not details and not meeting_changes:
            return
        attempt(lambda: edit_details(self.ctx, self.tr("Edit trajectory details"), details,
                                     meeting_changes), self.show_error)

    def open_handouts(self) -> None:
        """The 'Afdrukken / Handouts' dialog."""
        from ui.handouts_dialog import open_handouts

        open_handouts(self.ctx, self)

    def show_backups(self) -> None:
        """File → Backups…: list, open one as a copy, show the folder, the settings."""
        from ui.backups_dialog import show_backups

        show_backups(self)

    def delete_trajectory(self) -> None:
        """File → Delete trajectory…: the file and all its backups, after one question."""
        from ui.backups_dialog import delete_trajectory

        delete_trajectory(self)

    def close_trajectory(self) -> None:
        """Close the open trajectory; everything is already saved."""
        self.commit_focused_field()
        self.ctx.set_store(None)

    # ------------------------------------------------------------ reacting

    def _on_store_opened(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self._update_title()

    def _on_store_closed(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.refresh()
        self._update_title()

    def _undo_refused(self, error: StartdagError) -> None:
        self.statusBar().showMessage(
            self.tr("Could not undo or redo this: {reason}").format(reason=error_text(error)), 15000)

    def _on_changed(self, topic: str) -> None:
        if topic == "trajectory":
            self._update_title()

    def _update_title(self) -> None:
        store = self.ctx.store
        if store is None or store.conn is None:
            self.setWindowTitle("Startdag")
            return
        title = trajectory.get(store).title
        suffix = f" [{self.tr('read-only')}]" if store.read_only else ""
        self.setWindowTitle(f"{title} — {store.path.name}{suffix} — Startdag")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.ctx.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _choose_language(self, lang: str) -> None:
        self.ctx.settings.set_language(lang)
        self.language_requested.emit(lang)
        QMessageBox.information(self, "Startdag", self.tr(
            "The language changes the next time Startdag starts."))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Startdag"), self.tr(
            "Startdag {version}\n\nRuns the kickoff day and the harvest session of a learning "
            "trajectory. Everything lives in one file per trajectory, saved at every edit."
        ).format(version=self.version))

    def closeEvent(self, event: QCloseEvent) -> None:
        # let a worker (e.g. a handout pack being written) finish its file: destroying a
        # running QThread aborts the process, and a half-written PDF helps nobody
        for thread in self.findChildren(QThread):
            thread.quit()
            thread.wait(60000)
        self.ctx.settings.set_geometry("main", self.saveGeometry())
        self.commit_focused_field()
        self.ctx.set_store(None)
        super().closeEvent(event)

    def commit_focused_field(self) -> None:
        """A field being typed in saves as it is left: leave it now, before the file closes
        (lessons, notes, instructions typed just before quitting are kept, undoably)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()


def _safe_file_name(title: str) -> str:
    """A file name from a title, without characters Windows refuses."""
    cleaned = "".join(c for c in title if c not in '<>:"/\\|?*' and ord(c) >= 32).strip(" .")
    return cleaned[:80] or QCoreApplication.translate("MainWindow", "trajectory")
