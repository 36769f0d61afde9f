"""The vote step: dots or hands, tallies with +/-, hide until reveal, the top N and the tie at the cut."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessions import questions
from ui import commands
from ui.models_capture import (
    ID_ROLE,
    TALLY_KEYS,
    ErrorReporter,
    LocalKeys,
    VoteModel,
    step_row,
    vote_model,
)
from ui.widgets import plain_label


class CountDelegate(QStyledItemDelegate):
    """A spin box for the count (never negative); remembers its editor so typing can reach it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editor: QSpinBox | None = None

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(0, 100000)
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        self.editor = editor
        return editor


class TallyTable(QTableView):
    """The vote table: + and - change the selected question's tally, digits start typing the count."""

    def __init__(self, console: VoteConsole):
        super().__init__()
        self.console = console
        self.count_delegate = CountDelegate(self)
        self.setItemDelegateForColumn(VoteModel.COUNT, self.count_delegate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.console.bump(+1)
                return
            if event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.console.bump(-1)
                return
            if event.text().isdigit() and self.currentIndex().isValid():
                # typing a number always goes to the count, whichever cell is current
                index = self.model().index(self.currentIndex().row(), VoteModel.COUNT)
                self.setCurrentIndex(index)
                self.edit(index)
                editor = self.count_delegate.editor
                if editor is not None:
                    editor.setFocus()
                    editor.selectAll()
                    QApplication.sendEvent(editor, QKeyEvent(
                        event.type(), event.key(), event.modifiers(), event.text()))
                return
        super().keyPressEvent(event)


class VoteConsole(QWidget):
    """Settings, tallies, the over-count check, the ranking and the choice of the top N."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.model: VoteModel = vote_model(ctx)
        self.model.meeting_id = step_row(ctx.store, step_id).get("meeting_id")
        self.errors = ErrorReporter(self)
        self._current_id: int | None = None

        self.mode = QComboBox()
        self.mode.addItem(self.tr("Dot voting"), "dots")
        self.mode.addItem(self.tr("Show of hands"), "hands")
        self.mode.currentIndexChanged.connect(
            lambda _i: self._set_round(mode=self.mode.currentData()))
        self.dots = QSpinBox()
        self.dots.setRange(1, 20)
        self.dots.valueChanged.connect(lambda v: self._set_round(dots=v))
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 20)
        self.top_n.valueChanged.connect(lambda v: self._set_round(top_n=v))
        self.voters = QSpinBox()
        self.voters.setRange(0, 10000)
        self.voters.valueChanged.connect(lambda v: self._set_round(voters=v or None))
        self.hidden = QCheckBox(self.tr("Hide the results on the projector"))
        self.hidden.toggled.connect(lambda on: self._set_round(hidden=on))
        self.reveal = QPushButton()
        self.reveal.clicked.connect(lambda: self.hidden.setChecked(not self.hidden.isChecked()))

        # two rows, not five: on a 768-pixel laptop the height belongs to the tally table
        form = QGridLayout()
        form.setVerticalSpacing(4)
        for col, (text, widget) in enumerate(((self.tr("Mode:"), self.mode),
                                              (self.tr("Dots per person:"), self.dots))):
            form.addWidget(plain_label(text, wrap=False), 0, 2 * col)
            form.addWidget(widget, 0, 2 * col + 1)
        for col, (text, widget) in enumerate(((self.tr("Top N:"), self.top_n),
                                              (self.tr("Voters:"), self.voters))):
            form.addWidget(plain_label(text, wrap=False), 1, 2 * col)
            form.addWidget(widget, 1, 2 * col + 1)
        form.addWidget(self.hidden, 0, 4)
        form.addWidget(self.reveal, 1, 4)
        settings_box = QHBoxLayout()
        settings_box.addLayout(form)
        settings_box.addStretch(1)

        self.table = TallyTable(self)
        self.table.setModel(self.model)
        self._local_keys = LocalKeys(self.table, TALLY_KEYS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VoteModel.RANK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VoteModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VoteModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.plus = QPushButton(self.tr("+1"))
        self.plus.setToolTip(self.tr("Add a vote to the selected question (+)"))
        self.plus.clicked.connect(lambda: self.bump(+1))
        self.minus = QPushButton(self.tr("−1"))
        self.minus.setToolTip(self.tr("Take a vote off the selected question (-)"))
        self.minus.clicked.connect(lambda: self.bump(-1))
        self.totals = plain_label(wrap=False)
        tally_row = QHBoxLayout()
        tally_row.addWidget(self.plus)
        tally_row.addWidget(self.minus)
        tally_row.addWidget(plain_label(self.tr("Select a question, then + / - or type the count."),
                                        wrap=False))
        tally_row.addStretch(1)
        tally_row.addWidget(self.totals)

        self.warning = plain_label()
        self.warning.setStyleSheet("background:#fde2e1; color:#5c0b07; padding:6px; font-weight:bold;")
        self.message = plain_label()
        self.message.setStyleSheet("color: #b00020;")

        self.cut_label = plain_label()
        self.tie_box = QHBoxLayout()
        self.tie_buttons: dict[int, QPushButton] = {}
        self.include_all = QPushButton(self.tr("Include all tied"))
        self.include_all.clicked.connect(self._include_all_tied)
        self.confirm = QPushButton(self.tr("Confirm the chosen questions"))
        self.confirm.clicked.connect(lambda: self.confirm_choice())
        self.chosen_label = plain_label()
        decide = QHBoxLayout()
        decide.addWidget(self.include_all)
        decide.addStretch(1)
        decide.addWidget(self.confirm)

        layout = QVBoxLayout(self)
        layout.addLayout(settings_box)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(tally_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.cut_label)
        layout.addLayout(self.tie_box)
        layout.addLayout(decide)
        layout.addWidget(self.chosen_label)

        for reporter in (self.errors, self.model.errors):
            reporter.error_shown.connect(self._show_message)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._sync)
        self.model.about_to_update.connect(self._remember)
        self.model.updated.connect(self._sync)
        self._sync()

    # --- keeping the widgets in step with the model

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _remember(self) -> None:
        self._current_id = self.current_id()

    def current_id(self) -> int | None:
        """The question of the selected row."""
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_question(self, question_id: int) -> None:
        """Select a question's row."""
        row = self.model.row_of(question_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, VoteModel.COUNT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _sync(self) -> None:
        m = self.model
        rnd = m.round
        for widget, setter in ((self.mode, lambda: self.mode.setCurrentIndex(
                                    max(0, self.mode.findData(rnd.mode)))),
                               (self.dots, lambda: self.dots.setValue(rnd.dots)),
                               (self.top_n, lambda: self.top_n.setValue(rnd.top_n)),
                               (self.voters, lambda: self.voters.setValue(rnd.voters or 0)),
                               (self.hidden, lambda: self.hidden.setChecked(rnd.hidden))):
            widget.blockSignals(True)
            setter()
            widget.blockSignals(False)
        writable = not self.ctx.read_only
        for w in (self.mode, self.dots, self.top_n, self.voters, self.hidden, self.reveal,
                  self.plus, self.minus, self.include_all, self.confirm):
            w.setEnabled(writable)
        self.dots.setEnabled(writable and rnd.mode == "dots")
        self.reveal.setText(self.tr("Reveal the results") if rnd.hidden else self.tr("Hide the results"))
        if self._current_id is not None:
            self.select_question(self._current_id)

        check = m.check()
        auto = questions.voter_count(self.ctx.store, m.meeting_id) if rnd.voters is None and \
            self.ctx.store is not None else None
        self.voters.setSpecialValueText(self.tr("auto ({n})").format(n=auto) if auto is not None
                                        else self.tr("auto"))
        if check is not None:
            if rnd.mode == "dots":
                self.totals.setText(self.tr("{total} of {capacity} dots ({voters} × {dots})").format(
                    total=check.total, capacity=check.capacity, voters=check.voters, dots=rnd.dots))
            else:
                self.totals.setText(self.tr("{total} hands, {voters} voters").format(
                    total=check.total, voters=check.voters))
        self.warning.setText(self._warning_text(check))
        self.warning.setVisible(bool(self.warning.text()))
        self._sync_cut()

    def _warning_text(self, check: questions.CountCheck | None) -> str:
        if check is None or not check.over:
            return ""
        if self.model.round.mode == "dots":
            return self.tr("Over-count: {total} dots counted, but {voters} voters × {dots} dots is "
                           "at most {capacity}. Check the tallies.").format(
                total=check.total, voters=check.voters, dots=self.model.round.dots,
                capacity=check.capacity)
        texts = [e.text for e in self.model.entries if e.id in check.over_questions]
        return self.tr("More hands than voters ({voters}) for: {questions}").format(
            voters=check.voters, questions="; ".join(texts))

    def _sync_cut(self) -> None:
        m = self.model
        cut = m.cut
        text_of = {e.id: e.text for e in m.entries}
        checked = {qid for qid, b in self.tie_buttons.items() if b.isChecked()}
        while self.tie_box.count():
            widget = self.tie_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.tie_buttons = {}
        if not m.entries:
            self.cut_label.setText(self.tr("No questions yet: add them in the questions step."))
        elif cut.is_tie:
            total = next(r.total for r in m.ranked if r.entry.id == cut.tied[0])
            self.cut_label.setText(self.tr(
                "Tie at the cut: {n} questions have {votes} votes each for {places} remaining "
                "place(s). Include all tied, or pick:").format(
                n=len(cut.tied), votes=total, places=cut.places))
            for qid in cut.tied:
                button = QPushButton(_short(text_of[qid]))
                # tooltips render rich text when they look like it: escape and say so
                button.setToolTip(f"<qt>{html.escape(text_of[qid])}</qt>")
                button.setCheckable(True)
                button.setChecked(qid in checked)
                button.toggled.connect(self._update_confirm)
                self.tie_buttons[qid] = button
                self.tie_box.addWidget(button)
            self.tie_box.addStretch(1)
        else:
            self.cut_label.setText(self.tr("Top {n}: {questions}").format(
                n=cut.top_n, questions=" · ".join(_short(text_of[i]) for i in cut.sure)))
        self.include_all.setVisible(cut.is_tie)
        chosen = [text_of.get(i, "") for i in m.chosen_ids]
        self.chosen_label.setText(
            self.tr("Chosen: {list}").format(list="  ".join(
                f"{n}. {t}" for n, t in enumerate(chosen, start=1)))
            if chosen else self.tr("Nothing chosen yet."))
        self._update_confirm()

    def _update_confirm(self, *_args) -> None:
        self.confirm.setEnabled(not self.ctx.read_only and bool(self.proposed()))

    def proposed(self) -> list[int]:
        """The questions 'Confirm' would choose: the clear top N plus the tied ones picked."""
        cut = self.model.cut
        return cut.sure + [qid for qid in cut.tied if qid in self.tie_buttons
                           and self.tie_buttons[qid].isChecked()]

    # --- commands

    def _set_round(self, **changes) -> None:
        if self.ctx.store is None or self.ctx.read_only:
            return
        store = self.ctx.store
        old: dict = {}

        def do():
            old.update(questions.set_round(store, **changes))

        self.errors.attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Change the vote settings"), do,
            lambda: questions.set_round(store, **old)))

    def set_hidden(self, hidden: bool) -> None:
        """Hide or reveal the results on the projector."""
        self.hidden.setChecked(hidden)

    def bump(self, delta: int) -> None:
        """Add ``delta`` to the selected question's tally."""
        qid = self.current_id()
        if qid is None or self.ctx.read_only:
            return
        store = self.ctx.store
        old: dict = {}

        def do():
            old["votes"] = questions.add_votes(store, qid, delta)

        self.errors.attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Tally"), do,
            lambda: questions.set_votes(store, qid, old["votes"])))

    def _include_all_tied(self) -> None:
        for button in self.tie_buttons.values():
            button.setChecked(True)
        self.confirm_choice()

    def confirm_choice(self, ids: list[int] | None = None) -> None:
        """Store the chosen questions (rank 1..N): the outcome of this step."""
        ids = self.proposed() if ids is None else ids
        if not ids:
            return
        store = self.ctx.store
        before: dict = {}

        def do():
            before["state"] = questions.choose(store, ids)

        self.errors.attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Choose the questions"), do,
            lambda: questions.restore_state(store, before["state"])))


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
