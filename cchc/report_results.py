"""The duties of a report's body (II.3-5, III, IV): computed from the statuses of the day.

Every value is plain text or a number ready to print; nothing here renders or reads files.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from cchc.group_progress import group_progress
from cchc.messages import translate
from cchc.model import Plan, Record
from cchc.report_lists import DOCUMENTS, UNITS, some
from cchc.report_text import in_window, shorten
from cchc.schedule import Period
from cchc.tracking import Status
from cchc.vntext import format_running_date
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


def id_key(ident: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order of ids: V.1.2 before V.1.10, numbers before words (V.closing last)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in ident.split("."))


def state_label(status: Status, lang: str) -> str:
    """The report's word for a status's state."""
    if status.state == "not-started" and status.obligation.due is None:
        return translate(_NOT_STARTED_UNDATED, lang)
    return translate(_STATE_KEYS[status.state], lang)


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
                some(list(evidence), DOCUMENTS, lang),
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
        label = f"{label} ({format_running_date(last.date)})"
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
    coarse: bool = False,
) -> tuple[ObligationRow, ...]:
    """Rows for obligations (late, overdue, not started, next), with their notes or reasons.

    With ``merge``, rows that differ only by unit become one row naming its units (at most
    CELL_ITEMS, then how many more). With ``coarse`` too, rows of the same duty and due date
    merge whatever their notes, and the reason is the state alone ("Quá hạn")."""
    rows: dict[object, ObligationRow] = {}
    units: dict[object, list[str]] = {}
    for status in statuses:
        row = _obligation_row(status, names, lang, why, coarse)
        key = (row.id, row.due, row.note, row.why) if merge else len(rows)
        if key in rows:
            units[key].append(row.unit)
        else:
            rows[key] = replace(row, number=len(rows) + 1)
            units[key] = [row.unit]
    return tuple(
        replace(row, unit=some(units[key], UNITS, lang, sep=", ")) if len(units[key]) > 1 else row
        for key, row in rows.items()
    )


def _obligation_row(
    status: Status, names: dict[str, str], lang: str, why: bool, coarse: bool
) -> ObligationRow:
    ob = status.obligation
    last = status.last
    notes = [t for t in (last.note, last.reason) if t] if last is not None else []
    due = format_running_date(ob.due) if ob.due else ob.duty.deadline.text
    if ob.occurrence is not None:
        due = f"{due} ({ob.occurrence.label('vi')})"
    reason = ""
    if why:
        overdue = status.state == "overdue"
        if coarse:
            notes = []
            reason = translate("report.state.overdue" if overdue else "report.why_due", lang)
        elif overdue:
            reason = translate("report.why_overdue", lang, days=status.days_late)
        else:
            reason = translate("report.why_due", lang)
    elif status.days_late:
        key = "report.overdue_days" if status.state == "overdue" else "report.days_late"
        notes.insert(0, translate(key, lang, days=status.days_late))
    part = ob.part
    return ObligationRow(
        0,
        ident(status),
        shorten(part.text if part is not None and part.text else ob.assignment.text, 140),
        names.get(ob.unit, ob.unit),
        due,
        shorten("; ".join(notes)) if notes else "",
        reason,
    )


def ident(status: Status) -> str:
    """A duty's id as a report prints it: "V.3.1", or "V.3.1 (bao-cao)" for a part."""
    ob = status.obligation
    return ob.assignment.id if ob.part is None else f"{ob.assignment.id} ({ob.part.id})"


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
) -> tuple[tuple[str, str], ...]:
    """Notes of the period's records as (unit, text), each once: of work done or going on time
    (``good``), or the reasons and notes of work that is ``behind`` (late, overdue) or stopped."""
    lines = []
    for record in sorted(records, key=lambda r: r.date):
        if not in_window(record, start, end):
            continue
        late = (record.assignment.id, record.unit.id) in behind
        fine = record.state in ("done", "in-progress") and not late
        text = record.note if good else (record.reason or record.note)
        if text and fine == good:
            lines.append((names.get(record.unit.id, record.unit.id), shorten(text)))
    return tuple(dict.fromkeys(lines))


def unit_entries(
    statuses: Sequence[Status], names: dict[str, str], lang: str
) -> list[tuple[str, str]]:
    """(unit, item) of obligations for a per-unit summary, the longest late first: "III.1.3
    (quá hạn 634 ngày)", "III.1.1 (quý I/2024, trễ hạn 5 ngày)", "III.1.6"."""
    ordered = sorted(
        statuses,
        key=lambda s: (-(s.days_late or 0), id_key(s.obligation.assignment.id), s.obligation.key),
    )
    entries = []
    for status in ordered:
        ob = status.obligation
        about = [ob.occurrence.label("vi")] if ob.occurrence is not None else []
        if status.gaps:
            about.append(quarters(status.gaps))
        elif status.days_late:
            key = "report.overdue_days" if status.state == "overdue" else "report.days_late"
            about.append(translate(key, lang, days=status.days_late))
        item = f"{ident(status)} ({', '.join(about)})" if about else ident(status)
        entries.append((names.get(ob.unit, ob.unit), item))
    return entries
