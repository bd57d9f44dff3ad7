"""lead-coordinator: the lead unit is not also listed as a coordinator, and nobody twice.

Passes::

    lead: van-phong-hdnd-ubnd
    assignments:
      - {id: V.2.1, coordinators: [phong-van-hoa-thong-tin, phong-noi-vu], ...}

Fails::

    lead: van-phong-hdnd-ubnd
    assignments:
      - {id: V.2.1, coordinators: [van-phong-hdnd-ubnd], ...}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "lead-coordinator"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report a lead repeated among coordinators, and coordinators listed twice."""
    for assignment in index.plan.assignments:
        seen: set[str] = set()
        for ref in assignment.coordinators:
            if ref.id == assignment.lead.id:
                yield Problem.at(
                    ref.at,
                    ID,
                    "lead.is_coordinator",
                    "hint.lead_is_coordinator",
                    unit=ref.id,
                    assignment=assignment.id,
                )
            elif ref.id in seen:
                yield Problem.at(
                    ref.at,
                    ID,
                    "lead.twice",
                    "hint.remove_repeat",
                    severity="warning",
                    unit=ref.id,
                    assignment=assignment.id,
                )
            seen.add(ref.id)
