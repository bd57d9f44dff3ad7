"""cchc status: where the plan stands, who is behind, what is due next."""

from __future__ import annotations

from collections.abc import Callable

from cchc.dashboard import build, recent_records
from cchc.session import Session
from cchc.tracking import assess
from cchc.units import responsible


def run(
    session: Session, unit: str | None, fmt: str, window: int, echo: Callable[[str], None]
) -> int:
    """Print the dashboard (or one unit's view, or JSON); always 0 on a valid plan."""
    plan = session.plan
    board = build(plan, assess(plan, session.as_of, window), session.as_of, session.clamped)
    if fmt == "json":
        from cchc.render.data import status_json

        echo(status_json(board))
        return 0
    from cchc.render import dashboard
    from cchc.render.terminal import console

    out = console()
    if unit is None:
        dashboard.render(board, session.lang, out)
        return 0
    units = {u.id: u for u in plan.units}
    coordinating = [
        a.id for a in plan.assignments if responsible(unit, [c.id for c in a.coordinators], units)
    ]
    recent = recent_records(plan, unit, session.as_of)
    dashboard.render_unit(board, unit, coordinating, recent, session.lang, out)
    return 0
