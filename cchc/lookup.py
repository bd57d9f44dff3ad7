"""What one may type in cchc commands, looked up without opening YAML: units (groups with their
members), assignments with their text, activity kinds with their measures, periods, and the
content and form items of section II. Plain rows; cchc.commands.lookup prints them."""

from __future__ import annotations

from dataclasses import dataclass

from cchc.model import Plan
from cchc.obligations import occurrences
from cchc.schedule import Period
from cchc.units import expand
from cchc.vntext import fold

TOPICS = ("units", "duties", "kinds", "periods", "forms")
ALIASES = {
    "unit": "units",
    "don-vi": "units",
    "don vi": "units",
    "assignments": "duties",
    "assignment": "duties",
    "duty": "duties",
    "nhiem-vu": "duties",
    "nhiem vu": "duties",
    "kind": "kinds",
    "activities": "kinds",
    "loai": "kinds",
    "hoat-dong": "kinds",
    "hoat dong": "kinds",
    "period": "periods",
    "ky": "periods",
    "form": "forms",
    "items": "forms",
    "hinh-thuc": "forms",
    "hinh thuc": "forms",
    "noi-dung": "forms",
}


@dataclass(frozen=True)
class Row:
    """One thing one may type: its id, what it is, and details (members, measure, dates...)."""

    id: str
    text: str
    detail: str = ""


def topic(name: str) -> str | None:
    """The topic ``name`` means (English or Vietnamese, with or without marks), or None."""
    folded = fold(name)
    return folded if folded in TOPICS else ALIASES.get(folded)


_KINDS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M", "Y")


def periods(plan: Plan) -> list[Period]:
    """The reporting periods of the plan's years (quarters, halves, nine months, year)."""
    years = range(plan.document.start.year, plan.document.end.year + 1)
    return [Period(year, kind) for year in years for kind in _KINDS]


def period_codes(plan: Plan) -> list[str]:
    """Every period code of the plan's years, quarters first within a year."""
    return [p.code for p in periods(plan)]


def rows(plan: Plan, what: str, lang: str, unit: str | None = None) -> list[Row]:
    """The rows of topic ``what`` (one of TOPICS); ``unit`` keeps the duties of one unit."""
    units = {u.id: u for u in plan.units}
    if what == "units":
        result = []
        for u in plan.units:
            short = f" ({', '.join(u.short)})" if u.short else ""
            members = ", ".join(expand(u.id, units)) if u.is_group else ""
            result.append(Row(u.id, u.name + short, members))
        return result
    if what == "duties":
        from cchc.recording import involves

        chosen = [a for a in plan.assignments if unit is None or involves(a, unit, plan)]
        result = []
        for a in chosen:
            recurring = [p.code for p in occurrences(a, plan) if p is not None]
            detail = f"{a.lead.id}; {a.deadline.text}"
            detail += f" ({', '.join(recurring)})" if recurring else ""
            result.append(Row(a.id, " ".join(a.text.split()), detail))
        return result
    if what == "kinds":
        return [Row(k.id, k.name, k.measure) for k in plan.document.activity_kinds]
    if what == "forms":
        return [Row(i.id, " ".join(i.text.split())) for i in (*plan.content, *plan.forms)]
    convention = plan.document.reporting.convention
    result = []
    for period in periods(plan):
        start, end = period.bounds(convention)
        result.append(Row(period.code, period.label(lang), f"{start:%d/%m/%Y} - {end:%d/%m/%Y}"))
    return result
