"""The one error path: a refused edit is shown in the user's language and changes nothing.

Services refuse with a :class:`sessions.errors.StartdagError` before or inside their one
transaction, which then rolls back, so a refusal has changed nothing. :func:`attempt` turns
it into one sentence for the place the page shows messages (a message box, an inline label,
the console's banner); never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sessions.errors import StartdagError
from ui.messages import error_text

_REFUSED = object()


def attempt(fn: Callable[[], Any], show: Callable[[Any], Any],
            words: Callable[[StartdagError], Any] | None = error_text, default: Any = None) -> Any:
    """Run one edit; on a domain refusal call ``show(words(error))`` and return ``default``.

    ``words`` gives the sentence (the shared :func:`ui.messages.error_text`, or a page's own
    words for its fields); ``None`` hands ``show`` the error itself, for a listener that
    chooses its words later (the live day's banner).
    """
    try:
        return fn()
    except StartdagError as exc:
        show(exc if words is None else words(exc))
        return default


def succeeded(fn: Callable[[], Any], show: Callable[[Any], Any],
              words: Callable[[StartdagError], Any] | None = error_text) -> bool:
    """:func:`attempt`, as True when the edit was made and False when it was refused."""
    return attempt(fn, show, words, _REFUSED) is not _REFUSED


def warn_box(parent: QWidget, title: str) -> Callable[[str], None]:
    """Show a refusal as a warning box over ``parent`` (for dialogs and forms)."""
    return lambda text: QMessageBox.warning(parent, title, text)


class ErrorReporter(QObject):
    """An inline message line's end of the error path: ``error_shown`` carries the sentence
    of a refusal, and an empty text after an edit that went through (the line clears)."""

    error_shown = Signal(str)

    def attempt(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn``; on a domain error emit its sentence and return None."""
        result = attempt(fn, self.error_shown.emit, default=_REFUSED)
        if result is _REFUSED:
            return None
        self.error_shown.emit("")
        return result
