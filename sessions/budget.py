"""The advice-hour budget: 36 hours per organisation, a ledger, warnings and a forecast.

Each ledger line has a date, the adviser, the hours, an activity (intake, kenniskaart,
koppelen, experiment, intervisie, evaluatie) and what the hours served: an experiment,
the expertise map, the pairs or the intervisie groups. The summary gives the hours used and
remaining, a warning level (75 % and 100 % of the budget) and a forecast of the date the
budget runs out at the current pace. Every function that depends on the day takes
``today``; tests pass their own.

The pace is the hours booked per day between the first booking and today (at least one
week, so that a first morning's intake of 4 hours does not forecast the end for next week).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from sessions import intake
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.intake import clean_text
from sessions.store import Store, now_iso

TOPIC = Topic.HOURS        # ids: ledger line ids
ACTIVITIES = ("intake", "kenniskaart", "koppelen", "experiment", "intervisie", "evaluatie")
SERVES = ("", "experiment", "map", "pairs", "intervisie")
# what an activity serves when nothing else is said
DEFAULT_SERVES = {"kenniskaart": "map", "koppelen": "pairs", "experiment": "experiment",
                  "intervisie": "intervisie"}
WARN_AT = 0.75
MIN_PACE_DAYS = 7
MAX_HOURS = 100.0
FIELDS = ("date", "adviser", "hours", "activity", "serves", "experiment_id", "note")


@dataclass
class Entry:
    """One line of the ledger."""

    id: int
    date: str
    adviser: str
    hours: float
    activity: str
    serves: str
    experiment_id: int | None
    note: str
    created_at: str


@dataclass
class Summary:
    """Where the budget stands on ``today``."""

    budget: float
    used: float
    remaining: float
    fraction: float             # used / budget
    level: str                  # ok | warn (>= 75 %) | over (>= 100 %)
    pace_per_week: float        # hours per week since the first booking (0 with no bookings)
    runs_out: str               # ISO date the budget runs out at this pace, or ''
    ran_out: str                # ISO date the bookings reached the budget, or ''
    first: str                  # the first booking's date, or ''
    by_activity: dict[str, float]


def entries(store: Store) -> list[Entry]:
    """The ledger, oldest first."""
    return [Entry(**r) for r in store.query("SELECT * FROM advice_hours ORDER BY date, id")]


def _clean(store: Store, values: dict) -> dict:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    out: dict = {}
    for k, v in values.items():
        if k == "date":
            try:
                out[k] = (v if isinstance(v, date) else date.fromisoformat(str(v).strip())
                          ).isoformat()
            except ValueError:
                raise ValidationError(Code.INVALID, field="date", reason="date") from None
        elif k == "hours":
            try:
                hours = round(float(str(v).replace(",", ".")), 2)
            except (TypeError, ValueError):
                raise ValidationError(Code.INVALID, field="hours", reason="number") from None
            if not math.isfinite(hours) or not 0 < hours <= MAX_HOURS:
                raise ValidationError(Code.INVALID, field="hours", reason="range")
            out[k] = hours
        elif k == "activity":
            if v not in ACTIVITIES:
                raise ValidationError(Code.INVALID, field="activity", value=str(v))
            out[k] = v
        elif k == "serves":
            if (v or "") not in SERVES:
                raise ValidationError(Code.INVALID, field="serves", value=str(v))
            out[k] = v or ""
        elif k == "experiment_id":
            if v is not None:
                if store.scalar("SELECT 1 FROM experiment WHERE id = ?", (int(v),)) is None:
                    raise ValidationError(Code.INVALID, field="experiment", id=v)
                v = int(v)
            out[k] = v
        else:
            out[k] = clean_text(v, k, limit=200 if k == "adviser" else 2000)
    return out


def book(store: Store, when, hours, activity: str, *, adviser: str = "", serves: str | None = None,
         experiment_id: int | None = None, note: str = "") -> int:
    """Book hours on the ledger; return the line's id."""
    if serves is None:
        serves = "experiment" if experiment_id is not None else DEFAULT_SERVES.get(activity, "")
    row = _clean(store, {"date": when, "hours": hours, "activity": activity, "adviser": adviser,
                         "serves": serves, "experiment_id": experiment_id, "note": note})
    if row["serves"] == "experiment" and row["experiment_id"] is None:
        row["serves"] = ""
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO advice_hours (date, adviser, hours, activity, serves, experiment_id,"
            " note, created_at) VALUES (:date, :adviser, :hours, :activity, :serves,"
            " :experiment_id, :note, :created_at)", {**row, "created_at": now_iso()})
        store.change.inserted(TOPIC, cur.lastrowid)
    return cur.lastrowid


