"""The trajectory itself and its meetings (bouwsessie, startdag, oogstsessie)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store

MEETING_KINDS = ("bouwsessie", "startdag", "oogstsessie")
TRAJECTORY_ID = 1      # the one trajectory row: its id in the record (Topic.TRAJECTORY)
TRAJECTORY_FIELDS = ("title", "organisation", "concept", "competences", "facilitators")


@dataclass
class Trajectory:
    """The trajectory's own details."""

    title: str
    organisation: str = ""
    concept: str = ""
    competences: list[str] = field(default_factory=list)
    facilitators: list[dict] = field(default_factory=list)   # {name, email, phone}
    created_at: str = ""


@dataclass
class Meeting:
    """One of the trajectory's meetings."""

    id: int
    kind: str
    title: str
    date: str
    venue: str
    position: int


def _refuse_nul(field_name: str, value) -> None:
    """NUL never goes into the file (other programs cut text there); say which field."""
    if isinstance(value, dict):
        values = list(value.values())
    elif isinstance(value, (list, tuple)):
        values = list(value)
    else:
        values = [value]
    for v in values:
        if isinstance(v, (dict, list, tuple)):
            _refuse_nul(field_name, v)
        elif "\x00" in str(v):
            raise ValidationError(Code.INVALID, field=field_name, reason="nul")


def get(store: Store) -> Trajectory:
    """The trajectory's details."""
    row = store.one("SELECT * FROM trajectory WHERE id = 1")
    return Trajectory(
        title=row["title"], organisation=row["organisation"], concept=row["concept"],
        competences=json.loads(row["competences"]), facilitators=json.loads(row["facilitators"]),
        created_at=row["created_at"])


def update(store: Store, **changes) -> Trajectory:
    """Change some of the trajectory's details; return the details as they were before."""
    before = get(store)
    unknown = set(changes) - set(TRAJECTORY_FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    if "title" in changes and not str(changes["title"]).strip():
        raise ValidationError(Code.INVALID, field="title")
    for key, value in changes.items():
        _refuse_nul(key, value)
    values = {k: (json.dumps(v, ensure_ascii=False) if k in ("competences", "facilitators") else v)
              for k, v in changes.items()}
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(Topic.TRAJECTORY):
            store.conn.execute(f"UPDATE trajectory SET {sets} WHERE id = 1", values)
            store.change.updated(Topic.TRAJECTORY, TRAJECTORY_ID)
    return before


def meetings(store: Store) -> list[Meeting]:
    """The meetings in order."""
    return [Meeting(**r) for r in store.query("SELECT * FROM meeting ORDER BY position, id")]


def meeting(store: Store, meeting_id: int) -> Meeting:
    """One meeting by id."""
    row = store.one("SELECT * FROM meeting WHERE id = ?", (meeting_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="meeting", id=meeting_id)
    return Meeting(**row)


def meeting_of_kind(store: Store, kind: str) -> Meeting | None:
    """The first meeting of a kind, e.g. the startdag."""
    row = store.one("SELECT * FROM meeting WHERE kind = ? ORDER BY position LIMIT 1", (kind,))
    return Meeting(**row) if row else None


def update_meeting(store: Store, meeting_id: int, **changes) -> Meeting:
    """Change a meeting's title, date or venue; return it as it was before."""
    before = meeting(store, meeting_id)
    allowed = {"title", "date", "venue"}
    if set(changes) - allowed:
        raise ValidationError(Code.INVALID, field=sorted(set(changes) - allowed)[0])
    for key, value in changes.items():
        _refuse_nul(key, value)
    if changes:
        sets = ", ".join(f"{k} = :{k}" for k in changes)
        with store.transaction(Topic.MEETINGS):
            store.conn.execute(f"UPDATE meeting SET {sets} WHERE id = :id", {**changes, "id": meeting_id})
            store.change.updated(Topic.MEETINGS, meeting_id)
    return before


def edit_details(store: Store, details: dict, meetings_changes: dict[int, dict]
                 ) -> tuple[dict, dict[int, dict]]:
    """Change the details and the meetings' fields as one edit (one transaction); return the
    values as they were, in the same shape, so the same call puts them back (undo)."""
    was = get(store)
    old_details = {k: getattr(was, k) for k in details}
    old_meetings = {}
    for mid, changes in meetings_changes.items():
        m = meeting(store, mid)
        old_meetings[mid] = {k: getattr(m, k) for k in changes}
    # the nested calls name what they change (an empty part touches no topic)
    with store.transaction():
        update(store, **details)
        for mid, changes in meetings_changes.items():
            update_meeting(store, mid, **changes)
    return old_details, old_meetings
