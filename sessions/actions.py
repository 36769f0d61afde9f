"""Action plans: what each theme group will organise itself over the next half year.

Each action has a title, description, quick-pick kind, an owner and other members,
start and due dates, the support wanted from the facilitators and a status.
Writes are one transaction on topic "actions"; deletes return a snapshot that
:func:`restore` puts back under the same id.

``after_kickoff`` (read, never stored): an action counts as added after the startdag when it
was added after the startdag meeting ended (see :func:`kickoff_end`): typing up the flip-overs
the next morning, while the day was never ended, keeps the actions part of the startdag. The
facilitator can also mark an action by hand (:func:`set_after_mark`, undoable); the mark wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sessions import participants, trajectory
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

TOPIC = Topic.ACTIONS   # ids: action ids (a log entry names its action as updated)

# The seed's kinds of action, offered as quick picks ('' = none of these).
KINDS = ("kenniscafe", "academie_van_de_straat", "linkedin", "intervisie", "hr")
STATUSES = ("idea", "planned", "in_progress", "done", "dropped")
FIELDS = ("kind", "title", "description", "owner_id", "start_date", "due_date", "support", "status")


@dataclass
class Action:
    """One planned action of a group."""

    id: int
    group_id: int
    position: int
    kind: str
    title: str
    description: str
    owner_id: int | None
    start_date: str
    due_date: str
    support: str
    status: str
    after_kickoff: int          # from the V2 column; replaced by the rule when read (see above)
    created_at: str
    member_ids: list[int] = field(default_factory=list)
    after_mark: int | None = None   # set by hand: 1 added afterwards, 0 part of the startdag


def actions(store: Store, group_id: int | None = None) -> list[Action]:
    """The actions of one group (or of all groups, group by group), in their order."""
    where, params = ("WHERE a.group_id = ?", (group_id,)) if group_id is not None else ("", ())
    rows = store.query(f"SELECT a.* FROM action a LEFT JOIN theme_group g ON g.id = a.group_id"
                       f" {where} ORDER BY g.position, a.group_id, a.position, a.id", params)
    members: dict[int, list[int]] = {}
    for r in store.query("SELECT action_id, participant_id FROM action_member ORDER BY rowid"):
        members.setdefault(r["action_id"], []).append(r["participant_id"])
    end = kickoff_end(store)
    return [_with_rule(Action(**r, member_ids=members.get(r["id"], [])), end) for r in rows]


def order(store: Store) -> list[int]:
    """Every action id in :func:`actions` order (cheap: for placing changed rows)."""
    return [r[0] for r in store.conn.execute(
        "SELECT a.id FROM action a LEFT JOIN theme_group g ON g.id = a.group_id"
        " ORDER BY g.position, a.group_id, a.position, a.id")]


def by_ids(store: Store, ids) -> dict[int, Action]:
    """The actions with these ids that exist (for updating a view from a change record)."""
    ids = list(ids)
    found: dict[int, Action] = {}
    end = kickoff_end(store)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        members: dict[int, list[int]] = {}
        for r in store.query(f"SELECT action_id, participant_id FROM action_member"
                             f" WHERE action_id IN ({marks}) ORDER BY rowid", tuple(chunk)):
            members.setdefault(r["action_id"], []).append(r["participant_id"])
        for r in store.query(f"SELECT * FROM action WHERE id IN ({marks})", tuple(chunk)):
            found[r["id"]] = _with_rule(Action(**r, member_ids=members.get(r["id"], [])), end)
    return found


def get(store: Store, action_id: int) -> Action:
    """One action by id."""
    row = store.one("SELECT * FROM action WHERE id = ?", (action_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="action", id=action_id)
    ids = [r["participant_id"] for r in store.query(
        "SELECT participant_id FROM action_member WHERE action_id = ? ORDER BY rowid", (action_id,))]
    return _with_rule(Action(**row, member_ids=ids), kickoff_end(store))


def kickoff_end(store: Store) -> str | None:
    """When the startdag ended (ISO time), or None while it has not.

    A startdag that was never ended counts as ended when the next meeting started.
    """
    meeting = trajectory.meeting_of_kind(store, "startdag")
    if meeting is None:
        return None
    ended = store.scalar("SELECT ended_at FROM meeting_run WHERE meeting_id = ?", (meeting.id,))
    if ended:
        return ended
    return store.scalar(
        "SELECT MIN(r.started_at) FROM meeting_run r JOIN meeting m ON m.id = r.meeting_id"
        " WHERE r.started_at IS NOT NULL AND (m.position > :pos OR (m.position = :pos"
        " AND m.id > :id))", {"pos": meeting.position, "id": meeting.id})


def counts_after(created_at: str, mark: int | None, end: str | None) -> bool:
    """The rule: the hand mark when there is one, else added after the startdag's end."""
    if mark is not None:
        return bool(mark)
    return end is not None and created_at > end


