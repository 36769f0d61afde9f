"""The welcome window and opening the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_welcome_window_shows_its_three_choices(main_window, qtbot):
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.stack.currentWidget() is main_window.welcome
    texts = [b.text() for b in (main_window.welcome.new_button, main_window.welcome.open_button,
                                main_window.welcome.demo_button)]
    assert texts == ["New trajectory…", "Open…", "Open the demo trajectory"]
    assert main_window.windowTitle() == "Startdag"


def test_opening_the_demo_shows_the_trajectory_title(main_window, qtbot):
    main_window.show()
    qtbot.mouseClick(main_window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is main_window.workspace
    assert "Eigen leerproces gebiedsnetwerkers" in main_window.windowTitle()
    assert main_window.workspace.overview.heading.text() == "Eigen leerproces gebiedsnetwerkers"
    assert main_window.ctx.store.path.parent.name == "demo"
