"""What every scenario gets: which daemon to run (Impl) and the shared run context (Context)."""

import statistics
from dataclasses import dataclass, field


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
