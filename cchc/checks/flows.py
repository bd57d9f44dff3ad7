"""flow: reporting flows are well formed and every report names one that exists.

Each flow of ``reporting.flows`` has its own id, reports on at least one period, and goes to a
single unit (a group cannot receive a report). An assignment's ``flow`` names one of them,
whose ``from`` includes the assignment's lead (a warning otherwise); "theo kỳ báo cáo"
without ``flow`` needs a plan with exactly one flow.

Passes::

    reporting:
      flows:
        - {id: xa-huyen, from: cac-xa, to: ubnd-huyen, periods: [Q1, H1, 9M, Y]}

Fails::

    reporting:
      flows:
        - {id: xa-huyen, from: cac-xa, to: cac-phong, periods: []}   # a group; no period
    assignments:
      - {id: V.1.5, flow: xa-huyn, ...}                              # no such flow
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.obligations import Duty
from cchc.problems import Problem
from cchc.schema import suggest
from cchc.units import expand

ID = "flow"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report repeated flow ids, flows to a group or with no period, and unknown flows."""
    reporting = index.plan.document.reporting
    seen: set[str] = set()
    for flow in reporting.flows:
        if flow.id in seen:
            yield Problem.at(flow.at, ID, "flow.twice", "hint.flow_twice", flow=flow.id)
        seen.add(flow.id)
        if not flow.periods:
            yield Problem.at(flow.at, ID, "flow.no_periods", "hint.flow_periods", flow=flow.id)
        receiver = index.units.get(flow.to.id)
        if receiver is not None and receiver.is_group:
            yield Problem.at(
                flow.to.at, ID, "flow.to_group", "hint.flow_to_group", flow=flow.id, unit=flow.to.id
            )
    for assignment in index.plan.assignments:
        duties: tuple[Duty, ...] = (assignment, *assignment.parts)
        for duty in duties:
            yield from _named(duty, assignment.id, seen, index)


def _named(duty: Duty, ident: str, seen: set[str], index: PlanIndex) -> Iterator[Problem]:
    """The flow a duty names exists; "theo kỳ báo cáo" without one needs exactly one flow."""
    reporting = index.plan.document.reporting
    ref = duty.flow
    if ref is not None and ref.id not in seen and ref.id not in index.broken_ids:
        guess = suggest(ref.id, sorted(seen))
        yield Problem.at(
            ref.at,
            ID,
            "flow.unknown",
            "hint.did_you_mean" if guess else "hint.flow_known",
            flow=ref.id,
            suggestion=guess,
            key=ref.id,
            known=", ".join(sorted(seen)) or "-",
        )
    flow = reporting.flow(ref.id) if ref is not None else None
    if ref is not None and flow is not None and ident in index.assignments:
        lead = index.assignments[ident].lead.id
        senders = {flow.sender.id, *expand(flow.sender.id, index.units)}
        if not set(expand(lead, index.units)) <= senders and lead not in senders:
            yield Problem.at(
                ref.at,
                ID,
                "flow.not_sender",
                "hint.flow_not_sender",
                severity="warning",
                assignment=ident,
                flow=flow.id,
                unit=lead,
                sender=flow.sender.id,
            )
    if ref is None and duty.deadline.follows_reporting and len(reporting.flows) != 1:
        yield Problem.at(
            duty.at,
            ID,
            "flow.which",
            "hint.flow_known",
            assignment=ident,
            known=", ".join(sorted(seen)) or "-",
        )
