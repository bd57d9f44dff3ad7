"""Figures of targets as both terminal views print them: numbers, goals, latest values, states.

Free of Rich, so the plain-text views (cchc.render.plain) use it without importing Rich.
"""

from __future__ import annotations

from cchc.indicators import TargetState
from cchc.messages import translate
from cchc.viewmodel import TargetView
from cchc.vntext import format_date
from cchc.vntext import format_decimal as number

STATE_KEYS: dict[TargetState, str] = {
    "met": "target.state.met",
    "not-met": "target.state.not_met",
    "missed": "target.state.missed",
    "not-measured": "target.state.not_measured",
}


def goal(row: TargetView, lang: str) -> str:
    """The target's goal: "100%", "hạng 10 (PAR INDEX)"."""
    value = number(row.goal, lang) + ("%" if row.measure == "percent" else "")
    if row.measure == "rank":
        value = translate("target.rank_goal", lang, rank=value)
    return f"{value} ({row.index})" if row.index else value


def latest(row: TargetView, lang: str) -> str:
    """The latest measured value and its day, or an empty string."""
    if row.value is None:
        return ""
    percent = "%" if row.measure == "percent" else ""
    day = format_date(row.measured_on) if row.measured_on else ""
    return f"{number(row.value, lang)}{percent} ({day})"


def target_state(row: TargetView, lang: str) -> str:
    """Met, not met yet, missed, not measured: in ``lang``."""
    return translate(STATE_KEYS[row.state], lang)
