"""Backups in the app: the policy from the settings, the words for a backup, and the service
that takes the open trajectory's backups on a worker thread (sessions.backups.Keeper)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal

from sessions import backups
from sessions.backups import Keeper, Policy, Taken
from ui.context import AppContext

TICK_MS = 30_000      # how often the keeper looks whether the 10 minutes have passed



def policy_from(settings) -> Policy:
    """Where backups go and how long they stay, as the facilitator set it."""
    return Policy.default(mirror=settings.backup_mirror(),
                          retention_days=settings.backup_retention_days())


def time_text(t: datetime, seconds: bool = False) -> str:
    """'12 maart, 14:32' (with the year when it is not this year; seconds in a list)."""
    fmt = "d MMMM, HH:mm" if t.year == datetime.now().year else "d MMMM yyyy, HH:mm"
    return QLocale().toString(QDateTime(t), fmt + (":ss" if seconds else ""))


def size_text(size: int) -> str:
    """'120 kB', '1,2 MB' in the user's language."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def holds_text(counts: dict[str, int]) -> str:
    """'80 deelnemers, 14 vragen, 9 acties'."""
    words = {
        "participants": (QCoreApplication.translate("Backups", "1 participant"), QCoreApplication.translate("Backups", "{n} participants")),
        "questions": (QCoreApplication.translate("Backups", "1 question"), QCoreApplication.translate("Backups", "{n} questions")),
        "actions": (QCoreApplication.translate("Backups", "1 action"), QCoreApplication.translate("Backups", "{n} actions")),
    }
    parts = []
    for key, (one, many) in words.items():
        if key in counts:
            n = counts[key]
            parts.append(one if n == 1 else many.format(n=QLocale().toString(n)))
    return ", ".join(parts)


def reason_text(reason: str) -> str:
    """When a backup was taken, in words."""
    if "before-migration" in reason:
        return QCoreApplication.translate("Backups", "before an update of the file")
    return {
        "open": QCoreApplication.translate("Backups", "at open"), "meeting": QCoreApplication.translate("Backups", "meeting started"),
        "interval": QCoreApplication.translate("Backups", "during the meeting"), "close": QCoreApplication.translate("Backups", "at close"),
        "manual": QCoreApplication.translate("Backups", "by hand"),
    }.get(reason, QCoreApplication.translate("Backups", "at open"))


def restored_word() -> str:
    """The word in a restored copy's name: 'hersteld' in Dutch."""
    return QCoreApplication.translate("Backups", "restored")


def rules_text(policy: Policy) -> str:
    """How long backups are kept, in one sentence."""
    return QCoreApplication.translate("Backups", "Kept: the last {n} and the newest of each day; backups older than {days} days "
               "are removed, except the newest of each trajectory. Backups taken before an "
               "update of the file are not rotated away.").format(n=policy.keep_last,
                                                                   days=policy.retention_days)


class BackupService(QObject):
    """Takes the open trajectory's backups: at open, when a meeting starts, every 10 minutes
    while it runs, at close. The copying runs on the keeper's worker thread."""

    taken = Signal(object)      # a sessions.backups.Taken, delivered on the GUI thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.keeper: Keeper | None = None
        self.last: Taken | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        ctx.store_opened.connect(self._opened)
        ctx.store_closed.connect(self._closed)
        ctx.changed.connect(self._changed)
        self.taken.connect(self._remember)

    def policy(self) -> Policy:
        """The policy as set now."""
        return policy_from(self.ctx.settings)

    def _opened(self) -> None:
        store = self.ctx.store
        if store is None or store.read_only or not store.uid:
            return
        # the worker thread reports through a queued signal, never by touching widgets
        self.keeper = Keeper(store, self.policy(), on_done=self.taken.emit)
        self.keeper.opened()
        self.timer.start()

    def _changed(self, topic: str) -> None:
        if self.keeper is not None:
            self.keeper.notice(topic)

    def tick(self) -> None:
        """Called by the timer: the keeper takes the 10-minute backup when it is due."""
        if self.keeper is not None:
            self.keeper.tick()

    def _closed(self) -> None:
        """Before the store closes: the backup at close, and wait for the worker."""
        self.timer.stop()
        keeper, self.keeper = self.keeper, None
        if keeper is not None:
            keeper.close()

    def forget(self) -> None:
        """Stop without a backup at close (the trajectory is being deleted)."""
        self.timer.stop()
        keeper, self.keeper = self.keeper, None
        if keeper is not None:
            keeper.wait()
            keeper.store = _Closed()
            keeper.close()

    def wait(self) -> None:
        """Block until the requested backups are written (tests, the dialog)."""
        if self.keeper is not None:
            self.keeper.wait()

    def _remember(self, result: Taken) -> None:
        self.last = result


class _Closed:
    """Stands in for a closed store, so a keeper being stopped takes no backup at close."""

    conn = None
    read_only = True


def find(path: Path, policy: Policy) -> list[backups.Backup]:
    """The backups of a file, damaged or not, newest first."""
    return backups.list_for(path, policy)
