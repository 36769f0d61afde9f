"""Painting only what changed: a typed item repaints its own line, and the picture is the same.

The wall and the miniature repaint the region where the new page differs from the one they
painted last (``paint.changed_region``). These tests paint page A in full, then page B only
inside that region, and compare with page B painted in full: pixel for pixel.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from tests.ui import slide_cases
from ui import theme
from ui.slides import content as c
from ui.slides.engine import canvas_size
from ui.slides.kinds import layout
from ui.slides.paint import changed_region, paint_page

pytestmark = pytest.mark.usefixtures("qapp")
W, H = 1280, 720


def _full(slide, page: int) -> QImage:
    img = QImage(W, H, QImage.Format.Format_RGB32)
    p = QPainter(img)
    paint_page(p, slide, page, QRectF(0, 0, W, H), theme.LIGHT, clock="12:00")
    p.end()
    return img


def _after(a, b, page: int = 0):
    """Page ``page`` of ``a`` in full, then ``b`` painted only where it differs."""
    img = _full(a, page)
    before, _ = changed_region(a, page, None, QRectF(0, 0, W, H))
    _boxes, region = changed_region(b, page, before, QRectF(0, 0, W, H))
    assert region is not None, "a small change gives a region, not a full repaint"
    p = QPainter(img)
    p.setClipRegion(region)
    paint_page(p, b, page, QRectF(0, 0, W, H), theme.LIGHT, clock="12:00", region=region)
    p.end()
    return img, region


def _board(n: int, extra: str = ""):
    content = slide_cases.board(n)
    if extra:
        col = content.body.columns[0]
        cols = (replace(col, items=col.items + (c.Item("typed", extra),)),) + content.body.columns[1:]
        content = replace(content, body=replace(content.body, columns=cols))
    return layout(content, canvas_size(W, H))


def test_a_typed_item_repaints_a_small_region_with_the_same_pixels():
    a, b = _board(5), _board(5, "Een nieuw punt uit de zaal")
    img, region = _after(a, b)
    area = sum(r.width() * r.height() for r in region)
    assert 0 < area < W * H * 0.1          # its own line or two, not the wall
    assert img == _full(b, 0)


def test_an_edited_item_and_a_new_page_count_repaint_the_same_as_in_full():
    a = _board(8)
    content = slide_cases.board(8)
    col = content.body.columns[1]
    items = (replace(col.items[0], text=col.items[0].text + " (verbeterd)"),) + col.items[1:]
    b = layout(replace(content, body=replace(content.body, columns=(
        content.body.columns[0], replace(col, items=items)))), canvas_size(W, H))
    img, _region = _after(a, b)
    assert img == _full(b, 0)


def test_unchanged_page_has_an_empty_region_and_much_change_repaints_all():
    a = _board(16)
    before, _ = changed_region(a, 0, None, QRectF(0, 0, W, H))
    _boxes, same = changed_region(a, 0, before, QRectF(0, 0, W, H))
    assert same is not None and same.isEmpty()
    other = layout(slide_cases.questions(12), canvas_size(W, H))
    _boxes, region = changed_region(other, 0, before, QRectF(0, 0, W, H))
    assert region is None                   # another step: the whole wall


@pytest.fixture
def dutch(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    translators = i18n.install(qapp, "nl")
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)


ENGLISH = re.compile(r"^Next:|\bLast names\b|\(continued\)|^No \w|^Result$|\bplaces\b|"
                     r"\bsigned up\b|^Waiting list|tied at the cut|^What we learned|^Nothing yet")


@pytest.mark.usefixtures("dutch")
def test_in_dutch_every_chrome_string_on_every_slide_is_translated():
    """The reference slides are made in Dutch: no English chrome on any page of any case."""
    seen = set()
    for name, content in slide_cases.all_cases().items():
        slide = layout(content, canvas_size(1920, 1080))
        for page in slide.pages:
            for b in page.texts():
                seen.add(b.text)
                assert not ENGLISH.search(b.text), (name, b.text)
    assert any(t.startswith("Hierna:") for t in seen)
    assert any(t.startswith("Achternamen") for t in seen)
    assert any(t.endswith("(vervolg)") for t in seen)
