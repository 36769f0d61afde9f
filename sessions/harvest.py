"""The half year and the harvest: the action log, outcomes, lessons, totals, new initiatives.

Between the kickoff and the harvest the facilitator logs progress per action (an
update, a support request, the answer) and keeps an overview of every action. At
the harvest session each action gets an outcome (achieved, partly, not) with a
reason and quick tags, each group notes its lessons, and new activities collect
sign-ups in order; sign-ups beyond an activity's capacity form its waiting list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sessions.errors import Code, ValidationError
from sessions.participants import display_name
from sessions.store import Store, now_iso

ACTION_STATUSES = ("idea", "planned", "in_progress", "done", "dropped")
CLOSED_STATUSES = ("done", "dropped")
LOG_KINDS = ("update", "support_request", "support_answer")
RESULTS = ("achieved", "partly", "not")
QUICK_TAGS = ("geen reactie ontvangen", "geen tijd", "niet meer nodig", "anders opgelost")
ACTIVITY_KINDS = ("intervisie", "training", "kenniscafe", "wijkreis", "custom")
MAX_TEXT = 4000


# ---------------------------------------------------------------- helpers


def _text(value, field_name: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = str(value if value is not None else "").strip()
    if "\x00" in text:
        raise ValidationError(Code.INVALID, field=field_name, reason="nul")
    if required and not text:
        raise ValidationError(Code.INVALID, field=field_name, reason="required")
    if len(text) > limit:
        raise ValidationError(Code.INVALID, field=field_name, reason="too_long")
    return text


def _iso_date(value, field_name: str, *, required: bool = True) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    if not text and not required:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(Code.INVALID, field=field_name, reason="date") from None


def _action_row(store: Store, action_id: int) -> dict:
    row = store.one("SELECT * FROM action WHERE id = ?", (action_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="action", id=action_id)
    return row


def _group_row(store: Store, group_id: int) -> dict:
    row = store.one("SELECT * FROM theme_group WHERE id = ?", (group_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="group", id=group_id)
    return row


def _name(row: dict, prefix: str = "") -> str:
    return display_name(row.get(f"{prefix}first_name") or "", row.get(f"{prefix}prefix") or "",
                        row.get(f"{prefix}last_name") or "")


# ---------------------------------------------------------------- the action log


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
    with store.transaction("actions"):
        cur = store.conn.execute(
            "INSERT INTO action_log (action_id, date, kind, text, status_from, status_to, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (action_id, when, kind, text, status_from, status, now_iso()))
        if status is not None:
            store.conn.execute("UPDATE action SET status = ? WHERE id = ?", (status, action_id))
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
    with store.transaction("actions"):
        store.conn.execute("DELETE FROM action_log WHERE id = ?", (log_id,))
        if entry.status_to is not None:
            store.conn.execute("UPDATE action SET status = ? WHERE id = ? AND status = ?",
                               (entry.status_from, entry.action_id, entry.status_to))
    return entry


def restore_log(store: Store, entry: LogEntry) -> None:
    """Put a removed log entry back under its own id, re-applying its status change."""
    with store.transaction("actions"):
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


def open_support_requests(store: Store) -> list[LogEntry]:
    """Support requests with no answer logged on or after them, oldest first."""
    rows = store.query(
        "SELECT r.* FROM action_log r WHERE r.kind = 'support_request' AND NOT EXISTS ("
        " SELECT 1 FROM action_log a WHERE a.action_id = r.action_id AND a.kind = 'support_answer'"
        " AND (a.date > r.date OR (a.date = r.date AND a.id > r.id)))"
        " ORDER BY r.date, r.id")
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


def overview(store: Store, *, group_id: int | None = None, status: str | None = None,
             overdue: bool = False, today: date | None = None) -> list[ActionRow]:
    """All actions across the groups, by group then position, optionally filtered."""
    today = today or date.today()
    where, params = [], []
    if group_id is not None:
        where.append("a.group_id = ?")
        params.append(group_id)
    if status is not None:
        where.append("a.status = ?")
        params.append(status)
    rows = store.query(
        "SELECT a.id, a.group_id, g.name AS group_name, g.colour AS group_colour, a.title,"
        " a.owner_id, p.first_name, p.prefix, p.last_name, a.status, a.due_date, a.after_kickoff,"
        " (SELECT MAX(date) FROM action_log l WHERE l.action_id = a.id) AS last_update"
        " FROM action a JOIN theme_group g ON g.id = a.group_id"
        " LEFT JOIN participant p ON p.id = a.owner_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY g.position, g.id, a.position, a.id", tuple(params))
    waiting = {e.action_id for e in open_support_requests(store)}
    result = []
    for r in rows:
        row = ActionRow(
            id=r["id"], group_id=r["group_id"], group_name=r["group_name"],
            group_colour=r["group_colour"], title=r["title"], owner_id=r["owner_id"],
            owner_name=_name(r) if r["owner_id"] is not None else "", status=r["status"],
            due_date=r["due_date"], after_kickoff=bool(r["after_kickoff"]),
            overdue=is_overdue(r["status"], r["due_date"], today),
            last_update=r["last_update"] or "", open_request=r["id"] in waiting)
        if overdue and not row.overdue:
            continue
        result.append(row)
    return result


# ---------------------------------------------------------------- outcomes


@dataclass
class Outcome:
    """How one action turned out at the harvest."""

    action_id: int
    result: str
    reason: str = ""
    tags: list[str] = field(default_factory=list)
    recorded_at: str = ""


def get_outcome(store: Store, action_id: int) -> Outcome | None:
    """The recorded outcome of an action, or None."""
    row = store.one("SELECT * FROM outcome WHERE action_id = ?", (action_id,))
    if row is None:
        return None
    return Outcome(action_id=row["action_id"], result=row["result"], reason=row["reason"],
                   tags=json.loads(row["tags"]), recorded_at=row["recorded_at"])


def _clean_tags(tags) -> list[str]:
    cleaned: list[str] = []
    for tag in tags or ():
        t = _text(tag, "tags", limit=80)
        if t and t not in cleaned:
            cleaned.append(t)
    return cleaned


def set_outcome(store: Store, action_id: int, result: str, reason: str = "",
                tags=()) -> Outcome | None:
    """Record an action's outcome with a reason and tags; return the one it replaced."""
    _action_row(store, action_id)
    if result not in RESULTS:
        raise ValidationError(Code.INVALID, field="result", value=result)
    reason = _text(reason, "reason")
    tags = _clean_tags(tags)
    before = get_outcome(store, action_id)
    with store.transaction("harvest"):
        store.conn.execute(
            "INSERT INTO outcome (action_id, result, reason, tags, recorded_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT(action_id) DO UPDATE SET result = excluded.result,"
            " reason = excluded.reason, tags = excluded.tags, recorded_at = excluded.recorded_at",
            (action_id, result, reason, json.dumps(tags, ensure_ascii=False), now_iso()))
    return before


