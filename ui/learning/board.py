"""The experiments board: a column per status with painted cards, and the card's editor below.

Keyboard: arrows move between cards, Ctrl+Right/Ctrl+Left move a card one status on or
back (under the status rules), Insert adds an experiment, Delete removes it (undoable).
The editor follows the test card (we believe that… / we will… / and measure… / we are
right if…) on the left and the learning card (happened, learned, next, decision) on the
right; every field is saved when the facilitator leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessions import experiments, expertise, intake, peer_links
from sessions.changes import Topic
from ui.dates import meeting_date
from ui.learning.common import (
    DECISION_LABELS,
    ID_ROLE,
    RESULT_COLOURS,
    RESULT_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    label,
    tr,
)
from ui.learning.models import (
    ExperimentsModel,
    add_command,
    edit_experiment,
    people,
    remove_command,
    set_pairs,
)
from ui.theme import scale_font
from ui.widgets import DateField


def card_lines(e: experiments.Experiment, names: dict[int, str]) -> tuple[str, str, str]:
    """The card's title, its 'team · ambassador' line and its result line."""
    who = " · ".join(x for x in (e.team, names.get(e.ambassador_id, "")) if x)
    result = label(RESULT_LABELS, e.result) if e.result else ""
    if e.decision == "spread" and e.spread_to:
        result = " → ".join(x for x in (result, ", ".join(e.spread_to)) if x)
    elif e.decision:
        result = " → ".join(x for x in (result, label(DECISION_LABELS, e.decision)) if x)
    return e.title, who, result


