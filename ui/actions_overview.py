"""The "Actions" tab: every group's actions in one list, and the log of the half year.

Between the startdag and the oogstsessie the facilitator keeps track here: which
action stands where, what is overdue, and what a group asked for (and was told).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessions import actions as plans
from sessions import groups, harvest
from sessions.changes import Change, Topic
from sessions.harvest import logbook
from ui import dates
from ui.commands import run
from ui.context import AppContext
from ui.dates import meeting_date
from ui.messages import harvest_error_text
from ui.operations import attempt, succeeded, warn_box
from ui.operations import logbook as ops
from ui.tables import ListTableModel, apply_rows, select_id, selected_id
from ui.theme import scale_font
from ui.widgets import DateField, plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_LABELS = {
    "idea": QT_TRANSLATE_NOOP("Harvest", "idea"),
    "planned": QT_TRANSLATE_NOOP("Harvest", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("Harvest", "in progress"),
    "done": QT_TRANSLATE_NOOP("Harvest", "done"),
    "dropped": QT_TRANSLATE_NOOP("Harvest", "dropped"),
}
LOG_KIND_LABELS = {
    "update": QT_TRANSLATE_NOOP("Harvest", "Update"),
    "support_request": QT_TRANSLATE_NOOP("Harvest", "Support request"),
    "support_answer": QT_TRANSLATE_NOOP("Harvest", "Answer to the request"),
}
# the harvest's quick reasons are stored in Dutch (sessions.harvest.QUICK_TAGS); shown in
# the UI language
TAG_LABELS = {
    "geen reactie ontvangen": QT_TRANSLATE_NOOP("Harvest", "no response received"),
    "geen tijd": QT_TRANSLATE_NOOP("Harvest", "no time"),
    "niet meer nodig": QT_TRANSLATE_NOOP("Harvest", "no longer needed"),
    "anders opgelost": QT_TRANSLATE_NOOP("Harvest", "solved another way"),
}
TOPICS = (Topic.ACTIONS, Topic.GROUPS, Topic.PARTICIPANTS, Topic.HARVEST)
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Harvest", text)


def tag_label(tag: str) -> str:
    """A quick reason (stored in Dutch) in the UI language; a typed tag stays as typed."""
    return _tr(TAG_LABELS[tag]) if tag in TAG_LABELS else tag


def tags_text(tags) -> str:
    """The tags of an outcome, in the UI language."""
    return ", ".join(tag_label(t) for t in tags)


def status_label(status: str) -> str:
    """An action status in the UI language."""
    return _tr(STATUS_LABELS.get(status, status))


def log_kind_label(kind: str) -> str:
    """A log entry's kind (update, support request, answer) in the UI language."""
    return _tr(LOG_KIND_LABELS.get(kind, kind))


def short_date(iso: str) -> str:
    """An ISO date in the UI's one short format ('12-03-2026' in Dutch); '' when empty or bad."""
    return dates.short_date(iso)


# ---------------------------------------------------------------- models


