"""What a change does to the obligations: due dates moved, and what becomes or stops being
overdue on a given day. Pure functions of two valid plans and the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.model import Plan
from cchc.obligations import expand_plan
from cchc.tracking import Status, assess


@dataclass(frozen=True, slots=True)
class DueMove:
    """One obligation whose due date differs between the two versions."""

    assignment: str
    unit: str
    occurrence: str | None
    old: dt.date | None
    new: dt.date | None

    @property
    def days(self) -> int | None:
        """Days moved: positive later, negative earlier; None when one side has no date."""
        return (self.new - self.old).days if self.old and self.new else None


@dataclass(frozen=True, slots=True)
class Flip:
    """One obligation that becomes, or stops being, overdue because of the change."""

    assignment: str
    unit: str
    occurrence: str | None
    due: dt.date | None
    """The due date in the version where it is (or was) overdue."""
    old_state: str | None
    """None when the obligation does not exist in the old version."""
    new_state: str | None
    """None when the obligation does not exist in the new version."""
    days_late: int | None
    """Days overdue on the as-of day, in the version where it is overdue."""


@dataclass(frozen=True, slots=True)
class Effects:
    """The change's effect on obligations as of ``as_of``."""

    as_of: dt.date
    moves: tuple[DueMove, ...]
    now_overdue: tuple[Flip, ...]
    no_longer_overdue: tuple[Flip, ...]


Key = tuple[str, str, str]


def _key(status: Status) -> Key:
    return status.obligation.key


def effects(old: Plan, new: Plan, as_of: dt.date) -> Effects:
    """Due dates moved and overdue states flipped from ``old`` to ``new`` on ``as_of``."""
    before = {o.key: o for o in expand_plan(old)}
    moves = []
    for ob in expand_plan(new):
        prior = before.get(ob.key)
        if prior is not None and prior.due != ob.due:
            occurrence = ob.occurrence.code if ob.occurrence else None
            moves.append(DueMove(ob.assignment.id, ob.unit, occurrence, prior.due, ob.due))
    old_states = {_key(s): s for s in assess(old, as_of)}
    new_states = {_key(s): s for s in assess(new, as_of)}
    now_overdue = []
    no_longer = []
    for key, status in new_states.items():
        prior_status = old_states.get(key)
        prior_state = prior_status.state if prior_status else None
        if status.state == "overdue" and prior_state != "overdue":
            now_overdue.append(_flip(status, prior_state, status.state))
    for key, prior_status in old_states.items():
        current = new_states.get(key)
        state = current.state if current else None
        if prior_status.state == "overdue" and state != "overdue":
            no_longer.append(_flip(prior_status, prior_status.state, state))
    return Effects(as_of, tuple(moves), tuple(now_overdue), tuple(no_longer))


def _flip(overdue: Status, old: str | None, new: str | None) -> Flip:
    ob = overdue.obligation
    occurrence = ob.occurrence.code if ob.occurrence else None
    return Flip(ob.assignment.id, ob.unit, occurrence, ob.due, old, new, overdue.days_late)
