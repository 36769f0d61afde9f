"""The phones' web server: aiohttp on its own asyncio loop in one background thread.

It never touches SQLite. A request is checked here (token, Host, cookie, JSON shape,
size, rate) and handed to the GUI thread as a :class:`Job` through ``submit``; the GUI
applies it with the console's services and calls :meth:`Job.finish` after the commit,
which wakes the waiting handler. What the phones see comes the other way: the GUI calls
:meth:`JoinServer.publish` with the public state and each phone's own part, and the
server sends the differences to every open event stream.

This module imports no Qt: the bridge (ui/phones/hub.py) connects it to the GUI.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from sessions.phones import REQUEST_ID_MAX, hash_cookie

WEB_DIR = Path(__file__).resolve().parent / "web"
STATIC = {"app.js": "text/javascript", "app.css": "text/css"}
COOKIE = "sd_phone"
MAX_BODY = 4096
DEADLINE_S = 5.0
HEARTBEAT_S = 15.0
MAX_STREAMS = 400
QUEUE_MAX = 256            # events waiting for one stream; beyond that the phone is too slow
WRITE_TIMEOUT_S = 10.0
PHONE_RATE, PHONE_BURST = 5.0, 20.0
IP_RATE, IP_BURST = 50.0, 200.0
OPS = {"join", "add_item", "add_question", "dot", "choices", "add_action", "edit_action",
       "signup", "withdraw", "self_rate"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass
class Job:
    """One phone request on its way to the GUI thread and back."""

    op: str
    data: dict
    cookie_hash: str
    request_id: str
    deadline: float
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future
    state: str = "waiting"           # waiting | taken | abandoned
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self) -> bool:
        """The GUI claims the job; False when the phone already gave up (then skip it)."""
        with self.lock:
            if self.state != "waiting" or time.monotonic() > self.deadline:
                self.state = "abandoned"
                return False
            self.state = "taken"
            return True

    def abandon(self) -> bool:
        """The handler gives up; False when the GUI is already applying it."""
        with self.lock:
            if self.state == "taken":
                return False
            self.state = "abandoned"
            return True

    def finish(self, status: int, answer: dict) -> None:
        """The GUI's answer, after its commit (any thread)."""
        finish_all([(self, status, answer)])

    def _set(self, status: int, answer: dict) -> None:
        if not self.future.done():
            self.future.set_result((status, answer))


def finish_all(done: list[tuple[Job, int, dict]]) -> None:
    """The GUI's answers to a batch of jobs, after its commit (any thread).

    One hand-over to the server's loop for the whole batch, not one per job: each hand-over
    wakes the server thread, which then takes the GIL from the GUI thread for a while.
    """
    by_loop: dict[asyncio.AbstractEventLoop, list] = {}
    for job, status, answer in done:
        by_loop.setdefault(job.loop, []).append((job, status, answer))

    def _set_all(items):
        for job, status, answer in items:
            job._set(status, answer)
    for loop, items in by_loop.items():
        with contextlib.suppress(RuntimeError):      # the loop closed: nobody waits
            loop.call_soon_threadsafe(_set_all, items)


class Bucket:
    """A token bucket: ``rate`` requests a second, ``burst`` at once."""

    __slots__ = ("rate", "burst", "tokens", "at")

    def __init__(self, rate: float, burst: float):
        self.rate, self.burst, self.tokens, self.at = rate, burst, burst, time.monotonic()

    def allow(self) -> bool:
        """Take one token; False when the bucket is empty."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class Stream:
    """One phone's open event stream."""

    def __init__(self, cookie_hash: str):
        self.cookie_hash = cookie_hash
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(QUEUE_MAX)
        self.dropped = False

    def send(self, text: str) -> bool:
        """Queue an event; False (and the stream is dropped) when the phone is too slow."""
        if self.dropped:
            return False
        try:
            self.queue.put_nowait(text)
            return True
        except asyncio.QueueFull:
            self.dropped = True
            # make room for the sentinel that ends the writer
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(None)
            return False


def _event(name: str, data) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n"


def diff(old: dict, new: dict) -> dict:
    """What changed between two public states: per section a new meta and upserted/removed items."""
    out = {}
    for name, sec in new.items():
        before = old.get(name)
        if before is None:
            out[name] = {"meta": sec["meta"], "set": sec["items"], "del": [], "reset": True}
            continue
        change: dict = {}
        if sec["meta"] != before["meta"]:
            change["meta"] = sec["meta"]
        upserts = {k: v for k, v in sec["items"].items() if before["items"].get(k) != v}
        removed = [k for k in before["items"] if k not in sec["items"]]
        if upserts:
            change["set"] = upserts
        if removed:
            change["del"] = removed
        if change:
            out[name] = change
    return out


