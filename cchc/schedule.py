"""Periods and the calendar rules of a plan, as pure functions.

A period is a month, a quarter, a half year, the first nine months or a whole year. Its dates
depend on the convention: calendar months, or the data cut-off of Nghị định 09/2019/NĐ-CP (from
the 15th of the month before the period to the 14th of its last month). Which periods belong to
a plan is decided by ``InForce``; the deadline grammar is in cchc.deadlines.
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
MONTH_KINDS = tuple(f"M{m:02d}" for m in range(1, 13))
PERIOD_KINDS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M", "Y", *MONTH_KINDS)
_FIRST_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, "9M": 1, "Y": 1}
_LAST_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "9M": 9, "Y": 12}
for _month in range(1, 13):
    _FIRST_MONTH[f"M{_month:02d}"] = _LAST_MONTH[f"M{_month:02d}"] = _month
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}
_MONTH_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

DueKind = Literal["days_after_end", "day_of_last_month"]


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period of one year: ``Period(2021, "Q1")`` is quý I/2021."""

    year: int
    kind: str
    """One of PERIOD_KINDS."""

    @property
    def code(self) -> str:
        """Canonical code, also the progress folder name: 2021-Q1, 2021-H1, 2021-9M, 2021,
        2021-03 (a month)."""
        if self.kind == "Y":
            return str(self.year)
        if self.kind in MONTH_KINDS:
            return f"{self.year}-{self.kind[1:]}"
        return f"{self.year}-{self.kind}"

    def bounds(self, convention: str = "calendar") -> tuple[dt.date, dt.date]:
        """First and last day of the period under the convention ("calendar" or "nd09"; any
        other word is a bug in the caller, not a silent calendar)."""
        key = (self.year, self.kind, convention)
        found = _BOUNDS.get(key)
        if found is None:
            if convention not in ("calendar", "nd09"):
                raise ValueError(convention)
            found = _BOUNDS[key] = _bounds(self.year, self.kind, convention == "nd09")
        return found

    def sort_key(self) -> tuple[dt.date, int]:
        """Order periods by when they end, then shortest first (Q2 before H1)."""
        start, end = self.bounds()
        return end, -start.toordinal()

    def label(self, lang: str = "vi") -> str:
        """ "quý II/2021", "6 tháng đầu năm 2021", "tháng 3/2021"... in ``lang`` (the words are
        in the message catalog; Vietnamese for a language it does not know)."""
        from cchc.messages import translate

        english = lang == "en"  # Vietnamese text numbers quarters in Roman, months as 3/2021
        if self.kind.startswith("Q"):
            number = int(self.kind[1])
            shown = str(number) if english else _ROMAN_OUT[number]
            return translate("period.quarter", lang, number=shown, year=self.year)
        if self.kind in MONTH_KINDS:
            month = int(self.kind[1:])
            padded = f"{month:02d}" if month < 3 else str(month)  # 01/2021, 02/2021, 3/2021
            shown = _MONTH_EN[month - 1] if english else padded
            return translate("period.month", lang, month=shown, year=self.year)
        return translate(_PERIOD_KEYS[self.kind], lang, year=self.year)


_DAY = dt.timedelta(days=1)
_BOUNDS: dict[tuple[int, str, str], tuple[dt.date, dt.date]] = {}
"""Bounds already computed: every record and occurrence asks again for a handful of periods."""


def _bounds(year: int, kind: str, nd09: bool) -> tuple[dt.date, dt.date]:
    first, last = _FIRST_MONTH[kind], _LAST_MONTH[kind]
    if nd09:  # from the 15th of the month before to the 14th of the last month
        start = dt.date(year - 1, 12, 15) if first == 1 else dt.date(year, first - 1, 15)
        return start, dt.date(year, last, 14)
    end = dt.date(year, 12, 31) if last == 12 else dt.date(year, last + 1, 1) - _DAY
    return dt.date(year, first, 1), end


_PERIOD_KEYS = {"H1": "period.h1", "H2": "period.h2", "9M": "period.9m", "Y": "period.year"}


_YEAR = r"(?:(?: ?/ ?| nam | )([0-9]{4}))?"
_PERIOD_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^([0-9]{4})-q([1-4])$"), "iso-q"),
    (re.compile(r"^([0-9]{4})-(h[12]|9m|y)$"), "iso-other"),
    (re.compile(r"^([0-9]{4})-(0[1-9]|1[0-2])$"), "iso-month"),
    (re.compile(r"^(?:quy|qui|q) ?(iv|iii|ii|i|[1-4])" + _YEAR + "$"), "quarter"),
    (re.compile(r"^thang (0?[1-9]|1[0-2])" + _YEAR + "$"), "month"),
    (re.compile(r"^(h[12]) ?/ ?([0-9]{4})$"), "half-slash"),
    (re.compile(r"^6 thang (dau|cuoi) nam(?: ([0-9]{4}))?$"), "half"),
    (re.compile(r"^9 thang(?: dau nam)?(?: (?:nam )?([0-9]{4}))?$"), "nine"),
    (re.compile(r"^(?:ca |cuoi |trong )?nam(?: ([0-9]{4}))?$"), "year"),
    (re.compile(r"^([0-9]{4})$"), "year"),
)


