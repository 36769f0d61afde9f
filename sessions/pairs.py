"""Learning pairs (learner ↔ expert), matched exactly by a min-cost flow.

Hard rules for a pair (learner L, expert E, competence C):

- E has level ≥ 3 on C and can teach it, above L's own level;
- L wants to learn C;
- E is not L's manager (and not L);
- E takes at most their capacity of learners (default 2, per person editable);
- optionally E and L are in different teams;
- no repeat of an earlier (ended) pair of L and E.

A learner gets at most one pair per competence and at most ``max_pairs`` in all.
The aim, lexicographic: (1) as many learner–competence wishes met as the rules allow;
(2) then the lowest total cost, where one pair costs::

    W_IMP * (3 - importance of C)  +  W_PRIO * (L's priority - 1)  +  W_GAP * (4 - level gap)

and the k-th learner of an expert adds ``W_LOAD * (k - 1)`` (a convex cost: load spreads
evenly). Each met wish earns ``-BIG``, with BIG above any possible total of the second
aim, so no saving on fit ever outweighs one more wish met.

The graph: source → learner (their remaining pairs) → wish (1) → expert class → expert →
load slots → sink, plus a free source → sink arc for wishes left open. Experts of one
competence with one level (and, with different teams, one team) form a class: a wish
links to its classes, not to every expert, so 2,000 people × 40 competences stay a graph
of tens of thousands of arcs. With different teams a wish must reach every team but its
own: prefix and suffix chains over the teams give that with two arcs. A learner whose
manager or an earlier partner is an expert of C reaches the allowed stretches of that
class's experts through a segment tree (O(log n) arcs) instead. Every path from a wish ends at an expert the rules allow, and the cost depends
only on the class (level), so the flow is the exact optimum. For a room's size networkx
solves it in integers (a maximum flow, then the cheapest flow of that value); above
``HIGHS_ABOVE`` arcs (a thousand people and more) HiGHS's dual simplex solves the same
network as a linear programme, whose vertices are integral (it falls back to networkx if
a flow ever came back fractional).

Pinned and published pairs are fixed first: they use up the learner's wish and pairs and
the expert's capacity (and count for the load cost).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from sessions import expertise, highs
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

TOPIC = Topic.PAIRS        # ids: pair ids
W_IMP = 3
W_PRIO = 3
W_GAP = 1
W_LOAD = 2
STATES = ("draft", "published", "ended")
# networkx's network simplex (pure Python) for the sizes of a room; above this many arcs the
# same network goes to HiGHS as a linear programme (highspy, already needed for intervisie)
HIGHS_ABOVE = 15_000


# ---------------------------------------------------------------- the pure problem


@dataclass
class Problem:
    """Everything the matcher needs, free of the store (tests build these directly).

    ``levels[(person, competence)]`` holds the level of everyone rated; ``wants`` maps a
    (learner, competence) wish to the learner's priority 1–3; ``teaches`` is the set of
    (person, competence) who can teach; ``fixed`` are pairs already decided (pins and
    published pairs), ``earlier`` (learner, expert) pairs that may not repeat.
    """

    levels: dict[tuple[int, int], int]
    wants: dict[tuple[int, int], int]
    teaches: set[tuple[int, int]]
    importance: dict[int, int]
    capacity: dict[int, int]
    team: dict[int, str] = field(default_factory=dict)
    manager: dict[int, int | None] = field(default_factory=dict)
    max_pairs: int = 2
    different_teams: bool = False
    earlier: set[tuple[int, int]] = field(default_factory=set)
    fixed: list[tuple[int, int, int]] = field(default_factory=list)   # (learner, expert, comp)

    def level(self, person: int, competence: int) -> int:
        """A person's level on a competence (0 when not rated)."""
        return self.levels.get((person, competence), 0)

    def allowed(self, learner: int, expert: int, competence: int) -> bool:
        """The hard rules between two people for one competence (capacity aside)."""
        if learner == expert or (learner, competence) not in self.wants:
            return False
        lv = self.level(expert, competence)
        if lv < expertise.EXPERT_LEVEL or (expert, competence) not in self.teaches:
            return False
        if lv <= self.level(learner, competence):
            return False
        if self.manager.get(learner) == expert or (learner, expert) in self.earlier:
            return False
        t = self.team.get(learner, "")
        return not (self.different_teams and t and t == self.team.get(expert, ""))

    def fit(self, learner: int, expert: int, competence: int) -> int:
        """The cost of one pair before load (lower is better)."""
        gap = self.level(expert, competence) - self.level(learner, competence)
        return (W_IMP * (3 - min(3, self.importance.get(competence, 0)))
                + W_PRIO * (self.wants[(learner, competence)] - 1)
                + W_GAP * (4 - gap))

    def experts(self) -> dict[int, list[int]]:
        """Competence → the people with level ≥ 3 who can teach it."""
        out: dict[int, list[int]] = defaultdict(list)
        for (p, c) in sorted(self.teaches):
            if self.level(p, c) >= expertise.EXPERT_LEVEL:
                out[c].append(p)
        return out

    def open_wishes(self) -> list[tuple[int, int]]:
        """The wishes not already met by a fixed pair, in a stable order."""
        met = {(learner, c) for learner, _e, c in self.fixed}
        return sorted(w for w in self.wants if w not in met)


