"""A small declarative schema: turns YAML nodes into model objects, reporting every mistake.

Each spec converts one node and returns the value, or FAILED after reporting a problem. An
object spec reports every unknown key (with a did-you-mean), every missing required key, and
converts the remaining fields even when one fails, so one run shows every mistake in a file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from cchc import deadlines, schedule
from cchc.context import FAILED, Context, _Failed
from cchc.messages import Key
from cchc.model import Ref
from cchc.nodes import Map, Node, Scalar, Seq
from cchc.vntext import nfc

DATE: Final = "date"
DEADLINE: Final = "deadline"
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")
_DATE_SHAPE = re.compile(
    r"(?:ngày\s+)?(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{4})"
)
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def suggest(word: str, choices: list[str] | tuple[str, ...] | Mapping[str, object]) -> str | None:
    """The closest of ``choices`` to ``word``, for a did-you-mean hint."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


class Spec:
    """Converts a node; subclasses say what they accept in ``expected`` (a catalog key)."""

    expected = "type.text"

    def convert(self, node: Node, ctx: Context) -> Any:
        """The converted value, or FAILED after reporting why."""
        raise NotImplementedError

    def _scalar(self, node: Node, ctx: Context) -> Scalar | _Failed:
        return node if isinstance(node, Scalar) else self._wrong_type(node, ctx)

    def _wrong_type(self, node: Node, ctx: Context) -> _Failed:
        return ctx.report(
            node.mark,
            "schema.wrong_type",
            "hint.wrong_type",
            expected=Key(self.expected),
            found=Key(_kind(node)),
        )


class ScalarSpec(Spec):
    """A spec for one scalar: checks the node is one, then ``parse``s its text."""

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        return scalar if isinstance(scalar, _Failed) else self.parse(scalar, ctx)

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        """The value of ``scalar``, or FAILED after reporting why."""
        raise NotImplementedError


def _kind(node: Node) -> Key:
    if isinstance(node, Map):
        return Key("type.mapping")
    if isinstance(node, Seq):
        return Key("type.list")
    if not node.quoted and node.text.strip() in ("", "~", "null", "Null", "NULL"):
        return Key("type.empty")  # `records:` with nothing after it is empty, not text
    return Key("type.text")


@dataclass
class Text(ScalarSpec):
    """Non-empty text, NFC-normalised; optionally matching a pattern (e.g. an id)."""

    pattern: re.Pattern[str] | None = None
    expected: str = "type.text"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        text = nfc(scalar.text).strip()
        if not text or (not scalar.quoted and text in ("~", "null", "Null", "NULL")):
            return ctx.report(scalar.mark, "schema.empty", "hint.empty")
        if self.pattern is not None and not self.pattern.match(text):
            return ctx.report(scalar.mark, "schema.bad_id", "hint.bad_id", value=text)
        return text


ID = Text(ID_PATTERN, "type.id")
ANY_TEXT = Text()
"""Any non-empty text (the spec objects are shared: a plan converts thousands of values)."""
_INTEGER = re.compile(r"[+-]?[0-9]{1,20}")


@dataclass
class RefTo(Spec):
    """An id of something defined elsewhere; resolved later by the ``reference`` rule."""

    expected: str = "type.id"

    def convert(self, node: Node, ctx: Context) -> Any:
        # Any text is kept: a name typed instead of an id ("Phòng Nội vụ") is reported by the
        # reference rule, which can then suggest the id.
        text = ANY_TEXT.convert(node, ctx)
        return text if isinstance(text, _Failed) else Ref(text, node.mark)


@dataclass
class Int(ScalarSpec):
    """A whole number in ASCII digits, at least ``minimum`` (at most ``maximum``, when given)."""

    minimum: int = 0
    maximum: int | None = None
    expected: str = "type.int"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        text = scalar.text.strip().replace("_", "")
        # [0-9], not \d: Arabic-Indic or fullwidth digits are not numbers in a plan. Twenty
        # digits at most, so int() never meets a string long enough to be refused or slow.
        if not scalar.quoted and _THOUSANDS.fullmatch(text):  # 1.500: Vietnamese thousands
            return ctx.report(
                scalar.mark,
                "schema.not_int",
                "hint.thousands",
                value=scalar.text,
                plain=text.replace(".", "").replace(",", ""),
            )
        if scalar.quoted or not _INTEGER.fullmatch(text):
            return ctx.report(scalar.mark, "schema.not_int", "hint.not_int", value=scalar.text)
        value = int(text)
        if value < self.minimum:
            return ctx.report(
                scalar.mark, "schema.too_small", "hint.too_small", value=value, minimum=self.minimum
            )
        if self.maximum is not None and value > self.maximum:
            return ctx.report(
                scalar.mark, "schema.too_large", "hint.too_large", value=value, maximum=self.maximum
            )
        return value


@dataclass
class Bool(ScalarSpec):
    """true or false; yes/no/on/off and Vietnamese có/không get a hint instead of a guess."""

    expected: str = "type.bool"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        text = scalar.text.strip().lower()
        if not scalar.quoted and text in ("true", "false"):
            return text == "true"
        return ctx.report(scalar.mark, "schema.not_bool", "hint.not_bool", value=scalar.text)


@dataclass
class Choice(Spec):
    """One of a fixed set of words."""

    choices: tuple[str, ...] = ()
    expected: str = "type.choice"

    def convert(self, node: Node, ctx: Context) -> Any:
        text = ANY_TEXT.convert(node, ctx)
        if isinstance(text, _Failed):
            return text
        if text not in self.choices:
            guess = suggest(text, self.choices)
            return ctx.report(
                node.mark,
                "schema.bad_choice",
                "hint.choices" if guess else "hint.choices_only",
                value=text,
                choices=", ".join(self.choices),
                suggestion=guess,
            )
        return text


