"""Phones in a real browser: Debian's chromium driven by Playwright, at a 390x844 viewport.

The app runs in this process (offscreen Qt, the real aiohttp server on 127.0.0.1, the real
SQLite file). Playwright's sync API runs in its own thread, so the GUI thread keeps
applying the phones' requests while the browser waits. One browser for the module.
"""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# the screenshots go to a temporary folder; STARTDAG_SHOTS=docs refreshes the ones in docs/
SHOTS = Path(os.environ.get("STARTDAG_SHOTS") or "")

if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); CI installs it",
                allow_module_level=True)


class BrowserThread:
    """Playwright in a thread of its own; the test thread pumps Qt while it waits."""

    def __init__(self, tmp: Path, locale: str = "nl-NL"):
        self.jobs: queue.Queue = queue.Queue()
        self.tmp = tmp
        self.locale = locale      # the phone's language (navigator.languages, Accept-Language)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            self.context = pw.chromium.launch_persistent_context(
                str(self.tmp / "profile"), executable_path=CHROMIUM, args=ARGS, headless=True,
                viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                has_touch=True, locale=self.locale)
            while True:
                job = self.jobs.get()
                if job is None:
                    break
                fn, box = job
                try:
                    box["result"] = fn(self.context)
                except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                    box["error"] = exc
                box["done"] = True
            self.context.close()

    def run(self, qtbot, fn, timeout: float = 30.0):
        """Run ``fn(context)`` in the browser thread while Qt keeps running; return its result."""
        box: dict = {}
        self.jobs.put((fn, box))
        qtbot.waitUntil(lambda: box.get("done", False), timeout=int(timeout * 1000))
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def close(self) -> None:
        """Close the browser."""
        self.jobs.put(None)
        self.thread.join(30)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One chromium for the whole module."""
    global SHOTS
    if not os.environ.get("STARTDAG_SHOTS"):
        SHOTS = tmp_path_factory.mktemp("shots")
    b = BrowserThread(tmp_path_factory.mktemp("chromium"))
    yield b
    b.close()


@pytest.fixture
def room(app_ctx, tmp_path, qtbot):
    """The demo trajectory open, the startdag started, phones on (127.0.0.1, a free port)."""
    from sessions import agenda, demo
    from tests.ui.phone_room import open_day

    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    live, mid, hub = open_day(ctx, store)
    url = hub.start("127.0.0.1", 0)
    assert url.startswith("http://127.0.0.1:")
    steps = {s.kind: s.id for s in agenda.steps(store, mid)}

    def go(kind: str) -> None:
        if kind not in steps:
            steps[kind] = agenda.add(store, mid, kind, kind.title())
        agenda.jump(store, steps[kind])
        live.state_changed.emit()

    yield ctx, store, hub, url, go
    hub.stop()
    ctx.set_store(None)


def _open(url: str, name: str | None = "Youssef"):
    """A browser job: open the page in a fresh tab and join by typing part of a name."""

    def job(context):
        page = context.new_page()
        page.goto(url)
        if name is not None:
            page.fill("#name-search", name)
            page.click("#names button")
            page.wait_for_selector("#change", state="visible")
        return page
    return job


def test_join_question_injected_html_and_wrong_token(browser, room, qtbot):
    from sessions import participants, phones, questions
    from tests.ui.wall_probe import WallProbe
    from ui.models_capture import questions_model
    from ui.slides.source import questions_body

    ctx, store, hub, url, go = room
    # check-in is in use at this meeting: joining by name checks the phone's owner in
    mid = hub.meeting_id
    others = participants.all_participants(store)
    participants.check_in(store, mid, others[-1].id)
    go("questions")
    page = browser.run(qtbot, _open(url))
    youssef = next(p for p in others if p.first_name == "Youssef")
    assert participants.is_present(store, mid, youssef.id)
    hostile = '<img src=x onerror="document.title=\'pwned\'"><b>vet</b>'

    def ask(context):
        page.fill("#text-question", hostile)
        page.click("#send-question")
        page.locator("#question-list .question", has_text="onerror").wait_for()
        page.screenshot(path=str(SHOTS / "phone-questions.png"))
        return {"title": page.title(), "imgs": page.locator("main img").count(),
                "bold": page.locator("main b").count()}

    seen = browser.run(qtbot, ask)
    assert seen == {"title": "Startdag", "imgs": 0, "bold": 0}, "the HTML must stay inert text"
    # on the console's model and on the projector, literally
    assert hostile in [e.text for e in questions_model(ctx).entries]
    projector = WallProbe(ctx, make=questions_body)     # the wall draws text as text
    assert any(hostile in t for t in projector.texts())
    # the file knows it came from a phone (for moderation)
    assert [r["text"] for r in phones.inputs(store)] == [hostile]
    assert questions.listing(store)[-1].text == hostile

    def wrong_token(context):
        bad = url.rsplit("/", 2)[0] + "/" + "a" * 16 + "/"
        return page.request.get(bad).status, page.request.get(url + "api/state").status
    assert browser.run(qtbot, wrong_token) == (404, 200)
    browser.run(qtbot, lambda c: page.close())


def test_join_screen_board_and_the_groups_action_plan(browser, room, qtbot):
    from sessions import actions, boards, groups, participants

    ctx, store, hub, url, go = room
    go("welcome")

    def join_screen(context):
        page = context.new_page()
        page.goto(url)
        page.fill("#name-search", "ou")
        page.locator("#names button").first.wait_for()
        page.screenshot(path=str(SHOTS / "phone-join.png"))
        return page, page.locator("#names button").all_text_contents()

    page, names = browser.run(qtbot, join_screen)
    assert "Youssef Ait Taleb" in names and all("ou" in n.lower() for n in names)

    def pick(context):
        page.locator("#names button", has_text="Youssef Ait Taleb").click()
        page.wait_for_selector("#change", state="visible")
        page.screenshot(path=str(SHOTS / "phone-other-step.png"))
        return page.locator("main").text_content()

    assert "Kijk naar het scherm" in browser.run(qtbot, pick)
    go("concept")

    def board(context):
        page.locator(".tabs button", has_text="Gedrag").click()
        page.fill("#text-board", "Ik stel mezelf voor aan iemand die ik niet ken")
        page.click("#send-board")
        page.locator(".card", has_text="Ik stel mezelf voor").wait_for()
        page.screenshot(path=str(SHOTS / "phone-board.png"))
    browser.run(qtbot, board)
    concept = boards.get(store, "concept")
    gedrag = next(c for c in concept.columns if c.title == "Gedrag")
    assert [i.text for i in gedrag.items] == ["Ik stel mezelf voor aan iemand die ik niet ken"]

    youssef = next(p for p in participants.all_participants(store) if p.first_name == "Youssef")
    group = groups.add_group(store, "Netwerken")
    groups.move(store, youssef.id, group)
    go("actions")

    def plan(context):
        page.fill("#action-title", "Kenniscafé in maart")
        page.fill("#action-desc", "Met de wijkteams")
        page.click("#save-action")
        page.locator(".card", has_text="Kenniscafé in maart").wait_for()
        page.screenshot(path=str(SHOTS / "phone-actions.png"))
    browser.run(qtbot, plan)
    assert [(a.title, a.description, a.member_ids) for a in actions.actions(store, group)] == \
        [("Kenniscafé in maart", "Met de wijkteams", [youssef.id])]
    browser.run(qtbot, lambda c: page.close())


def test_dots_up_to_the_budget_then_refused(browser, room, qtbot):
    from playwright.sync_api import expect

    from sessions import questions

    ctx, store, hub, url, go = room
    for text in ("Hoe vind ik collega's?", "Wat doet HR?"):
        questions.add(store, text)
    go("vote")
    page = browser.run(qtbot, _open(url, "Fatma"))
    budget = questions.get_round(store).dots

    def vote(context):
        plus = page.locator(".vote .plus").first
        for i in range(budget):
            plus.click()
            expect(page.locator(".vote .count").first).to_have_text(str(i + 1))
        page.screenshot(path=str(SHOTS / "phone-vote.png"))
        plus.click()
        page.wait_for_selector("#toast:not([hidden])")
        return page.locator("#toast").text_content(), page.locator("#dots-left").text_content()

    toast, left = browser.run(qtbot, vote)
    assert "stippen zijn op" in toast
    assert left.startswith("Stippen over: 0")
    total = store.scalar("SELECT SUM(dots) FROM ballot")
    assert total == budget
    # paper and phones: one tally
    first = questions.listing(store)[0]
    questions.set_votes(store, first.id, 4)
    entry = questions.listing(store)[0]
    assert entry.total == 4 + budget
    browser.run(qtbot, lambda c: page.close())


def test_groups_and_signups_with_a_waiting_list(browser, room, qtbot):
    from sessions import groups, harvest, participants, questions

    ctx, store, hub, url, go = room
    ids = [questions.add(store, t) for t in ("Netwerken", "Samenwerken", "Leren")]
    questions.choose(store, ids)
    groups.create_from_questions(store)
    go("groups")
    page = browser.run(qtbot, _open(url, "Youssef"))
    gs = groups.groups(store)

    def choose(context):
        # the groups are numbered 1..N as on the wall's cards
        options = page.locator("#choice-1 option").all_text_contents()
        numbers = page.locator(".card.group .num").all_text_contents()
        for rank, g in enumerate((gs[2], gs[0], gs[1]), start=1):
            page.select_option(f"#choice-{rank}", str(g.id))
        page.click("#save-choices")
        page.wait_for_selector("#toast:not([hidden])")
        page.screenshot(path=str(SHOTS / "phone-groups.png"), full_page=True)
        return page.locator("#toast").text_content(), options, numbers

    toast, options, numbers = browser.run(qtbot, choose)
    assert toast == "Opgeslagen."
    assert options[1:] == [f"{n}. {g.name}" for n, g in enumerate(gs, start=1)]
    assert numbers == [str(n) for n in range(1, len(gs) + 1)]
    youssef = next(p for p in participants.all_participants(store) if p.first_name == "Youssef")
    assert groups.choices(store)[youssef.id] == [gs[2].id, gs[0].id, gs[1].id]

    act = _full_activity(store, youssef.id)
    go("initiatives")

    def sign_up(context):
        return _sign_up(page, act, "phone-initiatives.png")

    badge, places = browser.run(qtbot, sign_up)
    assert badge == "Op de wachtlijst"
    assert "1 op de wachtlijst" in places
    assert [s.waiting for s in harvest.signups(store, act)] == [False, True]
    browser.run(qtbot, lambda c: page.close())


def test_a_burst_gets_429_and_a_retry_counts_once(browser, room, qtbot):
    from sessions import questions

    ctx, store, hub, url, go = room
    go("questions")
    page = browser.run(qtbot, _open(url, "Fatma"))
    before = len(questions.listing(store))

    def burst(context):
        statuses = []
        body = {"rid": "same-request-1", "data": {"text": "Eén keer, ook als ik het opnieuw stuur"}}
        for _ in range(3):
            statuses.append(page.request.post(url + "api/add_question", data=body).status)
        for i in range(40):
            r = page.request.post(url + "api/add_question",
                                  data={"rid": f"burst-request-{i}", "data": {"text": f"b{i}"}})
            statuses.append(r.status)
        form = page.request.post(url + "api/add_question", form={"rid": "form-request-1"})
        return statuses, form.status

    statuses, form_status = browser.run(qtbot, burst)
    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses
    assert form_status in (415, 429)
    texts = [e.text for e in questions.listing(store)]
    assert texts.count("Eén keer, ook als ik het opnieuw stuur") == 1
    assert len(texts) - before == 1 + statuses[3:].count(200)
    browser.run(qtbot, lambda c: page.close())


def test_the_page_reconnects_after_a_server_restart(browser, room, qtbot):
    from sessions import questions

    ctx, store, hub, url, go = room
    go("questions")
    page = browser.run(qtbot, _open(url, "Youssef"))
    port = hub.port
    hub.stop()
    browser.run(qtbot, lambda c: page.wait_for_selector("#offline:not([hidden])"))
    assert hub.start("127.0.0.1", port) == url          # the same token and port
    questions.add(store, "Na de herstart")

    def sees(context):
        page.locator(".question", has_text="Na de herstart").wait_for(timeout=15000)
        return page.locator("#offline").is_hidden()
    assert browser.run(qtbot, sees)
    browser.run(qtbot, lambda c: page.close())


@pytest.fixture(scope="module")
def english_browser(tmp_path_factory):
    """A chromium whose language is English (en-GB): a phone set to English."""
    global SHOTS
    if not os.environ.get("STARTDAG_SHOTS"):
        SHOTS = tmp_path_factory.mktemp("shots-en")
    b = BrowserThread(tmp_path_factory.mktemp("chromium-en"), locale="en-GB")
    yield b
    b.close()


def _dutch_strings() -> set[str]:
    """The Dutch page's own words (app.js's NL table), less those English spells the same."""
    import re

    js = (Path(__file__).resolve().parents[2] / "ui" / "phones" / "web" / "app.js").read_text("utf-8")
    nl = js[js.index("const NL = {"):js.index("const EN = {")]
    en = js[js.index("const EN = {"):js.index("const langs")]

    def words(block: str) -> set[str]:
        return {m for m in re.findall(r'"([^"]{4,})"', block) if re.search(r"[a-z]{3}", m)}
    return words(nl) - words(en)


def test_an_english_phone_gets_the_english_page_at_every_step(english_browser, room, qtbot):
    """A phone whose language is English: the page, its buttons, messages and answers are
    English at every step; only what the facilitator typed (titles, questions) stays as typed."""
    from sessions import groups, participants, questions

    browser = english_browser
    ctx, store, hub, url, go = room
    dutch = _dutch_strings()
    assert {"Versturen", "Vragen tot nu toe", "Kijk naar het scherm."} <= dutch

    def seen(page) -> str:
        # the page's own words: without the step's title and instructions, which are the
        # facilitator's text (this trajectory's are Dutch) and rightly shown as typed
        return page.evaluate("""() => {
            const body = document.body.cloneNode(true);
            body.querySelectorAll("main > h1, main > h1 + p.muted").forEach((n) => n.remove());
            return body.innerText; }""")

    def no_dutch(text: str) -> list[str]:
        return sorted(d for d in dutch if d.rstrip(": ") in text)

    go("welcome")

    def join(context):
        page = context.new_page()
        page.goto(url)
        page.locator("#names").wait_for(state="attached")
        page.fill("#name-search", "Youssef")
        page.locator("#names button").first.wait_for()
        before = seen(page) + "\n" + page.get_attribute("#name-search", "placeholder")
        lang = page.evaluate("document.documentElement.lang")
        page.locator("#names button").first.click()
        page.wait_for_selector("#change", state="visible")
        page.screenshot(path=str(SHOTS / "phone-en-other-step.png"))
        return page, lang, before, seen(page)

    page, lang, join_text, other_text = browser.run(qtbot, join)
    assert lang == "en"
    assert "Find your name and tap it." in join_text and "Type your name" in join_text
    assert "Look at the screen." in other_text and "Other name" in other_text
    assert no_dutch(join_text) == [] and no_dutch(other_text) == []

    go("questions")

    def ask(context):
        page.locator("#send-question").wait_for()
        page.click("#send-question")            # nothing typed: the refusal, in English
        page.wait_for_selector("#toast:not([hidden])")
        empty = page.locator("#toast").text_content()
        page.fill("#text-question", "How do I find my colleagues?")
        page.click("#send-question")
        page.locator(".question", has_text="How do I find").wait_for()
        page.screenshot(path=str(SHOTS / "phone-en-questions.png"))
        return empty, seen(page)

    empty, text = browser.run(qtbot, ask)
    assert empty == "Type something first."
    assert "Questions so far" in text and "Send" in text
    assert no_dutch(text) == [], text

    for t in ("Wat doet HR?", "Hoe vind ik collega's?"):
        questions.add(store, t)
    go("vote")
    budget = questions.get_round(store).dots

    def vote(context):
        from playwright.sync_api import expect

        page.locator(".vote .plus").first.wait_for()
        plus = page.locator(".vote .plus").first
        for i in range(budget):
            plus.click()
            expect(page.locator(".vote .count").first).to_have_text(str(i + 1))
        plus.click()
        page.wait_for_selector("#toast:not([hidden])")
        page.screenshot(path=str(SHOTS / "phone-en-vote.png"))
        return page.locator("#toast").text_content(), seen(page)

    toast, text = browser.run(qtbot, vote)
    assert toast == "Your dots are used up. Take one away first."
    assert f"Dots left: 0 / {budget}" in text and "The result stays hidden" in text
    assert no_dutch(text) == [], text

    ids = [questions.add(store, t) for t in ("Netwerken", "Samenwerken", "Leren")]
    questions.choose(store, ids)
    groups.create_from_questions(store)
    go("groups")
    gs = groups.groups(store)

    def choose(context):
        page.locator("#choice-1").wait_for()
        options = page.locator("#choice-1 option").all_text_contents()
        page.select_option("#choice-1", str(gs[1].id))
        page.click("#save-choices")
        page.wait_for_selector("#toast:not([hidden])")
        page.screenshot(path=str(SHOTS / "phone-en-groups.png"), full_page=True)
        return page.locator("#toast").text_content(), options, seen(page)

    toast, options, text = browser.run(qtbot, choose)
    assert toast == "Saved."
    assert options[0] == "— none —"
    assert "1st choice" in text and "The groups" in text
    assert no_dutch(text) == []

    youssef = next(p for p in participants.all_participants(store) if p.first_name == "Youssef")
    act = _full_activity(store, youssef.id)
    go("initiatives")

    def sign_up(context):
        return (*_sign_up(page, act, "phone-en-initiatives.png"), seen(page))

    badge, places, text = browser.run(qtbot, sign_up)
    assert badge == "On the waiting list"
    assert "1 on the waiting list" in places and "1 of 1 places" in places
    assert no_dutch(text) == []
    browser.run(qtbot, lambda c: page.close())


def _full_activity(store, phone_person: int) -> int:
    """An activity with one place, already taken by someone other than the phone's person."""
    from sessions import harvest, participants

    act = harvest.add_activity(store, title="Intervisie", capacity=1)
    someone = next(p for p in participants.all_participants(store) if p.id != phone_person)
    harvest.sign_up(store, act, someone.id)
    return act


def _sign_up(page, act: int, shot: str) -> tuple[str, str]:
    """Tap the activity's sign-up button; its badge and places line once the answer came."""
    card = page.locator(f".activity[data-id='{act}']")
    card.locator("button").click()
    card.locator(".badge").wait_for()
    page.screenshot(path=str(SHOTS / shot))
    return card.locator(".badge").text_content(), card.locator(".places").text_content()
