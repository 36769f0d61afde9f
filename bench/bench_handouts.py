"""Benchmark: the full handouts pack for the 80-person demo against a bare reportlab floor.

The floor writes the same number of A4 pages with plain reportlab platypus in the same
embedded font, each page holding a heading, a paragraph and a 12-row table of plain
strings (about what a handout page holds), in one document: no styling, no header or
footer, no page x of y, no reading of the database, one file instead of eight.
Both are measured in this run (best of ``REPEATS``) so the ratio does not depend on the
machine. Target: ratio <= 2.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pypdf  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from exports.pack import export_pack  # noqa: E402
from exports.pdf_base import FONT, register_fonts, styles  # noqa: E402
from sessions import demo  # noqa: E402
from tests.exports.filling import fill_day  # noqa: E402

REPEATS = 5
FLOOR_TEXT = ("Şükrü Yılmaz, Łukasz Wiśniewski, Gülşen Çelik en Naïma El Amrani plannen een "
              "kenniscafé over bewonersparticipatie. ") * 4


def floor(pages: int, out: Path) -> float:
    """Seconds for bare platypus to write ``pages`` pages in the same font, each with a
    heading, a paragraph and a 12-row table of plain text (what a handout page holds)."""
    register_fonts()
    s = styles()
    start = time.perf_counter()
    story = []
    for i in range(pages):
        if i:
            story.append(PageBreak())
        rows = [[f"Naam {r}", "Feijenoord", f"persoon{r}@rotterdam.example"] for r in range(12)]
        table = Table(rows, colWidths=[55 * mm, 45 * mm, 70 * mm],
                      style=[("FONT", (0, 0), (-1, -1), FONT, 9.5),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)])
        story += [Paragraph(f"Pagina {i + 1}", s["h1"]), Paragraph(FLOOR_TEXT, s["body"]), table]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return time.perf_counter() - start


def main() -> int:
    """Run the pack and the floor, print the figures and the summary line."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = demo.create_demo(tmp / "demo.startdag")
        fill_day(store, groups=3)
        paths = export_pack(store, tmp / "warm-up", lang="nl")
        pages = 0
        for path in paths:
            if path.suffix == ".pdf":
                n = len(pypdf.PdfReader(path).pages)
                pages += n
                print(f"  {path.name:28} {n:4d} pages")
            else:
                print(f"  {path.name:28} {path.stat().st_size:6d} bytes")
        floor(pages, tmp / "floor-warm-up.pdf")
        # interleaved, so that load from other processes hits both alike
        pack_times, floor_times = [], []
        for i in range(REPEATS):
            start = time.perf_counter()
            export_pack(store, tmp / f"pack{i}", lang="nl")
            pack_times.append(time.perf_counter() - start)
            floor_times.append(floor(pages, tmp / f"floor{i}.pdf"))
        store.close()
        floor_pages = len(pypdf.PdfReader(tmp / "floor0.pdf").pages)
    seconds, floor_seconds = min(pack_times), min(floor_times)
    print(f"pack (PDFs + CSV + XLSX): {seconds:.3f} s best of {REPEATS}, "
          f"{pages} pages, {pages / seconds:.0f} pages/s")
    print(f"floor (bare platypus, {floor_pages} pages): {floor_seconds:.3f} s best of {REPEATS}")
    print(f"handouts pages={pages} seconds={seconds:.3f} floor_seconds={floor_seconds:.3f} "
          f"ratio={seconds / floor_seconds:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
