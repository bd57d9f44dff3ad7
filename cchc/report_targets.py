"""Targets and indicators in a report, as ``cchc status`` sees them (cchc.indicators)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from cchc.docparts import Target
from cchc.indicators import target_status
from cchc.messages import translate
from cchc.model import Plan, Record
from cchc.report_text import shorten, vn_decimal


@dataclass(frozen=True, slots=True)
class TargetRow:
    """A target or indicator: what the plan set, the latest value measured, met or not."""

    number: int
    id: str
    text: str
    target: str
    measured: str
    assessment: str


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
