"""Whose report, to whom, for which period: the reporting flow a report travels along.

The consolidated report is the plan issuer's, along the flow it sends (to the body above it;
when the plan writes no such flow, to the issuer's parent). A unit's own report goes along the
flow its unit sends in (to its ``to``, through its ``via``), and only for the periods the flow
reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cchc.errors import UsageError
from cchc.model import Flow, Plan, Unit
from cchc.report_header import abbreviation
from cchc.schedule import Period
from cchc.units import expand
from cchc.vntext import format_running_date

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
    flow: str | None
    """The id of the flow the report travels along, if the plan writes one."""

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


def sent_by(plan: Plan, unit: str, units: Mapping[str, Unit], consolidated: bool) -> Flow | None:
    """The flow ``unit`` reports in, whose receiver is another unit.

    The issuer's consolidated report goes along a flow it sends itself. A unit's own report goes
    along the first flow whose sender is it or a group holding it; in the old one-flow shape
    every unit with duties reports in the one flow (its ``from`` is only nominally the owner).
    """
    reporting = plan.document.reporting
    for flow in reporting.flows:
        if flow.to.id == unit:
            continue
        if consolidated:
            if not reporting.legacy and flow.sender.id == unit:
                return flow
        elif reporting.legacy or unit in (flow.sender.id, *expand(flow.sender.id, units)):
            return flow
    return None


def _addressee(flow: Flow, unit: Unit, units: Mapping[str, Unit]) -> str:
    to = units[flow.to.id]
    via = units.get(flow.via.id) if flow.via else None
    return to.name + (f" (qua {via.name})" if via is not None and via.id != unit.id else "")


def resolve_scope(plan: Plan, period: Period, unit_id: str | None) -> Scope:
    """The scope of a report by ``unit_id`` (None: the issuer's) for ``period``."""
    doc = plan.document
    units = {u.id: u for u in plan.units}
    issuer = units[doc.issuer.unit.id]
    unit = units[unit_id] if unit_id is not None else issuer
    consolidated = unit.id == issuer.id
    flow = sent_by(plan, unit.id, units, consolidated)
    if flow is not None and period.kind not in flow.periods:
        raise UsageError(
            "report.period_not_reported",
            period=period.label("vi"),
            periods=", ".join(flow.periods),
        )
    if flow is not None:
        recipients = (_addressee(flow, unit, units),)
        convention: str = flow.convention
    else:
        above = doc.issuer.parent.id if consolidated and doc.issuer.parent else issuer.id
        recipients = (units[above].name,) if above in units and above != unit.id else ("[...]",)
        convention = doc.reporting.convention
    if not doc.in_force.owns(period, convention):  # the one membership rule of the plan
        raise UsageError(
            "report.period_outside",
            period=period.label("vi"),
            start=format_running_date(doc.in_force.start),
            end=format_running_date(doc.end),
        )
    keeper = unit
    if consolidated:  # the unit the others report through compiles the issuer's report
        inbound = [f for f in doc.reporting.flows if f.to.id == issuer.id and f.via is not None]
        keeper = units.get(inbound[0].via.id, issuer) if inbound and inbound[0].via else issuer
    copies = ("- Như trên;", f"- Lưu: VT, {abbreviation(keeper, plan)}.")
    return Scope(
        unit, consolidated, recipients, copies, convention, period.year, flow.id if flow else None
    )
