"""The expertise grid: people × competences, fast by keyboard.

Keys on a competence cell: 0–4 set the level and move right; L (leren) toggles
"wants to learn", T (teach) toggles "can teach", P cycles the learner's priority
(1, 2, 3, unmarked); Delete clears the rating; Enter confirms an imported default.
Team, manager and capacity are edited in their own columns. Every key is one undoable
command (the page runs it); the model only reads.
"""

from __future__ import annotations

import functools
import textwrap

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QTableView

from sessions import expertise
from ui.peer.wall import RAMP
from ui.plain import plain_tip
from ui.tables import apply_rows, reconcile

FIXED = 4          # name, team, manager, capacity
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1



@functools.lru_cache(maxsize=1)
def _dutch():
    import pyphen  # here: the dictionary loads when a header first needs it

    return pyphen.Pyphen(lang="nl_NL")


@functools.lru_cache(maxsize=512)
def hyphenated(word: str, width: int) -> tuple[str, ...]:
    """A long Dutch compound in parts of at most ``width`` letters, broken where Dutch
    breaks it ("Jongeren-", "werk"; not "Jongerenw-", "erk"); a word with no break point
    that fits is cut at the width."""
    parts = []
    while len(word) > width:
        cut = _dutch().wrap(word, width)
        head, word = cut if cut else (word[:width - 1] + "-", word[width - 1:])
        parts.append(head)
    parts.append(word)
    return tuple(parts)

class ExpertiseModel(QAbstractTableModel):
    """The map as a table; ``edit_person(person_id, field, value)`` is called on an edit."""

    def __init__(self, edit_person, parent=None):
        super().__init__(parent)
        self.edit_person = edit_person
        self.map: expertise.Map | None = None
        self._people: list[expertise.Person] = []         # the rows, in the view's order
        self._competences: list[expertise.Competence] = []  # the columns after FIXED

    def _sync_columns(self, new: list) -> None:
        """The competence columns that came, went or moved, with column signals (after the
        fixed columns); their cells are announced with the rows."""
        held = self._competences

        def remove(col: int) -> None:
            self.beginRemoveColumns(_ROOT, col + FIXED, col + FIXED)
            del held[col]
            self.endRemoveColumns()

        def move(source: int, target: int) -> None:
            self.beginMoveColumns(_ROOT, source + FIXED, source + FIXED, _ROOT, target + FIXED)
            held.insert(target, held.pop(source))
            self.endMoveColumns()

        def insert(target: int) -> None:
            self.beginInsertColumns(_ROOT, target + FIXED, target + FIXED)
            held.insert(target, new[target])
            self.endInsertColumns()

        reconcile([c.id for c in held], [c.id for c in new], remove, move, insert)
        held[:] = new

    def load(self, store, rows: set[int] | None = None) -> None:
        """Read the map again. People and competences that came or went are inserted and
        removed as rows and columns, so the view keeps its current cell, selection, scroll
        and an open editor; a reset only when a file opens or closes. ``rows``: the people
        whose cells changed (a change record's ratings), None when any cell may have."""
        m = expertise.load(store) if store is not None else None
        if m is None or self.map is None:
            self.beginResetModel()
            self.map = m
            self._people = list(m.people) if m else []
            self._competences = list(m.competences) if m else []
            self.endResetModel()
            return
        self.map = m
        self._sync_columns(list(m.competences))
        apply_rows(self, _ROOT, self._people, list(m.people), key=lambda p: p.id,
                   columns=self.columnCount())
        last = self.columnCount() - 1
        if rows is None and self.rowCount() and self.columnCount():  # names, counts: all cells
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last))
        elif rows:
            for row, p in enumerate(self._people):
                if p.id in rows:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if rows is None:     # a header shows a competence's name and importance (its tooltip's
            # counts are read when it shows): ratings alone leave the headers as they are
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.map is None else len(self._people)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.map is None else FIXED + len(self._competences)

    def person(self, row: int) -> expertise.Person:
        """The person on a row."""
        return self._people[row]

    def competence(self, column: int) -> expertise.Competence | None:
        """The competence of a column (None for the fixed columns)."""
        return self._competences[column - FIXED] if column >= FIXED else None


    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.map is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED:
                return (self.tr("Name"), self.tr("Team"), self.tr("Manager"),
                        self.tr("Capacity"))[section]
            c = self.competence(section)
            words = [part for word in c.name.split() for part in hyphenated(word, 11)]
            wrapped = textwrap.wrap(" ".join(words), 11, break_long_words=False)
            lines = wrapped[:3] or [""]
            if len(wrapped) > 3:
                lines[-1] = lines[-1][:9] + "…"
            return "\n".join(lines) + ("\n" + "•" * c.importance if c.importance else "")
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED:
            c = self.competence(section)
            experts = len(self.map.experts(c.id))
            return plain_tip(self.tr("{name}: {experts} expert(s), {learners} want to learn it").format(
                name=c.name, experts=experts, learners=len(self.map.learners(c.id))))
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (1, 2, 3):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.map is None:
            return None
        p = self.person(index.row())
        col = index.column()
        if col < FIXED:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                if col == 0:
                    return p.name
                if col == 1:
                    return p.team
                if col == 2:
                    if role == Qt.ItemDataRole.EditRole:
                        return p.manager_id
                    return self.map.person(p.manager_id).name if p.manager_id else ""
                cap = p.capacity
                if role == Qt.ItemDataRole.EditRole:
                    return "" if cap is None else str(cap)
                return str(self.map.capacity(p.id)) + ("" if cap is not None else " ·")
            if role == ID_ROLE:
                return p.id
            if role == Qt.ItemDataRole.ToolTipRole and col == 3:
                return self.tr("Learners this person takes on as an expert (· = the default)")
            return None
        c = self.competence(col)
        r = self.map.ratings.get((p.id, c.id))
        if role == Qt.ItemDataRole.DisplayRole:
            if r is None:
                return ""
            text = str(r.level)
            if r.wants:
                text += " ↑" + (str(r.priority) if r.priority else "")
            if r.teaches:
                text += " ★"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r is not None:
            return QBrush(QColor(RAMP[min(len(RAMP) - 1, int(1 + 1.5 * r.level))]))
        if role == Qt.ItemDataRole.ForegroundRole and r is not None and r.level >= 3:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.FontRole and r is not None and not r.confirmed:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if r is None:
                return self.tr("Not rated. Type 0–4 for the level.")
            parts = [self.tr("Level {n}").format(n=r.level)]
            if r.wants:
                parts.append(self.tr("wants to learn (priority {p})").format(p=r.wish_priority))
            if r.teaches:
                parts.append(self.tr("can teach"))
            if not r.confirmed:
                parts.append(self.tr("from the import, not yet confirmed (Enter confirms)"))
            return ", ".join(parts)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        pid = self.person(index.row()).id
        col = index.column()
        if col == 1:
            return self.edit_person(pid, "team", str(value))
        if col == 2:
            return self.edit_person(pid, "manager_id", value)
        if col == 3:
            text = str(value).strip()
            if not text:
                return self.edit_person(pid, "capacity", None)
            if not text.isdigit():
                return False
            return self.edit_person(pid, "capacity", int(text))
        return False


