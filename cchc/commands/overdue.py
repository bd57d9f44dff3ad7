"""cchc overdue: obligations past their due date, most days late first."""

from __future__ import annotations

from collections.abc import Callable

from cchc.errors import EXIT_OVERDUE
from cchc.messages import translate
from cchc.session import Session
from cchc.tracking import assess
from cchc.units import unit_names
from cchc.vntext import format_date


def run(
    session: Session,
    unit: str | None,
    fmt: str,
    fail: bool,
    window: int,
    echo: Callable[[str], None],
) -> int:
    """Print overdue obligations; EXIT_OVERDUE with ``fail`` when there are any, else 0."""
    plan = session.plan
    statuses = [
        s
        for s in assess(plan, session.as_of, window)
        if s.state == "overdue" and (unit is None or s.obligation.unit == unit)
    ]
    statuses.sort(key=lambda s: (-(s.days_late or 0), s.obligation.key))
    names = unit_names(plan)
    if fmt in ("json", "csv"):
        from cchc.render.data import machine_readable

        echo(machine_readable(fmt, statuses, names, session.as_of.isoformat()))
    elif not statuses:
        echo(translate("overdue.none", session.lang, date=format_date(session.as_of)))
    else:
        from cchc.render.dashboard import overdue_table
        from cchc.render.terminal import console

        title = translate("status.as_of", session.lang, date=format_date(session.as_of))
        console().print(overdue_table(statuses, names, session.lang, title))
    return EXIT_OVERDUE if fail and statuses else 0
