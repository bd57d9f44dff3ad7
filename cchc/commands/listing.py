"""cchc list: obligations filtered by unit, section, state and due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cchc.messages import translate
from cchc.model import Unit
from cchc.session import Session
from cchc.tracking import Status, assess
from cchc.units import expand, unit_names


@dataclass(frozen=True)
class Filters:
    """What to keep; None keeps everything."""

    unit: str | None = None
    section: str | None = None
    state: str | None = None
    due_before: dt.date | None = None
    due_after: dt.date | None = None


def select(statuses: list[Status], filters: Filters, units: Mapping[str, Unit]) -> list[Status]:
    """The statuses that pass every filter. A unit filter on a group keeps its members."""
    wanted = {filters.unit, *expand(filters.unit, units)} if filters.unit else None
    kept = []
    for status in statuses:
        ob = status.obligation
        section = ob.assignment.section.id
        if wanted is not None and ob.unit not in wanted:
            continue
        if filters.section and not (
            section == filters.section or section.startswith(filters.section + ".")
        ):
            continue
        if filters.state and status.state != filters.state:
            continue
        if filters.due_before and (ob.due is None or ob.due >= filters.due_before):
            continue
        if filters.due_after and (ob.due is None or ob.due <= filters.due_after):
            continue
        kept.append(status)
    return kept


def run(
    session: Session, filters: Filters, fmt: str, window: int, echo: Callable[[str], None]
) -> int:
    """Print the matching obligations; always 0 on a valid plan."""
    plan = session.plan
    units = {u.id: u for u in plan.units}
    statuses = select(assess(plan, session.as_of, window), filters, units)
    names = unit_names(plan)
    if fmt in ("json", "csv"):
        from cchc.render.data import machine_readable

        echo(machine_readable(fmt, statuses, names, session.as_of.isoformat()))
    elif not statuses:
        echo(translate("list.none", session.lang))
    else:
        from cchc.render.dashboard import statuses_table
        from cchc.render.terminal import console

        console().print(statuses_table(statuses, names, session.lang))
    return 0
