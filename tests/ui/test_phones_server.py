"""The phones' server and hub in detail: streams, heartbeats, limits, deadlines, moderation, re-scan."""

from __future__ import annotations

import asyncio
import http.client
import time

import pytest

from sessions import agenda, demo, phones, questions, trajectory
from tests.ui.test_phones_ui import _in_thread, _request
from ui.phones import server as srv


@pytest.fixture
def opened(app_ctx, tmp_path, qtbot):
    """The demo open at the questions step, a hub that is still off."""
    from ui.agenda_model import live_day
    from ui.phones.hub import PhoneHub

    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    ctx.set_store(store)
    live = live_day(ctx)
    mid = trajectory.meeting_of_kind(store, "startdag").id
    live.set_meeting(mid)
    agenda.start(store, mid)
    agenda.jump(store, next(s.id for s in agenda.steps(store, mid) if s.kind == "questions"))
    hub = PhoneHub(ctx)
    ctx.phones = hub
    yield ctx, actions, store, hub
    hub.stop()
    ctx.set_store(None)


def test_deltas_carry_only_what_changed():
    old = {"questions": {"meta": {"hidden": True}, "items": {"1": {"text": "a"}, "2": {"text": "b"}}}}
    new = {"questions": {"meta": {"hidden": True}, "items": {"1": {"text": "a"}, "3": {"text": "c"}}}}
    assert srv.diff(old, new) == {"questions": {"set": {"3": {"text": "c"}}, "del": ["2"]}}
    assert srv.diff(new, new) == {}


def test_a_slow_stream_is_dropped_instead_of_piling_up():
    async def fill():
        stream = srv.Stream("phone")
        results = [stream.send("x") for _ in range(srv.QUEUE_MAX + 1)]
        return results, stream.dropped, stream.queue.get_nowait()
    results, dropped, first = asyncio.run(fill())
    assert all(results[:-1]) and results[-1] is False and dropped
    assert first is None                     # the writer ends instead of sending stale events


def test_a_bucket_allows_its_burst_then_its_rate():
    bucket = srv.Bucket(5.0, 20.0)
    assert sum(bucket.allow() for _ in range(30)) == 20
    time.sleep(0.45)
    assert sum(bucket.allow() for _ in range(10)) == 2


def test_streams_get_a_snapshot_then_heartbeats_and_are_capped(opened, qtbot, monkeypatch):
    monkeypatch.setattr(srv, "HEARTBEAT_S", 0.3)
    monkeypatch.setattr(srv, "MAX_STREAMS", 1)
    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    port, token = hub.port, hub.token

    def stream():
        _, headers, _ = _request(port, "GET", f"/{token}/")
        cookie = headers["Set-Cookie"].split(";")[0]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", f"/{token}/api/events",
                     headers={"Host": f"127.0.0.1:{port}", "Cookie": cookie})
        r = conn.getresponse()
        seen = []
        while not any(line.startswith(b": heartbeat") for line in seen):
            seen.append(r.fp.readline())
        second = _request(port, "GET", f"/{token}/api/events", cookie=cookie)[0]
        conn.close()
        return r.status, r.getheader("Content-Type"), seen, second

    status, kind, seen, second = _in_thread(qtbot, stream)
    assert status == 200 and kind.startswith("text/event-stream")
    assert b"event: snapshot\n" in seen
    assert second == 503                      # beyond the cap of open streams


def test_a_request_past_its_deadline_is_not_applied(opened, qtbot):
    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    before = len(questions.listing(store))
    loop = asyncio.new_event_loop()
    try:
        job = srv.Job("add_question", {"text": "te laat"}, phones.hash_cookie("late-phone-cookie1"),
                      "late-1", time.monotonic() - 1, loop, loop.create_future())
        hub._submit(job)
        qtbot.wait(100)
        assert job.state == "abandoned"
        assert len(questions.listing(store)) == before
    finally:
        loop.close()


def test_moderation_hide_delete_and_undo(opened, qtbot):
    from ui.phones.panel import ID_ROLE, PhonesPage

    ctx, actions, store, hub = opened
    mid = hub.meeting_id if hub.meeting_id is not None else \
        trajectory.meeting_of_kind(store, "startdag").id
    pid = phones.register(store, mid, phones.hash_cookie("moderated-phone-1"))
    phones.join(store, pid, None)
    _, answer = phones.apply(store, mid, pid, "add_question", {"text": "Grove vraag"}, "m-1")
    qid = answer["id"]
    page = PhonesPage(ctx, actions, hub)
    qtbot.addWidget(page)
    page.refresh_lists()
    assert page.inputs_model.rowCount() == 1
    assert page.inputs_model.index(0, 0).data(ID_ROLE) == ("question", qid)
    page.inputs_view.selectRow(0)
    page.toggle_hidden()
    assert qid not in [e.id for e in questions.listing(store)]
    ctx.undo_stack.undo()
    assert qid in [e.id for e in questions.listing(store)]
    page.inputs_view.selectRow(0)
    page.delete()
    assert qid not in [q.id for q in questions.all_questions(store)]
    ctx.undo_stack.undo()
    assert questions.get(store, qid).text == "Grove vraag"


def test_the_hub_moves_to_a_network_that_comes_up(opened, monkeypatch):
    from ui.phones import hub as hub_module
    from ui.phones import network

    ctx, actions, store, hub = opened
    monkeypatch.setattr(network, "candidates", lambda: [])
    hub.start(None, 0)
    assert hub.address is None and hub.ip == "127.0.0.1"
    token = hub.token
    hotspot = network.Address("127.0.0.2", "hotspot", True)  # a loopback address stands in
    monkeypatch.setattr(hub_module.network, "candidates", lambda: [hotspot])
    hub.rescan()
    assert hub.running and hub.address == hotspot and hub.token == token
