"""cchc list: obligations filtered by unit, section, state and due date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cchc.dashboard import obligation_view
from cchc.export import deliver
from cchc.messages import translate
from cchc.selection import Selection, select
from cchc.session import Session, finish
from cchc.streams import is_terminal
from cchc.tracking import assess


def run(
    session: Session,
    selection: Selection,
    fmt: str,
    window: int,
    echo: Callable[[str], None],
    pretty: bool = False,
    output: Path | None = None,
) -> int:
    """Print the obligations ``selection`` keeps; always 0 on a valid plan."""
    plan = session.plan
    units = {u.id: u for u in plan.units}
    items = [
        obligation_view(s, units) for s in select(assess(plan, session.as_of, window), selection)
    ]
    if deliver(items, fmt, output, session.as_of.isoformat(), session.lang, echo, pretty):
        return finish(session, 0)
    if not items:
        echo(translate("list.none", session.lang))
    elif not is_terminal():
        from cchc.render.plain import obligations

        echo("\n".join(obligations(items, session.lang)))
    else:
        from cchc.render.dashboard import WIDE, obligations_table
        from cchc.render.terminal import console, fit

        out = console()
        out.print(obligations_table(items, session.lang, wide=out.width >= WIDE), width=fit(out))
    return finish(session, 0)
