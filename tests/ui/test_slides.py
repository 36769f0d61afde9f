"""The slide layout: every kind, at three screen sizes, with empty, typical and extreme content.

Pure layout (no window): no two text boxes overlap, every box is on the canvas and clear of
the reserved strip, every content string appears in full across the pages, and the type
never goes below its floor (cap height 1/28 of the screen for body text, 1/36 for lists).
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF

from tests.ui import slide_cases
from ui import theme
from ui.slides import content as c
from ui.slides import kinds
from ui.slides.engine import BODY, DENSE, Style, advance, canvas_size, face, text_height
from ui.slides.kinds import layout
from ui.slides.paint import render

SIZES = [(1920, 1080), (1280, 720), (1024, 768)]
CASES = slide_cases.all_cases()
EPS = 0.5
pytestmark = pytest.mark.usefixtures("qapp")      # fonts need a QGuiApplication


def _overlap(a: QRectF, b: QRectF) -> bool:
    return a.adjusted(EPS, EPS, -EPS, -EPS).intersects(b.adjusted(EPS, EPS, -EPS, -EPS))


def _norm(text: str) -> str:
    return " ".join(text.split())


def check(slide, content, scale: float = 1.0) -> None:
    """Every rule of the wall, for every page of ``slide``."""
    w, h = slide.size.width(), slide.size.height()
    canvas = QRectF(0, 0, w, h).adjusted(-EPS, -EPS, EPS, EPS)
    seen: dict[str, dict[int, list[str]]] = {}
    for n, page in enumerate(slide.pages):
        texts = page.texts()
        for box in page.boxes:
            assert canvas.contains(box.rect), (n, box.kind, box.text[:30], box.rect)
            assert not _overlap(box.rect, slide.reserved), (n, box.kind, box.text[:30])
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                assert not _overlap(a.rect, b.rect), (n, a.text[:30], b.text[:30])
            cap = face(a.style).cap
            floor = (BODY if a.style.role in ("body", "title", "big") else DENSE) * h * scale
            assert cap >= floor - 0.01, (a.style.role, a.text[:30], cap, floor)
            if a.source and not a.source.endswith("#marker"):
                seen.setdefault(a.source, {}).setdefault(n, []).append(a.text)
    for key, text in slide_cases.expected_texts(content).items():
        per_page = [_norm("".join(parts)) for parts in seen.get(key, {}).values()]
        # in full on a page (headings repeat on every page), or continued across pages
        assert _norm(text) in per_page or " ".join(per_page) == _norm(text), key


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", sorted(CASES))
def test_every_kind_fits_without_overlap_cut_or_small_type(name, size):
    content = CASES[name]
    slide = layout(content, canvas_size(*size))
    check(slide, content)


@pytest.mark.parametrize("name", ["board_16", "questions_40", "groups_3x27", "harvest_6"])
def test_a_larger_font_scale_scales_everything_and_still_fits(name):
    content = CASES[name]
    slide = layout(content, canvas_size(1920, 1080), 1.3)
    check(slide, content, 1.3)
    plain = layout(content, canvas_size(1920, 1080), 1.0)
    assert slide.count >= plain.count


def test_a_paused_or_long_countdown_gets_its_room():
    from dataclasses import replace

    for clock in ("Gepauzeerd 12:00", "-1:05:00"):
        for name in ("board_16", "break"):
            content = CASES[name]
            content = replace(content, chrome=replace(content.chrome, clock=clock))
            slide = layout(content, canvas_size(1280, 720))
            check(slide, content)
            (box,) = [b for b in slide.pages[0].texts() if b.dynamic == "clock"]
            assert advance(clock, box.style) <= box.rect.width() + 0.5


def test_the_canvas_keeps_the_screen_aspect():
    assert (canvas_size(1920, 1200).width(), canvas_size(1024, 768).width()) == (1728, 1440)
    assert canvas_size(1280, 720).height() == 1080


def test_few_items_are_large_and_many_page_at_the_floor():
    one = layout(CASES["board_1"], canvas_size(1920, 1080))
    many = layout(CASES["board_40"], canvas_size(1920, 1080))
    cap_of = {s: face(b.style).cap for s, sl in (("one", one), ("many", many))
              for b in sl.pages[0].texts() if b.source.startswith("item")}
    assert cap_of["one"] > cap_of["many"] >= 1080 * DENSE - 0.01
    assert one.count == 1 and many.count > 1
    assert many.pages[0].texts()[-1].text == f"1/{many.count}"


def test_a_long_action_title_continues_on_the_next_page_marked():
    slide = layout(CASES["actions_long_title"], canvas_size(1920, 1080))
    assert slide.count >= 2
    assert any(b.text in ("(continued)", "(vervolg)") for b in slide.pages[1].texts())


@pytest.mark.parametrize("name,most", [("groups_3x27", 6), ("groups_8x10", 7)])
def test_group_cards_page_by_the_same_alphabetical_range_on_every_card(name, most):
    """Numbered cards (never a listing), every card on every page, with one range of last
    names per page; ranges follow each other without overlap ("… K", "L …")."""
    content = CASES[name]
    slide = layout(content, canvas_size(1920, 1080))
    assert slide.count <= most
    keys = {m.key: m.sort_key for card in content.body.cards for m in card.members}
    ranges = []
    for page in slide.pages:
        labels = [b.text for b in page.texts() if b.text.startswith("Last names")]
        names = [keys[b.source] for b in page.texts() if b.source in keys]
        if not labels:
            assert not names
            continue
        (label,) = labels
        ranges.append((min(names)[0][0], max(names)[0][0], label))
        # every card is on every page, by its number (and its name where there is room)
        cards = sorted(b.text.split()[0] for b in page.texts()
                       if b.source.endswith((".name", ".number")))
        assert cards == sorted(str(card.band.number) for card in content.body.cards)
    assert len(ranges) >= 2
    assert ranges[0][2].startswith("Last names A") and ranges[-1][2].endswith("Z")
    for (_lo, hi, label), (lo2, _hi2, label2) in zip(ranges, ranges[1:], strict=False):
        assert hi <= lo2                   # alphabetical from page to page
        end = label.split("–")[-1].split()[-1].casefold()
        start = label2.removeprefix("Last names ").split("–")[0].casefold()
        assert end <= start, (label, label2)       # equal only for one surname split


def test_group_numbers_match_the_choice_keys():
    slide = layout(CASES["groups_4x5"], canvas_size(1920, 1080))
    names = [b.text for b in slide.pages[0].texts() if b.source.endswith(".name")]
    assert [n.split()[0] for n in names] == ["1", "2", "3", "4"]


def test_a_tie_at_the_cut_is_marked_and_the_top_is_bold():
    slide = layout(CASES["vote_revealed"], canvas_size(1920, 1080))
    rows = CASES["vote_revealed"].body.rows
    boxes = {b.source: b for b in slide.pages[0].texts()}
    tied = [r for r in rows if r.tied]
    assert len(tied) >= 2
    assert boxes[f"{tied[0].item.key}#marker"].text.endswith("=")
    top = next(r for r in rows if r.top)
    assert boxes[top.item.key].style.bold
    bars = [b for b in slide.pages[0].boxes if b.kind == "bar"]
    assert bars and bars[0].value == 1.0


@pytest.mark.parametrize("name", ["board_16", "groups_8x10", "vote_revealed", "harvest_6",
                                  "initiatives", "cover", "break"])
def test_rendered_pages_show_the_layout(name):
    """Painting, at a size other than the canvas: the picture is letterboxed and not blank."""
    slide = layout(CASES[name], canvas_size(1280, 720))
    for t in (theme.LIGHT, theme.DARK):
        image = render(slide, 0, 1280, 720, t, clock="12:00")
        assert image.width() == 1280
        colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 16)
                   for y in range(0, 720, 16)}
        assert t.background in colours and len(colours) > 2


def test_empty_kinds_say_so():
    for name, words in (("questions_0", "No questions yet."), ("groups_0", "No groups yet."),
                        ("harvest_none", "No theme groups yet."),
                        ("initiatives_none", "No activities yet."),
                        ("heatmap_empty", "No competences yet."),
                        ("pairs_empty", "Nog geen leerkoppels."),
                        ("intervisie_empty", "Nog geen intervisiegroepen.")):
        slide = layout(CASES[name], canvas_size(1920, 1080))
        assert words in [b.text for b in slide.pages[0].texts()], name
    assert isinstance(CASES["close"].body, c.Text)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_heat_map_repeats_its_header_and_colours_cells_readably(size):
    """Rows page at the dense floor with the header row on every page; every number on a
    coloured cell is black or white at >= 4.5:1, and darker cells mean more people."""
    from ui.theme import contrast_ratio

    content = CASES["heatmap_40x200"]
    slide = layout(content, canvas_size(*size))
    assert slide.count > 1
    rows = {r.key: r for r in content.body.rows}
    seen = set()
    for page in slide.pages:
        texts = page.texts()
        heads = [b.text for b in texts if b.text in ("Competence", "0", "4", "Experts")
                 and not b.source]
        assert heads == ["Competence", "0", "4", "Experts"], heads
        fills = [b for b in page.boxes if b.kind == "fill"]
        for b in texts:
            key, _, field = b.source.rpartition(".")
            if key in rows and field in "01234":
                (cell,) = [f for f in fills if f.rect.contains(b.rect.center())]
                assert contrast_ratio(b.style.colour, cell.colour) >= 4.5
                seen.add((rows[key].counts[int(field)], theme.relative_luminance(cell.colour)))
    # more people, a darker cell
    by_count = sorted(seen)
    assert all(a[1] >= b[1] - 1e-9
               for a, b in zip(by_count, by_count[1:], strict=False) if a[0] < b[0])


def test_pairs_and_intervisie_use_cards_or_columns_never_below_the_floor():
    for name in ("pairs_12", "intervisie_7x40"):
        slide = layout(CASES[name], canvas_size(1920, 1080))
        # every band is on the first pages in reading order and numbered from 1
        numbers = [b.text.split()[0] for p in slide.pages for b in p.texts()
                   if b.source.endswith(".name")]
        assert numbers[0] == "1" and "2" in numbers


@pytest.mark.parametrize("name", ["intervisie_7x40", "intervisie_8x200", "pairs_40"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_group_list_never_starts_a_column_away_from_its_band(name, size):
    """In the compact flow, names that go on in a new column or page get their band again,
    marked "(continued)": above every name, the nearest band in its column is its own."""
    content = CASES[name]
    slide = layout(content, canvas_size(*size))
    owner = {}
    for card in content.body.cards if isinstance(content.body, c.Groups) else content.body.plans:
        members = card.members if isinstance(card, c.GroupCard) else ()
        owner.update({m.key: card.band.key for m in members})
    repeats = 0
    for page in slide.pages:
        texts = page.texts()
        bands = [b for b in texts if b.source.endswith((".name", ".name#continued"))]
        repeats += sum(b.source.endswith("#continued") for b in bands)
        for b in texts:
            if b.source not in owner:
                continue
            above = [h for h in bands if abs(h.rect.left() - b.rect.left()) < 40
                     and h.rect.bottom() <= b.rect.top() + 0.5]
            if not above:        # a card (its band across the top), not the compact flow
                continue
            nearest = max(above, key=lambda h: h.rect.bottom())
            assert nearest.source.split(".name")[0] == owner[b.source], (b.text, nearest.text)
    if name == "intervisie_8x200":
        assert repeats > 0


def test_the_engine_repeats_a_heading_over_a_list_that_goes_on_in_the_next_column():
    from ui.slides.engine import Cell, Para, Style, Unit, flow

    st = Style(30)
    head = Unit([Cell([Para("Groep A", Style(30, bold=True), "a.name", fill="#009E73")])])
    items = [Unit([Cell([Para(f"naam {i}", st, f"n{i}")])], gap=6, under=head)
             for i in range(12)]
    lanes = [QRectF(0, 0, 400, 300), QRectF(420, 0, 400, 300)]
    res = flow([head] + items, lanes)
    assert res.ok
    boxes = [b for page in res.pages for b in page if b.kind == "text"]
    for page in res.pages:
        for right in (False, True):
            column = [b for b in page if b.kind == "text" and (b.rect.left() >= 420) == right]
            if column:
                first = min(column, key=lambda b: b.rect.top())
                assert first.source in ("a.name", "a.name#continued"), first.text
    continued = [b for b in boxes if b.source == "a.name#continued"]
    assert continued and all(b.text.endswith("(continued)") for b in continued)
    assert sorted(int(b.text.split()[1]) for b in boxes if b.source.startswith("n")) == list(range(12))


@pytest.mark.parametrize("name,rows", [("groups_8x10", 2), ("groups_3x27", 1)])
def test_group_cards_take_few_pages_at_1920x1080(name, rows):
    """The page count of the two group cases against what the canvas allows at the dense
    floor: at most one overview page, and card pages within a few of the least any layout
    could manage (the longest card's names at one line each over the cards' full height)."""
    content = CASES[name]
    size = canvas_size(1920, 1080)
    slide = layout(content, size)
    f = kinds.frame(content, size, 1.0)
    line = text_height(1, Style(f.cap(DENSE))) + f.cap(DENSE) * 0.2
    below = kinds._areas(f)[0]           # the body below the reserved corner
    lines = int((below.height() / rows) // line)
    least = math.ceil(max(len(card.members) for card in content.body.cards) / lines)
    card_pages = [p for p in slide.pages if any(b.text.startswith("Last names")
                                                for b in p.texts())]
    assert slide.count - len(card_pages) <= 1            # one page naming the groups at most
    # reached: 8x10 in 6 card pages (4 lines a card, several names wrap), 3x27 in 5
    assert least <= len(card_pages) <= least + 3, (least, len(card_pages))
    assert slide.count <= {"groups_8x10": 7, "groups_3x27": 6}[name]
    # 3 groups' questions fit one page, which comes first; 8 groups' took 2-3 pages, so
    # their first page names the groups (the numbered cards carry no names) and no question
    shown = {b.text for p in slide.pages for b in p.texts()}
    questions = [card.band.question for card in content.body.cards]
    first = {b.source for b in slide.pages[0].texts()}
    if name == "groups_3x27":
        assert all(q in shown for q in questions)
        assert {f"{card.band.key}.question" for card in content.body.cards} <= first
    else:
        assert not any(q in shown for q in questions)
        assert {f"{card.band.key}.name" for card in content.body.cards} <= first

