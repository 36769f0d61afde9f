"""Item models for the capture steps (board, questions, vote, SWOT people), shared by console and projector.

Each model refreshes itself from ``ctx.changed`` and is obtained through
``ctx.model(key, factory)`` so the facilitator's window and the projector show the
same state. Edits go through undo commands (``ui.commands.run``) to the services.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from sessions import agenda, boards, participants, questions, swot
from sessions.changes import Change, Topic
from ui import commands
from ui.context import ModelKey
from ui.operations.errors import ErrorReporter  # noqa: F401 - the step pages' message line
from ui.people import people_model as everyone_model
from ui.plain import plain_tip
from ui.tables import apply_rows, reconcile, runs

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def step_row(store, step_id: int) -> dict:
    """The step's row, or an empty dict when it is gone."""
    step = agenda.find(store, step_id) if store is not None else None
    return step.row() if step is not None else {}


def step_settings(store, step_id: int) -> dict:
    """The step's ``settings`` JSON as a dict (empty when missing or unreadable)."""
    raw = step_row(store, step_id).get("settings") or "{}"
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# Keys a list or table uses itself, which are also window-wide day shortcuts.
VIEW_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_W}
TALLY_KEYS = VIEW_KEYS | {Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal}


class LocalKeys(QObject):
    """Keeps keys local to a view: window-wide shortcuts (Right = next step, B = black screen)
    must not fire while the facilitator works in a list with the arrow keys or types a tally."""

    def __init__(self, view, keys: set[int], parent: QObject | None = None):
        super().__init__(parent or view)
        self.keys = keys
        view.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self.keys and \
                not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier):
            event.accept()
            return True
        return False


# ---------------------------------------------------------------- board


