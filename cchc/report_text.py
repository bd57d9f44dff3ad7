"""Text helpers of reports: Vietnamese numbers and dates, short one-line cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cchc.model import Record

_TEXT_LIMIT = 220


def short_date(day: dt.date) -> str:
    """05/3/2021, 28/01/2022: the running-text habit (day padded; months 1-2 padded)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def vn_number(value: int) -> str:
    """17270 -> "17.270"."""
    return f"{value:,}".replace(",", ".")


def shorten(text: str, limit: int = _TEXT_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary with "…" when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: flat.rfind(" ", 0, limit)].rstrip(",;:") + "…"


def vn_decimal(value: Decimal) -> str:
    """Decimal("92.5") -> "92,5"; Decimal("17270") -> "17.270" (Vietnamese separators)."""
    whole, _, fraction = f"{value.normalize():f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    text = sign + vn_number(abs(int(whole)))
    return f"{text},{fraction}" if fraction else text


def in_window(record: Record, start: dt.date, end: dt.date) -> bool:
    """Whether the record is dated within ``start``..``end``."""
    return start <= record.date <= end
