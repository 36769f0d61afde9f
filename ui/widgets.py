"""Shared entry widgets: the one person picker used wherever a facilitator types a name,
and the one date field used wherever a date is typed or picked.

The picker folds every Latin letter the way a Dutch user types it (ł→l, ş→s, ø→o, ß→ss,
through :func:`sessions.participants.fold`), shows the matches as you type, and always
says what happened: Enter picks only a single (or exactly named) match, or the one chosen
in the list with the arrow keys; otherwise it says how many match, or that nobody does,
and selects the typed text so the next name replaces it instead of piling up.
"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from sessions import participants
from ui import dates

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


class CommitTextEdit(QPlainTextEdit):
    """A plain text box that reports when the facilitator leaves it, so the text is saved
    (the day's instructions and notes, the harvest's lessons)."""

    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editing_finished.emit()


class SelectAllLineEdit(QLineEdit):
    """A field whose text is replaced, not appended to: entering it selects what is there."""

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        # after the mouse press has placed the cursor, so the click does not undo the selection
        QTimer.singleShot(0, self.selectAll)


class DateField(QWidget):
    """One date, typed the Dutch way or picked from a calendar that opens at the meeting.

    The field shows the UI's one short format (:func:`ui.dates.display_format`) and reads
    what people type: "15-5", "15-05-2026", "15 mei" (a date without a year is the first
    such date on or after the reference date: the meeting's). An impossible date says so
    below the field and changes nothing. ``date_changed(iso)`` when the user changed the
    date ('' = no date, only when ``optional``); ``editingFinished`` whenever a typed or
    picked date was taken (changed or not), like QDateEdit's.
    """

    date_changed = Signal(str)
    editingFinished = Signal()  # noqa: N815 - the name QDateEdit users connect to

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True,
                 reference=None, none_text: str = ""):
        super().__init__(parent)
        self.optional = optional
        self.reference = reference      # a date, or a callable giving one (None: today)
        self._value: date | None = None if optional else date.today()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(none_text or self.tr("e.g. 15-5 or 15 May"))
        self.edit.setClearButtonEnabled(optional)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date in the calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#a00000;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(row)
        box.addWidget(self.message)
        self.setFocusProxy(self.edit)
        # wide enough for "dd-mm-jjjj" and a little more, never stretched across a form
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.edit.editingFinished.connect(self.commit_text)
        self.edit.textEdited.connect(lambda _t: self.message.hide())
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._show()

    # ------------------------------------------------------------ value

    def value(self) -> date | None:
        """The date (None for no date)."""
        return self._value

    def iso(self) -> str:
        """The date as an ISO string ('' for no date)."""
        return self._value.isoformat() if self._value else ""

    def date(self) -> QDate:
        """The date as a QDate (invalid for no date), like QDateEdit.date()."""
        return QDate(self._value) if self._value else QDate()

    def set_value(self, value: date | None) -> None:
        """Show this date (None: no date) without reporting a change."""
        if value is None and not self.optional:
            value = date.today()
        self._value = value
        self.message.hide()
        self._show()

    def set_iso(self, iso: str) -> None:
        """Show an ISO date ('' or a bad string: no date)."""
        d = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
        self.set_value(d.toPython() if d.isValid() else None)

    def setDate(self, value: QDate) -> None:  # noqa: N802 - QDateEdit's name
        """Show a QDate (invalid: no date)."""
        self.set_value(value.toPython() if value.isValid() else None)

    def set_reference(self, reference) -> None:
        """The date a year-less entry counts from and where an empty calendar opens: a date,
        or a callable that gives one when needed (the meeting of the open trajectory)."""
        self.reference = reference

    def reference_date(self) -> date:
        """The reference date now (today when none is known)."""
        ref = self.reference() if callable(self.reference) else self.reference
        return ref or date.today()

    def error_text(self) -> str:
        """The message shown for the last refused entry ('' when none is shown)."""
        return self.message.text() if not self.message.isHidden() else ""

    def _show(self) -> None:
        self.edit.setText(dates.short_date(self.iso()))

    # ------------------------------------------------------------ editing

    def commit_text(self) -> None:
        """Take what is typed: a date, no date (when optional), or a message and no change."""
        typed = self.edit.text().strip()
        if not typed and self.optional:
            self._take(None)
            return
        fmt = dates.display_format()
        month_first = fmt.index("M") < fmt.index("d")
        found = dates.parse_date(typed, after=self.reference_date(),
                                 month_first=month_first) if typed else None
        if found is None:
            self.message.setText(self.tr("“{text}” is not a date. Type for example 15-5, "
                                         "15-05-2026 or 15 May.").format(text=typed)
                                 if typed else self.tr("Type a date, for example 15-5."))
            self.message.show()
            self._show()       # nothing changes: the stored date comes back
            self.edit.selectAll()
            return
        self._take(found)

    def _take(self, value: date | None) -> None:
        changed = value != self._value
        self._value = value
        self.message.hide()
        self._show()
        if changed:
            self.date_changed.emit(self.iso())
        self.editingFinished.emit()

    def open_calendar(self) -> None:
        """Open the calendar at the date, or else at the meeting (never at January 2000)."""
        at = self._value or self.reference_date()
        self.calendar.setSelectedDate(QDate(at))
        self.calendar.setCurrentPage(at.year, at.month)
        self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.menu.hide()
        self._take(picked.toPython())
        self.edit.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                        and mods & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)


class RefreshWhenShown(QObject):
    """Read a page again now or, while it sits behind another tab of a window on screen, when
    it comes to the front: a page nobody sees does no work per edit, and nothing is lost."""

    def __init__(self, page: QWidget, refresh):
        super().__init__(page)
        self.page, self.refresh, self.stale = page, refresh, False
        page.installEventFilter(self)

    def request(self) -> None:
        if self.page.window().isVisible() and not self.page.isVisible():
            self.stale = True
        else:
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            try:
                self.refresh()
            except Exception:   # a failed read must not take the event (and the app) with it
                sys.excepthook(*sys.exc_info())
        return False
