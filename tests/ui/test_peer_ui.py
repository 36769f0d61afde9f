"""The 'Leren van elkaar' tab: the keyboard grid, pairs review, intervisie, import and print, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from sessions import demo_peer, expertise, intervisie, pairs
from ui.peer import wall
from ui.peer.grid import FIXED
from ui.peer.page import ID, PeerPage


@pytest.fixture
def page(peer_page):
    return peer_page


def _cell(page, row, competence_index=0):
    return page.model.index(row, FIXED + competence_index)


def test_typing_a_level_rates_moves_right_and_undoes(page, qtbot):
    store = page.ctx.store
    pid = page.model.person(0).id
    cid = page.model.competence(FIXED).id
    before = expertise.rating_row(store, pid, cid)
    page.grid.setFocus()
    page.grid.setCurrentIndex(_cell(page, 0))
    qtbot.keyClick(page.grid, "4")
    assert expertise.load(store).rating(pid, cid).level == 4
    assert page.grid.currentIndex().column() == FIXED + 1        # on to the next competence
    assert "4" in page.model.index(0, FIXED).data()
    page.grid.setCurrentIndex(_cell(page, 0))
    teaches = expertise.load(store).rating(pid, cid).teaches
    qtbot.keyClick(page.grid, "t")
    assert expertise.load(store).rating(pid, cid).teaches is not teaches
    wants = expertise.load(store).rating(pid, cid).wants
    qtbot.keyClick(page.grid, "l")
    assert expertise.load(store).rating(pid, cid).wants is not wants
    for _ in range(3):
        page.ctx.undo_stack.undo()
    assert expertise.rating_row(store, pid, cid) == before


def test_delete_clears_and_team_manager_capacity_edit_through_commands(page, qtbot):
    store = page.ctx.store
    pid, cid = page.model.person(1).id, page.model.competence(FIXED).id
    page.grid.setCurrentIndex(_cell(page, 1))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert (pid, cid) not in expertise.ratings(store)
    page.ctx.undo_stack.undo()
    assert (pid, cid) in expertise.ratings(store)
    assert page.model.setData(page.model.index(1, 1), "Wijkteam Oost")
    assert page.model.setData(page.model.index(1, 3), "4")
    m = expertise.load(store)
    assert m.person(pid).team == "Wijkteam Oost" and m.capacity(pid) == 4
    assert not page.model.setData(page.model.index(1, 2), pid)      # own manager: refused
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert expertise.load(store).person(pid).team != "Wijkteam Oost"


def test_pairs_review_propose_pin_swap_remove_publish_all_undoable(page):
    store = page.ctx.store
    page.tabs.setCurrentIndex(2)
    drafts = pairs.pairs(store, "draft")
    assert page.pairs_table.rowCount() == len(drafts) > 0
    page.pairs_table.selectRow(0)
    first = page._selected_pair()
    page.toggle_pin()
    assert next(p for p in pairs.pairs(store) if p.id == first).pinned
    able = pairs.candidates(store, first)
    if able:
        page.swap_to(first, able[0])
        assert next(p for p in pairs.pairs(store) if p.id == first).expert_id == able[0]
        page.ctx.undo_stack.undo()
    page.propose()
    assert any(p.id == first and p.pinned for p in pairs.pairs(store, "draft"))
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()     # the pin
    assert [p.id for p in pairs.pairs(store, "draft")] == [p.id for p in drafts]
    page.pairs_table.selectRow(0)
    page.remove_pair()
    assert len(pairs.pairs(store, "draft")) == len(drafts) - 1
    page.ctx.undo_stack.undo()
    page.publish()
    assert pairs.pairs(store, "draft") == []
    assert "gepubliceerd" in page.pairs_summary.text() or "published" in page.pairs_summary.text()
    page.ctx.undo_stack.undo()
    assert len(pairs.pairs(store, "draft")) == len(drafts)


def test_forming_intervisie_groups_shows_roles_and_undoes(page):
    store = page.ctx.store
    page.form_groups()
    groups = intervisie.groups(store)
    assert len(groups) == 8 and page.iv_tree.topLevelItemCount() == 8
    first = page.iv_tree.topLevelItem(0)
    assert first.childCount() == len(groups[0].members)
    assert first.child(0).text(1)                               # a role for meeting 1
    # the meeting is kept in the file: the roles rotate, and it undoes like any edit
    page.meeting_spin.setValue(2)
    assert intervisie.run(store).meeting == 2
    assert page.iv_tree.topLevelItem(0).child(0).text(1) == ""    # m_0 had a role in meeting 1
    assert page.iv_tree.topLevelItem(0).child(1).text(1)         # m_1 brings the case now
    page.ctx.undo_stack.undo()
    assert intervisie.run(store).meeting == 1 and page.meeting_spin.value() == 1
    page.ctx.undo_stack.undo()
    assert intervisie.groups(store) == []
    page.ctx.undo_stack.redo()
    groups = intervisie.groups(store)
    assert len(groups) == 8
    # move someone who manages nobody and has no manager in the target group
    m = expertise.load(store)
    managers = {p.manager_id for p in m.people}
    for g in groups[1:]:
        person = next((p for p in groups[0].members if p not in managers
                       and m.person(p).manager_id not in g.members), None)
        if person is not None:
            break
    page.move_person(person, g.id)
    assert person in next(x for x in intervisie.groups(store) if x.id == g.id).members
    page.ctx.undo_stack.undo()
    assert person in intervisie.groups(store)[0].members
    # a manager never joins their own report's group
    boss = next(p.manager_id for p in m.people if p.manager_id and p.id in groups[2].members
                and p.manager_id not in groups[2].members)
    before = intervisie.groups(store)
    page.move_person(boss, groups[2].id)
    assert intervisie.groups(store) == before and "leidinggevende" in page.last_warning.lower() \
        or "manager" in page.last_warning.lower()


def test_goals_and_competences_are_edited_in_place(page):
    store = page.ctx.store
    n = len(expertise.competences(store))
    page.add_competence()
    assert len(expertise.competences(store)) == n + 1
    item = page.comp_table.item(n, 0)
    item.setText("Roosteren")                                     # taken: refused, kept
    assert expertise.competences(store)[-1].name != "Roosteren"
    assert page.last_warning == "Er is al een competentie ‘Roosteren’." or \
        page.last_warning == "There is already a competence called ‘Roosteren’."
    page.comp_table.item(n, 0).setText("Omgaan met rouw")
    assert expertise.competences(store)[-1].name == "Omgaan met rouw"
    page.comp_table.item(n, 1).setText("3")
    assert expertise.competences(store)[-1].goals
    for _ in range(3):
        page.ctx.undo_stack.undo()
    assert len(expertise.competences(store)) == n


def test_import_and_print_from_the_tab(page, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    store = page.ctx.store
    matrix = tmp_path / "m.csv"
    matrix.write_bytes("Naam;Roosteren;Jongerenwerk\r\nJan de Boer;4;1\r\nOnbekend;2;2\r\n"
                       .encode("cp1252"))
    page.import_matrix(str(matrix))
    assert "Onbekend" in page.last_import_text
    assert page.confirm_button.isVisibleTo(page)
    page.confirm_all()
    assert all(r.confirmed for r in expertise.ratings(store).values())
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert all(r.confirmed for r in expertise.ratings(store).values())
    for kind, suffix in (("kenniskaart", "pdf"), ("matrix", "xlsx"), ("pairs", "pdf"),
                         ("intervisie", "pdf")):
        out = page.export(kind, str(tmp_path / f"{kind}.{suffix}"))
        assert out.exists() and out.stat().st_size > 1000


def test_wall_slides_paint_and_names_follow_the_switch(page):
    store = page.ctx.store
    image = wall.render(page._heat_painter(), QSize(960, 540))
    colours = {image.pixel(x, y) for x in range(0, 960, 20) for y in range(100, 540, 20)}
    assert len(colours) > 4                                       # the ramp is there
    page.names_box.click()
    assert expertise.settings(store).show_names
    page.ctx.undo_stack.undo()
    assert not expertise.settings(store).show_names
    page.show_wall("pairs")
    assert page.wall_window.isVisible()
    page.wall_window.close()


def test_the_wall_window_shows_its_slide_the_first_time(page):
    """The first press of "Show the heat map on the wall" showed a blank white window: the
    slide was set while the new window was still hidden, and so skipped."""
    page.show_wall("heat")
    image = page.wall_window.slide.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 20)
               for y in range(0, image.height(), 20)}
    assert len(colours) > 4                                       # the heat map, not blank paper
    page.wall_window.close()


def test_read_only_disables_edits(qtbot, app_ctx, tmp_path):
    from sessions.store import Store

    ctx, _ = app_ctx
    path = tmp_path / "ro.startdag"
    demo_peer.create_demo(path).close()
    ctx.set_store(Store.open(path, read_only=True))
    p = PeerPage(ctx)
    qtbot.addWidget(p)
    assert not p.propose_button.isEnabled() and not p.import_button.isEnabled()
    p.grid.setCurrentIndex(p.model.index(0, FIXED))
    before = expertise.ratings(ctx.store)
    qtbot.keyClick(p.grid, "4")
    assert expertise.ratings(ctx.store) == before


def test_the_three_step_kinds_have_a_console_page_and_a_slide(qtbot, app_ctx, tmp_path):
    """Each step has its console page, and the wall's slide engine lays out its content:
    the heat map as a table of counts (names only when switched on), the pairs as cards
    per competence, the intervisie groups with this meeting's roles."""
    from sessions import agenda, participants, trajectory
    from tests.ui.test_slides import check
    from ui import steps
    from ui.slides import content as c
    from ui.slides import source
    from ui.slides.engine import canvas_size
    from ui.slides.kinds import layout
    from ui.steps.peer import current_round

    ctx, actions = app_ctx
    ctx.set_store(demo_peer.create_demo(tmp_path / "d.startdag"))
    store = ctx.store
    meeting = trajectory.meeting_of_kind(store, "startdag")
    kinds = [s.kind for s in agenda.steps(store, meeting.id)]
    assert kinds == ["welcome", "text", "kenniskaart", "leerkoppels", "intervisie", "close"]
    intervisie.form(store)
    pairs.propose(store)
    traj = trajectory.get(store)
    bodies = {}
    for step in agenda.steps(store, meeting.id)[2:5]:
        console = steps.console_widget(step.kind, ctx, actions, step.id)
        qtbot.addWidget(console)
        assert console.tabs.tabBar().isHidden()
        body = bodies[step.kind] = source.body(ctx, step, traj)
        content = c.SlideContent(c.Chrome(title=step.title, instructions=step.instructions),
                                 body)
        for size in ((1920, 1080), (1280, 720)):
            check(layout(content, canvas_size(*size)), content)
    m = expertise.load(store)
    heat = bodies["kenniskaart"]
    assert isinstance(heat, c.HeatMap) and not heat.names
    assert [r.name for r in heat.rows] == [comp.name for comp in m.competences]
    assert [r.counts for r in heat.rows] == [tuple(r.counts) for r in expertise.heat_map(m)]
    assert all(not r.names for r in heat.rows)       # self-ratings are personal: counts only
    assert any(r.flag for r in heat.rows)            # the demo has a single point of failure
    expertise.set_settings(store, show_names=True)
    named = source.heat_map_body(store)
    assert named.names and any(r.names for r in named.rows)
    # the experts (levels 3–4) by name in one line; lower levels stay counts, so the map
    # with names fits a few pages (it took 25 at 1080p with every name at every level)
    # the experts of the "Experts" column (level 3–4, can teach) by name, highest level first,
    # in one line; the other levels stay counts, so the map with names fits a few pages
    # (every name at every level took 25 at 1080p)
    rows = {x.name: x for x in named.rows}
    for hr in expertise.heat_map(m):
        shown = rows[hr.competence.name].names
        experts = m.experts(hr.competence.id)
        assert len(experts) == hr.experts
        if not experts:
            assert shown == ()
            continue
        assert len(shown) == 1 and shown[0].startswith("Can teach: ")
        listed = shown[0].removeprefix("Can teach: ").split(", ")
        assert sorted(listed) == sorted(
            f"{m.person(pid).name} ({m.rating(pid, hr.competence.id).level})" for pid in experts)
        assert [x[-2] for x in listed] == sorted((x[-2] for x in listed), reverse=True)
        low = [n for n in hr.names[0] + hr.names[1] + hr.names[2]]
        assert not any(x.rsplit(" (", 1)[0] in low for x in listed)
    content = c.SlideContent(c.Chrome(title="Kenniskaart"), named)
    assert layout(content, canvas_size(1920, 1080)).count <= 8
    plans = bodies["leerkoppels"]
    stored = [p for p in pairs.pairs(store) if p.state != "ended"]
    assert isinstance(plans, c.ActionPlans) and not plans.single
    assert sum(len(p.actions) for p in plans.plans) == len(stored) > 0
    w = pairs.why(m, stored[0])
    action = next(a for p in plans.plans for a in p.actions if a.key == f"pair{stored[0].id}")
    assert action.title == f"{w.learner} learns from {w.expert}"
    assert action.detail.startswith(f"niveau {w.expert_level}") or \
        action.detail.startswith(f"level {w.expert_level}")
    groups = bodies["intervisie"]
    stored_groups = intervisie.groups(store)
    assert isinstance(groups, c.Groups) and len(groups.cards) == len(stored_groups)
    people = {p.id: p for p in participants.all_participants(store)}
    card, g = groups.cards[0], stored_groups[0]
    assert card.band.number == 1
    assert [x.key for x in card.members] == [f"person{pid}" for pid in sorted(
        g.members, key=lambda pid: people[pid].sort_key)]
    chair = people[g.roles(1)["gespreksleider"]].display_name
    assert f"Chair: {chair}" in card.band.question
    # the running round leads the intervisie slide: 16 minutes in is round 3 (questions)
    from datetime import datetime, timedelta

    from ui.agenda_model import live_day

    step = next(s for s in agenda.steps(store, meeting.id) if s.kind == "intervisie")
    earlier = datetime.now() - timedelta(minutes=16)
    agenda.start(store, meeting.id, now=earlier)
    agenda.jump(store, step.id, now=earlier)
    live = live_day(ctx)
    live.set_meeting(meeting.id)
    running = source.slide_content(ctx, live).chrome.instructions
    assert running.startswith("Round 3 of 7: ") and "(5 min)" in running
    assert running.endswith(step.instructions)
    assert current_round(0) == (0, 300)
    assert current_round(5 * 60 + 10 * 60 + 1)[0] == 2      # the questions round
    assert current_round(10_000) == (6, 0.0)


