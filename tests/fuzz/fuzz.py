"""A fuzzer: mutates a copy of the demo plan and runs every command on it, in-process.

A run fails when a command exits 3 (cchc's "internal error"), lets an exception escape (a
traceback), or takes longer than the time limit (a hang). Everything else, including exit 1
and 2 with a clear message, is what cchc should do with a broken plan.

    python -m tests.fuzz                          # seed 1, one minute (what CI runs)
    python -m tests.fuzz --seed 7 --seconds 3600  # longer, another seed
    python -m tests.fuzz --seed 7 --case 123      # replay one mutated plan, keep it on disk

Each failure prints the seed and case number that reproduce it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "demo" / "plan"
LIMIT = 10
"""Seconds one command may take on one mutated plan."""

# Fragments that broke cchc once, or that break YAML readers in general.
HOSTILE = [
    "\x00",
    "\x1b[2J",
    '"\\e]0;PWNED\\a"',
    '"\\x9b2J"',
    "\r",
    "\t",
    "\ufeff",
    "\u202e",
    "&a ",
    "*a",
    "<<: {a: 1}",
    "!!python/object/apply:os.system ['true']",
    "!custom",
    "[" * 300 + "]" * 300,
    "9" * 5000,
    "٢٠٢١-٠٣-٢٠",
    "８５",
    "0001-01-01",
    "9999-12-31",
    "0000",
    "2021-02-30",
    "quý V/2021",
    "định kỳ ,",
    "theo kỳ báo cáo",
    "Phòng Nội vụ [/]",
    "[ghi chú]",
    "[bold red]x[/]",
    "yaml.syntax",
    "{detail}",
    "%s%n",
    "../../etc/passwd",
    "phong-\u0430",  # Cyrillic a
    "---",
    "...",
    "? ",
    ": ",
    "- ",
    "~",
    "null",
    "no",
    "2021-Q5",
    "H3/2021",
    "-1",
    "99999999999",
    "'",
    '"',
    "#",
    "|",
    ">",
]


@dataclass(frozen=True)
class Failure:
    """A command that crashed, escaped or hung on one mutated plan."""

    seed: int
    case: int
    command: tuple[str, ...]
    why: str

    def __str__(self) -> str:
        where = " ".join(self.command)
        return f"seed {self.seed} case {self.case}: cchc {where}: {self.why}"


def mutate(root: Path, rng: random.Random) -> str:
    """Change one file under ``root`` in one of several ways; say what was done."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    path = rng.choice(files)
    data = path.read_bytes()
    lines = data.split(b"\n")
    how = rng.randrange(8)
    index = rng.randrange(len(lines)) if lines else 0
    fragment = rng.choice(HOSTILE).encode("utf-8")
    if how == 0 and data:  # flip a byte
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    elif how == 1:  # insert a hostile fragment in a line
        line = lines[index]
        at = rng.randrange(len(line) + 1)
        lines[index] = line[:at] + fragment + line[at:]
        data = b"\n".join(lines)
    elif how == 2:  # replace the value after a colon
        line = lines[index]
        if b": " in line:
            lines[index] = line.split(b": ", 1)[0] + b": " + fragment
        data = b"\n".join(lines)
    elif how == 3:  # delete a line
        del lines[index]
        data = b"\n".join(lines)
    elif how == 4:  # duplicate a line
        lines.insert(index, lines[index] if lines else b"")
        data = b"\n".join(lines)
    elif how == 5:  # swap a line with one of another file
        other = rng.choice(files).read_bytes().split(b"\n")
        lines[index] = rng.choice(other)
        data = b"\n".join(lines)
    elif how == 6:  # truncate
        data = data[: rng.randrange(len(data) + 1)]
    else:  # change the indentation of a line
        lines[index] = b" " * rng.randrange(6) + lines[index].lstrip(b" ")
        data = b"\n".join(lines)
    path.write_bytes(data)
    return f"{path.relative_to(root)}: mutation {how}"


