"""Phones that join over the venue network: tokens, phones, what they may do, what they see.

Pure domain (no Qt, no network). The web server (ui/phones/server.py) validates the shape
of a request in its own thread and hands it to the GUI thread, which calls :func:`apply`
here: the same services the console uses (questions, boards, groups, actions, harvest),
each in its transaction, with the answer recorded under the request id so a retried
request never counts twice.

What a phone sees is built by :func:`public_state` (the same for every phone) and
:func:`personal_states` (each phone's own name, dots, choices and sign-ups). Neither ever
holds an e-mail address, a private note or a SWOT.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata

from sessions import actions as actions_service
from sessions import agenda, boards, expertise, groups, harvest, participants, questions
from sessions.errors import Code, ValidationError
from sessions.store import Store, now_iso

TOPIC = "phones"
# the kinds of rows a change record names under TOPIC (the hub reads them to send each phone
# only what changed: a dot changes that phone's dots, not its name)
PHONE, JOIN_TOKEN, INPUT, REQUEST = "phone", "join_token", "phone_input", "phone_request"
MAX_TEXT = 280
MAX_RANK = 3
REQUEST_ID_MAX = 64
# what the page offers per step kind
STEP_ACTIONS = {"concept": "board", "questions": "questions", "vote": "vote", "groups": "groups",
                "actions": "actions", "initiatives": "initiatives", "kenniskaart": "selfrate"}
NEEDS_NAME = {"dot", "choices", "add_action", "edit_action", "signup", "withdraw", "self_rate"}
# a self-rating item: the competence and the fields a person may correct on their phone
SELF_RATE_FIELDS = {"level", "wants", "teaches"}


# ---------------------------------------------------------------- text


def clean_text(value, limit: int = MAX_TEXT, *, field: str = "text") -> str:
    """Phone text as stored: NFC, control characters out, trimmed, at most ``limit`` characters."""
    if not isinstance(value, str):
        raise ValidationError(Code.INVALID, field=field, reason="type")
    text = unicodedata.normalize("NFC", value)
    text = "".join(" " if c in "\t\n\r" else c for c in text
                   if c in "\t\n\r" or unicodedata.category(c) != "Cc")
    text = " ".join(text.split())
    if not text:
        raise ValidationError(Code.INVALID, field=field, reason="empty")
    if len(text) > limit:
        raise ValidationError(Code.INVALID, field=field, reason="too_long", limit=limit)
    return text


def hash_cookie(cookie: str) -> str:
    """What the file keeps of a phone's cookie (the cookie itself stays on the phone)."""
    return hashlib.sha256(cookie.encode()).hexdigest()


def new_secret(nbytes: int = 10) -> str:
    """A random secret as lowercase base32 without padding (10 bytes = 80 bits = 16 characters)."""
    return base64.b32encode(secrets.token_bytes(nbytes)).decode().rstrip("=").lower()


# ---------------------------------------------------------------- the token


def token(store: Store, meeting_id: int) -> str:
    """The meeting's join token, created on first use (each meeting has its own)."""
    row = store.one("SELECT token FROM join_token WHERE meeting_id = ?", (meeting_id,))
    if row:
        return row["token"]
    value = new_secret()
    with store.transaction(TOPIC):
        store.conn.execute("INSERT INTO join_token (meeting_id, token, created_at) VALUES (?, ?, ?)",
                           (meeting_id, value, now_iso()))
        store.change.inserted(TOPIC, meeting_id, kind=JOIN_TOKEN)
    return value


def renew_token(store: Store, meeting_id: int) -> str:
    """A new token for the meeting: every phone must scan again."""
    token(store, meeting_id)
    value = new_secret()
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE join_token SET token = ? WHERE meeting_id = ?", (value, meeting_id))
        store.conn.execute("DELETE FROM phone WHERE meeting_id = ?", (meeting_id,))
        store.change.updated(TOPIC, meeting_id, kind=JOIN_TOKEN)
        store.change.touch(TOPIC)       # every phone of the meeting went: reload them
    return value


def anonymous_allowed(store: Store, meeting_id: int) -> bool:
    """Whether phones may join without a name at this meeting."""
    token(store, meeting_id)
    return bool(store.scalar("SELECT anonymous FROM join_token WHERE meeting_id = ?", (meeting_id,)))


