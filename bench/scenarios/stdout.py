"""Child stdout captured to a file: a child writes 1 GiB as fast as it can; throughput from the
child's start stamp until the log file holds every byte, against a plain pipe → file copy
(spew | pipecopy > file) in the same run. Daemon CPU time over the transfer is reported too.
Both files go to tmpfs (/dev/shm) when there is one, so disk writeback does not add noise.
Ours runs once more with `stdout_logfile_format=json` (a quarter of the size: each 64-byte
line becomes a ~160-byte object), against its own plain copy of the same raw bytes."""

import os
import shutil
import subprocess
import time

from daemon import BenchError, Daemon, program, scratch_dir
from report import metric, ms

from .common import Context, Impl, disturbed_note, median, quiet_runs


def file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def pipe_copy(ctx: Context, mib: int, stamp: str, out: str) -> float:
    """Seconds for spew → pipe → pipecopy → file."""
    with open(out, "wb") as f:
        spew = subprocess.Popen([ctx.helpers["spew"], str(mib), stamp], stdout=subprocess.PIPE)
        copy = subprocess.Popen([ctx.helpers["pipecopy"]], stdin=spew.stdout, stdout=f)
        spew.stdout.close()
        if copy.wait(120) or spew.wait(10):
            raise BenchError("pipe copy baseline failed")
    end = time.time()
    os.unlink(out)
    return end - read_start(stamp)


def read_start(path: str) -> float:
    with open(path) as f:
        return float(f.readline())


def once(impl: Impl, ctx: Context, mib: int, fmt: str = "text") -> dict:
    out = scratch_dir(room=3 << 30)  # the big files
    try:
        return transfer(impl, ctx, mib, out, fmt)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def first_line_length(path: str) -> int:
    """Length of the first whole line of `path` (0 while there is none)."""
    try:
        with open(path, "rb") as f:
            line = f.readline()
    except FileNotFoundError:
        return 0
    return len(line) if line.endswith(b"\n") else 0


def transfer(impl: Impl, ctx: Context, mib: int, out: str, fmt: str) -> dict:
    """spew's `mib` MiB through the daemon into its log; with fmt "json", every 64-byte
    line is one JSON object of the same length, so the file is complete at
    lines × the first object's length."""
    log = f"{out}/spew.log"
    extra = {"stdout_logfile_format": fmt} if fmt != "text" else {}
    sections = program(
        "spew",
        f"{ctx.helpers['spew']} {mib} {{dir}}/spewstamp",
        autostart=False,
        startsecs=0,
        autorestart=False,
        stdout_logfile=log,
        stdout_logfile_maxbytes=0,
        stdout_logfile_backups=0,
        **extra,
    )
    with Daemon(impl.argv, sections) as d:
        d.start()
        pipe_secs = pipe_copy(ctx, mib, d.path("pipestamp"), f"{out}/pipe.out")
        cpu0 = d.cpu_seconds()
        d.call("supervisor.startProcess", "spew", False)
        size = mib << 20
        if fmt == "json":
            d.wait_until(lambda: first_line_length(log) > 0, 60, "a first JSON line", 0.002)
            size = (size // 64) * first_line_length(log)
        d.wait_until(lambda: file_size(log) >= size, 60, f"{mib} MiB in the log file", 0.002)
        end = time.time()
        cpu = d.cpu_seconds() - cpu0
        secs = end - read_start(d.path("spewstamp"))
        os.unlink(log)
    return {"share": pipe_secs / secs, "mibps": mib / secs, "pipe_mibps": mib / pipe_secs, "cpu": cpu}


def run(impl: Impl, ctx: Context) -> dict:
    """Median over the runs the host left alone (the daemon's transfer and the plain copy run
    one after the other, so CPU time the hypervisor steals during either skews their ratio);
    runs it disturbed are run again (`quiet_runs`). When it disturbed every run, those count,
    and the throughput row says so."""
    mib = 256 if ctx.quick else 1024
    quiet, disturbed, stolen = quiet_runs(lambda: once(impl, ctx, mib), 1 if ctx.quick else ctx.repeat)
    runs = quiet or disturbed
    result = {k: median([r[k] for r in runs]) for k in runs[0]}
    result["mib"] = mib
    if stolen:
        what = "set aside" if quiet else "disturbed, all counted"
        result["mibps_note"] = disturbed_note(quiet, disturbed, stolen, what)
    if impl.name == "ours":
        result.update(json_run(impl, ctx, mib // 4))
    return result


def json_run(impl: Impl, ctx: Context, mib: int) -> dict:
    """Ours with `stdout_logfile_format=json`: share of its own plain copy, MiB/s of raw
    output (the median of the quiet runs, as above)."""
    quiet, disturbed, stolen = quiet_runs(lambda: once(impl, ctx, mib, "json"), 1 if ctx.quick else ctx.repeat)
    runs = quiet or disturbed
    result = {f"json_{k}": median([r[k] for r in runs]) for k in ("share", "mibps", "cpu")}
    result["json_mib"] = mib
    if stolen:
        what = "set aside" if quiet else "disturbed, all counted"
        result["json_mibps_note"] = disturbed_note(quiet, disturbed, stolen, what)
    return result


def rows(py, ours) -> list:
    size = next((r["mib"] for r in (ours, py) if isinstance(r, dict)), 1024)
    label = f"child stdout → file, {size} MiB"
    return [
        metric(
            f"{label}: throughput vs plain pipe→file copy", "share", py, ours, lambda v: f"{v:.0%}", "≥ 85%", 0.85, True
        ),
        metric(f"{label}: daemon throughput", "mibps", py, ours, lambda v: f"{v:.0f} MiB/s"),
        metric(f"{label}: plain pipe→file copy (baseline)", "pipe_mibps", py, ours, lambda v: f"{v:.0f} MiB/s"),
        metric(f"{label}: daemon CPU time", "cpu", py, ours, ms, "report"),
        metric(
            f"child stdout → file as JSON lines (`stdout_logfile_format=json`, ours only), "
            f"{size // 4} MiB: throughput vs plain pipe→file copy of the raw bytes",
            "json_share",
            py,
            ours,
            lambda v: f"{v:.0%}",
            "report",
        ),
        metric("… JSON lines: daemon throughput (raw MiB/s)", "json_mibps", py, ours, lambda v: f"{v:.0f} MiB/s"),
        metric("… JSON lines: daemon CPU time", "json_cpu", py, ours, ms, "report"),
    ]
