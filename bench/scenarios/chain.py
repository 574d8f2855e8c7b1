"""Ordered startup: a chain of 10 programs (priorities 1..10, startinorder=true), each started
when its predecessor reaches RUNNING (startsecs=1, long-running children) or EXITED (init scripts:
startsecs=0, exit at once). Extra delay per hop, from the children's own stamps:
- RUNNING: (start_i − start_{i−1}) − startsecs;
- EXITED: start_i − end_{i−1}, the predecessor stamping its end just before it exits (waiting for
  EXITED is waiting for that exit). A C loop that fork+execs+waits the same children in a chain
  gives the floor of this gap on the machine (exit, reap, fork, exec, the child's start-up).
Ours does it natively; Python runs the same programs with the ordered-startup-supervisord event
listener. Ours runs both chains again with `precise_startup=true` (the CPU latency request held
while a chain waits), next to C floors measured under the same request.

On a virtual machine the host can take a vCPU away for milliseconds ("steal" in /proc/stat): a
hop then waits for the host, whatever runs inside. A run during which the host stole more than
its allowance is set aside and run again (see quiet_runs): the target rows pool the runs the
host left alone, and a row beside them shows the maximum over every run with what the host
stole. Python's chains miss by a second either way: all its runs count, none is run again."""

import contextlib
import os
import struct
import subprocess
import tempfile
import time

from daemon import BenchError, Daemon, program, read_stamps
from report import metric, ms, part

from .common import Context, Impl, disturbed_note, median, quiet_runs

LENGTH = 10
HOP_TIMEOUT = 8  # seconds beyond startsecs without a new start = the chain is stuck
POLL = 0.25  # seconds between looks at the stamps file while a chain of startsecs=1 runs


class ListenerDied(BenchError):
    """Python's ordered-startup listener gave up, so this run's chain never completes."""


def sections(impl: Impl, ctx: Context, trigger: str) -> str:
    startsecs = 1 if trigger == "RUNNING" else 0
    mode = "pause" if trigger == "RUNNING" else "exit-stamped:0"
    text = "".join(
        program(
            f"c{i:02d}",
            f"{ctx.helpers['stamp']} {{dir}}/stamps {mode} c{i:02d}",
            priority=i,
            startsecs=startsecs,
            autostart=i == 1,
            autorestart=False,
            startinorder=True,
            startnextafter=trigger,
        )
        for i in range(1, LENGTH + 1)
    )
    if impl.is_python:
        text += (
            "[eventlistener:ordered_startup]\n"
            f"command={ctx.venv}/bin/ordered-startup-listener {{dir}}/supervisord.conf\n"
            "events=PROCESS_STATE\nbuffer_size=100\nstartsecs=0\ndirectory={dir}\n\n"
        )
    return text


def chain(impl: Impl, ctx: Context, trigger: str, precise: bool = False) -> tuple[list[float], list[float], list[float]]:
    """One run; returns the extra delay of each of the LENGTH-1 hops, the plain start-to-start
    gaps (the EXITED chain's earlier definition, still reported), and for ours' RUNNING chain
    how late the loop woke for each hop's timer (else empty; see wake_lateness)."""
    startsecs = 1 if trigger == "RUNNING" else 0
    options = "precise_startup=true" if precise else ""
    with Daemon(impl.argv, sections(impl, ctx, trigger), options) as d:
        d.start()
        progress = {"count": 0, "at": time.monotonic()}

        def all_started():
            stamps = starts(read_stamps(d.path("stamps")))
            if len(stamps) >= LENGTH:
                return stamps
            if impl.is_python:
                listener_alive(d.path("ordered_startup.log"))
            now = time.monotonic()
            if len(stamps) > progress["count"]:
                progress.update(count=len(stamps), at=now)
            elif now - progress["at"] > startsecs + HOP_TIMEOUT:
                raise BenchError(
                    f"chain stalled: {len(stamps)} of {LENGTH} started, none for {HOP_TIMEOUT + startsecs} s"
                )
            return None

        # The stamps carry the timing, not this wait: a chain of seconds is looked at rarely, so
        # that the bench does not take a CPU from the loop or a starting child mid-hop; an
        # init-script chain is over in milliseconds, and a longer run only meets more steal.
        poll = POLL if startsecs else 0.01
        stamps = d.wait_until(all_started, LENGTH * (startsecs + HOP_TIMEOUT), "the chain", poll)
        every = read_stamps(d.path("stamps"))
        late = wake_lateness(d, startsecs) if trigger == "RUNNING" and not impl.is_python else []
    tags = [tag for _, _, tag in stamps[:LENGTH]]
    if tags != [f"c{i:02d}" for i in range(1, LENGTH + 1)]:
        raise BenchError(f"chain started out of order: {' '.join(tags)}")
    gaps = [stamps[i][0] - stamps[i - 1][0] - startsecs for i in range(1, LENGTH)]
    if trigger == "RUNNING":
        return gaps, gaps, late
    return end_to_start(every), gaps, late


