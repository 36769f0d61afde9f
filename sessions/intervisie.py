"""Intervisie groups (incidentmethode): groups of 5–6, teams mixed, never a manager with their reports.

Sizes: as many groups of 5 and 6 as the number of people allows; where it does not
split into 5s and 6s (7, 8, 9, 13, 14, 19) groups of 4 or 7 fill in, as few as possible
(:func:`group_sizes`). Fewer than 4 people make one group.

The grouping is an integer programme, solved by HiGHS (``highspy``, through
:mod:`sessions.highs`): a binary ``x[p, g]`` per person and group, each person in one group,
each group its size, and ``x[m, g] + x[r, g] ≤ 1`` for every manager m and direct report r.
That last rule is pairwise, which a flow cannot hold; HiGHS is a proven branch-and-cut
solver that can. highspy is one 12 MB wheel (no compiler, no network); it is used without
numpy, so the install and the bundle carry neither numpy nor scipy. OR-Tools CP-SAT would do
too but adds protobuf and a larger wheel.
Teams are mixed by a convex cost per team and group: ``max(0, k-1) + max(0, k-2)`` for
k people of one team in a group (two of a team cost 1, three cost 3), minimised.

Roles rotate between meetings: in meeting k (1-based) of a group with members
m_0..m_{n-1}, the inbrenger is m_{k-1}, the gespreksleider m_k, the tijdbewaker
m_{k+1} (indices modulo n). Over n meetings everyone brings a case once, chairs once and
keeps time once. The trajectory keeps which meeting it is (:func:`set_meeting`), so the
console, the wall and the method cards name the same people.

The running round: by default the intervisie step's own clock decides
(:func:`round_at` over the step's elapsed time). Once the facilitator steers the rounds
(:func:`start_round`, :func:`toggle_pause`, :func:`add_time`) the stored run decides;
every one of these returns the run as it was, for undo (:func:`put_run`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sessions import expertise, highs
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

TOPIC = Topic.INTERVISIE   # ids: group ids
MEMBERS = "intervisie.members"   # kind: participant ids whose group or place changed
RUN = "intervisie.run"           # kind: the one run row (id 1): meeting and round
# the incidentmethode, a common timed variant: (round key, minutes)
ROUNDS = (("incident", 5), ("sketch", 10), ("questions", 5), ("analysis", 15),
          ("positions", 10), ("advice", 10), ("evaluation", 10))
ROLES = ("inbrenger", "gespreksleider", "tijdbewaker")
TIME_LIMIT = 20.0


def group_sizes(n: int) -> list[int]:
    """Group sizes for n people: 5s and 6s, else as few 4s and 7s as possible; largest first."""
    if n <= 0:
        return []
    if n < 4:
        return [n]
    best: tuple | None = None
    for odd4 in range(0, n // 4 + 1):
        for odd7 in range(0, n // 7 + 1):
            rest = n - 4 * odd4 - 7 * odd7
            if rest < 0:
                continue
            for sixes in range(0, rest // 6 + 1):
                if (rest - 6 * sixes) % 5 == 0:
                    fives = (rest - 6 * sixes) // 5
                    groups = [7] * odd7 + [6] * sixes + [5] * fives + [4] * odd4
                    if not groups:
                        continue
                    # as few 4s and 7s as possible, then sizes as even as possible
                    key = (odd4 + odd7, max(groups) - min(groups), -len(groups))
                    if best is None or key < best[0]:
                        best = (key, groups)
    if best is None:          # cannot happen for n >= 4 (4 and 5 make every n >= 12)
        return [n]
    return best[1]


@dataclass
class Grouping:
    """The groups (lists of person ids) and how the solve went."""

    groups: list[list[int]]
    optimal: bool
    objective: float
    seconds: float


def solve(people: list[int], team: dict[int, str], manager: dict[int, int | None],
          sizes: list[int] | None = None, time_limit: float = TIME_LIMIT) -> Grouping:
    """Group ``people`` into ``sizes`` (default :func:`group_sizes`); raises when impossible."""
    import time

    start = time.perf_counter()
    people = list(people)
    sizes = group_sizes(len(people)) if sizes is None else list(sizes)
    if sum(sizes) != len(people):
        raise ValidationError(Code.INVALID, field="sizes", value=sizes)
    if not people:
        return Grouping([], True, 0.0, 0.0)
    n, k = len(people), len(sizes)
    index = {p: i for i, p in enumerate(people)}
    teams = sorted({team.get(p, "") for p in people if team.get(p, "")})

    def x(i, g):                              # person i in group g (binary)
        return f"x{i}_{g}"

    def y(level, t, g):                       # team t's excess in group g above level + 1
        return f"y{level}_{t}_{g}"

    rows: list = []
    for i in range(n):                        # each person in one group
        rows.append(([(1, x(i, g)) for g in range(k)], 1, 1))
    for g in range(k):                        # each group its size
        rows.append(([(1, x(i, g)) for i in range(n)], sizes[g], sizes[g]))
    members = defaultdict(list)
    for p in people:
        if team.get(p, ""):
            members[teams.index(team[p])].append(index[p])
    excess = []
    for t in range(len(teams)):               # y_level >= count - (level + 1)
        for g in range(k):
            for level in (0, 1):
                excess.append(y(level, t, g))
                rows.append(([(1, x(i, g)) for i in members[t]] + [(-1, y(level, t, g))],
                              None, level + 1))
    for p in people:                          # never a manager with their report
        m = manager.get(p)
        if m is not None and m in index:
            for g in range(k):
                rows.append(([(1, x(index[m], g)), (1, x(index[p], g))], None, 1))
    text = highs.lp_text([(1, v) for v in excess], rows,
                         binary=[x(i, g) for i in range(n) for g in range(k)])
    res = highs.solve(text, time_limit=time_limit)
    if not res.values:
        raise ValidationError(Code.INVALID, field="intervisie", reason="infeasible")
    groups: list[list[int]] = [[] for _ in range(k)]
    for i, p in enumerate(people):
        g = max(range(k), key=lambda g, i=i: res.values.get(x(i, g), 0.0))
        groups[g].append(p)
    return Grouping(groups, res.optimal, res.objective, time.perf_counter() - start)


def team_cost(groups: list[list[int]], team: dict[int, str]) -> int:
    """The team-mixing cost of a grouping (lower is more mixed), as :func:`solve` minimises."""
    total = 0
    for g in groups:
        counts = defaultdict(int)
        for p in g:
            if team.get(p, ""):
                counts[team[p]] += 1
        total += sum(max(0, c - 1) + max(0, c - 2) for c in counts.values())
    return total


# ---------------------------------------------------------------- the store


@dataclass(frozen=True)
class Group:
    """One stored intervisie group with its members in order."""

    id: int
    position: int
    name: str
    members: tuple[int, ...]

    def roles(self, meeting: int) -> dict[str, int]:
        """Role → person id in meeting ``meeting`` (1-based); roles rotate."""
        n = len(self.members)
        if n == 0:
            return {}
        return {role: self.members[(meeting - 1 + i) % n] for i, role in enumerate(ROLES[:n])}


def groups(store: Store) -> list[Group]:
    """The stored groups in order."""
    mem = defaultdict(list)
    for r in store.query("SELECT participant_id, group_id FROM intervisie_member"
                         " ORDER BY group_id, position"):
        mem[r["group_id"]].append(r["participant_id"])
    return [Group(r["id"], r["position"], r["name"], tuple(mem[r["id"]]))
            for r in store.query("SELECT id, position, name FROM intervisie_group"
                                 " ORDER BY position, id")]


def snapshot(store: Store) -> dict:
    """Every intervisie row (for undo)."""
    return {"groups": store.query("SELECT * FROM intervisie_group"),
            "members": store.query("SELECT * FROM intervisie_member")}


def _clear(store: Store) -> None:
    """Delete every group and membership (inside a transaction), named in the record."""
    store.change.deleted(TOPIC, *(r["id"] for r in store.query("SELECT id FROM intervisie_group")))
    store.change.updated(TOPIC, *(r["participant_id"] for r in store.query(
        "SELECT participant_id FROM intervisie_member")), kind=MEMBERS)
    store.conn.execute("DELETE FROM intervisie_member")
    store.conn.execute("DELETE FROM intervisie_group")


def put(store: Store, snap: dict) -> None:
    """Replace every intervisie row by a :func:`snapshot`."""
    with store.transaction(TOPIC):
        _clear(store)
        store.change.inserted(TOPIC, *(r["id"] for r in snap["groups"]))
        store.change.updated(TOPIC, *(r["participant_id"] for r in snap["members"]), kind=MEMBERS)
        for table, rows in (("intervisie_group", snap["groups"]),
                            ("intervisie_member", snap["members"])):
            for row in rows:
                store.conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES"
                                   f" ({', '.join('?' * len(row))})", tuple(row.values()))


def form(store: Store, people: list[int] | None = None, name: str = "Intervisie {n}",
         time_limit: float = TIME_LIMIT) -> tuple[dict, Grouping]:
    """Form the groups (of everyone, or of ``people``) and store them in one transaction.

    Returns the snapshot from before (for undo) and the grouping.
    """
    m = expertise.load(store)
    ids = [p.id for p in m.people] if people is None else list(people)
    if len(ids) < 2:
        raise ValidationError(Code.INVALID, field="intervisie", reason="too_few")
    result = solve(ids, {p.id: p.team for p in m.people},
                   {p.id: p.manager_id for p in m.people}, time_limit=time_limit)
    before = snapshot(store)
    with store.transaction(TOPIC):
        _clear(store)
        for pos, members in enumerate(result.groups, start=1):
            gid = store.conn.execute("INSERT INTO intervisie_group (position, name) VALUES (?, ?)",
                                     (pos, name.format(n=pos))).lastrowid
            store.change.inserted(TOPIC, gid)
            store.change.updated(TOPIC, *members, kind=MEMBERS)
            order = sorted(members, key=lambda p: ids.index(p))
            store.conn.executemany(
                "INSERT INTO intervisie_member (participant_id, group_id, position) VALUES (?,?,?)",
                [(p, gid, i) for i, p in enumerate(order)])
    return before, result


def move(store: Store, person_id: int, group_id: int) -> dict:
    """Move one person to another group (a manager may not join their report); return undo."""
    before = snapshot(store)
    target = next((g for g in groups(store) if g.id == group_id), None)
    if target is None:
        raise ValidationError(Code.INVALID, field="group", id=group_id)
    m = expertise.load(store)
    for other in target.members:
        if m.person(other).manager_id == person_id or m.person(person_id).manager_id == other:
            raise ValidationError(Code.INVALID, field="intervisie", reason="manager")
    with store.transaction(TOPIC):
        was = store.scalar("SELECT group_id FROM intervisie_member WHERE participant_id = ?",
                           (person_id,))
        store.change.updated(TOPIC, *{g for g in (was, group_id) if g is not None})
        store.change.updated(TOPIC, person_id, kind=MEMBERS)
        pos = (store.scalar("SELECT MAX(position) FROM intervisie_member WHERE group_id = ?",
                            (group_id,)) or 0) + 1
        store.conn.execute("INSERT OR REPLACE INTO intervisie_member (participant_id, group_id,"
                           " position) VALUES (?, ?, ?)", (person_id, group_id, pos))
    return before


# ---------------------------------------------------------------- the meeting and its rounds

MAX_MEETING = 99


@dataclass(frozen=True)
class Run:
    """Which meeting it is and the round the facilitator runs (``round`` None: not steered)."""

    meeting: int = 1
    round: int | None = None
    started_at: str | None = None
    paused_at: str | None = None
    paused_seconds: float = 0.0
    extra_seconds: int = 0

    @property
    def paused(self) -> bool:
        return bool(self.paused_at)

    def elapsed(self, now: datetime | None = None) -> float:
        """Seconds the running round has run, without its pauses."""
        if self.round is None or not self.started_at:
            return 0.0
        end = datetime.fromisoformat(self.paused_at) if self.paused_at else (now or datetime.now())
        return max(0.0, (end - datetime.fromisoformat(self.started_at)).total_seconds()
                   - self.paused_seconds)

    def length(self) -> int:
        """Seconds the running round may take: its minutes plus the time added."""
        if self.round is None:
            return 0
        return ROUNDS[self.round][1] * 60 + self.extra_seconds

    def left(self, now: datetime | None = None) -> float:
        """Seconds left in the running round (negative: over time)."""
        return self.length() - self.elapsed(now)


def run(store: Store) -> Run:
    """The stored meeting and round (defaults when nothing is stored)."""
    row = store.one("SELECT * FROM intervisie_run WHERE id = 1")
    if row is None:
        return Run()
    return Run(row["meeting"], row["round"], row["started_at"], row["paused_at"],
               float(row["paused_seconds"]), int(row["extra_seconds"]))


def put_run(store: Store, r: Run) -> None:
    """Store a run as it is (the undo of every change below)."""
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT OR REPLACE INTO intervisie_run (id, meeting, round, started_at, paused_at,"
            " paused_seconds, extra_seconds) VALUES (1, ?, ?, ?, ?, ?, ?)",
            (r.meeting, r.round, r.started_at, r.paused_at, r.paused_seconds, r.extra_seconds))
        store.change.updated(TOPIC, 1, kind=RUN)


def set_meeting(store: Store, meeting: int) -> Run:
    """Make ``meeting`` (1-based) the current meeting: the roles follow. Returns the old run."""
    if not isinstance(meeting, int) or not 1 <= meeting <= MAX_MEETING:
        raise ValidationError(Code.INVALID, field="meeting", value=meeting)
    old = run(store)
    put_run(store, Run(meeting, old.round, old.started_at, old.paused_at, old.paused_seconds,
                       old.extra_seconds))
    return old


def start_round(store: Store, index: int, now: datetime | None = None) -> Run:
    """Start round ``index`` (0-based) now, with no pause and no added time; return the old run."""
    if not isinstance(index, int) or not 0 <= index < len(ROUNDS):
        raise ValidationError(Code.INVALID, field="round", value=index)
    old = run(store)
    stamp = now.isoformat(timespec="seconds") if now else now_iso()
    put_run(store, Run(old.meeting, index, stamp, None, 0.0, 0))
    return old


def stop_rounds(store: Store) -> Run:
    """Stop steering the rounds by hand (the step's clock decides again); return the old run."""
    old = run(store)
    put_run(store, Run(old.meeting))
    return old


def toggle_pause(store: Store, now: datetime | None = None) -> Run:
    """Pause the running round, or resume it; return the old run."""
    old = run(store)
    if old.round is None:
        raise ValidationError(Code.INVALID, field="round", reason="not_started")
    moment = now or datetime.now()
    if old.paused_at:
        pause = (moment - datetime.fromisoformat(old.paused_at)).total_seconds()
        new = Run(old.meeting, old.round, old.started_at, None,
                  old.paused_seconds + max(0.0, pause), old.extra_seconds)
    else:
        new = Run(old.meeting, old.round, old.started_at, moment.isoformat(timespec="seconds"),
                  old.paused_seconds, old.extra_seconds)
    put_run(store, new)
    return old


def add_time(store: Store, seconds: int = 60) -> Run:
    """Give the running round more time; return the old run."""
    old = run(store)
    if old.round is None:
        raise ValidationError(Code.INVALID, field="round", reason="not_started")
    if not isinstance(seconds, int) or not 0 < seconds <= 3600:
        raise ValidationError(Code.INVALID, field="seconds", value=seconds)
    put_run(store, Run(old.meeting, old.round, old.started_at, old.paused_at,
                       old.paused_seconds, old.extra_seconds + seconds))
    return old


def round_at(elapsed_seconds: float) -> tuple[int, float]:
    """(index of the round running after ``elapsed_seconds`` on the step's clock, seconds left)."""
    t = 0.0
    for i, (_key, minutes) in enumerate(ROUNDS):
        t += minutes * 60
        if elapsed_seconds < t:
            return i, t - elapsed_seconds
    return len(ROUNDS) - 1, 0.0