class YearMissing(ValueError):
    """A period written without its year where the plan spans several years."""


def parse_period(text: str, default_year: int | None = None) -> Period | None:
    """Read "quý I/2021", "2021-Q1", "tháng 10/2021", "6 tháng đầu năm", "9 tháng", "năm
    2021", "2021"...

    A form without a year takes ``default_year``; None when the text is no period, names a
    year outside MIN_YEAR..MAX_YEAR, or has no year and there is no default
    (``parse_period_strict`` says which).
    """
    try:
        return parse_period_strict(text, default_year)
    except YearMissing:
        return None


def parse_period_strict(text: str, default_year: int | None) -> Period | None:
    """Like parse_period, but raise YearMissing for a period without a year and no default."""
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
        if shape == "iso-month":
            return Period(int(groups[0]), f"M{groups[1]}")
        if shape == "half-slash":
            return Period(int(groups[1]), groups[0].upper())
        if shape == "quarter":
            kind, year = f"Q{_ROMAN[groups[0]]}", groups[1]
        elif shape == "month":
            kind, year = f"M{int(groups[0]):02d}", groups[1]
        elif shape == "half":
            kind, year = ("H1" if groups[0] == "dau" else "H2"), groups[1]
        elif shape == "nine":
            kind, year = "9M", groups[0]
        else:
            kind, year = "Y", groups[0]
        if year is None and default_year is None:
            raise YearMissing(text)
        return Period(int(year) if year else default_year, kind)  # type: ignore[arg-type]
    return None


_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_VN_DATE = re.compile(r"^(?:ngay\s+)?([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]{4})$")
_VN_LONG_DATE = re.compile(r"^(?:ngay\s+)?([0-9]{1,2})\s+thang\s+([0-9]{1,2})\s+nam\s+([0-9]{4})$")


def parse_date(text: str) -> dt.date | None:
    """ISO (2021-03-05) or Vietnamese (05/3/2021, "ngày 5/3/2021", "ngày 31 tháng 3 năm
    2021"); None if not a real date or outside the years MIN_YEAR..MAX_YEAR."""
    match = _ISO_DATE.match(text.strip())  # the common case, without folding
    folded = "" if match else fold(text).strip()
    match = match or _ISO_DATE.match(folded)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _VN_DATE.match(folded) or _VN_LONG_DATE.match(folded)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


DeadlineKind = Literal["date", "period", "recurring", "standing", "on-event"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """When an assignment is due, as the plan words it.

    - ``date``: a fixed day.
    - ``period``: by the end of a period ("hoàn thành trong quý I/2021"), or of a span of
      periods ("quý II - quý IV/2021": ``span_start`` is quý II, ``period`` quý IV).
    - ``recurring``: once per period of a list (reports "định kỳ 3 tháng, 6 tháng, 9 tháng và
      năm", "hằng tháng", "quý IV hằng năm"); ``follows_reporting`` means the periods of the
      duty's reporting flow; ``occurrences`` lists periods named with their year ("quý III và
      quý IV/2022"); ``day_of_year`` a fixed day of each year ("trước 15/12 hằng năm").
    - ``standing``: "thường xuyên", no date, activity expected in every quarter.
    - ``on-event``: "kịp thời", "khi phát sinh": done when the need arises, no date.
    """

    kind: DeadlineKind
    text: str
    date: dt.date | None = None
    period: Period | None = None
    recurring: tuple[str, ...] = ()
    follows_reporting: bool = False
    span_start: Period | None = None
    occurrences: tuple[Period, ...] = ()
    day_of_year: tuple[int, int] | None = None
    """(month, day) of a yearly fixed day."""

    def due_in(self, period: Period) -> dt.date:
        """The due day of the occurrence ``period`` of a task: its fixed day of the year, or the
        period's calendar end (a task is due at calendar ends whatever the convention)."""
        if self.day_of_year is not None:
            month, day = self.day_of_year
            last = Period(period.year, f"M{month:02d}").bounds()[1]
            return last.replace(day=min(day, last.day))  # 29/02 in a common year: 28/02
        return period.bounds()[1]


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

    def owns(self, period: Period, convention: str) -> bool:
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

    def periods(self, kinds: tuple[str, ...], convention: str) -> tuple[Period, ...]:
        """The periods of ``kinds`` that belong to the plan, ordered by when they end."""
        found = [
            Period(year, kind)
            for year in range(self.start.year, self.end.year + 1)
            for kind in kinds
            if self.owns(Period(year, kind), convention)
        ]
        return tuple(sorted(found, key=Period.sort_key))
