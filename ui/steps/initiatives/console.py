"""Initiatives step (kind "initiatives"): the console with the activity dialog.

The harvest discussion starts new initiatives on the spot: intervisie groups, training
modules, a kenniscafé, wijkreizen. The console creates them and signs people up by typing a
name; a full activity offers its waiting list.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessions import harvest, participants
from ui.context import ModelKey
from ui.dates import parse_date, short_date
from ui.messages import harvest_error_text
from ui.operations import activities as ops
from ui.operations import attempt, succeeded, warn_box
from ui.steps.initiatives.models import (
    ID_ROLE,
    ParticipantNamesModel,
    SignupsModel,
    kind_label,
    shared_activities_model,
)
from ui.tables import select_id, selected_id
from ui.theme import scale_font
from ui.widgets import PersonPicker, plain_label


class ActivityDialog(QDialog):
    """Create or edit an activity: kind, title, description, date or period, capacity."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity"))
        values = values or {}
        self.kind = QComboBox()
        for k in harvest.ACTIVITY_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "intervisie"))))
        self.title_edit = QLineEdit(values.get("title", ""))
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. Intervisiegroep Noord"))
        self.description = QPlainTextEdit(values.get("description", ""))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.period = QLineEdit(values.get("period", ""))
        self.period.setPlaceholderText(self.tr("a date or a period, e.g. October to December"))
        self.period.editingFinished.connect(self._one_date_format)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 999)
        self.capacity.setSpecialValueText(self.tr("No maximum"))
        self.capacity.setValue(values.get("capacity") or 0)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Date or &period:"), self.period)
        form.addRow(self.tr("&Places:"), self.capacity)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.kind.currentIndexChanged.connect(self._suggest_title)
        self.resize(520, self.sizeHint().height())

    def _one_date_format(self) -> None:
        """A single typed date ("15-5", "15 mei") is shown in the UI's one date format; a
        period ("oktober t/m december") stays as typed."""
        found = parse_date(self.period.text())
        if found is not None:
            self.period.setText(short_date(found.isoformat()))

    def _suggest_title(self) -> None:
        if not self.title_edit.text().strip() or self.title_edit.text() in [
                kind_label(k) for k in harvest.ACTIVITY_KINDS]:
            kind = self.kind.currentData()
            self.title_edit.setText("" if kind == "custom" else kind_label(kind))

    def values(self) -> dict:
        """What was filled in, in the service's terms."""
        return {"kind": self.kind.currentData(), "title": self.title_edit.text(),
                "description": self.description.toPlainText(), "period": self.period.text(),
                "capacity": self.capacity.value() or None}


# ---------------------------------------------------------------- console


