"""group: a group never contains itself, directly or through other groups.

Passes::

    groups:
      - {id: ubnd-cac-xa, members: [xa-xuan-duong, xa-long-giao], complete: true, ...}

Fails::

    groups:
      - {id: khoi-a, members: [khoi-b], ...}
      - {id: khoi-b, members: [khoi-a], ...}     # khoi-a -> khoi-b -> khoi-a
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "group"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report each group that reaches itself through its members."""
    for group in index.units.values():
        if not group.is_group:
            continue
        path = _cycle(group.id, index, [group.id])
        if path:
            yield Problem.at(
                group.at, ID, "group.cycle", "hint.group_cycle", cycle=" -> ".join(path)
            )


def _cycle(start: str, index: PlanIndex, path: list[str]) -> list[str] | None:
    unit = index.units.get(path[-1])
    for member in (unit.members or ()) if unit else ():
        if member.id == start:
            return [*path, start]
        if member.id in path:
            continue  # another group's loop; reported when that group is checked
        found = _cycle(start, index, [*path, member.id])
        if found:
            return found
    return None
