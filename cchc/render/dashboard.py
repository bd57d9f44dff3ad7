"""The ``cchc status`` dashboard in the terminal."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from cchc.dashboard import Dashboard, Tally
from cchc.messages import translate
from cchc.model import Record
from cchc.render.indicators import groups_table, targets_table
from cchc.render.terminal import day, period, state
from cchc.tracking import Status
from cchc.units import unit_names


def header(board: Dashboard, lang: str) -> RenderableType:
    """The plan's identity and the as-of day (saying so when it was moved to the period end)."""
    doc = board.plan.document
    title = Text(f"{doc.type} {doc.display_number}: {doc.title}", style="bold")
    as_of = translate("status.as_of", lang, date=day(board.as_of))
    if board.clamped:
        as_of += f" ({translate('status.clamped', lang)})"
    return Group(title, Text(as_of, style="italic"))


def overall(tally: Tally, lang: str) -> RenderableType:
    """A progress bar with the share of obligations done and a count per state."""
    bar = Table.grid(padding=(0, 1))
    bar.add_row(
        Text(translate("status.overall", lang), style="bold"),
        ProgressBar(total=max(tally.dated, 1), completed=tally.done, width=30),
        translate(
            "status.done_of", lang, done=tally.done, total=tally.dated, percent=tally.percent
        ),
    )
    counts = Text()
    for name, count in tally.states.items():
        if counts:
            counts.append(" · ")
        counts.append_text(state(name, lang))
        counts.append(f" {count}")
    return Group(bar, counts)


def _next(status: Status | None) -> str:
    if status is None:
        return ""
    return f"{day(status.obligation.due)} {status.obligation.assignment.id}"


def units_table(board: Dashboard, lang: str) -> Table:
    """One row per lead unit: done/total, a bar, overdue, due soon, gaps, next deadline."""
    table = Table(title=translate("status.by_unit", lang), title_justify="left")
    table.add_column(translate("col.unit", lang), ratio=1)
    table.add_column(translate("col.done", lang), justify="right", no_wrap=True)
    table.add_column(translate("col.overdue", lang), justify="right")
    table.add_column(translate("col.due_soon", lang), justify="right")
    table.add_column(translate("col.gaps", lang), justify="right")
    table.add_column(translate("col.next_due", lang), no_wrap=True)
    for row in board.units:
        states = row.tally.states
        table.add_row(
            row.name,
            _done_of(row.tally),
            _count(states.get("overdue", 0), "bold red"),
            _count(states.get("due-soon", 0), "bold yellow"),
            _count(states.get("gap", 0), "magenta"),
            _next(row.next_due),
        )
    return table


def _done_of(tally: Tally) -> str:
    return f"{tally.done}/{tally.dated}" if tally.dated else "-"


def _count(value: int, style: str) -> Text:
    return Text(str(value), style=style if value else "dim")


def sections_table(board: Dashboard, lang: str) -> Table:
    """Section II: items carried out; section V: obligations done, overdue, gaps."""
    table = Table(title=translate("status.by_section", lang), title_justify="left")
    table.add_column(translate("col.section", lang))
    table.add_column(translate("col.title", lang), max_width=40)
    table.add_column(translate("col.summary", lang))
    for row in board.sections:
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


def statuses_table(
    statuses: tuple[Status, ...] | list[Status],
    names: dict[str, str],
    lang: str,
    title: str | None = None,
    show_unit: bool = True,
) -> Table:
    """Obligations with unit, period, due date, state and days late."""
    table = Table(title=title, title_justify="left")
    table.add_column(translate("col.assignment", lang))
    if show_unit:
        table.add_column(translate("col.unit", lang), max_width=32)
    table.add_column(translate("col.occurrence", lang))
    table.add_column(translate("col.due", lang))
    table.add_column(translate("col.state", lang))
    for status in statuses:
        ob = status.obligation
        label = state(status.state, lang)
        if status.days_late:
            label.append(f" ({translate('status.late_by', lang, days=status.days_late)})")
        if status.gaps:
            missing = ", ".join(p.label(lang) for p in status.gaps)
            label.append(f" ({translate('status.missing', lang, periods=missing)})")
        unit = [names.get(ob.unit, ob.unit)] if show_unit else []
        table.add_row(ob.assignment.id, *unit, period(ob.occurrence, lang), day(ob.due), label)
    return table