class InitiativesConsole(QWidget):
    """Create activities and sign people up live; a full activity offers its waiting list."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = shared_activities_model(ctx)
        self.signups_model = SignupsModel(ctx, self)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # what matters first: the activity, its places and waiting list; kind and date after,
        # cut short rather than pushing the others out of sight
        h.moveSection(3, 1)
        h.moveSection(4, 2)
        for col in (1, 2):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            h.resizeSection(col, 90)
        h.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.modelReset.connect(self._fit_columns)
        # the columns follow the table's own width (the splitter and layouts set it late)
        self.table.viewport().installEventFilter(self)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(self.tr("&New activity…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(plain_label(self.tr("New initiatives")))
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        self.activity_title = plain_label()
        scale_font(self.activity_title, 1.2, bold=True)
        self.activity_details = plain_label()
        # the one person picker (ui.widgets): folds ł→l, says when nobody or several match
        self.picker = PersonPicker(self.tr("Type a name to sign someone up…"))
        self.names = ctx.model(ModelKey.HARVEST_NAMES, lambda: ParticipantNamesModel(ctx, ctx))
        self.names.modelReset.connect(self._load_names)
        self.names.updated.connect(self._load_names)
        self._load_names()
        self.feedback = self.picker.feedback
        self.signups_view = QTableView()
        self.signups_view.setModel(self.signups_model)
        self.signups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signups_view.verticalHeader().hide()
        sh = self.signups_view.horizontalHeader()
        sh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.signups_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        right = QVBoxLayout()
        right.addWidget(self.activity_title)
        right.addWidget(self.activity_details)
        right.addWidget(self.picker)
        right.addWidget(self.feedback)
        right.addWidget(self.signups_view, 1)
        right.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.new_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.remove_button.clicked.connect(self.remove_activity)
        self.picker.picked.connect(self.sign_up)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.signups_view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.model.updated.connect(self._after_update)
        self._kept: int | None = None
        if self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection()

    # ------------------------------------------------------------ selection

    def _remember(self) -> None:
        self._kept = self.selected_activity_id()

    def _restore(self) -> None:
        row = self.model.row_of(self._kept)
        if row < 0 and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row >= 0:
            self.table.selectRow(row)
        self._on_selection()

    def _after_update(self) -> None:
        # in place: the selection stayed, unless the selected activity went (then the last)
        if self.selected_activity_id() is None and self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)
        self._on_selection()

    def selected_activity_id(self) -> int | None:
        """The activity people are signing up for."""
        return selected_id(self.table, ID_ROLE)

    def select_activity(self, activity_id: int) -> None:
        """Select an activity to sign people up for."""
        select_id(self.table, self.model, activity_id)

    def _summary(self) -> harvest.ActivitySummary | None:
        row = self.model.row_of(self.selected_activity_id())
        return self.model.rows[row] if row >= 0 else None

    def _fit_columns(self) -> None:
        """The activity keeps 45 % of the width, then places and waiting list in full; kind and
        date share the rest, and step aside when too narrow (the selected activity's details
        beside the table name them)."""
        width = self.table.viewport().width()
        if width <= 0:
            return
        h = self.table.horizontalHeader()
        spare = width - int(width * 0.45) - h.sectionSize(3) - h.sectionSize(4)
        narrow = spare < 140
        for col in (1, 2):
            self.table.setColumnHidden(col, narrow)
            if not narrow:
                want = max(self.table.sizeHintForColumn(col),
                           h.sectionSizeFromContents(col).width())
                h.resizeSection(col, max(60, min(want, spare // 2)))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    def _on_selection(self, *_args) -> None:
        s = self._summary()
        new_id = s.activity.id if s else None
        if new_id != self.signups_model.activity_id:
            self.signups_model.set_activity(new_id)
            self.feedback.setText("")
        if s is None:
            self.activity_title.setText(self.tr("Create an activity, then sign people up."))
            self.activity_details.setText("")
        else:
            a = s.activity
            self.activity_title.setText(a.title)
            bits = [kind_label(a.kind), a.period,
                    self.tr("{n} places").format(n=a.capacity) if a.capacity
                    else self.tr("no maximum")]
            if s.full:
                bits.append(self.tr("full — new sign-ups go on the waiting list"))
            details = " · ".join(b for b in bits if b)
            self.activity_details.setText(f"{details}\n{a.description}" if a.description
                                          else details)
        self._update_enabled()

    def _update_enabled(self, *_args) -> None:
        writable = not self.ctx.read_only
        has = self._summary() is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and has)
        self.remove_button.setEnabled(writable and has)
        self.picker.setEnabled(writable and has)
        self.withdraw_button.setEnabled(
            writable and bool(self.signups_view.selectionModel().selectedRows()))

    # ------------------------------------------------------------ commands

    def _attempt(self, edit):
        """One operation; a refusal is a warning box in the harvest's words (None then)."""
        return attempt(edit, warn_box(self, "Startdag"), harvest_error_text)

    def new_activity(self) -> int | None:
        """Ask for an activity's details and create it (undoable)."""
        dialog = ActivityDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_activity(dialog.values())

    def create_activity(self, values: dict) -> int | None:
        """Create an activity from values (undoable); select it."""
        store = self.ctx.store
        if store is None or self.ctx.read_only:
            return None
        new_id = self._attempt(lambda: ops.add(self.ctx, self.tr("New activity"), **values))
        if new_id is None:
            return None
        self.select_activity(new_id)
        return new_id

    def edit_activity(self) -> None:
        """Change the selected activity's details (undoable)."""
        s = self._summary()
        store = self.ctx.store
        if s is None or store is None or self.ctx.read_only:
            return
        dialog = ActivityDialog(self, s.activity.__dict__)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        aid = s.activity.id
        new = dialog.values()
        old = {k: getattr(s.activity, k) for k in new}
        self._attempt(lambda: ops.edit(self.ctx, self.tr("Edit activity"), aid, new, old))

    def remove_activity(self) -> None:
        """Remove the selected activity and its list (undoable)."""
        s = self._summary()
        store = self.ctx.store
        if s is None or store is None or self.ctx.read_only:
            return
        aid = s.activity.id
        self._attempt(lambda: ops.remove(self.ctx, self.tr("Remove activity “{title}”").format(
            title=s.activity.title), aid))

    def _load_names(self) -> None:
        self.picker.set_people([(pid, name) for pid, name, _f in self.names.rows])

    def sign_up(self, participant_id: int) -> bool:
        """Sign someone up for the selected activity; when it is full, onto its waiting list.

        No question in between (it would swallow the next name typed in the rush): the
        feedback line says where they went, and Ctrl+Z takes it back."""
        s = self._summary()
        store = self.ctx.store
        if s is None or store is None or self.ctx.read_only:
            return False
        aid = s.activity.id
        name = participants.get(store, participant_id).display_name
        waiting = harvest.is_full(store, aid)
        if waiting and any(x.participant_id == participant_id
                           for x in harvest.signups(store, aid)):
            waiting = False          # let the service say they are already on the list
        entry = self._attempt(lambda: ops.sign_up(
            self.ctx, self.tr("Sign up {name}").format(name=name), aid, participant_id, waiting))
        if entry is None:
            return False
        position = next((i for i, x in enumerate(harvest.signups(store, aid), start=1)
                         if x.participant_id == participant_id), 0)
        if entry.waiting:
            cap = s.activity.capacity or 0
            self.feedback.setText(self.tr(
                "“{title}” is full: {name} is number {n} on the waiting list "
                "(Ctrl+Z takes it back).").format(title=s.activity.title, name=name,
                                                 n=position - cap))
        else:
            self.feedback.setText(self.tr("{name} signed up.").format(name=name))
        return True

    def withdraw_selected(self) -> None:
        """Take the selected person off the list (undoable); the first waiting moves up."""
        rows = self.signups_view.selectionModel().selectedRows()
        s = self._summary()
        store = self.ctx.store
        if not rows or s is None or store is None or self.ctx.read_only:
            return
        pid = rows[0].data(ID_ROLE)
        aid = s.activity.id
        name = participants.get(store, pid).display_name
        placed_before = {x.participant_id for x in harvest.signups(store, aid) if not x.waiting}
        if not succeeded(lambda: ops.withdraw(self.ctx, self.tr("Withdraw {name}").format(
                name=name), aid, pid), warn_box(self, "Startdag"), harvest_error_text):
            return
        moved = [x.participant_id for x in harvest.signups(store, aid)
                 if not x.waiting and x.participant_id not in placed_before]
        if moved:
            self.feedback.setText(self.tr("{name} withdrew; {other} moved up from the waiting "
                                          "list.").format(
                name=name, other=participants.get(store, moved[0]).display_name))
        else:
            self.feedback.setText(self.tr("{name} withdrew.").format(name=name))