def test_the_rounds_are_steered_from_the_console_by_key_and_reach_the_wall(page, qtbot):
    """Start, next, previous, pause and more time, by keyboard on the Intervisie part; the
    wall's slide names the running round; each step undoes."""
    from types import SimpleNamespace

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.slides.source import intervisie_round

    store = page.ctx.store
    page.tabs.setCurrentIndex(PeerPage.INTERVISIE)
    page.form_groups()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.iv_tree.setFocus()
    not_started = SimpleNamespace(started_at=None)
    assert intervisie_round(page.ctx, not_started) == ""
    assert not page.pause_round_button.isEnabled() and not page.prev_round_button.isEnabled()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    def key(k, check):          # a button's shortcut clicks it (animated, ~100 ms later)
        QTest.keyClick(page, k, ctrl_shift)
        qtbot.waitUntil(lambda: check(intervisie.run(store)), timeout=3000)

    key(Qt.Key.Key_Right, lambda r: r.round == 0)
    assert page.next_round_button.text() in ("Next round ▶", "Volgende ronde ▶")
    key(Qt.Key.Key_Right, lambda r: r.round == 1)
    key(Qt.Key.Key_Right, lambda r: r.round == 2)
    assert intervisie_round(page.ctx, not_started).startswith("Round 3 of 7: ")
    assert "(5 min)" in intervisie_round(page.ctx, not_started)
    key(Qt.Key.Key_Left, lambda r: r.round == 1)
    key(Qt.Key.Key_E, lambda r: r.extra_seconds == 60)     # one more minute: 10 -> 11
    assert "(11 min)" in intervisie_round(page.ctx, not_started)
    key(Qt.Key.Key_T, lambda r: r.paused)                  # pause
    assert "paused" in page.round_label.text() or "gepauzeerd" in page.round_label.text()
    assert page.pause_round_button.text() in ("Resume round", "Ronde hervatten")
    assert "2 of 7" in page.round_label.text() or "2 van 7" in page.round_label.text()
    page.ctx.undo_stack.undo()                              # the pause undone
    assert not intervisie.run(store).paused
    page.ctx.undo_stack.undo()                              # the minute undone
    assert intervisie.run(store).extra_seconds == 0
    page.stop_rounds()
    assert intervisie.run(store).round is None
    page.ctx.undo_stack.undo()
    assert intervisie.run(store).round == 1