def set_anonymous(store: Store, meeting_id: int, allowed: bool) -> bool:
    """Allow or forbid joining without a name; return the old setting."""
    old = anonymous_allowed(store, meeting_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE join_token SET anonymous = ? WHERE meeting_id = ?",
                           (int(bool(allowed)), meeting_id))
        store.change.updated(TOPIC, meeting_id, kind=JOIN_TOKEN)
    return old


# ---------------------------------------------------------------- phones


def phone_by_cookie(store: Store, meeting_id: int, cookie_hash: str) -> dict | None:
    """The phone that holds this cookie at this meeting, or None."""
    return store.one("SELECT * FROM phone WHERE cookie = ? AND meeting_id = ?",
                     (cookie_hash, meeting_id))


def phones(store: Store, meeting_id: int) -> list[dict]:
    """Every phone of the meeting with the names it holds and asks for."""
    rows = store.query("SELECT * FROM phone WHERE meeting_id = ? ORDER BY id", (meeting_id,))
    names = {r["id"]: participants.display_name(r["first_name"], r["prefix"], r["last_name"])
             for r in store.query(
                 "SELECT id, first_name, prefix, last_name FROM participant WHERE id IN"
                 " (SELECT participant_id FROM phone WHERE meeting_id = ?"
                 "  UNION SELECT wants_id FROM phone WHERE meeting_id = ?)", (meeting_id, meeting_id))}
    for r in rows:
        r["name"] = names.get(r["participant_id"], "")
        r["wants_name"] = names.get(r["wants_id"], "")
    return rows


def register(store: Store, meeting_id: int, cookie_hash: str) -> int:
    """The phone with this cookie, added when new; return its id."""
    row = phone_by_cookie(store, meeting_id, cookie_hash)
    if row:
        return row["id"]
    with store.transaction(TOPIC):
        cur = store.conn.execute("INSERT INTO phone (meeting_id, cookie, joined_at) VALUES (?, ?, ?)",
                                 (meeting_id, cookie_hash, now_iso()))
        store.change.inserted(TOPIC, cur.lastrowid, kind=PHONE)
    return cur.lastrowid


