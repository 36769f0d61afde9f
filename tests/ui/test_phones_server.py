"""The phones' server and hub in detail: streams, heartbeats, limits, deadlines, moderation, re-scan."""

from __future__ import annotations

import asyncio
import http.client
import time

import pytest

from sessions import demo, phones, questions, trajectory
from tests.ui.test_phones_ui import _in_thread, _request
from ui.phones import server as srv


@pytest.fixture
def opened(app_ctx, tmp_path, qtbot):
    """The demo open at the questions step, a hub that is still off."""
    from tests.ui.phone_room import open_day

    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    _live, _mid, hub = open_day(ctx, store, at="questions")
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


def test_a_self_rating_passes_the_servers_checks_reaches_the_grid_and_stays_personal(opened, qtbot):
    import json as _json

    from sessions import expertise, participants
    from ui.peer.grid import FIXED
    from ui.peer.page import PeerPage

    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    port, token = hub.port, hub.token
    grid = PeerPage(ctx)                  # the console's expertise grid, listening to notices
    qtbot.addWidget(grid)
    people = {p.first_name: p.id for p in participants.all_participants(store)}
    youssef, fatma = people["Youssef"], people["Fatma"]
    comp = expertise.competences(store)[0]
    old = expertise.load(store).rating(youssef, comp.id).level
    new = (old + 2) % 5
    item = {"competence_id": comp.id, "level": new, "wants": True}

    def talk():
        cookies = {}
        for name, pid in (("Youssef", youssef), ("Fatma", fatma)):
            _, headers, _ = _request(port, "GET", f"/{token}/")
            cookies[name] = headers["Set-Cookie"].split(";")[0]
            assert _request(port, "POST", f"/{token}/api/join", {
                "rid": f"join-{name}-1", "data": {"participant_id": pid}},
                cookie=cookies[name])[0] == 200
        path = f"/{token}/api/self_rate"
        body = {"rid": "selfrate-1", "data": {"items": [item]}}
        statuses = {
            "no_cookie": _request(port, "POST", path, body)[0],
            "wrong_token": _request(port, "POST", f"/{'b' * 16}/api/self_rate", body,
                                    cookie=cookies["Youssef"])[0],
            "too_big": _request(port, "POST", path, {"rid": "selfrate-big", "data": {
                "items": [item] * 200}}, cookie=cookies["Youssef"])[0],
        }
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", path, body="rid=selfrate-form", headers={
            "Host": f"127.0.0.1:{port}", "Cookie": cookies["Youssef"],
            "Content-Type": "application/x-www-form-urlencoded"})
        statuses["form"] = conn.getresponse().status
        conn.close()
        status, _, text = _request(port, "POST", path, body, cookie=cookies["Youssef"])
        return cookies, statuses, status, _json.loads(text)

    cookies, statuses, status, answer = _in_thread(qtbot, talk)
    assert statuses == {"no_cookie": 403, "wrong_token": 404, "too_big": 413, "form": 415}
    assert status == 200 and answer["expertise"][str(comp.id)]["level"] == new
    rating = expertise.load(store).rating(youssef, comp.id)
    assert (rating.level, rating.wants, rating.source) == (new, True, "phone")
    # the console's grid shows it at once (it listens to the store's notices)
    row = next(r for r in range(grid.model.rowCount()) if grid.model.person(r).id == youssef)
    col = next(c for c in range(FIXED, grid.model.columnCount())
               if grid.model.competence(c).id == comp.id)
    assert str(new) in grid.model.index(row, col).data()
    # what the server holds: Youssef's own view has it; Fatma's phone holds only her own
    mine = phones.hash_cookie(cookies["Youssef"].split("=", 1)[1])
    hers = phones.hash_cookie(cookies["Fatma"].split("=", 1)[1])
    qtbot.waitUntil(lambda: (hub.server.personal.get(mine, {}).get("expertise") or {})
                    .get(str(comp.id), {}).get("level") == new, timeout=5000)
    own = {str(c): {"level": r.level, "wants": r.wants, "teaches": r.teaches}
           for (p, c), r in expertise.ratings(store).items() if p == fatma}
    assert hub.server.personal[hers]["expertise"] == own
    public = _json.dumps(hub.server.public)
    assert comp.name in public and '"level"' not in public


def _burst(host: str, port: int, token: str, n: int) -> tuple[list[int], float]:
    """``n`` GETs without a cookie (no per-phone limit) over one kept-alive connection."""
    conn = http.client.HTTPConnection(host, port, timeout=10)
    statuses, t0 = [], time.monotonic()
    try:
        for _ in range(n):
            conn.request("GET", f"/{token}/app.css", headers={"Host": f"{host}:{port}"})
            r = conn.getresponse()
            r.read()
            statuses.append(r.status)
    finally:
        conn.close()
    return statuses, time.monotonic() - t0


