"""The "Leren van elkaar" tab: intake, the experiments board, ways of working, the hours.

An HR adviser's working place between the sessions: the organisation's question and goals,
the experiments on a board with their cards, the ways of working with their ambassadors and
the team-meeting log, and the 36 advice hours with their ledger, warning and forecast.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sessions import budget, experiments, intake
from sessions.changes import Topic
from sessions.errors import StartdagError
from ui.dates import meeting_date
from ui.learning.board import Board, CommitEdit, ExperimentEditor, install_board_keys, move_status
from ui.learning.common import (
    ACTIVITY_LABELS,
    ID_ROLE,
    STAGE_LABELS,
    hours_text,
    label,
    tr,
)
from ui.learning.models import (
    AmbassadorsModel,
    GoalsModel,
    LedgerModel,
    SharesModel,
    add_command,
    add_experiment,
    change_command,
    delete_experiment,
    notices,
    people,
    remove_command,
)
from ui.messages import error_text
from ui.tables import ListTableModel
from ui.widgets import DateField, RefreshWhenShown

LEVEL_STYLE = {"ok": "background:#d5efe6; color:#0b3d2e;",
               "warn": "background:#fbecc8; color:#4a3200;",
               "over": "background:#f8d9c6; color:#5c1d00;"}


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    return view


def _selected(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return rows[0].data(ID_ROLE) if rows else None


def _save_path(parent: QWidget, title: str, name: str) -> str:
    start = str(Path.home() / name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, "PDF (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


# ---------------------------------------------------------------- intake


class IntakeTab(QWidget):
    """The organisation's question, where it comes from, theme, contacts, goals and budget."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self.question = CommitEdit(3)
        self.question.setPlaceholderText(tr("Hoe houden we de kennis over omgaan met jongeren op peil?"))
        self.source = CommitEdit(2)
        self.source.setPlaceholderText(tr("Where does the question come from?"))
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(tr("For the sector's lessons library, e.g. Jongerenwerk"))
        self.contacts = CommitEdit(3)
        self.contacts.setPlaceholderText(tr("One per line: name; role; e-mail; phone"))
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0.5, 10000)
        self.budget.setDecimals(1)
        self.budget.setSingleStep(1)
        self.budget.setSuffix(" " + tr("hours"))
        form = QFormLayout()
        form.addRow(tr("The organisation's question"), self.question)
        form.addRow(tr("Where it comes from"), self.source)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Contact people"), self.contacts)
        form.addRow(tr("Advice hours granted"), self.budget)
        self.question.committed.connect(lambda: self._commit("question"))
        self.source.committed.connect(lambda: self._commit("source"))
        self.theme.editingFinished.connect(lambda: self._commit("theme"))
        self.contacts.committed.connect(lambda: self._commit("contacts"))
        self.budget.editingFinished.connect(lambda: self._commit("budget_hours"))
        # goals
        self.goals = GoalsModel(ctx, self)
        self.goal_view = _table(self.goals)
        self.goal_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(tr("A goal of the organisation, Enter to add"))
        self.new_goal.returnPressed.connect(self.add_goal)
        add = QPushButton(tr("Add goal"))
        add.clicked.connect(self.add_goal)
        remove = QPushButton(tr("Remove goal"))
        remove.clicked.connect(self.remove_goal)
        goals_box = QGroupBox(tr("Goals (shared with the expertise map)"))
        gl = QVBoxLayout(goals_box)
        gl.addWidget(self.goal_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_goal, 1)
        row.addWidget(add)
        row.addWidget(remove)
        gl.addLayout(row)
        layout = QHBoxLayout(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        layout.addWidget(left, 3)
        layout.addWidget(goals_box, 2)
        ctx.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, topic: str) -> None:
        if topic == Topic.INTAKE:
            self.load()

    def load(self) -> None:
        """Show what is stored."""
        i = intake.get(self.ctx.store)
        self._loading = True
        try:
            for w, v in ((self.question, i.question), (self.source, i.source)):
                if w.toPlainText() != v:
                    w.setPlainText(v)
            if self.theme.text() != i.theme:
                self.theme.setText(i.theme)
            text = "\n".join("; ".join(c.get(k, "") for k in intake.CONTACT_KEYS).rstrip("; ")
                             for c in i.contacts)
            if self.contacts.toPlainText() != text:
                self.contacts.setPlainText(text)
            self.budget.setValue(i.budget_hours)
            for w in (self.question, self.source, self.theme, self.contacts, self.budget):
                w.setEnabled(not self.ctx.read_only)
        finally:
            self._loading = False

    def _commit(self, name: str) -> None:
        if self._loading:
            return
        current = intake.get(self.ctx.store)
        if name in ("question", "source"):
            value = getattr(self, name).toPlainText()
        elif name == "theme":
            value = self.theme.text()
        elif name == "budget_hours":
            value = round(self.budget.value(), 2)
        else:
            value = []
            for line in self.contacts.toPlainText().splitlines():
                parts = [p.strip() for p in line.split(";")]
                if any(parts):
                    value.append(dict(zip(intake.CONTACT_KEYS, parts + [""] * 4, strict=False)))
            value = [{k: c.get(k, "") for k in intake.CONTACT_KEYS} for c in value]
        old_value = getattr(current, name)
        if (value.strip() if isinstance(value, str) else value) == old_value:
            return
        store = self.ctx.store
        if not change_command(self.ctx, tr("Edit the intake"),
                lambda: intake.update(store, **{name: value}),
                lambda old: intake.update(store, **old)):
            self.load()

    def add_goal(self) -> None:
        """Add the typed goal (undoable)."""
        title = self.new_goal.text().strip()
        if not title:
            return
        store = self.ctx.store
        if add_command(self.ctx, tr("Add goal"), lambda: intake.add_goal(store, title),
                       lambda gid: intake.remove_goal(store, gid),
                       lambda snap: intake.restore_goal(store, snap)) is not None:
            self.new_goal.clear()

    def remove_goal(self) -> None:
        """Remove the selected goal (undoable)."""
        gid = _selected(self.goal_view)
        if gid is None:
            return
        store = self.ctx.store
        remove_command(self.ctx, tr("Remove goal"), lambda: intake.remove_goal(store, gid),
                       lambda snap: intake.restore_goal(store, snap))


