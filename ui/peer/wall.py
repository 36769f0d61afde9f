"""What the wall shows for learning from each other, as self-contained painters.

Each ``paint_*`` function draws one slide into any QPainter rectangle (a widget, an
image, the projector's slide renderer); :class:`SlideWidget` shows one of them and
:func:`render` makes an image. Counts by default: names appear on the heat map only
when the facilitator switches them on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

RAMP = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
INK = QColor("#1f2933")
MUTED = QColor("#616e7c")
PAPER = QColor("#ffffff")
WARN = QColor("#fde0c5")



def ramp(count: int, most: int) -> QColor:
    """The heat colour of a count relative to the largest count (ColorBrewer Blues)."""
    if count <= 0 or most <= 0:
        return QColor(RAMP[0])
    return QColor(RAMP[min(len(RAMP) - 1, 1 + round((len(RAMP) - 2) * count / most))])


def ink_on(colour: QColor) -> QColor:
    """White text on dark cells, ink on light ones."""
    return QColor("white") if colour.lightnessF() < 0.55 else INK


def _font(painter: QPainter, px: float, bold: bool = False) -> QFont:
    f = QFont(painter.font())
    f.setPixelSize(max(8, int(px)))
    f.setBold(bold)
    painter.setFont(f)
    return f


def _title(painter: QPainter, rect: QRectF, title: str, subtitle: str = "") -> QRectF:
    h = rect.height()
    _font(painter, h * 0.055, True)
    painter.setPen(INK)
    top = QRectF(rect.left(), rect.top(), rect.width(), h * 0.08)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    y = top.bottom()
    if subtitle:
        _font(painter, h * 0.025)
        painter.setPen(MUTED)
        sub = QRectF(rect.left(), y, rect.width(), h * 0.045)
        painter.drawText(sub, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
        y = sub.bottom()
    return QRectF(rect.left(), y + h * 0.015, rect.width(), rect.bottom() - y - h * 0.015)


# ---------------------------------------------------------------- the heat map


def paint_heatmap(painter: QPainter, rect: QRectF, rows, *, names: bool = False,
                  title: str = "") -> None:
    """Competences by level 0–4 as counts (``rows`` from sessions.expertise.heat_map)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, PAPER)
    pad = rect.height() * 0.04
    inner = rect.adjusted(pad, pad, -pad, -pad)
    body = _title(painter, inner, title or QCoreApplication.translate("PeerWall", "Expertise map"),
                  QCoreApplication.translate("PeerWall", "People per level, 0 = none … 4 = expert · ↑ want to learn · ★ experts")
                  if not names else
                  QCoreApplication.translate("PeerWall", "People per level, with names (switched on by the facilitator)"))
    if not rows:
        _font(painter, body.height() * 0.05)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("PeerWall", "No competences yet."))
        painter.restore()
        return
    most = max((c for r in rows for c in r.counts), default=0)
    label_w = body.width() * (0.24 if names else 0.30)
    side_w = body.width() * 0.08
    cell_w = (body.width() - label_w - 2 * side_w) / 5
    head_h = body.height() * 0.07
    row_h = min(body.height() * 0.12, (body.height() - head_h) / len(rows))
    _font(painter, head_h * 0.45, True)
    painter.setPen(MUTED)
    x = body.left() + label_w
    for lv in range(5):
        painter.drawText(QRectF(x + lv * cell_w, body.top(), cell_w, head_h),
                         Qt.AlignmentFlag.AlignCenter, str(lv))
    for i, text in enumerate(("↑", "★")):
        painter.drawText(QRectF(x + 5 * cell_w + i * side_w, body.top(), side_w, head_h),
                         Qt.AlignmentFlag.AlignCenter, text)
    for i, r in enumerate(rows):
        y = body.top() + head_h + i * row_h
        _font(painter, min(row_h * 0.38, body.height() * 0.035))
        painter.setPen(INK)
        painter.drawText(QRectF(body.left(), y, label_w - 8, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextWordWrap, r.competence.name)
        for lv in range(5):
            n = r.counts[lv]
            cell = QRectF(x + lv * cell_w + 1.5, y + 1.5, cell_w - 3, row_h - 3)
            colour = ramp(n, most)
            if names:
                colour = QColor(RAMP[min(3, RAMP.index(colour.name()) if colour.name() in RAMP else 3)])
            painter.fillRect(cell, colour)
            painter.setPen(ink_on(colour))
            if names and r.names[lv]:
                _font(painter, min(row_h * 0.2, body.height() * 0.018))
                painter.drawText(cell.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                                 f"{n}: " + ", ".join(r.names[lv]))
            else:
                _font(painter, min(row_h * 0.45, body.height() * 0.04), True)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(n) if n else "·")
        _font(painter, min(row_h * 0.4, body.height() * 0.035))
        painter.setPen(INK)
        painter.drawText(QRectF(x + 5 * cell_w, y, side_w, row_h), Qt.AlignmentFlag.AlignCenter,
                         str(r.learners))
        exp = QRectF(x + 5 * cell_w + side_w + 3, y + 1.5, side_w - 6, row_h - 3)
        if r.experts <= 1 and r.competence.goals:
            painter.fillRect(exp, WARN)
        _font(painter, min(row_h * 0.4, body.height() * 0.035), r.experts <= 1)
        painter.drawText(exp, Qt.AlignmentFlag.AlignCenter, str(r.experts))
    painter.restore()


