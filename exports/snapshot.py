"""A read model of one trajectory for the exports: plain SQL into dataclasses.

The exports read everything they print from here, in one go, so that a document built
in a worker thread sees one consistent state and never calls into the services.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sessions import participants as _participants
from sessions import questions as _questions_domain
from sessions.participants import display_name, sort_key
from sessions.questions import Cut
from sessions.store import Store

SWOT_QUADRANTS = ("S", "W", "O", "T")


@dataclass
class TrajectoryInfo:
    """The trajectory's own details."""

    title: str
    organisation: str = ""
    concept: str = ""
    competences: list[str] = field(default_factory=list)
    facilitators: list[dict] = field(default_factory=list)   # {name, email, phone}


@dataclass
class MeetingInfo:
    """One meeting (bouwsessie, startdag, oogstsessie)."""

    id: int
    kind: str
    title: str
    date: str
    venue: str


@dataclass
class Person:
    """A participant as the documents print them."""

    id: int
    first_name: str
    prefix: str
    last_name: str
    email: str = ""
    area: str = ""
    role: str = ""
    group_id: int | None = None

    @property
    def name(self) -> str:
        """'Jan van der Wijk'."""
        return display_name(self.first_name, self.prefix, self.last_name)

    @property
    def sort_key(self) -> tuple:
        """Dutch last-name order."""
        return (*sort_key(self.first_name, self.prefix, self.last_name), self.id)


@dataclass
class BoardColumn:
    """One column of a board with its item texts in order."""

    title: str
    items: list[str] = field(default_factory=list)


@dataclass
class Board:
    """A board (the concept board: houding / gedrag)."""

    key: str
    title: str
    columns: list[BoardColumn] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when no column holds an item."""
        return not any(c.items for c in self.columns)


@dataclass
class Question:
    """A question of the room with the originals merged into it."""

    id: int
    text: str
    votes: int                       # its own tally plus per-participant ballots
    chosen_rank: int | None = None
    originals: list[Question] = field(default_factory=list)

    @property
    def total_votes(self) -> int:
        """Its votes plus those of the questions merged into it."""
        return self.votes + sum(o.total_votes for o in self.originals)


@dataclass
class Action:
    """One action of a group's plan."""

    id: int
    group_id: int
    title: str
    description: str = ""
    kind: str = ""
    owner: Person | None = None
    members: list[Person] = field(default_factory=list)
    start_date: str = ""
    due_date: str = ""
    support: str = ""
    status: str = "idea"

    @property
    def people(self) -> list[Person]:
        """The owner first, then the other members."""
        rest = [m for m in self.members if not self.owner or m.id != self.owner.id]
        return ([self.owner] if self.owner else []) + rest


@dataclass
class Group:
    """A theme group with its members (Dutch order) and its actions (plan order)."""

    id: int
    position: int
    name: str
    question_text: str
    colour: str
    members: list[Person] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


@dataclass
class Activity:
    """An activity people sign up for; sign-ups in order, beyond capacity = waiting list."""

    id: int
    title: str
    description: str = ""
    period: str = ""
    capacity: int | None = None
    kind: str = "custom"
    signups: list[Person] = field(default_factory=list)

    @property
    def confirmed(self) -> list[Person]:
        """Those within the capacity."""
        return self.signups if self.capacity is None else self.signups[: self.capacity]

    @property
    def waiting(self) -> list[Person]:
        """Those beyond the capacity."""
        return [] if self.capacity is None else self.signups[self.capacity:]


@dataclass
class StepInfo:
    """A step of a meeting's agenda and how it ran."""

    id: int
    meeting_id: int
    kind: str
    title: str
    status: str


