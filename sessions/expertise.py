"""Learning from each other: goals, competences and the expertise map (kenniskaart).

The organisation has goals; each competence (knowledge or a skill) is linked to goals
with an importance 1–3. For each person and competence the map holds a level 0–4,
whether they want to learn it (with their own priority 1–3, unmarked = 2) and whether
they can and will teach it. Each person also has a team, an optional manager and a
capacity as an expert (learners they take on; NULL = the default).

Every write is one transaction on topic ``"expertise"`` and returns what undo needs.
Reading is plain functions over the store; :func:`load` gives one consistent picture
(:class:`Map`) that the flags, the heat map, the pairs and the exports read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sessions import participants
from sessions.changes import Topic, name_cascade
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

TOPIC = Topic.EXPERTISE
# kinds of rows under TOPIC in a change record (sessions/changes.py), each with its ids
GOAL_ROWS = "expertise.goals"              # goal ids
COMPETENCES = "expertise.competences"      # competence ids (their goal links too)
PEOPLE = "expertise.people"                # participant ids: team, manager, capacity
RATINGS = "expertise.ratings"              # participant ids whose ratings changed
SETTINGS = "expertise.settings"            # the one settings row (id 1)
PAIR_ROWS = "pairs"                        # Topic.PAIRS: pair ids (sessions/pairs.py)
LEVELS = (0, 1, 2, 3, 4)
EXPERT_LEVEL = 3          # an expert has at least this level (and can teach)
LEARNER_LEVEL = 1         # a wide import marks a candidate learner at or below this level
DEFAULT_PRIORITY = 2
TEXT_MAX = 200


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Goal:
    """One goal of the organisation."""

    id: int
    position: int
    title: str


@dataclass(frozen=True)
class Competence:
    """One competence; ``goals`` maps goal id to importance 1–3."""

    id: int
    position: int
    name: str
    goals: dict[int, int] = field(default_factory=dict)

    @property
    def importance(self) -> int:
        """The competence's importance to the goals: the highest of its links, 0 when unlinked."""
        return max(self.goals.values(), default=0)


@dataclass(frozen=True)
class Rating:
    """One person's rating of one competence."""

    participant_id: int
    competence_id: int
    level: int = 0
    wants: bool = False
    priority: int | None = None
    teaches: bool = False
    source: str = "console"
    confirmed: bool = True

    @property
    def is_expert(self) -> bool:
        """Level 3 or more and willing to teach."""
        return self.level >= EXPERT_LEVEL and self.teaches

    @property
    def wish_priority(self) -> int:
        """The learner's own priority, 2 when unmarked."""
        return self.priority or DEFAULT_PRIORITY


@dataclass(frozen=True)
class Person:
    """A participant as the map sees them."""

    id: int
    name: str
    email: str
    team: str
    manager_id: int | None
    capacity: int | None


@dataclass
class Settings:
    """The pairing and privacy settings of the trajectory."""

    default_capacity: int = 2
    max_pairs: int = 2
    different_teams: bool = False
    show_names: bool = False


@dataclass
class Map:
    """One consistent reading of goals, competences, people and ratings."""

    goals: list[Goal]
    competences: list[Competence]
    people: list[Person]
    ratings: dict[tuple[int, int], Rating]
    settings: Settings

    def rating(self, person_id: int, competence_id: int) -> Rating:
        """A person's rating (an empty level-0 rating when there is none)."""
        return self.ratings.get((person_id, competence_id)) or Rating(person_id, competence_id)

    def person(self, person_id: int) -> Person:
        """A person by id."""
        return self._people[person_id]

    def competence(self, competence_id: int) -> Competence:
        """A competence by id."""
        return self._competences[competence_id]

    def goal(self, goal_id: int) -> Goal:
        """A goal by id."""
        return self._goals[goal_id]

    def capacity(self, person_id: int) -> int:
        """How many learners this expert takes on."""
        c = self.person(person_id).capacity
        return self.settings.default_capacity if c is None else c

    def experts(self, competence_id: int) -> list[int]:
        """Ids of the people with level ≥ 3 who can teach the competence."""
        return [p.id for p in self.people if self.rating(p.id, competence_id).is_expert]

    def learners(self, competence_id: int) -> list[int]:
        """Ids of the people who want to learn the competence."""
        return [p.id for p in self.people if self.rating(p.id, competence_id).wants]

    def __post_init__(self) -> None:
        self._people = {p.id: p for p in self.people}
        self._competences = {c.id: c for c in self.competences}
        self._goals = {g.id: g for g in self.goals}


