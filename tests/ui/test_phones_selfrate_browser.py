"""The self-rating on a phone in a real browser: Debian's chromium via Playwright at 390x844.

The leercultuur demo (40 people on an expertise map) runs in this process with the real
aiohttp server on 127.0.0.1 and the real SQLite file; the launch options are those of
tests/ui/test_phones_browser.py. One browser for the module.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.ui.test_phones_browser import CHROMIUM, BrowserThread

if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); CI installs it",
                allow_module_level=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One chromium for the whole module."""
    b = BrowserThread(tmp_path_factory.mktemp("chromium"))
    yield b
    b.close()


@pytest.fixture
def shots(tmp_path):
    """Where screenshots go: STARTDAG_SHOTS=docs refreshes docs/phone-selfrating.png."""
    return Path(os.environ.get("STARTDAG_SHOTS") or tmp_path)


@pytest.fixture
def room(app_ctx, tmp_path, qtbot):
    """The leercultuur demo open at its startdag's welcome step, phones on (127.0.0.1)."""
    from sessions import agenda, demo_peer
    from tests.ui.phone_room import open_day

    ctx, _actions = app_ctx
    store = demo_peer.create_demo(tmp_path / "leercultuur.startdag")
    live, mid, hub = open_day(ctx, store)
    url = hub.start("127.0.0.1", 0)
    steps = {s.kind: s.id for s in agenda.steps(store, mid)}

    def go(kind: str) -> None:
        agenda.jump(store, steps[kind])
        live.state_changed.emit()

    go("welcome")
    yield ctx, store, hub, url, go
    hub.stop()
    ctx.set_store(None)


def test_a_named_phone_corrects_its_own_expertise_and_sees_no_one_elses(browser, room, qtbot,
                                                                        shots):
    from sessions import expertise, participants

    ctx, store, hub, url, go = room
    people = {p.display_name: p.id for p in participants.all_participants(store)}
    fatima, jan = people["Fatima El Khatib"], people["Jan de Boer"]
    m = expertise.load(store)
    comp = next(c for c in m.competences if c.goals)
    new = (m.rating(fatima, comp.id).level + 2) % 5
    levels = {c.id: m.rating(fatima, c.id).level for c in m.competences}
    # Jan's map differs from Fatima's, so a page that showed his would be caught
    assert any(m.rating(jan, c.id).level != levels[c.id] for c in m.competences)

    def rate(context):
        page = context.new_page()
        page.goto(url)
        page.fill("#name-search", "Fatima")
        page.click("#names button")
        page.click("#open-selfrate")
        page.locator(".competence").first.wait_for()
        shown = {int(card.get_attribute("data-id")):
                 int(card.locator(".levels button[aria-pressed=true] .num").text_content())
                 for card in page.locator(".competence").all()}
        page.click(f"#level-{comp.id}-{new}")
        page.locator("#unsaved").wait_for()
        page.screenshot(path=str(shots / "phone-selfrating.png"))
        page.click("#save-selfrate")
        page.wait_for_selector("#toast:not([hidden])")
        toast = page.locator("#toast").text_content()
        for _ in range(50):          # the laptop publishes the new view a moment after the commit
            state = json.loads(page.request.get(url + "api/state").text())
            if str(comp.id) in state["me"]["expertise"] and \
                    state["me"]["expertise"][str(comp.id)]["level"] == new:
                break
            page.wait_for_timeout(100)
        page.close()
        return shown, toast, state

    shown, toast, state = browser.run(qtbot, rate)
    assert shown == levels, "the page shows Fatima's own levels, every competence"
    assert toast == "Opgeslagen."
    rating = expertise.load(store).rating(fatima, comp.id)
    assert (rating.level, rating.source) == (new, "phone")
    assert expertise.load(store).rating(jan, comp.id) == m.rating(jan, comp.id)
    # what this phone can fetch: its own ratings, nobody else's
    mine = state["me"]["expertise"]
    assert mine[str(comp.id)]["level"] == new
    assert set(mine) == {str(c) for (p, c) in expertise.ratings(store) if p == fatima}
    assert '"level"' not in json.dumps(state["state"])

    # at the kenniskaart step it is the page itself; a phone without a name never sees it
    go("kenniskaart")

    def anonymous(context):
        context.clear_cookies()
        page = context.new_page()
        page.goto(url)
        page.click("#anon")
        page.wait_for_selector("#change", state="visible")
        page.locator("main .card").first.wait_for()
        seen = (page.locator(".competence").count(), page.locator("#open-selfrate").count(),
                page.locator("main").text_content())
        page.close()
        return seen

    cards, button, text = browser.run(qtbot, anonymous)
    assert (cards, button) == (0, 0)
    assert "Hiervoor moet je meedoen met je naam" in text
