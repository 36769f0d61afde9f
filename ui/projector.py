"""The projector: what the room sees. A view (also the console's miniature) and its window.

The view paints the shared :class:`~ui.slides.wall.Wall`'s slide: the running step's
title, instructions, live content, countdown and what comes next, laid out by one
fitting engine on a canvas with the wall's aspect ratio and scaled to the widget. The
miniature is the same picture, small. Never e-mail addresses, private notes or
anyone's SWOT; all text is plain text, drawn as text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, QVariantAnimation, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui import placement, theme
from ui.agenda_model import BLANK_BLACK, BLANK_NONE, LiveDay, live_day
from ui.app_actions import AppActions
from ui.context import AppContext
from ui.slides.engine import Slide
from ui.slides.paint import changed_region, letterbox, paint_page
from ui.slides.source import room_text
from ui.slides.wall import REVEAL_MS, Wall, wall

__all__ = ["ProjectorView", "ProjectorWindow", "room_text"]


class ProjectorView(QWidget):
    """The wall's picture at any size: the projector window's, or the console's miniature."""

    def __init__(self, ctx: AppContext, actions: AppActions, live: LiveDay, *,
                 miniature: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.app_actions = actions
        self.live = live
        self.miniature = miniature
        self.wall: Wall = wall(ctx)
        self.grow = 1.0
        self.paints = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        if not miniature:     # the wall never asks for room: the slide is scaled to the window
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._grow = QVariantAnimation(self)
        self._grow.setDuration(REVEAL_MS)
        self._grow.setStartValue(0.0)
        self._grow.setEndValue(1.0)
        self._grow.valueChanged.connect(self._on_grow)
        self._painted: tuple | None = None    # (what frames the page, its box keys) last painted
        self.wall.changed.connect(self._wall_changed)
        self.wall.ticked.connect(self._tick)
        self.wall.revealed.connect(self._start_grow)
        live.blank_changed.connect(self.update)
        live.appearance_changed.connect(self.update)

    def theme(self) -> theme.ProjectorTheme:
        """The projector theme in use (light or dark)."""
        return theme.theme(self.ctx.settings.theme())

    @Slot()
    def _start_grow(self) -> None:
        self._grow.stop()
        self.grow = 0.0
        self._grow.start()

    def _on_grow(self, value) -> None:
        self.grow = float(value)
        self.update()

    def _frame_key(self, slide: Slide) -> tuple:
        """Everything besides the page's boxes that changes the picture: a change repaints it all."""
        return (self.size().toTuple(), slide.size.toTuple(), self.theme().name, self.grow,
                self.live.blank, self.wall.frozen is not None,
                self.wall.join_image.cacheKey() if self.wall.join_image is not None else None,
                self.wall.join_text)

    def _dirty(self) -> tuple[tuple, QRegion | None]:
        """(what is to be painted, the region that differs from the last paint or None: all)."""
        slide, page = self.shown()
        frame = self._frame_key(slide)
        before = self._painted[1] if self._painted and self._painted[0] == frame else None
        boxes, region = changed_region(slide, page, before, QRectF(self.rect()))
        return (frame, boxes), region

    @Slot()
    def _wall_changed(self) -> None:
        # a typed item changes a line or two of the page: repaint those, not the whole wall
        _state, region = self._dirty()
        if region is None:
            self.update()
        elif not region.isEmpty():
            # a line or two: paint them now, ahead of whatever else the change set off
            self.repaint(region) if self.isVisible() else self.update(region)

    def shown(self) -> tuple[Slide, int]:
        """The slide and page this view paints."""
        return self.wall.shown()

    @Slot()
    def _tick(self) -> None:
        # once a second only the countdown moves: repaint just its box
        slide, page = self.shown()
        if self.wall.frozen is not None or self.live.blank != BLANK_NONE:
            return
        s, dx, dy = letterbox(slide, QRectF(self.rect()))
        for b in slide.pages[page].boxes:
            if b.dynamic == "clock":
                r = b.rect
                self.update(QRectF(dx + r.left() * s, dy + r.top() * s, r.width() * s,
                                   r.height() * s).toAlignedRect().adjusted(-2, -2, 2, 2))

    def paintEvent(self, event) -> None:
        self.paints += 1
        state, dirty = self._dirty()
        exposed = event.region()
        # what can be painted is what the parents leave visible: a miniature wider than the
        # console's column is clipped, and asking for the rest would paint again and again
        visible = self.visibleRegion()
        whole = visible.subtracted(exposed).isEmpty()
        if whole:
            self._painted = state
        elif dirty is None:            # much changed and only a part is exposed: all, next
            self._painted = None
            self.update()
        else:                           # what changed outside the exposed part comes next
            self._painted = state
            missing = dirty.subtracted(exposed).intersected(visible)
            if not missing.isEmpty():
                self.update(missing)
        region = None if whole else exposed
        painter = QPainter(self)
        rect = QRectF(self.rect())
        blank = self.live.blank
        if blank != BLANK_NONE:
            painter.fillRect(rect, QColor("#000000" if blank == BLANK_BLACK else "#ffffff"))
            if self.miniature:      # only the miniature says what the wall shows
                painter.setPen(QColor("#777777"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.blank_text())
            painter.end()
            return
        slide, page = self.shown()
        t = self.theme()
        paint_page(painter, slide, page, rect, t, grow=self.grow,
                   clock=self.wall.clock_text() if self.wall.frozen is None else None,
                   region=region)
        self._paint_strip(painter, slide, rect)
        if self.miniature and self.wall.frozen is not None:
            self._paint_badge(painter, rect, self.tr("Frozen"))
        painter.end()

    def blank_text(self) -> str:
        """What the miniature says over a blank wall."""
        return self.tr("Black screen") if self.live.blank == BLANK_BLACK else self.tr("White screen")

    def _paint_strip(self, painter: QPainter, slide: Slide, rect: QRectF) -> None:
        image, text = self.wall.join_image, self.wall.join_text
        if image is None and not text:
            return
        s, dx, dy = letterbox(slide, rect)
        r = slide.reserved
        strip = QRectF(dx + r.left() * s, dy + r.top() * s, r.width() * s, r.height() * s)
        text_h = strip.height() * 0.14 if text else 0.0
        if image is not None and not image.isNull():
            side = min(strip.width(), strip.height() - text_h)
            target = QRectF(strip.left() + (strip.width() - side) / 2, strip.top(), side, side)
            painter.drawImage(target, image)
        if text:
            # the whole address on one line under the code (the join slide shows it large)
            f = QFont(self.font())
            f.setPixelSize(max(6, int(text_h * 0.6)))
            wide = QFontMetricsF(f).horizontalAdvance(text)
            if wide > strip.width():
                f.setPixelSize(max(4, int(f.pixelSize() * strip.width() / wide)))
            painter.setFont(f)
            painter.setPen(QColor(self.theme().text))
            painter.drawText(QRectF(strip.left(), strip.bottom() - text_h, strip.width(), text_h),
                             Qt.AlignmentFlag.AlignCenter, text)

    def _paint_badge(self, painter: QPainter, rect: QRectF, text: str) -> None:
        f = QFont(self.font())
        f.setBold(True)
        painter.setFont(f)
        fm = painter.fontMetrics()
        w, h = fm.horizontalAdvance(text) + 16, fm.height() + 6
        badge = QRectF(rect.right() - w - 4, rect.top() + 4, w, h)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(QColor("#a00000"))
        painter.drawRoundedRect(badge, 4, 4)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def visible_texts(self) -> list[str]:
        """Every text on the page this view shows (for the privacy tests and the console)."""
        if self.live.blank != BLANK_NONE:
            return [self.blank_text()] if self.miniature else []
        slide, page = self.shown()
        clock = self.wall.clock_text()
        return [clock if b.dynamic == "clock" else b.text
                for b in slide.pages[page].texts()]


class ProjectorWindow(QWidget):
    """The second top-level window, for the wall. The console owns it.

    Its own Esc stops presenting (the console's Esc only cancels an edit); Shift+F5 and
    the Day menu do too. The day's other keys (clicker, black screen, freeze) are the
    shared actions, added here so they work full screen with no menu bar.
    """

    def __init__(self, ctx: AppContext, actions: AppActions, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.app_actions = actions
        self.setWindowTitle(self.tr("Startdag — projector"))
        self.view: ProjectorView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.addActions(actions.all())
        self.escape = QAction(self.tr("Stop presenting"), self)
        self.escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escape.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.triggered.connect(actions.stop_present.trigger)
        self.addAction(self.escape)
        self.resize(1280, 720)
        self.placement: placement.Placement | None = None
        ctx.store_opened.connect(self._bind)
        ctx.store_closed.connect(self._unbind)
        if ctx.store is not None:
            self._bind()

    def _bind(self) -> None:
        self._unbind(hide=False)
        self.view = ProjectorView(self.ctx, self.app_actions, live_day(self.ctx), parent=self)
        self._layout.addWidget(self.view)
        self._canvas()

    def _unbind(self, hide: bool = True) -> None:
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None
        if hide:
            self.hide()

    def _canvas(self) -> None:
        if self.view is not None and self.width() > 0 and self.height() > 0:
            self.view.wall.set_canvas(self.width(), self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._canvas()

    def present(self, console_screen: int = 0, screens: list[QRect] | None = None) -> placement.Placement:
        """Show the projector: full screen on a second screen, else a normal window."""
        qscreens = QGuiApplication.screens()
        rects = screens if screens is not None else [s.geometry() for s in qscreens]
        place = placement.choose(rects, console_screen)
        self.placement = place
        if place.full_screen:
            if place.screen_index < len(qscreens):
                handle = self.windowHandle()
                if handle is None:
                    self.winId()
                    handle = self.windowHandle()
                handle.setScreen(qscreens[place.screen_index])
            self.setGeometry(place.geometry)
            self.showFullScreen()
        else:
            saved = self.ctx.settings.geometry("projector")
            if saved is None or not self.restoreGeometry(saved):
                self.setGeometry(place.geometry)    # first time: centred, to drag to the wall
            self.showNormal()
        self.raise_()
        self._canvas()
        return place

    def show_window(self) -> None:
        """Show the projector as a normal window (to drag to the projector by hand)."""
        if self.isFullScreen():
            self.showNormal()
        elif not self.isVisible():
            saved = self.ctx.settings.geometry("projector")
            if saved is not None:
                self.restoreGeometry(saved)
        self.show()
        self.raise_()
        self._canvas()

    def stop(self) -> None:
        """Stop presenting: leave full screen and hide."""
        if self.isFullScreen():
            self.showNormal()
        if self.isVisible():
            self.ctx.settings.set_geometry("projector", self.saveGeometry())
        self.hide()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # one screen: drag the window to the projector, then double-click for full screen
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_geometry("projector", self.saveGeometry())
        super().closeEvent(event)
