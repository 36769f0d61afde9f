"""The projector's look: light and dark palettes (contrast of at least 7:1) and type sizes.

Body text is at least 1/20 of the projector window's height at font scale 1.0, so the
back row of a room of 80 can read it. Everything else is a factor of the body size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette

MIN_CONTRAST = 7.0
BODY_FRACTION = 1 / 20        # body text height as a share of the window height
TITLE_FACTOR = 1.45
COUNTDOWN_FACTOR = 1.2
HEADER_FACTOR = 0.6
INSTRUCTIONS_WITH_CONTENT_FACTOR = 0.8   # instructions above a board, vote or groups


@dataclass(frozen=True)
class ProjectorTheme:
    """The colours of the projector window."""

    name: str
    background: str
    text: str
    muted: str        # the trajectory title, labels
    accent: str       # the step title
    urgent: str       # the countdown when time is up

    def pairs(self) -> list[tuple[str, str]]:
        """Every foreground colour against the background, for the contrast check."""
        return [(c, self.background) for c in (self.text, self.muted, self.accent, self.urgent)]


LIGHT = ProjectorTheme("light", background="#ffffff", text="#111111", muted="#404040",
                       accent="#003f73", urgent="#a00000")
DARK = ProjectorTheme("dark", background="#101418", text="#f4f4f4", muted="#c9c9c9",
                      accent="#a8d4ff", urgent="#ffa19a")
THEMES = {"light": LIGHT, "dark": DARK}


def theme(name: str) -> ProjectorTheme:
    """The theme by name; light when unknown."""
    return THEMES.get(name, LIGHT)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def palette(t: ProjectorTheme) -> QPalette:
    """A QPalette for the projector window (step pages inherit it)."""
    p = QPalette()
    bg, fg = QColor(t.background), QColor(t.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button):
            p.setColor(group, role, bg)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.BrightText):
            p.setColor(group, role, fg)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(t.muted))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(t.accent))
        p.setColor(group, QPalette.ColorRole.HighlightedText, bg)
    return p


def body_pixel_size(window_height: int, scale: float = 1.0) -> int:
    """The body text's pixel size for a window height and font scale."""
    return max(6, math.ceil(window_height * BODY_FRACTION * scale))


def scaled_font(base: QFont, pixel_size: int, factor: float = 1.0, *, bold: bool = False,
                dpi: float = 96.0) -> QFont:
    """A copy of ``base`` that is ``pixel_size * factor`` pixels high on a ``dpi`` device.

    Set in points (not pixels) so step pages can scale it with ``pointSizeF()``.
    """
    f = QFont(base)
    f.setPointSizeF(max(4.0, pixel_size * factor * 72.0 / (dpi or 96.0)))
    f.setBold(bold)
    return f
