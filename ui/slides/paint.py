"""Drawing a laid-out page with QPainter: the same code for the wall, the miniature and the tests."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QStaticText, QTransform

from ui import theme
from ui.slides.engine import Box, Slide, face


def colour(role: str, t: theme.ProjectorTheme) -> QColor:
    """A colour role ('text', 'muted', 'accent', 'urgent') or a #rrggbb as a QColor."""
    if role.startswith("#"):
        return QColor(role)
    return QColor(getattr(t, role, t.text))


_STATIC: dict[tuple, QStaticText] = {}


def _static(text: str, fc, transform: QTransform) -> QStaticText:
    """A line prepared once: shaping and glyph placement are not redone on every paint."""
    key = (text, fc.font.key(), transform.m11())
    st = _STATIC.get(key)
    if st is None:
        if len(_STATIC) > 5000:
            _STATIC.clear()
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        st.prepare(transform, fc.font)
        _STATIC[key] = st
    return st


def letterbox(slide: Slide, target: QRectF) -> tuple[float, float, float]:
    """(scale, dx, dy) that letterbox the slide's canvas into ``target``."""
    size = slide.size
    s = min(target.width() / size.width(), target.height() / size.height())
    return (s, target.left() + (target.width() - size.width() * s) / 2,
            target.top() + (target.height() - size.height() * s) / 2)


def paint_page(painter: QPainter, slide: Slide, index: int, target: QRectF,
               t: theme.ProjectorTheme, *, grow: float = 1.0, clock: str | None = None) -> None:
    """Draw page ``index`` of ``slide`` scaled into ``target`` (letterboxed, aspect kept).

    ``grow`` (0..1) is how far the value bars have grown; ``clock`` replaces the
    countdown's text (it moves every second without a new layout).
    """
    painter.save()
    painter.fillRect(target, colour("background", t))
    s, dx, dy = letterbox(slide, target)
    painter.translate(dx, dy)
    painter.scale(s, s)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    page = slide.pages[max(0, min(index, len(slide.pages) - 1))]
    order = {"frame": 0, "fill": 1, "rule": 2, "bar": 3, "text": 4}
    for box in sorted(page.boxes, key=lambda b: order.get(b.kind, 5)):
        _draw(painter, box, t, grow, clock)
    painter.restore()


def _draw(p: QPainter, b: Box, t: theme.ProjectorTheme, grow: float, clock: str | None) -> None:
    if b.kind == "fill":
        p.fillRect(b.rect, colour(b.colour, t))
    elif b.kind == "rule":          # a thin line: under a table's header row
        p.fillRect(b.rect, colour(b.colour or "muted", t))
    elif b.kind == "frame":
        p.setPen(QPen(colour(b.colour, t), 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(b.rect.adjusted(1.5, 1.5, -1.5, -1.5))
    elif b.kind == "bar":
        c = colour(b.colour, t)
        w = b.rect.width() * max(0.0, min(1.0, b.value)) * grow
        if b.value > 0:
            w = max(w, 4.0 * grow)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(c))
        p.drawRect(QRectF(b.rect.left(), b.rect.top(), w, b.rect.height()))
        if b.lines:          # a tie at the cut: outlined and hatched as well as filled
            p.setBrush(QBrush(colour("text", t), Qt.BrushStyle.BDiagPattern))
            p.drawRect(QRectF(b.rect.left(), b.rect.top(), w, b.rect.height()))
            p.setPen(QPen(colour("text", t), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(b.rect.left(), b.rect.top(), max(w, 4.0), b.rect.height()))
    elif b.kind == "text" and b.style is not None:
        fc = face(b.style)
        p.setFont(fc.font)
        p.setPen(colour(b.style.colour, t))
        lines = (clock,) if b.dynamic == "clock" and clock is not None else b.lines
        transform = p.worldTransform()
        for i, line in enumerate(lines):
            top = b.rect.top() + i * fc.pitch
            text = line.rstrip()
            if not text:
                continue
            st = _static(text, fc, transform)
            x = b.rect.left()
            if b.align != "left":
                width = st.size().width()
                x = b.rect.right() - width if b.align == "right" else \
                    b.rect.left() + (b.rect.width() - width) / 2
            p.drawStaticText(QPointF(x, top), st)


def render(slide: Slide, index: int, width: int, height: int, t: theme.ProjectorTheme,
           *, clock: str | None = None) -> QImage:
    """A page as an image of ``width`` x ``height`` (tests and the reference slides)."""
    img = QImage(width, height, QImage.Format.Format_RGB32)
    p = QPainter(img)
    paint_page(p, slide, index, QRectF(0, 0, width, height), t, clock=clock)
    p.end()
    return img
