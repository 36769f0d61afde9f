"""The one shared participants model: everyone, in Dutch last-name order, with their check-in.

The roster shows it; the other pages that list or name people (actions, groups, peer
learning, SWOT) read it instead of querying everyone again. :class:`AppContext` applies
each change record to it before any other listener hears of the commit, so a model that
reads names here during its own update always sees the edit. It updates in place: only
the participants a record names are read again (``participants.by_ids``); a reset happens
when a file opens, or when a record asks to read everyone again (an import).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sessions import participants
from sessions.changes import Change, Topic
from ui.context import ModelKey
from ui.plain import plain_tip
from ui.tables import apply_rows

MODEL_KEY = ModelKey.PEOPLE
NAME, AREA, EMAIL, ROLE, PRESENT = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
LAST_NAME_ROLE = Qt.ItemDataRole.UserRole + 4   # the folded last name, for type-ahead
DISPLAY_CHARS = 120
# fixed colours on purpose: a ticked row must read as "here" on any palette
PRESENT_BRUSH = QBrush(QColor("#dff3dc"))
PRESENT_TEXT = QBrush(QColor("#10300c"))
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Roster", text)


def _one_line(text: str) -> str:
    short = " ".join(text.split())
    return short if len(short) <= DISPLAY_CHARS else short[:DISPLAY_CHARS] + "…"


def _order(p: participants.Participant) -> tuple:
    return (p.sort_key, p.id)


class RosterModel(QAbstractTableModel):
    """Everyone in the trajectory, in Dutch last-name order, with their check-in for the day."""

    HEADERS = (QT_TRANSLATE_NOOP("Roster", "Name"), QT_TRANSLATE_NOOP("Roster", "Area"),
               QT_TRANSLATE_NOOP("Roster", "E-mail"), QT_TRANSLATE_NOOP("Roster", "Role"),
               QT_TRANSLATE_NOOP("Roster", "Present"))
    present_changed = Signal()
    # the ids whose participant rows changed (inserted, updated or deleted), after the model
    # applied them; an empty set after a reload (everyone may have changed)
    people_changed = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[participants.Participant] = []
        self.meeting_id: int | None = None
        self.checked_in: set[int] = set()
        self.in_use = False
        self._row_of: dict[int, int] = {}
        self._order: dict[int, tuple] = {}
        self._search: dict[int, str] = {}
        self._names: dict[int, str] | None = None
        self._triples: list[tuple[int, str, str]] | None = None
        self.reload()

    # -------------------------------------------------------- refreshing

    def apply(self, change: Change) -> None:
        """Bring the model up to date with one committed change (called by the context)."""
        if change.touches(Topic.PARTICIPANTS):
            ids = change.of(Topic.PARTICIPANTS)
            if ids is None:
                self.reload()
                return
            self._apply_people(ids)
        if change.touches(Topic.MEETINGS):
            self.reload_attendance()
        elif change.touches(Topic.ATTENDANCE):
            ids = change.of(Topic.ATTENDANCE)
            if ids is None:
                self.reload_attendance()
            else:
                self._apply_attendance(ids.all)

    def reload(self) -> None:
        """Read everyone again (a file opened, an import)."""
        self.beginResetModel()
        store = self.ctx.store
        self.people = participants.all_participants(store) if store else []
        self._order = {p.id: _order(p) for p in self.people}
        self._reindex()
        self._search = {}
        self._names = None
        self._triples = None
        self.meeting_id = participants.checkin_meeting_id(store) if store else None
        self.checked_in = (participants.checked_in_ids(store, self.meeting_id)
                           if store and self.meeting_id else set())
        self.in_use = bool(store) and participants.checkin_in_use(store, self.meeting_id)
        self.endResetModel()
        self.present_changed.emit()
        self.people_changed.emit(set())

    def _reindex(self) -> None:
        self._row_of = {p.id: i for i, p in enumerate(self.people)}

    def _apply_people(self, ids) -> None:
        """Read only the participants the record names, and move them into place."""
        store = self.ctx.store
        if store is None:
            return
        fresh = participants.by_ids(store, ids.all)
        gone = ids.all - set(fresh)
        rows = [fresh.pop(p.id, p) for p in self.people if p.id not in gone]
        rows.extend(fresh.values())               # the new ones
        for pid in ids.all:
            self._search.pop(pid, None)
            self._order.pop(pid, None)
        for p in rows:
            if p.id not in self._order:
                self._order[p.id] = _order(p)
        rows.sort(key=lambda p: self._order[p.id])   # nearly sorted: linear
        # apply_rows edits self.people step by step, so data() is right at every signal
        apply_rows(self, _ROOT, self.people, rows, key=lambda p: p.id, columns=len(self.HEADERS))
        self._reindex()
        self._names = None
        self._triples = None
        self.checked_in -= gone
        if ids.inserted or gone:
            self.present_changed.emit()
        self.people_changed.emit(set(ids.all))

    def reload_attendance(self) -> None:
        """The meeting or check-in itself changed: read who is here again (no reset)."""
        store = self.ctx.store
        if store is None:
            return
        self.meeting_id = participants.checkin_meeting_id(store)
        now = participants.checked_in_ids(store, self.meeting_id) if self.meeting_id else set()
        in_use = participants.checkin_in_use(store, self.meeting_id)
        self._set_present(self.checked_in ^ now, now, in_use)

    def _apply_attendance(self, ids: set[int]) -> None:
        """Only these people's check-ins changed: read just those."""
        store = self.ctx.store
        if store is None or self.meeting_id is None:
            return
        ids = list(ids)
        here: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            here.update(r["participant_id"] for r in store.query(
                f"SELECT participant_id FROM attendance WHERE meeting_id = ? AND participant_id IN ({marks})",
                (self.meeting_id, *chunk)))
        now = (self.checked_in - set(ids)) | here
        self._set_present(self.checked_in ^ now, now, self.in_use or bool(here))

    def _set_present(self, flipped: set[int], now: set[int], in_use: bool) -> None:
        self.checked_in = now
        self.in_use = in_use
        rows = sorted(r for r in (self._row_of.get(pid) for pid in flipped) if r is not None)
        last = len(self.HEADERS) - 1
        for row in rows:                 # the whole row: its colours follow the tick
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.present_changed.emit()

    # -------------------------------------------------------- reading for other pages

    def names(self) -> dict[int, str]:
        """Display name by id (built once per edit that touches people)."""
        if self._names is None:
            self._names = {p.id: p.display_name for p in self.people}
        return self._names

    def triples(self) -> list[tuple[int, str, str]]:
        """(id, name, area) of everyone in Dutch order (built once per edit that touches people;
        the peer-learning models read it several times per edit)."""
        if self._triples is None:
            self._triples = [(p.id, p.display_name, p.area) for p in self.people]
        return self._triples

    def name_of(self, participant_id: int | None) -> str:
        """One display name ('' for nobody or an unknown id)."""
        return self.names().get(participant_id, "") if participant_id is not None else ""

    # -------------------------------------------------------- the model API

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() == PRESENT and not self.ctx.read_only:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.people[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return p.id
        if role == SEARCH_ROLE:
            hay = self._search.get(p.id)
            if hay is None:
                hay = self._search[p.id] = participants.fold(
                    " ".join((p.display_name, p.email, p.area, p.role)))
            return hay
        if role == LAST_NAME_ROLE:
            return participants.fold(p.last_name)
        if role == SORT_ROLE:
            if col == NAME:
                return index.row()   # people are kept in Dutch name order already
            if col == PRESENT:
                return int(p.id in self.checked_in)
            return participants.fold(self._text(p, col))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PRESENT:
                return QCoreApplication.translate("Roster", "present") if p.id in self.checked_in else ""
            return _one_line(self._text(p, col))
        if role == Qt.ItemDataRole.ToolTipRole and col != PRESENT:
            text = self._text(p, col)
            return plain_tip(text[:1000]) if len(text) > DISPLAY_CHARS or "\n" in text else None
        if role == Qt.ItemDataRole.BackgroundRole and p.id in self.checked_in:
            return PRESENT_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and p.id in self.checked_in:
            return PRESENT_TEXT
        if role == Qt.ItemDataRole.CheckStateRole and col == PRESENT:
            return (Qt.CheckState.Checked if p.id in self.checked_in
                    else Qt.CheckState.Unchecked)
        return None

    @staticmethod
    def _text(p: participants.Participant, col: int) -> str:
        return {NAME: p.display_name, AREA: p.area, EMAIL: p.email, ROLE: p.role}.get(col, "")

    def participant_at(self, row: int) -> participants.Participant:
        """The participant shown in a source row."""
        return self.people[row]

    def row_of(self, participant_id: int) -> int | None:
        """The source row of a participant id."""
        return self._row_of.get(participant_id)

    def present_count(self) -> tuple[int, int]:
        """(present, everyone): those checked in while check-in is in use, else everyone."""
        if not self.in_use:
            return len(self.people), len(self.people)
        return len(self.checked_in & set(self._row_of)), len(self.people)


def people_model(ctx) -> RosterModel:
    """The one shared participants model of the open trajectory."""
    return ctx.model(MODEL_KEY, lambda: RosterModel(ctx))
