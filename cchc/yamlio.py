"""The only module that touches YAML: reads plan files into a small node tree with positions.

Policy (documented in the README, tested in tests/test_yamlio.py):
- UTF-8 only, with or without a BOM; anything else is an error naming the line.
- No implicit typing: every scalar stays the text the user typed. The schema decides what a
  field is, so ``no`` in a text field stays "no" and ``2021-02-30`` is reported as a date that
  does not exist, never silently turned into a string or a boolean.
- Duplicate keys are errors naming both lines (PyYAML would silently keep the last).
- Anchors, aliases and tags other than the standard ones are rejected: plan files are data for
  people to review, and this also makes alias bombs impossible.
- One document per file; the root must be a mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import yaml

from cchc.marks import Mark

try:  # libyaml's composer is several times faster; fall back silently where it is missing.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _STANDARD_TAG_PREFIX + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


@dataclass(frozen=True, slots=True)
class Scalar:
    """A scalar exactly as typed (quotes removed)."""

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


_PLAIN_TAGS = {
    yaml.ScalarNode: _STANDARD_TAG_PREFIX + "str",
    yaml.SequenceNode: _STANDARD_TAG_PREFIX + "seq",
    yaml.MappingNode: _STANDARD_TAG_PREFIX + "map",
}


class _Loader(_BaseLoader):
    """A private subclass, so the global loaders are never patched."""

    def resolve(self, kind: type, value: object, implicit: object) -> str:
        # No implicit typing (see the module docstring): skip the resolver's regexes, a third
        # of the time spent reading large progress folders. Explicit tags never come through
        # here, so they are still seen and refused.
        return _PLAIN_TAGS[kind]


def load_file(path: Path) -> Map:
    """Read one plan file. Raises YamlError (with a position) or OSError."""
    return load_bytes(path.read_bytes(), path)


def load_bytes(data: bytes, path: Path) -> Map:
    """Parse bytes of a plan file; ``path`` is used only in positions."""
    text = _decode(data, path)
    if not text.strip():
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    if not _has_content(text):
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark are rare
        raise YamlError(Mark(path, 1, 1), "yaml.syntax", detail=str(exc)) from None
    if root is None:
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    node = _convert(root, path, set())
    if not isinstance(node, Map):
        raise YamlError(node.mark, "yaml.root_not_mapping")
    return node


def _decode(data: bytes, path: Path) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlError(Mark(path, line, col), "yaml.not_utf8") from None
    for lineno, line_text in enumerate(text.splitlines(), start=1):
        stripped = line_text.lstrip(" ")
        if stripped.startswith("\t"):
            col = len(line_text) - len(stripped) + 1
            raise YamlError(Mark(path, lineno, col), "yaml.tab")
    return text


def _has_content(text: str) -> bool:
    return any(
        line.strip() and not line.lstrip().startswith("#") and line.strip() not in ("---", "...")
        for line in text.splitlines()
    )


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, path: Path) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = exc.problem or ""
    if "expected a single document" in problem or "but found another document" in str(exc):
        return YamlError(Mark(path, line, col), "yaml.many_documents")
    if "'\\t'" in problem or "tab" in problem:
        return YamlError(Mark(path, line, col), "yaml.tab")
    if "found undefined alias" in problem or "found unhashable key" in problem:
        return YamlError(Mark(path, line, col), "yaml.alias")
    return YamlError(Mark(path, line, col), "yaml.syntax", detail=problem or str(exc))


def _mark(node: yaml.Node, path: Path) -> Mark:
    return Mark(path, node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(node: yaml.Node, path: Path, seen: set[int]) -> Node:
    # The composer returns the anchored node object again for every alias: seeing an object
    # twice is how an alias shows itself, whichever parser (C or Python) composed the tree.
    if id(node) in seen:
        raise YamlError(_mark(node, path), "yaml.alias")
    seen.add(id(node))
    if node.tag not in _ALLOWED_TAGS:
        raise YamlError(_mark(node, path), "yaml.tag", tag=node.tag)
    if isinstance(node, yaml.ScalarNode):
        return Scalar(str(node.value), _mark(node, path), quoted=bool(node.style))
    if isinstance(node, yaml.SequenceNode):
        return Seq(tuple(_convert(item, path, seen) for item in node.value), _mark(node, path))
    if isinstance(node, yaml.MappingNode):
        return _convert_map(node, path, seen)
    raise YamlError(
        _mark(node, path), "yaml.syntax", detail=type(node).__name__
    )  # pragma: no cover


def _convert_map(node: yaml.MappingNode, path: Path, seen: set[int]) -> Map:
    items: dict[str, Node] = {}
    key_marks: dict[str, Mark] = {}
    for key_node, value_node in node.value:
        key_mark = _mark(key_node, path)
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlError(key_mark, "yaml.complex_key")
        if key_node.value == "<<" and not key_node.style:
            raise YamlError(key_mark, "yaml.merge")
        key = str(key_node.value)
        if key in items:
            raise YamlError(
                key_mark,
                "yaml.duplicate_key",
                kind="duplicate-key",
                key=key,
                first_line=key_marks[key].line,
            )
        key_marks[key] = key_mark
        items[key] = _convert(value_node, path, seen)
    return Map(items, key_marks, _mark(node, path))