def wake_lateness(d: Daemon, startsecs: int) -> list[float]:
    """How late ours' loop woke for the timer that ended each hop, by its own clock: the
    RUNNING transition of c_{i−1} (the hop's trigger) came last_start_to_running − startsecs
    after its deadline (ours.getMetrics). That is the host's and the kernel's share of a hop
    (timer interrupt, vCPU wake-up, scheduling the loop thread); the rest of the hop is ours'
    spawn, the exec and the child's own start-up."""
    metrics = {m["name"]: m for m in d.call("ours.getMetrics")["processes"]}
    try:
        return [metrics[f"c{i:02d}"]["last_start_to_running_seconds"] - startsecs for i in range(1, LENGTH)]
    except KeyError as e:
        raise BenchError(f"ours.getMetrics: no start-to-running time for {e}") from None


def starts(stamps):
    """Start stamps only (init scripts also stamp their end as `TAG/end`)."""
    return [s for s in stamps if not s[2].endswith("/end")]


def end_to_start(stamps) -> list[float]:
    """start_i − end_{i−1} for i = 2..LENGTH, by tag."""
    at = {tag: t for t, _, tag in stamps}
    try:
        return [at[f"c{i:02d}"] - at[f"c{i - 1:02d}/end"] for i in range(2, LENGTH + 1)]
    except KeyError as e:
        raise BenchError(f"missing stamp {e}") from None


def fork_chain(ctx: Context, path: str) -> list[float]:
    """The floor: a C loop fork+exec+waits the same init scripts one after another."""
    subprocess.run([ctx.helpers["forkchain"], str(LENGTH), ctx.helpers["stamp"], path], check=True, timeout=30)
    return end_to_start(read_stamps(path))


def timer_chain(ctx: Context, path: str) -> list[float]:
    """The floor of the RUNNING chain: a C loop starts the same programs one after another, each
    1 s (a timerfd) after the fork of the one before; extra delay per hop by the same stamps."""
    cmd = [ctx.helpers["forkchain"], str(LENGTH), ctx.helpers["stamp"], path, "1"]
    subprocess.run(cmd, check=True, timeout=LENGTH + 30)
    stamps = starts(read_stamps(path))
    return [stamps[i][0] - stamps[i - 1][0] - 1 for i in range(1, len(stamps))]


def floor_hops(ctx: Context, runs: int, chain_in_c) -> list[float]:
    """The hops of `runs` runs of a C floor chain (fork_chain or timer_chain) that the host left
    alone (those of the disturbed ones when it disturbed them all)."""

    def one_run():
        with tempfile.TemporaryDirectory(prefix="svbench-chain-") as tmp:
            return chain_in_c(ctx, f"{tmp}/stamps")

    quiet, disturbed, _ = quiet_runs(one_run, runs)
    return [h for hops in quiet or disturbed for h in hops]


def listener_alive(log: str) -> None:
    """Raise when the ordered-startup listener has logged its fatal error (it then exits and
    the chain never completes; e.g. ABNORMAL_TERMINATION when an init script exits before the
    listener's startProcess(wait=True) returns)."""
    try:
        with open(log) as f:
            text = f.read()
    except FileNotFoundError:
        return
    if "ERROR:" in text:
        raise ListenerDied(f"listener died: {text.strip().splitlines()[-1].rsplit('Fault: ', 1)[-1]}")


@contextlib.contextmanager
def cpu_latency_held():
    """Holds Linux's CPU wake-up latency request at 0 µs (as our `precise_startup` does) for
    the C floors measured beside the precise chains; yields False where that is not allowed."""
    try:
        fd = os.open("/dev/cpu_dma_latency", os.O_WRONLY | os.O_CLOEXEC)
    except OSError:
        yield False
        return
    try:
        os.write(fd, struct.pack("i", 0))
        yield True
    finally:
        os.close(fd)


