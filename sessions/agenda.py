"""The agenda of each meeting and how the day actually runs: steps, templates, navigation, time.

A meeting has an ordered list of steps (table ``step``). Editing the plan (add, remove,
rename, retime, reorder, instructions, notes, templates, skipping a step that is not
running) are service calls with an inverse, so the UI can undo them. Running the day
(start, next, previous, jump, skipping the running step, pause, +5 min) records the
real times of each step; it is not undone, "previous" is its inverse.

Every function that depends on the time takes ``now`` (a naive local ``datetime``);
``None`` means the wall clock. Tests pass their own instants and never sleep.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sessions import boards
from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store

KINDS = ("welcome", "concept", "swot", "questions", "vote", "groups", "actions", "close",
         "harvest", "initiatives", "break", "text", "experiments",
         # learning from each other (sessions/expertise.py, pairs.py, intervisie.py)
         "kenniskaart", "leerkoppels", "intervisie")
TOPIC = Topic.AGENDA      # ids: step ids; a meeting's run (start, end) as kind RUNS
RUNS = "agenda.runs"      # ids: meeting ids whose run (started, ended) changed
STATUSES = ("planned", "running", "done", "skipped")
EDITABLE = ("kind", "title", "minutes", "instructions", "notes", "settings")
MAX_MINUTES = 600
COLUMNS = ("id", "meeting_id", "position", "kind", "title", "minutes", "instructions", "notes",
           "status", "started_at", "ended_at", "extra_minutes", "paused_at", "paused_seconds",
           "settings")


@dataclass
class Step:
    """One step of a meeting's agenda."""

    id: int
    meeting_id: int
    position: int
    kind: str
    title: str
    minutes: int = 15
    instructions: str = ""
    notes: str = ""
    status: str = "planned"
    started_at: str | None = None
    ended_at: str | None = None
    extra_minutes: int = 0
    paused_at: str | None = None
    paused_seconds: float = 0.0
    settings: dict = field(default_factory=dict)

    @property
    def paused(self) -> bool:
        """True while the running step's timer is paused."""
        return self.paused_at is not None

    def row(self) -> dict:
        """The step as a table row (settings as JSON), for restoring it later."""
        d = {c: getattr(self, c) for c in COLUMNS}
        d["settings"] = json.dumps(self.settings, ensure_ascii=False)
        return d


@dataclass
class RunState:
    """Where a meeting stands: not started, running (with its current step) or ended."""

    meeting_id: int
    started_at: str | None
    ended_at: str | None
    current: Step | None

    @property
    def started(self) -> bool:
        """True once the meeting has been started."""
        return self.started_at is not None

    @property
    def ended(self) -> bool:
        """True after the last step was finished."""
        return self.ended_at is not None


# ---------------------------------------------------------------- time helpers


def _now(now: datetime | None) -> datetime:
    return datetime.now() if now is None else now


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# ---------------------------------------------------------------- reading


def _step(row: dict) -> Step:
    row = dict(row)
    try:
        row["settings"] = json.loads(row.get("settings") or "{}")
    except ValueError:
        row["settings"] = {}
    if not isinstance(row["settings"], dict):
        row["settings"] = {}
    return Step(**row)


def steps(store: Store, meeting_id: int) -> list[Step]:
    """The meeting's steps in order."""
    return [_step(r) for r in store.query(
        "SELECT * FROM step WHERE meeting_id = ? ORDER BY position, id", (meeting_id,))]


def order(store: Store, meeting_id: int) -> list[int]:
    """The meeting's step ids in order (cheap: for placing changed rows)."""
    return _ids(store, meeting_id)


