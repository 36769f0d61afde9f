"""Experiments, ways of working, the team-meeting log and the intake: rules and undo."""

from __future__ import annotations

from datetime import date

import pytest

from sessions import experiments as ex
from sessions import intake, participants
from sessions.errors import ValidationError


def _reason(exc_info) -> tuple:
    p = exc_info.value.params
    return p.get("field"), p.get("reason")


def _planned(store, **extra) -> int:
    return ex.add(store, "Filmen in het teamoverleg", question="Hoe leren we van agressie-incidenten?",
                  hypothesis="We denken dat samen terugkijken de aanpak verbetert",
                  approach="Twee koppels filmen een gesprek en bespreken het in het teamoverleg",
                  measure="Aantal besproken opnames, gevoel van veiligheid (1-5)",
                  criterion="Na 6 weken voelt 4 van de 5 zich zekerder", team="Team Noord",
                  **extra)


def test_a_new_experiment_is_an_idea_and_keeps_its_card(tmp_store):
    eid = _planned(tmp_store)
    e = ex.get(tmp_store, eid)
    assert e.status == "idee" and e.result == "" and e.team == "Team Noord"
    assert e.hypothesis.startswith("We denken dat")


def test_the_path_idee_gepland_loopt_afgerond_fills_the_dates(tmp_store):
    eid = _planned(tmp_store)
    ex.update(tmp_store, eid, status="gepland")
    old = ex.update(tmp_store, eid, status="loopt", today=date(2026, 4, 1))
    assert old == {"status": "gepland", "start_date": ""}
    assert ex.get(tmp_store, eid).start_date == "2026-04-01"
    ex.update(tmp_store, eid, status="afgerond", result="niet",
              lesson="Filmen schrikt af; liever nabespreken zonder camera", today=date(2026, 5, 20))
    e = ex.get(tmp_store, eid)
    assert (e.status, e.result, e.end_date) == ("afgerond", "niet", "2026-05-20")


def test_a_jump_from_idea_to_done_is_refused_and_changes_nothing(tmp_store):
    eid = _planned(tmp_store)
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, status="afgerond", result="werkt", lesson="x")
    assert _reason(info) == ("status", "transition")
    assert ex.get(tmp_store, eid).status == "idee"


@pytest.mark.parametrize("missing,field", [("hypothesis", "hypothesis"), ("criterion", "criterion")])
def test_planning_needs_a_hypothesis_and_a_criterion(tmp_store, missing, field):
    eid = _planned(tmp_store)
    ex.update(tmp_store, eid, **{missing: ""})
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, status="gepland")
    assert _reason(info) == (field, "needed_for_status")


def test_done_needs_a_result_and_its_lesson_and_werkt_niet_is_a_full_result(tmp_store):
    eid = _planned(tmp_store)
    ex.update(tmp_store, eid, status="loopt")
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, status="afgerond")
    assert _reason(info) == ("result", "needed_for_status")
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, status="afgerond", result="niet")
    assert _reason(info) == ("lesson", "needed_for_status")
    ex.update(tmp_store, eid, status="afgerond", result="niet", lesson="Te weinig tijd in het rooster")
    assert ex.get(tmp_store, eid).result == "niet"


def test_no_result_before_it_runs_and_no_decision_without_a_result(tmp_store):
    eid = _planned(tmp_store)
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, result="werkt")
    assert _reason(info) == ("result", "not_running")
    ex.update(tmp_store, eid, status="loopt")
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, decision="adjust")
    assert _reason(info) == ("decision", "needs_result")


def test_spreading_needs_teams_and_a_result_that_works(tmp_store):
    eid = _planned(tmp_store)
    ex.update(tmp_store, eid, status="loopt")
    ex.update(tmp_store, eid, status="afgerond", result="niet", lesson="Werkt niet zo")
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, decision="spread", spread_to=["Team Zuid"])
    assert _reason(info) == ("decision", "spread_not_working")
    ex.update(tmp_store, eid, result="deels")
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, decision="spread")
    assert _reason(info) == ("spread_to", "required")
    ex.update(tmp_store, eid, decision="spread", spread_to=["Team Zuid", "Team Oost", "Team Zuid"])
    assert ex.get(tmp_store, eid).spread_to == ["Team Zuid", "Team Oost"]


def test_stopping_needs_a_reason(tmp_store):
    eid = _planned(tmp_store)
    with pytest.raises(ValidationError) as info:
        ex.update(tmp_store, eid, status="gestopt")
    assert _reason(info) == ("lesson", "needed_for_status")
    ex.update(tmp_store, eid, status="gestopt", decision_note="Team viel uiteen door verloop")
    assert ex.get(tmp_store, eid).status == "gestopt"


def test_put_back_undoes_every_field_of_an_edit(tmp_store):
    eid = _planned(tmp_store)
    ex.update(tmp_store, eid, status="loopt", today=date(2026, 4, 1))
    before = ex.get(tmp_store, eid)
    old = ex.update(tmp_store, eid, status="afgerond", result="werkt", lesson="Samen kijken helpt",
                    decision="spread", spread_to=["Team Zuid"], today=date(2026, 5, 1))
    ex.put_back(tmp_store, eid, old)
    assert ex.get(tmp_store, eid) == before


