"""Theme groups: one per chosen question, people's ranked choices, and forming the groups.

Every write is one transaction on topic "groups" and returns what undo needs
(old values, or a snapshot that the matching ``restore_…`` puts back under the
same ids). Forming looks only at the people present at the meeting (see
:func:`sessions.participants.present_ids`) plus anyone locked in a group.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sessions import assign, participants
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store

TOPIC = Topic.GROUPS      # ids: group ids (the groups themselves)
MEMBERS = "memberships"   # kind under TOPIC, ids: the participants placed, moved or removed
CHOICES = "choices"       # kind under TOPIC, ids: the participants whose choices changed

# Okabe–Ito first: distinguishable with every common colour-vision deficiency. Black is
# left out; it reads as "no colour" on a projector. Then four of Paul Tol's muted colours
# (indigo, wine, teal, olive), so an eighth group no longer repeats the first one's orange;
# the card's number tells groups apart where colours come close.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
           "#332288", "#882255", "#44AA99", "#999933")
NAME_MAX = 40
GROUP_FIELDS = ("name", "question_text", "colour", "min_size", "max_size")


@dataclass
class Group:
    """One theme group."""

    id: int
    position: int
    name: str
    question_id: int | None
    question_text: str
    colour: str
    min_size: int | None
    max_size: int | None


# ---------------------------------------------------------------- reading


def groups(store: Store) -> list[Group]:
    """The groups in their order."""
    rows = store.query("SELECT id, position, name, question_id, question_text, colour, min_size,"
                       " max_size FROM theme_group ORDER BY position, id")
    return [Group(**r) for r in rows]


def numbers(store: Store) -> dict[int, int]:
    """Each group's number, 1..N in group order: the number on the wall's card and the key that
    enters it as a choice. Every screen and document that numbers groups uses this."""
    return {r["id"]: n for n, r in enumerate(
        store.query("SELECT id FROM theme_group ORDER BY position, id"), start=1)}


def numbered(number: int | None, name: str) -> str:
    """A group's name with its number in front, as the wall shows it ('2  Functieprofiel')."""
    return f"{number}  {name}" if number else name


def get(store: Store, group_id: int) -> Group:
    """One group by id."""
    for g in groups(store):
        if g.id == group_id:
            return g
    raise ValidationError(Code.INVALID, field="group", id=group_id)


def chosen_questions(store: Store) -> list[dict]:
    """The room's chosen questions (id, text, chosen_rank), in rank order."""
    return store.query("SELECT id, text, chosen_rank FROM question WHERE chosen_rank IS NOT NULL"
                       " AND merged_into IS NULL ORDER BY chosen_rank, id")


def choices(store: Store) -> dict[int, list[int]]:
    """Each person's ranked group ids, first choice first."""
    out: dict[int, list[int]] = {}
    for r in store.query("SELECT participant_id, group_id FROM choice ORDER BY participant_id, rank"):
        out.setdefault(r["participant_id"], []).append(r["group_id"])
    return out


def memberships(store: Store) -> dict[int, tuple[int, bool]]:
    """Each placed person's group id and whether they are locked there."""
    return {r["participant_id"]: (r["group_id"], bool(r["locked"]))
            for r in store.query("SELECT participant_id, group_id, locked FROM membership")}


def members(store: Store, group_id: int) -> list[participants.Participant]:
    """The people in a group, in Dutch name order."""
    ids = {r["participant_id"] for r in store.query(
        "SELECT participant_id FROM membership WHERE group_id = ?", (group_id,))}
    return [p for p in participants.all_participants(store) if p.id in ids]


def short_name(question: str) -> str:
    """A short group name from a question: its first words, at most ``NAME_MAX`` characters."""
    words = " ".join(question.split()).rstrip("?!. ")
    if len(words) <= NAME_MAX:
        return words
    cut = words[:NAME_MAX].rsplit(" ", 1)[0]
    return (cut or words[:NAME_MAX]) + "…"


def next_colour(store: Store) -> str:
    """The first palette colour not yet used (cycling when all are)."""
    used = [g.colour.upper() for g in groups(store)]
    for c in PALETTE:
        if c not in used:
            return c
    return PALETTE[len(used) % len(PALETTE)]