# ---------------------------------------------------------------- reading


def goals(store: Store) -> list[Goal]:
    """The goals in order."""
    return [Goal(**r) for r in store.query(
        "SELECT id, position, title FROM peer_goal ORDER BY position, id")]


def competences(store: Store) -> list[Competence]:
    """The competences in order, with their goal links."""
    links: dict[int, dict[int, int]] = {}
    for r in store.query("SELECT competence_id, goal_id, importance FROM peer_competence_goal"):
        links.setdefault(r["competence_id"], {})[r["goal_id"]] = r["importance"]
    return [Competence(r["id"], r["position"], r["name"], links.get(r["id"], {}))
            for r in store.query("SELECT id, position, name FROM peer_competence ORDER BY position, id")]


def settings(store: Store) -> Settings:
    """The pairing and privacy settings (defaults when never set)."""
    row = store.one("SELECT default_capacity, max_pairs, different_teams, show_names"
                    " FROM peer_settings WHERE id = 1")
    if row is None:
        return Settings()
    return Settings(row["default_capacity"], row["max_pairs"], bool(row["different_teams"]),
                    bool(row["show_names"]))


def people(store: Store) -> list[Person]:
    """Every participant in Dutch name order, with team, manager and capacity."""
    meta = {r["participant_id"]: r for r in store.query(
        "SELECT participant_id, team, manager_id, capacity FROM peer_person")}
    out = []
    for p in participants.all_participants(store):
        m = meta.get(p.id)
        out.append(Person(p.id, p.display_name, p.email, m["team"] if m else "",
                          m["manager_id"] if m else None, m["capacity"] if m else None))
    return out


def ratings(store: Store) -> dict[tuple[int, int], Rating]:
    """Every rating by (person id, competence id)."""
    return {(r["participant_id"], r["competence_id"]): Rating(
                r["participant_id"], r["competence_id"], r["level"], bool(r["wants"]),
                r["priority"], bool(r["teaches"]), r["source"], bool(r["confirmed"]))
            for r in store.query("SELECT * FROM peer_rating")}


def load(store: Store) -> Map:
    """The whole map at once."""
    return Map(goals(store), competences(store), people(store), ratings(store), settings(store))


# ---------------------------------------------------------------- goals and competences


def _text(value: str, field_name: str) -> str:
    value = " ".join(str(value).split())
    if "\x00" in value:
        raise ValidationError(Code.INVALID, field=field_name, reason="nul")
    if not value:
        raise ValidationError(Code.INVALID, field=field_name, reason="empty")
    if len(value) > TEXT_MAX:
        raise ValidationError(Code.INVALID, field=field_name, reason="too_long", limit=TEXT_MAX)
    return value


def add_goal(store: Store, title: str) -> int:
    """Add a goal at the end; return its id."""
    title = _text(title, "goal")
    with store.transaction(TOPIC):
        pos = (store.scalar("SELECT MAX(position) FROM peer_goal") or 0) + 1
        gid = store.conn.execute("INSERT INTO peer_goal (position, title) VALUES (?, ?)",
                                 (pos, title)).lastrowid
        store.change.inserted(TOPIC, gid, kind=GOAL_ROWS)
        return gid


