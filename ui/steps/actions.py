"""Action plans step: quick entry per group on the console; one plan or a summary on the projector.

The console's group and the projector's view ("group" or "all") are kept in the
step's settings JSON (``{"group_id": …, "view": "group" | "all"}``), so the
projector follows the console and the choice survives a restart.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sessions import actions as plans
from sessions import agenda, groups, participants, trajectory
from sessions.changes import Change, Topic
from sessions.errors import StartdagError
from ui.context import ModelKey
from ui.dates import short_date
from ui.operations import plans as ops
from ui.operations import succeeded, warn_box
from ui.operations.steps import remember
from ui.people import people_model
from ui.plain import plain_tip
from ui.steps.groups import GroupIdRole, group_list_model
from ui.tables import apply_rows
from ui.widgets import CommitTextEdit, DateField

ActionIdRole = Qt.ItemDataRole.UserRole + 11
ACTION_TOPICS = (Topic.ACTIONS, Topic.GROUPS, Topic.PARTICIPANTS)

KIND_LABELS = {
    "kenniscafe": QT_TRANSLATE_NOOP("Actions", "knowledge café"),
    "academie_van_de_straat": QT_TRANSLATE_NOOP("Actions", "street academy"),
    "linkedin": QT_TRANSLATE_NOOP("Actions", "LinkedIn group"),
    "intervisie": QT_TRANSLATE_NOOP("Actions", "peer consultation"),
    "hr": QT_TRANSLATE_NOOP("Actions", "contact with HR"),
}
STATUS_LABELS = {
    "idea": QT_TRANSLATE_NOOP("Actions", "idea"),
    "planned": QT_TRANSLATE_NOOP("Actions", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("Actions", "in progress"),
    "done": QT_TRANSLATE_NOOP("Actions", "done"),
    "dropped": QT_TRANSLATE_NOOP("Actions", "dropped"),
}
COLUMNS = ("title", "kind", "owner", "members", "start", "due", "status", "support")
HEADERS = {
    "title": QT_TRANSLATE_NOOP("Actions", "Action"),
    "kind": QT_TRANSLATE_NOOP("Actions", "Kind"),
    "owner": QT_TRANSLATE_NOOP("Actions", "Owner"),
    "members": QT_TRANSLATE_NOOP("Actions", "With"),
    "start": QT_TRANSLATE_NOOP("Actions", "Start"),
    "due": QT_TRANSLATE_NOOP("Actions", "Due"),
    "status": QT_TRANSLATE_NOOP("Actions", "Status"),
    "support": QT_TRANSLATE_NOOP("Actions", "Support wanted"),
}
# the form's fields as the undo text names them ("Change the due date of “Intervisie”")
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Actions", "the title"),
    "description": QT_TRANSLATE_NOOP("Actions", "the description"),
    "kind": QT_TRANSLATE_NOOP("Actions", "the kind"),
    "owner_id": QT_TRANSLATE_NOOP("Actions", "the owner"),
    "member_ids": QT_TRANSLATE_NOOP("Actions", "who is also involved"),
    "start_date": QT_TRANSLATE_NOOP("Actions", "the start date"),
    "due_date": QT_TRANSLATE_NOOP("Actions", "the due date"),
    "support": QT_TRANSLATE_NOOP("Actions", "the support wanted"),
    "status": QT_TRANSLATE_NOOP("Actions", "the status"),
}


def tr_(text: str) -> str:
    """Translate a label from the tables above."""
    return QCoreApplication.translate("Actions", text)


def kind_label(kind: str) -> str:
    """The shown name of an action kind ('' stays empty)."""
    return tr_(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def status_label(status: str) -> str:
    """The shown name of a status."""
    return tr_(STATUS_LABELS.get(status, status))


def step_settings(ctx, step_id: int) -> dict:
    """The step's settings (empty when the step is unknown)."""
    step = agenda.find(ctx.store, step_id) if ctx.store and step_id else None
    return dict(step.settings) if step else {}