class ActionsTableModel(ListTableModel):
    """All actions across the groups, with the filters of the overview."""

    CONTEXT = "Harvest"
    COLUMNS = (QT_TRANSLATE_NOOP("Harvest", "Group"), QT_TRANSLATE_NOOP("Harvest", "Action"),
               QT_TRANSLATE_NOOP("Harvest", "Owner"), QT_TRANSLATE_NOOP("Harvest", "Status"),
               QT_TRANSLATE_NOOP("Harvest", "Due"), QT_TRANSLATE_NOOP("Harvest", "Last update"))

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = date.today          # injectable clock for "overdue"
        self.group_id: int | None = None
        self.status: str | None = None
        self.overdue_only = False
        self.rows: list[harvest.ActionRow] = []
        self.numbers: dict[int, int] = {}
        ctx.change_record.connect(self._on_change)
        self.refresh()

    updated = Signal()   # after an edit was applied in place (the page's side panel reads again)

    def _on_change(self, change: Change) -> None:
        """Apply one committed change in place: only the actions it names are read again."""
        store = self.ctx.store
        if store is None or store.conn is None or not change.touches(*TOPICS, Topic.AGENDA):
            return
        ids: set[int] | None = set()
        if change.touches(Topic.GROUPS, Topic.AGENDA):
            ids = None   # a group's name, colour or order; ending the startdag moves "added after"
        if ids is not None and change.touches(Topic.ACTIONS):
            acts = change.of(Topic.ACTIONS)
            ids = None if acts is None else ids | acts.all
        if ids is not None and change.touches(Topic.PARTICIPANTS):
            people = change.of(Topic.PARTICIPANTS)
            ids = None if people is None else ids | {
                r.id for r in self.rows if r.owner_id in people.all}
        if ids is not None and not ids:
            return                          # nothing shown here changed
        self._apply(store, ids)

    def _apply(self, store, ids: set[int] | None) -> None:
        filters = {"group_id": self.group_id, "status": self.status}
        if ids is None:
            new = harvest.overview(store, **filters, overdue=self.overdue_only, today=self.today())
            self.numbers = groups.numbers(store)
        else:
            fresh = {r.id: r for r in logbook.overview(store, **filters, overdue=self.overdue_only,
                                                        today=self.today(), ids=ids)}
            old = {r.id: r for r in self.rows}
            new = []
            for aid in logbook.overview_order(store, **filters):
                row = fresh.get(aid) if aid in ids else old.get(aid)
                if row is not None:
                    new.append(row)
        apply_rows(self, _ROOT, self.rows, new, key=lambda r: r.id, columns=len(self.COLUMNS))
        self.updated.emit()

    def set_filter(self, *, group_id: int | None, status: str | None, overdue: bool) -> None:
        """Show only one group, one status and/or the overdue actions."""
        self.group_id, self.status, self.overdue_only = group_id, status, overdue
        self.refresh()

    def refresh(self) -> None:
        """Re-read the actions from the trajectory (a reset: a file opened, other filters)."""
        self.beginResetModel()
        store = self.ctx.store
        self.rows = [] if store is None or store.conn is None else harvest.overview(
            store, group_id=self.group_id, status=self.status, overdue=self.overdue_only,
            today=self.today())
        self.numbers = {} if store is None or store.conn is None else groups.numbers(store)
        self.endResetModel()

    def group_label(self, r: harvest.ActionRow) -> str:
        """The group as the wall names it: its number, then its name."""
        return groups.numbered(self.numbers.get(r.group_id), r.group_name)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.group_label(r)
            if col == 1:
                return r.title + ("  (+)" if r.after_kickoff else "")
            if col == 2:
                return r.owner_name or "—"
            if col == 3:
                return status_label(r.status)
            if col == 4:
                text = short_date(r.due_date)
                if r.overdue:
                    late = QCoreApplication.translate("Harvest", "overdue")
                    return f"{text}  ({late})"
                return text
            if col == 5:
                # an open support request is what matters here: the flag alone, the date in
                # the tooltip; else the date of the last update
                if r.open_request:
                    return QCoreApplication.translate("Harvest", "support asked")
                return short_date(r.last_update)
        if role == Qt.ItemDataRole.ToolTipRole and col == 5 and r.last_update:
            return f"{self.headerData(5, Qt.Orientation.Horizontal)}: {short_date(r.last_update)}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and r.owner_name:
            return r.owner_name
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return r.title + ("\n" + QCoreApplication.translate(
                "Harvest", "Added after the startdag") if r.after_kickoff else "")
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self.group_label(r)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (col == 4 and r.overdue) or (col == 5 and r.open_request)):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(r.group_colour)
        if role == ID_ROLE:
            return r.id
        return None

    def row_of(self, action_id: int) -> int:
        """The row showing an action, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == action_id), -1)


class ActionLogModel(ListTableModel):
    """The log of one action: date, kind, text, status change."""

    CONTEXT = "Harvest"
    COLUMNS = (QT_TRANSLATE_NOOP("Harvest", "Date"), QT_TRANSLATE_NOOP("Harvest", "Kind"),
               QT_TRANSLATE_NOOP("Harvest", "What happened"),
               QT_TRANSLATE_NOOP("Harvest", "Status"))

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.action_id: int | None = None
        self.rows: list[harvest.LogEntry] = []
        ctx.change_record.connect(self._on_change)

    @property
    def entries(self) -> list[harvest.LogEntry]:
        """The log entries (the rows)."""
        return self.rows

    @entries.setter
    def entries(self, value: list[harvest.LogEntry]) -> None:
        self.rows = value

    def _on_change(self, change: Change) -> None:
        """Read the log again in place when the change names the action shown (or all)."""
        if self.action_id is None or not change.touches(Topic.ACTIONS):
            return
        acts = change.of(Topic.ACTIONS)
        if acts is not None and self.action_id not in acts.all:
            return
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        new = harvest.action_log(store, self.action_id)
        apply_rows(self, _ROOT, self.rows, new, key=lambda e: e.id, columns=len(self.COLUMNS))

    def set_action(self, action_id: int | None) -> None:
        """Show the log of another action (None: nothing)."""
        self.action_id = action_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the log."""
        self.beginResetModel()
        store = self.ctx.store
        try:
            self.rows = ([] if store is None or store.conn is None or self.action_id is None
                         else harvest.action_log(store, self.action_id))
        finally:
            self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return short_date(e.date)
            if col == 1:
                return _tr(LOG_KIND_LABELS.get(e.kind, e.kind))
            if col == 2:
                return e.text
            if col == 3 and e.status_to:
                return f"{status_label(e.status_from or '')} → {status_label(e.status_to)}"
            return None
        if role == Qt.ItemDataRole.FontRole and e.kind == "support_request":
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return e.id
        return None


