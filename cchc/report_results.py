"""The figures of a report's body (sections I, II and IV), computed from records and statuses.

Every value is plain text or a number ready to print; nothing here renders or reads files.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from cchc.docparts import Target
from cchc.group_progress import group_progress
from cchc.indicators import target_status
from cchc.messages import translate
from cchc.model import Item, Plan, Record
from cchc.report_header import short_date
from cchc.schedule import Period
from cchc.tracking import Status
from cchc.vntext import sort_key
from cchc.vocab import OBLIGATION_STATES

# The words a report prints for each state; "not-started" splits on whether a date is set.
_STATE_KEYS = {
    "done": "report.state.done",
    "done-late": "report.state.done_late",
    "in-progress": "report.state.in_progress",
    "not-started": "report.state.not_due",
    "overdue": "report.state.overdue",
    "due-soon": "report.state.due_soon",
    "cancelled": "report.state.cancelled",
    "active": "report.state.active",
    "gap": "report.state.gap",
    "as-needed": "report.state.as_needed",
}
_NOT_STARTED_UNDATED = "report.state.not_started"
_TEXT_LIMIT = 220


def vn_number(value: int) -> str:
    """17270 -> "17.270"."""
    return f"{value:,}".replace(",", ".")


def shorten(text: str, limit: int = _TEXT_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary with "…" when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: flat.rfind(" ", 0, limit)].rstrip(",;:") + "…"


@dataclass(frozen=True, slots=True)
class DirectingRow:
    """A document issued in the period (the evidence of a record)."""

    number: int
    unit: str
    document: str
    date: str
    note: str


@dataclass(frozen=True, slots=True)
class KindRow:
    """An activity kind with its count in the period and since the plan began."""

    number: int
    id: str
    name: str
    measure: str
    period: int
    total: int
    period_text: str
    total_text: str


@dataclass(frozen=True, slots=True)
class FormRow:
    """A content item or form of section II that records of the period name."""

    number: int
    id: str
    item: str
    """The audience (or heading) it belongs to."""
    text: str
    records: int
    records_text: str
    units: str


@dataclass(frozen=True, slots=True)
class DutyRow:
    """A duty of section V: who leads, where it stands, the evidence."""

    number: int
    id: str
    text: str
    lead: str
    state: str
    evidence: str


@dataclass(frozen=True, slots=True)
class ObligationRow:
    """One unit's share of a duty that is late, overdue, not started or due next."""

    number: int
    id: str
    text: str
    unit: str
    due: str
    note: str
    why: str = ""


@dataclass(frozen=True, slots=True)
class GapRow:
    """A standing duty and the quarters it had no activity."""

    number: int
    id: str
    text: str
    unit: str
    quarters: str


@dataclass(frozen=True, slots=True)
class TargetRow:
    """A target or indicator: what the plan set, the latest value measured, met or not."""

    number: int
    id: str
    text: str
    target: str
    measured: str
    assessment: str


def vn_decimal(value: Decimal) -> str:
    """Decimal("92.5") -> "92,5"; Decimal("17270") -> "17.270" (Vietnamese separators)."""
    whole, _, fraction = f"{value.normalize():f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    text = sign + vn_number(abs(int(whole)))
    return f"{text},{fraction}" if fraction else text


def _target_value(target: Target, value: Decimal) -> str:
    if target.measure == "percent":
        return f"{vn_decimal(value)}%"
    if target.measure == "rank":
        return f"hạng {vn_decimal(value)}"
    return f"{vn_decimal(value)} {target.unit_label}" if target.unit_label else vn_decimal(value)


_VERDICTS = {
    "met": "report.target.met",
    "not-met": "report.target.not_met",
    "missed": "report.target.missed",
    "not-measured": "report.target.not_measured",
}


def target_rows(
    plan: Plan, records: Sequence[Record], as_of: dt.date, every: bool, lang: str
) -> tuple[TargetRow, ...]:
    """The plan's targets as ``cchc status`` sees them on ``as_of`` (cchc.indicators), from the
    records in scope; with ``every`` also the targets not measured yet."""
    rows: list[TargetRow] = []
    for target in plan.document.targets:
        status = target_status(target, records, as_of)
        if status.latest is None and not every:
            continue
        measured = "[...]" if status.latest is None else _target_value(target, status.latest.value)
        rows.append(
            TargetRow(
                len(rows) + 1,
                target.id,
                shorten(target.text, 160),
                _target_value(target, target.target),
                measured,
                translate(_VERDICTS[status.state], lang),
            )
        )
    return tuple(rows)


def id_key(ident: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order of ids: V.1.2 before V.1.10, numbers before words (V.closing last)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in ident.split("."))


def in_window(record: Record, start: dt.date, end: dt.date) -> bool:
    """Whether the record is dated within ``start``..``end``."""
    return start <= record.date <= end


