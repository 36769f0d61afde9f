"""SIGKILL in the middle of editing loses nothing that was confirmed and shows nothing half-done."""

from __future__ import annotations

from sessions.store import Store
from tests.crash_harness import run_kills


def test_twenty_kills_lose_no_confirmed_edit(tmp_path):
    path = tmp_path / "crash.startdag"
    Store.create(path, title="Crash").close()
    confirmed, problems = run_kills(path, kills=20)
    print(f"crash: kills=20 confirmed_edits={confirmed} problems={len(problems)}")
    assert problems == []
    assert confirmed > 20   # the child really was editing when it died
