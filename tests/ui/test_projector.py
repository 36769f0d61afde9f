"""The projector: placement, legibility, contrast, privacy, black and white screen."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from sessions import agenda, demo, trajectory
from ui import placement, theme
from ui.agenda_model import BLANK_BLACK, BLANK_NONE, BLANK_WHITE, live_day
from ui.projector import ProjectorView, ProjectorWindow, room_text

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
    """A projector view at 1920x1080."""
    ctx, actions, _store, _mid, live, _now = live_demo
    v = ProjectorView(ctx, actions, live)
    v.resize(1920, 1080)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close()
    v.deleteLater()
    qtbot.wait(1)      # delete it now, while the context it listens to is still alive


def px(widget) -> int:
    """The pixel height of a widget's font as drawn."""
    return QFontInfo(widget.font()).pixelSize()


def all_label_texts(widget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel)] + [widget.windowTitle()]


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


# ---------------------------------------------------------------- legibility


def test_both_themes_have_at_least_7_to_1_contrast():
    for t in theme.THEMES.values():
        for fg, bg in t.pairs():
            assert theme.contrast_ratio(fg, bg) >= 7.0, (t.name, fg)


def test_body_text_is_at_least_a_twentieth_of_the_height(view):
    for height in (1080, 720):
        view.resize(height * 16 // 9, height)
        assert px(view.instructions) >= height / 20
        assert px(view.title) > px(view.instructions)


def test_font_scale_changes_the_size(view, live_demo):
    ctx = live_demo[0]
    before = px(view.instructions)
    ctx.font_scale_changed.emit(ctx.settings.set_font_scale(1.5))
    assert px(view.instructions) == pytest.approx(before * 1.5, abs=1)


def test_dark_theme_changes_the_background(view, live_demo):
    ctx, _a, _s, _m, live, _n = live_demo
    ctx.settings.set_theme("dark")
    live.appearance_changed.emit()
    assert view.palette().window().color().name() == theme.DARK.background
    assert view.title.palette().windowText().color().name() == theme.DARK.accent


# ---------------------------------------------------------------- content and privacy


def test_shows_the_trajectory_step_instructions_and_countdown(view, live_demo):
    _ctx, _a, store, mid, live, now = live_demo
    step = agenda.current(store, mid)
    now[0] = T0 + timedelta(minutes=5)
    live.ticked.emit()
    texts = all_label_texts(view)
    assert "Eigen leerproces gebiedsnetwerkers" in texts
    assert step.title in texts and step.instructions in texts
    assert view.countdown.text() == "10:00"


def test_countdown_turns_urgent_when_time_is_up(view, live_demo):
    *_, live, now = live_demo
    now[0] = T0 + timedelta(minutes=16)
    live.ticked.emit()
    assert view.countdown.text() == "-01:00"
    assert view.countdown.palette().windowText().color().name() == theme.LIGHT.urgent


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
        texts = all_label_texts(view) + view.visible_texts()
        joined = "\n".join(texts)
        assert "@" not in joined
        assert secret not in joined and "Geheim" not in joined
    assert "Vragen? Mail naar … of kom langs." in room_text(
        "Vragen? Mail naar anneke.derijk@rotterdam.example of kom langs.")


def test_black_screen_toggles(view, live_demo):
    *_, live, _now = live_demo
    assert view.stack.currentWidget() is view.content_page
    live.set_blank(BLANK_BLACK)
    assert view.stack.currentWidget() is view.blank_page
    assert view.blank_page.palette().window().color().name() == "#000000"
    assert view.blank_label.text() == ""                  # nothing on the wall
    live.set_blank(BLANK_NONE)
    assert view.stack.currentWidget() is view.content_page


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
    assert view.big_clock.isVisibleTo(view) and view.big_clock.text() == "12:00"
    assert px(view.big_clock) > px(view.title)


def test_console_miniature_agrees_with_the_projector(main_window, live_demo, qtbot):
    ctx, *_rest, live, _now = live_demo
    page = main_window.workspace.day.page
    projector = main_window.workspace.day.projector
    assert page.miniature.title.text() == projector.view.title.text()
    live.set_blank(BLANK_WHITE)
    assert page.miniature.stack.currentWidget() is page.miniature.blank_page
    assert projector.view.stack.currentWidget() is projector.view.blank_page
    assert page.miniature.blank_label.text() == "White screen"


def test_instructions_step_back_when_the_step_has_live_content(view, live_demo, qtbot):
    live = live_demo[4]
    full = px(view.instructions)          # the welcome step: no content of its own
    live.next()                           # the concept board
    assert live.current().kind == "concept"
    qtbot.waitUntil(lambda: px(view.instructions) < full)
    assert px(view.instructions) == pytest.approx(full * 0.8, abs=2)
    assert px(view.instructions) >= 1080 / 26     # still well readable from the back
