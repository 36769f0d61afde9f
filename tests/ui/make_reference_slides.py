"""Write the reference slides (docs/projector/*.png): every kind at 1920x1080, in Dutch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_reference_slides [names…]

The content is the layout tests' (tests/ui/slide_cases.py): empty, typical and extreme.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "projector"
# one typical case per kind, plus the extremes that page
CHOSEN = ("cover", "welcome", "break", "board_8", "board_16", "reflection", "questions_12",
          "vote_hidden", "vote_revealed", "groups_3x27", "groups_8x10", "actions_6",
          "actions_long_title", "actions_all", "harvest_6", "initiatives", "heatmap_12x40",
          "heatmap_12x40_names", "heatmap_40x200", "pairs_12", "pairs_40", "intervisie_7x40",
          "intervisie_8x200")


def main(names: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.ui import slide_cases
    from ui import i18n, theme
    from ui.slides.engine import canvas_size
    from ui.slides.kinds import layout
    from ui.slides.paint import render

    _app = QApplication.instance() or QApplication([])
    _dutch = i18n.install(_app, "nl")      # the room reads Dutch: "Hierna:", "(vervolg)"
    OUT.mkdir(parents=True, exist_ok=True)
    cases = slide_cases.all_cases()
    for name in names or CHOSEN:
        slide = layout(cases[name], canvas_size(1920, 1080))
        # the first page, and the last where there are more: what a continuation looks like
        for i in sorted({0, slide.count - 1}):
            save(render(slide, i, 1920, 1080, theme.LIGHT, clock="12:00"),
                 OUT / f"{name}-{i + 1}of{slide.count}.png")
        print(f"{name}: {slide.count} page(s)")
    dark = layout(cases["vote_revealed"], canvas_size(1920, 1080))
    save(render(dark, 0, 1920, 1080, theme.DARK, clock="-01:30"),
         OUT / f"dark-vote_revealed-1of{dark.count}.png")


def save(image, path: Path) -> None:
    """A palette PNG (Pillow's median cut keeps the flat colours exact): small in the repository."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    import io

    picture = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)


if __name__ == "__main__":
    main(sys.argv[1:])
