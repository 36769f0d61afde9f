"""Experiments: well-defined tries at learning from each other, with their evidence and outcome.

The card follows Strategyzer's test card (we believe that… / to verify that, we will… /
and measure… / we are right if…), its learning card (we observed… / from that we
learned… / therefore we will…) and the improvement kata (expected, happened, learned,
next): ``hypothesis`` is what was expected, ``observed`` what happened, ``lesson`` what was
learned and ``next_step`` what comes next.

Status rules (checked on every edit, with the card as it would be after the edit):

- the path is idee → gepland → loopt → afgerond, with gestopt possible from any open status;
  a step back (gepland → idee, loopt → gepland, afgerond → loopt, gestopt → idee/gepland/loopt)
  is allowed, a jump from idee straight to afgerond is not;
- gepland and loopt need a hypothesis ("we denken dat…") and a success criterion;
- loopt gets today's start date when it has none;
- afgerond needs a result (werkt, werkt deels, werkt niet) and its lesson, and gets today's
  end date when it has none; "werkt niet" is a full result;
- gestopt needs a lesson or a note that says why;
- a result exists only once the experiment runs (loopt, afgerond, gestopt);
- a decision (spread, adjust, stop) needs a result; spreading needs at least one team and a
  result that (partly) works.

Also here: the ways of working (werkwijzen) with their ambassadors on the path
study → try → share, and the team-meeting log. Every write is one transaction on topic
"experiments"; every edit returns what :func:`put_back` or a ``restore_…`` needs to undo it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sessions import participants
from sessions.changes import Topic, name_cascade
from sessions.errors import Code, ValidationError
from sessions.intake import clean_text
from sessions.store import Store, now_iso

TOPIC = Topic.EXPERIMENTS     # ids: experiment ids (their pair links too)
EVIDENCE = "experiments.evidence"   # kind: evidence ids
METHODS = "experiments.methods"     # kind: ways of working (method ids; their ambassadors too)
SHARES = "experiments.shares"       # kind: team-meeting log lines (ids)
# what an experiment's or a method's delete takes with it, for the record
_CASCADE = {"experiment": (TOPIC, None, "id", True),
            "experiment_evidence": (TOPIC, EVIDENCE, "id", True),
            "method": (TOPIC, METHODS, "id", True),
            "ambassador": (TOPIC, METHODS, "method_id", False),
            "team_meeting": (TOPIC, SHARES, "id", False),
            "advice_hours": (Topic.HOURS, None, "id", False)}
STATUSES = ("idee", "gepland", "loopt", "afgerond", "gestopt")
OPEN_STATUSES = ("idee", "gepland", "loopt")
RESULTS = ("werkt", "deels", "niet")
DECISIONS = ("spread", "adjust", "stop")
STAGES = ("study", "try", "share")
ALLOWED = {
    "idee": {"gepland", "loopt", "gestopt"},
    "gepland": {"idee", "loopt", "gestopt"},
    "loopt": {"gepland", "afgerond", "gestopt"},
    "afgerond": {"loopt"},
    "gestopt": {"idee", "gepland", "loopt"},
}
TEXT_FIELDS = ("title", "question", "hypothesis", "approach", "measure", "criterion", "team",
               "theme", "observed", "lesson", "next_step", "decision_note")
FIELDS = (*TEXT_FIELDS, "ambassador_id", "goal_id", "start_date", "end_date", "status", "result",
          "decision", "spread_to", "picked")


@dataclass
class Experiment:
    """One experiment card."""

    id: int
    position: int
    title: str
    question: str = ""
    hypothesis: str = ""
    approach: str = ""
    measure: str = ""
    criterion: str = ""
    team: str = ""
    ambassador_id: int | None = None
    goal_id: int | None = None
    theme: str = ""
    start_date: str = ""
    end_date: str = ""
    status: str = "idee"
    result: str = ""
    observed: str = ""
    lesson: str = ""
    next_step: str = ""
    decision: str = ""
    decision_note: str = ""
    spread_to: list[str] = field(default_factory=list)
    picked: int = 0
    created_at: str = ""
    pairs: list[dict] = field(default_factory=list)      # {pair_id, label}
    evidence_count: int = 0


def _row(r: dict, pairs: list[dict] | None = None, evidence: int = 0) -> Experiment:
    r = dict(r)
    try:
        spread = json.loads(r.get("spread_to") or "[]")
    except ValueError:
        spread = []
    r["spread_to"] = [str(x) for x in spread] if isinstance(spread, list) else []
    return Experiment(**r, pairs=pairs or [], evidence_count=evidence)


def experiments(store: Store) -> list[Experiment]:
    """Every experiment in board order."""
    return _read(store, "", ())


def by_ids(store: Store, ids) -> dict[int, Experiment]:
    """The experiments with these ids that exist (for updating a view from a change record)."""
    ids = list(ids)
    found: dict[int, Experiment] = {}
    for start in range(0, len(ids), 500):
        chunk = tuple(ids[start:start + 500])
        found.update((e.id, e) for e in _read(store, f"IN ({','.join('?' * len(chunk))})", chunk))
    return found


def order(store: Store) -> list[int]:
    """Every experiment id in board order (cheap: for placing changed rows)."""
    return [r[0] for r in store.conn.execute("SELECT id FROM experiment ORDER BY position, id")]


def _read(store: Store, ids_in: str, params: tuple) -> list[Experiment]:
    """Experiments (all, or ``experiment_id``/``id`` ``ids_in``) with their pairs and counts."""
    only = f" WHERE experiment_id {ids_in}" if ids_in else ""
    pairs: dict[int, list[dict]] = {}
    for p in store.query(f"SELECT experiment_id, pair_id, label FROM experiment_pair{only}"
                         " ORDER BY id", params):
        pairs.setdefault(p["experiment_id"], []).append(
            {"pair_id": p["pair_id"], "label": p["label"]})
    counts = {r["experiment_id"]: r["n"] for r in store.query(
        f"SELECT experiment_id, COUNT(*) AS n FROM experiment_evidence{only}"
        " GROUP BY experiment_id", params)}
    where = f" WHERE id {ids_in}" if ids_in else ""
    return [_row(r, pairs.get(r["id"]), counts.get(r["id"], 0))
            for r in store.query(f"SELECT * FROM experiment{where} ORDER BY position, id", params)]


def get(store: Store, experiment_id: int) -> Experiment:
    """One experiment by id."""
    row = store.one("SELECT * FROM experiment WHERE id = ?", (experiment_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="experiment", id=experiment_id)
    pairs = [{"pair_id": p["pair_id"], "label": p["label"]} for p in store.query(
        "SELECT pair_id, label FROM experiment_pair WHERE experiment_id = ? ORDER BY id",
        (experiment_id,))]
    n = store.scalar("SELECT COUNT(*) FROM experiment_evidence WHERE experiment_id = ?",
                     (experiment_id,))
    return _row(row, pairs, n)


# ---------------------------------------------------------------- validation


def _date(value, field_name: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(Code.INVALID, field=field_name, reason="date") from None


def _clean(store: Store, changes: dict) -> dict:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    out: dict = {}
    for key, value in changes.items():
        if key in TEXT_FIELDS:
            out[key] = clean_text(value, key, limit=300 if key in ("title", "team", "theme")
                                  else 4000)
        elif key == "ambassador_id":
            if value is not None:
                participants.get(store, int(value))
                value = int(value)
            out[key] = value
        elif key == "goal_id":
            if value is not None:
                if store.scalar("SELECT 1 FROM peer_goal WHERE id = ?", (int(value),)) is None:
                    raise ValidationError(Code.INVALID, field="goal", id=value)
                value = int(value)
            out[key] = value
        elif key in ("start_date", "end_date"):
            out[key] = _date(value, key)
        elif key == "status":
            if value not in STATUSES:
                raise ValidationError(Code.INVALID, field="status", value=str(value))
            out[key] = value
        elif key == "result":
            if value not in ("", *RESULTS):
                raise ValidationError(Code.INVALID, field="result", value=str(value))
            out[key] = value
        elif key == "decision":
            if value not in ("", *DECISIONS):
                raise ValidationError(Code.INVALID, field="decision", value=str(value))
            out[key] = value
        elif key == "spread_to":
            teams: list[str] = []
            for t in value or []:
                t = clean_text(t, "spread_to", limit=200)
                if t and t not in teams:
                    teams.append(t)
            out[key] = teams
        elif key == "picked":
            out[key] = 1 if value else 0
    return out


def check(card: dict, old_status: str | None = None) -> None:
    """Raise a ValidationError (``reason`` says which rule) when ``card`` breaks a status rule."""
    status = card["status"]
    if old_status is not None and status != old_status and status not in ALLOWED[old_status]:
        raise ValidationError(Code.INVALID, field="status", reason="transition",
                              value=status, old=old_status)
    if not card["title"]:
        raise ValidationError(Code.INVALID, field="title")
    if card["start_date"] and card["end_date"] and card["end_date"] < card["start_date"]:
        raise ValidationError(Code.INVALID, field="end_date", reason="before_start")
    if status in ("gepland", "loopt"):
        if not card["hypothesis"]:
            raise ValidationError(Code.INVALID, field="hypothesis", reason="needed_for_status",
                                  value=status)
        if not card["criterion"]:
            raise ValidationError(Code.INVALID, field="criterion", reason="needed_for_status",
                                  value=status)
    if card["result"] and status in ("idee", "gepland"):
        raise ValidationError(Code.INVALID, field="result", reason="not_running")
    if status == "afgerond":
        if not card["result"]:
            raise ValidationError(Code.INVALID, field="result", reason="needed_for_status",
                                  value=status)
        if not card["lesson"]:
            raise ValidationError(Code.INVALID, field="lesson", reason="needed_for_status",
                                  value=status)
    if status == "gestopt" and not (card["lesson"] or card["decision_note"]):
        raise ValidationError(Code.INVALID, field="lesson", reason="needed_for_status",
                              value=status)
    if card["decision"] and not card["result"]:
        raise ValidationError(Code.INVALID, field="decision", reason="needs_result")
    if card["decision"] == "spread":
        if card["result"] == "niet":
            raise ValidationError(Code.INVALID, field="decision", reason="spread_not_working")
        if not card["spread_to"]:
            raise ValidationError(Code.INVALID, field="spread_to", reason="required")


def _card(e: Experiment) -> dict:
    return {k: getattr(e, k) for k in FIELDS}


def _db(values: dict) -> dict:
    return {k: (json.dumps(v, ensure_ascii=False) if k == "spread_to" else v)
            for k, v in values.items()}


# ---------------------------------------------------------------- editing


def add(store: Store, title: str, *, pairs: list[dict] | None = None, **values) -> int:
    """Add an experiment at the end of the board; return its id."""
    values = _clean(store, {"title": title, **values})
    card = {k: "" for k in FIELDS} | {"ambassador_id": None, "goal_id": None, "status": "idee",
                                       "spread_to": [], "picked": 0} | values
    check(card)
    if card["status"] == "loopt" and not card["start_date"]:
        card["start_date"] = date.today().isoformat()
    with store.transaction(TOPIC):
        card["position"] = (store.scalar("SELECT MAX(position) FROM experiment") or 0) + 1
        card["created_at"] = now_iso()
        cols = ", ".join(card)
        cur = store.conn.execute(
            f"INSERT INTO experiment ({cols}) VALUES ({', '.join(':' + k for k in card)})",
            _db(card))
        store.change.inserted(TOPIC, cur.lastrowid)
        _write_pairs(store, cur.lastrowid, pairs or [])
    return cur.lastrowid


def update(store: Store, experiment_id: int, *, today: date | None = None, **changes) -> dict:
    """Change fields under the status rules; return the old values of everything changed."""
    before = get(store, experiment_id)
    values = _clean(store, changes)
    old_card = _card(before)
    card = {**old_card, **values}
    today_iso = (today or date.today()).isoformat()
    if card["status"] != before.status:
        if card["status"] == "loopt" and not card["start_date"]:
            card["start_date"] = today_iso
        if card["status"] in ("afgerond", "gestopt") and not card["end_date"]:
            card["end_date"] = today_iso
    check(card, before.status)
    diff = {k: v for k, v in card.items() if v != old_card[k]}
    if diff:
        _write(store, experiment_id, diff)
    return {k: old_card[k] for k in diff}


def put_back(store: Store, experiment_id: int, old: dict) -> None:
    """Undo an :func:`update`: write the old values back (they held before, so no rule check)."""
    values = _clean(store, old)
    if values:
        _write(store, experiment_id, values)


def _write(store: Store, experiment_id: int, values: dict) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in values)
    with store.transaction(TOPIC):
        store.conn.execute(f"UPDATE experiment SET {sets} WHERE id = :id",
                           {**_db(values), "id": experiment_id})
        store.change.updated(TOPIC, experiment_id)


def set_pairs(store: Store, experiment_id: int, pairs: list[dict]) -> list[dict]:
    """Link learning pairs (``{pair_id, label}``); return the old links."""
    old = get(store, experiment_id).pairs
    with store.transaction(TOPIC):
        _write_pairs(store, experiment_id, pairs)
        store.change.updated(TOPIC, experiment_id)
    return old


def _write_pairs(store: Store, experiment_id: int, pairs: list[dict]) -> None:
    store.conn.execute("DELETE FROM experiment_pair WHERE experiment_id = ?", (experiment_id,))
    for p in pairs:
        label = clean_text(p.get("label", ""), "pair", limit=300)
        pair_id = p.get("pair_id")
        if label or pair_id is not None:
            store.conn.execute(
                "INSERT INTO experiment_pair (experiment_id, pair_id, label) VALUES (?, ?, ?)",
                (experiment_id, None if pair_id is None else int(pair_id), label))


def delete(store: Store, experiment_id: int) -> list:
    """Remove an experiment with its evidence and links; return a snapshot for :func:`restore`."""
    get(store, experiment_id)
    snap = store.snapshot_cascade("experiment", "id", [experiment_id])
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM experiment WHERE id = ?", (experiment_id,))
        name_cascade(store.change, snap, _CASCADE)
    return snap


def restore(store: Store, snap: list) -> None:
    """Put a deleted experiment back, with its evidence, links and the hours booked on it."""
    with store.transaction(TOPIC):
        store.restore_cascade(snap)
        name_cascade(store.change, snap, _CASCADE, restoring=True)


def reorder(store: Store, order: list[int]) -> list[int]:
    """Put the board in this order (all ids); return the old order."""
    old = [r["id"] for r in store.query("SELECT id FROM experiment ORDER BY position, id")]
    if sorted(old) != sorted(order):
        raise ValidationError(Code.INVALID, field="order")
    with store.transaction(TOPIC):
        store.conn.executemany("UPDATE experiment SET position = ? WHERE id = ?",
                               [(i, eid) for i, eid in enumerate(order, start=1)])
        store.change.updated(TOPIC, *(new for new, was in zip(order, old, strict=True)
                                      if new != was))
    return old


# ---------------------------------------------------------------- evidence


@dataclass
class Evidence:
    """A dated note of what was seen: "filmopname besproken in teamoverleg"."""

    id: int
    experiment_id: int
    date: str
    text: str
    created_at: str


def evidence(store: Store, experiment_id: int | None = None) -> list[Evidence]:
    """The evidence of one experiment (or all), oldest first."""
    where, params = ("WHERE experiment_id = ?", (experiment_id,)) if experiment_id else ("", ())
    return [Evidence(**r) for r in store.query(
        f"SELECT * FROM experiment_evidence {where} ORDER BY date, id", params)]


def add_evidence(store: Store, experiment_id: int, when, text: str) -> int:
    """Note evidence on a date; return its id."""
    get(store, experiment_id)
    when = _date(when, "date")
    if not when:
        raise ValidationError(Code.INVALID, field="date", reason="date")
    text = clean_text(text, "text", required=True)
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO experiment_evidence (experiment_id, date, text, created_at)"
            " VALUES (?, ?, ?, ?)", (experiment_id, when, text, now_iso()))
        store.change.inserted(TOPIC, cur.lastrowid, kind=EVIDENCE)
        store.change.updated(TOPIC, experiment_id)     # its evidence count
    return cur.lastrowid


def remove_evidence(store: Store, evidence_id: int) -> dict:
    """Delete an evidence note; return its row for :func:`restore_evidence`."""
    row = store.one("SELECT * FROM experiment_evidence WHERE id = ?", (evidence_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="evidence", id=evidence_id)
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM experiment_evidence WHERE id = ?", (evidence_id,))
        store.change.deleted(TOPIC, evidence_id, kind=EVIDENCE)
        store.change.updated(TOPIC, row["experiment_id"])
    return row


def restore_evidence(store: Store, row: dict) -> None:
    """Put a deleted evidence note back under its id."""
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT INTO experiment_evidence (id, experiment_id, date, text, created_at)"
            " VALUES (:id, :experiment_id, :date, :text, :created_at)", row)
        store.change.inserted(TOPIC, row["id"], kind=EVIDENCE)
        store.change.updated(TOPIC, row["experiment_id"])


# ---------------------------------------------------------------- ways of working, ambassadors


@dataclass
class Ambassador:
    """A colleague who studies, tries and shares a way of working."""

    method_id: int
    participant_id: int
    name: str
    team: str
    stage: str
    since: str


@dataclass
class Method:
    """A way of working ("werkwijze") the organisation tries, with its ambassadors."""

    id: int
    position: int
    title: str
    description: str
    experiment_id: int | None
    created_at: str
    ambassadors: list[Ambassador] = field(default_factory=list)


def methods(store: Store) -> list[Method]:
    """Every way of working with its ambassadors."""
    ambs: dict[int, list[Ambassador]] = {}
    for r in store.query(
            "SELECT a.*, p.first_name, p.prefix, p.last_name, p.area FROM ambassador a"
            " JOIN participant p ON p.id = a.participant_id ORDER BY a.rowid"):
        ambs.setdefault(r["method_id"], []).append(Ambassador(
            r["method_id"], r["participant_id"],
            participants.display_name(r["first_name"], r["prefix"], r["last_name"]),
            r["area"], r["stage"], r["since"]))
    return [Method(**r, ambassadors=ambs.get(r["id"], []))
            for r in store.query("SELECT * FROM method ORDER BY position, id")]


def add_method(store: Store, title: str, description: str = "",
               experiment_id: int | None = None) -> int:
    """Add a way of working; return its id."""
    title = clean_text(title, "title", required=True, limit=300)
    description = clean_text(description, "description")
    if experiment_id is not None:
        get(store, experiment_id)
    with store.transaction(TOPIC):
        pos = (store.scalar("SELECT MAX(position) FROM method") or 0) + 1
        cur = store.conn.execute(
            "INSERT INTO method (position, title, description, experiment_id, created_at)"
            " VALUES (?, ?, ?, ?, ?)", (pos, title, description, experiment_id, now_iso()))
        store.change.inserted(TOPIC, cur.lastrowid, kind=METHODS)
    return cur.lastrowid


def update_method(store: Store, method_id: int, **changes) -> dict:
    """Change a way of working's title, description or experiment; return the old values."""
    row = store.one("SELECT * FROM method WHERE id = ?", (method_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="method", id=method_id)
    values: dict = {}
    for k, v in changes.items():
        if k == "title":
            values[k] = clean_text(v, k, required=True, limit=300)
        elif k == "description":
            values[k] = clean_text(v, k)
        elif k == "experiment_id":
            if v is not None:
                get(store, int(v))
            values[k] = v
        else:
            raise ValidationError(Code.INVALID, field=k)
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(TOPIC):
            store.conn.execute(f"UPDATE method SET {sets} WHERE id = :id",
                               {**values, "id": method_id})
            store.change.updated(TOPIC, method_id, kind=METHODS)
    return {k: row[k] for k in values}


def delete_method(store: Store, method_id: int) -> list:
    """Remove a way of working with its ambassadors; return a snapshot for :func:`restore`."""
    if store.scalar("SELECT 1 FROM method WHERE id = ?", (method_id,)) is None:
        raise ValidationError(Code.INVALID, field="method", id=method_id)
    snap = store.snapshot_cascade("method", "id", [method_id])
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM method WHERE id = ?", (method_id,))
        name_cascade(store.change, snap, _CASCADE)
    return snap


def set_ambassador(store: Store, method_id: int, participant_id: int, stage: str | None,
                   since="") -> dict | None:
    """Make someone ambassador at ``stage`` (None removes them); return the old row or None."""
    if store.scalar("SELECT 1 FROM method WHERE id = ?", (method_id,)) is None:
        raise ValidationError(Code.INVALID, field="method", id=method_id)
    participants.get(store, participant_id)
    if stage is not None and stage not in STAGES:
        raise ValidationError(Code.INVALID, field="stage", value=str(stage))
    old = store.one("SELECT * FROM ambassador WHERE method_id = ? AND participant_id = ?",
                    (method_id, participant_id))
    since = _date(since, "since") or (old["since"] if old else "") or date.today().isoformat()
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, method_id, kind=METHODS)
        if stage is None:
            store.conn.execute("DELETE FROM ambassador WHERE method_id = ? AND participant_id = ?",
                               (method_id, participant_id))
        else:
            store.conn.execute(
                "INSERT OR REPLACE INTO ambassador (method_id, participant_id, stage, since)"
                " VALUES (?, ?, ?, ?)", (method_id, participant_id, stage, since))
    return old


