"""Shared PDF machinery: the embedded font, the A4 template with header and page numbers,
paragraph styles, escaping of user text, group colour bands, and atomic writing.

Every document in exports/ builds a platypus story and hands it to
:func:`write_pdf_atomically`, which never leaves a half-written file behind.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from exports.labels import format_date, label
from sessions.errors import Code, StartdagError

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "OpenSans"
FONT_BOLD = "OpenSans-Bold"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")

CELL_SIZE = 9.5
MARGIN = 18 * mm
HEADER_SPACE = 16 * mm
FOOTER_SPACE = 12 * mm


class ExportError(StartdagError):
    """An export could not be written; ``code`` is Code.UNWRITABLE with a ``reason``."""


def register_fonts() -> None:
    """Register Open Sans regular and bold (embedded subsets) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    # Plain Flate streams: ASCII85 on top makes files a quarter larger and costs a
    # fifth of the build time, for 7-bit transports nobody uses any more.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "OpenSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "OpenSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


@dataclass
class DocInfo:
    """What the header and footer of every page say."""

    title: str                 # the trajectory title
    organisation: str = ""
    date: str = ""             # ISO date of the meeting the document belongs to
    lang: str = "nl"
    subject: str = ""          # the document kind, e.g. "Presentielijst" (PDF metadata)
    header: bool = True

    @property
    def date_text(self) -> str:
        """The date in the document's language ('12 maart 2026')."""
        return format_date(self.date, self.lang)


# ------------------------------------------------------------------ styles


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every document uses, by name (built once; do not modify them)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK,
                          spaceAfter=4)
    s = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25,
                                spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16,
                                   textColor=MUTED, spaceAfter=10),
        # headings keep with what follows: never alone at the foot of a page
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                                    leading=12, spaceAfter=0),
        "small_ink": ParagraphStyle("small_ink", parent=base, fontSize=8.5, leading=10.5,
                                    spaceAfter=0),
        "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=8.5, leading=10.5,
                                     textColor=MUTED, spaceAfter=0),
        "band": ParagraphStyle("band", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16,
                               spaceAfter=0),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
    }
    return s


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text printed literally: markup is escaped, newlines are kept."""
    safe = escape(str(text or "")).replace("\r\n", "\n").replace("\n", "<br/>")
    return Paragraph(safe, style)


def cell(text: str | None, style: ParagraphStyle, width: float, padding: float = 8):
    """A table cell: plain text when it fits one line (fast, never parsed as markup),
    else an escaped, wrapping paragraph. Plain cells take the table's FONT (``grid_table``)."""
    text = str(text or "")
    if not text:
        return ""
    if ("\n" not in text and style.fontName == FONT and style.fontSize == CELL_SIZE
            and pdfmetrics.stringWidth(text, FONT, CELL_SIZE) <= width - padding):
        return text
    return para(text, style)


def markup(template: str, style: ParagraphStyle, **user_text: str) -> Paragraph:
    """A paragraph from a trusted markup template whose ``{fields}`` are escaped user text."""
    return Paragraph(template.format(**{k: escape(str(v or "")) for k, v in user_text.items()}),
                     style)


# ------------------------------------------------------------------ colour


def hex_colour(value: str | None, default: str = "#999999") -> colors.Color:
    """A reportlab colour from '#rrggbb', falling back to grey for an unusable value."""
    try:
        return colors.HexColor(value or default)
    except (ValueError, TypeError):
        return colors.HexColor(default)


def text_colour_on(background: colors.Color) -> colors.Color:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = (0.2126 * channel(background.red) + 0.7152 * channel(background.green)
           + 0.0722 * channel(background.blue))
    return colors.black if lum > 0.179 else colors.white


