"""Targets against what progress records measured: the latest value of each target on a day,
and whether it is met. Pure functions of the plan and an as-of day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from cchc.docparts import Target
from cchc.model import Plan, Record

TargetState = Literal["met", "not-met", "missed", "not-measured"]
"""``met``: the latest value reaches the target; ``missed``: due and not met (or never
measured); ``not-met`` / ``not-measured``: not yet due, with / without a value."""


@dataclass(frozen=True, slots=True)
class Measurement:
    """One value of a target, as a progress record gives it."""

    value: Decimal
    day: dt.date
    unit: str
    """The unit whose record measured it."""
    record: Record


@dataclass(frozen=True, slots=True)
class TargetStatus:
    """Where a target stands on the as-of day."""

    target: Target
    due: dt.date | None
    """The target's due day (a day, or the calendar end of a period); None when it recurs."""
    latest: Measurement | None
    """The latest value measured on or before the as-of day."""
    state: TargetState

    @property
    def met(self) -> bool | None:
        """Whether the latest value meets the target; None when nothing is measured yet."""
        return None if self.latest is None else self.target.is_met(self.latest.value)


def target_due(target: Target) -> dt.date | None:
    """When a target falls due: its day, or the calendar end of its period."""
    due = target.due
    if due.kind == "date":
        return due.date
    if due.kind == "period" and due.period is not None:
        return due.period.bounds()[1]
    return None


def measurements(records: Iterable[Record], target_id: str, as_of: dt.date) -> list[Measurement]:
    """Values of a target measured on or before ``as_of``, oldest first (file order breaks a
    tie between records of one day)."""
    found = [
        Measurement(value, record.date, record.unit.id, record)
        for record in records
        if record.date <= as_of
        for ref, value in record.measured.items()
        if ref.id == target_id
    ]
    return sorted(found, key=lambda m: m.day)


def target_status(target: Target, records: Iterable[Record], as_of: dt.date) -> TargetStatus:
    """The state of one target on ``as_of``."""
    values = measurements(records, target.id, as_of)
    latest = values[-1] if values else None
    due = target_due(target)
    state: TargetState
    if latest is not None and target.is_met(latest.value):
        state = "met"
    elif due is not None and due < as_of:
        state = "missed"
    else:
        state = "not-met" if latest is not None else "not-measured"
    return TargetStatus(target, due, latest, state)


def target_statuses(plan: Plan, as_of: dt.date) -> tuple[TargetStatus, ...]:
    """Every target of the plan on ``as_of``, in the plan's order."""
    return tuple(target_status(t, plan.records, as_of) for t in plan.document.targets)
