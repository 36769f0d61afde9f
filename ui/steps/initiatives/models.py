"""Initiatives step: the activities, sign-ups and names models, and the labels they show."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from sessions import harvest, participants
from ui.tables import ListTableModel

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

    CONTEXT = "Harvest"
    COLUMNS = (QT_TRANSLATE_NOOP("Harvest", "Activity"), QT_TRANSLATE_NOOP("Harvest", "Kind"),
               QT_TRANSLATE_NOOP("Harvest", "Date or period"),
               QT_TRANSLATE_NOOP("Harvest", "Places"), QT_TRANSLATE_NOOP("Harvest", "Waiting"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[harvest.ActivitySummary] = []
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topic: str) -> None:
        if topic in ("activities", "participants"):
            self.refresh()

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
            full = f"  ({QCoreApplication.translate('Harvest', 'full')})" if s.full else ""
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
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        if topic in ("activities", "participants"):
            self.refresh()

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

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[tuple[int, str, str]] = []
        ctx.changed.connect(lambda topic: self.refresh() if topic == "participants" else None)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the participants."""
        store = self.ctx.store
        self.beginResetModel()
        people = [] if store is None or store.conn is None else participants.all_participants(store)
        self.rows = [(p.id, p.display_name, participants.fold(f"{p.display_name} {p.area}"))
                     for p in people]
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
    return ctx.model("harvest.activities", lambda: ActivitiesModel(ctx, ctx))


# ---------------------------------------------------------------- the dialog
