"""Where each obligation stands on a given day, computed from progress records alone.

Nothing is stored twice: a state is never written in the plan, only derived here from the
records dated on or before the as-of day. "Today" is always a parameter.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cchc.model import Cancellation, Plan, Record, Unit
from cchc.obligations import Obligation, expand_plan, record_days
from cchc.schedule import InForce, Period
from cchc.units import expand
from cchc.vocab import ObligationState

DEFAULT_WINDOW = 14


@dataclass(frozen=True, slots=True)
class Status:
    """An obligation's state on the as-of day, with the records that decided it."""

    obligation: Obligation
    state: ObligationState
    records: tuple[Record, ...]
    """The records about this obligation dated on or before the as-of day, oldest first."""
    days_late: int | None = None
    """Overdue: days since the due date. Done late: days after it."""
    gaps: tuple[Period, ...] = ()
    """Standing duty: finished quarters with no activity recorded."""
    reason: str | None = None
    """Cancelled in advance by the plan (``cancel:`` on the assignment): why."""

    @property
    def last(self) -> Record | None:
        """The latest record, the one that decides the state."""
        return self.records[-1] if self.records else None


def plan_as_of(plan: Plan, today: dt.date) -> tuple[dt.date, bool]:
    """The day to evaluate on: today, or, when today is after the plan, the day after its last
    due date (or after its period, if later), so every due date of the plan is behind it.

    The flag is True when the day was moved, so the output can say so.
    """
    limit = record_days(plan)[1] + dt.timedelta(days=1)
    return (limit, True) if today > limit else (today, False)


def _index(records: Iterable[Record], as_of: dt.date) -> dict[tuple[str, str], list[Record]]:
    table: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in records:
        if record.date <= as_of:
            table[(record.assignment.id, record.unit.id)].append(record)
    return table


def finished_quarters(plan: Plan, as_of: dt.date) -> tuple[Period, ...]:
    """Calendar quarters that ended before the as-of day and in which the plan was in force for
    more than half of the days: the quarters checked for standing-duty gaps."""
    in_force = plan.document.in_force
    quarters = []
    for year in range(in_force.start.year, in_force.end.year + 1):
        for number in range(1, 5):
            period = Period(year, f"Q{number}")
            if in_force.checks_gaps(period) and period.bounds()[1] < as_of:
                quarters.append(period)
    return tuple(quarters)


def assess(
    plan: Plan,
    as_of: dt.date,
    window: int = DEFAULT_WINDOW,
    obligations: Sequence[Obligation] | None = None,
) -> list[Status]:
    """The status of every obligation of ``plan`` on ``as_of``."""
    table = _index(plan.records, as_of)
    quarters = finished_quarters(plan, as_of)
    units = {u.id: u for u in plan.units}
    result = []
    for obligation in obligations if obligations is not None else list(expand_plan(plan)):
        cancelled = _cancelled(obligation, units)
        if cancelled is not None:
            result.append(Status(obligation, "cancelled", (), reason=cancelled.reason))
            continue
        found = _records(obligation, table)
        result.append(_status(obligation, found, as_of, window, quarters))
    return result


def _records(
    obligation: Obligation, table: dict[tuple[str, str], list[Record]]
) -> tuple[Record, ...]:
    """The records about this obligation: by its unit or a co-lead, about its part and its
    occurrence, oldest first."""
    ident = obligation.assignment.id
    found = [r for unit in obligation.responsible for r in table.get((ident, unit), [])]
    part = obligation.part.id if obligation.part else None
    found = [r for r in found if (r.part.id if r.part else None) == part]
    if obligation.occurrence is not None:
        occurrence = obligation.occurrence
        found = [r for r in found if r.occurrence == occurrence]
    found.sort(key=lambda r: r.date)  # stable: one day's records keep the unit's file order
    return tuple(found)


def _cancelled(obligation: Obligation, units: Mapping[str, Unit]) -> Cancellation | None:
    """The plan's ``cancel`` entry that covers this obligation, if any."""
    part = obligation.part.id if obligation.part is not None else None
    for entry in obligation.assignment.cancel:
        if entry.occurrence is not None and entry.occurrence != obligation.occurrence:
            continue
        if entry.part is not None and entry.part.id != part:
            continue
        if entry.unit is not None and obligation.unit not in (
            entry.unit.id,
            *expand(entry.unit.id, units),
        ):
            continue
        return entry
    return None


def _status(
    obligation: Obligation,
    records: tuple[Record, ...],
    as_of: dt.date,
    window: int,
    quarters: tuple[Period, ...],
) -> Status:
    last = records[-1] if records else None
    if last is not None and last.state == "cancelled":
        return Status(obligation, "cancelled", records)
    kind = obligation.duty.deadline.kind
    if kind == "standing":
        return _standing(obligation, records, quarters)
    if kind == "on-event":
        return Status(obligation, "as-needed", records)
    due = obligation.due
    assert due is not None  # dated, period and recurring deadlines always have one
    if last is not None and last.state == "done":
        late = (last.date - due).days
        return Status(
            obligation,
            "done-late" if late > 0 else "done",
            records,
            days_late=late if late > 0 else None,
        )
    if as_of > due:
        return Status(obligation, "overdue", records, days_late=(as_of - due).days)
    if (due - as_of).days <= window:
        return Status(obligation, "due-soon", records)
    started = last is not None and last.state == "in-progress"
    return Status(obligation, "in-progress" if started else "not-started", records)


def _standing(
    obligation: Obligation,
    records: tuple[Record, ...],
    quarters: tuple[Period, ...],
) -> Status:
    valid_from, valid_until = obligation.valid
    exists = InForce(valid_from or dt.date.min, valid_until or dt.date.max)
    gaps = []
    for quarter in quarters:  # a standing duty is a task: calendar quarters
        if not exists.checks_gaps(quarter):
            continue  # the unit did not exist for most of the quarter
        start, end = quarter.bounds()
        if not any(start <= r.date <= end for r in records):
            gaps.append(quarter)
    if gaps:
        return Status(obligation, "gap", records, gaps=tuple(gaps))
    return Status(obligation, "active" if records else "not-started", records)
