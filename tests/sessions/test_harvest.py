"""The half year and the harvest: action log, overview, outcomes, totals, activities, sign-ups."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions import harvest, participants
from sessions.errors import ValidationError
from sessions.store import Store, now_iso


def _group(store: Store, name: str, question: str = "", position: int = 0) -> int:
    with store.transaction("groups"):
        return store.conn.execute(
            "INSERT INTO theme_group (position, name, question_text, colour) VALUES (?, ?, ?, ?)",
            (position, name, question, "#0072B2")).lastrowid


def _action(store: Store, group_id: int, title: str, *, owner_id=None, due="", status="planned",
            after_kickoff=False, position=0) -> int:
    with store.transaction("actions"):
        return store.conn.execute(
            "INSERT INTO action (group_id, position, title, owner_id, due_date, status,"
            " after_mark, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (group_id, position, title, owner_id, due, status, 1 if after_kickoff else None,
             now_iso())).lastrowid


@pytest.fixture
def plan(demo_store):
    """Two groups with actions on the demo trajectory."""
    people = participants.all_participants(demo_store)
    g1 = _group(demo_store, "Functieprofiel", "Hoe krijgen we invloed op ons functieprofiel?", 0)
    g2 = _group(demo_store, "Kennis delen", "Hoe delen wij kennis en ervaring?", 1)
    a = {
        "hr": _action(demo_store, g1, "Gesprek met HR over het functieprofiel",
                      owner_id=people[0].id, due="2026-05-01"),
        "linkedin": _action(demo_store, g1, "LinkedIn-groep", owner_id=people[1].id,
                            due="2026-04-01", status="done", position=1),
        "cafe": _action(demo_store, g2, "Kenniscafé", owner_id=people[2].id, due="2026-06-01"),
        "intervisie": _action(demo_store, g2, "Intervisie", due="2026-09-01", position=1),
        "academie": _action(demo_store, g2, "Academie van de straat", after_kickoff=True,
                            position=2),
    }
    return demo_store, g1, g2, a, people


# ---------------------------------------------------------------- action log


def test_log_update_changes_status_in_the_same_transaction(plan):
    store, _g1, _g2, a, _ = plan
    log_id = harvest.add_log(store, a["hr"], date="2026-04-02", text="Mail gestuurd naar HR",
                             status="in_progress")
    assert store.scalar("SELECT status FROM action WHERE id = ?", (a["hr"],)) == "in_progress"
    entry = harvest.action_log(store, a["hr"])[0]
    assert (entry.id, entry.status_from, entry.status_to) == (log_id, "planned", "in_progress")
    assert entry.text == "Mail gestuurd naar HR" and entry.date == "2026-04-02"


def test_log_remove_and_restore_round_trip_the_status(plan):
    store, *_rest = plan
    a = plan[3]
    log_id = harvest.add_log(store, a["cafe"], date=date(2026, 4, 10), text="Zaal geboekt",
                             status="in_progress")
    entry = harvest.remove_log(store, log_id)
    assert harvest.action_log(store, a["cafe"]) == []
    assert store.scalar("SELECT status FROM action WHERE id = ?", (a["cafe"],)) == "planned"
    harvest.restore_log(store, entry)
    assert [e.id for e in harvest.action_log(store, a["cafe"])] == [log_id]
    assert store.scalar("SELECT status FROM action WHERE id = ?", (a["cafe"],)) == "in_progress"


def test_support_request_and_answer(plan):
    store, _g1, _g2, a, _ = plan
    harvest.add_log(store, a["hr"], date="2026-04-05", kind="support_request",
                    text="Wie is ons contact bij HR?")
    assert [e.action_id for e in harvest.open_support_requests(store)] == [a["hr"]]
    assert [r.open_request for r in harvest.overview(store) if r.id == a["hr"]] == [True]
    harvest.add_log(store, a["hr"], date="2026-04-06", kind="support_answer",
                    text="Anneke belt Marieke van HR")
    assert harvest.open_support_requests(store) == []
    kinds = [e.kind for e in harvest.action_log(store, a["hr"])]
    assert kinds == ["support_request", "support_answer"]


@pytest.mark.parametrize("kwargs", [
    {"date": "12-04-2026", "text": "x"},
    {"date": "2026-04-12", "text": ""},
    {"date": "2026-04-12", "text": "x", "kind": "gossip"},
    {"date": "2026-04-12", "text": "x", "status": "finished"},
    {"date": "2026-04-12", "text": "a\x00b"},
])
def test_bad_log_input_changes_nothing(plan, kwargs):
    store, _g1, _g2, a, _ = plan
    with pytest.raises(ValidationError):
        harvest.add_log(store, a["hr"], **kwargs)
    assert harvest.action_log(store, a["hr"]) == []
    assert store.scalar("SELECT status FROM action WHERE id = ?", (a["hr"],)) == "planned"


# ---------------------------------------------------------------- overview


def test_overview_filters_by_group_status_and_overdue(plan):
    store, g1, g2, a, people = plan
    rows = harvest.overview(store, today=date(2026, 5, 15))
    assert [r.id for r in rows] == [a["hr"], a["linkedin"], a["cafe"], a["intervisie"],
                                    a["academie"]]
    assert rows[0].group_name == "Functieprofiel" and rows[0].owner_name == people[0].display_name
    assert [r.id for r in harvest.overview(store, group_id=g2)] == [a["cafe"], a["intervisie"],
                                                                   a["academie"]]
    assert [r.id for r in harvest.overview(store, status="done")] == [a["linkedin"]]
    # the LinkedIn group is past due but done, so it is not overdue
    overdue = harvest.overview(store, overdue=True, today=date(2026, 5, 15))
    assert [r.id for r in overdue] == [a["hr"]]
    assert [r.id for r in harvest.overview(store, overdue=True, today=date(2026, 6, 2))] == [
        a["hr"], a["cafe"]]
    assert harvest.overview(store, group_id=g1, status="idea") == []


# ---------------------------------------------------------------- outcomes


def test_outcomes_and_reasons_survive_a_reopen(plan):
    store, g1, _g2, a, _ = plan
    harvest.set_outcome(store, a["hr"], "achieved", "Aan tafel gezeten met de makers bij HR",
                        ["anders opgelost"])
    harvest.set_outcome(store, a["intervisie"], "not", "Niemand nam het initiatief",
                        ["geen tijd", "geen tijd", "niet meer nodig"])
    harvest.set_lessons(store, g1, "Blijf bellen, niet alleen mailen.")
    path = store.path
    store.close()
    with Store.open(path) as again:
        hr = harvest.get_outcome(again, a["hr"])
        assert (hr.result, hr.reason, hr.tags) == ("achieved",
                                                   "Aan tafel gezeten met de makers bij HR",
                                                   ["anders opgelost"])
        iv = harvest.get_outcome(again, a["intervisie"])
        assert (iv.result, iv.reason, iv.tags) == ("not", "Niemand nam het initiatief",
                                                   ["geen tijd", "niet meer nodig"])
        assert harvest.lessons(again, g1) == "Blijf bellen, niet alleen mailen."
        assert harvest.get_outcome(again, a["cafe"]) is None


def test_set_outcome_returns_the_previous_for_undo(plan):
    store, _g1, _g2, a, _ = plan
    assert harvest.set_outcome(store, a["cafe"], "partly", "Eén keer gehouden") is None
    before = harvest.set_outcome(store, a["cafe"], "achieved", "Drie keer gehouden")
    assert before.result == "partly" and before.reason == "Eén keer gehouden"
    harvest.restore_outcome(store, a["cafe"], before)
    assert harvest.get_outcome(store, a["cafe"]).reason == "Eén keer gehouden"
    harvest.restore_outcome(store, a["cafe"], None)
    assert harvest.get_outcome(store, a["cafe"]) is None


def test_bad_outcome_is_refused(plan):
    store, _g1, _g2, a, _ = plan
    with pytest.raises(ValidationError):
        harvest.set_outcome(store, a["cafe"], "maybe")
    with pytest.raises(ValidationError):
        harvest.set_outcome(store, 99999, "achieved")
    assert harvest.get_outcome(store, a["cafe"]) is None


# ---------------------------------------------------------------- totals


def test_totals_include_actions_added_after_the_kickoff(plan):
    store, g1, g2, a, _ = plan
    harvest.set_outcome(store, a["hr"], "achieved")
    harvest.set_outcome(store, a["linkedin"], "partly")
    harvest.set_outcome(store, a["cafe"], "achieved")
    harvest.set_outcome(store, a["intervisie"], "not")
    harvest.set_outcome(store, a["academie"], "achieved")      # added after the kickoff
    per_group, overall = harvest.totals(store)
    t1, t2 = per_group[g1], per_group[g2]
    assert (t1.achieved, t1.partly, t1.not_achieved, t1.open, t1.total) == (1, 1, 0, 0, 2)
    assert (t2.achieved, t2.partly, t2.not_achieved, t2.added, t2.planned) == (2, 0, 1, 1, 2)
    assert (overall.achieved, overall.partly, overall.not_achieved, overall.total) == (3, 1, 1, 5)
    assert (overall.planned, overall.added) == (4, 1)
    late = _action(store, g1, "Nieuw: buurtlunch", after_kickoff=True, position=5)
    per_group, overall = harvest.totals(store)
    assert (per_group[g1].open, per_group[g1].added, overall.total, overall.open) == (1, 1, 6, 1)
    harvest.set_outcome(store, late, "partly")
    _per, overall = harvest.totals(store)
    assert (overall.partly, overall.open) == (2, 0)
    assert harvest.group_review(store, g1).totals == harvest.totals(store)[0][g1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from([None, *harvest.RESULTS]),
                          st.booleans()), max_size=25))
def test_totals_match_a_plain_count(tmp_path_factory, spec):
    store = Store.create(tmp_path_factory.mktemp("t") / "t.startdag", title="T")
    try:
        groups = [_group(store, f"G{i}", position=i) for i in range(3)]
        for i, (g, result, late) in enumerate(spec):
            aid = _action(store, groups[g], f"A{i}", after_kickoff=late, position=i)
            if result:
                harvest.set_outcome(store, aid, result)
        per_group, overall = harvest.totals(store)
        for gi, gid in enumerate(groups):
            mine = [s for s in spec if s[0] == gi]
            t = per_group[gid]
            assert t.achieved == sum(1 for s in mine if s[1] == "achieved")
            assert t.partly == sum(1 for s in mine if s[1] == "partly")
            assert t.not_achieved == sum(1 for s in mine if s[1] == "not")
            assert t.open == sum(1 for s in mine if s[1] is None)
            assert t.added == sum(1 for s in mine if s[2])
        assert overall.total == len(spec)
    finally:
        store.close()


# ---------------------------------------------------------------- activities and sign-ups


def test_signups_respect_capacity_with_a_waiting_list(plan):
    store, *_rest, people = plan
    act = harvest.add_activity(store, kind="intervisie", title="Intervisiegroep Noord",
                               description="Vier bijeenkomsten", period="okt–dec 2026", capacity=3)
    for p in people[:3]:
        assert harvest.sign_up(store, act, p.id).waiting is False
    assert harvest.is_full(store, act)
    with pytest.raises(ValidationError) as exc:
        harvest.sign_up(store, act, people[3].id)
    assert exc.value.params["reason"] == "full"
    assert len(harvest.signups(store, act)) == 3
    w1 = harvest.sign_up(store, act, people[3].id, waiting_list=True)
    w2 = harvest.sign_up(store, act, people[4].id, waiting_list=True)
    assert w1.waiting and w2.waiting
    summary = harvest.summaries(store)[0]
    assert (summary.signed, summary.waiting, summary.full) == (3, 2, True)
    with pytest.raises(ValidationError):
        harvest.sign_up(store, act, people[0].id, waiting_list=True)   # already on the list


def test_withdrawing_promotes_the_first_waiting_and_undo_restores_the_order(plan):
    store, *_rest, people = plan
    act = harvest.add_activity(store, kind="training", title="Module Netwerken", capacity=2)
    for p in people[:2]:
        harvest.sign_up(store, act, p.id)
    for p in people[2:4]:
        harvest.sign_up(store, act, p.id, waiting_list=True)
    removed = harvest.withdraw(store, act, people[0].id)
    lst = harvest.signups(store, act)
    assert [s.participant_id for s in lst] == [people[1].id, people[2].id, people[3].id]
    assert [s.waiting for s in lst] == [False, False, True]
    harvest.restore_signup(store, removed)
    lst = harvest.signups(store, act)
    assert [s.participant_id for s in lst] == [p.id for p in people[:4]]
    assert [s.waiting for s in lst] == [False, False, True, True]


def test_activity_delete_and_restore_keep_id_and_signups(plan):
    store, *_rest, people = plan
    act = harvest.add_activity(store, kind="kenniscafe", title="Kenniscafé", capacity=None)
    for p in people[:5]:
        harvest.sign_up(store, act, p.id)
    assert not harvest.is_full(store, act)
    saved = harvest.delete_activity(store, act)
    assert harvest.activities(store) == []
    harvest.restore_activity(store, *saved)
    assert harvest.activities(store)[0].id == act
    assert [s.participant_id for s in harvest.signups(store, act)] == [p.id for p in people[:5]]


@pytest.mark.parametrize("values", [
    {"kind": "wijkreis", "title": ""},
    {"kind": "party", "title": "Feest"},
    {"kind": "custom", "title": "X", "capacity": 0},
    {"kind": "custom", "title": "X", "capacity": "veel"},
])
def test_bad_activity_is_refused(tmp_store, values):
    with pytest.raises(ValidationError):
        harvest.add_activity(tmp_store, **values)
    assert harvest.activities(tmp_store) == []


def test_lowering_capacity_moves_people_to_the_waiting_list(plan):
    store, *_rest, people = plan
    act = harvest.add_activity(store, kind="wijkreis", title="Wijkreis Charlois", capacity=5)
    for p in people[:4]:
        harvest.sign_up(store, act, p.id)
    old = harvest.update_activity(store, act, capacity=2)
    assert old == {"capacity": 5}
    assert [s.waiting for s in harvest.signups(store, act)] == [False, False, True, True]


# ---------------------------------------------------------------- realistic data (also for UI tests)


def build_harvest_demo(store: Store, *, outcomes: bool = True) -> dict:
    """The seed's three theme groups with their actions, a half year of log, and outcomes."""
    from sessions import actions, groups

    people = participants.all_participants(store)
    g = {
        "profiel": groups.add_group(store, "Functieprofiel",
                                    question_text="Hoe zou onze functie omschreven moeten worden?"),
        "partner": groups.add_group(store, "Logische partner", question_text=(
            "Hoe zorgen we ervoor binnen de gemeente als logische partner te worden gezien?")),
        "kennis": groups.add_group(store, "Kennis delen", question_text=(
            "Hoe delen wij op een effectieve manier kennis en ervaring?")),
    }
    spec = [
        ("hr", "profiel", "Input geven aan de schrijvers van het functieprofiel bij HR", 0,
         "2026-05-15", False),
        ("enquete", "profiel", "Enquête onder alle gebiedsnetwerkers over hun taken", 5,
         "2026-04-30", False),
        ("academie", "partner", "Academie van de straat", 10, "2026-06-30", False),
        ("linkedin", "partner", "LinkedIn-groep gebiedsnetwerkers Rotterdam", 15, "2026-04-15",
         False),
        ("cafe", "kennis", "Kenniscafé elke tweede donderdag", 20, "2026-09-01", False),
        ("intervisie", "kennis", "Intervisie in groepjes van zes", 25, "2026-07-01", False),
        ("buurtlunch", "kennis", "Buurtlunch met de wijkteams", 30, "2026-08-20", True),
    ]
    startdag = participants.checkin_meeting_id(store)   # the day ran from 9:00 to 16:30
    with store.transaction("agenda"):
        store.conn.execute("INSERT OR REPLACE INTO meeting_run (meeting_id, started_at, ended_at)"
                           " VALUES (?, '2026-03-12T09:00:00', '2026-03-12T16:30:00')", (startdag,))
    a = {}
    for key, group, title, who, due, late in spec:
        a[key] = actions.add(store, g[group], title, owner_id=people[who].id,
                             member_ids=[people[who + 1].id, people[who + 2].id],
                             status="planned", due_date=due,
                             at=datetime(2026, 5, 1, 10) if late else datetime(2026, 3, 12, 15))
    harvest.add_log(store, a["hr"], date="2026-04-02", text="Mail aan HR gestuurd, nog geen reactie",
                    status="in_progress")
    harvest.add_log(store, a["hr"], date="2026-04-20", kind="support_request",
                    text="Kunnen de begeleiders ons aan de juiste persoon bij HR koppelen?")
    harvest.add_log(store, a["hr"], date="2026-04-22", kind="support_answer",
                    text="Anneke regelt een afspraak met de makers van het functieprofiel")
    harvest.add_log(store, a["linkedin"], date="2026-04-10", text="Groep staat online, 54 leden",
                    status="done")
    harvest.add_log(store, a["cafe"], date="2026-06-12", text="Eerste kenniscafé: 23 mensen",
                    status="in_progress")
    if outcomes:
        harvest.set_outcome(store, a["hr"], "achieved",
                            "Aan tafel gezeten met de makers van het nieuwe functieprofiel",
                            ["anders opgelost"])
        harvest.set_outcome(store, a["enquete"], "not", "HR deed al een eigen uitvraag",
                            ["niet meer nodig"])
        harvest.set_outcome(store, a["academie"], "partly", "Twee van de vijf sessies gehouden",
                            ["geen tijd"])
        harvest.set_outcome(store, a["linkedin"], "achieved", "54 leden, wekelijks berichten")
        harvest.set_outcome(store, a["cafe"], "achieved", "Drie keer, steeds meer bezoekers")
        harvest.set_outcome(store, a["intervisie"], "not",
                            "Niemand nam het initiatief om de groepjes te plannen",
                            ["geen tijd", "geen reactie ontvangen"])
        harvest.set_lessons(store, g["profiel"], "Niet alleen mailen: bellen en langsgaan werkt.")
        harvest.set_lessons(store, g["kennis"], "Een vaste dag en plek maakt het makkelijk om te komen.")
    return {"groups": g, "actions": a, "people": people}


