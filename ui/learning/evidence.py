"""The dated evidence notes of one experiment, as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from sessions import experiments
from sessions.changes import Topic
from ui.learning.common import ID_ROLE, short_date, sync_rows
from ui.tables import ListTableModel


class EvidenceModel(ListTableModel):
    """Date and text of each note, oldest first."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Date"), QT_TRANSLATE_NOOP("Peer", "Note"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.experiment_id: int | None = None
        self.rows: list[experiments.Evidence] = []
        ctx.change_record.connect(self._on_record)

    def _on_record(self, change) -> None:
        if change.changed(Topic.EXPERIMENTS, experiments.EVIDENCE):
            self.refresh()

    def set_experiment(self, experiment_id: int | None) -> None:
        """Show this experiment's notes."""
        self.experiment_id = experiment_id
        self.refresh()

    def refresh(self) -> None:
        """Read again and update in place."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        new = experiments.evidence(store, self.experiment_id) if self.experiment_id else []
        sync_rows(self, self.rows, new)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ev = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_date(ev.date) if index.column() == 0 else ev.text
        if role == ID_ROLE:
            return ev.id
        return None
