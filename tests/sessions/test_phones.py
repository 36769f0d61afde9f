"""Phone join, the domain side: tokens, joining, what phones may do per step, what they see."""

from __future__ import annotations

import json

import pytest

from sessions import agenda, groups, harvest, participants, phones, questions, swot, trajectory
from sessions.errors import ValidationError


@pytest.fixture
def room(demo_store):
    """The demo with the startdag started; returns (store, meeting id, go(kind), phone(cookie))."""
    store = demo_store
    mid = trajectory.meeting_of_kind(store, "startdag").id
    agenda.start(store, mid)
    steps = {s.kind: s.id for s in agenda.steps(store, mid)}

    def go(kind: str) -> None:
        if kind not in steps:
            steps[kind] = agenda.add(store, mid, kind, kind)
        agenda.jump(store, steps[kind])

    def phone(cookie: str, name: str | None = None) -> int:
        pid = phones.register(store, mid, phones.hash_cookie(cookie))
        if name is not None:
            who = next(p for p in participants.all_participants(store) if p.first_name == name)
            phones.join(store, pid, who.id)
        return pid

    return store, mid, go, phone


def person(store, first_name: str) -> int:
    return next(p.id for p in participants.all_participants(store) if p.first_name == first_name)


def test_text_is_nfc_without_control_characters_and_at_most_280():
    assert phones.clean_text("Cafe\u0301\x07 \n netwerk\x1b") == "Café netwerk"
    assert len(phones.clean_text("a" * 280)) == 280
    with pytest.raises(ValidationError) as err:
        phones.clean_text("a" * 281)
    assert err.value.params["reason"] == "too_long"
    with pytest.raises(ValidationError):
        phones.clean_text(" \x00\x01 ")
    with pytest.raises(ValidationError):
        phones.clean_text(12)


def test_the_token_has_80_bits_is_kept_per_meeting_and_renews(room):
    store, mid, _go, phone = room
    token = phones.token(store, mid)
    assert len(token) == 16 and token.isalnum()          # 16 base32 characters = 80 bits
    assert phones.token(store, mid) == token
    other = trajectory.meeting_of_kind(store, "oogstsessie").id
    assert phones.token(store, other) != token
    phone("a", "Youssef")
    assert phones.renew_token(store, mid) != token
    assert phones.phones(store, mid) == []                # every phone scans again


def test_a_name_another_phone_holds_waits_for_the_facilitator(room):
    store, mid, _go, phone = room
    first = phone("one", "Youssef")
    second = phone("two")
    assert phones.join(store, second, person(store, "Youssef")) == "pending"
    assert [p["id"] for p in phones.pending(store, mid)] == [second]
    phones.approve(store, second)
    held = {p["id"]: p["participant_id"] for p in phones.phones(store, mid)}
    assert held == {first: None, second: person(store, "Youssef")}
    assert phones.pending(store, mid) == []


def test_joining_checks_in_only_when_check_in_is_in_use(room):
    store, mid, _go, phone = room
    phone("a", "Youssef")
    assert participants.checked_in_ids(store, mid) == set()     # not in use: nobody ticked
    participants.check_in(store, mid, person(store, "Selin"))
    phone("b", "Fatma")
    assert person(store, "Fatma") in participants.checked_in_ids(store, mid)


def test_anonymous_phones_ask_questions_but_do_not_vote(room):
    store, mid, go, phone = room
    anon = phone("anon")
    assert phones.join(store, anon, None) == "anonymous"
    go("questions")
    status, answer = phones.apply(store, mid, anon, "add_question", {"text": "Wie helpt mij?"}, "r-1")
    assert status == 200 and questions.get(store, answer["id"]).text == "Wie helpt mij?"
    go("vote")
    status, answer = phones.apply(store, mid, anon, "dot", {"question_id": answer["id"], "delta": 1},
                                  "r-2")
    assert (status, answer["error"]) == (422, "name_required")
    phones.set_anonymous(store, mid, False)
    with pytest.raises(ValidationError):
        phones.join(store, anon, None)


