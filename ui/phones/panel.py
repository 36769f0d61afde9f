"""The facilitator's side of phone join: the Phones tab, the status bar line and the join slide.

The Phones tab turns join on and off, picks the address, shows the join URL and QR, how
many phones are connected and joined, a warning on the laptop's own hotspot, names that
wait for an OK, and everything phones put in with moderation (hide, merge, delete).
Moderation is the facilitator's own edit: it goes on the undo stack like any other.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sessions import actions as actions_service
from sessions import boards, phones, questions
from sessions.errors import StartdagError
from ui import commands
from ui.messages import error_text
from ui.models_capture import apply_rows, vote_tally
from ui.phones import network, qr
from ui.phones.hub import PhoneHub, tick_probe_from_env
from ui.tables import ListTableModel
from ui.widgets import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HOTSPOT_PHONES = 8


def attach_phones(window, ctx, actions) -> PhoneHub:
    """Give the main window phone join: the hub, the status bar line, the actions, the join slide."""
    hub = PhoneHub(ctx, window)
    ctx.phones = hub
    status = PhonesStatus(hub)
    window.statusBar().addPermanentWidget(status)
    slide = JoinSlide(hub)
    slide.addActions(actions.all())
    window._join_slide = slide
    window._tick_probe = tick_probe_from_env(window)

    def toggled(on: bool) -> None:
        if on and not hub.running:
            if not hub.start():
                actions.phones_join.setChecked(False)
                window.statusBar().showMessage(QCoreApplication.translate(
                    "Phones", "Phones cannot join: {reason}").format(reason=hub.last_error), 15000)
        elif not on and hub.running:
            hub.stop()

    def sync() -> None:
        if actions.phones_join.isChecked() != hub.running:
            actions.phones_join.blockSignals(True)
            actions.phones_join.setChecked(hub.running)
            actions.phones_join.blockSignals(False)
        if not hub.running and slide.isVisible():
            actions.join_slide.setChecked(False)

    def show_slide(on: bool) -> None:
        if on:
            if not hub.running:
                actions.phones_join.setChecked(True)
            if not hub.running:
                actions.join_slide.setChecked(False)
                return
            slide.show_on(_projector_screen(window))
        else:
            slide.hide()

    actions.phones_join.toggled.connect(toggled)
    actions.join_slide.toggled.connect(show_slide)
    hub.status_changed.connect(sync)
    slide.closed.connect(lambda: actions.join_slide.setChecked(False))
    # Esc (stop presenting) also takes the join slide off the wall
    actions.stop_present.triggered.connect(lambda: actions.join_slide.setChecked(False))
    return hub


def _projector_screen(window):
    screens = QGuiApplication.screens()
    here = window.screen()
    others = [s for s in screens if s is not here]
    return others[0] if others else here


def status_text(hub: PhoneHub) -> str:
    """The one line the console shows: address, phones connected and joined."""
    if not hub.running:
        return QCoreApplication.translate("Phones", "Phones: off")
    return QCoreApplication.translate(
        "Phones", "Phones: {address} · {connected} connected · {joined} joined").format(
        address=hub.short_address(), connected=hub.connected, joined=hub.joined())


def toolbar_text(hub: PhoneHub) -> str:
    """The short line on the toolbar: the address (without the token) and the phones."""
    if not hub.running:
        return ""
    return QCoreApplication.translate(
        "Phones", "Phones {ip}:{port} · {connected} connected · {joined} joined").format(
        ip=hub.ip, port=hub.port, connected=hub.connected, joined=hub.joined())


def hotspot_warning(hub: PhoneHub) -> str:
    """The warning when phones join over the laptop's own hotspot or no network at all."""
    if not hub.running:
        return ""
    if hub.address is None:
        return QCoreApplication.translate("Phones", "No network found: only this laptop can reach the page. Connect to the "
                            "venue Wi-Fi, a travel router or turn on the laptop's hotspot.")
    if hub.address.hotspot:
        return QCoreApplication.translate("Phones", "This is the laptop's own hotspot: Windows Mobile Hotspot takes about "
                            "{n} phones. Use a travel router for a bigger room.").format(n=HOTSPOT_PHONES)
    return ""