def after_kickoff_ids(store: Store, ids=None) -> set[int]:
    """The ids of the actions that count as added after the startdag (only among ``ids``
    when given: a view reading the few actions a change names)."""
    end = kickoff_end(store)
    if ids is None:
        rows = store.query("SELECT id, created_at, after_mark FROM action")
    else:
        ids = list(ids)
        rows = [r for start in range(0, len(ids), 500) for r in store.query(
            "SELECT id, created_at, after_mark FROM action WHERE id IN "
            f"({','.join('?' * len(ids[start:start + 500]))})", tuple(ids[start:start + 500]))]
    return {r["id"] for r in rows if counts_after(r["created_at"], r["after_mark"], end)}


def _with_rule(a: Action, end: str | None) -> Action:
    a.after_kickoff = int(counts_after(a.created_at, a.after_mark, end))
    return a


def set_after_mark(store: Store, action_id: int, mark: int | bool | None) -> int | None:
    """Mark an action as added after the startdag (True), as part of it (False), or leave it to
    the meeting's times (None); return the previous mark (for undo)."""
    before = get(store, action_id).after_mark
    value = None if mark is None else int(bool(mark))
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, action_id)
        store.conn.execute("UPDATE action SET after_mark = ? WHERE id = ?", (value, action_id))
    return before


def _clean(store: Store, values: dict) -> dict:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    out = {}
    for k, v in values.items():
        if k == "owner_id":
            if v is not None:
                participants.get(store, int(v))
                v = int(v)
            out[k] = v
            continue
        v = "" if v is None else str(v).strip()
        if "\x00" in v:
            raise ValidationError(Code.INVALID, field=k, reason="nul")
        if k == "title" and not v:
            raise ValidationError(Code.INVALID, field="title")
        if k == "status" and v not in STATUSES:
            raise ValidationError(Code.INVALID, field="status")
        if k in ("start_date", "due_date") and v:
            try:
                v = date.fromisoformat(v).isoformat()
            except ValueError:
                raise ValidationError(Code.INVALID, field=k) from None
        out[k] = v
    return out


def _check_dates(start: str, due: str) -> None:
    if start and due and due < start:
        raise ValidationError(Code.INVALID, field="due_date", reason="before_start")


