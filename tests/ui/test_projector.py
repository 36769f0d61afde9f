"""The projector window and view: placement, keys, theme, privacy, black screen, miniature."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion

from sessions import agenda, demo, trajectory
from ui import placement, theme
from ui.agenda_model import BLANK_BLACK, BLANK_NONE, BLANK_WHITE, live_day
from ui.projector import ProjectorView, ProjectorWindow, room_text
from ui.slides import content as c
from ui.slides.engine import BODY, face

T0 = datetime(2026, 3, 12, 9, 30, 0)


@pytest.fixture
def live_demo(app_ctx, tmp_path, qtbot):
    """The demo open in a context, the startdag live and started, a fixed clock."""
    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    ctx.set_store(store)
    live = live_day(ctx)
    mid = trajectory.meeting_of_kind(store, "startdag").id
    live.set_meeting(mid)
    now = [T0]
    live.clock = lambda: now[0]
    agenda.start(store, mid, now=T0)
    yield ctx, actions, store, mid, live, now
    close_while_ctx_lives(ctx, qtbot)


def close_while_ctx_lives(ctx, qtbot):
    """Close the trajectory and run the deferred deletes now, while ctx is still referenced.

    Shared models parented to ctx that also hold ctx would otherwise be deleted twice
    when the last reference to ctx goes during a later test's event loop.
    """
    ctx.set_store(None)
    qtbot.wait(1)


@pytest.fixture
def view(live_demo, qtbot):
    """A projector view at 1920x1080 (its wall laid out for that size)."""
    ctx, actions, _store, _mid, live, _now = live_demo
    v = ProjectorView(ctx, actions, live)
    v.resize(1920, 1080)
    v.wall.set_canvas(1920, 1080)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close()
    v.deleteLater()
    qtbot.wait(1)      # delete it now, while the context it listens to is still alive


def texts(view) -> list[str]:
    view.wall.flush()
    return view.visible_texts()


def boxes(view, source: str):
    view.wall.flush()
    slide, page = view.shown()
    return [b for b in slide.pages[page].texts() if b.source == source]


# ---------------------------------------------------------------- placement (pure)


def test_two_screens_full_screen_on_the_second():
    screens = [QRect(0, 0, 1920, 1080), QRect(1920, 0, 1280, 720)]
    p = placement.choose(screens, console_screen=0)
    assert p.full_screen and p.screen_index == 1 and p.geometry == QRect(1920, 0, 1280, 720)


def test_console_on_the_second_screen_projects_on_the_first():
    screens = [QRect(0, 0, 1024, 768), QRect(1024, 0, 1920, 1080)]
    p = placement.choose(screens, console_screen=1)
    assert p.full_screen and p.screen_index == 0 and p.geometry == screens[0]


def test_one_screen_gives_a_normal_window_inside_it():
    screen = QRect(0, 0, 1366, 768)
    p = placement.choose([screen], console_screen=0)
    assert not p.full_screen and p.screen_index == 0
    assert screen.contains(p.geometry) and p.geometry.width() < screen.width()


def test_present_with_two_virtual_screens_goes_full_screen_on_the_second(live_demo, qtbot):
    ctx, actions, *_ = live_demo
    window = ProjectorWindow(ctx, actions)
    qtbot.addWidget(window)
    screens = [QRect(0, 0, 1280, 800), QRect(1280, 0, 1920, 1080)]
    p = window.present(console_screen=0, screens=screens)
    assert p.screen_index == 1 and p.geometry == screens[1]
    assert window.isFullScreen()
    window.stop()
    assert not window.isVisible() and not window.isFullScreen()


def test_the_window_has_its_own_escape_and_the_console_has_none(live_demo):
    _ctx, actions, *_ = live_demo
    assert [k.toString() for k in actions.stop_present.shortcuts()] == ["Shift+F5"]
    assert not any(k.toString() == "Esc" for a in actions.all() for k in a.shortcuts())
    assert [k.toString() for k in actions.freeze.shortcuts()] == ["F"]


def test_the_canvas_takes_the_window_aspect(live_demo, qtbot):
    ctx, actions, *_ = live_demo
    window = ProjectorWindow(ctx, actions)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show_window()
    qtbot.waitExposed(window)
    size = window.view.wall.size
    assert (size.width(), size.height()) == (1440, 1080)
    window.stop()


# ---------------------------------------------------------------- look


def test_both_themes_have_at_least_7_to_1_contrast():
    for t in theme.THEMES.values():
        for fg, bg in t.pairs():
            assert theme.contrast_ratio(fg, bg) >= 7.0, (t.name, fg)


def test_text_on_group_colours_reaches_4_5_to_1():
    okabe_ito = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
                 "#000000", "#777777", "#808080", "#ffffff")
    for colour in okabe_ito:
        band, ink = theme.band_colours(colour)
        assert ink in ("#000000", "#ffffff")
        assert theme.contrast_ratio(ink, band) >= 4.5, colour


def test_instructions_meet_the_body_floor_and_the_font_scale_scales_them(view, live_demo):
    ctx, live = live_demo[0], live_demo[4]
    (welcome,) = boxes(view, "instructions")        # a text step: as large as fits
    assert face(welcome.style).cap > 1080 * BODY
    live.next()                                      # the board: instructions at the body floor
    (box,) = boxes(view, "instructions")
    assert face(box.style).cap >= 1080 * BODY - 0.01
    ctx.font_scale_changed.emit(ctx.settings.set_font_scale(1.5))
    (bigger,) = boxes(view, "instructions")
    assert face(bigger.style).cap >= 1080 * BODY * 1.5 - 0.01      # the floor scales too


def test_dark_theme_changes_the_picture(view, live_demo, qtbot):
    ctx, _a, _s, _m, live, _n = live_demo
    ctx.settings.set_theme("dark")
    live.appearance_changed.emit()
    assert view.theme() is theme.DARK
    image = view.grab().toImage()
    assert image.pixelColor(5, 5).name() == theme.DARK.background


# ---------------------------------------------------------------- content and privacy


def test_shows_the_step_instructions_next_and_countdown(view, live_demo):
    _ctx, _a, store, mid, live, now = live_demo
    step = agenda.current(store, mid)
    now[0] = T0 + timedelta(minutes=5)
    live.ticked.emit()
    shown = texts(view)
    assert "Eigen leerproces gebiedsnetwerkers" in shown      # the welcome shows the trajectory
    assert step.title in shown and step.instructions in shown
    assert "10:00" in shown
    assert any(t.startswith("Next: ") for t in shown)


def test_countdown_turns_urgent_when_time_is_up(view, live_demo):
    *_, live, now = live_demo
    now[0] = T0 + timedelta(minutes=16)
    live.ticked.emit()
    view.wall.flush()
    assert view.wall.clock_text() == "-01:00"
    (clock,) = [b for b in view.shown()[0].pages[0].texts() if b.dynamic == "clock"]
    assert clock.style.colour == "urgent"


def test_never_shows_an_email_address_or_the_private_notes(view, live_demo):
    _ctx, _a, store, mid, live, _now = live_demo
    step = agenda.current(store, mid)
    secret = "Geheim: bel Wim vóór de pauze, wim.vanhout@bvo.example"
    agenda.update(store, step.id, notes=secret,
                  instructions="Vragen? Mail naar anneke.derijk@rotterdam.example of kom langs.",
                  title="Welkom @iedereen")
    for walk in range(2):
        if walk:
            agenda.next_step(store, mid, now=T0 + timedelta(minutes=15))
            agenda.update(store, agenda.current(store, mid).id, notes=secret)
        joined = "\n".join(texts(view) + [view.window().windowTitle()])
        assert "@" not in joined
        assert secret not in joined and "Geheim" not in joined
    assert "Vragen? Mail naar … of kom langs." in room_text(
        "Vragen? Mail naar anneke.derijk@rotterdam.example of kom langs.")


def test_black_screen_shows_nothing_on_the_wall_and_says_so_on_the_miniature(view, live_demo, qtbot):
    ctx, actions, *_rest, live, _now = live_demo
    mini = ProjectorView(ctx, actions, live, miniature=True)
    qtbot.addWidget(mini)
    live.set_blank(BLANK_BLACK)
    assert view.visible_texts() == [] and mini.visible_texts() == ["Black screen"]
    assert view.grab().toImage().pixelColor(960, 540).name() == "#000000"
    live.set_blank(BLANK_NONE)
    assert view.visible_texts() != []


def test_black_and_white_actions_exclude_each_other(main_window, live_demo):
    _ctx, actions, *_rest, live, _now = live_demo
    actions.black_screen.trigger()
    assert live.blank == BLANK_BLACK
    actions.white_screen.trigger()
    assert live.blank == BLANK_WHITE and not actions.black_screen.isChecked()
    actions.white_screen.trigger()
    assert live.blank == BLANK_NONE


def test_break_shows_a_big_countdown(view, live_demo):
    _ctx, _a, store, mid, live, now = live_demo
    pause = next(s for s in agenda.steps(store, mid) if s.kind == "break")
    agenda.jump(store, pause.id, now=T0)
    now[0] = T0 + timedelta(minutes=3)
    live.ticked.emit()
    view.wall.flush()
    assert isinstance(view.wall.content.body, c.Break)
    (clock,) = [b for b in view.shown()[0].pages[0].texts() if b.dynamic == "clock"]
    (title,) = boxes(view, "title")
    assert view.wall.clock_text() == "12:00" and clock.style.cap > 3 * title.style.cap


def test_console_miniature_is_the_same_picture_as_the_wall(main_window, live_demo, qtbot):
    ctx, *_rest, live, _now = live_demo
    page = main_window.workspace.day.page
    projector = main_window.workspace.day.projector
    projector.show_window()
    qtbot.waitExposed(projector)
    live.next()
    page.miniature.wall.flush()
    assert page.miniature.wall is projector.view.wall
    assert page.miniature.visible_texts() == projector.view.visible_texts()
    live.set_blank(BLANK_WHITE)
    assert page.miniature.visible_texts() == ["White screen"]
    assert projector.view.visible_texts() == []
    projector.stop()


def test_vote_bars_grow_when_revealed_within_400_ms(view, live_demo, qtbot):
    from sessions import questions

    _ctx, _a, store, mid, live, _now = live_demo
    vote = next(s for s in agenda.steps(store, mid) if s.kind == "vote")
    live.jump(vote.id)
    questions.set_round(store, hidden=True)
    view.wall.flush()
    questions.set_round(store, hidden=False)
    view.wall.flush()
    assert view._grow.duration() <= 400
    assert view.grow < 1.0 or view._grow.state() == view._grow.State.Running
    qtbot.waitUntil(lambda: view.grow == 1.0, timeout=2000)


def test_the_join_strip_hook_paints_in_the_reserved_corner(view, live_demo):
    from PySide6.QtGui import QColor, QImage

    img = QImage(64, 64, QImage.Format.Format_RGB32)
    img.fill(QColor("#ff00ff"))
    view.wall.set_join(img, "http://192.168.1.20:8080")
    slide, _page = view.shown()
    r = slide.reserved
    picture = view.grab().toImage()
    assert picture.pixelColor(int(r.center().x()), int(r.top() + 20)).name() == "#ff00ff"
    view.wall.set_join(None)
    assert view.grab().toImage().pixelColor(int(r.center().x()), int(r.top() + 20)).name() \
        == theme.LIGHT.background


def test_the_feed_is_the_one_place_that_knows_the_notice(app_ctx):
    from types import SimpleNamespace

    from ui.slides.feed import Feed

    ctx, _actions = app_ctx
    feed = Feed(ctx)
    heard = []
    feed.stale.connect(lambda: heard.append(1))
    assert Feed.topics("board") == {"board"}
    assert Feed.topics(SimpleNamespace(topics=("questions", "votes"))) == {"questions", "votes"}
    ctx.changed.emit("board")
    ctx.changed.emit("swot")              # never on the wall: no repaint
    assert heard == [1]


def test_a_burst_of_changes_is_gathered_into_few_layouts(view, live_demo, qtbot):
    from sessions import boards

    _ctx, _a, store, mid, live, _now = live_demo
    concept = next(s for s in agenda.steps(store, mid) if s.kind == "concept")
    live.jump(concept.id)
    wall = view.wall
    wall.flush()
    boards.ensure_board(store, "concept")
    col = boards.get(store, "concept").columns[0].id
    wall.flush()
    before = wall.layouts
    for i in range(20):
        boards.add_item(store, col, f"punt {i}")     # no event loop between: one burst
    qtbot.waitUntil(lambda: "punt 19" in " ".join(
        b.text for p in wall.slide.pages for b in p.texts()), timeout=2000)
    assert wall.layouts - before <= 2


def test_a_burst_that_goes_on_is_laid_out_four_times_a_second(view, live_demo, monkeypatch):
    """Phones sending questions for a second: after the first two layouts the wall lays out
    every 250 ms, not every 100 ms; a change after a quiet spell, or a facilitator typing
    items 120 ms apart, still shows at once."""
    from types import SimpleNamespace

    from ui.slides import wall as wall_module

    wall = view.wall
    wall.flush()
    now = [wall._last]
    monkeypatch.setattr(wall_module, "time", SimpleNamespace(monotonic=lambda: now[0]))

    def change(after: float) -> int | None:
        """A change ``after`` seconds on: None when laid out at once, else the wait in ms."""
        now[0] += after
        wall.schedule()
        if wall._queued:
            wall._rebuild_queued()
            return None
        wait = wall._timer.remainingTime()
        wall._timer.stop()
        now[0] += wait / 1000
        wall.rebuild()            # what the timer does
        return wait

    assert change(5.0) is None                 # after a quiet spell: at once
    assert 60 <= change(0.03) <= 70            # a second change: the 100 ms limit
    waits = [change(0.03) for _ in range(4)]   # and it goes on: every 250 ms
    assert all(210 <= w <= 220 for w in waits), waits
    assert change(0.12) is None                # slower than 100 ms again: at once, no burst
    assert 60 <= change(0.03) <= 70
    assert 210 <= change(0.03) <= 220
    assert change(0.3) is None                 # quiet again: at once
    assert [change(0.12) for _ in range(3)] == [None] * 3   # typed, 120 ms apart


def test_the_phones_join_code_fills_the_strip_while_phones_may_join(view, live_demo, qtbot):
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QColor, QImage

    ctx, *_rest = live_demo

    class Hub(QObject):
        """The phone hub's side the wall uses: card(size, step) and status_changed."""

        status_changed = Signal()
        on = False

        def url(self):
            return "http://192.168.1.20:8080/j/abc" if self.on else ""

        def card(self, size, step=None):
            if not self.on:
                return None
            img = QImage(size, size, QImage.Format.Format_RGB32)
            img.fill(QColor("#ff00ff"))
            return img, "192.168.1.20:8080"

    hub = Hub()
    ctx.phones = hub
    view.wall.rebuild()
    assert view.wall.join_image is None
    hub.on = True
    hub.status_changed.emit()
    r = view.shown()[0].reserved
    assert view.wall.join_text == "192.168.1.20:8080"
    assert view.grab().toImage().pixelColor(int(r.center().x()), int(r.top() + 20)).name() \
        == "#ff00ff"
    hub.on = False
    hub.status_changed.emit()
    assert view.wall.join_image is None and view.wall.join_text == ""
    ctx.phones = None


