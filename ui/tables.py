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


def reconcile(keys: list, new_keys: list, remove: Callable[[int], None],
              move: Callable[[int, int], None], insert: Callable[[int], None]) -> None:
    """Turn the row keys ``keys`` into ``new_keys`` in place with the fewest structural
    steps: rows whose key is gone are removed (bottom up), rows that changed place are
    moved, new rows are inserted. Each step is handed to its callback (``remove(row)``,
    ``move(source, target)``, ``insert(target)``: the row ``new_keys[target]`` names),
    which changes the rows it holds and tells its views; ``keys`` follows each step."""
    if keys == new_keys:
        return
    wanted = set(new_keys)
    for row in range(len(keys) - 1, -1, -1):          # removals, bottom up
        if keys[row] not in wanted:
            remove(row)
            del keys[row]
    have = set(keys)
    order = [k for k in new_keys if k in have]
    if keys != order:
        for target, k in enumerate(order):            # moves
            if keys[target] == k:
                continue
            source = keys.index(k, target + 1)
            move(source, target)
            keys.insert(target, keys.pop(source))
    for target, k in enumerate(new_keys):             # insertions
        if target < len(keys) and keys[target] == k:
            continue
        insert(target)
        keys.insert(target, k)


def apply_rows(model: QAbstractItemModel, parent: QModelIndex, rows: list, new: list,
               key: Callable[[Any], int], columns: int) -> None:
    """Turn ``rows`` (the list ``model`` reads under ``parent``) into ``new`` in place.

    Rows whose key is gone are removed, rows that changed place are moved and new rows
    inserted (``reconcile``), each with its begin/end signals, so views keep their
    selection, scroll position and open editors; each run of neighbouring rows whose value
    changed gets one ``dataChanged``. The keys are read once per row; when none came, went
    or moved (an edit), only the changed rows are looked at.
    """
    def remove(row: int) -> None:
        model.beginRemoveRows(parent, row, row)
        del rows[row]
        model.endRemoveRows()

    def move(source: int, target: int) -> None:
        model.beginMoveRows(parent, source, source, parent, target)
        rows.insert(target, rows.pop(source))
        model.endMoveRows()

    def insert(target: int) -> None:
        model.beginInsertRows(parent, target, target)
        rows.insert(target, new[target])
        model.endInsertRows()

    reconcile([key(r) for r in rows], [key(r) for r in new], remove, move, insert)
    # an untouched row is usually the very object the model held: skip comparing its fields
    changed = [i for i, (old, item) in enumerate(zip(rows, new, strict=True))
               if old is not item and old != item]
    rows[:] = new
    for first, last in runs(changed):
        model.dataChanged.emit(model.index(first, 0, parent),
                               model.index(last, columns - 1, parent))


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