def rename_goal(store: Store, goal_id: int, title: str) -> str:
    """Rename a goal; return the old title."""
    title = _text(title, "goal")
    old = store.scalar("SELECT title FROM peer_goal WHERE id = ?", (goal_id,))
    if old is None:
        raise ValidationError(Code.INVALID, field="goal", id=goal_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE peer_goal SET title = ? WHERE id = ?", (title, goal_id))
        store.change.updated(TOPIC, goal_id, kind=GOAL_ROWS)
    return old


def add_competence(store: Store, name: str, goal_links: dict[int, int] | None = None) -> int:
    """Add a competence at the end (names are unique, case-insensitively); return its id."""
    name = _text(name, "competence")
    if find_competence(store, name) is not None:
        raise ValidationError(Code.INVALID, field="competence", reason="exists", name=name)
    with store.transaction(TOPIC):
        pos = (store.scalar("SELECT MAX(position) FROM peer_competence") or 0) + 1
        cid = store.conn.execute("INSERT INTO peer_competence (position, name) VALUES (?, ?)",
                                 (pos, name)).lastrowid
        store.change.inserted(TOPIC, cid, kind=COMPETENCES)
        for gid, importance in (goal_links or {}).items():
            set_link(store, cid, gid, importance)
        return cid


def rename_competence(store: Store, competence_id: int, name: str) -> str:
    """Rename a competence; return the old name."""
    name = _text(name, "competence")
    old = store.scalar("SELECT name FROM peer_competence WHERE id = ?", (competence_id,))
    if old is None:
        raise ValidationError(Code.INVALID, field="competence", id=competence_id)
    other = find_competence(store, name)
    if other is not None and other != competence_id:
        raise ValidationError(Code.INVALID, field="competence", reason="exists", name=name)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE peer_competence SET name = ? WHERE id = ?", (name, competence_id))
        store.change.updated(TOPIC, competence_id, kind=COMPETENCES)
    return old


def find_competence(store: Store, name: str) -> int | None:
    """The id of the competence with this name (case- and accent-insensitive), or None."""
    key = participants.fold(" ".join(name.split()))
    for c in competences(store):
        if participants.fold(c.name) == key:
            return c.id
    return None


def set_link(store: Store, competence_id: int, goal_id: int, importance: int) -> int:
    """Link a competence to a goal with importance 1–3 (0 unlinks); return the old importance."""
    if importance not in (0, 1, 2, 3):
        raise ValidationError(Code.INVALID, field="importance", value=importance)
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, competence_id, kind=COMPETENCES)
        old = store.scalar("SELECT importance FROM peer_competence_goal WHERE competence_id = ?"
                           " AND goal_id = ?", (competence_id, goal_id)) or 0
        if importance == 0:
            store.conn.execute("DELETE FROM peer_competence_goal WHERE competence_id = ? AND"
                               " goal_id = ?", (competence_id, goal_id))
        else:
            store.conn.execute(
                "INSERT INTO peer_competence_goal (competence_id, goal_id, importance)"
                " VALUES (?, ?, ?) ON CONFLICT (competence_id, goal_id) DO UPDATE SET"
                " importance = excluded.importance", (competence_id, goal_id, importance))
    return old


def delete(store: Store, table: str, row_id: int) -> list[tuple]:
    """Delete a goal or competence (``table`` peer_goal | peer_competence); return the undo snapshot."""
    if table not in ("peer_goal", "peer_competence"):
        raise ValidationError(Code.INVALID, field="table", value=table)
    with store.transaction(TOPIC):
        snap = store.snapshot_cascade(table, "id", [row_id])
        store.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        name_cascade(store.change, snap, _CASCADE)
    return snap


def restore(store: Store, snapshot: list[tuple]) -> None:
    """Undo :func:`delete`: the rows come back under their ids."""
    with store.transaction(TOPIC):
        store.restore_cascade(snapshot)
        name_cascade(store.change, snapshot, _CASCADE, restoring=True)


# what a goal's or competence's delete takes with it, for the record (changes.name_cascade):
# links and ratings change their competence or person; pairs go by id
_CASCADE = {"peer_goal": (TOPIC, GOAL_ROWS, "id", True),
            "peer_competence": (TOPIC, COMPETENCES, "id", True),
            "peer_competence_goal": (TOPIC, COMPETENCES, "competence_id", False),
            "peer_rating": (TOPIC, RATINGS, "participant_id", False),
            "peer_pair": (Topic.PAIRS, None, "id", True)}