class ActionsModel(QAbstractTableModel):
    """Every action of every group, group by group. Shared by console and projector."""

    updated = Signal()   # after an edit was applied in place (the console reloads its details)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[plans.Action] = []
        ctx.change_record.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        """Apply one committed change in place: only the actions it names are read again;
        a participant's new name only repaints the rows that show them."""
        store = self.ctx.store
        if store is None or not change.touches(*ACTION_TOPICS):
            return
        acts = change.of(Topic.ACTIONS) if change.touches(Topic.ACTIONS) else None
        if change.touches(Topic.GROUPS) or (change.touches(Topic.ACTIONS) and acts is None):
            new = plans.actions(store)
        elif acts is not None:
            fresh = plans.by_ids(store, acts.all)
            old = {a.id: a for a in self._rows}
            new = [a for a in (fresh.get(i) if i in acts.all else old.get(i)
                               for i in plans.order(store)) if a is not None]
        else:
            new = None
        if new is not None:
            apply_rows(self, QModelIndex(), self._rows, new, key=lambda a: a.id,
                       columns=len(COLUMNS))
        if change.touches(Topic.PARTICIPANTS):
            people = change.of(Topic.PARTICIPANTS)
            rows = [i for i, a in enumerate(self._rows) if people is None or people.all & {
                a.owner_id, *a.member_ids}]
            if rows:
                self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(COLUMNS) - 1))
        self.updated.emit()

    def refresh(self) -> None:
        """Reload from the store (a reset: a file opened)."""
        self.beginResetModel()
        store = self.ctx.store
        self._rows = plans.actions(store) if store else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr_(HEADERS[COLUMNS[section]])
        return None

    def action(self, row: int) -> plans.Action:
        """The action on a row."""
        return self._rows[row]

    def name(self, participant_id: int | None) -> str:
        """A person's display name ('' for none)."""
        return people_model(self.ctx).name_of(participant_id) if participant_id else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role == ActionIdRole:
            return a.id
        if role == GroupIdRole:
            return a.group_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = COLUMNS[index.column()]
        text = {
            "title": a.title, "kind": kind_label(a.kind), "owner": self.name(a.owner_id),
            "members": ", ".join(self.name(m) for m in a.member_ids),
            "start": short_date(a.start_date), "due": short_date(a.due_date),
            "status": status_label(a.status), "support": a.support,
        }[col]
        if role == Qt.ItemDataRole.ToolTipRole:   # the whole text of a cut cell
            return plain_tip(text) if text else None
        return text


def actions_model(ctx) -> ActionsModel:
    """The one shared model of every action (console and wall)."""
    return ctx.model(ModelKey.ACTIONS, lambda: ActionsModel(ctx))


class GroupFilter(QSortFilterProxyModel):
    """The actions of one group."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group_id: int | None = None

    def set_group(self, group_id: int | None) -> None:
        """Show only this group's actions."""
        if hasattr(self, "beginFilterChange"):   # Qt >= 6.10; invalidateFilter() is deprecated
            self.beginFilterChange()
            self.group_id = group_id
            self.endFilterChange()
        else:
            self.group_id = group_id
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:
        ix = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(ix, GroupIdRole) == self.group_id


_FORM = object()     # commit_field: take the value from the form


def meeting_date(ctx, step_id: int):
    """The date of the step's meeting (a year-less date counts from it), else None."""
    step = agenda.find(ctx.store, step_id) if ctx.store and step_id else None
    if step is None:
        return None
    try:
        iso = trajectory.meeting(ctx.store, step.meeting_id).date
    except StartdagError:
        return None
    from datetime import date
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


