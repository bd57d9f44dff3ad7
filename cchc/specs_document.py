"""Schema of the document's own parts beyond its text: how numbers and the date of issue are
written, the enacting decision, citations of the legal basis, targets, funding lines, provenance.

Numbers are written as text and read on purpose: "1.500" (a Vietnamese thousands separator) is
refused with a hint rather than read as one and a half or as fifteen hundred.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

from cchc import docparts, model
from cchc.context import FAILED, Context
from cchc.nodes import Map, Node, Scalar
from cchc.schedule import MAX_YEAR, MIN_YEAR
from cchc.schema import (
    ANY_TEXT,
    ID,
    ID_PATTERN,
    Choice,
    Date,
    DeadlineSpec,
    Field,
    ListOf,
    Obj,
    RefTo,
    ScalarSpec,
    Spec,
    Text,
)
from cchc.vntext import fold
from cchc.vocab import MEASURES, PROVENANCES

NUMBER: Final = "number"

_PLAIN = re.compile(r"^[+-]?[0-9]+(?:[.,][0-9]+)?$")
_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*$")
_MONTH = re.compile(r"^(?:thang\s+)?([0-9]{1,2})\s*/\s*([0-9]{4})$|^([0-9]{4})-([0-9]{1,2})$")
_YEAR = re.compile(r"^(?:nam\s+)?([0-9]{4})$")


def parse_number(text: str) -> Decimal | None:
    """The value of "1500", "92,5" or "92.5"; None for anything else (see ``Number``)."""
    text = text.strip()
    if not _PLAIN.match(text) or _GROUPED.match(text):
        return None
    return Decimal(text.replace(",", "."))


@dataclass
class Number(ScalarSpec):
    """A number written as text, quoted or not: ``1500``, ``"92,5"``; whole when ``whole``.

    A dot or comma followed by exactly three digits ("1.500", "17.270", "1,500") is refused:
    Vietnamese writes thousands with a dot, English with a comma, and cchc will not guess.
    """

    whole: bool = False
    minimum: int = 0
    expected: str = "type.number"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        text = scalar.text.strip()
        if _GROUPED.match(text):
            plain = re.sub(r"[.,]", "", text)
            return ctx.report(
                scalar.mark,
                "number.grouped",
                "hint.number_grouped",
                rule=NUMBER,
                value=text,
                plain=plain,
            )
        value = parse_number(text)
        if value is None:
            return ctx.report(
                scalar.mark, "number.not_number", "hint.number", rule=NUMBER, value=text
            )
        if self.whole and value != value.to_integral_value():
            return ctx.report(
                scalar.mark, "number.not_whole", "hint.number_whole", rule=NUMBER, value=text
            )
        if value < self.minimum:
            return ctx.report(
                scalar.mark,
                "schema.too_small",
                "hint.too_small",
                rule=NUMBER,
                value=text,
                minimum=self.minimum,
            )
        return int(value) if self.whole else value


@dataclass
class IssueDate(Date):
    """The date of issue: a day, or only what is known of it: a month (``03/2021``) or a year
    (``2021``). Converts to ``(first day, precision)``."""

    expected: str = "type.issue_date"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        folded = fold(scalar.text).strip()
        year = _YEAR.match(folded)
        if year and MIN_YEAR <= int(year.group(1)) <= MAX_YEAR:
            return dt.date(int(year.group(1)), 1, 1), "year"
        month = _MONTH.match(folded)
        if month:
            number, yyyy = (month.group(1), month.group(2)) if month.group(1) else month.group(4, 3)
            if 1 <= int(number) <= 12 and MIN_YEAR <= int(yyyy) <= MAX_YEAR:
                return dt.date(int(yyyy), int(number), 1), "month"
        day = super().parse(scalar, ctx)
        return day if day is FAILED else (day, "day")


_NUMBER = Number()


@dataclass
class Measured(Spec):
    """A mapping from a target id to the value measured: ``{tap-huan: "92"}``."""

    expected: str = "type.mapping"

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Map):
            return self._wrong_type(node, ctx)
        result: dict[model.Ref, Decimal] = {}
        failed = False
        for key, child in node.items.items():
            value = _NUMBER.convert(child, ctx)
            if not ID_PATTERN.match(key):
                ctx.report(node.key_marks[key], "schema.bad_id", "hint.bad_id", value=key)
                failed = True
            elif value is FAILED:
                failed = True
            else:
                result[model.Ref(key, node.key_marks[key])] = value
        return FAILED if failed else result


@dataclass
class CitationOrText(Spec):
    """A citation ``{text, refs}``, or a plain line of text (a citation with no refs)."""

    citation: Obj = field(default_factory=Obj)
    expected: str = "type.citation"

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Map):
            return self.citation.convert(node, ctx)
        text = ANY_TEXT.convert(node, ctx)
        return text if text is FAILED else model.Citation(text, (), (), node.mark)


PROVENANCE = Field(Choice(PROVENANCES))
TEXT = Field(Text(), required=True)
OPTIONAL_TEXT = Field(Text())

ENACTMENT = Obj(
    docparts.Enactment,
    {
        "type": TEXT,
        "number": TEXT,
        "date": Field(Date("date"), required=True),
        "article": OPTIONAL_TEXT,
        "title": OPTIONAL_TEXT,
        "issuer": OPTIONAL_TEXT,
    },
)

TARGET = Obj(
    docparts.Target,
    {
        "id": Field(ID, required=True),
        "text": TEXT,
        "measure": Field(Choice(MEASURES), required=True),
        "target": Field(Number(), required=True),
        "baseline": Field(Number()),
        "unit_label": OPTIONAL_TEXT,
        "index": OPTIONAL_TEXT,
        "due": Field(DeadlineSpec(), required=True),
        "section": Field(RefTo()),
        "provenance": PROVENANCE,
    },
)
TARGETS = Field(ListOf(TARGET), default=())

FUNDING_LINE = Obj(
    docparts.FundingLine,
    {
        "year": Field(Number(whole=True, minimum=1900), required=True),
        "amount": Field(Number(whole=True), required=True),
        "source": TEXT,
        "note": OPTIONAL_TEXT,
        "provenance": PROVENANCE,
    },
)
FUNDING_LINES = Field(ListOf(FUNDING_LINE), default=())

SIGNER = Obj(
    model.Signer,
    {
        "authority": OPTIONAL_TEXT,
        "title": TEXT,
        "name": OPTIONAL_TEXT,
        "provenance": PROVENANCE,
    },
)

GROUP_SIZE = Field(Number(whole=True, minimum=1))