# ---------------------------------------------------------------- people


def set_person(store: Store, person_id: int, **values) -> dict:
    """Set ``team``, ``manager_id`` and/or ``capacity`` of one person; return the old values."""
    unknown = set(values) - {"team", "manager_id", "capacity"}
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    if "team" in values:
        values["team"] = " ".join(str(values["team"] or "").split())
        if "\x00" in values["team"] or len(values["team"]) > TEXT_MAX:
            raise ValidationError(Code.INVALID, field="team")
    if values.get("manager_id") is not None:
        if values["manager_id"] == person_id:
            raise ValidationError(Code.INVALID, field="manager", reason="self")
        if _manages(store, person_id, values["manager_id"]):
            raise ValidationError(Code.INVALID, field="manager", reason="cycle")
    if "capacity" in values and values["capacity"] is not None and not 0 <= int(values["capacity"]) <= 20:
        raise ValidationError(Code.INVALID, field="capacity", value=values["capacity"])
    if store.scalar("SELECT 1 FROM participant WHERE id = ?", (person_id,)) is None:
        raise ValidationError(Code.INVALID, field="participant", id=person_id)
    with store.transaction(TOPIC):
        row = store.one("SELECT team, manager_id, capacity FROM peer_person WHERE participant_id = ?",
                        (person_id,)) or {"team": "", "manager_id": None, "capacity": None}
        old = {k: row[k] for k in values}
        new = {**row, **values}
        store.conn.execute(
            "INSERT INTO peer_person (participant_id, team, manager_id, capacity) VALUES (?,?,?,?)"
            " ON CONFLICT (participant_id) DO UPDATE SET team = excluded.team,"
            " manager_id = excluded.manager_id, capacity = excluded.capacity",
            (person_id, new["team"], new["manager_id"], new["capacity"]))
        store.change.updated(TOPIC, person_id, kind=PEOPLE)
    return old


def _manages(store: Store, boss: int, person: int) -> bool:
    """True when ``boss`` is (indirectly) ``person``'s manager."""
    managers = {r["participant_id"]: r["manager_id"] for r in store.query(
        "SELECT participant_id, manager_id FROM peer_person WHERE manager_id IS NOT NULL")}
    seen = set()
    while person in managers and person not in seen:
        seen.add(person)
        person = managers[person]
        if person == boss:
            return True
    return False


# ---------------------------------------------------------------- ratings

RATING_FIELDS = ("level", "wants", "priority", "teaches")


