"""The room's questions: capture, merge duplicates, vote, and choose the top N.

Top-level questions (``merged_into IS NULL``) have dense positions 0..n-1. A merged
original keeps its own row, text and votes and points at the kept question; the
kept question's total is its own count plus its originals' counts, so merging and
unmerging never change a sum. Merges are one level deep: merging a kept question
into another moves its originals along.

A question's own count is its ``votes`` tally (dots or hands typed by the
facilitator) plus the dots of any per-participant ballots.

The outcome of the vote step is ``question.chosen_rank`` 1..N; the theme groups are
built from the questions with a rank, in rank order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property

from sessions import participants
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

TOPIC = Topic.QUESTIONS
VOTES = Topic.VOTES
MODES = ("dots", "hands")


@dataclass
class Question:
    """One question as typed, with its own count."""

    id: int
    position: int
    text: str
    merged_into: int | None
    votes: int
    chosen_rank: int | None
    created_at: str
    ballots: int = 0

    @property
    def own(self) -> int:
        """This question's own count: the typed tally plus per-participant ballots."""
        return self.votes + self.ballots


@dataclass
class Entry:
    """A top-level question with the originals merged into it."""

    question: Question
    merged: list[Question] = field(default_factory=list)
    # the kept question's id, held as a field: views key their rows on it thousands of
    # times per edit (a property call each was a tenth of the vote table's update)
    id: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.id = self.question.id

    @property
    def text(self) -> str:
        """The kept text."""
        return self.question.text

    @cached_property
    def total(self) -> int:
        """Own count plus the merged originals' counts (worked out once: an entry is a
        snapshot of one read, built whole by :func:`listing` or :func:`entries_of` before
        anyone asks, and never changed after)."""
        return self.question.own + sum(q.own for q in self.merged)


@dataclass
class Ranked:
    """A place in the ranking (competition ranking: 1, 2, 2, 4)."""

    entry: Entry
    total: int
    rank: int


@dataclass
class Cut:
    """Where the top N falls in a ranking.

    ``sure`` are in the top N outright. When questions tie across the cut, ``tied``
    lists all of them (in ranking order) and ``places`` says how many of the top N
    are still open for them; the facilitator decides. Without a tie ``tied`` is empty.
    """

    top_n: int
    sure: list[int]
    tied: list[int]
    places: int

    @property
    def is_tie(self) -> bool:
        """True when the facilitator must decide at the cut."""
        return bool(self.tied)

    def include_all(self) -> list[int]:
        """The choice 'include all tied': the top N plus everyone tying at the cut."""
        return self.sure + self.tied


@dataclass
class VoteRound:
    """How the room votes."""

    mode: str = "dots"
    dots: int = 3
    top_n: int = 3
    hidden: bool = True
    voters: int | None = None


@dataclass
class CountCheck:
    """Whether the tallies fit the number of voters."""

    total: int
    voters: int
    capacity: int
    over: bool
    over_questions: list[int] = field(default_factory=list)


def _text(text: str) -> str:
    text = str(text).strip()
    if not text:
        raise ValidationError(Code.INVALID, field="text", reason="empty")
    if "\x00" in text:
        raise ValidationError(Code.INVALID, field="text", reason="nul")
    return text


def _count(value, field_name: str, minimum: int = 0) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValidationError(Code.INVALID, field=field_name) from None
    if isinstance(value, float) and value != n:
        raise ValidationError(Code.INVALID, field=field_name)
    if n < minimum or n > 1_000_000:
        raise ValidationError(Code.INVALID, field=field_name)
    return n


# ---------------------------------------------------------------- reading


def all_questions(store: Store) -> list[Question]:
    """Every question row (merged originals too), in position order."""
    rows = store.query(
        "SELECT q.*, COALESCE((SELECT SUM(b.dots) FROM ballot b WHERE b.question_id = q.id), 0)"
        " AS ballots FROM question q ORDER BY q.position, q.id")
    return [Question(**r) for r in rows]