# ---------------------------------------------------------------- groups


def _clean_name(name: str) -> str:
    # kept as typed (only trimmed), like every other text: the projector wraps long names
    name = str(name).strip()
    if "\x00" in name:
        raise ValidationError(Code.INVALID, field="name", reason="nul")
    if not name:
        raise ValidationError(Code.INVALID, field="name")
    return name


def add_group(store: Store, name: str, *, question_text: str = "", question_id: int | None = None,
              colour: str | None = None) -> int:
    """Add a group at the end; return its id."""
    name = _clean_name(name)
    with store.transaction(TOPIC):
        position = (store.scalar("SELECT MAX(position) FROM theme_group") or 0) + 1
        cur = store.conn.execute(
            "INSERT INTO theme_group (position, name, question_id, question_text, colour)"
            " VALUES (?, ?, ?, ?, ?)",
            (position, name, question_id, question_text.strip(), colour or next_colour(store)))
        store.change.inserted(TOPIC, cur.lastrowid)
    return cur.lastrowid


def create_from_questions(store: Store) -> list[int]:
    """One group per chosen question that has none yet; return the new ids (undo removes them)."""
    have = {g.question_id for g in groups(store)}
    new: list[int] = []
    with store.transaction(TOPIC):
        for q in chosen_questions(store):
            if q["id"] in have:
                continue
            new.append(add_group(store, short_name(q["text"]) or q["text"][:NAME_MAX],
                                 question_text=q["text"], question_id=q["id"]))
    return new


def update_group(store: Store, group_id: int, **changes) -> dict:
    """Change a group's name, question text, colour or sizes; return the old values."""
    unknown = set(changes) - set(GROUP_FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    before = get(store, group_id)
    if "name" in changes:
        changes["name"] = _clean_name(changes["name"])
    for key in ("min_size", "max_size"):
        if key in changes and changes[key] is not None:
            value = int(changes[key])
            if value < 0:
                raise ValidationError(Code.INVALID, field=key)
            changes[key] = value
    if changes:
        sets = ", ".join(f"{k} = :{k}" for k in changes)
        with store.transaction(TOPIC):
            store.conn.execute(f"UPDATE theme_group SET {sets} WHERE id = :id",
                               {**changes, "id": group_id})
            store.change.updated(TOPIC, group_id)
    return {k: getattr(before, k) for k in changes}


def rename_group(store: Store, group_id: int, name: str) -> str:
    """Give a group a new name; return the old one."""
    return update_group(store, group_id, name=name)["name"]


def set_caps(store: Store, min_size: int | None, max_size: int | None) -> dict[int, tuple]:
    """Give every group the same minimum and maximum; return the old (min, max) per group."""
    if min_size is not None and max_size is not None and min_size > max_size:
        raise ValidationError(Code.INVALID, field="caps", reason="min_above_max",
                              min_size=min_size, max_size=max_size)
    before = {g.id: (g.min_size, g.max_size) for g in groups(store)}
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE theme_group SET min_size = ?, max_size = ?", (min_size, max_size))
        store.change.updated(TOPIC, *before)
    return before


def restore_caps(store: Store, caps: dict[int, tuple]) -> None:
    """Put back the (min, max) per group that :func:`set_caps` returned."""
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, *caps)
        for gid, (lo, hi) in caps.items():
            store.conn.execute("UPDATE theme_group SET min_size = ?, max_size = ? WHERE id = ?",
                               (lo, hi, gid))


def _rows(store: Store, sql: str, params: tuple) -> list[dict]:
    return store.query(sql, params)


