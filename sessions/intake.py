"""The intake: the organisation's own question, where it comes from, its goals and contacts.

An HR adviser's 36 hours start from the organisation's question ("Hoe houden we de kennis
over omgaan met jongeren op peil?"). The intake is one row (id 1), created on first edit.

Goals are shared with the expertise map (issue 18). SEAM(i18): both use the table
``peer_goal`` (id, position, title), so the goals the map links competences to are the
intake's goals. When issue 18 is merged its ``expertise.add_goal``/``rename_goal`` write the
same rows as the functions here; either may be used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sessions.changes import Topic, name_cascade
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

DEFAULT_BUDGET = 36.0
MAX_BUDGET = 10000.0
MAX_TEXT = 4000
CONTACT_KEYS = ("name", "role", "email", "phone")


def clean_text(value, field_name: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Stripped user text; refuses NUL, over-long text and (when required) empty text."""
    text = str(value if value is not None else "").strip()
    if "\x00" in text:
        raise ValidationError(Code.INVALID, field=field_name, reason="nul")
    if required and not text:
        raise ValidationError(Code.INVALID, field=field_name, reason="required")
    if len(text) > limit:
        raise ValidationError(Code.INVALID, field=field_name, reason="too_long")
    return text


@dataclass
class Intake:
    """The organisation's question and the advice budget."""

    question: str = ""
    source: str = ""
    theme: str = ""
    contacts: list[dict] = field(default_factory=list)
    budget_hours: float = DEFAULT_BUDGET


@dataclass
class Goal:
    """One of the organisation's goals (shared with the expertise map)."""

    id: int
    position: int
    title: str


def get(store: Store) -> Intake:
    """The intake; defaults (36 hours, no question) when nothing was entered yet."""
    row = store.one("SELECT * FROM intake WHERE id = 1")
    if row is None:
        return Intake()
    try:
        contacts = json.loads(row["contacts"] or "[]")
    except ValueError:
        contacts = []
    if not isinstance(contacts, list):
        contacts = []
    return Intake(row["question"], row["source"], row["theme"],
                  [c for c in contacts if isinstance(c, dict)], float(row["budget_hours"]))


def _clean(changes: dict) -> dict:
    out: dict = {}
    for key, value in changes.items():
        if key in ("question", "source", "theme"):
            out[key] = clean_text(value, key, limit=200 if key == "theme" else MAX_TEXT)
        elif key == "budget_hours":
            try:
                hours = round(float(value), 2)
            except (TypeError, ValueError):
                raise ValidationError(Code.INVALID, field="budget_hours", reason="number") from None
            if not 0 < hours <= MAX_BUDGET:
                raise ValidationError(Code.INVALID, field="budget_hours", reason="range")
            out[key] = hours
        elif key == "contacts":
            contacts = []
            for c in value or []:
                item = {k: clean_text(c.get(k, ""), f"contact_{k}", limit=200) for k in CONTACT_KEYS}
                if any(item.values()):
                    if not item["name"]:
                        raise ValidationError(Code.INVALID, field="contact_name", reason="required")
                    contacts.append(item)
            out[key] = contacts
        else:
            raise ValidationError(Code.INVALID, field=key)
    return out


def update(store: Store, **changes) -> dict:
    """Change the question, source, theme, contacts or budget; return the old values."""
    values = _clean(changes)
    before = get(store)
    old = {k: getattr(before, k) for k in values}
    if not values:
        return old
    row = {**before.__dict__, **values}
    with store.transaction(Topic.INTAKE):
        store.change.updated(Topic.INTAKE, 1)      # the one intake row
        store.conn.execute(
            "INSERT OR REPLACE INTO intake (id, question, source, theme, contacts, budget_hours,"
            " updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
            (row["question"], row["source"], row["theme"],
             json.dumps(row["contacts"], ensure_ascii=False), row["budget_hours"], now_iso()))
    return old


# ---------------------------------------------------------------- goals (SEAM(i18))


def goals(store: Store) -> list[Goal]:
    """The organisation's goals in order."""
    return [Goal(r["id"], r["position"], r["title"]) for r in store.query(
        "SELECT id, position, title FROM peer_goal ORDER BY position, id")]


def add_goal(store: Store, title: str) -> int:
    """Add a goal at the end; return its id."""
    title = clean_text(title, "title", required=True, limit=300)
    with store.transaction(Topic.GOALS):
        pos = (store.scalar("SELECT MAX(position) FROM peer_goal") or 0) + 1
        cur = store.conn.execute("INSERT INTO peer_goal (position, title) VALUES (?, ?)", (pos, title))
        store.change.inserted(Topic.GOALS, cur.lastrowid)
    return cur.lastrowid


def rename_goal(store: Store, goal_id: int, title: str) -> str:
    """Rename a goal; return the old title."""
    title = clean_text(title, "title", required=True, limit=300)
    old = store.scalar("SELECT title FROM peer_goal WHERE id = ?", (goal_id,))
    if old is None:
        raise ValidationError(Code.INVALID, field="goal", id=goal_id)
    with store.transaction(Topic.GOALS):
        store.conn.execute("UPDATE peer_goal SET title = ? WHERE id = ?", (title, goal_id))
        store.change.updated(Topic.GOALS, goal_id)
    return old


# what a goal's removal takes with it: the experiments that pointed at it
_CASCADE = {"peer_goal": (Topic.GOALS, None, "id", True),
            "experiment": (Topic.EXPERIMENTS, None, "id", False)}


def remove_goal(store: Store, goal_id: int) -> list:
    """Remove a goal; return a snapshot for :func:`restore_goal` (links to it come back too)."""
    if store.scalar("SELECT 1 FROM peer_goal WHERE id = ?", (goal_id,)) is None:
        raise ValidationError(Code.INVALID, field="goal", id=goal_id)
    snap = store.snapshot_cascade("peer_goal", "id", [goal_id])
    linked = store.conn.execute("SELECT rowid, goal_id FROM experiment WHERE goal_id = ?",
                                (goal_id,)).fetchall()
    snap = [*snap, ("set", "experiment", "goal_id", linked)] if linked else snap
    with store.transaction(Topic.GOALS):
        store.conn.execute("UPDATE experiment SET goal_id = NULL WHERE goal_id = ?", (goal_id,))
        store.conn.execute("DELETE FROM peer_goal WHERE id = ?", (goal_id,))
        name_cascade(store.change, snap, _CASCADE)
    return snap


def restore_goal(store: Store, snap: list) -> None:
    """Put a removed goal back under its id, with what linked to it."""
    with store.transaction(Topic.GOALS):
        store.restore_cascade(snap)
        name_cascade(store.change, snap, _CASCADE, restoring=True)