def records_table(records: list[Record], lang: str, title: str | None = None) -> Table:
    """Progress records: date, assignment, state, counts, note."""
    table = Table(title=title, title_justify="left")
    table.add_column(translate("col.date", lang))
    table.add_column(translate("col.assignment", lang))
    table.add_column(translate("col.state", lang))
    table.add_column(translate("col.counts", lang))
    table.add_column(translate("col.note", lang), max_width=40)
    for record in records:
        counts = ", ".join(f"{ref.id}: {n}" for ref, n in record.counts.items())
        table.add_row(
            day(record.date),
            record.assignment.id,
            translate(f"state.{record.state}", lang),
            counts,
            record.note or record.reason or "",
        )
    return table


def render(board: Dashboard, lang: str, out: Console) -> None:
    """The whole dashboard."""
    names = unit_names(board.plan)
    out.print(header(board, lang))
    out.print()
    out.print(overall(board.overall, lang))
    out.print()
    out.print(units_table(board, lang))
    out.print(sections_table(board, lang))
    if board.targets:
        out.print(targets_table(board, lang))
    groups = groups_table(board, lang)
    if groups is not None:
        out.print(groups)
    if board.most_overdue:
        out.print(
            statuses_table(board.most_overdue, names, lang, translate("status.most_overdue", lang))
        )
    else:
        out.print(translate("status.none_overdue", lang))


def render_unit(
    board: Dashboard,
    unit: str,
    coordinating: list[str],
    recent: list[Record],
    lang: str,
    out: Console,
) -> None:
    """One unit: its lead duties, the duties it coordinates, its recent activity."""
    names = unit_names(board.plan)
    out.print(header(board, lang))
    out.print()
    out.print(
        Text(
            translate("status.unit_heading", lang, name=names.get(unit, unit), id=unit),
            style="bold",
        )
    )
    mine = [s for s in board.statuses if s.obligation.unit == unit]
    out.print(overall(Tally.of(mine), lang))
    out.print(
        statuses_table(mine, names, lang, translate("status.lead_duties", lang), show_unit=False)
    )
    texts = {a.id: a.text for a in board.plan.assignments}
    table = Table(title=translate("status.coordinating", lang), title_justify="left")
    table.add_column(translate("col.assignment", lang))
    table.add_column(translate("col.text", lang), max_width=70)
    for ident in coordinating:
        table.add_row(ident, texts[ident])
    if coordinating:
        out.print(table)
    if recent:
        out.print(records_table(recent, lang, translate("status.recent", lang)))
    else:
        out.print(translate("status.no_records", lang))


def overdue_table(
    statuses: list[Status], names: dict[str, str], lang: str, title: str | None = None
) -> Table:
    """Overdue obligations: days late, due date, unit, assignment (and period), its text."""
    table = Table(title=title, title_justify="left")
    table.add_column(translate("col.days_late", lang), justify="right", style="bold red")
    table.add_column(translate("col.due", lang), no_wrap=True)
    table.add_column(translate("col.unit", lang), max_width=24)
    table.add_column(translate("col.assignment", lang), max_width=16)
    table.add_column(translate("col.text", lang), ratio=1)
    for status in statuses:
        ob = status.obligation
        occurrence = period(ob.occurrence, lang)
        label = ob.assignment.id + (f"\n{occurrence}" if occurrence else "")
        table.add_row(
            str(status.days_late),
            day(ob.due),
            names.get(ob.unit, ob.unit),
            label,
            ob.assignment.text,
        )
    return table