def _check_rating(values: dict) -> dict:
    unknown = set(values) - set(RATING_FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    out = {}
    for k, v in values.items():
        if k == "level":
            if v not in LEVELS or isinstance(v, bool):
                raise ValidationError(Code.INVALID, field="level", value=v)
            out[k] = int(v)
        elif k == "priority":
            if v is not None and v not in (1, 2, 3):
                raise ValidationError(Code.INVALID, field="priority", value=v)
            out[k] = v
        else:
            out[k] = 1 if v else 0
    return out


def set_rating(store: Store, person_id: int, competence_id: int, *, source: str = "console",
               **values) -> dict | None:
    """Set some of level / wants / priority / teaches; the rating counts as confirmed.

    Returns the old row (for :func:`put_rating`), or None when there was none.
    """
    values = _check_rating(values)
    with store.transaction(TOPIC):
        old = _rating_row(store, person_id, competence_id)
        base = old or {"level": 0, "wants": 0, "priority": None, "teaches": 0}
        new = {**{k: base[k] for k in RATING_FIELDS}, **values, "source": source, "confirmed": 1}
        _write_rating(store, person_id, competence_id, new)
    return old


def put_rating(store: Store, person_id: int, competence_id: int, row: dict | None) -> None:
    """Put back a whole rating row as :func:`set_rating` returned it (None removes it): undo."""
    with store.transaction(TOPIC):
        if row is None:
            store.conn.execute("DELETE FROM peer_rating WHERE participant_id = ? AND"
                               " competence_id = ?", (person_id, competence_id))
            store.change.updated(TOPIC, person_id, kind=RATINGS)
        else:
            _write_rating(store, person_id, competence_id, row)


def clear_rating(store: Store, person_id: int, competence_id: int) -> dict | None:
    """Remove one rating; return its row for :func:`put_rating` (None: there was none)."""
    with store.transaction(TOPIC):
        old = _rating_row(store, person_id, competence_id)
        put_rating(store, person_id, competence_id, None)
    return old


def rating_row(store: Store, person_id: int, competence_id: int) -> dict | None:
    """The stored rating row (for undo), or None."""
    return _rating_row(store, person_id, competence_id)


def _rating_row(store: Store, person_id: int, competence_id: int) -> dict | None:
    return store.one("SELECT level, wants, priority, teaches, source, confirmed FROM peer_rating"
                     " WHERE participant_id = ? AND competence_id = ?", (person_id, competence_id))


def _write_rating(store: Store, person_id: int, competence_id: int, row: dict) -> None:
    store.change.updated(TOPIC, person_id, kind=RATINGS)
    if store.scalar("SELECT 1 FROM participant WHERE id = ?", (person_id,)) is None:
        raise ValidationError(Code.INVALID, field="participant", id=person_id)
    if store.scalar("SELECT 1 FROM peer_competence WHERE id = ?", (competence_id,)) is None:
        raise ValidationError(Code.INVALID, field="competence", id=competence_id)
    store.conn.execute(
        "INSERT INTO peer_rating (participant_id, competence_id, level, wants, priority, teaches,"
        " source, confirmed, updated_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT"
        " (participant_id, competence_id) DO UPDATE SET level = excluded.level,"
        " wants = excluded.wants, priority = excluded.priority, teaches = excluded.teaches,"
        " source = excluded.source, confirmed = excluded.confirmed, updated_at = excluded.updated_at",
        (person_id, competence_id, row["level"], row["wants"], row["priority"], row["teaches"],
         row.get("source", "console"), row.get("confirmed", 1), now_iso()))


def confirm_all(store: Store) -> list[tuple[int, int]]:
    """Mark every imported default as confirmed; return the (person, competence) keys changed."""
    with store.transaction(TOPIC):
        keys = [(r["participant_id"], r["competence_id"]) for r in store.query(
            "SELECT participant_id, competence_id FROM peer_rating WHERE confirmed = 0")]
        store.conn.execute("UPDATE peer_rating SET confirmed = 1 WHERE confirmed = 0")
        store.change.updated(TOPIC, *{p for p, _c in keys}, kind=RATINGS)
    return keys


def unconfirm(store: Store, keys: list[tuple[int, int]]) -> None:
    """Undo :func:`confirm_all`."""
    with store.transaction(TOPIC):
        store.conn.executemany("UPDATE peer_rating SET confirmed = 0 WHERE participant_id = ? AND"
                               " competence_id = ?", keys)
        store.change.updated(TOPIC, *{p for p, _c in keys}, kind=RATINGS)


def self_rate(store: Store, person_id: int, items: list[dict]) -> list[tuple[int, int, dict | None]]:
    """The phone's self-rating: one person corrects their own ratings, all in one transaction.

    ``items`` are dicts with ``competence_id`` and any of level / wants / priority / teaches.
    Nothing changes when one item is invalid. Returns (person, competence, old row) per item
    so that the console can undo it like any other edit.
    """
    checked = []
    known = {c.id for c in competences(store)}
    for item in items:
        item = dict(item)
        cid = item.pop("competence_id", None)
        if cid not in known:
            raise ValidationError(Code.INVALID, field="competence", id=cid)
        checked.append((cid, _check_rating(item)))
    undo = []
    with store.transaction(TOPIC):
        for cid, values in checked:
            undo.append((person_id, cid, set_rating(store, person_id, cid, source="phone", **values)))
    return undo


def set_settings(store: Store, **values) -> dict:
    """Change the pairing and privacy settings; return the old values."""
    unknown = set(values) - {"default_capacity", "max_pairs", "different_teams", "show_names"}
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    for k in ("default_capacity", "max_pairs"):
        if k in values and not (isinstance(values[k], int) and 0 <= values[k] <= 20):
            raise ValidationError(Code.INVALID, field=k, value=values[k])
    cur = settings(store).__dict__
    old = {k: cur[k] for k in values}
    new = {**cur, **values}
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT INTO peer_settings (id, default_capacity, max_pairs, different_teams, show_names)"
            " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " default_capacity = excluded.default_capacity, max_pairs = excluded.max_pairs,"
            " different_teams = excluded.different_teams, show_names = excluded.show_names",
            (new["default_capacity"], new["max_pairs"], int(bool(new["different_teams"])),
             int(bool(new["show_names"]))))
        store.change.updated(TOPIC, 1, kind=SETTINGS)
    return old


