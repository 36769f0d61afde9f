"""Demo content for issue 19: an intake, experiments, ambassadors, the team-meeting log, hours.

``fill`` adds it to a trajectory that already has its staff (the Rotterdam demo uses it, and
so does every organisation of the programme demo). ``write_programme`` writes the fifteen
welfare organisations of the seed's programme (Excelleren.nu: 36 hours of HR advice each)
into a folder, one trajectory file each, with experiments that worked, partly worked and
failed, each with its lesson. The lessons name people, as real notes do: the lessons
library must take them out.
"""

from __future__ import annotations

import importlib.util
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sessions import budget, experiments, intake, participants
from sessions.store import SUFFIX, Store

ADVISERS = ("Annelies Kooiman", "Joke van Alten", "Ruud Verhoeven", "Marloes de Graaf")


@dataclass(frozen=True)
class Org:
    """One welfare organisation of the programme."""

    name: str
    town: str
    question: str
    source: str
    theme: str
    goals: tuple[str, ...]
    contact: tuple[str, str]          # name, role
    teams: tuple[str, ...]
    templates: tuple[str, ...]        # keys of EXPERIMENTS
    hours: float                      # hours booked so far (shows ok, warn and over)
    ideas: tuple[str, ...] = ()       # experiments the room proposed and nobody planned yet


