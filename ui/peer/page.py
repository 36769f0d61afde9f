"""The 'Leren van elkaar' tab: the kenniskaart grid, goals and competences, learning pairs, intervisie.

Every edit is a command on the shared undo stack that calls one service in sessions/
(one transaction, one change notice); the models read again when they hear the notice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions import expertise, intervisie, pairs
from sessions.changes import Topic
from sessions.errors import StartdagError
from ui.context import AppContext
from ui.messages import error_text
from ui.operations import attempt
from ui.operations import peer as peer_ops
from ui.operations.command import added, changed, removed
from ui.peer import wall
from ui.peer.grid import ExpertiseGrid, ExpertiseModel
from ui.plain import plain_tip
from ui.widgets import RefreshWhenShown

TOPICS = (Topic.EXPERTISE, Topic.PAIRS, Topic.INTERVISIE, Topic.PARTICIPANTS)
ID = Qt.ItemDataRole.UserRole


def peer_error_text(exc: StartdagError) -> str:
    """The sentences of this tab's own refusals; the rest as everywhere."""
    p = exc.params
    reason, field = p.get("reason"), p.get("field")

    if reason == "exists":
        return QCoreApplication.translate("PeerPage", "There is already a competence called ‘{name}’.").format(name=p.get("name", ""))
    if reason == "empty":
        return QCoreApplication.translate("PeerPage", "A name is required.")
    if reason == "too_long":
        return QCoreApplication.translate("PeerPage", "That text is too long (at most {n} characters).").format(n=p.get("limit", 0))
    if field == "manager" and reason == "self":
        return QCoreApplication.translate("PeerPage", "Nobody is their own manager.")
    if field == "manager" and reason == "cycle":
        return QCoreApplication.translate("PeerPage", "That would make someone their own manager's manager.")
    if field == "expert" and reason == "not_allowed":
        return QCoreApplication.translate("PeerPage", "This expert cannot take this learner: a rule forbids it or they are full.")
    if field == "intervisie" and reason == "manager":
        return QCoreApplication.translate("PeerPage", "A manager and their own report cannot be in one intervisie group.")
    if field == "intervisie" and reason == "too_few":
        return QCoreApplication.translate("PeerPage", "Intervisie groups need at least two people.")
    if field == "intervisie" and reason == "infeasible":
        return QCoreApplication.translate("PeerPage", "No grouping keeps every manager apart from their reports. "
                             "Check the managers on the grid.")
    if field == "capacity":
        return QCoreApplication.translate("PeerPage", "Capacity is a number from 0 to 20.")
    return error_text(exc)


class WallWindow(QWidget):
    """A window for the wall: full screen on a second screen when there is one. Esc closes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("PeerPage", "Startdag — wall"))
        self.slide = wall.SlideWidget()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def show_on_wall(self) -> None:
        """Full screen on the last screen when there are two, else a large window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[-1].geometry())
            self.showFullScreen()
        else:
            self.resize(960, 540)
            self.show()
        self.raise_()


