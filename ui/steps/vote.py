"""The vote step: dots or hands, tallies with +/-, hide until reveal, the top N and the tie at the cut.

Paper and phones are two sources of one tally: the table shows the count typed from
paper, the dots from phones and the total. Phones can send many dots a second, so the
console's labels, the over-count check and the tie panel catch up at most about ten
times a second (the table itself updates in place at once).
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QEvent, QItemSelectionModel, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
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

REFRESH_INTERVAL = 0.1      # seconds between two refreshes of the labels and the tie panel
TIE_SETTLE_MS = 600         # while dots stream in, the tie buttons wait for the tally to hold
TIE_MAX_WAIT = 2.0          # ... but never longer than this (seconds)
TIE_COLUMNS = 2             # tied questions side by side, each wrapped in full
TIE_BUTTONS_MAX = 12        # more tied than this: no buttons to pick from (count on, or all)
# picked: a dark fill with white text and a tick, never a shade that reads as hover
TIE_STYLE = """
TieButton { text-align: left; padding: 6px 8px; border: 2px solid #8a8a8a; border-radius: 4px;
            background: #ffffff; }
TieButton:hover { border-color: #1f4e9c; }
TieButton:focus { border-color: #1f4e9c; }
TieButton:checked { background: #1f4e9c; border-color: #0d2a5c; }
TieButton:disabled { border-color: #c8c8c8; }
TieButton QLabel { color: #1a1a1a; }
"""
PICKED_LABEL = "color: #ffffff; font-weight: bold;"


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


class QuestionDelegate(QStyledItemDelegate):
    """The question column: two lines a row, cut with "…" when longer (the view's elide
    mode); the whole question (and what was merged into it) in a tooltip, only when
    something is cut or merged."""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        needed = option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, option.rect.width() - margin), 100_000),
            int(Qt.TextFlag.TextWordWrap), text).height()
        merged = "(+" in text
        if needed > option.rect.height() or merged:
            QToolTip.showText(event.globalPos(), str(index.data(Qt.ItemDataRole.ToolTipRole)),
                              view, option.rect)
        else:
            QToolTip.hideText()
        return True


class TallyTable(QTableView):
    """The vote table: + and - change the selected question's tally, digits start typing the count."""

    def __init__(self, console: VoteConsole):
        super().__init__()
        self.console = console
        self.count_delegate = CountDelegate(self)
        self.setItemDelegateForColumn(VoteModel.COUNT, self.count_delegate)
        self.question_delegate = QuestionDelegate(self)
        self.setItemDelegateForColumn(VoteModel.TEXT, self.question_delegate)

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


class TieButton(QPushButton):
    """One tied question to pick: the whole question, wrapped, and a picked state that
    cannot be mistaken for hover (a tick, white on dark blue)."""

    PAD_W, PAD_H = 20, 16          # the label's margins plus the border

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = text
        self.setCheckable(True)
        self.setAccessibleName(text)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.label.setText(text)        # the look comes from TIE_STYLE on the panel
        self.toggled.connect(self._show_state)

    def text(self) -> str:  # noqa: D102 - the question (the label paints it, wrapped)
        return self._text

    def _show_state(self, on: bool) -> None:
        self.label.setText(("✓  " if on else "") + self._text)
        self.label.setStyleSheet(PICKED_LABEL if on else "")
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.label.heightForWidth(max(40, width - self.PAD_W)) + self.PAD_H

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = 320
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(160, self.label.fontMetrics().height() + self.PAD_H)


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
        # fixed widths for the numbers: measuring every row to size a column on each
        # change cost about 40 ms per phone dot with 160 questions
        for col in (VoteModel.RANK, VoteModel.PAPER, VoteModel.PHONES, VoteModel.TOTAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(VoteModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self._size_number_columns()
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
        self.tie_grid = QWidget()
        self.tie_grid.setStyleSheet(TIE_STYLE)
        self.tie_box = QGridLayout(self.tie_grid)
        self.tie_box.setContentsMargins(0, 0, 0, 0)
        self.tie_box.setSpacing(6)
        self.tie_area = QScrollArea()
        self.tie_area.setWidget(self.tie_grid)
        self.tie_area.setWidgetResizable(True)
        self.tie_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tie_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tie_area.hide()
        self.tie_buttons: dict[int, TieButton] = {}
        self._tie_key: object = None
        self._tie_wanted: tuple | None = None
        self._tie_waiting_since: float | None = None
        self._tie_changed_at = 0.0
        self._tie_timer = QTimer(self)
        self._tie_timer.setSingleShot(True)
        self._tie_timer.setInterval(TIE_SETTLE_MS)
        self._tie_timer.timeout.connect(self._settle_ties)
        self.include_all = QPushButton(self.tr("Include all tied"))
        self.include_all.clicked.connect(self._include_all_tied)
        self.confirm = QPushButton(self.tr("Confirm the chosen questions"))
        self.confirm.clicked.connect(lambda: self.confirm_choice())
        self.chosen_label = plain_label()
        decide = QHBoxLayout()
        decide.addWidget(self.include_all)
        decide.addWidget(self.chosen_label, 1)
        decide.addWidget(self.confirm)

        # on a 768-pixel laptop the table keeps six rows whatever else shows; a tie panel
        # gets the height left over (it scrolls beyond that)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 6 * rows
                                    + 2 * self.table.frameWidth() + 2)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(settings_box)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(tally_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.cut_label)
        layout.addWidget(self.tie_area)
        layout.addLayout(decide)

        for reporter in (self.errors, self.model.errors):
            reporter.error_shown.connect(self._show_message)
        # a reset (a file opens) loses the selection: put it back at once; an update in place
        # keeps it, and the labels catch up at most REFRESH_INTERVAL apart
        self._last_refresh = 0.0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._sync)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._after_reset)
        self.model.updated.connect(self.schedule)
        if ctx.phones is not None:
            ctx.phones.status_changed.connect(self.schedule)
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

    def _after_reset(self) -> None:
        if self._current_id is not None:
            self.select_question(self._current_id)
        self._sync()

    def schedule(self, *_args) -> None:
        """Refresh the labels and the tie panel: right after this change is handled when
        things were quiet, else a little later (never inside the commit that changed it, so
        a phone's answer does not wait for the console's labels)."""
        if self._refresh_timer.isActive():
            return
        wait = REFRESH_INTERVAL - (time.monotonic() - self._last_refresh)
        self._refresh_timer.start(max(0, int(wait * 1000) + 1))

    def flush(self) -> None:
        """Refresh now when a refresh is waiting, tie buttons included."""
        if self._refresh_timer.isActive():
            self._sync()
        if self._tie_timer.isActive():
            self._settle_ties()

    def _size_number_columns(self) -> None:
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        for col in (VoteModel.RANK, VoteModel.PAPER, VoteModel.PHONES, VoteModel.TOTAL):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(fm.horizontalAdvance(title), fm.horizontalAdvance("88888"))
                                 + 24)

    def _phones_in_use(self) -> bool:
        hub = self.ctx.phones
        if hub is not None and getattr(hub, "running", False):
            return True
        return any(q.ballots for e in self.model.entries for q in (e.question, *e.merged))

    def _sync(self) -> None:
        self._refresh_timer.stop()
        self._last_refresh = time.monotonic()
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
        # paper | phones | total while phones take part; one count column without them
        phones = self._phones_in_use()
        self.table.setColumnHidden(VoteModel.PHONES, not phones)
        self.table.setColumnHidden(VoteModel.TOTAL, not phones)

        check = m.check()
        auto = questions.voter_count(self.ctx.store, m.meeting_id) if rnd.voters is None and \
            self.ctx.store is not None else None
        self.voters.setSpecialValueText(self.tr("auto ({n})").format(n=auto) if auto is not None
                                        else self.tr("auto"))
        if check is not None:
            if rnd.mode == "dots":
                text = self.tr("{total} of {capacity} dots ({voters} × {dots})").format(
                    total=check.total, capacity=check.capacity, voters=check.voters, dots=rnd.dots)
            else:
                text = self.tr("{total} hands, {voters} voters").format(
                    total=check.total, voters=check.voters)
            self.totals.setText(text)
            # the split by source sits in the columns; the sums in the tooltip (the line is
            # full at 1366 pixels)
            paper = sum(q.votes for e in m.entries for q in (e.question, *e.merged))
            self.totals.setToolTip(self.tr("{paper} on paper, {phones} from phones").format(
                paper=paper, phones=check.total - paper) if phones else "")
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
        voted = m.voted()
        # a tie at 0 is no tie: before any vote is in everything ties, and questions nobody
        # voted for do not compete for the places left
        tie_total = next((r.total for r in m.ranked if r.entry.id == cut.tied[0]), 0) \
            if cut.is_tie else 0
        tie = cut.is_tie and tie_total > 0
        few = len(cut.tied) <= TIE_BUTTONS_MAX
        key = tuple((qid, text_of[qid]) for qid in cut.tied) if tie and few else None
        self._want_ties(key)
        if not m.entries:
            self.cut_label.setText(self.tr("No questions yet: add them in the questions step."))
        elif not voted:
            self.cut_label.setText(self.tr("No votes yet: tally the dots with + and - or type the "
                                           "count; phones count as they vote."))
        elif tie and not few:
            self.cut_label.setText(self.tr(
                "Tie at the cut: {n} questions have {votes} votes each for {places} remaining "
                "place(s). Too many to pick from: count on, raise Top N, or include all tied."
            ).format(n=len(cut.tied), votes=tie_total, places=cut.places))
        elif tie:
            self.cut_label.setText(self.tr(
                "Tie at the cut: {n} questions have {votes} votes each for {places} remaining "
                "place(s). Include all tied, or pick:").format(
                n=len(cut.tied), votes=tie_total, places=cut.places))
        elif cut.is_tie:
            self.cut_label.setText(self.tr(
                "Top {n}: only {k} question(s) have votes so far: {questions}").format(
                n=cut.top_n, k=len(cut.sure),
                questions=" · ".join(_short(text_of[i]) for i in cut.sure)))
        else:
            self.cut_label.setText(self.tr("Top {n}: {questions}").format(
                n=cut.top_n, questions=" · ".join(_short(text_of[i]) for i in cut.sure)))
        self.include_all.setVisible(tie)
        chosen = [text_of.get(i, "") for i in m.chosen_ids]
        self.chosen_label.setText(
            self.tr("Chosen: {list}").format(list="  ".join(
                f"{n}. {t}" for n, t in enumerate(chosen, start=1)))
            if chosen else self.tr("Nothing chosen yet."))
        self._update_confirm()

    def _want_ties(self, key: tuple | None) -> None:
        """Show the tie buttons for ``key``: at once after a quiet spell; while the tally
        moves (phones voting), when it has held still for a moment, so the buttons do not
        jump under the facilitator's mouse."""
        if key == self._tie_key:
            self._tie_wanted, self._tie_waiting_since = None, None
            self._tie_timer.stop()
            return
        now = time.monotonic()
        quiet = now - self._tie_changed_at > TIE_SETTLE_MS / 1000
        self._tie_changed_at = now
        self._tie_wanted = key
        if self._tie_waiting_since is None:
            self._tie_waiting_since = now
        if quiet or now - self._tie_waiting_since > TIE_MAX_WAIT:
            self._settle_ties()
        else:
            self._tie_timer.start()

    def _settle_ties(self) -> None:
        self._tie_timer.stop()
        key, self._tie_wanted, self._tie_waiting_since = self._tie_wanted, None, None
        if key == self._tie_key:
            return
        self._tie_key = key
        self._build_tie_buttons(key or ())
        self._update_confirm()

    def _build_tie_buttons(self, tied: tuple) -> None:
        """One wrapped, checkable button per tied question; a question that stays tied keeps
        its button (and its pick)."""
        old, self.tie_buttons = self.tie_buttons, {}
        while self.tie_box.count():
            self.tie_box.takeAt(0)
        writable = not self.ctx.read_only
        for n, (qid, text) in enumerate(tied):
            button = old.pop(qid, None)
            if button is None or button.text() != text:
                if button is not None:
                    old[qid] = button
                button = TieButton(text, self.tie_grid)
                # tooltips render rich text when they look like it: escape and say so
                button.setToolTip(f"<qt>{html.escape(text)}</qt>")
                button.toggled.connect(self._update_confirm)
            button.setEnabled(writable)
            self.tie_buttons[qid] = button
            self.tie_box.addWidget(button, n // TIE_COLUMNS, n % TIE_COLUMNS)
            button.show()
        for button in old.values():
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.tie_area.setVisible(bool(tied))
        self._fit_tie_area()

    def _fit_tie_area(self) -> None:
        """As tall as the tied questions, at least one row of them; the table's six rows
        come first (the rest scrolls)."""
        if not self.tie_buttons:
            return
        width = max(200, self.tie_area.viewport().width() or self.width() - 20)
        grid = self.tie_grid.layout()
        need = grid.totalHeightForWidth(width) if grid.hasHeightForWidth() \
            else self.tie_grid.sizeHint().height()
        first = min(b.heightForWidth(width // TIE_COLUMNS) for b in self.tie_buttons.values())
        self.tie_area.setMaximumHeight(need + 2)
        self.tie_area.setMinimumHeight(min(need, first) + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_tie_area()

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
        self.confirm_choice(self.model.cut.include_all())

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
