"""Timers under HTTP load: 200 client threads (a C helper) hammer the daemon's unix socket for
20 s — ours `GET /metrics`, Python (which has no /metrics) XML-RPC getAllProcessInfo — each
client sending its next request as soon as the previous answer ends. Meanwhile 5 programs
flap (startsecs=1, exit after 1.5 s, autorestart), so startsecs timers keep firing; 20 more
just run. Timer lateness = `success:` − `spawned:` − 1 s from the main log (ms resolution;
Python fires on its 1 s tick) and, for ours, the daemon's own exact measure from /metrics
(`supervisord_timer_lateness_max_seconds`, since start, which the window dominates).
Beside the hammer, a C loop (helper timerlat) waits on a timerfd every 100 ms, boosted like our
loop thread (5 nice levels when permitted): the floor, what the machine gives a program with nothing else to do."""

import datetime
import os
import re
import subprocess
import tempfile

from daemon import BenchError, Daemon, program
from report import metric, ms

from .common import Context, Impl

CLIENTS = 200
SECONDS = 20
FLAPPERS = 5
METRICS = b"GET /metrics HTTP/1.0\r\nHost: localhost\r\n\r\n"

LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \w+ (?:spawned: '([^']+)'|success: (\S+) )")


def sections() -> str:
    text = "".join(
        program(
            f"flap{i}",
            "/bin/sh -c 'sleep 1.5; exit 1'",
            startsecs=1,
            autorestart=True,
            startretries=1000,
            stdout_logfile="NONE",
            stderr_logfile="NONE",
        )
        for i in range(FLAPPERS)
    )
    text += "".join(program(f"idle{i}", "/bin/sleep 1000", startsecs=0) for i in range(20))
    return text


def lateness(log: str, since: float) -> list[float]:
    """success − spawned − 1 s per startsecs promotion after `since` (epoch seconds)."""
    spawned, out = {}, []
    for line in log.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        t = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
        if m.group(2):
            spawned[m.group(2)] = t
        elif m.group(3) in spawned:
            start = spawned.pop(m.group(3))
            if start >= since:
                out.append(t - start - 1.0)
    return out


def metric_value(text: str, name: str) -> float | None:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


def run(impl: Impl, ctx: Context) -> dict:
    seconds = 5 if ctx.quick else SECONDS
    with Daemon(impl.argv, sections()) as d, tempfile.TemporaryDirectory(prefix="svbench-hammer-") as tmp:
        d.start()
        if impl.is_python:
            request = d.request("supervisor.getAllProcessInfo")
        else:
            request = METRICS
        d.wait_until(
            lambda: sum(i["statename"] == "RUNNING" and i["name"].startswith("idle") for i in d.call("supervisor.getAllProcessInfo")) == 20,
            30,
            "the idle programs",
            0.05,
        )
        req_file = os.path.join(tmp, "request")
        with open(req_file, "wb") as f:
            f.write(request)
        since = datetime.datetime.now().timestamp()
        floor = subprocess.Popen(
            [ctx.helpers["timerlat"], str(seconds * 10), "100", "5"],
            stdout=subprocess.PIPE,
            text=True,
        )
        out = subprocess.run(
            [ctx.helpers["hammer"], d.sock, str(CLIENTS), str(seconds), req_file],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=False,
        )
        if out.returncode != 0:
            raise BenchError(f"hammer failed: {out.stderr.strip()}")
        floor_out, _ = floor.communicate(timeout=30)
        good, bad = (int(x) for x in out.stdout.split())
        if d.exited():
            raise BenchError("daemon exited under the load")
        late = lateness(open(d.path("supervisord.log")).read(), since)
        result = {"rate": good / seconds, "failed": bad, "promotions": len(late)}
        waits = [float(x) for x in floor_out.split()]
        if waits:
            result["floor_max"] = max(waits)
        if late:
            result["late_log_max"] = max(max(late), 0.0)
        if not impl.is_python:
            text = d.roundtrip(METRICS).decode(errors="replace")
            own = metric_value(text, "supervisord_timer_lateness_max_seconds")
            if own is not None:
                result["late_own_max"] = own
    if result["promotions"] < FLAPPERS:
        raise BenchError(f"only {result['promotions']} startsecs promotions in the window")
    return result


def rows(py, ours) -> list:
    label = f"{CLIENTS} clients hammering /metrics (Python: getAllProcessInfo), {SECONDS} s"
    return [
        metric(f"{label}: answers/s", "rate", py, ours, lambda v: f"{v:.0f}", "report"),
        metric(f"{label}: failed requests", "failed", py, ours, lambda v: f"{v:.0f}", "0", 0),
        metric(f"{label}: worst startsecs timer lateness (main log, ms resolution)", "late_log_max", py, ours, ms, "≤ 10 ms", 0.010),
        metric(f"{label}: worst timer lateness, the daemon's own measure", "late_own_max", py, ours, ms, "≤ 10 ms", 0.010),
        metric(f"{label}: worst lateness of a C timerfd loop beside it (floor)", "floor_max", py, ours, ms),
    ]
