"""The programme window: fifteen organisations' files rolled up, read-only, and the lessons library.

Opened from File → Programme overview…, with or without a trajectory open. The adviser
chooses a folder or several files; every file is read without a lock and without writing
(:mod:`sessions.programme`). "Book hours…" opens one organisation's file in the main window,
respecting its lock. The library is searched here and written (PDF and xlsx) after the
adviser has seen which names were replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions import programme
from sessions.errors import StartdagError
from ui.learning.common import RESULT_LABELS, STATUS_LABELS, hours_text, label, short_date, tr
from ui.messages import error_text
from ui.tables import ListTableModel

PATH_ROLE = Qt.ItemDataRole.UserRole + 2


class OrganisationsModel(ListTableModel):
    """One row per organisation that could be read, then one per file that could not."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Organisation"), QT_TRANSLATE_NOOP("Peer", "Used"),
               QT_TRANSLATE_NOOP("Peer", "Left"), QT_TRANSLATE_NOOP("Peer", "Runs out"),
               QT_TRANSLATE_NOOP("Peer", "Experiments"), QT_TRANSLATE_NOOP("Peer", "Results"),
               QT_TRANSLATE_NOOP("Peer", "Pairs"), QT_TRANSLATE_NOOP("Peer", "Lessons"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_programme(self, prog: programme.Programme) -> None:
        """Show a new roll-up (a new set of files: a reset is what this is)."""
        self.beginResetModel()
        self.rows = [*prog.organisations, *prog.problems]
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if isinstance(row, programme.Problem):
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return Path(row.path).name
                if col == 1:
                    return error_text(row.error)
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                from PySide6.QtGui import QBrush, QColor

                return QBrush(QColor("#8a0000"))
            return None
        o = row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return o.name
            if col == 1:
                return hours_text(o.used)
            if col == 2:
                return hours_text(o.remaining)
            if col == 3:
                return short_date(o.runs_out)
            if col == 4:
                return ", ".join(f"{label(STATUS_LABELS, k).lower()} {n}"
                                 for k, n in o.status.items() if n)
            if col == 5:
                return ", ".join(f"{label(RESULT_LABELS, k).lower()} {n}"
                                 for k, n in o.result.items() if n)
            if col == 6:
                return "—" if o.pairs is None else str(o.pairs)
            return str(o.lessons)
        if role == Qt.ItemDataRole.BackgroundRole and col in (1, 2) and o.level != "ok":
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#f8d9c6" if o.level == "over" else "#fbecc8"))
        if role == PATH_ROLE:
            return o.path
        return None

    def span_problem(self, view: QTableView) -> None:
        """A problem's reason takes the row's width."""
        view.clearSpans()
        for i, row in enumerate(self.rows):
            if isinstance(row, programme.Problem):
                view.setSpan(i, 1, 1, len(self.COLUMNS) - 1)


class ProgrammeDialog(QDialog):
    """The roll-up across organisations and the sector lessons library."""

    def __init__(self, main_window, parent: QWidget | None = None):
        if parent is None and isinstance(main_window, QWidget):
            parent = main_window
        super().__init__(parent)
        self.main_window = main_window
        self.setWindowTitle(tr("Programme: organisations together"))
        self.resize(1280, 720)
        self.prog: programme.Programme | None = None
        self.paths: list[Path] = []
        self.summary = QLabel(tr("Choose a folder with the organisations' files, or the files "
                                 "themselves. They are only read, never changed."))
        self.summary.setWordWrap(True)
        folder = QPushButton(tr("Folder…"))
        folder.clicked.connect(self.choose_folder)
        files = QPushButton(tr("Files…"))
        files.clicked.connect(self.choose_files)
        reload_ = QPushButton(tr("Read again"))
        reload_.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        reload_.clicked.connect(self.reload)
        self.book = QPushButton(tr("Book hours…"))
        self.book.setToolTip(tr("Open this organisation's file to add hours or an experiment"))
        self.book.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(folder)
        top.addWidget(files)
        top.addWidget(reload_)
        top.addStretch(1)
        top.addWidget(self.book)
        self.model = OrganisationsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the library
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search the lessons (theme, question, approach, lesson)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill_library)
        self.with_orgs = QCheckBox(tr("Name the organisations"))
        self.with_orgs.toggled.connect(self._fill_library)
        write = QPushButton(tr("Write overview and library…"))
        write.clicked.connect(self.write)
        lib_top = QHBoxLayout()
        lib_top.addWidget(self.search, 1)
        lib_top.addWidget(self.with_orgs)
        lib_top.addWidget(write)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Theme and experiment"), tr("Result"), tr("Lesson")])
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 380)
        self.tree.header().setStretchLastSection(True)
        lib = QWidget()
        ll = QVBoxLayout(lib)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(tr("Lessons library (anonymised: names become [naam])")))
        ll.addLayout(lib_top)
        ll.addWidget(self.tree, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lib)
        split.setSizes([300, 340])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # ------------------------------------------------------------ reading

    def choose_folder(self) -> None:
        """Roll up every trajectory file in a folder."""
        path = QFileDialog.getExistingDirectory(self, tr("Folder with the organisations' files"),
                                                str(Path.home()))
        if path:
            self.load([Path(path)])

    def choose_files(self) -> None:
        """Roll up the chosen files."""
        paths, _ = QFileDialog.getOpenFileNames(self, tr("The organisations' files"),
                                                str(Path.home()), "Startdag (*.startdag)")
        if paths:
            self.load([Path(p) for p in paths])

    def reload(self) -> None:
        """Read the same files again."""
        if self.paths:
            self.load(self.paths)

    def load(self, paths: list[Path]) -> None:
        """Read the files (read-only) and show the roll-up and the library."""
        self.paths = list(paths)
        self.prog = programme.roll_up(self.paths)
        self.model.set_programme(self.prog)
        self.model.span_problem(self.view)
        t = self.prog.totals()
        self.summary.setText(tr("{n} organisations · {used} of {budget} hours used · {lessons} "
                                "lessons · {problems} files not read").format(
            n=len(self.prog.organisations), used=hours_text(t["used"]),
            budget=hours_text(t["budget"]), lessons=t["lessons"], problems=len(self.prog.problems)))
        self._fill_library()

    def _fill_library(self, *_args) -> None:
        self.tree.clear()
        if self.prog is None:
            return
        lib = self.prog.library(with_organisations=self.with_orgs.isChecked())
        lib = lib.search(self.search.text()) if self.search.text().strip() else lib
        for theme, items in lib.themes.items():
            top = QTreeWidgetItem([f"{theme} ({len(items)})", "", ""])
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            for x in items:
                title = x.title + (f" — {x.organisation}" if x.organisation else "")
                if x.times > 1:
                    title += " " + tr("(in {n} organisations)").format(n=x.times)
                child = QTreeWidgetItem([title, label(RESULT_LABELS, x.result), x.lesson])
                child.setToolTip(0, "\n\n".join(v for v in (x.question, x.hypothesis, x.approach)
                                                if v))
                child.setToolTip(2, x.lesson + ("\n\n" + x.next_step if x.next_step else ""))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    # ------------------------------------------------------------ acting

    def open_selected(self) -> None:
        """Open the selected organisation's file in the main window (its lock is respected)."""
        rows = self.view.selectionModel().selectedRows()
        path = rows[0].data(PATH_ROLE) if rows else None
        if not path:
            return
        if self.main_window.open_path(Path(path)):
            ws = self.main_window.workspace
            ws.tabs.setCurrentWidget(ws.learning)
            if ws.learning.tabs is not None:
                ws.learning.tabs.setCurrentWidget(ws.learning.hours)
            self.accept()

    def write(self) -> None:
        """Show what is replaced, then write the overview and the library (PDF and xlsx)."""
        if self.prog is None:
            return
        lib = self.prog.library(with_organisations=self.with_orgs.isChecked())
        if not confirm_replacements(self, lib.replaced):
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Write the overview and library into"),
                                                  str(Path.home()))
        if not folder:
            return
        from exports.programme_docs import write_all

        problems = [(p.path, error_text(p.error)) for p in self.prog.problems]
        ctx = getattr(self.main_window, "ctx", None)
        lang = getattr(ctx, "language", "nl")
        try:
            paths = write_all(self.prog, lib, problems, Path(folder), lang)
        except StartdagError as exc:
            QMessageBox.warning(self, "Startdag", error_text(exc))
            return
        QMessageBox.information(self, "Startdag", tr("Written:\n{files}").format(
            files="\n".join(p.name for p in paths)))


def confirm_replacements(parent: QWidget, replaced: list[tuple[str, int]]) -> bool:
    """Show the names taken out of the library; True when the adviser goes on."""
    box = QDialog(parent)
    box.setWindowTitle(tr("Names taken out of the library"))
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlainText("\n".join(f"{t} ({n}×)" for t, n in replaced) if replaced
                      else tr("No names were found in the lessons."))
    info = QLabel(tr("These names (and organisation names, unless you chose to name them) are "
                     "replaced by [naam] or [organisatie] in the library. Check the list, then "
                     "write."))
    info.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Write"))
    buttons.accepted.connect(box.accept)
    buttons.rejected.connect(box.reject)
    layout = QVBoxLayout(box)
    layout.addWidget(info)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    box.resize(520, 420)
    return box.exec() == QDialog.DialogCode.Accepted


def open_programme(main_window) -> ProgrammeDialog:
    """Show the programme window (modeless)."""
    dialog = ProgrammeDialog(main_window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