def test_dots_stop_at_the_budget_and_a_retry_counts_once(room):
    store, mid, go, phone = room
    q1, q2 = questions.add(store, "Een"), questions.add(store, "Twee")
    go("vote")
    me = phone("a", "Youssef")
    budget = questions.get_round(store).dots
    for i in range(budget):
        assert phones.apply(store, mid, me, "dot", {"question_id": q1, "delta": 1}, f"dot-{i}")[0] == 200
    assert questions.get(store, q1).ballots == budget
    status, answer = phones.apply(store, mid, me, "dot", {"question_id": q2, "delta": 1}, "dot-y")
    assert (status, answer["error"]) == (409, "no_dots_left")
    # the same request id again: the same answer, nothing counted twice
    assert phones.apply(store, mid, me, "dot", {"question_id": q2, "delta": 1}, "dot-y")[0] == 409
    assert phones.apply(store, mid, me, "dot", {"question_id": q1, "delta": -1}, "dot-0")[0] == 200
    assert questions.get(store, q1).ballots == budget      # dot-0 was answered before
    assert phones.apply(store, mid, me, "dot", {"question_id": q1, "delta": -1}, "undot")[0] == 200
    assert questions.get(store, q1).ballots == budget - 1


def test_paper_and_phone_dots_are_one_tally(room):
    store, mid, go, phone = room
    q = questions.add(store, "Een")
    go("vote")
    me = phone("a", "Youssef")
    phones.apply(store, mid, me, "dot", {"question_id": q, "delta": 1}, "r-1")
    questions.set_votes(store, q, 5)
    assert phones.tally(store) == [{"id": q, "text": "Een", "paper": 5, "phones": 1, "total": 6}]
    assert questions.listing(store)[0].total == 6


def test_group_choices_land_in_the_choices_balanced_forming_uses(room):
    store, mid, go, phone = room
    ids = [questions.add(store, t) for t in ("A", "B", "C")]
    questions.choose(store, ids)
    gids = groups.create_from_questions(store)
    go("groups")
    me = phone("a", "Youssef")
    status, answer = phones.apply(store, mid, me, "choices", {"group_ids": [gids[1], gids[0], None]},
                                  "r-1")
    assert status == 200
    assert groups.choices(store)[person(store, "Youssef")] == [gids[1], gids[0]]
    result, _undo = groups.form_balanced(store, mid)
    assert groups.memberships(store)[person(store, "Youssef")][0] == gids[1]
    assert result is not None


def test_group_members_add_and_edit_their_own_groups_actions_only(room):
    store, mid, go, phone = room
    a = groups.add_group(store, "Netwerk")
    b = groups.add_group(store, "Leren")
    groups.move(store, person(store, "Youssef"), a)
    other = groups.add_group(store, "Ander")
    from sessions import actions

    theirs = actions.add(store, b, "Hun actie")
    go("actions")
    me = phone("a", "Youssef")
    status, answer = phones.apply(store, mid, me, "add_action",
                                  {"title": "Kenniscafé", "description": "In maart"}, "r-1")
    assert status == 200 and actions.get(store, answer["id"]).group_id == a
    assert phones.apply(store, mid, me, "edit_action", {"action_id": answer["id"], "title": "Café",
                                                        "description": ""}, "r-2")[0] == 200
    assert actions.get(store, answer["id"]).title == "Café"
    status, answer = phones.apply(store, mid, me, "edit_action",
                                  {"action_id": theirs, "title": "Van mij"}, "r-3")
    assert (status, answer["error"]) == (422, "not_your_group")
    assert other


def test_signups_fill_the_places_then_the_waiting_list(room):
    store, mid, go, phone = room
    act = harvest.add_activity(store, title="Intervisie", capacity=1)
    go("initiatives")
    first, second = phone("a", "Youssef"), phone("b", "Fatma")
    assert phones.apply(store, mid, first, "signup", {"activity_id": act}, "r-1") == \
        (200, {"activity_id": act, "waiting": False})
    assert phones.apply(store, mid, second, "signup", {"activity_id": act}, "r-2") == \
        (200, {"activity_id": act, "waiting": True})
    states = phones.personal_states(store, mid)
    assert states[second]["signups"] == {str(act): "waiting"}
    summary = phones.public_state(store, mid, {"activities"})["activities"]["items"][str(act)]
    assert (summary["signed"], summary["waiting"]) == (1, 1)


