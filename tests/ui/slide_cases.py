"""Slide content for the layout tests and the reference slides: empty, typical and extreme."""

from __future__ import annotations

import random

from sessions import names
from sessions.groups import PALETTE
from ui.slides import content as c

WORDS = ("netwerken samen leren elkaar kennen open staan nieuwsgierig durven vragen luisteren "
         "verbinden collega's wijk bewoners ketenpartners afspraken nakomen gebiedsnetwerker "
         "buurtteam wijkagent jongerenwerk huisarts").split()
FIRST = ("Anne", "Mohammed", "Sanne", "Jan", "Fatma", "Pieter", "Kees", "Ingrid", "Yusuf", "Els",
         "Şükrü", "Marloes", "Bram", "Noor", "Ahmet", "Lotte", "Rik", "Femke", "Dewi", "Gerrit")
LAST = (("", "Bakker"), ("van", "Dijk"), ("de", "Vries"), ("", "El Amrani"), ("", "Jansen"),
        ("van den", "Berg"), ("", "Yılmaz"), ("", "Smit"), ("", "Mulder"), ("de", "Boer"),
        ("", "Visser"), ("", "Kok"), ("", "Hendriks"), ("van der", "Linden"), ("", "Peters"),
        ("", "Öztürk"), ("", "Willems"), ("", "Zwart"), ("", "Claassen"), ("ter", "Horst"),
        ("", "Gerritsen"), ("", "Aydın"), ("", "Nijhuis"), ("", "Ramdin"), ("", "Tromp"),
        ("van", "Leeuwen"), ("", "Uittenbogaard"), ("", "Quist"), ("", "IJzerman"), ("", "Franken"))
OKABE_ITO = PALETTE      # the group colours the app gives, in its order


def text(rng: random.Random, lo: int, hi: int, end: str = "") -> str:
    """Dutch-looking text of lo..hi characters."""
    n = rng.randint(lo, hi)
    s = ""
    while len(s) < n:
        s += rng.choice(WORDS) + " "
    return s[: max(1, n - len(end))].strip() + end


def chrome(title="Netwerken: houding en gedrag",
           instructions="Wat doe je als je goed netwerkt? Noem houding en gedrag, één ding "
                        "per briefje.") -> c.Chrome:
    return c.Chrome(header="Eigen leerproces gebiedsnetwerkers", title=title,
                    instructions=instructions, next_title="Pauze", clock="12:00")


def members(rng: random.Random, g: int, n: int) -> tuple[c.Member, ...]:
    out = []
    for i in range(n):
        first = rng.choice(FIRST)
        prefix, last = rng.choice(LAST)
        name = " ".join(x for x in (first, prefix, last) if x)
        out.append(c.Member(f"g{g}m{i}", name, names.sort_key(first, prefix, last)))
    return tuple(sorted(out, key=lambda m: m.sort_key))


def band(rng, g: int, question: bool = True) -> c.Band:
    return c.Band(f"group{g}", g + 1, f"Groep {g + 1}: {rng.choice(WORDS)}",
                  text(rng, 30, 70, "?") if question else "", OKABE_ITO[g % len(OKABE_ITO)])


def board(n: int, seed: int = 1, columns=("Houding", "Gedrag")) -> c.SlideContent:
    rng = random.Random(seed)
    items = [c.Item(f"item{i}", text(rng, 20, 120)) for i in range(n)]
    cols = tuple(c.BoardColumn(f"col{k}", title, tuple(items[k::len(columns)]))
                 for k, title in enumerate(columns))
    return c.SlideContent(chrome(), c.Board("netwerken", cols))


def questions(n: int, seed: int = 2) -> c.SlideContent:
    rng = random.Random(seed)
    return c.SlideContent(chrome("Welke vragen heb je?", "Noem je vragen over je rol."),
                          c.Questions(tuple(c.Item(f"q{i}", text(rng, 40, 140, "?"))
                                            for i in range(n))))


def vote(n: int, hidden: bool, seed: int = 3) -> c.SlideContent:
    rng = random.Random(seed)
    counts = sorted((rng.randint(0, 20) for _ in range(n)), reverse=True)
    if n >= 4:
        counts[3] = counts[2]          # a tie at the cut of three
    rows, rank = [], 0
    for i, count in enumerate(counts):
        rank = rank if i and count == counts[i - 1] else i + 1
        tied = n >= 4 and count == counts[2]
        rows.append(c.VoteRow(c.Item(f"q{i}", text(rng, 40, 140, "?")), count, rank,
                              count > counts[2] if n >= 4 else i < 3, tied))
    return c.SlideContent(chrome("Stemmen", "Drie stippen per persoon."), c.Vote(hidden, tuple(rows)))


