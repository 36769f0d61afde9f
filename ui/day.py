"""The facilitator's console, the "Day" tab: agenda, work area, timer, notes and the projector.

Left: the live meeting's agenda (drag and drop reorders it). Centre: the selected
step's details and its work area (from the ui.steps registry, or a clear placeholder).
Right: a live miniature of the projector, the timer with the schedule's drift, and
the private notes. The console owns the projector window and connects the day's
actions (next, previous, skip, insert, pause, +5, present, black/white screen, font
scale, dark theme); they are window shortcuts on both windows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessions import agenda, trajectory
from sessions.errors import StartdagError
from ui import steps
from ui.agenda_model import (
    BLANK_BLACK,
    BLANK_NONE,
    BLANK_WHITE,
    AgendaModel,
    LiveDay,
    agenda_model,
    clock_text,
    drift_text,
    kind_label,
    live_day,
)
from ui.app_actions import AppActions
from ui.context import AppContext
from ui.dates import format_date
from ui.messages import error_text
from ui.projector import ProjectorView, ProjectorWindow
from ui.slides.wall import wall
from ui.theme import scale_font
from ui.widgets import CommitTextEdit, ElidedLabel, plain_label

FONT_STEP = 0.1


class DayConsole(QWidget):
    """The "Day" tab. Persistent: it rebuilds its page for each trajectory that opens."""

    def __init__(self, ctx: AppContext, actions: AppActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.app_actions = actions
        # a separate top-level window, owned by the console so it dies with it
        self.projector = ProjectorWindow(ctx, actions, parent=self)
        self.page: DayPage | None = None
        self.stack = QStackedWidget()
        self.empty = plain_label(self.tr("Open a trajectory to run its day."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect_actions()
        ctx.store_opened.connect(self._build)
        ctx.store_closed.connect(self._teardown)
        if ctx.store is not None:
            self._build()

    # ------------------------------------------------------------ life cycle

    @property
    def live(self) -> LiveDay | None:
        """The open trajectory's live day, or None."""
        return live_day(self.ctx) if self.ctx.store is not None else None

    def _build(self) -> None:
        self._teardown()
        self.page = DayPage(self.ctx, self.app_actions, live_day(self.ctx), agenda_model(self.ctx))
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        for a in (self.app_actions.black_screen, self.app_actions.white_screen, self.app_actions.freeze):
            with QSignalBlocker(a):
                a.setChecked(False)
        with QSignalBlocker(self.app_actions.dark_theme):
            self.app_actions.dark_theme.setChecked(self.ctx.settings.theme() == "dark")

    def _teardown(self) -> None:
        self.projector.stop()
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.stack.setCurrentWidget(self.empty)

    # ------------------------------------------------------------ the day's actions

    def _connect_actions(self) -> None:
        # bound slots, not lambdas: they die with the console and never outlive the actions
        a = self.app_actions
        a.start_day.triggered.connect(self.start_day)
        a.next_step.triggered.connect(self.next_step)
        a.prev_step.triggered.connect(self.prev_step)
        a.skip_step.triggered.connect(self.skip_step)
        a.timer_pause.triggered.connect(self.toggle_pause)
        a.timer_extend.triggered.connect(self.extend)
        a.insert_step.triggered.connect(self.insert_step)
        a.present.triggered.connect(self.present)
        a.stop_present.triggered.connect(self.stop_presenting)
        a.show_projector.triggered.connect(self.show_projector)
        a.black_screen.toggled.connect(self._black)
        a.white_screen.toggled.connect(self._white)
        a.freeze.toggled.connect(self._freeze)
        a.font_bigger.triggered.connect(self.font_bigger)
        a.font_smaller.triggered.connect(self.font_smaller)
        a.font_reset.triggered.connect(self.font_reset)
        a.dark_theme.toggled.connect(self._dark_theme)

    def _live_call(self, name: str):
        live = self.live
        if live is None:
            return None
        return getattr(live, name)()

    @Slot()
    def start_day(self) -> None:
        """Start the live meeting."""
        self._live_call("start")

    def _turn(self, forward: bool) -> bool:
        """Turn the wall's page if it has one there; the clicker releases a frozen wall first."""
        if self.ctx.store is None:
            return False
        if self.app_actions.freeze.isChecked():
            self.app_actions.freeze.setChecked(False)
        w = wall(self.ctx)
        return w.next_page() if forward else w.previous_page()

    @Slot()
    def next_step(self) -> None:
        """The next page of the wall, else the next step (PageDown, Right)."""
        if not self._turn(True):
            self._live_call("next")

    @Slot()
    def prev_step(self) -> None:
        """The previous page of the wall, else the previous step (PageUp, Left)."""
        if not self._turn(False):
            self._live_call("previous")

    @Slot()
    def skip_step(self) -> None:
        """Skip the running step."""
        self._live_call("skip")

    @Slot()
    def toggle_pause(self) -> None:
        """Pause or resume the timer."""
        self._live_call("toggle_pause")

    @Slot()
    def extend(self) -> None:
        """Five more minutes for the running step."""
        self._live_call("extend")

    @Slot(bool)
    def _freeze(self, on: bool) -> None:
        if self.ctx.store is not None:
            wall(self.ctx).set_frozen(on)

    @Slot()
    def stop_presenting(self) -> None:
        """Shift+F5, the menu, or Esc in the projector window: leave full screen and hide it."""
        self.projector.stop()

    @Slot()
    def show_projector(self) -> None:
        """The projector as a normal window."""
        self.projector.show_window()

    @Slot(bool)
    def _black(self, on: bool) -> None:
        self._blank(BLANK_BLACK, on)

    @Slot(bool)
    def _white(self, on: bool) -> None:
        self._blank(BLANK_WHITE, on)

    @Slot()
    def font_bigger(self) -> None:
        """Larger text on the projector."""
        self._scale_font(+FONT_STEP)

    @Slot()
    def font_smaller(self) -> None:
        """Smaller text on the projector."""
        self._scale_font(-FONT_STEP)

    @Slot()
    def font_reset(self) -> None:
        """The default text size on the projector."""
        self._scale_font(None)

    @Slot()
    def insert_step(self) -> None:
        """Insert a step after the running one and put the cursor in its title."""
        live = self.live
        if live is None:
            return
        new_id = live.add_step(after_current=True)
        if new_id is not None and self.page is not None:
            self.page.select_step(new_id)
            self.page.title_edit.setFocus()
            self.page.title_edit.selectAll()

    @Slot()
    def present(self) -> None:
        """Show the projector: full screen on the second screen, a window with one screen."""
        screens = QGuiApplication.screens()
        here = self.window().screen()
        console_screen = screens.index(here) if here in screens else 0
        self.projector.present(console_screen)

    def _blank(self, mode: str, on: bool) -> None:
        live = self.live
        if live is None:
            return
        other = self.app_actions.white_screen if mode == BLANK_BLACK else self.app_actions.black_screen
        if on:
            with QSignalBlocker(other):
                other.setChecked(False)
            live.set_blank(mode)
        elif live.blank == mode:
            live.set_blank(BLANK_NONE)

    def _scale_font(self, delta: float | None) -> None:
        settings = self.ctx.settings
        scale = settings.set_font_scale(1.0 if delta is None else settings.font_scale() + delta)
        self.ctx.font_scale_changed.emit(scale)

    @Slot(bool)
    def _dark_theme(self, on: bool) -> None:
        self.ctx.settings.set_theme("dark" if on else "light")
        live = self.live
        if live is not None:
            live.appearance_changed.emit()