def remove_group(store: Store, group_id: int) -> dict:
    """Delete a group with its choices, members and actions; return a snapshot for restore."""
    snap = {
        "group": store.one("SELECT * FROM theme_group WHERE id = ?", (group_id,)),
        "choice": _rows(store, "SELECT * FROM choice WHERE group_id = ?", (group_id,)),
        "membership": _rows(store, "SELECT * FROM membership WHERE group_id = ?", (group_id,)),
        "action": _rows(store, "SELECT * FROM action WHERE group_id = ?", (group_id,)),
        "action_member": _rows(store, "SELECT am.* FROM action_member am JOIN action a"
                               " ON a.id = am.action_id WHERE a.group_id = ?", (group_id,)),
        # the half year's log and the harvest outcomes go with the actions: keep them for undo
        "action_log": _rows(store, "SELECT l.* FROM action_log l JOIN action a"
                            " ON a.id = l.action_id WHERE a.group_id = ?", (group_id,)),
        "outcome": _rows(store, "SELECT o.* FROM outcome o JOIN action a"
                         " ON a.id = o.action_id WHERE a.group_id = ?", (group_id,)),
    }
    if snap["group"] is None:
        raise ValidationError(Code.INVALID, field="group", id=group_id)
    with store.transaction(TOPIC, Topic.ACTIONS):
        store.conn.execute("DELETE FROM theme_group WHERE id = ?", (group_id,))
        store.change.deleted(TOPIC, group_id)
        store.change.updated(TOPIC, *(r["participant_id"] for r in snap["membership"]), kind=MEMBERS)
        store.change.updated(TOPIC, *(r["participant_id"] for r in snap["choice"]), kind=CHOICES)
    return snap


def restore_group(store: Store, snap: dict) -> None:
    """Put a removed group back under the same id, with its choices, members and actions."""
    with store.transaction(TOPIC, Topic.ACTIONS):
        store.change.inserted(TOPIC, snap["group"]["id"])
        store.change.updated(TOPIC, *(r["participant_id"] for r in snap.get("membership", [])), kind=MEMBERS)
        store.change.updated(TOPIC, *(r["participant_id"] for r in snap.get("choice", [])), kind=CHOICES)
        for table in ("theme_group", "choice", "membership", "action", "action_member",
                      "action_log", "outcome"):
            rows = snap.get("group" if table == "theme_group" else table, [])
            for row in [rows] if isinstance(rows, dict) else rows:
                cols = ", ".join(row)
                marks = ", ".join(f":{k}" for k in row)
                # a choice's rank may have been taken meanwhile; the newer choice wins
                verb = "INSERT OR IGNORE" if table == "choice" else "INSERT"
                store.conn.execute(f"{verb} INTO {table} ({cols}) VALUES ({marks})", row)


# ---------------------------------------------------------------- choices


def set_choices(store: Store, participant_id: int, group_ids: list[int | None]) -> list[int]:
    """Replace someone's ranked choices (up to three, no repeats); return the old list."""
    participants.get(store, participant_id)
    valid = {g.id for g in groups(store)}
    clean: list[int] = []
    for g in group_ids:
        if g is None:
            continue
        if g not in valid:
            raise ValidationError(Code.INVALID, field="group", id=g)
        if g not in clean:
            clean.append(g)
    if len(clean) > assign.MAX_RANK:
        raise ValidationError(Code.INVALID, field="rank")
    before = choices(store).get(participant_id, [])
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, participant_id, kind=CHOICES)
        store.conn.execute("DELETE FROM choice WHERE participant_id = ?", (participant_id,))
        store.conn.executemany(
            "INSERT INTO choice (participant_id, rank, group_id) VALUES (?, ?, ?)",
            [(participant_id, rank, g) for rank, g in enumerate(clean, start=1)])
    return before


def choose(store: Store, participant_id: int, rank: int, group_id: int | None) -> list[int]:
    """Set one rank of someone's choices (None clears it); return the old list for undo.

    Choosing a group already at another rank moves it; lower ranks close up.
    """
    if rank not in (1, 2, 3):
        raise ValidationError(Code.INVALID, field="rank")
    current = choices(store).get(participant_id, [])
    slots: list[int | None] = list(current) + [None] * (3 - len(current))
    if group_id is not None:
        slots = [None if g == group_id else g for g in slots]
    slots[rank - 1] = group_id
    return set_choices(store, participant_id, slots)


# ---------------------------------------------------------------- memberships


