"""The words printed on exports, Dutch first. exports/ has no Qt, so documents take a ``lang``."""

from __future__ import annotations

LANGS = ("nl", "en")

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

# key: (nl, en)
LABELS: dict[str, tuple[str, str]] = {
    "page_x_of_y": ("pagina {x} van {y}", "page {x} of {y}"),
    "group": ("Groep", "Group"),
    "groups": ("Groepen", "Groups"),
    "group_handout": ("Groepshandout", "Group handout"),
    "personal_handout": ("Persoonlijke handout", "Personal handout"),
    "question": ("Vraag", "Question"),
    "questions": ("Vragen", "Questions"),
    "members": ("Leden", "Members"),
    "name": ("Naam", "Name"),
    "area": ("Gebied", "Area"),
    "email": ("E-mail", "E-mail"),
    "signature": ("Handtekening", "Signature"),
    "action_plan": ("Actieplan", "Action plan"),
    "actions": ("Acties", "Actions"),
    "what": ("Wat", "What"),
    "who": ("Wie", "Who"),
    "when": ("Wanneer", "When"),
    "support": ("Ondersteuning", "Support"),
    "owner": ("Trekker", "Owner"),
    "no_actions": ("Nog geen acties.", "No actions yet."),
    "no_groups": ("Nog geen groepen.", "No groups yet."),
    "no_group": ("Nog niet in een groep.", "Not in a group yet."),
    "facilitators": ("Begeleiders", "Facilitators"),
    "phone": ("Telefoon", "Phone"),
    "harvest_date": ("Oogstsessie", "Harvest session"),
    "not_planned": ("nog niet gepland", "not planned yet"),
    "competences": ("Competenties", "Competences"),
    "your_actions": ("Jouw acties", "Your actions"),
    "personal_swot": ("Persoonlijke SWOT", "Personal SWOT"),
    "swot_sheet": ("SWOT", "SWOT"),
    "swot_S": ("Sterktes", "Strengths"),
    "swot_W": ("Zwaktes", "Weaknesses"),
    "swot_O": ("Kansen", "Opportunities"),
    "swot_T": ("Bedreigingen", "Threats"),
    "attendance": ("Presentielijst", "Attendance list"),
    "signup": ("Inschrijflijst", "Sign-up sheet"),
    "capacity": ("Maximaal {n} deelnemers", "At most {n} participants"),
    "no_capacity": ("Geen maximum", "No maximum"),
    "waiting_list": ("Wachtlijst", "Waiting list"),
    "period": ("Periode", "Period"),
    "badges": ("Naambadges", "Name badges"),
    "table_card": ("Tafelkaart", "Table card"),
    "report": ("Verslag", "Report"),
    "report_of": ("Verslag van de {meeting}", "Report of the {meeting}"),
    "concept_board": ("Conceptbord", "Concept board"),
    "votes": ("Stemmen", "Votes"),
    "merged": ("Samengevoegd", "Merged"),
    "top_legend": ("Gemarkeerd: de top {n}, gekozen als themavragen.",
                   "Marked: the top {n}, chosen as theme questions."),
    "tie_legend": ("Top {n}: {tied} vragen staan gelijk voor de laatste {places} plaats(en) "
                   "(gemarkeerd met =); de begeleider kiest.",
                   "Top {n}: {tied} questions tie for the last {places} place(s) "
                   "(marked =); the facilitator decides."),
    "present_of_registered": ("{present} aanwezig / {registered} aangemeld",
                              "{present} present / {registered} registered"),
    "concept": ("Concept", "Concept"),
    "chosen": ("gekozen als themavraag {rank}", "chosen as theme question {rank}"),
    "skipped": ("Overgeslagen", "Skipped"),
    "skipped_steps": ("Overgeslagen onderdelen", "Skipped steps"),
    "skipped_text": ("Dit onderdeel is op de dag overgeslagen.", "This step was skipped on the day."),
    "empty": ("Nog niets ingevuld.", "Nothing filled in yet."),
    "participants": ("Deelnemers", "Participants"),
    "no_participants": ("Nog geen deelnemers.", "No participants yet."),
    "walk_ins": ("Niet op de lijst", "Not on the list"),
    "present": ("Aanwezig", "Present"),
    "no_area": ("Zonder gebied", "No area"),
    "status": ("Status", "Status"),
    "start": ("Start", "Start"),
    "due": ("Deadline", "Due"),
    "colour": ("Kleur", "Colour"),
    "size": ("Aantal", "Size"),
    "first_name": ("Voornaam", "First name"),
    "prefix": ("Tussenvoegsel", "Prefix"),
    "last_name": ("Achternaam", "Last name"),
    "role": ("Rol", "Role"),
    "description": ("Omschrijving", "Description"),
    "status_idea": ("idee", "idea"),
    "status_planned": ("gepland", "planned"),
    "status_in_progress": ("bezig", "in progress"),
    "status_done": ("afgerond", "done"),
    "status_dropped": ("gestopt", "dropped"),
}


def label(key: str, lang: str = "nl", **params) -> str:
    """The label ``key`` in ``lang`` (Dutch when the language is unknown), formatted with params."""
    nl, en = LABELS[key]
    text = en if lang == "en" else nl
    return text.format(**params) if params else text


# a meeting's stock title (as the store names it) and the words for it in a sentence
MEETING_WORDS: dict[str, tuple[str, str]] = {
    "bouwsessie": ("bouwsessie", "design session"),
    "startdag": ("startdag", "kickoff day"),
    "oogstsessie": ("oogstsessie", "harvest session"),
}


def meeting_words(kind: str, title: str | None, lang: str = "nl") -> str:
    """The meeting as a document names it: the facilitator's own title, or, while it is still
    the stock Dutch name of its kind, that kind in ``lang`` ("Report of the harvest session",
    not "Report of the Oogstsessie")."""
    nl, en = MEETING_WORDS.get(kind, (kind, kind))
    if title and title.strip().casefold() != kind:
        return title
    return en if lang == "en" else nl


def meeting_heading(kind: str, title: str | None, lang: str = "nl") -> str:
    """``meeting_words`` at the start of a line: "Harvest session", or the own title as typed."""
    words = meeting_words(kind, title, lang)
    return words if words == title else words[:1].upper() + words[1:]


def format_date(iso: str, lang: str = "nl") -> str:
    """'2026-03-12' -> '12 maart 2026' (nl) or '12 March 2026' (en); '' for no or a bad date."""
    try:
        year, month, day = (int(x) for x in iso[:10].split("-"))
        name = MONTHS["en" if lang == "en" else "nl"][month - 1]
    except (ValueError, IndexError, AttributeError):
        return ""
    if not 1 <= day <= 31:
        return ""
    return f"{day} {name} {year}"
