"""Builds the view-model (cchc.viewmodel) of a plan on a day, for any Selection.

``cchc status`` builds it for the whole plan or one unit; a period report builds it with the
period's Selection and ``records_from`` set to the period's first day. Pure: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from cchc.group_progress import group_progress
from cchc.indicators import target_statuses
from cchc.model import Correction, Plan, Record, Section, Unit
from cchc.selection import EVERYTHING, Selection, in_section, select
from cchc.tracking import Status
from cchc.units import expand
from cchc.viewmodel import (
    ActivityTotal,
    CoordinatedDuty,
    CountView,
    DocumentRef,
    GroupRow,
    ObligationView,
    PlanHeader,
    RecordView,
    SectionRow,
    StatusView,
    Tally,
    TargetView,
    UnitName,
    UnitRow,
)
from cchc.vntext import sort_key
from cchc.vocab import FINISHED, OBLIGATION_STATES, ObligationState

OPEN = ("due-soon", "in-progress", "not-started")
RECENT = 10


def corrected(text: str, corrections: Iterable[Correction], field: str) -> str:
    """``text`` with each slip recorded for ``field`` replaced by its correction."""
    for correction in corrections:
        if correction.field == field:
            text = text.replace(correction.written, correction.corrected)
    return text


def unit_name(unit_id: str, units: Mapping[str, Unit]) -> UnitName:
    """How views name ``unit_id`` (its id when the plan does not define it)."""
    unit = units.get(unit_id)
    if unit is None:
        return UnitName(unit_id, unit_id, unit_id)
    return UnitName(unit.id, unit.name, unit.short[0] if unit.short else unit.name)


def obligation_view(status: Status, units: Mapping[str, Unit]) -> ObligationView:
    """One status as plain data."""
    ob = status.obligation
    assignment = ob.assignment
    text = corrected(assignment.text, assignment.corrections, "text")
    if ob.part is not None and ob.part.text:
        text = ob.part.text
    return ObligationView(
        assignment=assignment.id,
        section=assignment.section.id,
        text=text,
        unit=unit_name(ob.unit, units),
        occurrence=ob.occurrence,
        deadline=ob.duty.deadline.text,
        due=ob.due,
        state=status.state,
        days_late=status.days_late,
        gaps=status.gaps,
        records=len(status.records),
        part=ob.part.id if ob.part is not None else None,
    )


def overdue_views(
    plan: Plan, statuses: Sequence[Status], selection: Selection = EVERYTHING
) -> tuple[ObligationView, ...]:
    """What ``build(...).overdue`` holds, without the rest of the dashboard (``cchc overdue``
    needs nothing else)."""
    units = {u.id: u for u in plan.units}
    return tuple(obligation_view(s, units) for s in _most_late_first(select(statuses, selection)))


def _most_late_first(statuses: Iterable[Status]) -> list[Status]:
    return sorted(
        (s for s in statuses if s.state == "overdue"),
        key=lambda s: (-(s.days_late or 0), s.obligation.key),
    )


def build(
    plan: Plan,
    statuses: Sequence[Status],
    as_of: dt.date,
    clamped: bool = False,
    selection: Selection = EVERYTHING,
    focus: str | None = None,
    records_from: dt.date | None = None,
) -> StatusView:
    """The view of ``statuses`` (every obligation of ``plan`` on ``as_of``) that ``selection``
    keeps. ``focus`` names the unit or group selected, for its heading and coordinated duties;
    activity counts and recent records cover records dated from ``records_from`` (default: the
    beginning) to ``as_of``."""
    units = {u.id: u for u in plan.units}
    kept = select(statuses, selection)
    views = {id(s): obligation_view(s, units) for s in kept}
    doc = plan.document
    issuer = unit_name(doc.issuer.unit.id, units).name
    enacted = doc.enacted_by
    header = PlanHeader(
        doc.type,
        doc.number,
        corrected(doc.title, doc.corrections, "title"),
        doc.date,
        doc.date_precision,
        issuer,
        doc.place,
        doc.start,
        doc.end,
        DocumentRef(enacted.type, enacted.number, enacted.date, enacted.issuer or issuer)
        if enacted is not None
        else None,
    )
    rows, common = _unit_rows(kept, views)
    records = _records_in_view(plan, selection, as_of, records_from)
    return StatusView(
        plan=header,
        as_of=as_of,
        clamped=clamped,
        focus=unit_name(focus, units) if focus is not None else None,
        overall=Tally.of(kept),
        obligations=tuple(views[id(s)] for s in kept),
        units=rows,
        common_next_due=common,
        sections=_sections(plan, kept, records, selection),
        overdue=tuple(views[id(s)] for s in _most_late_first(kept)),
        activity=_activity(plan, records),
        coordinated=_coordinated(plan, statuses, selection) if focus is not None else (),
        recent=tuple(_record_view(r, plan, units) for r in _newest(records, RECENT)),
        targets=_targets(plan, as_of, units),
        groups=tuple(
            GroupRow(
                unit_name(g.group, units),
                g.assignment,
                g.occurrence,
                g.done,
                g.listed,
                g.size,
                units[g.group].size is not None if g.group in units else False,
            )
            for g in group_progress(plan, kept)
        ),
    )


def _targets(plan: Plan, as_of: dt.date, units: Mapping[str, Unit]) -> tuple[TargetView, ...]:
    result = []
    for row in target_statuses(plan, as_of):
        target, latest = row.target, row.latest
        result.append(
            TargetView(
                target.id,
                target.text,
                target.measure,
                target.target,
                target.baseline,
                target.index,
                target.unit_label,
                row.due,
                latest.value if latest else None,
                latest.day if latest else None,
                unit_name(latest.unit, units) if latest else None,
                row.met,
                row.state,
            )
        )
    return tuple(result)


def _unit_rows(
    kept: list[Status], views: dict[int, ObligationView]
) -> tuple[tuple[UnitRow, ...], ObligationView | None]:
    """One row per unit. Duties several units owe (given to a group, like a plan-wide report)
    would make every row's next deadline the same: their next deadline is returned once, and
    each row shows the unit's next deadline among its own duties."""
    by_unit: dict[str, list[Status]] = defaultdict(list)
    for status in kept:
        by_unit[status.obligation.unit].append(status)
    owners: dict[str, set[str]] = defaultdict(set)
    for status in kept:
        owners[status.obligation.assignment.id].add(status.obligation.unit)
    shared = {a for a, owing in owners.items() if len(owing) > 1} if len(by_unit) > 1 else set()
    common = _next_due([s for s in kept if s.obligation.assignment.id in shared])
    result = []
    for rows in by_unit.values():
        own = _next_due([s for s in rows if s.obligation.assignment.id not in shared])
        unit = views[id(rows[0])].unit
        result.append(UnitRow(unit, Tally.of(rows), views[id(own)] if own else None))
    result.sort(key=lambda row: sort_key(row.unit.name))
    return tuple(result), views[id(common)] if common else None


