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
    STEP = 0.88

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scale = 1.0
        self._pending = False
        self._tracked: list[tuple[QWidget, float, bool]] = []
        # widgets kept across rebuilds by key, so adding one item does not recreate the rest
        self._pool: dict[object, QWidget] = {}
        self._used: set = set()

    def build(self) -> None:
        """Rebuild the content; give every text widget its font through :meth:`track`."""
        raise NotImplementedError

    def track(self, widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> QWidget:
        """Size ``widget``'s font at ``factor`` × the current scale, and follow later rescaling."""
        self._tracked.append((widget, factor, bold))
        widget.setFont(scaled_font(self.font(), factor * self.scale, bold=bold))
        return widget

    def pooled(self, key, make):
        """The widget kept under ``key`` from the last build, or a new one from ``make()``."""
        widget = self._pool.get(key)
        if widget is None:
            widget = self._pool[key] = make()
        self._used.add(key)
        return widget

    def clear_layout(self, layout) -> None:
        """Empty ``layout`` (and its sub-layouts): pooled widgets are kept, others deleted."""
        pooled = {id(w) for w in self._pool.values()}
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                if id(widget) not in pooled:
                    widget.hide()
                    widget.setParent(None)   # gone from the children at once
                    widget.deleteLater()
            elif item.layout() is not None:
                self.clear_layout(item.layout())

    def refresh(self) -> None:
        """Rebuild once at the current scale, then shrink or grow the type until it fits."""
        self._pending = False
        self._tracked = []
        self._used = set()
        self.build()
        for key in [k for k in self._pool if k not in self._used]:
            widget = self._pool.pop(key)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        if not self.isVisible():
            return
        for widget in [w for w, _f, _b in self._tracked] + list(self._pool.values()):
            # new or re-parented children wait for the event loop to be shown, and the layout
            # would measure without them (those hidden on purpose stay hidden)
            if widget.isHidden() and not widget.testAttribute(
                    Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                widget.show()
        if not self._fits():
            while not self._fits() and self.scale > self.MIN_SCALE:
                self._apply(max(self.MIN_SCALE, self.scale * self.STEP))
        else:
            while self.scale < 1.0:
                previous = self.scale
                self._apply(min(1.0, self.scale / self.STEP))
                if not self._fits():
                    self._apply(previous)
                    break

    def _apply(self, scale: float) -> None:
        self.scale = scale
        for widget, factor, bold in self._tracked:
            widget.setFont(scaled_font(self.font(), factor * scale, bold=bold))

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
        if event.size() != event.oldSize():
            self._schedule()

    def changeEvent(self, event) -> None:
        # the projector window scales its font to its height and the font scale: follow it
        if event.type() == QEvent.Type.FontChange:
            self._schedule()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule()
