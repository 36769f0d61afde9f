"""The harvest: each action's outcome (achieved, partly, not) with a reason and quick tags, each
group's lessons, and the totals per group and overall.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sessions import actions
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.harvest.logbook import LogEntry
from sessions.harvest.rules import RESULTS, _action_row, _group_row, _name, _text
from sessions.store import Store, now_iso

TOPIC = Topic.HARVEST   # ids: the actions whose outcome changed
LESSONS = "lessons"     # kind under TOPIC, ids: the groups whose lessons changed


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
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, action_id)
        store.conn.execute(
            "INSERT INTO outcome (action_id, result, reason, tags, recorded_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT(action_id) DO UPDATE SET result = excluded.result,"
            " reason = excluded.reason, tags = excluded.tags, recorded_at = excluded.recorded_at",
            (action_id, result, reason, json.dumps(tags, ensure_ascii=False), now_iso()))
    return before


def clear_outcome(store: Store, action_id: int) -> Outcome | None:
    """Forget an action's outcome; return what it was."""
    before = get_outcome(store, action_id)
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, action_id)
        store.conn.execute("DELETE FROM outcome WHERE action_id = ?", (action_id,))
    return before


def restore_outcome(store: Store, action_id: int, previous: Outcome | None) -> None:
    """Put an action's outcome back exactly as it was (None: no outcome) — for undo."""
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, action_id)
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
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, group_id, kind=LESSONS)
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
    log: list = field(default_factory=list)   # the half year: LogEntry, oldest first


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
        " ORDER BY a.position, a.id", (group_id,))
    late = actions.after_kickoff_ids(store)
    # the plan from the startdag first, then what was added afterwards
    rows = sorted(rows, key=lambda r: r["id"] in late)
    members: dict[int, list[str]] = {}
    for m in store.query(
            "SELECT am.action_id, p.first_name, p.prefix, p.last_name FROM action_member am"
            " JOIN participant p ON p.id = am.participant_id JOIN action a ON a.id = am.action_id"
            " WHERE a.group_id = ? ORDER BY p.last_name, p.first_name", (group_id,)):
        members.setdefault(m["action_id"], []).append(_name(m))
    log: dict[int, list[LogEntry]] = {}
    for e in store.query(
            "SELECT l.* FROM action_log l JOIN action a ON a.id = l.action_id"
            " WHERE a.group_id = ? ORDER BY l.date, l.id", (group_id,)):
        log.setdefault(e["action_id"], []).append(LogEntry(**e))
    totals = Totals()
    items = []
    for r in rows:
        out = get_outcome(store, r["id"])
        totals.count(out.result if out else None, r["id"] in late)
        items.append(ReviewItem(
            action_id=r["id"], title=r["title"], description=r["description"],
            owner_name=_name(r) if r["owner_id"] is not None else "",
            members=members.get(r["id"], []), start_date=r["start_date"], due_date=r["due_date"],
            status=r["status"], after_kickoff=r["id"] in late, outcome=out,
            log=log.get(r["id"], [])))
    return GroupReview(group_id=group_id, name=g["name"], colour=g["colour"], question=question,
                       lessons=g["lessons"], items=items, totals=totals)


def review(store: Store) -> list[GroupReview]:
    """Every group's review, in group order."""
    return [group_review(store, gid) for gid in group_ids(store)]


def totals(store: Store) -> tuple[dict[int, Totals], Totals]:
    """Outcome counts per group (by id) and overall, actions added after the kickoff included."""
    per_group: dict[int, Totals] = {gid: Totals() for gid in group_ids(store)}
    late = actions.after_kickoff_ids(store)
    for r in store.query("SELECT a.id, a.group_id, o.result FROM action a"
                         " LEFT JOIN outcome o ON o.action_id = a.id"):
        per_group.setdefault(r["group_id"], Totals()).count(r["result"], r["id"] in late)
    overall = Totals()
    for t in per_group.values():
        overall.add(t)
    return per_group, overall


# ---------------------------------------------------------------- activities