class ColourBand(Flowable):
    """A solid band in a group's colour, optionally with a label in a readable ink."""

    def __init__(self, colour: str | None, width: float | None = None, height: float = 8 * mm,
                 text: str = "", font_size: float = 12):
        super().__init__()
        self.fill = hex_colour(colour)
        self.band_width = width
        self.height = height
        self.text = text
        self.font_size = font_size

    def wrap(self, avail_width, avail_height):
        """Take the full width unless a width was given."""
        self.width = self.band_width or avail_width
        return self.width, self.height

    def draw(self):
        """Paint the band and its label (plain canvas text: nothing to escape)."""
        c = self.canv
        c.setFillColor(self.fill)
        c.setStrokeColor(self.fill)
        c.roundRect(0, 0, self.width, self.height, 1.5 * mm, stroke=0, fill=1)
        if self.text:
            c.setFillColor(text_colour_on(self.fill))
            c.setFont(FONT_BOLD, self.font_size)
            text = fit_text(self.text, FONT_BOLD, self.font_size, self.width - 6 * mm)
            c.drawString(3 * mm, (self.height - self.font_size * 0.7) / 2, text)


def colour_band(colour: str | None, text: str = "", height: float = 8 * mm,
                width: float | None = None, font_size: float = 12) -> ColourBand:
    """A group colour band (full width by default) with an optional label."""
    register_fonts()
    return ColourBand(colour, width=width, height=height, text=text, font_size=font_size)


def colour_heading(text: str, colour: str | None, font_size: float = 14,
                   width: float | None = None) -> Table:
    """A heading on a group-colour band that wraps long text instead of cutting it."""
    fill = hex_colour(colour)
    style = ParagraphStyle(f"colour_heading_{font_size}", fontName=FONT_BOLD, fontSize=font_size,
                           leading=font_size * 1.25, textColor=text_colour_on(fill))
    table = Table([[para(text, style)]], colWidths=[width] if width else None)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("FONT", (0, 0), (-1, -1), FONT_BOLD, font_size),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4 * mm),
        ("ROUNDEDCORNERS", [1.5 * mm] * 4),
    ]))
    return table


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points on one line."""
    text = " ".join(str(text or "").split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def font_size_to_fit(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size (down to ``smallest``) at which ``text`` fits ``width``."""
    w = pdfmetrics.stringWidth(text, font, 1) or 1
    return max(smallest, min(largest, width / w))


def grid_table(rows: list[list], col_widths: list[float], header: bool = True,
               extra: list | None = None, row_height: float | None = None,
               min_row_height: float | None = None) -> Table:
    """A plain ruled table with a shaded, repeating header row; tall rows split across pages.

    ``min_row_height`` gives the body rows room to write in (signature, sign-up lines)."""
    heights = row_height
    if min_row_height:
        # one-line rows get the fixed height (so VALIGN works); wrapping rows grow
        heights = [None if i < (1 if header else 0) or not all(isinstance(c, str) for c in r)
                   else min_row_height for i, r in enumerate(rows)]
    table = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0,
                  rowHeights=heights, splitInRow=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                  ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED)]
    table.setStyle(TableStyle(style + (extra or [])))
    return table


# ------------------------------------------------------------------ page template


class SectionStart(Flowable):
    """Marks where a section (one group's or one person's handout) starts: page x of y
    then counts within the section, so each handout reads "page 1 of 2" on its own."""

    def wrap(self, avail_width, avail_height):
        """Takes no space."""
        return 0, 0

    def draw(self):
        """Record the page this section starts on."""
        starts = getattr(self.canv, "section_starts", None)
        if starts is not None:
            starts.append(self.canv.getPageNumber())


def numbered_canvas_class(info: DocInfo, page_counter: list[int]):
    """A canvas class that draws "pagina x van y" once the total is known (two-pass free)."""
    register_fonts()

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Without this the page streams name Helvetica, an unembedded font.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict] = []
            self.section_starts: list[int] = []
            self.setTitle(info.subject or info.title)
            self.setAuthor(info.organisation)
            self.setSubject(info.subject)
            self.setCreator("Startdag")

        def showPage(self):  # noqa: N802  (reportlab API)
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_page_states)
            page_counter[0] = total
            starts = sorted({1, *self.section_starts})
            bounds = [*starts, total + 1]
            for state in self._saved_page_states:
                self.__dict__.update(state)
                n = self._pageNumber
                i = max(k for k in range(len(starts)) if starts[k] <= n)
                self._draw_footer(n - starts[i] + 1, bounds[i + 1] - starts[i])
                super().showPage()
            super().save()

        def _draw_footer(self, page: int, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, FOOTER_SPACE / 2 + 1 * mm,
                                   label("page_x_of_y", info.lang, x=page, y=total))
            self.restoreState()

    return NumberedCanvas


