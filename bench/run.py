"""`make bench`: run every scenario against Python supervisord 4.3 and ours with identical
generated configs, print one markdown table and write it to bench/RESULTS.md.

Usage: python3 bench/run.py --binary target/static/supervisord [--repeat N] [--quick]
       [--only fleet,chain,stdout,crashloop,hammer,scale] [--skip-ours] [--skip-python]
"""

import argparse
import os
import platform
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from daemon import BenchError, Daemon, program
from report import render
from scenarios import chain, crashloop, fleet, hammer, scale, stdout
from scenarios.common import Context, Impl
from setup_env import build_helpers, ensure_venv

NOTES_MARKER = "<!-- notes below are kept by bench/run.py: a full run rewrites only what is above -->"

NOTES = """How each row is measured (all from outside the daemon; configs generated identically for both):
- every daemon (Python's and ours) runs in a fresh directory on tmpfs (/dev/shm) when there is one: config, socket,
  main and child logs, the children's stamps (ext4 here charges each file creation a scan of recently freed inodes).
- launch → all RUNNING: from spawning the daemon until getAllProcessInfo (polled every 10 ms once startsecs have
  passed since the launch: none can be RUNNING before, and earlier polls only load the spawn burst) shows all RUNNING.
- spawn spread: first to last CLOCK_REALTIME stamp written by the children themselves; baseline is a C loop
  that fork+execs the same 100 stamp children back to back, in the same run.
- getAllProcessInfo: connect + POST + whole body read on the unix socket, not parsed; median of 30 (5 for 1,000+).
- 1,000 / 10,000 programs: one `numprocs` program, both daemons started with RLIMIT_NOFILE soft 1024 (hard
  524288 when the bench runs as root, systemd's defaults); Python is given `minfds` = 5 per process + 64 (it does
  not raise its limit by itself and stops spawning at EMFILE), ours no minfds. At 10,000 the output goes nowhere
  (`stdout_logfile=NONE`, `redirect_stderr=true`) and Python's `minfds` is 2 per process + 64, at most the hard
  limit. One launch per size; a daemon not showing all RUNNING within 120 s of its launch is reported as not
  finishing. Their all-RUNNING poll picks the statenames out of the XML (not parsed) and waits at least as long as
  its last round trip before the next (a back-to-back poller of a 10,000-process answer loads what it measures).
  The 10,000 launch target is 1.25 × (a C loop fork+exec'ing the same 10,000 children back to back,
  first → last stamp, + startsecs). Shutdown floor: a C loop that starts the same children, then SIGTERMs
  each and waits for each (first kill → last reap), in the same run; floor with pipes: the same loop, each child
  given a stdin and separate stdout and stderr pipes whose ends the loop holds in an epoll set and closes after
  the reap (what any supervisor keeping Python's pipes must do).
  Descriptors: entries of /proc/PID/fd once all are RUNNING. Each size starts once the CPUs were 95% idle in two
  1 s windows in a row (at most 90 s): the run before it (Python's 10,000 processes) may still be exiting.
- idle RSS: VmRSS of /proc/PID/status after the status calls, once unchanged for 100 ms (the last answer freed). Wake-ups: voluntary_ctxt_switches summed over
  /proc/PID/task/*/status across a 10 s window (first run only) that starts once the daemon's thread set has
  been unchanged for 6 s (HTTP pool threads ending after the last request are not idle wake-ups).
- shutdown: SIGTERM to the daemon until it has exited (pidfd), children exit on TERM; worst of the runs.
- chains: RUNNING chain (start_i − start_{i−1}) − startsecs, EXITED chain start_i − end_{i−1} (each init script stamps
  its end just before exiting; floor: a C loop fork+exec+waits the same scripts in a chain; RUNNING floor: a C loop
  starts the same programs, each 1 s by a timerfd after the previous fork), from child stamps, 9 hops per run pooled
  over the runs; ours uses startinorder/startnextafter natively, Python the same program sections plus
  the ordered-startup-supervisord listener. Ours runs both chains again with `precise_startup=true`,
  its C floors then measured while the bench holds the same CPU latency request (/dev/cpu_dma_latency = 0).
  A run of ours or of a C floor during which the hypervisor stole more than 1% of its wall time from the vCPUs
  (/proc/stat steal, at least one 10 ms tick) is set aside and run again (up to 3 tries per run, none started
  after 60 s); the target rows pool the runs the host left alone, the "max over every run" row all of them.
  Python's chain runs all count (its hops miss by a second either way). Ours' RUNNING hops are split by its own
  clock (ours.getMetrics last_start_to_running − startsecs): how late the loop woke for the timer that ended the
  hop (timer interrupt, vCPU wake-up, scheduling: the host's and kernel's share), and the rest (spawn, exec, the
  child's start-up), both over every run.
- stdout: child start stamp → log file holds every byte, vs `spew | pipecopy > file` in the same run (tmpfs);
  daemon CPU = its process CPU clock (ns; /proc utime+stime counts 10 ms ticks) over the transfer. Runs the host disturbed (steal, as for chains) are run again; if it
  disturbed them all, they count, and the daemon throughput row says so. The JSON lines rows: ours again with
  `stdout_logfile_format=json` on a quarter of the size (each 64-byte line is a ~160-byte object), share of the
  same run's plain copy of the raw bytes, MiB/s of raw output.
- crash loop: daemon CPU (its process CPU clock, ns) over a 5 s window / restarts counted from child stamps.
- hammer: 200 threads of a C client, each sending its next request on a new connection as soon as the last answer
  ended, for 20 s; timer lateness from the main log (success − spawned − startsecs) and ours' /metrics; floor: a C
  loop beside it waiting on a timerfd every 100 ms, raised 5 nice levels like our loop thread.
"""

