"""What every scenario gets: which daemon to run (Impl) and the shared run context (Context)."""

import os
import statistics
import time
from dataclasses import dataclass, field

MAX_ATTEMPTS = 3  # runs tried per run asked for, when the host disturbs some
RETRY_SECONDS = 60  # runs beyond those asked for start only this long into a scenario part
STEAL_ALLOWANCE = 0.01  # of a run's wall time the host may steal (at least one tick) and it counts
TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


@dataclass
class Impl:
    """One implementation under test."""

    name: str  # "python" or "ours"
    argv: list[str]  # the supervisord command, without -n -c

    @property
    def is_python(self) -> bool:
        return self.name == "python"


@dataclass
class Context:
    """Shared inputs: helper binaries, the venv, repeat counts."""

    helpers: dict[str, str]
    venv: str
    repeat: int = 3
    listener_missing: str | None = None
    quick: bool = False
    notes: list[str] = field(default_factory=list)


def median(values):
    return statistics.median(values)


def cpu_idle_share(window: float) -> float:
    """Share of all CPUs' time that was idle (idle + iowait in /proc/stat) over `window` s."""

    def read() -> tuple[int, int]:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return v[3] + v[4], sum(v)

    idle0, total0 = read()
    time.sleep(window)
    idle1, total1 = read()
    return (idle1 - idle0) / max(1, total1 - total0)


def settle(idle: float = 0.95, window: float = 1.0, windows: int = 2, limit: float = 90.0) -> float:
    """Waits until the CPUs were at least `idle` idle over `windows` windows in a row: what
    an earlier run left behind (a 10,000-process fleet exiting, the kernel's memory
    monitor going over what it freed) is done before the next measurement starts. At most
    `limit` seconds; returns the seconds waited."""
    start = time.monotonic()
    quiet = 0
    try:
        while quiet < windows and time.monotonic() - start < limit:
            quiet = quiet + 1 if cpu_idle_share(window) >= idle else 0
    except (OSError, ValueError, IndexError):
        pass  # no /proc/stat to read: measure at once
    return time.monotonic() - start


def stolen_ms() -> float:
    """CPU time the hypervisor has taken from this machine's vCPUs while they wanted to run
    (/proc/stat "steal", all CPUs), in ms; 0 where the kernel does not count it."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
        return int(fields[8]) * TICK_MS
    except (OSError, IndexError, ValueError):
        return 0.0


def quiet_runs(one_run, runs: int, retry: bool = True):
    """Calls one_run() until `runs` calls were left alone by the host (the host stole at most
    STEAL_ALLOWANCE of the call's wall time, or one tick): MAX_ATTEMPTS × runs calls at most,
    and no call beyond `runs` once RETRY_SECONDS have passed (or at all without `retry`), so
    a noisy host cannot push the scenarios after this one over the bench's time budget.
    Returns (results of the undisturbed calls, results of the disturbed ones, ms stolen during
    each disturbed one). Exceptions of one_run propagate."""
    quiet, disturbed, stolen = [], [], []
    started = time.monotonic()
    for attempt in range(MAX_ATTEMPTS * runs):
        if attempt >= runs and (not retry or time.monotonic() - started > RETRY_SECONDS):
            break
        s0, t0 = stolen_ms(), time.monotonic()
        result = one_run()
        taken, wall = stolen_ms() - s0, time.monotonic() - t0
        if taken > max(TICK_MS, STEAL_ALLOWANCE * wall * 1000):
            disturbed.append(result)
            stolen.append(taken)
        else:
            quiet.append(result)
            if len(quiet) == runs:
                break
    return quiet, disturbed, stolen


def disturbed_note(quiet, disturbed, stolen, what: str) -> str:
    """How many of the runs `quiet_runs` returned the host disturbed, and what became of
    them (`what`: "set aside", "disturbed, all counted")."""
    return f"{len(stolen)} of {len(quiet) + len(disturbed)} runs {what}, host stole {max(stolen):.0f} ms in one"
