"""What converting a file needs besides its nodes: where problems go, the plan's default year.

Kept apart from cchc.schema so that reading a plan from the parse cache, which still
assembles assignments with a Context, does not import the specs and their node types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from cchc.marks import Mark
from cchc.model import Correction
from cchc.problems import Problem

SCHEMA: Final = "schema"
"""The rule name of problems found while converting a file."""


class _Failed:
    def __repr__(self) -> str:
        return "FAILED"


FAILED: Final = _Failed()
"""What a conversion returns after reporting why it failed."""


@dataclass
class Context:
    """What conversion needs besides the node: where problems go, the plan's default year."""

    problems: list[Problem]
    default_year: int | None = 2000
    """The plan's year; None when it runs over several years."""
    corrections: tuple[Correction, ...] = ()
    broken_ids: set[str] = field(default_factory=set)
    """Ids of objects that failed to convert: references to them are not reported again."""

    def report(
        self, mark: Mark, message: str, hint: str | None = None, rule: str = SCHEMA, **args: Any
    ) -> _Failed:
        """Record a problem and return FAILED, so callers can ``return ctx.report(...)``."""
        self.problems.append(Problem.at(mark, rule, message, hint, **args))
        return FAILED