# (title, question, hypothesis, approach, measure, criterion, theme,
#  {result: (observed, lesson, next)}); {amb} and {other} are filled with people's names
EXPERIMENTS: dict[str, tuple] = {
    "film": (
        "Leerkoppel filmt lastige gesprekken",
        "Hoe worden collega's zekerder in het omgaan met agressie?",
        "We denken dat collega's die agressie lastig vinden zekerder worden als ze hun eigen "
        "gesprekken terugkijken met een ervaren collega.",
        "Twee leerkoppels filmen (met toestemming) een lastig gesprek en bespreken de opname "
        "in het teamoverleg.",
        "Zelfinschatting 'ik voel me zeker bij agressie' (1-5), voor en na; aantal besproken "
        "opnames.",
        "Na acht weken scoren de lerende collega's gemiddeld een punt hoger.",
        "Omgaan met agressie",
        {"werkt": ("Vier opnames besproken; zelfinschatting van 2,4 naar 3,6.",
                   "Terugkijken met {other} werkte beter dan de training van vorig jaar: je ziet "
                   "je eigen houding.", "Ook team {team2} gaat filmen, met {amb} als ambassadeur."),
         "deels": ("Twee opnames; cliënten gaven vaak geen toestemming.",
                   "Het terugkijken werkt, het filmen van cliënten niet: een rollenspel met "
                   "camera is een goed alternatief.", "Rollenspel met camera in het teamoverleg."),
         "niet": ("Geen enkele opname gemaakt; {amb} en {other} zagen er tegenop.",
                  "Filmen schrikt te veel af. Direct na een incident samen nabespreken zonder "
                  "camera werkt beter.", "Stoppen met filmen; nabespreken als vast moment.")}),
    "rooster": (
        "Iedereen maakt een keer het rooster",
        "Hoe krijgt het team meer grip op het eigen rooster?",
        "We denken dat het team meer eigenaarschap voelt als iedereen een keer het rooster "
        "maakt, met de vaste roosteraar als maatje.",
        "Elke maand maakt een andere collega het rooster, samen met {amb}.",
        "Aantal ruilverzoeken per maand; tevredenheid over het rooster (1-5).",
        "Het aantal ruilverzoeken daalt met een kwart.",
        "Roosteren en teamoverleg",
        {"werkt": ("Ruilverzoeken van 14 naar 8 per maand.",
                   "Wie het rooster een keer maakte, begrijpt de puzzel: minder klachten.",
                   "Team {team2} neemt het over."),
         "deels": ("Ruilverzoeken gelijk, tevredenheid hoger.",
                   "Begrip groeit, maar de ruilverzoeken niet minder: de oorzaak ligt bij de "
                   "bezetting, niet bij het rooster.", "Bezetting bespreken met de manager."),
         "niet": ("Twee roosters moesten over; {other} haakte af.",
                  "Roosteren vraagt meer kennis van de cao dan we dachten. Eén vaste roosteraar "
                  "met een vast maatje werkt beter.", "Terug naar een vaste roosteraar.")}),
    "overleg": (
        "Tien minuten leren in elk teamoverleg",
        "Hoe maken we van het teamoverleg een plek om te leren?",
        "We denken dat een vast leermoment in het teamoverleg kennis sneller deelt dan losse "
        "cursussen.",
        "In elk teamoverleg deelt één collega in tien minuten een casus of een werkwijze; "
        "{amb} bewaakt het.",
        "Aantal gedeelde casussen; evaluatie na drie maanden.",
        "In acht van de tien overleggen wordt iets gedeeld.",
        "Roosteren en teamoverleg",
        {"werkt": ("In negen van de tien overleggen gedeeld.",
                   "Een vast agendapunt maakt leren gewoon. {amb} als ambassadeur hield het "
                   "levend.", "Vast agendapunt in alle teams."),
         "deels": ("In vijf van de tien overleggen gedeeld.",
                   "Het werkt als iemand het trekt; zonder trekker verdwijnt het punt van de "
                   "agenda.", "Een trekker per kwartaal."),
         "niet": ("Steeds uitgesteld door waan van de dag.",
                  "Tien minuten aan het eind van de agenda sneuvelt altijd. Zet leren bovenaan.",
                  "Opnieuw, maar als eerste agendapunt.")}),
    "mgv": (
        "Ambassadeur motiverende gespreksvoering",
        "Hoe brengen we motiverende gespreksvoering in de dagelijkse praktijk?",
        "We denken dat een collega als ambassadeur de methode sneller in het team brengt dan "
        "een training voor iedereen.",
        "{amb} verdiept zich in MGV, probeert het in de eigen gesprekken en deelt ervaringen "
        "in het teamoverleg.",
        "Aantal collega's dat MGV toepast (zelfrapportage); voorbeelden in het overleg.",
        "Na drie maanden past de helft van het team het toe.",
        "Gespreksvoering",
        {"werkt": ("Zeven van de twaalf collega's passen het toe.",
                   "Een collega die het voordoet overtuigt meer dan een trainer.",
                   "Tweede ambassadeur in team {team2}."),
         "deels": ("Vier van de twaalf.", "Ambassadeur werkt, maar heeft tijd nodig in het "
                   "rooster: {amb} deed het er nu naast.", "Twee uur per week vrijmaken."),
         "niet": ("{amb} vertrok halverwege naar een andere baan.",
                  "Met één ambassadeur is het kwetsbaar: begin altijd met twee.",
                  "Opnieuw met twee ambassadeurs.")}),
    "meelopen": (
        "Jongerenwerkers lopen mee in de wijk",
        "Hoe houden we de kennis over omgaan met jongeren op peil?",
        "We denken dat collega's meer leren van een dag meelopen met een jongerenwerker dan "
        "van een cursus over jongeren.",
        "Elke collega loopt een middag mee met {amb} op straat en in het jongerencentrum.",
        "Aantal meeloopdagen; wat collega's anders doen (korte vragenlijst).",
        "Twaalf meeloopdagen in een kwartaal.",
        "Jongerenwerk",
        {"werkt": ("Vijftien meeloopdagen; collega's spreken jongeren vaker zelf aan.",
                   "Zien hoe {amb} contact maakt leert meer dan een boek.", "Ook voor nieuwe "
                   "collega's, in het inwerkprogramma."),
         "deels": ("Zes meeloopdagen.", "Waardevol, maar de avonden passen slecht in het "
                   "rooster van de dagdienst.", "Meelopen op woensdagmiddag."),
         "niet": ("Twee meeloopdagen.", "Jongeren haakten af bij onbekende gezichten. Eerst "
                  "kennismaken in het centrum, dan pas de straat op.", "Aanpassen.")}),
    "koers": (
        "Scholing kiezen bij de koers",
        "Hoe leggen we een betere verbinding tussen onze cursussen en de koers?",
        "We denken dat scholing beter blijft hangen als medewerker en leidinggevende die samen "
        "kiezen bij een jaardoel.",
        "In het jaargesprek kiest elke medewerker met de leidinggevende één leerdoel bij de "
        "koers; {amb} maakt het overzicht.",
        "Aandeel van het scholingsbudget dat aan een koersdoel is gekoppeld.",
        "Minstens 70 % van het budget is gekoppeld.",
        "Opleidingsbeleid en koers",
        {"werkt": ("82 % gekoppeld.", "Het gesprek over de koers is het halve werk: mensen "
                   "kiezen anders als ze het doel kennen.", "Vast onderdeel van de jaarcyclus."),
         "deels": ("55 % gekoppeld.", "Leidinggevenden hadden de koers zelf niet scherp; "
                   "eerst met hen.", "Koerssessie voor leidinggevenden."),
         "niet": ("Geen jaargesprekken gevoerd door verloop.", "Zonder jaargesprekken geen "
                  "koppeling: de cyclus moet eerst op orde.", "Stoppen tot de cyclus staat.")}),
    "groei": (
        "Goede mensen als maatje voor nieuwe collega's",
        "Hoe zetten we onze goede mensen in om zelf te groeien?",
        "We denken dat ervaren collega's groeien als ze een nieuwe collega begeleiden, en dat "
        "nieuwe collega's sneller inwerken.",
        "{amb} en twee andere ervaren collega's worden maatje van een nieuwe collega, met een "
        "kort gesprek per week.",
        "Inwerktijd; tevredenheid van maatje en nieuwe collega.",
        "Nieuwe collega's werken binnen drie maanden zelfstandig.",
        "Eigen kracht en groei",
        {"werkt": ("Alle drie binnen tien weken zelfstandig.", "Het maatje groeit mee: "
                   "{other} zegt dat uitleggen haar eigen werk scherper maakte.",
                   "Maatjes in alle teams."),
         "deels": ("Twee van de drie.", "Werkt als het maatje in dezelfde dienst zit.",
                   "Maatjes in dezelfde dienst roosteren."),
         "niet": ("Gesprekken vielen weg.", "Zonder vaste tijd voor het maatje gaat het "
                  "verloren in drukte.", "Stoppen.")}),
    "signaleren": (
        "Samen signaleren in de wijkronde",
        "Hoe leren we eenzaamheid bij ouderen eerder te zien?",
        "We denken dat collega's eenzaamheid eerder zien als ze een wijkronde samen lopen met "
        "een collega die het goed kan.",
        "Koppels lopen samen de huisbezoeken; na afloop vijf minuten nabespreken. {amb} maakt "
        "een signaleringskaart.",
        "Aantal signalen dat leidt tot een vervolgafspraak.",
        "Een derde meer vervolgafspraken dan vorig jaar.",
        "Signaleren in de wijk",
        {"werkt": ("41 tegen 28 vervolgafspraken.", "Samen lopen en meteen nabespreken maakt "
                   "signalen bespreekbaar.", "Signaleringskaart voor alle wijkteams."),
         "deels": ("31 tegen 28.", "De kaart helpt, samen lopen kost te veel uren.",
                   "Alleen de kaart verspreiden."),
         "niet": ("Huisbezoeken met z'n tweeën schrikten ouderen af.", "Twee onbekenden aan de "
                  "deur werkt niet bij ouderen; beter samen de casus bespreken.", "Stoppen.")}),
}

