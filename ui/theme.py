"""The projector's look: light and dark themes (text at a contrast of at least 7:1) and
the group colours' ink (black or white at >= 4.5:1). Type sizes live in ``ui.slides``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

MIN_CONTRAST = 7.0


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


TEXT_ON_COLOUR = 4.5      # text on a group colour (Okabe–Ito cannot all reach 7:1)


def ink_on(background: str) -> str:
    """Black or white, whichever contrasts more with ``background``."""
    return ("#000000" if contrast_ratio("#000000", background) >= contrast_ratio("#ffffff", background)
            else "#ffffff")


def band_colours(colour: str) -> tuple[str, str]:
    """(band, ink) for a group colour: ink black or white at >= 4.5:1, the band adjusted if needed."""
    c = QColor(colour) if QColor.isValidColorName(colour or "") else QColor("#999999")
    band = c.name()
    ink = ink_on(band)
    step = 0
    while contrast_ratio(ink, band) < TEXT_ON_COLOUR and step < 40:
        # move the band away from its ink: darker under white text, lighter under black
        c = c.darker(106) if ink == "#ffffff" else c.lighter(106)
        band = c.name()
        step += 1
    return band, ink


def scale_font(widget, factor: float, *, bold: bool = False) -> None:
    """Give ``widget`` its font at ``factor`` times its size (bold when asked): the one way the
    pages make a heading, a count or a timer larger, so it follows the user's own font size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setBold(True)
    widget.setFont(font)
