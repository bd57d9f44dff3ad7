"""group-size: a group's stated ``size`` agrees with the members it lists.

``size`` says how many members a group has when the plan does not list them all ("các bộ,
ngành", 63 provinces), so progress reads 41/63. It cannot be smaller than the members listed,
and a group marked ``complete: true`` lists exactly ``size`` members.

Passes::

    - {id: cac-tinh, members: [tinh-a, tinh-b], complete: false, size: "63", ...}

Fails::

    - {id: cac-tinh, members: [tinh-a, tinh-b], complete: true, size: "63", ...}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "group-size"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report a size below the members listed, or unequal to them in a complete group."""
    for group in index.plan.units:
        if group.size is None or group.members is None:
            continue
        listed = len({m.id for m in group.members})
        if listed > group.size or (group.complete and listed != group.size):
            yield Problem.at(
                group.at,
                ID,
                "group.size_mismatch",
                "hint.group_size",
                group=group.id,
                size=group.size,
                listed=listed,
            )