def test_realistic_demo_totals(demo_store):
    data = build_harvest_demo(demo_store)
    per_group, overall = harvest.totals(demo_store)
    assert (overall.achieved, overall.partly, overall.not_achieved, overall.open) == (3, 1, 2, 1)
    assert (overall.planned, overall.added) == (6, 1)
    assert per_group[data["groups"]["kennis"]].added == 1


# ---------------------------------------------------------------- the report


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_harvest_report_has_every_action_with_outcome_and_reason(demo_store, tmp_path):
    from exports.harvest_report import write_harvest_report
    from sessions import boards

    data = build_harvest_demo(demo_store)
    people = data["people"]
    act = harvest.add_activity(demo_store, kind="intervisie", title="Intervisiegroep Zuid",
                               period="oktober – december 2026", capacity=2)
    for p in people[:3]:
        harvest.sign_up(demo_store, act, p.id, waiting_list=True)
    boards.ensure_board(demo_store, "reflection")
    cols = boards.get(demo_store, "reflection").columns
    boards.add_item(demo_store, cols[2].id, "Niemand voelde zich eigenaar <b>echt</b>")
    path = tmp_path / "oogstverslag.pdf"
    pages = write_harvest_report(demo_store, path)
    assert pages >= 2
    text = _pdf_text(path)
    labels = {"achieved": "Behaald", "partly": "Deels behaald", "not": "Niet behaald"}
    for review in harvest.review(demo_store):
        assert review.name in text and review.question in text
        for item in review.items:
            assert item.title in text
            if item.outcome:
                # the title, then its result word and its reason, in that order
                at = text.index(item.title)
                assert text.index(labels[item.outcome.result], at) > at
                assert text.index(item.outcome.reason, at) > at
            else:
                assert "Nog niet besproken" in text[text.index(item.title):]
    assert "Niet alleen mailen: bellen en langsgaan werkt." in text
    assert "Alle groepen 3 1 2 1 7 1" in text          # achieved partly not open total added
    assert "Wat is gelukt" in text and "Niemand voelde zich eigenaar <b>echt</b>" in text
    assert "Intervisiegroep Zuid" in text
    assert f"Ingeschreven (2): {people[0].display_name}, {people[1].display_name}" in text
    assert f"Wachtlijst (1): {people[2].display_name}" in text


