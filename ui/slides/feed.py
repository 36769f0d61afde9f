"""The wall's one ear on the store.

The store tells its listeners about every commit; today that notice is a topic string
(``listener(topic: str)``, re-emitted as ``AppContext.changed``). This adapter is the only
slide code that knows the notice's shape: a later change to a typed change record only
changes :meth:`Feed.topics`. Everything on the wall listens to :attr:`Feed.stale`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# the wall never shows these (the personal SWOT), so their changes never repaint it
IGNORED = frozenset({"swot"})


class Feed(QObject):
    """Turns the store's change notices into one signal: the wall's content may have changed."""

    stale = Signal()

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        ctx.changed.connect(self._on_notice)      # a child of the wall: gone with it

    @staticmethod
    def topics(notice) -> frozenset[str]:
        """The topics a notice is about (a topic string today; an object with ``topics`` later)."""
        if isinstance(notice, str):
            return frozenset({notice})
        return frozenset(getattr(notice, "topics", ()) or ())

    def _on_notice(self, notice) -> None:
        topics = self.topics(notice)
        if not topics or topics - IGNORED:
            self.stale.emit()
