"""The concept board step: the room turns the concept into houding and gedrag (or reflects, at the harvest).

The board key comes from the step's settings ``{"board": ...}`` (default "concept");
the harvest reflection step reuses this page with ``{"board": "reflection"}``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessions import boards
from ui.models_capture import (
    ID_ROLE,
    VIEW_KEYS,
    ErrorReporter,
    LocalKeys,
    board_model,
    step_settings,
)
from ui.operations import boards as ops
from ui.widgets import plain_label


def board_key(ctx, step_id: int) -> str:
    """The board a step works on (settings ``board``, default 'concept')."""
    return boards.key_for(step_settings(ctx.store, step_id))


def _tool(text: str, tip: str, slot) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


class ColumnPanel(QFrame):
    """One column on the console: its title, its items and a line to type new ones."""

    def __init__(self, console: ConceptConsole, column_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.console = console
        self.column_id = column_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._selected_id: int | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Column title"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.editingFinished.connect(self._rename)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(_tool("◀", self.tr("Move the column left"), lambda: self._move_column(-1)))
        head.addWidget(_tool("▶", self.tr("Move the column right"), lambda: self._move_column(+1)))
        head.addWidget(_tool("✕", self.tr("Remove the column"), self._remove_column))

        self.view = QListView()
        self.view.setModel(console.model)
        self.view.setWordWrap(True)
        # long items wrap inside the column, never a sideways scrollbar
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.installEventFilter(self)
        self._local_keys = LocalKeys(self.view, VIEW_KEYS)
        # connected after setModel, so this runs after the view's own reset (which clears the root)
        console.model.modelAboutToBeReset.connect(self.remember)
        console.model.modelReset.connect(self._after_reset)

        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Type and press Enter"))
        self.entry.returnPressed.connect(self._add)

        tools = QHBoxLayout()
        tools.addWidget(_tool("↑", self.tr("Move up (Alt+Up)"), lambda: self._move_item(0, -1)))
        tools.addWidget(_tool("↓", self.tr("Move down (Alt+Down)"), lambda: self._move_item(0, +1)))
        tools.addWidget(_tool("←", self.tr("To the column on the left (Alt+Left)"),
                              lambda: self._move_item(-1, 0)))
        tools.addWidget(_tool("→", self.tr("To the column on the right (Alt+Right)"),
                              lambda: self._move_item(+1, 0)))
        tools.addStretch(1)
        tools.addWidget(_tool(self.tr("Delete"), self.tr("Delete the item (Del)"), self._delete))

        for w in (self.title, self.entry):
            w.setEnabled(not console.ctx.read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        layout.addWidget(self.entry)

    # --- keeping up with the model

    def remember(self) -> None:
        """Note the selected item before the model resets."""
        self._selected_id = self.selected_id()

    def _after_reset(self) -> None:
        for col in self.console.model.columns:
            if col.id == self.column_id:
                self.rebind(col.title)

    def rebind(self, column_title: str) -> None:
        """Point the view at this column again after a reset, and restore the selection."""
        root = self.console.model.column_index(self.column_id)
        self.view.setRootIndex(root)
        self.show_title(column_title)
        if self._selected_id is not None:
            self.select_item(self._selected_id)

    def show_title(self, column_title: str) -> None:
        """The column's title as stored (not while the facilitator is typing one)."""
        # a focused title nobody typed in since it was shown or stored follows too (an undo)
        if (not self.title.hasFocus() or not self.title.isModified()) \
                and self.title.text() != column_title:
            self.title.setText(column_title)

    def select_item(self, item_id: int) -> None:
        """Select an item of this column by id."""
        model = self.console.model
        root = model.column_index(self.column_id)
        for row in range(model.rowCount(root)):
            index = model.index(row, 0, root)
            if index.data(ID_ROLE) == item_id:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def selected_id(self) -> int | None:
        """The id of the selected item, if any."""
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isSelected(index):
            return index.data(ID_ROLE)
        return None

    def items(self) -> list[str]:
        """The texts shown in this column (for tests and the projector's check)."""
        model = self.console.model
        root = model.column_index(self.column_id)
        return [model.index(r, 0, root).data() for r in range(model.rowCount(root))]

    def eventFilter(self, obj, event):
        if obj is self.view and event.type() == event.Type.KeyPress and self.view.state() != \
                QAbstractItemView.State.EditingState:
            key, mods = event.key(), event.modifiers()
            if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
                self._delete()
                return True
            if mods & Qt.KeyboardModifier.AltModifier:
                moves = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
                         Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
                if key in moves:
                    self._move_item(*moves[key])
                    return True
        return super().eventFilter(obj, event)

    # --- edits

    def _add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        if self.console.add_item(self.column_id, text) is not None:
            self.entry.clear()

    def _rename(self) -> None:
        index = self.console.model.column_index(self.column_id)
        if index.isValid() and self.title.text().strip() != index.data():
            if not self.console.model.setData(index, self.title.text()):
                self.title.setText(index.data())
        if index.isValid() and self.title.text().strip() == index.data():
            # stored: setText drops the field's own typing history, so Ctrl+Z with the cursor
            # still here undoes the rename instead of only the field's text
            self.title.setText(index.data())

    def _delete(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.console.delete_item(item_id)

    def _move_item(self, column_step: int, row_step: int) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        self.console.move_item(self.column_id, item_id, self.view.currentIndex().row(),
                               column_step, row_step)

    def _move_column(self, step: int) -> None:
        self.console.move_column(self.column_id, step)

    def _remove_column(self) -> None:
        self.console.remove_column(self.column_id)


class ConceptConsole(QWidget):
    """The facilitator's board: columns side by side, type and press Enter to add."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.key = board_key(ctx, step_id)
        self.model = board_model(ctx, self.key)
        self.errors = ErrorReporter(self)
        self.panels: dict[int, ColumnPanel] = {}

        self.new_column = QLineEdit()
        self.new_column.setPlaceholderText(self.tr("New column: type a title and press Enter"))
        self.new_column.returnPressed.connect(self._add_column)
        self.new_column.setEnabled(not ctx.read_only)
        self.message = plain_label()
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        # a concept step's board is made with the step (sessions.agenda); a file from before
        # that has none yet until the facilitator sets it up here (showing never writes)
        self.set_up = QPushButton(self.tr("Set up the board"))
        self.set_up.clicked.connect(self._set_up_board)
        top = QHBoxLayout()
        top.addWidget(self.new_column, 1)
        top.addWidget(self.set_up)

        self.columns_layout = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(self.columns_layout, 1)

        for reporter in (self.errors, self.model.errors):
            reporter.error_shown.connect(self._show_message)
        self.model.modelReset.connect(self._rebuild)
        # in place: a column's list follows its own rows (its root index moves with the
        # column); the page adds, removes and orders the panels and shows renamed titles
        self.model.updated.connect(self._rebuild)
        self._rebuild()
        if self.panels:
            # focus lands where the facilitator types: the first column's entry line
            self.setFocusProxy(self.panels[self.model.columns[0].id].entry)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_up_board(self) -> None:
        self.errors.attempt(lambda: ops.set_up_board(self.ctx, self.tr("Set up the board"),
                                                     self.key))

    def _rebuild(self) -> None:
        missing = self.model.board is None
        self.set_up.setVisible(missing and self.ctx.store is not None and not self.ctx.read_only)
        self.new_column.setEnabled(not missing and not self.ctx.read_only)
        wanted = [c.id for c in self.model.columns]
        for cid in list(self.panels):
            if cid not in wanted:
                panel = self.panels.pop(cid)
                self.columns_layout.removeWidget(panel)
                panel.hide()        # at once: its column is gone (deleteLater waits)
                panel.deleteLater()
        current = [self.columns_layout.itemAt(i).widget() for i in range(self.columns_layout.count())]
        if [p.column_id for p in current] != wanted:
            for panel in current:
                self.columns_layout.removeWidget(panel)
            for cid in wanted:
                if cid not in self.panels:
                    self.panels[cid] = ColumnPanel(self, cid, self)
                    self.panels[cid].rebind(self.model.columns[wanted.index(cid)].title)
                self.columns_layout.addWidget(self.panels[cid], 1)
        for col in self.model.columns:
            self.panels[col.id].show_title(col.title)

    # --- commands (each one undoable, each one a durable write)

    def add_item(self, column_id: int, text: str) -> int | None:
        """Add an item to a column; return its id (None when refused)."""
        new_id = self.errors.attempt(lambda: ops.add_item(
            self.ctx, self.tr("Add “{text}”").format(text=text), column_id, text))
        if new_id is not None and column_id in self.panels:
            self.panels[column_id].view.scrollToBottom()
        return new_id

    def delete_item(self, item_id: int) -> None:
        """Delete an item."""
        self.errors.attempt(lambda: ops.delete_item(self.ctx, self.tr("Delete item"), item_id))

    def move_item(self, column_id: int, item_id: int, row: int, column_step: int,
                  row_step: int) -> None:
        """Move an item up/down in its column, or to the column on its left/right."""
        ids = [c.id for c in self.model.columns]
        target_col = ids.index(column_id) + column_step
        if not 0 <= target_col < len(ids):
            return
        target = ids[target_col]
        if column_step:
            index = len(self.model.columns[target_col].items)
        else:
            index = row + row_step
            if not 0 <= index < len(self.model.columns[target_col].items):
                return
        self.errors.attempt(lambda: ops.move_item(self.ctx, self.tr("Move item"), item_id,
                                                  target, index))
        self.panels[target].select_item(item_id)
        self.panels[target].view.setFocus()

    def move_column(self, column_id: int, step: int) -> None:
        """Move a column left or right."""
        ids = [c.id for c in self.model.columns]
        index = ids.index(column_id) + step
        if not 0 <= index < len(ids):
            return
        self.errors.attempt(lambda: ops.move_column(self.ctx, self.tr("Move column"), column_id,
                                                    index, index - step))

    def remove_column(self, column_id: int) -> None:
        """Remove a column with its items (undo brings both back)."""
        self.errors.attempt(lambda: ops.remove_column(self.ctx, self.tr("Remove column"),
                                                      column_id))

    def _add_column(self) -> None:
        title = self.new_column.text().strip()
        if not title or self.model.board is None:
            return
        bid = self.model.board.id
        added = self.errors.attempt(lambda: ops.add_column(self.ctx, self.tr("Add column"), bid,
                                                           title))
        if added is not None:
            self.new_column.clear()
            self.panels[added].entry.setFocus()