def state_label(status: Status, lang: str) -> str:
    """The report's word for a status's state."""
    if status.state == "not-started" and status.obligation.due is None:
        return translate(_NOT_STARTED_UNDATED, lang)
    return translate(_STATE_KEYS[status.state], lang)


def directing(
    records: Sequence[Record], names: dict[str, str], plan: Plan, start: dt.date, end: dt.date
) -> tuple[DirectingRow, ...]:
    """Documents (evidence) of the records dated in the period, oldest first."""
    texts = {a.id: a.deliverable or shorten(a.text, 120) for a in plan.assignments}
    found = sorted(
        (r for r in records if r.evidence and in_window(r, start, end)),
        key=lambda r: (r.date, sort_key(names.get(r.unit.id, r.unit.id))),
    )
    return tuple(
        DirectingRow(
            i,
            names.get(r.unit.id, r.unit.id),
            ", ".join(r.evidence),
            short_date(r.date),
            shorten(r.note) if r.note else texts.get(r.assignment.id, r.assignment.id),
        )
        for i, r in enumerate(found, 1)
    )


def kinds(
    records: Sequence[Record], plan: Plan, start: dt.date, end: dt.date, first: dt.date
) -> tuple[KindRow, ...]:
    """Counts per activity kind in the period and from ``first`` to ``end``; kinds never counted
    are left out."""
    period: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for record in records:
        if not first <= record.date <= end:
            continue
        for ref, value in record.counts.items():
            total[ref.id] += value
            if record.date >= start:
                period[ref.id] += value
    rows = []
    for kind in plan.document.activity_kinds:
        if total[kind.id]:
            rows.append((kind, period[kind.id], total[kind.id]))
    return tuple(
        KindRow(i, k.id, k.name, k.measure, p, t, vn_number(p), vn_number(t))
        for i, (k, p, t) in enumerate(rows, 1)
    )


def forms(
    records: Sequence[Record], plan: Plan, names: dict[str, str], start: dt.date, end: dt.date
) -> tuple[FormRow, ...]:
    """Content items and forms of section II named by records of the period, in plan order."""
    used: dict[str, list[Record]] = {}
    for record in records:
        if in_window(record, start, end):
            for ref in record.forms:
                used.setdefault(ref.id, []).append(record)
    audiences = {a.id: a.name for a in plan.audiences}
    titles = {s.id: s.title for s in plan.document.sections}
    items: list[Item] = [i for i in (*plan.content, *plan.forms) if i.id in used]
    rows = []
    for number, item in enumerate(items, 1):
        found = used[item.id]
        group = audiences.get(item.audience.id, "") if item.audience else ""
        heading = titles.get(item.section.id, item.section.id)
        units = sorted({names.get(r.unit.id, r.unit.id) for r in found}, key=sort_key)
        label = item.id.replace(".dd", ".đ")
        rows.append(
            FormRow(
                number,
                item.id,
                group or heading,
                f"{label}. {shorten(item.text, 160)}",
                len(found),
                vn_number(len(found)),
                ", ".join(units),
            )
        )
    return tuple(rows)


def duties(
    statuses: Sequence[Status], names: dict[str, str], plan: Plan, lang: str, as_of: dt.date
) -> tuple[DutyRow, ...]:
    """One row per duty in scope, in plan order: the lead, the state of its obligations and the
    evidence its records cite; a duty led by a group also says how many of the group have done
    it, against the group's stated size ("41/63"), for the occurrences already due."""
    progress: dict[str, list[str]] = {}
    due = [s for s in statuses if s.obligation.due is not None and s.obligation.due <= as_of]
    for row in group_progress(plan, due):
        when = f" ({row.occurrence.label('vi')})" if row.occurrence else ""
        progress.setdefault(row.assignment, []).append(f"{row.label}{when}")
    by_assignment: dict[str, list[Status]] = {}
    for status in statuses:
        by_assignment.setdefault(status.obligation.assignment.id, []).append(status)
    rows: list[DutyRow] = []
    for assignment in sorted(plan.assignments, key=lambda a: id_key(a.id)):
        group = by_assignment.get(assignment.id)
        if not group:
            continue
        evidence = dict.fromkeys(e for s in group for r in s.records for e in r.evidence)
        rows.append(
            DutyRow(
                len(rows) + 1,
                assignment.id,
                shorten(assignment.text, 180),
                names.get(assignment.lead.id, assignment.lead.id),
                _state_summary(group, lang) + _progress(progress.get(assignment.id), lang),
                "; ".join(evidence),
            )
        )
    return tuple(rows)


def _progress(labels: list[str] | None, lang: str) -> str:
    if not labels:
        return ""
    return "; " + translate("report.group_done", lang, progress=", ".join(labels))


