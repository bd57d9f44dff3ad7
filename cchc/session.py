"""Getting a plan to work on, in one place: locate the folder, read it, check it, fix the as-of
day. Every reading command starts here; anything that stops it is a PlanError."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc.errors import EXIT_PARTIAL, CchcError, UsageError
from cchc.loading import Checked, check_plan
from cchc.locate import find_plan
from cchc.messages import translate
from cchc.model import Plan
from cchc.partial import LeftOut, without_broken_files
from cchc.problems import Problem
from cchc.schedule import parse_date
from cchc.tracking import plan_as_of
from cchc.units import find, lookup_key


class PlanError(CchcError):
    """No plan to work on: the folder is not found (exit 2), the as-of day is not a day (2),
    or the plan has errors (exit 1; ``problems`` lists them)."""

    def __init__(
        self, message: str, exit_code: int = 2, problems: tuple[Problem, ...] = (), **args: Any
    ) -> None:
        super().__init__(message, **args)
        self.exit_code = exit_code
        self.problems = problems

    @classmethod
    def invalid(cls, checked: Checked) -> PlanError:
        """The plan has errors: exit 1, listing them."""
        return cls(
            "cli.plan_invalid", exit_code=1, problems=checked.problems, errors=checked.errors
        )


@dataclass(frozen=True)
class Session:
    """A valid plan, the language to speak and the day to evaluate on."""

    root: Path
    plan: Plan
    lang: str
    as_of: dt.date
    clamped: bool
    """True when the requested day was after the plan's period and its last day is used."""
    left_out: tuple[LeftOut, ...] = ()
    """Files with errors left out of a partial reading (see cchc.partial)."""


def open_plan(
    explicit: Path | None,
    environ: Mapping[str, str],
    cwd: Path,
    lang: str | None,
    as_of: str | None,
    today: dt.date,
    cache_folder: Path | None = None,
    partial: bool = False,
) -> Session:
    """Locate (``--plan``, $CCHC_PLAN, ``plan/`` here or above), read and check the plan, and
    fix the as-of day (``as_of`` as typed, else ``today`` moved into the plan's period).

    Raises PlanError; ``lang`` None means the plan's own language; ``cache_folder`` is where
    parsed files are cached (None: no cache). With ``partial``, files of assignments/ and
    progress/ that have errors are left out (``Session.left_out``) instead of stopping."""
    try:
        root = find_plan(explicit, environ, cwd)
    except UsageError as exc:
        raise PlanError(exc.message, **exc.args_) from None
    day = None
    if as_of is not None:
        day = parse_date(as_of)
        if day is None:
            raise PlanError("cli.bad_date", value=as_of)
    checked = check_plan(root, cache_folder=cache_folder)
    plan = checked.plan
    left_out: tuple[LeftOut, ...] = ()
    if plan is None:
        raise PlanError.invalid(checked)
    if checked.errors:
        reduced = without_broken_files(plan, checked.problems, root) if partial else None
        if reduced is None:
            raise PlanError.invalid(checked)
        plan, left_out = reduced
    clamped = False
    if day is None:
        day, clamped = plan_as_of(plan, today)
    return Session(root, plan, lang or plan.document.language, day, clamped, left_out)


def left_out_banner(session: Session, base: Path) -> str:
    """What a partial reading says on stderr: how many files were left out, then each file's
    first error (``path:line:col: error: ...``, paths relative to ``base``)."""
    from cchc.problems import format_text

    heading = translate("views.left_out", session.lang, count=len(session.left_out))
    problems = format_text([f.problem for f in session.left_out], session.lang, base)
    return f"{heading}\n{problems}"


def finish(session: Session, code: int) -> int:
    """A reading command's exit code: EXIT_PARTIAL when files were left out, else ``code``."""
    return EXIT_PARTIAL if session.left_out else code


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
    names = {lookup_key(n): u.id for u in units.values() for n in (u.id, u.name, *u.aliases)}
    close = difflib.get_close_matches(lookup_key(query), list(names), n=3, cutoff=0.4)
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
