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
from PySide6.QtGui import QColor, QFont

from sessions import agenda, boards, participants, questions, swot
from sessions.changes import Change, Topic
from ui import commands
from ui.context import ModelKey
from ui.operations.errors import ErrorReporter  # noqa: F401 - the step pages' message line
from ui.people import people_model as everyone_model
from ui.tables import apply_rows, runs

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


class QuestionsModel(QAbstractItemModel):
    """Top-level questions with their merged originals as children; columns: text, votes.

    Updates in place from the change record (a reset only when a file opens or closes);
    ``about_to_update`` and ``updated`` frame each in-place update for pages that keep
    labels beside the view. A child index carries its parent question's id, so it stays
    right when rows above move.
    """

    TEXT, VOTES = 0, 1
    TOPICS = (Topic.QUESTIONS, Topic.VOTES)

    about_to_update = Signal()
    updated = Signal()

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[questions.Entry] = []
        self._row_by_id: dict[int, int] = {}
        self.errors = ErrorReporter(self)
        ctx.change_record.connect(self._on_change)
        ctx.store_opened.connect(self.refresh)
        ctx.store_closed.connect(self.refresh)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(*self.TOPICS):
            self.update_in_place(named_questions(change))

    def refresh(self) -> None:
        """Reload the questions from the store (a reset: for opening or closing a file)."""
        self.beginResetModel()
        store = self.ctx.store
        self.entries = questions.listing(store) if store is not None else []
        self.endResetModel()

    def update_in_place(self, ids: set[int] | None = None) -> None:
        """Bring the rows in line with the store with insert, remove, move and dataChanged;
        with ``ids`` (the questions a change record names) only those are read again."""
        new = read_entries(self.ctx.store, self.entries, ids)
        self.about_to_update.emit()
        by_id = {e.id: e for e in new}
        # the merged originals first, under the parents that stay (their index is still good)
        for e in list(self.entries):
            fresh = by_id.get(e.id)
            if fresh is not None and fresh is not e and fresh.merged != e.merged:
                parent = self.index(self._row_of_id(e.id), 0)
                apply_rows(self, parent, e.merged, list(fresh.merged), _qid, 2)
        apply_rows(self, QModelIndex(), self.entries, new, _entry_id, 2)
        self.updated.emit()

    def _row_of_id(self, question_id: int) -> int:
        row = self._row_by_id.get(question_id)
        if row is None or row >= len(self.entries) or self.entries[row].id != question_id:
            self._row_by_id = {e.id: i for i, e in enumerate(self.entries)}
            row = self._row_by_id.get(question_id, -1)
        return row

    def row_of(self, question_id: int) -> QModelIndex:
        """The index (column 0) of a question, top-level or merged."""
        for row, e in enumerate(self.entries):
            if e.id == question_id:
                return self.index(row, 0)
            for crow, q in enumerate(e.merged):
                if q.id == question_id:
                    return self.index(crow, 0, self.index(row, 0))
        return QModelIndex()

    def _entry(self, index) -> questions.Entry | None:
        """The top-level entry a child index hangs under."""
        row = self._row_of_id(index.internalId())
        return self.entries[row] if row >= 0 else None

    def index(self, row, column, parent=QModelIndex()):
        if row < 0 or column not in (0, 1):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.entries) else QModelIndex()
        if parent.internalId() == 0 and parent.row() < len(self.entries):
            entry = self.entries[parent.row()]
            return self.createIndex(row, column, entry.id) if row < len(entry.merged) else QModelIndex()
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._row_of_id(index.internalId())
        return self.createIndex(row, 0, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self.entries)
        if parent.column() == 0 and parent.internalId() == 0 and parent.row() < len(self.entries):
            return len(self.entries[parent.row()].merged)
        return 0

    def columnCount(self, parent=QModelIndex()):
        return 2

    def question(self, index) -> questions.Question:
        """The question row behind an index."""
        if index.internalId() == 0:
            return self.entries[index.row()].question
        return self._entry(index).merged[index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() != 0 and self._entry(index) is None:
            return None
        q = self.question(index)
        top = index.internalId() == 0
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.TEXT:
                return q.text
            return self.entries[index.row()].total if top else q.own
        if role == ID_ROLE:
            return q.id
        if role == Qt.ItemDataRole.FontRole and not top:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Question") if section == self.TEXT else self.tr("Votes")
        return None

    # The tree view asks every row's flags (twice) at each layout, so: constants, not enum
    # arithmetic per call. A row without children says so (ItemNeverHasChildren): the view
    # then skips asking for its children. A merged original never has any (merges are one
    # level deep); a question gets the flag back off as soon as something is merged into it
    # (its children are in place before the view hears of them, so it can expand it).
    _FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    _EDITABLE = _FLAGS | Qt.ItemFlag.ItemIsEditable
    _LEAF = Qt.ItemFlag.ItemNeverHasChildren
    _LEAF_FLAGS = _FLAGS | _LEAF
    _LEAF_EDITABLE = _EDITABLE | _LEAF

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = index.column() == self.TEXT and not self.ctx.read_only
        row = index.row()
        if index.internalId() == 0 and row < len(self.entries) and self.entries[row].merged:
            return self._EDITABLE if editable else self._FLAGS
        return self._LEAF_EDITABLE if editable else self._LEAF_FLAGS

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
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
        self.errors = ErrorReporter(self)
        ctx.change_record.connect(self._on_change)
        ctx.store_opened.connect(self.refresh)
        ctx.store_closed.connect(self.refresh)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.QUESTIONS, Topic.VOTES):
            self.update_in_place(named_questions(change))
        elif change.touches(Topic.ATTENDANCE) or (
                change.touches(Topic.PARTICIPANTS) and _people_came_or_went(change)):
            # who votes may have changed, not the questions: only the page's count check
            # reads again (no question read, no row touched); a role or a name edit, nothing
            self.about_to_update.emit()
            self.updated.emit()

    def _read(self, ids: set[int] | None) -> tuple:
        store = self.ctx.store
        if store is None:
            return [], [], self.round, questions.Cut(self.round.top_n, [], [], 0), []
        entries = read_entries(store, self.entries, ids)
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
        self.endResetModel()

    def update_in_place(self, ids: set[int] | None = None) -> None:
        """Bring the table in line with the store without a reset; with ``ids`` (the
        questions a change record names) only those are read again, with the list order."""
        entries, ranked, rnd, cut, chosen_ids = self._read(ids)
        self.about_to_update.emit()
        before_rank = {i: r.rank for i, r in self._rank_of.items()}
        before_marks = self._highlight, set(self.cut.tied)
        rank_of = {r.entry.id: r for r in ranked}
        # rows leave and arrive with their ranks known (data() reads _rank_of for any row);
        # a row whose entry was read again gets its dataChanged here
        self._rank_of = {**self._rank_of, **rank_of}
        apply_rows(self, QModelIndex(), self.entries, entries, _entry_id, self.COLUMNS)
        self.ranked, self.round, self.cut, self.chosen_ids = ranked, rnd, cut, chosen_ids
        self._rank_of = rank_of
        self._highlight = self.highlighted()
        # a count moves ranks, highlights and the tie across the table: one dataChanged per
        # run of rows that show another rank or mark now (the view reads only those)
        flipped = (before_marks[0] ^ self._highlight) | (before_marks[1] ^ set(cut.tied))
        changed = [row for row, e in enumerate(entries)
                   if before_rank.get(e.id) != rank_of[e.id].rank or e.id in flipped]
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

    def highlighted(self) -> set[int]:
        """The questions to highlight: the confirmed choice, else the clear top N."""
        return set(self.chosen_ids) if self.chosen_ids else set(self.cut.sure)

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

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rank_of[self.entries[index.row()].id]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                return r.rank
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
        if role == Qt.ItemDataRole.FontRole and r.entry.id in self._highlight:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and r.entry.id in self.cut.tied:
            return QColor("#fff3cd")
        if role == Qt.ItemDataRole.ForegroundRole and r.entry.id in self.cut.tied:
            return QColor("#3d2e00")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TOTAL and r.entry.merged:
            return self.tr("Own tally {own} + merged {merged}").format(
                own=r.entry.question.own, merged=r.total - r.entry.question.own)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PAPER and r.entry.merged:
            return self.tr("Typed here {own} + merged {merged}").format(
                own=r.entry.question.votes, merged=sum(q.votes for q in r.entry.merged))
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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


def read_entries(store, held: list[questions.Entry], ids: set[int] | None) -> list[questions.Entry]:
    """The listing as it is now: ``held`` with the entries holding ``ids`` read again and
    the list order read (cheap); everything again when ``ids`` is None."""
    if store is None:
        return []
    if ids is None:
        return questions.listing(store)
    fresh = questions.entries_of(store, ids) if ids else {}
    old = {e.id: e for e in held}
    new = []
    for qid in questions.order(store):
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


def people_model(ctx) -> PeopleModel:
    """The shared people model of the SWOT step."""
    return ctx.model(ModelKey.SWOT_PEOPLE, lambda: PeopleModel(ctx))
