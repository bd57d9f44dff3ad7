"""The deadline grammar: how a plan words when a duty is due, read into a schedule.Deadline.

Pure functions; the README's "Deadline grammar" lists every form with an example.
"""

from __future__ import annotations

import datetime as dt
import re

from cchc.schedule import (
    MONTH_KINDS,
    Deadline,
    Period,
    YearMissing,
    parse_date,
    parse_period_strict,
)
from cchc.vntext import fold


class DeadlineError(ValueError):
    """The text is not a deadline cchc understands (``needs_year``: it names a period without
    its year, in a plan over several years)."""

    def __init__(self, text: str, needs_year: bool = False) -> None:
        super().__init__(text)
        self.needs_year = needs_year


_PREFIX = re.compile(
    r"^(?:(?:hoan thanh|thuc hien|xong|due|by|complete)\s+)?"
    r"(?:(?:trong|truoc|vao|den het|den|cuoi|han|tu|in|before|within|from)\s+)?"
)
_STANDING = ("thuong xuyen", "lien tuc", "hang ngay", "standing", "ongoing", "continuous")
_ON_EVENT = ("kip thoi", "khi phat sinh", "khi co yeu cau", "as needed", "on event", "when needed")
_RECURRING = re.compile(r"^(?:dinh ky|hang|moi|every|each)\s+(?:(?:hang|moi)\s+)?(.+)$")
_YEARLY = re.compile(r"^(.+?)\s+(?:hang|moi)\s+nam$")
_DAY_MONTH = re.compile(r"^(?:ngay\s+)?([0-9]{1,2})\s*/\s*([0-9]{1,2})$")
_LIST = re.compile(r"\s*(?:,|;|\bva\b|\band\b)\s*")
_SPAN = re.compile(r"\s*(?:\s-\s|\bden\b|\bto\b)\s*")
_RECURRING_TOKENS = {
    "3 thang": "Q1",
    "6 thang": "H1",
    "9 thang": "9M",
    "12 thang": "Y",
    "nam": "Y",
    "year": "Y",
    "q1": "Q1",
    "q2": "Q2",
    "q3": "Q3",
    "q4": "Q4",
    "h1": "H1",
    "h2": "H2",
    "9m": "9M",
    "y": "Y",
}
_EVERY = {
    "quy": ("Q1", "Q2", "Q3", "Q4"),
    "qui": ("Q1", "Q2", "Q3", "Q4"),
    "quarter": ("Q1", "Q2", "Q3", "Q4"),
    "3 thang": ("Q1", "Q2", "Q3", "Q4"),
    "6 thang": ("H1", "Y"),
    "half year": ("H1", "Y"),
    "nam": ("Y",),
    "year": ("Y",),
    "thang": MONTH_KINDS,
    "month": MONTH_KINDS,
}


def parse_deadline(text: str, default_year: int | None) -> Deadline:
    """Read a deadline in Vietnamese or ISO form; raises DeadlineError when it is none.

    ``default_year`` is the plan's year for periods written without one; None in a plan over
    several years, where such a period is an error (DeadlineError.needs_year).
    """
    folded = fold(text).strip(" .;")
    if not folded:
        raise DeadlineError(text)
    words = [w for w in _LIST.split(folded) if w]
    if words and all(w in _STANDING for w in words):  # "thường xuyên, liên tục"
        return Deadline("standing", text)
    if words and all(w in _ON_EVENT for w in words):
        return Deadline("on-event", text)
    if folded == "theo ky bao cao":  # "every reporting period" is a recurrence, read below
        return Deadline("recurring", text, follows_reporting=True)
    recurring = _RECURRING.match(folded)
    if recurring:
        return _parse_recurring(text, recurring.group(1))
    body = _PREFIX.sub("", folded)  # anchored: it takes the lead-in words once
    yearly = _YEARLY.match(body)
    if yearly:
        return _parse_yearly(text, yearly.group(1))
    day = parse_date(body)
    if day is not None:
        return Deadline("date", text, date=day)
    try:
        return _parse_periods(text, body, default_year)
    except YearMissing:
        raise DeadlineError(text, needs_year=True) from None


def _parse_periods(text: str, body: str, default_year: int | None) -> Deadline:
    period = parse_period_strict(body, default_year)
    if period is not None:
        return Deadline("period", text, period=period)
    for splitter, shape in ((_SPAN, "span"), (_LIST, "list")):
        parts = [p for p in splitter.split(body) if p]
        if len(parts) < 2:
            continue
        # The year is written once, on the last: "quý III và quý IV/2022".
        last = parse_period_strict(parts[-1], default_year)
        if last is None:
            break
        found = [parse_period_strict(p, last.year) for p in parts[:-1]]
        periods = [p for p in found if p is not None] + [last]
        if len(periods) != len(parts):
            break
        if shape == "span" and len(periods) == 2:
            return Deadline("period", text, period=last, span_start=periods[0])
        if shape == "list":
            ordered = tuple(sorted(dict.fromkeys(periods), key=Period.sort_key))
            return Deadline("recurring", text, occurrences=ordered)
    raise DeadlineError(text)


def _parse_yearly(text: str, what: str) -> Deadline:
    """ "trước 15/12 hằng năm" (a fixed day each year), "quý IV hằng năm" (a period each year)."""
    day = _DAY_MONTH.match(_PREFIX.sub("", what))
    if day is not None:
        month, number = int(day.group(2)), int(day.group(1))
        try:
            dt.date(2000, month, number)  # a leap year: 29/02 is a day of some years
        except ValueError:
            raise DeadlineError(text) from None
        return Deadline("recurring", text, recurring=("Y",), day_of_year=(month, number))
    period = parse_period_strict(what, 2000)
    if period is None:
        raise DeadlineError(text)
    return Deadline("recurring", text, recurring=(period.kind,))


def _parse_recurring(text: str, rest: str) -> Deadline:
    if rest in _EVERY:
        return Deadline("recurring", text, recurring=_EVERY[rest])
    if rest in ("ky bao cao", "reporting period"):
        return Deadline("recurring", text, follows_reporting=True)
    tokens = [t for t in _LIST.split(rest) if t]
    if not tokens:  # "định kỳ ,": a recurrence must name at least one period
        raise DeadlineError(text)
    kinds = []
    for token in tokens:
        kind = _RECURRING_TOKENS.get(token)
        if kind is None:
            raise DeadlineError(text)
        kinds.append(kind)
    return Deadline("recurring", text, recurring=tuple(dict.fromkeys(kinds)))


def occurrence_kinds(deadline: Deadline, reporting_periods: tuple[str, ...]) -> tuple[str, ...]:
    """The period kinds a recurring deadline falls due in (the flow's when it follows it)."""
    if deadline.kind != "recurring":
        return ()
    if deadline.occurrences:
        return tuple(dict.fromkeys(p.kind for p in deadline.occurrences))
    return reporting_periods if deadline.follows_reporting else deadline.recurring
