"""One supervisord under test (Python's or ours), observed only from outside: its config is
generated into a private temp dir, it is driven through XML-RPC on a unix socket (raw HTTP, so the
measured latency is the server's, not a client parser's), and /proc supplies RSS, CPU time and
context switches. Everything whose command line mentions the temp dir is killed at the end.

The temp dirs are on tmpfs (/dev/shm) when there is one, for both daemons: a file created on
ext4 without a journal costs a scan of every inode freed nearby in the last 60 s
(`recently_deleted`), so after a test run or the previous bench run deleted their temp dirs a
1,000-program daemon spent 0.7–1.4 s of kernel CPU creating its 2,000 log files (20 ms in a
quiet directory), which is the host's file system, not the daemon. The dirs are removed when
the bench exits, not after each run: where they fall back to the default temp dir, a removal
would charge that scan to the next run's daemon."""

import atexit
import os
import resource
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import xmlrpc.client
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")


_TEMP_DIRS: list[Path] = []


@atexit.register
def _remove_temp_dirs() -> None:
    for d in _TEMP_DIRS:
        shutil.rmtree(d, ignore_errors=True)


def scratch_dir(prefix: str = "svbench-", room: int = 1 << 30) -> str:
    """A fresh directory on tmpfs (/dev/shm) if it has `room` bytes free, else in the default
    temp dir."""
    shm = "/dev/shm"
    if os.path.isdir(shm) and shutil.disk_usage(shm).free > room:
        return tempfile.mkdtemp(prefix=prefix, dir=shm)
    return tempfile.mkdtemp(prefix=prefix)


class BenchError(Exception):
    """A scenario could not be measured (daemon failed, timed out, answered a fault...)."""


def program(name: str, command: str, **options) -> str:
    """One [program:NAME] section; option values are written as given (True -> true)."""
    lines = [f"[program:{name}]", f"command={command}"]
    for key, value in options.items():
        if isinstance(value, bool):
            value = str(value).lower()
        lines.append(f"{key}={value}")
    return "\n".join(lines) + "\n\n"