def load_cost(before: int, after: int) -> int:
    """The load cost of going from ``before`` to ``after`` learners on one expert."""
    return sum(W_LOAD * (k - 1) for k in range(before + 1, after + 1))


def total_cost(problem: Problem, pairs: list[tuple[int, int, int]]) -> int:
    """The second aim of a set of new pairs: their fit plus the load they add."""
    base = defaultdict(int)
    for _l, e, _c in problem.fixed:
        base[e] += 1
    added = defaultdict(int)
    for _l, e, _c in pairs:
        added[e] += 1
    return (sum(problem.fit(*p) for p in pairs)
            + sum(load_cost(base[e], base[e] + n) for e, n in added.items()))


def check(problem: Problem, pairs: list[tuple[int, int, int]]) -> None:
    """Raise AssertionError when a set of new pairs breaks a hard rule (used by the tests)."""
    everything = list(problem.fixed) + list(pairs)
    per_learner = defaultdict(int)
    per_expert = defaultdict(int)
    seen = set()
    for learner, e, c in everything:
        assert (learner, c) not in seen, f"two pairs for wish {(learner, c)}"
        seen.add((learner, c))
        per_learner[learner] += 1
        per_expert[e] += 1
    for learner, e, c in pairs:
        assert problem.allowed(learner, e, c), f"pair {(learner, e, c)} breaks a rule"
    for learner, n in per_learner.items():
        fixed_n = sum(1 for f in problem.fixed if f[0] == learner)
        assert n <= max(problem.max_pairs, fixed_n), f"learner {learner} has {n} pairs"
    for e, n in per_expert.items():
        fixed_n = sum(1 for f in problem.fixed if f[1] == e)
        assert n <= max(problem.capacity.get(e, 0), fixed_n), f"expert {e} has {n} learners"


def solve(problem: Problem) -> list[tuple[int, int, int]]:
    """The new pairs (learner, expert, competence): most wishes met, then the lowest cost."""
    built = build_graph(problem, reward=False)
    if built is None:
        return []
    g, wishes = built
    if g.number_of_edges() > HIGHS_ABOVE:
        flow = _highs_flow(build_graph(problem, reward=True)[0])
        if flow is not None:
            return read_pairs(flow, wishes)
    # two exact phases, the same lexicographic optimum as one flow with the -BIG reward but
    # far fewer simplex pivots: the most wishes that can be met (a maximum flow), then the
    # cheapest flow of exactly that value
    most = nx.maximum_flow_value(g, ("s",), ("t",))
    if most == 0:
        return []
    g.nodes[("s",)]["demand"] = -most
    g.nodes[("t",)]["demand"] = most
    _cost, flow = nx.network_simplex(g)
    return read_pairs(flow, wishes)


