"""The whole trajectory in one test, through the real services and real files.

create → import participants (a real CSV) → capture questions and vote → form groups and
add actions → export the handouts → log progress over the half year → harvest →
export the harvest report; then close, reopen and check nothing was lost.
"""

from __future__ import annotations

from datetime import date, datetime

from pypdf import PdfReader

from sessions import actions, agenda, boards, groups, harvest, importing, participants, questions
from sessions import trajectory as traj
from sessions.store import Store

KICKOFF = date(2026, 3, 12)
HARVEST_DAY = date(2026, 9, 10)

PEOPLE = [
    # Voornaam; Tussenvoegsel; Achternaam; E-mail; Gebied  (choice of theme question 1..3)
    ("Anneke", "de", "Rijk", "Centrum", 1), ("Şükrü", "", "Yılmaz", "Charlois", 2),
    ("Jan", "van der", "Wijk", "Delfshaven", 3), ("Fatima", "in 't", "Veld", "Feijenoord", 1),
    ("Łukasz", "", "Wiśniewski", "Noord", 2), ("Naïma", "", "El Amrani", "Overschie", 3),
    ("Gülşen", "", "Çelik", "Hoogvliet", 1), ("Pieter", "de", "Vries", "IJsselmonde", 2),
    ("Els", "", "Bakker", "Kralingen-Crooswijk", 3), ("Mohamed", "", "Bouzid", "Centrum", 1),
    ("Katarzyna", "", "Kowalska", "Charlois", 2), ("Kees", "van", "Dijk", "Delfshaven", 3),
]


