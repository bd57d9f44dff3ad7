"""The only module that touches YAML: reads plan files into a small node tree with positions.

Policy (documented in the README, tested in tests/test_yamlio.py):
- UTF-8 only, with or without a BOM; anything else is an error naming the line.
- No implicit typing: every scalar stays the text the user typed. The schema decides what a
  field is, so ``no`` in a text field stays "no" and ``2021-02-30`` is reported as a date that
  does not exist, never silently turned into a string or a boolean.
- Duplicate keys are errors naming both lines (PyYAML would silently keep the last).
- Anchors (on values or keys, used or not), aliases and tags other than the standard ones are
  rejected: plan files are data for people to review, and this also makes alias bombs impossible.
- One document per file; the root must be a mapping.
- Characters YAML forbids (NUL, ESC and the other C0/C1 controls) are reported at their line and
  column; so are control characters written as escapes in double-quoted strings (ESC, CSI),
  which no plan text needs and which could drive a terminal.
- Bounded: a file holds at most MAX_FILE_BYTES, MAX_NODES values and MAX_DEPTH levels of
  nesting; beyond that it is refused with the limit named, never read slowly or recursed into.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from cchc.marks import Mark
from cchc.nodes import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, Map, Node, Scalar, Seq, YamlError

try:  # libyaml's composer is several times faster; fall back silently where it is missing.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_SCAN_ABOVE = 256 * 1024
"""Files larger than this are counted event by event before the tree is built."""

# What YAML 1.1 allows in a stream (tab, newlines, printable text); anything else is refused.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Inside a value: every C0 and C1 control except tab and newline (block scalars hold newlines),
# and the bidirectional marks that make text read otherwise than it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _STANDARD_TAG_PREFIX + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


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
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    return load_bytes(data, path)


def load_bytes(data: bytes, path: Path) -> Map:
    """Parse bytes of a plan file; ``path`` is used only in positions."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlError(Mark(path, 1, 1), "yaml.too_large", limit=f"{MAX_FILE_BYTES // 1024} KiB")
    text = _decode(data, path)
    if not text.strip():
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    if not _has_content(text):
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    try:
        if len(text) > _SCAN_ABOVE or "&" in text or "*" in text:
            _scan_events(text, path)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark are rare
        raise YamlError(Mark(path, 1, 1), "yaml.syntax", detail=str(exc)) from None
    if root is None:
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    node = _Converter(path).convert(root)
    if not isinstance(node, Map):
        raise YamlError(node.mark, "yaml.root_not_mapping")
    return node


def _scan_events(text: str, path: Path) -> None:
    """Refuse anchors and aliases wherever they stand, and too many values, before composing.

    The composed tree forgets anchors (an anchor on a key, or one never used, leaves no trace),
    so they are looked for in the event stream; the same pass counts values, which bounds the
    memory a large file can take before any tree is built.
    """
    count = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise YamlError(_event_mark(event, path), "yaml.alias")
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            count += 1
            if count > MAX_NODES:
                raise YamlError(
                    _event_mark(event, path), "yaml.too_many_nodes", limit=f"{MAX_NODES:,}"
                )


def _event_mark(event: yaml.Event, path: Path) -> Mark:
    mark = event.start_mark
    return Mark(path, mark.line + 1, mark.column + 1) if mark else Mark(path, 1, 1)


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _decode(data: bytes, path: Path) -> str:
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        line_bytes = before[before.rfind(b"\n") + 1 :]
        col = len(line_bytes.decode("utf-8", errors="replace")) + 1
        raise YamlError(Mark(path, line, col), "yaml.not_utf8") from None
    forbidden = _FORBIDDEN.search(text)
    if forbidden is not None:
        line, col = _position(text, forbidden.start())
        raise YamlError(
            Mark(path, line, col), "yaml.control_char", char=f"U+{ord(forbidden.group()):04X}"
        )
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
    for english, key in _PROBLEMS:  # PyYAML's English, said in the user's language
        if english in problem:
            start = exc.context_mark if key in _OPENED and exc.context_mark else None
            if start is not None:  # point at the quote or bracket left open, not at the end
                line, col = start.line + 1, start.column + 1
            return YamlError(Mark(path, line, col), key)
    return YamlError(Mark(path, line, col), "yaml.syntax", detail=problem or str(exc))


_OPENED = ("yaml.unclosed_quote", "yaml.unclosed_bracket")
_PROBLEMS = (
    ("mapping values are not allowed", "yaml.colon_in_text"),
    ("could not find expected ':'", "yaml.expected_colon"),
    ("did not find expected key", "yaml.bad_indent"),
    ("did not find expected '-' indicator", "yaml.bad_indent"),
    ("found unexpected end of stream", "yaml.unclosed_quote"),
    ("found unexpected ':'", "yaml.colon_in_text"),
    ("did not find expected ',' or ']'", "yaml.unclosed_bracket"),
    ("did not find expected ',' or '}'", "yaml.unclosed_bracket"),
    ("found character that cannot start any token", "yaml.bad_start"),
    ("found unknown escape character", "yaml.bad_escape"),
)


def _mark(node: yaml.Node, path: Path) -> Mark:
    return Mark(path, node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    """Turns composed nodes into Scalar/Seq/Map, refusing tags, control characters and depth.

    Recursion is bounded by MAX_DEPTH, checked before descending, so no input reaches Python's
    recursion limit.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.nodes = 0

    def convert(self, node: yaml.Node, depth: int = 0, in_list: bool = False) -> Node:
        mark = _mark(node, self.path)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise YamlError(mark, "yaml.too_many_nodes", limit=f"{MAX_NODES:,}")
        if node.tag not in _ALLOWED_TAGS:
            raise YamlError(mark, "yaml.tag", tag=node.tag)
        if isinstance(node, yaml.ScalarNode):
            value = str(node.value)
            control = _CONTROL.search(value)
            if control is not None:
                raise YamlError(mark, "yaml.control_char", char=f"U+{ord(control.group()):04X}")
            return Scalar(value, mark, quoted=bool(node.style))
        if depth >= MAX_DEPTH:
            raise YamlError(mark, "yaml.too_deep", limit=MAX_DEPTH)
        if isinstance(node, yaml.SequenceNode):
            return Seq(tuple(self.convert(item, depth + 1, True) for item in node.value), mark)
        if isinstance(node, yaml.MappingNode):
            return self.convert_map(node, mark, depth + 1, in_list)
        raise YamlError(mark, "yaml.syntax", detail=type(node).__name__)  # pragma: no cover

    def convert_map(self, node: yaml.MappingNode, mark: Mark, depth: int, in_list: bool) -> Map:
        items: dict[str, Node] = {}
        key_marks: dict[str, Mark] = {}
        for key_node, value_node in node.value:
            key_mark = _mark(key_node, self.path)
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(key_mark, "yaml.complex_key")
            if key_node.value == "<<" and not key_node.style:
                raise YamlError(key_mark, "yaml.merge")
            key = self.convert(key_node, depth)
            assert isinstance(key, Scalar)
            if key.text in items:
                # In a list item, a key seen twice is nearly always the next item without its
                # "- ": say so, rather than advise deleting a line that holds data.
                raise YamlError(
                    key_mark,
                    "yaml.missing_dash" if in_list else "yaml.duplicate_key",
                    kind="duplicate-key",
                    key=key.text,
                    first_line=key_marks[key.text].line,
                )
            key_marks[key.text] = key_mark
            items[key.text] = self.convert(value_node, depth)
        return Map(items, key_marks, mark)
