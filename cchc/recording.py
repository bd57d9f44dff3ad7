"""What ``cchc record`` needs to know about a plan: names people type, a unit's duties, the open
occurrences of a recurring duty, and the progress file a record goes to.

Pure functions of a plan (and a day); nothing here prints, prompts or writes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cchc.errors import UsageError
from cchc.model import Assignment, Plan
from cchc.schedule import PERIOD_KINDS, Period, parse_date, parse_period
from cchc.units import expand
from cchc.vntext import fold
from cchc.vocab import FINISHED, RECORD_STATES

SCHEMA_FILE = "schemas/progress.schema.json"
"""Where the JSON schema of progress files lives, relative to the project (see cchc schema)."""

# The words a clerk may type for a record state, folded (no diacritics, lower case).
STATE_WORDS: dict[str, tuple[str, ...]] = {
    "done": ("done", "hoan thanh", "da hoan thanh", "xong", "da xong"),
    "in-progress": ("in progress", "dang thuc hien", "dang lam", "dang trien khai"),
    "not-started": ("not started", "chua bat dau", "chua thuc hien", "chua trien khai"),
    "cancelled": ("cancelled", "canceled", "huy", "da huy", "huy bo", "khong thuc hien"),
}
_TODAY = ("hom nay", "today", "nay")
_THOUSANDS = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+$")


def resolve_state(text: str) -> str:
    """The record state ``text`` names: an id or its Vietnamese words, with or without marks."""
    folded = fold(text.replace("-", " ").replace("_", " "))
    for state, words in STATE_WORDS.items():
        if folded in words:
            return state
    raise UsageError("record.bad_state", value=text, choices=", ".join(RECORD_STATES))


_SHORT_DATE = re.compile(r"^([0-9]{1,2})\s*/\s*([0-9]{1,2})(?:\s*/\s*([0-9]{2}))?$")


def resolve_date(text: str, today: dt.date, year: int | None = None) -> dt.date:
    """A day typed as 20/3/2021, 2021-03-20, "hôm nay", 20/3/21 or 20/3 (in ``year``, else
    this year)."""
    if fold(text) in _TODAY:
        return today
    day = parse_date(text)
    short = _SHORT_DATE.match(text.strip())
    if day is None and short:
        century = short.group(3)
        full = 2000 + int(century) if century else (year or today.year)
        day = parse_date(f"{short.group(1)}/{short.group(2)}/{full}")
    if day is None:
        raise UsageError("record.bad_date", value=text)
    return day


def _names(*texts: str) -> list[str]:
    return [fold(t.replace("-", " ")) for t in texts if t]


def resolve_kind(text: str, plan: Plan) -> str:
    """The activity kind ``text`` names: its id, its name, or a part of it, unmarked."""
    kinds = plan.document.activity_kinds
    wanted = fold(text.replace("-", " "))
    exact = [k.id for k in kinds if wanted in _names(k.id, k.name)]
    partial = [k.id for k in kinds if any(wanted in n for n in _names(k.id, k.name))]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if found:
        raise UsageError("record.ambiguous_kind", value=text, matches=", ".join(found))
    raise UsageError(
        "record.unknown_kind", value=text, choices=", ".join(k.id for k in kinds) or "-"
    )


def parse_count(text: str, plan: Plan) -> tuple[str, str]:
    """ "tin bai web=4" -> ("tin-bai-web", "4"). "1.500" is read as 1500 (Vietnamese thousands)."""
    name, sep, number = text.rpartition("=")
    number = number.strip()
    if not sep or not name.strip():
        raise UsageError("record.bad_count", value=text)
    if _THOUSANDS.match(number):
        number = number.replace(".", "")
    if not (number.isascii() and number.isdigit() and len(number) <= 20):  # not "８５", "²"
        raise UsageError("record.bad_count_number", value=number, name=name.strip())
    return resolve_kind(name.strip(), plan), str(int(number))


def resolve_form(text: str, plan: Plan) -> str:
    """A content or form item of section II by id, case-insensitively."""
    ids = {i.id.lower(): i.id for i in (*plan.content, *plan.forms)}
    found = ids.get(text.strip().lower())
    if found is None:
        raise UsageError("record.unknown_form", value=text)
    return found


def involves(assignment: Assignment, unit_id: str, plan: Plan) -> bool:
    """Whether ``unit_id`` leads (or co-leads) or coordinates ``assignment``."""
    units = {u.id: u for u in plan.units}
    refs = [assignment.lead, *getattr(assignment, "co_leads", ()), *assignment.coordinators]
    return any(unit_id in expand(ref.id, units) for ref in refs)


def unit_duties(plan: Plan, unit_id: str) -> list[Assignment]:
    """The assignments ``unit_id`` leads or coordinates, in plan order."""
    return [a for a in plan.assignments if involves(a, unit_id, plan)]


def resolve_duties(query: str, plan: Plan, unit_id: str | None) -> list[Assignment]:
    """Assignments ``query`` names: the id (any case), else words of its text, unmarked.

    Among several, those of ``unit_id`` are preferred."""
    by_id = [a for a in plan.assignments if a.id.lower() == query.strip().lower()]
    if by_id:
        return by_id
    words = fold(query).split()
    found = [a for a in plan.assignments if words and all(w in fold(a.text) for w in words)]
    if unit_id is not None and len(found) > 1:
        own = [a for a in found if involves(a, unit_id, plan)]
        found = own or found
    return found


@dataclass(frozen=True)
class Occurrence:
    """One period of a recurring duty, with its state for the unit on the day asked."""

    period: Period
    state: str


def occurrences(plan: Plan, assignment_id: str, unit_id: str, as_of: dt.date) -> list[Occurrence]:
    """The occurrences of a recurring assignment for ``unit_id`` (the lead's when the unit only
    coordinates), oldest first; empty when the assignment does not recur."""
    from cchc.obligations import expand_plan
    from cchc.tracking import assess

    own = [o for o in expand_plan(plan) if o.assignment.id == assignment_id]
    mine = [o for o in own if o.unit == unit_id]
    found: dict[str, Occurrence] = {}
    if not mine:  # a coordinator: the lead's periods, none of them finished by this unit
        for obligation in own:
            if obligation.occurrence is not None:
                found[obligation.occurrence.code] = Occurrence(obligation.occurrence, "not-started")
    for status in assess(plan, as_of, obligations=mine) if mine else []:
        period = status.obligation.occurrence
        if period is not None:
            found[period.code] = Occurrence(period, status.state)
    return sorted(found.values(), key=lambda o: o.period.sort_key())


def state_of(
    plan: Plan, assignment_id: str, unit_id: str, occurrence: Period | None, as_of: dt.date
) -> str | None:
    """The state of ``unit_id``'s share of an assignment (one occurrence of it) on ``as_of``;
    None when the unit owes nothing there (it coordinates)."""
    from cchc.obligations import expand_plan
    from cchc.tracking import assess

    code = occurrence.code if occurrence else None
    mine = [
        o
        for o in expand_plan(plan)
        if o.assignment.id == assignment_id
        and o.unit == unit_id
        and (o.occurrence.code if o.occurrence else None) == code
    ]
    statuses = assess(plan, as_of, obligations=mine)
    return statuses[0].state if statuses else None


def open_occurrences(found: Iterable[Occurrence], folder: Period, convention: str) -> list[Period]:
    """Occurrences not finished yet that a record filed under ``folder`` may be about."""
    last = folder.bounds(convention)[1]
    return [
        o.period
        for o in found
        if o.state not in FINISHED and o.period.bounds(convention)[1] <= last
    ]


def parse_occurrence(text: str, year: int) -> Period:
    """An occurrence typed as 2021-Q1, quý I/2021, Q1 (this year)..."""
    period = parse_period(text, year)
    if period is None:
        raise UsageError("record.unreadable_occurrence", value=text)
    return period


def folder_period(plan: Plan, day: dt.date) -> Period:
    """The quarter holding ``day`` under the plan's convention: the folder of its record."""
    convention = plan.document.reporting.convention
    for year in (day.year, day.year + 1):
        for kind in PERIOD_KINDS[:4]:
            period = Period(year, kind)
            start, end = period.bounds(convention)
            if start <= day <= end:
                return period
    raise AssertionError(day)  # pragma: no cover - every day lies in some quarter