def groups(n: int, size: int, seed: int = 4) -> c.SlideContent:
    rng = random.Random(seed)
    cards = tuple(c.GroupCard(band(rng, g), members(rng, g, size)) for g in range(n))
    return c.SlideContent(chrome("Themagroepen", "Zoek je groep en ga bij elkaar zitten."),
                          c.Groups(cards))


def plans(n: int, seed: int = 5, title_len: tuple[int, int] = (20, 90), single=True,
          groups_n: int = 3) -> c.SlideContent:
    rng = random.Random(seed)
    detail = "kenniscafé · door Anne Bakker · vóór 1 juni 2026 · gepland"
    made = tuple(c.ActionPlan(band(rng, g), tuple(
        c.Action(f"action{g}_{i}", text(rng, *title_len), detail) for i in range(n)))
        for g in range(1 if single else groups_n))
    return c.SlideContent(chrome("Actieplan", "Wat gaan we het komende half jaar doen?"),
                          c.ActionPlans(made, single=single))


def harvest(n: int, seed: int = 6, title_len=(30, 90)) -> c.SlideContent:
    rng = random.Random(seed)
    results = (("achieved", "Gelukt"), ("partly", "Deels gelukt"), ("not", "Niet gelukt"),
               (None, "nog niet besproken"))
    outcomes = tuple(c.Outcome(c.Action(f"action{i}", text(rng, *title_len),
                                        "Anne Bakker · vóór 1 jun"),
                               results[i % 4][0], results[i % 4][1],
                               text(rng, 20, 90) if i % 4 != 3 else "") for i in range(n))
    return c.SlideContent(chrome("Resultaten per groep", "Wat is er van de plannen gekomen?"),
                          c.Harvest(band(rng, 0), outcomes,
                                    "We leren het meest als we samen de wijk in gaan.",
                                    "2 gelukt · 2 deels · 1 niet gelukt · 1 nog open"))


def initiatives(n: int, seed: int = 7) -> c.SlideContent:
    rng = random.Random(seed)
    acts = []
    for i in range(n):
        cap = (12, 8, None, 6)[i % 4]
        signed = members(rng, 90 + i, (12, 5, 9, 6)[i % 4])
        waiting = members(rng, 80 + i, 3) if cap and len(signed) >= cap else ()
        acts.append(c.Activity(f"activity{i}", text(rng, 15, 40), "Intervisie · september",
                               len(signed), cap, tuple(c.Item(m.key, m.name) for m in signed),
                               tuple(c.Item(m.key + "w", m.name) for m in waiting)))
    return c.SlideContent(chrome("Nieuwe initiatieven", "Schrijf je in!"),
                          c.Initiatives(tuple(acts)))


COMPETENCES = ("omgaan met agressie", "motiverende gespreksvoering", "jongerenwerk", "roosteren",
               "signaleren van huiselijk geweld", "oplossingsgericht werken", "netwerken in de wijk",
               "rapporteren", "schuldhulpverlening", "werken met vrijwilligers",
               "mediawijsheid", "de-escalerend communiceren")


def person(rng: random.Random, i: int) -> tuple[str, tuple]:
    first = rng.choice(FIRST)
    prefix, last = rng.choice(LAST)
    return " ".join(x for x in (first, prefix, last) if x), names.sort_key(first, prefix, last)


