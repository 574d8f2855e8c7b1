"""The results table: one Row per measured quantity, rendered as markdown."""

from dataclasses import dataclass


@dataclass
class Row:
    """One line of the table; cells are already formatted text."""

    scenario: str
    python: str
    ours: str
    ratio: str
    target: str
    verdict: str


def cell(result, key: str, fmt) -> str:
    """Format result[key], or say why it is missing (result is a dict or an error text)."""
    if isinstance(result, str):
        return f"n/a ({result if len(result) <= 70 else result[:67] + '...'})"
    if result.get(key) is None:
        return "n/a"
    note = result.get(f"{key}_note")
    return fmt(result[key]) + (f" ({note})" if note else "")


def part(result, error_key: str):
    """The error text stored under `error_key` when that part of a scenario failed, else `result`."""
    if isinstance(result, dict) and error_key in result:
        return result[error_key]
    return result


def number(result, key: str):
    if isinstance(result, dict):
        return result.get(key)
    return None


def metric(scenario, key, py, ours, fmt, target="", limit=None, higher_better=False) -> Row:
    """A row comparing result[key] of both implementations; `limit` (a number, or a function of
    ours' result dict returning one) decides pass/FAIL for ours."""
    p, o = number(py, key), number(ours, key)
    ratio = f"{o / p:.2f}" if p and o is not None else ""
    verdict = ""
    if limit is not None and not isinstance(ours, dict):
        verdict = "n/a" if ours.startswith(("unavailable", "skipped")) else "FAIL"
    elif limit is not None and o is not None:
        if callable(limit):
            limit = limit(ours)
        ok = o >= limit if higher_better else o <= limit
        verdict = "pass" if ok and not ours.get(f"{key}_note") else "FAIL"
    return Row(scenario, cell(py, key, fmt), cell(ours, key, fmt), ratio, target, verdict)


def ms(v: float) -> str:
    """Seconds as milliseconds."""
    if v < 0.01:
        return f"{v * 1e3:.2f} ms"
    return f"{v * 1e3:.1f} ms" if v < 10 else f"{v * 1e3:.0f} ms"


def secs(v: float) -> str:
    return f"{v:.3f} s"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def render(rows: list[Row]) -> str:
    """Markdown table."""
    head = ["Scenario", "Python 4.3", "ours", "ours/Python", "target (ours)", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        cells = [r.scenario, r.python, r.ours, r.ratio, r.target, r.verdict]
        lines.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines)
