"""Afdrukken / Handouts: pick documents, groups or people, a folder; built in a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessions import groups
from sessions.errors import StartdagError
from sessions.participants import all_participants, checkin_meeting_id, present_ids
from sessions.store import Store
from ui.context import AppContext
from ui.messages import error_text
from ui.widgets import plain_label

# kinds whose documents follow the group or the participant selection
GROUP_KINDS = {"group", "badges"}
PERSON_KINDS = {"personal", "badges"}


class ExportWorker(QObject):
    """Writes a pack from its own read-only connection (never the UI thread's)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, path: Path, out_dir: Path, options: dict):
        super().__init__()
        self.path = path
        self.out_dir = out_dir
        self.options = options

    @Slot()
    def run(self) -> None:
        """Open the file read-only, write the pack, report the paths or the error."""
        from exports.pack import export_pack  # reportlab loads on first use, not at start-up

        try:
            with Store.open(self.path, read_only=True) as store:
                paths = export_pack(store, self.out_dir, progress=self.progressed.emit,
                                    **self.options)
        except StartdagError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:  # noqa: BLE001  (a bug must reach the user, not kill the thread)
            self.failed.emit(QCoreApplication.translate(
                "HandoutsDialog", "The documents could not be made: {error}").format(
                error=str(exc) or type(exc).__name__))
        else:
            self.succeeded.emit([str(p) for p in paths])


class HandoutsDialog(QDialog):
    """Choose what to print and where; the documents are built without freezing the window."""

    finished_writing = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from exports.pack import ALL_KINDS

        self.ctx = ctx
        self.store = ctx.store
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Afdrukken / Handouts"))
        self.setMinimumSize(760, 560)

        titles = {
            "group": self.tr("Group handouts (one per group)"),
            "personal": self.tr("Personal handouts (one per participant)"),
            "swot": self.tr("Blank SWOT sheet"),
            "attendance": self.tr("Attendance list (presentielijst)"),
            "signup": self.tr("Sign-up sheets (one per activity)"),
            "badges": self.tr("Name badges and table cards"),
            "report": self.tr("Report of the day (verslag)"),
            "csv": self.tr("Tables as CSV (Excel)"),
            "xlsx": self.tr("Tables as XLSX workbook"),
            "harvest": self.tr("Harvest report (oogstverslag)"),
            "experiments": self.tr("Experiment cards (one per experiment)"),
            "hours": self.tr("What the advice hours delivered"),
            "kenniskaart": self.tr("Expertise map (kenniskaart) and matrix"),
            "pairs": self.tr("Learning pair cards"),
            "intervisie": self.tr("Intervisie method cards"),
        }
        self.kind_boxes: dict[str, QCheckBox] = {}
        docs = QGroupBox(self.tr("Documents"))
        doc_layout = QVBoxLayout(docs)
        self.by_area = QCheckBox(self.tr("grouped by area"))
        preselected = self.preselected_kinds(ctx)
        for kind in ALL_KINDS:
            box = QCheckBox(titles[kind])
            box.setChecked(kind in preselected)
            box.toggled.connect(self._update_state)
            self.kind_boxes[kind] = box
            doc_layout.addWidget(box)
            if kind == "attendance":   # an option of the attendance list, shown beneath it
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(self.by_area)
                doc_layout.addLayout(row)
        doc_layout.addStretch(1)

        self.groups = self._checklist()
        for g in groups.groups(self.store):
            self._add_item(self.groups, g.name, g.id)
        self.people = self._checklist()
        for p in all_participants(self.store):
            self._add_item(self.people, p.display_name, p.id)
        self.people_filter = QLineEdit()
        self.people_filter.setPlaceholderText(self.tr("Filter by name…"))
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self._filter_people)

        self.groups_box = QGroupBox(self.tr("Groups"))
        gl = QVBoxLayout(self.groups_box)
        gl.addWidget(self.groups)
        gl.addLayout(self._all_none(self.groups))
        if self.groups.count() == 0:
            gl.insertWidget(0, plain_label(self.tr("No groups yet.")))
        self.people_box = QGroupBox(self.tr("Participants"))
        pl = QVBoxLayout(self.people_box)
        pl.addWidget(self.people_filter)
        pl.addWidget(self.people)
        pl.addLayout(self._all_none(self.people))
        present = len(present_ids(self.store, checkin_meeting_id(self.store)))
        registered = self.people.count()
        if present < registered:
            note = plain_label(self.tr(
                "All ticked: personal handouts for the {present} present, name badges for "
                "all {registered} registered.").format(present=present, registered=registered))
            note.setWordWrap(True)
            pl.addWidget(note)

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))

        self.folder = QLineEdit(str(self._default_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language of the documents:"), self.language)
        form.addRow(self.tr("Output folder:"), folder_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = self.buttons.addButton(self.tr("&Make documents"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(docs, 0, 0)
        grid.addWidget(self.groups_box, 0, 1)
        grid.addWidget(self.people_box, 0, 2)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_state()

    @staticmethod
    def preselected_kinds(ctx: AppContext) -> set[str]:
        """What belongs to the meeting that is open: the harvest's documents at the oogstsessie,
        the day's documents otherwise."""
        from sessions import trajectory
        from ui.agenda_model import live_day

        meeting_id = live_day(ctx).meeting_id
        kind = trajectory.meeting(ctx.store, meeting_id).kind if meeting_id is not None else ""
        if kind == "oogstsessie":
            return {"harvest", "signup"}
        return {"group", "personal", "swot", "attendance", "signup", "badges", "report"}

    # ------------------------------------------------------------ building blocks

    def _checklist(self) -> QListWidget:
        widget = QListWidget()
        widget.setUniformItemSizes(True)
        widget.itemChanged.connect(self._update_state)
        return widget

    @staticmethod
    def _add_item(widget: QListWidget, text: str, item_id: int) -> None:
        item = QListWidgetItem(text)   # list items show plain text
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)

    def _all_none(self, widget: QListWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, state in ((self.tr("All"), Qt.CheckState.Checked),
                            (self.tr("None"), Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._set_all(widget, s))
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _set_all(widget: QListWidget, state: Qt.CheckState) -> None:
        for i in range(widget.count()):
            if not widget.item(i).isHidden():
                widget.item(i).setCheckState(state)

    def _filter_people(self, text: str) -> None:
        from sessions.participants import fold

        needle = fold(text.strip())
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def _default_folder(self) -> Path:
        path = Path(self.store.path)
        return path.with_name(f"{path.stem} handouts")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    # ------------------------------------------------------------ state

    def chosen_kinds(self) -> set[str]:
        """The documents ticked."""
        return {k for k, box in self.kind_boxes.items() if box.isChecked()}

    @staticmethod
    def _checked(widget: QListWidget) -> set[int] | None:
        """The ids ticked, or None when all are (so that new ones are never left out)."""
        ids = {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
               if widget.item(i).checkState() == Qt.CheckState.Checked}
        return None if len(ids) == widget.count() else ids

    def options(self) -> dict:
        """The arguments for export_pack."""
        return {"only": self.chosen_kinds(), "lang": self.language.currentData(),
                "group_ids": self._checked(self.groups), "person_ids": self._checked(self.people),
                "attendance_by_area": self.by_area.isChecked()}

    def is_running(self) -> bool:
        """True while the worker writes."""
        return self._thread is not None

    def _update_state(self) -> None:
        kinds = self.chosen_kinds()
        running = self.is_running()
        self.groups_box.setEnabled(bool(kinds & GROUP_KINDS) and not running)
        self.people_box.setEnabled(bool(kinds & PERSON_KINDS) and not running)
        self.by_area.setEnabled("attendance" in kinds and not running)
        self.make_button.setEnabled(bool(kinds) and not running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    # ------------------------------------------------------------ running

    def start(self) -> None:
        """Build the chosen documents in a worker thread."""
        if self.is_running():
            return
        folder = self.folder.text().strip()
        if not folder:
            self._show_error(self.tr("Choose an output folder."))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Making the documents…"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(True)
        self._thread = QThread(self)
        self._worker = ExportWorker(Path(self.store.path), Path(folder), self.options())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.succeeded.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._on_thread_finished)
        self._update_state()
        self._thread.start()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status.setText(self.tr("Writing {name}…").format(name=name))

    def _on_done(self, paths: list[str]) -> None:
        self.written = [Path(p) for p in paths]
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        folder = Path(self.folder.text().strip())
        self.status.setText(self.tr("{n} file(s) written to {folder}.").format(
            n=len(paths), folder=folder))
        pdfs = [p for p in self.written if p.suffix == ".pdf"]
        target = pdfs[0] if len(self.written) == 1 and pdfs else folder
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.finished_writing.emit(self.written)

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(message)

    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._update_state()

    def reject(self) -> None:
        """Closing waits for a running export instead of killing it half-way."""
        if self.is_running():
            return
        super().reject()

    def done(self, result: int) -> None:
        """Never close while the worker writes."""
        if self.is_running():
            return
        super().done(result)


def open_handouts(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the handouts dialog for the open trajectory."""
    if ctx.store is None:
        return
    dialog = HandoutsDialog(ctx, parent)
    dialog.exec()

