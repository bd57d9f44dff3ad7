"""The report as plain data: everything the Markdown and Word templates print, computed from the
plan, its records and the statuses on the report's day. Templates only lay it out.

The figures are those of ``cchc status`` on the same day (same statuses, same tallies).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.errors import UsageError
from cchc.messages import translate
from cchc.model import Plan, Record, Unit
from cchc.report_activity import (
    DirectingRow,
    FormRow,
    KindRow,
    cited,
    directing,
    documents_by_unit,
    forms,
    kinds,
)
from cchc.report_header import (
    Letterhead,
    Signature,
    abbreviation,
    letterhead_lines,
    number_line,
    period_phrase,
    place_date,
    plan_reference,
    short_name,
    signature,
)
from cchc.report_lists import (
    DUTIES,
    FULL_LIST,
    SHOWN,
    UnitSummary,
    by_unit,
    merged_notes,
    remainder,
)
from cchc.report_results import (
    DutyRow,
    GapRow,
    ObligationRow,
    duties,
    gap_rows,
    next_statuses,
    notes,
    obligation_rows,
    unit_entries,
)
from cchc.report_scope import Scope, next_period, resolve_scope
from cchc.report_targets import TargetRow, target_rows
from cchc.schedule import Period
from cchc.selection import make, select
from cchc.tracking import Status, assess
from cchc.units import unit_names
from cchc.viewmodel import Tally
from cchc.vntext import format_count, format_running_date
from cchc.vocab import ObligationState


@dataclass(frozen=True, slots=True)
class Request:
    """What the person asked for: the period, whose report, and what the plan does not hold."""

    period: Period
    unit: str | None = None
    """None: the consolidated report of the plan's issuer."""
    number: str | None = None
    date: dt.date | None = None
    signer: str | None = None
    place: str | None = None
    as_of: dt.date | None = None
    """The day statuses are taken on; default the last day of the period."""


