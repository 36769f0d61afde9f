"""Import a skills matrix into the expertise map, through the participant-list reader.

The file is read by :func:`sessions.importing.read_table` (every encoding, delimiter,
xlsx with title rows and several sheets, and the same refusals: empty, binary, pdf,
xls, encrypted, too large). Two shapes are understood:

- long: one row per person and competence, with columns person (e-mail or name),
  competence, level 0–4, wants to learn (ja/nee) and can teach (ja/nee), optionally
  priority 1–3;
- wide: one row per person, one column per competence holding the level. Wanting to
  learn and teaching then default from the level (≥ 3 can teach; ≤ 1 on a competence
  linked to a goal wants to learn) and are marked unconfirmed: the facilitator
  confirms them on the grid.

People are matched by e-mail when the row has one, else by name; someone not on the
list is reported (``unknown_person``), never added. Competences not yet in the map are
added and reported. A team column sets the person's team, a manager column their
manager. A bad cell (a level of 7, "misschien") is reported and skipped; a file with no
usable rating at all is refused and changes nothing. The whole import is one
transaction and :func:`undo` takes it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sessions import expertise, importing, participants
from sessions.changes import Topic
from sessions.importing import ListImportError, Reason, RowNote
from sessions.store import Store, now_iso

PERSON = ("name", "first_name", "prefix", "last_name", "email")
SYNONYMS = {
    "competence": ("competentie", "competenties", "competence", "competency", "vaardigheid",
                   "skill", "kennisgebied", "onderwerp", "thema"),
    "level": ("niveau", "level", "score", "beheersing", "beheersingsniveau", "proficiency"),
    "teaches": ("kanlerengeven", "kanlesgeven", "canteach", "teach", "teaches", "wildelen",
                "kanoverdragen", "kanuitleggen", "expert", "wilonderwijzen", "kanleren"),
    "wants": ("willeren", "wantstolearn", "learn", "leren", "leerwens", "wilontwikkelen"),
    "priority": ("prioriteit", "priority", "voorkeur", "urgentie"),
    "manager": ("leidinggevende", "manager", "teamleider", "baas", "direct leidinggevende"),
}
YES = {"ja", "j", "yes", "y", "x", "1", "waar", "true", "✓", "✔", "v", "wel"}
NO = {"nee", "n", "no", "0", "onwaar", "false", "", "-", "niet"}
_LEVEL = re.compile(r"^\s*([0-4])(?:[.,]0+)?\s*$")


@dataclass
class ExpertiseReport:
    """What a matrix import did; the UI and the CLI word it (codes and numbers only)."""

    source: str = ""
    form: str = ""                       # long | wide
    kind: str = ""
    sheet: str = ""
    rows_read: int = 0
    ratings: int = 0                     # ratings written
    people: int = 0                      # people rated
    unconfirmed: int = 0                 # defaulted wants/teaches to confirm (wide)
    new_competences: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    unknown_people: list[RowNote] = field(default_factory=list)
    skipped: list[RowNote] = field(default_factory=list)
    # undo
    added_competence_ids: list[int] = field(default_factory=list)
    old_ratings: dict = field(default_factory=dict)
    new_ratings: dict = field(default_factory=dict)
    old_people: dict = field(default_factory=dict)
    new_people: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        """The report as the CLI's JSON object."""
        def notes(items):
            return [{"row": n.row, "reason": n.reason, **n.params} for n in items]
        return {"form": self.form, "rows_read": self.rows_read, "ratings": self.ratings,
                "people": self.people, "unconfirmed": self.unconfirmed,
                "new_competences": self.new_competences, "ignored_columns": self.ignored_columns,
                "unknown_people": notes(self.unknown_people), "skipped": notes(self.skipped),
                "format": self.kind, "sheet": self.sheet}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", participants.fold(text))


_EXACT = {_key(s): t for t, syns in SYNONYMS.items() for s in syns}


