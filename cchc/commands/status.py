"""cchc status: where the plan stands, who is behind, what is due next."""

from __future__ import annotations

from collections.abc import Callable

from cchc.dashboard import build
from cchc.selection import make
from cchc.session import Session, finish
from cchc.tracking import assess


def run(
    session: Session,
    unit: str | None,
    fmt: str,
    window: int,
    echo: Callable[[str], None],
    pretty: bool = False,
) -> int:
    """Print the dashboard (or one unit's or group's view, or JSON); 0 on a valid plan."""
    plan = session.plan
    selection = make(plan, unit=unit)
    statuses = assess(plan, session.as_of, window)
    view = build(plan, statuses, session.as_of, session.clamped, selection, focus=unit)
    if fmt == "json":
        from cchc.render.data import status_json

        echo(status_json(view, selection, pretty))
        return finish(session, 0)
    from cchc.streams import is_terminal

    if not is_terminal():
        from cchc.render import plain

        echo(
            plain.dashboard(view, session.lang)
            if unit is None
            else plain.unit_view(view, session.lang)
        )
        return finish(session, 0)
    from cchc.render import dashboard
    from cchc.render.terminal import console

    if unit is None:
        dashboard.render(view, session.lang, console())
    else:
        dashboard.render_unit(view, session.lang, console())
    return finish(session, 0)
