"""Harvest step: the console where each action is judged achieved or not, with the reason."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessions import groups, harvest
from ui.actions_overview import log_kind_label, short_date, status_label, tag_label
from ui.commands import run
from ui.messages import harvest_error_text
from ui.operations import succeeded, warn_box
from ui.steps.harvest.models import (
    ID_ROLE,
    RESULT_SYMBOLS,
    result_label,
    shared_review_model,
    totals_text,
)
from ui.tables import select_id, selected_id
from ui.theme import scale_font
from ui.widgets import CommitTextEdit, ElidedLabel, SelectAllLineEdit, plain_label


class HarvestConsole(QWidget):
    """The facilitator's review of one group at a time: outcomes, reasons, tags, lessons."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        # a reason or tags typed before an outcome is chosen, per action: kept when the
        # facilitator looks at another action first, so nothing typed is lost
        self._drafts: dict[int, tuple[str, list[str]]] = {}
        self._editing_id: int | None = None
        self.step_id = step_id
        self.model = shared_review_model(ctx)
        self._loading = False
        self._lessons_dirty = False

        self.prev_button = QPushButton(self.tr("◀ Previous group"))
        self.next_button = QPushButton(self.tr("Next group ▶"))
        self.group_combo = QComboBox()
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.totals_label = ElidedLabel()
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.group_combo)
        top.addWidget(self.next_button)
        top.addWidget(self.totals_label, 1)      # beside the group, not a line of its own
        self.question_label = plain_label()
        f = QFont(self.question_label.font())
        f.setItalic(True)
        self.question_label.setFont(f)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(2, True)     # the due date is in the editor's plan line
        # one line per action, at least six visible: the table is what the room talks about
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._row_height = row_height
        self._fit_table_height()

        # the selected action's outcome
        self.action_title = plain_label()
        scale_font(self.action_title, 1.5, bold=True)  # the action being judged, in large type
        self.plan_label = plain_label()
        self.result_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        texts = {"achieved": self.tr("&Achieved"), "partly": self.tr("&Partly"),
                 "not": self.tr("&Not achieved")}
        for result in harvest.RESULTS:
            b = QPushButton(f"{RESULT_SYMBOLS[result]}  {texts[result]}")
            b.setCheckable(True)
            b.setToolTip(self.tr("Key {n} in the list").format(
                n=harvest.RESULTS.index(result) + 1))
            b.clicked.connect(lambda _=False, r=result: self.record_outcome(r))
            self.result_buttons[result] = b
            buttons.addWidget(b)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear_outcome)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.reason_edit = SelectAllLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why? (Enter saves)"))
        self.reason_edit.setMaxLength(harvest.MAX_TEXT)
        self.tag_buttons: dict[str, QPushButton] = {}
        tags = QGridLayout()
        for i, tag in enumerate(harvest.QUICK_TAGS):
            b = QPushButton(tag_label(tag))
            b.setCheckable(True)
            b.clicked.connect(self._on_tags_changed)
            self.tag_buttons[tag] = b
            b.setMinimumHeight(b.sizeHint().height())
            tags.addWidget(b, i // 2, i % 2)     # two by two: the log needs the width beside
        editor = QGroupBox(self.tr("Outcome"))
        self.editor_box = editor
        ev = QVBoxLayout(editor)
        ev.addLayout(buttons)
        ev.addWidget(self.reason_edit)
        ev.addLayout(tags)

        # the half year beside the action being judged: updates, the support asked, the answer
        self.log_list = QListWidget()
        self.log_list.setWordWrap(True)
        self.log_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.log_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.log_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_list.setUniformItemSizes(False)
        self.log_box = QGroupBox(self.tr("Log of the half year"))
        lb = QVBoxLayout(self.log_box)
        lb.setContentsMargins(6, 2, 6, 6)
        lb.addWidget(self.log_list, 1)
        self.log_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        self.lessons_edit = CommitTextEdit()
        self.lessons_edit.setPlaceholderText(self.tr("What did this group learn?"))
        self.lessons_edit.setTabChangesFocus(True)
        # no save button: the lessons save as the box is left, and when the app closes
        lessons = QHBoxLayout()
        lessons_label = plain_label(self.tr("What the group learned"), wrap=False)
        lessons_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        lessons_label.setBuddy(self.lessons_edit)
        lessons.addWidget(lessons_label)
        lessons.addWidget(self.lessons_edit, 1)
        self.lessons_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # no splitter: nothing can be dragged shut; the table takes the height left over
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.question_label)
        layout.addWidget(self.table, 1)
        # the action judged in large type over the whole width, its outcome and its log below
        layout.addWidget(self.action_title)
        layout.addWidget(self.plan_label)
        judged = QHBoxLayout()
        judged.addWidget(editor, 1)
        judged.addWidget(self.log_box, 1)
        layout.addLayout(judged)
        layout.addLayout(lessons)

        self.table.installEventFilter(self)
        self.prev_button.clicked.connect(lambda: self.model.step_group(-1))
        self.next_button.clicked.connect(lambda: self.model.step_group(1))
        self.group_combo.activated.connect(
            lambda i: self.model.set_group(self.group_combo.itemData(i)))
        self.reason_edit.returnPressed.connect(self._save_reason)
        self.reason_edit.editingFinished.connect(self._save_reason)
        self.lessons_edit.editing_finished.connect(self.save_lessons)
        self.lessons_edit.textChanged.connect(self._on_lessons_typed)
        self.table.selectionModel().selectionChanged.connect(self._load_editor)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._on_reset)
        # in place: the selection stayed; labels, totals and the editor read again
        self.model.updated.connect(self._after_update)
        self.model.group_changed.connect(self._on_group_changed)
        self._kept: int | None = None
        self._on_group_changed()
        self._on_reset()

    _KEYS = {Qt.Key.Key_1: "achieved", Qt.Key.Key_2: "partly", Qt.Key.Key_3: "not"}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # 1/2/3 in the list record the outcome (a QShortcut would need an active window)
        if (obj is self.table and event.type() == QEvent.Type.KeyPress
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and event.key() in self._KEYS):
            self.record_outcome(self._KEYS[event.key()])
            return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ loading

    def _remember(self) -> None:
        self._kept = self.selected_action_id()
        self._kept_group = self.model.group_id

    def _on_group_changed(self, *_args) -> None:
        self._lessons_dirty = False
        self._kept = None

    def _after_update(self) -> None:
        self._remember()
        self._on_reset()

    def _on_reset(self) -> None:
        m = self.model
        self.group_combo.clear()
        store = self.ctx.store
        names = {}
        if store is not None and store.conn is not None:
            # numbered as on the wall's cards
            names = {g.id: groups.numbered(n, g.name)
                     for n, g in enumerate(groups.groups(store), start=1)}
        for gid in m.group_ids:
            self.group_combo.addItem(names.get(gid, "?"), gid)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(m.group_id)))
        i = m.group_ids.index(m.group_id) if m.group_id in m.group_ids else -1
        self.prev_button.setEnabled(i > 0)
        self.next_button.setEnabled(0 <= i < len(m.group_ids) - 1)
        r = m.review
        if r is None:
            self.question_label.setText(self.tr("No theme groups yet: form the groups first."))
            self.totals_label.setText("")
        else:
            self.question_label.setText(r.question)
            self.totals_label.setText(totals_text(r.totals))
            if not self._lessons_dirty:
                self._loading = True
                self.lessons_edit.setPlainText(r.lessons)
                self._loading = False
        self._fit_table_height()
        row = m.row_of(self._kept)
        # another group: its first action, selected and in view (outcomes never go astray)
        if m.group_id != getattr(self, "_shown_group", None):
            row = 0 if m.rowCount() else -1
        self._shown_group = m.group_id
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(m.index(row, 0))
        self._load_editor()

    def _fit_table_height(self) -> None:
        """Six rows, or every action of a smaller group (three at least): the rest of the
        height goes to the action judged, its outcome, its log and the lessons."""
        rows = max(3, min(6, self.model.rowCount()))
        self.table.setMinimumHeight(rows * self._row_height
                                    + self.table.horizontalHeader().sizeHint().height() + 4)

    def selected_action_id(self) -> int | None:
        """The action whose outcome the editor shows."""
        return selected_id(self.table, ID_ROLE)

    def select_action(self, action_id: int) -> None:
        """Select an action of the group under review."""
        select_id(self.table, self.model, action_id)

    def _item(self) -> harvest.ReviewItem | None:
        row = self.model.row_of(self.selected_action_id())
        return self.model.items[row] if row >= 0 else None

    def _load_editor(self, *_args) -> None:
        item = self._item()
        self._keep_draft(item)
        writable = not self.ctx.read_only and item is not None
        for w in (*self.result_buttons.values(), *self.tag_buttons.values(), self.reason_edit,
                  self.clear_button):
            w.setEnabled(writable)
        self.lessons_edit.setReadOnly(self.ctx.read_only or self.model.review is None)
        self._show_log(item)
        if item is None:
            self.action_title.setText(self.tr("Select an action."))
            self.plan_label.setText("")
            for b in (*self.result_buttons.values(), *self.tag_buttons.values()):
                b.setChecked(False)
            return
        out = item.outcome
        self.action_title.setText(item.title)
        plan = [self.tr("Owner: {name}").format(name=item.owner_name or "—")]
        if item.due_date:
            plan.append(self.tr("due {date}").format(date=short_date(item.due_date)))
        plan.append(self.tr("status: {status}").format(status=status_label(item.status)))
        if item.after_kickoff:
            plan.append(self.tr("added after the startdag"))
        self.plan_label.setText(" · ".join(plan))
        for result, b in self.result_buttons.items():
            b.setChecked(out is not None and out.result == result)
        if out is not None or not self.reason_edit.hasFocus():
            if out is not None and not self.reason_edit.hasFocus():
                self.reason_edit.setText(out.reason)
            elif out is None:
                self.reason_edit.clear()
            for tag, b in self.tag_buttons.items():
                b.setChecked(out is not None and tag in out.tags)
        draft = self._drafts.get(item.action_id) if out is None else None
        if draft is not None and not self.reason_edit.hasFocus():
            self.reason_edit.setText(draft[0])
            for tag, b in self.tag_buttons.items():
                b.setChecked(tag in draft[1])
        # the hint in the empty reason field: no line of its own on a 768-pixel screen
        self.reason_edit.setPlaceholderText(self.tr("Why? (Enter saves)") if out else self.tr(
            "Choose an outcome; the reason and tags are saved with it."))

    def _show_log(self, item: harvest.ReviewItem | None) -> None:
        """The judged action's log, oldest first; the support request stands out."""
        self.log_list.clear()
        if item is None:
            return
        if not item.log:
            self.log_list.addItem(self.tr("Nothing logged since the startdag."))
            return
        for e in item.log:
            text = f"{short_date(e.date)} · {log_kind_label(e.kind)}"
            if e.text:
                text += f": {e.text}"
            if e.status_to:
                text += f" ({status_label(e.status_from or '')} → {status_label(e.status_to)})"
            row = QListWidgetItem(text)
            row.setToolTip(text)
            if e.kind == "support_request":
                f = QFont(self.log_list.font())
                f.setBold(True)
                row.setFont(f)
            self.log_list.addItem(row)

    def _keep_draft(self, item: harvest.ReviewItem | None) -> None:
        """Remember what was typed for the action being left, when it has no outcome yet."""
        new_id = item.action_id if item is not None else None
        old_id, self._editing_id = self._editing_id, new_id
        if old_id is None or old_id == new_id:
            return
        left = next((i for i in self.model.items if i.action_id == old_id), None)
        reason, tags = self.reason_edit.text(), self._tags()
        if left is not None and left.outcome is None and (reason.strip() or tags):
            self._drafts[old_id] = (reason, tags)
        elif left is not None and left.outcome is not None:
            self._drafts.pop(old_id, None)

    # ------------------------------------------------------------ commands

    def _attempt(self, call) -> bool:
        """One edit; a refusal is a warning box in the harvest's words (False then)."""
        return succeeded(call, warn_box(self, "Startdag"), harvest_error_text)

    def _tags(self) -> list[str]:
        return [t for t, b in self.tag_buttons.items() if b.isChecked()]

    def _set(self, action_id: int, result: str, reason: str, tags: list[str], text: str) -> bool:
        store = self.ctx.store
        before = harvest.get_outcome(store, action_id)
        return self._attempt(lambda: run(
            self.ctx.undo_stack, text,
            lambda: harvest.set_outcome(store, action_id, result, reason, tags),
            lambda: harvest.restore_outcome(store, action_id, before)))

    def record_outcome(self, result: str) -> bool:
        """Record the selected action's outcome with the typed reason and chosen tags (undoable)."""
        item = self._item()
        if item is None or self.ctx.read_only:
            return False
        return self._set(item.action_id, result, self.reason_edit.text(), self._tags(),
                         self.tr("Outcome “{title}”: {result}").format(
                             title=item.title, result=result_label(result)))

    def _save_reason(self) -> None:
        item = self._item()
        if item is None or item.outcome is None or self.ctx.read_only:
            return
        reason = self.reason_edit.text().strip()
        if reason != item.outcome.reason:
            self._set(item.action_id, item.outcome.result, reason, item.outcome.tags,
                      self.tr("Reason for “{title}”").format(title=item.title))

    def _on_tags_changed(self) -> None:
        item = self._item()
        if item is None or item.outcome is None or self.ctx.read_only:
            return
        reason = self.reason_edit.text().strip()
        self._set(item.action_id, item.outcome.result, reason, self._tags(),
                  self.tr("Tags for “{title}”").format(title=item.title))

    def clear_outcome(self) -> None:
        """Forget the selected action's outcome (undoable)."""
        item = self._item()
        if item is None or item.outcome is None or self.ctx.read_only:
            return
        store = self.ctx.store
        before = item.outcome
        self._attempt(lambda: run(
            self.ctx.undo_stack, self.tr("Clear outcome “{title}”").format(title=item.title),
            lambda: harvest.clear_outcome(store, item.action_id),
            lambda: harvest.restore_outcome(store, item.action_id, before)))

    def _on_lessons_typed(self) -> None:
        if not self._loading:
            self._lessons_dirty = True

    def save_lessons(self) -> None:
        """Write the group's lessons (undoable)."""
        store = self.ctx.store
        gid = self.model.group_id
        if store is None or gid is None or self.ctx.read_only:
            return
        text = self.lessons_edit.toPlainText()
        before = harvest.lessons(store, gid)
        if text.strip() == before:
            self._lessons_dirty = False
            return
        self._lessons_dirty = False
        if not self._attempt(lambda: run(self.ctx.undo_stack, self.tr("Lessons of the group"),
                                         lambda: harvest.set_lessons(store, gid, text),
                                         lambda: harvest.set_lessons(store, gid, before))):
            self._lessons_dirty = True

    def hideEvent(self, event) -> None:  # noqa: N802
        # leaving the step must not lose typed lessons
        if self._lessons_dirty:
            self.save_lessons()
        super().hideEvent(event)
