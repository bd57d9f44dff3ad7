"""cchc show ID: everything about one assignment."""

from __future__ import annotations

from pathlib import Path

from cchc.dashboard import obligation_view
from cchc.obligations import expand_plan
from cchc.selection import Selection, select
from cchc.session import Session, finish
from cchc.tracking import assess


def run(session: Session, assignment_id: str, window: int, cwd: Path) -> int:
    """Print the assignment, each obligation's state and its progress records; 0."""
    from cchc.render.assignment import render
    from cchc.render.terminal import console

    plan = session.plan
    units = {u.id: u for u in plan.units}
    assignment = next(a for a in plan.assignments if a.id == assignment_id)
    mine = [o for o in expand_plan(plan) if o.assignment.id == assignment_id]
    statuses = assess(plan, session.as_of, window, mine)
    kept = select(statuses, Selection(assignment=assignment_id))
    records = sorted(
        (r for r in plan.records if r.assignment.id == assignment_id),
        key=lambda r: (r.date, r.unit.id),
    )
    items = [obligation_view(s, units) for s in kept]
    render(plan, assignment, items, records, session.lang, cwd, console())
    return finish(session, 0)
