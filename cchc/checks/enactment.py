"""enactment: a plan has a number of its own, or the decision that enacts it.

A plan issued inside a Quyết định ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...")
often has no number of its own: it is then cited by the decision's, given in ``enacted_by``.

Passes::

    number: 57/KH-UBND

    enacted_by: {type: QĐ, number: 424/QĐ-BNV, date: 2021-03-24, article: Điều 1}

Fails::

    type: KH                     # neither number nor enacted_by
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "enactment"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report a plan with neither a number nor an enacting decision."""
    doc = index.plan.document
    if doc.number is None and doc.enacted_by is None:
        yield Problem.at(doc.at, ID, "enactment.no_number", "hint.enactment")
