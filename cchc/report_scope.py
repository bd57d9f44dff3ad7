"""Whose report, to whom, for which period: the reporting flow a report travels along.

The consolidated report is the plan issuer's, to the body above it; a unit's own report goes
along the plan's reporting flow (to its recipient, through ``via``) and only for the periods the
flow reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc.errors import UsageError
from cchc.model import Plan, Unit
from cchc.report_header import abbreviation
from cchc.schedule import Period

_NEXT = {"Q1": "Q2", "Q2": "Q3", "Q3": "Q4", "H1": "H2", "9M": "Q4"}


@dataclass(frozen=True, slots=True)
class Scope:
    """The reporting unit and its flow."""

    unit: Unit
    consolidated: bool
    """The plan issuer's report on the whole plan (every unit's obligations)."""
    recipients: tuple[str, ...]
    """The "Kính gửi" lines."""
    copies: tuple[str, ...]
    """The "Nơi nhận" lines, "- Như trên;" first and "- Lưu: VT, ..." last."""
    convention: str
    report_year: int

    def covers(self, unit: str) -> bool:
        """Whether obligations and records of ``unit`` belong in this report."""
        return self.consolidated or unit == self.unit.id


def next_period(period: Period) -> Period:
    """The period after the report's: quý II after quý I, 6 tháng cuối năm after 6 tháng đầu
    năm, quý IV after 9 tháng, the next year after the year and quý IV."""
    kind = _NEXT.get(period.kind)
    if kind is None:
        return Period(period.year + 1, "Q1" if period.kind == "Q4" else "Y")
    return Period(period.year, kind)


def resolve_scope(plan: Plan, period: Period, unit_id: str | None) -> Scope:
    """The scope of a report by ``unit_id`` (None: the issuer's) for ``period``."""
    doc = plan.document
    units = {u.id: u for u in plan.units}
    start, end = period.bounds("calendar")
    if end < doc.start or start > doc.end:
        raise UsageError(
            "report.period_outside",
            period=period.label("vi"),
            start=doc.start.isoformat(),
            end=doc.end.isoformat(),
        )
    reporting = doc.reporting
    issuer = units[doc.issuer.unit.id]
    if unit_id is None or unit_id == issuer.id:
        parent = units.get(doc.issuer.parent.id) if doc.issuer.parent else None
        to = (parent.name,) if parent is not None else ("[...]",)
        drafter = units.get(reporting.via.id) if reporting.via else None
        abbr = abbreviation(drafter or issuer, plan)
        copies = ("- Như trên;", f"- Lưu: VT, {abbr}.")
        return Scope(issuer, True, to, copies, reporting.convention, period.year)
    unit = units[unit_id]
    if period.kind not in reporting.periods:
        raise UsageError(
            "report.period_not_reported",
            period=period.label("vi"),
            periods=", ".join(reporting.periods),
        )
    recipient = units[reporting.recipient.id]
    via = units.get(reporting.via.id) if reporting.via else None
    via = None if via is not None and via.id == unit.id else via
    line = recipient.name + (f" (qua {via.name})" if via is not None else "")
    copies = ("- Như trên;", f"- Lưu: VT, {abbreviation(unit, plan)}.")
    return Scope(unit, False, (line,), copies, reporting.convention, period.year)