def _serve(hosts, **kwargs) -> srv.JoinServer:
    server = srv.JoinServer(hosts, 0, "t" * 16, lambda job: None, **kwargs)
    server.start()
    return server


def _assert_ip_limited(statuses: list[int], seconds: float) -> None:
    allowed = statuses.count(200)
    # the burst, plus what the rate refilled while the requests ran; the rest is refused
    assert srv.IP_BURST <= allowed <= srv.IP_BURST + srv.IP_RATE * seconds + 1, (allowed, seconds)
    assert set(statuses) == {200, 429} and statuses[-1] == 429
    assert statuses.index(429) >= srv.IP_BURST


def test_one_address_gets_its_burst_then_429_but_loopback_is_spared(monkeypatch):
    """50 requests a second per IP address, burst 200; not on loopback (the benchmark).

    The refill is slowed to 1 a second here, so a loaded machine sending the burst slowly
    still sees it end (the bucket's own rate is tested above)."""
    monkeypatch.setattr(srv, "IP_RATE", 1.0)
    n = int(srv.IP_BURST) + 60
    loopback = _serve(["127.0.0.1"])
    try:
        statuses, _ = _burst("127.0.0.1", loopback.port, "t" * 16, n)
        assert statuses == [200] * n                      # 127.0.0.1 is exempt
    finally:
        loopback.stop()
    # the same server code with the exemption off: 127.0.0.1 counts like a phone's address
    counted = _serve(["127.0.0.1"], exempt=lambda address: False)
    try:
        _assert_ip_limited(*_burst("127.0.0.1", counted.port, "t" * 16, n))
    finally:
        counted.stop()


def test_a_lan_address_is_rate_limited_per_ip(monkeypatch):
    """Over a real non-loopback interface (skipped on a machine without one)."""
    import socket

    monkeypatch.setattr(srv, "IP_RATE", 1.0)

    from ui.phones import network

    lan = [a.ip for a in network.candidates()]
    if not lan:
        try:       # any address of this machine that is not loopback will do
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect(("192.0.2.1", 9))
                lan = [s.getsockname()[0]]
        except OSError:
            lan = []
    lan = [ip for ip in lan if not ip.startswith("127.")]
    if not lan:
        pytest.skip("this machine has no non-loopback IPv4 interface")
    server = _serve([lan[0], "127.0.0.1"])
    try:
        _assert_ip_limited(*_burst(lan[0], server.port, "t" * 16, int(srv.IP_BURST) + 60))
        # another address (loopback) is not held back by the first one's bucket
        assert _burst("127.0.0.1", server.port, "t" * 16, 5)[0] == [200] * 5
    finally:
        server.stop()


def test_a_burst_is_applied_in_batches_and_answered_once_per_batch(opened, qtbot):
    """Thirty phones asking at once: the GUI applies them in a few transactions (one commit
    and one catch-up of the models each), and hands each batch's answers to the server's
    loop in one go (each hand-over wakes the server thread, which takes the GIL)."""
    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    mid = hub.meeting_id
    people = phones.people(store)[:30]
    for i, p in enumerate(people):
        pid = phones.register(store, mid, phones.hash_cookie(f"burst-phone-cookie-{i:02d}"))
        phones.join(store, pid, p["id"])

    class Loop(asyncio.SelectorEventLoop):
        handovers = 0

        def call_soon_threadsafe(self, *args, **kwargs):
            Loop.handovers += 1
            return super().call_soon_threadsafe(*args, **kwargs)

    loop = Loop()
    records = []
    ctx.change_record.connect(lambda change: records.append(change)
                              if change.of(phones.REQUEST) else None)
    before = len(questions.listing(store))
    try:
        jobs = [srv.Job("add_question", {"text": f"Vraag {i}"},
                        phones.hash_cookie(f"burst-phone-cookie-{i:02d}"), f"burst-{i}",
                        time.monotonic() + 30, loop, loop.create_future()) for i in range(30)]
        for job in jobs:
            hub._submit(job)
        qtbot.waitUntil(lambda: all(j.state == "taken" for j in jobs) and not hub._jobs)
        loop.run_until_complete(asyncio.sleep(0))
        assert [j.future.result()[0] for j in jobs] == [200] * 30
        assert len(questions.listing(store)) == before + 30
        assert 1 <= len(records) < 30          # batches, not one transaction per phone
        assert Loop.handovers == len(records)  # one hand-over per batch
    finally:
        loop.close()


def test_a_batch_with_nothing_waiting_commits_nothing(opened, qtbot):
    """The batch timer firing after phone join stopped (or with the queue emptied) opens no
    transaction: no change notice for the models and the wall to catch up on."""
    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    records = []
    ctx.change_record.connect(records.append)
    hub._drain()
    hub.stop()
    hub._drain()
    assert records == [] and not hub._drain_timer.isActive()
