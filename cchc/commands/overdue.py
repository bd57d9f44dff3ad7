"""cchc overdue: obligations past their due date, most days late first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cchc.dashboard import overdue_views
from cchc.errors import EXIT_OVERDUE
from cchc.export import deliver
from cchc.messages import translate
from cchc.selection import make
from cchc.session import Session, finish
from cchc.streams import is_terminal
from cchc.tracking import assess
from cchc.vntext import format_date


def run(
    session: Session,
    unit: str | None,
    fmt: str,
    fail: bool,
    window: int,
    echo: Callable[[str], None],
    pretty: bool = False,
    output: Path | None = None,
) -> int:
    """Print overdue obligations (of ``unit``'s members when it is a group); EXIT_OVERDUE
    with ``fail`` when there are any, else 0."""
    plan = session.plan
    selection = make(plan, unit=unit, states=("overdue",))
    items = overdue_views(plan, assess(plan, session.as_of, window), selection)
    code = EXIT_OVERDUE if fail and items else 0
    if deliver(items, fmt, output, session.as_of.isoformat(), session.lang, echo, pretty):
        return finish(session, code)
    if not items:
        echo(translate("overdue.none", session.lang, date=format_date(session.as_of)))
    elif not is_terminal():
        from cchc.render.plain import obligations

        title = translate("status.as_of", session.lang, date=format_date(session.as_of))
        echo("\n".join(obligations(items, session.lang, title)))
    else:
        from cchc.render.dashboard import WIDE, overdue_table
        from cchc.render.terminal import console, fit

        out = console()
        title = translate("status.as_of", session.lang, date=format_date(session.as_of))
        out.print(overdue_table(items, session.lang, title, out.width >= WIDE), width=fit(out))
    return finish(session, code)