def test_delete_and_restore_bring_back_evidence_pairs_and_hours(tmp_store):
    from sessions import budget

    eid = _planned(tmp_store, pairs=[{"pair_id": None, "label": "Fatima ↔ Jan: omgaan met agressie"}])
    ev = ex.add_evidence(tmp_store, eid, "2026-04-14", "Filmopname besproken in teamoverleg")
    hid = budget.book(tmp_store, "2026-04-14", 2, "experiment", experiment_id=eid)
    before = (ex.get(tmp_store, eid), ex.evidence(tmp_store, eid))
    snap = ex.delete(tmp_store, eid)
    assert ex.experiments(tmp_store) == [] and budget.get(tmp_store, hid).experiment_id is None
    ex.restore(tmp_store, snap)
    assert (ex.get(tmp_store, eid), ex.evidence(tmp_store, eid)) == before
    assert budget.get(tmp_store, hid).experiment_id == eid
    row = ex.remove_evidence(tmp_store, ev)
    assert ex.evidence(tmp_store, eid) == []
    ex.restore_evidence(tmp_store, row)
    assert ex.evidence(tmp_store, eid) == before[1]


def test_evidence_needs_a_date_and_text(tmp_store):
    eid = _planned(tmp_store)
    with pytest.raises(ValidationError):
        ex.add_evidence(tmp_store, eid, "14-04-2026", "x")
    with pytest.raises(ValidationError):
        ex.add_evidence(tmp_store, eid, "2026-04-14", "  ")
    assert ex.evidence(tmp_store, eid) == []


def test_ambassadors_walk_study_try_share_and_undo(tmp_store):
    pid = participants.add(tmp_store, first_name="Naïma", last_name="El Amrani", area="Team Noord")
    mid = ex.add_method(tmp_store, "Motiverende gespreksvoering in het intakegesprek")
    assert ex.set_ambassador(tmp_store, mid, pid, "study", since="2026-03-01") is None
    old = ex.set_ambassador(tmp_store, mid, pid, ex.next_stage("study"))
    assert old["stage"] == "study"
    amb = ex.methods(tmp_store)[0].ambassadors[0]
    assert (amb.name, amb.stage, amb.since, amb.team) == ("Naïma El Amrani", "try", "2026-03-01",
                                                          "Team Noord")
    ex.put_back_ambassador(tmp_store, mid, pid, old)
    assert ex.methods(tmp_store)[0].ambassadors[0].stage == "study"
    assert ex.next_stage("share") is None
    with pytest.raises(ValidationError):
        ex.set_ambassador(tmp_store, mid, pid, "preach")


def test_team_meeting_log_links_person_and_experiment(tmp_store):
    pid = participants.add(tmp_store, first_name="Jan", last_name="Smit")
    eid = _planned(tmp_store)
    sid = ex.add_share(tmp_store, "2026-04-14", "Liet de opname zien en vroeg om feedback",
                       team="Team Noord", participant_id=pid, experiment_id=eid)
    s = ex.shares(tmp_store)[0]
    assert (s.name, s.experiment_id, s.team) == ("Jan Smit", eid, "Team Noord")
    row = ex.remove_share(tmp_store, sid)
    assert ex.shares(tmp_store) == []
    ex.restore_share(tmp_store, row)
    assert ex.shares(tmp_store)[0] == s


def test_intake_question_goals_contacts_and_budget(tmp_store):
    assert intake.get(tmp_store).budget_hours == 36
    old = intake.update(tmp_store, question="Hoe houden we de kennis over jongeren op peil?",
                        source="Jaarlijkse inventarisatie deskundigheidsbevordering",
                        contacts=[{"name": "Sanne Peters", "role": "hoofd primair proces"}],
                        budget_hours="40")
    assert old["budget_hours"] == 36
    got = intake.get(tmp_store)
    assert got.budget_hours == 40 and got.contacts[0]["name"] == "Sanne Peters"
    intake.update(tmp_store, **old)
    assert intake.get(tmp_store).question == "" and intake.get(tmp_store).budget_hours == 36
    with pytest.raises(ValidationError):
        intake.update(tmp_store, budget_hours=0)
    g = intake.add_goal(tmp_store, "Professioneler werken met jongeren")
    eid = _planned(tmp_store, goal_id=g)
    snap = intake.remove_goal(tmp_store, g)
    assert intake.goals(tmp_store) == [] and ex.get(tmp_store, eid).goal_id is None
    intake.restore_goal(tmp_store, snap)
    assert intake.goals(tmp_store)[0].title.startswith("Professioneler")
    assert ex.get(tmp_store, eid).goal_id == g


def test_nul_is_refused(tmp_store):
    with pytest.raises(ValidationError) as info:
        ex.add(tmp_store, "a\x00b")
    assert _reason(info) == ("title", "nul")