def test_the_roles_of_the_current_meeting_reach_the_wall_and_the_method_cards(page, tmp_path):
    from pypdf import PdfReader

    from exports import kenniskaart
    from ui.slides.source import intervisie_body

    store = page.ctx.store
    page.form_groups()
    g = intervisie.groups(store)[0]
    m = expertise.load(store)
    page.meeting_spin.setValue(3)
    chair3 = m.person(g.roles(3)["gespreksleider"]).name
    chair1 = m.person(g.roles(1)["gespreksleider"]).name
    assert chair3 != chair1
    band = intervisie_body(store).cards[0].band.question
    # the slide and the tab's own wall window say which meeting these roles are for
    from ui.slides.source import intervisie_meeting

    assert intervisie_meeting(store) == "Meeting 3: roles"
    blank = wall.render(lambda p, r: wall.paint_intervisie(p, r, [], [], 0), QSize(960, 540))
    named = wall.render(page._intervisie_painter(), QSize(960, 540))
    assert named.copy(0, 66, 960, 22) != blank.copy(0, 66, 960, 22)   # the meeting line
    assert f": {chair3}" in band.split("·")[1] and f": {chair1}" not in band.split("·")[1]
    path = tmp_path / "kaarten.pdf"
    kenniskaart.write_method_cards(store, path, "nl")
    text = PdfReader(path).pages[0].extract_text()
    lines = text[text.index("Bijeenkomst"):].splitlines()
    # the roles table starts at the current meeting: 3, then its case giver, chair, timekeeper
    roles3 = g.roles(3)
    assert lines[4:8] == ["3"] + [m.person(roles3[r]).name for r in intervisie.ROLES]


