"""Terminal views of the view-model (cchc.viewmodel): the dashboard, one unit, obligation tables.

Everything here reads plain view-model data; nothing looks up the plan. Tables fit 60 columns:
dates never wrap or cut, long texts are cut to one line with an ellipsis, and unit names turn
to their short names when the terminal is narrower than WIDE.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from cchc.messages import translate
from cchc.render import plain
from cchc.render.indicators import groups_table, targets_table
from cchc.render.terminal import day, fit, period, state
from cchc.render.terminal import table as new_table
from cchc.viewmodel import (
    ActivityTotal,
    CoordinatedDuty,
    ObligationView,
    RecordView,
    StatusView,
    Tally,
    UnitName,
)
from cchc.vntext import format_count

WIDE = 100
"""From this width on, units show their full names."""
TOP = 10
"""Rows of the "most overdue" table on the dashboard."""


def _name(unit: UnitName, wide: bool) -> str:
    return unit.name if wide else unit.short


def header(view: StatusView, lang: str) -> RenderableType:
    """The plan's identity and the as-of day (saying so when it was moved past the period)."""
    identity, title, as_of = plain.header(view, lang)
    return Group(Text(identity, style="bold"), Text(title), Text(as_of, style="italic"))


def overall(tally: Tally, lang: str, width: int) -> RenderableType:
    """The share of dated obligations done, a green bar, and a count per state."""
    done = translate(
        "status.done_of", lang, done=tally.done, total=tally.dated, percent=tally.percent
    )
    line = Text(translate("status.overall", lang) + ": ", style="bold")
    line.append(done, style="")
    bar = ProgressBar(
        total=max(tally.dated, 1),
        completed=tally.done,
        width=max(10, min(40, width)),
        complete_style="green",
        finished_style="green",
    )
    counts = Text()
    for name, count in tally.states.items():
        if counts:
            counts.append(" · ")
        counts.append_text(state(name, lang))
        counts.append(f" {count}")
    row = Table.grid()
    row.add_row(bar)
    return Group(line, row, counts)


def _done_of(tally: Tally) -> str:
    return f"{tally.done}/{tally.dated}" if tally.dated else "-"


def _count(value: int, style: str) -> Text:
    return Text(str(value), style=style if value else "dim")


def _next(item: ObligationView | None) -> str:
    return f"{day(item.due)} {item.assignment}" if item is not None else ""


def units_table(view: StatusView, lang: str, wide: bool) -> Table:
    """One row per lead unit: done/total, overdue, due soon, gaps, its next deadline; past
    plain.UNIT_ROWS units, the units most behind and how many more (the plain view's rule)."""
    rows, more = plain.unit_rows(view)
    table = new_table(translate("status.by_unit", lang))
    if more:
        table.caption = translate("views.more", lang, count=more)
        table.caption_justify = "left"
    table.add_column(translate("col.unit", lang), ratio=1, min_width=10)
    table.add_column(translate("col.done", lang), justify="right")
    for key in ("col.overdue", "col.due_soon", "col.gaps"):
        table.add_column(translate(key, lang), justify="right", max_width=6)
    table.add_column(translate("col.next_due", lang), min_width=10, max_width=10)
    for row in rows:
        states = row.tally.states
        table.add_row(
            _name(row.unit, wide),
            _done_of(row.tally),
            _count(states.get("overdue", 0), "bold red"),
            _count(states.get("due-soon", 0), "bold yellow"),
            _count(states.get("gap", 0), "magenta"),
            _next(row.next_due),
        )
    return table


def common_next(view: StatusView, lang: str) -> Text | None:
    """The next deadline every unit shares, said once under the units table."""
    item = view.common_next_due
    if item is None:
        return None
    label = period(item.occurrence, lang)
    return Text(
        translate(
            "views.common_next",
            lang,
            date=day(item.due),
            id=item.assignment + (f" ({label})" if label else ""),
        ),
        style="italic",
    )


