"""New initiatives: activities that collect sign-ups in order; sign-ups beyond an activity's
capacity form its waiting list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.harvest.rules import ACTIVITY_KINDS, _name, _text
from sessions.store import Store, now_iso

TOPIC = Topic.ACTIVITIES   # ids: activity ids
SIGNUPS = "signups"        # kind under TOPIC, ids: the activities whose list changed


@dataclass
class Activity:
    """A new initiative people sign up for: intervisie, a training module, a kenniscafé…"""

    id: int
    position: int
    kind: str
    title: str
    description: str = ""
    period: str = ""
    capacity: int | None = None


def _activity_values(values: dict, *, partial: bool) -> dict:
    allowed = {"kind", "title", "description", "period", "capacity"}
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    out = {}
    if "kind" in values or not partial:
        kind = values.get("kind") or "custom"
        if kind not in ACTIVITY_KINDS:
            raise ValidationError(Code.INVALID, field="kind", value=kind)
        out["kind"] = kind
    if "title" in values or not partial:
        out["title"] = _text(values.get("title"), "title", required=True, limit=200)
    for name in ("description", "period"):
        if name in values or not partial:
            out[name] = _text(values.get(name), name)
    if "capacity" in values or not partial:
        cap = values.get("capacity")
        if cap in ("", None):
            cap = None
        else:
            try:
                cap = int(cap)
            except (TypeError, ValueError):
                raise ValidationError(Code.INVALID, field="capacity") from None
            if cap < 1:
                raise ValidationError(Code.INVALID, field="capacity")
        out["capacity"] = cap
    return out


def add_activity(store: Store, **values) -> int:
    """Create an activity at the end of the list; return its id."""
    row = _activity_values(values, partial=False)
    with store.transaction(TOPIC):
        pos = store.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM activity")
        cur = store.conn.execute(
            "INSERT INTO activity (position, kind, title, description, period, capacity)"
            " VALUES (:position, :kind, :title, :description, :period, :capacity)",
            {**row, "position": pos})
        store.change.inserted(TOPIC, cur.lastrowid)
    return cur.lastrowid


def get_activity(store: Store, activity_id: int) -> Activity:
    """One activity by id."""
    row = store.one("SELECT * FROM activity WHERE id = ?", (activity_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="activity", id=activity_id)
    return Activity(**row)


def activity_exists(store: Store, activity_id: int) -> bool:
    """True while the activity is there (a list shown for it may outlive an undo)."""
    return store.scalar("SELECT 1 FROM activity WHERE id = ?", (activity_id,)) is not None


def activities(store: Store) -> list[Activity]:
    """The activities in order."""
    return [Activity(**r) for r in store.query("SELECT * FROM activity ORDER BY position, id")]


def update_activity(store: Store, activity_id: int, **changes) -> dict:
    """Change an activity; return the old values of the changed fields."""
    before = get_activity(store, activity_id).__dict__
    values = _activity_values(changes, partial=True)
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(TOPIC):
            store.change.updated(TOPIC, activity_id)
            store.change.updated(TOPIC, activity_id, kind=SIGNUPS)   # capacity: who waits
            store.conn.execute(f"UPDATE activity SET {sets} WHERE id = :id",
                               {**values, "id": activity_id})
    return {k: before[k] for k in values}


@dataclass
class Signup:
    """One person on an activity's list, in sign-up order."""

    activity_id: int
    participant_id: int
    name: str
    signed_at: str
    seq: int
    waiting: bool = False


def delete_activity(store: Store, activity_id: int) -> tuple[Activity, list[Signup]]:
    """Remove an activity and its sign-ups; return both for :func:`restore_activity`."""
    act = get_activity(store, activity_id)
    lst = signups(store, activity_id)
    with store.transaction(TOPIC):
        store.change.deleted(TOPIC, activity_id)
        store.conn.execute("DELETE FROM activity WHERE id = ?", (activity_id,))
    return act, lst


def restore_activity(store: Store, act: Activity, lst: list[Signup] = ()) -> None:
    """Put a deleted activity and its sign-ups back under the same ids."""
    with store.transaction(TOPIC):
        store.change.inserted(TOPIC, act.id)
        store.conn.execute(
            "INSERT INTO activity (id, position, kind, title, description, period, capacity)"
            " VALUES (:id, :position, :kind, :title, :description, :period, :capacity)",
            act.__dict__)
        for s in lst:
            _insert_signup(store, s)


