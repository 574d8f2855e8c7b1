"""Fleets of 1,000 and 10,000 programs (numprocs, startsecs=1, autostart), both daemons started
under a soft open-files limit of 1024 (the systemd default): launch → all RUNNING (against a
bare C fork+exec loop of as many children), getAllProcessInfo round trip, idle RSS, descriptors
held, shutdown. A daemon that does not have every program RUNNING within its time budget is
reported as not finishing, with how far it got."""

import os
import re
import resource
import subprocess
import time
import xmlrpc.client

from daemon import BenchError, Daemon, read_stamps
from report import metric, mib, ms, part, secs

from .common import Context, Impl, median, settle
from .fleet import fork_loop, full

STARTSECS = 1
# BENCH_SCALE_SIZES=1000 runs one size only (for trying a change).
SIZES = tuple(int(x) for x in os.environ.get("BENCH_SCALE_SIZES", "1000,10000").split(","))
QUICK_SIZES = (300, 1000)
BUDGET = 120.0  # seconds from launch until all RUNNING, per daemon and size
SOFT_NOFILE = 1024  # the systemd default soft limit
HARD_NOFILE = 524288  # the systemd default hard limit, set where the bench may raise it


def nofile() -> tuple[int, int]:
    """(soft, hard) RLIMIT_NOFILE both daemons start with: soft 1024, hard raised to
    systemd's default where allowed (CAP_SYS_RESOURCE), else the bench's own hard limit."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard == resource.RLIM_INFINITY or hard >= HARD_NOFILE:
        return SOFT_NOFILE, hard
    pid = os.fork()
    if pid == 0:  # try in a child: a raised limit cannot be taken back by a non-root bench
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (SOFT_NOFILE, HARD_NOFILE))
            os._exit(0)
        except (ValueError, OSError):
            os._exit(1)
    allowed = os.waitpid(pid, 0)[1] == 0
    return SOFT_NOFILE, HARD_NOFILE if allowed else hard


# From this size on, output goes nowhere (stdout_logfile=NONE, redirect_stderr): a process
# with two AUTO log files costs 5 descriptors, more than a 10,000-process fleet can have
# under the usual hard limits; ours then holds 1 per process (its stdin pipe).
SILENT_FROM = 10000


def config(n: int, stamp: str) -> str:
    """One program of `n` processes (numprocs), each a stamp child that pauses."""
    silent = "stdout_logfile=NONE\nredirect_stderr=true\n" if n >= SILENT_FROM else ""
    return (
        "[program:p]\n"
        f"command={stamp} {{dir}}/stamps pause p%(process_num)05d\n"
        "process_name=%(program_name)s%(process_num)05d\n"
        f"numprocs={n}\nstartsecs={STARTSECS}\n{silent}\n"
    )


def python_minfds(n: int, hard: int) -> int:
    """Python's `minfds` for n processes: what it holds per process (stdin and output pipes,
    two AUTO log files; stdin and stdout pipes when output goes nowhere, since Python makes
    pipes all the same) + 64, at most the hard limit (it refuses to start above it)."""
    per = 2 if n >= SILENT_FROM else 5
    return min(per * n + 64, hard)


def kill_loop(ctx: Context, n: int, stamp_file: str, pipes: bool = False) -> float:
    """Seconds a C loop takes to SIGTERM n paused stamp children and reap each: the floor
    of a shutdown on this host (the children's own exit is most of it). With `pipes`, the
    loop also holds each child's stdin, stdout and stderr pipes (the layout of Python and
    ours for a program whose output is logged) and closes its ends after each reap."""
    out = subprocess.run(
        [ctx.helpers["killloop"], str(n), ctx.helpers["stamp"], stamp_file, *(["pipes"] if pipes else [])],
        check=True,
        timeout=60 + n / 100,
        capture_output=True,
        text=True,
    )
    return float(out.stdout) / 1000


# A statename member of getAllProcessInfo's XML (both daemons write the same encoding).
STATENAME = re.compile(rb"<name>statename</name>\s*<value>(?:<string>)?([A-Z]+)<")


def all_running(d: Daemon, n: int, timeout: float) -> bool:
    """Whether getAllProcessInfo (one call, allowed `timeout` seconds) shows n processes RUNNING.
    The statenames are picked out of the XML by a regex rather than parsed into objects: at
    10,000 processes xmlrpc.client takes about a second of the bench's CPU per poll, on the
    cores the measured daemon and its children need."""
    body = d.roundtrip(d.request("supervisor.getAllProcessInfo"), timeout=max(timeout, 0.1))
    names = STATENAME.findall(body)
    return len(names) >= n and all(s == b"RUNNING" for s in names)


def count_running(d: Daemon) -> str:
    """How many processes are RUNNING, for a daemon that did not finish in time."""
    try:
        body = d.roundtrip(d.request("supervisor.getAllProcessInfo"), timeout=30)
        infos = xmlrpc.client.loads(body)[0][0]
        return f"{sum(i['statename'] == 'RUNNING' for i in infos)} of {len(infos)}"
    except (OSError, BenchError, xmlrpc.client.Error) as e:
        return f"status call failed: {e}"


def fleet(impl: Impl, ctx: Context, n: int) -> dict:
    """One launch of an n-process daemon, measured, then shut down. Python is given
    `minfds` for what it opens (it does not raise its open-files limit by itself, and stops
    spawning at EMFILE); ours gets no minfds and raises its own limit."""
    options = f"minfds={python_minfds(n, nofile()[1])}" if impl.is_python else ""
    # The run before this one (Python's 10,000 processes, say) may still be exiting.
    settle()
    with Daemon(impl.argv, config(n, ctx.helpers["stamp"]), options) as d:
        result = {
            "floor": fork_loop(ctx, n, d.path("loopstamps")),
            "kill_floor": kill_loop(ctx, n, d.path("killstamps")),
        }
        if n < SILENT_FROM:
            result["kill_floor_pipes"] = kill_loop(ctx, n, d.path("killpipestamps"), pipes=True)
        launched = time.time()
        try:
            d.start(ready_timeout=BUDGET, nofile=nofile())
            time.sleep(max(0.0, launched + STARTSECS - time.time()))
            while True:
                asked = time.time()
                if all_running(d, n, launched + BUDGET - asked):
                    break
                if time.time() - launched > BUDGET:
                    raise TimeoutError
                if d.exited():
                    raise BenchError(f"daemon exited: {d.output_tail()}")
                # At least as long as the last poll took: a 10,000-process answer takes tens
                # of ms to make, and polling back to back would measure the poller.
                time.sleep(max(0.01, time.time() - asked))
        except (TimeoutError, OSError, BenchError) as e:
            if isinstance(e, BenchError) and "exited" in str(e):
                raise
            got = count_running(d) if d.proc is not None and not d.exited() else "none answering"
            result["error"] = f"not all RUNNING within {BUDGET:.0f} s ({got})"
            return result
        result["running"] = time.time() - launched
        stamps = d.wait_until(lambda: full(read_stamps(d.path("stamps")), n), 10, "child stamps")
        result["spread"] = stamps[-1][0] - stamps[0][0]
        request = d.request("supervisor.getAllProcessInfo")
        d.timed_call(request)  # warm-up
        result["status"] = median([d.timed_call(request) for _ in range(5)])
        result["rss"] = d.idle_rss_kib()
        result["fds"] = d.open_fds()
        result["shutdown"] = d.terminate(BUDGET)
        return result


def run(impl: Impl, ctx: Context) -> dict:
    """One launch per size; a size that fails is reported, the next one still runs."""
    result = {}
    for n in QUICK_SIZES if ctx.quick else SIZES:
        try:
            one = fleet(impl, ctx, n)
        except BenchError as e:
            one = {"error": str(e)}
        result[n] = one
    return result


def rows(py, ours) -> list:
    out = []
    sizes = next((list(r) for r in (ours, py) if isinstance(r, dict)), list(SIZES))
    for n in sizes:
        p = py[n] if isinstance(py, dict) else py
        o = ours[n] if isinstance(ours, dict) else ours
        floor = next((r["floor"] for r in (o, p) if isinstance(r, dict) and "floor" in r), None)
        p_run, o_run = part(p, "error"), part(o, "error")
        big = n >= 10000
        launch_target = f"≤ 1.25 × (C floor + {STARTSECS} s)" if big else "≤ 1.6 s"
        launch_limit = 1.25 * (floor + STARTSECS) if big and floor is not None else None if big else 1.6
        if big and floor is not None:
            launch_target += f" = {1.25 * (floor + STARTSECS):.3f} s"
        out += [
            metric(f"{n} programs (numprocs): C fork+exec loop, same children (floor)", "floor", p, o, ms),
            metric(
                f"{n} programs, soft nofile 1024: launch → all RUNNING",
                "running",
                p_run,
                o_run,
                secs,
                launch_target,
                launch_limit,
            ),
            metric(f"{n} programs: spawn spread (first → last child start)", "spread", p_run, o_run, ms),
            metric(
                f"{n} programs: getAllProcessInfo",
                "status",
                p_run,
                o_run,
                ms,
                *(("≤ 60 ms", 0.060) if big else ("≤ 5 ms", 0.005)),
            ),
            metric(
                f"{n} programs: idle RSS", "rss", p_run, o_run, mib, *(("≤ 64 MiB", 65536) if big else ("≤ 8 MiB", 8192))
            ),
            metric(f"{n} programs: descriptors held by the daemon (/proc/PID/fd)", "fds", p_run, o_run, str, "report"),
            metric(f"{n} programs: C loop SIGTERMs and reaps the same children (floor)", "kill_floor", p, o, ms),
            *(
                [metric(f"{n} programs: the same C loop holding each child's 3 pipes (floor)", "kill_floor_pipes", p, o, ms)]
                if n < SILENT_FROM
                else []
            ),
            metric(
                f"{n} programs: shutdown (SIGTERM → exit)",
                "shutdown",
                p_run,
                o_run,
                ms,
                *(("≤ 1 s", 1.0) if big else ("≤ 50 ms", 0.050)),
            ),
        ]
    return out