class PhonesStatus(QLabel):
    """The status bar line: address and phones connected, in red on a hotspot."""

    def __init__(self, hub: PhoneHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.setTextFormat(Qt.TextFormat.PlainText)
        hub.status_changed.connect(self.refresh)
        hub.counts_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the current state."""
        warn = hotspot_warning(self.hub)
        self.setText(toolbar_text(self.hub) + (" ⚠" if warn else ""))
        self.setToolTip("\n".join(t for t in (status_text(self.hub), warn) if t))
        self.setStyleSheet("color:#8a0000; font-weight:bold; padding-right:6px;" if warn
                           else "padding-right:6px;")


class JoinSlide(QWidget):
    """The full-screen join slide: a big QR, the short address in large type, phones joined."""

    closed = Signal()

    def __init__(self, hub: PhoneHub, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.hub = hub
        self.setWindowTitle(self.tr("Join with your phone"))
        self.setObjectName("join_slide")
        self.setStyleSheet("#join_slide { background: white; } QLabel { color: black; }")
        self.heading = QLabel(self.tr("Join with your phone: scan the code"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Does your phone say 'no internet'? Stay connected: the page "
                                   "works without internet."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.count)
        layout.addWidget(self.hint)
        hub.status_changed.connect(self.refresh)
        hub.counts_changed.connect(self.refresh)

    def show_on(self, screen) -> None:
        """Full screen on ``screen`` (the projector when there is one)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.refresh()
        self.showFullScreen()
        self.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refresh()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    @Slot()
    def refresh(self) -> None:
        """Fit the QR and the type to the window."""
        h = max(300, self.height())
        for label, factor, bold in ((self.heading, 0.045, True), (self.address, 0.06, True),
                                    (self.count, 0.04, False), (self.hint, 0.025, False)):
            font = label.font()
            font.setPixelSize(max(12, int(h * factor)))
            font.setBold(bold)
            label.setFont(font)
        if not self.hub.running:
            self.qr.clear()
            self.address.setText(self.tr("Phones are off"))
            self.count.setText("")
            return
        side = int(min(self.width() * 0.9, h * 0.62))
        key = (self.hub.url(), side)
        if key != getattr(self, "_qr_key", None):     # the QR only changes with the URL or size
            self._qr_key = key
            self.qr.setPixmap(QPixmap.fromImage(qr.qr_image(self.hub.url(), side)))
        self.address.setText(self.hub.short_address())
        self.count.setText(self.tr("{n} phones joined").format(n=self.hub.joined()))


# ---------------------------------------------------------------- the Phones tab


class _InPlace(ListTableModel):
    """A flat table that takes new rows in place: rows that left are removed, new ones
    inserted, changed ones get dataChanged, so the view keeps its selection and scroll
    position and only repaints what changed."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[dict] = []

    @staticmethod
    def key(row: dict):
        return row["id"]

    def set_rows(self, rows: list[dict]) -> None:
        """Bring the rows in line with ``rows`` (insert, remove, move, dataChanged)."""
        apply_rows(self, QModelIndex(), self.rows, list(rows), self.key, len(self.COLUMNS))

    def row_of(self, key) -> int:
        """The row of ``key``, or -1."""
        return next((i for i, r in enumerate(self.rows) if self.key(r) == key), -1)


class InputsModel(_InPlace):
    """What phones put in (questions, board items, actions), newest first."""

    COLUMNS = (QT_TRANSLATE_NOOP("InputsModel", "Kind"), QT_TRANSLATE_NOOP("InputsModel", "Text"),
               QT_TRANSLATE_NOOP("InputsModel", "Shown"))
    CONTEXT = "InputsModel"
    KINDS = {"question": QT_TRANSLATE_NOOP("InputsModel", "Question"),
             "item": QT_TRANSLATE_NOOP("InputsModel", "Board item"),
             "action": QT_TRANSLATE_NOOP("InputsModel", "Action")}

    @staticmethod
    def key(row: dict):
        return (row["kind"], row["ref_id"])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                text = QCoreApplication.translate(self.CONTEXT, self.KINDS.get(r["kind"], r["kind"]))
                return text + (" ↳" if r.get("merged_into") else "")
            if index.column() == 1:
                return r["text"]
            return QCoreApplication.translate("InputsModel", "hidden") if r["hidden"] else \
                QCoreApplication.translate("InputsModel", "shown")
        if role == ID_ROLE:
            return (r["kind"], r["ref_id"])
        return None


class TallyModel(_InPlace):
    """Paper and phone dots as two sources of one tally."""

    COLUMNS = (QT_TRANSLATE_NOOP("TallyModel", "Question"), QT_TRANSLATE_NOOP("TallyModel", "Paper"),
               QT_TRANSLATE_NOOP("TallyModel", "Phones"), QT_TRANSLATE_NOOP("TallyModel", "Total"))
    CONTEXT = "TallyModel"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r["text"], r["paper"], r["phones"], r["total"])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return r["id"]
        return None


def _clock(iso: str) -> str:
    return iso[11:16] if len(iso) >= 16 else iso


class PendingModel(_InPlace):
    """Phones that ask for a name another phone holds: the name, when they asked, and since
    when the other phone holds it (who was first)."""

    COLUMNS = (QT_TRANSLATE_NOOP("PendingModel", "Name asked for"),
               QT_TRANSLATE_NOOP("PendingModel", "Asked at"),
               QT_TRANSLATE_NOOP("PendingModel", "Held by another phone since"))
    CONTEXT = "PendingModel"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return r["wants_name"]
            if index.column() == 1:
                return _clock(r["asked_at"])
            return _clock(r["held_since"]) if r["held_since"] else \
                QCoreApplication.translate("PendingModel", "nobody now")
        if role == Qt.ItemDataRole.ToolTipRole:
            return r["asked_at"].replace("T", " ")
        if role == ID_ROLE:
            return r["id"]
        return None


def _table(model, stretch: int, samples: dict[int, str]) -> QTableView:
    """A table whose column ``stretch`` takes the room left; the others are as wide as
    their header or ``samples[column]``. Fixed widths: sizing a column to its contents
    measures every row on every change, which phones make many times a second."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    fm = view.fontMetrics()
    for col in range(model.columnCount()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        header.resizeSection(col, max(fm.horizontalAdvance(title),
                                      fm.horizontalAdvance(samples.get(col, "8888"))) + 24)
    return view


class PhonesPage(QWidget):
    """The Phones tab.

    Its lists follow the store's change records: a record that touches phones, questions,
    votes, the board or the actions marks the lists to read again, at most 4 times a
    second and only while the tab is on screen; the models take the new rows in place.
    """

    LIST_TOPICS = {"pending": {"phones", "participants"},
                   "inputs": {"phones", "questions", "votes", "board", "actions"},
                   "tally": {"questions", "votes", "phones"}}
    QR_SIDE = 132

    def __init__(self, ctx, actions, hub: PhoneHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.app_actions, self.hub = ctx, actions, hub
        on = QToolButton()
        on.setDefaultAction(actions.phones_join)
        on.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        slide = QToolButton()
        slide.setDefaultAction(actions.join_slide)
        slide.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.address_box = QComboBox()
        self.address_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.address_box.activated.connect(self._address_chosen)
        self.rescan_button = QPushButton(self.tr("Look for networks again"))
        self.rescan_button.clicked.connect(self._rescan)
        self.anonymous = QCheckBox(self.tr("Phones may join without a name"))
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.renew = QPushButton(self.tr("New link (every phone scans again)"))
        self.renew.clicked.connect(hub.renew_token)
        top = QHBoxLayout()
        for w in (on, QLabel(self.tr("Address:")), self.address_box, self.rescan_button, slide):
            top.addWidget(w)
        top.addStretch(1)
        self.url = plain_label()
        self.status = plain_label()
        self.warning = plain_label()
        self.warning.setStyleSheet("color:#8a0000; font-weight:bold;")
        self.qr = QLabel()
        self.qr.setFixedSize(self.QR_SIDE, self.QR_SIDE)
        info = QVBoxLayout()
        info.setSpacing(2)
        info.addWidget(self.url)
        info.addWidget(self.status)
        info.addWidget(self.warning)
        second = QHBoxLayout()
        second.addWidget(self.anonymous)
        second.addWidget(self.renew)
        second.addStretch(1)
        info.addLayout(second)
        info.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.qr)
        head.addLayout(info, 1)

        # names waiting for an OK: only on screen while someone waits
        self.pending_model = PendingModel(self)
        self.pending_view = _table(self.pending_model, 0, {1: "88:88", 2: "88:88"})
        # two rows at a time (it rarely holds more): the lists below keep their height
        view = self.pending_view
        view.setMaximumHeight(view.horizontalHeader().sizeHint().height()
                              + 2 * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
        self.approve_button = QPushButton(self.tr("Allow"))
        self.approve_button.setToolTip(self.tr("Give the selected phone the name; the phone that "
                                               "held it lets go"))
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.clicked.connect(self.refuse)
        self.pending_box = QWidget()
        pv = QVBoxLayout(self.pending_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pending_buttons = QHBoxLayout()
        pending_buttons.addWidget(plain_label(self.tr("Names that wait for your OK (another phone "
                                                      "already holds the name):")), 1)
        pending_buttons.addWidget(self.approve_button)
        pending_buttons.addWidget(self.refuse_button)
        pv.addLayout(pending_buttons)
        pv.addWidget(self.pending_view)
        self.pending_box.hide()

        self.inputs_model = InputsModel(self)
        self.inputs_view = _table(self.inputs_model, 1, {0: "Bordkaartje ↳", 2: "verborgen"})
        self.hide_button = QPushButton(self.tr("Hide or show"))
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.clicked.connect(self.merge)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        mod = QHBoxLayout()
        mod.addWidget(plain_label(self.tr("From phones (live):")), 1)
        for b in (self.hide_button, self.merge_button, self.delete_button):
            mod.addWidget(b)
        self.tally_model = TallyModel(self)
        self.tally_view = _table(self.tally_model, 0, {})
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(mod)
        lv.addWidget(self.inputs_view, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(plain_label(self.tr("Dots: counted on paper and from phones, one tally")))
        rv.addWidget(self.tally_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([600, 400])
        self.message = plain_label()
        self.message.setStyleSheet("color:#8a0000;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(self.pending_box)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        # phones can send many changes a second: the tab catches up at most 4 times a second
        self._stale: set[str] = set(self.LIST_TOPICS)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(250)
        self._later.timeout.connect(self.refresh_lists)
        self._status_later = QTimer(self)
        self._status_later.setSingleShot(True)
        self._status_later.setInterval(250)
        self._status_later.timeout.connect(self.refresh_status)
        hub.status_changed.connect(self._status_later.start)
        hub.status_changed.connect(self._hub_changed)
        hub.counts_changed.connect(self._counts)
        ctx.change_record.connect(self._on_change)
        ctx.store_opened.connect(self.refresh)
        self.refresh()

    def _soon(self) -> None:
        if self.isVisible() and not self._later.isActive():
            self._later.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh_lists()

    # ------------------------------------------------------------ refreshing

    def refresh(self) -> None:
        """Everything on the tab."""
        self._stale = set(self.LIST_TOPICS)
        self.refresh_status()
        self.refresh_lists()

    @Slot(object)
    def _on_change(self, change) -> None:
        stale = {name for name, topics in self.LIST_TOPICS.items() if change.touches(*topics)}
        if stale:
            self._stale |= stale
            self._soon()

    @Slot()
    def _hub_changed(self) -> None:
        # on, off or another meeting: the names waiting are the meeting's
        self._stale.add("pending")
        self._soon()

    @Slot()
    def _counts(self) -> None:
        self.status.setText(status_text(self.hub))

    @Slot()
    def refresh_status(self) -> None:
        """Address, URL, counts, warning, QR."""
        hub = self.hub
        self.address_box.clear()
        for a in hub.addresses or network.candidates():
            self.address_box.addItem(a.label() + (" · " + self.tr("hotspot") if a.hotspot else ""), a.ip)
        self.address_box.addItem(self.tr("127.0.0.1 (this laptop only)"), network.LOOPBACK)
        self.address_box.setCurrentIndex(max(0, self.address_box.findData(hub.ip)))
        self.status.setText(status_text(hub))
        warn = hotspot_warning(hub) or hub.last_error
        self.warning.setText(warn)
        self.warning.setVisible(bool(warn))
        if hub.running:
            self.url.setText(hub.url())
            if getattr(self, "_qr_url", None) != hub.url():
                self._qr_url = hub.url()
                self.qr.setPixmap(QPixmap.fromImage(qr.qr_image(hub.url(), self.QR_SIDE)))
        else:
            self._qr_url = None
            self.url.setText(self.tr("Phones are off. Turn on 'Let phones join' to show the link."))
            self.qr.clear()
        store = self.ctx.store
        self.anonymous.blockSignals(True)
        self.anonymous.setEnabled(store is not None and not store.read_only and hub.meeting_id is not None)
        self.anonymous.setChecked(bool(store is not None and hub.meeting_id is not None and store.conn
                                       and phones.anonymous_allowed(store, hub.meeting_id)))
        self.anonymous.blockSignals(False)
        self.renew.setEnabled(hub.running)

    @Slot()
    def refresh_lists(self) -> None:
        """Pending names, phone input, the tally: the lists a change made stale, in place."""
        self._later.stop()
        stale, self._stale = self._stale, set()
        store = self.ctx.store
        if store is None or store.conn is None:
            for m in (self.pending_model, self.inputs_model, self.tally_model):
                m.set_rows([])
            self.pending_box.hide()
            return
        if "pending" in stale:
            self.pending_model.set_rows(phones.pending(store, self.hub.meeting_id)
                                        if self.hub.meeting_id is not None else [])
            self.pending_box.setVisible(bool(self.pending_model.rows))
        if "inputs" in stale:
            self.inputs_model.set_rows(phones.inputs(store))
        if "tally" in stale:
            self.tally_model.set_rows(vote_tally(self.ctx))     # the shared vote model's rows
        self.status.setText(status_text(self.hub))

    # ------------------------------------------------------------ the facilitator's edits

    def _attempt(self, fn) -> None:
        try:
            fn()
            self.message.setText("")
        except StartdagError as exc:
            self.message.setText(error_text(exc))
        self.message.setVisible(bool(self.message.text()))
        self.refresh_lists()        # the facilitator sees the outcome of their own click at once

    def _selected(self):
        rows = self.inputs_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _address_chosen(self, index: int) -> None:
        ip = self.address_box.itemData(index)
        if self.hub.running and ip != self.hub.ip:
            self.hub.start(ip, self.hub.port)

    def _rescan(self) -> None:
        self.hub.rescan()
        self.refresh_status()

    def _anonymous_toggled(self, on: bool) -> None:
        store, mid = self.ctx.store, self.hub.meeting_id
        if store is None or mid is None:
            return
        self._attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Allow phones without a name") if on
            else self.tr("Phones need a name"),
            lambda: phones.set_anonymous(store, mid, on), lambda: phones.set_anonymous(store, mid, not on)))

    def approve(self) -> None:
        """Give the selected phone the name it asked for."""
        rows = self.pending_view.selectionModel().selectedRows()
        if rows:
            self._attempt(lambda: phones.approve(self.ctx.store, rows[0].data(ID_ROLE)))

    def refuse(self) -> None:
        """Say no to the selected phone's request for a name."""
        rows = self.pending_view.selectionModel().selectedRows()
        if rows:
            self._attempt(lambda: phones.refuse(self.ctx.store, rows[0].data(ID_ROLE)))

    def toggle_hidden(self) -> None:
        """Hide the selected input from the wall and the phones, or show it again (undoable)."""
        sel = self._selected()
        if sel is None:
            return
        kind, ref = sel
        store = self.ctx.store
        hidden = ref in phones.hidden_ids(store, kind)
        self._attempt(lambda: commands.run(
            self.ctx.undo_stack, self.tr("Show phone input") if hidden else self.tr("Hide phone input"),
            lambda: phones.set_hidden(store, kind, ref, not hidden),
            lambda: phones.set_hidden(store, kind, ref, hidden)))

    def merge(self) -> None:
        """Merge the selected phone question into another question (undoable)."""
        sel = self._selected()
        if sel is None or sel[0] != "question":
            self.message.setText(self.tr("Choose a question from a phone to merge."))
            self.message.show()
            return
        store = self.ctx.store
        others = [e for e in questions.listing(store) if e.id != sel[1]]
        if not others:
            return
        labels = [e.text for e in others]
        choice, ok = QInputDialog.getItem(self, self.tr("Merge into"), self.tr("Keep this question:"),
                                          labels, 0, False)
        if not ok:
            return
        keep = others[labels.index(choice)].id
        self._attempt(lambda: _run_restore(self.ctx, self.tr("Merge questions"),
                                           lambda: questions.merge(store, keep, [sel[1]]),
                                           lambda before: questions.restore_state(store, before)))

    def delete(self) -> None:
        """Delete the selected phone input (undoable)."""
        sel = self._selected()
        if sel is None:
            return
        kind, ref = sel
        store = self.ctx.store
        if kind == "question":
            do, undo = (lambda: questions.delete(store, ref)), (lambda s: questions.restore(store, s))
        elif kind == "item":
            do, undo = (lambda: boards.delete_item(store, ref)), (lambda s: boards.restore_item(store, s))
        else:
            do, undo = (lambda: actions_service.delete(store, ref)), (lambda s: actions_service.restore(store, s))
        self._attempt(lambda: _run_restore(self.ctx, self.tr("Delete phone input"), do, undo))


def _run_restore(ctx, text: str, do, undo) -> None:
    """Run ``do`` (which returns a snapshot) and push an undo that restores that snapshot."""
    box: dict = {}

    def redo():
        box["snap"] = do()

    commands.run(ctx.undo_stack, text, redo, lambda: undo(box["snap"]))