class CardDelegate(QStyledItemDelegate):
    """Paints an experiment as a card: a stripe in the result's colour, title, who, result."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        fm = QFontMetrics(option.font)
        return QSize(option.rect.width() or 200, int(fm.height() * 4.9))

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        model = index.model()
        e = model.rows[index.row()]
        title, who, result = card_lines(e, model.names)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        painter.setPen(QPen(pal.highlight().color() if selected else QColor("#cbd2d9"),
                            2 if selected else 1))
        painter.setBrush(pal.base())
        painter.drawRoundedRect(r, 5, 5)
        stripe = QColor(RESULT_COLOURS[e.result] if e.result else STATUS_COLOURS[e.status])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3)
        fm = QFontMetrics(option.font)
        text_r = r.adjusted(12, 4, -6, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.text().color())
        bfm = QFontMetrics(bold)
        title_r = QRectF(text_r.left(), text_r.top(), text_r.width(), bfm.height() * 2)
        painter.drawText(title_r, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft,
                         _elide_lines(title, bfm, int(text_r.width()), 2))
        painter.setFont(option.font)
        painter.setPen(QColor("#52606d") if not selected else pal.text().color())
        y = text_r.top() + bfm.height() * 2 + 1
        painter.drawText(QRectF(text_r.left(), y, text_r.width(), fm.height()),
                         Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(who, Qt.TextElideMode.ElideRight, int(text_r.width())))
        if result:
            painter.setPen(stripe.darker(130))
            painter.drawText(QRectF(text_r.left(), y + fm.height(), text_r.width(), fm.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(result, Qt.TextElideMode.ElideRight, int(text_r.width())))
        painter.restore()


def _elide_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    """Wrap ``text`` into at most ``lines`` lines of ``width``, the last one elided."""
    words, out, line = text.split(), [], ""
    for i, w in enumerate(words):
        trial = f"{line} {w}".strip()
        if fm.horizontalAdvance(trial) <= width or not line:
            line = trial
            continue
        out.append(line)
        if len(out) == lines - 1:
            line = " ".join(words[i:])
            break
        line = w
    out.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out[:lines])


class BoardColumn(QWidget):
    """One status column: its name and count, and the cards."""

    def __init__(self, ctx, status: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.model = ExperimentsModel(ctx, ("title",), self, which=status)
        self.head = QLabel()
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        self.head.setStyleSheet(f"font-weight:bold; color:{STATUS_COLOURS[status]};")
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(label(STATUS_LABELS, status))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.head)
        layout.addWidget(self.view, 1)
        for sig in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            sig.connect(self._update_head)
        self._update_head()

    def _update_head(self, *_args) -> None:
        self.head.setText(f"{label(STATUS_LABELS, self.status)} ({self.model.rowCount()})")


class Board(QWidget):
    """Five status columns side by side; one card selected across them."""

    selected = Signal(object)        # experiment id or None

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.columns = [BoardColumn(ctx, s, self) for s in experiments.STATUSES]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._current: int | None = None
        for c in self.columns:
            layout.addWidget(c, 1)
            c.view.selectionModel().currentChanged.connect(
                lambda cur, _prev, col=c: self._on_current(col, cur))
            c.view.clicked.connect(lambda idx, col=c: self._on_current(col, idx))
            c.model.rowsMoved.connect(self._reselect)
            c.model.rowsInserted.connect(self._reselect)

    def current_id(self) -> int | None:
        """The selected experiment."""
        return self._current

    def _on_current(self, column: BoardColumn, index: QModelIndex) -> None:
        if not index.isValid():
            return
        for c in self.columns:
            if c is not column:
                c.view.selectionModel().clearSelection()
        self._current = index.data(ID_ROLE)
        self.selected.emit(self._current)

    def select(self, experiment_id: int | None) -> bool:
        """Select a card wherever it stands now."""
        for c in self.columns:
            row = c.model.row_of(experiment_id) if experiment_id is not None else -1
            if row >= 0:
                idx = c.model.index(row, 0)
                c.view.setCurrentIndex(idx)
                c.view.scrollTo(idx)
                c.view.setFocus()
                self._current = experiment_id
                self.selected.emit(experiment_id)
                return True
        return False

    def _reselect(self, *_args) -> None:
        # a card that changed status moved to another column: keep it selected there
        if self._current is None:
            return
        for c in self.columns:
            row = c.model.row_of(self._current)
            if row >= 0:
                sm = c.view.selectionModel()
                if not sm.isSelected(c.model.index(row, 0)):
                    for other in self.columns:
                        other.view.selectionModel().clearSelection()
                    c.view.setCurrentIndex(c.model.index(row, 0))
                return
        self._current = None
        self.selected.emit(None)


class CommitEdit(QPlainTextEdit):
    """A few lines of plain text, saved when the facilitator leaves the box."""

    committed = Signal()

    def __init__(self, lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        fm = QFontMetrics(self.font())
        self.setFixedHeight(int(fm.lineSpacing() * lines + 12))

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.committed.emit()


def _form(box: QWidget) -> QFormLayout:
    """A form with each label above its field: the three boxes fit side by side at 1366."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setVerticalSpacing(2)
    return form


