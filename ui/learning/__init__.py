"""Learning from each other (issue 19): intake, experiments, ambassadors, hours, the programme.

The package is ``ui.learning`` (issue 18 has ``ui.peer``): the tab "Experimenten en uren"
sits beside issue 18's "Leren van elkaar" tab.
"""

from __future__ import annotations


def install(main_window) -> None:
    """SEAM(main window): File → Programme overview… (works with or without an open file).

    Only the action is made here; the window and the roll-up load when it is chosen, so
    start-up does not pay for them.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    def open_it() -> None:
        from ui.learning.programme_window import open_programme

        open_programme(main_window)

    action = QAction(QCoreApplication.translate("Peer", "&Programme overview…"), main_window)
    action.setObjectName("programme_overview")
    action.triggered.connect(open_it)
    menu = main_window.menuBar().actions()[0].menu()
    before = next((a for a in menu.actions() if a.isSeparator()), None)
    menu.insertAction(before, action)
    main_window.programme_action = action
