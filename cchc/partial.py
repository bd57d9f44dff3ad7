"""Reading what can be read: a plan with broken files in assignments/ or progress/ is still
shown, without those files, and the reading commands say which files were left out and why.

plan.yaml, units.yaml and the content files carry what every obligation depends on: an error
there still stops every command. ``validate`` never uses this: it stays strict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from cchc.model import Plan
from cchc.problems import Problem

OPTIONAL_FOLDERS = ("assignments", "progress")
"""Folders whose files can be left out one by one (one lead's duties, one unit's records)."""
_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A file left out, and the first error found in it."""

    path: Path
    problem: Problem


def optional(path: Path, root: Path) -> bool:
    """Whether ``path`` is a file the plan can be read without."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    return len(parts) > 1 and parts[0] in OPTIONAL_FOLDERS


def _first_errors(problems: Iterable[Problem]) -> dict[Path, Problem]:
    found: dict[Path, Problem] = {}
    for problem in sorted(problems):
        if problem.severity == "error":
            found.setdefault(problem.path, problem)
    return found


def without_broken_files(
    plan: Plan, problems: Iterable[Problem], root: Path
) -> tuple[Plan, tuple[LeftOut, ...]] | None:
    """``plan`` without the assignments and records of every file that has an error, and the
    files left out; None when an error sits in a file the plan cannot do without.

    Leaving out a lead's duties can break records about them: the rules run again on what is
    left, and a file that turns out broken is left out too."""
    from cchc.checks import run_checks  # here: a full reading does not need the rules again

    left: dict[Path, Problem] = {}
    errors = _first_errors(problems)
    for _ in range(_ROUNDS):
        if not errors:
            return plan, tuple(LeftOut(path, p) for path, p in sorted(left.items()))
        if not all(optional(path, root) for path in errors):
            return None
        left.update(errors)
        plan = replace(
            plan,
            assignments=tuple(a for a in plan.assignments if a.at.path not in left),
            records=tuple(r for r in plan.records if r.at.path not in left),
        )
        errors = _first_errors(p for p in run_checks(plan) if p.path not in left)
    return None  # pragma: no cover - each round leaves out at least one more file
