"""Kill a child process that is editing a trajectory, then check what survived.

The child performs scripted edits through the service layer and prints each edit's
ID after its commit returned. The parent SIGKILLs it at a random moment and checks:
integrity ok, every printed edit present, no half-done edit visible.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
sys.path.insert(0, {root!r})
from sessions import participants
from sessions.store import Store

store = Store.open({path!r}, take_over=True, backup=False)
print("ready", flush=True)
i = 0
while True:
    i += 1
    if i % 3 == 0:
        # a compound edit: three people in one transaction, all or nothing
        with store.transaction("participants"):
            for k in range(3):
                participants.add(store, first_name=f"batch{{i}}-{{k}}", last_name=f"batch-{{i}}")
    else:
        participants.add(store, first_name=f"single{{i}}", last_name=f"single-{{i}}")
    print(i, flush=True)
"""


def one_kill(path: Path, rng: random.Random) -> tuple[int, list[str]]:
    """Run the child, kill it at a random moment; return (edits confirmed, problems found)."""
    from sessions import invariants
    from sessions.store import Store

    child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate()
    confirmed = [int(line) for line in out.split() if line.strip().isdigit()]
    store = Store.open(path, take_over=True, backup=False)
    try:
        found = invariants.problems(store)
        names = {r["last_name"]: r["n"] for r in store.query(
            "SELECT last_name, COUNT(*) AS n FROM participant GROUP BY last_name")}
        for i in confirmed:
            key = f"batch-{i}" if i % 3 == 0 else f"single-{i}"
            if names.get(key) != (3 if i % 3 == 0 else 1):
                found.append(f"confirmed edit {i} is missing or partial: {names.get(key)}")
        for key, n in names.items():
            if key.startswith("batch-") and n != 3:
                found.append(f"half-done compound edit visible: {key} has {n} of 3")
        with store.transaction("participants"):   # start the next round small
            store.conn.execute("DELETE FROM participant")
    finally:
        store.close()
    return len(confirmed), found


def run_kills(path: Path, kills: int, seed: int = 12) -> tuple[int, list[str]]:
    """Kill the editing child ``kills`` times; return (total confirmed edits, problems)."""
    rng = random.Random(seed)
    total, problems = 0, []
    for _ in range(kills):
        n, found = one_kill(path, rng)
        total += n
        problems.extend(found)
    return total, problems