# ---------------------------------------------------------------- the page


class ActionsOverviewPage(QWidget):
    """Every action with its group, owner, status and due date; the selected action's log."""

    def __init__(self, ctx: AppContext, actions=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ActionsTableModel(ctx, self)
        self.log_model = ActionLogModel(ctx, self)
        self._selected_id: int | None = None

        # filters
        self.group_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for s in harvest.ACTION_STATUSES:
            self.status_filter.addItem(status_label(s), s)
        self.overdue_filter = QCheckBox(self.tr("&Overdue only"))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Group:")))
        filters.addWidget(self.group_filter)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.overdue_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.report_action = getattr(actions, "harvest_report", None)
        if self.report_action is not None:
            report_button = QPushButton(self.report_action.text().replace("&", ""))
            report_button.clicked.connect(self.report_action.trigger)
            filters.addWidget(report_button)
            # the one place that handles the action, so it works from any window
            self.report_action.triggered.connect(self.write_report)

        # the list of actions
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # widths are set here, never measured by the header from the rows: a ResizeToContents
        # column read ~100 rows again at every edit (status, due, last update are as wide as
        # their widest possible text; owner and group are fitted in _fit_columns)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # what matters first and in full: the action, its status, due date and the support
        # flag; the owner and the group (its colour shows it) last, cut short when narrow
        # (whole in the tooltip); never a sideways scrollbar
        for visual, logical in enumerate((1, 3, 4, 5, 2, 0)):
            header.moveSection(header.visualIndex(logical), visual)
        self._content_widths: dict[int, int] | None = None     # owner and group, measured
        # edits change what the owner and group columns hold: fitted again once the edits
        # pause (a burst of phone input, a facilitator typing), and only when on screen
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(300)
        self._fit_timer.timeout.connect(self._refit)
        self.model.modelReset.connect(self._refit)
        # the columns follow the table's own width (the splitter and layouts set it late)
        self.table.viewport().installEventFilter(self)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        # the log of the selected action
        self.log_title = plain_label()
        scale_font(self.log_title, 1.15, bold=True)
        self.log_details = plain_label()
        # "added after the startdag" follows the meeting's times; the facilitator can say otherwise
        self.after_check = QCheckBox(self.tr("Added after the startdag"))
        self.after_check.setToolTip(self.tr(
            "Counted as added after the startdag when it was typed after the startdag ended "
            "(or, when nobody ended it, after the next meeting started). Tick or untick to "
            "decide it yourself."))
        self.after_source = plain_label()
        self.after_reset = QPushButton(self.tr("Follow the meeting's times"))
        self.after_reset.setFlat(True)
        after_row = QHBoxLayout()
        after_row.addWidget(self.after_check)
        after_row.addWidget(self.after_source)
        after_row.addStretch(1)
        after_row.addWidget(self.after_reset)
        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log_view.verticalHeader().hide()
        lh = self.log_view.horizontalHeader()
        lh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log_view.setWordWrap(True)
        # a log text is shown whole: each row as tall as its text
        self.log_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.date_edit = DateField(optional=False,
                                   reference=lambda: meeting_date(ctx.store, "startdag"))
        self.kind_combo = QComboBox()
        for k in harvest.LOG_KINDS:
            self.kind_combo.addItem(_tr(LOG_KIND_LABELS[k]), k)
        self.new_status = QComboBox()
        self.new_status.addItem(self.tr("(unchanged)"), None)
        for s in harvest.ACTION_STATUSES:
            self.new_status.addItem(status_label(s), s)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("What happened, what was asked or answered"))
        self.text_edit.setMaxLength(harvest.MAX_TEXT)
        self.add_button = QPushButton(self.tr("&Add to the log"))
        self.add_button.setDefault(True)
        self.remove_button = QPushButton(self.tr("&Remove entry"))
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.date_edit)
        row.addWidget(self.kind_combo, 1)
        form.addRow(self.tr("Date:"), row)
        form.addRow(self.tr("Text:"), self.text_edit)
        form.addRow(self.tr("New status:"), self.new_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.log_title)
        side_layout.addWidget(self.log_details)
        side_layout.addLayout(after_row)
        side_layout.addWidget(self.log_view, 1)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2000, 1000])      # the list two thirds, the log one third
        self.splitter = splitter
        splitter.splitterMoved.connect(lambda *_a: self._fit_columns())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.group_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.overdue_filter.toggled.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.updated.connect(self._on_selection)
        self.model.updated.connect(self._fit_timer.start)
        self.log_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.text_edit.returnPressed.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.after_check.clicked.connect(lambda checked: self.set_after_mark(checked))
        self.after_reset.clicked.connect(lambda: self.set_after_mark(None))
        ctx.changed.connect(self._on_changed)
        ctx.store_opened.connect(self._on_opened)
        self._on_opened()

    # ------------------------------------------------------------ columns

    def _fixed_widths(self) -> dict[int, int]:
        """Status, due date and last update: as wide as the widest text they can show
        (every status, a date with "overdue", "support asked") and their header."""
        fm = self.table.fontMetrics()
        style = self.table.style()
        pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
                   + 1) + 6
        head = self.table.horizontalHeader()
        head_pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, head) + 8
        day = short_date("2026-12-28")
        late = QCoreApplication.translate("Harvest", "overdue")
        texts = {3: [status_label(st) for st in harvest.ACTION_STATUSES],
                 4: [f"{day}  ({late})"],
                 5: [day, QCoreApplication.translate("Harvest", "support asked")]}
        return {col: max(max(fm.horizontalAdvance(t) for t in words) + pad,
                         head.fontMetrics().horizontalAdvance(
                             str(self.model.headerData(col, Qt.Orientation.Horizontal)))
                         + head_pad)
                for col, words in texts.items()}

    def _measure(self) -> dict[int, int]:
        """The owner and group columns' widest text over every row (font metrics, no
        delegate: a thousand names take a millisecond or two)."""
        fm = self.table.fontMetrics()
        style = self.table.style()
        pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
                   + 1) + 6
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.table) + 4
        owners = {r.owner_name or "—" for r in self.model.rows}
        labels = {self.model.group_label(r) for r in self.model.rows}
        titles = {r.title + ("  (+)" if r.after_kickoff else "") for r in self.model.rows}
        width = fm.horizontalAdvance
        return {2: max((width(t) for t in owners), default=0) + pad,
                0: max((width(t) for t in labels), default=0) + pad + icon,
                1: max((width(t) for t in titles), default=0) + pad}

    def _refit(self) -> None:
        """Measure the owner and group columns again and fit; later, when off screen."""
        self._content_widths = None
        if self.isVisible():
            self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._content_widths is None:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """The owner and the group share what the action (a third, or its longest title when
        that is less) leaves over."""
        table = self.table
        width = table.viewport().width()
        if width <= 0:
            return
        header = table.horizontalHeader()
        fixed = self._fixed_widths()
        for col, w in fixed.items():
            if header.sectionSize(col) != w:
                header.resizeSection(col, w)
        if self._content_widths is None:
            self._content_widths = self._measure()
        # the action keeps a third of the table, or less when its longest title needs less:
        # the rest goes to the owner and the group before the action's blank space
        action = min(int(width * 0.36), self._content_widths[1])
        spare = max(0, width - sum(fixed.values()) - action)
        owner = min(self._content_widths[2], max(60, int(spare * 0.6)))
        group = min(self._content_widths[0], max(40, spare - owner))
        header.resizeSection(2, owner)
        header.resizeSection(0, group)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ filters

    def _on_opened(self) -> None:
        self._fill_groups()
        self.model.refresh()
        self._update_count()        # "7 action(s)" from the start, not after the first edit
        self._update_side()

    def _on_changed(self, topic: str) -> None:
        if topic == "groups":
            self._fill_groups()
        if topic in TOPICS:
            self._update_count()

    def _fill_groups(self) -> None:
        store = self.ctx.store
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        if store is not None and store.conn is not None:
            for n, g in enumerate(groups.groups(store), start=1):
                self.group_filter.addItem(groups.numbered(n, g.name), g.id)
        i = self.group_filter.findData(current)
        self.group_filter.setCurrentIndex(max(i, 0))
        self.group_filter.blockSignals(False)
        if i < 0 and current is not None:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_filter(group_id=self.group_filter.currentData(),
                              status=self.status_filter.currentData(),
                              overdue=self.overdue_filter.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n action(s)", "", n))

    # ------------------------------------------------------------ selection

    def _remember_selection(self) -> None:
        self._kept_id = self.selected_action_id()

    def _restore_selection(self) -> None:
        kept = getattr(self, "_kept_id", None)
        row = self.model.row_of(kept) if kept is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._on_selection()

    def select_action(self, action_id: int) -> bool:
        """Select an action in the list (when the filters show it)."""
        return select_id(self.table, self.model, action_id)

    def selected_action_id(self) -> int | None:
        """The action whose log is shown, or None."""
        return selected_id(self.table, ID_ROLE)

    def _on_selection(self, *_args) -> None:
        action_id = self.selected_action_id()
        if action_id != self.log_model.action_id:
            self.log_model.set_action(action_id)
        self._update_side()

    def _update_side(self) -> None:
        action_id = self.log_model.action_id
        row = self.model.row_of(action_id) if action_id is not None else -1
        if row >= 0:
            r = self.model.rows[row]
            self.log_title.setText(self.tr("Log of “{title}” ({group})").format(
                title=r.title, group=self.model.group_label(r)))
            support = plans.get(self.ctx.store, r.id).support
            self.log_details.setText(self.tr("Support asked for at the startdag: {text}").format(
                text=support) if support else "")
        else:
            self.log_title.setText(self.tr("Select an action to see and add to its log."))
            self.log_details.setText("")
        self.log_details.setVisible(bool(self.log_details.text()))
        mark = (plans.get(self.ctx.store, action_id).after_mark
                if row >= 0 else None)
        self.after_check.setChecked(row >= 0 and self.model.rows[row].after_kickoff)
        self.after_source.setText("" if row < 0 else self.tr("(marked by hand)")
                                  if mark is not None else self.tr("(by the meeting's times)"))
        writable = not self.ctx.read_only and row >= 0
        self.after_check.setEnabled(writable)
        self.after_reset.setVisible(writable and mark is not None)
        for w in (self.date_edit, self.kind_combo, self.text_edit, self.new_status,
                  self.add_button):
            w.setEnabled(writable)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(not self.ctx.read_only and self._selected_log_id() is not None)

    def _selected_log_id(self) -> int | None:
        return selected_id(self.log_view, ID_ROLE)

    # ------------------------------------------------------------ commands

    def write_report(self, _checked: bool = False, path: str | None = None) -> str | None:
        """Ask where to save the harvest report (PDF) and write it; return the path."""
        store = self.ctx.store
        if store is None:
            return None
        from exports.harvest_report import file_name, write_harvest_report

        lang = self.ctx.language
        if path is None:
            start = str(store.path.with_name(file_name(lang)))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the harvest report as"),
                                                  start, "PDF (*.pdf)")
            if not path:
                return None

        if not succeeded(lambda: write_harvest_report(store, path, lang),
                         warn_box(self, "Startdag"), harvest_error_text):
            return None
        QMessageBox.information(self, "Startdag", self.tr("Harvest report saved: {path}").format(
            path=path))
        return path

    def add_entry(self) -> int | None:
        """Add the form's update, support request or answer to the selected action (undoable)."""
        store = self.ctx.store
        action_id = self.log_model.action_id
        if store is None or action_id is None or self.ctx.read_only:
            return None
        values = {"date": self.date_edit.date().toString(Qt.DateFormat.ISODate),
                  "text": self.text_edit.text(), "kind": self.kind_combo.currentData(),
                  "status": self.new_status.currentData()}
        kind_text = self.kind_combo.currentText()
        log_id = attempt(lambda: ops.add_entry(
            self.ctx, self.tr("Log: {kind}").format(kind=kind_text), action_id, **values),
            warn_box(self, "Startdag"), harvest_error_text)
        if log_id is None:
            return None
        self.text_edit.clear()
        self.new_status.setCurrentIndex(0)
        return log_id

    def set_after_mark(self, mark: bool | None) -> None:
        """Mark the selected action as added after the startdag (True), as part of the startdag
        (False), or let the meeting's times decide (None); undoable."""
        store = self.ctx.store
        action_id = self.log_model.action_id
        if store is None or action_id is None or self.ctx.read_only:
            return
        before = plans.get(store, action_id).after_mark
        text = (self.tr("Follow the meeting's times") if mark is None
                else self.tr("Mark as added after the startdag") if mark
                else self.tr("Mark as part of the startdag"))
        attempt(lambda: run(self.ctx.undo_stack, text,
                            lambda: plans.set_after_mark(store, action_id, mark),
                            lambda: plans.set_after_mark(store, action_id, before)),
                warn_box(self, "Startdag"), harvest_error_text)
        self._update_side()

    def remove_entry(self) -> None:
        """Remove the selected log entry (undoable; its status change is undone too)."""
        store = self.ctx.store
        log_id = self._selected_log_id()
        if store is None or log_id is None or self.ctx.read_only:
            return
        attempt(lambda: ops.remove_entry(self.ctx, self.tr("Remove log entry"), log_id),
                warn_box(self, "Startdag"), harvest_error_text)

