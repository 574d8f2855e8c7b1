"""Crash loop: 20 programs that exit 1 at once (startsecs=0, autorestart=true). Daemon CPU time
(its process CPU clock, all threads) over a fixed window divided by the restarts in it, counted from child stamps."""

import time

from daemon import BenchError, Daemon, program
from report import metric

from .common import Context, Impl, median

PROGRAMS = 20


def lines(path: str) -> int:
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def once(impl: Impl, ctx: Context, window: float) -> dict:
    sections = "".join(
        program(f"c{i:02d}", f"{ctx.helpers['stamp']} {{dir}}/stamps exit:1 c{i:02d}", startsecs=0, autorestart=True)
        for i in range(PROGRAMS)
    )
    with Daemon(impl.argv, sections) as d:
        d.start()
        stamps = d.path("stamps")
        d.wait_until(lambda: lines(stamps) >= 2 * PROGRAMS, 10, "restarts to begin", 0.01)
        n0, cpu0, t0 = lines(stamps), d.cpu_seconds(), time.monotonic()
        time.sleep(window)  # the measurement window itself
        n1, cpu1, t1 = lines(stamps), d.cpu_seconds(), time.monotonic()
        if d.exited():
            raise BenchError("daemon exited during the crash loop")
    restarts = n1 - n0
    if restarts <= 0:
        raise BenchError("no restarts in the window")
    return {"per_restart": (cpu1 - cpu0) / restarts, "rate": restarts / (t1 - t0)}


def run(impl: Impl, ctx: Context) -> dict:
    runs = [once(impl, ctx, 2.0 if ctx.quick else 5.0) for _ in range(1 if ctx.quick else ctx.repeat)]
    return {k: median([r[k] for r in runs]) for k in runs[0]}


def rows(py, ours) -> list:
    label = f"crash loop, {PROGRAMS} programs (exit 1, startsecs=0, autorestart)"
    return [
        metric(
            f"{label}: daemon CPU per restart",
            "per_restart",
            py,
            ours,
            lambda v: f"{v * 1e3:.3f} ms",
            "≤ 0.15 ms",
            0.00015,
        ),
        metric(f"{label}: restarts/s", "rate", py, ours, lambda v: f"{v:.0f}", "report"),
    ]
