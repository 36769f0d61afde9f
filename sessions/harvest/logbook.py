"""The half year between kickoff and harvest: each action's log (updates, a support request to
HR and its answer) and the overview of every action with its status and deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sessions import actions
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.harvest.rules import (
    ACTION_STATUSES,
    CLOSED_STATUSES,
    LOG_KINDS,
    _action_row,
    _iso_date,
    _name,
    _text,
)
from sessions.store import Store, now_iso

LOG = "action_log"   # the kind of row a log entry is, under Topic.ACTIONS (ids: log entry ids)


@dataclass
class LogEntry:
    """One line in an action's log: an update, a support request or its answer."""

    id: int
    action_id: int
    date: str
    kind: str
    text: str
    status_from: str | None
    status_to: str | None
    created_at: str


def add_log(store: Store, action_id: int, *, date, text: str = "", kind: str = "update",
            status: str | None = None) -> int:
    """Log an update on an action; a new ``status`` changes the action in the same transaction."""
    action = _action_row(store, action_id)
    when = _iso_date(date, "date")
    text = _text(text, "text")
    if kind not in LOG_KINDS:
        raise ValidationError(Code.INVALID, field="kind", value=kind)
    if status is not None and status not in ACTION_STATUSES:
        raise ValidationError(Code.INVALID, field="status", value=status)
    if status == action["status"]:
        status = None
    if not text and status is None:
        raise ValidationError(Code.INVALID, field="text", reason="required")
    status_from = action["status"] if status is not None else None
    with store.transaction(Topic.ACTIONS):
        cur = store.conn.execute(
            "INSERT INTO action_log (action_id, date, kind, text, status_from, status_to, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (action_id, when, kind, text, status_from, status, now_iso()))
        if status is not None:
            store.conn.execute("UPDATE action SET status = ? WHERE id = ?", (status, action_id))
        store.change.inserted(Topic.ACTIONS, cur.lastrowid, kind=LOG)
        store.change.updated(Topic.ACTIONS, action_id)   # its last update, maybe its status
    return cur.lastrowid


def get_log(store: Store, log_id: int) -> LogEntry:
    """One log entry by id."""
    row = store.one("SELECT * FROM action_log WHERE id = ?", (log_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="log", id=log_id)
    return LogEntry(**row)


def remove_log(store: Store, log_id: int) -> LogEntry:
    """Delete a log entry and undo its status change; return it for :func:`restore_log`."""
    entry = get_log(store, log_id)
    with store.transaction(Topic.ACTIONS):
        store.change.deleted(Topic.ACTIONS, log_id, kind=LOG)
        store.change.updated(Topic.ACTIONS, entry.action_id)
        store.conn.execute("DELETE FROM action_log WHERE id = ?", (log_id,))
        if entry.status_to is not None:
            store.conn.execute("UPDATE action SET status = ? WHERE id = ? AND status = ?",
                               (entry.status_from, entry.action_id, entry.status_to))
    return entry


def restore_log(store: Store, entry: LogEntry) -> None:
    """Put a removed log entry back under its own id, re-applying its status change."""
    with store.transaction(Topic.ACTIONS):
        store.change.inserted(Topic.ACTIONS, entry.id, kind=LOG)
        store.change.updated(Topic.ACTIONS, entry.action_id)
        store.conn.execute(
            "INSERT INTO action_log (id, action_id, date, kind, text, status_from, status_to,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.id, entry.action_id, entry.date, entry.kind, entry.text, entry.status_from,
             entry.status_to, entry.created_at))
        if entry.status_to is not None:
            store.conn.execute("UPDATE action SET status = ? WHERE id = ?",
                               (entry.status_to, entry.action_id))


def action_log(store: Store, action_id: int) -> list[LogEntry]:
    """An action's log, oldest first."""
    rows = store.query("SELECT * FROM action_log WHERE action_id = ? ORDER BY date, id",
                       (action_id,))
    return [LogEntry(**r) for r in rows]


def open_support_requests(store: Store, action_ids=None) -> list[LogEntry]:
    """Support requests with no answer logged on or after them, oldest first (only of the
    actions ``action_ids`` when given)."""
    if action_ids is None:
        chunks, where = [()], ""
    else:
        ids = list(action_ids)
        chunks = [tuple(ids[i:i + 500]) for i in range(0, len(ids), 500)]
    rows = []
    for chunk in chunks:
        if action_ids is not None:
            where = f" AND r.action_id IN ({','.join('?' * len(chunk))})"
        rows += store.query(
            "SELECT r.* FROM action_log r WHERE r.kind = 'support_request'" + where
            + " AND NOT EXISTS ("
            " SELECT 1 FROM action_log a WHERE a.action_id = r.action_id AND a.kind = 'support_answer'"
            " AND (a.date > r.date OR (a.date = r.date AND a.id > r.id)))"
            " ORDER BY r.date, r.id", chunk)
    return [LogEntry(**r) for r in rows]


# ---------------------------------------------------------------- the overview


@dataclass
class ActionRow:
    """One action in the overview across groups."""

    id: int
    group_id: int
    group_name: str
    group_colour: str
    title: str
    owner_id: int | None
    owner_name: str
    status: str
    due_date: str
    after_kickoff: bool
    overdue: bool
    last_update: str        # date of the newest log entry, or ''
    open_request: bool      # a support request waits for an answer


def is_overdue(status: str, due_date: str, today: date) -> bool:
    """Past its due date and neither done nor dropped."""
    if not due_date or status in CLOSED_STATUSES:
        return False
    try:
        return date.fromisoformat(due_date) < today
    except ValueError:
        return False


def overview_order(store: Store, *, group_id: int | None = None,
                   status: str | None = None) -> list[int]:
    """The ids :func:`overview` lists (before its overdue filter), in its order; cheap."""
    where, params = [], []
    if group_id is not None:
        where.append("a.group_id = ?")
        params.append(group_id)
    if status is not None:
        where.append("a.status = ?")
        params.append(status)
    return [r[0] for r in store.conn.execute(
        "SELECT a.id FROM action a JOIN theme_group g ON g.id = a.group_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY g.position, g.id, a.position, a.id", tuple(params))]


def overview(store: Store, *, group_id: int | None = None, status: str | None = None,
             overdue: bool = False, today: date | None = None,
             ids=None) -> list[ActionRow]:
    """All actions across the groups, by group then position, optionally filtered.

    ``ids`` reads only those actions (a view updating from a change record).
    """
    today = today or date.today()
    where, params = [], []
    if ids is not None:
        ids = list(ids)
        if not ids:
            return []
        where.append(f"a.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if group_id is not None:
        where.append("a.group_id = ?")
        params.append(group_id)
    if status is not None:
        where.append("a.status = ?")
        params.append(status)
    rows = store.query(
        "SELECT a.id, a.group_id, g.name AS group_name, g.colour AS group_colour, a.title,"
        " a.owner_id, p.first_name, p.prefix, p.last_name, a.status, a.due_date,"
        " (SELECT MAX(date) FROM action_log l WHERE l.action_id = a.id) AS last_update"
        " FROM action a JOIN theme_group g ON g.id = a.group_id"
        " LEFT JOIN participant p ON p.id = a.owner_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY g.position, g.id, a.position, a.id", tuple(params))
    waiting = {e.action_id for e in open_support_requests(store, ids)}
    late = actions.after_kickoff_ids(store, ids)
    result = []
    for r in rows:
        row = ActionRow(
            id=r["id"], group_id=r["group_id"], group_name=r["group_name"],
            group_colour=r["group_colour"], title=r["title"], owner_id=r["owner_id"],
            owner_name=_name(r) if r["owner_id"] is not None else "", status=r["status"],
            due_date=r["due_date"], after_kickoff=r["id"] in late,
            overdue=is_overdue(r["status"], r["due_date"], today),
            last_update=r["last_update"] or "", open_request=r["id"] in waiting)
        if overdue and not row.overdue:
            continue
        result.append(row)
    return result


# ---------------------------------------------------------------- outcomes


