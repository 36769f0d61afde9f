"""The Phones tab with real phones over HTTP: names that wait for an OK (Allow / Refuse), the
merge dialog, and the lists taking phone input in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from sessions import demo, phones, questions
from tests.ui.test_phones_ui import _in_thread, _request


@pytest.fixture
def room(app_ctx, tmp_path, qtbot):
    """The demo's startdag at ``at``, phones on over loopback, the Phones tab on screen."""
    from tests.ui.phone_room import open_day
    from ui.phones.panel import PhonesPage

    ctx, actions = app_ctx
    made = {}

    def make(at: str):
        store = demo.create_demo(tmp_path / "demo.startdag")
        _live, mid, hub = open_day(ctx, store, at=at)
        hub.start("127.0.0.1", 0)
        page = PhonesPage(ctx, actions, hub)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        made.update(hub=hub)
        return store, mid, hub, page

    yield ctx, make
    if "hub" in made:
        made["hub"].stop()
    ctx.set_store(None)


class Phone:
    """A phone over real HTTP: its cookie from the page, then JSON POSTs."""

    def __init__(self, hub):
        self.port, self.token = hub.port, hub.token
        _, headers, _ = _request(self.port, "GET", f"/{self.token}/")
        self.cookie = headers["Set-Cookie"].split(";")[0]
        self.n = 0

    def post(self, op: str, data: dict) -> tuple[int, str]:
        self.n += 1
        status, _h, text = _request(self.port, "POST", f"/{self.token}/api/{op}",
                                    {"rid": f"{self.cookie[-12:]}-{op}-{self.n}", "data": data},
                                    cookie=self.cookie)
        return status, text

    @property
    def hash(self) -> str:
        return phones.hash_cookie(self.cookie.split("=", 1)[1])


def _person(store, first: str) -> int:
    return next(p["id"] for p in phones.people(store) if p["name"].startswith(first))


def test_allow_and_refuse_a_name_another_phone_holds(room, qtbot):
    ctx, make = room
    store, mid, hub, page = make("vote")
    youssef = _person(store, "Youssef")

    def two_phones():
        a, b = Phone(hub), Phone(hub)
        return a, b, a.post("join", {"participant_id": youssef}), b.post("join", {"participant_id": youssef})

    a, b, first, second = _in_thread(qtbot, two_phones)
    assert first[0] == 200 and '"joined"' in first[1] and '"pending"' in second[1]
    qtbot.waitUntil(lambda: page.pending_model.rowCount() == 1, timeout=5000)
    assert page.pending_box.isVisible()
    model = page.pending_model
    name = next(p["name"] for p in phones.people(store) if p["id"] == youssef)
    asked, held = model.index(0, 1).data(), model.index(0, 2).data()
    assert model.index(0, 0).data() == name
    assert len(asked) == 5 and asked[2] == ":" and len(held) == 5 and held <= asked   # HH:MM
    assert "#" not in asked + held
    # Allow: B gets the name, A lets go; the list empties and hides
    page.pending_view.selectRow(0)
    page.approve_button.click()
    assert phones.phone_by_cookie(store, mid, b.hash)["participant_id"] == youssef
    assert phones.phone_by_cookie(store, mid, a.hash)["participant_id"] is None
    assert model.rowCount() == 0 and page.pending_box.isHidden()
    # A asks for the name back; Refuse: A waits no more, B keeps it
    status, text = _in_thread(qtbot, lambda: a.post("join", {"participant_id": youssef}))
    assert '"pending"' in text
    qtbot.waitUntil(lambda: page.pending_model.rowCount() == 1, timeout=5000)
    page.pending_view.selectRow(0)
    page.refuse_button.click()
    assert phones.phone_by_cookie(store, mid, a.hash)["wants_id"] is None
    assert phones.phone_by_cookie(store, mid, b.hash)["participant_id"] == youssef
    assert model.rowCount() == 0
    # nothing selected: the buttons do nothing and say nothing
    page.approve_button.click()
    assert page.message.isHidden()


def _answer_dialog(qtbot, choose: str | None, seen: list):
    """Answer the next modal QInputDialog: pick ``choose`` (None: cancel)."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.comboBoxItems())
        if choose is None:
            dialog.reject()
        else:
            dialog.setTextValue(choose)
            dialog.accept()
    QTimer.singleShot(0, answer)


def test_merge_a_phone_question_through_the_dialog_and_undo(room, qtbot):
    ctx, make = room
    store, mid, hub, page = make("questions")
    kept = questions.add(store, "Wat is onze rol in de wijk?")

    def ask():
        p = Phone(hub)
        p.post("join", {"participant_id": _person(store, "Youssef")})
        return p.post("add_question", {"text": "Welke rol hebben wij in de wijk?"})

    status, text = _in_thread(qtbot, ask)
    assert status == 200
    qtbot.waitUntil(lambda: page.inputs_model.rowCount() == 1, timeout=5000)
    phone_q = page.inputs_model.rows[0]["ref_id"]
    page.inputs_view.selectRow(0)
    # cancel: nothing changes
    seen: list = []
    _answer_dialog(qtbot, None, seen)
    page.merge_button.click()
    assert seen and "Wat is onze rol in de wijk?" in seen[0]
    assert "Welke rol hebben wij in de wijk?" not in seen[0]       # never into itself
    assert questions.get(store, phone_q).merged_into is None
    # pick the question to keep: merged, and the list marks it
    _answer_dialog(qtbot, "Wat is onze rol in de wijk?", seen)
    page.merge_button.click()
    assert questions.get(store, phone_q).merged_into == kept
    assert page.inputs_model.index(0, 0).data().endswith("↳")
    assert phone_q not in [e.id for e in questions.listing(store)]     # under the kept one now
    # undo puts it back
    ctx.undo_stack.undo()
    assert questions.get(store, phone_q).merged_into is None
    page.refresh_lists()
    assert not page.inputs_model.index(0, 0).data().endswith("↳")
    # a board item cannot be merged: the tab says so
    page.inputs_view.clearSelection()
    page.merge_button.click()
    assert page.message.isVisible() and page.message.text()


def test_the_lists_take_phone_input_in_place(room, qtbot):
    """150 phones: the tab's lists insert rows and change cells, never reset (which loses the
    facilitator's selection and scroll position)."""
    ctx, make = room
    store, mid, hub, page = make("questions")
    first = questions.add(store, "Eerste vraag")
    page.refresh_lists()
    resets = []
    for model in (page.inputs_model, page.tally_model, page.pending_model):
        model.modelReset.connect(lambda m=model: resets.append(m))
    page.tally_view.selectRow(page.tally_model.row_of(first))

    def ask():
        p = Phone(hub)
        p.post("join", {"participant_id": _person(store, "Youssef")})
        return [p.post("add_question", {"text": f"Vraag {i} van de telefoon"})[0] for i in range(3)]

    assert _in_thread(qtbot, ask) == [200, 200, 200]
    qtbot.waitUntil(lambda: page.inputs_model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: page.tally_model.rowCount() == 4, timeout=5000)
    assert resets == []
    assert page.tally_view.currentIndex().row() == page.tally_model.row_of(first)
    assert [page.inputs_model.index(r, 1).data() for r in range(3)] == [
        "Vraag 2 van de telefoon", "Vraag 1 van de telefoon", "Vraag 0 van de telefoon"]
