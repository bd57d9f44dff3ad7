"""Reading and checking a plan in one step: what every command starts with."""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass
from pathlib import Path

from cchc.checks import run_checks
from cchc.model import Plan
from cchc.problems import Problem
from cchc.reader import read_source
from cchc.source import FolderSource, PlanSource


@dataclass(frozen=True)
class Checked:
    """A plan with every problem found in it, sorted by place."""

    root: Path
    plan: Plan | None
    problems: tuple[Problem, ...]
    files: int

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        """How many problems are warnings."""
        return sum(p.severity == "warning" for p in self.problems)


def check_plan(
    root: Path, as_of: dt.date | None = None, cache_folder: Path | None = None
) -> Checked:
    """Read the plan folder at ``root`` and run every rule on it (on ``as_of``, when given);
    ``cache_folder`` holds the parse cache (None: every file is parsed)."""
    return check_source(FolderSource(root), as_of, cache_folder)


def check_source(
    source: PlanSource, as_of: dt.date | None = None, cache_folder: Path | None = None
) -> Checked:
    """Read the plan ``source`` gives (a folder, a git tree) and run every rule on it.

    The garbage collector is paused while the plan is built (it would trace every new object
    again and again, a fifth of the time at province scale, and none of them is garbage), and
    what was built is then frozen out of later collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = read_source(source, cache_folder)
        problems = list(result.problems)
        if result.plan is not None:
            problems += run_checks(result.plan, result.broken_ids, result.unreadable, as_of)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return Checked(source.root, result.plan, tuple(sorted(problems)), len(result.files))
