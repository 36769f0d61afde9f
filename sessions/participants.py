"""Participants: the people of the trajectory, their names the Dutch way, and check-in."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sessions import trajectory
from sessions.changes import Topic
from sessions.errors import Code, ValidationError

# the name helpers live in sessions.names; participants.fold etc. stay the public names
from sessions.names import (  # noqa: F401
    display_name,
    fold,
    sort_key,
    split_last_name,
    split_name,
)
from sessions.store import Store, now_iso

TOPIC = Topic.PARTICIPANTS
ATTENDANCE = Topic.ATTENDANCE   # ids: the participants whose check-in changed

FIELDS = ("first_name", "prefix", "last_name", "email", "area", "role")


@dataclass
class Participant:
    """One person in the trajectory."""

    id: int
    first_name: str = ""
    prefix: str = ""
    last_name: str = ""
    email: str = ""
    area: str = ""
    role: str = ""

    @property
    def display_name(self) -> str:
        """'Jan van der Wijk'."""
        return display_name(self.first_name, self.prefix, self.last_name)

    @property
    def sort_key(self) -> tuple:
        """Dutch order: by last name, ignoring the tussenvoegsel."""
        return sort_key(self.first_name, self.prefix, self.last_name)

    def values(self) -> dict:
        """The editable fields as a dict."""
        d = asdict(self)
        d.pop("id")
        return d


def _clean(values: dict) -> dict:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    cleaned = {k: str(v).strip() for k, v in values.items()}
    for k, v in cleaned.items():
        if "\x00" in v:
            raise ValidationError(Code.INVALID, field=k, reason="nul")
    return cleaned


def add(store: Store, **values) -> int:
    """Add a participant; return the new id. A name (first or last) is required."""
    values = _clean(values)
    if not (values.get("first_name") or values.get("last_name")):
        raise ValidationError(Code.INVALID, field="name")
    row = {f: values.get(f, "") for f in FIELDS}
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO participant (first_name, prefix, last_name, email, area, role, created_at)"
            " VALUES (:first_name, :prefix, :last_name, :email, :area, :role, :created_at)",
            {**row, "created_at": now_iso()})
        store.change.inserted(TOPIC, cur.lastrowid)
    return cur.lastrowid


def add_many(store: Store, rows: list[dict]) -> list[int]:
    """Add several participants in one transaction (an import); return their new ids in order.

    Each row is checked as :func:`add` checks it, before anything is written.
    """
    cleaned = []
    for values in rows:
        values = _clean(values)
        if not (values.get("first_name") or values.get("last_name")):
            raise ValidationError(Code.INVALID, field="name")
        cleaned.append({f: values.get(f, "") for f in FIELDS})
    created = now_iso()
    ids = []
    with store.transaction(TOPIC):
        insert = store.conn.execute
        for row in cleaned:
            row["created_at"] = created
            ids.append(insert(
                "INSERT INTO participant (first_name, prefix, last_name, email, area, role, created_at)"
                " VALUES (:first_name, :prefix, :last_name, :email, :area, :role, :created_at)",
                row).lastrowid)
        store.change.inserted(TOPIC, *ids)
    return ids


def restore(store: Store, participant_id: int, values: dict, created_at: str | None = None) -> None:
    """Put a deleted participant back under the same id (undo)."""
    row = {f: values.get(f, "") for f in FIELDS}
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT INTO participant (id, first_name, prefix, last_name, email, area, role, created_at)"
            " VALUES (:id, :first_name, :prefix, :last_name, :email, :area, :role, :created_at)",
            {**row, "id": participant_id, "created_at": created_at or now_iso()})
        store.change.inserted(TOPIC, participant_id)


def update(store: Store, participant_id: int, **values) -> dict:
    """Change some fields; return the old values of those fields."""
    values = _clean(values)
    before = get(store, participant_id).values()
    if values:
        merged = {**before, **values}
        if not (merged["first_name"] or merged["last_name"]):
            raise ValidationError(Code.INVALID, field="name")
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(TOPIC):
            store.conn.execute(f"UPDATE participant SET {sets} WHERE id = :id",
                               {**values, "id": participant_id})
            store.change.updated(TOPIC, participant_id)
    return {k: before[k] for k in values}


def delete(store: Store, participant_id: int) -> None:
    """Remove a participant (their memberships and sign-ups go with them)."""
    with store.transaction(TOPIC, Topic.GROUPS, Topic.ACTIONS, Topic.HARVEST):
        store.conn.execute("DELETE FROM participant WHERE id = ?", (participant_id,))
        store.change.deleted(TOPIC, participant_id)


def get(store: Store, participant_id: int) -> Participant:
    """One participant by id."""
    row = store.one(f"SELECT id, {', '.join(FIELDS)} FROM participant WHERE id = ?",
                    (participant_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="participant", id=participant_id)
    return Participant(**row)


def all_participants(store: Store) -> list[Participant]:
    """Everyone, in Dutch last-name order."""
    rows = store.query(f"SELECT id, {', '.join(FIELDS)} FROM participant")
    return sorted((Participant(**r) for r in rows), key=lambda p: (p.sort_key, p.id))


def by_ids(store: Store, ids) -> dict[int, Participant]:
    """The participants with these ids that exist (for updating a view from a change record)."""
    ids = list(ids)
    found: dict[int, Participant] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT id, {', '.join(FIELDS)} FROM participant WHERE id IN ({marks})",
                             tuple(chunk)):
            found[r["id"]] = Participant(**r)
    return found


def count(store: Store) -> int:
    """How many participants there are."""
    return store.scalar("SELECT COUNT(*) FROM participant")


# ---------------------------------------------------------------- check-in


def checkin_meeting_id(store: Store) -> int | None:
    """The meeting check-in applies to by default: the startdag, else the first meeting."""
    meeting = trajectory.meeting_of_kind(store, "startdag")
    if meeting is not None:
        return meeting.id
    return store.scalar("SELECT id FROM meeting ORDER BY position, id LIMIT 1")


def checkin_in_use(store: Store, meeting_id: int | None) -> bool:
    """True when check-in is in use at this meeting: then only those checked in are present."""
    if meeting_id is None:
        return False
    return store.scalar("SELECT 1 FROM checkin WHERE meeting_id = ?", (meeting_id,)) is not None


def set_checkin_in_use(store: Store, meeting_id: int, in_use: bool) -> bool:
    """Start or stop using check-in at a meeting; return whether it was in use before.

    Stopping keeps the ticks (starting again brings them back); while check-in is not in
    use, everyone registered counts as present.
    """
    before = checkin_in_use(store, meeting_id)
    if before != in_use:
        with store.transaction(ATTENDANCE):
            store.change.reload(ATTENDANCE)   # everyone's "present" reads differently
            if in_use:
                store.conn.execute("INSERT INTO checkin (meeting_id, started_at) VALUES (?, ?)",
                                   (meeting_id, now_iso()))
            else:
                store.conn.execute("DELETE FROM checkin WHERE meeting_id = ?", (meeting_id,))
    return before


def check_in(store: Store, meeting_id: int, participant_id: int, at: str | None = None) -> bool:
    """Mark someone present at a meeting; return False when they already were.

    Checking someone in puts check-in in use at that meeting (the roster shows it);
    undoing that is :func:`set_checkin_in_use` with the state it had.
    """
    get(store, participant_id)
    with store.transaction(ATTENDANCE):
        cur = store.conn.execute(
            "INSERT OR IGNORE INTO attendance (meeting_id, participant_id, checked_in_at)"
            " VALUES (?, ?, ?)", (meeting_id, participant_id, at or now_iso()))
        started = store.conn.execute(
            "INSERT OR IGNORE INTO checkin (meeting_id, started_at) VALUES (?, ?)",
            (meeting_id, at or now_iso())).rowcount
        if started:   # check-in came into use: everyone's "present" may read differently
            store.change.reload(ATTENDANCE)
        else:
            store.change.updated(ATTENDANCE, participant_id)
    return cur.rowcount > 0


def check_out(store: Store, meeting_id: int, participant_id: int) -> str | None:
    """Undo a check-in; return the check-in time it had (None when not checked in).

    Check-in stays in use: the others checked in are still the ones present.
    """
    at = checked_in_at(store, meeting_id, participant_id)
    if at is not None:
        with store.transaction(ATTENDANCE):
            store.conn.execute("DELETE FROM attendance WHERE meeting_id = ? AND participant_id = ?",
                               (meeting_id, participant_id))
            store.change.updated(ATTENDANCE, participant_id)
    return at


def check_in_many(store: Store, meeting_id: int, participant_ids: list[int],
                  at: dict[int, str] | None = None) -> None:
    """Check several people in as one transaction (the roster's multi-select, and the redo of a
    check-out: ``at`` gives back the times they had)."""
    at = at or {}
    with store.transaction(ATTENDANCE):
        for pid in participant_ids:
            check_in(store, meeting_id, pid, at=at.get(pid))


def check_out_many(store: Store, meeting_id: int, participant_ids: list[int], *,
                   in_use: bool | None = None) -> dict[int, str]:
    """Check several people out as one transaction; return their check-in times (for
    :func:`check_in_many`). ``in_use`` also sets whether check-in is in use (the undo of a
    first tick puts the day back as it was)."""
    times: dict[int, str] = {}
    with store.transaction(ATTENDANCE):
        for pid in participant_ids:
            was = check_out(store, meeting_id, pid)
            if was:
                times[pid] = was
        if in_use is not None:
            set_checkin_in_use(store, meeting_id, in_use)
    return times


def checked_in_at(store: Store, meeting_id: int, participant_id: int) -> str | None:
    """When someone checked in at a meeting, or None."""
    return store.scalar("SELECT checked_in_at FROM attendance WHERE meeting_id = ? AND participant_id = ?",
                        (meeting_id, participant_id))


def is_present(store: Store, meeting_id: int, participant_id: int) -> bool:
    """True when this person checked in at this meeting (the literal tick, no fallback)."""
    return checked_in_at(store, meeting_id, participant_id) is not None


def checked_in_ids(store: Store, meeting_id: int) -> set[int]:
    """The ids actually ticked present at a meeting."""
    rows = store.conn.execute("SELECT participant_id FROM attendance WHERE meeting_id = ?", (meeting_id,))
    return {r[0] for r in rows}


def present_ids(store: Store, meeting_id: int | None) -> set[int]:
    """Who counts as present: those checked in when check-in is in use, else everyone.

    The rule is explicit per meeting (:func:`checkin_in_use`), so one late arrival on a
    day without check-in never makes everyone else absent.
    """
    if checkin_in_use(store, meeting_id):
        return checked_in_ids(store, meeting_id)
    return {r[0] for r in store.conn.execute("SELECT id FROM participant")}


def attendance_counts(store: Store, meeting_id: int | None) -> tuple[int, int]:
    """(present, registered) at a meeting, by :func:`present_ids`."""
    return len(present_ids(store, meeting_id)), count(store)


# ---------------------------------------------------------------- undoable removal, late arrivals


def delete_many(store: Store, participant_ids: list[int]) -> list[tuple]:
    """Remove several people in one transaction; return a snapshot for :func:`restore_many`.

    The snapshot holds everything the delete takes with it (check-ins, choices, group
    memberships, action roles, SWOTs, ballots, sign-ups), so an undo loses nothing.
    """
    snapshot = store.snapshot_cascade("participant", "id", list(participant_ids))
    with store.transaction(TOPIC, ATTENDANCE, Topic.SWOT, Topic.VOTES, Topic.GROUPS,
                           Topic.ACTIONS, Topic.HARVEST, Topic.ACTIVITIES):
        store.conn.executemany("DELETE FROM participant WHERE id = ?",
                               [(pid,) for pid in participant_ids])
        store.change.deleted(TOPIC, *participant_ids)
        store.change.updated(ATTENDANCE, *participant_ids)
    return snapshot


def restore_many(store: Store, snapshot: list[tuple]) -> None:
    """Put people removed by :func:`delete_many` back: same ids, with all they took along."""
    with store.transaction(TOPIC, ATTENDANCE, Topic.SWOT, Topic.VOTES, Topic.GROUPS,
                           Topic.ACTIONS, Topic.HARVEST, Topic.ACTIVITIES):
        store.restore_cascade(snapshot)
        ids = [r["id"] for step in snapshot if step[0] == "insert" and step[1] == "participant"
               for r in step[2]]
        store.change.inserted(TOPIC, *ids)
        store.change.updated(ATTENDANCE, *ids)


def add_late_arrival(store: Store, meeting_id: int | None, name: str = "", **values) -> int:
    """Add someone who walked in unannounced: the one late-arrival service.

    Either one typed ``name`` (split the Dutch way) or the fields as ``values``. They are
    checked in only when check-in is in use at the meeting; otherwise everyone counts as
    present already, them included. Undo with :func:`delete_many` / :func:`restore_many`.
    """
    if name.strip():
        first, prefix, last = split_name(name)
        values = {"first_name": first, "prefix": prefix, "last_name": last, **values}
    with store.transaction(TOPIC, ATTENDANCE):
        pid = add(store, **values)
        if checkin_in_use(store, meeting_id):
            check_in(store, meeting_id, pid)
    return pid
