"""Where the projector window goes: a pure choice from the screens' geometries (testable)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect


@dataclass(frozen=True)
class Placement:
    """The projector's screen, its geometry and whether it is full screen."""

    screen_index: int
    geometry: QRect
    full_screen: bool


def choose(screens: list[QRect], console_screen: int = 0, chosen: int | None = None) -> Placement:
    """Pick the projector's place.

    With a second screen: full screen on the first screen that is not the console's
    (or on ``chosen`` when that is another valid screen). With one screen: a normal
    window of about two thirds of it, centred, to drag to the projector by hand.
    """
    if not screens:
        return Placement(0, QRect(0, 0, 1280, 720), False)
    console_screen = console_screen if 0 <= console_screen < len(screens) else 0
    if len(screens) > 1:
        if chosen is not None and 0 <= chosen < len(screens) and chosen != console_screen:
            index = chosen
        else:
            index = next(i for i in range(len(screens)) if i != console_screen)
        return Placement(index, QRect(screens[index]), True)
    area = screens[0]
    width = max(480, area.width() * 2 // 3)
    height = max(270, min(area.height() * 2 // 3, width * 9 // 16))
    rect = QRect(0, 0, min(width, area.width()), min(height, area.height()))
    rect.moveCenter(area.center())
    rect.moveTopLeft(QPoint(max(area.left(), rect.left()), max(area.top(), rect.top())))
    return Placement(0, rect, False)