class JoinServer:
    """The phones' server on its own thread. ``submit(job)`` is called from that thread."""

    def __init__(self, hosts: list[str], port: int, token: str, submit: Callable[[Job], None],
                 on_count: Callable[[int], None] | None = None,
                 exempt: Callable[[str], bool] | None = None):
        """``exempt(address)`` says which client addresses the per-IP limit spares (loopback:
        the benchmark's phones all come from 127.0.0.1 and must measure the server)."""
        self.hosts = list(dict.fromkeys(hosts))
        self.exempt = exempt or _is_loopback
        self.port = port
        self.token = token
        self.submit = submit
        self.on_count = on_count
        self.public: dict = {}
        self.personal: dict[str, dict] = {}
        self.people: list[dict] = []
        self.version = 0
        self.streams: set[Stream] = set()
        self._phone_buckets: OrderedDict[str, Bucket] = OrderedDict()
        self._ip_buckets: OrderedDict[str, Bucket] = OrderedDict()
        self._inflight: dict[str, asyncio.Future] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stop: asyncio.Event | None = None
        self._files = {name: (WEB_DIR / name).read_bytes() for name in ("index.html", *STATIC)}
        self.last_count = 0

    # ------------------------------------------------------------ life cycle (GUI thread)

    def start(self, timeout: float = 10.0) -> int:
        """Bind and serve; return the port (useful with port 0). Raises OSError when it cannot bind."""
        self._thread = threading.Thread(target=self._run, name="startdag-phones", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError("the phone server did not start")
        if self._error is not None:
            raise self._error
        return self.port

    def stop(self, timeout: float = 5.0) -> None:
        """Close every stream and the listening sockets; wait for the thread."""
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(stop.set)
            except RuntimeError:
                pass
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    @property
    def running(self) -> bool:
        """True while the server thread serves."""
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:        # noqa: BLE001 - reported to start()
            self._error = exc if isinstance(exc, OSError) else OSError(str(exc))
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        t = "/{token}"
        app.router.add_get(t, self._redirect)
        app.router.add_get(t + "/", self._index)
        app.router.add_get(t + "/app.js", self._static)
        app.router.add_get(t + "/app.css", self._static)
        app.router.add_get(t + "/api/state", self._state)
        app.router.add_get(t + "/api/people", self._people)
        app.router.add_get(t + "/api/events", self._events)
        app.router.add_post(t + "/api/{op}", self._post)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                     shutdown_timeout=1.0)
        await self._runner.setup()
        sites = []
        for i, host in enumerate(self.hosts):
            site = web.TCPSite(self._runner, host, self.port, reuse_address=True, backlog=512)
            await site.start()
            if i == 0 and self.port == 0:
                self.port = site._server.sockets[0].getsockname()[1]
            sites.append(site)
        beat = asyncio.ensure_future(self._heartbeat())
        self._ready.set()
        await self._stop.wait()
        beat.cancel()
        for s in list(self.streams):
            with contextlib.suppress(asyncio.QueueFull):
                s.queue.put_nowait(None)
        await self._runner.cleanup()

    # ------------------------------------------------------------ from the GUI thread

    def publish(self, public: dict | None, personal: dict[str, dict] | None,
                people: list[dict] | None = None) -> None:
        """New state from the GUI (any thread): the server sends the changes."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._publish, public, personal, people)
        except RuntimeError:
            pass

    def _publish(self, public, personal, people) -> None:
        if people is not None:
            self.people = people
        if public is not None:
            merged = {**self.public, **public}
            delta = diff(self.public, public)
            self.public = merged
            if delta:
                self.version += 1
                self._broadcast(_event("delta", {"v": self.version, "sections": delta}))
        if personal is not None:
            old, self.personal = self.personal, {**self.personal, **personal}
            for s in list(self.streams):
                me = personal.get(s.cookie_hash)
                if me is not None and old.get(s.cookie_hash) != me:
                    s.send(_event("me", me))

    def _broadcast(self, text: str) -> None:
        for s in list(self.streams):
            if not s.send(text):
                self.streams.discard(s)
        self._count()

    def _count(self) -> None:
        n = len({s.cookie_hash for s in self.streams if not s.dropped})
        if n != self.last_count:
            self.last_count = n
            if self.on_count is not None:
                self.on_count(n)

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            self._broadcast(": heartbeat\n\n")

    # ------------------------------------------------------------ checks on every request

    def _allowed_hosts(self) -> set[str]:
        names = set(self.hosts) | {"localhost"}
        return {f"{h}:{self.port}" for h in names}

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        if request.host not in self._allowed_hosts():
            return self._reply(web.Response(status=421, text="misdirected"))
        token = request.match_info.get("token")
        if token is None or not secrets.compare_digest(token, self.token):
            return self._reply(web.Response(status=404, text="not found"))
        peer = (request.remote or "").split("%")[0]
        if not self.exempt(peer) and not self._bucket(self._ip_buckets, peer, IP_RATE,
                                                      IP_BURST).allow():
            return self._reply(web.json_response({"error": "slow_down"}, status=429))
        cookie = request.cookies.get(COOKIE, "")
        if cookie and not self._bucket(self._phone_buckets, cookie, PHONE_RATE, PHONE_BURST).allow():
            return self._reply(web.json_response({"error": "slow_down"}, status=429))
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = web.json_response({"error": exc.reason.lower().replace(" ", "_")},
                                         status=exc.status)
        return self._reply(response)

    @staticmethod
    def _reply(response: web.StreamResponse) -> web.StreamResponse:
        if not response.prepared:
            response.headers.update(SECURITY_HEADERS)
        return response

    @staticmethod
    def _bucket(table: OrderedDict, key: str, rate: float, burst: float) -> Bucket:
        b = table.get(key)
        if b is None:
            b = table[key] = Bucket(rate, burst)
            if len(table) > 5000:
                table.popitem(last=False)
        return b

    def _cookie(self, request: web.Request) -> str | None:
        value = request.cookies.get(COOKIE, "")
        return value if 20 <= len(value) <= 64 and value.isalnum() else None

    def _set_cookie(self, response: web.StreamResponse, value: str) -> None:
        response.set_cookie(COOKIE, value, max_age=86400 * 200, path=f"/{self.token}/",
                            httponly=True, samesite="Strict")

    # ------------------------------------------------------------ pages

    async def _redirect(self, request: web.Request):
        return web.Response(status=302, headers={"Location": f"/{self.token}/"})

    async def _index(self, request: web.Request):
        response = web.Response(body=self._files["index.html"], content_type="text/html",
                                charset="utf-8")
        if self._cookie(request) is None:
            self._set_cookie(response, secrets.token_hex(16))
        return response

    async def _static(self, request: web.Request):
        name = request.path.rsplit("/", 1)[1]
        return web.Response(body=self._files[name], content_type=STATIC[name], charset="utf-8")

    async def _people(self, request: web.Request):
        return web.json_response({"people": self.people})

    async def _state(self, request: web.Request):
        cookie = self._cookie(request)
        me = self.personal.get(hash_cookie(cookie)) if cookie else None
        return web.json_response({"v": self.version, "state": self.public, "me": me})

    async def _events(self, request: web.Request):
        cookie = self._cookie(request)
        if cookie is None:
            return web.json_response({"error": "no_cookie"}, status=403)
        if len(self.streams) >= MAX_STREAMS:
            return web.json_response({"error": "full"}, status=503)
        response = web.StreamResponse(headers={**SECURITY_HEADERS,
                                               "Content-Type": "text/event-stream",
                                               "X-Accel-Buffering": "no"})
        await response.prepare(request)
        stream = Stream(hash_cookie(cookie))
        self.streams.add(stream)
        self._count()
        try:
            stream.send("retry: 2000\n\n" + _event("snapshot", {
                "v": self.version, "state": self.public,
                "me": self.personal.get(stream.cookie_hash)}))
            while True:
                text = await stream.queue.get()
                if text is None:
                    break
                await asyncio.wait_for(response.write(text.encode()), WRITE_TIMEOUT_S)
        except (TimeoutError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self.streams.discard(stream)
            self._count()
        return response

    async def _post(self, request: web.Request):
        op = request.match_info["op"]
        if op not in OPS:
            return web.json_response({"error": "not_found"}, status=404)
        origin = request.headers.get("Origin")
        if origin is not None and origin.removeprefix("http://") not in self._allowed_hosts():
            return web.json_response({"error": "origin"}, status=403)
        if request.content_type != "application/json":
            return web.json_response({"error": "json_only"}, status=415)
        cookie = self._cookie(request)
        if cookie is None:
            return web.json_response({"error": "no_cookie"}, status=403)
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return web.json_response({"error": "bad_json"}, status=400)
        if not isinstance(body, dict):
            return web.json_response({"error": "bad_json"}, status=400)
        rid = body.get("rid")
        if not isinstance(rid, str) or not (8 <= len(rid) <= REQUEST_ID_MAX) or not rid.isascii():
            return web.json_response({"error": "request_id"}, status=400)
        data = body.get("data") if isinstance(body.get("data"), dict) else {}
        chash = hash_cookie(cookie)
        key = f"{chash}:{rid}"
        if key in self._inflight:          # the same request again while it is applied
            status, answer = await asyncio.shield(self._inflight[key])
            return web.json_response(answer, status=status)
        loop = asyncio.get_running_loop()
        job = Job(op, data, chash, key, time.monotonic() + DEADLINE_S, loop, loop.create_future())
        self._inflight[key] = job.future
        try:
            self.submit(job)
            try:
                status, answer = await asyncio.wait_for(asyncio.shield(job.future), DEADLINE_S)
            except TimeoutError:
                if job.abandon():
                    return web.json_response({"error": "busy"}, status=503)
                status, answer = await job.future
        finally:
            self._inflight.pop(key, None)
        return web.json_response(answer, status=status)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
