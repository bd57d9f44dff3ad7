"""Periods and deadlines: the calendar logic of a plan, as pure functions.

A period is a quarter, a half year, the first nine months or a whole year. Its dates depend on
the plan's convention: calendar months, or the data cut-off of Nghị định 09/2019/NĐ-CP (from the
15th of the month before the period to the 14th of its last month).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from cchc.vntext import fold

MIN_YEAR, MAX_YEAR = 1900, 2200
"""Years a date or period may name: anything else is a typo, and bounding them keeps every
sum of days (Nghị định 09 lead-in, days allowed for submitting) inside the calendar."""
PERIOD_KINDS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M", "Y")
_FIRST_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, "9M": 1, "Y": 1}
_LAST_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "9M": 9, "Y": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}

DeadlineKind = Literal["date", "period", "recurring", "standing", "on-event"]
DueKind = Literal["days_after_end", "day_of_last_month"]


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period of one year: ``Period(2021, "Q1")`` is quý I/2021."""

    year: int
    kind: str
    """One of PERIOD_KINDS."""

    @property
    def code(self) -> str:
        """Canonical code, also the progress folder name: 2021-Q1, 2021-H1, 2021-9M, 2021."""
        return str(self.year) if self.kind == "Y" else f"{self.year}-{self.kind}"

    def bounds(self, convention: str = "calendar") -> tuple[dt.date, dt.date]:
        """First and last day of the period under the convention ("calendar" or "nd09")."""
        first, last = _FIRST_MONTH[self.kind], _LAST_MONTH[self.kind]
        if convention == "nd09":
            start_month, start_year = (first - 1, self.year) if first > 1 else (12, self.year - 1)
            return dt.date(start_year, start_month, 15), dt.date(self.year, last, 14)
        end = dt.date(self.year, last, 1) + dt.timedelta(days=31)
        return dt.date(self.year, first, 1), end.replace(day=1) - dt.timedelta(days=1)

    def sort_key(self) -> tuple[dt.date, int]:
        """Order periods by when they end, then shortest first (Q2 before H1)."""
        start, end = self.bounds()
        return end, -start.toordinal()

    def label(self, lang: str = "vi") -> str:
        """ "quý II/2021", "6 tháng đầu năm 2021"... (English when lang is "en")."""
        if self.kind.startswith("Q"):
            number = _ROMAN_OUT[int(self.kind[1])]
            return f"quý {number}/{self.year}" if lang == "vi" else f"Q{self.kind[1]} {self.year}"
        names = {
            "vi": {
                "H1": "6 tháng đầu năm",
                "H2": "6 tháng cuối năm",
                "9M": "9 tháng năm",
                "Y": "năm",
            },
            "en": {
                "H1": "first half of",
                "H2": "second half of",
                "9M": "nine months of",
                "Y": "year",
            },
        }
        return f"{names.get(lang, names['vi'])[self.kind]} {self.year}"


_PERIOD_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^([0-9]{4})-q([1-4])$"), "iso-q"),
    (re.compile(r"^([0-9]{4})-(h[12]|9m|y)$"), "iso-other"),
    (re.compile(r"^(?:quy|q) ?(iv|iii|ii|i|[1-4])(?:(?: ?/ ?| nam | )([0-9]{4}))?$"), "quarter"),
    (re.compile(r"^(h[12]) ?/ ?([0-9]{4})$"), "half-slash"),
    (re.compile(r"^6 thang (dau|cuoi) nam(?: ([0-9]{4}))?$"), "half"),
    (re.compile(r"^9 thang(?: dau nam)?(?: (?:nam )?([0-9]{4}))?$"), "nine"),
    (re.compile(r"^(?:ca |cuoi )?nam(?: ([0-9]{4}))?$"), "year"),
    (re.compile(r"^([0-9]{4})$"), "year"),
)