def run(impl: Impl, ctx: Context) -> dict:
    """Both chains, and for ours both again with `precise_startup=true`; hops pooled over the
    runs. A run that stalls is reported next to the numbers of the runs that completed (and
    fails the target)."""
    if impl.is_python and ctx.listener_missing:
        raise BenchError(ctx.listener_missing)
    result = {}
    runs = 1 if ctx.quick else ctx.repeat
    variants = [(t, False) for t in ("RUNNING", "EXITED")]
    if not impl.is_python:
        variants += [(t, True) for t in ("RUNNING", "EXITED")]
    for trigger, precise in variants:
        key = f"{trigger}_precise" if precise else trigger

        def one_run(trigger=trigger, precise=precise):
            try:
                return chain(impl, ctx, trigger, precise)
            except ListenerDied as e:
                return e

        try:
            quiet, disturbed, stolen = quiet_runs(one_run, runs, retry=not impl.is_python)
            if impl.is_python:
                # Its hops miss by a second, host or not: every run counts, none is run again.
                quiet, disturbed = quiet + disturbed, []
        except BenchError as e:
            result[f"{key}_error"] = str(e)
            continue
        stalls = [str(r) for r in quiet + disturbed if isinstance(r, ListenerDied)]
        done = [r for r in quiet if not isinstance(r, ListenerDied)]
        hops = [h for r in done for h in r[0]]
        every = hops + [h for r in disturbed if not isinstance(r, ListenerDied) for h in r[0]]
        if hops:
            result[f"{key}_median"] = median(hops)
            result[f"{key}_max"] = max(hops)
        else:
            # The target rows say why; the rows over every run still show what was measured.
            why = stalls[0] if stalls else f"the host stole CPU time during all {len(disturbed)} runs"
            result[f"{key}_error"] = why
        if every:
            result[f"{key}_max_every"] = max(every)
        if stolen:
            what = "disturbed, all counted" if impl.is_python else "set aside"
            result[f"{key}_max_every_note"] = disturbed_note(quiet, disturbed, stolen, what)
        split = [(h, w) for r in done + disturbed if not isinstance(r, ListenerDied) for h, w in zip(r[0], r[2])]
        if split:
            # Every run, disturbed or not: which share of each hop was the wake-up, which ours.
            result[f"{key}_wake_max"] = max(w for _, w in split)
            result[f"{key}_rest_max"] = max(h - w for h, w in split)
            worst = max(split)
            result[f"{key}_rest_max_note"] = f"worst hop {worst[0] * 1e3:.2f} ms = wake-up {worst[1] * 1e3:.2f} ms + {(worst[0] - worst[1]) * 1e3:.2f} ms"
        if not impl.is_python:
            floor = floors(ctx, runs, trigger, precise)
            if floor:
                result[f"{key}_floor_median"] = median(floor)
                result[f"{key}_floor_max"] = max(floor)
        if trigger == "EXITED" and not precise and done:
            result["EXITED_start_to_start"] = median([g for r in done for g in r[1]])
        if stalls:
            note = f"{len(stalls)} of {len(quiet) + len(disturbed)} runs stalled: {stalls[0]}"
            result[f"{key}_median_note"] = result[f"{key}_max_note"] = note
    if impl.is_python:
        result["EXITED_floor_median"] = median(floor_hops(ctx, runs, fork_chain))
    return result


def floors(ctx: Context, runs: int, trigger: str, precise: bool) -> list[float]:
    """The C floor of a chain, under the same latency request when `precise` (empty when
    the request cannot be made)."""
    chain_in_c = timer_chain if trigger == "RUNNING" else fork_chain
    if not precise:
        return floor_hops(ctx, runs, chain_in_c)
    with cpu_latency_held() as held:
        return floor_hops(ctx, runs, chain_in_c) if held else []


def rows(py, ours) -> list:
    out = []
    variants = (
        ("RUNNING", "wait for RUNNING, startsecs=1"),
        ("EXITED", "init scripts, wait for EXITED"),
        ("RUNNING_precise", "wait for RUNNING, precise_startup=true"),
        ("EXITED_precise", "init scripts, precise_startup=true"),
    )
    for key, what in variants:
        label = f"chain of {LENGTH} ({what}): extra delay per hop"
        p, o = part(py, f"{key}_error"), part(ours, f"{key}_error")
        if key.startswith("RUNNING"):
            out.append(metric(f"{label}, median", f"{key}_median", p, o, ms, "≤ 1 ms", 0.001))
        else:
            # An init-script chain cannot beat fork+exec+wait of the same scripts: the target
            # is 1 ms over that floor, measured in the same run.
            over_floor = lambda r, k=key: r.get(f"{k}_floor_median", 0) + 0.001  # noqa: E731
            out.append(metric(f"{label}, median", f"{key}_median", p, o, ms, "≤ C floor + 1 ms", over_floor))
        out.append(metric(f"{label}, max", f"{key}_max", p, o, ms, "≤ 5 ms", 0.005))
        # Over every run: shown even when the host disturbed them all (the target rows then say so).
        out.append(metric(f"{label}, max over every run, also those the host disturbed", f"{key}_max_every", py, ours, ms))
        if key.startswith("RUNNING"):
            # Ours' own clock splits each hop: how late its loop woke for the hop's timer (the
            # host's and the kernel's share), and the rest (spawn, exec, the child's start-up).
            out.append(metric(f"{label}: the loop's wake-up lateness for the hop's timer, max over every run", f"{key}_wake_max", py, ours, ms))
            out.append(metric(f"{label} beyond that wake-up lateness, max over every run", f"{key}_rest_max", py, ours, ms))
        # What the machine adds with no supervisor at all: an idle virtual CPU can wake
        # several ms late (bench/RESULTS.md, "Targets missed, and why"); the precise floors hold the
        # same CPU latency request as precise_startup.
        c_loop = "fork+exec+timerfd chain, same programs" if key.startswith("RUNNING") else "fork+exec+wait chain, same init scripts"
        held = ", latency request held" if key.endswith("precise") else ""
        floor = f"C {c_loop} (floor{held}), extra delay per hop"
        out.append(metric(f"{floor}, median", f"{key}_floor_median", py, ours, ms))
        out.append(metric(f"{floor}, max", f"{key}_floor_max", py, ours, ms))
    out.append(
        metric("init-script chain, start_i − start_{i−1} (includes each script's own run), median", "EXITED_start_to_start", py, ours, ms)
    )
    return out