def test_harvest_report_of_an_empty_trajectory(tmp_store, tmp_path):
    from exports.harvest_report import write_harvest_report

    path = tmp_path / "leeg.pdf"
    assert write_harvest_report(tmp_store, path, lang="en") == 1
    text = _pdf_text(path)
    assert "No groups yet." in text and "No new initiatives." in text


def test_pack_and_cli_write_the_harvest_report_on_request_only(demo_store, tmp_path):
    from exports.pack import export_pack
    from ui import cli

    build_harvest_demo(demo_store)
    written = export_pack(demo_store, tmp_path / "out", only={"harvest"})
    assert [p.name for p in written] == ["oogstverslag.pdf"]
    assert "Input geven aan de schrijvers van het functieprofiel bij HR" in _pdf_text(written[0])
    path = demo_store.path
    demo_store.close()
    assert cli.main(["export", str(path), "--to", str(tmp_path / "cli"), "--only", "harvest",
                     "--lang", "en"]) == 0
    text = _pdf_text(tmp_path / "cli" / "harvest-report.pdf")
    assert "Report of the harvest session Harvest session · 10 September 2026" in text
    assert "Oogstsessie" not in text


def test_a_report_names_the_meeting_in_its_language_unless_the_facilitator_renamed_it(
        demo_store, tmp_path):
    from sessions import trajectory

    build_harvest_demo(demo_store)
    assert "Verslag van de oogstsessie" in _pdf_text(_report(demo_store, tmp_path / "nl.pdf", "nl"))
    assert "Report of the harvest session" in _pdf_text(
        _report(demo_store, tmp_path / "en.pdf", "en"))
    m = trajectory.meeting_of_kind(demo_store, "oogstsessie")
    trajectory.update_meeting(demo_store, m.id, title="Terugkomdag Zaanstad")
    assert "Report of the Terugkomdag Zaanstad" in _pdf_text(
        _report(demo_store, tmp_path / "own.pdf", "en"))


