"""Targets and group progress in the ``cchc status`` dashboard: a table each."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from cchc.indicators import TargetState
from cchc.messages import translate
from cchc.render.figures import goal, latest, target_state
from cchc.render.terminal import day, period
from cchc.render.terminal import table as new_table
from cchc.viewmodel import StatusView

_STATE_STYLES: dict[TargetState, str] = {
    "met": "green",
    "not-met": "cyan",
    "missed": "bold red",
    "not-measured": "dim",
}


def targets_table(view: StatusView, lang: str) -> Table:
    """One row per target: what it is, the goal, the latest value and its day, the state."""
    table = new_table(translate("status.targets", lang))
    table.add_column(translate("col.target", lang), ratio=3, min_width=12)
    table.add_column(translate("col.goal", lang))
    table.add_column(translate("col.due", lang), no_wrap=True)
    table.add_column(translate("col.latest", lang))
    table.add_column(translate("col.state", lang))
    for row in view.targets:
        label = Text(target_state(row, lang), style=_STATE_STYLES[row.state])
        table.add_row(row.text, goal(row, lang), day(row.due), latest(row, lang), label)
    return table


def groups_table(view: StatusView, lang: str) -> Table | None:
    """Duties led by a group of stated size: members done out of the size ("41/63")."""
    rows = [g for g in view.groups if g.stated]
    if not rows:
        return None
    table = new_table(translate("status.groups", lang))
    table.add_column(translate("col.assignment", lang), max_width=12)
    table.add_column(translate("col.unit", lang), ratio=2, min_width=10)
    table.add_column(translate("col.occurrence", lang), ratio=1, min_width=8)
    table.add_column(translate("col.done", lang), justify="right")
    for row in rows:
        table.add_row(
            row.assignment, row.group.name, period(row.occurrence, lang), f"{row.done}/{row.size}"
        )
    return table
