"""Phone join on the facilitator's side: on and off, the addresses, the join slide, undo, the CLI."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sessions import agenda, demo, questions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened(app_ctx, tmp_path, qtbot):
    """The demo open, the startdag started at the vote step, a hub that is still off."""
    from tests.ui.phone_room import open_day

    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    _live, _mid, hub = open_day(ctx, store, at="vote")
    yield ctx, actions, store, hub
    hub.stop()
    ctx.set_store(None)


def _request(port: int, method: str, path: str, body: dict | None = None, host: str | None = None,
             cookie: str = "") -> tuple[int, dict, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Host": host or f"127.0.0.1:{port}"}
    if cookie:
        headers["Cookie"] = cookie
    data = None
    if body is not None:
        data = json.dumps(body)
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=headers)
    r = conn.getresponse()
    text = r.read().decode()
    return r.status, dict(r.getheaders()), text


def _in_thread(qtbot, fn):
    """Run blocking HTTP in a thread while the GUI thread applies the requests."""
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("r", fn()))
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=20000)
    return box["r"]


def _refused(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) != 0


def test_nothing_listens_until_on_and_it_stops_when_the_file_closes(opened, qtbot):
    ctx, actions, store, hub = opened
    assert not hub.running and hub.server is None
    url = hub.start("127.0.0.1", 0)
    port = hub.port
    assert hub.server.hosts == ["127.0.0.1"]
    assert "0.0.0.0" not in hub.server.hosts
    status, headers, _ = _request(port, "GET", f"/{hub.token}/")
    assert status == 200
    assert headers["Content-Security-Policy"].startswith("default-src 'none'; script-src 'self'")
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Cache-Control"] == "no-store"
    assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
    assert url == f"http://127.0.0.1:{port}/{hub.token}/"
    # a Host that is not ours (DNS rebinding) and a wrong token
    assert _request(port, "GET", f"/{hub.token}/", host=f"evil.example:{port}")[0] == 421
    assert _request(port, "GET", "/" + "b" * 16 + "/")[0] == 404
    # POSTs: JSON only, no foreign origin, at most 4 KiB
    cookie = headers["Set-Cookie"].split(";")[0]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", f"/{hub.token}/api/add_question", body="rid=abcdefgh1",
                 headers={"Host": f"127.0.0.1:{port}", "Cookie": cookie,
                          "Content-Type": "application/x-www-form-urlencoded"})
    assert conn.getresponse().status == 415
    conn.close()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", f"/{hub.token}/api/add_question", body=json.dumps({"rid": "abcdefgh2"}),
                 headers={"Host": f"127.0.0.1:{port}", "Cookie": cookie,
                          "Content-Type": "application/json", "Origin": "http://evil.example"})
    r = conn.getresponse()
    assert r.status == 403 and r.getheader("Access-Control-Allow-Origin") is None
    conn.close()
    big = {"rid": "abcdefgh3", "data": {"text": "x" * 5000}}
    assert _request(port, "POST", f"/{hub.token}/api/add_question", big, cookie=cookie)[0] == 413
    ctx.set_store(None)
    assert not hub.running and _refused(port)


def test_a_lan_address_is_bound_with_loopback_never_everything(opened):
    from ui.phones import network

    ctx, actions, store, hub = opened
    lan = [a for a in network.candidates() if not a.hotspot]
    if not lan:
        pytest.skip("this machine has no private IPv4 interface")
    hub.start(lan[0].ip, 0)
    assert hub.server.hosts == [lan[0].ip, "127.0.0.1"]
    assert hub.url().startswith(f"http://{lan[0].ip}:")


def test_addresses_are_private_ipv4_and_hotspots_are_recognised():
    from ui.phones import network

    assert network.is_private_v4("192.168.1.20") and network.is_private_v4("10.0.0.5")
    assert not network.is_private_v4("127.0.0.1") and not network.is_private_v4("169.254.3.4")
    assert not network.is_private_v4("8.8.8.8") and not network.is_private_v4("fe80::1")
    assert network.is_hotspot("192.168.137.1", "Local Area Connection* 2")
    assert network.is_hotspot("10.42.0.1", "wlan0")
    assert not network.is_hotspot("192.168.1.20", "wlan0")


def test_the_hotspot_warning_names_the_limit(opened):
    from ui.phones import network
    from ui.phones.panel import hotspot_warning

    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    assert "only this laptop" in hotspot_warning(hub)
    hub.address = network.Address("192.168.137.1", "hotspot", True)
    assert "8 phones" in hotspot_warning(hub)


def test_an_undo_that_would_trample_phone_votes_is_refused(opened, qtbot):
    from sessions import phones
    from ui import commands

    ctx, actions, store, hub = opened
    a, b = questions.add(store, "Een"), questions.add(store, "Twee")
    refusals = []
    ctx.undo_stack.refused.connect(refusals.append)
    before = {}
    commands.run(ctx.undo_stack, "merge", lambda: before.setdefault("s", questions.merge(store, a, [b])),
                 lambda: questions.restore_state(store, before["s"]))
    hub.start("127.0.0.1", 0)
    port, token = hub.port, hub.token

    def phone():
        _, headers, _ = _request(port, "GET", f"/{token}/")
        cookie = headers["Set-Cookie"].split(";")[0]
        me = next(p for p in phones.people(store) if p["name"].startswith("Youssef"))
        join = _request(port, "POST", f"/{token}/api/join",
                        {"rid": "join-request-1", "data": {"participant_id": me["id"]}}, cookie=cookie)
        dot = _request(port, "POST", f"/{token}/api/dot",
                       {"rid": "dot-request-1", "data": {"question_id": a, "delta": 1}}, cookie=cookie)
        return join[0], dot[0]

    assert _in_thread(qtbot, phone) == (200, 200)
    ctx.undo_stack.undo()
    assert len(refusals) == 1 and refusals[0].params["reason"] == "phone_input"
    assert questions.get(store, b).merged_into == a          # the merge stays
    # an undo of something the phones did not touch still works
    commands.run(ctx.undo_stack, "rename", lambda: questions.edit(store, a, "Een!"),
                 lambda: questions.edit(store, a, "Een"))
    ctx.undo_stack.undo()
    assert questions.get(store, a).text == "Een"


def test_the_join_slide_shows_a_qr_that_scans(opened, qtbot, tmp_path):
    from ui.phones.panel import JoinSlide

    zbarimg = shutil.which("zbarimg")
    if zbarimg is None and os.environ.get("CI") != "true":
        pytest.skip("zbarimg is not installed (apt-get install zbar-tools); CI installs it")
    ctx, actions, store, hub = opened
    hub.start("127.0.0.1", 0)
    slide = JoinSlide(hub)
    qtbot.addWidget(slide)
    slide.resize(1280, 720)
    slide.show()
    qtbot.waitExposed(slide)
    slide.refresh()
    shot = tmp_path / "slide.png"
    assert slide.grab().save(str(shot))
    decoded = subprocess.run([zbarimg, "-q", "--raw", str(shot)], capture_output=True, text=True,
                             timeout=30).stdout.strip()
    assert decoded == hub.url()
    # the projector strip's piece: a QR and the short address, only on steps that take input
    steps = {s.kind: s for s in agenda.steps(store, hub.meeting_id)}
    image, text = hub.card(240, steps["vote"])
    assert image.width() <= 240 and text == hub.short_address()
    assert hub.card(240, steps["welcome"]) is None
    assert slide.address.text() == hub.short_address()
    assert slide.count.text() == "0 phones joined"


def test_join_on_the_command_line_prints_one_line_with_the_url(tmp_path):
    path = tmp_path / "dag.startdag"
    demo.create_demo(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), str(path), "--join",
                             "--join-address", "127.0.0.1", "--join-port", "0", "--lang", "nl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=tmp_path)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("http://127.0.0.1:") and line.endswith("/")
        port = int(line.split(":")[2].split("/")[0])
        token = line.rstrip("/").rsplit("/", 1)[1]
        assert _request(port, "GET", f"/{token}/")[0] == 200
    finally:
        proc.terminate()
        out, _err = proc.communicate(timeout=20)
    assert out.strip() == ""                                  # exactly one line