# ---------------------------------------------------------------- experiments


class ExperimentsTab(QWidget):
    """The board above, the selected card's editor below."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.board = Board(ctx)
        self.editor = ExperimentEditor(ctx)
        self.board.selected.connect(self.editor.show_experiment)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(tr("A new experiment, Enter to add"))
        self.new_title.returnPressed.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_title, 2)
        for text, tip, slot in (
                (tr("Add"), tr("Add an experiment (Insert)"), self.add),
                (tr("◀ Status"), tr("One status back (Ctrl+Left)"), lambda: self._move(-1)),
                (tr("Status ▶"), tr("One status on (Ctrl+Right)"), lambda: self._move(+1)),
                (tr("Remove"), tr("Remove the experiment (Delete)"), self.delete),
                (tr("Cards (PDF)…"), tr("Print the experiment cards"), self.print_cards)):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.board)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        # three whole cards per column at least (a card is five lines), the card's editor below
        column = self.board.columns[0]
        card = column.view.itemDelegate().sizeHint(QStyleOptionViewItem(), QModelIndex()).height()
        board_min = (column.head.sizeHint().height() + 2 + 3 * card
                     + 2 * column.view.frameWidth() + 6)
        self.board.setMinimumHeight(board_min)
        split.setSizes([board_min, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        install_board_keys(self, self.board, self.add, self.delete)

    def add(self) -> None:
        """Add an experiment with the typed title (or a placeholder title) and select it."""
        title = self.new_title.text().strip() or tr("New experiment")
        eid = add_experiment(self.ctx, title, tr("Add experiment '{title}'").format(title=title))
        if eid is not None:
            self.new_title.clear()
            self.board.select(eid)
            if title == tr("New experiment"):
                self.editor.title.setFocus()
                self.editor.title.selectAll()

    def delete(self) -> None:
        """Remove the selected experiment (undoable)."""
        eid = self.board.current_id()
        if eid is None:
            return
        e = experiments.get(self.ctx.store, eid)
        delete_experiment(self.ctx, eid, tr("Remove experiment '{title}'").format(title=e.title))

    def _move(self, step: int) -> None:
        eid = self.board.current_id()
        if eid is not None:
            move_status(self.ctx, eid, step)

    def print_cards(self) -> None:
        """Write the experiment cards as PDF."""
        from exports.experiment_cards import file_name, write_cards

        path = _save_path(self, tr("Save the experiment cards as"), file_name(self.ctx.language))
        if not path:
            return
        try:
            pages = write_cards(self.ctx.store, path, self.ctx.language)
        except StartdagError as exc:
            QMessageBox.warning(self, "Startdag", error_text(exc))
            return
        notices(self.ctx).saved.emit(tr("Experiment cards saved ({n} pages): {path}").format(
            n=pages, path=path))


# ---------------------------------------------------------------- ways of working


class MethodsModel(ListTableModel):
    """The ways of working, with how many ambassadors each has."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Way of working"), QT_TRANSLATE_NOOP("Peer", "Ambassadors"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[experiments.Method] = []
        ctx.change_record.connect(self._on_record)
        self.refresh()

    def _on_record(self, change) -> None:
        if change.changed(Topic.EXPERIMENTS, experiments.METHODS) or change.touches(
                Topic.PARTICIPANTS):
            self.refresh()

    def refresh(self) -> None:
        """Read again and update in place."""
        from ui.learning.common import sync_rows

        store = self.ctx.store
        if store is not None and store.conn is not None:
            sync_rows(self, self.rows, experiments.methods(store))

    def row_of(self, method_id: int) -> int:
        """The row of a way of working, or -1."""
        return next((i for i, m in enumerate(self.rows) if m.id == method_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return m.title
            return ", ".join(f"{a.name} ({label(STAGE_LABELS, a.stage).lower()})"
                             for a in m.ambassadors)
        if role == ID_ROLE:
            return m.id
        return None


class MethodsTab(QWidget):
    """Ways of working with their ambassadors (study → try → share), and the team-meeting log."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.methods = MethodsModel(ctx, self)
        self.method_view = _table(self.methods)
        self.method_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ambassadors = AmbassadorsModel(ctx, self)
        self.amb_view = _table(self.ambassadors)
        self.method_view.selectionModel().selectionChanged.connect(self._method_chosen)
        self.new_method = QLineEdit()
        self.new_method.setPlaceholderText(tr("A new way of working, Enter to add"))
        self.new_method.returnPressed.connect(self.add_method)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        row1 = QHBoxLayout()
        row1.addWidget(self.new_method, 1)
        for text, slot in ((tr("Add"), self.add_method), (tr("Remove"), self.remove_method)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row1.addWidget(b)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(tr("Ambassador:")))
        row2.addWidget(self.person, 1)
        for text, slot in ((tr("Make ambassador"), self.add_ambassador),
                           (tr("Next step: study → try → share"), self.next_stage),
                           (tr("Remove"), self.remove_ambassador)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row2.addWidget(b)
        methods_box = QGroupBox(tr("Ways of working and their ambassadors"))
        ml = QVBoxLayout(methods_box)
        inner = QHBoxLayout()
        inner.addWidget(self.method_view, 3)
        inner.addWidget(self.amb_view, 2)
        ml.addLayout(inner, 1)
        ml.addLayout(row1)
        ml.addLayout(row2)
        # the team-meeting log
        self.shares = SharesModel(ctx, self)
        self.share_view = _table(self.shares)
        self.share_view.horizontalHeader().setStretchLastSection(False)
        self.share_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.share_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.share_date = DateField(optional=False, reference=lambda: meeting_date(ctx.store))
        self.share_team = QComboBox()
        self.share_team.setEditable(True)
        self.share_who = QComboBox()
        self.share_what = QLineEdit()
        self.share_what.setPlaceholderText(tr("What was shared"))
        self.share_what.returnPressed.connect(self.add_share)
        self.share_exp = QComboBox()
        add = QPushButton(tr("Log"))
        add.clicked.connect(self.add_share)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self.remove_share)
        row3 = QHBoxLayout()
        for w, stretch in ((self.share_date, 0), (self.share_team, 1), (self.share_who, 1),
                           (self.share_what, 3), (self.share_exp, 2), (add, 0), (remove, 0)):
            row3.addWidget(w, stretch)
        log_box = QGroupBox(tr("Team-meeting log: who shared what"))
        ll = QVBoxLayout(log_box)
        ll.addWidget(self.share_view, 1)
        ll.addLayout(row3)
        layout = QVBoxLayout(self)
        layout.addWidget(methods_box, 1)
        layout.addWidget(log_box, 1)
        self._front = RefreshWhenShown(self, self._fill_choices)
        ctx.change_record.connect(self._on_record)
        self._fill_choices()

    def _on_record(self, change) -> None:
        # the choices list people and experiment titles: evidence or a log line is no reason
        if change.touches(Topic.PARTICIPANTS) or change.changed(Topic.EXPERIMENTS):
            self._front.request()      # now, or when the tab comes to the front


    def _fill_choices(self) -> None:
        keep = (self.person.currentData(), self.share_who.currentData(),
                self.share_exp.currentData(), self.share_team.currentText())
        self.person.clear()
        self.share_who.clear()
        self.share_who.addItem(tr("(who?)"), None)
        teams: list[str] = []
        for pid, name, team in people(self.ctx):
            self.person.addItem(name, pid)
            self.share_who.addItem(name, pid)
            if team and team not in teams:
                teams.append(team)
        self.share_team.clear()
        self.share_team.addItems(sorted(teams, key=str.casefold))
        self.share_exp.clear()
        self.share_exp.addItem(tr("(no experiment)"), None)
        for e in experiments.experiments(self.ctx.store):
            self.share_exp.addItem(e.title, e.id)
        for box, value in zip((self.person, self.share_who, self.share_exp), keep[:3],
                              strict=True):
            i = box.findData(value)
            if i >= 0:
                box.setCurrentIndex(i)
        if keep[3]:
            self.share_team.setEditText(keep[3])

    def _method_chosen(self, *_args) -> None:
        self.ambassadors.set_method(_selected(self.method_view))

    def add_method(self) -> None:
        """Add a way of working (undoable)."""
        title = self.new_method.text().strip()
        if not title:
            return
        store = self.ctx.store
        mid = add_command(self.ctx, tr("Add way of working"),
                          lambda: experiments.add_method(store, title),
                          lambda mid: experiments.delete_method(store, mid),
                          lambda snap: experiments.restore_snapshot(store, snap))
        if mid is not None:
            self.new_method.clear()
            row = self.methods.row_of(mid)
            if row >= 0:
                self.method_view.selectRow(row)

    def remove_method(self) -> None:
        """Remove the selected way of working with its ambassadors (undoable)."""
        mid = _selected(self.method_view)
        if mid is None:
            return
        store = self.ctx.store
        remove_command(self.ctx, tr("Remove way of working"),
                       lambda: experiments.delete_method(store, mid),
                       lambda snap: experiments.restore_snapshot(store, snap))

    def _set_stage(self, pid: int, stage: str | None, text: str) -> None:
        mid = _selected(self.method_view)
        if mid is None or pid is None:
            return
        store = self.ctx.store
        change_command(self.ctx, text,
                lambda: experiments.set_ambassador(store, mid, pid, stage),
                lambda old: experiments.put_back_ambassador(store, mid, pid, old))

    def add_ambassador(self) -> None:
        """Make the chosen person ambassador of the selected way of working (stage: study)."""
        pid = self.person.currentData()
        if pid is None:
            return
        self._set_stage(pid, "study", tr("Make {name} ambassador").format(
            name=self.person.currentText()))

    def next_stage(self) -> None:
        """Move the selected ambassador on: study → try → share."""
        pid = _selected(self.amb_view)
        a = next((a for a in self.ambassadors.rows if a.participant_id == pid), None)
        if a is None:
            return
        nxt = experiments.next_stage(a.stage)
        if nxt is None:
            notices(self.ctx).refused.emit(tr("{name} already shares it.").format(name=a.name))
            return
        self._set_stage(pid, nxt, tr("{name}: {stage}").format(name=a.name,
                                                               stage=label(STAGE_LABELS, nxt)))

    def remove_ambassador(self) -> None:
        """The selected person is no longer ambassador (undoable)."""
        pid = _selected(self.amb_view)
        if pid is not None:
            self._set_stage(pid, None, tr("Remove ambassador"))

    def add_share(self) -> None:
        """Log what was shared in a team meeting (undoable)."""
        what = self.share_what.text().strip()
        if not what:
            self.share_what.setFocus()
            return
        store = self.ctx.store
        values = dict(when=self.share_date.date().toString(Qt.DateFormat.ISODate), what=what,
                      team=self.share_team.currentText(), participant_id=self.share_who.currentData(),
                      experiment_id=self.share_exp.currentData())
        when, what = values.pop("when"), values.pop("what")
        if add_command(self.ctx, tr("Log a team meeting"),
                       lambda: experiments.add_share(store, when, what, **values),
                       lambda sid: experiments.remove_share(store, sid),
                       lambda row: experiments.restore_share(store, row)) is not None:
            self.share_what.clear()

    def remove_share(self) -> None:
        """Remove the selected log line (undoable)."""
        sid = _selected(self.share_view)
        if sid is None:
            return
        store = self.ctx.store
        remove_command(self.ctx, tr("Remove a log line"),
                       lambda: experiments.remove_share(store, sid),
                       lambda row: experiments.restore_share(store, row))


# ---------------------------------------------------------------- hours


class HoursTab(QWidget):
    """The budget at a glance (warning, forecast), a booking row and the ledger."""

    def __init__(self, ctx, parent: QWidget | None = None, today=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.band = QLabel()
        self.band.setTextFormat(Qt.TextFormat.PlainText)
        self.band.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.date = DateField(optional=False, reference=lambda: meeting_date(ctx.store))
        self.adviser = QComboBox()
        self.adviser.setEditable(True)
        self.adviser.setMinimumContentsLength(14)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.25, 100)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(2)
        self.hours.setValue(2)
        self.activity = QComboBox()
        for key in budget.ACTIVITIES:
            self.activity.addItem(label(ACTIVITY_LABELS, key), key)
        self.experiment = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note (optional)"))
        self.note.returnPressed.connect(self.book)
        book = QPushButton(tr("Book hours"))
        book.setShortcut(QKeySequence("Ctrl+Return"))
        book.clicked.connect(self.book)
        remove = QPushButton(tr("Remove line"))
        remove.clicked.connect(self.remove)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0.5, 10000)
        self.budget.setDecimals(1)
        self.budget.setPrefix(tr("Budget: "))
        self.budget.setSuffix(" " + tr("hours"))
        self.budget.setToolTip(tr("The advice hours granted to this organisation (36 in the "
                                  "programme)"))
        self.budget.editingFinished.connect(self._budget_edited)
        report = QPushButton(tr("What did the hours deliver? (PDF)…"))
        report.clicked.connect(self.write_report)
        row = QHBoxLayout()
        for w, s in ((self.date, 0), (self.adviser, 1), (self.hours, 0), (self.activity, 1),
                     (self.experiment, 2), (self.note, 2), (book, 0)):
            row.addWidget(w, s)
        self.ledger = LedgerModel(ctx, self)
        self.view = _table(self.ledger)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        hh = self.view.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents),
                          (1, QHeaderView.ResizeMode.ResizeToContents),
                          (2, QHeaderView.ResizeMode.ResizeToContents),
                          (4, QHeaderView.ResizeMode.Stretch)):
            hh.setSectionResizeMode(col, mode)
        bottom = QHBoxLayout()
        bottom.addWidget(remove)
        bottom.addStretch(1)
        bottom.addWidget(self.budget)
        bottom.addWidget(report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.band)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.activity.currentIndexChanged.connect(self._activity_chosen)
        ctx.change_record.connect(self._on_record)
        self._fill_choices()
        self.refresh()

    def _on_record(self, change) -> None:
        experiments_changed = change.changed(Topic.EXPERIMENTS)
        if experiments_changed:
            self._fill_choices()           # the experiment titles to book hours on
        if experiments_changed or change.touches(Topic.HOURS, Topic.INTAKE):
            self.refresh()

    def _fill_choices(self) -> None:
        keep = self.experiment.currentData()
        self.experiment.clear()
        self.experiment.addItem(tr("(for: nothing in particular)"), None)
        for e in experiments.experiments(self.ctx.store):
            self.experiment.addItem(e.title, e.id)
        i = self.experiment.findData(keep)
        self.experiment.setCurrentIndex(max(0, i))
        advisers = budget.advisers(self.ctx.store)
        current = self.adviser.currentText()
        self.adviser.clear()
        self.adviser.addItems(advisers)
        self.adviser.setEditText(current or (advisers[0] if advisers else ""))

    def _activity_chosen(self, _i: int) -> None:
        self.experiment.setEnabled(self.activity.currentData() in ("experiment", "evaluatie"))

    def _budget_edited(self) -> None:
        value = round(self.budget.value(), 2)
        store = self.ctx.store
        if value == intake.get(store).budget_hours:
            return
        if not change_command(self.ctx, tr("Budget: {h} hours").format(h=hours_text(value)),
                lambda: intake.update(store, budget_hours=value),
                lambda old: intake.update(store, **old)):
            self.refresh()

    def summary(self) -> budget.Summary:
        """The budget as it stands today (or the injected day)."""
        return budget.summary(self.ctx.store, self.today)

    def refresh(self) -> None:
        """The band: used, left, the warning and the forecast."""
        from exports.labels import format_date

        s = self.summary()
        lang = self.ctx.language
        if not self.budget.hasFocus():
            self.budget.setValue(s.budget)
        self.budget.setEnabled(not self.ctx.read_only)
        parts = [tr("{used} of {budget} hours used, {left} left").format(
            used=hours_text(s.used), budget=hours_text(s.budget), left=hours_text(s.remaining))]
        if s.level == "warn":
            parts.append(tr("Note: {p} % of the budget is used.").format(p=round(s.fraction * 100)))
        elif s.level == "over":
            parts.append(tr("The budget is spent ({p} %): agree on more hours or stop booking.")
                         .format(p=round(s.fraction * 100)))
        if s.ran_out:
            parts.append(tr("Ran out on {date}.").format(date=format_date(s.ran_out, lang)))
        elif s.runs_out:
            parts.append(tr("At {pace} hours a week it runs out around {date}.").format(
                pace=hours_text(s.pace_per_week), date=format_date(s.runs_out, lang)))
        self.band.setText("  ·  ".join(parts))
        self.band.setStyleSheet(LEVEL_STYLE[s.level] + " padding:8px; font-weight:bold;")
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, round(s.fraction * 1000)))
        self.bar.setFormat(f"{round(s.fraction * 100)} %")

    def book(self) -> None:
        """Book the hours in the row (undoable)."""
        store = self.ctx.store
        activity = self.activity.currentData()
        eid = self.experiment.currentData() if self.experiment.isEnabled() else None
        values = dict(when=self.date.date().toString(Qt.DateFormat.ISODate),
                      hours=self.hours.value(), activity=activity,
                      adviser=self.adviser.currentText(), experiment_id=eid,
                      note=self.note.text())
        text = tr("Book {h} hours {activity}").format(h=hours_text(values["hours"]),
                                                      activity=label(ACTIVITY_LABELS, activity))
        extra = {k: v for k, v in values.items() if k not in ("when", "hours", "activity")}
        if add_command(self.ctx, text,
                       lambda: budget.book(store, values["when"], values["hours"], activity,
                                           **extra),
                       lambda hid: budget.remove(store, hid),
                       lambda entry: budget.restore(store, entry)) is not None:
            self.note.clear()

    def remove(self) -> None:
        """Remove the selected ledger line (undoable)."""
        hid = _selected(self.view)
        if hid is None:
            return
        store = self.ctx.store
        remove_command(self.ctx, tr("Remove hours"), lambda: budget.remove(store, hid),
                       lambda entry: budget.restore(store, entry))

    def write_report(self) -> None:
        """'Wat leverden de 36 uur op' as PDF."""
        from exports.hours_report import file_name, write_hours_report

        path = _save_path(self, tr("Save the hours report as"), file_name(self.ctx.language))
        if not path:
            return
        try:
            write_hours_report(self.ctx.store, path, self.ctx.language, self.today)
        except StartdagError as exc:
            QMessageBox.warning(self, "Startdag", error_text(exc))
            return
        notices(self.ctx).saved.emit(tr("Hours report saved: {path}").format(path=path))


# ---------------------------------------------------------------- the area


class LearningArea(QWidget):
    """The "Leren van elkaar" tab; rebuilt for each trajectory that opens."""

    def __init__(self, ctx, actions=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.empty = QLabel(tr("Open a trajectory to work on its experiments and hours."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.page: QWidget | None = None
        self.tabs: QTabWidget | None = None
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        ctx.store_opened.connect(self._build)
        ctx.store_closed.connect(self._teardown)
        if ctx.store is not None:
            self._build()

    def _build(self) -> None:
        self._teardown()
        n = notices(self.ctx)
        n.refused.connect(self._refused)
        n.saved.connect(self._saved)
        tabs = QTabWidget()
        self.intake = IntakeTab(self.ctx)
        self.experiments = ExperimentsTab(self.ctx)
        self.methods = MethodsTab(self.ctx)
        self.hours = HoursTab(self.ctx)
        tabs.addTab(self.experiments, tr("Experiments"))
        tabs.addTab(self.intake, tr("Question and goals"))
        tabs.addTab(self.methods, tr("Ambassadors and team meetings"))
        tabs.addTab(self.hours, tr("Advice hours"))
        self.tabs = tabs
        self.page = tabs
        self.stack.addWidget(tabs)
        self.stack.setCurrentWidget(tabs)

    def _teardown(self) -> None:
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
            self.tabs = None
        self.message.hide()
        self.stack.setCurrentWidget(self.empty)

    def _refused(self, text: str) -> None:
        self.message.setStyleSheet("color:#8a0000; font-weight:bold;")
        self.message.setText(text)
        self.message.show()

    def _saved(self, text: str) -> None:
        self.message.setStyleSheet("color:#0b3d2e;")
        self.message.setText(text)
        self.message.show()