ORGS = (
    Org("Maatschappelijke Opvang Verdihuis", "Oss",
        "Hoe zetten we onze goede mensen in om zelf te groeien?",
        "Ieder jaar inventariseren we de deskundigheidsbevordering; het blijft ad hoc beleid.",
        "Eigen kracht en groei", ("De juiste mens op de juiste plek", "Toekomstbestendig werken"),
        ("Sanne Peters", "hoofd primair proces"), ("Nachtopvang", "Begeleid wonen", "Dagbesteding"),
        ("groei", "film", "overleg"), 31.5),
    Org("Welzijn Centraal", "Zwolle", "Hoe houden we de kennis over omgaan met jongeren op peil?",
        "Twee ervaren jongerenwerkers gaan met pensioen.", "Jongerenwerk",
        ("Jongeren bereiken en meedoen laten", "Kennis borgen in de teams"),
        ("Ria Kamphuis", "manager jeugd"), ("Jeugd Noord", "Jeugd Zuid", "Wijkteam"),
        ("meelopen", "overleg", "mgv"), 22.0),
    Org("Stichting Wijkwerk", "Tilburg",
        "Hoe leggen we een betere verbinding tussen onze cursussen en de koers?",
        "Het scholingsbudget wordt elk jaar op, maar niemand weet wat het oplevert.",
        "Opleidingsbeleid en koers", ("Professioneler werken", "Koers 2028: dichtbij de wijk"),
        ("Henk Rovers", "directeur"), ("Noord", "West", "Reeshof"), ("koers", "overleg"), 36.0),
    Org("Buurtwerk Arnhem-Zuid", "Arnhem", "Hoe gaan we veilig om met agressie aan de balie?",
        "Drie incidenten in een half jaar; de training van vorig jaar beklijfde niet.",
        "Omgaan met agressie", ("Veilig werken", "Bereikbaar blijven voor iedereen"),
        ("Nicole Hermsen", "teamleider"), ("Balie", "Buurthuis", "Ambulant"),
        ("film", "overleg", "groei"), 38.5),
    Org("Welzijn Ouderen Friesland", "Leeuwarden", "Hoe leren we eenzaamheid eerder te zien?",
        "Signalen van huisartsen dat eenzame ouderen te laat in beeld komen.",
        "Signaleren in de wijk", ("Eenzaamheid vroeg signaleren", "Samenwerken in de wijk"),
        ("Tjitske Hoekstra", "coördinator ouderenwerk"), ("Huizum", "Bilgaard", "Camminghaburen"),
        ("signaleren", "overleg", "mgv"), 18.0),
    Org("Jongerenwerk Overvecht", "Utrecht", "Hoe houden we de kennis over jongeren actueel?",
        "Nieuwe jongerenculturen en online gedrag veranderen snel.", "Jongerenwerk",
        ("Jongeren online en offline bereiken",), ("Karim Ouali", "teamleider"),
        ("Straatwerk", "Centrum", "Online"), ("meelopen", "film"), 27.5),
    Org("Thuis in de Wijk", "Haarlem", "Hoe maken we van het teamoverleg een plek om te leren?",
        "Het teamoverleg is nu vooral mededelingen.", "Roosteren en teamoverleg",
        ("Leren in het werk", "Minder verzuim"), ("Ingrid Schouten", "manager"),
        ("Schalkwijk", "Oost", "Noord"), ("overleg", "rooster"), 14.5),
    Org("Welzijnskwartier", "Emmen", "Hoe krijgen teams meer grip op hun eigen rooster?",
        "Veel ruilverzoeken en onvrede over het rooster.", "Roosteren en teamoverleg",
        ("Zelforganisatie in teams",), ("Gerrit Lubbers", "teamcoach"), ("Centrum", "Bargeres"),
        ("rooster", "groei"), 29.0),
    Org("Schuldhulp en Welzijn Venlo", "Venlo", "Hoe zetten we onze goede mensen in om zelf te groeien?",
        "Ervaren schuldhulpverleners raken uitgekeken.", "Eigen kracht en groei",
        ("Vakmanschap vasthouden", "Doorgroei binnen de organisatie"),
        ("Mieke Peeters", "HR-adviseur"), ("Schuldhulp", "Maatschappelijk werk"),
        ("groei", "mgv"), 33.0),
    Org("Sociaal Werk Amersfoort", "Amersfoort",
        "Hoe brengen we motiverende gespreksvoering in de praktijk?",
        "Na de training van 2025 past bijna niemand het toe.", "Gespreksvoering",
        ("Eigen kracht van inwoners versterken",), ("Petra Bosman", "manager"),
        ("Vathorst", "Kattenbroek", "Centrum"), ("mgv", "overleg", "film"), 20.5),
    Org("Welzijn Rivierenland", "Tiel", "Hoe leggen we een betere verbinding tussen scholing en koers?",
        "Een nieuwe koers, maar het opleidingsplan is van voor de koers.",
        "Opleidingsbeleid en koers", ("Koers: samen sterk in de regio",),
        ("Arjan van Mourik", "directeur-bestuurder"), ("Tiel", "Culemborg", "Geldermalsen"),
        ("koers", "groei"), 12.0),
    Org("Opbouwwerk Groningen-Oost", "Groningen", "Hoe leren opbouwwerkers van elkaars wijken?",
        "Iedere opbouwwerker werkt alleen in de eigen wijk.", "Signaleren in de wijk",
        ("Bewoners laten meedoen", "Kennis delen tussen wijken"),
        ("Wiebe Dijkstra", "teamleider"), ("Oosterpark", "De Hoogte", "Lewenborg"),
        ("signaleren", "meelopen", "overleg"), 26.0),
    Org("Mantelzorg en Welzijn", "Breda", "Hoe houden we mantelzorgconsulenten scherp op overbelasting?",
        "Mantelzorgers melden zich pas als het te laat is.", "Signaleren in de wijk",
        ("Mantelzorgers ontlasten",), ("Marieke Verbunt", "coördinator"), ("Noord", "Zuid"),
        ("signaleren", "mgv"), 35.0),
    Org("Vrijwilligerscentrale De Schakel", "Deventer",
        "Hoe leren beroepskrachten en vrijwilligers van elkaar?",
        "Vrijwilligers voelen zich niet gehoord in het teamoverleg.", "Roosteren en teamoverleg",
        ("Vrijwilligers behouden",), ("Lisette Brink", "coördinator"), ("Vrijwilligers", "Staf"),
        ("overleg", "groei"), 16.0),
    Org("Welzijn Zeeuws-Vlaanderen", "Terneuzen", "Hoe houden we kennis vast in een kleine organisatie?",
        "Bij elk vertrek verdwijnt kennis.", "Eigen kracht en groei",
        ("Kennis borgen", "Aantrekkelijk werkgever blijven"), ("Kees de Putter", "manager"),
        ("Terneuzen", "Hulst"), ("groei", "rooster", "koers"), 30.0),
)