def sections_table(view: StatusView, lang: str) -> Table:
    """Section II: items carried out; section V: obligations done, overdue, gaps."""
    table = new_table(translate("status.by_section", lang))
    table.add_column(translate("col.section", lang), no_wrap=True)
    table.add_column(translate("col.title", lang), ratio=3)
    table.add_column(translate("col.summary", lang), ratio=2)
    for row in view.sections:
        if row.tally is None:
            summary = Text(translate("status.section_items", lang, used=row.used, items=row.items))
        else:
            summary = Text(_done_of(row.tally))
            for name in ("overdue", "gap", "due-soon"):
                if row.tally.states.get(name):
                    summary.append(" · ")
                    summary.append_text(state(name, lang))
                    summary.append(f" {row.tally.states[name]}")
        table.add_row(row.section, row.title, summary)
    return table


def _state_label(item: ObligationView, lang: str) -> Text:
    label = state(item.state, lang)
    label.append(plain.state_detail(item, lang))
    return label


def _line(text: str) -> Text:
    """A long text cut to one line with an ellipsis (the column can still narrow)."""
    return Text(text, no_wrap=True, overflow="ellipsis")


def _ident(item: ObligationView) -> str:
    """V.3.1, or V.3.1/bao-cao for a part."""
    return item.assignment + (f"/{item.part}" if item.part else "")


def _id_and_period(item: ObligationView, lang: str) -> str:
    label = period(item.occurrence, lang)
    return _ident(item) + (f"\n{label}" if label else "")


def _due(item: ObligationView) -> str:
    return day(item.due) if item.due else item.deadline


def _stacked(first: Text, text: str | None) -> RenderableType:
    """A cell of two parts: ``first`` (wrapping), then ``text`` dimmed and cut to one line."""
    return (
        first
        if text is None
        else Group(first, Text(text, style="dim", no_wrap=True, overflow="ellipsis"))
    )


def obligations_table(
    items: Sequence[ObligationView],
    lang: str,
    title: str | None = None,
    show_unit: bool = True,
    wide: bool = True,
    show_text: bool = True,
) -> Table:
    """Obligations: assignment (and period), unit, due date, then the state with the text
    under it cut to one line: two or three lines a row at any width."""
    table = new_table(title)
    table.add_column(translate("col.assignment", lang), max_width=18)
    if show_unit:
        table.add_column(translate("col.unit", lang), ratio=1, min_width=10)
    table.add_column(translate("col.due", lang), min_width=10, max_width=14)
    table.add_column(translate("col.state", lang), ratio=2, min_width=12)
    for item in items:
        unit = [_name(item.unit, wide)] if show_unit else []
        cell = _stacked(_state_label(item, lang), item.text if show_text else None)
        table.add_row(_id_and_period(item, lang), *unit, _due(item), cell)
    return table


def overdue_table(
    items: Sequence[ObligationView],
    lang: str,
    title: str | None = None,
    wide: bool = True,
    limit: int | None = None,
) -> RenderableType:
    """Overdue obligations, two lines each: due date and days late, unit, assignment and
    period with its text under them cut to one line; with ``limit``, the first rows and
    "+N more"."""
    shown = items if limit is None else items[:limit]
    table = new_table(title)
    table.add_column(translate("col.due", lang), min_width=10, max_width=17)
    table.add_column(translate("col.unit", lang), ratio=2, min_width=10)
    table.add_column(translate("col.assignment", lang), ratio=3, min_width=12)
    for item in shown:
        due = Text(day(item.due))
        late = translate("status.late_by", lang, days=item.days_late)
        due.append(f"\n{late}", style="bold red")
        label = period(item.occurrence, lang)
        duty = Text(_ident(item) + (f" · {label}" if label else ""), style="bold")
        table.add_row(due, _name(item.unit, wide), _stacked(duty, item.text))
    if len(shown) == len(items):
        return table
    more = Text(translate("views.more", lang, count=len(items) - len(shown)), style="italic")
    return Group(table, more)


