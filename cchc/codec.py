"""Model objects to and from plain data that ``marshal`` can store, for the parse cache.

``marshal`` loads plain data many times faster than YAML is parsed, and building the frozen
dataclasses again from it is cheap, while pickling them is not (each goes through
``__setstate__``). The encoding is private to the cache: a dataclass is a list
``[class name, *fields]``, a mapping ``["{", k1, v1, ...]``, a day ``["d", ordinal]``, a path
``["r", text]`` (relative to the plan folder; ``["p", text]`` outside it), a catalog key
``["k", key]``, a decimal ``["D", text]``, a position ``["@", line, col]`` in the file being
cached (``["@r", text, line, col]`` in another file of the plan) and tuples stay tuples. Paths
are kept relative to the plan folder because one cache serves a folder however it is reached
(through a link, from another working folder). The records of one progress file, most of a
large plan, take a compact shape decoded by a loop of its own: ``["Rs", unit, period, row,
...]``. ``FORMAT`` changes whenever a model class or the encoding changes shape, so old caches
are never read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from cchc import model, problems, schedule

try:  # hashlib's own BLAKE2, without hashlib loading OpenSSL first (milliseconds at each start)
    from _blake2 import blake2b as blake2b  # noqa: PLC0414 - also the cache's digest
except ImportError:  # pragma: no cover - a Python without the module (hashlib then has it)
    from hashlib import blake2b as blake2b  # noqa: PLC0414
from cchc.marks import Mark as _Mark
from cchc.messages import Key


def _registry() -> dict[str, type]:
    classes: dict[str, type] = {}
    for module in (model, schedule, problems):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and dataclasses.is_dataclass(value)
                and value.__module__ == module.__name__
            ):
                classes[value.__qualname__] = value
    return classes


CLASSES = _registry()
_FIELDS = {
    name: tuple(f.name for f in dataclasses.fields(cls) if f.init) for name, cls in CLASSES.items()
}
SHAPE = 3
"""The version of the encoding below: raise it whenever a shape changes (e.g. "Rs")."""
FORMAT = blake2b(repr((SHAPE, sorted(_FIELDS.items()))).encode(), digest_size=8).hexdigest()
"""Changes whenever a model class gains, loses or reorders a field, or the encoding changes."""


_Record, _Ref = model.Record, model.Ref
_RECORD_FIELDS = (
    "unit",
    "period",
    "assignment",
    "occurrence",
    "date",
    "state",
    "counts",
    "forms",
    "note",
    "evidence",
    "reason",
    "at",
    "measured",
    "part",
)
if _FIELDS["Record"] != _RECORD_FIELDS:  # the compact shape below names them in this order
    raise RuntimeError(f"codec: model.Record fields changed: {_FIELDS['Record']}")
_PERIODS: dict[tuple[int, str], schedule.Period] = {}


def _period(year: int, kind: str) -> schedule.Period:
    """One Period object per period (they are frozen): most records name the same few."""
    found = _PERIODS.get((year, kind))
    if found is None:
        found = _PERIODS[year, kind] = schedule.Period(year, kind)
    return found


_new = tuple.__new__
"""Builds a Mark without the Python-level ``__new__`` of a named tuple (tens of thousands)."""


def _builder(cls: type) -> Callable[..., Any]:
    """A constructor of the frozen, slotted dataclass ``cls`` that fills its slots directly.

    It makes the object ``cls(*fields)`` makes (``tests/test_cache.py`` holds it to that) at
    half the cost: a frozen dataclass's ``__init__`` goes through ``object.__setattr__`` for
    every field, and a plan builds tens of thousands of records and references. The code is
    generated once, as ``dataclasses`` generates ``__init__`` itself."""
    names = _FIELDS[cls.__qualname__]
    every = tuple(f.name for f in dataclasses.fields(cls))
    if names != every or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__qualname__}: only plain frozen dataclasses are built directly")
    namespace: dict[str, Any] = {"_object_new": object.__new__, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    obj = _object_new(_cls)"]
    for name in names:
        namespace[f"_set_{name}"] = getattr(cls, name).__set__
        lines.append(f"    _set_{name}(obj, {name})")
    lines.append("    return obj")
    exec("\n".join(lines), namespace)  # fixed source, made of the class's own field names
    built: Callable[..., Any] = namespace["build"]
    return built


_build_record, _build_ref = _builder(model.Record), _builder(model.Ref)
_NESTED = frozenset({list, tuple})
_PLAIN = frozenset({str, int, float, bool, type(None)})
_MISSING = object()
_from_ordinal = dt.date.fromordinal


class NotEncodable(TypeError):
    """A value the codec does not know: the caller simply does not cache it."""


def encode(value: Any, path: Path, root: Path) -> Any:
    """``value`` as plain data; positions in ``path`` are stored without the path, other
    paths relative to the plan folder ``root`` when they are inside it.

    An object met twice is encoded once, so that marshal stores it once and the decoder
    builds it once (the unit and period shared by every record of a progress file)."""
    return _Encoder(path, root).encode(value)


def inside(path: Path, root: Path) -> str | None:
    """``path`` relative to the plan folder ``root`` as text (the system's separators), or None
    when it lies outside. Compared as text, without building paths: a plan has thousands of
    files, and the cache asks for each."""
    text, folder = str(path), str(root)
    prefix = _prefix(folder)
    if text.startswith(prefix):
        return text[len(prefix) :]
    if folder == "." and not path.is_absolute():
        return text
    return None


@functools.cache
def _prefix(folder: str) -> str:
    return os.path.join(folder, "")  # noqa: PTH118 - compared as text


class _Encoder:
    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = root
        self.shared: dict[int, Any] = {}

    def where(self, path: Path) -> tuple[bool, str]:
        """(True, the path relative to the plan folder) or (False, the path as it is)."""
        relative = inside(path, self.root)
        return (False, str(path)) if relative is None else (True, relative)

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind in _PLAIN:  # exact types: marshal refuses subclasses of str and int
            return value
        if kind is tuple:
            if value and type(value[0]) is _Record:
                records = self._records(value)
                if records is not None:
                    return records
            return tuple([v if type(v) in _PLAIN else self.encode(v) for v in value])
        if kind is _Mark:
            if value.path is self.path or value.path == self.path:
                return ["@", value.line, value.col]
            inside, text = self.where(value.path)
            return ["@r" if inside else "@p", text, value.line, value.col]
        fields = _FIELDS.get(kind.__qualname__)
        if fields is not None and CLASSES[kind.__qualname__] is kind:
            done = self.shared.get(id(value))
            if done is None:
                encode = self.encode
                done = [kind.__qualname__]
                for name in fields:
                    item = getattr(value, name)
                    done.append(item if type(item) in _PLAIN else encode(item))
                self.shared[id(value)] = done
            return done
        if kind is dict:
            flat: list[Any] = ["{"]
            for key, item in value.items():
                flat += [self.encode(key), self.encode(item)]
            return flat
        if kind is dt.date:
            return ["d", value.toordinal()]
        if kind is Key:
            return ["k", str(value)]
        if kind is Decimal:
            return ["D", str(value)]
        if isinstance(value, Path):
            inside, text = self.where(value)
            return ["r" if inside else "p", text]
        raise NotEncodable(kind.__name__)

    def _here(self, mark: _Mark) -> bool:
        return mark.path is self.path or mark.path == self.path

    def _records(self, records: tuple[Any, ...]) -> list[Any] | None:
        """The records of one progress file in the compact shape ``Decoder._records`` reads
        (most of a plan's objects are records and their references): their unit and period
        once, then one row per record; None when they do not fit it (the generic shape then)."""
        unit, period = records[0].unit, records[0].period
        rows: list[Any] = ["Rs", self.encode(unit), self.encode(period)]
        for record in records:
            if (
                type(record) is not _Record
                or record.unit is not unit
                or record.period is not period
            ):
                return None
            row = self._row(record)
            if row is None:
                return None
            rows.append(row)
        return rows

    def _row(self, record: model.Record) -> tuple[Any, ...] | None:
        refs = (record.assignment, *record.counts)
        if not (self._here(record.at) and all(self._here(ref.at) for ref in refs)):
            return None  # a position in another file
        counts: list[Any] = []
        for ref, count in record.counts.items():
            if type(count) is not int:
                return None
            counts += (ref.id, ref.at.line, ref.at.col, count)
        occurrence = record.occurrence
        return (
            record.assignment.id,
            record.assignment.at.line,
            record.assignment.at.col,
            None if occurrence is None else (occurrence.year, occurrence.kind),
            record.date.toordinal(),
            record.state,
            tuple(counts),
            self.encode(record.forms),
            record.note,
            record.evidence,
            record.reason,
            record.at.line,
            record.at.col,
            self.encode(record.measured) if record.measured else None,
            None if record.part is None else self.encode(record.part),
        )


class Decoder:
    """Decodes the values of one cached file (its positions share one Path object)."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = root
        self.paths: dict[str, Path] = {}
        self.under: dict[str, Path] = {}
        self.shared: dict[int, Any] = {}
        """marshal writes an object met twice once and loads it as one object (the unit and
        period shared by every record of a progress file): decode it once too."""

    def decode(self, value: Any) -> Any:
        """The value ``encode`` was given."""
        kind = type(value)
        if kind is list:
            return self._special(value)
        if kind is tuple:
            return tuple([self.decode(v) if type(v) in _NESTED else v for v in value])
        return value

    def _special(self, value: list[Any]) -> Any:
        # Plain values are by far the most common: they are tested inline rather than passed
        # to decode(), which halves the time of reading a cached progress folder.
        tag = value[0]
        decode = self.decode
        if tag == "@":
            return _Mark(self.path, value[1], value[2])
        if tag == "{":
            return {
                (decode(k) if type(k) in _NESTED else k): (decode(v) if type(v) in _NESTED else v)
                for k, v in zip(value[1::2], value[2::2], strict=False)
            }
        if tag == "d":
            return _from_ordinal(value[1])
        if tag == "Rs":
            return self._records(value)
        if tag == "@r":
            return _Mark(self._relative(value[1]), value[2], value[3])
        if tag == "r":
            return self._relative(value[1])
        if tag == "@p":
            return _Mark(self._path(value[1]), value[2], value[3])
        if tag == "p":
            return self._path(value[1])
        if tag == "k":
            return Key(value[1])
        if tag == "D":
            return Decimal(value[1])
        found = self.shared.get(id(value), _MISSING)
        if found is _MISSING:
            fields = [decode(v) if type(v) in _NESTED else v for v in value[1:]]
            found = self.shared[id(value)] = CLASSES[tag](*fields)
        return found

    def _records(self, value: list[Any]) -> tuple[model.Record, ...]:
        unit, period = self.decode(value[1]), self.decode(value[2])
        path, decode, ref, new, mark = self.path, self.decode, _build_ref, _new, _Mark
        result = []
        for row in value[3:]:
            (assignment, line, col, occurrence, day, state, counts, forms) = row[:8]
            (note, evidence, reason, at_line, at_col, measured, part) = row[8:]
            result.append(
                _build_record(
                    unit,
                    period,
                    ref(assignment, new(mark, (path, line, col))),
                    None if occurrence is None else _period(*occurrence),
                    _from_ordinal(day),
                    state,
                    {
                        ref(counts[i], new(mark, (path, counts[i + 1], counts[i + 2]))): counts[
                            i + 3
                        ]
                        for i in range(0, len(counts), 4)
                    },
                    decode(forms) if forms else (),
                    note,
                    evidence,
                    reason,
                    new(mark, (path, at_line, at_col)),
                    {} if measured is None else decode(measured),
                    None if part is None else decode(part),
                )
            )
        return tuple(result)

    def _relative(self, text: str) -> Path:
        found = self.under.get(text)
        if found is None:
            found = self.under[text] = self.root / text
        return found

    def _path(self, text: str) -> Path:
        found = self.paths.get(text)
        if found is None:
            found = self.paths[text] = Path(text)
        return found
