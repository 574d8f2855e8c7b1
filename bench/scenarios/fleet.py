"""A fleet of N long-running programs (startsecs=1, autostart): time from launch until all are
RUNNING, spread of the child start stamps (against a bare C fork+exec loop of the same children),
getAllProcessInfo round trip, idle RSS, idle wake-ups, shutdown time."""

import subprocess
import time

from daemon import BenchError, Daemon, program, read_stamps
from report import metric, mib, ms, secs

from .common import Context, Impl, median

STARTSECS = 1


def fleet(impl: Impl, ctx: Context, n: int, status_calls: int, wakeup_secs: float, loop: bool) -> dict:
    """One launch of an n-program daemon, measured, then shut down."""
    stamp = ctx.helpers["stamp"]
    sections = "".join(
        program(f"p{i:04d}", f"{stamp} {{dir}}/stamps pause p{i:04d}", startsecs=STARTSECS) for i in range(n)
    )
    with Daemon(impl.argv, sections) as d:
        result = {}
        if loop:
            result["loop_spread"] = fork_loop(ctx, n, d.path("loopstamps"))
        launched = d.start(ready_timeout=15 + n / 20)  # Python spawns all before it serves RPC
        # No program can be RUNNING before STARTSECS after the launch: polling earlier only
        # takes CPU from the spawn burst that the spread measures.
        time.sleep(max(0.0, launched + STARTSECS - time.time()))
        d.wait_until(lambda: d.all_in_state("RUNNING", n), 20 + n / 20, f"{n} programs RUNNING", 0.01)
        result["running"] = time.time() - launched
        stamps = d.wait_until(lambda: full(read_stamps(d.path("stamps")), n), 5, "child stamps")
        result["spread"] = stamps[-1][0] - stamps[0][0]
        request = d.request("supervisor.getAllProcessInfo")
        d.timed_call(request)  # warm-up
        result["status"] = median([d.timed_call(request) for _ in range(status_calls)])
        result["rss"] = d.idle_rss_kib()
        if wakeup_secs:
            settle(d)
            before = d.voluntary_switches()
            time.sleep(wakeup_secs)  # the measurement window itself
            after = d.voluntary_switches()
            result["wakeups"] = sum(v - before.get(t, 0) for t, v in after.items()) / wakeup_secs
        result["shutdown"] = d.terminate(30 + n / 10)
        return result


def settle(d: Daemon, quiet: float = 6.0, timeout: float = 20.0) -> None:
    """Wait until the daemon's set of threads has not changed for `quiet` seconds (an HTTP
    server's pool threads may end a few seconds after the last request; that one-off is not
    an idle wake-up)."""
    threads, since, deadline = None, 0.0, time.monotonic() + timeout
    while time.monotonic() < deadline:
        now_threads = set(d.voluntary_switches())
        if now_threads != threads:
            threads, since = now_threads, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.2)


def full(stamps, n):
    """The stamps sorted by time once all n children have written theirs, else None."""
    return sorted(stamps) if len(stamps) >= n else None


def fork_loop(ctx: Context, n: int, stamp_file: str) -> float:
    """Spread of child start stamps when a C loop fork+execs the same n children back to back."""
    subprocess.run([ctx.helpers["forkloop"], str(n), ctx.helpers["stamp"], stamp_file], check=True, timeout=30 + n / 100)
    stamps = full(read_stamps(stamp_file), n)
    if stamps is None:
        raise BenchError("fork loop children did not all stamp")
    return stamps[-1][0] - stamps[0][0]


def run(impl: Impl, ctx: Context) -> dict:
    """100 programs, max(repeat, 5) launches (shutdown is the worst of them); 1,000 and more
    are the `scale` scenario."""
    runs = [
        fleet(impl, ctx, 100, 30, 0 if i or ctx.quick else 10.0, loop=True)
        for i in range(2 if ctx.quick else max(ctx.repeat, 5))
    ]
    result = {k: median([r[k] for r in runs]) for k in ("running", "spread", "loop_spread", "status", "rss")}
    result["wakeups"] = runs[0].get("wakeups")
    result["shutdown"] = max(r["shutdown"] for r in runs)
    return result


def rows(py, ours) -> list:
    def spread_limit(o):
        return 1.25 * o["loop_spread"]

    loop = ours if isinstance(ours, dict) else py
    loop_text = f" ({ms(loop['loop_spread'])})" if isinstance(loop, dict) else ""
    return [
        metric("100 programs, startsecs=1: launch → all RUNNING", "running", py, ours, secs, "≤ 1.10 s", 1.10),
        metric(
            "spawn spread, 100 autostart programs (first → last child start)",
            "spread",
            py,
            ours,
            ms,
            f"≤ 1.25× C fork+exec loop{loop_text}",
            spread_limit,
        ),
        metric("C fork+exec loop, same 100 children (baseline)", "loop_spread", py, ours, ms),
        metric("getAllProcessInfo, 100 programs (raw HTTP round trip)", "status", py, ours, ms, "≤ 2 ms", 0.002),
        metric("idle RSS, 100 programs (VmRSS)", "rss", py, ours, mib, "≤ 4 MiB", 4096),
        metric(
            "idle wake-ups/s, 100 programs (voluntary ctx switches, 10 s)",
            "wakeups",
            py,
            ours,
            lambda v: f"{v:.1f}",
            "0",
            0.0,
        ),
        metric("shutdown of 100 programs, worst of 5 (SIGTERM → exit)", "shutdown", py, ours, ms, "≤ 50 ms", 0.050),
    ]