def get(store: Store, question_id: int) -> Question:
    """One question by id."""
    row = store.one(
        "SELECT q.*, COALESCE((SELECT SUM(b.dots) FROM ballot b WHERE b.question_id = q.id), 0)"
        " AS ballots FROM question q WHERE q.id = ?", (question_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="question", id=question_id)
    return Question(**row)


def listing(store: Store) -> list[Entry]:
    """The top-level questions in order, each with its merged originals."""
    rows = all_questions(store)
    # a question the facilitator hid (phone moderation) is off the lists, the wall and the vote
    hidden = {r[0] for r in store.conn.execute(
        "SELECT ref_id FROM phone_input WHERE kind = 'question' AND hidden = 1")}
    entries = {q.id: Entry(q) for q in rows if q.merged_into is None and q.id not in hidden}
    for q in rows:
        if q.merged_into is not None and q.merged_into in entries:
            entries[q.merged_into].merged.append(q)
    return list(entries.values())


def order(store: Store) -> list[int]:
    """The ids :func:`listing` lists, in its order (top-level, not hidden); cheap: a view
    that applies a change record reads this and only the entries the record names."""
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM question WHERE merged_into IS NULL AND id NOT IN ("
        " SELECT ref_id FROM phone_input WHERE kind = 'question' AND hidden = 1)"
        " ORDER BY position, id")]


def entries_of(store: Store, ids) -> dict[int, Entry]:
    """The entries holding any of the questions ``ids`` (kept questions, merged originals),
    by kept id, each with all its merged originals; gone ids are left out. Hidden entries
    are not filtered here: :func:`order` says which are listed."""
    ids = list(ids)
    tops: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        tops.update(r[1] if r[1] is not None else r[0] for r in store.conn.execute(
            f"SELECT id, merged_into FROM question WHERE id IN ({','.join('?' * len(chunk))})",
            chunk))
    found: dict[int, Entry] = {}
    tops_list = sorted(tops)
    rows: list[Question] = []
    for start in range(0, len(tops_list), 400):
        chunk = tops_list[start:start + 400]
        marks = ",".join("?" * len(chunk))
        rows += [Question(**r) for r in store.query(
            "SELECT q.*, COALESCE((SELECT SUM(b.dots) FROM ballot b WHERE b.question_id = q.id),"
            f" 0) AS ballots FROM question q WHERE q.id IN ({marks}) OR q.merged_into IN ({marks})",
            (*chunk, *chunk))]
    rows.sort(key=lambda q: (q.position, q.id))       # the order listing() reads them in
    for q in rows:
        if q.merged_into is None:
            found[q.id] = Entry(q)
    for q in rows:
        if q.merged_into is not None and q.merged_into in found:
            found[q.merged_into].merged.append(q)
    return found


def _top_order(store: Store) -> list[int]:
    return [r["id"] for r in store.query(
        "SELECT id FROM question WHERE merged_into IS NULL ORDER BY position, id")]


def _dense_ranks(store: Store) -> None:
    """Keep the chosen questions ranked 1..N after one of them was deleted or merged away."""
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM question WHERE chosen_rank IS NOT NULL ORDER BY chosen_rank, id")]
    for rank, qid in enumerate(ids, start=1):
        store.conn.execute("UPDATE question SET chosen_rank = ? WHERE id = ?", (rank, qid))


def _renumber(store: Store, order: list[int]) -> None:
    """Give the questions ``order`` the positions 0, 1, 2, ... in one statement that writes
    only the rows whose position changes (one UPDATE per question was 1,000 round trips,
    about 2 ms, for one question added near the top of a long list)."""
    store.conn.execute(
        "UPDATE question SET position = o.key FROM json_each(?) AS o"
        " WHERE question.id = o.value AND question.position IS NOT o.key",
        (json.dumps(order),))


# ---------------------------------------------------------------- capture


