"""Plain-text views of the view-model, for output that is not a terminal (a pipe, a file, CI).

The same figures and words as the Rich views (cchc.render.dashboard), without Rich: no boxes,
no colours, one row per line with columns padded by spaces, so ``grep`` and ``cut`` work and
nothing is spent laying out tables nobody sees. Rich is not even imported. Texts are never cut
(a pipe has no width); the dashboard's tables are summarised instead when they would run to
hundreds of rows (``cchc list`` gives every obligation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cchc.messages import translate
from cchc.safetext import visible
from cchc.viewmodel import (
    ActivityTotal,
    ObligationView,
    RecordView,
    StatusView,
    Tally,
    TargetView,
    UnitRow,
)
from cchc.vntext import document_kind, format_count, format_date, format_issue_date

UNIT_ROWS = 40
"""Rows of the per-unit table before the dashboard summarises the rest in one line."""
TOP = 10
"""Rows of the "most overdue" list on the dashboard."""


def _day(value: object) -> str:
    return format_date(value) if value else ""  # type: ignore[arg-type]


def table(header: Sequence[str], rows: Iterable[Sequence[str]], indent: str = "  ") -> list[str]:
    """Rows under a header, each column as wide as its widest cell (the last is not padded)."""
    body = [[visible(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in [list(header), *body]) for i in range(len(header))]
    lines = []
    for row in [list(header), *body]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        lines.append((indent + "  ".join([*cells, row[-1]])).rstrip())
    return lines


def state_detail(item: ObligationView, lang: str) -> str:
    """What follows a state's name: " (trễ hạn 12 ngày)", " (chưa có hoạt động trong quý I)"."""
    detail = ""
    if item.days_late:
        detail += f" ({translate('status.late_by', lang, days=item.days_late)})"
    if item.gaps:
        missing = ", ".join(p.label(lang) for p in item.gaps)
        detail += f" ({translate('status.missing', lang, periods=missing)})"
    return detail


def _state(item: ObligationView, lang: str) -> str:
    return translate(f"state.{item.state}", lang) + state_detail(item, lang)


def _duty(item: ObligationView, lang: str) -> str:
    label = item.occurrence.label(lang) if item.occurrence else ""
    ident = item.assignment + (f"/{item.part}" if item.part else "")
    return ident + (f" ({label})" if label else "")


def header(view: StatusView, lang: str) -> list[str]:
    """The plan's identity, its title and the as-of day (saying so when it was moved past the
    period): the heading of the plain and the Rich dashboards alike."""
    plan = view.plan
    kind = document_kind(plan.type)
    if plan.number is None and plan.enacted_by is not None:
        decision = plan.enacted_by
        identity = translate(
            "views.plan_heading_enacted",
            lang,
            kind=kind,
            decision=document_kind(decision.type),
            number=decision.number,
            date=format_issue_date(decision.date, "day", lang),
            issuer=decision.issuer,
        )
    else:
        identity = translate(
            "views.plan_heading",
            lang,
            kind=kind,
            number=plan.number or "",
            date=format_issue_date(plan.date, plan.date_precision, lang),
            issuer=plan.issuer,
        )
    as_of = translate("status.as_of", lang, date=_day(view.as_of))
    if view.clamped:
        as_of += f" ({translate('status.clamped', lang)})"
    return [visible(identity), visible(plan.title), as_of]


def overall(tally: Tally, lang: str) -> list[str]:
    """Done of dated, and a count per state."""
    done = translate(
        "status.done_of", lang, done=tally.done, total=tally.dated, percent=tally.percent
    )
    counts = " · ".join(
        f"{translate(f'state.{name}', lang)} {count}" for name, count in tally.states.items()
    )
    return [f"{translate('status.overall', lang)}: {done}", counts]


def _done_of(tally: Tally) -> str:
    return f"{tally.done}/{tally.dated}" if tally.dated else "-"


def unit_rows(view: StatusView) -> tuple[list[UnitRow], int]:
    """The per-unit rows a dashboard shows, and how many it leaves out: every unit up to
    UNIT_ROWS; past it, the UNIT_ROWS units most behind (overdue, then gaps, then due soon).
    The one rule of both dashboards, plain and Rich."""
    rows = list(view.units)
    if len(rows) <= UNIT_ROWS:
        return rows, 0

    def behind(row: UnitRow) -> tuple[int, int, int]:
        states = row.tally.states
        return (-states.get("overdue", 0), -states.get("gap", 0), -states.get("due-soon", 0))

    return sorted(rows, key=behind)[:UNIT_ROWS], len(rows) - UNIT_ROWS


def units(view: StatusView, lang: str) -> list[str]:
    """One row per lead unit; past UNIT_ROWS, the units most behind, then how many more."""
    rows, more = unit_rows(view)
    header_ = [
        translate(key, lang)
        for key in ("col.unit", "col.done", "col.overdue", "col.due_soon", "col.gaps")
    ] + [translate("col.next_due", lang)]
    lines = [translate("status.by_unit", lang)]
    lines += table(
        header_,
        (
            [
                row.unit.name,
                _done_of(row.tally),
                str(row.tally.states.get("overdue", 0)),
                str(row.tally.states.get("due-soon", 0)),
                str(row.tally.states.get("gap", 0)),
                f"{_day(row.next_due.due)} {row.next_due.assignment}" if row.next_due else "",
            ]
            for row in rows
        ),
    )
    if more:
        lines.append("  " + translate("views.more", lang, count=more))
    shared = view.common_next_due
    if shared is not None:
        label = shared.occurrence.label(lang) if shared.occurrence else ""
        ident = shared.assignment + (f" ({label})" if label else "")
        lines.append(translate("views.common_next", lang, date=_day(shared.due), id=ident))
    return lines