STAFF = [
    ("Anouk", "", "Verbeek"), ("Bram", "van", "Dongen"), ("Chantal", "", "Wouters"),
    ("Dirk", "", "Hoogendoorn"), ("Esra", "", "Yilmaz"), ("Fleur", "de", "Wit"),
    ("Gijs", "", "Kuipers"), ("Hanneke", "", "Smeets"), ("Ilias", "", "Bakkali"),
    ("Jolanda", "", "Meijer"), ("Kevin", "", "Martens"), ("Lieke", "van", "Vliet"),
    ("Mustafa", "", "Arslan"), ("Nathalie", "", "Peeters"), ("Olga", "", "Nowak"),
    ("Priscilla", "", "Sedney"), ("Quinten", "", "Vos"), ("Rachida", "", "Benali"),
    ("Stefan", "", "Jacobs"), ("Tamara", "", "Koster"), ("Ufuk", "", "Demir"),
    ("Vera", "", "Lammers"), ("Willemijn", "ter", "Haar"), ("Yusuf", "", "Kaya"),
    ("Zoë", "", "Brouwer"), ("Marloes", "", "Timmer"), ("Ahmed", "", "El Idrissi"),
    ("Bianca", "", "Huisman"), ("Corné", "van", "Dijk"), ("Dewi", "", "Sutanto"),
]


