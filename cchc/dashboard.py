"""The figures of ``cchc status``: totals, per unit, per section, most overdue. Pure data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from cchc.group_progress import GroupProgress, group_progress
from cchc.indicators import TargetStatus, target_statuses
from cchc.model import Plan, Record
from cchc.tracking import Status
from cchc.units import unit_names
from cchc.vntext import sort_key
from cchc.vocab import FINISHED, OBLIGATION_STATES, ObligationState


@dataclass(frozen=True, slots=True)
class Tally:
    """Obligations counted by state.

    Progress (``done`` of ``dated``) counts only obligations with a due date: standing and
    when-needed duties are never "done", so they are followed by their states instead.
    """

    total: int
    dated: int
    """Obligations with a due date."""
    done: int
    """Of those, the ones done (on time or late) or cancelled."""
    states: dict[ObligationState, int]

    @property
    def percent(self) -> int:
        """``done`` as a whole percentage of ``dated`` (0 when nothing is dated)."""
        return round(100 * self.done / self.dated) if self.dated else 0

    @classmethod
    def of(cls, statuses: Iterable[Status]) -> Tally:
        """Count ``statuses`` by state."""
        statuses = list(statuses)
        counts = Counter(s.state for s in statuses)
        dated = [s for s in statuses if s.obligation.due is not None]
        done = sum(1 for s in dated if s.state in FINISHED)
        states = {s: counts[s] for s in OBLIGATION_STATES if counts[s]}
        return cls(len(statuses), len(dated), done, states)


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One unit's obligations as lead."""

    unit: str
    name: str
    tally: Tally
    next_due: Status | None
    """The earliest unfinished dated obligation that is not yet overdue."""


@dataclass(frozen=True, slots=True)
class SectionRow:
    """One section of the plan: duties of V.x, or content and forms of II.x."""

    section: str
    title: str
    items: int
    """Assignments (V) or content and form items (II)."""
    tally: Tally | None
    """For V: the obligations. None for II."""
    used: int = 0
    """For II: items carried out by at least one assignment with activity recorded."""


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything ``cchc status`` shows."""

    plan: Plan
    as_of: dt.date
    clamped: bool
    """True when today is after the plan's period and the period's last day is used."""
    statuses: tuple[Status, ...]
    overall: Tally
    units: tuple[UnitRow, ...]
    sections: tuple[SectionRow, ...]
    most_overdue: tuple[Status, ...]
    targets: tuple[TargetStatus, ...] = ()
    """The plan's targets against their latest measured values."""
    groups: tuple[GroupProgress, ...] = ()
    """Duties led by a group, per occurrence: members done out of the group's size."""


def build(
    plan: Plan, statuses: list[Status], as_of: dt.date, clamped: bool, top: int = 10
) -> Dashboard:
    """Summarise ``statuses`` of ``plan`` on ``as_of``."""
    names = unit_names(plan)
    by_unit: dict[str, list[Status]] = {}
    for status in statuses:
        by_unit.setdefault(status.obligation.unit, []).append(status)
    units = tuple(
        sorted(
            (
                UnitRow(unit, names.get(unit, unit), Tally.of(rows), _next_due(rows))
                for unit, rows in by_unit.items()
            ),
            key=lambda row: sort_key(row.name),
        )
    )
    overdue = sorted(
        (s for s in statuses if s.state == "overdue"),
        key=lambda s: (-(s.days_late or 0), s.obligation.key),
    )
    return Dashboard(
        plan,
        as_of,
        clamped,
        tuple(statuses),
        Tally.of(statuses),
        units,
        _sections(plan, statuses),
        tuple(overdue[:top]),
        target_statuses(plan, as_of),
        group_progress(plan, statuses),
    )


def _next_due(rows: list[Status]) -> Status | None:
    waiting = [
        s
        for s in rows
        if s.state in ("due-soon", "in-progress", "not-started") and s.obligation.due is not None
    ]
    return min(waiting, key=lambda s: (s.obligation.due, s.obligation.key), default=None)


def _sections(plan: Plan, statuses: list[Status]) -> tuple[SectionRow, ...]:
    titles = {s.id: s.title for s in plan.document.sections}
    rows: list[SectionRow] = []
    active = {s.obligation.assignment.id for s in statuses if s.records}
    used_forms = {f.id for r in plan.records for f in r.forms}
    related = {ref.id for a in plan.assignments if a.id in active for ref in a.related}
    items_by_section: dict[str, list[str]] = {}
    for item in (*plan.content, *plan.forms):
        items_by_section.setdefault(item.section.id, []).append(item.id)
    for section, ids in items_by_section.items():
        used = sum(1 for i in ids if i in related or i in used_forms)
        rows.append(SectionRow(section, titles.get(section, section), len(ids), None, used))
    by_section: dict[str, list[Status]] = {}
    for status in statuses:
        by_section.setdefault(status.obligation.assignment.section.id, []).append(status)
    for section, group in by_section.items():
        assignments = {s.obligation.assignment.id for s in group}
        rows.append(
            SectionRow(section, titles.get(section, section), len(assignments), Tally.of(group))
        )
    order = {ident: i for i, ident in enumerate(titles)}
    return tuple(sorted(rows, key=lambda row: order.get(row.section, len(order))))


def recent_records(plan: Plan, unit: str, as_of: dt.date, limit: int = 10) -> list[Record]:
    """The unit's latest records on or before ``as_of``, newest first."""
    mine = [r for r in plan.records if r.unit.id == unit and r.date <= as_of]
    return sorted(mine, key=lambda r: r.date, reverse=True)[:limit]
