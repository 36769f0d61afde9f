"""Shared pieces of the capture steps' projector content: relative fonts and fitting the height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QWidget


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A copy of ``font`` at ``factor`` times its size (projector text is relative to the window)."""
    result = QFont(font)
    if font.pixelSize() > 0:   # the projector window sizes its type in pixels
        result.setPixelSize(max(6, round(font.pixelSize() * factor)))
    else:
        result.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    result.setBold(bold)
    return result


class FittedContent(QWidget):
    """Projector content that builds itself at a scale and shrinks until it fits its height.

    The projector window sizes its type from its height, so content must never ask for
    room (that would grow the window, which grows the type…): the size policy is Ignored,
    and a long list gets smaller type instead of being cut off.
    """

    MIN_SCALE = 0.4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scale = 1.0
        self._pending = False

    def build(self, scale: float) -> None:
        """Rebuild the content with fonts at ``scale`` times the inherited size."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Rebuild at the largest scale (at most 1) that fits the widget's height."""
        self._pending = False
        scale = 1.0
        while True:
            self.build(scale)
            self._show_new_children()
            if self._fits() or scale <= self.MIN_SCALE:
                break
            scale = max(self.MIN_SCALE, scale * 0.88)
        self.scale = scale

    def _show_new_children(self) -> None:
        # children added to a visible widget stay hidden until the event loop shows them, and
        # the layout would measure without them; show them now (not the ones hidden on purpose)
        if not self.isVisible():
            return
        for child in self.findChildren(QWidget):
            if child.isHidden() and not child.testAttribute(
                    Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                child.show()

    def _fits(self) -> bool:
        height = self.height()
        layout = self.layout()
        if layout is None or height <= 1 or not self.isVisible():
            return True
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        return need <= height

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refresh)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height() or \
                event.size().width() != event.oldSize().width():
            self._schedule()

    def changeEvent(self, event) -> None:
        # the projector window scales its font to its height and the font scale: follow it
        if event.type() == QEvent.Type.FontChange:
            self._schedule()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule()