def _role(header: str) -> str:
    """What a header cell names: a person field, one of SYNONYMS' keys, 'team', or ''."""
    key = _key(header)
    if not key:
        return ""
    if key in _EXACT:
        return _EXACT[key]
    target, exact = importing.match_header(header)
    if target in PERSON and exact:
        return target
    if target == "area" and exact:
        return "team"
    if target and exact:
        return "other"            # a participant-list column (role): not a competence
    for syn, t in sorted(_EXACT.items(), key=lambda st: -len(st[0])):
        if len(syn) >= 5 and syn in key:
            return t
    if target in PERSON:
        return target
    return ""


@dataclass
class Layout:
    """The header row and what each column is; ``competences`` maps column → name (wide)."""

    header_row: int
    roles: list[str]
    form: str
    competences: dict[int, str]


def detect(table: importing.Table) -> Layout:
    """Find the header row and the form; raise ListImportError when it is no matrix."""
    best: Layout | None = None
    for i, row in enumerate(table.rows[:importing.HEADER_SEARCH_ROWS]):
        roles = [_role(c) for c in row]
        if not any(r in PERSON for r in roles):
            continue
        if "competence" in roles and "level" in roles:
            return Layout(i, roles, "long", {})
        comps = {j: " ".join(c.split()) for j, c in enumerate(row)
                 if not roles[j] and c.strip()}
        if comps and (best is None or len(comps) > len(best.competences)):
            best = Layout(i, roles, "wide", comps)
    if best is None:
        if any(any(_role(c) in PERSON for c in r) for r in table.rows[:importing.HEADER_SEARCH_ROWS]):
            raise ListImportError(Reason.NO_ROWS)
        raise ListImportError(Reason.NO_NAME_COLUMN)
    return best


def _drop_non_level_columns(table: importing.Table, layout: Layout, report) -> None:
    """A wide column is a competence when most of its filled cells are levels 0–4."""
    for j in list(layout.competences):
        cells = [r[j].strip() for r in table.rows[layout.header_row + 1:] if j < len(r) and r[j].strip()]
        levels = sum(1 for c in cells if _level(c) is not None)
        if cells and levels * 2 < len(cells):
            report.ignored_columns.append(layout.competences.pop(j))
    if not layout.competences:
        raise ListImportError(Reason.NO_ROWS)


def _level(text: str) -> int | None:
    m = _LEVEL.match(text)
    return int(m.group(1)) if m else None


def _yes(text: str) -> bool | None:
    t = participants.fold(text.strip())
    if t in YES:
        return True
    if t in NO:
        return False
    return None


class _People:
    """Find participants by e-mail, else by whole name (folded)."""

    def __init__(self, store: Store):
        self.by_email, self.by_name = {}, {}
        for p in participants.all_participants(store):
            if p.email:
                self.by_email[p.email.strip().casefold()] = p.id
            self.by_name.setdefault(participants.fold(" ".join(p.display_name.split())), p.id)

    def find(self, values: dict) -> int | None:
        email = values.get("email", "").strip().casefold()
        if not email and "@" in values.get("name", ""):
            email = values["name"].strip().casefold()     # one person column holding e-mails
            values = {k: v for k, v in values.items() if k != "name"}
        if email and email in self.by_email:
            return self.by_email[email]
        if email and "@" in email and not values.get("name") and not values.get("last_name"):
            return None
        name = values.get("name") or participants.display_name(
            values.get("first_name", ""), values.get("prefix", ""), values.get("last_name", ""))
        return self.by_name.get(participants.fold(" ".join(name.split())))


def _person_text(values: dict) -> str:
    return (values.get("email") or values.get("name") or participants.display_name(
        values.get("first_name", ""), values.get("prefix", ""), values.get("last_name", "")))


