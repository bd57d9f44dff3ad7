"""cchc show ID: everything about one assignment."""

from __future__ import annotations

from pathlib import Path

from cchc.obligations import expand_plan
from cchc.session import Session
from cchc.tracking import assess


def run(session: Session, assignment_id: str, window: int, cwd: Path) -> int:
    """Print the assignment, each obligation's state and its progress records; 0."""
    from cchc.render.assignment import render
    from cchc.render.terminal import console

    plan = session.plan
    assignment = next(a for a in plan.assignments if a.id == assignment_id)
    obligations = [o for o in expand_plan(plan) if o.assignment.id == assignment_id]
    statuses = assess(plan, session.as_of, window, obligations)
    records = sorted(
        (r for r in plan.records if r.assignment.id == assignment_id),
        key=lambda r: (r.date, r.unit.id),
    )
    render(plan, assignment, statuses, records, session.lang, cwd, console())
    return 0
