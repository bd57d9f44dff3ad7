"""correction: a recorded correction names a real field and quotes it exactly.

Where the source is evidently wrong, the plan keeps the text as written and adds a correction;
this rule makes sure the correction still matches the text, so it cannot drift.

Passes::

    title: về thực hiện Nghị quyết số 9 của Trung ương Đảng
    corrections:
      - {field: title, written: Nghị quyết số 9, corrected: Nghị quyết số 19, note: ...}

Fails::

    corrections:
      - {field: title, written: Nghị quyết số 8, ...}   # not in the title
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from cchc.checks.index import PlanIndex
from cchc.problems import Problem
from cchc.schedule import parse_date

ID = "correction"


def _holders(index: PlanIndex) -> Iterator[Any]:
    plan, doc = index.plan, index.plan.document
    yield doc
    yield from doc.sections
    for item in (*doc.purposes, *doc.requirements, *plan.content, *plan.forms):
        yield item
        for citation in item.citations:
            yield citation
            yield from citation.refs
    yield from plan.assignments


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report corrections whose field does not exist or does not contain the quoted text."""
    for holder in _holders(index):
        for correction in holder.corrections:
            fields = [f for f in holder.__dataclass_fields__ if f not in ("at", "corrections")]
            if correction.field not in fields:
                yield Problem.at(
                    correction.at,
                    ID,
                    "correction.no_field",
                    "hint.choices",
                    field=correction.field,
                    choices=", ".join(fields),
                    value=correction.field,
                    suggestion=fields[0],
                )
                continue
            value = getattr(holder, correction.field)
            if isinstance(value, dt.date):
                matches = parse_date(correction.corrected) == value
            else:
                matches = isinstance(value, str) and correction.written in value
            if not matches:
                yield Problem.at(
                    correction.at,
                    ID,
                    "correction.not_found",
                    "hint.quote_exactly",
                    field=correction.field,
                    written=correction.written,
                )
