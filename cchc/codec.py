"""Model objects to and from plain data that ``marshal`` can store, for the parse cache.

``marshal`` loads plain data many times faster than YAML is parsed, and building the frozen
dataclasses again from it is cheap, while pickling them is not (each goes through
``__setstate__``). The encoding is private to the cache: a dataclass is a list
``[class name, *fields]``, a mapping ``["{", k1, v1, ...]``, a day ``["d", ordinal]``, a path
``["p", text]``, a catalog key ``["k", key]``, a decimal ``["D", text]``, a position
``["@", line, col]`` (in the file being cached) and tuples stay tuples. ``FORMAT`` changes
whenever a model class changes shape, so old caches are never read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from cchc import model, problems, schedule
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
                and value is not _Mark
            ):
                classes[value.__qualname__] = value
    return classes


CLASSES = _registry()
_FIELDS = {
    name: tuple(f.name for f in dataclasses.fields(cls) if f.init) for name, cls in CLASSES.items()
}
FORMAT = hashlib.blake2b(repr(sorted(_FIELDS.items())).encode(), digest_size=8).hexdigest()
"""Changes whenever a model class gains, loses or reorders a field."""


_NESTED = frozenset({list, tuple})
_PLAIN = frozenset({str, int, float, bool, type(None)})
_MISSING = object()
_from_ordinal = dt.date.fromordinal


class NotEncodable(TypeError):
    """A value the codec does not know: the caller simply does not cache it."""


def encode(value: Any, path: Path) -> Any:
    """``value`` as plain data; positions in ``path`` are stored without the path.

    An object met twice is encoded once, so that marshal stores it once and the decoder
    builds it once (the unit and period shared by every record of a progress file)."""
    return _Encoder(path).encode(value)


class _Encoder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.shared: dict[int, Any] = {}

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind in _PLAIN:  # exact types: marshal refuses subclasses of str and int
            return value
        if kind is tuple:
            return tuple([v if type(v) in _PLAIN else self.encode(v) for v in value])
        if kind is _Mark:
            if value.path is self.path or value.path == self.path:
                return ["@", value.line, value.col]
            return ["@p", str(value.path), value.line, value.col]
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
            return ["p", str(value)]
        raise NotEncodable(kind.__name__)


class Decoder:
    """Decodes the values of one cached file (its positions share one Path object)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.paths: dict[str, Path] = {}
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

    def _path(self, text: str) -> Path:
        found = self.paths.get(text)
        if found is None:
            found = self.paths[text] = Path(text)
        return found
