"""The garbage collector walks the heap in quiet spells (ui/heap.py)."""

from __future__ import annotations

import gc

import pytest

from sessions import participants
from ui.heap import HeapKeeper


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(HeapKeeper, "QUIET_MS", 120)
    monkeypatch.setattr(HeapKeeper, "IDLE_MS", 100_000)


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


def test_later_quiet_spells_freeze_only_the_new_and_a_long_one_walks_everything(
        quick, monkeypatch, app_ctx, tmp_store, qtbot):
    ctx, _actions = app_ctx
    with qtbot.waitSignal(ctx.heap.settled, timeout=3000):
        ctx.set_store(tmp_store)
    unfrozen = []
    real_unfreeze = gc.unfreeze
    monkeypatch.setattr(gc, "unfreeze", lambda: (unfrozen.append(1), real_unfreeze()))
    frozen = gc.get_freeze_count()
    kept = [object() for _ in range(10)] + [[i] for i in range(2000)]   # made after the freeze
    with qtbot.waitSignal(ctx.heap.settled, timeout=3000):
        participants.add(tmp_store, first_name="Nieuw", last_name="Test")
    assert unfrozen == []                          # the frozen heap was not walked again
    assert gc.get_freeze_count() >= frozen + 2000  # the new survivors joined it
    monkeypatch.setattr(ctx.heap, "IDLE_MS", 150)
    ctx.heap._idle.setInterval(150)
    with qtbot.waitSignal(ctx.heap.settled, timeout=3000):
        ctx.heap.poke()
    with qtbot.waitSignal(ctx.heap.settled, timeout=3000):   # the long spell: one whole walk
        pass
    assert unfrozen == [1]
    assert kept
    ctx.set_store(None)