def sections(view: StatusView, lang: str) -> list[str]:
    """Section II: items carried out; section V: obligations done, overdue, gaps."""
    rows = []
    for row in view.sections:
        if row.tally is None:
            summary = translate("status.section_items", lang, used=row.used, items=row.items)
        else:
            summary = _done_of(row.tally)
            for name in ("overdue", "gap", "due-soon"):
                if row.tally.states.get(name):
                    summary += f" · {translate(f'state.{name}', lang)} {row.tally.states[name]}"
        rows.append([row.section, row.title, summary])
    header_ = [translate(k, lang) for k in ("col.section", "col.title", "col.summary")]
    return [translate("status.by_section", lang), *table(header_, rows)]


def targets(rows: Sequence[TargetView], lang: str) -> list[str]:
    """Targets against their latest measured values."""
    from cchc.render.figures import goal, latest, target_state

    header_ = [
        translate(k, lang) for k in ("col.target", "col.goal", "col.due", "col.latest", "col.state")
    ]
    body = [
        [row.text, goal(row, lang), _day(row.due), latest(row, lang), target_state(row, lang)]
        for row in rows
    ]
    return [translate("status.targets", lang), *table(header_, body)]


def groups(view: StatusView, lang: str) -> list[str]:
    """Duties led by a group of stated size: members done out of the size."""
    rows = [g for g in view.groups if g.stated]
    if not rows:
        return []
    header_ = [
        translate(k, lang) for k in ("col.assignment", "col.unit", "col.occurrence", "col.done")
    ]
    body = [
        [
            g.assignment,
            g.group.name,
            g.occurrence.label(lang) if g.occurrence else "",
            f"{g.done}/{g.size}",
        ]
        for g in rows
    ]
    return [translate("status.groups", lang), *table(header_, body)]


def activity(totals: Sequence[ActivityTotal], lang: str) -> list[str]:
    """Activity counted in the records in view, by name, with its counting word."""
    header_ = [translate("views.col.activity", lang), translate("views.col.total", lang)]
    body = [[t.name, f"{format_count(t.total, lang)} {t.measure}".rstrip()] for t in totals]
    return [translate("views.activity", lang), *table(header_, body)]


def obligations(
    items: Sequence[ObligationView], lang: str, title: str | None = None, show_unit: bool = True
) -> list[str]:
    """Obligations, one per line: assignment (and period), unit, due, state, text."""
    keys = ["col.assignment", "col.unit", "col.due", "col.state", "col.text"]
    if not show_unit:
        keys.remove("col.unit")
    body = []
    for item in items:
        row = [_duty(item, lang), item.unit.name, _day(item.due) or item.deadline]
        row += [_state(item, lang), " ".join(item.text.split())]
        if not show_unit:
            del row[1]
        body.append(row)
    lines = [title] if title else []
    return lines + table([translate(k, lang) for k in keys], body)


def records(items: Sequence[RecordView], lang: str, title: str) -> list[str]:
    """Progress records: date, assignment, state, counts by name, note."""
    header_ = [translate(k, lang) for k in ("col.date", "col.assignment", "col.state")]
    header_.append(translate("col.counts", lang) + " / " + translate("col.note", lang))
    body = []
    for record in items:
        counts = "; ".join(
            f"{c.name}: {format_count(c.value, lang)} {c.measure}".rstrip() for c in record.counts
        )
        detail = " — ".join(part for part in (counts, record.note or "") if part)
        state = translate(f"state.{record.state}", lang)
        body.append([_day(record.date), record.assignment, state, " ".join(detail.split())])
    return [title, *table(header_, body)]


def dashboard(view: StatusView, lang: str) -> str:
    """The whole dashboard, as text."""
    lines = [*header(view, lang), "", *overall(view.overall, lang), "", *units(view, lang), ""]
    lines += sections(view, lang)
    if view.targets:
        lines += ["", *targets(view.targets, lang)]
    if grouped := groups(view, lang):
        lines += ["", *grouped]
    if view.activity:
        lines += ["", *activity(view.activity, lang)]
    lines.append("")
    if view.overdue:
        shown = view.overdue[:TOP]
        lines += obligations(shown, lang, translate("status.most_overdue", lang))
        if len(shown) < len(view.overdue):
            more = translate("views.more", lang, count=len(view.overdue) - len(shown))
            lines.append("  " + more)
    else:
        lines.append(translate("status.none_overdue", lang))
    return "\n".join(lines)


def unit_view(view: StatusView, lang: str) -> str:
    """One unit (or group): its lead duties, the duties it coordinates, its activity."""
    lines = [*header(view, lang), ""]
    if view.focus is not None:
        lines.append(translate("status.unit_heading", lang, name=view.focus.name, id=view.focus.id))
    lines += [*overall(view.overall, lang), ""]
    several = len(view.units) > 1
    title = translate("status.lead_duties", lang)
    lines += obligations(view.obligations, lang, title, show_unit=several)
    if view.coordinated:
        header_ = [
            translate(k, lang)
            for k in ("col.assignment", "views.col.lead", "col.due", "col.state", "col.text")
        ]
        body = [
            [
                d.assignment,
                d.lead.name,
                _day(d.due) or d.deadline,
                translate(f"state.{d.state}", lang),
                " ".join(d.text.split()),
            ]
            for d in view.coordinated
        ]
        lines += ["", translate("status.coordinating", lang), *table(header_, body)]
    if view.activity:
        lines += ["", *activity(view.activity, lang)]
    lines.append("")
    if view.recent:
        lines += records(view.recent, lang, translate("status.recent", lang))
    else:
        lines.append(translate("status.no_records", lang))
    return "\n".join(lines)