def _next_due(rows: list[Status]) -> Status | None:
    waiting = [s for s in rows if s.state in OPEN and s.obligation.due is not None]
    return min(waiting, key=lambda s: (s.obligation.due, s.obligation.key), default=None)


def _records_in_view(
    plan: Plan, selection: Selection, as_of: dt.date, records_from: dt.date | None
) -> list[Record]:
    """Records of the units, section and assignment in view, dated in the window."""
    start = records_from if records_from is not None else dt.date.min
    kept = [r for r in plan.records if start <= r.date <= as_of]
    if selection.units is not None:
        kept = [r for r in kept if r.unit.id in selection.units]
    if selection.assignment is not None:
        kept = [r for r in kept if r.assignment.id == selection.assignment]
    if selection.section is not None:
        sections = {a.id: a.section.id for a in plan.assignments}
        wanted = selection.section
        kept = [r for r in kept if in_section(sections.get(r.assignment.id, ""), wanted)]
    return kept


def _newest(records: list[Record], count: int) -> list[Record]:
    """The ``count`` newest records, newest first (the same day: by file name and line)."""
    days = heapq.nlargest(count, {r.date for r in records})
    near = [r for r in records if r.date >= days[-1]] if days else []  # few, at any size
    return heapq.nlargest(count, near, key=lambda r: (r.date, r.at.path.name, r.at.line))


