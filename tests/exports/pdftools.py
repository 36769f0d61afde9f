"""Reading back the PDFs the exports write (pypdf)."""

from __future__ import annotations

from pathlib import Path

import pypdf


def text_of(path: Path) -> str:
    """All extracted text of a PDF, page by page."""
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def page_count(path: Path) -> int:
    """The number of pages."""
    return len(pypdf.PdfReader(path).pages)


def fonts_of(path: Path) -> dict[str, bool]:
    """Base font name -> whether its descriptor carries an embedded TrueType file."""
    found: dict[str, bool] = {}
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found
