"""The words of 'learning from each other' (nl, en): why a pair, flags, intervisie rounds.

sessions/ holds facts and codes only; the console, the CLI and the printed documents
word them here, in the language asked for.
"""

from __future__ import annotations

from sessions.pairs import Why

WORDS: dict[str, tuple[str, str]] = {
    "kenniskaart": ("Kenniskaart", "Expertise map"),
    "pair_cards": ("Leerkoppels", "Learning pairs"),
    "method_cards": ("Intervisie: methodekaarten", "Intervisie: method cards"),
    "competence": ("Competentie", "Competence"),
    "level": ("Niveau", "Level"),
    "learners": ("Wil leren", "Want to learn"),
    "experts": ("Experts", "Experts"),
    "goals": ("Doelen", "Goals"),
    "goal": ("Doel", "Goal"),
    "flags": ("Aandachtspunten", "Points of attention"),
    "no_flags": ("Geen aandachtspunten.", "Nothing to watch."),
    "counts_note": ("Aantallen per niveau (0 = geen, 4 = expert). Namen staan alleen op de kaart "
                    "als de begeleider ze aanzet: zelfbeoordelingen zijn persoonlijk.",
                    "People per level (0 = none, 4 = expert). Names are shown only when the "
                    "facilitator switches them on: self-ratings are personal."),
    "levels": ("0 geen · 1 basis · 2 op weg · 3 goed · 4 expert",
               "0 none · 1 basic · 2 getting there · 3 good · 4 expert"),
    "who": ("Wie", "Who"),
    "learns": ("leert", "learns"),
    "from": ("van", "from"),
    "first_meeting": ("Eerste afspraak", "First meeting"),
    "question": ("Vraag om samen te verkennen", "A question to explore together"),
    "why": ("Waarom", "Why"),
    "no_pairs": ("Nog geen leerkoppels.", "No learning pairs yet."),
    "no_groups": ("Nog geen intervisiegroepen.", "No intervisie groups yet."),
    "members": ("Deelnemers", "Members"),
    "rounds": ("De rondes van de incidentmethode", "The rounds of the incident method"),
    "round": ("Ronde", "Round"),
    "roles": ("Rollen per bijeenkomst", "Roles per meeting"),
    "meeting": ("Bijeenkomst", "Meeting"),
    "minutes": ("min", "min"),
    "total": ("Totaal", "Total"),
    "matrix": ("Matrix", "Matrix"),
    "ratings": ("Beoordelingen", "Ratings"),
    "name": ("Naam", "Name"),
    "email": ("E-mail", "E-mail"),
    "team": ("Team", "Team"),
    "manager": ("Leidinggevende", "Manager"),
    "wants": ("Wil leren", "Wants to learn"),
    "teaches": ("Kan leren geven", "Can teach"),
    "priority": ("Prioriteit", "Priority"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "date_open": ("__ - __ - ____", "__ - __ - ____"),
    # rounds
    "incident": ("Incident inbrengen", "The incident"),
    "sketch": ("Situatie schetsen", "Sketching the situation"),
    "questions": ("Informatieve vragen", "Questions"),
    "analysis": ("Analyse", "Analysis"),
    "positions": ("Standpunten", "Positions"),
    "advice": ("Adviezen", "Advice"),
    "evaluation": ("Evaluatie", "Evaluation"),
    "inbrenger": ("Inbrenger", "Case giver"),
    "gespreksleider": ("Gespreksleider", "Chair"),
    "tijdbewaker": ("Tijdbewaker", "Timekeeper"),
    # flags
    "flag_no_expert": ("‘{competence}’ is belangrijk voor een doel, maar niemand is er expert in.",
                       "‘{competence}’ matters for a goal, but nobody is an expert in it."),
    "flag_single_expert": ("‘{competence}’ hangt aan één expert: {people}.",
                           "‘{competence}’ hangs on one expert: {people}."),
    "flag_single_expert_anon": ("‘{competence}’ hangt aan één expert.",
                                "‘{competence}’ hangs on one expert."),
    "flag_unteachable": ("Niemand kan ‘{competence}’ leren aan: {people}.",
                         "Nobody can teach ‘{competence}’ to: {people}."),
    "flag_unteachable_count": ("Niemand kan ‘{competence}’ leren aan {count} collega('s).",
                               "Nobody can teach ‘{competence}’ to {count} colleague(s)."),
    "flag_overasked": ("{people} wordt door te velen gevraagd ({count} wensen).",
                       "{people} is asked by too many ({count} wishes)."),
    "flag_overasked_anon": ("Een expert wordt door te velen gevraagd ({count} wensen).",
                            "An expert is asked by too many ({count} wishes)."),
}

# questions to explore together, by how the competence reads; the first one fits any
QUESTIONS = (
    ("Welke situatie uit de afgelopen maand wil je samen terugkijken, en wat deed je toen?",
     "Which situation from the past month will you look back on together, and what did you do?"),
    ("Waar merk je in je werk dat je hier beter in wilt worden?",
     "Where in your work do you notice you want to get better at this?"),
    ("Wat doet de expert anders dan jij, en hoe kun je dat zien gebeuren?",
     "What does the expert do differently, and how can you watch it happen?"),
)


def word(key: str, lang: str = "nl") -> str:
    """One word or sentence in ``lang``."""
    nl, en = WORDS[key]
    return en if lang == "en" else nl


_WHY_WORDS = {
    "nl": {"level": "niveau {}", "team": "team {}", "other_team": "ander team dan {}",
           "strength": {3: "heel belangrijk", 2: "belangrijk", 1: "nuttig"},
           "goal": "{} voor doel {}", "first": "eerste wens van de leerder", "pinned": "vastgezet",
           "sentence": "{learner} leert ‘{competence}’ van {expert}: {parts}"},
    "en": {"level": "level {}", "team": "team {}", "other_team": "another team than {}",
           "strength": {3: "very important", 2: "important", 1: "useful"},
           "goal": "{} for goal {}", "first": "the learner's first wish", "pinned": "pinned",
           "sentence": "{learner} learns ‘{competence}’ from {expert}: {parts}"},
}


def why_text(w: Why, lang: str = "nl") -> str:
    """'Fatima leert ‘omgaan met agressie’ van Jan: niveau 4, team Noord, belangrijk voor doel 2.'"""
    words = _WHY_WORDS["en" if lang == "en" else "nl"]
    parts = [words["level"].format(w.expert_level)]
    if w.expert_team:
        parts.append(words["team"].format(w.expert_team))
    if w.different_teams and w.learner_team and w.learner_team != w.expert_team:
        parts.append(words["other_team"].format(w.learner_team))
    if w.goal_number is not None:
        parts.append(words["goal"].format(words["strength"][w.importance], w.goal_number))
    if w.priority == 1:
        parts.append(words["first"])
    if w.pinned:
        parts.append(words["pinned"])
    return words["sentence"].format(learner=w.learner, competence=w.competence, expert=w.expert,
                                    parts=", ".join(parts))


def flag_text(flag, m, lang: str = "nl", names: bool = True) -> str:
    """One flag as a sentence; without ``names`` no person is named (the wall, a print)."""
    comp = m.competence(flag.competence_id).name if flag.competence_id else ""
    people = ", ".join(m.person(p).name for p in flag.people)
    if flag.kind == "unteachable" and not names:
        return word("flag_unteachable_count", lang).format(competence=comp, count=len(flag.people))
    if flag.kind == "overasked" and not names:
        return word("flag_overasked_anon", lang).format(count=flag.count)
    if flag.kind == "single_expert" and not names:
        return word("flag_single_expert_anon", lang).format(competence=comp)
    return word(f"flag_{flag.kind}", lang).format(competence=comp, people=people, count=flag.count)


def question_for(pair_index: int, lang: str = "nl") -> str:
    """A question to explore together (varied over the cards)."""
    nl, en = QUESTIONS[pair_index % len(QUESTIONS)]
    return en if lang == "en" else nl