def _activity(plan: Plan, records: list[Record]) -> tuple[ActivityTotal, ...]:
    totals: dict[str, int] = defaultdict(int)
    for record in records:
        for ref, value in record.counts.items():
            totals[ref.id] += value
    kinds = plan.document.activity_kinds
    known = [ActivityTotal(k.id, k.name, k.measure, totals[k.id]) for k in kinds if k.id in totals]
    listed = {k.id for k in kinds}
    unknown = [ActivityTotal(i, i, "", n) for i, n in totals.items() if i not in listed]
    return tuple(known + unknown)


def _record_view(record: Record, plan: Plan, units: Mapping[str, Unit]) -> RecordView:
    kinds = {k.id: k for k in plan.document.activity_kinds}
    counts = tuple(
        CountView(kinds[r.id].name, kinds[r.id].measure, n)
        if r.id in kinds
        else CountView(r.id, "", n)
        for r, n in record.counts.items()
    )
    note = record.note or record.reason or (", ".join(record.evidence) or None)
    return RecordView(
        record.date,
        record.assignment.id,
        unit_name(record.unit.id, units),
        record.occurrence,
        record.state,
        counts,
        note,
    )


def _sections(
    plan: Plan, kept: list[Status], records: list[Record], selection: Selection
) -> tuple[SectionRow, ...]:
    doc = plan.document
    known = {s.id: s for s in doc.sections}
    rows: list[SectionRow] = []
    active = {s.obligation.assignment.id for s in kept if s.records}
    named = {f.id for r in records for f in r.forms}
    related = {ref.id for a in plan.assignments if a.id in active for ref in a.related}
    items_by_section: dict[str, list[str]] = defaultdict(list)
    for item in (*plan.content, *plan.forms):
        if selection.section is None or in_section(item.section.id, selection.section):
            items_by_section[item.section.id].append(item.id)
    for section, ids in items_by_section.items():
        used = sum(1 for i in ids if i in related or i in named)
        rows.append(_section_row(section, known, len(ids), None, used))
    by_section: dict[str, list[Status]] = defaultdict(list)
    for status in kept:
        by_section[status.obligation.assignment.section.id].append(status)
    for section, group in by_section.items():
        count = len({s.obligation.assignment.id for s in group})
        rows.append(_section_row(section, known, count, Tally.of(group)))
    order = {ident: i for i, ident in enumerate(known)}
    return tuple(sorted(rows, key=lambda row: order.get(row.section, len(order))))


def _section_row(
    section: str, known: Mapping[str, Section], items: int, tally: Tally | None, used: int = 0
) -> SectionRow:
    found = known.get(section)
    if found is None:
        return SectionRow(section, section.rsplit(".", 1)[-1], section, items, tally, used)
    title = corrected(found.title, found.corrections, "title")
    label = found.label or section.rsplit(".", 1)[-1]
    return SectionRow(section, label, title, items, tally, used)


def _coordinated(
    plan: Plan, statuses: Sequence[Status], selection: Selection
) -> tuple[CoordinatedDuty, ...]:
    """Duties a unit in view coordinates; a duty it also leads is listed as lead only."""
    wanted = selection.units or frozenset()
    units = {u.id: u for u in plan.units}
    by_assignment: dict[str, list[Status]] = defaultdict(list)
    for status in statuses:
        by_assignment[status.obligation.assignment.id].append(status)
    result = []
    for assignment in plan.assignments:
        if selection.section is not None and not in_section(
            assignment.section.id, selection.section
        ):
            continue
        helpers = {m for c in assignment.coordinators for m in expand(c.id, units)}
        mine = by_assignment.get(assignment.id, [])
        leads = {s.obligation.unit for s in mine}
        if not (helpers & wanted) or leads & wanted:
            continue
        open_due = [s.obligation.due for s in mine if s.obligation.due and s.state not in FINISHED]
        quiet: ObligationState = "not-started"
        state = min((s.state for s in mine), key=OBLIGATION_STATES.index, default=quiet)
        result.append(
            CoordinatedDuty(
                assignment.id,
                corrected(assignment.text, assignment.corrections, "text"),
                unit_name(assignment.lead.id, units),
                assignment.deadline.text,
                min(open_due, default=None),
                state,
            )
        )
    return tuple(result)
