"""progress-record: a record fits the assignment it reports on.

A recurring assignment (reports every period) needs ``occurrence`` naming one of its periods
that belongs to the plan;
other assignments take none. A record about an assignment with ``parts`` names its ``part``.
A cancelled record gives its ``reason``. The unit of the file must lead or co-lead the
assignment, belong to its lead group, or coordinate it (a warning otherwise).

Passes::

    records:
      - {assignment: V.1.5, occurrence: 2021-Q1, date: 2021-03-25, state: done}

Fails::

    records:
      - {assignment: V.1.5, date: 2021-03-25, state: done}      # which report? Q1, H1, 9M, Y
      - {assignment: V.3.3, date: 2021-03-25, state: cancelled} # no reason
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

from cchc.checks.index import PlanIndex
from cchc.model import Assignment, Record
from cchc.obligations import Duty, flow_of, period_kinds
from cchc.problems import Problem
from cchc.schedule import Period
from cchc.units import expand

ID = "progress-record"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report records that do not fit their assignment."""
    bound: dict[str, frozenset[str]] = {}  # assignment id -> units it binds, computed once
    for record in index.plan.records:
        if record.state == "cancelled" and not record.reason:
            yield Problem.at(record.at, ID, "record.no_reason", "hint.add_reason")
        assignment = index.assignments.get(record.assignment.id)
        if assignment is None:
            continue  # the reference rule reports it
        duty = yield from _duty(record, assignment)
        if duty is not None:
            yield from _occurrence(record, assignment.id, duty, index)
        if assignment.id not in bound:
            refs = (
                assignment.lead.id,
                *(c.id for c in (*assignment.co_leads, *assignment.coordinators)),
            )
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


def _duty(record: Record, assignment: Assignment) -> Generator[Problem, None, Duty | None]:
    """The part the record is about (it must name one of an assignment with parts), or the
    assignment; None after reporting a part that does not fit."""
    parts = {p.id: p for p in assignment.parts}
    if record.part is None:
        if not parts:
            return assignment
        yield Problem.at(
            record.at,
            ID,
            "record.needs_part",
            "hint.record_part",
            assignment=assignment.id,
            parts=", ".join(parts),
        )
        return None
    part = parts.get(record.part.id)
    if part is None:
        yield Problem.at(
            record.part.at,
            ID,
            "record.unknown_part",
            "hint.record_part",
            assignment=assignment.id,
            part=record.part.id,
            parts=", ".join(parts) or "-",
        )
    return part


def _occurrence(record: Record, ident: str, duty: Duty, index: PlanIndex) -> Iterator[Problem]:
    reporting = index.plan.document.reporting
    if flow_of(duty, reporting) is None and (
        duty.flow is not None or duty.deadline.follows_reporting
    ):
        return  # the flow rule reports the missing flow
    kinds = period_kinds(duty, reporting)
    if kinds and record.occurrence is None:
        yield Problem.at(
            record.at,
            ID,
            "record.needs_occurrence",
            "hint.add_occurrence",
            assignment=ident,
            kinds=", ".join(kinds),
        )
    elif not kinds and record.occurrence is not None:
        yield Problem.at(
            record.at, ID, "record.no_occurrence", "hint.remove_occurrence", assignment=ident
        )
    elif record.occurrence is not None and (
        record.occurrence.kind not in kinds or not _belongs(record.occurrence, duty, index)
    ):
        yield Problem.at(
            record.at,
            ID,
            "record.bad_occurrence",
            "hint.add_occurrence",
            assignment=ident,
            kinds=", ".join(kinds),
            occurrence=record.occurrence.code,
        )


def _belongs(occurrence: Period, duty: Duty, index: PlanIndex) -> bool:
    """Of the right kind is not enough: "2020" in a 2021 plan matches no obligation. (When the
    plan's period is reversed nothing belongs; the date rule reports that instead.)"""
    doc = index.plan.document
    return doc.end < doc.start or occurrence in index.occurrences(duty)