def add(store: Store, text: str, index: int | None = None) -> int:
    """Add a question (at the end, or at ``index``); return its id."""
    text = _text(text)
    order = _top_order(store)
    index = len(order) if index is None else max(0, min(index, len(order)))
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO question (position, text, created_at) VALUES (?, ?, ?)",
            (index, text, now_iso()))
        order.insert(index, cur.lastrowid)
        _renumber(store, order)
        store.change.inserted(TOPIC, cur.lastrowid)
    return cur.lastrowid


def edit(store: Store, question_id: int, text: str) -> str:
    """Change a question's text; return the old text."""
    text = _text(text)
    old = get(store, question_id).text
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE question SET text = ? WHERE id = ?", (text, question_id))
        store.change.updated(TOPIC, question_id)
    return old


def delete(store: Store, question_id: int) -> dict:
    """Delete a question with the originals merged into it; return a snapshot for :func:`restore`."""
    q = get(store, question_id)
    ids = [question_id] + [r["id"] for r in store.query(
        "SELECT id FROM question WHERE merged_into = ?", (question_id,))]
    marks = ",".join("?" * len(ids))
    rows = store.query(f"SELECT * FROM question WHERE id IN ({marks}) ORDER BY id", tuple(ids))
    ballots = store.query(f"SELECT * FROM ballot WHERE question_id IN ({marks})", tuple(ids))
    order = _top_order(store)
    index = order.index(question_id) if q.merged_into is None else None
    ranks = {r["id"]: r["chosen_rank"] for r in store.query(
        "SELECT id, chosen_rank FROM question WHERE chosen_rank IS NOT NULL")}
    with store.transaction(TOPIC, VOTES):
        store.conn.execute(f"DELETE FROM question WHERE id IN ({marks})", tuple(ids))
        if index is not None:
            order.remove(question_id)
            _renumber(store, order)
        _dense_ranks(store)
        for topic in (TOPIC, VOTES):     # the votes of those questions went with them
            store.change.deleted(topic, *ids)
            if q.merged_into is not None:
                store.change.updated(topic, q.merged_into)
    return {"id": question_id, "rows": rows, "ballots": ballots, "index": index, "ranks": ranks}


def restore(store: Store, snapshot: dict) -> None:
    """Put a deleted question (and its merged originals and ballots) back under the same ids."""
    rows = sorted(snapshot["rows"], key=lambda r: r["merged_into"] is not None)
    order = _top_order(store)
    with store.transaction(TOPIC, VOTES):
        for r in rows:
            store.conn.execute(
                "INSERT INTO question (id, position, text, merged_into, votes, chosen_rank, "
                "created_at) VALUES (:id, :position, :text, :merged_into, :votes, :chosen_rank, "
                ":created_at)", r)
        for b in snapshot["ballots"]:
            store.conn.execute(
                "INSERT INTO ballot (participant_id, question_id, dots) VALUES (?, ?, ?)",
                (b["participant_id"], b["question_id"], b["dots"]))
        if snapshot["index"] is not None:
            order.insert(min(snapshot["index"], len(order)), snapshot["id"])
            _renumber(store, order)
        if "ranks" in snapshot:
            store.conn.execute("UPDATE question SET chosen_rank = NULL")
            for qid, rank in snapshot["ranks"].items():
                store.conn.execute("UPDATE question SET chosen_rank = ? WHERE id = ?", (rank, qid))
        parents = {r["merged_into"] for r in rows if r["merged_into"] is not None} - \
            {r["id"] for r in rows}
        for topic in (TOPIC, VOTES):     # their votes and ballots came back with them
            store.change.inserted(topic, *(r["id"] for r in rows))
            if parents:
                store.change.updated(topic, *parents)


