"""progress-record: a record fits the assignment it reports on.

A recurring assignment (reports every period) needs ``occurrence`` naming one of its periods
that belongs to the plan;
other assignments take none. A cancelled record gives its ``reason``. The unit of the file must
lead the assignment, belong to its lead group, or coordinate it (a warning otherwise).

Passes::

    records:
      - {assignment: V.1.5, occurrence: 2021-Q1, date: 2021-03-25, state: done}

Fails::

    records:
      - {assignment: V.1.5, date: 2021-03-25, state: done}      # which report? Q1, H1, 9M, Y
      - {assignment: V.3.3, date: 2021-03-25, state: cancelled} # no reason
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.model import Assignment
from cchc.obligations import flow_of, occurrences, period_kinds
from cchc.problems import Problem
from cchc.schedule import Period
from cchc.units import expand

ID = "progress-record"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report records that do not fit their assignment."""
    reporting = index.plan.document.reporting
    bound: dict[str, frozenset[str]] = {}  # assignment id -> units it binds, computed once
    periods: dict[str, frozenset[Period | None]] = {}  # assignment id -> its occurrences
    doc = index.plan.document
    dated = doc.start <= doc.end  # else the date rule reports the period, and nothing belongs

    def owned(assignment: Assignment) -> frozenset[Period | None]:
        if assignment.id not in periods:
            periods[assignment.id] = frozenset(occurrences(assignment, index.plan))
        return periods[assignment.id]

    for record in index.plan.records:
        if record.state == "cancelled" and not record.reason:
            yield Problem.at(record.at, ID, "record.no_reason", "hint.add_reason")
        assignment = index.assignments.get(record.assignment.id)
        if assignment is None:
            continue  # the reference rule reports it
        if flow_of(assignment, reporting) is None and (
            assignment.flow is not None or assignment.deadline.follows_reporting
        ):
            continue  # the flow rule reports the missing flow
        kinds = period_kinds(assignment, reporting)
        if kinds and record.occurrence is None:
            yield Problem.at(
                record.at,
                ID,
                "record.needs_occurrence",
                "hint.add_occurrence",
                assignment=assignment.id,
                kinds=", ".join(kinds),
            )
        elif not kinds and record.occurrence is not None:
            yield Problem.at(
                record.at,
                ID,
                "record.no_occurrence",
                "hint.remove_occurrence",
                assignment=assignment.id,
            )
        elif record.occurrence is not None and (
            record.occurrence.kind not in kinds
            or (dated and record.occurrence not in owned(assignment))
        ):
            # Of the right kind is not enough: "2020" in a 2021 plan matches no obligation.
            yield Problem.at(
                record.at,
                ID,
                "record.bad_occurrence",
                "hint.add_occurrence",
                assignment=assignment.id,
                kinds=", ".join(kinds),
                occurrence=record.occurrence.code,
            )
        if assignment.id not in bound:
            refs = (assignment.lead.id, *(c.id for c in assignment.coordinators))
            bound[assignment.id] = frozenset(u for r in refs for u in (r, *expand(r, index.units)))
        if record.unit.id in index.units and record.unit.id not in bound[assignment.id]:
            yield Problem.at(
                record.at,
                ID,
                "record.not_responsible",
                "hint.not_responsible",
                severity="warning",
                unit=record.unit.id,
                assignment=assignment.id,
            )
