"""The full garbage collection waits for a quiet spell (ui/heap.py)."""

from __future__ import annotations

import gc

import pytest

from sessions import participants
from ui.heap import HeapKeeper


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(HeapKeeper, "IDLE_MS", 120)


def test_an_open_trajectory_is_collected_and_frozen_once_quiet(quick, app_ctx, tmp_store, qtbot):
    ctx, _actions = app_ctx
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    with qtbot.waitSignal(ctx.heap.settled, timeout=3000):
        ctx.set_store(tmp_store)
    assert gc.get_freeze_count() > 1000      # everything alive then is out of the collector's walk
    ctx.set_store(None)
    assert gc.get_freeze_count() == 0        # closing lets the closed file's objects go


def test_edits_put_the_collection_off_until_they_stop(quick, app_ctx, tmp_store, qtbot):
    ctx, _actions = app_ctx
    ctx.set_store(tmp_store)
    settled = []
    ctx.heap.settled.connect(lambda: settled.append(1))
    for i in range(6):          # an edit every 60 ms: never quiet for 120 ms
        participants.add(tmp_store, first_name=f"Naam{i}", last_name="Test")
        qtbot.wait(60)
    assert settled == []
    qtbot.waitUntil(lambda: settled == [1], timeout=3000)
    ctx.set_store(None)