def add(store: Store, group_id: int, title: str, *, member_ids: list[int] | None = None,
        at: datetime | None = None, **values) -> int:
    """Add an action at the end of a group's plan; return its id. ``at``: when it was added
    (now by default; tests and imports give the moment)."""
    values = _clean(store, {"title": title, **values})
    _check_dates(values.get("start_date", ""), values.get("due_date", ""))
    if store.scalar("SELECT 1 FROM theme_group WHERE id = ?", (group_id,)) is None:
        raise ValidationError(Code.INVALID, field="group", id=group_id)
    row = {"kind": "", "description": "", "owner_id": None, "start_date": "", "due_date": "",
           "support": "", "status": "idea", **values}
    with store.transaction(TOPIC):
        row["position"] = (store.scalar("SELECT MAX(position) FROM action WHERE group_id = ?",
                                        (group_id,)) or 0) + 1
        created = at.isoformat(timespec="seconds") if at is not None else now_iso()
        cur = store.conn.execute(
            "INSERT INTO action (group_id, position, kind, title, description, owner_id, start_date,"
            " due_date, support, status, created_at) VALUES (:group_id, :position,"
            " :kind, :title, :description, :owner_id, :start_date, :due_date, :support, :status,"
            " :created_at)", {**row, "group_id": group_id, "created_at": created})
        action_id = cur.lastrowid
        _write_members(store, action_id, member_ids or [])
        store.change.inserted(TOPIC, action_id)
    return action_id


def _write_members(store: Store, action_id: int, member_ids: list[int]) -> None:
    store.conn.execute("DELETE FROM action_member WHERE action_id = ?", (action_id,))
    seen: list[int] = []
    for pid in member_ids:
        if pid not in seen:
            participants.get(store, pid)
            seen.append(pid)
    store.conn.executemany("INSERT INTO action_member (action_id, participant_id) VALUES (?, ?)",
                           [(action_id, pid) for pid in seen])


def update(store: Store, action_id: int, **changes) -> dict:
    """Change some fields (``member_ids`` too); return the old values of those fields."""
    before = get(store, action_id)
    member_ids = changes.pop("member_ids", None)
    values = _clean(store, changes)
    _check_dates(values.get("start_date", before.start_date), values.get("due_date", before.due_date))
    old = {k: getattr(before, k) for k in values}
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, action_id)
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            store.conn.execute(f"UPDATE action SET {sets} WHERE id = :id", {**values, "id": action_id})
        if member_ids is not None:
            old["member_ids"] = list(before.member_ids)
            _write_members(store, action_id, list(member_ids))
    return old


def delete(store: Store, action_id: int) -> dict:
    """Remove an action; return a snapshot for :func:`restore`."""
    before = get(store, action_id)
    snap = {k: v for k, v in before.__dict__.items()}
    # the log and the harvest outcome are deleted with the action: keep them for undo
    snap["_dependents"] = store.snapshot_cascade("action", "id", [action_id])
    with store.transaction(TOPIC, Topic.HARVEST):
        store.conn.execute("DELETE FROM action WHERE id = ?", (action_id,))
        store.change.deleted(TOPIC, action_id)
    return snap


def restore(store: Store, snap: dict) -> None:
    """Put a deleted action back under the same id and position."""
    row = dict(snap)
    member_ids = row.pop("member_ids", [])
    dependents = row.pop("_dependents", [])
    with store.transaction(TOPIC, Topic.HARVEST):
        store.change.inserted(TOPIC, row["id"])
        cols = ", ".join(row)
        store.conn.execute(f"INSERT INTO action ({cols}) VALUES ({', '.join(':' + k for k in row)})",
                           row)
        _write_members(store, row["id"], member_ids)
        store.restore_cascade(dependents)


def reorder(store: Store, group_id: int, action_ids: list[int]) -> list[int]:
    """Put a group's actions in this order; return the old order."""
    old = [a.id for a in actions(store, group_id)]
    if sorted(old) != sorted(action_ids):
        raise ValidationError(Code.INVALID, field="order")
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, *action_ids)
        store.conn.executemany("UPDATE action SET position = ? WHERE id = ?",
                               [(i, aid) for i, aid in enumerate(action_ids, start=1)])
    return old


def move(store: Store, action_id: int, offset: int) -> list[int]:
    """Move an action up (-1) or down (+1) in its group; return the old order."""
    a = get(store, action_id)
    order = [x.id for x in actions(store, a.group_id)]
    i = order.index(action_id)
    j = max(0, min(len(order) - 1, i + offset))
    order.insert(j, order.pop(i))
    return reorder(store, a.group_id, order)
