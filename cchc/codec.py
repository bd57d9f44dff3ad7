"""Model objects to and from plain data that ``marshal`` can store, for the parse cache.

``marshal`` loads plain data many times faster than YAML is parsed, and building the frozen
dataclasses again from it is cheap, while pickling them is not (each goes through
``__setstate__``). The encoding is private to the cache: a dataclass is a list
``[class name, *fields]``, a mapping ``["{", k1, v1, ...]``, a day ``["d", ordinal]``, a path
``["p", text]``, a catalog key ``["k", key]``, a position ``["@", line, col]`` (in the file
being cached) and tuples stay tuples. ``FORMAT`` changes whenever a model class changes
shape, so old caches are never read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
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


def encode(value: Any, path: Path, shared: dict[int, Any] | None = None) -> Any:
    """``value`` as plain data; positions in ``path`` are stored without the path.

    An object met twice is encoded once (``shared``), so that marshal stores it once and the
    decoder builds it once."""
    shared = {} if shared is None else shared
    if type(value) in _PLAIN:  # exact types: marshal refuses subclasses of str and int
        return value
    if type(value) is tuple:
        return tuple(encode(v, path, shared) for v in value)
    if isinstance(value, _Mark):
        if value.path == path:
            return ["@", value.line, value.col]
        return ["@p", str(value.path), value.line, value.col]
    if type(value) is Key:
        return ["k", str(value)]
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return ["d", value.toordinal()]
    if isinstance(value, dict):
        flat: list[Any] = ["{"]
        for key, item in value.items():
            flat += [encode(key, path, shared), encode(item, path, shared)]
        return flat
    if isinstance(value, Path):
        return ["p", str(value)]
    name = type(value).__qualname__
    if CLASSES.get(name) is type(value):
        done = shared.get(id(value))
        if done is None:
            fields = (encode(getattr(value, f), path, shared) for f in _FIELDS[name])
            done = shared[id(value)] = [name, *fields]
        return done
    raise NotEncodable(type(value).__name__)


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