def test_a_step_without_input_refuses_and_a_wrong_step_too(room):
    store, mid, go, phone = room
    go("welcome")
    me = phone("a", "Youssef")
    status, answer = phones.apply(store, mid, me, "add_question", {"text": "Nu?"}, "r-1")
    assert (status, answer["error"]) == (409, "not_now")


def test_hidden_input_leaves_the_wall_and_the_phones(room):
    store, mid, go, phone = room
    go("questions")
    me = phone("a", "Youssef")
    _, answer = phones.apply(store, mid, me, "add_question", {"text": "Onaardig"}, "r-1")
    qid = answer["id"]
    phones.set_hidden(store, "question", qid, True)
    assert qid not in [e.id for e in questions.listing(store)]
    assert str(qid) not in phones.public_state(store, mid, {"questions"})["questions"]["items"]
    assert [r["hidden"] for r in phones.inputs(store)] == [1]
    phones.set_hidden(store, "question", qid, False)
    assert qid in [e.id for e in questions.listing(store)]


def test_phones_never_see_email_notes_or_swot(room):
    store, mid, go, phone = room
    pid = person(store, "Youssef")
    participants.update(store, pid, email="youssef.geheim@example.nl")
    swot.set_text(store, pid, "S", "GEHEIME-SWOT")
    for step in agenda.steps(store, mid):
        agenda.update(store, step.id, notes="PRIVE-NOTITIE")
    me = phone("a", "Youssef")
    seen = []
    for kind in ("concept", "questions", "vote", "groups", "actions", "initiatives"):
        go(kind)
        seen.append(json.dumps(phones.public_state(store, mid), ensure_ascii=False))
    seen.append(json.dumps(phones.personal_states(store, mid)[me], ensure_ascii=False))
    seen.append(json.dumps(phones.people(store), ensure_ascii=False))
    text = "".join(seen)
    assert "@" not in text and "PRIVE-NOTITIE" not in text and "GEHEIME-SWOT" not in text


def _no_map(store):
    """The demo's expertise map taken away."""
    from sessions import expertise

    for c in expertise.competences(store):
        expertise.delete(store, "peer_competence", c.id)
    for g in expertise.goals(store):
        expertise.delete(store, "peer_goal", g.id)


def _map(store):
    """Two goals, three competences, and another person's ratings already on the map."""
    from sessions import expertise

    _no_map(store)
    g1 = expertise.add_goal(store, "Veilig werken")
    g2 = expertise.add_goal(store, "Jongeren bereiken")
    agr = expertise.add_competence(store, "Omgaan met agressie", {g1: 3})
    jong = expertise.add_competence(store, "Jongerenwerk", {g2: 2, g1: 1})
    roost = expertise.add_competence(store, "Roosteren")
    expertise.set_rating(store, person(store, "Fatma"), agr, level=4, teaches=True)
    return agr, jong, roost


def test_a_named_phone_corrects_its_own_ratings_at_any_step(room):
    from sessions import expertise

    store, mid, go, phone = room
    agr, jong, roost = _map(store)
    youssef, fatma = person(store, "Youssef"), person(store, "Fatma")
    expertise.set_rating(store, youssef, jong, level=1, wants=True)
    me = phone("a", "Youssef")
    go("welcome")                  # no input at this step, yet the self-rating is reachable
    items = [{"competence_id": agr, "level": 2, "wants": True},
             {"competence_id": jong, "level": 3, "wants": False, "teaches": True}]
    status, answer = phones.apply(store, mid, me, "self_rate", {"items": items}, "rate-1")
    assert status == 200
    m = expertise.load(store)
    assert (m.rating(youssef, agr).level, m.rating(youssef, agr).wants) == (2, True)
    assert (m.rating(youssef, jong).level, m.rating(youssef, jong).teaches) == (3, True)
    assert m.rating(youssef, jong).source == "phone" and m.rating(youssef, jong).confirmed
    assert answer["expertise"][str(jong)] == {"level": 3, "wants": False, "teaches": True}
    assert m.rating(fatma, agr).level == 4               # another person's rating untouched
    assert (youssef, roost) not in m.ratings              # not sent, not made up
    # the same request again changes nothing more
    expertise.set_rating(store, youssef, agr, level=0)
    assert phones.apply(store, mid, me, "self_rate", {"items": items}, "rate-1")[0] == 200
    assert expertise.load(store).rating(youssef, agr).level == 0