def fill(store: Store, org: Org, *, seed: int = 19, today: date | None = None,
         seen: set | None = None) -> None:
    """Add the intake, goals, experiments, ways of working, the meeting log and hours.

    ``seen`` collects (experiment, result) across the programme's organisations, so that
    their outcomes differ where they can, as fifteen real organisations' would.
    """
    seen = set() if seen is None else seen
    # one transaction for the whole demo: one commit instead of a hundred
    with store.transaction("intake", "goals", "experiments", "hours"):
        _fill(store, org, seed, today, seen)


def _fill(store: Store, org: Org, seed: int, today: date | None, seen: set) -> None:
    rng = random.Random(seed)
    today = today or date.today()
    start = today - timedelta(days=rng.randint(150, 240))
    people = participants.all_participants(store)
    if not people:
        return
    teams = list(dict.fromkeys(p.area for p in people if p.area)) or list(org.teams)
    intake.update(store, question=org.question, source=org.source, theme=org.theme,
                  contacts=[{"name": org.contact[0], "role": org.contact[1]}])
    goal_ids = [intake.add_goal(store, g) for g in org.goals]
    # its own random stream: the experiments below come out the same with or without issue 18
    _map_and_pairs(store, random.Random(f"{seed}-i18"), people, goal_ids)
    pair_choices = _pair_choices(store, people, rng)
    adviser = ADVISERS[seed % 2]
    results = ("werkt", "deels", "niet")
    exp_ids = []
    for i, key in enumerate(org.templates):
        title, question, hyp, approach, measure, criterion, theme, outcomes = EXPERIMENTS[key]
        amb, other = rng.sample(people, 2)
        team = amb.area or teams[0]
        team2 = next((t for t in teams if t != team), team)
        fmt = {"amb": amb.first_name, "other": other.first_name, "team2": team2}
        eid = experiments.add(
            store, title, question=question, hypothesis=hyp, approach=approach.format(**fmt),
            measure=measure, criterion=criterion, team=team, theme=theme,
            ambassador_id=amb.id, goal_id=goal_ids[i % len(goal_ids)],
            pairs=[pair_choices[i % len(pair_choices)]] if pair_choices else [])
        exp_ids.append(eid)
        begin = start + timedelta(days=30 + 20 * i)
        # the first experiments ran their course, the last one still runs or is planned
        if i == len(org.templates) - 1 and (org.ideas or rng.random() < 0.6):
            experiments.update(store, eid, status="gepland" if rng.random() < 0.4 else "loopt",
                               start_date=begin.isoformat(), today=begin)
            continue
        order = [results[(seed + i + k) % 3] for k in range(3)]
        result = next((r for r in order if (key, r) not in seen), order[0])
        seen.add((key, result))
        observed, lesson, nxt = (s.format(**fmt) for s in outcomes[result])
        end = min(today, begin + timedelta(days=rng.randint(42, 90)))
        experiments.update(store, eid, status="loopt", start_date=begin.isoformat(), today=begin)
        experiments.add_evidence(store, eid, (begin + timedelta(days=14)).isoformat(),
                                 f"Eerste ervaringen gedeeld in teamoverleg {team}")
        experiments.add_evidence(store, eid, (begin + timedelta(days=35)).isoformat(),
                                 "Tussenmeting besproken met de HR-adviseur")
        stopped = result == "niet" and rng.random() < 0.4
        decision = {"werkt": "spread", "deels": "adjust", "niet": "stop"}[result]
        experiments.update(
            store, eid, status="gestopt" if stopped else "afgerond", result=result,
            observed=observed, lesson=lesson, next_step=nxt, end_date=end.isoformat(),
            decision=decision, spread_to=[team2] if decision == "spread" else [],
            decision_note="" if result != "niet" else "Geleerd en gestopt")
        experiments.add_share(store, (begin + timedelta(days=21)).isoformat(),
                              f"Vertelde hoe '{title.lower()}' de eerste weken ging",
                              team=team, participant_id=amb.id, experiment_id=eid)
    for title in org.ideas:
        experiments.add(store, title, theme=org.theme)
    # ways of working with their ambassadors on study -> try -> share
    for i, eid in enumerate(exp_ids[:2]):
        e = experiments.get(store, eid)
        mid = experiments.add_method(store, e.title, e.approach, experiment_id=eid)
        stages = ("share", "try") if e.status in ("afgerond", "gestopt") else ("try", "study")
        amb_ids = [e.ambassador_id, *rng.sample([p.id for p in people], 1)]
        for pid, stage in zip(dict.fromkeys(amb_ids), stages, strict=False):
            experiments.set_ambassador(store, mid, pid, stage, since=start + timedelta(days=40 + i))
    # the hours: intake, map, pairs, experiments and evaluation, at a realistic pace
    plan = [("intake", 4.0, None), ("kenniskaart", 5.0, None), ("koppelen", 3.0, None)]
    plan += [("experiment", 3.0, eid) for eid in exp_ids]
    plan += [("intervisie", 2.0, None), ("evaluatie", 2.5, None)]
    plan += [("experiment", 2.0, eid) for eid in exp_ids]
    booked, day = 0.0, start
    while booked < org.hours - 1e-9:
        for activity, hours, eid in plan:
            hours = min(hours, round(org.hours - booked, 2))
            if hours <= 0:
                break
            day = min(today, day + timedelta(days=rng.randint(6, 16)))
            budget.book(store, day, hours, activity, adviser=adviser, experiment_id=eid,
                        note="")
            booked = round(booked + hours, 2)