def heat_map(n: int, people: int, names: bool = False, seed: int = 12) -> c.SlideContent:
    """The expertise map: ``n`` competences rated by ``people`` people (seed 003)."""
    rng = random.Random(seed)
    crowd = [person(rng, i)[0] for i in range(people)]
    rows = []
    for k in range(n):
        name = COMPETENCES[k % len(COMPETENCES)] + ("" if k < len(COMPETENCES) else f" {k + 1}")
        levels = [[] for _ in range(5)]
        for who in crowd:
            if rng.random() < 0.9:
                levels[min(4, int(rng.triangular(0, 5, 1.5)))].append(who)
        counts = tuple(len(x) for x in levels)
        teach3 = [w for w in levels[3] if rng.random() < 0.3]
        experts = counts[4] + len(teach3)
        # as the app shows it (source.heat_map_body): the experts by name, in one line
        who = [f"{w} (4)" for w in levels[4]] + [f"{w} (3)" for w in teach3]
        lines = ("Kan leren geven: " + ", ".join(who),) if names and who else ()
        rows.append(c.HeatRow(f"competence{k}", name, counts, rng.randint(0, people // 4),
                              experts, experts <= 1, lines))
    return c.SlideContent(chrome("Kenniskaart", "Waar zit de kennis? Vul je eigen niveau in op "
                                                "je telefoon."), c.HeatMap(tuple(rows), names))


def learning_pairs(n: int, competences: int, seed: int = 13) -> c.SlideContent:
    """``n`` learning pairs spread over ``competences`` competences, as cards per competence."""
    rng = random.Random(seed)
    per: dict[int, list[c.Action]] = {}
    for i in range(n):
        k = i % competences
        a, b = person(rng, i)[0], person(rng, i + 1)[0]
        reason = (f"niveau {rng.choice((3, 4))}, team {rng.choice(('Noord', 'Zuid', 'West'))}, "
                  f"{rng.choice(('heel belangrijk', 'belangrijk', 'nuttig'))} voor doel "
                  f"{rng.randint(1, 3)}")
        per.setdefault(k, []).append(c.Action(f"pair{i}", f"{a} leert van {b}", reason))
    plans = tuple(c.ActionPlan(c.Band(f"competence{k}", n + 1,
                                      COMPETENCES[k % len(COMPETENCES)]
                                      + ("" if k < len(COMPETENCES) else f" {k + 1}"),
                                      "", OKABE_ITO[n % len(OKABE_ITO)]), tuple(acts))
                  for n, (k, acts) in enumerate(sorted(per.items())))
    return c.SlideContent(chrome("Leerkoppels", "Wie leert van wie? Spreek deze week een eerste "
                                                "afspraak af."),
                          c.ActionPlans(plans, single=False, empty="Nog geen leerkoppels.",
                                        compact=True))


def intervisie(groups_n: int, people: int, seed: int = 14) -> c.SlideContent:
    """``people`` people in ``groups_n`` intervisie groups, the band naming the roles."""
    rng = random.Random(seed)
    crowd = sorted((c.Member(f"person{i}", *person(rng, i)) for i in range(people)),
                   key=lambda m: m.sort_key)
    cards = []
    for g in range(groups_n):
        ms = crowd[g::groups_n]
        roles = " · ".join(f"{role}: {m.name}" for role, m in
                           zip(("Inbrenger", "Gespreksleider", "Tijdbewaker"), ms, strict=False))
        cards.append(c.GroupCard(c.Band(f"intervisie{g}", g + 1, f"Intervisie {g + 1}", roles,
                                        OKABE_ITO[g % len(OKABE_ITO)]), tuple(ms)))
    return c.SlideContent(chrome("Intervisie", "Zoek je groep. De inbrenger vertelt het "
                                               "incident in vijf minuten."),
                          c.Groups(tuple(cards), "Nog geen intervisiegroepen.", compact=True))


def all_cases() -> dict[str, c.SlideContent]:
    """Every kind with empty, typical and extreme content, by name."""
    long = "Welkom allemaal! " + text(random.Random(9), 300, 400)
    cases = {
        "cover": c.SlideContent(chrome(), c.Cover("Eigen leerproces gebiedsnetwerkers",
                                                  ("Startdag", "12 maart 2026 · De Doelen"))),
        "welcome": c.SlideContent(chrome("Welkom", "Fijn dat jullie er zijn. Vandaag werken "
                                                   "we aan netwerken."), c.Text()),
        "text_long": c.SlideContent(chrome("Welkom", long), c.Text()),
        "break": c.SlideContent(chrome("Pauze", "Over een kwartier verder."), c.Break()),
        "close": c.SlideContent(chrome("Afsluiting", ""), c.Text()),
        "reflection": board(12, 11, ("Wat is gelukt", "Wat niet", "Hoe kwam dat")),
        "questions_0": questions(0),
        "questions_12": questions(12),
        "questions_40": questions(40),
        "vote_hidden": vote(12, True),
        "vote_revealed": vote(12, False),
        "vote_revealed_40": vote(40, False),
        "groups_0": c.SlideContent(chrome(), c.Groups(())),
        "groups_3x27": groups(3, 27),
        "groups_8x10": groups(8, 10),
        "groups_4x5": groups(4, 5),
        "actions_6": plans(6),
        "actions_long_title": plans(1, title_len=(2000, 2000)),
        "actions_all": plans(3, single=False),
        "actions_empty": c.SlideContent(chrome(), c.ActionPlans(())),
        "harvest_3": harvest(3),
        "harvest_6": harvest(6),
        "harvest_long_title": harvest(2, title_len=(2000, 2000)),
        "harvest_none": c.SlideContent(chrome(), c.Harvest(None)),
        "initiatives": initiatives(4),
        "initiatives_none": c.SlideContent(chrome(), c.Initiatives(())),
        "heatmap_empty": c.SlideContent(chrome("Kenniskaart", ""), c.HeatMap(())),
        "heatmap_12x40": heat_map(12, 40),
        "heatmap_12x40_names": heat_map(12, 40, names=True),
        "heatmap_40x200": heat_map(40, 200),
        "pairs_empty": c.SlideContent(chrome("Leerkoppels", ""),
                                      c.ActionPlans((), single=False,
                                                    empty="Nog geen leerkoppels.")),
        "pairs_12": learning_pairs(12, 6),
        "pairs_40": learning_pairs(40, 40),
        "intervisie_empty": c.SlideContent(chrome("Intervisie", ""),
                                           c.Groups((), "Nog geen intervisiegroepen.")),
        "intervisie_7x40": intervisie(7, 40),
        "intervisie_8x200": intervisie(8, 200),
    }
    for n in (0, 1, 8, 16, 40):
        cases[f"board_{n}"] = board(n)
    return cases


def expected_texts(content: c.SlideContent) -> dict[str, str]:
    """Every content string by its source key, as it must appear (in full) on the pages."""
    ch, b = content.chrome, content.body
    out: dict[str, str] = {}
    if not isinstance(b, c.Cover):
        out["title"] = ch.title
        if ch.instructions.strip():
            out["instructions"] = ch.instructions
    if isinstance(b, c.Cover):
        out["cover.title"] = b.title
        out.update({f"cover.{i}": line for i, line in enumerate(b.lines)})
    elif isinstance(b, c.Board):
        if b.heading and b.heading.casefold() not in ch.title.casefold():
            out["heading"] = b.heading
        for col in b.columns:
            out[f"{col.key}.title"] = col.title
            out.update({it.key: it.text for it in col.items})
    elif isinstance(b, c.Questions):
        out.update({it.key: it.text for it in b.items})
    elif isinstance(b, c.Vote):
        for r in b.rows:
            out[r.item.key] = r.item.text
            if not b.hidden:
                out[f"{r.item.key}.count"] = str(r.count)
    elif isinstance(b, c.Groups):
        for card in b.cards:
            out[f"{card.band.key}.name"] = f"{card.band.number}  {card.band.name}"
            # a theme group's question shows only where one page names the groups with
            # their questions (kinds._card_plan: several pages of questions before the
            # names would keep the room waiting; the questions return on the action plans).
            # An intervisie band (compact: the roles) always shows in full.
            if card.band.question and b.compact:
                out[f"{card.band.key}.question"] = card.band.question
            out.update({m.key: m.name for m in card.members})
    elif isinstance(b, c.ActionPlans):
        for p in b.plans:
            out[f"{p.band.key}.name"] = f"{p.band.number}  {p.band.name}"
            if p.band.question:
                out[f"{p.band.key}.question"] = p.band.question
            for a in p.actions:
                out[f"{a.key}.title"] = a.title
                if a.detail:
                    out[f"{a.key}.detail"] = a.detail
    elif isinstance(b, c.Harvest) and b.band is not None:
        out[f"{b.band.key}.name"] = f"{b.band.number}  {b.band.name}"
        out[f"{b.band.key}.question"] = b.band.question
        for o in b.outcomes:
            out[f"{o.action.key}.title"] = o.action.title
            out[f"{o.action.key}.detail"] = o.action.detail
            if o.reason:
                out[f"{o.action.key}.reason"] = o.reason
        out["totals"] = b.totals
    elif isinstance(b, c.HeatMap):
        for r in b.rows:
            out[f"{r.key}.name"] = r.name
            out.update({f"{r.key}.{lv}": str(n) for lv, n in enumerate(r.counts)})
            out[f"{r.key}.learners"] = str(r.learners)
            out[f"{r.key}.experts"] = str(r.experts)
            out.update({f"{r.key}.names{i}": line for i, line in enumerate(r.names)})
    elif isinstance(b, c.Initiatives):
        for a in b.activities:
            out[f"{a.key}.title"] = a.title
            if a.names:
                out[f"{a.key}.names"] = ", ".join(n.text for n in a.names)
    return out
