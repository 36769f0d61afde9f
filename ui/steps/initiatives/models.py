"""Initiatives step: the activities, sign-ups and names models, and the labels they show."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from sessions import harvest, participants
from sessions.changes import Change, Topic
from sessions.harvest.activities import SIGNUPS
from ui.context import ModelKey
from ui.people import people_model
from ui.tables import ListTableModel, apply_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
FULL_COLOUR = "#D55E00"

KIND_LABELS = {
    "intervisie": QT_TRANSLATE_NOOP("Harvest", "Peer consultation"),
    "training": QT_TRANSLATE_NOOP("Harvest", "Training module"),
    "kenniscafe": QT_TRANSLATE_NOOP("Harvest", "Knowledge café"),
    "wijkreis": QT_TRANSLATE_NOOP("Harvest", "Neighbourhood tour"),
    "custom": QT_TRANSLATE_NOOP("Harvest", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Harvest", text)


def kind_label(kind: str) -> str:
    """An activity kind in the UI language."""
    return _tr(KIND_LABELS.get(kind, kind))


def places_text(s: harvest.ActivitySummary) -> str:
    """'7 / 12' or '17' when there is no maximum."""
    cap = s.activity.capacity
    return f"{s.signed} / {cap}" if cap is not None else str(s.signed)


def ask_plain(parent: QWidget, text: str) -> bool:
    """A yes/no question whose text (with user names in it) is never read as rich text."""
    box = QMessageBox(QMessageBox.Icon.Question, "Startdag", text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


# ---------------------------------------------------------------- models


class ActivitiesModel(ListTableModel):
    """The activities with how full they are; shared by console and projector."""

    updated = Signal()   # after an edit was applied in place
    CONTEXT = "Harvest"
    COLUMNS = (QT_TRANSLATE_NOOP("Harvest", "Activity"), QT_TRANSLATE_NOOP("Harvest", "Kind"),
               QT_TRANSLATE_NOOP("Harvest", "Date or period"),
               QT_TRANSLATE_NOOP("Harvest", "Places"), QT_TRANSLATE_NOOP("Harvest", "Waiting"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[harvest.ActivitySummary] = []
        ctx.change_record.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        people = change.of(Topic.PARTICIPANTS) if change.touches(Topic.PARTICIPANTS) else None
        if change.touches(Topic.ACTIVITIES) or (change.touches(Topic.PARTICIPANTS) and (
                people is None or people.deleted)):   # a removed person leaves their lists
            apply_rows(self, _ROOT, self.rows, harvest.summaries(store),
                       key=lambda s: s.activity.id, columns=len(self.COLUMNS))
            self.updated.emit()

    def refresh(self) -> None:
        """Re-read the activities."""
        store = self.ctx.store
        self.beginResetModel()
        try:
            self.rows = [] if store is None or store.conn is None else harvest.summaries(store)
        finally:
            self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            full = "  (" + QCoreApplication.translate("Harvest", "full") + ")" if s.full else ""
            return (s.activity.title, kind_label(s.activity.kind), s.activity.period,
                    places_text(s) + full, str(s.waiting) if s.waiting else "")[col]
        if role == ID_ROLE:
            return s.activity.id
        return None

    def row_of(self, activity_id: int | None) -> int:
        """The row of an activity, or -1."""
        return next((i for i, s in enumerate(self.rows) if s.activity.id == activity_id), -1)


class SignupsModel(ListTableModel):
    """Who signed up for one activity, in order; past the capacity is the waiting list."""

    CONTEXT = "Harvest"
    COLUMNS = ("#", QT_TRANSLATE_NOOP("Harvest", "Name"), QT_TRANSLATE_NOOP("Harvest", "Place"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id: int | None = None
        self.rows: list[harvest.Signup] = []
        ctx.change_record.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        """Read the list again in place when the change may touch it."""
        store = self.ctx.store
        if store is None or store.conn is None or self.activity_id is None:
            return
        touched = False
        if change.touches(Topic.ACTIVITIES):
            lists = change.of(SIGNUPS)
            acts = change.of(Topic.ACTIVITIES)
            touched = not change.listed(Topic.ACTIVITIES) or self.activity_id in (
                (lists.all if lists else set()) | (acts.all if acts else set()))
        if not touched and change.touches(Topic.PARTICIPANTS):
            people = change.of(Topic.PARTICIPANTS)
            touched = people is None or bool(people.all & {s.participant_id for s in self.rows})
        if not touched:
            return
        if store.one("SELECT 1 FROM activity WHERE id = ?", (self.activity_id,)) is None:
            new = []
        else:
            new = harvest.signups(store, self.activity_id)
        apply_rows(self, _ROOT, self.rows, new, key=lambda s: s.participant_id,
                   columns=len(self.COLUMNS))
        if self.rows:    # the numbers in the first column follow the order
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def set_activity(self, activity_id: int | None) -> None:
        """Show another activity's list."""
        self.activity_id = activity_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the list."""
        store = self.ctx.store
        self.beginResetModel()
        try:
            self.rows = ([] if store is None or store.conn is None or self.activity_id is None
                         or not harvest.activity_exists(store, self.activity_id)
                         else harvest.signups(store, self.activity_id))
        finally:
            self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section]) if section else "#"
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(index.row() + 1)
            if col == 1:
                return s.name
            if s.waiting:
                return QCoreApplication.translate("Harvest", "waiting list")
            return QCoreApplication.translate("Harvest", "signed up")
        if role == Qt.ItemDataRole.ForegroundRole and s.waiting:
            return QColor("#8a3b00")
        if role == ID_ROLE:
            return s.participant_id
        return None


class ParticipantNamesModel(QAbstractListModel):
    """Everyone's name for the type-ahead, with an accent- and case-free search key."""

    FOLD_ROLE = Qt.ItemDataRole.UserRole + 2
    updated = Signal()   # after an edit was applied in place

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[tuple[int, str, str]] = []
        self._folded: dict[int, tuple[int, str, str]] = {}
        ctx.change_record.connect(self._on_change)
        self.refresh()

    def _read(self) -> list[tuple[int, str, str]]:
        store = self.ctx.store
        if store is None or store.conn is None:
            return []
        rows = []
        for p in people_model(self.ctx).people:   # the shared model: no query of everyone
            row = self._folded.get(p.id)
            if row is None:
                row = self._folded[p.id] = (p.id, p.display_name,
                                            participants.fold(f"{p.display_name} {p.area}"))
            rows.append(row)
        return rows

    def _on_change(self, change: Change) -> None:
        if not change.touches(Topic.PARTICIPANTS):
            return
        ids = change.of(Topic.PARTICIPANTS)
        if ids is None:
            self._folded.clear()
        else:
            for pid in ids.all:
                self._folded.pop(pid, None)
        apply_rows(self, _ROOT, self.rows, self._read(), key=lambda r: r[0], columns=1)
        self.updated.emit()

    def refresh(self) -> None:
        """Re-read the participants (a reset: the model is new)."""
        self.beginResetModel()
        self._folded.clear()
        self.rows = self._read()
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pid, name, folded = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == self.FOLD_ROLE:
            return folded
        if role == ID_ROLE:
            return pid
        return None


def shared_activities_model(ctx) -> ActivitiesModel:
    """The one activities model of the open trajectory."""
    return ctx.model(ModelKey.ACTIVITIES, lambda: ActivitiesModel(ctx, ctx))


# ---------------------------------------------------------------- the dialog