def move(store: Store, question_id: int, index: int) -> int:
    """Move a top-level question to ``index``; return its old index."""
    order = _top_order(store)
    if question_id not in order:
        raise ValidationError(Code.INVALID, field="question", id=question_id)
    old = order.index(question_id)
    order.remove(question_id)
    order.insert(max(0, min(index, len(order))), question_id)
    with store.transaction(TOPIC):
        _renumber(store, order)
        store.change.updated(TOPIC, question_id)
    return old


# ---------------------------------------------------------------- merging


def _state(store: Store) -> list[dict]:
    return store.query("SELECT id, position, merged_into, text, chosen_rank FROM question")


def merge(store: Store, keep_id: int, other_ids: list[int], text: str | None = None) -> list[dict]:
    """Merge ``other_ids`` into ``keep_id``, optionally giving the kept question new text.

    The originals keep their votes, so the kept total is the sum of all. Returns the
    previous state for :func:`restore_state` (undo splits them again).
    """
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    top = _top_order(store)
    if keep_id not in top or not others or any(i not in top for i in others):
        raise ValidationError(Code.INVALID, field="merge")
    new_text = _text(text) if text is not None else None
    before = _state(store)
    marks = ",".join("?" * len(others))
    with store.transaction(TOPIC, VOTES):
        store.conn.execute(
            f"UPDATE question SET merged_into = ?, chosen_rank = NULL "
            f"WHERE id IN ({marks}) OR merged_into IN ({marks})",
            (keep_id, *others, *others))
        if new_text is not None:
            store.conn.execute("UPDATE question SET text = ? WHERE id = ?", (new_text, keep_id))
        _renumber(store, [i for i in top if i not in others])
        _dense_ranks(store)
        for topic in (TOPIC, VOTES):     # the kept total now holds the others' votes
            store.change.updated(topic, keep_id, *others)
    return before


def unmerge(store: Store, keep_id: int, ids: list[int] | None = None) -> list[dict]:
    """Split merged originals off ``keep_id`` again (all, or only ``ids``); return the previous state.

    The originals come back right after the kept question, in their earlier order.
    """
    children = [r["id"] for r in store.query(
        "SELECT id FROM question WHERE merged_into = ? ORDER BY position, id", (keep_id,))]
    chosen = children if ids is None else [i for i in children if i in set(ids)]
    if not chosen:
        raise ValidationError(Code.INVALID, field="unmerge")
    before = _state(store)
    top = _top_order(store)
    at = top.index(keep_id) + 1
    order = top[:at] + chosen + top[at:]
    marks = ",".join("?" * len(chosen))
    with store.transaction(TOPIC, VOTES):
        store.conn.execute(f"UPDATE question SET merged_into = NULL WHERE id IN ({marks})",
                           tuple(chosen))
        _renumber(store, order)
        for topic in (TOPIC, VOTES):     # the votes leave the kept total with them
            store.change.updated(topic, keep_id, *chosen)
    return before


def restore_state(store: Store, before: list[dict]) -> None:
    """Write back positions, merges, texts and ranks as returned by merge/unmerge/choose (undo)."""
    existing = {r["id"] for r in store.query("SELECT id FROM question")}
    with store.transaction(TOPIC, VOTES):
        for r in before:
            if r["id"] in existing:
                store.conn.execute(
                    "UPDATE question SET position = :position, merged_into = :merged_into, "
                    "text = :text, chosen_rank = :chosen_rank WHERE id = :id", r)
                store.change.updated(TOPIC, r["id"])
                store.change.updated(VOTES, r["id"])


# ---------------------------------------------------------------- voting


def get_round(store: Store) -> VoteRound:
    """The vote settings (defaults until the facilitator changes one)."""
    row = store.one("SELECT * FROM vote_round WHERE id = 1")
    if row is None:
        return VoteRound()
    return VoteRound(mode=row["mode"], dots=row["dots"], top_n=row["top_n"],
                     hidden=bool(row["hidden"]), voters=row["voters"])