def _report(store, path, lang):
    from exports.harvest_report import write_harvest_report

    write_harvest_report(store, path, lang=lang)
    return path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(capacity=st.integers(1, 4),
       ops=st.lists(st.tuples(st.sampled_from(["sign", "withdraw", "undo"]), st.integers(0, 7)),
                    max_size=30))
def test_signup_sequences_match_a_plain_queue(tmp_path_factory, capacity, ops):
    """Sign-ups, withdrawals and undos against a plain list: order kept, capacity respected."""
    store = Store.create(tmp_path_factory.mktemp("s") / "s.startdag", title="S")
    try:
        people = [participants.add(store, first_name=f"P{i}") for i in range(8)]
        act = harvest.add_activity(store, title="Intervisie", capacity=capacity)
        queue: list[int] = []
        undo: list = []
        for op, i in ops:
            pid = people[i]
            if op == "sign" and pid not in queue:
                harvest.sign_up(store, act, pid, waiting_list=len(queue) >= capacity)
                queue.append(pid)
                undo.append(("sign", pid, None))
            elif op == "withdraw" and pid in queue:
                entry = harvest.withdraw(store, act, pid)
                undo.append(("withdraw", pid, (entry, queue.index(pid))))
                queue.remove(pid)
            elif op == "undo" and undo:
                kind, who, saved = undo.pop()
                if kind == "sign":
                    harvest.withdraw(store, act, who)
                    queue.remove(who)
                else:
                    harvest.restore_signup(store, saved[0])
                    queue.insert(saved[1], who)
            lst = harvest.signups(store, act)
            assert [s.participant_id for s in lst] == queue
            assert [s.waiting for s in lst] == [n >= capacity for n in range(len(queue))]
            assert harvest.is_full(store, act) == (len(queue) >= capacity)
    finally:
        store.close()


