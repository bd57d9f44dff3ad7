"""Vietnamese text helpers: diacritic folding for lookups, alphabetical sort keys, date display."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from decimal import Decimal

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone marks sort after the base letter: unmarked, huyền, hỏi, ngã, sắc, nặng (common usage).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def nfc(text: str) -> str:
    """Unicode NFC, the form Vietnamese text is compared in."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case without diacritics, spaces collapsed: "Phòng Nội vụ" -> "phong noi vu"."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Key that orders Vietnamese words alphabetically (a ă â b c d đ ...), then by tone."""
    pairs = [_letter(ch) for ch in nfc(text).lower()]
    return tuple(rank for rank, _ in pairs), tuple(tone for _, tone in pairs)


@functools.cache
def _letter(ch: str) -> tuple[int, int]:
    """The alphabetical rank and the tone of one character (asked for again and again)."""
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _LETTER_MARKS))
    tone = next((_TONES[m] for m in marks if m in _TONES), 0)
    rank = _RANK.get(letter)
    if rank is None:  # spaces, digits and punctuation first; foreign letters after y
        rank = ord(letter) - 1000 if ord(letter) < ord("a") else 100 + ord(letter)
    return rank, tone


def format_date(day: dt.date) -> str:
    """dd/mm/yyyy, as dates print in the CLI and reports."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_document_date(day: dt.date) -> str:
    """ "ngày 05 tháng 3 năm 2021": Nghị định 30/2020 pads days under 10 and months 1-2."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year:04d}"


DOCUMENT_KINDS = {
    "KH": "Kế hoạch",
    "BC": "Báo cáo",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "TTr": "Tờ trình",
    "GM": "Giấy mời",
    "NQ": "Nghị quyết",
    "CV": "Công văn",
}
"""Type abbreviations of Nghị định 30/2020 (Phụ lục III) and the document names they stand for."""


def document_kind(abbreviation: str) -> str:
    """ "Kế hoạch" for "KH"; an unknown abbreviation is returned as written."""
    return DOCUMENT_KINDS.get(abbreviation, abbreviation)


def format_count(value: int, lang: str = "vi") -> str:
    """A whole number with thousands separated: "17.270" in Vietnamese, "17,270" in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "vi" else text


def format_decimal(value: Decimal, lang: str = "vi") -> str:
    """1.500 and 82,5 in Vietnamese; 1,500 and 82.5 in English."""
    whole, _, fraction = f"{value:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = [digits[max(i - 3, 0) : i] for i in range(len(digits), 0, -3)][::-1]
    thousands, decimal = (".", ",") if lang == "vi" else (",", ".")
    text = sign + thousands.join(groups)
    return f"{text}{decimal}{fraction}" if fraction else text


def format_running_date(day: dt.date) -> str:
    """A date in running text: "05/3/2021", "28/01/2022" (months 1-2 keep their zero)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year:04d}"


def format_issue_date(day: dt.date, precision: str = "day", lang: str = "vi") -> str:
    """A document's date as far as it is known: "ngày 05/3/2021", "tháng 3/2021", "năm 2021"
    (in English "05/3/2021", "03/2021", "2021")."""
    if precision == "year":
        return f"năm {day.year}" if lang == "vi" else str(day.year)
    if precision == "month":
        return f"tháng {day.month}/{day.year}" if lang == "vi" else f"{day.month:02d}/{day.year}"
    text = format_running_date(day)
    return f"ngày {text}" if lang == "vi" else text
