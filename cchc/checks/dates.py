"""date: every date is a real day, and the plan's dates make sense.

A day that does not exist ("25/20/2017") is accepted only with a correction recording what the
source meant (see the correction rule). The plan's period must start before it ends and cover
at most ten calendar years; progress
records must be dated from the start of the first period that belongs to the plan (under the
Nghị định 09 cut-off, 15/12 of the year before) or its effective date, to its latest due date
(a report due after the period) or the end of its period, and any day after for a
``beyond_period`` duty;
a cited document dated after the plan itself, or a progress record dated after the day of the
check (``cchc validate --as-of``, default today), is suspicious (warning).

Passes::

    date: 2021-03-20

Fails::

    date: 2021-02-30          # not a real day
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.model import Record
from cchc.obligations import record_days
from cchc.problems import Problem
from cchc.vntext import format_date

ID = "date"
MAX_PLAN_YEARS = 10
"""A plan covers at most this many calendar years (plans run one to five): a longer period is
a typo (2021-2201), and refusing it bounds every list of periods and occurrences."""


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report dates outside the plan's period and a period that ends before it starts."""
    plan, doc = index.plan, index.plan.document
    if doc.end < doc.start:
        yield Problem.at(
            doc.at,
            ID,
            "date.period_reversed",
            "hint.period_reversed",
            start=format_date(doc.start),
            end=format_date(doc.end),
        )
        return
    if doc.end.year - doc.start.year >= MAX_PLAN_YEARS:
        yield Problem.at(
            doc.at,
            ID,
            "date.period_too_long",
            "hint.period_too_long",
            start=format_date(doc.start),
            end=format_date(doc.end),
            years=MAX_PLAN_YEARS,
        )
        return
    first, last = record_days(plan)
    for record in plan.records:
        if index.as_of is not None and record.date > index.as_of:
            yield Problem.at(
                record.at,
                ID,
                "date.future",
                "hint.check_date",
                severity="warning",
                date=format_date(record.date),
                today=format_date(index.as_of),
            )
        late_allowed = _beyond_period(record, index) and record.date > last
        if not late_allowed and not first <= record.date <= last:
            yield Problem.at(
                record.at,
                ID,
                "date.outside_plan",
                "hint.outside_plan",
                date=format_date(record.date),
                start=format_date(first),
                end=format_date(last),
            )
    cited = [r for i in (*plan.content, *plan.forms) for c in i.citations for r in c.refs]
    cited += [r for c in doc.legal_basis for r in c.refs]
    cited += [r for r in (doc.parent_plan, doc.predecessor) if r is not None]
    for ref in cited:
        if ref.date is not None and ref.date > doc.latest_date:
            yield Problem.at(
                ref.at,
                ID,
                "date.cited_after_plan",
                "hint.check_date",
                severity="warning",
                date=format_date(ref.date),
            )


def _beyond_period(record: Record, index: PlanIndex) -> bool:
    """Whether the record is about a duty allowed to fall due after the plan (its records may
    come later too: an index published the next year)."""
    assignment = index.assignments.get(record.assignment.id)
    if assignment is None:
        return False
    parts = {p.id: p for p in assignment.parts}
    part = parts.get(record.part.id) if record.part is not None else None
    return part.beyond_period if part is not None else assignment.beyond_period
