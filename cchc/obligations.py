"""Obligations: each assignment expanded per bound unit and per occurrence, with its due date.

A duty given to a group binds each member; a recurring report has one occurrence per period.
Pure functions of the plan: nothing here reads files or the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from cchc.model import Assignment, Plan, Reporting
from cchc.schedule import Deadline, Period, occurrence_kinds
from cchc.units import expand


@dataclass(frozen=True, slots=True)
class Obligation:
    """One unit's share of one assignment, for one occurrence when the assignment recurs."""

    assignment: Assignment
    unit: str
    """A single unit id (a group's member), or a group with no members listed yet."""
    occurrence: Period | None
    due: dt.date | None
    """None for standing and when-needed duties."""

    @property
    def key(self) -> tuple[str, str, str]:
        """A stable identity: assignment id, unit id, occurrence code (or "")."""
        return (self.assignment.id, self.unit, self.occurrence.code if self.occurrence else "")


def due_date(deadline: Deadline, reporting: Reporting, occurrence: Period | None) -> dt.date | None:
    """When a deadline (or one occurrence of it) falls due under the plan's reporting rules.

    A period ends on its last day under the plan's convention (calendar, or the Nghị định
    09/2019 cut-off), plus the plan's ``submit_within_days``.
    """
    delay = dt.timedelta(days=reporting.submit_within_days)
    if deadline.kind == "date":
        return deadline.date
    period = occurrence if deadline.kind == "recurring" else deadline.period
    if period is None:
        return None
    return period.bounds(reporting.convention)[1] + delay


def occurrences(deadline: Deadline, plan: Plan) -> tuple[Period | None, ...]:
    """The periods a recurring deadline falls due in within the plan's years; (None,) else."""
    doc = plan.document
    kinds = occurrence_kinds(deadline, doc.reporting.periods)
    if not kinds:
        return (None,)
    years = range(doc.start.year, doc.end.year + 1)
    found = []
    for year in years:
        for kind in kinds:
            period = Period(year, kind)
            end = period.bounds("calendar")[1]
            if doc.start <= end <= doc.end:
                found.append(period)
    return tuple(sorted(found, key=Period.sort_key))


def expand_plan(plan: Plan) -> Iterator[Obligation]:
    """Every obligation of the plan, in assignment order, then unit, then occurrence."""
    units = {u.id: u for u in plan.units}
    reporting = plan.document.reporting
    for assignment in plan.assignments:
        periods = occurrences(assignment.deadline, plan)
        for unit in expand(assignment.lead.id, units):
            for period in periods:
                yield Obligation(
                    assignment, unit, period, due_date(assignment.deadline, reporting, period)
                )
