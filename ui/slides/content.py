"""What a slide says, before it is laid out: plain data, one class per step kind.

The source (``ui.slides.source``) fills these from the open trajectory; the layout
(``ui.slides.kinds``) turns them into positioned boxes. Every text here is room text
(no e-mail, no private notes). ``key`` fields name a piece of content so that a test
can find every string in full across the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    """One line of user text in a list: a board item, a question, a name."""

    key: str
    text: str


@dataclass(frozen=True)
class Band:
    """A group's coloured heading: its number (1..N), name, question and colour."""

    key: str
    number: int
    name: str
    question: str
    colour: str


@dataclass(frozen=True)
class Chrome:
    """What every slide has around its content."""

    header: str = ""          # the trajectory's title
    title: str = ""           # the step's title
    instructions: str = ""
    next_title: str = ""      # the next planned step
    clock: str = ""           # the countdown as text ('' without one)
    urgent: bool = False      # time is up


@dataclass(frozen=True)
class Cover:
    """Before the start and after the end: the trajectory, the meeting, date and venue."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Text:
    """Welcome, a plain text step, the close: title and instructions only."""


@dataclass(frozen=True)
class Break:
    """The break: its countdown large in the middle."""


@dataclass(frozen=True)
class BoardColumn:
    """One board column: its heading and its items."""

    key: str
    title: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Board:
    """A concept or reflection board: an optional heading (the concept) and its columns."""

    heading: str
    columns: tuple[BoardColumn, ...] = ()


@dataclass(frozen=True)
class Questions:
    """The room's questions, numbered as typed."""

    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class VoteRow:
    """One question in the vote: its tally, and whether it is in the top N or tied at the cut."""

    item: Item
    count: int = 0
    rank: int = 0
    top: bool = False
    tied: bool = False


@dataclass(frozen=True)
class Vote:
    """Hidden: the questions in list order. Revealed: ranked, with bars."""

    hidden: bool
    rows: tuple[VoteRow, ...] = ()
    top_n: int = 3


@dataclass(frozen=True)
class Member:
    """A group member: the shown name and the Dutch sort key (last name, tussenvoegsel ignored)."""

    key: str
    name: str
    sort_key: tuple = ()


@dataclass(frozen=True)
class GroupCard:
    """A theme group on the wall."""

    band: Band
    members: tuple[Member, ...] = ()


@dataclass(frozen=True)
class Groups:
    """Every theme group, numbered 1..N as the keys that enter choices."""

    cards: tuple[GroupCard, ...] = ()
    empty: str = ""           # what the wall says without groups ('' the default)
    compact: bool = False     # small lists: one after another in columns when that pages less


@dataclass(frozen=True)
class Action:
    """One planned action: its title and a detail line (kind, owner, date, status)."""

    key: str
    title: str
    detail: str = ""


@dataclass(frozen=True)
class ActionPlan:
    """One group's plan."""

    band: Band
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class ActionPlans:
    """One group's plan (``single``) or every group's plan side by side."""

    plans: tuple[ActionPlan, ...] = ()
    single: bool = True
    empty: str = ""           # what the wall says without plans ('' the default)
    compact: bool = False     # small lists: one after another in columns when that pages less


@dataclass(frozen=True)
class Outcome:
    """One action beside how it turned out."""

    action: Action
    result: str | None = None       # 'achieved', 'partly', 'not' or None (not reviewed)
    label: str = ""                 # the result in words
    reason: str = ""


@dataclass(frozen=True)
class Harvest:
    """One group's plan beside its results, its lessons and totals."""

    band: Band | None
    outcomes: tuple[Outcome, ...] = ()
    lessons: str = ""
    totals: str = ""


@dataclass(frozen=True)
class Activity:
    """A new initiative filling up."""

    key: str
    title: str
    detail: str = ""
    signed: int = 0
    capacity: int | None = None
    names: tuple[Item, ...] = ()
    waiting: tuple[Item, ...] = ()

    @property
    def full(self) -> bool:
        """Every place taken."""
        return self.capacity is not None and self.signed >= self.capacity


@dataclass(frozen=True)
class Initiatives:
    """The new activities with their sign-ups and waiting lists."""

    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True)
class HeatRow:
    """One competence on the expertise map: people per level 0–4, learners and experts.

    ``names`` holds, only when the facilitator switched names on, one line per level that
    has people ("4: Jan Bakker, Fatma Öztürk"); ``flag`` marks a goal's competence with
    one expert or none.
    """

    key: str
    name: str
    counts: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    learners: int = 0
    experts: int = 0
    flag: bool = False
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class HeatMap:
    """The expertise map (kenniskaart) as a table: competences by level, as counts."""

    rows: tuple[HeatRow, ...] = ()
    names: bool = False


Body = (Cover | Text | Break | Board | Questions | Vote | Groups | ActionPlans | Harvest
        | Initiatives | HeatMap)


@dataclass(frozen=True)
class SlideContent:
    """A whole slide's content: the chrome and the kind's body."""

    chrome: Chrome = field(default_factory=Chrome)
    body: Body = field(default_factory=Text)
