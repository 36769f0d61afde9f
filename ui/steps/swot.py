"""The personal SWOT step (optional, private): four quadrants per participant, never projected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sessions import agenda, participants, swot
from ui import commands
from ui.models_capture import ID_ROLE, ErrorReporter, PeopleModel, people_model
from ui.widgets import plain_label

SAVE_DELAY_MS = 700


class FoldFilter(QSortFilterProxyModel):
    """Type-ahead over names, case- and accent-insensitive ('sukru' finds 'Şükrü')."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._only: set[int] | None = None

    def set_only(self, ids: set[int] | None) -> None:
        """Show only these people (those present), or everyone for None."""
        if ids == self._only:
            return
        if hasattr(self, "beginFilterChange"):   # Qt >= 6.9
            self.beginFilterChange()
            self._only = ids
            self.endFilterChange()
        else:
            self._only = ids
            self.invalidateFilter()

    def set_needle(self, text: str) -> None:
        """Show only the names containing ``text`` (folded)."""
        if hasattr(self, "beginFilterChange"):   # Qt >= 6.9
            self.beginFilterChange()
            self._needle = participants.fold(text.strip())
            self.endFilterChange()
        else:
            self._needle = participants.fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._only is not None and index.data(ID_ROLE) not in self._only:
            return False
        if not self._needle:
            return True
        name = index.data() or ""
        return self._needle in participants.fold(name)


class SwotConsole(QWidget):
    """Pick a participant by typing part of the name, then type in the four quadrants."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.people: PeopleModel = people_model(ctx)
        self.errors = ErrorReporter(self)
        self.participant_id: int | None = None
        self._saved: dict[str, str] = dict.fromkeys(swot.QUADRANTS, "")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name, Enter picks"))
        self.search.setClearButtonEnabled(True)
        self.filter = FoldFilter(self)
        self.filter.setSourceModel(self.people)
        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.search.textChanged.connect(self.filter.set_needle)
        self.search.returnPressed.connect(self._pick_first)
        self.list.clicked.connect(self._pick_index)
        self.list.activated.connect(self._pick_index)
        self.setFocusProxy(self.search)
        self.count = plain_label()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.count)

        self.name = plain_label()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        note = plain_label(self.tr("Optional and private: never shown on the projector. "
                                   "Everything is saved as you type."))
        self.message = plain_label()
        self.message.setStyleSheet("color: #b00020;")
        self.errors.error_shown.connect(self._show_message)
        titles = {"S": self.tr("Strengths"), "W": self.tr("Weaknesses"),
                  "O": self.tr("Opportunities"), "T": self.tr("Threats")}
        grid = QGridLayout()
        self.boxes: dict[str, QPlainTextEdit] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_all)
        for n, q in enumerate(swot.QUADRANTS):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setAccessibleName(titles[q])
            box.textChanged.connect(self._timer.start)
            box.installEventFilter(self)
            self.boxes[q] = box
            cell = QVBoxLayout()
            head = QLabel(titles[q])
            bold = QFont(head.font())
            bold.setBold(True)
            head.setFont(bold)
            cell.addWidget(head)
            cell.addWidget(box, 1)
            grid.addLayout(cell, n // 2, n % 2)
        right = QVBoxLayout()
        right.addWidget(self.name)
        right.addWidget(note)
        right.addWidget(self.message)
        right.addLayout(grid, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        ctx.changed.connect(self._on_changed)
        self.people.modelReset.connect(self._update_count)
        self.people.dataChanged.connect(self._update_count)
        self._update_present()
        self._update_count()
        self._load()

    # --- picking

    def _pick_first(self) -> None:
        if self.filter.rowCount() == 0:
            return
        index = self.list.currentIndex()
        self._pick_index(index if index.isValid() else self.filter.index(0, 0))
        self.boxes["S"].setFocus()

    def _pick_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_participant(index.data(ID_ROLE))

    def select_participant(self, participant_id: int) -> None:
        """Show one participant's SWOT (saving what was typed for the previous one first)."""
        self.save_all()
        self.participant_id = participant_id
        row = self.people.row_of(participant_id)
        if row >= 0:
            self.list.setCurrentIndex(self.filter.mapFromSource(self.people.index(row)))
        self._load()

    def _load(self) -> None:
        store = self.ctx.store
        pid = self.participant_id
        enabled = store is not None and pid is not None and self.people.row_of(pid) >= 0
        values = swot.get(store, pid) if enabled else dict.fromkeys(swot.QUADRANTS, "")
        for q, box in self.boxes.items():
            box.blockSignals(True)
            box.setPlainText(values[q])
            box.blockSignals(False)
            box.setEnabled(enabled)
            box.setReadOnly(self.ctx.read_only)
        self._saved = dict(values)
        self.name.setText(participants.get(store, pid).display_name if enabled
                          else self.tr("Choose a participant on the left"))

    def _update_present(self) -> None:
        """Only the people present at the step's meeting are listed (everyone without check-in)."""
        store = self.ctx.store
        if store is None:
            self.filter.set_only(None)
            return
        step = agenda.find(store, self.step_id) if self.step_id else None
        meeting = step.meeting_id if step else participants.checkin_meeting_id(store)
        self.filter.set_only(participants.present_ids(store, meeting))

    def _update_count(self, *_args) -> None:
        shown = {self.filter.index(r, 0).data(ID_ROLE) for r in range(self.filter.rowCount())} \
            if not self.filter._needle else set(self.filter._only or
                                                 {p.id for p in self.people.people})
        self.count.setText(self.tr("{n} of {total} have a SWOT").format(
            n=len(self.people.with_swot & shown), total=len(shown)))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    # --- saving

    def hideEvent(self, event) -> None:
        # leaving the step (or closing the window) must not lose the last words typed
        self.save_all()
        super().hideEvent(event)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusOut and obj in self.boxes.values():
            self.save_all()
        return super().eventFilter(obj, event)

    def save_all(self) -> None:
        """Save every quadrant whose text changed since the last save (one undo step each)."""
        self._timer.stop()
        pid, store = self.participant_id, self.ctx.store
        if pid is None or store is None or self.ctx.read_only:
            return
        for q, box in self.boxes.items():
            new, old = box.toPlainText(), self._saved[q]
            if new == old:
                continue
            self._saved[q] = new
            done = self.errors.attempt(lambda q=q, new=new, old=old: commands.run(
                self.ctx.undo_stack, self.tr("Edit SWOT"),
                lambda: swot.set_text(store, pid, q, new),
                lambda: swot.set_text(store, pid, q, old)))
            if done is None and self.message.text():
                self._saved[q] = old

    def _on_changed(self, topic: str) -> None:
        if topic in ("attendance", "participants"):
            self._update_present()
            self._update_count()
        if topic == "participants" and self.participant_id is not None and \
                self.people.row_of(self.participant_id) < 0:
            self.participant_id = None
            self._load()
        if topic != "swot" or self.participant_id is None or self.ctx.store is None:
            return
        # an undo or redo changed the stored text: show it, unless the box holds unsaved typing
        stored = swot.get(self.ctx.store, self.participant_id)
        for q, box in self.boxes.items():
            text = box.toPlainText()
            if text == stored[q]:
                self._saved[q] = text
            elif text == self._saved[q]:
                box.blockSignals(True)
                box.setPlainText(stored[q])
                box.blockSignals(False)
                self._saved[q] = stored[q]