def clear_outcome(store: Store, action_id: int) -> Outcome | None:
    """Forget an action's outcome; return what it was."""
    before = get_outcome(store, action_id)
    with store.transaction("harvest"):
        store.conn.execute("DELETE FROM outcome WHERE action_id = ?", (action_id,))
    return before


def restore_outcome(store: Store, action_id: int, previous: Outcome | None) -> None:
    """Put an action's outcome back exactly as it was (None: no outcome) — for undo."""
    with store.transaction("harvest"):
        store.conn.execute("DELETE FROM outcome WHERE action_id = ?", (action_id,))
        if previous is not None:
            store.conn.execute(
                "INSERT INTO outcome (action_id, result, reason, tags, recorded_at)"
                " VALUES (?,?,?,?,?)",
                (action_id, previous.result, previous.reason,
                 json.dumps(previous.tags, ensure_ascii=False), previous.recorded_at or now_iso()))


# ---------------------------------------------------------------- lessons


def lessons(store: Store, group_id: int) -> str:
    """What a group learned."""
    return _group_row(store, group_id)["lessons"]


def set_lessons(store: Store, group_id: int, text: str) -> str:
    """Write what a group learned; return the previous text (for undo)."""
    before = _group_row(store, group_id)["lessons"]
    text = _text(text, "lessons")
    with store.transaction("harvest"):
        store.conn.execute("UPDATE theme_group SET lessons = ? WHERE id = ?", (text, group_id))
    return before


# ---------------------------------------------------------------- the review and totals