def _highs_flow(g) -> dict | None:
    """The min-cost flow of ``g`` as an LP by HiGHS's dual simplex (a vertex of a network LP is
    integral); None when HiGHS is missing, fails or returns a fractional flow (the caller
    falls back to networkx)."""
    nodes = {v: i for i, v in enumerate(g.nodes)}
    edges = list(g.edges(data=True))
    incident: list[list[tuple[int, str]]] = [[] for _ in nodes]
    bounds = {}
    cost = []
    for k, (u, v, d) in enumerate(edges):
        name = f"f{k}"
        incident[nodes[u]].append((-1, name))
        incident[nodes[v]].append((1, name))
        if d.get("capacity") is not None:
            bounds[name] = (0, d["capacity"])
        cost.append((d.get("weight", 0), name))
    rows = [(terms, g.nodes[v].get("demand", 0), g.nodes[v].get("demand", 0))
            for v, terms in zip(g.nodes, incident, strict=True) if terms]
    try:
        res = highs.solve(highs.lp_text(cost, rows, bounds),
                          options={"solver": "simplex", "simplex_strategy": 1})
    except highs.Unavailable:
        return None
    if not res.optimal:
        return None
    flow: dict = {}
    for k, (u, v, _d) in enumerate(edges):
        x = res.values.get(f"f{k}", 0.0)
        if abs(x - round(x)) > 1e-6:
            return None
        if round(x):
            flow.setdefault(u, {})[v] = int(round(x))
    return flow