@dataclass
class Snapshot:
    """Everything the exports print, read in one go."""

    trajectory: TrajectoryInfo
    meetings: list[MeetingInfo]
    participants: list[Person]
    boards: dict[str, Board]
    questions: list[Question]
    top_n: int
    groups: list[Group]
    swot: dict[int, dict[str, str]]
    activities: list[Activity]
    steps: list[StepInfo]
    # the domain's cut of the vote (sessions.questions.cut): the console and the documents
    # show the same top N, and a tie across it stays a tie
    cut: Cut | None = None
    # who is present at the startdag (sessions.participants.present_ids) and how many came
    present_ids: set[int] = field(default_factory=set)

    def meeting(self, kind: str) -> MeetingInfo | None:
        """The first meeting of a kind."""
        return next((m for m in self.meetings if m.kind == kind), None)

    def group(self, group_id: int | None) -> Group | None:
        """A group by id."""
        return next((g for g in self.groups if g.id == group_id), None)

    def actions(self) -> list[Action]:
        """All actions, group by group."""
        return [a for g in self.groups for a in g.actions]

    def actions_of(self, person_id: int) -> list[Action]:
        """The actions someone owns or joins."""
        return [a for a in self.actions() if any(p.id == person_id for p in a.people)]

    def skipped_steps(self, meeting_kind: str = "startdag") -> list[StepInfo]:
        """The steps of a meeting that were skipped."""
        m = self.meeting(meeting_kind)
        return [s for s in self.steps if m and s.meeting_id == m.id and s.status == "skipped"]

    def step_skipped(self, kind: str, meeting_kind: str = "startdag") -> bool:
        """True when every step of this kind in the meeting was skipped (and there was one)."""
        m = self.meeting(meeting_kind)
        of_kind = [s for s in self.steps if m and s.meeting_id == m.id and s.kind == kind]
        return bool(of_kind) and all(s.status == "skipped" for s in of_kind)

    def marked_questions(self) -> dict[int, int]:
        """Question id -> rank for the top N: the chosen ranks, or else the domain's cut.

        Without chosen questions the marks follow :func:`sessions.questions.cut`: the
        questions sure of a place by their rank, and every question tied across the cut
        with the shared rank (see :meth:`tied_questions`); a tie is never broken here.
        """
        chosen = {q.id: q.chosen_rank for q in self.questions if q.chosen_rank}
        if chosen or self.cut is None:
            return chosen
        by_votes = {q.id: q.total_votes for q in self.questions}
        marked = [i for i in (*self.cut.sure, *self.cut.tied) if by_votes.get(i, 0) > 0]
        totals = sorted((by_votes[i] for i in marked), reverse=True)
        return {i: totals.index(by_votes[i]) + 1 for i in marked}

    def tied_questions(self) -> list[int]:
        """The questions tied across the top-N cut when nothing is chosen yet (else none)."""
        if any(q.chosen_rank for q in self.questions) or self.cut is None:
            return []
        return list(self.cut.tied)

    @property
    def present(self) -> list[Person]:
        """The people present at the startdag (everyone when check-in is not in use)."""
        return [p for p in self.participants if p.id in self.present_ids]


def _people(store: Store) -> list[Person]:
    rows = store.query(
        "SELECT p.id, p.first_name, p.prefix, p.last_name, p.email, p.area, p.role,"
        " m.group_id FROM participant p LEFT JOIN membership m ON m.participant_id = p.id")
    return sorted((Person(**r) for r in rows), key=lambda p: p.sort_key)


def _boards(store: Store) -> dict[str, Board]:
    boards = {r["id"]: Board(r["key"], r["title"]) for r in store.query("SELECT * FROM board")}
    columns: dict[int, BoardColumn] = {}
    for r in store.query("SELECT * FROM board_column ORDER BY board_id, position, id"):
        col = BoardColumn(r["title"])
        columns[r["id"]] = col
        boards[r["board_id"]].columns.append(col)
    for r in store.query("SELECT * FROM board_item ORDER BY column_id, position, id"):
        columns[r["column_id"]].items.append(r["text"])
    return {b.key: b for b in boards.values()}