def test_a_typed_item_repaints_only_its_region_and_the_wall_matches_a_full_paint(
        view, live_demo, qtbot):
    """The view repaints where the page changed; the screen shows the same as a full paint."""
    from PySide6.QtGui import QGuiApplication

    from sessions import boards

    _ctx, _a, store, mid, live, _now = live_demo
    view.resize(960, 540)
    view.wall.set_canvas(960, 540)
    concept = next(s for s in agenda.steps(store, mid) if s.kind == "concept")
    live.jump(concept.id)
    boards.ensure_board(store, "concept")
    cols = [col.id for col in boards.get(store, "concept").columns]
    for i in range(14):            # a full board: the type is at its floor, a new item adds a line
        boards.add_item(store, cols[i % len(cols)], f"punt {i}")
    view.wall.flush()
    while view.wall.next_page():   # the last page, where a new item lands
        pass
    qtbot.wait(50)
    regions = []
    original = view.paintEvent

    def spy(event):
        regions.append(sum(r.width() * r.height() for r in event.region()))
        original(event)

    view.paintEvent = spy
    boards.add_item(store, cols[0], "Een nieuw punt uit de zaal")
    view.wall.flush()
    qtbot.waitUntil(lambda: "Een nieuw punt uit de zaal" in view.visible_texts(), timeout=2000)
    qtbot.waitUntil(lambda: bool(regions), timeout=2000)
    assert all(area < 960 * 540 * 0.1 for area in regions), regions
    screen = QGuiApplication.primaryScreen().grabWindow(view.winId()).toImage()
    full = view.grab().toImage()          # a full paint of the same widget
    size = full.size()
    assert screen.copy(0, 0, size.width(), size.height()).convertToFormat(full.format()) == full


