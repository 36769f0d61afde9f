"""Phone join under load: 150 simulated phones against the real app, on loopback.

The app runs in its own process (``main.py FILE --join --join-address 127.0.0.1``, offscreen),
with STARTDAG_TICK_LOG set so its GUI thread logs every tick of a 10 ms timer. The phones
are aiohttp clients in this process, each with its own cookie and event stream.

Phase 1, the questions step: with all 150 streams open, first one phone asks 10 questions
one after another (no load), then all 150 phones ask one question at once (load).
Question fan-out is the time from sending a question to its arrival on each phone's stream.
Phase 2, the vote step (the app restarted on the same file, the phones keep their cookies):
first one phone places and takes back a dot 40 times (no load), then all 150 phones place
5 dots each at once (load). Deliveries lost counts questions a phone's stream never got,
and phones whose own dot count did not reach 5.

Prints each figure under load against the same figure with no load, and the closing line.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from yarl import URL

from bench.common import ROOT, percentile, summary

PHONES = 150
VOTES = 5
QUIET_QUESTIONS = 10
QUIET_DOTS = 40


def make_file(path: Path) -> None:
    """The demo trajectory with 150 participants, the startdag at its questions step."""
    from sessions import agenda, demo, participants, questions, trajectory

    store = demo.create_demo(path)
    have = participants.count(store)
    for i in range(PHONES - have):
        participants.add(store, first_name=f"Deelnemer{i:03d}", last_name="Bench")
    questions.set_round(store, dots=VOTES)
    mid = trajectory.meeting_of_kind(store, "startdag").id
    agenda.start(store, mid)
    agenda.jump(store, next(s.id for s in agenda.steps(store, mid) if s.kind == "questions"))
    store.close()


def to_vote_step(path: Path) -> None:
    """Between the two runs: the meeting moves on to the vote (the app is closed then)."""
    from sessions import agenda, trajectory
    from sessions.store import Store

    with Store.open(path, backup=False) as store:
        mid = trajectory.meeting_of_kind(store, "startdag").id
        agenda.jump(store, next(s.id for s in agenda.steps(store, mid) if s.kind == "vote"))


# --profile DIR: the app's GUI thread runs under cProfile; the stats of each phase go to DIR
PROFILED_MAIN = """
import cProfile, signal, sys
from PySide6.QtWidgets import QApplication
import main
out = sys.argv.pop(1)
profile = cProfile.Profile()
signal.signal(signal.SIGTERM, lambda *_: QApplication.quit())
profile.enable()
try:
    main.main(sys.argv[1:])
finally:
    profile.disable()
    profile.dump_stats(out)
