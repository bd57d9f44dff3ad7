"""progress-period: a progress record belongs to the period of its file.

``progress/2021-Q2/phong-noi-vu.yaml`` holds what Phòng Nội vụ did in quý II/2021: each record's
date lies inside that period (under the plan's convention, calendar or Nghị định 09/2019), or
within the days its reports may be due after it; an ``occurrence`` cannot be a later period.

Passes (in progress/2021-Q2/)::

    records: [{assignment: V.3.1, date: 2021-05-10, state: in-progress}]

Fails (in progress/2021-Q2/)::

    records: [{assignment: V.3.1, date: 2021-08-10, state: in-progress}]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.obligations import report_window
from cchc.problems import Problem
from cchc.vntext import format_date

ID = "progress-period"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report records dated outside their file's period and occurrences after it."""
    reporting = index.plan.document.reporting
    window = dt.timedelta(days=report_window(reporting))
    for record in index.plan.records:
        start, end = record.period.bounds(reporting.convention)
        if not start <= record.date <= end + window:
            yield Problem.at(
                record.at,
                ID,
                "progress.outside_period",
                "hint.move_record",
                date=format_date(record.date),
                period=record.period.label(),
                start=format_date(start),
                end=format_date(end),
            )
        occurrence = record.occurrence
        if occurrence is not None and occurrence.bounds(reporting.convention)[1] > end:
            yield Problem.at(
                record.at,
                ID,
                "progress.future_occurrence",
                "hint.move_record",
                occurrence=occurrence.label(),
                period=record.period.label(),
                date=format_date(record.date),
                start=format_date(start),
                end=format_date(end),
            )