def test_the_wall_follows_a_new_item_from_its_last_page_but_not_from_an_earlier_one(
        view, live_demo, qtbot):
    from sessions import boards

    _ctx, _a, store, mid, live, _now = live_demo
    concept = next(s for s in agenda.steps(store, mid) if s.kind == "concept")
    live.jump(concept.id)
    boards.ensure_board(store, "concept")
    col = boards.get(store, "concept").columns[0].id
    wall = view.wall
    i = 0
    while wall.slide.count < 2:          # fill the first page, then one item onto the next
        boards.add_item(store, col, f"punt {i} van de zaal")
        i += 1
        wall.flush()
    assert wall.page == 1 and f"punt {i - 1} van de zaal" in view.visible_texts()
    assert wall.previous_page() and wall.page == 0
    boards.add_item(store, col, "nog een punt")
    wall.flush()
    assert wall.page == 0                 # the facilitator went back to discuss: it stays
    assert "nog een punt" not in view.visible_texts()
    assert not view.wall.previous_page()


def test_the_console_miniature_shows_the_groups_after_they_are_formed(main_window, live_demo,
                                                                     qtbot):
    """Issue 14 item 16: in the real console, after forming the groups the miniature is not
    blank: it paints the numbered cards (what the wall shows)."""
    from PySide6.QtGui import QColor

    from sessions import groups, participants
    from sessions.store import now_iso

    ctx, _a, store, mid, live, _now = live_demo
    page = main_window.workspace.day.page
    with store.transaction("questions"):
        for i, text in enumerate(["Netwerken buiten je afdeling?", "Initiatief nemen?",
                                  "Zichtbaar blijven?"], start=1):
            store.conn.execute("INSERT INTO question (position, text, chosen_rank, created_at)"
                               " VALUES (?, ?, ?, ?)", (i, text, i, now_iso()))
    groups.create_from_questions(store)
    step = next(s for s in agenda.steps(store, mid) if s.kind == "groups")
    live.jump(step.id)
    qtbot.waitUntil(lambda: page._work is not None and hasattr(page._work, "form_free"),
                    timeout=3000)
    gids = [g.id for g in groups.groups(store)]
    with store.transaction("groups"):
        for p in participants.all_participants(store):
            groups.set_choices(store, p.id, [gids[p.id % 3]])
    page._work.form_free()
    qtbot.wait(200)
    mini = page.miniature
    mini.wall.flush()
    # the theme groups are numbered cards paged by last name, never the compact listing
    slide = mini.wall.slide
    texts = [b for p in slide.pages for b in p.texts()]
    assert any(b.text.startswith("Last names") for b in texts)
    assert not any(b.source.endswith("#continued") for b in texts)
    shown = mini.visible_texts()
    assert any(t.startswith("1") and "Netwerken" in t for t in shown) or \
        any(t.startswith("Last names") for t in shown), shown
    image = mini.grab().toImage()
    assert mini.width() > 100 and mini.height() > 50
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert len(colours) > 4                          # bands, names: not a blank picture
    assert QColor(theme.LIGHT.background).name() in colours


