"""The join QR code as a QImage (segno builds the matrix; Qt paints it) and the address as text."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET = 4          # modules of white around the code, as the standard asks


def join_url(ip: str, port: int, token: str) -> str:
    """The address the QR carries: the laptop's IP and port, never a name that needs DNS."""
    return f"http://{ip}:{port}/{token}/"


def short_address(ip: str, port: int, token: str) -> str:
    """The address in large type, for typing it over (no scheme, no trailing slash)."""
    return f"{ip}:{port}/{token}"


@functools.lru_cache(maxsize=16)
def qr_image(url: str, size: int = 600) -> QImage:
    """The QR code for ``url``, black on white, at most ``size`` pixels, whole pixels per module.

    Error level M and a plain square per module: large, high-contrast modules survive
    a projector's blur better than a finer code. Remembered per (url, size): encoding
    takes about 10 ms, and the wall, the join slide and the Phones tab ask again on every
    status change (QImage is shared copy-on-write, so a caller cannot spoil the cache).
    """
    import segno  # here: it loads urllib and xml, 25 ms of every start-up otherwise

    code = segno.make(url, error="m", boost_error=False)
    matrix = [list(row) for row in code.matrix]
    n = len(matrix) + 2 * QUIET
    module = max(1, size // n)
    image = QImage(n * module, n * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect((x + QUIET) * module, (y + QUIET) * module, module, module))
    painter.end()
    return image


def join_card(ip: str, port: int, token: str, size: int = 600) -> tuple[QImage, str]:
    """The projector strip's piece: the QR image and the short address under it."""
    return qr_image(join_url(ip, port, token), size), short_address(ip, port, token)