def commands(plan: Path, out: Path) -> Iterator[tuple[str, ...]]:
    """Every command, with the options that reach most of its code."""
    p = ("--plan", str(plan))
    yield ("validate", str(plan))
    yield ("validate", str(plan), "--format", "json")
    yield ("validate", str(plan), "--format", "github", "--strict")
    yield ("status", *p, "--as-of", "2021-06-30")
    yield ("status", *p, "--as-of", "2021-12-31", "--format", "json")
    yield ("status", *p, "--unit", "phong-noi-vu")
    yield ("overdue", *p, "--as-of", "2021-10-01")
    yield ("overdue", *p, "--format", "csv", "--fail")
    yield ("list", *p, "--section", "V", "--format", "json")
    yield ("list", *p, "--state", "overdue")
    yield ("show", "V.1.1", *p)
    yield ("lookup", "units", *p)
    yield ("lookup", "duties", *p)
    yield ("record", "V.1.1", *p, "--unit", "phong-noi-vu", "--state", "done", "--dry-run")
    yield ("record", "V.1.1", *p, "--state", "done", "--date", "2021-03-20", "--dry-run")
    yield ("report", *p, "--period", "2021-Q2", "--as-of", "2021-07-01")
    yield ("report", *p, "--period", "2021-H1", "-o", str(out / "report.docx"))


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def run_command(args: tuple[str, ...], limit: float = LIMIT) -> str | None:
    """Run ``cchc args`` in-process; None when it behaved, else why not."""
    from typer.testing import CliRunner

    from cchc.cli import app

    runner = CliRunner()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        result = runner.invoke(app, list(args), catch_exceptions=True)
    except _Timeout:
        return f"still running after {limit:.0f} s"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if isinstance(result.exception, _Timeout):
        return f"still running after {limit:.0f} s"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"exception escaped: {type(result.exception).__name__}: {result.exception}"
    if result.exit_code == 3:
        return f"internal error: {result.output.strip()[-300:]}"
    if "Traceback" in result.output:
        return "a traceback was printed"
    if time.perf_counter() - started > limit:  # pragma: no cover - the alarm comes first
        return "too slow"
    return None


def fuzz(
    seed: int,
    seconds: float,
    report: Callable[[str], None] = print,
    case: int | None = None,
    keep: Path | None = None,
) -> list[Failure]:
    """Mutate and run until ``seconds`` have passed (or only ``case``); return the failures."""
    failures: list[Failure] = []
    deadline = time.monotonic() + seconds
    number = 0
    env = {k: os.environ.pop(k) for k in ("CCHC_PLAN", "CCHC_LANG", "COLUMNS") if k in os.environ}
    try:
        while (case is not None and number <= case) or (
            case is None and time.monotonic() < deadline
        ):
            rng = random.Random(f"{seed}:{number}")
            if case is None or number == case:
                failures += _one(seed, number, rng, report, keep)
            number += 1
    finally:
        os.environ.update(env)
    report(f"seed {seed}: {number} mutated plans, {len(failures)} failures")
    return failures


def _one(
    seed: int, number: int, rng: random.Random, report: Callable[[str], None], keep: Path | None
) -> list[Failure]:
    failures = []
    with tempfile.TemporaryDirectory(prefix="cchc-fuzz-") as tmp:
        plan = (keep or Path(tmp)) / "plan"
        out = Path(tmp) / "out"
        out.mkdir()
        shutil.rmtree(plan, ignore_errors=True)
        shutil.copytree(DEMO, plan)
        changes = [mutate(plan, rng) for _ in range(rng.randrange(1, 4))]
        for args in commands(plan, out):
            why = run_command(args)
            if why is not None:
                failure = Failure(seed, number, args, f"{why} [{'; '.join(changes)}]")
                report(str(failure))
                failures.append(failure)
    return failures
