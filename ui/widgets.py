"""Shared entry widgets: the one person picker used wherever a facilitator types a name.

The picker folds every Latin letter the way a Dutch user types it (ł→l, ş→s, ø→o, ß→ss,
through :func:`sessions.participants.fold`), shows the matches as you type, and always
says what happened: Enter picks only a single (or exactly named) match, or the one chosen
in the list with the arrow keys; otherwise it says how many match, or that nobody does,
and selects the typed text so the next name replaces it instead of piling up.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QSizePolicy, QWidget

from sessions import participants

ID_ROLE = Qt.ItemDataRole.UserRole + 40
FOLD_ROLE = Qt.ItemDataRole.UserRole + 41
_ROOT = QModelIndex()


class PeopleListModel(QAbstractListModel):
    """(id, name) rows with the folded search text of each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[int, str, str]] = []

    def set_people(self, people: list[tuple[int, str]] | list[tuple[int, str, str]]) -> None:
        """Who can be picked: (id, name) or (id, name, extra searchable text) tuples."""
        self.beginResetModel()
        self.rows = [(p[0], p[1], participants.fold(" ".join(p[1:]))) for p in people]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pid, name, folded = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == FOLD_ROLE:
            return folded
        if role == ID_ROLE:
            return pid
        return None


class _WordsFilter(QSortFilterProxyModel):
    """Rows whose folded text contains every typed word ('sukru yil' finds 'Şükrü Yılmaz')."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        words = participants.fold(text).split()
        if hasattr(self, "beginFilterChange"):         # Qt >= 6.9
            self.beginFilterChange()
            self.words = words
            self.endFilterChange()
        else:
            self.words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802
        if not self.words:
            return False
        folded = self.sourceModel().index(row, 0, parent).data(FOLD_ROLE) or ""
        return all(w in folded for w in self.words)


class PersonPicker(QLineEdit):
    """Type part of a name; the matches drop down; Enter picks one person, or says why not.

    ``picked(id)`` when one person is chosen (the field empties for the next name);
    ``feedback`` is a label the host places nearby: it says how many match, or that
    nobody was found, in the user's language.
    """

    picked = Signal(int)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.people = PeopleListModel(self)
        self.proxy = _WordsFilter(self)
        self.proxy.setSourceModel(self.people)
        self.feedback = QLabel()
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.popup_completer = QCompleter(self.proxy, self)
        self.popup_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.popup_completer.setWidget(self)
        self.popup_completer.setMaxVisibleItems(10)
        self.popup_completer.activated[QModelIndex].connect(self._on_activated)
        self.textEdited.connect(self._on_edited)
        self.returnPressed.connect(self.pick_typed)

    def set_people(self, people) -> None:
        """Who can be picked: (id, name[, extra text]) tuples."""
        self.people.set_people(list(people))
        self.proxy.set_text(self.text())

    def matches(self, text: str | None = None) -> list[int]:
        """The ids matching ``text`` (default: what is typed), in list order."""
        if text is not None:
            self.proxy.set_text(text)
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _on_edited(self, text: str) -> None:
        self.feedback.clear()
        self.proxy.set_text(text)
        if self.proxy.rowCount() and text.strip():
            self.popup_completer.complete()
            # nothing highlighted until the arrow keys choose: Enter alone picks one match only
            self.popup_completer.popup().setCurrentIndex(QModelIndex())
        else:
            self.popup_completer.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        pid = index.data(ID_ROLE)
        if pid is not None:
            self._choose(pid)

    def pick_typed(self) -> None:
        """Enter: one person only — the single match or an exact name; else say why not."""
        typed = self.text().strip()
        if not typed:
            return
        popup = self.popup_completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._on_activated(popup.currentIndex())
            return
        found = self.matches(typed)
        exact = [pid for pid in found
                 if participants.fold(self._name(pid)) == participants.fold(typed)]
        if len(found) == 1 or len(exact) == 1:
            self._choose(found[0] if len(found) == 1 else exact[0])
            return
        if not found:
            self.feedback.setText(self.tr("Nobody found for “{text}”.").format(text=typed))
        else:
            self.feedback.setText(self.tr("{n} people match “{text}”: type more, or pick one "
                                          "with ↓ and press Enter.").format(n=len(found), text=typed))
        self.selectAll()     # the next name typed replaces this one

    def _name(self, pid: int) -> str:
        return next((name for p, name, _f in self.people.rows if p == pid), "")

    def _choose(self, pid: int) -> None:
        self.popup_completer.popup().hide()
        self.clear()
        self.proxy.set_text("")
        self.feedback.clear()
        self.picked.emit(pid)


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that shows user text literally (never as rich text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
class ElidedLabel(QLabel):
    """One line of plain text that never wraps: cut with '…' when narrow, whole in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        """The whole text, however much is shown."""
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text or ""
        self._elide()

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 8)
        return hint

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("…") * 4)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.width() - 2))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