def _draw_header(info: DocInfo):
    right = " · ".join(p for p in (info.organisation, info.date_text) if p)
    right_w = pdfmetrics.stringWidth(right, FONT, 8.5)
    fitted: dict[float, str] = {}      # the title fitted once per page width

    def on_page(canv, doc):
        if not info.header:
            return
        width, height = doc.pagesize
        if width not in fitted:
            fitted[width] = fit_text(info.title, FONT_BOLD, 8.5,
                                     width - 2 * MARGIN - right_w - 8 * mm)
        y = height - HEADER_SPACE / 2 - 1 * mm
        canv.saveState()
        canv.setFont(FONT, 8.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(width - MARGIN, y, right)
        canv.setFont(FONT_BOLD, 8.5)
        canv.setFillColor(INK)
        canv.drawString(MARGIN, y, fitted[width])
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
        canv.restoreState()
    return on_page


def build_document(target, story: list, info: DocInfo, pagesize=A4,
                   margins: tuple[float, float, float, float] | None = None) -> int:
    """Build ``story`` into ``target`` (path or binary file); return the number of pages.

    ``margins`` is (left, right, top, bottom); the header and footer sit inside the top
    and bottom margins.
    """
    register_fonts()
    left, right, top, bottom = margins or (MARGIN, MARGIN, MARGIN + HEADER_SPACE / 2,
                                           MARGIN + FOOTER_SPACE / 4)
    pages = [0]
    doc = SimpleDocTemplate(
        target, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=info.subject or info.title, author=info.organisation,
        creator="Startdag")
    on_page = _draw_header(info)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page,
              canvasmaker=numbered_canvas_class(info, pages))
    return pages[0]


# ------------------------------------------------------------------ atomic writing


def _export_error(exc: OSError, path: Path, stage: str) -> ExportError:
    """Turn an OS error into a coded error the UI can say in the user's language."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        reason = "disk_full"
    elif isinstance(exc, PermissionError) and stage == "replace" and path.exists():
        reason = "in_use"       # Windows: the old PDF is still open in a viewer
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        reason = "read_only"
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        reason = "no_folder"
    else:
        reason = "other"
    return ExportError(Code.UNWRITABLE, path=str(path), reason=reason,
                       detail=exc.strerror or str(exc))


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)   # elsewhere: the classic set-and-restore
    os.umask(mask)
    return mask


def write_atomically(path: Path | str, writer: Callable[[Path], object]):
    """Call ``writer(tmp_path)`` on a temp file beside ``path``, then rename it into place.

    On any failure the temp file is removed and nothing is left at ``path`` that was
    not there before; OS errors become :class:`ExportError` (Code.UNWRITABLE + reason).
    Returns what ``writer`` returned.
    """
    path = Path(path)
    stage = "create"
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial", dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        # mkstemp makes the file 0600; a handout in a shared folder must be readable as the
        # user's umask says, like any file they save
        os.chmod(tmp, 0o666 & ~current_umask())
        stage = "write"
        result = writer(tmp)
        stage = "replace"
        os.replace(tmp, path)
        tmp = None
        return result
    except OSError as exc:
        raise _export_error(exc, path, stage) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def write_pdf_atomically(path: Path | str, story_builder: Callable[[], list], info: DocInfo,
                         pagesize=A4, margins=None) -> int:
    """Build the story from ``story_builder()`` into ``path`` atomically; return the page count."""
    return write_atomically(
        path, lambda tmp: build_document(str(tmp), story_builder(), info, pagesize, margins))
