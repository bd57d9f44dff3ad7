"""Reading and checking a plan in one step: what every command starts with."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from dataclasses import dataclass
from pathlib import Path

from cchc import codec
from cchc.cache import ParseCache
from cchc.model import Plan
from cchc.problems import Problem
from cchc.reader import ReadResult, read_cached
from cchc.source import FolderSource, PlanSource

_KEPT: list[Plan | None] = []
"""The last plans read (``cchc diff`` reads two), kept alive: ``cli.run`` ends the process
without freeing them, which would cost more than most commands do after reading."""


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
    what was built is then frozen out of later collections. When every file read cleanly and
    the same files were checked before, the cache gives what the checks found then (the
    checks are a function of the files; ``as_of`` adds day-dependent ones, never cached)."""
    enabled = gc.isenabled()
    gc.disable()
    cache = ParseCache.open(source.root, cache_folder)
    try:
        result = read_cached(source, cache)
        problems = list(result.problems)
        if result.plan is not None:
            problems += _checks(result, cache, as_of)
        cache.save()
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    _KEPT[:] = [result.plan, *_KEPT[:1]]
    return Checked(source.root, result.plan, tuple(sorted(problems)), len(result.files))


def _checks(result: ReadResult, cache: ParseCache, as_of: dt.date | None) -> list[Problem]:
    assert result.plan is not None
    reusable = as_of is None and not result.problems
    if reusable:
        known, value = cache.verdict(result.plan.document.at.path)
        if known:
            return list(value)
    from cchc.checks import run_checks  # not needed when the cache holds the verdict

    found = run_checks(result.plan, result.broken_ids, result.unreadable, as_of)
    if reusable:
        with contextlib.suppress(codec.NotEncodable):
            cache.keep_verdict(codec.encode(tuple(found), result.plan.document.at.path, cache.root))
    return found
