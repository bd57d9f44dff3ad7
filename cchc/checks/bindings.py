"""binding: who owes what is stated consistently: co-leads, parts, cancellations, unit
validity and group exclusions.

A co-lead is not the lead and not also a coordinator; the parts of an assignment have distinct
ids; a ``cancel`` entry names a part the assignment has and an occurrence that is one of its
periods; a unit is not valid until a day before it is valid from; a group excludes only units
that are among its members (a warning otherwise).

Passes::

    - id: V.3.1
      co_leads: [phong-giao-duc]
      parts:
        - {id: chi-dao, deadline: thường xuyên}
        - {id: bao-cao, deadline: định kỳ năm}
      cancel: [{part: bao-cao, occurrence: 2021, reason: Gộp vào báo cáo chung.}]

Fails::

    - id: V.3.1
      co_leads: [phong-noi-vu]                   # the lead itself
      cancel: [{occurrence: 2021-Q2, reason: x}] # not one of its periods
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.model import Assignment
from cchc.obligations import Duty, occurrences
from cchc.problems import Problem
from cchc.units import expand
from cchc.vntext import format_date

ID = "binding"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report co-leads, parts and cancellations that do not fit, reversed validity and
    exclusions of non-members."""
    for assignment in index.plan.assignments:
        yield from _co_leads(assignment)
        seen: set[str] = set()
        for part in assignment.parts:
            if part.id in seen:
                yield Problem.at(part.at, ID, "binding.part_twice", "hint.part_twice", part=part.id)
            seen.add(part.id)
        yield from _cancellations(assignment, index)
    for unit in index.plan.units:
        if unit.valid_from and unit.valid_until and unit.valid_until < unit.valid_from:
            yield Problem.at(
                unit.at,
                ID,
                "binding.validity_reversed",
                "hint.validity_reversed",
                unit=unit.id,
                start=format_date(unit.valid_from),
                end=format_date(unit.valid_until),
            )
        if unit.exclude:
            members = {u for m in unit.members or () for u in (m.id, *expand(m.id, index.units))}
            for ref in unit.exclude:
                if ref.id in index.units and ref.id not in members:
                    yield Problem.at(
                        ref.at,
                        ID,
                        "binding.exclude_not_member",
                        "hint.exclude_not_member",
                        severity="warning",
                        unit=ref.id,
                        group=unit.id,
                    )


def _co_leads(assignment: Assignment) -> Iterator[Problem]:
    coordinators = {c.id for c in assignment.coordinators}
    for ref in assignment.co_leads:
        if ref.id == assignment.lead.id or ref.id in coordinators:
            yield Problem.at(
                ref.at,
                ID,
                "binding.co_lead",
                "hint.co_lead",
                unit=ref.id,
                assignment=assignment.id,
            )


def _cancellations(assignment: Assignment, index: PlanIndex) -> Iterator[Problem]:
    parts = {p.id: p for p in assignment.parts}
    for entry in assignment.cancel:
        duty: Duty = assignment
        if entry.part is not None:
            part = parts.get(entry.part.id)
            if part is None:
                yield Problem.at(
                    entry.part.at,
                    ID,
                    "record.unknown_part",
                    "hint.record_part",
                    assignment=assignment.id,
                    part=entry.part.id,
                    parts=", ".join(parts) or "-",
                )
                continue
            duty = part
        if entry.occurrence is None:
            continue
        periods = [p for p in occurrences(duty, index.plan) if p is not None]
        if entry.occurrence not in periods:
            yield Problem.at(
                entry.at,
                ID,
                "binding.cancel_occurrence",
                "hint.cancel_occurrence",
                occurrence=entry.occurrence.code,
                assignment=assignment.id,
                periods=", ".join(p.code for p in periods) or "-",
            )