def _insert_signup(store: Store, s: Signup) -> None:
    store.conn.execute(
        "INSERT INTO signup (activity_id, participant_id, signed_at, seq) VALUES (?, ?, ?, ?)",
        (s.activity_id, s.participant_id, s.signed_at, s.seq))


def signups(store: Store, activity_id: int) -> list[Signup]:
    """Everyone on an activity's list in sign-up order; those past capacity are waiting."""
    cap = store.scalar("SELECT capacity FROM activity WHERE id = ?", (activity_id,))
    rows = store.query(
        "SELECT s.*, p.first_name, p.prefix, p.last_name FROM signup s"
        " JOIN participant p ON p.id = s.participant_id WHERE s.activity_id = ? ORDER BY s.seq, s.signed_at",
        (activity_id,))
    return [Signup(activity_id=r["activity_id"], participant_id=r["participant_id"], name=_name(r),
                   signed_at=r["signed_at"], seq=r["seq"], waiting=cap is not None and i >= cap)
            for i, r in enumerate(rows)]


def is_full(store: Store, activity_id: int) -> bool:
    """True when every place is taken (a new sign-up goes to the waiting list)."""
    cap = get_activity(store, activity_id).capacity
    if cap is None:
        return False
    return store.scalar("SELECT COUNT(*) FROM signup WHERE activity_id = ?", (activity_id,)) >= cap


def sign_up(store: Store, activity_id: int, participant_id: int, *,
            waiting_list: bool = False) -> Signup:
    """Put someone on an activity's list; when it is full only with ``waiting_list=True``."""
    get_activity(store, activity_id)
    if store.one("SELECT 1 FROM participant WHERE id = ?", (participant_id,)) is None:
        raise ValidationError(Code.INVALID, field="participant", id=participant_id)
    if store.one("SELECT 1 FROM signup WHERE activity_id = ? AND participant_id = ?",
                 (activity_id, participant_id)):
        raise ValidationError(Code.INVALID, field="participant", reason="already_signed_up")
    if is_full(store, activity_id) and not waiting_list:
        raise ValidationError(Code.INVALID, field="capacity", reason="full")
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, activity_id, kind=SIGNUPS)
        seq = store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM signup WHERE activity_id = ?",
                           (activity_id,))
        store.conn.execute(
            "INSERT INTO signup (activity_id, participant_id, signed_at, seq) VALUES (?, ?, ?, ?)",
            (activity_id, participant_id, now_iso(), seq))
    return next(s for s in signups(store, activity_id) if s.participant_id == participant_id)


def withdraw(store: Store, activity_id: int, participant_id: int) -> Signup:
    """Take someone off a list (the first on the waiting list moves up); return the sign-up."""
    entry = next((s for s in signups(store, activity_id) if s.participant_id == participant_id),
                 None)
    if entry is None:
        raise ValidationError(Code.INVALID, field="participant", reason="not_signed_up")
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, activity_id, kind=SIGNUPS)
        store.conn.execute("DELETE FROM signup WHERE activity_id = ? AND participant_id = ?",
                           (activity_id, participant_id))
    return entry


def restore_signup(store: Store, entry: Signup) -> None:
    """Put a withdrawn sign-up back in its old place in the order (undo)."""
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, entry.activity_id, kind=SIGNUPS)
        _insert_signup(store, entry)


@dataclass
class ActivitySummary:
    """An activity with how full it is, for lists and the projector."""

    activity: Activity
    signed: int
    waiting: int

    @property
    def full(self) -> bool:
        """Every place taken."""
        cap = self.activity.capacity
        return cap is not None and self.signed >= cap


def summaries(store: Store) -> list[ActivitySummary]:
    """Every activity with its counts of places taken and people waiting."""
    counts = {r["activity_id"]: r["n"] for r in store.query(
        "SELECT activity_id, COUNT(*) AS n FROM signup GROUP BY activity_id")}
    out = []
    for act in activities(store):
        n = counts.get(act.id, 0)
        cap = act.capacity
        signed = n if cap is None else min(n, cap)
        out.append(ActivitySummary(act, signed, n - signed))
    return out