def test_ending_a_pair_on_the_console_frees_its_load_shows_it_and_undoes(page):
    store = page.ctx.store
    page.propose()
    page.publish()
    published = pairs.pairs(store, "published")
    target = published[0]
    row = next(i for i in range(page.pairs_table.rowCount())
               if page.pairs_table.item(i, 0).data(ID) == target.id)
    page.pairs_table.selectRow(row)
    assert page.end_button.isEnabled()
    page.end_pair()
    assert next(p for p in pairs.pairs(store) if p.id == target.id).state == "ended"
    ids = {page.pairs_table.item(i, 0).data(ID) for i in range(page.pairs_table.rowCount())}
    assert target.id not in ids
    assert page.pairs_summary.text().endswith(("1 ended", "1 beëindigd"))
    page.show_ended_box.setChecked(True)
    row = next(i for i in range(page.pairs_table.rowCount())
               if page.pairs_table.item(i, 0).data(ID) == target.id)
    assert page.pairs_table.item(row, 3).text() in ("ended", "beëindigd")
    page.pairs_table.selectRow(row)
    assert not page.end_button.isEnabled() and not page.remove_pair_button.isEnabled()
    # a new proposal may use the expert's freed place, never for the same learner
    page.propose()
    assert all((p.learner_id, p.expert_id) != (target.learner_id, target.expert_id)
               for p in pairs.pairs(store, "draft"))
    page.ctx.undo_stack.undo()                   # the proposal
    page.ctx.undo_stack.undo()                   # the ending
    assert next(p for p in pairs.pairs(store) if p.id == target.id).state == "published"
    assert not page.pairs_summary.text().endswith(("ended", "beëindigd"))