# ---------------------------------------------------------------- pairs


@dataclass
class PairLine:
    """One pair as the wall shows it."""

    learner: str
    expert: str
    competence: str
    reason: str
    pinned: bool = False


def paint_pairs(painter: QPainter, rect: QRectF, lines: list[PairLine], *, title: str = "",
                subtitle: str = "") -> None:
    """The proposed pairs with their competence and reason, in as many columns as needed."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, PAPER)
    pad = rect.height() * 0.04
    body = _title(painter, rect.adjusted(pad, pad, -pad, -pad), title or QCoreApplication.translate("PeerWall", "Learning pairs"), subtitle)
    if not lines:
        _font(painter, body.height() * 0.05)
        painter.setPen(MUTED)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("PeerWall", "No learning pairs yet."))
        painter.restore()
        return
    cols = 1 if len(lines) <= 8 else (2 if len(lines) <= 20 else 3)
    per_col = -(-len(lines) // cols)
    col_w = body.width() / cols
    row_h = min(body.height() / per_col, body.height() * 0.14)
    for i, line in enumerate(lines):
        c, r = divmod(i, per_col)
        box = QRectF(body.left() + c * col_w, body.top() + r * row_h, col_w - 16, row_h - 6)
        painter.fillRect(QRectF(box.left(), box.top(), 6, box.height()),
                         QColor("#E69F00") if line.pinned else QColor(RAMP[6]))
        text = box.adjusted(14, 0, 0, 0)
        _font(painter, row_h * 0.27, True)
        painter.setPen(INK)
        painter.drawText(QRectF(text.left(), text.top(), text.width(), text.height() * 0.55),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(
                             QCoreApplication.translate("PeerWall", "{learner} learns from {expert}").format(
                                 learner=line.learner, expert=line.expert),
                             Qt.TextElideMode.ElideRight,
                             int(text.width())))
        _font(painter, row_h * 0.19)
        painter.setPen(MUTED)
        painter.drawText(QRectF(text.left(), text.top() + text.height() * 0.55, text.width(),
                                text.height() * 0.45),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         painter.fontMetrics().elidedText(
                             f"{line.competence} · {line.reason}", Qt.TextElideMode.ElideRight,
                             int(text.width())))
    painter.restore()


# ---------------------------------------------------------------- intervisie


def paint_intervisie(painter: QPainter, rect: QRectF, groups: list[tuple[str, list[str], dict]],
                     rounds: list[tuple[str, int]], current: int, *, title: str = "",
                     remaining: str = "") -> None:
    """The incidentmethode: the rounds with the current one lit, and each group's roles.

    ``groups``: (name, member names, {role label: name}); ``rounds``: (label, minutes).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, PAPER)
    pad = rect.height() * 0.04
    body = _title(painter, rect.adjusted(pad, pad, -pad, -pad), title or QCoreApplication.translate("PeerWall", "Intervisie"),
                  remaining)
    left_w = body.width() * 0.34
    row_h = min(body.height() / max(1, len(rounds)), body.height() * 0.12)
    for i, (label, minutes) in enumerate(rounds):
        box = QRectF(body.left(), body.top() + i * row_h, left_w - 20, row_h - 6)
        on = i == current
        painter.fillRect(box, QColor(RAMP[6]) if on else QColor(RAMP[1]))
        painter.setPen(QColor("white") if on else INK)
        _font(painter, row_h * 0.32, on)
        painter.drawText(box.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, f"{i + 1}. {label}")
        painter.drawText(box.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignVCenter, QCoreApplication.translate("PeerWall", "{n} min").format(n=minutes))
    right = QRectF(body.left() + left_w, body.top(), body.width() - left_w, body.height())
    if not groups:
        _font(painter, body.height() * 0.04)
        painter.setPen(MUTED)
        painter.drawText(right, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("PeerWall", "No intervisie groups yet."))
        painter.restore()
        return
    cols = 1 if len(groups) <= 4 else 2
    per_col = -(-len(groups) // cols)
    col_w = right.width() / cols
    gh = right.height() / per_col
    for i, (name, _members, roles) in enumerate(groups):
        c, r = divmod(i, per_col)
        box = QRectF(right.left() + c * col_w, right.top() + r * gh, col_w - 12, gh - 8)
        painter.setPen(QPen(QColor("#cbd2d9"), 1))
        painter.drawRect(box)
        _font(painter, min(gh * 0.2, body.height() * 0.04), True)
        painter.setPen(INK)
        painter.drawText(box.adjusted(10, 4, -10, 0), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, name)
        _font(painter, min(gh * 0.15, body.height() * 0.03))
        text = "\n".join(f"{role}: {who}" for role, who in roles.items())
        painter.drawText(box.adjusted(10, gh * 0.28, -10, -4), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, text)
    painter.restore()


# ---------------------------------------------------------------- showing a slide


class SlideWidget(QWidget):
    """Shows one painter at any size (a preview on the console, or a wall window)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._paint = None
        self.setMinimumSize(240, 135)

    def set_painter(self, paint) -> None:
        """``paint(painter, rect)``; None shows nothing."""
        self._paint = paint
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAPER)
        if self._paint is not None:
            self._paint(painter, QRectF(self.rect()))
        painter.end()


def render(paint, size: QSize | None = None) -> QImage:
    """One slide as an image (for the projector renderer, a test or a look); 1920x1080 by default."""
    size = size or QSize(1920, 1080)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image
