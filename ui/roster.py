"""The Participants tab: the roster, search as you type, editing with undo, check-in on the day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sessions import importing, participants, trajectory
from sessions.importing import ImportReport, ListImportError, Mapping
from ui.context import AppContext
from ui.operations import attempt, warn_box
from ui.operations import participants as ops
from ui.people import (
    AREA,
    EMAIL,
    ID_ROLE,
    LAST_NAME_ROLE,
    NAME,
    PRESENT,
    ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    RosterModel,
    people_model,
)
from ui.theme import scale_font
from ui.widgets import plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Roster", text)


class RosterFilter(QSortFilterProxyModel):
    """Search as you type: every word must appear in the name, e-mail, area or role."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        """Filter on the typed words (case and accents ignored)."""
        if hasattr(self, "beginFilterChange"):   # Qt >= 6.9; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._words = participants.fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = participants.fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if not self._words:
            return True
        hay = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(w in hay for w in self._words)


class RosterView(QTableView):
    """The roster table: Space toggles present; typing jumps to a first or last name."""

    toggle_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def event(self, event) -> bool:
        # Letters, Space and Delete belong to the table (type-ahead, check-in), not to the
        # window-wide one-letter keys of the day ("B" black screen, "W" white screen).
        if event.type() == QEvent.Type.ShortcutOverride:
            mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & \
                ~Qt.KeyboardModifier.KeypadModifier
            text = event.text()
            if mods == Qt.KeyboardModifier.NoModifier and (
                    (text and text.isprintable()) or event.key() in (
                        Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not self._typed_recently():
            self.toggle_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def _typed_recently(self) -> bool:
        return bool(self._typed) and self._clock.isValid() and \
            self._clock.elapsed() < QApplication.keyboardInputInterval()

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead on the start of the first name, the last name or the whole name."""
        if not self._typed_recently():
            self._typed = ""
        self._typed += search
        self._clock.restart()
        needle = participants.fold(self._typed)
        model = self.model()
        for row in range(model.rowCount()):
            p = model.index(row, NAME).data(ID_ROLE)
            if p is None:
                continue
            words = participants.fold(model.index(row, NAME).data() or "").split()
            hay = model.index(row, NAME).data(LAST_NAME_ROLE)
            if hay.startswith(needle) or any(w.startswith(needle) for w in words) or \
                    " ".join(words).startswith(needle):
                self.setCurrentIndex(model.index(row, NAME))
                self.scrollTo(model.index(row, NAME))
                return


