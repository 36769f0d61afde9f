"""The welcome page: new, open, the demo, and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings
from ui.theme import scale_font


def _action_button(action: QAction) -> QPushButton:
    button = QPushButton(action.text().replace("&", ""))
    button.setMinimumHeight(56)
    scale_font(button, 1.25)
    button.clicked.connect(action.trigger)
    shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
    if shortcut:
        button.setToolTip(shortcut)
    return button


class WelcomePage(QWidget):
    """What the facilitator sees before a trajectory is open."""

    recent_requested = Signal(Path)

    def __init__(self, new: QAction, open_: QAction, demo: QAction, settings: Settings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        title = QLabel("Startdag")
        scale_font(title, 3, bold=True)
        subtitle = QLabel(self.tr("Run the kickoff day and the harvest session of a learning "
                                  "trajectory: one file, one laptop, one projector."))
        subtitle.setWordWrap(True)
        subtitle.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QVBoxLayout()
        self.new_button = _action_button(new)
        self.open_button = _action_button(open_)
        self.demo_button = _action_button(demo)
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self._buttons = buttons

        recent_label = QLabel(self.tr("Recent trajectories"))
        recent_font = QFont(recent_label.font())
        recent_font.setBold(True)
        recent_label.setFont(recent_font)
        self.recent = QListWidget()
        self.recent.setAlternatingRowColors(True)
        self.recent.itemActivated.connect(self._activated)
        self.no_recent = QLabel(self.tr("No recent trajectories yet."))
        recent_box = QVBoxLayout()
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.no_recent)
        recent_box.addWidget(self.recent, 1)
        recent_box.addStretch(0)     # takes the height while the list is hidden: the words stay on top

        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(32)
        columns.addLayout(recent_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        layout.addLayout(columns, 1)
        self.refresh()

    def add_button(self, action: QAction) -> QPushButton:
        """One more big button under the others (e.g. a second demo)."""
        button = _action_button(action)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def add_links(self, actions: list[QAction]) -> list[QPushButton]:
        """Small buttons in one row under the big ones (e.g. a new demo beside the rehearsed one)."""
        row = QHBoxLayout()
        made = []
        for action in actions:
            button = QPushButton(action.text().replace("&", ""))
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Writes a new demo file; earlier demos stay as they are."))
            button.clicked.connect(action.trigger)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        self._buttons.insertLayout(self._buttons.count() - 1, row)
        self.link_buttons = getattr(self, "link_buttons", []) + made
        return made

    def refresh(self) -> None:
        """Reload the recent files list."""
        self.recent.clear()
        for path in self.settings.recent_files():
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.no_recent.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
