"""File → Backups…: the backups of a trajectory, where they are, opening one as a copy; the
offer of the newest good backup when a file is damaged; deleting a trajectory with its backups."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions import backups
from sessions.backups import Backup, Policy
from sessions.errors import Code, StartdagError
from sessions.store import SUFFIX
from ui.backups import (
    holds_text,
    policy_from,
    reason_text,
    restored_word,
    rules_text,
    size_text,
    time_text,
)
from ui.messages import error_text

# what the store calls a damaged file: these get the offer of a backup
# (FOREIGN and NOT_SQLITE: another file's header over it, or another file saved in its place)
DAMAGED = (Code.TRUNCATED, Code.CORRUPT, Code.EMPTY, Code.NOT_SQLITE, Code.FOREIGN)
Opener = Callable[[Path], bool]



def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def restore_beside(parent: QWidget, backup: Backup, original: Path | None,
                   protect: tuple[Path, ...] = ()) -> Path | None:
    """Write ``backup`` as a copy beside ``original`` (asking where when that is not possible).

    Returns the copy's path, or None when cancelled or refused (the reason is shown).
    """
    target = None
    if original is not None and Path(original).parent.is_dir():
        target = backups.restored_name(Path(original), backup.time, restored_word())
    for attempt in range(2):
        if target is None:
            start = str(Path.home() / backups.restored_name(
                Path(original or f"Startdag{SUFFIX}"), backup.time, restored_word()).name)
            chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BackupsDialog", "Save the restored copy as"),
                                                    start, f"Startdag (*{SUFFIX})")
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix != SUFFIX:
                target = target.with_name(target.name + SUFFIX)
        try:
            backups.restore(backup.path, target, force=attempt > 0 and target.exists(),
                            protect=tuple(p for p in (original, *protect) if p))
            return target
        except StartdagError as exc:
            if exc.code == Code.UNWRITABLE and attempt == 0:
                target = None      # e.g. the stick is read-only: ask where instead
                continue
            QMessageBox.warning(parent, "Startdag", error_text(exc))
            return None
    return None


# ---------------------------------------------------------------- the damaged-file offer


def offer_restore(parent: QWidget, path: Path, error: StartdagError, policy: Policy,
                  open_path: Opener, settings=None) -> bool | None:
    """Offer the newest good backup of a damaged file; None when it has none (or is not damaged).

    Opening makes a copy beside the original and opens that; the original stays as it is.
    """
    if error.code not in DAMAGED:
        return None
    found = backups.list_for(Path(path), policy)
    best = backups.newest_good(found)
    if best is None:
        return None
    backup, exam = best
    copy_name = backups.restored_name(Path(path), backup.time, restored_word()).name
    box = QMessageBox(QMessageBox.Icon.Warning, "Startdag", error_text(error), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate("BackupsDialog",
        "The newest good backup is from {time} — {holds}.\n\nOpening it makes a copy beside "
        "the damaged file, named “{name}”. The damaged file is not changed.").format(
        time=time_text(backup.time), holds=holds_text(exam.counts), name=copy_name))
    open_button = box.addButton(QCoreApplication.translate("BackupsDialog", "Open the backup as a copy"),
                                QMessageBox.ButtonRole.AcceptRole)
    list_button = box.addButton(QCoreApplication.translate("BackupsDialog", "All backups…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        target = restore_beside(parent, backup, Path(path))
        return bool(target) and open_path(target)
    if box.clickedButton() is list_button:
        dialog = BackupsDialog(parent, path=Path(path), policy=policy, open_path=open_path,
                               settings=settings)
        dialog.exec()
        return dialog.opened is not None
    return False


# ---------------------------------------------------------------- the list


class BackupsDialog(QDialog):
    """The backups of the open (or a damaged) trajectory, and of every other trajectory."""

    def __init__(self, parent: QWidget | None, *, path: Path | None, policy: Policy,
                 open_path: Opener, uid: str | None = None, settings=None,
                 take_now: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.path = Path(path) if path else None
        self.uid = uid
        self.policy = policy
        self.settings = settings
        self.open_path = open_path
        self.take_now = take_now
        self.opened: Path | None = None
        self.entries: list[tuple[str | None, str, list[str]]] = []
        self.shown: list[Backup] = []

        self.which = QComboBox()
        self.which.currentIndexChanged.connect(self._fill)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([QCoreApplication.translate("BackupsDialog", "Time"), QCoreApplication.translate("BackupsDialog", "Taken"), QCoreApplication.translate("BackupsDialog", "Size"), QCoreApplication.translate("BackupsDialog", "Holds"),
                                   QCoreApplication.translate("BackupsDialog", "Check")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in (0, 1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.where = _label()
        self.rules = _label()

        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(QCoreApplication.translate("BackupsDialog", " days"))
        self.retention.setValue(policy.retention_days)
        self.retention.setEnabled(settings is not None)
        self.retention.valueChanged.connect(self._retention_changed)
        self.mirror_label = _label()
        choose = QPushButton(QCoreApplication.translate("BackupsDialog", "Choose…"))
        choose.clicked.connect(self._choose_mirror)
        self.clear_mirror = QPushButton(QCoreApplication.translate("BackupsDialog", "None"))
        self.clear_mirror.clicked.connect(lambda: self._set_mirror(None))
        for w in (choose, self.clear_mirror):
            w.setEnabled(settings is not None)
        mirror_row = QHBoxLayout()
        mirror_row.addWidget(self.mirror_label, 1)
        mirror_row.addWidget(choose)
        mirror_row.addWidget(self.clear_mirror)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention)
        retention_row.addStretch(1)
        self.mirror_hint = _label(QCoreApplication.translate(
            "BackupsDialog", "A second place (a USB stick, a synced folder) gets a copy of every "
            "backup: the laptop's disk dies with the laptop."))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("BackupsDialog", "Keep backups for"), retention_row)
        form.addRow(QCoreApplication.translate("BackupsDialog", "Second place"), mirror_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(QCoreApplication.translate("BackupsDialog", "Open as a copy"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self.buttons.addButton(QCoreApplication.translate("BackupsDialog", "Show the folder"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.now_button = self.buttons.addButton(QCoreApplication.translate("BackupsDialog", "Back up now"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.now_button.setVisible(take_now is not None)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.show_folder)
        self.now_button.clicked.connect(self._take_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("BackupsDialog", "Trajectory")))
        top.addWidget(self.which, 1)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.where)
        layout.addWidget(self.rules)
        layout.addLayout(form)
        layout.addWidget(self.mirror_hint)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._load_entries()
        self._update_settings_texts()

    # ------------------------------------------------------------ filling

    def _load_entries(self) -> None:
        """This trajectory first, then every other trajectory that has backups."""
        self.which.blockSignals(True)
        self.which.clear()
        self.entries = []
        uid = self.uid
        if self.path is not None:
            uid = uid or backups.find_uid(self.path, self.policy)
            self.entries.append((uid, str(self.path), [str(self.path)]))
            self.which.addItem(QCoreApplication.translate("BackupsDialog", "This trajectory: {name}").format(name=self.path.name))
        for t in backups.all_trajectories(self.policy):
            if uid is not None and t.uid == uid:
                continue
            name = Path(t.paths[0]).name if t.paths else t.uid[:8]
            label = f"{t.title or name} — {name} — {time_text(t.backups[0].time)} ({len(t.backups)})"
            self.entries.append((t.uid, "", t.paths))
            self.which.addItem(label)
        if not self.entries:
            self.which.addItem(QCoreApplication.translate("BackupsDialog", "(no backups yet)"))
        self.which.blockSignals(False)
        self._fill()

    def _current(self) -> tuple[str | None, str, list[str]] | None:
        i = self.which.currentIndex()
        return self.entries[i] if 0 <= i < len(self.entries) else None

    def _fill(self) -> None:
        self.tree.clear()
        entry = self._current()
        self.shown = []
        if entry is not None:
            uid, path, _paths = entry
            self.shown = backups.list_for(Path(path) if path else None, self.policy, uid=uid)
        QCoreApplication.processEvents()
        for b in self.shown:
            exam = backups.examine(b.path)
            check = QCoreApplication.translate("BackupsDialog", "good") if exam.ok else QCoreApplication.translate("BackupsDialog", "damaged")
            item = QTreeWidgetItem([time_text(b.time, seconds=True), reason_text(b.reason), size_text(b.size),
                                    holds_text(exam.counts) if exam.ok else "", check])
            item.setData(0, Qt.ItemDataRole.UserRole, exam.ok)
            item.setToolTip(0, str(b.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not exam.ok:
                for col in range(5):
                    item.setForeground(col, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
        first_good = next((i for i in range(self.tree.topLevelItemCount())
                           if self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)), None)
        if first_good is not None:
            self.tree.setCurrentItem(self.tree.topLevelItem(first_good))
        self._update_where()
        self._update_buttons()

    def _update_where(self) -> None:
        lines = []
        for place in backups.places(self.shown, self.policy):
            lines.append(QCoreApplication.translate("BackupsDialog", "Backups: {count} ({size}) in {folder}").format(
                count=place.count, size=size_text(place.size), folder=place.root))
        if not self.shown:
            lines.insert(0, QCoreApplication.translate("BackupsDialog", "No backups of this trajectory were found."))
        everything = [b for t in backups.all_trajectories(self.policy) for b in t.backups]
        lines.append(QCoreApplication.translate("BackupsDialog", "All backups of all trajectories: {count}, {size}.").format(
            count=len(everything), size=size_text(sum(b.size for b in everything))))
        self.where.setText("\n".join(lines))

    def _update_settings_texts(self) -> None:
        self.rules.setText(rules_text(self.policy))
        mirror = self.policy.mirror
        self.mirror_label.setText(str(mirror) if mirror else QCoreApplication.translate(
            "BackupsDialog", "none"))
        self.clear_mirror.setEnabled(self.settings is not None and mirror is not None)

    def selected(self) -> Backup | None:
        """The selected backup."""
        item = self.tree.currentItem()
        if item is None:
            return None
        i = self.tree.indexOfTopLevelItem(item)
        return self.shown[i] if 0 <= i < len(self.shown) else None

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(item is not None and bool(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.folder_button.setEnabled(bool(self.shown))
        # 'Back up now' is for the open trajectory, not for another one picked above
        self.now_button.setEnabled(self.path is not None and self.which.currentIndex() == 0)

    # ------------------------------------------------------------ doing

    def open_selected(self) -> None:
        """Write the selected backup as a copy beside the trajectory and open that."""
        backup = self.selected()
        if backup is None or not self.open_button.isEnabled():
            return
        entry = self._current()
        original = None
        if entry is not None:
            original = Path(entry[1]) if entry[1] else next(
                (Path(p) for p in entry[2] if Path(p).parent.is_dir()), None)
        target = restore_beside(self, backup, original)
        if target is None:
            return
        self.opened = target
        self.accept()
        self.open_path(target)

    def show_folder(self) -> None:
        """Open the folder of the selected backup (or of the list) in the file manager."""
        backup = self.selected() or (self.shown[0] if self.shown else None)
        if backup is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup.path.parent)))

    def _take_now(self) -> None:
        if self.take_now is not None:
            self.take_now()
            self._fill()

    def _retention_changed(self) -> None:
        if self.settings is None or self.retention.value() == self.policy.retention_days:
            return
        self.settings.set_backup_retention_days(self.retention.value())
        self.policy = policy_from(self.settings)
        self._update_settings_texts()

    def _choose_mirror(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("BackupsDialog", "A second place for backups"),
                                                  str(self.policy.mirror or Path.home()))
        if folder:
            self._set_mirror(Path(folder))

    def _set_mirror(self, folder: Path | None) -> None:
        if self.settings is None:
            return
        self.settings.set_backup_mirror(folder)
        self.policy = policy_from(self.settings)
        self._update_settings_texts()
        self._load_entries()


# ---------------------------------------------------------------- from the main window


def show_backups(window) -> BackupsDialog:
    """File → Backups…: the open trajectory's backups (or every trajectory's)."""
    ctx, service = window.ctx, window.backup_service
    store = ctx.store
    service.wait()
    take_now = None
    if store is not None and not store.read_only and service.keeper is not None:
        def take_now() -> None:
            service.keeper.request("manual", force=True)
            service.wait()
    dialog = BackupsDialog(window, path=store.path if store else None,
                           uid=store.uid if store else None, policy=service.policy(),
                           settings=ctx.settings, open_path=window.open_path, take_now=take_now)
    before = service.policy()
    dialog.exec()
    after = service.policy()
    if service.keeper is not None:      # the settings may have changed
        service.keeper.policy = after
    if after.retention_days < before.retention_days:
        prune_in_background(after)      # a shorter period applies now, not at the next start
    return dialog


def delete_trajectory(window) -> bool:
    """File → Delete trajectory…: after one clear question, the file and all its backups."""
    ctx, service = window.ctx, window.backup_service
    store = ctx.store
    if store is None or store.read_only:
        return False
    from sessions import trajectory

    policy = service.policy()
    service.wait()
    found = backups.list_for(store.path, policy, uid=store.uid)
    title = trajectory.get(store).title
    box = QMessageBox(QMessageBox.Icon.Warning, "Startdag", QCoreApplication.translate("BackupsDialog",
        "Delete the trajectory “{title}”?").format(title=title), parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate("BackupsDialog",
        "This removes the file {path} and its backups ({count}, {size}) from {places}. The names, "
        "e-mail addresses and SWOTs of its participants are then gone. This cannot be undone."
    ).format(path=store.path, count=len(found), size=size_text(sum(b.size for b in found)),
             places=", ".join(str(r) for r in policy.roots())))
    delete = box.addButton(QCoreApplication.translate("BackupsDialog", "Delete trajectory and backups"),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return False
    path, uid = store.path, store.uid
    service.forget()
    ctx.set_store(None)
    try:
        count = backups.delete_trajectory(path, uid, policy)
    except StartdagError as exc:
        QMessageBox.warning(window, "Startdag", error_text(exc))
        return False
    window.statusBar().showMessage(QCoreApplication.translate("BackupsDialog", "Deleted {path} and its backups ({count}).").format(
        path=path, count=count), 10000)
    window.welcome.refresh()
    return True


def report(window, result) -> None:
    """A failed backup is told in the status bar; the work goes on."""
    if result.error is not None:
        window.statusBar().showMessage(QCoreApplication.translate("BackupsDialog", "Could not take a backup: {reason}").format(
            reason=error_text(result.error)), 15000)
    elif result.mirror_error is not None:
        window.statusBar().showMessage(QCoreApplication.translate("BackupsDialog",
            "The backup was taken, but the second place is not reachable: {reason}").format(
            reason=error_text(result.mirror_error)), 15000)


def prune_in_background(policy: Policy) -> threading.Thread:
    """Apply the retention rules to every trajectory's backups, off the GUI thread."""
    thread = threading.Thread(target=backups.prune_all, args=(policy,), name="startdag-prune",
                              daemon=True)
    thread.start()
    return thread


def schedule_prune(window, delay_ms: int = 3000) -> None:
    """Prune a moment after start-up, when the window is up."""
    QTimer.singleShot(delay_ms, window, lambda: prune_in_background(
        window.backup_service.policy()))