class DayPage(QWidget):
    """The console for one open trajectory."""

    def __init__(self, ctx: AppContext, actions: AppActions, live: LiveDay, model: AgendaModel,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.app_actions = actions
        self.live = live
        self.model = model
        self.selected_id: int | None = None
        self._running_id: int | None = None
        self._work_key: tuple | None = None
        self._work: QWidget | None = None

        # --- top: the meeting, its template, the day's buttons
        self.meeting_box = QComboBox()
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_box.activated.connect(self._meeting_chosen)
        self.template_button = QToolButton()
        self.template_button.setText(self.tr("Agenda template"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.template_button)
        for key in agenda.template_keys():
            title = agenda.TEMPLATES[key][0] if key != "empty" else self.tr("Empty agenda")
            menu.addAction(title).setData(key)
        menu.triggered.connect(self._template_chosen)
        self.template_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Meeting:")))
        top.addWidget(self.meeting_box)
        top.addWidget(self.template_button)
        top.addStretch(1)
        # start, previous, next, present and black screen are on the main toolbar already
        for act in (actions.skip_step, actions.insert_step, actions.show_projector,
                    actions.white_screen):
            top.addWidget(self._button(act))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#8a0000; font-weight:bold;")
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self.message.hide)

        # --- left: the agenda
        self.list = QListView()
        self.list.setModel(model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)          # long titles wrap instead of hiding the minutes
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scale_font(self.list, 1.15)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._after_reset)
        self.run_here = QAction(self.tr("Run this step now"), self)
        self.run_here.triggered.connect(self.run_selected)
        # the selected step (the toolbar's "Skip this step" is the running one)
        self.toggle_skip = QAction(self.tr("Skip step"), self)   # or "Plan step again"
        self.toggle_skip.triggered.connect(self.skip_selected)
        self.add_action = QAction(self.tr("Add a step below"), self)
        self.add_action.triggered.connect(self.add_below)
        self.remove_action = QAction(self.tr("Remove step"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        # the keyboard's way to reorder (the mouse drags): Alt+Up / Alt+Down, as in the
        # questions list and on the concept board; undo moves the step back
        self.move_up = QAction(self.tr("Move step up"), self)
        self.move_up.setShortcut(QKeySequence("Alt+Up"))
        self.move_up.triggered.connect(lambda: self.move_selected(-1))
        self.move_down = QAction(self.tr("Move step down"), self)
        self.move_down.setShortcut(QKeySequence("Alt+Down"))
        self.move_down.triggered.connect(lambda: self.move_selected(1))
        for act in (self.move_up, self.move_down):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addActions([self.run_here, self.toggle_skip, self.add_action, self.remove_action,
                              self.move_up, self.move_down])
        left_buttons = QGridLayout()      # two by two: keeps the agenda pane narrow
        # "Run this step now" and "Remove step" sit diagonally apart, never one above the other
        for i, act in enumerate((self.run_here, self.toggle_skip, self.add_action,
                                 self.remove_action)):
            button = self._button(act)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            left_buttons.addWidget(button, i // 2, i % 2)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(plain_label(self.tr("Agenda")))
        lv.addWidget(self.list, 1)
        lv.addLayout(left_buttons)
        self.planned_total = plain_label()
        lv.addWidget(self.planned_total)

        # --- centre: the selected step and its work area
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title of the step"))
        self.title_edit.editingFinished.connect(self._commit_title)
        self.kind_box = QComboBox()
        for kind in agenda.KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.activated.connect(self._commit_kind)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, agenda.MAX_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.editingFinished.connect(self._commit_minutes)
        self._minutes_loaded: dict[int, int] = {}     # the step's minutes as last shown
        self.instructions_edit = CommitTextEdit()
        self.instructions_edit.setPlaceholderText(self.tr("Instructions for the room (projected)"))
        self.instructions_edit.setTabChangesFocus(True)
        # two lines: on a 768-pixel laptop the height belongs to the step's work area
        lines = self.instructions_edit.fontMetrics().lineSpacing()
        self.instructions_edit.setFixedHeight(2 * lines + 14)
        self.instructions_edit.editing_finished.connect(self._commit_instructions)
        # one line beside the step's title: cut with '…' (whole in the tooltip), never wrapped
        self.status_label = ElidedLabel()
        form = QFormLayout()
        form.setVerticalSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.title_edit, 3)
        row.addWidget(self.kind_box, 2)
        row.addWidget(self.minutes_spin)
        row.addWidget(self.status_label, 2)
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(10)
        form.addRow(self.tr("Step:"), row)
        form.addRow(self.tr("For the room:"), self.instructions_edit)
        self.work_holder = QFrame()
        self.work_holder.setFrameShape(QFrame.Shape.StyledPanel)
        self.work_layout = QVBoxLayout(self.work_holder)
        self.placeholder = plain_label(self.tr("This step has no work area yet."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.work_layout.addWidget(self.placeholder)
        centre = QWidget()
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addLayout(form)
        cv.addWidget(self.work_holder, 1)

        # --- right: miniature, timer, drift, notes
        self.miniature = ProjectorView(ctx, actions, live, miniature=True)
        self.miniature.setFixedSize(352, 198)
        self.wall_state = plain_label()       # "Page 2/3", "Frozen": what the room sees
        self.wall_state.setObjectName("console_wall_state")
        self.wall_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.miniature.wall.changed.connect(self._show_wall_state)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("console_timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.timer_label, 2.4, bold=True)
        self.drift_label = QLabel()
        self.drift_label.setObjectName("console_drift")
        self.drift_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_buttons = QHBoxLayout()
        timer_buttons.addWidget(self._button(actions.timer_pause))
        timer_buttons.addWidget(self._button(actions.timer_extend))
        self.notes_edit = CommitTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Private notes (never projected)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.editing_finished.connect(self._commit_notes)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(plain_label(self.tr("On the projector")))
        rv.addWidget(self.miniature, 0, Qt.AlignmentFlag.AlignHCenter)
        rv.addWidget(self.wall_state)
        rv.addWidget(self.timer_label)
        rv.addWidget(self.drift_label)
        rv.addLayout(timer_buttons)
        rv.addWidget(plain_label(self.tr("Private notes")))
        rv.addWidget(self.notes_edit, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(centre)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 0)
        split.setSizes([240, 900, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

        # Esc in an editor cancels the edit: the stored text comes back (Esc never stops the wall)
        for editor in (self.title_edit, self.minutes_spin, self.instructions_edit, self.notes_edit):
            editor.installEventFilter(self)
        live.state_changed.connect(self.refresh)
        live.ticked.connect(self.refresh_time)
        live.error_raised.connect(self.show_error)
        ctx.changed.connect(self._on_changed)
        self.fill_meetings()
        self.refresh()
        self._show_wall_state()

    @Slot()
    def _show_wall_state(self) -> None:
        w = self.miniature.wall
        bits = []
        if w.page_text():
            bits.append(self.tr("Page {page}").format(page=w.page_text()))
        if w.frozen is not None:
            bits.append(self.tr("Frozen: the wall keeps this picture (F shows it live)"))
        self.wall_state.setText(" · ".join(bits))
        self.wall_state.setStyleSheet("color:#8a0000; font-weight:bold;" if w.frozen else "")
        self.wall_state.setVisible(bool(bits))

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Escape:
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._load_step(force=True)     # the stored text back: the edit is cancelled
                self.list.setFocus()
            return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)

    def _button(self, action: QAction) -> QToolButton:
        b = QToolButton()
        b.setDefaultAction(action)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return b

    # ------------------------------------------------------------ refreshing

    def fill_meetings(self) -> None:
        """The meeting selector, with the live meeting chosen."""
        store = self.ctx.store
        with QSignalBlocker(self.meeting_box):
            self.meeting_box.clear()
            for m in trajectory.meetings(store):
                date = format_date(m.date)
                self.meeting_box.addItem(f"{m.title} · {date}" if date else m.title, m.id)
            i = self.meeting_box.findData(self.live.meeting_id)
            self.meeting_box.setCurrentIndex(max(0, i))

    @Slot(str)
    def _on_changed(self, topic: str) -> None:
        if topic == "meetings" and self.ctx.store is not None:
            self.fill_meetings()      # a meeting's title or date changed

    @Slot(QAction)
    def _template_chosen(self, action: QAction) -> None:
        self.live.apply_template(action.data())

    @Slot(int)
    def _meeting_chosen(self, index: int) -> None:
        self.live.set_meeting(self.meeting_box.itemData(index))

    def refresh(self) -> None:
        """After any change to the agenda: follow the running step, reload the details."""
        if self.ctx.store is None:
            return
        if self.meeting_box.findData(self.live.meeting_id) != self.meeting_box.currentIndex():
            self.fill_meetings()
        cur = self.live.current()
        running = cur.id if cur else None
        if running != self._running_id:
            self._running_id = running
            if running is not None:
                self.select_step(running)
        if self.selected_id is None or self.model.row_of(self.selected_id) < 0:
            first = self.model.step(0)
            self.select_step(first.id if first else None)
        else:
            self._load_step(force=False)
        total = agenda.planned_minutes(self.ctx.store, self.live.meeting_id) \
            if self.live.meeting_id is not None else 0
        self.planned_total.setText(self.tr("Planned: {h}:{m:02d} h").format(h=total // 60,
                                                                            m=total % 60))
        self.refresh_time()

    def _after_reset(self) -> None:
        if self.selected_id is not None:
            row = self.model.row_of(self.selected_id)
            if row >= 0:
                with QSignalBlocker(self.list.selectionModel()):
                    self.list.setCurrentIndex(self.model.index(row))

    def refresh_time(self) -> None:
        """The console's timer and the drift."""
        remaining = self.live.remaining()
        state = self.live.state()
        if remaining is None:
            self.timer_label.setText("--:--")
            self.timer_label.setStyleSheet("")
        else:
            cur = self.live.current()
            text = clock_text(remaining)
            self.timer_label.setText(f"{self.tr('Paused')} {text}" if cur and cur.paused else text)
            self.timer_label.setStyleSheet(
                "background:#a00000; color:#ffffff; border-radius:6px;" if remaining < 0 else "")
        if state is None or not state.started:
            self.drift_label.setText(self.tr("Not started"))
        else:
            drift = drift_text(self.live.drift())
            self.drift_label.setText(self.tr("Ended, {drift}").format(drift=drift)
                                     if state.ended else drift)

    # ------------------------------------------------------------ selection and details

    def select_step(self, step_id: int | None) -> None:
        """Select a step in the agenda and show its details and work area."""
        self._commit_all()
        self.selected_id = step_id
        row = self.model.row_of(step_id) if step_id is not None else -1
        with QSignalBlocker(self.list.selectionModel()):
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
            else:
                self.list.clearSelection()
        self._load_step(force=True)

    def _current_changed(self, current, _previous) -> None:
        step = self.model.step(current.row())
        self.select_step(step.id if step else None)

    def selected_step(self) -> agenda.Step | None:
        """The selected step, fresh from the store."""
        return agenda.find(self.ctx.store, self.selected_id) if self.selected_id else None

    def _load_step(self, force: bool) -> None:
        step = self.selected_step()
        editors = (self.title_edit, self.kind_box, self.minutes_spin, self.instructions_edit,
                   self.notes_edit)
        for w in editors:
            w.setEnabled(step is not None and not self.ctx.read_only)
        if step is None:
            for w in (self.title_edit, self.instructions_edit, self.notes_edit):
                w.clear() if hasattr(w, "clear") else None
            self.status_label.setText("")
            self._set_work(None)
            return

        def fresh(w) -> bool:
            return force or not w.hasFocus()

        title = self.title_edit
        # a focused title nobody typed in since it was loaded or stored follows the store
        # (an undo of its rename)
        if fresh(title) or (not title.isModified() and title.text() != step.title):
            title.setText(step.title)
        if fresh(self.kind_box):
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(step.kind)))
        # the same for the minutes: a focused box still showing what was loaded or stored
        # follows an undo; one the user is typing in keeps what they typed
        minutes = self.minutes_spin
        untouched = minutes.value() in (step.minutes, self._minutes_loaded.get(step.id))
        if fresh(minutes) or untouched:
            with QSignalBlocker(minutes):
                minutes.setValue(step.minutes)
        self._minutes_loaded = {step.id: step.minutes}
        if fresh(self.instructions_edit) and self.instructions_edit.toPlainText() != step.instructions:
            self.instructions_edit.setPlainText(step.instructions)
        if fresh(self.notes_edit) and self.notes_edit.toPlainText() != step.notes:
            self.notes_edit.setPlainText(step.notes)
        self.status_label.setText(self._status_text(step))
        self.toggle_skip.setText(self.tr("Plan step again") if step.status == "skipped"
                                 else self.tr("Skip step"))
        self._set_work(step)

    def _status_text(self, step: agenda.Step) -> str:
        names = {"planned": self.tr("Planned"), "running": self.tr("Running"),
                 "done": self.tr("Done"), "skipped": self.tr("Skipped")}
        text = names[step.status]
        if step.started_at:
            text += " · " + self.tr("started {time}").format(time=step.started_at[11:16])
        if step.ended_at and step.status != "running":
            text += " · " + self.tr("ended {time}").format(time=step.ended_at[11:16])
        if step.extra_minutes:
            text += " · " + self.tr("+{n} min").format(n=step.extra_minutes)
        return text

    def _set_work(self, step: agenda.Step | None) -> None:
        key = (step.id, step.kind) if step is not None else None
        if key == self._work_key:
            return
        self._work_key = key
        if self._work is not None:
            self._work.setParent(None)
            self._work.deleteLater()
            self._work = None
        widget = (steps.console_widget(step.kind, self.ctx, self.app_actions, step.id, self.work_holder)
                  if step is not None else None)
        if widget is not None:
            self.work_layout.addWidget(widget)
            self._work = widget
        self.placeholder.setVisible(widget is None)
        if step is None:
            self.placeholder.setText(self.tr("Choose a step in the agenda."))
        elif widget is None:
            self.placeholder.setText(self.purpose_text(step.kind))

    def purpose_text(self, kind: str) -> str:
        """What a step without a work area is for, in the facilitator's words."""
        texts = {
            "welcome": self.tr("Welcome: the room sees the title and the instructions above. "
                               "Check in late arrivals on the Participants tab (Ctrl+L)."),
            "break": self.tr("Break: the projector shows the instructions and the time left."),
            "close": self.tr("Closing: thank the room, and print the handouts "
                             "(Print handouts on the toolbar)."),
            "text": self.tr("The room sees the title and the instructions above; "
                            "use the private notes for yourself."),
        }
        return texts.get(kind, self.tr("The room sees the title and the instructions above."))

    # ------------------------------------------------------------ edits (all undoable)

    def _commit_all(self) -> None:
        if self.selected_id is None or self.ctx.store is None or self.ctx.read_only:
            return
        self._commit_title()
        self._commit_minutes()
        self._commit_instructions()
        self._commit_notes()

    def _edit(self, text: str, **changes) -> None:
        if self.selected_id is not None and not self.ctx.read_only:
            self.live.update_step(self.selected_id, text, **changes)

    def _commit_title(self) -> None:
        title = self.title_edit.text().strip()
        if title:
            self._edit(self.tr("Rename step"), title=title)
            step = self.selected_step()
            if step is not None and step.title == title:
                # stored: setText drops the field's own typing history, so Ctrl+Z with the
                # cursor still here undoes the rename (the app's undo), instead of showing
                # the old title in the field only and storing it again on leaving
                self.title_edit.setText(title)

    def _commit_kind(self, _index: int = 0) -> None:
        self._edit(self.tr("Change the kind of step"), kind=self.kind_box.currentData())

    def _commit_minutes(self) -> None:
        self._edit(self.tr("Change the planned time"), minutes=self.minutes_spin.value())

    def _commit_instructions(self) -> None:
        self._edit(self.tr("Edit the instructions"), instructions=self.instructions_edit.toPlainText())

    def _commit_notes(self) -> None:
        self._edit(self.tr("Edit the private notes"), notes=self.notes_edit.toPlainText())

    def add_below(self) -> None:
        """Add a step below the selected one (at the end when none is selected)."""
        row = self.model.row_of(self.selected_id) if self.selected_id else -1
        new_id = self.live.add_step(index=row + 1 if row >= 0 else None)
        if new_id is not None:
            self.select_step(new_id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def remove_selected(self) -> None:
        """Remove the selected step (undo brings it back); a step already done asks first."""
        step = self.selected_step()
        if step is None:
            return
        if step.status == "done":
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove step"),
                              self.tr("“{title}” has been done. Remove it from the agenda? "
                                      "Undo brings it back.").format(title=step.title),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        self.live.remove_step(step.id)

    def move_selected(self, by: int) -> None:
        """Move the selected step one place up (-1) or down (+1); it stays selected."""
        step_id = self.selected_id
        row = self.model.row_of(step_id) if step_id is not None else -1
        if row < 0 or not 0 <= row + by < self.model.rowCount():
            return
        self.live.move_step(step_id, row + by)
        self.select_step(step_id)

    def skip_selected(self) -> None:
        """Skip the selected step, or plan a skipped one again."""
        if self.selected_id is not None:
            self.live.skip(self.selected_id)

    def run_selected(self) -> None:
        """Run the selected step now."""
        if self.selected_id is not None:
            self.live.jump(self.selected_id)

    def show_error(self, error: StartdagError) -> None:
        """A message above the panes; no dialog in the middle of the day."""
        reason = error.params.get("reason")
        if reason == "running" and error.params.get("field") == "template":
            text = self.tr("The meeting is running. Finish or reset it before choosing a template.")
        elif reason == "running":
            text = self.tr("This step is running. Go to another step first.")
        elif error.params.get("field") == "title":
            text = self.tr("A step needs a title.")
        else:
            text = error_text(error)
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()
