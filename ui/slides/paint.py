"""Drawing a laid-out page with QPainter: the same code for the wall, the miniature and the tests."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QRegion, QStaticText, QTransform

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


ORDER = {"frame": 0, "fill": 1, "rule": 2, "bar": 3, "text": 4}
BLEED = 6.0         # canvas units a box's ink may reach past its rect (frame pen, glyph overhang)


def page_of(slide: Slide, index: int):
    """Page ``index`` of ``slide``, kept in range."""
    return slide.pages[max(0, min(index, len(slide.pages) - 1))]


def device_rect(slide: Slide, target: QRectF, rect: QRectF) -> QRect:
    """A canvas rectangle (plus its bleed) in the device pixels of ``target``, rounded out."""
    s, dx, dy = letterbox(slide, target)
    r = rect.adjusted(-BLEED, -BLEED, BLEED, BLEED)
    return QRectF(dx + r.left() * s, dy + r.top() * s, r.width() * s,
                  r.height() * s).toAlignedRect().adjusted(-1, -1, 1, 1)


def box_key(b: Box) -> tuple:
    """What a box looks like (two boxes with one key paint the same pixels)."""
    r = b.rect
    lines = () if b.dynamic == "clock" else b.lines     # the countdown's text is painted live
    return (b.kind, round(r.x(), 2), round(r.y(), 2), round(r.width(), 2), round(r.height(), 2),
            lines, b.style, b.align, b.colour, b.value, b.dynamic)


def changed_region(slide: Slide, index: int, before: dict | None, target: QRectF
                   ) -> tuple[dict, QRegion | None]:
    """The page's box keys, and the device region where it differs from ``before``.

    The region covers every box that appeared or went (so a repaint clipped to it shows
    exactly the new page; the title and the column heads a next page repeats stay); None
    when ``before`` is None or most of the picture changed.
    """
    boxes = {box_key(b): b for b in page_of(slide, index).boxes}
    if before is None:
        return boxes, None
    gone = [b for k, b in before.items() if k not in boxes]
    new = [b for k, b in boxes.items() if k not in before]
    region = QRegion()
    for b in gone + new:
        region = region.united(device_rect(slide, target, b.rect))
    if sum(r.width() * r.height() for r in region) > 0.6 * target.width() * target.height():
        return boxes, None
    return boxes, region


def paint_page(painter: QPainter, slide: Slide, index: int, target: QRectF,
               t: theme.ProjectorTheme, *, grow: float = 1.0, clock: str | None = None,
               region: QRegion | None = None) -> None:
    """Draw page ``index`` of ``slide`` scaled into ``target`` (letterboxed, aspect kept).

    ``grow`` (0..1) is how far the value bars have grown; ``clock`` replaces the
    countdown's text (it moves every second without a new layout). With ``region`` (device
    pixels, the painter clipped to it) only the boxes that reach into it are drawn: a typed
    item repaints its own line, not the wall.
    """
    painter.save()
    painter.fillRect(target if region is None else region.boundingRect().intersected(
        target.toAlignedRect()), colour("background", t))
    s, dx, dy = letterbox(slide, target)
    painter.translate(dx, dy)
    painter.scale(s, s)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    page = page_of(slide, index)
    for box in sorted(page.boxes, key=lambda b: ORDER.get(b.kind, 5)):
        if region is not None and not region.intersects(device_rect(slide, target, box.rect)):
            continue
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
