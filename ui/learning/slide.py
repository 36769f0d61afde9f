"""The experiments on the wall: what each card of a step's view says.

``slide_cards(store, view)`` turns the file into :class:`SlideCard` values; the wall's slide
source (``ui.slides.source``) numbers them and hands them to the one fitting engine, which
keeps the type above its floor and flows what does not fit into columns and pages. The wall
shows no e-mail addresses and no private notes; names are the ambassadors and pairs the room
named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sessions import experiments, participants
from ui.learning.common import (
    DECISION_LABELS,
    RESULT_COLOURS,
    RESULT_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    label,
    tr,
)

VIEWS = ("board", "propose", "results", "spread", "stop")


@dataclass
class SlideCard:
    """One experiment as the room sees it."""

    title: str
    lines: list[str] = field(default_factory=list)
    colour: str = "#8a96a3"
    badge: str = ""


def slide_cards(store, view: str) -> list[SlideCard]:
    """The cards a view shows: the whole board, proposals, results, what spreads, or what
    stops and why."""
    from ui.slides.source import room_text

    names = {p.id: p.first_name or p.display_name for p in participants.all_participants(store)}
    out: list[SlideCard] = []
    items = experiments.experiments(store)
    if view == "board":
        items.sort(key=lambda e: experiments.STATUSES.index(e.status))
    for e in items:
        amb = names.get(e.ambassador_id, "")
        who = " · ".join(x for x in (e.team, tr("ambassador {name}").format(name=amb) if amb
                                     else "") if x)
        if view == "board":
            status = label(STATUS_LABELS, e.status)
            result = label(RESULT_LABELS, e.result) if e.result else ""
            lines = [x for x in (" · ".join(x for x in (status, result) if x), who) if x]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS.get(e.result, "#8a96a3")
                                 if e.result else STATUS_COLOURS[e.status]))
        elif view == "propose":
            if e.status not in ("idee", "gepland") and not e.picked:
                continue
            lines = [x for x in (who, *(p["label"] for p in e.pairs)) if x]
            out.append(SlideCard(e.title, lines, "#0072B2" if e.picked else "#8a96a3",
                                 tr("chosen") if e.picked else ""))
        elif view == "results":
            if e.status not in ("loopt", "afgerond", "gestopt"):
                continue
            result = label(RESULT_LABELS, e.result) if e.result else label(STATUS_LABELS,
                                                                           e.status)
            lines = [x for x in (result, e.lesson or e.observed) if x]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS.get(e.result, "#8a96a3")))
        elif view == "spread":
            if e.decision != "spread" and e.result not in ("werkt", "deels"):
                continue
            target = ", ".join(e.spread_to) if e.decision == "spread" else tr("to decide")
            lines = [tr("→ {teams}").format(teams=target), label(RESULT_LABELS, e.result)]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS.get(e.result, "#8a96a3")))
        else:   # stop
            if not (e.decision == "stop" or e.status == "gestopt" or e.result == "niet"):
                continue
            why = e.decision_note if e.decision_note and e.lesson == "" else e.lesson
            lines = [x for x in (label(DECISION_LABELS, e.decision) if e.decision else "",
                                 why) if x]
            out.append(SlideCard(e.title, lines, RESULT_COLOURS["niet"]))
    for c in out:
        c.title = room_text(c.title)
        c.lines = [room_text(x) for x in c.lines]
    return out