class Daemon:
    """A supervisord process with its own temp dir, config, socket and logs."""

    def __init__(self, argv: list[str], sections: str, supervisord_options: str = ""):
        self.argv = argv
        self.dir = Path(scratch_dir())
        self.sock = str(self.dir / "supervisor.sock")
        self.conf = self.dir / "supervisord.conf"
        (self.dir / "childlogs").mkdir()
        self.conf.write_text(self._config(sections.replace("{dir}", str(self.dir)), supervisord_options))
        self.proc: subprocess.Popen | None = None
        self.pidfd = -1
        self.launched = 0.0

    def _config(self, sections: str, supervisord_options: str) -> str:
        d = self.dir
        return (
            f"[unix_http_server]\nfile={self.sock}\n\n"
            f"[supervisord]\nlogfile={d}/supervisord.log\npidfile={d}/supervisord.pid\n"
            f"childlogdir={d}/childlogs\n{supervisord_options}\n\n"
            "[rpcinterface:supervisor]\n"
            "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n"
            f"[supervisorctl]\nserverurl=unix://{self.sock}\n\n{sections}"
        )

    def path(self, name: str) -> str:
        """A file inside this daemon's temp dir."""
        return str(self.dir / name)

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> "Daemon":
        return self

    def __exit__(self, *exc) -> None:
        self.cleanup()

    def start(self, ready_timeout: float = 15.0, nofile: tuple[int, int] | None = None) -> float:
        """Launch `argv -n -c conf`; wait until the RPC socket answers. Returns the launch time.
        `nofile`: the (soft, hard) RLIMIT_NOFILE the daemon starts with."""
        self.launched = time.time()
        limits = None if nofile is None else lambda: resource.setrlimit(resource.RLIMIT_NOFILE, nofile)
        try:
            with open(self.dir / "daemon.out", "wb") as out:
                self.proc = subprocess.Popen(
                    [*self.argv, "-n", "-c", str(self.conf)],
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=self.dir,
                    start_new_session=True,
                    preexec_fn=limits,
                )
        except OSError as e:
            raise BenchError(f"cannot run {self.argv[0]}: {e.strerror}") from None
        self.pidfd = os.pidfd_open(self.proc.pid)
        self.wait_until(lambda: self._answers(), ready_timeout, "RPC socket to answer")
        return self.launched

    def _answers(self) -> bool:
        try:
            return self.call("supervisor.getState")["statename"] == "RUNNING"
        except (OSError, BenchError):
            return False

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def exited(self, timeout: float = 0.0) -> bool:
        """Has the daemon exited (waiting up to `timeout` seconds for it)?"""
        if self.proc is None:
            return True
        if self.proc.returncode is not None:
            return True
        if select.select([self.pidfd], [], [], timeout)[0]:
            self.proc.wait()
            return True
        return False

    def terminate(self, timeout: float) -> float:
        """SIGTERM the daemon and time until it has exited; raises if it takes over `timeout`."""
        t0 = time.perf_counter()
        os.kill(self.pid, signal.SIGTERM)
        if not self.exited(timeout):
            raise BenchError(f"daemon still running {timeout:.0f} s after SIGTERM")
        return time.perf_counter() - t0

    def cleanup(self) -> None:
        """Kill the daemon and every process whose command line mentions our temp dir."""
        if self.proc is not None and not self.exited():
            self.proc.kill()
            self.proc.wait()
        if self.pidfd >= 0:
            os.close(self.pidfd)
            self.pidfd = -1
        kill_mentioning(str(self.dir))
        _TEMP_DIRS.append(self.dir)

    def output_tail(self, lines: int = 5) -> str:
        """Last lines of the daemon's stdout/stderr, for error messages."""
        try:
            text = (self.dir / "daemon.out").read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(text[-lines:])

    def wait_until(self, condition, timeout: float, what: str, interval: float = 0.005):
        """Poll `condition()` until it returns a truthy value; fail on timeout or daemon exit."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if self.exited():
                tail = self.output_tail()
                raise BenchError(f"daemon exited ({self.proc.returncode}) waiting for {what}: {tail}")
            if time.monotonic() > deadline:
                raise BenchError(f"timeout ({timeout:.0f} s) waiting for {what}")
            time.sleep(interval)

    # -- XML-RPC over the unix socket ----------------------------------------------------------

    def request(self, method: str, *params) -> bytes:
        """The complete HTTP request for one XML-RPC call."""
        body = xmlrpc.client.dumps(params, method).encode()
        head = (
            f"POST /RPC2 HTTP/1.0\r\nHost: localhost\r\nContent-Type: text/xml\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        return head.encode() + body

    def roundtrip(self, request: bytes, timeout: float = 10.0) -> bytes:
        """Connect, send, read the whole response body (not parsed)."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(self.sock)
            s.sendall(request)
            return read_http_body(s)

    def timed_call(self, request: bytes) -> float:
        """Seconds for one raw round trip (connect → last body byte)."""
        t0 = time.perf_counter()
        self.roundtrip(request)
        return time.perf_counter() - t0

    def call(self, method: str, *params):
        """One XML-RPC call; faults become BenchError."""
        body = self.roundtrip(self.request(method, *params))
        try:
            return xmlrpc.client.loads(body)[0][0]
        except xmlrpc.client.Fault as f:
            raise BenchError(f"{method}: fault {f.faultCode} {f.faultString}") from None
        except Exception as e:  # malformed XML from a half-done server
            raise BenchError(f"{method}: bad response ({e})") from None

    def all_in_state(self, state: str, count: int) -> bool:
        """Do `count` processes exist and are they all in `state`?"""
        infos = self.call("supervisor.getAllProcessInfo")
        return len(infos) >= count and all(i["statename"] == state for i in infos)

    # -- /proc accounting ------------------------------------------------------------------------

    def rss_kib(self) -> int:
        """VmRSS of the daemon (all threads share it)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise BenchError("no VmRSS in /proc status")

    def idle_rss_kib(self, steady: float = 0.1, limit: float = 2.0) -> int:
        """VmRSS once it has not changed for `steady` seconds (at most `limit` seconds): right
        after a status call the answer just sent may not have been freed yet."""
        deadline = time.time() + limit
        last, since = self.rss_kib(), time.time()
        while time.time() < deadline and time.time() - since < steady:
            time.sleep(0.02)
            now = self.rss_kib()
            if now != last:
                last, since = now, time.time()
        return last

    def open_fds(self) -> int:
        """Descriptors the daemon holds (all threads share them)."""
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def cpu_seconds(self) -> float:
        """CPU time of the daemon, all threads, ended ones included (not its children): its
        process CPU clock (clock_getcpuclockid's id, `~pid << 3 | CPUCLOCK_SCHED`), in ns.
        utime + stime of /proc/PID/stat count 10 ms ticks: over a crash-loop window of 100
        restarts that is 0.1 ms per restart, coarser than the target it is held to."""
        try:
            return time.clock_gettime((~self.pid << 3) | 2)
        except OSError:  # a kernel that does not let us read it: fall back to the ticks
            stat = Path(f"/proc/{self.pid}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def voluntary_switches(self) -> dict[str, int]:
        """Voluntary context switches per thread id."""
        counts = {}
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            try:
                for line in (task / "status").read_text().splitlines():
                    if line.startswith("voluntary_ctxt_switches:"):
                        counts[task.name] = int(line.split()[1])
            except OSError:
                pass  # thread ended meanwhile
        return counts


def read_http_body(s: socket.socket) -> bytes:
    """Read one HTTP response from `s`: Content-Length bytes of body, else until EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            raise BenchError("connection closed inside HTTP headers")
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    if " 200 " not in lines[0] + " ":
        raise BenchError(f"HTTP status: {lines[0]}")
    length = None
    for line in lines[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == "content-length":
            try:
                length = int(value)
            except ValueError:
                raise BenchError(f"bad Content-Length: {value.strip()!r}") from None
    parts = [body]
    got = len(body)
    while length is None or got < length:
        chunk = s.recv(262144)
        if not chunk:
            if length is not None:
                raise BenchError("connection closed inside HTTP body")
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def kill_mentioning(needle: str) -> None:
    """SIGKILL every process whose command line contains `needle` (our unique temp dir)."""
    me = os.getpid()
    key = needle.encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if key in f.read():
                    os.kill(int(entry), signal.SIGKILL)
        except OSError:
            pass


def read_stamps(path: str) -> list[tuple[float, int, str]]:
    """Lines written by the stamp helper: (start time, pid, tag), in file order."""
    try:
        text = Path(path).read_text()
    except FileNotFoundError:
        return []
    stamps = []
    for line in text.splitlines():
        t, pid, tag = line.split()
        stamps.append((float(t), int(pid), tag))
    return stamps