def put_back_ambassador(store: Store, method_id: int, participant_id: int,
                        old: dict | None) -> None:
    """Undo :func:`set_ambassador`."""
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, method_id, kind=METHODS)
        store.conn.execute("DELETE FROM ambassador WHERE method_id = ? AND participant_id = ?",
                           (method_id, participant_id))
        if old is not None:
            store.conn.execute(
                "INSERT INTO ambassador (method_id, participant_id, stage, since)"
                " VALUES (:method_id, :participant_id, :stage, :since)", old)


def next_stage(stage: str) -> str | None:
    """The step after ``stage`` on study → try → share (None after share)."""
    i = STAGES.index(stage)
    return STAGES[i + 1] if i + 1 < len(STAGES) else None


# ---------------------------------------------------------------- the team-meeting log


@dataclass
class Share:
    """One line of the team-meeting log: who shared what, on which date, for which experiment."""

    id: int
    date: str
    team: str
    participant_id: int | None
    name: str
    what: str
    experiment_id: int | None
    method_id: int | None


def shares(store: Store) -> list[Share]:
    """The team-meeting log, newest first."""
    out = []
    for r in store.query(
            "SELECT t.*, p.first_name, p.prefix, p.last_name FROM team_meeting t"
            " LEFT JOIN participant p ON p.id = t.participant_id ORDER BY t.date DESC, t.id DESC"):
        name = participants.display_name(r["first_name"] or "", r["prefix"] or "",
                                         r["last_name"] or "")
        out.append(Share(r["id"], r["date"], r["team"], r["participant_id"], name, r["what"],
                         r["experiment_id"], r["method_id"]))
    return out