def _live_intervisie(ctx, now):
    """The demo's startdag live on its intervisie step, with a clock held at ``now``."""
    from sessions import agenda, trajectory
    from ui.agenda_model import LiveDay

    store = ctx.store
    meeting = trajectory.meeting_of_kind(store, "startdag")
    step = next(s for s in agenda.steps(store, meeting.id) if s.kind == "intervisie")
    agenda.start(store, meeting.id, now=now)
    agenda.jump(store, step.id, now=now)
    held = {"now": now}
    live = LiveDay(ctx, clock=lambda: held["now"])
    live.set_meeting(meeting.id)
    return live, held


def test_the_wall_counts_the_running_round_down_with_pause_and_added_time(page, qtbot):
    """The intervisie slide's countdown is the running round's time left (not the step's):
    steered from the console with its pauses and added minutes, else by the step's clock;
    red once over time. The digits move without a new layout; the meeting is named."""
    from datetime import datetime, timedelta

    from ui.slides import source
    from ui.slides.wall import Wall

    store = page.ctx.store
    page.form_groups()
    t0 = datetime.now().replace(microsecond=0)
    live, held = _live_intervisie(page.ctx, t0)
    # by the step's clock: 16 minutes in is round 3 (5 min), 4 minutes left in it
    held["now"] = t0 + timedelta(minutes=16)
    assert source.clock(live) == ("04:00", False)
    content = source.slide_content(page.ctx, live)
    assert content.chrome.clock == "04:00"
    first, second = content.chrome.instructions.split("\n")
    assert first.startswith("Round 3 of 7: ") and second.startswith("Meeting 1: roles")
    # steered by hand: round 2 (10 min) started at t0 + 16 min
    intervisie.start_round(store, 1, now=held["now"])
    held["now"] += timedelta(minutes=3, seconds=30)
    assert source.clock(live) == ("06:30", False)
    intervisie.add_time(store, 60)
    assert source.clock(live) == ("07:30", False)
    intervisie.toggle_pause(store, now=held["now"])
    held["now"] += timedelta(minutes=5)                       # paused: the clock stands still
    assert source.clock(live) == ("Paused 07:30", False)
    intervisie.toggle_pause(store, now=held["now"])
    held["now"] += timedelta(minutes=8)
    assert source.clock(live) == ("-00:30", True)             # over time: urgent (red)
    intervisie.set_meeting(store, 2)
    assert "\nMeeting 2: roles" in source.slide_content(page.ctx, live).chrome.instructions
    # the wall: a tick repaints the clock only; a new layout when its length or colour changes
    wall = Wall(page.ctx, live)
    held["now"] -= timedelta(minutes=2)                        # 1:30 left
    wall.rebuild()
    layouts = wall.layouts
    ticks = []
    wall.ticked.connect(lambda: ticks.append(wall.clock_text()))
    for _ in range(3):
        held["now"] += timedelta(seconds=1)
        live.ticked.emit()
    wall.flush()
    assert ticks == ["01:29", "01:28", "01:27"] and wall.layouts == layouts
    held["now"] += timedelta(minutes=2)                        # over time: red, laid out again
    live.ticked.emit()
    wall.flush()
    assert wall.layouts == layouts + 1 and wall.content.chrome.urgent
    clocks = [b for p in wall.slide.pages for b in p.boxes if b.dynamic == "clock"]
    assert clocks and all(b.style.colour == "urgent" for b in clocks)