class ManagerDelegate(QStyledItemDelegate):
    """A combo box of everyone else (and 'nobody') for the manager column."""

    def createEditor(self, parent, option, index):  # noqa: N802
        model = index.model()
        combo = QComboBox(parent)
        combo.addItem(self.tr("(none)"), None)
        me = model.person(index.row()).id
        for p in model.map.people:
            if p.id != me:
                combo.addItem(p.name, p.id)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ExpertiseGrid(QTableView):
    """The grid view; turns keys on competence cells into requests the page carries out."""

    rate = Signal(int, int, dict)        # person id, competence id, values
    clear = Signal(int, int)
    confirm = Signal(int, int)

    def __init__(self, model: ExpertiseModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setItemDelegateForColumn(2, ManagerDelegate(self))
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().hide()
        self.horizontalHeader().setDefaultSectionSize(78)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setCornerButtonEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        model: ExpertiseModel = self.model()
        if not index.isValid() or index.column() < FIXED or model.map is None:
            super().keyPressEvent(event)
            return
        p = model.person(index.row())
        c = model.competence(index.column())
        r = model.map.rating(p.id, c.id)
        key, text = event.key(), event.text().lower()
        if text in ("0", "1", "2", "3", "4"):
            self.rate.emit(p.id, c.id, {"level": int(text)})
            nxt = model.index(index.row(), min(model.columnCount() - 1, index.column() + 1))
            if index.column() == model.columnCount() - 1 and index.row() + 1 < model.rowCount():
                nxt = model.index(index.row() + 1, FIXED)
            self.setCurrentIndex(nxt)
        elif text == "l":
            self.rate.emit(p.id, c.id, {"wants": not r.wants})
        elif text == "t":
            self.rate.emit(p.id, c.id, {"teaches": not r.teaches})
        elif text == "p":
            order = [None, 1, 2, 3]
            self.rate.emit(p.id, c.id, {"priority": order[(order.index(r.priority) + 1) % 4],
                                        "wants": True})
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if (p.id, c.id) in model.map.ratings:
                self.clear.emit(p.id, c.id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if (p.id, c.id) in model.map.ratings and not r.confirmed:
                self.confirm.emit(p.id, c.id)
            self.setCurrentIndex(model.index(min(model.rowCount() - 1, index.row() + 1),
                                             index.column()))
        else:
            super().keyPressEvent(event)