def _pdf_text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def _write_csv(path) -> None:
    """A list as municipal HR sends it: Excel's semicolons, Windows line ends, a BOM."""
    lines = ["Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Gebied"]
    for first, prefix, last, area, _choice in PEOPLE:
        mail = participants.fold(f"{first}.{prefix}{last}").replace(" ", "").replace("'", "")
        mail = mail.replace("ł", "l")
        lines.append(f"{first};{prefix};{last};{mail}@rotterdam.example;{area}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


def test_the_whole_trajectory(tmp_path):
    path = tmp_path / "Eigen leerproces.startdag"

    # 1. create ---------------------------------------------------------------------------
    store = Store.create(path, title="Eigen leerproces gebiedsnetwerkers",
                         organisation="Gemeente Rotterdam", concept="netwerken",
                         competences=["initiatief tonen", "verantwoordelijkheid nemen"],
                         facilitators=[{"name": "Wim van Hout", "email": "wim@bvo.example",
                                        "phone": "06 12 34 56 78"}])
    meetings = {m.kind: m for m in traj.meetings(store)}
    traj.update_meeting(store, meetings["startdag"].id, date=KICKOFF.isoformat(),
                        venue="De Doelen, Rotterdam")
    traj.update_meeting(store, meetings["oogstsessie"].id, date=HARVEST_DAY.isoformat(),
                        venue="Het Nieuwe Instituut, Rotterdam")
    for kind in ("startdag", "oogstsessie"):
        agenda.apply_template(store, meetings[kind].id, kind)

    # 2. import participants ------------------------------------------------------------
    csv_path = tmp_path / "deelnemers.csv"
    _write_csv(csv_path)
    report = importing.import_file(store, csv_path)
    assert report.added == len(PEOPLE) and not report.skipped
    people = {p.display_name: p for p in participants.all_participants(store)}
    assert "Şükrü Yılmaz" in people and people["Jan van der Wijk"].prefix == "van der"
    for p in people.values():
        participants.check_in(store, meetings["startdag"].id, p.id)

    # 3. capture the room's questions and vote -------------------------------------------
    concept = boards.ensure_board(store, "concept")
    houding, gedrag = boards.get(store, "concept").columns
    boards.add_item(store, houding.id, "Nieuwsgierig zijn naar de ander")
    boards.add_item(store, gedrag.id, "Zelf de telefoon pakken")
    assert concept
    q_profiel = questions.add(store, "Hoe zou onze functie omschreven moeten worden?")
    q_dubbel = questions.add(store, "Wat staat er eigenlijk in ons functieprofiel?")
    q_partner = questions.add(store, "Hoe zorgen we ervoor binnen de gemeente als logische "
                                     "partner te worden gezien?")
    q_kennis = questions.add(store, "Hoe delen wij op een effectieve manier kennis en ervaring?")
    q_overig = questions.add(store, "Hoe vaak zien we elkaar nog?")
    questions.merge(store, q_profiel, [q_dubbel])
    for qid, votes in ((q_profiel, 14), (q_partner, 11), (q_kennis, 9), (q_overig, 2)):
        questions.set_votes(store, qid, votes)
    the_cut = questions.cut(store)
    assert not the_cut.is_tie
    questions.choose(store, the_cut.sure)
    assert [q.id for q in questions.chosen(store)] == [q_profiel, q_partner, q_kennis]

    # 4. form groups and add actions ----------------------------------------------------
    group_ids = groups.create_from_questions(store)
    assert len(group_ids) == 3
    by_question = {g.question_id: g.id for g in groups.groups(store)}
    order = [by_question[q_profiel], by_question[q_partner], by_question[q_kennis]]
    for first, prefix, last, _area, choice in PEOPLE:
        pid = people[participants.display_name(first, prefix, last)].id
        groups.set_choices(store, pid, [order[choice - 1]])
    result, _undo = groups.form_free(store, meetings["startdag"].id)
    assert sum(len(groups.members(store, g)) for g in order) == len(PEOPLE)
    member = {g: [p.id for p in groups.members(store, g)] for g in order}
    plan = {
        "hr": (order[0], "Input geven aan de schrijvers van het functieprofiel bij HR"),
        "linkedin": (order[1], "LinkedIn-groep gebiedsnetwerkers"),
        "academie": (order[1], "Academie van de straat"),
        "cafe": (order[2], "Kenniscafé elke tweede donderdag"),
        "intervisie": (order[2], "Intervisie in groepjes van zes"),
    }
    ids = {}
    for key, (gid, title) in plan.items():
        ids[key] = actions.add(store, gid, title, owner_id=member[gid][0],
                               member_ids=member[gid][1:3], status="planned",
                               start_date="2026-03-20", due_date="2026-06-30",
                               at=datetime(2026, 3, 12, 15))
    assert not any(a.after_kickoff for a in actions.actions(store))
    startdag = meetings["startdag"].id          # the day runs to its end at 16:30
    agenda.start(store, startdag, now=datetime(2026, 3, 12, 9, 0))
    while agenda.next_step(store, startdag, now=datetime(2026, 3, 12, 16, 30)) is not None:
        pass
    assert not any(a.after_kickoff for a in actions.actions(store))

    # 5. export the handouts ------------------------------------------------------------
    from exports.pack import export_pack

    out = tmp_path / "handouts"
    written = export_pack(store, out, lang="nl")
    names = {p.name for p in written}
    assert {"groepshandouts.pdf", "persoonlijke-handouts.pdf", "presentielijst.pdf"} <= names
    assert "oogstverslag.pdf" not in names          # the harvest report is asked for by name
    handout = _pdf_text(out / "groepshandouts.pdf")
    for _gid, title in plan.values():
        assert title in handout
    assert "Şükrü Yılmaz" in _pdf_text(out / "presentielijst.pdf")

    # 6. the half year: log progress, a support request and its answer, a late action ---
    harvest.add_log(store, ids["hr"], date="2026-04-02", text="Mail aan HR, geen reactie",
                    status="in_progress")
    harvest.add_log(store, ids["hr"], date="2026-04-20", kind="support_request",
                    text="Kunnen jullie ons aan de makers van het profiel koppelen?")
    assert [e.action_id for e in harvest.open_support_requests(store)] == [ids["hr"]]
    harvest.add_log(store, ids["hr"], date="2026-04-22", kind="support_answer",
                    text="Anneke regelt een afspraak")
    harvest.add_log(store, ids["linkedin"], date="2026-04-10", text="Online, 54 leden",
                    status="done")
    harvest.add_log(store, ids["cafe"], date="2026-06-12", text="Eerste kenniscafé: 23 mensen",
                    status="in_progress")
    ids["lunch"] = actions.add(store, order[2], "Buurtlunch met de wijkteams",
                               owner_id=member[order[2]][0], status="planned",
                               due_date="2026-08-20", at=datetime(2026, 5, 1, 10))
    assert actions.get(store, ids["lunch"]).after_kickoff
    overdue = harvest.overview(store, overdue=True, today=date(2026, 7, 15))
    assert {r.id for r in overdue} == {ids["hr"], ids["academie"], ids["cafe"], ids["intervisie"]}
    assert harvest.open_support_requests(store) == []

    # 7. the harvest session --------------------------------------------------------------
    oogst = meetings["oogstsessie"].id
    agenda.start(store, oogst, now=datetime(2026, 9, 10, 13, 0))
    step = agenda.next_step(store, oogst, now=datetime(2026, 9, 10, 13, 10))
    assert step.kind == "harvest"
    outcomes = {
        "hr": ("achieved", "Aan tafel gezeten met de makers van het nieuwe functieprofiel",
               ["anders opgelost"]),
        "linkedin": ("achieved", "54 leden, wekelijks berichten", []),
        "academie": ("partly", "Twee van de vijf sessies gehouden", ["geen tijd"]),
        "cafe": ("achieved", "Drie keer, steeds meer bezoekers", []),
        "intervisie": ("not", "Niemand nam het initiatief om de groepjes te plannen",
                       ["geen tijd", "geen reactie ontvangen"]),
        "lunch": ("not", "Wijkteams hadden geen ruimte in de zomer", ["geen reactie ontvangen"]),
    }
    for key, (result_, reason, tags) in outcomes.items():
        harvest.set_outcome(store, ids[key], result_, reason, tags)
    harvest.set_lessons(store, order[0], "Niet alleen mailen: bellen en langsgaan werkt.")
    reflection_step = agenda.next_step(store, oogst, now=datetime(2026, 9, 10, 13, 55))
    assert reflection_step.kind == "concept" and reflection_step.settings == {"board": "reflection"}
    boards.ensure_board(store, "reflection")
    gelukt, niet, hoe = boards.get(store, "reflection").columns
    boards.add_item(store, gelukt.id, "Invloed vanaf de werkvloer op het functieprofiel")
    boards.add_item(store, niet.id, "Intervisie kwam niet van de grond")
    boards.add_item(store, hoe.id, "Niemand voelde zich eigenaar")
    intervisie = harvest.add_activity(store, kind="intervisie", title="Intervisiegroep",
                                      period="oktober – december 2026", capacity=3)
    module = harvest.add_activity(store, kind="training", title="Trainingsmodule Netwerken",
                                  period="november 2026", capacity=None)
    everyone = [p.id for p in participants.all_participants(store)]
    for pid in everyone[:3]:
        harvest.sign_up(store, intervisie, pid)
    assert harvest.is_full(store, intervisie)
    harvest.sign_up(store, intervisie, everyone[3], waiting_list=True)
    harvest.withdraw(store, intervisie, everyone[1])       # the waiting one moves up
    assert [s.waiting for s in harvest.signups(store, intervisie)] == [False, False, False]
    for pid in everyone[4:9]:
        harvest.sign_up(store, module, pid)

    per_group, overall = harvest.totals(store)
    assert (overall.achieved, overall.partly, overall.not_achieved, overall.open) == (3, 1, 2, 0)
    assert (overall.planned, overall.added) == (5, 1)
    assert per_group[order[2]].total == 3 and per_group[order[2]].added == 1

    # 8. export the harvest report ----------------------------------------------------------
    report_files = export_pack(store, tmp_path / "oogst", only={"harvest", "signup"}, lang="nl")
    assert {p.name for p in report_files} == {"oogstverslag.pdf", "inschrijflijsten.pdf"}
    text = _pdf_text(tmp_path / "oogst" / "oogstverslag.pdf")
    words = {"achieved": "Bereikt", "partly": "Deels bereikt", "not": "Niet bereikt"}
    for key, (result_, reason, _tags) in outcomes.items():
        title = actions.get(store, ids[key]).title
        at = text.index(title)
        assert text.index(words[result_], at) > at and text.index(reason, at) > at
    assert "Niet alleen mailen: bellen en langsgaan werkt." in text
    assert "Alle groepen 3 1 2 0 6 1" in text
    assert "Niemand voelde zich eigenaar" in text
    names = {pid: participants.get(store, pid).display_name for pid in everyone}
    assert names[everyone[3]] in text and "Intervisiegroep" in text
    sheets = _pdf_text(tmp_path / "oogst" / "inschrijflijsten.pdf")
    assert "Intervisiegroep" in sheets and names[everyone[0]] in sheets

    # and all of it survives closing and opening the file again
    store.close()
    with Store.open(path) as again:
        assert harvest.totals(again)[1] == overall
        assert harvest.get_outcome(again, ids["intervisie"]).tags == ["geen tijd",
                                                                      "geen reactie ontvangen"]
        assert len(harvest.action_log(again, ids["hr"])) == 3
        assert [s.participant_id for s in harvest.signups(again, intervisie)] == [
            everyone[0], everyone[2], everyone[3]]