def _pair_choices(store: Store, people: list, rng: random.Random) -> list[dict]:
    """Learning pairs to name on the cards: issue 18's pairs when it is there, else in words."""
    from sessions import peer_links

    found = peer_links.pair_choices(store)
    if found:
        return found
    comps = ("omgaan met agressie", "motiverende gespreksvoering", "roosteren", "jongerenwerk")
    out = []
    for i in range(3):
        a, b = rng.sample(people, 2)
        out.append({"pair_id": None, "label": f"{a.display_name} – {b.display_name}: "
                                              f"{comps[i % len(comps)]}"})
    return out


def _map_and_pairs(store: Store, rng: random.Random, people: list, goal_ids: list[int]) -> None:
    """SEAM(i18): fill a small expertise map and publish pairs with issue 18's services.

    Runs only where issue 18's modules are present (after the merge); without them the
    demo's experiments name their pairs in words.
    """
    if importlib.util.find_spec("sessions.expertise") is None:
        return
    from sessions import expertise, pairs  # type: ignore[attr-defined]

    names = ("Omgaan met agressie", "Motiverende gespreksvoering", "Jongerenwerk", "Roosteren",
             "Signaleren van eenzaamheid")
    comp_ids = [expertise.add_competence(store, n, {goal_ids[i % len(goal_ids)]: 1 + i % 3})
                for i, n in enumerate(names)]
    for p in people:
        expertise.set_person(store, p.id, team=p.area)
        for cid in comp_ids:
            level = rng.choice([0, 1, 1, 2, 2, 3, 4])
            expertise.set_rating(store, p.id, cid, level=level, wants=level <= 1 and
                                 rng.random() < 0.5, teaches=level >= 3)
    pairs.propose(store)
    pairs.publish(store)


