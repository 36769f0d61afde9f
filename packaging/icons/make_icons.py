"""Draw Startdag's icon and write it in the three formats the platforms want.

    .venv/bin/python packaging/icons/make_icons.py

startdag.png (512 px, Linux .desktop and the window), startdag.ico (Windows: 16-256 px) and
startdag.icns (macOS). Qt draws it (no font files needed: the mark is shapes only); Pillow,
which reportlab already brings, writes .ico and .icns. The results are committed, so a
build never needs this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

HERE = Path(__file__).resolve().parent
ACCENT = QColor("#003f73")   # the projector's accent (ui/theme.py)
SUN = QColor("#f5a623")
SIZE = 512


def draw(size: int = SIZE) -> QImage:
    """A rounded blue tile with a rising sun over three people: the start of a day together."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 512
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(16 * s, 16 * s, 480 * s, 480 * s), 96 * s, 96 * s)
    p.fillPath(tile, ACCENT)
    p.setClipPath(tile)
    # the sun rising behind the horizon
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SUN)
    p.drawEllipse(QPointF(256 * s, 300 * s), 118 * s, 118 * s)
    p.setPen(QPen(SUN, 22 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for x1, y1, x2, y2 in ((256, 60, 256, 130), (100, 130, 145, 180), (412, 130, 367, 180)):
        p.drawLine(QPointF(x1 * s, y1 * s), QPointF(x2 * s, y2 * s))
    p.setPen(Qt.PenStyle.NoPen)
    p.fillRect(QRectF(0, 300 * s, size, size), ACCENT)
    # three people in front of it
    p.setBrush(QColor("#ffffff"))
    p.setPen(QPen(ACCENT, 12 * s))   # a seam between the three
    for cx in (156, 256, 356):
        p.drawEllipse(QPointF(cx * s, 352 * s), 34 * s, 34 * s)
        body = QPainterPath()
        body.addRoundedRect(QRectF((cx - 52) * s, 396 * s, 104 * s, 120 * s), 48 * s, 48 * s)
        p.drawPath(body)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    png = HERE / "startdag.png"
    if not draw().save(str(png)):
        print(f"could not write {png}", file=sys.stderr)
        return 1
    with Image.open(png) as im:
        im.save(HERE / "startdag.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
        im.save(HERE / "startdag.icns")
    del app
    for name in ("startdag.png", "startdag.ico", "startdag.icns"):
        print(HERE / name, (HERE / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
