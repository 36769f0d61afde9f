"""The questions step: the room names its questions; the facilitator types, edits and merges duplicates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sessions import questions
from ui.models_capture import (
    ID_ROLE,
    VIEW_KEYS,
    ErrorReporter,
    LocalKeys,
    QuestionsModel,
    questions_model,
)
from ui.operations import questions as ops
from ui.widgets import plain_label


class MergeDialog(QDialog):
    """Choose which question's text is kept, and edit it, when merging duplicates."""

    def __init__(self, entries: list[questions.Entry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge questions"))
        self.choices = QListWidget()
        for e in entries:
            item = QListWidgetItem(e.text)
            item.setData(ID_ROLE, e.id)
            self.choices.addItem(item)
        self.text = QLineEdit()
        self.choices.currentItemChanged.connect(
            lambda cur, _prev: self.text.setText(cur.text()) if cur else None)
        self.choices.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep the text of:")))
        layout.addWidget(self.choices)
        layout.addWidget(QLabel(self.tr("The merged question reads:")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def values(self) -> tuple[int, str]:
        """The kept question's id and its (possibly edited) text."""
        item = self.choices.currentItem() or self.choices.item(0)
        return item.data(ID_ROLE), self.text.text().strip() or item.text()


class QuestionsConsole(QWidget):
    """Type and press Enter; edit in place; reorder; select two or more and merge."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.model: QuestionsModel = questions_model(ctx)
        self.errors = ErrorReporter(self)
        self._keep_selection: list[int] = []
        self._keep_current: int | None = None

        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Type a question and press Enter"))
        self.entry.returnPressed.connect(self._add)
        self.setFocusProxy(self.entry)
        self.message = plain_label()
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the votes column holds a number: a fixed width, not measured over all 1,000 rows
        # at every change (ResizeToContents did that on each phone's question)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, max(header.sectionSizeHint(1),
                                    self.view.fontMetrics().horizontalAdvance("00000") + 16))
        self.view.installEventFilter(self)
        self._local_keys = LocalKeys(self.view, VIEW_KEYS)

        self.up = QPushButton(self.tr("Up"))
        self.up.setToolTip(self.tr("Alt+Up"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = QPushButton(self.tr("Down"))
        self.down.setToolTip(self.tr("Alt+Down"))
        self.down.clicked.connect(lambda: self.move_selected(+1))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the selected duplicates into one question (Ctrl+M)"))
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.split_button = QPushButton(self.tr("Split"))
        self.split_button.setToolTip(self.tr("Take merged questions apart again"))
        self.split_button.clicked.connect(self.split_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.count = plain_label()
        buttons = QHBoxLayout()
        for b in (self.up, self.down, self.merge_button, self.split_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for reporter in (self.errors, self.model.errors):
            reporter.error_shown.connect(self._show_message)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        # in place: the view keeps selection and scroll itself; only new rows are expanded
        # (expandAll on every update laid out all 1,000 questions again)
        self.model.rowsInserted.connect(self._expand_inserted)
        self.model.about_to_update.connect(self._remember_for_update)
        self.model.updated.connect(self._after_update)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._restore()

    # --- selection across model resets

    def _remember(self) -> None:
        self._keep_selection = self.selected_ids()
        current = self.view.currentIndex()
        self._keep_current = current.data(ID_ROLE) if current.isValid() else None

    def _expand_inserted(self, parent, first: int, last: int) -> None:
        if parent.isValid():
            self.view.expand(parent)
            return
        for row in range(first, last + 1):
            index = self.model.index(row, 0)
            if self.model.rowCount(index):
                self.view.expand(index)

    def _remember_for_update(self) -> None:
        self._held = (self.selected_ids(), self.view.currentIndex().data(ID_ROLE))

    def _after_update(self) -> None:
        # a row that moved was taken out and put back: select it again (and keep the
        # current question), unless it is gone
        held, current = getattr(self, "_held", ([], None))
        if held or current is not None:
            now = set(self.selected_ids())
            sel = self.view.selectionModel()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for qid in held:
                if qid not in now:
                    index = self.model.row_of(qid)
                    if index.isValid():
                        sel.select(index, flags)
            if current is not None and self.view.currentIndex().data(ID_ROLE) != current:
                index = self.model.row_of(current)
                if index.isValid():
                    sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.count.setText(self.tr("%n question(s)", "", len(self.model.entries)))
        self._update_buttons()

    def _restore(self) -> None:
        # only the questions with merged originals: expandAll marks every row expanded (a
        # persistent index each), and every insert or delete then moved 1,000 of them
        for row, e in enumerate(self.model.entries):
            if e.merged:
                self.view.expand(self.model.index(row, 0))
        sel = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for qid in self._keep_selection:
            index = self.model.row_of(qid)
            if index.isValid():
                sel.select(index, flags)
        if self._keep_current is not None:
            index = self.model.row_of(self._keep_current)
            if index.isValid():
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        n = len(self.model.entries)
        self.count.setText(self.tr("%n question(s)", "", n))
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_ids(self) -> list[int]:
        """The ids of the selected questions (top-level and merged), in list order."""
        rows = self.view.selectionModel().selectedRows(0)
        rows.sort(key=lambda i: (i.parent().row() if i.parent().isValid() else i.row(),
                                 i.parent().isValid(), i.row()))
        return [i.data(ID_ROLE) for i in rows]

    def _selected_top(self) -> list[int]:
        top = {e.id for e in self.model.entries}
        return [i for i in self.selected_ids() if i in top]

    def _update_buttons(self, *_args) -> None:
        writable = not self.ctx.read_only
        ids = self.selected_ids()
        top = self._selected_top()
        kept_with_children = {e.id for e in self.model.entries if e.merged}
        self.merge_button.setEnabled(writable and len(top) >= 2)
        self.split_button.setEnabled(writable and bool(ids) and (
            any(i not in {e.id for e in self.model.entries} for i in ids)
            or any(i in kept_with_children for i in ids)))
        self.delete_button.setEnabled(writable and bool(ids))
        self.up.setEnabled(writable and len(top) == 1)
        self.down.setEnabled(writable and len(top) == 1)
        self.entry.setEnabled(writable)

    def eventFilter(self, obj, event):
        if obj is self.view and event.type() == QEvent.Type.KeyPress and \
                self.view.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and \
                    event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_M and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.merge_selected()
                return True
        return super().eventFilter(obj, event)

    # --- commands

    def _add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        if self.add_question(text) is not None:
            self.entry.clear()

    def add_question(self, text: str) -> int | None:
        """Add a question at the end of the list (undoable); return its id."""
        new_id = self.errors.attempt(lambda: ops.add(self.ctx, self.tr("Add question"), text))
        if new_id is not None:
            self.view.scrollTo(self.model.row_of(new_id))
        return new_id

    def delete_selected(self) -> None:
        """Delete the selected questions (one undo step each)."""
        ids = self.selected_ids()
        top = {e.id for e in self.model.entries}
        # a merged original goes with its kept question when both are selected
        kept = {e.id: {q.id for q in e.merged} for e in self.model.entries}
        covered = {c for i in ids if i in top for c in kept.get(i, set())}
        for qid in ids:
            if qid in covered:
                continue
            self.errors.attempt(lambda qid=qid: ops.delete(
                self.ctx, self.tr("Delete question"), qid))

    def move_selected(self, step: int) -> None:
        """Move the one selected question up or down."""
        top = self._selected_top()
        if len(top) != 1:
            return
        order = [e.id for e in self.model.entries]
        old = order.index(top[0])
        new = old + step
        if not 0 <= new < len(order):
            return
        qid = top[0]
        self.errors.attempt(lambda: ops.move(self.ctx, self.tr("Move question"), qid, new, old))

    def merge_selected(self, keep_id: int | None = None, text: str | None = None) -> bool:
        """Merge the selected questions; ask which text is kept unless ``keep_id`` is given."""
        ids = self._selected_top()
        if len(ids) < 2:
            self._show_message(self.tr("Select two or more questions to merge."))
            return False
        if keep_id is None:
            entries = [e for e in self.model.entries if e.id in ids]
            dialog = MergeDialog(entries, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            keep_id, text = dialog.values()
        others = [i for i in ids if i != keep_id]
        return self.errors.attempt(lambda: ops.merge(
            self.ctx, self.tr("Merge questions"), keep_id, others, text)) is not None

    def split_selected(self) -> None:
        """Take the selected merged questions off their kept one (or all of a selected kept one)."""
        top = {e.id: e for e in self.model.entries}
        parent_of = {q.id: e.id for e in self.model.entries for q in e.merged}
        plan: dict[int, list[int] | None] = {}
        for qid in self.selected_ids():
            if qid in top and top[qid].merged:
                plan[qid] = None
            elif qid in parent_of and plan.get(parent_of[qid], []) is not None:
                plan.setdefault(parent_of[qid], []).append(qid)
        for keep, ids in plan.items():
            self.errors.attempt(lambda keep=keep, ids=ids: ops.split(
                self.ctx, self.tr("Split questions"), keep, ids))