def set_memberships(store: Store, changes: dict[int, tuple[int, bool] | None]) -> dict:
    """Place, move, lock or remove people ({id: (group, locked) or None}); return the old state."""
    current = memberships(store)
    before = {pid: current.get(pid) for pid in changes}
    valid = {g.id for g in groups(store)}
    for pid, value in changes.items():
        if value is not None and value[0] not in valid:
            raise ValidationError(Code.INVALID, field="group", id=value[0])
        participants.get(store, pid)
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, *changes, kind=MEMBERS)
        for pid, value in changes.items():
            if value is None:
                store.conn.execute("DELETE FROM membership WHERE participant_id = ?", (pid,))
            else:
                store.conn.execute(
                    "INSERT INTO membership (participant_id, group_id, locked) VALUES (?, ?, ?)"
                    " ON CONFLICT(participant_id) DO UPDATE SET group_id = excluded.group_id,"
                    " locked = excluded.locked", (pid, value[0], int(bool(value[1]))))
    return before


def move(store: Store, participant_id: int, group_id: int | None, *, lock: bool | None = None
         ) -> dict:
    """Put someone in a group (None: in none); keeps their lock unless ``lock`` says; undo data."""
    old = memberships(store).get(participant_id)
    locked = (old[1] if old else False) if lock is None else lock
    return set_memberships(store, {participant_id: None if group_id is None else (group_id, locked)})


def set_locked(store: Store, participant_id: int, locked: bool) -> dict:
    """Lock someone in their group (re-forming keeps them) or unlock; return the old state."""
    old = memberships(store).get(participant_id)
    if old is None:
        raise ValidationError(Code.INVALID, field="membership", id=participant_id)
    return set_memberships(store, {participant_id: (old[0], locked)})


def snapshot(store: Store) -> dict[int, tuple[int, bool]]:
    """Every membership, for undoing a whole forming."""
    return memberships(store)


def restore_memberships(store: Store, snap: dict[int, tuple[int, bool]]) -> None:
    """Replace every membership by a snapshot."""
    valid = {g.id for g in groups(store)}
    with store.transaction(TOPIC):
        store.change.reload(TOPIC)   # everyone may have moved
        store.conn.execute("DELETE FROM membership")
        store.conn.executemany(
            "INSERT INTO membership (participant_id, group_id, locked) VALUES (?, ?, ?)",
            [(pid, g, int(lk)) for pid, (g, lk) in snap.items() if g in valid])


# ---------------------------------------------------------------- forming


def people(store: Store, meeting_id: int | None = None) -> list[assign.Person]:
    """Who takes part in forming: the present, plus anyone locked in a group."""
    meeting_id = participants.checkin_meeting_id(store) if meeting_id is None else meeting_id
    present = participants.present_ids(store, meeting_id) if meeting_id is not None else {
        p.id for p in participants.all_participants(store)}
    ranked = choices(store)
    placed = memberships(store)
    out = []
    for p in participants.all_participants(store):
        locked = placed.get(p.id, (None, False))
        if p.id in present or locked[1]:
            out.append(assign.Person(p.id, tuple(ranked.get(p.id, ())), p.area,
                                     locked[0] if locked[1] else None))
    return out


def absent_count(store: Store, meeting_id: int | None = None) -> int:
    """How many participants are left out of forming because they are not present."""
    return participants.count(store) - len(people(store, meeting_id))


def _apply(store: Store, result: assign.Result, included: list[assign.Person]
           ) -> dict[int, tuple[int, bool]]:
    before = snapshot(store)
    locked = {pid for pid, (_g, lk) in before.items() if lk}
    new = {pid: (g, pid in locked) for pid, g in result.assignment.items() if g is not None}
    # locked people outside the forming (not present) keep their place too
    for pid in locked:
        new.setdefault(pid, before[pid])
    restore_memberships(store, new)
    return before


def form_free(store: Store, meeting_id: int | None = None) -> tuple[assign.Result, dict]:
    """Everyone present to their first choice; locked people stay. Returns (result, undo snapshot)."""
    included = people(store, meeting_id)
    result = assign.free(included, [g.id for g in groups(store)])
    return result, _apply(store, result, included)