# scale last: its 10,000-program launches are the longest part, and the budget skips what follows.
SCENARIOS = {"fleet": fleet, "chain": chain, "stdout": stdout, "crashloop": crashloop, "hammer": hammer, "scale": scale}


def measure(module, impl: Impl | str, ctx: Context):
    """The scenario's result dict, or a short error text (never raises). A str `impl` says why
    that implementation is not measured."""
    if isinstance(impl, str):
        return impl
    t0 = time.monotonic()
    try:
        result = module.run(impl, ctx)
    except BenchError as e:
        result = f"error: {e}"
    except Exception as e:  # a harness bug must not hide the other scenarios
        traceback.print_exc()
        result = f"error: {type(e).__name__}: {e}"
    status = "ok" if isinstance(result, dict) else result
    print(
        f"  {module.__name__.split('.')[-1]:<10} {impl.name:<7} {time.monotonic() - t0:6.1f} s  {status}",
        file=sys.stderr,
    )
    return result


def preflight(impl: Impl) -> Impl | str:
    """`impl` if its daemon starts and answers getState on a trivial config, else why not."""
    try:
        with Daemon(impl.argv, program("one", "/bin/sleep 60", autostart=False)) as d:
            d.start()
            d.terminate(10)
        return impl
    except BenchError as e:
        return f"unavailable: {e}"


def machine() -> str:
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0))
    return f"{platform.node()}: Linux {platform.release()}, {cores} cores ({usable} usable)"


def ours_version(binary: str) -> str:
    try:
        rev = subprocess.run(
            ["git", "-C", str(BENCH), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
        )
        return f"{binary} (commit {rev.stdout.strip() or '?'})"
    except OSError:
        return binary


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default="target/static/supervisord", help="our supervisord")
    ap.add_argument("--venv", default=str(BENCH.parent / ".venv"), help="venv for Python supervisor 4.3.0")
    ap.add_argument("--repeat", type=int, default=3, help="runs per scenario (median reported)")
    ap.add_argument("--quick", action="store_true", help="fewer/shorter runs, for trying the harness")
    ap.add_argument("--only", default=",".join(SCENARIOS), help="comma-separated scenarios")
    ap.add_argument("--budget", type=float, default=480, help="seconds after which remaining scenarios are skipped")
    ap.add_argument("--skip-ours", action="store_true")
    ap.add_argument("--skip-python", action="store_true")
    ap.add_argument(
        "--results",
        help="where to write the table ('' = nowhere); default bench/RESULTS.md for a full run, nowhere otherwise",
    )
    return ap.parse_args()


def setup(args: argparse.Namespace, venv: Path) -> tuple[Context, Impl | str, Impl | str]:
    """Venv, helper binaries, and the two implementations (or why one is not measured)."""
    python = "skipped" if args.skip_python else Impl("python", [str(venv / "bin" / "supervisord")])
    listener_missing = None
    if not args.skip_python:
        try:
            listener_missing = ensure_venv(venv)
        except (OSError, subprocess.CalledProcessError) as e:
            python = f"unavailable: cannot set up {venv} ({e})"
    ctx = Context(
        helpers=build_helpers(BENCH / "helpers", BENCH.parent / "target" / "bench-helpers"),
        venv=str(venv),
        repeat=args.repeat,
        listener_missing=listener_missing,
        quick=args.quick,
    )
    binary = os.path.abspath(args.binary)
    if args.skip_ours:
        ours = "skipped"
    elif not os.access(binary, os.X_OK):
        ours = f"unavailable: {args.binary} not built"
    else:
        ours = preflight(Impl("ours", [binary]))
    return ctx, python, ours


def main() -> int:
    args = parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind so every daemon is cleaned up
    started = time.monotonic()
    load_before = os.getloadavg()[0]

    venv = Path(args.venv).resolve()
    ctx, python, ours = setup(args, venv)
    print(machine(), file=sys.stderr)

    rows = []
    for name in args.only.split(","):
        module = SCENARIOS[name]
        # Decided once per scenario: one begun is measured for both daemons, side by side.
        over = time.monotonic() - started > args.budget
        results = [f"skipped: over the {args.budget:.0f} s budget" if over else measure(module, impl, ctx) for impl in (python, ours)]
        rows += module.rows(*results)

    runs = "quick mode" if args.quick else f"median of {args.repeat} runs unless stated"
    text = (
        f"Machine: {machine()}; load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after. "
        f"Python: supervisor 4.3.0 ({venv}/bin/supervisord). Ours: {ours_version(os.path.abspath(args.binary))}. "
        f"{runs}; ours/Python < 1 is ours faster/smaller (except throughput rows). "
        f"Took {time.monotonic() - started:.0f} s, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.\n\n"
        f"{render(rows)}\n\n{NOTES}"
    )
    print(text)
    full = not (args.quick or args.skip_ours or args.skip_python) and args.only == ",".join(SCENARIOS)
    results = args.results if args.results is not None else str(BENCH / "RESULTS.md") if full else ""
    if results:
        # Hand-written notes after NOTES_MARKER survive a new run.
        kept = ""
        if Path(results).exists():
            previous = Path(results).read_text()
            if NOTES_MARKER in previous:
                kept = "\n\n" + NOTES_MARKER + previous.split(NOTES_MARKER, 1)[1].rstrip("\n")
        Path(results).write_text("# Benchmark results (`make bench`)\n\n" + text.rstrip("\n") + kept + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
