"""The workspace shown while a trajectory is open: one tab per area of work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.app_actions import AppActions
from ui.context import AppContext
from ui.trajectory import OverviewPage


class Workspace(QWidget):
    """Tabs over the open trajectory, with a banner when it is read-only."""

    def __init__(self, ctx: AppContext, actions: AppActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; color:#3d2e00; padding:8px;")
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage(ctx, actions.details)
        self.tabs.addTab(self.overview, self.tr("Trajectory"))
        from ui.roster import RosterPage

        self.roster = RosterPage(ctx, actions)
        self.tabs.addTab(self.roster, self.tr("Participants"))
        from ui.day import DayConsole

        self.day = DayConsole(ctx, actions)
        self.tabs.addTab(self.day, self.tr("Day"))
        from ui.actions_overview import ActionsOverviewPage

        self.actions_overview = ActionsOverviewPage(ctx, actions)
        self.tabs.addTab(self.actions_overview, self.tr("Actions"))
        from ui.peer.page import PeerPage

        self.peer = PeerPage(ctx)
        self.tabs.addTab(self.peer, self.tr("Learning from each other"))
        from ui.learning.page import LearningArea  # issue 19: experiments, ambassadors, hours

        self.learning = LearningArea(ctx, actions)
        self.tabs.addTab(self.learning, self.tr("Experiments and hours"))
        if ctx.phones is not None:
            from ui.phones.panel import PhonesPage

            self.phones = PhonesPage(ctx, actions, ctx.phones)
            self.tabs.addTab(self.phones, self.tr("Phones"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        ctx.store_opened.connect(self._update_banner)
        ctx.store_opened.connect(self._show_day)

    def _show_day(self) -> None:
        """The Day tab is where a trajectory opens: the day is what the facilitator runs."""
        self.tabs.setCurrentWidget(self.day)

    def _update_banner(self) -> None:
        store = self.ctx.store
        if store is not None and store.read_only:
            h = store.holder
            who = (self.tr("{user} on {host} since {since}").format(user=h.user, host=h.host,
                                                                     since=h.since)
                   if h else self.tr("another program"))
            self.banner.setText(self.tr("Read-only: this trajectory is open in Startdag by {who}. "
                                        "You can look, not change.").format(who=who))
            self.banner.show()
        else:
            self.banner.hide()