def parse_period(text: str, default_year: int | None = None) -> Period | None:
    """Read "quý I/2021", "2021-Q1", "6 tháng đầu năm", "9 tháng", "năm 2021", "2021"...

    A form without a year takes ``default_year``; None when the text is no period, or names a
    year outside MIN_YEAR..MAX_YEAR.
    """
    period = _parse_period(text, default_year)
    return period if period is not None and MIN_YEAR <= period.year <= MAX_YEAR else None


def _parse_period(text: str, default_year: int | None) -> Period | None:
    folded = fold(text).strip(" .;")
    for pattern, shape in _PERIOD_PATTERNS:
        match = pattern.match(folded)
        if match is None:
            continue
        groups = match.groups()
        if shape == "iso-q":
            return Period(int(groups[0]), f"Q{groups[1]}")
        if shape == "iso-other":
            return Period(int(groups[0]), groups[1].upper())
        if shape == "half-slash":
            return Period(int(groups[1]), groups[0].upper())
        if shape == "quarter":
            kind, year = f"Q{_ROMAN[groups[0]]}", groups[1]
        elif shape == "half":
            kind, year = ("H1" if groups[0] == "dau" else "H2"), groups[1]
        elif shape == "nine":
            kind, year = "9M", groups[0]
        else:
            kind, year = "Y", groups[0]
        if year is None and default_year is None:
            return None
        return Period(int(year) if year else default_year, kind)  # type: ignore[arg-type]
    return None


@dataclass(frozen=True, slots=True)
class Deadline:
    """When an assignment is due, as the plan words it.

    - ``date``: a fixed day.
    - ``period``: by the end of a period ("hoàn thành trong quý I/2021").
    - ``recurring``: once per period of a list (reports "định kỳ 3 tháng, 6 tháng, 9 tháng và
      năm"); ``follows_reporting`` means the plan's own reporting periods.
    - ``standing``: "thường xuyên", no date, activity expected in every quarter.
    - ``on-event``: "kịp thời", "khi phát sinh": done when the need arises, no date.
    """

    kind: DeadlineKind
    text: str
    date: dt.date | None = None
    period: Period | None = None
    recurring: tuple[str, ...] = ()
    follows_reporting: bool = False


class DeadlineError(ValueError):
    """The text is not a deadline cchc understands."""


_PREFIX = re.compile(
    r"^(?:(?:hoan thanh|thuc hien|xong|due|by|complete)\s+)?"
    r"(?:(?:trong|truoc|vao|den het|den|cuoi|han|in|before|within)\s+)?"
)
_STANDING = ("thuong xuyen", "lien tuc", "hang ngay", "standing", "ongoing", "continuous")
_ON_EVENT = ("kip thoi", "khi phat sinh", "khi co yeu cau", "as needed", "on event", "when needed")
_RECURRING = re.compile(r"^(?:dinh ky|hang|moi|every|each)\s+(.+)$")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_VN_DATE = re.compile(r"^(?:ngay\s+)?([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]{4})$")
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


def parse_date(text: str) -> dt.date | None:
    """ISO (2021-03-05) or Vietnamese (05/3/2021, "ngày 5/3/2021"); None if not a real date
    or outside the years MIN_YEAR..MAX_YEAR."""
    match = _ISO_DATE.match(text.strip())  # the common case, without folding
    folded = "" if match else fold(text).strip()
    match = match or _ISO_DATE.match(folded)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _VN_DATE.match(folded)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_deadline(text: str, default_year: int) -> Deadline:
    """Read a deadline in Vietnamese or ISO form; raises DeadlineError when it is none."""
    folded = fold(text).strip(" .;")
    if not folded:
        raise DeadlineError(text)
    if folded in _STANDING:
        return Deadline("standing", text)
    if folded in _ON_EVENT:
        return Deadline("on-event", text)
    if folded in ("theo ky bao cao", "every reporting period"):
        return Deadline("recurring", text, follows_reporting=True)
    recurring = _RECURRING.match(folded)
    if recurring:
        return _parse_recurring(text, recurring.group(1))
    body = _PREFIX.sub("", folded, count=1)
    day = parse_date(body)
    if day is not None:
        return Deadline("date", text, date=day)
    period = parse_period(body, default_year)
    if period is not None:
        return Deadline("period", text, period=period)
    raise DeadlineError(text)


