"""Progress of a duty given to a group, counted against the group's size: "41/63".

A group may stand for more units than the plan lists ("các bộ, ngành", the 63 provinces): its
``size`` says how many. Each listed member's obligation counts as done when finished; members
not listed count as not done, so the figure never looks better than what is recorded. A group
with no members listed stands for itself: its one obligation, when finished, counts for all.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc.model import Plan, Unit
from cchc.schedule import Period
from cchc.tracking import Status
from cchc.units import expand
from cchc.vocab import FINISHED


@dataclass(frozen=True, slots=True)
class GroupProgress:
    """One occurrence of one duty led by a group: how many of its members have done it."""

    group: str
    """The group's id."""
    assignment: str
    occurrence: Period | None
    done: int
    """Members (listed) whose obligation is finished: done, done late or cancelled."""
    listed: int
    """Members the plan lists that owe it."""
    size: int
    """The group's stated size, or the members listed when it states none."""

    @property
    def label(self) -> str:
        """ "41/63"."""
        return f"{self.done}/{self.size}"

    @property
    def percent(self) -> int:
        """``done`` as a whole percentage of ``size``."""
        return round(100 * self.done / self.size) if self.size else 0


def _size(group: Unit, listed: int) -> int:
    return group.size if group.size is not None else listed


def group_progress(plan: Plan, statuses: list[Status]) -> tuple[GroupProgress, ...]:
    """Progress of every duty led by a group, per occurrence, in the order of ``statuses``.

    ``statuses`` are the obligations on an as-of day (cchc.tracking.assess), possibly already
    selected; a duty is counted over the statuses given.
    """
    units = {u.id: u for u in plan.units}
    rows: dict[tuple[str, str], list[Status]] = {}
    for status in statuses:
        lead = units.get(status.obligation.assignment.lead.id)
        if lead is None or not lead.is_group:
            continue
        occurrence = status.obligation.occurrence
        key = (status.obligation.assignment.id, occurrence.code if occurrence else "")
        rows.setdefault(key, []).append(status)
    result: list[GroupProgress] = []
    for group_rows in rows.values():
        first = group_rows[0].obligation
        group = units[first.assignment.lead.id]
        done = sum(1 for s in group_rows if s.state in FINISHED)
        if expand(group.id, units) == (group.id,):  # no members listed: stands for itself
            size = _size(group, 1)
            result.append(
                GroupProgress(group.id, first.assignment.id, first.occurrence, size * done, 0, size)
            )
            continue
        listed = len(group_rows)
        result.append(
            GroupProgress(
                group.id,
                first.assignment.id,
                first.occurrence,
                done,
                listed,
                max(_size(group, listed), listed),
            )
        )
    return tuple(result)
