"""Harvest step: the review model (each group's actions with their outcome) and its labels."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from sessions import harvest
from sessions.changes import Change, Topic
from ui.actions_overview import short_date, tags_text
from ui.context import ModelKey
from ui.tables import ListTableModel, apply_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOPICS = (Topic.ACTIONS, Topic.GROUPS, Topic.PARTICIPANTS, Topic.HARVEST)

RESULT_LABELS = {
    "achieved": QT_TRANSLATE_NOOP("Harvest", "Achieved"),
    "partly": QT_TRANSLATE_NOOP("Harvest", "Partly achieved"),
    "not": QT_TRANSLATE_NOOP("Harvest", "Not achieved"),
}
# Okabe-Ito, with a symbol so the result never depends on colour alone.
RESULT_COLOURS = {"achieved": "#009E73", "partly": "#E69F00", "not": "#D55E00"}
RESULT_SYMBOLS = {"achieved": "✓", "partly": "½", "not": "✗"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Harvest", text)


def result_label(result: str | None) -> str:
    """An outcome in the UI language ('' when there is none yet)."""
    return _tr(RESULT_LABELS[result]) if result in RESULT_LABELS else ""


def totals_text(t: harvest.Totals) -> str:
    """'3 achieved · 1 partly · 0 not achieved · 2 still open'."""
    bits = [QCoreApplication.translate("Harvest", "{n} achieved").format(n=t.achieved),
            QCoreApplication.translate("Harvest", "{n} partly").format(n=t.partly),
            QCoreApplication.translate("Harvest", "{n} not achieved").format(n=t.not_achieved)]
    if t.open:
        bits.append(QCoreApplication.translate("Harvest", "{n} still open").format(n=t.open))
    return " · ".join(bits)


class HarvestReviewModel(ListTableModel):
    """The actions of the group under review, with their outcomes; shared by console and projector."""

    group_changed = Signal(int)
    CONTEXT = "Harvest"
    COLUMNS = (QT_TRANSLATE_NOOP("Harvest", "Action"), QT_TRANSLATE_NOOP("Harvest", "Owner"),
               QT_TRANSLATE_NOOP("Harvest", "Due"), QT_TRANSLATE_NOOP("Harvest", "Outcome"),
               QT_TRANSLATE_NOOP("Harvest", "Reason"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_ids: list[int] = []
        self.group_id: int | None = None
        self.review: harvest.GroupReview | None = None
        self._people: set[int] = set()     # owners and members shown (their names)
        ctx.change_record.connect(self._on_change)
        self.refresh()

    updated = Signal()   # after an edit was applied in place

    def _on_change(self, change: Change) -> None:
        """Apply an edit in place (the group under review stays; its rows update)."""
        store = self.ctx.store
        if store is None or store.conn is None or not change.touches(*TOPICS):
            return
        if change.touches(Topic.PARTICIPANTS) and not change.touches(
                Topic.ACTIONS, Topic.GROUPS, Topic.HARVEST):
            people = change.of(Topic.PARTICIPANTS)
            if people is not None and self.review is not None and not (
                    {p for p in people.all} & self._people):
                return                         # nobody shown here changed
        group_ids = harvest.group_ids(store)
        if self.review is None or self.group_id not in group_ids:
            self.refresh()                     # the reviewed group is gone: another one
            return
        self.group_ids = group_ids
        new = harvest.group_review(store, self.group_id)
        items = self.review.items
        apply_rows(self, QModelIndex(), items, new.items, key=lambda it: it.action_id,
                   columns=len(self.COLUMNS))
        new.items = items
        self.review = new
        self._people = self._owners(store)
        self.updated.emit()

    def _owners(self, store) -> set[int]:
        ids = [it.action_id for it in self.rows]
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r[0] for r in store.conn.execute(
            f"SELECT owner_id FROM action WHERE id IN ({marks}) UNION"
            f" SELECT participant_id FROM action_member WHERE action_id IN ({marks})",
            (*ids, *ids))}

    @property
    def rows(self) -> list[harvest.ReviewItem]:
        """The reviewed group's actions (empty without a review)."""
        return self.review.items if self.review else []

    @property
    def items(self) -> list[harvest.ReviewItem]:
        """The rows."""
        return self.rows

    def refresh(self) -> None:
        """Re-read the groups and the reviewed group's actions."""
        store = self.ctx.store
        old_group = self.group_id
        self.beginResetModel()
        try:
            if store is None or store.conn is None:
                self.group_ids, self.group_id, self.review = [], None, None
            else:
                self.group_ids = harvest.group_ids(store)
                if self.group_id not in self.group_ids:
                    self.group_id = self.group_ids[0] if self.group_ids else None
                self.review = (harvest.group_review(store, self.group_id)
                               if self.group_id is not None else None)
                self._people = self._owners(store)
        finally:
            self.endResetModel()
        if self.group_id != old_group and self.group_id is not None:
            self.group_changed.emit(self.group_id)

    def set_group(self, group_id: int) -> None:
        """Review another group."""
        if group_id == self.group_id or group_id not in self.group_ids:
            return
        self.group_id = group_id
        self.refresh()
        self.group_changed.emit(group_id)

    def step_group(self, offset: int) -> None:
        """Go to the next (+1) or previous (-1) group."""
        if self.group_id in self.group_ids:
            i = self.group_ids.index(self.group_id) + offset
            if 0 <= i < len(self.group_ids):
                self.set_group(self.group_ids[i])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        out = item.outcome
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.title + ("  (+)" if item.after_kickoff else "")
            if col == 1:
                return item.owner_name or "—"
            if col == 2:
                return short_date(item.due_date)
            if col == 3:
                return f"{RESULT_SYMBOLS[out.result]} {result_label(out.result)}" if out else "—"
            if col == 4 and out:
                return "; ".join(x for x in (out.reason, tags_text(out.tags)) if x)
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == 3 and out:
            return QColor(RESULT_COLOURS[out.result])
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and item.after_kickoff:
            return QCoreApplication.translate("Harvest", "Added after the startdag")
        if role == ID_ROLE:
            return item.action_id
        return None

    def row_of(self, action_id: int | None) -> int:
        """The row of an action, or -1."""
        return next((i for i, it in enumerate(self.items) if it.action_id == action_id), -1)





def shared_review_model(ctx) -> HarvestReviewModel:
    """The one review model of the open trajectory."""
    return ctx.model(ModelKey.HARVEST_REVIEW, lambda: HarvestReviewModel(ctx, ctx))


