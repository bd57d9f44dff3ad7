"""Targets and group progress in the ``cchc status`` dashboard: a table each."""

from __future__ import annotations

from decimal import Decimal

from rich.table import Table
from rich.text import Text

from cchc.indicators import TargetState
from cchc.messages import translate
from cchc.render.terminal import day, period
from cchc.render.terminal import table as new_table
from cchc.viewmodel import StatusView, TargetView

_STATE_KEYS: dict[TargetState, str] = {
    "met": "target.state.met",
    "not-met": "target.state.not_met",
    "missed": "target.state.missed",
    "not-measured": "target.state.not_measured",
}
_STATE_STYLES: dict[TargetState, str] = {
    "met": "green",
    "not-met": "cyan",
    "missed": "bold red",
    "not-measured": "dim",
}


def number(value: Decimal, lang: str) -> str:
    """1.500 and 82,5 in Vietnamese; 1,500 and 82.5 in English."""
    whole, _, fraction = f"{value:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = [digits[max(i - 3, 0) : i] for i in range(len(digits), 0, -3)][::-1]
    thousands, decimal = (".", ",") if lang == "vi" else (",", ".")
    text = sign + thousands.join(groups)
    return f"{text}{decimal}{fraction}" if fraction else text


def _goal(row: TargetView, lang: str) -> str:
    value = number(row.goal, lang) + ("%" if row.measure == "percent" else "")
    if row.measure == "rank":
        value = translate("target.rank_goal", lang, rank=value)
    return f"{value} ({row.index})" if row.index else value


def targets_table(view: StatusView, lang: str) -> Table:
    """One row per target: what it is, the goal, the latest value and its day, the state."""
    table = new_table(translate("status.targets", lang))
    table.add_column(translate("col.target", lang), ratio=3, min_width=12)
    table.add_column(translate("col.goal", lang))
    table.add_column(translate("col.due", lang), no_wrap=True)
    table.add_column(translate("col.latest", lang))
    table.add_column(translate("col.state", lang))
    for row in view.targets:
        latest = ""
        if row.value is not None:
            percent = "%" if row.measure == "percent" else ""
            latest = f"{number(row.value, lang)}{percent} ({day(row.measured_on)})"
        label = Text(translate(_STATE_KEYS[row.state], lang), style=_STATE_STYLES[row.state])
        table.add_row(row.text, _goal(row, lang), day(row.due), latest, label)
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
