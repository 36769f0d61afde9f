"""A read model of one trajectory for the exports: the domain's own reads into dataclasses.

The exports read everything they print from here, in one go: through the services' read
functions (participants, groups, actions, questions with the cut, boards, sign-ups…)
inside one read transaction (:func:`sessions.sql.reading`), so a document built in a worker
thread sees one consistent state, and a document and the console never disagree (a tie at
the cut is the console's tie; a question hidden by phone moderation is off the handouts too).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sessions import actions as plans
from sessions import agenda, harvest, trajectory
from sessions import boards as boards_domain
from sessions import groups as groups_domain
from sessions import participants as _participants
from sessions import questions as _questions_domain
from sessions import swot as swot_domain
from sessions.participants import display_name, sort_key
from sessions.questions import Cut
from sessions.sql import reading
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
    placed = groups_domain.memberships(store)
    people = [Person(p.id, p.first_name, p.prefix, p.last_name, p.email, p.area, p.role,
                     placed.get(p.id, (None, False))[0])
              for p in _participants.all_participants(store)]
    return sorted(people, key=lambda p: p.sort_key)


def _boards(store: Store) -> dict[str, Board]:
    out: dict[str, Board] = {}
    for b in boards_domain.all_boards(store):
        out[b.key] = Board(b.key, b.title, [BoardColumn(c.title, [i.text for i in c.items])
                                            for c in b.columns])
    return out


def _question(q) -> Question:
    return Question(q.id, q.text, q.own, q.chosen_rank)


def _questions(store: Store) -> list[Question]:
    roots = []
    for entry in _questions_domain.listing(store):
        root = _question(entry.question)
        root.originals = [_question(q) for q in entry.merged]
        roots.append(root)
    return roots


def _groups(store: Store, people: dict[int, Person]) -> list[Group]:
    groups = [Group(g.id, g.position, g.name, g.question_text, g.colour)
              for g in groups_domain.groups(store)]
    by_id = {g.id: g for g in groups}
    for p in people.values():
        if p.group_id in by_id:
            by_id[p.group_id].members.append(p)
    for g in groups:
        g.members.sort(key=lambda p: p.sort_key)
    for a in plans.actions(store):
        if a.group_id not in by_id:
            continue
        members = [people[i] for i in a.member_ids if i in people]
        by_id[a.group_id].actions.append(Action(
            a.id, a.group_id, a.title, a.description, a.kind,
            people.get(a.owner_id) if a.owner_id is not None else None,
            sorted(members, key=lambda p: p.sort_key),
            a.start_date, a.due_date, a.support, a.status))
    return groups


def _activities(store: Store, people: dict[int, Person]) -> list[Activity]:
    acts = []
    for r in harvest.activities(store):
        a = Activity(r.id, r.title, r.description, r.period, r.capacity, r.kind)
        a.signups = [people[s.participant_id] for s in harvest.signups(store, r.id)
                     if s.participant_id in people]
        acts.append(a)
    return acts


def _swot(store: Store) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    for pid in swot_domain.with_swot(store):
        typed = {q: t for q, t in swot_domain.get(store, pid).items() if t.strip()}
        if typed:
            out[pid] = typed
    return out


def load(store: Store) -> Snapshot:
    """Read everything the exports print from ``store`` through the domain's own functions,
    in one read transaction (one consistent view, even while the UI keeps writing)."""
    with reading(store):
        t = trajectory.get(store)
        info = TrajectoryInfo(t.title, t.organisation, t.concept, list(t.competences or []),
                              list(t.facilitators or []))
        all_meetings = trajectory.meetings(store)
        meetings = [MeetingInfo(m.id, m.kind, m.title, m.date, m.venue) for m in all_meetings]
        people = _people(store)
        by_id = {p.id: p for p in people}
        steps = [StepInfo(s.id, s.meeting_id, s.kind, s.title, s.status)
                 for m in sorted(all_meetings, key=lambda m: m.id)
                 for s in agenda.steps(store, m.id)]
        return Snapshot(
            trajectory=info, meetings=meetings, participants=people, boards=_boards(store),
            questions=_questions(store), top_n=_questions_domain.get_round(store).top_n or 3,
            groups=_groups(store, by_id), swot=_swot(store), activities=_activities(store, by_id),
            steps=steps, cut=_questions_domain.cut(store),
            present_ids=_participants.present_ids(store, _participants.checkin_meeting_id(store)))
