"""The projector: what the room sees. A view (also used as the console's miniature) and its window.

It shows the trajectory title, the running step's title and instructions, the step's
live content (from the ui.steps registry), the countdown, and what comes next. Never
e-mail addresses, private notes or anyone's SWOT; all text is plain text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ui import placement, steps, theme
from ui.actions import Actions
from ui.agenda_model import (
    BLANK_BLACK,
    BLANK_NONE,
    LiveDay,
    clock_text,
    live_day,
)
from ui.context import AppContext
from ui.overview import format_date

EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+")


def room_text(text: str) -> str:
    """User text made safe for the wall: e-mail addresses (and any stray '@') removed."""
    return EMAIL.sub("…", text or "").replace("@", "")


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ProjectorView(QWidget):
    """The projector's picture; sizes its type from its own height, so it also works as a miniature."""

    def __init__(self, ctx: AppContext, actions: Actions, live: LiveDay, *,
                 miniature: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actions = actions
        self.live = live
        self._instructions_factor = 1.0
        self.miniature = miniature
        self.setAutoFillBackground(True)
        self._content_key: tuple | None = None
        self._content: QWidget | None = None
        self._is_break = False

        self.header = _label(wrap=False)
        self.header.setObjectName("projector_header")
        self.countdown = _label(wrap=False)
        self.countdown.setObjectName("projector_countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title = _label()
        self.title.setObjectName("projector_title")
        self.instructions = _label()
        self.instructions.setObjectName("projector_instructions")
        self.big_clock = _label(wrap=False)       # the break's countdown, large in the middle
        self.big_clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big_clock.hide()
        self.holder = QWidget()
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.next_up = _label(wrap=False)
        self.next_up.setObjectName("projector_next")

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.countdown)
        self.content_page = QWidget()
        self.body = QVBoxLayout(self.content_page)
        self.body.addLayout(top)
        self.top_filler = QWidget()    # centres the cover (before the start, after the end)
        self.body.addWidget(self.top_filler, 1)
        self.body.addWidget(self.title)
        self.body.addWidget(self.instructions)
        self.body.addWidget(self.big_clock, 1)
        self.body.addWidget(self.holder, 1)
        self.filler = QWidget()        # keeps title and instructions at the top when there is no content
        self.body.addWidget(self.filler, 1)
        self.body.addWidget(self.next_up)

        self.blank_page = QWidget()
        self.blank_page.setAutoFillBackground(True)
        blank_layout = QVBoxLayout(self.blank_page)
        self.blank_label = _label(wrap=False)      # only the miniature says what the wall shows
        self.blank_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blank_layout.addWidget(self.blank_label)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.content_page)
        self.stack.addWidget(self.blank_page)

        live.state_changed.connect(self.refresh)
        live.ticked.connect(self.refresh_time)
        live.blank_changed.connect(self._apply_blank)
        live.appearance_changed.connect(self.apply_appearance)
        ctx.font_scale_changed.connect(self._on_font_scale)
        self.apply_appearance()
        self.refresh()
        self._apply_blank(live.blank)

    # ------------------------------------------------------------ look

    def body_pixels(self) -> int:
        """The body text's pixel size at the current height and font scale."""
        return theme.body_pixel_size(max(1, self.height()), self.ctx.settings.font_scale())

    @Slot(float)
    def _on_font_scale(self, _scale: float) -> None:
        self.apply_appearance()

    @Slot()
    def apply_appearance(self) -> None:
        """Colours from the theme and type sizes from the height and the font scale."""
        t = theme.theme(self.ctx.settings.theme())
        self._theme = t
        self.setPalette(theme.palette(t))
        px = self.body_pixels()
        dpi = self.logicalDpiY()
        base = self.font()
        self.setFont(theme.scaled_font(base, px, dpi=dpi))
        self.content_page.setFont(theme.scaled_font(base, px, dpi=dpi))
        self.instructions.setFont(theme.scaled_font(base, px, self._instructions_factor, dpi=dpi))
        self.title.setFont(theme.scaled_font(base, px, theme.TITLE_FACTOR, bold=True, dpi=dpi))
        self.countdown.setFont(theme.scaled_font(base, px, theme.COUNTDOWN_FACTOR, bold=True, dpi=dpi))
        self.header.setFont(theme.scaled_font(base, px, theme.HEADER_FACTOR, dpi=dpi))
        self.next_up.setFont(theme.scaled_font(base, px, theme.HEADER_FACTOR, dpi=dpi))
        self.big_clock.setFont(theme.scaled_font(base, px, 4.0, bold=True, dpi=dpi))
        self.blank_label.setFont(theme.scaled_font(base, px, dpi=dpi))
        margin = max(4, px // 2)
        self.body.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.body.setSpacing(margin)
        self._colour(self.header, t.muted)
        self._colour(self.next_up, t.muted)
        self._colour(self.title, t.accent)
        self._colour(self.instructions, t.text)
        self._colour(self.big_clock, t.text)
        self._apply_blank(self.live.blank)
        self.refresh_time()

    @staticmethod
    def _colour(label: QLabel, colour: str) -> None:
        p = label.palette()
        p.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(p)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_appearance()

    @Slot(str)
    def _apply_blank(self, mode: str) -> None:
        if mode == BLANK_NONE:
            self.stack.setCurrentWidget(self.content_page)
            return
        bg = QColor("#000000" if mode == BLANK_BLACK else "#ffffff")
        fg = QColor("#777777")
        p = self.blank_page.palette()
        p.setColor(QPalette.ColorRole.Window, bg)
        p.setColor(QPalette.ColorRole.WindowText, fg)
        self.blank_page.setPalette(p)
        self.blank_label.setPalette(p)
        self.blank_label.setText(
            (self.tr("Black screen") if mode == BLANK_BLACK else self.tr("White screen"))
            if self.miniature else "")
        self.stack.setCurrentWidget(self.blank_page)

    # ------------------------------------------------------------ content

    @Slot()
    def refresh(self) -> None:
        """Show the running step (or the meeting before its start and after its end)."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        from sessions import trajectory

        traj = trajectory.get(store)
        state = self.live.state()
        meeting = (trajectory.meeting(store, self.live.meeting_id)
                   if self.live.meeting_id is not None else None)
        step = state.current if state else None
        self.header.setText(room_text(traj.title))
        self._set_cover(step is None)
        if step is not None:
            self.title.setText(room_text(step.title))
            self.instructions.setText(room_text(step.instructions))
            self.instructions.setVisible(bool(step.instructions.strip()))
            # a step with its own live content (board, votes, groups) needs the room for it:
            # its instructions step back a little
            factor = theme.INSTRUCTIONS_WITH_CONTENT_FACTOR if steps.has_page(step.kind) else 1.0
            if factor != self._instructions_factor:
                self._instructions_factor = factor
                self.instructions.setFont(theme.scaled_font(
                    self.font(), self.body_pixels(), factor, dpi=self.logicalDpiY()))
            following = next((s for s in self.live.steps()
                              if s.position > step.position and s.status == "planned"), None)
            self.next_up.setText(self.tr("Next: {title}").format(title=room_text(following.title))
                                 if following else "")
        else:
            # the cover: the trajectory's title, then the meeting, its date and venue
            self.header.setText("")
            self.title.setText(room_text(traj.title))
            when = "\n".join(x for x in (
                meeting.title if meeting else "",
                " · ".join(x for x in (format_date(meeting.date) if meeting else "",
                                       meeting.venue if meeting else "") if x)) if x)
            if state is not None and state.ended:
                when = self.tr("Thank you!")
            self.instructions.setText(room_text(when))
            self.instructions.setVisible(bool(when))
            self.next_up.setText("")
        self.next_up.setVisible(bool(self.next_up.text()))
        self._set_content(step)
        self.refresh_time()

    def _set_cover(self, cover: bool) -> None:
        align = Qt.AlignmentFlag.AlignHCenter if cover else Qt.AlignmentFlag.AlignLeft
        self.title.setAlignment(align)
        self.instructions.setAlignment(align)
        self.top_filler.setVisible(cover)

    def _set_content(self, step) -> None:
        key = (step.id, step.kind) if step is not None else None
        if key == self._content_key:
            return
        self._content_key = key
        if self._content is not None:
            self._content.setParent(None)
            self._content.deleteLater()
            self._content = None
        widget = None
        if step is not None:
            widget = steps.projector_widget(step.kind, self.ctx, self.actions, step.id, self.holder)
        if widget is not None:
            self.holder_layout.addWidget(widget)
            self._content = widget
        self._is_break = step is not None and step.kind == "break" and widget is None
        self.big_clock.setVisible(self._is_break)
        self.holder.setVisible(widget is not None)
        self.filler.setVisible(widget is None and not self._is_break)

    @Slot()
    def refresh_time(self) -> None:
        """Move the countdown; it turns urgent when the time is up."""
        t = getattr(self, "_theme", theme.LIGHT)
        remaining = self.live.remaining() if self.ctx.store is not None else None
        if remaining is None:
            self.countdown.setText("")
            self.big_clock.setText("")
            return
        step = self.live.current()
        text = clock_text(remaining)
        if step is not None and step.paused:
            text = self.tr("Paused") + " " + text
        self.countdown.setText("" if self._is_break else text)     # the break shows it big
        self.big_clock.setText(text if self._is_break else "")
        self._colour(self.countdown, t.urgent if remaining < 0 else t.text)
        self._colour(self.big_clock, t.urgent if remaining < 0 else t.text)

    def visible_texts(self) -> list[str]:
        """Every text this view shows (for the privacy tests and for the console's checks)."""
        from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit

        out = []
        for w in self.findChildren(QWidget):
            if not w.isVisibleTo(self):
                continue
            if isinstance(w, QLabel | QAbstractButton | QLineEdit):
                out.append(w.text())
            elif isinstance(w, QPlainTextEdit | QTextEdit):
                out.append(w.toPlainText())
        return out


class ProjectorWindow(QWidget):
    """The second top-level window, for the wall. The console owns it."""

    def __init__(self, ctx: AppContext, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.actions = actions
        self.setWindowTitle(self.tr("Startdag — projector"))
        self.view: ProjectorView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.addActions(actions.all())
        self.resize(1280, 720)
        self.placement: placement.Placement | None = None
        ctx.store_opened.connect(self._bind)
        ctx.store_closed.connect(self._unbind)
        if ctx.store is not None:
            self._bind()

    def _bind(self) -> None:
        self._unbind(hide=False)
        self.view = ProjectorView(self.ctx, self.actions, live_day(self.ctx), parent=self)
        self._layout.addWidget(self.view)

    def _unbind(self, hide: bool = True) -> None:
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None
        if hide:
            self.hide()

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
