"""What the wall says now: the live step's content read from the open trajectory.

Reads only (the shared item models and the sessions services); never writes. Every
user text passes :func:`room_text`, so no e-mail address reaches the wall, and private
notes, SWOTs and e-mail fields are never read at all.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from sessions import groups, participants, trajectory
from ui.agenda_model import LiveDay, clock_text
from ui.dates import format_date
from ui.slides import content as c

EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+")


def room_text(text: str) -> str:
    """User text made safe for the wall: e-mail addresses (and any stray '@') removed."""
    return EMAIL.sub("…", text or "").replace("@", "")


def clock(live: LiveDay) -> tuple[str, bool]:
    """The countdown as the wall shows it, and whether the time is up."""
    remaining = live.remaining() if live.store is not None else None
    if remaining is None:
        return "", False
    step = live.current()
    paused = step is not None and step.paused
    if step is not None and step.kind == "intervisie":
        # the incidentmethode's running round counts down, not the whole step: the groups
        # and their timekeepers move on by the round
        round_left = intervisie_left(live.store, step, live.now())
        if round_left is not None:
            remaining, paused = round_left
    text = clock_text(remaining)
    if paused:
        text = QCoreApplication.translate("Slides", "Paused") + " " + text
    return text, remaining < 0


def intervisie_left(store, step, now) -> tuple[float, bool] | None:
    """(seconds left in the intervisie step's running round, whether it is paused), or None
    when no round runs: the round steered on the console (its pauses and added time), else
    the round the step's own clock has reached (None once all rounds have passed)."""
    from sessions import agenda, intervisie

    run = intervisie.run(store)
    if run.round is not None:
        return run.left(now), run.paused
    if not step.started_at:
        return None
    elapsed = agenda.elapsed_seconds(step, now)
    if elapsed >= sum(minutes for _key, minutes in intervisie.ROUNDS) * 60:
        return None
    return intervisie.round_at(elapsed)[1], bool(step.paused)


def slide_content(ctx, live: LiveDay) -> c.SlideContent:
    """The content of the wall for the live meeting's running step (or its cover)."""
    store = ctx.store
    if store is None or store.conn is None:
        return c.SlideContent()
    traj = trajectory.get(store)
    state = live.state()
    step = state.current if state else None
    if step is None:
        meeting = (trajectory.meeting(store, live.meeting_id)
                   if live.meeting_id is not None else None)
        lines = []
        if state is not None and state.ended:
            lines.append(QCoreApplication.translate("Slides", "Thank you!"))
        elif meeting is not None:
            lines.append(room_text(meeting.title))
            when = " · ".join(x for x in (format_date(meeting.date), room_text(meeting.venue)) if x)
            if when:
                lines.append(when)
        return c.SlideContent(c.Chrome(header=room_text(traj.title)),
                              c.Cover(room_text(traj.title), tuple(x for x in lines if x)))
    following = next((s for s in live.steps()
                      if s.position > step.position and s.status == "planned"), None)
    text, urgent = clock(live)
    instructions = room_text(step.instructions)
    if step.kind == "intervisie":            # the incidentmethode's running round leads
        running = intervisie_round(ctx, step, live.now())
        rest = " · ".join(x for x in (intervisie_meeting(ctx.store), instructions) if x)
        instructions = "\n".join(x for x in (running, rest) if x)
    chrome = c.Chrome(header=room_text(traj.title), title=room_text(step.title),
                      instructions=instructions,
                      next_title=room_text(following.title) if following else "",
                      clock=text, urgent=urgent)
    return c.SlideContent(chrome, body(ctx, step, traj))


def body(ctx, step, traj) -> c.Body:
    """The body of a step's slide, by its kind."""
    kind = step.kind
    if kind == "break":
        return c.Break()
    if kind == "concept":
        return _board(ctx, step, traj)
    if kind == "questions":
        return questions_body(ctx)
    if kind == "vote":
        return _vote(ctx)
    if kind == "groups":
        return _groups(ctx.store)
    if kind == "actions":
        return _actions(ctx, step)
    if kind == "harvest":
        return _harvest(ctx)
    if kind == "initiatives":
        return _initiatives(ctx)
    if kind == "experiments":
        return _experiments(ctx, step)
    if kind == "kenniskaart":
        return heat_map_body(ctx.store)
    if kind == "leerkoppels":
        return pairs_body(ctx)
    if kind == "intervisie":
        return intervisie_body(ctx.store)
    return c.Text()          # welcome, text, close; the SWOT is personal and never projected


def questions_body(ctx) -> c.Questions:
    """The room's questions as the wall numbers them."""
    from ui.models_capture import questions_model

    return c.Questions(tuple(c.Item(f"q{e.id}", room_text(e.text))
                             for e in questions_model(ctx).entries))


def _board(ctx, step, traj) -> c.Board:
    from ui.models_capture import board_model, step_settings

    key = step_settings(ctx.store, step.id).get("board")
    key = key if isinstance(key, str) and key else "concept"
    model = board_model(ctx, key)
    cols = tuple(c.BoardColumn(f"col{col.id}", room_text(col.title),
                               tuple(c.Item(f"item{i.id}", room_text(i.text)) for i in col.items))
                 for col in model.columns)
    return c.Board(room_text(traj.concept) if key == "concept" else "", cols)


def _vote(ctx) -> c.Vote:
    from ui.models_capture import vote_model

    m = vote_model(ctx)
    if m.round.hidden:
        # in list order, never ranked: the order itself would give the result away
        return c.Vote(True, tuple(c.VoteRow(c.Item(f"q{e.id}", room_text(e.text)))
                                  for e in m.entries), m.round.top_n)
    top = m.highlighted()
    tied = set() if m.chosen_ids else m.tied      # a tie at 0 votes is no tie
    return c.Vote(False, tuple(c.VoteRow(c.Item(f"q{r.entry.id}", room_text(r.entry.text)),
                                         r.total, r.rank, r.entry.id in top, r.entry.id in tied)
                               for r in m.ranked), m.round.top_n)


def _bands(store) -> list[tuple[groups.Group, c.Band]]:
    return [(g, c.Band(f"group{g.id}", n, room_text(g.name), room_text(g.question_text), g.colour))
            for n, g in enumerate(groups.groups(store), start=1)]


def _groups(store) -> c.Groups:
    people = {p.id: p for p in participants.all_participants(store)}
    members: dict[int, list[c.Member]] = {}
    for pid, (gid, _locked) in groups.memberships(store).items():
        p = people.get(pid)
        if p is not None:
            members.setdefault(gid, []).append(
                c.Member(f"person{pid}", room_text(p.display_name), p.sort_key))
    cards = []
    for g, band in _bands(store):
        ms = sorted(members.get(g.id, []), key=lambda m: m.sort_key)
        cards.append(c.GroupCard(band, tuple(ms)))
    # numbered cards that page by one range of last names (never the compact listing)
    return c.Groups(tuple(cards), QCoreApplication.translate("Slides", "No theme groups yet."))


def _actions(ctx, step) -> c.ActionPlans:
    from ui.steps.actions import ActionsModel, kind_label, status_label, step_settings

    model = ctx.model("actions.all", lambda: ActionsModel(ctx))
    rows = [model.action(r) for r in range(model.rowCount())]
    settings = step_settings(ctx, step.id)
    bands = _bands(ctx.store)
    if not bands:
        return c.ActionPlans(())

    def detail(a) -> str:
        parts = []
        if a.kind:
            parts.append(kind_label(a.kind))
        if a.owner_id:
            parts.append(QCoreApplication.translate("Slides", "by {name}").format(name=room_text(model.name(a.owner_id))))
        if a.due_date:
            parts.append(QCoreApplication.translate("Slides", "before {date}").format(date=format_date(a.due_date)))
        parts.append(status_label(a.status))
        return " · ".join(parts)

    def plan(g, band, full: bool) -> c.ActionPlan:
        acts = [a for a in rows if a.group_id == g.id]
        if full:
            return c.ActionPlan(band, tuple(c.Action(f"action{a.id}", room_text(a.title), detail(a))
                                            for a in acts))
        return c.ActionPlan(band, tuple(
            c.Action(f"action{a.id}", room_text(a.title) + (
                f" ({room_text(model.name(a.owner_id))})" if a.owner_id else ""))
            for a in acts))

    if settings.get("view") == "all":
        return c.ActionPlans(tuple(plan(g, b, False) for g, b in bands), single=False)
    gid = settings.get("group_id")
    g, band = next(((g, b) for g, b in bands if g.id == gid), bands[0])
    return c.ActionPlans((plan(g, band, True),), single=True)


def _harvest(ctx) -> c.Harvest:
    from ui.actions_overview import short_date, tags_text
    from ui.steps.harvest import result_label, shared_review_model, totals_text

    model = shared_review_model(ctx)
    r = model.review
    if r is None:
        return c.Harvest(None)
    number = (model.group_ids.index(r.group_id) + 1) if r.group_id in model.group_ids else 1
    band = c.Band(f"group{r.group_id}", number, room_text(r.name), room_text(r.question), r.colour)
    outcomes = []
    for item in r.items:
        bits = [room_text(item.owner_name)]
        if item.due_date:
            bits.append(QCoreApplication.translate("Slides", "due {date}").format(date=short_date(item.due_date)))
        if item.after_kickoff:
            bits.append(QCoreApplication.translate("Slides", "added after the startdag"))
        action = c.Action(f"action{item.action_id}", room_text(item.title),
                          " · ".join(b for b in bits if b))
        o = item.outcome
        reason = ""
        if o is not None:
            reason = "; ".join(x for x in (room_text(o.reason), room_text(tags_text(o.tags))) if x)
        outcomes.append(c.Outcome(action, o.result if o else None,
                                  result_label(o.result) if o else QCoreApplication.translate("Slides", "not reviewed yet"), reason))
    return c.Harvest(band, tuple(outcomes), room_text(r.lessons), totals_text(r.totals))


def _initiatives(ctx) -> c.Initiatives:
    from sessions import harvest
    from ui.steps.initiatives import kind_label, shared_activities_model

    store = ctx.store
    out = []
    for s in shared_activities_model(ctx).rows:
        a = s.activity
        lst = harvest.signups(store, a.id)
        out.append(c.Activity(
            f"activity{a.id}", room_text(a.title),
            " · ".join(b for b in (kind_label(a.kind), room_text(a.period)) if b),
            s.signed, a.capacity,
            tuple(c.Item(f"signup{x.participant_id}", room_text(x.name)) for x in lst if not x.waiting),
            tuple(c.Item(f"wait{x.participant_id}", room_text(x.name)) for x in lst if x.waiting)))
    return c.Initiatives(tuple(out))


def _experiments(ctx, step) -> c.Body:
    """The experiments of the step's view as numbered cards: the title in the band, the
    status, result, lesson or ambassador below it (seed 003)."""
    from ui.learning.slide import slide_cards
    from ui.learning.step import step_view

    cards = slide_cards(ctx.store, step_view(ctx, step.id))
    plans = tuple(
        c.ActionPlan(c.Band(f"experiment{n}", n, room_text(card.title), room_text(card.badge),
                            card.colour),
                     tuple(c.Action(f"experiment{n}.{i}", room_text(line))
                           for i, line in enumerate(card.lines)))
        for n, card in enumerate(cards, start=1))
    return c.ActionPlans(plans, single=False) if plans else c.Text()


# ---------------------------------------------------------------- learning from each other (seed 003)

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#000000")


def heat_map_body(store) -> c.HeatMap:
    """The expertise map as counts per level; names only when the facilitator switched them on."""
    from sessions import expertise

    m = expertise.load(store)
    names = m.settings.show_names
    rows = []
    for r in expertise.heat_map(m):
        lines = ()
        if names:   # who can help is what the room looks for: the experts of the "Experts"
            # column (level 3–4 and can teach) by name, highest level first, in one line; the
            # other levels stay counts (every name at every level took 25 pages for 12 × 40)
            experts = sorted(m.experts(r.competence.id),
                             key=lambda pid: (-m.rating(pid, r.competence.id).level,
                                              m.person(pid).name))
            if experts:
                lines = (QCoreApplication.translate("Slides", "Can teach: {names}").format(
                    names=", ".join(f"{room_text(m.person(pid).name)} "
                                    f"({m.rating(pid, r.competence.id).level})"
                                    for pid in experts)),)
        rows.append(c.HeatRow(f"competence{r.competence.id}", room_text(r.competence.name),
                              tuple(r.counts), r.learners, r.experts,
                              bool(r.competence.goals) and r.experts <= 1, lines))
    return c.HeatMap(tuple(rows), names)


def pairs_body(ctx) -> c.ActionPlans:
    """The learning pairs as cards per competence: "A leert van B" with the reason below."""
    from exports.peer_words import why_text
    from sessions import expertise, pairs

    store = ctx.store
    m = expertise.load(store)
    order = {comp.id: i for i, comp in enumerate(m.competences)}
    by_comp: dict[int, list[c.Action]] = {}
    names: dict[int, str] = {}
    for p in pairs.pairs(store):
        if p.state == "ended":
            continue
        w = pairs.why(m, p)
        reason = why_text(w, ctx.language).split(": ", 1)[-1]
        title = QCoreApplication.translate("Slides", "{learner} learns from {expert}").format(
            learner=room_text(w.learner), expert=room_text(w.expert))
        names[p.competence_id] = room_text(w.competence)
        by_comp.setdefault(p.competence_id, []).append(
            c.Action(f"pair{p.id}", title, room_text(reason)))
    plans = []
    for n, cid in enumerate(sorted(by_comp, key=lambda k: (order.get(k, len(order)), k)), start=1):
        band = c.Band(f"competence{cid}", n, names[cid], "", OKABE_ITO[(n - 1) % len(OKABE_ITO)])
        plans.append(c.ActionPlan(band, tuple(by_comp[cid])))
    return c.ActionPlans(tuple(plans), single=False,
                         empty=QCoreApplication.translate("Slides", "No learning pairs yet."), compact=True)


def intervisie_round(ctx, step, now=None) -> str:
    """The intervisie step's running round in words, with its length ('' before the start):
    'Ronde 3 van 7: vragen stellen (5 min)'. The round the facilitator steers on the console
    leads (with the time added); otherwise the step's clock decides. Its time left (and
    'paused') is the wall's countdown: :func:`clock`."""
    from exports.peer_words import word
    from sessions import agenda, intervisie

    run = intervisie.run(ctx.store)
    if run.round is not None:
        index, minutes = run.round, -(-run.length() // 60)
    elif step.started_at:
        index, _left = intervisie.round_at(agenda.elapsed_seconds(step, now))
        minutes = intervisie.ROUNDS[index][1]
    else:
        return ""
    text = QCoreApplication.translate("Slides", "Round {n} of {total}: {name} ({minutes} min)").format(
        n=index + 1, total=len(intervisie.ROUNDS), name=word(intervisie.ROUNDS[index][0], ctx.language),
        minutes=minutes)
    return text


def intervisie_meeting(store) -> str:
    """Which meeting the roles on the cards belong to: 'Bijeenkomst 2: rollen' ('' without
    groups), as the console's meeting box and the method cards number it."""
    from sessions import intervisie

    if not intervisie.groups(store):
        return ""
    return QCoreApplication.translate("Slides", "Meeting {n}: roles").format(
        n=intervisie.run(store).meeting)


def intervisie_body(store, meeting: int | None = None) -> c.Groups:
    """The intervisie groups as numbered cards; the band names the roles of this meeting
    (the trajectory's current one unless given: the roles rotate between meetings)."""
    from sessions import intervisie

    if meeting is None:
        meeting = intervisie.run(store).meeting

    role_names = {"inbrenger": QCoreApplication.translate("Slides", "Case giver"),
                  "gespreksleider": QCoreApplication.translate("Slides", "Chair"),
                  "tijdbewaker": QCoreApplication.translate("Slides", "Timekeeper")}
    people = {p.id: p for p in participants.all_participants(store)}
    cards = []
    for n, g in enumerate(intervisie.groups(store), start=1):
        def name(pid: int) -> str:
            p = people.get(pid)
            return room_text(p.display_name) if p is not None else "?"

        roles = " · ".join(f"{role_names.get(role, role)}: {name(pid)}"
                           for role, pid in g.roles(meeting).items())
        members = sorted((c.Member(f"person{pid}", name(pid),
                                   people[pid].sort_key if pid in people else ())
                          for pid in g.members), key=lambda x: x.sort_key)
        cards.append(c.GroupCard(c.Band(f"intervisie{g.id}", n, room_text(g.name), roles,
                                        OKABE_ITO[(n - 1) % len(OKABE_ITO)]), tuple(members)))
    return c.Groups(tuple(cards),
                    QCoreApplication.translate("Slides", "No intervisie groups yet."), compact=True)