class ActionsConsole(QWidget):
    """Pick a group, enter its actions quickly, edit the selected one; all undoable."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.groups_model = group_list_model(ctx)
        self.model = actions_model(ctx)
        self.proxy = GroupFilter(self)
        self.proxy.setSourceModel(self.model)

        # --- group and projector view
        self.group_combo = QComboBox()
        self.group_combo.setModel(self.groups_model)
        self.all_check = QCheckBox(self.tr("Projector: all groups"))
        self.all_check.setToolTip(self.tr("Show all groups' plans in a summary instead of this group's plan"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group")))
        top.addWidget(self.group_combo, 1)
        top.addWidget(self.all_check)

        # --- quick entry
        quick = QGroupBox(self.tr("New action"))
        q = QGridLayout(quick)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What will the group organise? Enter adds it"))
        self.owner_combo = QComboBox()
        self.add_button = QPushButton(self.tr("Add"))
        q.addWidget(self.title_edit, 0, 0, 1, 3)
        q.addWidget(QLabel(self.tr("Owner")), 1, 0)
        q.addWidget(self.owner_combo, 1, 1)
        q.addWidget(self.add_button, 1, 2)
        picks = QGridLayout()
        self._quick_kind = ""
        self.kind_buttons: dict[str, QPushButton] = {}
        for i, kind in enumerate(plans.KINDS):
            b = QPushButton(kind_label(kind))
            b.setCheckable(True)
            b.clicked.connect(lambda checked, k=kind: self._pick_kind(k, checked))
            self.kind_buttons[kind] = b
            picks.addWidget(b, i // 3, i % 3)
        q.addLayout(picks, 2, 0, 1, 3)
        self.title_edit.returnPressed.connect(self.add_action)
        self.add_button.clicked.connect(self.add_action)

        # --- the plan
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # no sideways scrolling: the action and who joins share the width, the short
        # columns (kind, owner, dates, status) take what they need
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for col in ("members", "support"):
            header.setSectionResizeMode(COLUMNS.index(col), QHeaderView.ResizeMode.Fixed)
            header.resizeSection(COLUMNS.index(col), 110)
        header.setMinimumSectionSize(50)
        # who joins and the support share what the action (a third at least) leaves over,
        # cut with their whole text in the tooltip: no column hides behind the edge
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.geometriesChanged.connect(self._fit_columns)
        self.proxy.modelReset.connect(self._fit_columns)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        row_buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.up_button, self.down_button, self.delete_button):
            row_buttons.addWidget(b)
        row_buttons.addStretch(1)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)

        # --- details of the selected action
        details = QGroupBox(self.tr("Selected action"))
        details_box = QVBoxLayout(details)
        f = QFormLayout()
        details_box.addLayout(f)
        details_box.addStretch(1)
        # every field saves as it is left, as one undoable edit that names the field
        self.action_id: int | None = None     # the action the form shows
        self._loading = False
        self.d_title = QLineEdit()
        self.d_description = CommitTextEdit()
        self.d_description.setTabChangesFocus(True)
        self.d_description.setMaximumHeight(90)
        self.d_kind = QComboBox()
        self.d_kind.addItem("", "")
        for kind in plans.KINDS:
            self.d_kind.addItem(kind_label(kind), kind)
        self.d_owner = QComboBox()
        self.d_members_model = QStandardItemModel(self)
        self.d_members = QListView()
        self.d_members.setModel(self.d_members_model)
        self.d_members.setMaximumHeight(120)
        reference = meeting_date(ctx, step_id)
        self.d_start = DateField(reference=reference, none_text=self.tr("no date yet"))
        self.d_due = DateField(reference=reference, none_text=self.tr("no date yet"))
        self.d_support = QLineEdit()
        self.d_status = QComboBox()
        for status in plans.STATUSES:
            self.d_status.addItem(status_label(status), status)
        self.d_title.editingFinished.connect(lambda: self.commit_field("title"))
        self.d_description.editing_finished.connect(lambda: self.commit_field("description"))
        self.d_kind.activated.connect(lambda _i: self.commit_field("kind"))
        self.d_owner.activated.connect(lambda _i: self.commit_field("owner_id"))
        self.d_members_model.itemChanged.connect(lambda _item: self.commit_field("member_ids"))
        self.d_start.date_changed.connect(lambda _iso: self.commit_field("start_date"))
        self.d_due.date_changed.connect(lambda _iso: self.commit_field("due_date"))
        self.d_support.editingFinished.connect(lambda: self.commit_field("support"))
        self.d_status.activated.connect(lambda _i: self.commit_field("status"))
        f.addRow(self.tr("Title"), self.d_title)
        f.addRow(self.tr("Description"), self.d_description)
        f.addRow(self.tr("Kind"), self.d_kind)
        f.addRow(self.tr("Owner"), self.d_owner)
        f.addRow(self.tr("Also involved"), self.d_members)
        # top-aligned: a refused date's message below one field leaves the other in place
        dates = QHBoxLayout()
        at_top = Qt.AlignmentFlag.AlignTop
        dates.addWidget(self.d_start, 1, at_top)
        until = QLabel(self.tr("until"))
        until.setFixedHeight(self.d_due.edit.sizeHint().height())
        dates.addWidget(until, 0, at_top)
        dates.addWidget(self.d_due, 1, at_top)
        f.addRow(self.tr("Start"), dates)
        f.addRow(self.tr("Support wanted"), self.d_support)
        f.addRow(self.tr("Status"), self.d_status)
        saved = QLabel(self.tr("Each field is saved as you leave it; Ctrl+Z undoes it."))
        saved.setWordWrap(True)
        saved.setEnabled(False)
        f.addRow("", saved)
        self.details = details

        # two tabs, so the page also fits the narrow work area of the day console
        plan_page = QWidget()
        left = QVBoxLayout(plan_page)
        left.addWidget(quick)
        left.addWidget(self.table, 1)
        left.addLayout(row_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(plan_page, self.tr("Plan"))
        self.tabs.addTab(details, self.tr("Selected action"))
        self.table.doubleClicked.connect(lambda _ix: self.tabs.setCurrentWidget(details))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(top)
        outer.addWidget(self.tabs, 1)

        settings = step_settings(ctx, step_id)
        self.all_check.setChecked(settings.get("view") == "all")
        row = self.groups_model.row_of(settings.get("group_id", -1))
        self.group_combo.setCurrentIndex(max(0, row) if self.groups_model.rowCount() else -1)
        self._resetting = True          # building: showing the page never writes
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.all_check.toggled.connect(self._save_settings)
        self.table.selectionModel().selectionChanged.connect(self._load_details)
        self.groups_model.modelAboutToBeReset.connect(self._groups_resetting)
        self.groups_model.modelReset.connect(self._groups_reset)
        self.groups_model.about_to_update.connect(self._groups_resetting)
        self.groups_model.updated.connect(self._groups_reset)
        self.model.modelReset.connect(self._model_reset)
        self.model.updated.connect(self._load_details)
        self._group_changed()
        self._resetting = False

    # ------------------------------------------------------------ state

    def _fit_columns(self) -> None:
        width = self.table.viewport().width()
        if width <= 0:
            return
        header = self.table.horizontalHeader()
        short = sum(header.sectionSize(COLUMNS.index(c))
                    for c in ("kind", "owner", "start", "due", "status"))
        spare = max(100, width - short - int(width * 0.34))
        for col in ("members", "support"):
            want = max(self.table.sizeHintForColumn(COLUMNS.index(col)),
                       header.sectionSizeFromContents(COLUMNS.index(col)).width())
            header.resizeSection(COLUMNS.index(col), max(50, min(want, spare // 2)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def group_id(self) -> int | None:
        """The group whose plan is shown."""
        ix = self.group_combo.currentIndex()
        return self.groups_model.group(ix).id if 0 <= ix < self.groups_model.rowCount() else None

    def _groups_resetting(self) -> None:
        self._resetting = True

    def _groups_reset(self) -> None:
        gid = self.proxy.group_id
        row = self.groups_model.row_of(gid) if gid is not None else -1
        if row < 0 and self.groups_model.rowCount():
            row = 0
        self.group_combo.setCurrentIndex(row)
        self._group_changed()
        self._resetting = False

    def _group_changed(self, *_args) -> None:
        gid = self.group_id()
        self.proxy.set_group(gid)
        self._fill_people()
        self._load_details()
        self._save_settings()

    def _save_settings(self, *_args) -> None:
        """Remember the group and the projector view in the step (not an undoable edit): only
        when the facilitator chooses them, never while the group list resets."""
        if self._resetting:
            return
        remember(self.ctx, self.step_id, group_id=self.group_id(),
                 view="all" if self.all_check.isChecked() else "group")

    def _members(self) -> list[participants.Participant]:
        gid = self.group_id()
        return groups.members(self.ctx.store, gid) if gid is not None and self.ctx.store else []

    def _fill_people(self) -> None:
        people = self._members()
        for combo in (self.owner_combo, self.d_owner):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(no owner yet)"), None)
            for p in people:
                combo.addItem(p.display_name, p.id)
            i = combo.findData(keep)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    def _pick_kind(self, kind: str, checked: bool) -> None:
        for k, b in self.kind_buttons.items():
            b.setChecked(k == kind and checked)
        self._quick_kind = kind if checked else ""
        if checked and not self.title_edit.text().strip():
            self.title_edit.setText(kind_label(kind))
        self.title_edit.setFocus()

    def selected_id(self) -> int | None:
        """The id of the selected action, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ActionIdRole) if rows else None

    def _select(self, action_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ActionIdRole) == action_id:
                self.table.selectRow(r)
                return

    # ------------------------------------------------------------ edits

    def _guard(self, call) -> bool:
        return succeeded(call, warn_box(self, self.tr("Actions")))

    def add_action(self) -> None:
        """Add the typed action with the quick-pick kind and owner (undoable)."""
        gid = self.group_id()
        title = self.title_edit.text().strip()
        if gid is None or not title:
            return
        values = {"kind": self._quick_kind, "owner_id": self.owner_combo.currentData()}
        new: list = []
        if self._guard(lambda: new.append(ops.add(self.ctx, self.tr("Add action"), gid, title,
                                                  **values))):
            self.title_edit.clear()
            self._pick_kind("", False)
            self.owner_combo.setCurrentIndex(0)    # the next action starts without an owner
            self._select(new[0])
            self.title_edit.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected action (undo puts it back under the same id)."""
        aid = self.selected_id()
        if aid is None:
            return
        self._guard(lambda: ops.delete(self.ctx, self.tr("Delete action"), aid))

    def move_selected(self, offset: int) -> None:
        """Move the selected action up or down in the plan (undoable)."""
        aid = self.selected_id()
        gid = self.group_id()
        if aid is None or gid is None:
            return
        self._guard(lambda: ops.move(self.ctx, self.tr("Move action"), gid, aid, offset))
        self._select(aid)

    def _model_reset(self) -> None:
        """The actions were reloaded: keep the action the form shows selected and shown."""
        if self.action_id is not None and self.proxy.group_id is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(ActionIdRole) == self.action_id:
                    with QSignalBlocker(self.table.selectionModel()):
                        self.table.selectRow(r)
                    break
        self._load_details()

    def _load_details(self, *_args) -> None:
        aid = self.selected_id()
        self.action_id = aid
        self.details.setEnabled(aid is not None and not self.ctx.read_only)
        if aid is None or self.ctx.store is None:
            return
        try:
            a = plans.get(self.ctx.store, aid)
        except StartdagError:
            return
        self._loading = True
        try:
            if self.d_title.text() != a.title:
                self.d_title.setText(a.title)
            if self.d_description.toPlainText() != a.description:
                self.d_description.setPlainText(a.description)
            self.d_kind.setCurrentIndex(max(0, self.d_kind.findData(a.kind)))
            self._fill_people()
            self.d_owner.setCurrentIndex(max(0, self.d_owner.findData(a.owner_id)))
            self.d_members_model.clear()
            for p in self._members():
                item = QStandardItem(p.display_name)
                item.setData(p.id, ActionIdRole)
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked if p.id in a.member_ids
                                   else Qt.CheckState.Unchecked)
                self.d_members_model.appendRow(item)
            self.d_start.set_iso(a.start_date)
            self.d_due.set_iso(a.due_date)
            if self.d_support.text() != a.support:
                self.d_support.setText(a.support)
            self.d_status.setCurrentIndex(max(0, self.d_status.findData(a.status)))
        finally:
            self._loading = False

    def details_values(self) -> dict:
        """The detail editor's values, as service fields."""
        members = [self.d_members_model.item(r).data(ActionIdRole)
                   for r in range(self.d_members_model.rowCount())
                   if self.d_members_model.item(r).checkState() == Qt.CheckState.Checked]
        return {"title": self.d_title.text(), "description": self.d_description.toPlainText(),
                "kind": self.d_kind.currentData() or "", "owner_id": self.d_owner.currentData(),
                "member_ids": members, "start_date": self.d_start.iso(),
                "due_date": self.d_due.iso(), "support": self.d_support.text(),
                "status": self.d_status.currentData()}

    def commit_field(self, name: str, value=_FORM) -> bool:
        """Save one field of the form as it is left: one undoable edit naming the field.

        Nothing happens when the value is unchanged; a refused value (an empty title, a
        start after the due date) is said and the stored value comes back.
        """
        aid = self.action_id
        store = self.ctx.store
        if self._loading or aid is None or store is None or self.ctx.read_only:
            return False
        try:
            current = plans.get(store, aid)
        except StartdagError:
            return False
        if value is _FORM:
            value = self.details_values()[name]
        if getattr(current, name) == value:
            return False
        text = self.tr("Change {field} of “{title}”").format(field=tr_(FIELD_NAMES[name]),
                                                            title=current.title)
        field = {"start_date": self.d_start, "due_date": self.d_due}.get(name)

        def refused(sentence: str) -> None:
            self._load_details()       # the stored value back: nothing changed
            if field is not None:      # a date's refusal is said under the date
                field.message.setText(sentence)
                field.message.show()
            else:
                warn_box(self, self.tr("Actions"))(sentence)

        return succeeded(lambda: ops.edit(self.ctx, text, aid, **{name: value}), refused)

    def save_details(self) -> None:
        """Save every changed field now (each its own undoable edit), as leaving them does."""
        for name, value in self.details_values().items():
            self.commit_field(name, value)