def test_a_self_rating_is_for_oneself_checked_whole_and_never_anonymous(room):
    from sessions import expertise

    store, mid, go, phone = room
    agr, jong, _roost = _map(store)
    fatma = person(store, "Fatma")
    me = phone("a", "Youssef")
    before = expertise.ratings(store)
    bad = [
        {"items": [{"competence_id": agr, "level": 1, "participant_id": fatma}]},   # someone else
        {"items": [{"competence_id": agr, "level": 5}]},
        {"items": [{"competence_id": agr, "level": True}]},
        {"items": [{"competence_id": agr, "wants": "ja"}]},
        {"items": [{"competence_id": jong, "level": 2}, {"competence_id": 9999, "level": 1}]},
        {"items": [{"competence_id": agr, "level": 2}, {"competence_id": agr, "level": 3}]},
        {"items": []}, {"items": "alles"}, {},
    ]
    for i, data in enumerate(bad):
        status, answer = phones.apply(store, mid, me, "self_rate", data, f"bad-{i}")
        assert status == 422, (data, answer)
    assert expertise.ratings(store) == before, "a refused request changes nothing"
    anon = phone("anon")
    phones.join(store, anon, None)
    status, answer = phones.apply(store, mid, anon, "self_rate",
                                  {"items": [{"competence_id": agr, "level": 1}]}, "anon-1")
    assert (status, answer["error"]) == (422, "name_required")
    assert expertise.ratings(store) == before


def test_each_phone_sees_only_its_own_ratings_and_anonymous_phones_none(room):
    from sessions import expertise

    store, mid, go, phone = room
    _no_map(store)
    none = phone("early", "Youssef")
    assert phones.personal_states(store, mid)[none]["expertise"] is None      # no map yet
    assert phones.public_state(store, mid, {"competences"})["competences"]["items"] == {}
    assert phones.apply(store, mid, none, "self_rate", {"items": [{"competence_id": 1}]},
                        "nomap")[1]["error"] == "not_now"
    agr, jong, roost = _map(store)
    youssef, fatma = person(store, "Youssef"), person(store, "Fatma")
    expertise.set_rating(store, youssef, jong, level=2)
    her = phone("b", "Fatma")
    anon = phone("anon")
    phones.join(store, anon, None)
    states = phones.personal_states(store, mid)
    assert states[none]["expertise"] == {str(jong): {"level": 2, "wants": False, "teaches": False}}
    assert states[her]["expertise"] == {str(agr): {"level": 4, "wants": False, "teaches": True}}
    assert states[anon]["expertise"] is None
    # what every phone sees: the competences and their goals, never anyone's levels
    public = phones.public_state(store, mid)
    comps = public["competences"]["items"]
    assert comps[str(jong)]["goals"] == ["Jongeren bereiken", "Veilig werken"]
    assert comps[str(roost)] == {"pos": 3, "name": "Roosteren", "goals": []}
    assert "level" not in json.dumps(public) and str(fatma) not in json.dumps(comps)
    # the kenniskaart step offers the self-rating as its page
    kaart = agenda.add(store, mid, "kenniskaart", "Kenniskaart")
    agenda.jump(store, kaart)
    assert phones.public_state(store, mid, {"step"})["step"]["meta"]["offers"] == "selfrate"