@dataclass
class Totals:
    """Outcome counts over a set of actions."""

    achieved: int = 0
    partly: int = 0
    not_achieved: int = 0
    open: int = 0             # no outcome recorded yet
    planned: int = 0          # actions from the kickoff
    added: int = 0            # actions added after the kickoff

    @property
    def total(self) -> int:
        """Every action counted."""
        return self.achieved + self.partly + self.not_achieved + self.open

    def count(self, result: str | None, after_kickoff: bool) -> None:
        """Add one action with its result (None when it has none yet)."""
        if result == "achieved":
            self.achieved += 1
        elif result == "partly":
            self.partly += 1
        elif result == "not":
            self.not_achieved += 1
        else:
            self.open += 1
        if after_kickoff:
            self.added += 1
        else:
            self.planned += 1

    def add(self, other: Totals) -> None:
        """Add another set of counts to these."""
        for name in ("achieved", "partly", "not_achieved", "open", "planned", "added"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class ReviewItem:
    """One action as planned, beside how it turned out."""

    action_id: int
    title: str
    description: str
    owner_name: str
    members: list[str]
    start_date: str
    due_date: str
    status: str
    after_kickoff: bool
    outcome: Outcome | None


@dataclass
class GroupReview:
    """One theme group at the harvest: its question, its actions and results, its lessons."""

    group_id: int
    name: str
    colour: str
    question: str
    lessons: str
    items: list[ReviewItem]
    totals: Totals


def group_ids(store: Store) -> list[int]:
    """The theme groups in order."""
    return [r["id"] for r in store.query("SELECT id FROM theme_group ORDER BY position, id")]


def group_review(store: Store, group_id: int) -> GroupReview:
    """A group's plan beside its results."""
    g = _group_row(store, group_id)
    question = g["question_text"]
    if not question and g["question_id"] is not None:
        question = store.scalar("SELECT text FROM question WHERE id = ?", (g["question_id"],)) or ""
    rows = store.query(
        "SELECT a.*, p.first_name, p.prefix, p.last_name FROM action a"
        " LEFT JOIN participant p ON p.id = a.owner_id WHERE a.group_id = ?"
        " ORDER BY a.after_kickoff, a.position, a.id", (group_id,))
    members: dict[int, list[str]] = {}
    for m in store.query(
            "SELECT am.action_id, p.first_name, p.prefix, p.last_name FROM action_member am"
            " JOIN participant p ON p.id = am.participant_id JOIN action a ON a.id = am.action_id"
            " WHERE a.group_id = ? ORDER BY p.last_name, p.first_name", (group_id,)):
        members.setdefault(m["action_id"], []).append(_name(m))
    totals = Totals()
    items = []
    for r in rows:
        out = get_outcome(store, r["id"])
        totals.count(out.result if out else None, bool(r["after_kickoff"]))
        items.append(ReviewItem(
            action_id=r["id"], title=r["title"], description=r["description"],
            owner_name=_name(r) if r["owner_id"] is not None else "",
            members=members.get(r["id"], []), start_date=r["start_date"], due_date=r["due_date"],
            status=r["status"], after_kickoff=bool(r["after_kickoff"]), outcome=out))
    return GroupReview(group_id=group_id, name=g["name"], colour=g["colour"], question=question,
                       lessons=g["lessons"], items=items, totals=totals)


def review(store: Store) -> list[GroupReview]:
    """Every group's review, in group order."""
    return [group_review(store, gid) for gid in group_ids(store)]


def totals(store: Store) -> tuple[dict[int, Totals], Totals]:
    """Outcome counts per group (by id) and overall, actions added after the kickoff included."""
    per_group: dict[int, Totals] = {gid: Totals() for gid in group_ids(store)}
    for r in store.query("SELECT a.group_id, a.after_kickoff, o.result FROM action a"
                         " LEFT JOIN outcome o ON o.action_id = a.id"):
        per_group.setdefault(r["group_id"], Totals()).count(r["result"], bool(r["after_kickoff"]))
    overall = Totals()
    for t in per_group.values():
        overall.add(t)
    return per_group, overall


# ---------------------------------------------------------------- activities


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
    with store.transaction("activities"):
        pos = store.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM activity")
        cur = store.conn.execute(
            "INSERT INTO activity (position, kind, title, description, period, capacity)"
            " VALUES (:position, :kind, :title, :description, :period, :capacity)",
            {**row, "position": pos})
    return cur.lastrowid


def get_activity(store: Store, activity_id: int) -> Activity:
    """One activity by id."""
    row = store.one("SELECT * FROM activity WHERE id = ?", (activity_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="activity", id=activity_id)
    return Activity(**row)


def activities(store: Store) -> list[Activity]:
    """The activities in order."""
    return [Activity(**r) for r in store.query("SELECT * FROM activity ORDER BY position, id")]


def update_activity(store: Store, activity_id: int, **changes) -> dict:
    """Change an activity; return the old values of the changed fields."""
    before = get_activity(store, activity_id).__dict__
    values = _activity_values(changes, partial=True)
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction("activities"):
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
    with store.transaction("activities"):
        store.conn.execute("DELETE FROM activity WHERE id = ?", (activity_id,))
    return act, lst


def restore_activity(store: Store, act: Activity, lst: list[Signup] = ()) -> None:
    """Put a deleted activity and its sign-ups back under the same ids."""
    with store.transaction("activities"):
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
    with store.transaction("activities"):
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
    with store.transaction("activities"):
        store.conn.execute("DELETE FROM signup WHERE activity_id = ? AND participant_id = ?",
                           (activity_id, participant_id))
    return entry


def restore_signup(store: Store, entry: Signup) -> None:
    """Put a withdrawn sign-up back in its old place in the order (undo)."""
    with store.transaction("activities"):
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