def get(store: Store, entry_id: int) -> Entry:
    """One ledger line."""
    row = store.one("SELECT * FROM advice_hours WHERE id = ?", (entry_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="hours_entry", id=entry_id)
    return Entry(**row)


def update(store: Store, entry_id: int, **changes) -> dict:
    """Change a ledger line; return the old values."""
    before = get(store, entry_id)
    values = _clean(store, changes)
    old = {k: getattr(before, k) for k in values}
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(TOPIC):
            store.conn.execute(f"UPDATE advice_hours SET {sets} WHERE id = :id",
                               {**values, "id": entry_id})
            store.change.updated(TOPIC, entry_id)
    return old


def remove(store: Store, entry_id: int) -> Entry:
    """Delete a ledger line; return it for :func:`restore`."""
    entry = get(store, entry_id)
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM advice_hours WHERE id = ?", (entry_id,))
        store.change.deleted(TOPIC, entry_id)
    return entry


def restore(store: Store, entry: Entry) -> None:
    """Put a deleted ledger line back under its id."""
    row = dict(entry.__dict__)
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT INTO advice_hours (id, date, adviser, hours, activity, serves, experiment_id,"
            " note, created_at) VALUES (:id, :date, :adviser, :hours, :activity, :serves,"
            " :experiment_id, :note, :created_at)", row)
        store.change.inserted(TOPIC, entry.id)


# ---------------------------------------------------------------- the summary


def summarise(budget: float, lines: list[tuple[str, float, str]], today: date) -> Summary:
    """The summary of ``lines`` (date, hours, activity) against ``budget`` on ``today``."""
    used = round(sum(h for _, h, _ in lines), 2)
    remaining = round(budget - used, 2)
    fraction = used / budget if budget > 0 else 0.0
    level = "over" if fraction >= 1 else "warn" if fraction >= WARN_AT else "ok"
    by_activity = dict.fromkeys(ACTIVITIES, 0.0)
    for _, h, a in lines:
        by_activity[a] = round(by_activity.get(a, 0.0) + h, 2)
    ordered = sorted(lines)
    first = ordered[0][0] if ordered else ""
    ran_out = ""
    total = 0.0
    for d, h, _ in ordered:
        total += h
        if total >= budget - 1e-9:
            ran_out = d
            break
    pace = 0.0
    runs_out = ""
    if first:
        start = date.fromisoformat(first)
        # bookings dated after today (planned sessions) count from their own date
        end = max(today, date.fromisoformat(ordered[-1][0]))
        days = max(MIN_PACE_DAYS, (end - start).days + 1)
        pace = used / days
        if ran_out:
            runs_out = ran_out
        elif pace > 0:
            runs_out = (end + timedelta(days=math.ceil(remaining / pace))).isoformat()
    return Summary(budget, used, remaining, fraction, level, round(pace * 7, 2), runs_out,
                   ran_out, first, by_activity)


def summary(store_or_conn, today: date | None = None) -> Summary:
    """Where the open trajectory's budget stands (``today`` defaults to the real date)."""
    conn = getattr(store_or_conn, "conn", store_or_conn)
    row = conn.execute("SELECT budget_hours FROM intake WHERE id = 1").fetchone()
    budget = float(row[0]) if row else intake.DEFAULT_BUDGET
    lines = [(d, float(h), a) for d, h, a in conn.execute(
        "SELECT date, hours, activity FROM advice_hours")]
    return summarise(budget, lines, today or date.today())


def hours_per_experiment(store: Store) -> dict[int, float]:
    """Hours booked on each experiment."""
    return {r["experiment_id"]: round(r["h"], 2) for r in store.query(
        "SELECT experiment_id, SUM(hours) AS h FROM advice_hours"
        " WHERE experiment_id IS NOT NULL GROUP BY experiment_id")}


def advisers(store: Store) -> list[str]:
    """The advisers who booked hours, most recent first (for the entry form's choices)."""
    return [r["adviser"] for r in store.query(
        "SELECT adviser, MAX(date) AS d FROM advice_hours WHERE adviser != ''"
        " GROUP BY adviser ORDER BY d DESC")]