@dataclass
class Date(ScalarSpec):
    """A real calendar day, ISO (2021-03-05) or Vietnamese (05/3/2021).

    When the enclosing item records a correction for this field quoting the text exactly, the
    corrected day is the value: that is how a day that does not exist ("25/20/2017") is kept.
    """

    field_name: str = "date"
    expected: str = "type.date"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        for correction in ctx.corrections:
            if correction.field == self.field_name and correction.written == scalar.text.strip():
                fixed = schedule.parse_date(correction.corrected)
                if fixed is not None:
                    return fixed
        day = schedule.parse_date(scalar.text)
        if day is not None:
            return day
        if not _DATE_SHAPE.fullmatch(scalar.text.strip()):  # 31-3-2021: a form cchc does not read
            return ctx.report(
                scalar.mark, "schema.date_format", "hint.date_format", rule=DATE, value=scalar.text
            )
        return ctx.report(  # 31/2/2021 or 25/20/2017: written right, but no such day
            scalar.mark, "schema.bad_date", "hint.bad_date", rule=DATE, value=scalar.text
        )


@dataclass
class PeriodSpec(ScalarSpec):
    """A period code or Vietnamese form: 2021-Q1, quý I/2021, 6 tháng đầu năm 2021, 2021."""

    expected: str = "type.period"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        period = schedule.parse_period(scalar.text, ctx.default_year)
        if period is None:
            return ctx.report(
                scalar.mark, "schema.bad_period", "hint.bad_period", value=scalar.text
            )
        return period


@dataclass
class DeadlineSpec(ScalarSpec):
    """A deadline in the grammar of cchc.deadlines.parse_deadline."""

    expected: str = "type.deadline"

    def parse(self, scalar: Scalar, ctx: Context) -> Any:
        try:
            return deadlines.parse_deadline(nfc(scalar.text).strip(), ctx.default_year)
        except deadlines.DeadlineError as exc:
            if exc.needs_year:
                return ctx.report(
                    scalar.mark,
                    "schema.deadline_year",
                    "hint.deadline_year",
                    rule=DEADLINE,
                    value=scalar.text,
                )
            return ctx.report(
                scalar.mark,
                "schema.bad_deadline",
                "hint.bad_deadline",
                rule=DEADLINE,
                value=scalar.text,
            )


@dataclass
class ListOf(Spec):
    """A list whose items all follow one spec; the result is a tuple."""

    item: Spec = field(default_factory=Text)
    expected: str = "type.list"

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Seq):
            return self._wrong_type(node, ctx)
        # Lenient on purpose: a broken item is reported and left out, so the rest of the
        # file still reaches the cross-file checks.
        values = (self.item.convert(child, ctx) for child in node.items)
        return tuple(v for v in values if not isinstance(v, _Failed))


_COUNT = Int()


@dataclass
class Counts(Spec):
    """A mapping from an activity-kind id to a whole number."""

    expected: str = "type.mapping"

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Map):
            return self._wrong_type(node, ctx)
        result: dict[Ref, int] = {}
        failed = False
        for key, value in node.items.items():
            count = _COUNT.convert(value, ctx)
            if not ID_PATTERN.match(key):
                ctx.report(node.key_marks[key], "schema.bad_id", "hint.bad_id", value=key)
                failed = True
            elif isinstance(count, _Failed):
                failed = True
            else:
                result[Ref(key, node.key_marks[key])] = count
        return FAILED if failed else result


@dataclass(frozen=True)
class Field:
    """One key of an object: its spec, whether it must be there, its default otherwise."""

    spec: Spec
    required: bool = False
    default: Any = None


@dataclass
class Obj(Spec):
    """A mapping converted to ``build(**fields, at=mark)``; corrections apply to its fields."""

    build: Callable[..., Any] = dict
    fields: dict[str, Field] = field(default_factory=dict)
    with_at: bool = True
    expected: str = "type.mapping"

    def convert(self, node: Node, ctx: Context, **extra: Any) -> Any:
        if not isinstance(node, Map):
            return self._wrong_type(node, ctx)
        failed = False
        for key in node.items:
            if key not in self.fields:
                guess = suggest(key, self.fields)
                ctx.report(
                    node.key_marks[key],
                    "schema.unknown_key",
                    "hint.did_you_mean" if guess else "hint.known_keys",
                    key=key,
                    suggestion=guess,
                    known=", ".join(self.fields),
                )
        values: dict[str, Any] = {}
        outer = ctx.corrections
        if "corrections" in self.fields and "corrections" in node.items:
            converted = self.fields["corrections"].spec.convert(node.items["corrections"], ctx)
            ctx.corrections = () if isinstance(converted, _Failed) else converted
            values["corrections"] = converted
        for name, spec in self.fields.items():
            if name in values:
                continue
            child = node.items.get(name)
            if child is None:
                if spec.required:
                    failed = True
                    ctx.report(node.mark, "schema.missing_key", "hint.missing_key", key=name)
                values[name] = spec.default
                continue
            values[name] = spec.spec.convert(child, ctx)
        ctx.corrections = outer
        if failed or any(isinstance(v, _Failed) for v in values.values()):
            broken = node.items.get("id")
            if isinstance(broken, Scalar):
                ctx.broken_ids.add(broken.text.strip())
            return FAILED
        if self.with_at:
            values["at"] = node.mark
        return self.build(**values, **extra)
