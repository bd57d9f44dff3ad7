"""Validation rules that look across files. One module per rule; its docstring is its user doc.

Rules applied while reading (yaml, duplicate-key, schema, file-layout, and the day/deadline
grammar of ``date`` and ``deadline``) are reported by cchc.reader; the README documents all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from types import ModuleType

from cchc.checks import (
    bindings,
    corrections,
    dates,
    deadlines,
    enactment,
    flows,
    funding,
    group_size,
    groups,
    lead_coordinator,
    progress_period,
    progress_record,
    provenance,
    references,
    targets,
    unique_ids,
)
from cchc.checks.index import PlanIndex
from cchc.model import Plan
from cchc.problems import Problem

RULES: dict[str, ModuleType] = {
    module.ID: module
    for module in (
        unique_ids,
        references,
        groups,
        lead_coordinator,
        dates,
        deadlines,
        flows,
        bindings,
        progress_period,
        progress_record,
        corrections,
        group_size,
        enactment,
        targets,
        funding,
        provenance,
    )
}

Check = Callable[[PlanIndex], Iterator[Problem]]


def run_checks(
    plan: Plan,
    broken_ids: set[str] | frozenset[str] = frozenset(),
    unreadable: set[str] | frozenset[str] = frozenset(),
    as_of: dt.date | None = None,
) -> list[Problem]:
    """Every problem the cross-file rules find in ``plan``.

    ``broken_ids`` failed to convert and ``unreadable`` kinds of definitions sit in files that
    could not be read: references to either are not reported again. ``as_of`` is the day of
    the check (records dated after it get a warning); None skips that check.
    """
    index = PlanIndex.build(plan, broken_ids, unreadable, as_of)
    problems: list[Problem] = []
    for module in RULES.values():
        check: Check = module.check
        problems.extend(check(index))
    return problems
