"""Obligations: each assignment expanded per bound unit and per occurrence, with its due date.

A duty given to a group binds each member; a recurring duty has one occurrence per period that
belongs to the plan (``InForce.owns``). A report (a duty with a ``flow``) is due by its flow's
rule on the period's end under the flow's convention; a task is due at the calendar end of its
period whatever the convention. Pure functions of the plan: nothing here reads files or the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from cchc.deadlines import occurrence_kinds
from cchc.model import Assignment, Flow, Plan, Reporting, Unit
from cchc.schedule import Period
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


def flow_of(assignment: Assignment, reporting: Reporting) -> Flow | None:
    """The reporting flow a duty reports in, or None for a task.

    A duty names its flow. In the old one-flow shape of ``reporting`` every recurring duty
    reports in the one flow, as before; "theo kỳ báo cáo" follows the plan's only flow.
    """
    if assignment.flow is not None:
        return reporting.flow(assignment.flow.id)
    deadline = assignment.deadline
    if deadline.kind != "recurring" or len(reporting.flows) != 1:
        return None
    return reporting.flows[0] if reporting.legacy or deadline.follows_reporting else None


def period_kinds(assignment: Assignment, reporting: Reporting) -> tuple[str, ...]:
    """The period kinds a recurring duty falls due in (its flow's for a report); () otherwise."""
    flow = flow_of(assignment, reporting)
    if flow is not None and assignment.flow is not None:
        return flow.periods  # a report names its flow: the flow's periods
    return occurrence_kinds(assignment.deadline, flow.periods if flow is not None else ())


def occurrences(assignment: Assignment, plan: Plan) -> tuple[Period | None, ...]:
    """The periods a recurring duty (or report) falls due in, among those that belong to the
    plan; ``(None,)`` for a one-off, standing or when-needed duty."""
    doc = plan.document
    flow = flow_of(assignment, doc.reporting)
    if assignment.deadline.kind != "recurring" and assignment.flow is None:
        return (None,)
    convention = flow.convention if flow is not None else "calendar"
    named = assignment.deadline.occurrences
    if named and assignment.flow is None:  # "quý III và quý IV/2022": the periods named
        return tuple(p for p in named if doc.in_force.owns(p, convention))
    return doc.in_force.periods(period_kinds(assignment, doc.reporting), convention)


def due_date(
    assignment: Assignment, flow: Flow | None, occurrence: Period | None
) -> dt.date | None:
    """When a duty (or one occurrence of it) falls due: a report by its flow's rule, a task at
    the calendar end of its period, a fixed day on that day; None for standing duties."""
    if flow is not None and occurrence is not None:
        return flow.due.due(occurrence, flow.convention)
    deadline = assignment.deadline
    if deadline.kind == "date":
        return deadline.date
    if occurrence is not None:
        return deadline.due_in(occurrence)
    return None if deadline.period is None else deadline.period.bounds()[1]


def bound_units(
    assignment: Assignment, flow: Flow | None, units: Mapping[str, Unit]
) -> tuple[str, ...]:
    """The single units an assignment binds: its lead's members; for a report, all but the
    unit that receives the flow (it does not report to itself)."""
    bound = expand(assignment.lead.id, units)
    if flow is not None:
        bound = tuple(u for u in bound if u != flow.to.id)
    return bound


def coordinating_units(assignment: Assignment, units: Mapping[str, Unit]) -> tuple[str, ...]:
    """The single units that coordinate an assignment: each coordinator expanded, without the
    units that lead it (a unit never coordinates with itself), each once."""
    leading = set(expand(assignment.lead.id, units)) | {assignment.lead.id}
    found = (u for ref in assignment.coordinators for u in expand(ref.id, units))
    return tuple(dict.fromkeys(u for u in found if u not in leading))


def expand_plan(plan: Plan) -> Iterator[Obligation]:
    """Every obligation of the plan, in assignment order, then unit, then occurrence."""
    units = {u.id: u for u in plan.units}
    reporting = plan.document.reporting
    for assignment in plan.assignments:
        flow = flow_of(assignment, reporting)
        periods = occurrences(assignment, plan)
        for unit in bound_units(assignment, flow, units):
            for period in periods:
                yield Obligation(assignment, unit, period, due_date(assignment, flow, period))


def record_days(plan: Plan) -> tuple[dt.date, dt.date]:
    """The first and last day a progress record of the plan may carry: from the start of the
    first period that belongs to the plan (under its flow's convention: the Nghị định 09
    lead-in from 15/12) or the day it takes effect, to its latest due date or its end."""
    first, last = plan.document.in_force.start, plan.document.end
    reporting = plan.document.reporting
    for obligation in expand_plan(plan):
        if obligation.due is not None:
            last = max(last, obligation.due)
        if obligation.occurrence is not None:
            flow = flow_of(obligation.assignment, reporting)
            convention = flow.convention if flow is not None else "calendar"
            first = min(first, obligation.occurrence.bounds(convention)[0])
    return first, last


def report_window(reporting: Reporting) -> int:
    """How many days after a period (under the plan-wide convention) its reports may be due:
    records about a period may be dated that late and still sit in its progress folder."""
    days = [0]
    for flow in reporting.flows:
        sample = Period(2001, flow.periods[0] if flow.periods else "Y")
        due = flow.due.due(sample, flow.convention)
        days.append((due - sample.bounds(reporting.convention)[1]).days)
    return max(days)