def import_file(store: Store, source: Path | str | bytes,
                table: importing.Table | None = None) -> ExpertiseReport:
    """Read, check and apply a matrix in one transaction; raise ListImportError to refuse."""
    table = table or importing.read_table(source)
    layout = detect(table)
    report = ExpertiseReport(source=Path(source).name if isinstance(source, str | Path) else "",
                             form=layout.form, kind=table.kind, sheet=table.sheet)
    if layout.form == "wide":
        _drop_non_level_columns(table, layout, report)
    found = _People(store)
    existing = {participants.fold(c.name): c for c in expertise.competences(store)}
    writes: dict[tuple[int, str], dict] = {}          # (person, competence name) -> values
    person_meta: dict[int, dict] = {}
    managers_text: dict[int, str] = {}
    comp_names: dict[str, str] = {}                   # folded -> as written
    for n, row in enumerate(table.rows[layout.header_row + 1:], start=layout.header_row + 2):
        cells = [importing._clean_cell(c) for c in row] + [""] * (len(layout.roles) - len(row))
        if not any(cells):
            continue
        report.rows_read += 1
        values = {}
        for j, role in enumerate(layout.roles):
            if role and role not in values:
                values[role] = cells[j] if j < len(cells) else ""
        person_text = _person_text(values)
        if not person_text:
            report.skipped.append(RowNote(n, "no_person"))
            continue
        pid = found.find(values)
        if pid is None:
            report.unknown_people.append(RowNote(n, "unknown_person", {"person": person_text}))
            continue
        if values.get("team"):
            person_meta.setdefault(pid, {})["team"] = values["team"]
        if values.get("manager"):
            managers_text[pid] = values["manager"]
        if layout.form == "long":
            comp = " ".join(values.get("competence", "").split())
            if not comp:
                report.skipped.append(RowNote(n, "no_competence"))
                continue
            level = _level(values.get("level", ""))
            if level is None:
                report.skipped.append(RowNote(n, "bad_level", {"value": values.get("level", ""),
                                                                "competence": comp}))
                continue
            wants, teaches = _yes(values.get("wants", "")), _yes(values.get("teaches", ""))
            if wants is None or teaches is None:
                bad = values.get("wants", "") if wants is None else values.get("teaches", "")
                report.skipped.append(RowNote(n, "bad_yes_no", {"value": bad, "competence": comp}))
                continue
            prio_text = values.get("priority", "").strip()
            prio = _level(prio_text) if prio_text else None
            if prio_text and prio not in (1, 2, 3):
                report.skipped.append(RowNote(n, "bad_priority", {"value": prio_text,
                                                                   "competence": comp}))
                continue
            comp_names.setdefault(participants.fold(comp), comp)
            writes[(pid, participants.fold(comp))] = {
                "level": level, "wants": int(wants), "teaches": int(teaches), "priority": prio,
                "confirmed": 1}
        else:
            for j, comp in layout.competences.items():
                text = cells[j] if j < len(cells) else ""
                if not text.strip():
                    continue
                level = _level(text)
                if level is None:
                    report.skipped.append(RowNote(n, "bad_level", {"value": text,
                                                                    "competence": comp}))
                    continue
                comp_names.setdefault(participants.fold(comp), comp)
                writes[(pid, participants.fold(comp))] = {"level": level, "wide": True}
    if not writes:
        raise ListImportError(Reason.NO_ROWS)
    _apply(store, report, writes, comp_names, existing, person_meta, managers_text, found)
    return report


