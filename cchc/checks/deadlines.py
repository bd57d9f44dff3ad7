"""deadline: every deadline is one cchc understands and falls inside the plan's period.

Forms (Vietnamese or ISO, case and diacritics optional): a day ("31/3/2021", "2021-03-31"); the
end of a period ("hoàn thành trong quý I/2021", "2021-Q1", "6 tháng đầu năm", "năm 2021");
recurring ("định kỳ 3 tháng, 6 tháng, 9 tháng và năm", "hằng quý", "định kỳ năm", "theo kỳ báo
cáo"); standing ("thường xuyên"); when needed ("kịp thời", "khi phát sinh"). A deadline after the
plan's period needs ``beyond_period: true``; one before the plan's date of issue is suspicious
(warning). A period without its year in a plan over several years is an error.

Passes::

    deadline: hoàn thành trong quý I/2021

Fails::

    deadline: quý V/2021       # no such quarter
    deadline: quý I/2022       # after the plan's period (2021)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.model import Document
from cchc.obligations import Duty
from cchc.problems import Problem
from cchc.schedule import Deadline
from cchc.vntext import format_date

ID = "deadline"


def fixed_dues(deadline: Deadline) -> list[dt.date]:
    """The due days a deadline names outright: a day, the end of a period (a task: calendar
    end, whatever the convention), or of each period it lists."""
    if deadline.kind == "date" and deadline.date is not None:
        return [deadline.date]
    if deadline.kind == "period" and deadline.period is not None:
        return [deadline.period.bounds()[1]]
    return [deadline.due_in(p) for p in deadline.occurrences]


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report fixed and period deadlines that fall due outside the plan's period, and (a
    warning) before its date of issue."""
    doc = index.plan.document
    if doc.end < doc.start:
        return  # the date rule reports the reversed period; every deadline would follow
    for assignment in index.plan.assignments:
        for duty in assignment.parts or (assignment,):
            yield from _check(duty, doc)


def _check(duty: Duty, doc: Document) -> Iterator[Problem]:
    deadline = duty.deadline
    for due in fixed_dues(deadline):
        late_allowed = duty.beyond_period and due > doc.end
        if not late_allowed and not doc.start <= due <= doc.end:
            yield Problem.at(
                duty.at,
                ID,
                "deadline.outside_plan",
                "hint.beyond_period",
                text=deadline.text,
                start=format_date(doc.start),
                end=format_date(doc.end),
            )
            return
        if due < doc.date:
            yield Problem.at(
                duty.at,
                ID,
                "deadline.before_issue",
                "hint.deadline_before_issue",
                severity="warning",
                text=deadline.text,
                date=format_date(doc.date),
            )
            return