def create_org(path: Path, org: Org, *, seed: int, today: date | None = None,
               seen: set | None = None) -> None:
    """Write one organisation's trajectory file (closed afterwards)."""
    rng = random.Random(seed)
    store = Store.create(path, title=f"Leercultuur {org.name}", organisation=org.name,
                         concept="leren van elkaar",
                         facilitators=[{"name": ADVISERS[seed % 2], "email": "", "phone": ""}],
                         overwrite=True)
    try:
        staff = rng.sample(STAFF, rng.randint(12, 18))
        with store.transaction("participants"):
            for i, (first, prefix, last) in enumerate(staff):
                participants.add(store, first_name=first, prefix=prefix, last_name=last,
                                 area=org.teams[i % len(org.teams)],
                                 role="Teamleider" if i < len(org.teams) else "Sociaal werker")
        fill(store, org, seed=seed, today=today, seen=seen)
    finally:
        store.close()


def file_name(org: Org) -> str:
    """'Welzijn Centraal (Zwolle).startdag'."""
    return f"{org.name} ({org.town}){SUFFIX}"


def write_programme(folder: Path, *, today: date | None = None) -> list[Path]:
    """Write the fifteen organisations' files into ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    seen: set = set()
    for i, org in enumerate(ORGS):
        path = folder / file_name(org)
        create_org(path, org, seed=1900 + i, today=today, seen=seen)
        paths.append(path)
    return paths


ROTTERDAM = Org(
    "Gemeente Rotterdam", "Rotterdam", "Hoe leren gebiedsnetwerkers van elkaars netwerken?",
    "De nieuwe rol vraagt netwerken; de startdag liet zien dat collega's dat heel verschillend "
    "doen.", "Leren van elkaar op de werkvloer",
    ("Netwerken als vak", "Kennis delen tussen gebieden"),
    ("Anneke de Rijk", "opdrachtgever"), (), ("overleg", "film", "groei", "mgv"), 28.5,
    ("Netwerkkoffie met een collega uit een ander gebied", "Samen een wijkschouw lopen"))