@dataclass
class BalancedOptions:
    """Balanced forming worked out but not applied: both aims, and the sizes used.

    ``chosen``: nobody outside their choices as far as the sizes allow, then most first
    choices (the default). ``first``: most first choices, whatever it costs. ``caps``
    are the sizes used; ``auto`` is True when the facilitator set no limits and the
    most even sizes that keep everyone in a chosen group were used (see
    :func:`sessions.assign.even_caps`).
    """

    chosen: assign.Result
    first: assign.Result
    caps: dict[int, assign.Caps]
    auto: bool

    @property
    def differ(self) -> bool:
        """True when the two aims leave different numbers (the facilitator should pick)."""
        return not self.chosen.same_counts(self.first)

    def size_range(self) -> tuple[int, int | None]:
        """(smallest minimum, largest maximum) over the groups, for the console to show."""
        lows = [c.min_size or 0 for c in self.caps.values()]
        highs = [c.max_size for c in self.caps.values()]
        return (min(lows, default=0),
                None if any(h is None for h in highs) else max(highs, default=0))


def balanced_options(store: Store, meeting_id: int | None = None, *, spread_areas: bool = True,
                     sizes: tuple[int | None, int | None] | None = None) -> BalancedOptions:
    """Work out balanced forming for both aims without changing anything.

    With no minimum and no maximum on any group, the sizes are the most even ones for
    which nobody has to go outside their choices. Raises ``ValidationError(Code.INVALID,
    field='caps', reason=...)`` when the sizes cannot hold the people present.
    """
    included = people(store, meeting_id)
    gs = groups(store)
    if sizes is not None:
        # the sizes the facilitator typed, for every group, tried without writing them
        low, high = sizes
        if low is not None and high is not None and low > high:
            raise ValidationError(Code.INVALID, field="caps", reason="min_above_max",
                                  min_size=low, max_size=high)
        gs = [dataclasses.replace(g, min_size=low, max_size=high) for g in gs]
    caps = {g.id: assign.Caps(g.min_size, g.max_size) for g in gs}
    auto = bool(gs) and all(g.min_size is None and g.max_size is None for g in gs)
    if auto:
        caps, chosen = assign.even_caps(included, [g.id for g in gs], spread_areas=spread_areas)
    else:
        chosen = assign.balanced(included, caps, spread_areas=spread_areas, aim="chosen")
    first = assign.balanced(included, caps, spread_areas=spread_areas, aim="first")
    return BalancedOptions(chosen, first, caps, auto)


def apply_result(store: Store, result: assign.Result, meeting_id: int | None = None
                 ) -> dict[int, tuple[int, bool]]:
    """Make a worked-out result the groups (locked people stay); return the undo snapshot."""
    return _apply(store, result, people(store, meeting_id))


def apply_balanced(store: Store, result: assign.Result, meeting_id: int | None,
                   sizes: tuple[int | None, int | None]) -> dict[int, tuple[int, bool]]:
    """Give every group the sizes and make ``result`` the groups, as one transaction; return
    the memberships before (undo: :func:`restore_memberships` and :func:`restore_caps`)."""
    with store.transaction("groups"):
        set_caps(store, *sizes)
        return apply_result(store, result, meeting_id)


def form_balanced(store: Store, meeting_id: int | None = None, *, spread_areas: bool = True,
                  aim: str = "chosen") -> tuple[assign.Result, dict]:
    """The optimal assignment within each group's min/max; returns (result, undo snapshot).

    Raises ``ValidationError(Code.INVALID, field='caps', reason=...)`` when the sizes
    cannot hold the people present (nothing is changed then).
    """
    options = balanced_options(store, meeting_id, spread_areas=spread_areas)
    result = options.chosen if aim == "chosen" else options.first
    return result, apply_result(store, result, meeting_id)


def current_result(store: Store, meeting_id: int | None = None) -> assign.Result:
    """How satisfied the present people are with the groups as they stand now."""
    included = people(store, meeting_id)
    placed = memberships(store)
    return assign.evaluate(included, {p.id: placed.get(p.id, (None, False))[0] for p in included})


def add_late_arrival(store: Store, meeting_id: int | None, group_id: int | None, **values) -> int:
    """Add someone who arrives late, with first choice and place (see participants.add_late_arrival).

    Undo with :func:`sessions.participants.delete`.
    """
    if group_id is not None:
        get(store, group_id)
    with store.transaction(participants.TOPIC, participants.ATTENDANCE, TOPIC):
        # the one late-arrival rule: checked in only when check-in is in use at the meeting
        pid = participants.add_late_arrival(store, meeting_id, **values)
        if group_id is not None:
            set_choices(store, pid, [group_id])
            set_memberships(store, {pid: (group_id, False)})
    return pid