def _phone(store: Store, phone_id: int) -> dict:
    row = store.one("SELECT * FROM phone WHERE id = ?", (phone_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="phone", reason="unknown")
    return row


def checkin_in_use(store: Store, meeting_id: int) -> bool:
    """Check-in is in use when someone is ticked present already (then joining checks in)."""
    return bool(participants.checked_in_ids(store, meeting_id))


def join(store: Store, phone_id: int, participant_id: int | None) -> str:
    """Join by name (or anonymously with None); return 'joined', 'pending' or 'anonymous'.

    A name another phone holds waits for the facilitator's OK. Joining by name checks the
    person in when check-in is in use at the meeting.
    """
    phone = _phone(store, phone_id)
    meeting_id = phone["meeting_id"]
    if participant_id is None:
        if not anonymous_allowed(store, meeting_id):
            raise ValidationError(Code.INVALID, field="join", reason="name_required")
        with store.transaction(TOPIC):
            store.conn.execute("UPDATE phone SET participant_id = NULL, wants_id = NULL WHERE id = ?",
                               (phone_id,))
            store.change.updated(TOPIC, phone_id, kind=PHONE)
        return "anonymous"
    try:
        participants.get(store, int(participant_id))
    except (ValidationError, TypeError, ValueError):
        raise ValidationError(Code.INVALID, field="participant", reason="unknown") from None
    holder = store.scalar("SELECT id FROM phone WHERE meeting_id = ? AND participant_id = ? AND id != ?",
                          (meeting_id, participant_id, phone_id))
    if holder is not None:
        with store.transaction(TOPIC):
            store.conn.execute("UPDATE phone SET wants_id = ? WHERE id = ?", (participant_id, phone_id))
            store.change.updated(TOPIC, phone_id, kind=PHONE)
        return "pending"
    with store.transaction(TOPIC, "attendance"):
        store.conn.execute("UPDATE phone SET participant_id = ?, wants_id = NULL WHERE id = ?",
                           (participant_id, phone_id))
        store.change.updated(TOPIC, phone_id, kind=PHONE)
        if checkin_in_use(store, meeting_id):
            participants.check_in(store, meeting_id, participant_id)
    return "joined"


def approve(store: Store, phone_id: int) -> None:
    """The facilitator's OK: this phone takes the name it asked for; the other phone lets go."""
    phone = _phone(store, phone_id)
    pid = phone["wants_id"]
    if pid is None:
        raise ValidationError(Code.INVALID, field="phone", reason="nothing_pending")
    with store.transaction(TOPIC, "attendance"):
        for r in store.query("SELECT id FROM phone WHERE meeting_id = ? AND participant_id = ?",
                             (phone["meeting_id"], pid)):
            store.change.updated(TOPIC, r["id"], kind=PHONE)
        store.conn.execute("UPDATE phone SET participant_id = NULL WHERE meeting_id = ? AND participant_id = ?",
                           (phone["meeting_id"], pid))
        store.conn.execute("UPDATE phone SET participant_id = ?, wants_id = NULL WHERE id = ?",
                           (pid, phone_id))
        store.change.updated(TOPIC, phone_id, kind=PHONE)
        if checkin_in_use(store, phone["meeting_id"]):
            participants.check_in(store, phone["meeting_id"], pid)


def refuse(store: Store, phone_id: int) -> None:
    """The facilitator says no: the phone's request for a name is dropped."""
    _phone(store, phone_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE phone SET wants_id = NULL WHERE id = ?", (phone_id,))
        store.change.updated(TOPIC, phone_id, kind=PHONE)


def pending(store: Store, meeting_id: int) -> list[dict]:
    """Phones that wait for the facilitator's OK on a name, first asked first.

    Each row also says when the phone asked (``asked_at``) and since when another phone
    holds the name (``held_since``; '' when nobody holds it any more), so the facilitator
    sees who was first.
    """
    rows = [p for p in phones(store, meeting_id) if p["wants_id"] is not None]
    for p in rows:
        p["asked_at"] = _last_answer_at(store, p["id"], {"joined": "pending"}) or p["joined_at"]
        holder = store.one("SELECT id, joined_at FROM phone WHERE meeting_id = ? AND participant_id = ?"
                           " AND id != ? ORDER BY id LIMIT 1", (meeting_id, p["wants_id"], p["id"]))
        p["held_since"] = "" if holder is None else (
            _last_answer_at(store, holder["id"], {"joined": "joined"}) or holder["joined_at"])
    rows.sort(key=lambda p: (p["asked_at"], p["id"]))
    return rows


def _last_answer_at(store: Store, phone_id: int, answer: dict) -> str | None:
    """When this phone last got ``answer`` (its recorded requests), or None."""
    return store.scalar("SELECT MAX(at) FROM phone_request WHERE phone_id = ? AND answer = ?",
                        (phone_id, json.dumps(answer)))


# ---------------------------------------------------------------- what phones put in


def note_input(store: Store, kind: str, ref_id: int, phone_id: int | None) -> None:
    """Remember that a question, board item or action came from a phone (for moderation)."""
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT OR REPLACE INTO phone_input (kind, ref_id, phone_id, created_at) VALUES (?, ?, ?, ?)",
            (kind, ref_id, phone_id, now_iso()))
        store.change.inserted(TOPIC, ref_id, kind=INPUT)


def inputs(store: Store) -> list[dict]:
    """Everything phones put in that still exists, newest first, with its current text."""
    rows = store.query(
        "SELECT i.*, COALESCE(q.text, b.text, a.title) AS text, q.merged_into AS merged_into"
        " FROM phone_input i"
        " LEFT JOIN question q ON i.kind = 'question' AND q.id = i.ref_id"
        " LEFT JOIN board_item b ON i.kind = 'item' AND b.id = i.ref_id"
        " LEFT JOIN action a ON i.kind = 'action' AND a.id = i.ref_id"
        " ORDER BY i.created_at DESC, i.rowid DESC")
    return [r for r in rows if r["text"] is not None]


def hidden_ids(store: Store, kind: str) -> set[int]:
    """The ids of this kind the facilitator hid (off the wall and the phones)."""
    return {r[0] for r in store.conn.execute(
        "SELECT ref_id FROM phone_input WHERE kind = ? AND hidden = 1", (kind,))}


def set_hidden(store: Store, kind: str, ref_id: int, hidden: bool) -> bool:
    """Hide or show a phone's input; return the old setting."""
    old = store.scalar("SELECT hidden FROM phone_input WHERE kind = ? AND ref_id = ?", (kind, ref_id))
    if old is None:
        raise ValidationError(Code.INVALID, field="input", reason="unknown")
    topic = {"question": questions.TOPIC, "item": boards.TOPIC, "action": "actions"}.get(kind, TOPIC)
    with store.transaction(TOPIC, topic, questions.VOTES):
        store.conn.execute("UPDATE phone_input SET hidden = ? WHERE kind = ? AND ref_id = ?",
                           (int(bool(hidden)), kind, ref_id))
        store.change.updated(TOPIC, ref_id, kind=INPUT)
    return bool(old)


# ---------------------------------------------------------------- requests


def find_answer(store: Store, request_id: str) -> tuple[int, dict] | None:
    """The answer already given to this request id, or None."""
    row = store.one("SELECT status, answer FROM phone_request WHERE request_id = ?", (request_id,))
    return (row["status"], json.loads(row["answer"])) if row else None


def _save_answer(store: Store, request_id: str, phone_id: int, status: int, answer: dict) -> None:
    store.conn.execute(
        "INSERT OR REPLACE INTO phone_request (request_id, phone_id, status, answer, at)"
        " VALUES (?, ?, ?, ?, ?)", (request_id, phone_id, status, json.dumps(answer), now_iso()))
    store.change.inserted(TOPIC, phone_id, kind=REQUEST)


# ---------------------------------------------------------------- applying a phone's request


def current_step(store: Store, meeting_id: int) -> agenda.Step | None:
    """The step the meeting is at (what the phones follow)."""
    return agenda.current(store, meeting_id)


def step_action(step: agenda.Step | None) -> str:
    """What the page offers at this step: board, questions, vote, groups, actions, initiatives or ''."""
    return STEP_ACTIONS.get(step.kind, "") if step is not None else ""


def board_key(step: agenda.Step) -> str:
    """The board a concept step works on (its settings' ``board``, default 'concept')."""
    return boards.key_for(step.settings)


def _refuse(reason: str, **params) -> ValidationError:
    return ValidationError(Code.INVALID, field="phone", reason=reason, **params)


def _int(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse("bad_request", what=name)
    return value


class Batch:
    """What every request of one batch reads alike, read once for the batch.

    The hub applies the requests that arrive together in one transaction (a savepoint each).
    The meeting's running step and the vote round stay the same all through it: no phone
    request changes them, and nothing else runs on the GUI thread in between. So a batch
    reads them once instead of once per request (a dot read the step's rows and the round
    again each time: 5 of its 18 statements).
    """

    def __init__(self, store: Store, meeting_id: int):
        self.store, self.meeting_id = store, meeting_id
        self._step: tuple[agenda.Step | None] | None = None
        self._round: questions.VoteRound | None = None

    def step(self) -> agenda.Step | None:
        """The running step of the meeting."""
        if self._step is None:
            self._step = (current_step(self.store, self.meeting_id),)
        return self._step[0]

    def round(self) -> questions.VoteRound:
        """The vote round's settings."""
        if self._round is None:
            self._round = questions.get_round(self.store)
        return self._round


def apply(store: Store, meeting_id: int, phone_id: int, op: str, data: dict,
          request_id: str, batch: Batch | None = None) -> tuple[int, dict]:
    """Carry out one phone request through the console's services; return (HTTP status, answer).

    The whole request is one transaction together with its recorded answer, so a retry
    with the same request id gets the same answer and changes nothing. ``batch`` shares
    the reads of the requests applied together in one transaction (see :class:`Batch`).
    """
    done = find_answer(store, request_id)
    if done is not None:
        return done
    batch = batch or Batch(store, meeting_id)
    try:
        with store.transaction(TOPIC):
            answer = _apply(store, batch, _phone(store, phone_id), op, data)
            _save_answer(store, request_id, phone_id, 200, answer)
        return 200, answer
    except ValidationError as exc:
        answer = {"error": exc.params.get("reason") or "invalid", **{
            k: v for k, v in exc.params.items() if k in ("limit", "field")}}
        status = 409 if exc.params.get("reason") in ("no_dots_left", "not_now", "taken") else 422
        with store.transaction(TOPIC):
            _save_answer(store, request_id, phone_id, status, answer)
        return status, answer


def _apply(store: Store, batch: Batch, phone: dict, op: str, data: dict) -> dict:
    if op == "join":
        pid = data.get("participant_id")
        if pid is not None:
            pid = _int(pid, "participant_id")
        return {"joined": join(store, phone["id"], pid)}
    pid = phone["participant_id"]
    if op in NEEDS_NAME and pid is None:
        raise _refuse("name_required")
    if op == "self_rate":          # reachable at any step, by name only, for oneself only
        return _self_rate(store, pid, data.get("items"))
    step = batch.step()
    kind = step_action(step)
    if op == "add_item" and kind == "board":
        column_id = _int(data.get("column_id"), "column_id")
        board = boards.get(store, board_key(step))
        if board is None or column_id not in {c.id for c in board.columns}:
            raise _refuse("unknown")
        item_id = boards.add_item(store, column_id, clean_text(data.get("text")))
        note_input(store, "item", item_id, phone["id"])
        return {"id": item_id}
    if op == "add_question" and kind == "questions":
        qid = questions.add(store, clean_text(data.get("text")))
        note_input(store, "question", qid, phone["id"])
        return {"id": qid}
    if op == "dot" and kind == "vote":
        return _dot(store, batch.round(), pid, _int(data.get("question_id"), "question_id"),
                    _int(data.get("delta"), "delta"))
    if op == "choices" and kind == "groups":
        ids = data.get("group_ids")
        if not isinstance(ids, list) or len(ids) > MAX_RANK:
            raise _refuse("bad_request", what="group_ids")
        clean = [None if g is None else _int(g, "group_ids") for g in ids]
        groups.set_choices(store, pid, clean)
        return {"choices": groups.choices(store).get(pid, [])}
    if op in ("add_action", "edit_action") and kind == "actions":
        mine = groups.memberships(store).get(pid)
        if mine is None:
            raise _refuse("no_group")
        title = clean_text(data.get("title"), field="title")
        desc = data.get("description") or ""
        desc = clean_text(desc, field="description") if desc.strip() else ""
        if op == "add_action":
            aid = actions_service.add(store, mine[0], title, description=desc, member_ids=[pid])
            note_input(store, "action", aid, phone["id"])
            return {"id": aid}
        aid = _int(data.get("action_id"), "action_id")
        if actions_service.get(store, aid).group_id != mine[0]:
            raise _refuse("not_your_group")
        actions_service.update(store, aid, title=title, description=desc)
        return {"id": aid}
    if op == "signup" and kind == "initiatives":
        aid = _int(data.get("activity_id"), "activity_id")
        if any(s.participant_id == pid for s in harvest.signups(store, aid)):
            raise _refuse("already_signed_up")
        s = harvest.sign_up(store, aid, pid, waiting_list=True)
        return {"activity_id": aid, "waiting": s.waiting}
    if op == "withdraw" and kind == "initiatives":
        aid = _int(data.get("activity_id"), "activity_id")
        harvest.withdraw(store, aid, pid)
        return {"activity_id": aid}
    raise _refuse("not_now")


def _self_rate(store: Store, pid: int, items) -> dict:
    """A named phone corrects its own person's ratings (the person is the phone's, never sent)."""
    known = {c.id for c in expertise.competences(store)}
    if not known:
        raise _refuse("not_now")
    if not isinstance(items, list) or not items or len(items) > len(known):
        raise _refuse("bad_request", what="items")
    clean, seen = [], set()
    for item in items:
        if not isinstance(item, dict) or set(item) - SELF_RATE_FIELDS - {"competence_id"}:
            raise _refuse("bad_request", what="items")
        cid = _int(item.get("competence_id"), "competence_id")
        if cid not in known:
            raise _refuse("unknown")
        if cid in seen:
            raise _refuse("bad_request", what="competence_id")
        seen.add(cid)
        values = {"competence_id": cid}
        if "level" in item:
            level = _int(item["level"], "level")
            if level not in expertise.LEVELS:
                raise _refuse("bad_request", what="level")
            values["level"] = level
        for key in ("wants", "teaches"):
            if key in item:
                if not isinstance(item[key], bool):
                    raise _refuse("bad_request", what=key)
                values[key] = item[key]
        clean.append(values)
    expertise.self_rate(store, pid, clean)
    return {"expertise": own_ratings(store, pid)}


def own_ratings(store: Store, pid: int) -> dict[str, dict]:
    """One person's own ratings as their phone shows them: competence id -> level, wants, teaches."""
    return {str(r["competence_id"]): {"level": r["level"], "wants": bool(r["wants"]),
                                      "teaches": bool(r["teaches"])}
            for r in store.query("SELECT competence_id, level, wants, teaches FROM peer_rating"
                                 " WHERE participant_id = ?", (pid,))}


def _dot(store: Store, rnd: questions.VoteRound, pid: int, question_id: int, delta: int) -> dict:
    if rnd.mode != "dots":
        raise _refuse("not_now")
    if delta not in (1, -1):
        raise _refuse("bad_request", what="delta")
    # the question is there, not merged away and not hidden: one read
    if store.scalar("SELECT 1 FROM question q WHERE q.id = ? AND q.merged_into IS NULL AND NOT"
                    " EXISTS (SELECT 1 FROM phone_input i WHERE i.kind = 'question'"
                    " AND i.ref_id = q.id AND i.hidden = 1)", (question_id,)) is None:
        raise _refuse("unknown")
    # the person's dots in all and on this question: one read
    used, here = store.conn.execute(
        "SELECT COALESCE(SUM(dots), 0), COALESCE(SUM(CASE WHEN question_id = ? THEN dots END), 0)"
        " FROM ballot WHERE participant_id = ?", (question_id, pid)).fetchone()
    if delta > 0 and used >= rnd.dots:
        raise _refuse("no_dots_left", limit=rnd.dots)
    if delta < 0 and here == 0:
        raise _refuse("unknown")
    questions.set_ballot(store, pid, question_id, here + delta)
    return {"question_id": question_id, "dots": here + delta, "left": rnd.dots - used - delta}


# ---------------------------------------------------------------- what phones see


def _section(meta: dict, items: dict | None = None) -> dict:
    return {"meta": meta, "items": items or {}}


def public_state(store: Store, meeting_id: int, sections: set[str] | None = None) -> dict:
    """What every phone sees, as sections of ``{"meta": …, "items": {id: …}}``.

    ``sections`` limits the work to the sections named (None: all).
    """
    def want(name):
        return (sections is None or name in sections)
    out: dict[str, dict] = {}
    step = current_step(store, meeting_id)
    if want("step"):
        out["step"] = _section({
            "id": step.id if step else None, "kind": step.kind if step else "",
            "title": step.title if step else "", "instructions": step.instructions if step else "",
            "offers": step_action(step),
            "anonymous": anonymous_allowed(store, meeting_id),
            "board": board_key(step) if step is not None and step.kind == "concept" else ""})
    if want("board"):
        key = board_key(step) if step is not None and step.kind == "concept" else "concept"
        board = boards.get(store, key)
        hidden = hidden_ids(store, "item")
        cols, items = [], {}
        if board is not None:
            for c in board.columns:
                cols.append({"id": c.id, "title": c.title})
                for it in c.items:
                    if it.id not in hidden:
                        items[str(it.id)] = {"column": c.id, "pos": it.position, "text": it.text}
        out["board"] = _section({"columns": cols}, items)
    if want("questions"):
        rnd = questions.get_round(store)
        hidden = hidden_ids(store, "question")
        items = {}
        for e in questions.listing(store):
            if e.id in hidden:
                continue
            item = {"pos": e.question.position, "text": e.text}
            if not rnd.hidden:
                item["total"] = e.total
            items[str(e.id)] = item
        out["questions"] = _section({"mode": rnd.mode, "dots": rnd.dots, "hidden": rnd.hidden}, items)
    if want("groups"):
        # numbered 1..N as the wall's cards and the console number them (the keys people
        # use to give their choices)
        out["groups"] = _section({}, {str(g.id): {"pos": g.position, "n": n, "name": g.name,
                                                  "question": g.question_text, "colour": g.colour}
                                      for n, g in enumerate(groups.groups(store), start=1)})
    if want("actions"):
        hidden = hidden_ids(store, "action")
        out["actions"] = _section({}, {
            str(a.id): {"group": a.group_id, "pos": a.position, "title": a.title,
                        "description": a.description}
            for a in actions_service.actions(store) if a.id not in hidden})
    if want("activities"):
        out["activities"] = _section({}, {
            str(s.activity.id): {"pos": s.activity.position, "title": s.activity.title,
                                 "description": s.activity.description,
                                 "period": s.activity.period, "capacity": s.activity.capacity,
                                 "signed": s.signed, "waiting": s.waiting}
            for s in harvest.summaries(store)})
    if want("competences"):
        # the organisation's competences and goals (no ratings: those are personal)
        goal_titles = {g.id: g.title for g in expertise.goals(store)}
        out["competences"] = _section({}, {
            str(c.id): {"pos": c.position, "name": c.name,
                        "goals": [goal_titles[g] for g, _imp in sorted(
                            c.goals.items(), key=lambda kv: (-kv[1], kv[0])) if g in goal_titles]}
            for c in expertise.competences(store)})
    return out


def people(store: Store) -> list[dict]:
    """The names phones pick from (id and name only)."""
    return [{"id": p.id, "name": p.display_name} for p in participants.all_participants(store)]


def personal_states(store: Store, meeting_id: int) -> dict[int, dict]:
    """Each phone's own view: its name, its dots, choices, group and sign-ups."""
    rows = phones(store, meeting_id)
    ballots: dict[int, dict[str, int]] = {}
    for r in store.query("SELECT participant_id, question_id, dots FROM ballot"):
        ballots.setdefault(r["participant_id"], {})[str(r["question_id"])] = r["dots"]
    choices = groups.choices(store)
    member = groups.memberships(store)
    signed: dict[int, dict[str, str]] = {}
    for act in harvest.activities(store):
        for s in harvest.signups(store, act.id):
            signed.setdefault(s.participant_id, {})[str(act.id)] = "waiting" if s.waiting else "signed"
    dots = questions.get_round(store).dots
    # self-ratings go only into their own person's view, and only when there is a map
    rated: dict[int, dict[str, dict]] = {}
    mapped = bool(store.scalar("SELECT 1 FROM peer_competence LIMIT 1"))
    if mapped:
        for r in store.query("SELECT participant_id, competence_id, level, wants, teaches"
                             " FROM peer_rating WHERE participant_id IN (SELECT participant_id"
                             " FROM phone WHERE meeting_id = ?)", (meeting_id,)):
            rated.setdefault(r["participant_id"], {})[str(r["competence_id"])] = {
                "level": r["level"], "wants": bool(r["wants"]), "teaches": bool(r["teaches"])}
    out = {}
    for r in rows:
        pid = r["participant_id"]
        mine = ballots.get(pid, {}) if pid else {}
        out[r["id"]] = {
            "name": r["name"] if pid else "", "named": pid is not None,
            "pending": r["wants_name"] if r["wants_id"] else "",
            "dots": mine, "left": dots - sum(mine.values()),
            "choices": choices.get(pid, []) if pid else [],
            "group": member[pid][0] if pid in member else None,
            "signups": signed.get(pid, {}) if pid else {},
            "expertise": rated.get(pid, {}) if pid and mapped else None}
    return out


def dot_states(store: Store, meeting_id: int) -> dict[int, tuple[dict[str, int], int]]:
    """Each named phone's dots and dots left: the part of its own view a dot changes
    (one read, for the many dots phones place while the rest of their view stays)."""
    dots = questions.get_round(store).dots
    out: dict[int, tuple[dict[str, int], int]] = {}
    for r in store.query("SELECT id FROM phone WHERE meeting_id = ? AND participant_id IS NOT NULL",
                         (meeting_id,)):
        out[r["id"]] = ({}, dots)
    for r in store.query("SELECT p.id, b.question_id, b.dots FROM phone p JOIN ballot b"
                         " ON b.participant_id = p.participant_id WHERE p.meeting_id = ?", (meeting_id,)):
        mine, left = out[r["id"]]
        mine[str(r["question_id"])] = r["dots"]
        out[r["id"]] = (mine, left - r["dots"])
    return out


def personal_topics(change) -> bool:
    """Whether a change record can change what some phone sees of its own (more than dots)."""
    if change.touches("groups", "activities", "participants", "attendance", "expertise"):
        return True
    if not change.touches(TOPIC):
        return False
    kinds = {k for k, ids in change.ids.items() if ids}
    if PHONE in kinds or JOIN_TOKEN in kinds:
        return True
    # a phones change that names no rows (older code, or too much to list): reload
    return not kinds & {INPUT, REQUEST}


def tally(store: Store) -> list[dict]:
    """Per top-level question: dots counted on paper (typed) and dots from phones, and the total."""
    out = []
    for e in questions.listing(store):
        qs = [e.question, *e.merged]
        out.append({"id": e.id, "text": e.text, "paper": sum(q.votes for q in qs),
                    "phones": sum(q.ballots for q in qs), "total": e.total})
    return out