@dataclass(frozen=True, slots=True)
class Summary:
    """The tally of obligations in scope, as ``cchc status`` counts them."""

    total: int
    dated: int
    done: int
    percent: int
    states: dict[ObligationState, int]
    sentence: str


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """Obligations done late, overdue or not started, under a heading: every row, and past
    FULL_LIST rows a summary per unit, which templates print instead."""

    title: str
    rows: tuple[ObligationRow, ...]
    by_unit: tuple[UnitSummary, ...] = ()
    sentence: str = ""
    """What the summary holds ("Tổng số 470 nhiệm vụ tại 125 cơ quan, đơn vị; …"), or ""."""


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything a report template may print (see README, "Writing a template")."""

    plan_number: str
    period_code: str
    period_label: str
    """ "quý I năm 2021", "6 tháng đầu năm 2021"..."""
    unit: str
    """The id of the reporting unit."""
    unit_name: str
    as_of: dt.date
    start: dt.date
    end: dt.date
    letterhead: Letterhead
    subject: str
    recipients: tuple[str, ...]
    intro: str
    data_period: str
    directing: tuple[DirectingRow, ...]
    """One row per record citing documents; empty when ``directing_by_unit`` summarises them."""
    directing_by_unit: tuple[UnitSummary, ...]
    """Past FULL_LIST rows, the documents per unit instead (the count and the earliest)."""
    directing_sentence: str
    kinds: tuple[KindRow, ...]
    forms: tuple[FormRow, ...]
    summary: Summary
    duties: tuple[DutyRow, ...]
    late: tuple[ObligationRow, ...]
    overdue: tuple[ObligationRow, ...]
    not_started: tuple[ObligationRow, ...]
    problem_groups: tuple[ProblemGroup, ...]
    """The non-empty ones of late, overdue and not started, each whole or summarised."""
    gaps: tuple[GapRow, ...]
    gaps_by_unit: tuple[UnitSummary, ...]
    """Past FULL_LIST gaps, a summary per unit, printed instead of ``gaps``."""
    gaps_sentence: str
    targets: tuple[TargetRow, ...]
    strengths: tuple[str, ...]
    shortcomings: tuple[str, ...]
    next_label: str
    next_tasks: tuple[ObligationRow, ...]
    next_more: str
    """ "… và 12 nhiệm vụ khác" when ``next_tasks`` had to stop at FULL_LIST rows, else ""."""
    closing: str
    signature: Signature
    copies: tuple[str, ...]


def build_report(
    plan: Plan, request: Request, window: int = 14, limit: int | None = None
) -> ReportView:
    """The report ``request`` asks for; UsageError when it makes no sense for this plan.

    A list longer than ``limit`` rows (default FULL_LIST) is summarised (cchc.report_lists)."""
    limit = FULL_LIST if limit is None else limit
    doc = plan.document
    lang = doc.language if doc.language in ("vi", "en") else "vi"
    scope = resolve_scope(plan, request.period, request.unit)
    start, end = request.period.bounds(scope.convention)
    as_of = request.as_of or end
    everything = assess(plan, as_of, window)
    # a unit's report selects as ``status --unit`` does (cchc.selection): the same obligations
    statuses = (
        everything if scope.consolidated else select(everything, make(plan, unit=scope.unit.id))
    )
    if not statuses:
        raise UsageError("report.unit_no_duties", unit=scope.unit.id)
    records = [r for r in plan.records if scope.covers(r.unit.id) and r.date <= as_of]
    names = unit_names(plan)
    record_end = min(end, as_of)
    plan_ref = plan_reference(plan, full=True)
    phrase = period_phrase(request.period)
    behind = {
        (s.obligation.assignment.id, s.obligation.unit)
        for s in statuses
        if s.state in ("overdue", "done-late")
    }
    late, overdue, not_started = _problems(statuses)
    problem_rows = (
        obligation_rows(late, names, lang),
        obligation_rows(overdue, names, lang),
        obligation_rows(not_started, names, lang, merge=True),
    )
    follow = next_period(request.period)
    follow_start, follow_end = follow.bounds(scope.convention)
    documents, documents_units, directing_sentence = _directing(
        records, names, plan, (start, record_end), lang, limit
    )
    gaps = gap_rows(statuses, names)
    gaps_units = (
        _summarised([s for s in statuses if s.gaps], names, lang) if len(gaps) > limit else ((), "")
    )
    upcoming = next_statuses(statuses, follow_start, follow_end)
    next_rows = obligation_rows(upcoming, names, lang, why=True, merge=True)
    if len(next_rows) > limit:
        next_rows = obligation_rows(upcoming, names, lang, why=True, merge=True, coarse=True)
    shortfalls = notes(records, names, start, record_end, behind, good=False)
    return ReportView(
        plan_number=doc.display_number,
        period_code=request.period.code,
        period_label=phrase,
        unit=scope.unit.id,
        unit_name=scope.unit.name,
        as_of=as_of,
        start=start,
        end=end,
        letterhead=_letterhead(plan, scope, request),
        subject=f"Kết quả thực hiện {plan_ref} {phrase}",
        recipients=scope.recipients,
        intro=_intro(plan, scope.unit, plan_ref, phrase),
        data_period=_data_period(start, end, as_of, lang),
        directing=documents,
        directing_by_unit=documents_units,
        directing_sentence=directing_sentence,
        kinds=kinds(records, plan, start, record_end, _first_day(plan)),
        forms=forms(records, plan, names, start, record_end, lang),
        summary=_summary(statuses, as_of, lang),
        duties=duties(statuses, names, plan, lang, as_of),
        late=problem_rows[0],
        overdue=problem_rows[1],
        not_started=problem_rows[2],
        problem_groups=tuple(
            _group(translate(key, lang), rows, found, names, lang, limit)
            for key, rows, found in zip(
                ("report.group.late", "report.group.overdue", "report.group.not_started"),
                problem_rows,
                (late, overdue, not_started),
                strict=True,
            )
            if rows
        ),
        gaps=gaps,
        gaps_by_unit=gaps_units[0],
        gaps_sentence=gaps_units[1],
        targets=target_rows(plan, records, as_of, scope.consolidated, lang),
        strengths=merged_notes(
            notes(records, names, start, record_end, behind, good=True), lang, limit
        ),
        shortcomings=_counted_shortfalls(problem_rows, lang)
        + merged_notes(shortfalls, lang, limit),
        next_label=period_phrase(follow),
        next_tasks=next_rows[:limit],
        next_more=remainder(len(next_rows) - limit, DUTIES, lang) if len(next_rows) > limit else "",
        closing=f"Trên đây là báo cáo kết quả thực hiện {plan_reference(plan, full=False)} "
        f"{phrase} của {short_name(scope.unit)}./.",
        signature=signature(scope.unit, plan, request.signer),
        copies=scope.copies,
    )


def _directing(
    records: list[Record],
    names: dict[str, str],
    plan: Plan,
    window: tuple[dt.date, dt.date],
    lang: str,
    limit: int,
) -> tuple[tuple[DirectingRow, ...], tuple[UnitSummary, ...], str]:
    """Section I: a row per record citing documents, or past ``limit`` rows a summary per
    unit; and the sentence that presents them."""
    start, end = window
    if cited(records, start, end) <= limit:
        rows = directing(records, names, plan, start, end)
        count = format_count(len({d.document for d in rows}))
        return rows, (), translate("report.directing", lang, count=count)
    units, documents = documents_by_unit(records, names, start, end, lang)
    sentence = translate(
        "report.directing_by_unit",
        lang,
        units=format_count(len(units)),
        count=format_count(documents),
        shown=SHOWN,
    )
    return (), units, sentence


def _summarised(
    found: list[Status], names: dict[str, str], lang: str
) -> tuple[tuple[UnitSummary, ...], str]:
    """Obligations summarised per unit, and the sentence that presents the summary."""
    rows = by_unit(unit_entries(found, names, lang), DUTIES, lang)
    late = any(s.days_late for s in found)
    return rows, translate(
        "report.by_unit.late" if late else "report.by_unit.plain",
        lang,
        count=format_count(len(found)),
        units=format_count(len(rows)),
        shown=SHOWN,
    )


def _group(
    title: str,
    rows: tuple[ObligationRow, ...],
    found: list[Status],
    names: dict[str, str],
    lang: str,
    limit: int,
) -> ProblemGroup:
    if len(rows) <= limit:
        return ProblemGroup(title, rows)
    return ProblemGroup(title, rows, *_summarised(found, names, lang))


def _first_day(plan: Plan) -> dt.date:
    return plan.document.start


def _intro(plan: Plan, unit: Unit, plan_ref: str, phrase: str) -> str:
    title = plan.document.title.strip()
    about = f" về {title[0].lower()}{title[1:]}" if title else ""
    return (
        f"Thực hiện {plan_ref}{about}, {short_name(unit)} báo cáo kết quả thực hiện "
        f"{phrase} như sau:"
    )


def _data_period(start: dt.date, end: dt.date, as_of: dt.date, lang: str) -> str:
    first, last = format_running_date(start), format_running_date(end)
    text = translate("report.data_period", lang, first=first, last=last)
    if as_of != end:
        text += translate("report.data_period_state", lang, day=format_running_date(as_of))
    return text + "."


def _letterhead(plan: Plan, scope: Scope, request: Request) -> Letterhead:
    units = {u.id: u for u in plan.units}
    governing, issuing = letterhead_lines(scope.unit, units)
    year = request.date.year if request.date else scope.report_year
    return Letterhead(
        governing,
        issuing,
        number_line(request.number, abbreviation(scope.unit, plan)),
        place_date(request.place or plan.document.place, request.date, year),
    )


def _summary(statuses: list[Status], as_of: dt.date, lang: str) -> Summary:
    tally = Tally.of(statuses)
    states = ", ".join(
        f"{translate('state.' + state, lang)} {format_count(count)}"
        for state, count in tally.states.items()
    )
    sentence = translate(
        "report.summary",
        lang,
        day=format_running_date(as_of),
        total=format_count(tally.total),
        dated=format_count(tally.dated),
        done=format_count(tally.done),
        percent=tally.percent,
        states=states,
    )
    return Summary(
        tally.total, tally.dated, tally.done, tally.percent, dict(tally.states), sentence
    )


def _problems(statuses: list[Status]) -> tuple[list[Status], list[Status], list[Status]]:
    def by_due(status: Status) -> tuple[str, tuple[str, str, str]]:
        due = status.obligation.due
        return (due.isoformat() if due else "", status.obligation.key)

    late = sorted((s for s in statuses if s.state == "done-late"), key=by_due)
    overdue = sorted((s for s in statuses if s.state == "overdue"), key=by_due)
    idle = [s for s in statuses if s.state == "not-started" and s.obligation.due is None]
    return late, overdue, sorted(idle, key=by_due)


def _counted_shortfalls(rows: tuple[tuple[ObligationRow, ...], ...], lang: str) -> tuple[str, ...]:
    keys = ("report.short.late", "report.short.overdue", "report.short.not_started")
    return tuple(
        translate(key, lang, count=format_count(len(found)))
        for key, found in zip(keys, rows, strict=True)
        if found
    )