def activity_table(totals: Sequence[ActivityTotal], lang: str) -> Table:
    """Activity counted in the records in view, by name, with its counting word."""
    table = new_table(translate("views.activity", lang))
    table.add_column(translate("views.col.activity", lang), ratio=1)
    table.add_column(translate("views.col.total", lang), justify="right")
    for total in totals:
        figure = format_count(total.total, lang)
        table.add_row(total.name, f"{figure} {total.measure}".rstrip())
    return table


def coordinated_table(duties: Sequence[CoordinatedDuty], lang: str, wide: bool) -> Table:
    """Duties the unit helps with: lead, deadline, the lead's state with the text under it."""
    table = new_table(translate("status.coordinating", lang))
    table.add_column(translate("col.assignment", lang), no_wrap=True)
    table.add_column(translate("views.col.lead", lang), ratio=1, min_width=10)
    table.add_column(translate("col.due", lang), min_width=10, max_width=14)
    table.add_column(translate("col.state", lang), ratio=2, min_width=12)
    for duty in duties:
        due = day(duty.due) if duty.due else duty.deadline
        cell = _stacked(state(duty.state, lang), duty.text)
        table.add_row(duty.assignment, _name(duty.lead, wide), due, cell)
    return table


def _counts(record: RecordView, lang: str) -> str:
    return "; ".join(
        f"{c.name}: {format_count(c.value, lang)} {c.measure}".rstrip() for c in record.counts
    )


def records_table(records: Sequence[RecordView], lang: str, title: str | None = None) -> Table:
    """Progress records: date, assignment, state, then counts by name and the note."""
    table = new_table(title)
    table.add_column(translate("col.date", lang), no_wrap=True)
    table.add_column(translate("col.assignment", lang), no_wrap=True)
    table.add_column(translate("col.state", lang), min_width=7, max_width=16)
    table.add_column(translate("col.counts", lang) + " / " + translate("col.note", lang), ratio=1)
    for record in records:
        detail = Text(_counts(record, lang))
        if record.note:
            detail.append(("\n" if detail else "") + record.note, style="dim")
        table.add_row(day(record.date), record.assignment, state(record.state, lang), detail)
    return table


def render(view: StatusView, lang: str, out: Console) -> None:
    """The whole dashboard."""
    wide, width = out.width >= WIDE, fit(out)
    out.print(header(view, lang), width=width)
    out.print()
    out.print(overall(view.overall, lang, out.width), width=width)
    out.print()
    out.print(units_table(view, lang, wide), width=width)
    shared = common_next(view, lang)
    if shared is not None:
        out.print(shared, width=width)
    out.print()
    out.print(sections_table(view, lang), width=width)
    if view.targets:
        out.print(targets_table(view, lang), width=width)
    groups = groups_table(view, lang)
    if groups is not None:
        out.print(groups, width=width)
    if view.activity:
        out.print(activity_table(view.activity, lang), width=width)
    if view.overdue:
        title = translate("status.most_overdue", lang)
        out.print(overdue_table(view.overdue, lang, title, wide, TOP), width=width)
    else:
        out.print(translate("status.none_overdue", lang), width=width)


def render_unit(view: StatusView, lang: str, out: Console) -> None:
    """One unit (or group): its lead duties, the duties it coordinates, its activity."""
    wide, width = out.width >= WIDE, fit(out)
    out.print(header(view, lang), width=width)
    out.print()
    if view.focus is not None:
        heading = translate("status.unit_heading", lang, name=view.focus.name, id=view.focus.id)
        out.print(Text(heading, style="bold"), width=width)
    out.print(overall(view.overall, lang, out.width), width=width)
    out.print()
    several = len(view.units) > 1
    title = translate("status.lead_duties", lang)
    out.print(
        obligations_table(view.obligations, lang, title, show_unit=several, wide=wide), width=width
    )
    if view.coordinated:
        out.print(coordinated_table(view.coordinated, lang, wide), width=width)
    if view.activity:
        out.print(activity_table(view.activity, lang), width=width)
    if view.recent:
        out.print(records_table(view.recent, lang, translate("status.recent", lang)), width=width)
    else:
        out.print(translate("status.no_records", lang), width=width)
