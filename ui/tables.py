"""Shared pieces for the table models and views: a list-backed table model and id selection."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

_ROOT = QModelIndex()


class ListTableModel(QAbstractTableModel):
    """A flat table over the list ``rows``, with ``COLUMNS`` headers translated in ``CONTEXT``."""

    COLUMNS: tuple[str, ...] = ()
    CONTEXT = ""
    rows: list

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None


def selected_id(view, role):
    """The ``role`` data of the view's first selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(role) if rows else None


def select_id(view, model, item_id) -> bool:
    """Select the row ``model.row_of(item_id)`` in the view; False when the model has no such row."""
    row = model.row_of(item_id)
    if row >= 0:
        view.selectRow(row)
    return row >= 0
