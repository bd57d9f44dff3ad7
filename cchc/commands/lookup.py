"""cchc lookup: the ids one types (units, duties, activity kinds, periods, items), with names."""

from __future__ import annotations

import json
from collections.abc import Callable

from cchc.errors import UsageError
from cchc.lookup import TOPICS, rows, topic
from cchc.session import Session


def run(
    session: Session, what: str, unit: str | None, fmt: str, echo: Callable[[str], None]
) -> int:
    """Print the rows of topic ``what``: one per line (id, name, details), or JSON."""
    chosen = topic(what)
    if chosen is None:
        raise UsageError("lookup.bad_topic", value=what, choices=", ".join(TOPICS))
    found = rows(session.plan, chosen, session.lang, unit)
    if fmt == "json":
        items = [{"id": r.id, "text": r.text, "detail": r.detail} for r in found]
        echo(
            json.dumps(
                {"schema": "cchc.lookup/1", "version": 1, "topic": chosen, "items": items},
                ensure_ascii=False,
            )
        )
        return 0
    width = max((len(r.id) for r in found), default=0)
    for r in found:
        echo(f"{r.id:<{width}}  {r.text}" + (f"\n{'':<{width}}    {r.detail}" if r.detail else ""))
    return 0
