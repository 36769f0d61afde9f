"""The 'leercultuur' demo: a welfare organisation that maps its expertise and learns from itself.

40 staff in 4 teams, each with a manager (and a director over the managers); 12
competences linked to 3 goals; ratings drawn so that a few competences have a single
expert (a single point of failure), one goal competence has none, and some learners
cannot be matched.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sessions import expertise, participants
from sessions.store import Store

ORGANISATION = "Welzijn De Brug"
TEAMS = ("Noord", "Zuid", "Jeugd", "Ouderen")
GOALS = (
    "Vroegtijdig signaleren en ingrijpen in de wijk",
    "Jongeren bereiken en meedoen laten",
    "Professioneel en veilig werken",
)
# (competence, {goal number: importance}); experts: how many people are expert (None = random)
COMPETENCES = (
    ("Omgaan met agressie", {3: 3}, 1),
    ("Motiverende gespreksvoering", {1: 3, 2: 2}, None),
    ("Jongerenwerk", {2: 3}, None),
    ("Roosteren", {3: 1}, 1),
    ("Signaleren van huiselijk geweld", {1: 3}, None),
    ("Schuldhulpverlening", {1: 2}, None),
    ("Werken met vrijwilligers", {}, None),
    ("Outreachend werken", {1: 3, 2: 2}, None),
    ("Sociale media voor jongeren", {2: 2}, 0),
    ("Mediation bij burenruzies", {1: 1}, 1),
    ("Rapporteren en verantwoorden", {3: 2}, None),
    ("Cultuursensitief werken", {1: 2, 2: 2}, None),
)
NAMES = [
    ("Fatima", "", "El Khatib"), ("Jan", "de", "Boer"), ("Sanne", "", "Peters"),
    ("Annelies", "", "Kooiman"), ("Mohamed", "", "Amrani"), ("Els", "van", "Dam"),
    ("Kees", "", "Verhoeven"), ("Ayşe", "", "Yıldız"), ("Priya", "", "Ramdin"),
    ("Tom", "", "Hendriks"), ("Nadia", "", "Bouali"), ("Henk", "van der", "Laan"),
    ("Joke", "van", "Alten"), ("Ricardo", "", "Martina"), ("Ingrid", "", "Smits"),
    ("Yusuf", "", "Demir"), ("Marloes", "", "Bakker"), ("Sven", "", "Jansen"),
    ("Hanna", "", "Visser"), ("Bram", "", "Mulder"), ("Lotte", "de", "Wit"),
    ("Karim", "", "Ouahabi"), ("Romy", "", "Kramer"), ("Dewi", "", "Soerjadi"),
    ("Gerrit", "", "Post"), ("Latifa", "", "Aziz"), ("Wendy", "", "Koster"),
    ("Emre", "", "Kaya"), ("Petra", "", "Schouten"), ("Stefan", "", "Wolters"),
    ("Aaliyah", "", "Pinas"), ("Ruud", "van", "Veen"), ("Miriam", "", "Cohen"),
    ("Dirk", "", "Brouwer"), ("Naima", "", "Chaoui"), ("Wouter", "", "Dekker"),
    ("Ilse", "", "Vos"), ("Jeroen", "", "Kok"), ("Samira", "", "Tahiri"),
    ("Aly", "van", "Beek"),
]


def _email(first: str, prefix: str, last: str) -> str:
    folded = participants.fold(f"{first}.{prefix}{last}").replace(" ", "").replace("'", "")
    return f"{folded}@debrug.example"


def build(store: Store, *, seed: int = 18) -> None:
    """Fill an empty trajectory with the organisation, its map and a proposed set of pairs."""
    from sessions import agenda, trajectory

    rng = random.Random(seed)
    kickoff = date(2026, 4, 9)
    dates = {"bouwsessie": kickoff - timedelta(days=14), "startdag": kickoff,
             "oogstsessie": kickoff + timedelta(days=182)}
    for m in trajectory.meetings(store):
        trajectory.update_meeting(store, m.id, date=dates[m.kind].isoformat(),
                                  venue="Buurthuis De Brug, Oss")
        if m.kind == "startdag":
            agenda.apply_template(store, m.id, "leercultuur")
        elif m.kind in agenda.TEMPLATES:
            agenda.apply_template(store, m.id, m.kind)
    with store.transaction("participants", expertise.TOPIC):
        ids = []
        for i, (first, prefix, last) in enumerate(NAMES):
            team = TEAMS[i % 4] if i < 39 else ""
            role = "Teamleider" if i < 4 else ("Directeur" if i == 39 else "Sociaal werker")
            ids.append(participants.add(store, first_name=first, prefix=prefix, last_name=last,
                                        email=_email(first, prefix, last), area=team, role=role))
        director = ids[39]
        managers = {TEAMS[i]: ids[i] for i in range(4)}
        for i, pid in enumerate(ids):
            team = TEAMS[i % 4] if i < 39 else "Directie"
            manager = director if i < 4 else (None if i == 39 else managers[TEAMS[i % 4]])
            expertise.set_person(store, pid, team=team, manager_id=manager)
        goal_ids = [expertise.add_goal(store, g) for g in GOALS]
        comp_ids = []
        for name, links, _n in COMPETENCES:
            comp_ids.append(expertise.add_competence(
                store, name, {goal_ids[g - 1]: imp for g, imp in links.items()}))
        staff = ids[4:39]
        for (name, links, n_experts), cid in zip(COMPETENCES, comp_ids, strict=True):
            if n_experts is None:
                n_experts = rng.randint(3, 6)
            experts = set(rng.sample(staff + ids[:4], n_experts))
            if name == "Omgaan met agressie":
                experts = {ids[1]}     # Jan de Boer, teamleider Zuid, is the one expert
            for pid in ids:
                if pid in experts:
                    level, teaches = rng.choice([3, 4, 4]), True
                else:
                    level = rng.choice([0, 1, 1, 2, 2, 2, 3] if pid != director else [2])
                    teaches = level >= 3 and rng.random() < 0.5
                    if level >= 3 and not teaches:
                        pass
                    elif level >= 3:
                        level = 2                # fewer experts than the draw would give
                wants = level <= 1 and (bool(links) or rng.random() < 0.3) and rng.random() < 0.35
                prio = rng.choice([1, 2, None, None, 3]) if wants else None
                if not (level or wants or teaches):
                    if rng.random() < 0.4:
                        continue                  # not rated
                expertise.set_rating(store, pid, cid, level=level, wants=wants, teaches=teaches,
                                     priority=prio)
        # the one aggression expert is over-asked, and his own team (Zuid) cannot learn it from
        # him: he is their manager
        agr = comp_ids[0]
        for pid in staff[1::3]:
            expertise.set_rating(store, pid, agr, level=rng.choice([0, 1]), wants=True,
                                 teaches=False, priority=1)
    from sessions import pairs

    pairs.propose(store)


def create_demo(path: Path, *, overwrite: bool = True) -> Store:
    """Write the leercultuur demo at ``path`` and return it open."""
    store = Store.create(path, title="Leercultuur: leren van elkaar", organisation=ORGANISATION,
                         concept="leren van elkaar", competences=[c[0] for c in COMPETENCES[:3]],
                         facilitators=[{"name": "Annelies Kooiman", "email":
                                        "annelies.kooiman@fcb.example", "phone": "030 123 45 67"}],
                         overwrite=overwrite)
    try:
        build(store)
    except BaseException:
        store.close()
        raise
    return store
