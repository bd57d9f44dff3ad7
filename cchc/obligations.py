"""Obligations: each assignment (or each of its parts) expanded per bound unit and occurrence.

A duty given to a group binds each member; a recurring duty has one occurrence per period that
belongs to the plan (``InForce.owns``). A report (a duty with a ``flow``) is due by its flow's
rule on the period's end under the flow's convention; a task is due at the calendar end of its
period whatever the convention. A unit owes nothing due before its ``valid_from`` or after its
``valid_until``. Pure functions of the plan: nothing here reads files or the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from cchc.deadlines import occurrence_kinds
from cchc.marks import Mark
from cchc.model import Assignment, Flow, Part, Plan, Ref, Reporting, Unit
from cchc.schedule import Deadline, Period
from cchc.units import expand


class Duty(Protocol):
    """What decides when something is due: an assignment, or one of its parts."""

    @property
    def deadline(self) -> Deadline: ...  # pragma: no cover

    @property
    def flow(self) -> Ref | None: ...  # pragma: no cover

    @property
    def beyond_period(self) -> bool: ...  # pragma: no cover

    @property
    def at(self) -> Mark: ...  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Obligation:
    """One unit's share of one assignment (or part), for one occurrence when it recurs."""

    assignment: Assignment
    unit: str
    """A single unit id (a group's member), or a group with no members listed yet."""
    occurrence: Period | None
    due: dt.date | None
    """None for standing and when-needed duties."""
    part: Part | None = None
    """The part of the assignment, for an assignment with parts."""
    co_leads: tuple[str, ...] = ()
    """Units jointly responsible (the assignment's co-leads): their records count too."""
    valid: tuple[dt.date | None, dt.date | None] = (None, None)
    """The unit's ``valid_from`` and ``valid_until``: standing duties are followed only then."""

    @property
    def duty(self) -> Duty:
        """The part when there is one, else the assignment: what the due date follows."""
        return self.part if self.part is not None else self.assignment

    @property
    def key(self) -> tuple[str, str, str]:
        """A stable identity: assignment id ("V.3.1/bao-cao" for a part: ids never hold a
        "/"), unit id, occurrence code (or "")."""
        occurrence = self.occurrence.code if self.occurrence else ""
        ident = self.assignment.id if self.part is None else f"{self.assignment.id}/{self.part.id}"
        return (ident, self.unit, occurrence)

    @property
    def responsible(self) -> tuple[str, ...]:
        """The units whose records count: the unit and the co-leads."""
        return (self.unit, *self.co_leads)


def flow_of(duty: Duty, reporting: Reporting) -> Flow | None:
    """The reporting flow a duty reports in, or None for a task.

    A duty names its flow. In the old one-flow shape of ``reporting`` every recurring duty
    reports in the one flow, as before; "theo kỳ báo cáo" follows the plan's only flow.
    """
    if duty.flow is not None:
        return reporting.flow(duty.flow.id)
    deadline = duty.deadline
    if deadline.kind != "recurring" or len(reporting.flows) != 1:
        return None
    return reporting.flows[0] if reporting.legacy or deadline.follows_reporting else None


def period_kinds(duty: Duty, reporting: Reporting) -> tuple[str, ...]:
    """The period kinds a recurring duty falls due in (its flow's for a report); () otherwise."""
    flow = flow_of(duty, reporting)
    if flow is None:
        return occurrence_kinds(duty.deadline, ())
    if duty.flow is not None:
        return flow.periods  # a report names its flow: the flow's periods
    return occurrence_kinds(duty.deadline, flow.periods)


def occurrences(duty: Duty, plan: Plan) -> tuple[Period | None, ...]:
    """The periods a recurring duty (or report) falls due in, among those that belong to the
    plan; ``(None,)`` for a one-off, standing or when-needed duty."""
    doc = plan.document
    flow = flow_of(duty, doc.reporting)
    if duty.deadline.kind != "recurring" and duty.flow is None:
        return (None,)
    convention = flow.convention if flow is not None else "calendar"
    named = duty.deadline.occurrences
    if named and duty.flow is None:  # "quý III và quý IV/2022": the periods named
        return tuple(p for p in named if doc.in_force.owns(p, convention))
    return doc.in_force.periods(period_kinds(duty, doc.reporting), convention)


def due_date(duty: Duty, flow: Flow | None, occurrence: Period | None) -> dt.date | None:
    """When a duty (or one occurrence of it) falls due: a report by its flow's rule, a task at
    the calendar end of its period, a fixed day on that day; None for standing duties."""
    if flow is not None and occurrence is not None:
        return flow.due.due(occurrence, flow.convention)
    deadline = duty.deadline
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
    units that lead it or co-lead it (a unit never coordinates with itself), each once."""
    # Expansion gives a group's members, or the group itself while it lists none: a
    # coordinator's expansion can only meet the leading units there.
    heads = (assignment.lead, *assignment.co_leads)
    leading = {u for ref in heads for u in expand(ref.id, units)}
    found = (u for ref in assignment.coordinators for u in expand(ref.id, units))
    return tuple(dict.fromkeys(u for u in found if u not in leading))


def _in_office(unit: Unit | None, due: dt.date | None) -> bool:
    """Whether a unit exists on the day something is due (always, for undated duties)."""
    if unit is None or due is None:
        return True
    return (unit.valid_from is None or unit.valid_from <= due) and (
        unit.valid_until is None or due <= unit.valid_until
    )


def expand_plan(plan: Plan) -> Iterator[Obligation]:
    """Every obligation of the plan, in assignment order, then part, unit and occurrence."""
    units = {u.id: u for u in plan.units}
    reporting = plan.document.reporting
    for assignment in plan.assignments:
        co_leads = tuple(u for c in assignment.co_leads for u in expand(c.id, units))
        duties: tuple[Part | None, ...] = assignment.parts or (None,)
        for part in duties:
            duty: Duty = part if part is not None else assignment
            flow = flow_of(duty, reporting)
            periods = occurrences(duty, plan)
            for unit in bound_units(assignment, flow, units):
                found = units.get(unit)
                valid = (found.valid_from, found.valid_until) if found else (None, None)
                for period in periods:
                    due = due_date(duty, flow, period)
                    if _in_office(found, due):
                        yield Obligation(assignment, unit, period, due, part, co_leads, valid)


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
            flow = flow_of(obligation.duty, reporting)
            convention = flow.convention if flow is not None else "calendar"
            first = min(first, obligation.occurrence.bounds(convention)[0])
    return first, last


def report_window(reporting: Reporting) -> int:
    """How many days after a period (under the plan-wide convention) its reports may be due:
    records about a period may be dated that late and still sit in its progress folder.

    The latest over every period kind of every flow, in a common and in a leap year: how far a
    due day lies past a period's end depends on the month the period ends in (and February on
    the year) when the flow's convention differs from the plan's or the rule names a day.
    """
    days = [0]
    for flow in reporting.flows:
        for kind in flow.periods:
            for year in _SAMPLE_YEARS:
                sample = Period(year, kind)
                due = flow.due.due(sample, flow.convention)
                days.append((due - sample.bounds(reporting.convention)[1]).days)
    return max(days)


_SAMPLE_YEARS = (2023, 2024)
"""A common year and a leap year."""
