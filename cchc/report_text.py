"""Text helpers of reports: Vietnamese numbers and dates, short one-line cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cchc.model import Record
from cchc.vntext import format_decimal

_TEXT_LIMIT = 220


def shorten(text: str, limit: int = _TEXT_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary with "…" when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: flat.rfind(" ", 0, limit)].rstrip(",;:") + "…"


def vn_decimal(value: Decimal) -> str:
    """Decimal("92.5") -> "92,5"; Decimal("17270") -> "17.270" (Vietnamese separators)."""
    return format_decimal(value.normalize(), "vi")


def in_window(record: Record, start: dt.date, end: dt.date) -> bool:
    """Whether the record is dated within ``start``..``end``."""
    return start <= record.date <= end
