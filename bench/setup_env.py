"""Prepare what the benchmark needs: the Python reference (a venv with supervisor 4.3.0 and the
ordered-startup-supervisord listener) and the C helper programs used as children and baselines."""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SUPERVISOR = "supervisor==4.3.0"
LISTENER = "ordered-startup-supervisord==1.0.3"
HELPERS = ("stamp", "spew", "pipecopy", "forkloop", "killloop", "forkchain", "hammer", "timerlat")


def ensure_venv(venv: Path) -> str | None:
    """Create (or reuse) `venv` with supervisor and, if possible, the ordered-startup listener.

    Returns None when everything is there, else why the listener is missing."""
    py = venv / "bin" / "python"
    if not (venv / "bin" / "supervisord").exists():
        if not py.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        _pip(venv, SUPERVISOR)
    if (venv / "bin" / "ordered-startup-listener").exists():
        return None
    try:
        _pip(venv, LISTENER, quiet=True)
    except subprocess.CalledProcessError:
        print(f"{LISTENER}: the sdist lacks files its setup.py reads; installing it with them added", file=sys.stderr)
        return _install_broken_listener_sdist(venv)
    return None


def _pip(venv: Path, *args: str, quiet: bool = False) -> None:
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", *args],
        check=True,
        capture_output=quiet,
    )


def _install_broken_listener_sdist(venv: Path) -> str | None:
    """The 1.0.3 sdist on PyPI lacks build.txt and requirements.txt that its setup.py reads.
    Let pip unpack it (--no-clean keeps the unpacked tree), add the two files, install that tree."""
    with tempfile.TemporaryDirectory(prefix="svbench-pip-") as tmp:
        env = dict(os.environ, TMPDIR=tmp)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "--no-clean", "--no-deps", LISTENER],
            env=env,
            check=False,  # expected to fail on the broken sdist; we only want it unpacked
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        found = glob.glob(f"{tmp}/pip-install-*/ordered-startup-supervisord*/setup.py")
        if not found:
            return "ordered-startup-supervisord could not be downloaded"
        src = Path(found[0]).parent
        (src / "build.txt").write_text(".3\n")
        (src / "requirements.txt").write_text("supervisor>=3.2.0\n")
        try:
            _pip(venv, "--no-deps", str(src))
        except subprocess.CalledProcessError:
            return "ordered-startup-supervisord could not be installed"
    return None


def build_helpers(src_dir: Path, out_dir: Path) -> dict[str, str]:
    """Compile bench/helpers/*.c with the system C compiler; returns name -> binary path."""
    cc = os.environ.get("CC") or shutil.which("cc") or "gcc"
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in HELPERS:
        out = out_dir / name
        subprocess.run([cc, "-O2", "-Wall", "-pthread", "-o", str(out), str(src_dir / f"{name}.c")], check=True)
        paths[name] = str(out)
    return paths
