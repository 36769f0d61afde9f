"""Theme groups step: the facilitator's console (choosing, forming, editing).

Every edit is a named operation (``ui.operations.groups``; the late arrival is the roster's,
``ui.operations.participants``) over a service call from ``sessions``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sessions import assign, groups, participants
from sessions.errors import Code, StartdagError
from ui.operations import groups as ops
from ui.operations import participants as people
from ui.operations import succeeded, warn_box
from ui.plain import plain_tip
from ui.steps.groups.models import (
    GROUP_TOPICS,
    ChoicesModel,
    MembersModel,
    ParticipantIdRole,
    caps_error_text,
    group_list_model,
    meeting_of_step,
    result_text,
    text_colour,
)
from ui.steps.groups.widgets import ChoicePad, MemberListView
from ui.widgets import PersonPicker, plain_label

# ---------------------------------------------------------------- the console


class GroupsConsole(QWidget):
    """The facilitator's groups page: groups, choosing, forming, moving, locking."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.app_actions = actions
        self.step_id = step_id
        self.meeting_id = meeting_of_step(ctx, step_id) if ctx.store else None
        self.model = group_list_model(ctx)
        self._person: int | None = None
        self._rank = 1
        self._member_views: list[QListView] = []

        # --- left: the groups
        self.group_view = QListView()
        self.group_view.setModel(self.model)
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.from_questions = QPushButton(self.tr("From questions"))
        self.from_questions.setToolTip(self.tr("One group per chosen question"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a group"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected group"))
        self.who_edit = PersonPicker(self.tr("Who is in the selected group? Name, Enter"))
        self.from_questions.clicked.connect(self.create_from_questions)
        self.add_button.clicked.connect(self.add_group)
        self.remove_button.clicked.connect(self.remove_group)
        self.who_edit.picked.connect(self._who_is_in)

        # compact: on a 768-pixel laptop the height belongs to the choosing table
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(plain_label(self.tr("Groups (double-click a name to edit it)")))
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_view, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for b in (self.from_questions, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        group_row.addLayout(buttons)
        left.addLayout(group_row)

        # forming: one row of sizes and buttons, the result below it
        self.min_spin = QSpinBox()
        self.max_spin = QSpinBox()
        for spin in (self.min_spin, self.max_spin):
            spin.setRange(0, 999)
            spin.setSpecialValueText(self.tr("auto"))
            spin.setToolTip(self.tr("Leave Min and Max at “auto” for the most even sizes "
                                    "that keep everyone in a group they chose"))
            spin.valueChanged.connect(self._caps_edited)
        self.free_button = QPushButton(self.tr("Form freely"))
        self.free_button.setToolTip(self.tr("Everyone to their first choice"))
        self.balanced_button = QPushButton(self.tr("Form balanced"))
        self.balanced_button.setToolTip(self.tr(
            "Everyone in a group they chose as far as the sizes allow, then as many first "
            "choices as possible"))
        self.result_label = plain_label("")
        self.sizes_label = plain_label("")
        self.absent_label = plain_label("")
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Min")))
        form.addWidget(self.min_spin)
        form.addWidget(QLabel(self.tr("Max")))
        form.addWidget(self.max_spin)
        form.addWidget(self.free_button)
        form.addWidget(self.balanced_button)
        form.addStretch(1)
        self.free_button.clicked.connect(self.form_free)
        self.balanced_button.clicked.connect(self.form_balanced)

        # late arrival
        self.late_first = QLineEdit()
        self.late_first.setPlaceholderText(self.tr("First name"))
        self.late_last = QLineEdit()
        self.late_last.setPlaceholderText(self.tr("Last name"))
        self.late_group = QComboBox()
        self.late_group.setModel(self.model)
        self.late_button = QPushButton(self.tr("Add late arrival"))
        self.late_button.clicked.connect(self.add_late_arrival)
        for w in (self.late_first, self.late_last):
            w.setMinimumWidth(90)
        late = QHBoxLayout()
        late.addWidget(QLabel(self.tr("Late arrival:")))
        late.addWidget(self.late_first, 1)
        late.addWidget(self.late_last, 1)
        late.addWidget(self.late_group, 1)
        late.addWidget(self.late_button)

        # --- choosing
        self.name_edit = PersonPicker(self.tr("Type a name, Enter, then the group's number"))
        self.name_edit.picked.connect(self.pick_person)
        self.pad = ChoicePad()
        self.pad.group_keyed.connect(self.key_group)
        self.pad.cleared.connect(lambda: self._set_choice(None))
        self.pad.finished.connect(self._pad_finished)
        self.rank_buttons = []
        ranks = QHBoxLayout()
        for r, label in ((1, self.tr("1st choice")), (2, self.tr("2nd choice")),
                         (3, self.tr("3rd choice"))):
            b = QPushButton(label)
            b.setCheckable(True)
            b.setAutoExclusive(True)
            b.clicked.connect(lambda _c=False, r=r: self._set_rank(r))
            self.rank_buttons.append(b)
            ranks.addWidget(b)
        self.rank_buttons[0].setChecked(True)
        self.group_buttons = QGridLayout()
        self.choices_model = ChoicesModel(ctx, self.meeting_id, self)
        self.table = QTableView()
        self.table.setModel(self.choices_model)
        # every column fits the width: names and areas share it, the choices take what they need
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(
            lambda ix: self.pick_person(self.choices_model.data(ix, ParticipantIdRole)))
        right = QVBoxLayout()
        right.setSpacing(4)
        names = QHBoxLayout()
        names.addWidget(self.name_edit, 1)
        names.addWidget(self.who_edit, 1)
        right.addLayout(names)
        feedback = QHBoxLayout()
        feedback.addWidget(self.name_edit.feedback, 1)
        feedback.addWidget(self.who_edit.feedback, 1)
        right.addLayout(feedback)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_row.addLayout(ranks)
        right.addLayout(pad_row)
        right.addLayout(self.group_buttons)
        right.addWidget(self.table, 1)

        # groups are few (3-6): a short list on top leaves the height to the choosing table
        self.group_view.setMaximumHeight(self.group_view.fontMetrics().height() * 3 + 30)
        choose_page = QWidget()
        cp = QVBoxLayout(choose_page)
        cp.addLayout(left)
        cp.addLayout(right, 1)

        # --- forming and moving: the board of member lists
        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        board_page = QWidget()
        bp = QVBoxLayout(board_page)
        bp.addLayout(form)
        bp.addWidget(self.result_label)
        bp.addWidget(self.sizes_label)
        bp.addWidget(self.absent_label)
        bp.addWidget(scroll, 1)
        hint = QHBoxLayout()
        hint.addWidget(plain_label(self.tr("Drag a person to another group. "
                                           "L locks or unlocks the selected person.")), 1)
        self.lock_button = QPushButton(self.tr("Lock / unlock"))
        self.lock_button.clicked.connect(self.toggle_lock)
        hint.addWidget(self.lock_button)
        bp.addLayout(hint)
        bp.addLayout(late)

        self.tabs = QTabWidget()
        self.tabs.addTab(choose_page, self.tr("Choosing"))
        self.tabs.addTab(board_page, self.tr("Forming and moving"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        ctx.changed.connect(self._on_changed)
        self.model.modelReset.connect(self._rebuild)
        self.model.updated.connect(self._rebuild)
        self._rebuild()
        self._load_caps()

    # ------------------------------------------------------------ refresh

    def _on_changed(self, topic: str) -> None:
        if topic in GROUP_TOPICS and self.ctx.store:
            self._update_labels()

    def _rebuild(self) -> None:
        """Group buttons and member lists follow the groups (not their members)."""
        if not self.ctx.store:
            return
        ids = [self.model.group(r).id for r in range(self.model.rowCount())]
        if ids != getattr(self, "_built_ids", None):
            self._built_ids = ids
            while self.group_buttons.count():
                w = self.group_buttons.takeAt(0).widget()
                if w:
                    w.deleteLater()
            while self.board_layout.count():
                w = self.board_layout.takeAt(0).widget()
                if w:
                    w.deleteLater()
            self._member_views = []
            for row in range(self.model.rowCount()):
                g = self.model.group(row)
                b = QPushButton(self._button_text(row, g.name))
                b.setToolTip(plain_tip(g.name))
                b.setStyleSheet(f"background-color: {g.colour}; color: {text_colour(g.colour).name()};")
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.clicked.connect(lambda _c=False, n=row + 1: self.key_group(n))
                self.group_buttons.addWidget(b, row // 3, row % 3)
                self._add_member_view(g.id, groups.numbered(row + 1, g.name), g.colour)
            self._add_member_view(None, self.tr("Not placed"), "")
            # up to four rows: the numbered group buttons below show every group anyway
            rows = min(4, max(3, self.model.rowCount()))
            view = self.group_view
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setMaximumHeight(rows * max(18, view.sizeHintForRow(0) + view.spacing() * 2)
                                  + 2 * view.frameWidth() + 4)
        else:
            for row in range(self.model.rowCount()):
                g = self.model.group(row)
                b = self.group_buttons.itemAt(row).widget()
                b.setText(self._button_text(row, g.name))
                title = self.board_layout.itemAt(row).widget().findChild(QLabel)
                if title:
                    title.setText(groups.numbered(row + 1, g.name))
        self._update_labels()

    @staticmethod
    def _button_text(row: int, name: str) -> str:
        short = name if len(name) <= 14 else name[:13].rstrip() + "…"
        return f"{row + 1}  {short}"

    def _add_member_view(self, group_id, name, colour) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        title = plain_label(name)
        if colour:
            title.setStyleSheet(f"background-color: {colour}; color: {text_colour(colour).name()};"
                                " padding: 4px; font-weight: bold;")
        lay.addWidget(title)
        view = MemberListView()
        view.lock_requested.connect(self.toggle_lock)
        view.setModel(MembersModel(self.ctx, group_id, self.meeting_id, view))
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setMinimumWidth(160)
        lay.addWidget(view, 1)
        self._member_views.append(view)
        self.board_layout.addWidget(box)

    def member_view(self, group_id: int | None) -> QListView:
        """The member list of a group (None: the people not placed)."""
        return next(v for v in self._member_views if v.model().group_id == group_id)

    def _update_labels(self) -> None:
        store = self.ctx.store
        included = {p.id for p in groups.people(store, self.meeting_id)}
        people = [(p.id, p.display_name) for p in participants.all_participants(store)
                  if p.id in included]
        self.name_edit.set_people(people)
        self.who_edit.set_people(people)
        absent = groups.absent_count(store, self.meeting_id)
        self.absent_label.setText(self.tr("{n} absent, left out of the groups").format(n=absent))
        if groups.memberships(store):
            self.result_label.setText(result_text(groups.current_result(store, self.meeting_id),
                                                  self.tr))
        else:
            self.result_label.setText(self.tr("Not formed yet."))
        self._update_pad()

    def _load_caps(self) -> None:
        gs = groups.groups(self.ctx.store) if self.ctx.store else []
        if gs:
            self.min_spin.setValue(gs[0].min_size or 0)
            self.max_spin.setValue(gs[0].max_size or 0)

    # ------------------------------------------------------------ choosing

    def pick_person(self, participant_id: int) -> None:
        """Make someone the person whose choices the number keys set."""
        self._person = participant_id
        self._set_rank(1)
        self._update_pad()
        self.pad.setFocus()

    def _set_rank(self, rank: int) -> None:
        self._rank = rank
        self.rank_buttons[rank - 1].setChecked(True)
        self._update_pad()

    def _update_pad(self) -> None:
        store = self.ctx.store
        if self._person is None or store is None:
            self.pad.setText(self.tr("Type a name above; then press the group's number."))
            return
        try:
            name = participants.get(store, self._person).display_name
        except StartdagError:
            self._person = None
            return self._update_pad()
        # the groups by the wall's numbers, the keys that chose them: "1st: 2 Functieprofiel"
        names = {g.id: groups.numbered(n, g.name)
                 for n, g in enumerate(groups.groups(store), start=1)}
        ranked = groups.choices(store).get(self._person, [])
        shown = "; ".join(self.tr("choice {rank}: {group}").format(rank=i, group=names.get(g, ""))
                          for i, g in enumerate(ranked, start=1))
        self.pad.setText(self.tr("{name}: choose choice {rank} with 1-9 (0 clears, Enter done). "
                                 "Now: {choices}").format(name=name, rank=self._rank,
                                                          choices=shown or "-"))

    def key_group(self, number: int) -> None:
        """Number key or group button: set the current rank of the current person."""
        if not 1 <= number <= self.model.rowCount() or self._person is None:
            return
        self._set_choice(self.model.group(number - 1).id)
        if self._rank < 3:
            self._set_rank(self._rank + 1)
        self.pad.setFocus()

    def _set_choice(self, group_id: int | None) -> None:
        if self._person is None:
            return
        pid, rank = self._person, self._rank
        self._guard(lambda: ops.choose(self.ctx, self.tr("Choose a group"), pid, rank, group_id))
        self._update_pad()

    def _pad_finished(self, text: str) -> None:
        self.name_edit.setText(text)
        self.name_edit.setFocus()

    def _who_is_in(self, participant_id: int) -> None:
        ix = self.group_view.currentIndex()
        if not ix.isValid():
            return
        gid = self.model.group(ix.row()).id
        self._guard(lambda: ops.choose(self.ctx, self.tr("Choose a group"), participant_id, 1,
                                       gid))
        self.who_edit.clear()

    # ------------------------------------------------------------ groups

    def create_from_questions(self) -> None:
        """One group per chosen question (undoable)."""
        made: list = []
        self._guard(lambda: made.extend(ops.from_questions(
            self.ctx, self.tr("Groups from the chosen questions"))))
        if not made:
            QMessageBox.information(self, self.tr("Groups"), self.tr(
                "Every chosen question already has a group (or no question is chosen yet)."))

    def add_group(self) -> None:
        """A new group at the end (undoable)."""
        name = self.tr("Group {n}").format(n=self.model.rowCount() + 1)
        self._guard(lambda: ops.add_group(self.ctx, self.tr("Add group"), name))

    def remove_group(self) -> None:
        """Remove the selected group; its members become unplaced (undoable)."""
        ix = self.group_view.currentIndex()
        if not ix.isValid():
            return
        gid = self.model.group(ix.row()).id
        self._guard(lambda: ops.remove_group(self.ctx, self.tr("Remove group"), gid))

    # ------------------------------------------------------------ forming

    def _caps(self) -> tuple[int | None, int | None]:
        return (self.min_spin.value() or None, self.max_spin.value() or None)

    def _caps_edited(self, *_args) -> None:
        """Say at once when Min is above Max; once the sizes are fixed the message goes."""
        lo, hi = self._caps()
        if lo is not None and hi is not None and lo > hi:
            self.result_label.setText(caps_error_text(
                StartdagError(Code.INVALID, field="caps", reason="min_above_max"), self.tr))
        elif self.ctx.store is not None:
            self._update_labels()

    def form_free(self) -> None:
        """Everyone present to their first choice (undoable)."""
        self.sizes_label.setText("")
        self._form(self.tr("Form groups freely"), lambda: groups.form_free(self.ctx.store,
                                                                          self.meeting_id))

    def form_balanced(self) -> None:
        """The optimal assignment within the sizes (undoable); the facilitator picks the aim
        when "everyone in a chosen group" and "most first choices" give different groups."""
        store = self.ctx.store
        lo, hi = self._caps()
        old_caps = {g.id: (g.min_size, g.max_size) for g in groups.groups(store)}
        try:
            # the typed sizes are tried without writing; the forming writes them with the groups
            options = groups.balanced_options(store, self.meeting_id, sizes=(lo, hi))
        except StartdagError as exc:
            self.sizes_label.setText("")
            self.result_label.setText(caps_error_text(exc, self.tr))
            return
        result = options.chosen
        if options.differ:
            result = self.ask_aim(options)
            if result is None:
                return
        self._form(self.tr("Form balanced groups"),
                   lambda: (result, groups.apply_balanced(store, result, self.meeting_id,
                                                          (lo, hi))),
                   old_caps, (lo, hi))
        self.sizes_label.setText(self.sizes_text(options))

    def sizes_text(self, options: groups.BalancedOptions) -> str:
        """The sizes forming used, so the facilitator sees the limits and can change them."""
        low, high = options.size_range()
        if options.auto:
            return self.tr("Sizes {low}–{high} per group, chosen automatically: the most even "
                           "sizes that keep everyone in a group they chose. Set Min and Max "
                           "to use your own.").format(low=low, high=high)
        if high is None:
            return self.tr("Sizes: at least {low} per group.").format(low=low)
        return self.tr("Sizes {low}–{high} per group.").format(low=low, high=high)

    def aim_texts(self, options: groups.BalancedOptions) -> tuple[str, str]:
        """'Everyone in a chosen group: 6.552 first choice' and 'Most first choices: …'."""
        loc = QLocale()
        a, b = options.chosen, options.first
        chosen = self.tr("Everyone in a chosen group: {first} first choice").format(
            first=loc.toString(a.first))
        if a.other:
            chosen = self.tr("Fewest outside their choices: {first} first choice, "
                             "{other} outside their choices").format(
                first=loc.toString(a.first), other=loc.toString(a.other))
        first = self.tr("Most first choices: {first} first choice, {other} outside their "
                        "choices").format(first=loc.toString(b.first), other=loc.toString(b.other))
        return chosen, first

    def ask_aim(self, options: groups.BalancedOptions) -> assign.Result | None:
        """Show both results and let the facilitator pick one; None when they cancel."""
        chosen_text, first_text = self.aim_texts(options)
        box = QMessageBox(self)
        box.setObjectName("aimQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Form balanced groups"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("The two aims give different groups. Which do you want?"))
        box.setInformativeText(f"{chosen_text}\n{first_text}")
        chosen_button = box.addButton(self.tr("Everyone in a chosen group"),
                                      QMessageBox.ButtonRole.AcceptRole)
        first_button = box.addButton(self.tr("Most first choices"),
                                     QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(chosen_button)
        box.exec()
        if box.clickedButton() is chosen_button:
            return options.chosen
        if box.clickedButton() is first_button:
            return options.first
        return None

    def _form(self, text, former, old_caps=None, caps=None) -> None:
        formed: list = []
        if caps is not None:
            formed.append(ops.form(self.ctx, text, former, old_caps, caps))
        else:
            self._guard(lambda: formed.append(ops.form(self.ctx, text, former)))
        if formed:
            self.result_label.setText(result_text(formed[0], self.tr))

    def toggle_lock(self) -> None:
        """Lock or unlock the selected people in their group (undoable)."""
        store = self.ctx.store
        changes = {}
        current = groups.memberships(store)
        for view in self._member_views:
            if view.model().group_id is None:
                continue
            for ix in view.selectionModel().selectedIndexes():
                pid = ix.data(ParticipantIdRole)
                if pid in current:
                    changes[pid] = (current[pid][0], not current[pid][1])
        if not changes:
            return
        ops.set_memberships(self.ctx, self.tr("Lock in group"), changes)

    def add_late_arrival(self) -> None:
        """Add a late arrival, check them in and place them in the chosen group (undoable)."""
        first, last = self.late_first.text().strip(), self.late_last.text().strip()
        ix = self.late_group.currentIndex()
        gid = self.model.group(ix).id if 0 <= ix < self.model.rowCount() else None
        # the roster's late arrival with a group: one service call, and an undo that takes
        # (and a redo that brings back) the check-in, the choice and the place with them
        if self._guard(lambda: people.add_late_arrival(
                self.ctx, self.tr("Add a late arrival"), self.meeting_id, group_id=gid,
                first_name=first, last_name=last)):
            self.late_first.clear()
            self.late_last.clear()

    def _guard(self, call) -> bool:
        """Run an edit; a domain error becomes a message, never a traceback."""
        return succeeded(call, warn_box(self, self.tr("Groups")),
                         lambda exc: caps_error_text(exc, self.tr))
