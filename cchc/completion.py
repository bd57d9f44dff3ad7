"""Shell completion of what ``cchc record`` and ``cchc lookup`` take: ids from the plan found as
cchc would find it. Completion must never break the shell, so every failure gives nothing."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cchc.vocab import RECORD_STATES


def candidates(kind: str, incomplete: str, environ: Mapping[str, str], cwd: Path) -> list[str]:
    """Completions of ``incomplete`` for ``kind`` (unit, assignment, state, period, count, form)."""
    if kind == "state":
        return [s for s in RECORD_STATES if s.startswith(incomplete)]
    if kind == "topic":
        from cchc.lookup import TOPICS

        return [t for t in TOPICS if t.startswith(incomplete)]
    try:
        from cchc.locate import find_plan
        from cchc.reader import read_plan

        plan = read_plan(find_plan(None, environ, cwd)).plan
    except Exception:  # completion must never break the shell
        return []
    if plan is None:
        return []
    if kind == "unit":
        ids = [u.id for u in plan.units]
    elif kind == "assignment":
        ids = [a.id for a in plan.assignments]
    elif kind == "count":
        ids = [f"{k.id}=" for k in plan.document.activity_kinds]
    elif kind == "form":
        ids = [i.id for i in (*plan.content, *plan.forms)]
    else:
        from cchc.lookup import period_codes

        ids = period_codes(plan)
    return [i for i in ids if i.lower().startswith(incomplete.lower())]