# ---------------------------------------------------------------- flags and the heat map


@dataclass(frozen=True)
class Flag:
    """One thing the adviser should look at. ``kind``: no_expert | single_expert |
    unteachable | overasked. ``people`` are ids (the learners, the one expert, the
    over-asked expert); for overasked, ``competence_id`` is 0 and ``count`` is how many
    wishes they could serve. An expert is over-asked when their fair share of the wishes
    they can serve (each wish split evenly over its able experts) exceeds their capacity."""

    kind: str
    competence_id: int
    people: tuple[int, ...] = ()
    count: int = 0


def can_teach(m: Map, expert_id: int, learner_id: int, competence_id: int,
              different_teams: bool | None = None) -> bool:
    """The hard rules between one expert and one learner for one competence (not capacity)."""
    if expert_id == learner_id:
        return False
    r = m.rating(expert_id, competence_id)
    if not r.is_expert:
        return False
    mine = m.rating(learner_id, competence_id)
    if not mine.wants or r.level <= mine.level:
        return False
    learner = m.person(learner_id)
    if learner.manager_id == expert_id:
        return False
    if different_teams is None:
        different_teams = m.settings.different_teams
    return not (different_teams and learner.team and learner.team == m.person(expert_id).team)


def flags(m: Map) -> list[Flag]:
    """Single points of failure, learners nobody can teach, and over-asked experts."""
    out: list[Flag] = []
    share: dict[int, float] = {}
    asked: Counter[int] = Counter()
    for c in m.competences:
        experts = m.experts(c.id)
        learners = m.learners(c.id)
        if c.goals and not experts:
            out.append(Flag("no_expert", c.id))
        elif c.goals and len(experts) == 1:
            out.append(Flag("single_expert", c.id, (experts[0],)))
        stuck = []
        for lid in learners:
            able = [e for e in experts if can_teach(m, e, lid, c.id)]
            if not able:
                stuck.append(lid)
            # a learner's wish is shared out over the experts who could teach them
            for e in able:
                share[e] = share.get(e, 0.0) + 1 / len(able)
                asked[e] += 1
        if stuck:
            out.append(Flag("unteachable", c.id, tuple(stuck)))
    for eid in sorted(share):
        if share[eid] >= 2 * max(1, m.capacity(eid)):
            out.append(Flag("overasked", 0, (eid,), asked[eid]))
    return out


@dataclass
class HeatRow:
    """One competence's row of the heat map: people per level 0–4, learners and experts."""

    competence: Competence
    counts: list[int]
    learners: int
    experts: int
    names: list[list[str]]        # per level, the names (only shown when switched on)


def heat_map(m: Map) -> list[HeatRow]:
    """The heat map of competences by level, as counts (names beside them for when allowed)."""
    rows = []
    for c in m.competences:
        counts = [0] * 5
        names: list[list[str]] = [[] for _ in range(5)]
        for p in m.people:
            r = m.ratings.get((p.id, c.id))
            if r is None:
                continue
            counts[r.level] += 1
            names[r.level].append(p.name)
        rows.append(HeatRow(c, counts, len(m.learners(c.id)), len(m.experts(c.id)), names))
    return rows
