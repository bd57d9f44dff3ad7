"""The node tree a plan file is read into, the error of a file that cannot be read, and limits.

Apart from cchc.yamlio so that reading through the parse cache, and the schema that converts
nodes, never import the YAML library: a plan whose files are all cached is read without it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, Union

from cchc.marks import Mark

MAX_FILE_BYTES = 2 * 1024 * 1024
"""Largest plan file read (2 MiB: a few thousand assignments, or a province's units)."""
MAX_NODES = 100_000
"""Most values (scalars, lists, mappings) in one file."""
MAX_DEPTH = 32
"""Deepest nesting of lists and mappings in one file (plan files need about six)."""


class Scalar(NamedTuple):
    """A scalar exactly as typed (quotes removed).

    A named tuple, like Mark, rather than a frozen dataclass: a file of a province's progress
    holds tens of thousands of scalars, and a tuple is several times cheaper to build."""

    text: str
    mark: Mark
    quoted: bool
    """True when the user quoted the value or wrote a block scalar."""


@dataclass(frozen=True, slots=True)
class Seq:
    """A YAML sequence."""

    items: tuple[Node, ...]
    mark: Mark


@dataclass(frozen=True, slots=True)
class Map:
    """A YAML mapping with string keys, in file order."""

    items: dict[str, Node]
    key_marks: dict[str, Mark] = field(repr=False)
    mark: Mark


Node = Union[Scalar, Seq, Map]  # noqa: UP007 - a runtime alias on Python 3.10


class YamlError(Exception):
    """A file that cannot be read as a plan file. ``kind`` is 'yaml' or 'duplicate-key'."""

    def __init__(self, mark: Mark, message_key: str, kind: str = "yaml", **args: Any) -> None:
        super().__init__(message_key)
        self.mark = mark
        self.message_key = message_key
        self.kind = kind
        self.args_ = args