def progress_file(root: Path, plan: Plan, unit_id: str, day: dt.date) -> tuple[Path, Period]:
    """Where a record of ``unit_id`` dated ``day`` goes: the unit's existing file in a folder
    whose period holds the day (a plan may file by half year), else the quarter's."""
    convention = plan.document.reporting.convention
    folder = root / "progress"
    candidates = []
    if folder.is_dir():
        for sub in folder.iterdir():
            period = parse_period(sub.name)
            if period is None or period.code != sub.name:
                continue
            start, end = period.bounds(convention)
            if start <= day <= end and (sub / f"{unit_id}.yaml").is_file():
                candidates.append((end - start, sub / f"{unit_id}.yaml", period))
    if candidates:
        _, path, period = min(candidates, key=lambda c: c[0])
        return path, period
    period = folder_period(plan, day)
    return folder / period.code / f"{unit_id}.yaml", period


def schema_line(root: Path, path: Path) -> str | None:
    """The editor's schema modeline for a new progress file, when the project ships a schema."""
    import os

    for base in (root, *root.parents[:2]):
        schema = base / SCHEMA_FILE
        if schema.is_file():
            relative = Path(os.path.relpath(schema, path.parent)).as_posix()
            return f"# yaml-language-server: $schema={relative}"
    return None