def _parse_recurring(text: str, rest: str) -> Deadline:
    if rest in ("quy", "quarter", "3 thang"):
        return Deadline("recurring", text, recurring=("Q1", "Q2", "Q3", "Q4"))
    if rest in ("6 thang", "half year"):
        return Deadline("recurring", text, recurring=("H1", "Y"))
    if rest in ("nam", "year"):
        return Deadline("recurring", text, recurring=("Y",))
    if rest in ("ky bao cao", "reporting period"):
        return Deadline("recurring", text, follows_reporting=True)
    tokens = [t.strip() for t in re.split(r",|;|\bva\b|\band\b", rest) if t.strip()]
    if not tokens:  # "định kỳ ,": a recurrence must name at least one period
        raise DeadlineError(text)
    kinds = []
    for token in tokens:
        kind = _RECURRING_TOKENS.get(token)
        if kind is None:
            raise DeadlineError(text)
        kinds.append(kind)
    return Deadline("recurring", text, recurring=tuple(dict.fromkeys(kinds)))


@dataclass(frozen=True, slots=True)
class DueRule:
    """When a report on a period is due: ``days`` after the period's last day (may be negative),
    or on day ``days`` of the period's last month."""

    kind: DueKind
    days: int

    def due(self, period: Period, convention: str) -> dt.date:
        """The due day of the report on ``period`` under ``convention``."""
        end = period.bounds(convention)[1]
        if self.kind == "days_after_end":
            return end + dt.timedelta(days=self.days)
        last = period.bounds("calendar")[1]  # the day may not exist in a short month
        return last.replace(day=min(self.days, last.day))


@dataclass(frozen=True, slots=True)
class InForce:
    """The days a plan is in force: from ``start`` (its effective date, or its period's start if
    later) to ``end`` (its period's end). The one rule for which occurrences belong to a plan."""

    start: dt.date
    end: dt.date

    def covers(self, day: dt.date) -> bool:
        """Whether the plan is in force on ``day``."""
        return self.start <= day <= self.end

    def owns(self, period: Period, convention: str = "calendar") -> bool:
        """An occurrence belongs to the plan when the plan is in force on the period's last day
        (under ``convention``): a plan issued on 24/3 owes no report on quý I under the Nghị
        định 09 cut-off (which ends on 14/3), a plan issued in August no report on H1."""
        return self.covers(period.bounds(convention)[1])

    def days_in(self, start: dt.date, end: dt.date) -> int:
        """How many days of ``start``..``end`` the plan is in force."""
        first, last = max(start, self.start), min(end, self.end)
        return max(0, (last - first).days + 1)

    def checks_gaps(self, quarter: Period) -> bool:
        """A quarter is checked for standing-duty gaps only when the plan was in force for more
        than half of its (calendar) days."""
        start, end = quarter.bounds()
        return 2 * self.days_in(start, end) > (end - start).days + 1

    def periods(self, kinds: tuple[str, ...], convention: str = "calendar") -> tuple[Period, ...]:
        """The periods of ``kinds`` that belong to the plan, ordered by when they end."""
        found = [
            Period(year, kind)
            for year in range(self.start.year, self.end.year + 1)
            for kind in kinds
            if self.owns(Period(year, kind), convention)
        ]
        return tuple(sorted(found, key=Period.sort_key))


def occurrence_kinds(deadline: Deadline, reporting_periods: tuple[str, ...]) -> tuple[str, ...]:
    """The period kinds a recurring deadline falls due in (the plan's own when it follows them)."""
    if deadline.kind != "recurring":
        return ()
    return reporting_periods if deadline.follows_reporting else deadline.recurring