def test_dots_in_a_hidden_vote_neither_lay_out_nor_repaint_the_wall(view, live_demo, qtbot):
    """A phone's dot while the results are hidden changes nothing the wall shows."""
    from sessions import participants, questions

    _ctx, _a, store, mid, live, _now = live_demo
    vote = next(s for s in agenda.steps(store, mid) if s.kind == "vote")
    live.jump(vote.id)
    questions.set_round(store, hidden=True, dots=3)
    for i in range(6):
        questions.add(store, f"Vraag {i} van de zaal")
    wall = view.wall
    wall.flush()
    shown = [b.lines for p in wall.slide.pages for b in p.texts()]
    before, repaints = wall.layouts, []
    wall.changed.connect(lambda: repaints.append(1))
    people = [p.id for p in participants.all_participants(store)][:4]
    qids = [e.id for e in questions.listing(store)]
    for i, pid in enumerate(people):
        questions.set_ballot(store, pid, qids[i % len(qids)], 2)
        wall.flush()
        qtbot.wait(1)
    assert wall.layouts == before and repaints == []
    assert [b.lines for p in wall.slide.pages for b in p.texts()] == shown
    assert not any(b.source.endswith(".count") for p in wall.slide.pages for b in p.texts())
    questions.set_round(store, hidden=False)            # the reveal lays out once, with counts
    wall.flush()
    assert wall.layouts == before + 1
    counts = {b.source: b.lines for p in wall.slide.pages for b in p.texts()
              if b.source.endswith(".count")}
    assert counts[f"q{qids[0]}.count"] == ("2",)


def test_a_clipped_miniature_paints_once_not_again_and_again(live_demo, qtbot):
    """The console's column may be narrower than the miniature: it paints what shows, once."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QWidget

    ctx, actions, _store, _mid, live, _now = live_demo
    column = QWidget()
    column.resize(274, 198)                     # narrower than the miniature: it is clipped
    mini = ProjectorView(ctx, actions, live, miniature=True, parent=column)
    mini.setFixedSize(352, 198)
    column.show()
    qtbot.waitExposed(column)
    qtbot.wait(100)
    assert not mini.visibleRegion().isEmpty()
    assert mini.visibleRegion() != QRegion(mini.rect())
    before = mini.paints
    qtbot.wait(300)                             # nothing changes: nothing is painted
    assert mini.paints - before <= 1
    before = mini.paints
    img = QImage(64, 64, QImage.Format.Format_RGB32)
    img.fill(QColor("#ff00ff"))
    mini.wall.set_join(img, "http://192.168.1.20:8080")     # a change still reaches it
    qtbot.waitUntil(lambda: mini.paints > before, timeout=1000)
    mini.wall.set_join(None)
    column.close()
    column.deleteLater()
    qtbot.wait(1)