def _state_summary(group: list[Status], lang: str) -> str:
    if len(group) == 1:
        return _one_state(group[0], lang)
    labels = Counter(state_label(s, lang) for s in group)
    order = {state_label(s, lang): OBLIGATION_STATES.index(s.state) for s in group}
    return "; ".join(f"{label}: {labels[label]}" for label in sorted(labels, key=order.__getitem__))


def _one_state(status: Status, lang: str) -> str:
    label = state_label(status, lang)
    last = status.last
    if status.state in ("done", "done-late") and last is not None:
        label = f"{label} ({short_date(last.date)})"
    if status.days_late:
        label = f"{label}, {translate('report.days_late', lang, days=status.days_late)}"
    if status.gaps:
        label = f"{label}: {quarters(status.gaps)}"
    return label


def quarters(periods: Sequence[Period]) -> str:
    """ "quý I/2021, quý II/2021"."""
    return ", ".join(p.label("vi") for p in periods)


def obligation_rows(
    statuses: Sequence[Status],
    names: dict[str, str],
    lang: str,
    why: bool = False,
    merge: bool = False,
) -> tuple[ObligationRow, ...]:
    """Rows for obligations (late, overdue, not started, next), with their notes or reasons.

    With ``merge``, rows that differ only by unit become one row naming every unit."""
    rows: list[ObligationRow] = []
    for status in statuses:
        ob = status.obligation
        last = status.last
        notes = [t for t in (last.note, last.reason) if t] if last is not None else []
        due = short_date(ob.due) if ob.due else ob.assignment.deadline.text
        if ob.occurrence is not None:
            due = f"{due} ({ob.occurrence.label('vi')})"
        reason = ""
        if why:
            reason = (
                translate("report.why_overdue", lang, days=status.days_late)
                if status.state == "overdue"
                else translate("report.why_due", lang)
            )
        elif status.days_late:
            key = "report.overdue_days" if status.state == "overdue" else "report.days_late"
            notes.insert(0, translate(key, lang, days=status.days_late))
        row = ObligationRow(
            len(rows) + 1,
            ob.assignment.id,
            shorten(ob.assignment.text, 140),
            names.get(ob.unit, ob.unit),
            due,
            shorten("; ".join(notes)) if notes else "",
            reason,
        )
        same = next(
            (
                i
                for i, r in enumerate(rows)
                if merge and (r.id, r.due, r.note, r.why) == (row.id, row.due, row.note, row.why)
            ),
            None,
        )
        if same is None:
            rows.append(row)
        else:
            rows[same] = replace(rows[same], unit=f"{rows[same].unit}, {row.unit}")
    return tuple(rows)


def gap_rows(statuses: Sequence[Status], names: dict[str, str]) -> tuple[GapRow, ...]:
    """Standing duties with quarters of no activity."""
    found = [s for s in statuses if s.gaps]
    return tuple(
        GapRow(
            i,
            s.obligation.assignment.id,
            shorten(s.obligation.assignment.text, 140),
            names.get(s.obligation.unit, s.obligation.unit),
            quarters(s.gaps),
        )
        for i, s in enumerate(found, 1)
    )


def next_statuses(statuses: Sequence[Status], start: dt.date, end: dt.date) -> list[Status]:
    """What the next period must deal with: overdue obligations, then unfinished ones due in
    ``start``..``end``; by due date."""
    overdue = [s for s in statuses if s.state == "overdue"]
    coming = [
        s
        for s in statuses
        if s.state in ("due-soon", "in-progress", "not-started")
        and s.obligation.due is not None
        and start <= s.obligation.due <= end
    ]
    key = _by_due
    return sorted(overdue, key=key) + sorted(coming, key=key)


def _by_due(status: Status) -> tuple[dt.date, tuple[str, str, str]]:
    due = status.obligation.due
    assert due is not None  # overdue and coming obligations are dated
    return due, status.obligation.key


def notes(
    records: Sequence[Record],
    names: dict[str, str],
    start: dt.date,
    end: dt.date,
    behind: set[tuple[str, str]],
    good: bool,
) -> tuple[str, ...]:
    """Notes of the period's records, each prefixed with the unit: of work done or going on time
    (``good``), or the reasons and notes of work that is ``behind`` (late, overdue) or stopped."""
    lines = []
    for record in sorted(records, key=lambda r: r.date):
        if not in_window(record, start, end):
            continue
        late = (record.assignment.id, record.unit.id) in behind
        fine = record.state in ("done", "in-progress") and not late
        text = record.note if good else (record.reason or record.note)
        if text and fine == good:
            lines.append(f"{names.get(record.unit.id, record.unit.id)}: {shorten(text)}")
    return tuple(dict.fromkeys(lines))