def _apply(store, report, writes, comp_names, existing, person_meta, managers_text, found):
    stamp = now_iso()
    with store.transaction(expertise.TOPIC):
        store.change.reload(expertise.TOPIC)     # a whole list: the map is read again
        ids: dict[str, int] = {k: c.id for k, c in existing.items()}
        links = {c.id: bool(c.goals) for c in existing.values()}
        pos = store.scalar("SELECT MAX(position) FROM peer_competence") or 0
        for key, name in comp_names.items():
            if key not in ids:
                pos += 1
                ids[key] = store.conn.execute(
                    "INSERT INTO peer_competence (position, name) VALUES (?, ?)",
                    (pos, name)).lastrowid
                links[ids[key]] = False
                report.new_competences.append(name)
                report.added_competence_ids.append(ids[key])
        for (pid, key), v in writes.items():
            cid = ids[key]
            old = store.one("SELECT level, wants, priority, teaches, source, confirmed FROM"
                            " peer_rating WHERE participant_id = ? AND competence_id = ?",
                            (pid, cid))
            if v.get("wide"):
                level = v["level"]
                row = {"level": level, "wants": int(level <= expertise.LEARNER_LEVEL and links[cid]),
                       "priority": old["priority"] if old else None,
                       "teaches": int(level >= expertise.EXPERT_LEVEL), "source": "import",
                       "confirmed": 0}
                report.unconfirmed += 1
            else:
                row = {**{k: v[k] for k in ("level", "wants", "priority", "teaches")},
                       "source": "import", "confirmed": 1}
            report.old_ratings[(pid, cid)] = old
            report.new_ratings[(pid, cid)] = row
            store.conn.execute(
                "INSERT OR REPLACE INTO peer_rating (participant_id, competence_id, level, wants,"
                " priority, teaches, source, confirmed, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (pid, cid, row["level"], row["wants"], row["priority"], row["teaches"],
                 row["source"], row["confirmed"], stamp))
        for pid, text in managers_text.items():
            vals = {"email": text} if "@" in text else {"name": text}
            mid = found.find(vals)
            if mid is not None and mid != pid:
                person_meta.setdefault(pid, {})["manager_id"] = mid
        for pid, meta in person_meta.items():
            old = store.one("SELECT team, manager_id, capacity FROM peer_person WHERE"
                            " participant_id = ?", (pid,))
            new = {**(old or {"team": "", "manager_id": None, "capacity": None}), **meta}
            report.old_people[pid] = old
            report.new_people[pid] = new
            store.conn.execute("INSERT OR REPLACE INTO peer_person (participant_id, team,"
                               " manager_id, capacity) VALUES (?,?,?,?)",
                               (pid, new["team"], new["manager_id"], new["capacity"]))
    report.ratings = len(writes)
    report.people = len({pid for pid, _k in writes})


def undo(store: Store, report: ExpertiseReport) -> None:
    """Take an import back: ratings and people as before, added competences gone."""
    with store.transaction(expertise.TOPIC):
        store.change.reload(expertise.TOPIC)
        if report.added_competence_ids:    # their pairs go with them (cascade)
            store.change.reload(Topic.PAIRS)
        for (pid, cid), old in report.old_ratings.items():
            _put_rating(store, pid, cid, old)
        for pid, old in report.old_people.items():
            _put_person(store, pid, old)
        for cid in report.added_competence_ids:
            store.conn.execute("DELETE FROM peer_competence WHERE id = ?", (cid,))


def redo(store: Store, report: ExpertiseReport) -> None:
    """Apply an import again after :func:`undo` (same ids)."""
    with store.transaction(expertise.TOPIC):
        store.change.reload(expertise.TOPIC)
        pos = store.scalar("SELECT MAX(position) FROM peer_competence") or 0
        for i, (cid, name) in enumerate(zip(report.added_competence_ids,
                                            report.new_competences, strict=True), start=1):
            store.conn.execute("INSERT INTO peer_competence (id, position, name) VALUES (?,?,?)",
                               (cid, pos + i, name))
        for (pid, cid), new in report.new_ratings.items():
            _put_rating(store, pid, cid, new)
        for pid, new in report.new_people.items():
            _put_person(store, pid, new)


def _put_rating(store: Store, pid: int, cid: int, row: dict | None) -> None:
    if row is None:
        store.conn.execute("DELETE FROM peer_rating WHERE participant_id = ? AND competence_id = ?",
                           (pid, cid))
    else:
        store.conn.execute(
            "INSERT OR REPLACE INTO peer_rating (participant_id, competence_id, level, wants,"
            " priority, teaches, source, confirmed, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, cid, row["level"], row["wants"], row["priority"], row["teaches"],
             row["source"], row["confirmed"], now_iso()))


def _put_person(store: Store, pid: int, row: dict | None) -> None:
    if row is None:
        store.conn.execute("DELETE FROM peer_person WHERE participant_id = ?", (pid,))
    else:
        store.conn.execute("INSERT OR REPLACE INTO peer_person (participant_id, team, manager_id,"
                           " capacity) VALUES (?,?,?,?)",
                           (pid, row["team"], row["manager_id"], row["capacity"]))