def test_a_dot_changes_only_the_dots_of_a_phones_own_view(room):
    """The hub sends a burst of dots as dots: dot_states matches the full own view, and a
    record of dots alone is not a change of anyone's name, group or sign-ups."""
    from sessions.changes import Change

    store, mid, go, phone = room
    go("vote")
    a, b, anon = phone("a", "Youssef"), phone("b", "Fatima"), phone("c")
    q1, q2 = questions.add(store, "Een"), questions.add(store, "Twee")
    seen: list[Change] = []
    store.subscribe_changes(seen.append)
    phones.apply(store, mid, a, "dot", {"question_id": q1, "delta": 1}, "dot-a-1")
    phones.apply(store, mid, a, "dot", {"question_id": q2, "delta": 1}, "dot-a-2")
    phones.apply(store, mid, b, "dot", {"question_id": q2, "delta": 1}, "dot-b-1")
    assert seen and not any(phones.personal_topics(c) for c in seen)
    full = phones.personal_states(store, mid)
    dots = phones.dot_states(store, mid)
    assert set(dots) == {a, b}                        # anonymous phones have no dots
    for pid, (mine, left) in dots.items():
        assert (mine, left) == (full[pid]["dots"], full[pid]["left"])
    assert dots[a] == ({str(q1): 1, str(q2): 1}, questions.get_round(store).dots - 2)
    # joining, a name asked for, the facilitator's OK: the own view changes
    seen.clear()
    phones.apply(store, mid, anon, "join", {"participant_id": person(store, "Youssef")}, "join-c")
    assert phones.pending(store, mid)[0]["id"] == anon
    phones.approve(store, anon)
    assert len(seen) == 2 and all(phones.personal_topics(c) for c in seen)
    # a phone's question: not personal
    seen.clear()
    go("questions")
    phones.apply(store, mid, b, "add_question", {"text": "Nog een vraag"}, "q-b-1")
    assert seen and not any(phones.personal_topics(c) for c in seen)


def test_pending_names_say_when_they_were_asked_and_who_was_first(room):
    store, mid, go, phone = room
    first = phone("first", "Youssef")
    second = phone("second")
    assert phones.apply(store, mid, second, "join", {"participant_id": person(store, "Youssef")},
                        "join-second")[1] == {"joined": "pending"}
    (row,) = phones.pending(store, mid)
    assert row["id"] == second and row["wants_name"].startswith("Youssef")
    assert row["asked_at"] and row["held_since"] and row["held_since"] <= row["asked_at"]
    # once nobody holds the name any more, the row says so
    assert phones.anonymous_allowed(store, mid)
    phones.join(store, first, None)
    assert phones.pending(store, mid)[0]["held_since"] == ""


def test_a_batch_reads_the_step_and_round_once_and_answers_as_single_requests(room):
    """The hub applies a burst in one transaction with one Batch: the same answers as one
    request at a time, the step and the round read once, and hidden or merged questions
    still refused."""
    store, mid, go, phone = room
    q1, q2, q3, q4 = (questions.add(store, t) for t in ("Een", "Twee", "Drie", "Vier"))
    phones.note_input(store, "question", q3, None)
    phones.set_hidden(store, "question", q3, True)
    questions.merge(store, q1, [q4])
    go("vote")
    me, you = phone("a", "Youssef"), phone("b", "Sanne")
    budget = questions.get_round(store).dots
    wanted = [(me, q1, 1), (me, q2, 1), (me, q3, 1), (me, q4, 1), (me, q2, -1), (me, q2, -1)]
    wanted += [(you, q2, 1)] * (budget + 1)
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        with store.transaction(phones.TOPIC):
            batch = phones.Batch(store, mid)
            answers = [phones.apply(store, mid, who, "dot", {"question_id": q, "delta": d},
                                    f"b-{i}", batch) for i, (who, q, d) in enumerate(wanted)]
    finally:
        store.conn.set_trace_callback(None)
    assert [s for s, _a in answers] == [200, 200, 422, 422, 200, 422] + [200] * budget + [409]
    assert answers[1][1] == {"question_id": q2, "dots": 1, "left": budget - 2}
    assert answers[-1][1]["error"] == "no_dots_left"
    assert sum("FROM vote_round" in s for s in seen) == 1
    assert sum("status = 'running'" in s for s in seen) == 1
    assert questions.get(store, q2).ballots == budget
    # the same requests one at a time (no batch) give the same answers: they are recorded
    assert [phones.apply(store, mid, who, "dot", {"question_id": q, "delta": d}, f"b-{i}")
            for i, (who, q, d) in enumerate(wanted)] == answers