def set_round(store: Store, **changes) -> dict:
    """Change vote settings (mode, dots, top_n, hidden, voters); return the old values."""
    allowed = {"mode", "dots", "top_n", "hidden", "voters"}
    if set(changes) - allowed:
        raise ValidationError(Code.INVALID, field=sorted(set(changes) - allowed)[0])
    values = dict(changes)
    if "mode" in values and values["mode"] not in MODES:
        raise ValidationError(Code.INVALID, field="mode")
    if "dots" in values:
        values["dots"] = _count(values["dots"], "dots", 1)
    if "top_n" in values:
        values["top_n"] = _count(values["top_n"], "top_n", 1)
    if "hidden" in values:
        values["hidden"] = int(bool(values["hidden"]))
    if "voters" in values and values["voters"] is not None:
        values["voters"] = _count(values["voters"], "voters", 0)
    old = get_round(store)
    before = {k: getattr(old, k) for k in values}
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(VOTES):
            store.conn.execute("INSERT OR IGNORE INTO vote_round (id) VALUES (1)")
            store.conn.execute(f"UPDATE vote_round SET {sets} WHERE id = 1", values)
    return before


def set_votes(store: Store, question_id: int, count) -> int:
    """Set a question's typed tally; return the old tally."""
    count = _count(count, "votes")
    old = get(store, question_id).votes
    with store.transaction(VOTES):
        store.conn.execute("UPDATE question SET votes = ? WHERE id = ?", (count, question_id))
        store.change.updated(VOTES, question_id)
    return old


def add_votes(store: Store, question_id: int, delta: int) -> int:
    """Add ``delta`` (may be negative; never below zero) to a question's tally; return the old one."""
    old = get(store, question_id).votes
    new = max(0, old + int(delta))
    if new != old:
        with store.transaction(VOTES):
            store.conn.execute("UPDATE question SET votes = ? WHERE id = ?", (new, question_id))
            store.change.updated(VOTES, question_id)
    return old


def set_ballot(store: Store, participant_id: int, question_id: int, dots: int) -> int:
    """One participant's dots on one question (0 removes); return the old number."""
    dots = _count(dots, "dots")
    get(store, question_id)
    old = store.scalar("SELECT dots FROM ballot WHERE participant_id = ? AND question_id = ?",
                       (participant_id, question_id)) or 0
    with store.transaction(VOTES):
        if dots:
            store.conn.execute(
                "INSERT INTO ballot (participant_id, question_id, dots) VALUES (?, ?, ?) "
                "ON CONFLICT (participant_id, question_id) DO UPDATE SET dots = excluded.dots",
                (participant_id, question_id, dots))
        else:
            store.conn.execute("DELETE FROM ballot WHERE participant_id = ? AND question_id = ?",
                               (participant_id, question_id))
        store.change.updated(VOTES, question_id)
    return old


def clear_votes(store: Store) -> dict:
    """Set every tally to zero and drop the ballots; return a snapshot for :func:`restore_votes`."""
    snapshot = {"votes": {r["id"]: r["votes"] for r in store.query("SELECT id, votes FROM question")},
                "ballots": store.query("SELECT * FROM ballot")}
    with store.transaction(VOTES):
        store.conn.execute("UPDATE question SET votes = 0")
        store.conn.execute("DELETE FROM ballot")
    return snapshot


def restore_votes(store: Store, snapshot: dict) -> None:
    """Undo :func:`clear_votes`."""
    with store.transaction(VOTES):
        for qid, votes in snapshot["votes"].items():
            store.conn.execute("UPDATE question SET votes = ? WHERE id = ?", (votes, qid))
        for b in snapshot["ballots"]:
            store.conn.execute(
                "INSERT OR REPLACE INTO ballot (participant_id, question_id, dots) VALUES (?, ?, ?)",
                (b["participant_id"], b["question_id"], b["dots"]))