def test_a_steered_round_over_time_is_signalled_on_the_console_not_advanced(page, qtbot):
    """A round run by hand does not move on by itself: over time its line turns red and
    the next-round control is emphasised and focused; after the last round, stop is."""
    from datetime import datetime, timedelta

    store = page.ctx.store
    page.tabs.setCurrentIndex(PeerPage.INTERVISIE)
    page.form_groups()
    page.step_round(1)
    assert not page.round_over and page.next_round_button.styleSheet() == ""
    page.next_round_button.setFocus()
    intervisie.put_run(store, intervisie.Run(1, 0, (datetime.now() - timedelta(seconds=330))
                                             .isoformat(timespec="seconds")))
    qtbot.waitUntil(lambda: page.round_over, timeout=3000)     # the console's one-second timer
    assert intervisie.run(store).round == 0                    # not advanced
    assert "over time" in page.round_label.text() or "over tijd" in page.round_label.text()
    assert "#b00020" in page.round_label.styleSheet()
    assert page.next_round_button.property("overTime") is True
    assert page.next_round_button.hasFocus() or not page.isActiveWindow()
    page.add_round_time()                                      # one more minute: on time again
    assert not page.round_over and page.next_round_button.styleSheet() == ""
    page.ctx.undo_stack.undo()
    assert page.round_over
    intervisie.put_run(store, intervisie.Run(1, len(intervisie.ROUNDS) - 1,
                                             (datetime.now() - timedelta(minutes=30))
                                             .isoformat(timespec="seconds")))
    page.step_round(-1)                                        # round 6, started now
    page.step_round(1)                                         # the last round, started now
    assert not page.round_over
    intervisie.put_run(store, intervisie.Run(1, len(intervisie.ROUNDS) - 1,
                                             (datetime.now() - timedelta(minutes=30))
                                             .isoformat(timespec="seconds")))
    qtbot.waitUntil(lambda: page.round_over, timeout=3000)
    assert page.stop_rounds_button.property("overTime") is True
    assert page.next_round_button.property("overTime") is False


def test_a_page_in_a_tab_behind_reads_again_when_it_comes_to_the_front(qtbot, app_ctx, tmp_path):
    """Edits while the peer tab is behind another tab cost it nothing; shown again, it holds
    every edit made meanwhile (nothing lost, nothing stale)."""
    from PySide6.QtWidgets import QLabel, QTabWidget

    from sessions import participants

    ctx, _actions = app_ctx
    ctx.set_store(demo_peer.create_demo(tmp_path / "leercultuur.startdag"))
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = PeerPage(ctx)
    tabs.addTab(QLabel("front"), "front")
    tabs.addTab(page, "peer")
    tabs.resize(1366, 700)
    tabs.show()
    qtbot.waitExposed(tabs)
    loads = []
    original = page.model.load
    page.model.load = lambda *a: (loads.append(1), original(*a))[1]
    person = page.model.map.people[0]
    with ctx.store.transaction():
        participants.update(ctx.store, person.id, first_name="Zoë", last_name="Achterkamp")
    assert loads == []                                  # behind: not read again
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: loads == [1], timeout=2000)
    assert any(p.name.startswith("Zoë") and p.name.endswith("Achterkamp") for p in page.model.map.people)