def test_harvest_report_tells_each_actions_half_year_under_it(demo_store, tmp_path):
    """Functieprofiel's story: the update, the support request to HR and its answer, dated,
    under the action they belong to and before the next action; groups numbered as on the wall."""
    from exports.harvest_report import write_harvest_report

    build_harvest_demo(demo_store)
    path = tmp_path / "oogstverslag.pdf"
    write_harvest_report(demo_store, path)
    text = _pdf_text(path)
    hr = text.index("Input geven aan de schrijvers van het functieprofiel bij HR")
    nxt = text.index("Enquête onder alle gebiedsnetwerkers")
    story = text[hr:nxt]
    assert "Logboek" in story
    update = story.index("2 april 2026 · Update: Mail aan HR gestuurd, nog geen reactie"
                         " (van gepland naar bezig)")
    request = story.index("20 april 2026 · Vraag om ondersteuning: Kunnen de begeleiders ons"
                          " aan de juiste persoon bij HR koppelen?")
    answer = story.index("22 april 2026 · Antwoord op de vraag: Anneke regelt een afspraak")
    assert update < request < answer
    assert "12 juni 2026 · Update: Eerste kenniscafé: 23 mensen" in text
    for n, name in enumerate(("Functieprofiel", "Logische partner", "Kennis delen"), start=1):
        assert f"{n} {name}" in text