class PeerPage(QWidget):
    """Learning from each other, on the console."""

    MAP, GOALS, PAIRS, INTERVISIE = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, only: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.wall_window: WallWindow | None = None
        self._wall_kind = ""
        self.model = ExpertiseModel(self._edit_person, self)

        # --- top: import, print, names
        self.import_button = QPushButton(self.tr("Import skills matrix…"))
        self.import_button.clicked.connect(self.import_matrix)
        self.print_button = QPushButton(self.tr("Print…"))
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Expertise map (PDF)…"), lambda: self.export("kenniskaart"))
        menu.addAction(self.tr("Matrix (XLSX)…"), lambda: self.export("matrix"))
        menu.addAction(self.tr("Pair cards (PDF)…"), lambda: self.export("pairs"))
        menu.addAction(self.tr("Intervisie method cards (PDF)…"), lambda: self.export("intervisie"))
        self.print_button.setMenu(menu)
        self.names_box = QCheckBox(self.tr("Names on the wall and in print"))
        self.names_box.setToolTip(self.tr("Self-ratings are personal: the wall and the printed map "
                                          "show counts unless this is switched on."))
        self.names_box.clicked.connect(lambda on: self._setting("show_names", bool(on),
                                                                self.tr("Show names")))
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.print_button)
        top.addStretch(1)
        top.addWidget(self.names_box)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_map_tab(), self.tr("Expertise map"))
        self.tabs.addTab(self._build_goals_tab(), self.tr("Goals and competences"))
        self.tabs.addTab(self._build_pairs_tab(), self.tr("Learning pairs"))
        self.tabs.addTab(self._build_intervisie_tab(), self.tr("Intervisie"))
        if only is not None:            # a step's work area: one part, no tab bar
            self.tabs.setCurrentIndex(only)
            self.tabs.tabBar().hide()
            # the hidden parts must not widen the step's page (a stacked layout takes the
            # largest minimum of all its pages): only the shown part counts
            for i in range(self.tabs.count()):
                if i != only:
                    self.tabs.widget(i).setSizePolicy(QSizePolicy.Policy.Ignored,
                                                      QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._grid_rows: set[int] | None = set()   # people whose grid cells changed (None: all)
        self._front = RefreshWhenShown(self, self._refresh_from_records)
        self._run_front = RefreshWhenShown(self, self._refresh_run)
        ctx.change_record.connect(self._on_record)
        ctx.store_opened.connect(self.refresh)
        ctx.store_closed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_map_tab(self) -> QWidget:
        self.grid = ExpertiseGrid(self.model)
        self.grid.rate.connect(self._rate)
        self.grid.clear.connect(self._clear)
        self.grid.confirm.connect(lambda pid, cid: self._rate(pid, cid, {}))
        keys = QLabel(self.tr("Keys: 0–4 level · L wants to learn (↑) · T can teach (★) · "
                              "P priority · Del clears · Enter confirms an imported value (italic)"))
        keys.setTextFormat(Qt.TextFormat.PlainText)
        keys.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm all imported values"))
        self.confirm_button.clicked.connect(self.confirm_all)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(keys, 1)
        row.addWidget(self.confirm_button)
        ll.addLayout(row)

        self.flags_list = QListWidget()
        self.flags_list.setWordWrap(True)
        self.flags_list.setAlternatingRowColors(True)
        self.flags_list.setSpacing(2)
        self.heat = wall.SlideWidget()
        self.heat.setMinimumHeight(160)
        self.heat_wall_button = QPushButton(self.tr("Show the heat map on the wall"))
        self.heat_wall_button.clicked.connect(lambda: self.show_wall("heat"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Points of attention"))
        title.setStyleSheet("font-weight: bold")
        rl.addWidget(title)
        rl.addWidget(self.flags_list, 2)
        rl.addWidget(self.heat, 3)
        rl.addWidget(self.heat_wall_button)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 300])
        return split

    def _build_goals_tab(self) -> QWidget:
        self.goals_table = QTableWidget(0, 1)
        self.goals_table.setHorizontalHeaderLabels([self.tr("Goal")])
        self.goals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals_table.itemChanged.connect(self._goal_edited)
        self.comp_table = QTableWidget(0, 1)
        self.comp_table.itemChanged.connect(self._competence_edited)
        add_goal = QPushButton(self.tr("Add goal"))
        add_goal.clicked.connect(self.add_goal)
        add_comp = QPushButton(self.tr("Add competence"))
        add_comp.clicked.connect(self.add_competence)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove_selected)
        hint = QLabel(self.tr("Importance per goal: 1 useful, 2 important, 3 very important, "
                              "empty or 0 not linked. Type over a cell to change it."))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for b in (add_goal, add_comp, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.goals_table)
        split.addWidget(self.comp_table)
        # a few goals, each whole: four rows at least, even on a 720-pixel screen
        t = self.goals_table
        goals_min = (t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + 2
                     + 4 * t.verticalHeader().defaultSectionSize())
        t.setMinimumHeight(goals_min)
        split.setSizes([goals_min, 450])
        lay.addWidget(split, 1)
        lay.addWidget(hint)
        self._goals_focus = None
        return w

    def _build_pairs_tab(self) -> QWidget:
        self.pairs_table = QTableWidget(0, 5)
        self.pairs_table.setHorizontalHeaderLabels(
            [self.tr("Learner"), self.tr("Expert"), self.tr("Competence"), self.tr("State"),
             self.tr("Why")])
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.pairs_table.verticalHeader().hide()
        self.pairs_table.itemSelectionChanged.connect(self._update_pair_buttons)
        self.propose_button = QPushButton(self.tr("Propose pairs"))
        self.propose_button.setToolTip(self.tr("Replaces the draft; pinned pairs stay (Ctrl+Shift+P)"))
        self.propose_button.clicked.connect(self.propose)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.propose)
        self.pin_button = QPushButton(self.tr("Pin / unpin"))
        self.pin_button.clicked.connect(self.toggle_pin)
        self.swap_button = QPushButton(self.tr("Other expert…"))
        self.swap_button.clicked.connect(self.swap)
        self.remove_pair_button = QPushButton(self.tr("Remove"))
        self.remove_pair_button.clicked.connect(self.remove_pair)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.pairs_table, self.remove_pair,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.publish_button = QPushButton(self.tr("Publish the draft"))
        self.publish_button.clicked.connect(self.publish)
        self.end_button = QPushButton(self.tr("End pair"))
        self.end_button.setToolTip(self.tr("An ended pair is not proposed again"))
        self.end_button.clicked.connect(self.end_pair)
        self.pairs_wall_button = QPushButton(self.tr("Show on the wall"))
        self.pairs_wall_button.clicked.connect(lambda: self.show_wall("pairs"))
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 20)
        self.capacity_spin.setPrefix(self.tr("Capacity per expert: "))
        self.capacity_spin.editingFinished.connect(
            lambda: self._setting("default_capacity", self.capacity_spin.value(),
                                  self.tr("Change capacity")))
        self.max_spin = QSpinBox()
        self.max_spin.setRange(1, 10)
        self.max_spin.setPrefix(self.tr("Pairs per learner: "))
        self.max_spin.editingFinished.connect(
            lambda: self._setting("max_pairs", self.max_spin.value(), self.tr("Change pairs per learner")))
        self.teams_box = QCheckBox(self.tr("Only across teams"))
        self.teams_box.clicked.connect(lambda on: self._setting("different_teams", bool(on),
                                                                self.tr("Across teams")))
        self.show_ended_box = QCheckBox(self.tr("Show ended pairs"))
        self.show_ended_box.setToolTip(self.tr("Ended pairs carry no load and are never proposed "
                                               "again; here you see them (greyed)"))
        self.show_ended_box.toggled.connect(lambda _on: self.refresh())
        self.pairs_summary = QLabel()
        self.pairs_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.pairs_summary.setWordWrap(True)
        # three short rows, so the Leerkoppels step fits beside the programme on 1366x768:
        # the settings, the draft's life (propose, publish, end, the wall), the review
        settings_row = QHBoxLayout()
        for wdg in (self.capacity_spin, self.max_spin, self.teams_box):
            settings_row.addWidget(wdg)
        settings_row.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.propose_button, self.publish_button, self.end_button, self.show_ended_box):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.pairs_wall_button)
        review = QHBoxLayout()
        for b in (self.pin_button, self.swap_button, self.remove_pair_button):
            review.addWidget(b)
        review.addWidget(self.pairs_summary, 1)
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addLayout(settings_row)
        lay.addLayout(buttons)
        lay.addLayout(review)
        lay.addWidget(self.pairs_table, 1)
        return w

    def _build_intervisie_tab(self) -> QWidget:
        self.form_button = QPushButton(self.tr("Form intervisie groups"))
        self.form_button.setToolTip(self.tr("Groups of 5–6, teams mixed, never a manager with "
                                            "their own reports"))
        self.form_button.clicked.connect(self.form_groups)
        self.meeting_spin = QSpinBox()
        self.meeting_spin.setRange(1, intervisie.MAX_MEETING)
        self.meeting_spin.setPrefix(self.tr("Meeting "))
        self.meeting_spin.setToolTip(self.tr("Which meeting of the groups this is: the case giver, "
                                             "chair and timekeeper rotate with it"))
        self.meeting_spin.setKeyboardTracking(False)
        self.meeting_spin.valueChanged.connect(self.set_meeting)
        # the incidentmethode's rounds, steered by hand (the step's clock decides until then)
        self.prev_round_button = QPushButton(self.tr("◀ Previous round"))
        self.prev_round_button.setToolTip(self.tr("Back to the previous round (Ctrl+Shift+Left)"))
        self.prev_round_button.clicked.connect(lambda: self.step_round(-1))
        self.next_round_button = QPushButton(self.tr("Start round 1"))
        self.next_round_button.setToolTip(self.tr("Start the first or the next round (Ctrl+Shift+Right)"))
        self.next_round_button.clicked.connect(lambda: self.step_round(1))
        self.pause_round_button = QPushButton(self.tr("Pause round"))
        self.pause_round_button.setToolTip(self.tr("Pause or resume the running round (Ctrl+Shift+T)"))
        self.pause_round_button.clicked.connect(self.toggle_round_pause)
        self.more_time_button = QPushButton(self.tr("+1 min"))
        self.more_time_button.setToolTip(self.tr("One more minute for the running round (Ctrl+Shift+E)"))
        self.more_time_button.clicked.connect(self.add_round_time)
        self.stop_rounds_button = QPushButton(self.tr("Stop rounds"))
        self.stop_rounds_button.setToolTip(self.tr("Stop steering the rounds: the step's clock decides again"))
        self.stop_rounds_button.clicked.connect(self.stop_rounds)
        # keys as QShortcuts on the buttons (a button's own shortcut would be reset by setText):
        # they work while the Intervisie part is on screen, and a disabled button ignores them
        for button, key in ((self.prev_round_button, "Ctrl+Shift+Left"),
                            (self.next_round_button, "Ctrl+Shift+Right"),
                            (self.pause_round_button, "Ctrl+Shift+T"),
                            (self.more_time_button, "Ctrl+Shift+E")):
            QShortcut(QKeySequence(key), button, button.animateClick)
        self.round_label = QLabel()
        self.round_label.setTextFormat(Qt.TextFormat.PlainText)
        self.round_label.setWordWrap(True)
        self.round_over = False             # the steered round's time is up (signalled)
        self.round_timer = QTimer(self)
        self.round_timer.setInterval(1000)
        self.round_timer.timeout.connect(self._show_round)
        self.iv_wall_button = QPushButton(self.tr("Show on the wall"))
        self.iv_wall_button.clicked.connect(lambda: self.show_wall("intervisie"))
        self.iv_tree = QTreeWidget()
        self.iv_tree.setHeaderLabels([self.tr("Group / member"), self.tr("Role"), self.tr("Team")])
        self.iv_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.move_button = QPushButton(self.tr("Move to group…"))
        self.move_button.setToolTip(self.tr("Move the selected person to another intervisie group"))
        self.move_button.clicked.connect(self._choose_group)
        self.iv_summary = QLabel()
        self.iv_summary.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        for wdg in (self.form_button, self.move_button, self.meeting_spin):
            row.addWidget(wdg)
        row.addStretch(1)
        row.addWidget(self.iv_summary)
        row.addWidget(self.iv_wall_button)
        rounds = QHBoxLayout()
        for wdg in (self.prev_round_button, self.next_round_button, self.pause_round_button,
                    self.more_time_button, self.stop_rounds_button):
            rounds.addWidget(wdg)
        rounds.addWidget(self.round_label, 1)
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addLayout(row)
        lay.addLayout(rounds)
        lay.addWidget(self.iv_tree, 1)
        return w

    # ------------------------------------------------------------ reading

    def _on_record(self, change) -> None:
        """Read again once per commit (now, or when the tab comes to the front). A change of
        only the intervisie meeting or round (steering the rounds) reads just that part."""
        if not change.touches(*TOPICS):
            return
        if change.touches(Topic.INTERVISIE) and not change.touches(
                Topic.EXPERTISE, Topic.PAIRS, Topic.PARTICIPANTS) and not change.changed(
                Topic.INTERVISIE) and not change.changed(Topic.INTERVISIE, intervisie.MEMBERS):
            self._run_front.request()
        else:
            rows = self._changed_rows(change)
            self._grid_rows = None if rows is None or self._grid_rows is None else \
                self._grid_rows | rows
            self._front.request()

    @staticmethod
    def _changed_rows(change) -> set[int] | None:
        """The people whose grid cells a commit changed (their ratings, team, manager or
        capacity); None when any cell may have (names, competences, goals, settings)."""
        if change.touches(Topic.PARTICIPANTS):
            return None
        if not change.touches(Topic.EXPERTISE):
            return set()                   # pairs: no cell of the grid
        if change.changed(Topic.EXPERTISE) or any(change.changed(Topic.EXPERTISE, kind) for kind
                                                  in (expertise.GOAL_ROWS, expertise.COMPETENCES,
                                                      expertise.SETTINGS)):
            return None
        rows: set[int] = set()
        for kind in (expertise.RATINGS, expertise.PEOPLE):
            ids = change.of(kind)
            if ids:
                rows |= ids.all
        return rows

    def _refresh_from_records(self) -> None:
        rows, self._grid_rows = self._grid_rows, set()
        self.refresh(rows)


    def refresh(self, rows: set[int] | None = None) -> None:
        """Read everything again from the open trajectory; ``rows``: the people whose grid
        cells changed, when the change records said so (None: any)."""
        store = self.ctx.store
        if store is None or store.conn is None:
            self.model.load(None)
            return
        self.model.load(store, rows)
        m = self.model.map
        writable = not self.ctx.read_only
        for wdg in (self.import_button, self.names_box, self.confirm_button, self.propose_button,
                    self.form_button, self.move_button, self.capacity_spin, self.max_spin, self.teams_box):
            wdg.setEnabled(writable)
        if self.grid.columnWidth(0) == self.grid.horizontalHeader().defaultSectionSize():
            self.grid.setColumnWidth(0, 160)
            self.grid.setColumnWidth(1, 72)
            self.grid.setColumnWidth(2, 130)
            self.grid.setColumnWidth(3, 64)
        for wdg, value in ((self.names_box, m.settings.show_names),
                           (self.teams_box, m.settings.different_teams)):
            wdg.blockSignals(True)
            wdg.setChecked(value)
            wdg.blockSignals(False)
        for spin, value in ((self.capacity_spin, m.settings.default_capacity),
                            (self.max_spin, m.settings.max_pairs)):
            if not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.meeting_spin.setEnabled(writable)
        self.confirm_button.setVisible(any(not r.confirmed for r in m.ratings.values()))
        self._fill_flags(m)
        self._fill_goals(m)
        self._fill_pairs(m)
        self.heat.set_painter(self._heat_painter())
        self._refresh_run()

    def _refresh_run(self) -> None:
        """The intervisie meeting and round: the spin box, the roles in the tree, the round
        line and the wall (the map as last read)."""
        store = self.ctx.store
        if store is None or store.conn is None or self.model.map is None:
            return
        run_state = intervisie.run(store)
        if not self.meeting_spin.hasFocus() or self.meeting_spin.value() != run_state.meeting:
            self.meeting_spin.blockSignals(True)
            self.meeting_spin.setValue(run_state.meeting)
            self.meeting_spin.blockSignals(False)
        self._fill_intervisie()
        self._show_round()
        self._update_wall()

    def _fill_flags(self, m: expertise.Map) -> None:
        from exports.peer_words import flag_text

        self.flags_list.clear()
        lang = self.ctx.language
        flags = expertise.flags(m)
        for f in flags:
            self.flags_list.addItem(flag_text(f, m, lang, names=True))
        if not flags:
            self.flags_list.addItem(self.tr("Nothing to watch."))

    def _fill_goals(self, m: expertise.Map) -> None:
        self.goals_table.blockSignals(True)
        self.goals_table.setRowCount(len(m.goals))
        for i, g in enumerate(m.goals):
            item = QTableWidgetItem(g.title)
            item.setData(ID, g.id)
            self.goals_table.setItem(i, 0, item)
            self.goals_table.setVerticalHeaderItem(i, QTableWidgetItem(str(i + 1)))
        self.goals_table.blockSignals(False)
        self.comp_table.blockSignals(True)
        self.comp_table.setColumnCount(1 + len(m.goals))
        self.comp_table.setHorizontalHeaderLabels(
            [self.tr("Competence")] + [self.tr("Goal {n}").format(n=i + 1) for i in range(len(m.goals))])
        self.comp_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for j, g in enumerate(m.goals, start=1):
            self.comp_table.horizontalHeaderItem(j).setToolTip(plain_tip(g.title))
        self.comp_table.setRowCount(len(m.competences))
        for i, c in enumerate(m.competences):
            item = QTableWidgetItem(c.name)
            item.setData(ID, c.id)
            self.comp_table.setItem(i, 0, item)
            for j, g in enumerate(m.goals, start=1):
                imp = c.goals.get(g.id, 0)
                cell = QTableWidgetItem(str(imp) if imp else "")
                cell.setData(ID, (c.id, g.id))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.comp_table.setItem(i, j, cell)
        self.comp_table.blockSignals(False)

    def _fill_pairs(self, m: expertise.Map) -> None:
        from exports.peer_words import why_text

        everything = pairs.pairs(self.ctx.store)
        stored = [p for p in everything if p.state != "ended"]
        ended = [p for p in everything if p.state == "ended"]
        shown = stored + (ended if self.show_ended_box.isChecked() else [])
        selected = self._selected_pair()
        states = {"draft": self.tr("draft"), "published": self.tr("published"),
                  "ended": self.tr("ended")}
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.pairs_table.setRowCount(len(shown))
        for i, p in enumerate(shown):
            w = pairs.why(m, p)
            state = states[p.state] + (" · " + self.tr("pinned") if p.pinned else "")
            for j, text in enumerate((w.learner, w.expert, w.competence, state,
                                      why_text(w, self.ctx.language))):
                item = QTableWidgetItem(text)
                item.setData(ID, p.id)
                if j == 4:
                    item.setToolTip(plain_tip(text))
                if p.state == "ended":
                    item.setForeground(grey)
                self.pairs_table.setItem(i, j, item)
            if p.id == selected:
                self.pairs_table.selectRow(i)
        self.pairs_table.resizeColumnsToContents()
        self.pairs_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        published = {(p.learner_id, p.competence_id) for p in stored if p.state == "published"}
        wanted = sum(1 for r in m.ratings.values() if r.wants
                     and (r.participant_id, r.competence_id) not in published)
        drafts = sum(1 for p in stored if p.state == "draft")
        summary = self.tr("{paired} of {wanted} wishes paired in the draft, "
                          "{published} published").format(
            paired=drafts, wanted=wanted, published=len(published))
        if ended:
            summary += ", " + self.tr("{n} ended").format(n=len(ended))
        self.pairs_summary.setText(summary)
        self._update_pair_buttons()

    def _fill_intervisie(self) -> None:
        store = self.ctx.store
        if store is None or self.model.map is None:
            return
        m = self.model.map
        groups = intervisie.groups(store)
        # the tree is built again: the chosen person (or group) and the scroll stay
        item = self.iv_tree.currentItem()
        chosen = (None if item is None else item.data(0, ID) if item.parent() is not None
                  else ("group", self.iv_tree.indexOfTopLevelItem(item)))
        scroll = self.iv_tree.verticalScrollBar().value()
        self.iv_tree.clear()
        role_names = self._role_names()
        meeting = intervisie.run(store).meeting
        again = None
        for i, g in enumerate(groups):
            top = QTreeWidgetItem([f"{g.name} ({len(g.members)})", "", ""])
            roles = {pid: role for role, pid in g.roles(meeting).items()}
            for pid in g.members:
                person = m.person(pid)
                child = QTreeWidgetItem(top, [person.name, role_names.get(roles.get(pid, ""), ""),
                                              person.team])
                child.setData(0, ID, pid)
                if pid == chosen:
                    again = child
            self.iv_tree.addTopLevelItem(top)
            top.setExpanded(True)
            if chosen == ("group", i):
                again = top
        if again is not None:
            self.iv_tree.setCurrentItem(again)
        self.iv_tree.verticalScrollBar().setValue(scroll)
        self.iv_summary.setText(self.tr("{n} groups").format(n=len(groups)) if groups else
                                self.tr("No groups yet."))

    def _role_names(self) -> dict[str, str]:
        return {"inbrenger": self.tr("Case giver"), "gespreksleider": self.tr("Chair"),
                "tijdbewaker": self.tr("Timekeeper")}

    # ------------------------------------------------------------ the wall

    def _heat_painter(self):
        m = self.model.map
        rows = expertise.heat_map(m) if m else []
        names = bool(m and m.settings.show_names)
        return lambda painter, rect: wall.paint_heatmap(painter, rect, rows, names=names)

    def _pairs_painter(self):
        from exports.peer_words import why_text

        m = self.model.map
        lines = []
        for p in pairs.pairs(self.ctx.store):
            if p.state == "ended":
                continue
            w = pairs.why(m, p)
            reason = why_text(w, self.ctx.language).split(": ", 1)[-1]
            lines.append(wall.PairLine(w.learner, w.expert, w.competence, reason, p.pinned))
        return lambda painter, rect: wall.paint_pairs(painter, rect, lines)

    def _intervisie_painter(self):
        from exports.peer_words import word

        m = self.model.map
        run_state = intervisie.run(self.ctx.store)
        meeting = run_state.meeting
        role_names = self._role_names()
        groups = [(g.name, [m.person(p).name for p in g.members],
                   {role_names[r]: m.person(pid).name for r, pid in g.roles(meeting).items()})
                  for g in intervisie.groups(self.ctx.store)]
        rounds = [(word(key, self.ctx.language), minutes) for key, minutes in intervisie.ROUNDS]
        current = run_state.round if run_state.round is not None else 0
        from ui.slides.source import intervisie_meeting

        meeting_line = intervisie_meeting(self.ctx.store)       # as the slide and the method cards
        return lambda painter, rect: wall.paint_intervisie(painter, rect, groups, rounds, current,
                                                           remaining=meeting_line)

    def show_wall(self, kind: str) -> None:
        """Show the heat map, the pairs or the intervisie on the wall window."""
        if self.wall_window is None:
            self.wall_window = WallWindow(self)
        self._wall_kind = kind
        self.wall_window.show_on_wall()
        self._update_wall()         # after showing: a hidden window gets no slide

    def _update_wall(self) -> None:
        if self.wall_window is None or not self.wall_window.isVisible() or self.model.map is None:
            return
        painter = {"heat": self._heat_painter, "pairs": self._pairs_painter,
                   "intervisie": self._intervisie_painter}[self._wall_kind]()
        self.wall_window.slide.set_painter(painter)

    # ------------------------------------------------------------ commands

    def _warn(self, text: str) -> None:
        """A warning that shows user text literally (names may hold '<')."""
        self.last_warning = text
        box = QMessageBox(QMessageBox.Icon.Warning, "Startdag", text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _do(self, edit, words=peer_error_text):
        """Run one operation (ui.operations) through the one error path: a refusal is one
        sentence in a warning box. Returns the edit's result, or None when refused (or when
        no trajectory is open for writing)."""
        if self.ctx.store is None or self.ctx.read_only:
            return None
        return attempt(edit, self._warn, words)

    def _change(self, text: str, apply, revert):
        """One undoable change through the one snapshot command: ``apply()`` returns the old
        values, ``revert(old)`` writes them back. Returns them, or None when refused."""
        return self._do(lambda: changed(self.ctx.undo_stack, text, apply, revert))

    def _rate(self, pid: int, cid: int, values: dict) -> None:
        store = self.ctx.store
        self._change(self.tr("Rate"), lambda: expertise.set_rating(store, pid, cid, **values),
                     lambda old: expertise.put_rating(store, pid, cid, old))

    def _clear(self, pid: int, cid: int) -> None:
        self._do(lambda: peer_ops.clear_rating(self.ctx, self.tr("Clear rating"), pid, cid))

    def confirm_all(self) -> None:
        """Confirm every value a wide import defaulted."""
        store = self.ctx.store
        self._change(self.tr("Confirm imported values"), lambda: expertise.confirm_all(store),
                     lambda keys: expertise.unconfirm(store, keys))

    def _edit_person(self, pid: int, field: str, value) -> bool:
        store = self.ctx.store
        return self._change(self.tr("Edit person"),
                            lambda: expertise.set_person(store, pid, **{field: value}),
                            lambda old: expertise.set_person(store, pid, **old)) is not None

    def _setting(self, key: str, value, text: str) -> None:
        store = self.ctx.store
        if store is None or getattr(expertise.settings(store), key) == value:
            return
        self._change(text, lambda: expertise.set_settings(store, **{key: value}),
                     lambda old: expertise.set_settings(store, **old))

    # goals and competences

    def add_goal(self) -> None:
        """Add a goal and start typing its title."""
        title = self.tr("New goal")
        gid = self._add(self.tr("Add goal"), "peer_goal",
                        lambda: expertise.add_goal(self.ctx.store, title))
        if gid is not None:
            self._edit_new(self.goals_table, gid, 0)

    def _add(self, text: str, table: str, add):
        """An undoable add of a goal or competence; redo brings it back under the same id."""
        store = self.ctx.store
        return self._do(lambda: added(self.ctx.undo_stack, text, add,
                                      lambda row_id: expertise.delete(store, table, row_id),
                                      lambda snap: expertise.restore(store, snap)))

    def add_competence(self) -> None:
        """Add a competence and start typing its name."""
        m = self.model.map
        n = 1
        base = self.tr("New competence")
        names = {c.name for c in m.competences} if m else set()
        name = base
        while name in names:
            n += 1
            name = f"{base} {n}"
        cid = self._add(self.tr("Add competence"), "peer_competence",
                        lambda: expertise.add_competence(self.ctx.store, name))
        if cid is not None:
            self._edit_new(self.comp_table, cid, 0)

    def _edit_new(self, table: QTableWidget, row_id: int, column: int) -> None:
        for i in range(table.rowCount()):
            item = table.item(i, column)
            if item is not None and item.data(ID) == row_id:
                table.setCurrentItem(item)
                table.editItem(item)
                return

    def remove_selected(self) -> None:
        """Remove the selected goal or competence (with its ratings and pairs; undoable)."""
        store = self.ctx.store
        if self.comp_table.hasFocus() or (self.comp_table.currentItem() is not None
                                          and not self.goals_table.hasFocus()):
            item = self.comp_table.currentItem()
            table = "peer_competence"
            row_id = self.comp_table.item(item.row(), 0).data(ID) if item else None
        else:
            item = self.goals_table.currentItem()
            table = "peer_goal"
            row_id = item.data(ID) if item else None
        if row_id is None:
            return
        self._do(lambda: removed(self.ctx.undo_stack, self.tr("Remove"),
                                 lambda: expertise.delete(store, table, row_id),
                                 lambda snap: expertise.restore(store, snap)))

    def _goal_edited(self, item: QTableWidgetItem) -> None:
        store = self.ctx.store
        gid, title = item.data(ID), item.text()
        if self._change(self.tr("Rename goal"), lambda: expertise.rename_goal(store, gid, title),
                        lambda old: expertise.rename_goal(store, gid, old)) is None:
            self.refresh()

    def _competence_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            cid, name = item.data(ID), item.text()
            old = self._do(lambda: peer_ops.rename_competence(
                self.ctx, self.tr("Rename competence"), cid, name))
        else:
            cid, gid = item.data(ID)
            text = item.text().strip() or "0"
            if text not in ("0", "1", "2", "3"):
                self._warn(self.tr("Importance is 1, 2 or 3 (0 or empty: "
                                                              "not linked)."))
                self.refresh()
                return
            old = self._do(lambda: peer_ops.set_link(self.ctx, self.tr("Change importance"),
                                                     cid, gid, int(text)))
        if old is None:          # refused: the cell shows the stored value again
            self.refresh()

    # pairs

    def _selected_pair(self) -> int | None:
        rows = self.pairs_table.selectionModel().selectedRows() if self.pairs_table.selectionModel() else []
        return rows[0].data(ID) if rows else None

    def _update_pair_buttons(self) -> None:
        pid = self._selected_pair()
        store = self.ctx.store
        writable = not self.ctx.read_only
        p = next((q for q in pairs.pairs(store) if q.id == pid), None) if store and pid else None
        draft = p is not None and p.state == "draft"
        self.pin_button.setEnabled(writable and draft)
        self.swap_button.setEnabled(writable and draft)
        # an ended pair stays as the record that forbids its repeat: no removing it
        self.remove_pair_button.setEnabled(writable and p is not None and p.state != "ended")
        self.end_button.setEnabled(writable and p is not None and p.state == "published")
        self.publish_button.setEnabled(writable and bool(store) and bool(pairs.pairs(store, "draft")))

    def propose(self) -> None:
        """Propose the draft (pins stay)."""
        r = self._do(lambda: peer_ops.propose(self.ctx, self.tr("Propose pairs")))
        window = self.window()
        if r is not None and isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("{paired} of {wanted} learning wishes paired.").format(
                paired=r.paired, wanted=r.wanted), 8000)

    def toggle_pin(self) -> None:
        """Pin or unpin the selected draft pair."""
        pid = self._selected_pair()
        store = self.ctx.store
        p = next((q for q in pairs.pairs(store) if q.id == pid), None)
        if p is None:
            return
        self._do(lambda: peer_ops.set_pinned(
            self.ctx, self.tr("Unpin pair") if p.pinned else self.tr("Pin pair"), pid, not p.pinned))

    def swap(self) -> None:
        """Choose another expert for the selected pair from those the rules allow."""
        pid = self._selected_pair()
        store = self.ctx.store
        if pid is None:
            return
        able = pairs.candidates(store, pid)
        menu = QMenu(self)
        if not able:
            menu.addAction(self.tr("No other expert can take this learner")).setEnabled(False)
        m = self.model.map
        for e in able:
            person = m.person(e)
            action = menu.addAction(self.tr("{name} (team {team})").format(
                name=person.name, team=person.team or "–"))
            action.setData(e)
        chosen = menu.exec(self.swap_button.mapToGlobal(self.swap_button.rect().bottomLeft()))
        if chosen is None or chosen.data() is None:
            return
        self.swap_to(pid, chosen.data())

    def swap_to(self, pair_id: int, expert_id: int) -> None:
        """Give a pair another expert (undoable)."""
        self._do(lambda: peer_ops.swap(self.ctx, self.tr("Other expert"), pair_id, expert_id))

    def remove_pair(self) -> None:
        """Remove the selected pair."""
        pid = self._selected_pair()
        if pid is None:
            return
        self._do(lambda: peer_ops.remove_pair(self.ctx, self.tr("Remove pair"), pid))

    def publish(self) -> None:
        """Publish the draft."""
        self._do(lambda: peer_ops.publish(self.ctx, self.tr("Publish pairs")))

    def end_pair(self) -> None:
        """End the selected published pair: it will not be proposed again."""
        pid = self._selected_pair()
        if pid is None:
            return
        self._do(lambda: peer_ops.end_pair(self.ctx, self.tr("End pair"), pid))

    # intervisie

    def form_groups(self) -> None:
        """Form the intervisie groups (replacing earlier ones; undoable)."""
        self._do(lambda: peer_ops.form_groups(self.ctx, self.tr("Form intervisie groups"),
                                              self.tr("Intervisie {n}")))

    def set_meeting(self, meeting: int) -> None:
        """Make another meeting the current one: the roles rotate (undoable)."""
        store = self.ctx.store
        if store is None or meeting == intervisie.run(store).meeting:
            return
        self._run_round(self.tr("Meeting {n}").format(n=meeting),
                        lambda: intervisie.set_meeting(store, meeting))

    def _run_round(self, text: str, change) -> None:
        """A change of the meeting or the running round, with the run as it was for undo."""
        self._do(lambda: peer_ops.change_run(self.ctx, text, change))
        self._show_round()

    def step_round(self, delta: int) -> None:
        """Start the next (delta 1) or the previous (delta -1) round of the incidentmethode."""
        store = self.ctx.store
        if store is None:
            return
        current = intervisie.run(store).round
        index = 0 if current is None else current + delta
        if not 0 <= index < len(intervisie.ROUNDS):
            return
        self._run_round(self.tr("Round {n}").format(n=index + 1),
                        lambda: intervisie.start_round(store, index))

    def toggle_round_pause(self) -> None:
        """Pause the running round, or resume it."""
        store = self.ctx.store
        if store is None or intervisie.run(store).round is None:
            return
        paused = intervisie.run(store).paused
        self._run_round(self.tr("Resume round") if paused else self.tr("Pause round"),
                        lambda: intervisie.toggle_pause(store))

    def add_round_time(self) -> None:
        """One more minute for the running round."""
        store = self.ctx.store
        if store is None or intervisie.run(store).round is None:
            return
        self._run_round(self.tr("One more minute"), lambda: intervisie.add_time(store, 60))

    def stop_rounds(self) -> None:
        """Stop steering the rounds by hand."""
        store = self.ctx.store
        if store is None or intervisie.run(store).round is None:
            return
        self._run_round(self.tr("Stop rounds"), lambda: intervisie.stop_rounds(store))

    def round_text(self) -> str:
        """The running round on the console: 'Round 3 of 7: Questions · 3:12 left'."""
        from exports.peer_words import word

        store = self.ctx.store
        if store is None or store.conn is None:
            return ""
        r = intervisie.run(store)
        if r.round is None:
            return self.tr("The rounds follow the step's clock; start round 1 to steer them.")
        left = int(r.left())
        clock = (self.tr("{m}:{s:02d} left").format(m=left // 60, s=left % 60) if left >= 0 else
                 self.tr("{m}:{s:02d} over time").format(m=-left // 60, s=-left % 60))
        text = self.tr("Round {n} of {total}: {name} · {clock}").format(
            n=r.round + 1, total=len(intervisie.ROUNDS),
            name=word(intervisie.ROUNDS[r.round][0], self.ctx.language), clock=clock)
        return text + (" · " + self.tr("paused") if r.paused else "")

    def _show_round(self) -> None:
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        r = intervisie.run(store)
        writable = not self.ctx.read_only
        steered = r.round is not None
        self.round_label.setText(self.round_text())
        self.next_round_button.setText(self.tr("Next round ▶") if steered else self.tr("Start round 1"))
        self.next_round_button.setEnabled(writable and (not steered or r.round + 1 < len(intervisie.ROUNDS)))
        self.prev_round_button.setEnabled(writable and steered and r.round > 0)
        self.pause_round_button.setText(self.tr("Resume round") if r.paused else self.tr("Pause round"))
        for b in (self.pause_round_button, self.more_time_button, self.stop_rounds_button):
            b.setEnabled(writable and steered)
        if steered and not r.paused:
            if not self.round_timer.isActive():
                self.round_timer.start()
        else:
            self.round_timer.stop()
        self._signal_over_time(steered and r.left() < 0)

    def _signal_over_time(self, over: bool) -> None:
        """A round steered by hand never moves on by itself (the timekeeper and the
        facilitator decide when a group is done); once its time is up the console says
        so clearly: the round line turns red and bold, and the next-round control (stop,
        after the last round) is emphasised and takes the focus if a round control had it."""
        if over == self.round_over:
            return
        self.round_over = over
        store = self.ctx.store
        last = over and intervisie.run(store).round + 1 >= len(intervisie.ROUNDS)
        target = self.stop_rounds_button if last else self.next_round_button
        self.round_label.setStyleSheet("color:#b00020; font-weight:bold;" if over else "")
        for b in (self.next_round_button, self.stop_rounds_button):
            on = over and b is target
            b.setStyleSheet("font-weight:bold; border:2px solid #b00020; padding:3px 8px;"
                            if on else "")
            b.setProperty("overTime", on)
        if over and target.isEnabled():
            focus = QApplication.focusWidget()
            if focus is None or focus in self.round_buttons():
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def round_buttons(self) -> tuple:
        """The round controls, in their order on the console."""
        return (self.prev_round_button, self.next_round_button, self.pause_round_button,
                self.more_time_button, self.stop_rounds_button)

    def _choose_group(self) -> None:
        item = self.iv_tree.currentItem()
        pid = item.data(0, ID) if item is not None else None
        if pid is None:
            return
        menu = QMenu(self)
        for g in intervisie.groups(self.ctx.store):
            if pid not in g.members:
                menu.addAction(g.name).setData(g.id)
        chosen = menu.exec(self.move_button.mapToGlobal(self.move_button.rect().bottomLeft()))
        if chosen is not None and chosen.data() is not None:
            self.move_person(pid, chosen.data())

    def move_person(self, person_id: int, group_id: int) -> None:
        """Move one person to another intervisie group (never beside their manager or report)."""
        self._do(lambda: peer_ops.move_person(self.ctx, self.tr("Move to another group"),
                                              person_id, group_id))

    # ------------------------------------------------------------ import and print

    def import_matrix(self, path: str | None = None) -> None:
        """Import a skills matrix (xlsx or csv) into the map; one undoable step."""
        from sessions import importing
        from ui.cli_peer import expertise_report_lines

        if self.ctx.store is None or self.ctx.read_only:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a skills matrix"), str(Path.home()),
                self.tr("Lists (*.xlsx *.csv *.txt);;All files (*)"))
            if not path:
                return

        def words(exc: StartdagError) -> str:
            if isinstance(exc, importing.ListImportError):     # the file's own problem
                return f"{Path(path).name}: {error_text(exc)}"
            return peer_error_text(exc)

        report = self._do(lambda: peer_ops.import_matrix(
            self.ctx, self.tr("Import skills matrix"), Path(path)), words)
        if report is None:
            return
        self.last_import_text = "\n".join(expertise_report_lines(report))
        box = QMessageBox(QMessageBox.Icon.Information, "Startdag", self.last_import_text,
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def export(self, kind: str, path: str | None = None) -> Path | None:
        """Write one document; ask where unless ``path`` is given."""
        from exports import kenniskaart as kk
        from exports.pack import file_name

        store = self.ctx.store
        if store is None:
            return None
        lang = self.ctx.language
        key = {"kenniskaart": "kenniskaart", "matrix": "matrix", "pairs": "pairs",
               "intervisie": "intervisie"}[kind]
        if not path:
            start = str(store.path.with_name(file_name(key, lang)))
            flt = "Excel (*.xlsx)" if kind == "matrix" else "PDF (*.pdf)"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), start, flt)
            if not path:
                return None
        names = expertise.settings(store).show_names
        writers = {
            "kenniskaart": lambda p: kk.write_kenniskaart(store, p, lang, names=names),
            "matrix": lambda p: kk.write_matrix_xlsx(store, p, lang),
            "pairs": lambda p: kk.write_pair_cards(store, p, lang),
            "intervisie": lambda p: kk.write_method_cards(store, p, lang),
        }
        try:
            writers[kind](Path(path))
        except StartdagError as exc:
            self._warn(error_text(exc))
            return None
        return Path(path)