def by_ids(store: Store, ids) -> dict[int, Step]:
    """The steps with these ids that exist (for updating a view from a change record)."""
    ids = list(ids)
    found: dict[int, Step] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update((r["id"], _step(r)) for r in store.query(
            f"SELECT * FROM step WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk)))
    return found


def get(store: Store, step_id: int) -> Step:
    """One step by id."""
    row = store.one("SELECT * FROM step WHERE id = ?", (step_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="step", id=step_id)
    return _step(row)


def find(store: Store, step_id: int) -> Step | None:
    """One step by id, or None when it is gone."""
    row = store.one("SELECT * FROM step WHERE id = ?", (step_id,))
    return _step(row) if row else None


def state(store: Store, meeting_id: int) -> RunState:
    """The meeting's run: when it started and ended, and its running step."""
    run = store.one("SELECT started_at, ended_at FROM meeting_run WHERE meeting_id = ?",
                    (meeting_id,)) or {}
    row = store.one("SELECT * FROM step WHERE meeting_id = ? AND status = 'running'"
                    " ORDER BY position LIMIT 1", (meeting_id,))
    return RunState(meeting_id, run.get("started_at"), run.get("ended_at"),
                    _step(row) if row else None)


def current(store: Store, meeting_id: int) -> Step | None:
    """The running step of a meeting, or None."""
    return state(store, meeting_id).current


# ---------------------------------------------------------------- validation


def _clean(values: dict) -> dict:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(Code.INVALID, field=sorted(unknown)[0])
    out: dict = {}
    for key, value in values.items():
        if key == "kind":
            if value not in KINDS:
                raise ValidationError(Code.INVALID, field="kind", value=str(value))
            out[key] = value
        elif key == "minutes":
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                raise ValidationError(Code.INVALID, field="minutes", value=str(value)) from None
            if not 0 <= minutes <= MAX_MINUTES:
                raise ValidationError(Code.INVALID, field="minutes", value=str(value))
            out[key] = minutes
        elif key == "settings":
            if not isinstance(value, dict):
                raise ValidationError(Code.INVALID, field="settings")
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            text = str(value)
            if "\x00" in text:
                raise ValidationError(Code.INVALID, field=key, reason="nul")
            out[key] = text.strip() if key == "title" else text
    if "title" in out and not out["title"]:
        raise ValidationError(Code.INVALID, field="title")
    return out


def _meeting_exists(store: Store, meeting_id: int) -> None:
    if store.scalar("SELECT 1 FROM meeting WHERE id = ?", (meeting_id,)) is None:
        raise ValidationError(Code.INVALID, field="meeting", id=meeting_id)


def _renumber(store: Store, meeting_id: int, ids: list[int]) -> None:
    """Positions 0.. in the order of ``ids``; the record names the steps whose place changed."""
    moved = [sid for pos, sid in enumerate(ids) if store.conn.execute(
        "UPDATE step SET position = ? WHERE id = ? AND position != ?", (pos, sid, pos)).rowcount]
    if moved:
        store.change.updated(TOPIC, *moved)


def _run_changed(store: Store, meeting_id: int) -> None:
    """The meeting's run (started, ended) changed: its own kind in the record."""
    store.change.updated(TOPIC, meeting_id, kind=RUNS)


def _ids(store: Store, meeting_id: int) -> list[int]:
    return [r["id"] for r in store.query(
        "SELECT id FROM step WHERE meeting_id = ? ORDER BY position, id", (meeting_id,))]


# ---------------------------------------------------------------- editing the plan


def add(store: Store, meeting_id: int, kind: str = "text", title: str = "", *, minutes: int = 15,
        instructions: str = "", notes: str = "", settings: dict | None = None,
        index: int | None = None) -> int:
    """Add a step at ``index`` (default: the end); return its id."""
    _meeting_exists(store, meeting_id)
    values = _clean({"kind": kind, "title": title, "minutes": minutes,
                     "instructions": instructions, "notes": notes, "settings": settings or {}})
    with store.transaction(TOPIC):
        ids = _ids(store, meeting_id)
        index = len(ids) if index is None else max(0, min(index, len(ids)))
        cur = store.conn.execute(
            "INSERT INTO step (meeting_id, position, kind, title, minutes, instructions, notes,"
            " settings) VALUES (?,?,?,?,?,?,?,?)",
            (meeting_id, index, values["kind"], values["title"], values["minutes"],
             values["instructions"], values["notes"], values["settings"]))
        store.change.inserted(TOPIC, cur.lastrowid)
        ids.insert(index, cur.lastrowid)
        _renumber(store, meeting_id, ids)
        _board_of(store, values["kind"], values["settings"])
    return cur.lastrowid


def _board_of(store: Store, kind: str, settings) -> None:
    """A concept step's board exists with the step (inside the step's own transaction), so
    no page has to create it when it is shown."""
    if kind == "concept":
        boards.ensure_board(store, boards.key_for(settings))


def restore(store: Store, row: dict) -> None:
    """Put a removed step back under the same id at its old position (undo, redo)."""
    row = {c: row[c] for c in COLUMNS}
    if isinstance(row["settings"], dict):
        row["settings"] = json.dumps(row["settings"], ensure_ascii=False)
    with store.transaction(TOPIC):
        ids = _ids(store, row["meeting_id"])
        index = max(0, min(int(row["position"]), len(ids)))
        cols = ", ".join(COLUMNS)
        marks = ", ".join(f":{c}" for c in COLUMNS)
        store.conn.execute(f"INSERT INTO step ({cols}) VALUES ({marks})", row)
        store.change.inserted(TOPIC, row["id"])
        ids.insert(index, row["id"])
        _renumber(store, row["meeting_id"], ids)
        _board_of(store, row["kind"], row["settings"])


def remove(store: Store, step_id: int) -> dict:
    """Remove a step that is not running; return its row for :func:`restore`."""
    step = get(store, step_id)
    if step.status == "running":
        raise ValidationError(Code.INVALID, field="step", reason="running")
    row = step.row()
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM step WHERE id = ?", (step_id,))
        store.change.deleted(TOPIC, step_id)
        _renumber(store, step.meeting_id, _ids(store, step.meeting_id))
    return row


def update(store: Store, step_id: int, **changes) -> dict:
    """Change a step's kind, title, minutes, instructions, notes or settings; return the old values."""
    values = _clean(changes)
    step = get(store, step_id)
    before = {k: getattr(step, k) for k in changes}
    if values:
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with store.transaction(TOPIC):
            store.conn.execute(f"UPDATE step SET {sets} WHERE id = :id", {**values, "id": step_id})
            store.change.updated(TOPIC, step_id)
            if "kind" in values or "settings" in values:
                _board_of(store, values.get("kind", step.kind),
                          values.get("settings", step.settings))
    return before


def move(store: Store, step_id: int, index: int) -> int:
    """Move a step to ``index`` in its meeting's order; return its old index."""
    step = get(store, step_id)
    ids = _ids(store, step.meeting_id)
    old = ids.index(step_id)
    ids.pop(old)
    index = max(0, min(index, len(ids)))
    ids.insert(index, step_id)
    with store.transaction(TOPIC):
        _renumber(store, step.meeting_id, ids)
    return old


def reorder(store: Store, meeting_id: int, order: list[int]) -> list[int]:
    """Put the meeting's steps in ``order`` (all their ids); return the old order."""
    old = _ids(store, meeting_id)
    if sorted(order) != sorted(old):
        raise ValidationError(Code.INVALID, field="order")
    with store.transaction(TOPIC):
        _renumber(store, meeting_id, list(order))
    return old


def set_skipped(store: Store, step_id: int, skipped: bool) -> str:
    """Mark a step that is not running as skipped (or planned again); return its old status."""
    step = get(store, step_id)
    if step.status == "running":
        raise ValidationError(Code.INVALID, field="step", reason="running")
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE step SET status = ? WHERE id = ?",
                           ("skipped" if skipped else "planned", step_id))
        store.change.updated(TOPIC, step_id)
    return step.status


def set_status(store: Store, step_id: int, status: str) -> None:
    """Put back a status returned by :func:`set_skipped` (undo)."""
    if status not in STATUSES or status == "running":
        raise ValidationError(Code.INVALID, field="status", value=status)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE step SET status = ? WHERE id = ?", (status, step_id))
        store.change.updated(TOPIC, step_id)


def snapshot(store: Store, meeting_id: int) -> dict:
    """The meeting's whole agenda and run, for :func:`replace_all` (undo of a template)."""
    run = store.one("SELECT started_at, ended_at FROM meeting_run WHERE meeting_id = ?",
                    (meeting_id,))
    return {"meeting_id": meeting_id, "steps": [s.row() for s in steps(store, meeting_id)],
            "run": run}


def _delete_all(store: Store, meeting_id: int) -> None:
    """Delete a meeting's steps and run (inside a transaction), named in the record."""
    store.change.deleted(TOPIC, *_ids(store, meeting_id))
    _run_changed(store, meeting_id)
    store.conn.execute("DELETE FROM step WHERE meeting_id = ?", (meeting_id,))
    store.conn.execute("DELETE FROM meeting_run WHERE meeting_id = ?", (meeting_id,))


def replace_all(store: Store, snap: dict) -> None:
    """Put a meeting's agenda back exactly as :func:`snapshot` saw it."""
    meeting_id = snap["meeting_id"]
    cols = ", ".join(COLUMNS)
    marks = ", ".join(f":{c}" for c in COLUMNS)
    with store.transaction(TOPIC):
        _delete_all(store, meeting_id)
        for row in snap["steps"]:
            store.conn.execute(f"INSERT INTO step ({cols}) VALUES ({marks})", row)
            store.change.inserted(TOPIC, row["id"])
        if snap["run"]:
            store.conn.execute(
                "INSERT INTO meeting_run (meeting_id, started_at, ended_at) VALUES (?,?,?)",
                (meeting_id, snap["run"]["started_at"], snap["run"]["ended_at"]))


# ---------------------------------------------------------------- templates

B = "break"
TEMPLATES: dict[str, tuple[str, list[dict]]] = {
    "startdag": ("Startdag eigen leerproces", [
        {"kind": "welcome", "title": "Welkom", "minutes": 15,
         "instructions": "Welkom bij de startdag! Vandaag geven we samen vorm aan ons eigen "
                         "leerproces. Zoek een plek, pak een kop koffie en maak kennis met je "
                         "buren.",
         "notes": "Stel de begeleiders voor. Leg uit: vandaag bepalen jullie zelf wat je leert "
                  "en hoe. Check of iedereen ingecheckt is."},
        {"kind": "concept", "title": "Netwerken: houding en gedrag", "minutes": 45,
         "instructions": "Wat betekent netwerken voor jou in je werk? Vertaal het begrip naar "
                         "houding (hoe sta je erin?) en gedrag (wat doe je dan?).",
         "notes": "Eerst 10 minuten in tweetallen, dan plenair oogsten op het bord.",
         "settings": {"board": "concept"}},
        {"kind": B, "title": "Pauze", "minutes": 15,
         "instructions": "Even pauze. Over een kwartier gaan we verder."},
        {"kind": "swot", "title": "Persoonlijke SWOT", "minutes": 40,
         "instructions": "Maak je persoonlijke SWOT: je sterktes, zwaktes, kansen en "
                         "bedreigingen als netwerker. Je SWOT is van jou: niemand anders ziet hem.",
         "notes": "Lukt het de zaal niet (rol nog onduidelijk)? Sla over en vraag naar hun drie "
                  "belangrijkste vragen."},
        {"kind": "questions", "title": "Onze vragen", "minutes": 30,
         "instructions": "Wat zijn jullie belangrijkste vragen om als netwerker verder te komen? "
                         "Noem ze: we schrijven ze allemaal op."},
        {"kind": "vote", "title": "Stemmen: top 3", "minutes": 15,
         "instructions": "Kies de vragen die voor jou het belangrijkst zijn. Iedereen heeft drie "
                         "stemmen. De drie vragen met de meeste stemmen worden onze thema's."},
        {"kind": B, "title": "Lunch", "minutes": 45,
         "instructions": "Eet smakelijk! We gaan om kwart over een verder."},
        {"kind": "groups", "title": "Themagroepen", "minutes": 20,
         "instructions": "Kies de themagroep van de vraag die jou het meest aanspreekt. Geef een "
                         "eerste en een tweede keus."},
        {"kind": "actions", "title": "Actieplannen", "minutes": 60,
         "instructions": "Bedenk per groep wat jullie het komende halfjaar zelf organiseren: wie "
                         "doet wat, en wanneer? Denk aan een kenniscafé, intervisie of een gesprek "
                         "met HR."},
        {"kind": "close", "title": "Afsluiting en handouts", "minutes": 20,
         "instructions": "Elke groep vertelt in twee minuten haar plan. Je krijgt je groepsblad en "
                         "de inschrijflijsten mee. Over een halfjaar oogsten we samen.",
         "notes": "Handouts printen vóór de lunch. Noem het bel- en mailadres voor ondersteuning."},
    ]),
    "bouwsessie": ("Bouwsessie", [
        {"kind": "text", "title": "Context", "minutes": 20,
         "instructions": "Waarom dit traject? Wat vraagt de nieuwe rol van de gebiedsnetwerkers?"},
        {"kind": "text", "title": "Bestaande initiatieven", "minutes": 20,
         "instructions": "Wat gebeurt er al aan leren en netwerken? Wat werkt, waar sluiten we "
                         "op aan?"},
        {"kind": "text", "title": "Het begrip definiëren", "minutes": 30,
         "instructions": "Wat verstaan wij onder netwerken? Formuleer samen een definitie."},
        {"kind": "text", "title": "Leerbehoeften", "minutes": 25,
         "instructions": "Welke leerbehoeften zien jullie? Een eerste indicatie is genoeg."},
        {"kind": "text", "title": "De startdag voorbereiden", "minutes": 25,
         "instructions": "Programma, rollen en materialen voor de startdag met alle "
                         "medewerkers.",
         "notes": "Afspreken: we mogen onderweg bijstellen."},
    ]),
    "oogstsessie": ("Oogstsessie", [
        {"kind": "welcome", "title": "Welkom terug", "minutes": 10,
         "instructions": "Welkom bij de oogstsessie! Een halfjaar geleden maakten we plannen. "
                         "Vandaag kijken we wat ze hebben opgeleverd."},
        {"kind": "harvest", "title": "Resultaten per groep", "minutes": 45,
         "instructions": "Elke themagroep vertelt: wat hebben we gedaan, wat is bereikt, en wat "
                         "niet?"},
        {"kind": "concept", "title": "Wat is gelukt, wat niet, en hoe kwam dat?", "minutes": 40,
         "instructions": "Bespreek met elkaar wat wel en niet is gelukt. En vooral: hoe kwam "
                         "dat?",
         "settings": {"board": "reflection"}},
        {"kind": B, "title": "Pauze", "minutes": 15,
         "instructions": "Even pauze. Over een kwartier gaan we verder."},
        {"kind": "initiatives", "title": "Nieuwe initiatieven en inschrijven", "minutes": 35,
         "instructions": "Welke nieuwe initiatieven willen jullie starten? Schrijf je in voor "
                         "intervisie, trainingen, het kenniscafé of een wijkreis."},
        {"kind": "close", "title": "Afsluiting", "minutes": 15,
         "instructions": "Bedankt! Neem je inschrijvingen mee en ga aan de slag."},
    ]),
    "leercultuur": ("Leercultuur: startsessie", [
        {"kind": "welcome", "title": "Welkom", "minutes": 10,
         "instructions": "Welkom! Vandaag brengen we in kaart wat we van elkaar kunnen leren."},
        {"kind": "text", "title": "De vraag van de organisatie", "minutes": 15,
         "instructions": "Waar komt de vraag vandaan? Welke doelen heeft de organisatie, en welke "
                         "kennis en kunde zijn daarvoor nodig?",
         "notes": "Laat de doelen en competenties zien (tab Leren van elkaar)."},
        {"kind": "kenniskaart", "title": "Kenniskaart", "minutes": 30,
         "instructions": "Vul je eigen niveau in per competentie: 0 geen … 4 expert. Geef aan wat "
                         "je wilt leren en wat je anderen kunt leren.",
         "notes": "Op de muur alleen aantallen, tenzij je namen aanzet."},
        {"kind": "leerkoppels", "title": "Leerkoppels", "minutes": 25,
         "instructions": "Dit zijn de voorgestelde leerkoppels. Past het? Dan zetten we ze vast.",
         "notes": "Vastzetten, wisselen, verwijderen; daarna publiceren."},
        {"kind": "intervisie", "title": "Intervisiegroepen", "minutes": 65,
         "instructions": "We oefenen de incidentmethode in intervisiegroepen van 5 à 6.",
         "notes": "Rondes: incident 5, schets 10, vragen 5, analyse 15, standpunten 10, "
                  "adviezen 10, evaluatie 10 minuten."},
        {"kind": "close", "title": "Afspraken", "minutes": 15,
         "instructions": "Wanneer spreken de leerkoppels voor het eerst af? Wanneer komen de "
                         "intervisiegroepen weer bij elkaar?"},
    ]),
    # issue 19: the return meeting of a learning-culture trajectory
    "terugkomsessie": ("Leercultuur: terugkomsessie", [
        {"kind": "welcome", "title": "Welkom terug", "minutes": 10,
         "instructions": "Welkom terug! We kijken samen wat de experimenten ons hebben geleerd. "
                         "Een experiment mag mislukken: ook dat is een resultaat."},
        {"kind": "experiments", "title": "Onze experimenten", "minutes": 10,
         "instructions": "Het bord: welke experimenten liepen er, en waar staan ze nu?",
         "settings": {"view": "board"}},
        {"kind": "experiments", "title": "Wat liet elk experiment zien?", "minutes": 40,
         "instructions": "Per experiment: wat verwachtten we, wat gebeurde er, wat leerden we, "
                         "en wat is de volgende stap?",
         "notes": "Laat de ambassadeur vertellen. Noteer het resultaat en de les direct.",
         "settings": {"view": "results"}},
        {"kind": B, "title": "Pauze", "minutes": 15,
         "instructions": "Even pauze. Over een kwartier gaan we verder."},
        {"kind": "experiments", "title": "Wat verspreiden we naar andere teams?", "minutes": 25,
         "instructions": "Wat werkt, mag verder. Naar welke teams, en wie neemt het mee?",
         "settings": {"view": "spread"}},
        {"kind": "experiments", "title": "Wat stoppen we, en waarom?", "minutes": 20,
         "instructions": "Wat niet werkte, stoppen we, met de les die het ons gaf.",
         "settings": {"view": "stop"}},
        {"kind": "experiments", "title": "Nieuwe experimenten", "minutes": 25,
         "instructions": "Welke nieuwe experimenten willen we proberen? Wie wordt ambassadeur, "
                         "welke leerkoppels doen mee?",
         "settings": {"view": "propose"}},
        {"kind": "close", "title": "Afspraken en afsluiting", "minutes": 10,
         "instructions": "Wie doet wat tot de volgende keer? Bedankt!"},
    ]),
    "empty": ("Leeg", []),
}


def template_keys() -> list[str]:
    """The template keys in menu order."""
    return list(TEMPLATES)


def template_steps(key: str) -> list[dict]:
    """The steps a template would add (copies)."""
    if key not in TEMPLATES:
        raise ValidationError(Code.INVALID, field="template", value=key)
    return [dict(s, settings=dict(s.get("settings", {}))) for s in TEMPLATES[key][1]]


def apply_template(store: Store, meeting_id: int, key: str) -> dict:
    """Replace a meeting's agenda with a template; return a :func:`snapshot` for undo.

    Refused while the meeting is running (its current step would vanish).
    """
    _meeting_exists(store, meeting_id)
    new = template_steps(key)
    run = state(store, meeting_id)
    if run.current is not None:
        raise ValidationError(Code.INVALID, field="template", reason="running")
    before = snapshot(store, meeting_id)
    with store.transaction(TOPIC):
        _delete_all(store, meeting_id)
        for s in new:
            add(store, meeting_id, s["kind"], s["title"], minutes=s["minutes"],
                instructions=s.get("instructions", ""), notes=s.get("notes", ""),
                settings=s.get("settings"))
    return before


# ---------------------------------------------------------------- running the day


def _finish(store: Store, step: Step, status: str, now: datetime) -> None:
    """Stop the running step as ``status`` at ``now`` (closing an open pause first)."""
    paused = step.paused_seconds
    if step.paused_at:
        paused += max(0.0, (now - _parse(step.paused_at)).total_seconds())
    store.conn.execute(
        "UPDATE step SET status = ?, ended_at = ?, paused_at = NULL, paused_seconds = ?"
        " WHERE id = ?", (status, _iso(now), paused, step.id))
    store.change.updated(TOPIC, step.id)


def _begin(store: Store, step: Step, now: datetime) -> None:
    """Make a step run from ``now``; a step that ran before continues where it stopped."""
    if step.started_at and step.ended_at:
        gap = max(0.0, (now - _parse(step.ended_at)).total_seconds())
        store.conn.execute(
            "UPDATE step SET status = 'running', ended_at = NULL, paused_at = NULL,"
            " paused_seconds = paused_seconds + ? WHERE id = ?", (gap, step.id))
    else:
        store.conn.execute(
            "UPDATE step SET status = 'running', started_at = ?, ended_at = NULL,"
            " paused_at = NULL, paused_seconds = 0 WHERE id = ?", (_iso(now), step.id))
    store.change.updated(TOPIC, step.id)


def _next_planned(all_steps: list[Step], after_position: int) -> Step | None:
    for s in all_steps:
        if s.position > after_position and s.status == "planned":
            return s
    return None


def start(store: Store, meeting_id: int, now: datetime | None = None) -> Step | None:
    """Start the meeting: its first planned step runs. Return that step (None: nothing planned)."""
    now = _now(now)
    run = state(store, meeting_id)
    if run.current is not None:
        return run.current
    first = _next_planned(steps(store, meeting_id), -1)
    with store.transaction(TOPIC):
        _run_changed(store, meeting_id)
        if run.started_at is None:
            store.conn.execute(
                "INSERT OR REPLACE INTO meeting_run (meeting_id, started_at, ended_at)"
                " VALUES (?, ?, NULL)", (meeting_id, _iso(now)))
        else:
            store.conn.execute("UPDATE meeting_run SET ended_at = NULL WHERE meeting_id = ?",
                               (meeting_id,))
        if first is not None:
            _begin(store, first, now)
        else:
            store.conn.execute("UPDATE meeting_run SET ended_at = ? WHERE meeting_id = ?",
                               (_iso(now), meeting_id))
    return find(store, first.id) if first else None


def _advance(store: Store, meeting_id: int, status: str, now: datetime) -> Step | None:
    run = state(store, meeting_id)
    if run.current is None:
        if run.ended:
            return None
        return start(store, meeting_id, now)
    all_steps = steps(store, meeting_id)
    following = _next_planned(all_steps, run.current.position)
    with store.transaction(TOPIC):
        _run_changed(store, meeting_id)
        _finish(store, run.current, status, now)
        if following is not None:
            _begin(store, following, now)
        else:
            store.conn.execute("UPDATE meeting_run SET ended_at = ? WHERE meeting_id = ?",
                               (_iso(now), meeting_id))
    return find(store, following.id) if following else None


def next_step(store: Store, meeting_id: int, now: datetime | None = None) -> Step | None:
    """The running step is done; the next planned step runs. Starts the meeting if needed.

    Return the new running step, or None when the meeting has ended.
    """
    return _advance(store, meeting_id, "done", _now(now))


def skip_current(store: Store, meeting_id: int, now: datetime | None = None) -> Step | None:
    """Skip the running step (recorded as skipped with its times); the next planned step runs."""
    run = state(store, meeting_id)
    if run.current is None:
        return None
    return _advance(store, meeting_id, "skipped", _now(now))


def previous_step(store: Store, meeting_id: int, now: datetime | None = None) -> Step | None:
    """Go back: the last finished step before the running one runs again.

    The running step becomes planned again (its start is kept: when it runs again its
    clock continues). Skipped steps are passed over. Return the new running step, or
    None when there is nothing to go back to.
    """
    now = _now(now)
    run = state(store, meeting_id)
    all_steps = steps(store, meeting_id)
    if run.current is not None:
        before = [s for s in all_steps if s.position < run.current.position and s.status == "done"]
    elif run.ended:
        before = [s for s in all_steps if s.status == "done"]
    else:
        return None
    if not before:
        return None
    target = before[-1]
    with store.transaction(TOPIC):
        _run_changed(store, meeting_id)
        if run.current is not None:
            _finish(store, run.current, "planned", now)
        store.conn.execute("UPDATE meeting_run SET ended_at = NULL WHERE meeting_id = ?",
                           (meeting_id,))
        _begin(store, target, now)
    return find(store, target.id)


def jump(store: Store, step_id: int, now: datetime | None = None) -> Step:
    """Run any step now. The running step is done when the target lies ahead, planned when behind."""
    now = _now(now)
    target = get(store, step_id)
    run = state(store, target.meeting_id)
    if run.current is not None and run.current.id == step_id:
        return run.current
    with store.transaction(TOPIC):
        _run_changed(store, target.meeting_id)
        if run.started_at is None:
            store.conn.execute(
                "INSERT OR REPLACE INTO meeting_run (meeting_id, started_at, ended_at)"
                " VALUES (?, ?, NULL)", (target.meeting_id, _iso(now)))
        else:
            store.conn.execute("UPDATE meeting_run SET ended_at = NULL WHERE meeting_id = ?",
                               (target.meeting_id,))
        if run.current is not None:
            ahead = target.position > run.current.position
            _finish(store, run.current, "done" if ahead else "planned", now)
        _begin(store, target, now)
    return get(store, step_id)


def insert_after_current(store: Store, meeting_id: int, kind: str = "text", title: str = "", *,
                         minutes: int = 10, instructions: str = "", notes: str = "",
                         settings: dict | None = None) -> int:
    """Add a planned step right after the running one (or first, before the start); return its id."""
    run = state(store, meeting_id)
    if run.current is not None:
        index = _ids(store, meeting_id).index(run.current.id) + 1
    elif run.ended:
        index = None
    else:
        all_steps = steps(store, meeting_id)
        nxt = next((i for i, s in enumerate(all_steps) if s.status == "planned"), None)
        index = nxt
    return add(store, meeting_id, kind, title, minutes=minutes, instructions=instructions,
               notes=notes, settings=settings, index=index)


def toggle_pause(store: Store, meeting_id: int, now: datetime | None = None) -> bool | None:
    """Pause or resume the running step's timer; return True when now paused (None: nothing runs)."""
    now = _now(now)
    step = current(store, meeting_id)
    if step is None:
        return None
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, step.id)
        if step.paused_at:
            gap = max(0.0, (now - _parse(step.paused_at)).total_seconds())
            store.conn.execute("UPDATE step SET paused_at = NULL, paused_seconds = ? WHERE id = ?",
                               (step.paused_seconds + gap, step.id))
        else:
            store.conn.execute("UPDATE step SET paused_at = ? WHERE id = ?", (_iso(now), step.id))
    return not step.paused_at


def extend(store: Store, meeting_id: int, minutes: int = 5) -> Step | None:
    """Give the running step ``minutes`` more (the "+5 min" button); return it."""
    step = current(store, meeting_id)
    if step is None:
        return None
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, step.id)
        store.conn.execute("UPDATE step SET extra_minutes = max(0, extra_minutes + ?) WHERE id = ?",
                           (int(minutes), step.id))
    return get(store, step.id)


