"""funding: each funding line is for a year the plan covers.

Passes::

    period: {start: 2021-01-01, end: 2022-12-31}
    funding:
      lines:
        - {year: "2022", amount: "50000000", source: ngân sách tỉnh}

Fails::

    funding:
      lines:
        - {year: "2023", amount: "50000000", source: ngân sách tỉnh}   # after the plan
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "funding"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report funding lines for a year outside the plan's period."""
    doc = index.plan.document
    if doc.funding is None:
        return
    for line in doc.funding.lines:
        if not doc.start.year <= line.year <= doc.end.year:
            yield Problem.at(
                line.at,
                ID,
                "funding.year_outside",
                "hint.funding_year",
                year=line.year,
                first=doc.start.year,
                last=doc.end.year,
            )
