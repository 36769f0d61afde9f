"""A realistic demo trajectory: the seed's gebiedsnetwerkers of a large Dutch municipality."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

from sessions import participants
from sessions.store import Store, data_dir, read_lock

AREAS = [
    "Centrum", "Charlois", "Delfshaven", "Feijenoord", "Hillegersberg-Schiebroek",
    "Hoogvliet", "IJsselmonde", "Kralingen-Crooswijk", "Noord", "Overschie", "Prins Alexander",
]

# (first name, tussenvoegsel, last name): Dutch, Turkish, Moroccan and Polish names as they
# appear on a real Rotterdam staff list. The characters are the point: Ş ı ğ ç Ł ą ę ï.
NAMES = [
    ("Anneke", "de", "Rijk"), ("Wim", "van", "Hout"), ("Sanne", "", "Peters"),
    ("Jan", "van der", "Wijk"), ("Fatima", "in 't", "Veld"), ("Şükrü", "", "Yılmaz"),
    ("Gülşen", "", "Çelik"), ("Łukasz", "", "Wiśniewski"), ("Naïma", "", "El Amrani"),
    ("Mohamed", "", "Bouzid"), ("Ayşe", "", "Demir"), ("Katarzyna", "", "Kowalska"),
    ("Pieter", "de", "Vries"), ("Els", "", "Bakker"), ("Youssef", "", "Ait Taleb"),
    ("Mehmet", "", "Kaya"), ("Agnieszka", "", "Nowak"), ("Kees", "van", "Dijk"),
    ("Marieke", "", "Jansen"), ("Hatice", "", "Öztürk"), ("Khadija", "", "Benali"),
    ("Tomasz", "", "Zieliński"), ("Ruud", "", "Visser"), ("Ingrid", "van den", "Berg"),
    ("Emre", "", "Şahin"), ("Samira", "", "Ouali"), ("Małgorzata", "", "Wójcik"),
    ("Henk", "", "Smit"), ("Yvonne", "", "Meijer"), ("Hakan", "", "Arslan"),
    ("Nadia", "", "Amrani"), ("Piotr", "", "Kamiński"), ("Bas", "de", "Boer"),
    ("Lotte", "", "Mulder"), ("Zeynep", "", "Aydın"), ("Rachid", "", "El Idrissi"),
    ("Joanna", "", "Lewandowska"), ("Gert-Jan", "", "Bos"), ("Femke", "", "Vos"),
    ("Murat", "", "Doğan"), ("Souad", "", "Haddouchi"), ("Paweł", "", "Dąbrowski"),
    ("Erik", "van", "Leeuwen"), ("Nicole", "", "Dekker"), ("Elif", "", "Yıldız"),
    ("Karim", "", "Ziani"), ("Ewa", "", "Szymańska"), ("Arjen", "", "Hendriks"),
    ("Mirjam", "van", "Dam"), ("Serkan", "", "Koç"), ("Latifa", "", "Chaoui"),
    ("Grzegorz", "", "Woźniak"), ("Maarten", "", "Kok"), ("Esther", "", "Brouwer"),
    ("Fatma", "", "Güler"), ("Abdelkader", "", "Boukhari"), ("Magdalena", "", "Kozłowska"),
    ("Dennis", "van der", "Linden"), ("Linda", "", "Prins"), ("Cem", "", "Özdemir"),
    ("Hanan", "", "Tahiri"), ("Jakub", "", "Jankowski"), ("Wouter", "", "Huisman"),
    ("Annemarie", "", "Kuiper"), ("Selin", "", "Aksoy"), ("Bilal", "", "Essafi"),
    ("Zofia", "", "Mazur"), ("Ronald", "de", "Graaf"), ("Petra", "", "Vermeulen"),
    ("Burak", "", "Kılıç"), ("Houria", "", "Amezian"), ("Krzysztof", "", "Krawczyk"),
    ("Thijs", "", "Willems"), ("Saskia", "van", "Beek"), ("Ömer", "", "Erdoğan"),
    ("Mounir", "", "Lamrini"), ("Beata", "", "Piotrowska"), ("Joost", "ter", "Horst"),
    ("Ilse", "", "Postma"), ("Ahmet", "", "Polat"),
]


def _email(first: str, prefix: str, last: str) -> str:
    """A plausible work address, ASCII only, as municipal mail systems make them."""
    folded = participants.fold(f"{first}.{prefix}{last}").replace(" ", "").replace("'", "")
    folded = folded.replace("ł", "l").replace("ø", "o")
    return f"{folded}@rotterdam.example"


def build(store: Store, *, seed: int = 2026) -> None:
    """Fill an empty trajectory with the demo's participants and meetings."""
    from sessions import agenda, trajectory

    rng = random.Random(seed)
    kickoff = date(2026, 3, 12)
    dates = {"bouwsessie": kickoff - timedelta(days=21), "startdag": kickoff,
             "oogstsessie": kickoff + timedelta(days=182)}
    venues = {"bouwsessie": "Stadhuis, kamer 2.14", "startdag": "De Doelen, Rotterdam",
              "oogstsessie": "Het Nieuwe Instituut, Rotterdam"}
    for m in trajectory.meetings(store):
        trajectory.update_meeting(store, m.id, date=dates[m.kind].isoformat(), venue=venues[m.kind])
        if m.kind in agenda.TEMPLATES:   # template keys match the meeting kinds
            agenda.apply_template(store, m.id, m.kind)
    with store.transaction("participants"):
        for i, (first, prefix, last) in enumerate(NAMES):
            participants.add(store, first_name=first, prefix=prefix, last_name=last,
                             email=_email(first, prefix, last), area=AREAS[i % len(AREAS)],
                             role="Gebiedsnetwerker" if rng.random() > 0.08 else "Gebiedsmanager")
    from sessions import (
        experiments_demo,  # issue 19: the intake, experiments, ambassadors and hours
    )

    experiments_demo.fill(store, experiments_demo.ROTTERDAM, seed=seed)


def create_demo(path: Path, *, overwrite: bool = True) -> Store:
    """Write the demo trajectory at ``path`` and return it open."""
    store = Store.create(
        path, title="Eigen leerproces gebiedsnetwerkers", organisation="Gemeente Rotterdam",
        concept="netwerken", competences=["initiatief tonen", "verantwoordelijkheid nemen"],
        facilitators=[
            {"name": "Wim van Hout", "email": "wim.vanhout@bvo.example", "phone": "06 12 34 56 78"},
            {"name": "Anneke de Rijk", "email": "anneke.derijk@rotterdam.example",
             "phone": "010 498 76 54"},
        ],
        overwrite=overwrite)
    try:
        build(store)
    except BaseException:
        store.close()
        raise
    return store


def demo_folder() -> Path:
    """Where the demo trajectories live: the user data dir, never a shared folder."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


DEMO_STEM = "Demo eigen leerproces"


def demo_paths(stem: str = DEMO_STEM) -> list[Path]:
    """The demo files of this kind that exist, most recently changed first.

    Trainers rehearse in the demo: opening it again must find what they did."""
    pattern = re.compile(re.escape(stem) + r"( \((\d+)\))?\.startdag")
    found = [p for p in demo_folder().glob("*.startdag") if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def new_demo_path(stem: str = DEMO_STEM) -> Path:
    """A demo file name that is not taken: 'stem.startdag', then 'stem (2).startdag' …
    A new demo never replaces one a trainer rehearsed in."""
    folder = demo_folder()
    n = 1
    while True:
        path = folder / (stem + (f" ({n})" if n > 1 else "") + ".startdag")
        if not path.exists() and read_lock(path) is None:
            return path
        n += 1