def reset_run(store: Store, meeting_id: int) -> dict:
    """Forget how the meeting ran (every step planned again); return a snapshot for undo."""
    before = snapshot(store, meeting_id)
    with store.transaction(TOPIC):
        store.change.updated(TOPIC, *_ids(store, meeting_id))
        _run_changed(store, meeting_id)
        store.conn.execute(
            "UPDATE step SET status = 'planned', started_at = NULL, ended_at = NULL,"
            " extra_minutes = 0, paused_at = NULL, paused_seconds = 0 WHERE meeting_id = ?",
            (meeting_id,))
        store.conn.execute("DELETE FROM meeting_run WHERE meeting_id = ?", (meeting_id,))
    return before


# ---------------------------------------------------------------- time


def elapsed_seconds(step: Step, now: datetime | None = None) -> float:
    """How long the step has run, without its pauses."""
    if not step.started_at:
        return 0.0
    if step.ended_at and step.status != "running":
        end = _parse(step.ended_at)
    elif step.paused_at:
        end = _parse(step.paused_at)
    else:
        end = _now(now)
    return max(0.0, (end - _parse(step.started_at)).total_seconds() - step.paused_seconds)


def remaining_seconds(step: Step, now: datetime | None = None) -> float:
    """Seconds left on the step's countdown (planned + extra minutes); negative when over time."""
    return (step.minutes + step.extra_minutes) * 60 - elapsed_seconds(step, now)


def drift_seconds(store: Store, meeting_id: int, now: datetime | None = None) -> float:
    """How far behind the plan the meeting runs (negative: ahead).

    The plan says that when the finished steps and the running one's elapsed part are
    behind us, their planned minutes have passed since the start. Drift is the real
    time since the start minus that. Skipped steps cost nothing; pauses and overruns
    count as lost time. Before the start it is 0; after the end it is fixed.
    """
    run = state(store, meeting_id)
    if run.started_at is None:
        return 0.0
    end = _parse(run.ended_at) if run.ended_at else _now(now)
    all_steps = steps(store, meeting_id)
    planned = sum(s.minutes * 60 for s in all_steps if s.status == "done")
    if run.current is not None:
        planned += min(elapsed_seconds(run.current, end), run.current.minutes * 60)
    return (end - _parse(run.started_at)).total_seconds() - planned


def planned_minutes(store: Store, meeting_id: int) -> int:
    """The sum of the planned minutes of the steps not skipped."""
    return int(store.scalar("SELECT coalesce(sum(minutes), 0) FROM step WHERE meeting_id = ?"
                            " AND status != 'skipped'", (meeting_id,)))
