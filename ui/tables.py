"""Shared pieces for the table models and views: a list-backed table model and id selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

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


def apply_rows(model: QAbstractItemModel, parent: QModelIndex, rows: list, new: list,
               key: Callable[[Any], int], columns: int) -> None:
    """Turn ``rows`` (the list ``model`` reads under ``parent``) into ``new`` in place.

    Rows whose key is gone are removed, rows that changed place are moved and new rows
    inserted, each with its begin/end signals, so views keep their selection, scroll
    position and open editors; rows whose value changed get one ``dataChanged``.
    """
    wanted = {key(r): i for i, r in enumerate(new)}
    for row in range(len(rows) - 1, -1, -1):          # removals, bottom up
        if key(rows[row]) not in wanted:
            model.beginRemoveRows(parent, row, row)
            del rows[row]
            model.endRemoveRows()
    have = {key(r) for r in rows}
    order = [r for r in new if key(r) in have]
    for target, item in enumerate(order):             # moves
        k = key(item)
        if key(rows[target]) == k:
            continue
        source = next(i for i in range(target + 1, len(rows)) if key(rows[i]) == k)
        model.beginMoveRows(parent, source, source, parent, target)
        rows.insert(target, rows.pop(source))
        model.endMoveRows()
    for target, item in enumerate(new):               # insertions
        if target < len(rows) and key(rows[target]) == key(item):
            continue
        model.beginInsertRows(parent, target, target)
        rows.insert(target, item)
        model.endInsertRows()
    # an untouched row is usually the very object the model held: skip comparing its fields
    changed = [i for i, (old, item) in enumerate(zip(rows, new, strict=True))
               if old is not item and old != item]
    rows[:] = new
    if changed:
        model.dataChanged.emit(model.index(changed[0], 0, parent),
                               model.index(changed[-1], columns - 1, parent))


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