def add_share(store: Store, when, what: str, *, team: str = "",
              participant_id: int | None = None, experiment_id: int | None = None,
              method_id: int | None = None) -> int:
    """Log that someone shared something in a team meeting; return its id."""
    when = _date(when, "date")
    if not when:
        raise ValidationError(Code.INVALID, field="date", reason="date")
    what = clean_text(what, "what", required=True)
    team = clean_text(team, "team", limit=200)
    if participant_id is not None:
        participants.get(store, participant_id)
    if experiment_id is not None:
        get(store, experiment_id)
    if method_id is not None and store.scalar("SELECT 1 FROM method WHERE id = ?",
                                              (method_id,)) is None:
        raise ValidationError(Code.INVALID, field="method", id=method_id)
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO team_meeting (date, team, participant_id, what, experiment_id, method_id,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (when, team, participant_id, what, experiment_id, method_id, now_iso()))
        store.change.inserted(TOPIC, cur.lastrowid, kind=SHARES)
    return cur.lastrowid


def remove_share(store: Store, share_id: int) -> dict:
    """Delete a log line; return its row for :func:`restore_share`."""
    row = store.one("SELECT * FROM team_meeting WHERE id = ?", (share_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="share", id=share_id)
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM team_meeting WHERE id = ?", (share_id,))
        store.change.deleted(TOPIC, share_id, kind=SHARES)
    return row


def restore_share(store: Store, row: dict) -> None:
    """Put a deleted log line back under its id."""
    with store.transaction(TOPIC):
        cols = ", ".join(row)
        store.conn.execute(f"INSERT INTO team_meeting ({cols}) VALUES "
                           f"({', '.join(':' + k for k in row)})", row)
        store.change.inserted(TOPIC, row["id"], kind=SHARES)


def restore_snapshot(store: Store, snap: list) -> None:
    """Put back anything deleted with a cascade snapshot (a way of working, say)."""
    with store.transaction(TOPIC):
        store.restore_cascade(snap)
        name_cascade(store.change, snap, _CASCADE, restoring=True)


# ---------------------------------------------------------------- counts


def counts(store_or_conn) -> dict:
    """Experiments by status and by result: ``{"status": {...}, "result": {...}}``."""
    conn = getattr(store_or_conn, "conn", store_or_conn)
    status = dict.fromkeys(STATUSES, 0)
    result = dict.fromkeys(RESULTS, 0)
    for s, r, n in conn.execute(
            "SELECT status, result, COUNT(*) FROM experiment GROUP BY status, result"):
        if s in status:
            status[s] += n
        if r in result:
            result[r] += n
    return {"status": status, "result": result}