def voter_count(store: Store, meeting_id: int | None = None) -> int:
    """How many people vote: the override, else those present at the meeting, else everyone."""
    rnd = get_round(store)
    if rnd.voters is not None:
        return rnd.voters
    if meeting_id is not None:
        return len(participants.present_ids(store, meeting_id))
    return store.scalar("SELECT COUNT(*) FROM participant")


def check_count(store: Store, meeting_id: int | None = None) -> CountCheck:
    """Flag tallies that cannot be right: more dots than voters × dots, or more hands than voters."""
    return count_check(listing(store), get_round(store), voter_count(store, meeting_id))


def count_check(entries: list[Entry], rnd: VoteRound, voters: int) -> CountCheck:
    """:func:`check_count` of a listing and a round already read (a view holds them)."""
    total = sum(e.total for e in entries)
    if rnd.mode == "hands":
        over_q = [e.id for e in entries if e.total > voters]
        return CountCheck(total, voters, voters, bool(over_q), over_q)
    capacity = voters * rnd.dots
    return CountCheck(total, voters, capacity, total > capacity)


def ranking(store: Store) -> list[Ranked]:
    """The top-level questions by total, highest first; ties keep their list order."""
    return ranking_of(listing(store))


def ranking_of(entries: list[Entry]) -> list[Ranked]:
    """:func:`ranking` of a listing already read, in list order (one read serves list and
    ranking): highest total first, ties in list order (the sort is stable)."""
    totals = [e.total for e in entries]
    result: list[Ranked] = []
    rank, last = 0, None
    for i, n in enumerate(sorted(range(len(entries)), key=totals.__getitem__, reverse=True)):
        total = totals[n]
        if total != last:
            rank, last = i + 1, total
        result.append(Ranked(entries[n], total, rank))
    return result


def find_cut(ranked: list[Ranked], top_n: int) -> Cut:
    """Where the top N falls; a tie across the cut is reported, never resolved."""
    if top_n <= 0 or not ranked:
        return Cut(top_n, [], [], 0)
    if len(ranked) <= top_n:
        return Cut(top_n, [r.entry.id for r in ranked], [], 0)
    boundary = ranked[top_n - 1].total
    if ranked[top_n].total != boundary:
        return Cut(top_n, [r.entry.id for r in ranked[:top_n]], [], 0)
    sure = [r.entry.id for r in ranked if r.total > boundary]
    tied = [r.entry.id for r in ranked if r.total == boundary]
    return Cut(top_n, sure, tied, top_n - len(sure))


def cut(store: Store) -> Cut:
    """The cut for the current ranking and the round's top N."""
    return find_cut(ranking(store), get_round(store).top_n)


# ---------------------------------------------------------------- the outcome


def choose(store: Store, question_ids: list[int]) -> list[dict]:
    """Make ``question_ids`` (in this order) the chosen questions 1..N; return the previous state."""
    ids = list(question_ids)
    top = set(_top_order(store))
    if not ids or len(set(ids)) != len(ids) or any(i not in top for i in ids):
        raise ValidationError(Code.INVALID, field="chosen")
    before = _state(store)
    with store.transaction(TOPIC, VOTES):
        store.conn.execute("UPDATE question SET chosen_rank = NULL")
        for rank, qid in enumerate(ids, start=1):
            store.conn.execute("UPDATE question SET chosen_rank = ? WHERE id = ?", (rank, qid))
        named = (*(r["id"] for r in before if r["chosen_rank"] is not None), *ids)
        store.change.updated(TOPIC, *named)
        store.change.updated(VOTES, *named)
    return before


def chosen_ids(store: Store) -> list[int]:
    """The ids of :func:`chosen`, in rank order (cheap)."""
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM question WHERE chosen_rank IS NOT NULL ORDER BY chosen_rank, position, id")]


def chosen(store: Store) -> list[Question]:
    """The chosen questions in rank order (the outcome of the vote step)."""
    return sorted((q for q in all_questions(store) if q.chosen_rank is not None),
                  key=lambda q: q.chosen_rank)
