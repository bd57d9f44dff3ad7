"""How a report keeps its lists readable at any size: short lists are printed whole; a list
longer than FULL_LIST rows is summarised per unit (how many, the first few named, "… và N văn
bản khác"), and a cell never names more than CELL_ITEMS documents or units.

A province-wide report cites tens of thousands of documents; the leader who signs it needs to
see which units did what, not a 25,000-row table (which also cost 750 MB to lay out in Word).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cchc.messages import translate
from cchc.vntext import format_count, sort_key

FULL_LIST = 40
"""Rows a report list may hold before it is summarised per unit."""
SHOWN = 3
"""Items named for each unit in a summary row before "… và N … khác"."""
CELL_ITEMS = 10
"""Documents or units named in one table cell or sentence before "… và N … khác"."""

# The nouns a remainder counts: "… và 12 văn bản khác".
DOCUMENTS = "report.more.documents"
DUTIES = "report.more.duties"
UNITS = "report.more.units"
NOTES = "report.more.notes"


@dataclass(frozen=True, slots=True)
class UnitSummary:
    """One unit's share of a list too long to print whole."""

    number: int
    unit: str
    count: int
    """How many items the unit has in the list."""
    count_text: str
    """``count`` with the Vietnamese thousands separator."""
    items: str
    """The first SHOWN items, then how many more ("… và 195 văn bản khác")."""


def remainder(count: int, noun: str, lang: str) -> str:
    """ "… và 12 văn bản khác" (``noun`` is one of DOCUMENTS, DUTIES, UNITS, NOTES)."""
    return translate(noun, lang, count=format_count(count))


def some(
    items: Sequence[str], noun: str, lang: str, limit: int = CELL_ITEMS, sep: str = "; "
) -> str:
    """``items`` joined by ``sep``; past ``limit``, the first ``limit`` and how many more."""
    if len(items) <= limit:
        return sep.join(items)
    return sep.join([*items[:limit], remainder(len(items) - limit, noun, lang)])


def by_unit(
    entries: Iterable[tuple[str, str]], noun: str, lang: str, shown: int = SHOWN
) -> tuple[UnitSummary, ...]:
    """Summary rows of (unit, item) entries given in the order items should be named: the
    units with the most items first (then in Vietnamese alphabetical order), each with its
    count and its first ``shown`` items."""
    grouped: dict[str, list[str]] = {}
    for unit, item in entries:
        grouped.setdefault(unit, []).append(item)
    order = sorted(grouped, key=lambda unit: (-len(grouped[unit]), sort_key(unit)))
    return tuple(
        UnitSummary(
            number,
            unit,
            len(grouped[unit]),
            format_count(len(grouped[unit])),
            some(grouped[unit], noun, lang, shown),
        )
        for number, unit in enumerate(order, 1)
    )


def merged_notes(
    lines: Sequence[tuple[str, str]], lang: str, limit: int = FULL_LIST
) -> tuple[str, ...]:
    """Notes as "Unit: text" lines; past ``limit`` lines, one line per text naming the units
    that wrote it ("UBND xã A, UBND xã B, … và 40 đơn vị khác: text"), most written first,
    and past ``limit`` texts, how many more."""
    if len(lines) <= limit:
        return tuple(f"{unit}: {text}" for unit, text in lines)
    units: dict[str, list[str]] = {}
    for unit, text in lines:
        units.setdefault(text, []).append(unit)
    texts = sorted(units, key=lambda text: -len(units[text]))  # stable: first written first
    merged = [f"{some(units[text], UNITS, lang, SHOWN, ', ')}: {text}" for text in texts[:limit]]
    if len(texts) > limit:
        merged.append(remainder(len(texts) - limit, NOTES, lang))
    return tuple(merged)
