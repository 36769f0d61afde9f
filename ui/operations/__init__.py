"""Operations: every edit the UI makes, as one named, undoable command per domain action.

A page never opens a transaction or writes to the store: it calls an operation here, which
runs a service (``sessions/``) through one snapshot command (:mod:`ui.operations.command`)
and shows a refusal through the one error path (:mod:`ui.operations.errors`). One module per
domain concept: ``participants``, ``groups``, ``plans`` (the groups' action plans),
``activities`` (the harvest's sign-ups) and ``trajectory`` (details and meetings).
"""

from __future__ import annotations

from ui.operations.command import added, changed, removed, snapshot
from ui.operations.errors import ErrorReporter, attempt, succeeded, warn_box

__all__ = ["ErrorReporter", "added", "attempt", "changed", "removed", "snapshot", "succeeded",
           "warn_box"]
