"""The welcome window and opening the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def test_welcome_window_shows_its_three_choices(main_window, qtbot):
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.stack.currentWidget() is main_window.welcome
    texts = [b.text() for b in (main_window.welcome.new_button, main_window.welcome.open_button,
                                main_window.welcome.demo_button)]
    assert texts == ["New trajectory…", "Open…", "Open the demo trajectory"]
    assert main_window.windowTitle() == "Startdag"


def test_with_no_recent_files_the_words_sit_under_their_heading(main_window, qtbot):
    """The empty recent list used to float: heading beside the buttons' middle, the words far
    below it."""
    main_window.resize(1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    welcome = main_window.welcome
    assert not welcome.recent.isVisible() and welcome.no_recent.isVisible()
    heading = welcome.no_recent.parentWidget().findChildren(type(welcome.no_recent))
    head = next(w for w in heading if w.text() == "Recent trajectories")
    top = welcome.new_button.mapTo(welcome, welcome.new_button.rect().topLeft()).y()
    assert abs(head.mapTo(welcome, head.rect().topLeft()).y() - top) < 20
    for label in (head, welcome.no_recent):      # no label stretched tall, its words centred
        assert label.height() <= label.sizeHint().height() + 6
    gap = welcome.no_recent.geometry().top() - head.geometry().bottom()
    assert 0 <= gap < 20


def test_opening_the_demo_shows_the_trajectory_title(main_window, qtbot):
    main_window.show()
    qtbot.mouseClick(main_window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is main_window.workspace
    assert "Eigen leerproces gebiedsnetwerkers" in main_window.windowTitle()
    assert main_window.workspace.overview.heading.text() == "Eigen leerproces gebiedsnetwerkers"
    assert main_window.ctx.store.path.parent.name == "demo"


@pytest.mark.parametrize("which", ["rotterdam", "leercultuur"])
def test_opening_the_demo_again_keeps_what_was_rehearsed(main_window, qtbot, which):
    """Issue 14.24: 'Demotraject openen' silently overwrote the previous demo with its groups
    and actions. It opens the existing demo; 'Nieuw demotraject' writes a new file beside it."""
    from sessions import demo, groups

    ctx = main_window.ctx
    for old in demo.demo_paths(main_window.DEMO_STEMS[which]):   # earlier tests' demos
        old.unlink()
    main_window.show()
    main_window.open_demo(which)
    first = ctx.store.path
    gid = groups.add_group(ctx.store, "Gerepeteerde groep")
    ctx.set_store(None)
    main_window.open_demo(which)
    assert ctx.store.path == first
    assert gid in [g.id for g in groups.groups(ctx.store)]
    made = main_window.new_demo(which)
    assert made != first and made.stem.endswith("(2)") and ctx.store.path == made
    assert "Gerepeteerde groep" not in [g.name for g in groups.groups(ctx.store)]
    assert "Earlier demos are kept" in main_window.statusBar().currentMessage()
    ctx.set_store(None)
    from sessions.store import Store

    kept = Store.open(first, backup=False)
    try:
        assert "Gerepeteerde groep" in [g.name for g in groups.groups(kept)]
    finally:
        kept.close()
    main_window.open_demo(which)                  # the most recently used demo
    assert ctx.store.path == made


def test_new_demo_is_offered_in_the_menu_and_on_the_welcome_page(main_window, qtbot):
    actions = main_window.app_actions
    texts = [b.text() for b in main_window.welcome.link_buttons]
    assert texts == [actions.new_demo.text(), actions.new_demo_peer.text()]
    file_menu = main_window.menuBar().actions()[0].menu()
    demo_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None
                     and actions.new_demo in a.menu().actions())
    assert actions.new_demo_peer in demo_menu.actions()
