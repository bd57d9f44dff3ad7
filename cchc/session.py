"""What every reading command starts from: a valid plan, the as-of day, units found by name."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path

from cchc.errors import CchcError, UsageError
from cchc.loading import Checked, check_plan
from cchc.model import Plan
from cchc.problems import Problem
from cchc.schedule import parse_date
from cchc.tracking import plan_as_of
from cchc.units import find
from cchc.vntext import fold


class PlanInvalid(CchcError):
    """The plan has errors: commands other than validate refuse to guess around them."""

    exit_code = 1

    def __init__(self, checked: Checked) -> None:
        super().__init__("cli.plan_invalid", errors=checked.errors)
        self.problems: tuple[Problem, ...] = checked.problems


@dataclass(frozen=True)
class Session:
    """A valid plan, the language to speak and the day to evaluate on."""

    root: Path
    plan: Plan
    lang: str
    as_of: dt.date
    clamped: bool
    """True when the requested day was after the plan's period and its last day is used."""


def open_plan(
    root: Path,
    lang: str | None,
    as_of: str | None,
    today: dt.date,
    cache_folder: Path | None = None,
) -> Session:
    """Read and check the plan; raise PlanInvalid if it has errors, UsageError for bad input."""
    checked = check_plan(root, cache_folder=cache_folder)
    if checked.plan is None or checked.errors:
        raise PlanInvalid(checked)
    plan = checked.plan
    if as_of is None:
        day, clamped = plan_as_of(plan, today)
    else:
        parsed = parse_date(as_of)
        if parsed is None:
            raise UsageError("cli.bad_date", value=as_of)
        day, clamped = parsed, False
    return Session(root, plan, lang or plan.document.language, day, clamped)


def resolve_unit(query: str, plan: Plan) -> str:
    """The id of the unit or group ``query`` names (id, name, short name or alias, with or
    without diacritics). Ambiguous names prefer the one unit that has duties in the plan."""
    units = {u.id: u for u in plan.units}
    if query in units:
        return query
    matches = find(query, units)
    if len(matches) > 1:
        involved = {a.lead.id for a in plan.assignments}
        involved |= {c.id for a in plan.assignments for c in a.coordinators}
        involved |= {r.unit.id for r in plan.records}
        with_duties = [u for u in matches if u.id in involved]
        matches = with_duties if len(with_duties) == 1 else matches
    if len(matches) == 1:
        return matches[0].id
    if matches:
        raise UsageError(
            "cli.ambiguous_unit", value=query, matches=", ".join(u.id for u in matches[:8])
        )
    names = {fold(n): u.id for u in units.values() for n in (u.id, u.name, *u.aliases)}
    close = difflib.get_close_matches(fold(query), list(names), n=3, cutoff=0.4)
    suggestions = ", ".join(dict.fromkeys(names[c] for c in close)) or ", ".join(list(units)[:5])
    raise UsageError("cli.unknown_unit", value=query, suggestions=suggestions)


def resolve_assignment(query: str, plan: Plan) -> str:
    """The id of the assignment ``query`` names, case-insensitively."""
    ids = {a.id.lower(): a.id for a in plan.assignments}
    if query.lower() in ids:
        return ids[query.lower()]
    close = difflib.get_close_matches(query.lower(), list(ids), n=3, cutoff=0.5)
    raise UsageError(
        "cli.unknown_assignment", value=query, suggestions=", ".join(ids[c] for c in close) or "-"
    )