class ExperimentEditor(QWidget):
    """Every field of one experiment card, saved field by field through commands."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.experiment_id: int | None = None
        self._loading = False
        self.fields: dict[str, QWidget] = {}

        def text(name: str, lines: int = 2, placeholder: str = "") -> CommitEdit:
            w = CommitEdit(lines)
            w.setPlaceholderText(placeholder)
            w.committed.connect(lambda n=name: self._commit(n))
            self.fields[name] = w
            return w

        def line(name: str, placeholder: str = "") -> QLineEdit:
            w = QLineEdit()
            w.setPlaceholderText(placeholder)
            w.editingFinished.connect(lambda n=name: self._commit(n))
            self.fields[name] = w
            return w

        def choice(name: str) -> QComboBox:
            w = QComboBox()
            w.activated.connect(lambda _i, n=name: self._commit(n))
            self.fields[name] = w
            return w

        def date(name: str) -> DateField:
            w = DateField(reference=lambda: meeting_date(ctx.store))
            w.date_changed.connect(lambda _iso, n=name: self._commit(n))
            self.fields[name] = w
            return w

        self.title = line("title", tr("A short name for the experiment"))
        scale_font(self.title, 1.2, bold=True)
        test = QGroupBox(tr("Test card"))
        tf = _form(test)
        tf.addRow(tr("Question"), text("question", 2, tr("The organisation's question it serves")))
        tf.addRow(tr("We believe that…"), text("hypothesis", 2))
        tf.addRow(tr("To verify that, we will…"), text("approach", 2))
        tf.addRow(tr("And measure…"), text("measure", 2))
        tf.addRow(tr("We are right if…"), text("criterion", 2))
        who = QGroupBox(tr("Who and when"))
        wf = _form(who)
        team = QComboBox()
        team.setEditable(True)
        team.lineEdit().editingFinished.connect(lambda: self._commit("team"))
        team.activated.connect(lambda _i: self._commit("team"))
        self.fields["team"] = team
        wf.addRow(tr("Team"), team)
        wf.addRow(tr("Ambassador"), choice("ambassador_id"))
        wf.addRow(tr("Goal"), choice("goal_id"))
        pairs_row = QHBoxLayout()
        pairs_row.addWidget(text("pairs", 2, tr("One pair per line")), 1)
        self.pair_pick = QComboBox()
        self.pair_pick.setToolTip(tr("Add a learning pair from the pairs made"))
        self.pair_pick.activated.connect(self._add_pair)
        pairs_row.addWidget(self.pair_pick)
        wf.addRow(tr("Learning pairs"), pairs_row)
        dates = QHBoxLayout()
        dates.addWidget(date("start_date"))
        dates.addWidget(QLabel("–"))
        dates.addWidget(date("end_date"))
        dates.addStretch(1)
        wf.addRow(tr("Runs"), dates)
        learn = QGroupBox(tr("Learning card"))
        lf = _form(learn)
        lf.addRow(tr("Status"), choice("status"))
        lf.addRow(tr("Result"), choice("result"))
        lf.addRow(tr("Happened: we observed…"), text("observed", 2))
        lf.addRow(tr("Learned: from that we learned…"), text("lesson", 2))
        lf.addRow(tr("Next: therefore we will…"), text("next_step", 2))
        lf.addRow(tr("Decision"), choice("decision"))
        lf.addRow(tr("Spread to teams"), line("spread_to", tr("Team names, separated by commas")))
        lf.addRow(tr("Why"), text("decision_note", 2))
        # evidence
        ev = QGroupBox(tr("Evidence and notes"))
        evl = QVBoxLayout(ev)
        self.evidence = QTableView()
        self.evidence.verticalHeader().hide()
        self.evidence.horizontalHeader().setStretchLastSection(True)
        self.evidence.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        from ui.learning.evidence import EvidenceModel

        self.evidence_model = EvidenceModel(ctx, self)
        self.evidence.setModel(self.evidence_model)
        self.evidence.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        add_row = QHBoxLayout()
        self.ev_date = DateField(optional=False, reference=lambda: meeting_date(ctx.store))
        self.ev_text = QLineEdit()
        self.ev_text.setPlaceholderText(tr("e.g. film recording discussed in the team meeting"))
        self.ev_text.returnPressed.connect(self.add_evidence)
        self.ev_add = QPushButton(tr("Add note"))
        self.ev_add.clicked.connect(self.add_evidence)
        self.ev_remove = QPushButton(tr("Remove note"))
        self.ev_remove.clicked.connect(self.remove_evidence)
        add_row.addWidget(self.ev_date)
        add_row.addWidget(self.ev_text, 1)
        add_row.addWidget(self.ev_add)
        add_row.addWidget(self.ev_remove)
        evl.addWidget(self.evidence, 1)
        evl.addLayout(add_row)

        self.empty = QLabel(tr("Choose an experiment on the board, or add one (Insert)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(test, 1, 0)
        left2 = QVBoxLayout()
        left2.addWidget(who)
        grid.addLayout(left2, 1, 1)
        grid.addWidget(learn, 1, 2)
        grid.addWidget(ev, 2, 0, 1, 3)
        for i in range(3):
            grid.setColumnStretch(i, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.scroll = scroll
        self.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        ctx.change_record.connect(self._on_record)
        self.show_experiment(None)

    # ------------------------------------------------------------ showing

    def _on_record(self, change) -> None:
        """Show the experiment again when this commit changed it (not another one), or the
        people and goals its choices list."""
        if self.experiment_id is None:
            return
        ids = change.of(Topic.EXPERIMENTS)
        mine = change.changed(Topic.EXPERIMENTS) and (ids is None or self.experiment_id in ids.all)
        if mine or change.touches(Topic.PARTICIPANTS) or change.changed(Topic.GOALS) or \
                change.changed(Topic.EXPERTISE, expertise.GOAL_ROWS):
            self.show_experiment(self.experiment_id)

    def _fill_choices(self) -> None:
        store = self.ctx.store
        f = self.fields
        amb: QComboBox = f["ambassador_id"]
        amb.clear()
        amb.addItem(tr("(nobody yet)"), None)
        teams: list[str] = []
        for pid, name, team in people(self.ctx):
            amb.addItem(f"{name} ({team})" if team else name, pid)
            if team and team not in teams:
                teams.append(team)
        team_box: QComboBox = f["team"]
        team_box.clear()
        team_box.addItems(sorted(teams, key=str.casefold))
        goal: QComboBox = f["goal_id"]
        goal.clear()
        goal.addItem(tr("(no goal)"), None)
        for g in intake.goals(store):
            goal.addItem(g.title, g.id)
        for name, table in (("status", STATUS_LABELS), ("result", RESULT_LABELS),
                            ("decision", DECISION_LABELS)):
            box: QComboBox = f[name]
            box.clear()
            keys = experiments.STATUSES if name == "status" else (
                ("", *experiments.RESULTS) if name == "result" else ("", *experiments.DECISIONS))
            for k in keys:
                box.addItem(label(table, k), k)
        self.pair_pick.clear()
        self.pair_pick.addItem(tr("+ pair…"), None)
        for p in peer_links.pair_choices(store):
            self.pair_pick.addItem(p["label"], p)
        self.pair_pick.setVisible(self.pair_pick.count() > 1)

    def show_experiment(self, experiment_id: int | None) -> None:
        """Show (or clear) the editor for an experiment."""
        store = self.ctx.store
        e = None
        if experiment_id is not None and store is not None:
            try:
                e = experiments.get(store, experiment_id)
            except Exception:  # noqa: BLE001 - gone (deleted, undone): show the empty state
                e = None
        self.experiment_id = e.id if e else None
        self.empty.setVisible(e is None)
        self.scroll.setVisible(e is not None)
        self.evidence_model.set_experiment(self.experiment_id)
        if e is None:
            return
        self._loading = True
        try:
            focus = self.focusWidget()
            self._fill_choices()
            f = self.fields
            for name in ("title", "spread_to"):
                w: QLineEdit = f[name]
                value = ", ".join(e.spread_to) if name == "spread_to" else e.title
                if w is not focus or w.text() != value:
                    w.setText(value)
            for name in ("question", "hypothesis", "approach", "measure", "criterion", "observed",
                         "lesson", "next_step", "decision_note", "pairs"):
                w: CommitEdit = f[name]
                value = ("\n".join(p["label"] for p in e.pairs) if name == "pairs"
                         else getattr(e, name))
                if w.toPlainText() != value:
                    w.setPlainText(value)
            f["team"].setEditText(e.team)
            for name in ("ambassador_id", "goal_id", "status", "result", "decision"):
                box: QComboBox = f[name]
                box.setCurrentIndex(max(0, box.findData(getattr(e, name))))
            for name in ("start_date", "end_date"):
                value = getattr(e, name)
                f[name].set_iso(value)
            read_only = self.ctx.read_only
            for w in f.values():
                w.setEnabled(not read_only)
        finally:
            self._loading = False

    # ------------------------------------------------------------ saving

    def _value(self, name: str):
        w = self.fields[name]
        if isinstance(w, CommitEdit):
            return w.toPlainText()
        if name == "team":
            return w.currentText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, DateField):
            return w.iso()
        if name == "spread_to":
            return [t.strip() for t in w.text().split(",") if t.strip()]
        return w.text()

    def _commit(self, name: str) -> None:
        if self._loading or self.experiment_id is None or self.ctx.store is None:
            return
        e = experiments.get(self.ctx.store, self.experiment_id)
        value = self._value(name)
        if name == "pairs":
            labels = [x.strip() for x in value.splitlines() if x.strip()]
            if labels != [p["label"] for p in e.pairs]:
                known = {p["label"]: p["pair_id"] for p in (*e.pairs,
                                                            *peer_links.pair_choices(self.ctx.store))}
                set_pairs(self.ctx, e.id, [{"pair_id": known.get(x), "label": x} for x in labels],
                          e.title)
            return
        current = getattr(e, name)
        if (value.strip() if isinstance(value, str) else value) == current:
            return
        changes = {name: value}
        if name == "spread_to" and value and not e.decision:
            changes["decision"] = "spread"
        if not edit_experiment(self.ctx, e.id, tr("Edit '{title}'").format(title=e.title),
                               **changes):
            self.show_experiment(e.id)      # refused: show what is stored

    def _add_pair(self, index: int) -> None:
        p = self.pair_pick.itemData(index)
        self.pair_pick.setCurrentIndex(0)
        if p is None or self.experiment_id is None:
            return
        e = experiments.get(self.ctx.store, self.experiment_id)
        if any(x["label"] == p["label"] for x in e.pairs):
            return
        set_pairs(self.ctx, e.id, [*e.pairs, p], e.title)

    def add_evidence(self) -> None:
        """Note evidence on the chosen date (undoable)."""
        text = self.ev_text.text().strip()
        if self.experiment_id is None or not text:
            return
        store, eid = self.ctx.store, self.experiment_id
        when = self.ev_date.date().toString(Qt.DateFormat.ISODate)
        if add_command(self.ctx, tr("Add a note"),
                       lambda: experiments.add_evidence(store, eid, when, text),
                       lambda evid: experiments.remove_evidence(store, evid),
                       lambda row: experiments.restore_evidence(store, row)) is not None:
            self.ev_text.clear()

    def remove_evidence(self) -> None:
        """Remove the selected note (undoable)."""
        rows = self.evidence.selectionModel().selectedRows()
        if not rows:
            return
        evid = rows[0].data(ID_ROLE)
        store = self.ctx.store
        remove_command(self.ctx, tr("Remove a note"),
                       lambda: experiments.remove_evidence(store, evid),
                       lambda row: experiments.restore_evidence(store, row))


def move_status(ctx, experiment_id: int, step: int) -> bool:
    """Move a card one status on (+1) or back (-1) on idee → gepland → loopt → afgerond."""
    e = experiments.get(ctx.store, experiment_id)
    path = ("idee", "gepland", "loopt", "afgerond")
    if e.status == "gestopt":
        target = "loopt" if step < 0 else None
    else:
        i = path.index(e.status) + step
        target = path[i] if 0 <= i < len(path) else None
    if target is None:
        return False
    return edit_experiment(ctx, e.id, tr("'{title}': {status}").format(
        title=e.title, status=label(STATUS_LABELS, target)), status=target)


def install_board_keys(widget: QWidget, board: Board, add, delete) -> None:
    """Insert, Delete, Ctrl+Left and Ctrl+Right on the board."""
    for seq, fn in ((QKeySequence(Qt.Key.Key_Insert), add),
                    (QKeySequence(QKeySequence.StandardKey.Delete), delete),
                    (QKeySequence("Ctrl+Right"), lambda: board.current_id() and move_status(
                        board.ctx, board.current_id(), +1)),
                    (QKeySequence("Ctrl+Left"), lambda: board.current_id() and move_status(
                        board.ctx, board.current_id(), -1))):
        sc = QShortcut(seq, board)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(fn)