"""


def start_app(path: Path, ticks: Path, port: int, profile: Path | None = None,
              trace: Path | None = None) -> tuple[subprocess.Popen, str]:
    """The app with phone join on; returns the process and the join URL it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STARTDAG_TICK_LOG": str(ticks),
           "PYTHONPATH": str(ROOT)}
    if profile is not None:
        head = [sys.executable, "-c", PROFILED_MAIN, str(profile)]
    elif trace is not None:
        head = [sys.executable, "-m", "bench.join_trace", str(trace)]
    else:
        head = [sys.executable, str(ROOT / "main.py")]
    proc = subprocess.Popen([*head, str(path), "--join",
                             "--join-address", "127.0.0.1", "--join-port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                            cwd=str(ROOT))
    url = proc.stdout.readline().strip()
    if not url.startswith("http://"):
        proc.kill()
        raise SystemExit("the app did not print a join URL")
    return proc, url


class Phone:
    """One simulated phone: a cookie, an event stream, and what arrived on it when."""

    def __init__(self, url: str, index: int):
        self.url = url
        self.index = index
        self.arrived: dict[int, float] = {}       # question id -> arrival time
        self.me: dict = {}
        self.session = None
        self.reader: asyncio.Task | None = None
        self.ready = asyncio.Event()

    async def open(self, aiohttp, jar=None) -> None:
        """Load the page (the cookie) and open the event stream."""
        self.session = aiohttp.ClientSession(cookie_jar=jar or aiohttp.CookieJar(unsafe=True),
                                             timeout=aiohttp.ClientTimeout(total=None))
        async with self.session.get(self.url) as r:
            await r.read()
        self.reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async with self.session.get(self.url + "api/events") as r:
            event = None
            async for raw in r.content:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: "):
                    now = time.perf_counter()
                    data = json.loads(line[6:])
                    if event == "snapshot":
                        for k in data["state"].get("questions", {}).get("items", {}):
                            self.arrived.setdefault(int(k), now)
                        self.me = data.get("me") or {}
                        self.ready.set()
                    elif event == "delta":
                        for k in data["sections"].get("questions", {}).get("set", {}):
                            self.arrived.setdefault(int(k), now)
                    elif event == "me":
                        self.me = data

    retries = 0          # busy answers the phones retried, over all phones

    async def post(self, op: str, data: dict) -> tuple[int, dict, float]:
        """One POST with a fresh request id, retried with the same id on 'busy' as the page
        does (3 attempts); (status, answer, seconds until the last answer)."""
        body = {"rid": secrets.token_hex(8), "data": data}
        t0 = time.perf_counter()
        for attempt in range(3):
            async with self.session.post(self.url + "api/" + op, json=body) as r:
                answer = await r.json()
                if r.status == 503 and answer.get("error") == "busy" and attempt < 2:
                    Phone.retries += 1
                    continue
                return r.status, answer, time.perf_counter() - t0
        raise AssertionError("unreachable")

    async def close(self) -> None:
        """Close the stream and the session."""
        if self.reader:
            self.reader.cancel()
        await self.session.close()


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) the app's process used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ticks_between(path: Path, start: float, end: float) -> list[float]:
    """The GUI's tick intervals (ms) logged between two wall-clock times."""
    out = []
    for line in path.read_text().splitlines():
        stamp, ms = line.split()
        if start <= float(stamp) <= end:
            out.append(float(ms))
    return out


async def phase_questions(url: str, people: list[dict], ticks: Path, pid: int) -> dict:
    import aiohttp

    phones = [Phone(url, i) for i in range(PHONES)]
    await asyncio.gather(*(p.open(aiohttp) for p in phones))
    await asyncio.gather(*(asyncio.wait_for(p.ready.wait(), 30) for p in phones))
    cookies = [p.session.cookie_jar.filter_cookies(URL(url))["sd_phone"].value for p in phones]
    joins = await asyncio.gather(*(p.post("join", {"participant_id": people[i]["id"]})
                                   for i, p in enumerate(phones)))
    assert all(s == 200 for s, _a, _t in joins), {s for s, _a, _t in joins}
    await asyncio.sleep(1.0)
    idle_start = time.time()          # every stream open, nobody sends anything
    await asyncio.sleep(2.0)
    idle_end = time.time()
    sent: dict[int, float] = {}
    # no load: one phone, one question at a time, every stream open
    quiet_start = time.time()
    for i in range(QUIET_QUESTIONS):
        t0 = time.perf_counter()
        status, answer, _ = await phones[0].post("add_question", {"text": f"Rustige vraag {i}"})
        sent[answer["id"]] = t0
        await asyncio.sleep(0.25)
    quiet_end = time.time()
    quiet_ids = set(sent)
    await asyncio.sleep(1.0)
    # load: every phone at once
    load_start, cpu0 = time.time(), cpu_seconds(pid)

    async def ask(p: Phone):
        t0 = time.perf_counter()
        status, answer, seconds = await p.post("add_question", {"text": f"Vraag van telefoon {p.index}"})
        if status == 200:
            sent[answer["id"]] = t0
        return status, seconds

    results = await asyncio.gather(*(ask(p) for p in phones))
    await asyncio.sleep(3.0)
    load_end, cpu1 = time.time(), cpu_seconds(pid)
    fan_quiet, fan_load, lost = [], [], 0
    for p in phones:
        for qid, t0 in sent.items():
            at = p.arrived.get(qid)
            if at is None:
                lost += 1
                continue
            (fan_quiet if qid in quiet_ids else fan_load).append(at - t0)
    lost += sum(1 for s, _ in results if s != 200)
    await asyncio.gather(*(p.close() for p in phones))
    return {"fan_quiet": fan_quiet, "fan_load": fan_load, "lost": lost, "cookies": cookies,
            "ask_load": [s for _st, s in results], "cpu_load": cpu1 - cpu0,
            "ticks_quiet": ticks_between(ticks, quiet_start, quiet_end),
            "ticks_idle": ticks_between(ticks, idle_start, idle_end),
            "ticks_load": ticks_between(ticks, load_start, load_end),
            "windows": {"no load": (quiet_start, quiet_end), "load": (load_start, load_end)}}


async def phase_votes(url: str, cookies: list[str], ticks: Path, pid: int) -> dict:
    import aiohttp

    phones = [Phone(url, i) for i in range(PHONES)]
    jars = []
    for value in cookies:       # the same phones come back: their cookies from the first run
        jar = aiohttp.CookieJar(unsafe=True)
        jar.update_cookies({"sd_phone": value}, URL(url))
        jars.append(jar)
    await asyncio.gather(*(p.open(aiohttp, jars[i]) for i, p in enumerate(phones)))
    await asyncio.gather(*(asyncio.wait_for(p.ready.wait(), 30) for p in phones))
    async with phones[0].session.get(url + "api/state") as r:
        state = (await r.json())["state"]
    qids = sorted(int(k) for k in state["questions"]["items"])
    # no load: one phone places and takes back a dot, one request at a time
    quiet, quiet_start = [], time.time()
    for i in range(QUIET_DOTS):
        status, _answer, seconds = await phones[0].post(
            "dot", {"question_id": qids[0], "delta": 1 if i % 2 == 0 else -1})
        assert status == 200, _answer
        quiet.append(seconds)
        await asyncio.sleep(0.25)        # within one phone's rate (5 a second)
    quiet_end = time.time()
    await asyncio.sleep(1.0)
    load_start, cpu0 = time.time(), cpu_seconds(pid)

    async def vote(p: Phone):
        out = []
        for k in range(VOTES):
            status, _answer, seconds = await p.post(
                "dot", {"question_id": qids[(p.index + k) % len(qids)], "delta": 1})
            out.append((status, seconds))
        return out

    results = await asyncio.gather(*(vote(p) for p in phones))
    await asyncio.sleep(2.0)
    load_end, cpu1 = time.time(), cpu_seconds(pid)
    lost = sum(1 for p in phones if p.me.get("left") != 0)
    lost += sum(1 for r in results for s, _ in r if s != 200)
    await asyncio.gather(*(p.close() for p in phones))
    return {"vote_quiet": quiet, "vote_load": [s for r in results for _, s in r], "lost": lost,
            "cpu_load": cpu1 - cpu0,
            "ticks_quiet": ticks_between(ticks, quiet_start, quiet_end),
            "ticks_load": ticks_between(ticks, load_start, load_end),
            "windows": {"no load": (quiet_start, quiet_end), "load": (load_start, load_end)}}


def main() -> None:
    import argparse

    from sessions import phones as phone_service
    from sessions.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", metavar="DIR", type=Path,
                        help="profile the app's GUI thread (cProfile) into DIR/questions.prof and "
                             "DIR/votes.prof")
    parser.add_argument("--trace", metavar="DIR", type=Path,
                        help="probe the app (bench/join_trace.py) into DIR/questions.json and "
                             "DIR/votes.json and print where the late ticks' time went")
    args = parser.parse_args()
    prof, trace = args.profile, args.trace
    for folder in (prof, trace):
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, ticks = folder / "bench.startdag", folder / "ticks.log"
        make_file(path)
        with Store.open(path, read_only=True) as store:
            people = phone_service.people(store)[:PHONES]
        proc, url = start_app(path, ticks, 0, prof and prof / "questions.prof",
                              trace and trace / "questions.json")
        port = int(url.split(":")[2].split("/")[0])
        try:
            q = asyncio.run(phase_questions(url, people, ticks, proc.pid))
        finally:
            proc.terminate()
            proc.wait(30)
        to_vote_step(path)
        proc, url2 = start_app(path, ticks, port, prof and prof / "votes.prof",
                               trace and trace / "votes.json")
        try:
            v = asyncio.run(phase_votes(url2, q["cookies"], ticks, proc.pid))
        finally:
            proc.terminate()
            proc.wait(30)
    if trace is not None:
        from bench.join_trace import report

        (trace / "windows.json").write_text(json.dumps({"questions": q["windows"],
                                                        "votes": v["windows"]}))
        for phase, result in (("questions", q), ("votes", v)):
            for name, (start, end) in result["windows"].items():
                report(trace / f"{phase}.json", start, end, f"{phase}, {name}")
    ms = 1000.0
    lost = q["lost"] + v["lost"]
    vote_p99, vote_q99 = percentile(v["vote_load"], 99) * ms, percentile(v["vote_quiet"], 99) * ms
    fan_p99, fan_q99 = percentile(q["fan_load"], 99) * ms, percentile(q["fan_quiet"], 99) * ms
    tick_load = q["ticks_load"] + v["ticks_load"]
    tick_quiet = q["ticks_quiet"] + v["ticks_quiet"]
    tick_p99, tick_q99 = percentile(tick_load, 99), percentile(tick_quiet, 99)
    tick_idle = percentile(q["ticks_idle"], 99)
    print(f"{PHONES} phones, each 1 question then {VOTES} dots, app in its own process, loopback")
    print(f"deliveries lost:      {lost} (target 0: {'met' if lost == 0 else 'MISSED'}; "
          f"{Phone.retries} busy answers retried with the same request id, as the page does)")
    print(f"vote POST p99:        {vote_p99:.1f} ms under load, {vote_q99:.1f} ms with no load "
          f"(x{vote_p99 / vote_q99:.1f}; target <= 150 ms: {'met' if vote_p99 <= 150 else 'MISSED'})")
    print(f"question fan-out p99: {fan_p99:.1f} ms under load, {fan_q99:.1f} ms with no load "
          f"(x{fan_p99 / fan_q99:.1f}; target <= 1000 ms: {'met' if fan_p99 <= 1000 else 'MISSED'})")
    print(f"GUI 10 ms tick p99:   {tick_p99:.1f} ms under load, {tick_q99:.1f} ms with no load "
          f"(target <= 30 ms: {'met' if tick_p99 <= 30 else 'MISSED'}; {len(tick_load)} ticks); "
          f"{tick_idle:.1f} ms idle with every stream open")
    load_avg = os.getloadavg()[0]
    print(f"app CPU under load:   {v['cpu_load']:.2f} s for {PHONES * VOTES} dots "
          f"({v['cpu_load'] * 1000 / (PHONES * VOTES):.1f} ms a dot), {q['cpu_load']:.2f} s for "
          f"{PHONES} questions ({q['cpu_load'] * 1000 / PHONES:.1f} ms a question, 3 s of streams "
          f"included); machine load average {load_avg:.1f} on {os.cpu_count()} cores")
    print(summary("join", phones=PHONES, lost=lost, retried=Phone.retries, vote_p99_ms=vote_p99, vote_floor_p99_ms=vote_q99,
                  fanout_p99_ms=fan_p99, fanout_floor_p99_ms=fan_q99, tick_p99_ms=tick_p99,
                  tick_floor_p99_ms=tick_q99, tick_idle_p99_ms=tick_idle,
                  cpu_ms_per_dot=v["cpu_load"] * 1000 / (PHONES * VOTES),
                  cpu_ms_per_question=q["cpu_load"] * 1000 / PHONES, load_average=load_avg))


if __name__ == "__main__":
    main()
