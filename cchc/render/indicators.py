"""Targets and group progress in the ``cchc status`` dashboard: a table each."""

from __future__ import annotations

from decimal import Decimal

from rich.table import Table
from rich.text import Text

from cchc.dashboard import Dashboard
from cchc.indicators import TargetState, TargetStatus
from cchc.messages import translate
from cchc.render.terminal import day, period
from cchc.units import unit_names

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


def _goal(row: TargetStatus, lang: str) -> str:
    target = row.target
    value = number(target.target, lang) + ("%" if target.measure == "percent" else "")
    if target.measure == "rank":
        value = translate("target.rank_goal", lang, rank=value)
    return f"{value} ({target.index})" if target.index else value


def targets_table(board: Dashboard, lang: str) -> Table:
    """One row per target: what it is, the goal, the latest value and its day, the state."""
    table = Table(title=translate("status.targets", lang), title_justify="left")
    table.add_column(translate("col.target", lang), ratio=1)
    table.add_column(translate("col.goal", lang))
    table.add_column(translate("col.due", lang), no_wrap=True)
    table.add_column(translate("col.latest", lang))
    table.add_column(translate("col.state", lang))
    for row in board.targets:
        latest = ""
        if row.latest is not None:
            percent = "%" if row.target.measure == "percent" else ""
            latest = f"{number(row.latest.value, lang)}{percent} ({day(row.latest.day)})"
        label = Text(translate(_STATE_KEYS[row.state], lang), style=_STATE_STYLES[row.state])
        table.add_row(row.target.text, _goal(row, lang), day(row.due), latest, label)
    return table


def groups_table(board: Dashboard, lang: str) -> Table | None:
    """Duties led by a group of stated size: members done out of the size ("41/63")."""
    sized = {u.id for u in board.plan.units if u.size is not None}
    rows = [g for g in board.groups if g.group in sized]
    if not rows:
        return None
    names = unit_names(board.plan)
    table = Table(title=translate("status.groups", lang), title_justify="left")
    table.add_column(translate("col.assignment", lang))
    table.add_column(translate("col.unit", lang), ratio=1)
    table.add_column(translate("col.occurrence", lang))
    table.add_column(translate("col.done", lang), justify="right")
    for row in rows:
        table.add_row(
            row.assignment, names.get(row.group, row.group), period(row.occurrence, lang), row.label
        )
    return table
