"""The Qt binding itself: guard against a known-bad release coming back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_signal_emit_keeps_python_reference_counts(qapp):
    # PySide6 6.12.0 lost a reference to True on every emit, and the process later
    # aborted in bool_dealloc; AppContext.changed is emitted on every commit.
    emitter = _Emitter()
    heard: list[str] = []
    emitter.changed.connect(heard.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.changed.emit("participants")
    assert len(heard) == 500
    assert sys.getrefcount(True) - before > -50
