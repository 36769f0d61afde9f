"""Consistency checks over a whole trajectory file: what must hold after any sequence of edits.

Used by the crash test, the monkey test and `make bench`; returns a list of problems
(empty when all is well) instead of raising, so a test can show them all at once.
"""

from __future__ import annotations

from sessions.store import Store

STEP_STATUSES = {"planned", "running", "done", "skipped"}
ACTION_STATUSES = {"idea", "planned", "in_progress", "done", "dropped"}
OUTCOMES = {"achieved", "partly", "not"}


def problems(store: Store) -> list[str]:
    """Every broken invariant, as a readable line."""
    found: list[str] = []
    integrity = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        found.append(f"integrity_check: {integrity[:3]}")
    for row in store.conn.execute("PRAGMA foreign_key_check").fetchall():
        found.append(f"dangling reference: {tuple(row)}")
    if store.scalar("SELECT COUNT(*) FROM trajectory") != 1:
        found.append("there must be exactly one trajectory row")

    def check(sql: str, message: str) -> None:
        for row in store.conn.execute(sql).fetchall():
            found.append(message.format(*row))

    check("SELECT id, status FROM step WHERE status NOT IN ('planned','running','done','skipped')",
          "step {} has an unknown status {}")
    check("SELECT meeting_id, COUNT(*) FROM step WHERE status = 'running' GROUP BY meeting_id"
          " HAVING COUNT(*) > 1", "meeting {} has {} running steps")
    check("SELECT meeting_id, position, COUNT(*) FROM step GROUP BY meeting_id, position"
          " HAVING COUNT(*) > 1", "meeting {} has two steps at position {} ({})")
    check("SELECT column_id, position, COUNT(*) FROM board_item GROUP BY column_id, position"
          " HAVING COUNT(*) > 1", "board column {} has two items at position {} ({})")
    check("SELECT q.id, q.merged_into FROM question q JOIN question k ON k.id = q.merged_into"
          " WHERE k.merged_into IS NOT NULL", "question {} is merged into {}, itself merged")
    check("SELECT id FROM question WHERE merged_into = id", "question {} is merged into itself")
    check("SELECT id, votes FROM question WHERE votes < 0", "question {} has negative votes {}")
    check("SELECT chosen_rank, COUNT(*) FROM question WHERE chosen_rank IS NOT NULL"
          " GROUP BY chosen_rank HAVING COUNT(*) > 1", "two questions share chosen rank {} ({})")
    check("SELECT id FROM question WHERE chosen_rank IS NOT NULL AND merged_into IS NOT NULL",
          "merged question {} is chosen")
    check("SELECT id, status FROM action WHERE status NOT IN "
          "('idea','planned','in_progress','done','dropped')", "action {} has unknown status {}")
    check("SELECT action_id, result FROM outcome WHERE result NOT IN ('achieved','partly','not')",
          "outcome of action {} is unknown: {}")
    check("SELECT participant_id, rank FROM choice WHERE rank NOT BETWEEN 1 AND 3",
          "participant {} has a choice of rank {}")
    check("SELECT activity_id, seq, COUNT(*) FROM signup GROUP BY activity_id, seq"
          " HAVING COUNT(*) > 1", "activity {} has two sign-ups with number {} ({})")
    check("SELECT id, capacity FROM activity WHERE capacity IS NOT NULL AND capacity < 0",
          "activity {} has a negative capacity {}")
    # orders the services keep dense (renumbered on every insert, delete and move)
    check("SELECT meeting_id, COUNT(*), MIN(position), MAX(position) FROM step GROUP BY meeting_id"
          " HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1",
          "meeting {}: {} steps at positions {}..{}, not 0..n-1")
    check("SELECT COUNT(*), MIN(position), MAX(position) FROM question WHERE merged_into IS NULL"
          " HAVING COUNT(*) > 0 AND (MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1)",
          "{} top-level questions at positions {}..{}, not 0..n-1")
    check("SELECT COUNT(*), MIN(chosen_rank), MAX(chosen_rank) FROM question"
          " WHERE chosen_rank IS NOT NULL HAVING COUNT(*) > 0"
          " AND (MIN(chosen_rank) <> 1 OR MAX(chosen_rank) <> COUNT(*))",
          "{} chosen questions with ranks {}..{}, not 1..n")
    check("SELECT board_id, position, COUNT(*) FROM board_column GROUP BY board_id, position"
          " HAVING COUNT(*) > 1", "board {} has two columns at position {} ({})")
    check("SELECT group_id, position, COUNT(*) FROM action GROUP BY group_id, position"
          " HAVING COUNT(*) > 1", "group {} has two actions at position {} ({})")
    check("SELECT id FROM step WHERE json_valid(settings) = 0", "step {} has unreadable settings")
    check("SELECT id FROM trajectory WHERE json_valid(competences) = 0"
          " OR json_valid(facilitators) = 0", "trajectory {} has unreadable competences/facilitators")
    return found