class BoardModel(QAbstractItemModel):
    """A board as a two-level tree: columns at the top, their items below.

    Updates in place when a change touches the board (a reset only when a file opens or
    closes): items and columns come, go and move with their own signals, so each column's
    list keeps its selection and an open editor. A board is small (tens of items): it is
    read again whole and compared, by id. An item's index carries its column's id, so it
    stays right when columns move. ``about_to_update`` and ``updated`` frame each update.
    """

    about_to_update = Signal()
    updated = Signal()

    def __init__(self, ctx, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.board: boards.Board | None = None
        self._column_rows: dict[int, int] = {}
        self.errors = ErrorReporter(self)
        ctx.change_record.connect(self._on_change)
        ctx.store_opened.connect(self.refresh)
        ctx.store_closed.connect(self.refresh)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.BOARD):
            self.update_in_place()

    def refresh(self) -> None:
        """Reload the board from the store (a reset: for opening or closing a file)."""
        self.beginResetModel()
        store = self.ctx.store
        self.board = boards.get(store, self.key) if store is not None else None
        self._column_rows = {}
        self.endResetModel()

    def update_in_place(self) -> None:
        """Bring columns and items in line with the store with insert, remove, move and
        dataChanged signals."""
        store = self.ctx.store
        new = boards.get(store, self.key) if store is not None else None
        self.about_to_update.emit()
        if self.board is None:       # the board is set up: its columns arrive as rows
            if new is None:
                self.updated.emit()
                return
            self.board = boards.Board(new.id, new.key, new.title)
        fresh = {c.id: c for c in new.columns} if new is not None else {}
        # the items first, under the columns that stay (their index is still good)
        for col in list(self.board.columns):
            now = fresh.get(col.id)
            if now is not None and now.items != col.items:
                apply_rows(self, self.column_index(col.id), col.items, list(now.items),
                           _item_id, 1)
        apply_rows(self, QModelIndex(), self.board.columns,
                   list(new.columns) if new is not None else [], _column_id, 1)
        self._column_rows = {}
        if new is None:
            self.board = None          # the board was taken down again (undo of setting it up)
        else:
            self.board.id, self.board.key, self.board.title = new.id, new.key, new.title
        self.updated.emit()

    @property
    def columns(self) -> list[boards.Column]:
        """The board's columns (empty while the board does not exist)."""
        return self.board.columns if self.board else []

    def _row_of_column(self, column_id: int) -> int:
        cols = self.columns
        row = self._column_rows.get(column_id)
        if row is None or row >= len(cols) or cols[row].id != column_id:
            self._column_rows = {c.id: i for i, c in enumerate(cols)}
            row = self._column_rows.get(column_id, -1)
        return row

    def column_index(self, column_id: int) -> QModelIndex:
        """The top-level index of a column."""
        row = self._row_of_column(column_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    # --- QAbstractItemModel (an item's internal id is its column's id; a column's is 0)

    def index(self, row, column, parent=QModelIndex()):
        if column != 0 or row < 0:
            return QModelIndex()
        cols = self.columns
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(cols) else QModelIndex()
        if parent.internalId() == 0 and parent.row() < len(cols):
            col = cols[parent.row()]
            return self.createIndex(row, 0, col.id) if row < len(col.items) else QModelIndex()
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._row_of_column(index.internalId())
        return self.createIndex(row, 0, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent=QModelIndex()):
        cols = self.columns
        if not parent.isValid():
            return len(cols)
        if parent.internalId() == 0 and parent.row() < len(cols):
            return len(cols[parent.row()].items)
        return 0

    def columnCount(self, parent=QModelIndex()):
        return 1

    def _obj(self, index):
        if index.internalId() == 0:
            return self.columns[index.row()]
        return self.columns[self._row_of_column(index.internalId())].items[index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() != 0 and self._row_of_column(index.internalId()) < 0:
            return None
        obj = self._obj(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return obj.title if isinstance(obj, boards.Column) else obj.text
        if role == ID_ROLE:
            return obj.id
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and not self.ctx.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        obj = self._obj(index)
        text = str(value).strip()
        old = obj.title if isinstance(obj, boards.Column) else obj.text
        if not text or text == old:
            return False
        store = self.ctx.store
        if isinstance(obj, boards.Column):
            fn, label = boards.rename_column, self.tr("Rename column")
        else:
            fn, label = boards.edit_item, self.tr("Edit item")
        return self.errors.attempt(lambda: commands.run(
            self.ctx.undo_stack, label, lambda: fn(store, obj.id, text),
            lambda: fn(store, obj.id, old))) is not None


# ---------------------------------------------------------------- questions


class QuestionsModel(QStandardItemModel):
    """Top-level questions with their merged originals as children; columns: text, votes.

    The rows are Qt's own items (a ``QStandardItemModel``): the tree view walks every row at
    each insert or delete, and a thousand rows asked through Python cost ~20 ms a time.
    ``entries`` keeps the listing in step with the items (the wall and the page read it).

    Updates in place from the change record (a reset only when a file opens or closes):
    only the questions a record names are read again; rows come and go with their own
    signals and a changed text or count changes only its cell. A row that moves is taken
    out and put back (Qt's item model cannot move rows): pages keep their selection across
    an update themselves (``about_to_update``, ``updated``).
    """

    TEXT, VOTES = 0, 1
    TOPICS = (Topic.QUESTIONS, Topic.VOTES)
    _RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    about_to_update = Signal()
    updated = Signal()

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(0, 2, parent)
        self.ctx = ctx
        self.entries: list[questions.Entry] = []
        self.errors = ErrorReporter(self)
        self._italic = QFont()
        self._italic.setItalic(True)
        ctx.change_record.connect(self._on_change)
        ctx.store_opened.connect(self.refresh)
        ctx.store_closed.connect(self.refresh)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(*self.TOPICS):
            self.update_in_place(named_questions(change), change)

    # --- the items

    def _cells(self, q: questions.Question, total: int, child: bool) -> list[QStandardItem]:
        text = QStandardItem(q.text)
        text.setData(q.id, ID_ROLE)
        text.setEditable(not self.ctx.read_only)
        votes = QStandardItem()
        votes.setData(total, Qt.ItemDataRole.DisplayRole)
        votes.setData(q.id, ID_ROLE)
        votes.setEditable(False)
        votes.setTextAlignment(self._RIGHT)
        if child:
            text.setFont(self._italic)
            votes.setFont(self._italic)
        return [text, votes]

    def _row(self, entry: questions.Entry) -> list[QStandardItem]:
        cells = self._cells(entry.question, entry.total, False)
        for q in entry.merged:
            cells[0].appendRow(self._cells(q, q.own, True))
        return cells

    @staticmethod
    def _show(item: QStandardItem, text: str, count: int, votes: QStandardItem) -> None:
        if item.text() != text:
            item.setText(text)
        if votes.data(Qt.ItemDataRole.DisplayRole) != count:
            votes.setData(count, Qt.ItemDataRole.DisplayRole)

    def _sync(self, parent: QStandardItem, rows: list, new: list, make, show) -> None:
        """Turn ``rows`` (what ``parent``'s children show) into ``new``: the structural
        steps of ``reconcile`` (a move is taken out and put back in), then the cells whose
        value changed."""
        def remove(row: int) -> None:
            parent.removeRow(row)
            del rows[row]

        def move(source: int, target: int) -> None:
            parent.insertRow(target, parent.takeRow(source))
            rows.insert(target, rows.pop(source))

        def insert(target: int) -> None:
            parent.insertRow(target, make(new[target]))
            rows.insert(target, new[target])

        reconcile([r.id for r in rows], [r.id for r in new], remove, move, insert)
        for row, (old, item) in enumerate(zip(rows, new, strict=True)):
            if old is not item:
                show(parent, row, item)
        rows[:] = new

    def _show_entry(self, root: QStandardItem, row: int, entry: questions.Entry) -> None:
        self._show(root.child(row, self.TEXT), entry.text, entry.total, root.child(row, self.VOTES))

    def _show_child(self, parent: QStandardItem, row: int, q: questions.Question) -> None:
        self._show(parent.child(row, self.TEXT), q.text, q.own, parent.child(row, self.VOTES))

    def refresh(self) -> None:
        """Reload the questions from the store (a reset: for opening or closing a file)."""
        store = self.ctx.store
        entries = questions.listing(store) if store is not None else []
        self.beginResetModel()
        self.blockSignals(True)           # the rows go in inside the reset, unannounced
        try:
            root = self.invisibleRootItem()
            root.removeRows(0, root.rowCount())
            for entry in entries:
                root.appendRow(self._row(entry))
        finally:
            self.blockSignals(False)
        self.entries = entries
        self.endResetModel()

    def update_in_place(self, ids: set[int] | None = None, change: Change | None = None) -> None:
        """Bring the rows in line with the store with insert, remove and dataChanged;
        with ``ids`` (the questions a change record names) only those are read again."""
        new = read_entries(self.ctx.store, self.entries, ids, change)
        self.about_to_update.emit()
        root = self.invisibleRootItem()
        by_id = {e.id: e for e in new}
        # the merged originals first, under the questions that stay
        for row, e in enumerate(self.entries):
            fresh = by_id.get(e.id)
            if fresh is not None and fresh is not e and fresh.merged != e.merged:
                self._sync(root.child(row, self.TEXT), list(e.merged), list(fresh.merged),
                           lambda q: self._cells(q, q.own, True), self._show_child)
        self._sync(root, self.entries, new, self._row, self._show_entry)
        self.updated.emit()

    # --- reading

    def row_of(self, question_id: int) -> QModelIndex:
        """The index (column 0) of a question, top-level or merged."""
        for row, e in enumerate(self.entries):
            if e.id == question_id:
                return self.index(row, 0)
            for crow, q in enumerate(e.merged):
                if q.id == question_id:
                    return self.index(crow, 0, self.index(row, 0))
        return QModelIndex()

    def question(self, index) -> questions.Question:
        """The question row behind an index."""
        parent = index.parent()
        if not parent.isValid():
            return self.entries[index.row()].question
        return self.entries[parent.row()].merged[index.row()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Question") if section == self.TEXT else self.tr("Votes")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        """The view's editor: a new text is an undoable edit through the service (the items
        follow the change record; they are never written here)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.TEXT:
            return False
        q = self.question(index)
        text = str(value).strip()
        if not text or text == q.text:
            return False
        store, old = self.ctx.store, q.text
        return self.errors.attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Edit question"),
            lambda: questions.edit(store, q.id, text),
            lambda: questions.edit(store, q.id, old))) is not None


class VoteModel(QAbstractItemModel):
    """The vote table: rank, question, count per question in list order (rows do not jump
    while the facilitator tallies); ``ranked`` holds the ranking for the projector.

    Updates in place from the change record (a reset only when a file opens or closes):
    a count changes ranks and highlights across the table, so the rows get one
    ``dataChanged``, which keeps the selection and an open editor.

    Paper and phones are two sources of one tally: COUNT is the count typed from paper
    (editable), PHONES the dots placed on phones, TOTAL both (with merged originals).
    """

    RANK, TEXT, COUNT, PHONES, TOTAL = 0, 1, 2, 3, 4
    PAPER = COUNT
    COLUMNS = 5
    TOPICS = (Topic.QUESTIONS, Topic.VOTES, Topic.PARTICIPANTS, Topic.ATTENDANCE)

    about_to_update = Signal()
    updated = Signal()

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[questions.Entry] = []
        self.ranked: list[questions.Ranked] = []
        self.round = questions.VoteRound()
        self.cut = questions.Cut(3, [], [], 0)
        self.chosen_ids: list[int] = []
        self.meeting_id: int | None = None
        self._rank_of: dict[int, questions.Ranked] = {}
        self._highlight: set[int] = set()
        self.tied: set[int] = set()       # the rows marked as tied at the cut (_tie_marks)
        self._bold = QFont()
        self._bold.setBold(True)
        self.errors = ErrorReporter(self)
        ctx.change_record.connect(self._on_change)
        ctx.store_opened.connect(self.refresh)
        ctx.store_closed.connect(self.refresh)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.QUESTIONS, Topic.VOTES):
            self.update_in_place(named_questions(change), change)
        elif change.touches(Topic.ATTENDANCE) or (
                change.touches(Topic.PARTICIPANTS) and _people_came_or_went(change)):
            # who votes may have changed, not the questions: only the page's count check
            # reads again (no question read, no row touched); a role or a name edit, nothing
            self.about_to_update.emit()
            self.updated.emit()

    def _read(self, ids: set[int] | None, change: Change | None = None) -> tuple:
        store = self.ctx.store
        if store is None:
            return [], [], self.round, questions.Cut(self.round.top_n, [], [], 0), []
        entries = read_entries(store, self.entries, ids, change)
        ranked = questions.ranking_of(entries)       # one read of the questions, not two
        rnd = questions.get_round(store)
        return entries, ranked, rnd, questions.find_cut(ranked, rnd.top_n), \
            questions.chosen_ids(store)

    def refresh(self) -> None:
        """Reload ranking, settings, cut and the chosen questions (a reset: open or close)."""
        self.beginResetModel()
        self.entries = []
        self.entries, self.ranked, self.round, self.cut, self.chosen_ids = self._read(None)
        self._rank_of = {r.entry.id: r for r in self.ranked}
        self._highlight = self.highlighted()
        self.tied = self._tie_marks()
        self.endResetModel()

    def update_in_place(self, ids: set[int] | None = None, change: Change | None = None) -> None:
        """Bring the table in line with the store without a reset; with ``ids`` (the
        questions a change record names) only those are read again, with the list order."""
        entries, ranked, rnd, cut, chosen_ids = self._read(ids, change)
        self.about_to_update.emit()
        before = self._rank_of
        before_marks = self._highlight, self.tied
        voted_before = self.voted()
        # arriving rows are known before they are announced (data() reads _rank_of; a row on
        # its way out answers nothing); a row whose entry was read again gets its
        # dataChanged from apply_rows
        self._rank_of = rank_of = {r.entry.id: r for r in ranked}
        apply_rows(self, QModelIndex(), self.entries, entries, _entry_id, self.COLUMNS)
        self.ranked, self.round, self.cut, self.chosen_ids = ranked, rnd, cut, chosen_ids
        self._highlight = self.highlighted()
        self.tied = self._tie_marks()
        # a count moves ranks, highlights and the tie across the table: one dataChanged per
        # run of rows that show another rank or mark now (the view reads only those)
        flipped = (before_marks[0] ^ self._highlight) | (before_marks[1] ^ self.tied)
        every = voted_before != self.voted()      # the first dot shows every rank
        changed = []
        for row, e in enumerate(entries):
            old = before.get(e.id)
            if every or old is None or old.rank != rank_of[e.id].rank or e.id in flipped:
                changed.append(row)
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMNS - 1))
        self.updated.emit()

    def check(self) -> questions.CountCheck | None:
        """The over-count check for the meeting of the step on screen (the tallies as held
        here; only the number of voters is read)."""
        store = self.ctx.store
        if store is None:
            return None
        return questions.count_check(self.entries, self.round,
                                     questions.voter_count(store, self.meeting_id))

    def voted(self) -> bool:
        """Has any question a dot or a count yet? Before that no rank means anything (the
        console table, the vote page and the wall all ask here)."""
        return bool(self.ranked) and self.ranked[0].total > 0

    def _tie_marks(self) -> set[int]:
        """The rows marked as tied at the cut: never questions nobody voted for (with no
        votes at all every question ties at 0, and a table all in the tie colour read as
        "all chosen")."""
        tied = set(self.cut.tied)
        return {i for i in tied if self._rank_of[i].total > 0} if tied else tied

    def highlighted(self) -> set[int]:
        """The questions to highlight: the confirmed choice, else the clear top N."""
        if self.chosen_ids:
            return set(self.chosen_ids)
        return {i for i in self.cut.sure if self._rank_of[i].total > 0}

    def row_of(self, question_id: int) -> int:
        """The table row of a question, or -1."""
        for row, e in enumerate(self.entries):
            if e.id == question_id:
                return row
        return -1

    def index(self, row, column, parent=QModelIndex()):
        if parent.isValid() or not (0 <= row < len(self.entries)) or \
                not (0 <= column < self.COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index=QModelIndex()):
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):
        return self.COLUMNS

    # the roles a cell answers; a view asks ~8 per cell at each paint: the rest return at once
    _ROLES = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, ID_ROLE, Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))
    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    _TIE_BACK = QColor("#fff3cd")
    _TIE_TEXT = QColor("#3d2e00")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid():
            return None
        r = self._rank_of.get(self.entries[index.row()].id)
        if r is None:                       # a row on its way out
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                return r.rank if self.voted() else ""
            if col == self.TEXT:
                extra = len(r.entry.merged)
                return r.entry.text + (f"  (+{extra})" if extra else "")
            qs = (r.entry.question, *r.entry.merged)
            if col == self.PAPER:
                return sum(q.votes for q in qs)
            if col == self.PHONES:
                return sum(q.ballots for q in qs)
            return r.total
        if role == Qt.ItemDataRole.EditRole:
            return r.entry.question.votes if col == self.COUNT else self.data(index)
        if role == ID_ROLE:
            return r.entry.id
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if r.entry.id in self._highlight else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._TIE_BACK if r.entry.id in self.tied else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._TIE_TEXT if r.entry.id in self.tied else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.TEXT:
            return self._RIGHT
        return None

    def _tooltip(self, r: questions.Ranked, col: int) -> str | None:
        if col == self.TEXT:
            # the row shows two lines: a long question is whole here (plain text)
            merged = "".join(f"\n  + {q.text}" for q in r.entry.merged)
            return plain_tip(r.entry.text + merged)
        if col == self.TOTAL and r.entry.merged:
            return self.tr("Own tally {own} + merged {merged}").format(
                own=r.entry.question.own, merged=r.total - r.entry.question.own)
        if col == self.PAPER and r.entry.merged:
            return self.tr("Typed here {own} + merged {merged}").format(
                own=r.entry.question.votes, merged=sum(q.votes for q in r.entry.merged))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rank"), self.tr("Question"), self.tr("Paper"), self.tr("Phones"),
                    self.tr("Total"))[section]
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == self.COUNT and not self.ctx.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        """A typed count sets the kept question's own tally (merged originals keep theirs)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.COUNT:
            return False
        q = self.entries[index.row()].question
        text = str(value).strip()
        if text == str(q.votes):
            return False
        store, old = self.ctx.store, q.votes
        return self.errors.attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Set the count"),
            lambda: questions.set_votes(store, q.id, text),
            lambda: questions.set_votes(store, q.id, old))) is not None


# ---------------------------------------------------------------- people (SWOT)


class PeopleModel(QAbstractListModel):
    """Participants in Dutch name order, marked when they have a SWOT."""

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[participants.Participant] = []
        self.with_swot: set[int] = set()
        ctx.change_record.connect(self._on_change)
        self.beginResetModel()              # the model is new: a file opened
        self.people, self.with_swot = self._read()
        self.endResetModel()

    def _read(self) -> tuple[list[participants.Participant], set[int]]:
        store = self.ctx.store
        if store is None:
            return [], set()
        return list(everyone_model(self.ctx).people), set(swot.with_swot(store))

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.PARTICIPANTS, Topic.SWOT):
            self.refresh()

    def refresh(self) -> None:
        """Bring people and their SWOT marks in line with the store, in place (an open
        type-ahead keeps its place)."""
        people, marked = self._read()
        flipped = self.with_swot ^ marked
        apply_rows(self, QModelIndex(), self.people, people, key=lambda p: p.id, columns=1)
        self.with_swot = marked
        rows = [i for i, p in enumerate(self.people) if p.id in flipped]
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.people)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return p.display_name
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.DecorationRole:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and p.id in self.with_swot:
            return self.tr("Has a SWOT")
        if role == Qt.ItemDataRole.FontRole and p.id in self.with_swot:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_of(self, participant_id: int) -> int:
        """The row of a participant, or -1."""
        for row, p in enumerate(self.people):
            if p.id == participant_id:
                return row
        return -1


def _entry_id(entry: questions.Entry) -> int:
    return entry.id


def named_questions(change: Change) -> set[int] | None:
    """The question ids a record names under questions and votes; None: read all again
    (a topic touched without ids, or a reload)."""
    ids: set[int] = set()
    for topic in (Topic.QUESTIONS, Topic.VOTES):
        if change.touches(topic):
            named = change.of(topic)
            if named is None:
                return None
            ids |= named.all
    return ids


# The last record's reads, shared by the questions and the vote model (both hear the same
# record, one after the other, with nothing written in between). Entries are never changed
# in place by a model, so both may hold the same objects.
_SHARED: list = [None, None, None]      # the record, the list order, the entries read


def read_entries(store, held: list[questions.Entry], ids: set[int] | None,
                 change: Change | None = None) -> list[questions.Entry]:
    """The listing as it is now: ``held`` with the entries holding ``ids`` read again and
    the list order read (cheap); everything again when ``ids`` is None. ``change``, the
    record being applied, lets the next model of the same record reuse these reads."""
    if store is None:
        return []
    if ids is None:
        return questions.listing(store)
    if change is not None and _SHARED[0] is change:
        order, fresh = _SHARED[1], _SHARED[2]
    else:
        fresh = questions.entries_of(store, ids) if ids else {}
        if change is not None and not change.touches(Topic.QUESTIONS):
            order = [e.id for e in held]      # only counts changed: the list stands as it is
        else:
            order = questions.order(store)
        _SHARED[:] = [change, order, fresh] if change is not None else [None, None, None]
    old = {e.id: e for e in held}
    new = []
    for qid in order:
        entry = fresh.get(qid) or old.get(qid)
        if entry is None:           # listed without being named (a question unhidden)
            return questions.listing(store)
        new.append(entry)
    return new


def _people_came_or_went(change: Change) -> bool:
    """True when the record adds or removes participants (or names none): the count of
    voters follows everyone when nobody checked in."""
    ids = change.of(Topic.PARTICIPANTS)
    return ids is None or bool(ids.inserted or ids.deleted)


def _qid(question: questions.Question) -> int:
    return question.id


def _item_id(item: boards.Item) -> int:
    return item.id


def _column_id(column: boards.Column) -> int:
    return column.id


# No parent for the shared models: a child of ctx that holds ctx is deleted twice when the last
# reference to a Python-owned ctx goes while its deleteLater is pending (see ui/agenda_model.py).
def board_model(ctx, key: str) -> BoardModel:
    """The shared board model for ``key``."""
    return ctx.model(f"{ModelKey.BOARD}:{key}", lambda: BoardModel(ctx, key))


def questions_model(ctx) -> QuestionsModel:
    """The shared questions model."""
    return ctx.model(ModelKey.QUESTIONS, lambda: QuestionsModel(ctx))


def vote_model(ctx) -> VoteModel:
    """The shared vote model."""
    return ctx.model(ModelKey.VOTE, lambda: VoteModel(ctx))


def vote_tally(ctx) -> list[dict]:
    """What ``sessions.phones.tally`` reads (per listed question: text, paper, phones, total),
    from the shared vote model, which holds it already: the phones tab refreshed its tally
    with a read of every question four times a second while dots came in."""
    out = []
    for e in vote_model(ctx).entries:
        qs = (e.question, *e.merged)
        out.append({"id": e.id, "text": e.text, "paper": sum(q.votes for q in qs),
                    "phones": sum(q.ballots for q in qs), "total": e.total})
    return out


def people_model(ctx) -> PeopleModel:
    """The shared people model of the SWOT step."""
    return ctx.model(ModelKey.SWOT_PEOPLE, lambda: PeopleModel(ctx))