def _questions(store: Store) -> list[Question]:
    ballots = {r["question_id"]: r["dots"] for r in store.query(
        "SELECT question_id, SUM(dots) AS dots FROM ballot GROUP BY question_id")}
    rows = store.query("SELECT * FROM question ORDER BY position, id")
    by_id = {r["id"]: Question(r["id"], r["text"], r["votes"] + ballots.get(r["id"], 0),
                               r["chosen_rank"]) for r in rows}
    roots = []
    for r in rows:
        target = r["merged_into"]
        if target is not None and target in by_id and target != r["id"]:
            by_id[target].originals.append(by_id[r["id"]])
        else:
            roots.append(by_id[r["id"]])
    return roots


def _groups(store: Store, people: dict[int, Person]) -> list[Group]:
    groups = [Group(r["id"], r["position"], r["name"], r["question_text"], r["colour"])
              for r in store.query("SELECT * FROM theme_group ORDER BY position, id")]
    by_id = {g.id: g for g in groups}
    for p in people.values():
        if p.group_id in by_id:
            by_id[p.group_id].members.append(p)
    for g in groups:
        g.members.sort(key=lambda p: p.sort_key)
    members: dict[int, list[Person]] = {}
    for r in store.query("SELECT action_id, participant_id FROM action_member"):
        if r["participant_id"] in people:
            members.setdefault(r["action_id"], []).append(people[r["participant_id"]])
    for r in store.query("SELECT * FROM action ORDER BY group_id, position, id"):
        if r["group_id"] not in by_id:
            continue
        action = Action(
            r["id"], r["group_id"], r["title"], r["description"], r["kind"],
            people.get(r["owner_id"]) if r["owner_id"] is not None else None,
            sorted(members.get(r["id"], []), key=lambda p: p.sort_key),
            r["start_date"], r["due_date"], r["support"], r["status"])
        by_id[r["group_id"]].actions.append(action)
    return groups


def _activities(store: Store, people: dict[int, Person]) -> list[Activity]:
    acts = [Activity(r["id"], r["title"], r["description"], r["period"], r["capacity"], r["kind"])
            for r in store.query("SELECT * FROM activity ORDER BY position, id")]
    by_id = {a.id: a for a in acts}
    for r in store.query("SELECT * FROM signup ORDER BY activity_id, seq, signed_at"):
        if r["activity_id"] in by_id and r["participant_id"] in people:
            by_id[r["activity_id"]].signups.append(people[r["participant_id"]])
    return acts


def load(store: Store) -> Snapshot:
    """Read everything the exports print from ``store`` (one read transaction)."""
    conn = store.conn
    own_txn = not conn.in_transaction
    if own_txn:
        conn.execute("BEGIN")   # one consistent view, even while the UI keeps writing
    try:
        t = store.one("SELECT * FROM trajectory WHERE id = 1")
        info = TrajectoryInfo(t["title"], t["organisation"], t["concept"],
                              list(json.loads(t["competences"] or "[]")),
                              list(json.loads(t["facilitators"] or "[]")))
        meetings = [MeetingInfo(r["id"], r["kind"], r["title"], r["date"], r["venue"])
                    for r in store.query("SELECT * FROM meeting ORDER BY position, id")]
        people = _people(store)
        by_id = {p.id: p for p in people}
        round_row = store.one("SELECT top_n FROM vote_round WHERE id = 1")
        swot: dict[int, dict[str, str]] = {}
        for r in store.query("SELECT * FROM swot_entry"):
            if r["text"].strip():
                swot.setdefault(r["participant_id"], {})[r["quadrant"]] = r["text"]
        steps = [StepInfo(r["id"], r["meeting_id"], r["kind"], r["title"], r["status"])
                 for r in store.query("SELECT * FROM step ORDER BY meeting_id, position, id")]
        return Snapshot(
            trajectory=info, meetings=meetings, participants=people, boards=_boards(store),
            questions=_questions(store), top_n=(round_row or {}).get("top_n") or 3,
            groups=_groups(store, by_id), swot=swot, activities=_activities(store, by_id),
            steps=steps, cut=_questions_domain.cut(store),
            present_ids=_participants.present_ids(store, _participants.checkin_meeting_id(store)))
    finally:
        if own_txn:
            conn.execute("COMMIT")