def build_graph(problem: Problem, reward: bool = True):
    """The flow network of the problem (see the module doc) and its open wishes; None when
    nothing can be paired. Arcs carry ``capacity`` (absent = unbounded) and ``weight``.

    With ``reward`` each met wish earns -BIG and a free source → sink arc carries the rest:
    one min-cost flow then gives the lexicographic optimum. Without it the costs are the
    fit alone and the caller fixes the flow value (see :func:`solve`)."""
    wishes = problem.open_wishes()
    if not wishes:
        return None
    experts = problem.experts()
    used_l = defaultdict(int)
    used_e = defaultdict(int)
    for learner, e, _c in problem.fixed:
        used_l[learner] += 1
        used_e[e] += 1
    max_fit = W_IMP * 3 + W_PRIO * 2 + W_GAP * 3
    max_load = max((W_LOAD * (problem.capacity.get(e, 0) - 1) for e in used_e), default=0)
    max_load = max([max_load] + [W_LOAD * (c - 1) for c in problem.capacity.values()])
    big = (len(wishes) + 1) * (max_fit + max(0, max_load)) + 1 if reward else 0

    g = nx.DiGraph(big=big)
    src, sink = ("s",), ("t",)
    g.add_node(src)
    g.add_node(sink)
    learners = sorted({learner for learner, _c in wishes})
    for learner in learners:
        room = problem.max_pairs - used_l[learner]
        if room > 0:
            g.add_edge(src, ("L", learner), capacity=room, weight=0)
    # expert slots: the k-th learner costs W_LOAD * (k - 1)
    for e in sorted({e for es in experts.values() for e in es}):
        for k in range(used_e[e] + 1, problem.capacity.get(e, 0) + 1):
            g.add_edge(("E", e), ("slot", e, k), capacity=1, weight=W_LOAD * (k - 1))
            g.add_edge(("slot", e, k), sink, capacity=1, weight=0)
    # expert classes per competence and level, and with different teams per team
    classes: dict[tuple[int, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for c, es in experts.items():
        for e in es:
            if problem.capacity.get(e, 0) <= used_e[e]:
                continue                    # full (or no capacity): never reachable
            t = problem.team.get(e, "") if problem.different_teams else ""
            classes[(c, problem.level(e, c))][t].append(e)
    built: set = set()
    # per class, its experts in one row (by team, then id) under a segment tree: a learner
    # who may not have some of them (their manager, an earlier partner) reaches the allowed
    # stretches of the row through O(log n) tree nodes instead of an arc per expert
    rows: dict[tuple[int, int], list[int]] = {
        key: [e for t in sorted(by_team) for e in by_team[t]] for key, by_team in classes.items()}

    def cover(c: int, lv: int, lo: int, hi: int, node_lo: int, node_hi: int, out: list) -> None:
        if hi < node_lo or node_hi < lo:
            return
        row = rows[(c, lv)]
        if node_lo == node_hi:
            out.append(("E", row[node_lo]))
            return
        if lo <= node_lo and node_hi <= hi:
            out.append(tree_node(c, lv, node_lo, node_hi))
            return
        mid = (node_lo + node_hi) // 2
        cover(c, lv, lo, hi, node_lo, mid, out)
        cover(c, lv, lo, hi, mid + 1, node_hi, out)

    def tree_node(c: int, lv: int, node_lo: int, node_hi: int):
        node = ("T", c, lv, node_lo, node_hi)
        if node not in built:
            built.add(node)
            row = rows[(c, lv)]
            mid = (node_lo + node_hi) // 2
            for a, b in ((node_lo, mid), (mid + 1, node_hi)):
                g.add_edge(node, ("E", row[a]) if a == b else tree_node(c, lv, a, b), weight=0)
        return node

    def class_node(c: int, lv: int, t: str):
        node = ("K", c, lv, t)
        if node not in built:
            built.add(node)
            for e in classes[(c, lv)][t]:
                g.add_edge(node, ("E", e), weight=0)
        return node

    def chain(c: int, lv: int, kind: str, i: int, teams: list[str]):
        """Prefix (kind 'P': teams[0..i]) or suffix ('S': teams[i..]) node over named teams."""
        node = (kind, c, lv, i)
        if node not in built:
            built.add(node)
            g.add_edge(node, class_node(c, lv, teams[i]), weight=0)
            nxt = i - 1 if kind == "P" else i + 1
            if 0 <= nxt < len(teams):
                g.add_edge(node, chain(c, lv, kind, nxt, teams), weight=0)
        return node

    for learner, c in wishes:
        if ("L", learner) not in g:
            continue
        wish = ("W", learner, c)
        g.add_edge(("L", learner), wish, capacity=1, weight=0)
        own = problem.level(learner, c)
        blocked = {e for e in experts.get(c, ())
                   if problem.manager.get(learner) == e or (learner, e) in problem.earlier
                   or e == learner}
        for lv in (3, 4):
            if lv <= own or (c, lv) not in classes:
                continue
            by_team = classes[(c, lv)]
            cost = (W_IMP * (3 - min(3, problem.importance.get(c, 0)))
                    + W_PRIO * (problem.wants[(learner, c)] - 1) + W_GAP * (4 - (lv - own)))
            row = rows[(c, lv)]
            if blocked & set(row):
                # the allowed stretches of the row, through the segment tree
                out: list = []
                start = 0
                for i, e in enumerate(row + [None]):
                    if e is None or not problem.allowed(learner, e, c):
                        if i > start:
                            cover(c, lv, start, i - 1, 0, len(row) - 1, out)
                        start = i + 1
                for node in out:
                    g.add_edge(wish, node, weight=cost - big)
                continue
            targets = []
            mine = problem.team.get(learner, "") if problem.different_teams else ""
            named = sorted(t for t in by_team if t)
            if "" in by_team:
                targets.append(class_node(c, lv, ""))
            if not mine:
                if named:
                    targets.append(chain(c, lv, "P", len(named) - 1, named))
            else:
                i = named.index(mine) if mine in named else None
                if i is None:
                    if named:
                        targets.append(chain(c, lv, "P", len(named) - 1, named))
                else:
                    if i > 0:
                        targets.append(chain(c, lv, "P", i - 1, named))
                    if i + 1 < len(named):
                        targets.append(chain(c, lv, "S", i + 1, named))
            for node in targets:
                g.add_edge(wish, node, weight=cost - big)
    supply = sum(g[src][v].get("capacity", 0) for v in g.successors(src))
    if supply == 0:
        return None
    if reward:
        g.add_edge(src, sink, weight=0, capacity=supply)     # wishes left open
        g.nodes[src]["demand"] = -supply
        g.nodes[sink]["demand"] = supply
    return g, wishes


def read_pairs(flow: dict, wishes: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Follow each wish's unit of flow to its expert."""
    pairs = []
    remaining = {u: {v: f for v, f in out.items() if f} for u, out in flow.items()}
    for learner, c in wishes:
        wish = ("W", learner, c)
        if wish not in remaining or not remaining[wish]:
            continue
        node = wish
        while node[0] != "E":
            nxt = next(iter(remaining[node]))
            remaining[node][nxt] -= 1
            if not remaining[node][nxt]:
                del remaining[node][nxt]
            node = nxt
        pairs.append((learner, node[1], c))
    return pairs


# ---------------------------------------------------------------- the store


@dataclass(frozen=True)
class Pair:
    """One stored pair."""

    id: int
    learner_id: int
    expert_id: int
    competence_id: int
    state: str
    pinned: bool
    first_meeting: str


def pairs(store: Store, state: str | None = None) -> list[Pair]:
    """The stored pairs (of one state), oldest first."""
    sql = ("SELECT id, learner_id, expert_id, competence_id, state, pinned, first_meeting"
           " FROM peer_pair")
    rows = store.query(sql + (" WHERE state = ? ORDER BY id" if state else " ORDER BY id"),
                       (state,) if state else ())
    return [Pair(r["id"], r["learner_id"], r["expert_id"], r["competence_id"], r["state"],
                 bool(r["pinned"]), r["first_meeting"]) for r in rows]


def problem_from(m: expertise.Map, stored: list[Pair], *, capacity: int | None = None,
                 different_teams: bool | None = None, keep_unpinned: bool = False) -> Problem:
    """The matching problem of the map; pinned drafts and published pairs are fixed."""
    default_cap = m.settings.default_capacity if capacity is None else capacity
    fixed = [(p.learner_id, p.expert_id, p.competence_id) for p in stored
             if p.state == "published" or (p.state == "draft" and (p.pinned or keep_unpinned))]
    return Problem(
        levels={k: r.level for k, r in m.ratings.items() if r.level},
        wants={k: r.wish_priority for k, r in m.ratings.items() if r.wants},
        teaches={k for k, r in m.ratings.items() if r.teaches},
        importance={c.id: c.importance for c in m.competences},
        capacity={p.id: default_cap if p.capacity is None else p.capacity for p in m.people},
        team={p.id: p.team for p in m.people},
        manager={p.id: p.manager_id for p in m.people},
        max_pairs=m.settings.max_pairs,
        different_teams=m.settings.different_teams if different_teams is None else different_teams,
        earlier={(p.learner_id, p.expert_id) for p in stored if p.state == "ended"},
        fixed=fixed)


@dataclass
class Proposal:
    """What :func:`propose` did: the wishes, how many are met, and undo data."""

    wanted: int
    paired: int
    pairs: list[Pair]
    before: list[dict]
    after: list[dict]


def _draft_rows(store: Store) -> list[dict]:
    return store.query("SELECT * FROM peer_pair WHERE state = 'draft' ORDER BY id")


def put_drafts(store: Store, rows: list[dict]) -> None:
    """Replace every draft pair by ``rows`` (undo and redo of a proposal)."""
    with store.transaction(TOPIC):
        store.change.deleted(TOPIC, *(r["id"] for r in _draft_rows(store)))
        store.conn.execute("DELETE FROM peer_pair WHERE state = 'draft'")
        for r in rows:
            store.conn.execute(
                f"INSERT INTO peer_pair ({', '.join(r)}) VALUES ({', '.join('?' * len(r))})",
                tuple(r.values()))
            store.change.inserted(TOPIC, r["id"])


def propose(store: Store, *, capacity: int | None = None,
            different_teams: bool | None = None) -> Proposal:
    """Solve and save the draft: the previous draft goes, pins stay. One transaction.

    ``capacity`` is the capacity of experts who have none of their own (default: the
    setting); ``different_teams`` overrides the setting for this run.
    """
    if capacity is not None and not 0 <= capacity <= 20:
        raise ValidationError(Code.INVALID, field="capacity", value=capacity)
    m = expertise.load(store)
    stored = pairs(store)
    problem = problem_from(m, stored, capacity=capacity, different_teams=different_teams)
    new = solve(problem)
    before = _draft_rows(store)
    with store.transaction(TOPIC):
        store.change.deleted(TOPIC, *(r["id"] for r in before if not r["pinned"]))
        store.conn.execute("DELETE FROM peer_pair WHERE state = 'draft' AND pinned = 0")
        stamp = now_iso()
        for learner, e, c in new:
            store.change.inserted(TOPIC, store.conn.execute(
                "INSERT INTO peer_pair (learner_id, expert_id, competence_id, state, pinned,"
                " created_at) VALUES (?, ?, ?, 'draft', 0, ?)", (learner, e, c, stamp)).lastrowid)
    after = _draft_rows(store)
    published = {(p.learner_id, p.competence_id) for p in stored if p.state == "published"}
    wanted = sum(1 for w in problem.wants if w not in published)
    drafts = pairs(store, "draft")
    return Proposal(wanted, len(drafts), drafts, before, after)


def _get(store: Store, pair_id: int) -> Pair:
    for p in pairs(store):
        if p.id == pair_id:
            return p
    raise ValidationError(Code.INVALID, field="pair", id=pair_id)


def set_pinned(store: Store, pair_id: int, pinned: bool) -> bool:
    """Pin or unpin a draft pair; return the old value."""
    p = _get(store, pair_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE peer_pair SET pinned = ? WHERE id = ?", (int(pinned), pair_id))
        store.change.updated(TOPIC, pair_id)
    return p.pinned


def candidates(store: Store, pair_id: int) -> list[int]:
    """The experts this pair's learner could have instead (hard rules and room), best fit first."""
    p = _get(store, pair_id)
    m = expertise.load(store)
    stored = [q for q in pairs(store) if q.id != pair_id]
    problem = problem_from(m, stored, keep_unpinned=True)
    load = defaultdict(int)
    for _l, e, _c in problem.fixed:
        load[e] += 1
    able = [e for e in m.experts(p.competence_id)
            if e != p.expert_id and problem.allowed(p.learner_id, e, p.competence_id)
            and load[e] < problem.capacity.get(e, 0)]
    return sorted(able, key=lambda e: (problem.fit(p.learner_id, e, p.competence_id), load[e], e))


def swap(store: Store, pair_id: int, expert_id: int) -> tuple[int, bool]:
    """Give a pair another expert (who must be allowed and have room); the pair is pinned.

    Returns the old (expert id, pinned) for :func:`restore_swap`.
    """
    p = _get(store, pair_id)
    if expert_id not in candidates(store, pair_id):
        raise ValidationError(Code.INVALID, field="expert", reason="not_allowed", id=expert_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE peer_pair SET expert_id = ?, pinned = 1 WHERE id = ?",
                           (expert_id, pair_id))
        store.change.updated(TOPIC, pair_id)
    return p.expert_id, p.pinned


def restore_swap(store: Store, pair_id: int, expert_id: int, pinned: bool) -> None:
    """Undo :func:`swap`."""
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE peer_pair SET expert_id = ?, pinned = ? WHERE id = ?",
                           (expert_id, int(pinned), pair_id))
        store.change.updated(TOPIC, pair_id)


def remove(store: Store, pair_id: int) -> dict:
    """Remove a pair; return its row for :func:`put_pair`."""
    _get(store, pair_id)
    with store.transaction(TOPIC):
        row = store.one("SELECT * FROM peer_pair WHERE id = ?", (pair_id,))
        store.conn.execute("DELETE FROM peer_pair WHERE id = ?", (pair_id,))
        store.change.deleted(TOPIC, pair_id)
    return row


def put_pair(store: Store, row: dict) -> None:
    """Put a removed pair back under its id."""
    with store.transaction(TOPIC):
        store.conn.execute(
            f"INSERT OR REPLACE INTO peer_pair ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()))
        store.change.inserted(TOPIC, row["id"])


def set_state(store: Store, pair_ids: list[int], state: str) -> dict[int, str]:
    """Move pairs to a state; return their old states (undo: :func:`put_states`)."""
    if state not in STATES:
        raise ValidationError(Code.INVALID, field="state", value=state)
    with store.transaction(TOPIC):
        old = {r["id"]: r["state"] for r in store.query(
            f"SELECT id, state FROM peer_pair WHERE id IN ({','.join('?' * len(pair_ids))})",
            tuple(pair_ids))} if pair_ids else {}
        store.conn.executemany("UPDATE peer_pair SET state = ? WHERE id = ?",
                               [(state, i) for i in old])
        store.change.updated(TOPIC, *old)
    return old


def put_states(store: Store, states: dict[int, str]) -> None:
    """Put back the states :func:`set_state` returned."""
    with store.transaction(TOPIC):
        store.conn.executemany("UPDATE peer_pair SET state = ? WHERE id = ?",
                               [(s, i) for i, s in states.items()])
        store.change.updated(TOPIC, *states)


def end(store: Store, pair_ids: list[int]) -> dict[int, str]:
    """End published pairs (all or none): from now on they carry no load and their learner's
    wish is open again, but the same learner and expert are never proposed together again.
    Returns the old states for :func:`put_states`."""
    stored = {p.id: p for p in pairs(store)}
    for pid in pair_ids:
        if pid not in stored:
            raise ValidationError(Code.INVALID, field="pair", id=pid)
        if stored[pid].state != "published":
            raise ValidationError(Code.INVALID, field="pair", id=pid, reason="not_published",
                                  state=stored[pid].state)
    return set_state(store, list(pair_ids), "ended")


def publish(store: Store) -> dict[int, str]:
    """Publish the whole draft; return the old states for undo."""
    return set_state(store, [p.id for p in pairs(store, "draft")], "published")


def set_first_meeting(store: Store, pair_id: int, date: str) -> str:
    """Set the date of the pair's first meeting (ISO or ''); return the old one."""
    import datetime as _dt

    date = date.strip()
    if date:
        try:
            _dt.date.fromisoformat(date)
        except ValueError:
            raise ValidationError(Code.INVALID, field="date", value=date) from None
    p = _get(store, pair_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE peer_pair SET first_meeting = ? WHERE id = ?", (date, pair_id))
        store.change.updated(TOPIC, pair_id)
    return p.first_meeting


# ---------------------------------------------------------------- why


@dataclass(frozen=True)
class Why:
    """Why a pair is what it is, as facts the words are made of (exports/peer_words)."""

    learner: str
    expert: str
    competence: str
    expert_level: int
    learner_level: int
    expert_team: str
    learner_team: str
    different_teams: bool          # the rule was on for this pair
    goal_number: int | None        # the position (1-based) of the goal it matters most for
    goal_title: str
    importance: int
    priority: int | None           # the learner's own mark, None when unmarked
    pinned: bool


def why(m: expertise.Map, pair: Pair) -> Why:
    """The facts behind one pair."""
    c = m.competence(pair.competence_id)
    learner, expert = m.person(pair.learner_id), m.person(pair.expert_id)
    goal_number, goal_title = None, ""
    if c.goals:
        gid = max(c.goals, key=lambda g: (c.goals[g], -m.goal(g).position))
        goal_number = [g.id for g in m.goals].index(gid) + 1
        goal_title = m.goal(gid).title
    r = m.rating(pair.learner_id, pair.competence_id)
    return Why(learner.name, expert.name, c.name, m.rating(expert.id, c.id).level, r.level,
               expert.team, learner.team, m.settings.different_teams, goal_number, goal_title,
               c.importance, r.priority, pair.pinned)