class ParticipantDialog(QDialog):
    """Add or edit one participant."""

    def __init__(self, values: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant") if values else self.tr("Add a participant"))
        values = values or {}
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"first_name": self.tr("First name"), "prefix": self.tr("Tussenvoegsel"),
                  "last_name": self.tr("Last name"), "email": self.tr("E-mail"),
                  "area": self.tr("Area / team"), "role": self.tr("Role")}
        for field in participants.FIELDS:
            edit = QLineEdit(values.get(field, ""))
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.error = plain_label()
        self.error.setStyleSheet("color:#a00000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict:
        """The typed values, trimmed."""
        return {f: e.text().strip() for f, e in self.edits.items()}

    def _accept(self) -> None:
        v = self.values()
        if not (v["first_name"] or v["last_name"]):
            self.error.setText(self.tr("A first or last name is required."))
            return
        self.accept()


class RosterPage(QWidget):
    """The Participants tab: who is coming, who is here."""

    def __init__(self, ctx: AppContext, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.app_actions = actions
        self.model: RosterModel | None = None
        self.proxy = RosterFilter(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search or check in: type a name, Enter ticks present"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._check_in_from_search)
        self.search.installEventFilter(self)
        self.count_label = plain_label(wrap=False)
        scale_font(self.count_label, 1.4, bold=True)
        self.checkin_box = QCheckBox(self.tr("Check-in in use"))
        self.checkin_box.setToolTip(self.tr(
            "In use: only the people ticked present take part (votes, groups, handouts). "
            "Not in use: everyone registered counts as present."))
        self.checkin_box.clicked.connect(self.set_checkin_in_use)
        self.match_label = plain_label()
        self.match_label.hide()
        self.late = QLineEdit()
        self.late.setPlaceholderText(self.tr("Late arrival: type the full name, Enter"))
        self.late.returnPressed.connect(self._add_late_arrival)

        self.view = RosterView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.toggle_requested.connect(self.toggle_present)
        self.view.edit_requested.connect(self.edit_current)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.clicked.connect(self._clicked)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.present_button = QPushButton(self.tr("&Present / not present (Space)"))
        self.present_button.clicked.connect(self.toggle_present)
        self.import_button = QPushButton(actions.import_participants.text().replace("&", ""))
        self.import_button.clicked.connect(actions.import_participants.trigger)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.checkin_box)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.present_button):
            bottom.addWidget(b)
        bottom.addWidget(self.late, 2)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.match_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        # a local key, not an Action: it only means something while this tab has the focus
        QShortcut(QKeySequence("Ctrl+L"), self, self.late.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions.import_participants.triggered.connect(self.import_list)
        actions.find.triggered.connect(self.focus_search)
        ctx.store_opened.connect(self._store_opened)
        ctx.store_closed.connect(self._store_closed)
        if ctx.store is not None:
            self._store_opened()
        else:
            self._update_enabled()

    # -------------------------------------------------------- store life

    def _store_opened(self) -> None:
        self.model = people_model(self.ctx)
        self.proxy.setSourceModel(self.model)
        self.model.present_changed.connect(self._update_count)
        self.proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the e-mail column gives way, so every column fits a laptop screen without sideways
        # scrolling; the present tick sits next to the role
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        # the present column holds a tick and one word: its width is set once, not measured
        # over every row at each check-in (ResizeToContents read 1,000 rows per tick)
        header.setSectionResizeMode(PRESENT, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        tick = self.view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        present = self.view.fontMetrics().horizontalAdvance(_tr("present")) + tick + 24
        for col, width in ((NAME, 240), (AREA, 180), (ROLE, 180),
                           (PRESENT, max(present, header.sectionSizeHint(PRESENT)))):
            self.view.setColumnWidth(col, width)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._update_count()
        self._update_enabled()

    def _store_closed(self) -> None:
        self.proxy.setSourceModel(None)
        self.model = None
        self.search.clear()
        self._update_enabled()

    def _update_enabled(self) -> None:
        writable = self.ctx.store is not None and not self.ctx.read_only
        for w in (self.add_button, self.edit_button, self.delete_button, self.present_button,
                  self.late, self.checkin_box):
            w.setEnabled(writable)

    def _update_count(self) -> None:
        if self.model is None:
            self.count_label.setText("")
            return
        n, m = self.model.present_count()
        store, meeting_id = self.ctx.store, self.model.meeting_id
        title = trajectory.meeting(store, meeting_id).title if store and meeting_id else ""
        self.checkin_box.setChecked(self.model.in_use)
        if not self.model.in_use:
            text = self.tr("No check-in: all {m} count as present").format(m=m)
        elif title:
            text = self.tr("Present at {meeting}: {n} of {m}").format(meeting=title, n=n, m=m)
        else:
            text = self.tr("Present: {n} of {m}").format(n=n, m=m)
        self.count_label.setText(text)

    def set_checkin_in_use(self, in_use: bool) -> None:
        """Start or stop using check-in at the day's meeting (undoable)."""
        store = self.ctx.store
        meeting = self.model.meeting_id if self.model else None
        if store is None or meeting is None or self.ctx.read_only:
            self._update_count()
            return
        before = participants.checkin_in_use(store, meeting)
        if before == in_use:
            return
        text = self.tr("Start check-in") if in_use else self.tr("Stop check-in")
        self._run(lambda: ops.set_checkin_in_use(self.ctx, text, meeting, in_use))
        self._update_count()

    # -------------------------------------------------------- search and type-ahead

    def bring_forward(self) -> None:
        """Make this page the visible tab (Find and Import work from any tab)."""
        chain: list[QWidget] = [self]
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                # a tab's page sits inside the tab widget's private QStackedWidget
                for widget in chain:
                    if parent.indexOf(widget) >= 0:
                        parent.setCurrentWidget(widget)
            chain.append(parent)
            parent = parent.parentWidget()

    def focus_search(self) -> None:
        """Show the roster and put the cursor in the search box (Ctrl+F)."""
        if self.ctx.store is None:
            return
        self.bring_forward()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._arrow_picked = False
        self.match_label.hide()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, NAME))

    def eventFilter(self, obj, event) -> bool:
        # arrow keys in the search box move through the matches, so check-in never needs the mouse
        if obj is self.search and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.view.currentIndex().row()
            row = row + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(row, NAME))
                self._arrow_picked = True
            return True
        return super().eventFilter(obj, event)

    def _check_in_from_search(self) -> None:
        """Enter checks in only one person: the single match, or the one picked with the arrows."""
        typed = self.search.text().strip()
        if not typed or self.ctx.read_only:
            return
        matches = self.proxy.rowCount()
        if matches == 0:
            self._say(self.tr("Nobody found for “{text}”.").format(text=typed))
            return
        if matches > 1 and not getattr(self, "_arrow_picked", False):
            self._say(self.tr("{n} people match “{text}”: type more, or pick one "
                              "with ↓ and press Enter.").format(n=matches, text=typed))
            return
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.match_label.hide()
        pid = index.siblingAtColumn(NAME).data(ID_ROLE)
        if pid not in self.model.checked_in:
            self.set_present([pid], True)
        self.search.clear()
        self.select_id(pid)

    def _say(self, text: str) -> None:
        self.match_label.setText(text)
        self.match_label.show()

    # -------------------------------------------------------- selection helpers

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows (or the current row)."""
        rows = self.view.selectionModel().selectedRows(NAME) if self.view.selectionModel() else []
        ids = [r.data(ID_ROLE) for r in rows]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().siblingAtColumn(NAME).data(ID_ROLE)]
        return [i for i in ids if i is not None]

    def select_id(self, participant_id: int) -> None:
        """Make one participant current and visible."""
        if self.model is None:
            return
        row = self.model.row_of(participant_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def _keep_current(self, fn):
        """Run ``fn`` and keep the current participant current across a model reset."""
        current = self.view.currentIndex()
        pid = current.siblingAtColumn(NAME).data(ID_ROLE) if current.isValid() else None
        row = current.row()
        result = fn()
        if pid is not None and self.model is not None and self.model.row_of(pid) is not None:
            self.select_id(pid)
        elif self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(min(max(row, 0), self.proxy.rowCount() - 1),
                                                       NAME))
        return result

    # -------------------------------------------------------- check-in

    def _clicked(self, index) -> None:
        if index.column() == PRESENT:
            self.toggle_present()

    def toggle_present(self) -> None:
        """Tick the selected people present, or untick them when all already are."""
        ids = self.selected_ids()
        if not ids or self.model is None or self.ctx.read_only:
            return
        present = not all(i in self.model.checked_in for i in ids)
        self.set_present(ids, present)

    def set_present(self, ids: list[int], present: bool) -> None:
        """Check people in or out, as one undoable command."""
        meeting = self.model.meeting_id
        if meeting is None:
            return
        changing = [i for i in ids if (i in self.model.checked_in) != present]
        if not changing:
            return
        names = self._names(changing)
        if present:
            text = self.tr("Check in {who}").format(who=names)
        else:
            text = self.tr("Check out {who}").format(who=names)
        # the first tick puts check-in in use; undoing it puts the day back as it was
        self._run(lambda: ops.set_present(self.ctx, text, meeting, changing, present))

    def _names(self, ids: list[int]) -> str:
        if len(ids) == 1 and self.model is not None and self.model.row_of(ids[0]) is not None:
            return self.model.participant_at(self.model.row_of(ids[0])).display_name
        return self.tr("{n} people").format(n=len(ids))

    def _run(self, edit):
        """One operation, keeping the current participant; a refusal is a warning box."""
        return attempt(lambda: self._keep_current(edit), warn_box(self, self.tr("Participants")))

    # -------------------------------------------------------- add, edit, delete

    def add_participant(self) -> None:
        """Ask for a new participant and add them (undoable)."""
        if self.ctx.read_only:
            return
        dialog = ParticipantDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pid = self._add_undoable(self.tr("Add {name}"), dialog.values())
        if pid is not None:
            self.select_id(pid)

    def _add_undoable(self, text: str, values: dict, *, late: bool = False) -> int | None:
        store = self.ctx.store
        name = values.get("name") or participants.display_name(
            values.get("first_name", ""), values.get("prefix", ""), values.get("last_name", ""))
        text = text.format(name=name)
        if late:
            return self._run(lambda: ops.add_late_arrival(
                self.ctx, text, participants.checkin_meeting_id(store), values["name"]))
        return self._run(lambda: ops.add(self.ctx, text, values))

    def _add_late_arrival(self) -> None:
        name = " ".join(self.late.text().split())
        if not name or self.ctx.read_only:
            return
        pid = self._add_undoable(self.tr("Late arrival {name}"), {"name": name}, late=True)
        if pid is not None:
            self.late.clear()
            self.search.clear()
            self.select_id(pid)

    def _double_clicked(self, index) -> None:
        if index.column() != PRESENT:
            self.edit_current()

    def edit_current(self) -> None:
        """Edit the current participant (undoable)."""
        index = self.view.currentIndex()
        if not index.isValid() or self.ctx.read_only:
            return
        pid = index.siblingAtColumn(NAME).data(ID_ROLE)
        store = self.ctx.store
        before = participants.get(store, pid).values()
        dialog = ParticipantDialog(before, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.values().items() if v != before[k]}
        if not changes:
            return
        name = participants.display_name(before["first_name"], before["prefix"], before["last_name"])
        self._run(lambda: ops.edit(self.ctx, self.tr("Edit {name}").format(name=name), pid,
                                   changes))

    def delete_selected(self) -> None:
        """Delete the selected people (undoable; asks first when more than one)."""
        ids = self.selected_ids()
        if not ids or self.ctx.read_only:
            return
        if len(ids) > 1:
            answer = QMessageBox.question(
                self, self.tr("Delete participants"),
                self.tr("Delete {n} participants? You can undo this.").format(n=len(ids)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        text = self.tr("Delete {who}").format(who=self._names(ids))
        self._run(lambda: ops.delete(self.ctx, text, ids))

    # -------------------------------------------------------- import

    def import_list(self) -> None:
        """Pick a file, preview it, import it (undoable), show the report."""
        if self.ctx.store is None or self.ctx.read_only:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import participants"), str(Path.home()),
            self.tr("Participant lists (*.xlsx *.xls *.ods *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.bring_forward()
            self.import_path(Path(path))

    def import_path(self, path: Path) -> ImportReport | None:
        """Preview and import one file; return the report (None when cancelled or unreadable)."""
        from ui.import_dialog import ImportDialog
        from ui.messages import error_text

        try:
            table = importing.read_table(path)
        except ListImportError as exc:
            QMessageBox.warning(self, self.tr("Import participants"),
                                self.tr("{file} was not imported. {reason}").format(
                                    file=path.name, reason=error_text(exc)))
            return None
        store = self.ctx.store
        dialog = ImportDialog(table, path.name,
                              lambda t, m, remove: self._import_undoable(path, t, m, remove), self,
                              preview_import=lambda t, m: importing.preview(store, t, m))
        dialog.exec()
        return dialog.report

    def _import_undoable(self, path: Path, table, mapping: Mapping,
                         remove_ids: list[int] = ()) -> ImportReport:
        return ops.import_list(self.ctx, self.tr("Import {file}").format(file=path.name), path,
                               table, mapping, remove_ids)

