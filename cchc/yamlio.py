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
from typing import Any

import yaml

from cchc.marks import Mark
from cchc.nodes import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, Map, Node, Scalar, Seq, YamlError

try:  # libyaml's parser is several times faster; fall back silently where it is missing.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


# What YAML 1.1 allows in a stream (tab, newlines, printable text); anything else is refused.
# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are refused too: YAML counts them as line breaks
# and editors do not, so every line number after one would be wrong.
_FORBIDDEN = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Inside a value: every C0 and C1 control except tab and newline (block scalars hold newlines),
# and the bidirectional marks that make text read otherwise than it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _STANDARD_TAG_PREFIX + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


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
        events = _events(text, path)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark are rare
        raise YamlError(Mark(path, 1, 1), "yaml.syntax", detail=str(exc)) from None
    node = _Builder(path).build(events)
    if node is None:  # pragma: no cover - _has_content refused a stream without a document
        raise YamlError(Mark(path, 1, 1), "yaml.empty")
    if not isinstance(node, Map):
        raise YamlError(node.mark, "yaml.root_not_mapping")
    return node


def _events(text: str, path: Path) -> list[Any]:
    """Every event of the file, after refusing what the stream itself shows: syntax errors,
    anchors and aliases wherever they stand (a tree would forget an anchor on a key, or one
    never used), more than MAX_NODES values (before any tree is built) and a second
    document. Reading events and building the tree from them in one Python pass is much
    faster than letting PyYAML compose its own tree and converting that one."""
    loader = _BaseLoader(text)
    events: list[Any] = []  # PyYAML's events, typed loosely by its stubs (all optional)
    count = documents = 0
    try:
        while True:
            event: Any = loader.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent or kind in _STARTS:
                if event.anchor is not None:
                    raise YamlError(_event_mark(event, path), "yaml.alias")
                count += 1
                if count > MAX_NODES:
                    limit = f"{MAX_NODES:,}"
                    raise YamlError(_event_mark(event, path), "yaml.too_many_nodes", limit=limit)
            elif kind is yaml.AliasEvent:
                raise YamlError(_event_mark(event, path), "yaml.alias")
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise YamlError(_event_mark(event, path), "yaml.many_documents")
            elif kind is yaml.StreamEndEvent:
                return events
            events.append(event)
    finally:
        loader.dispose()


_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)


def _event_mark(event: yaml.Event, path: Path) -> Mark:
    mark = event.start_mark
    return Mark(path, mark.line + 1, mark.column + 1) if mark else Mark(path, 1, 1)


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``; lines end in LF, CRLF or a
    lone CR (old Mac files), as YAML counts them."""
    breaks = text.count("\n", 0, index) + text.count("\r", 0, index)
    line = breaks - text.count("\r\n", 0, index) + 1
    line_start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    return line, index - line_start + 1


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
    if "\t" not in text:  # the common case: no line to look at
        return text
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
    at_tab = mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t"
    if at_tab or "'\\t'" in problem or "tab" in problem:  # "-<tab>x" says the character only
        return YamlError(Mark(path, line, col), "yaml.tab")
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


class _Open:
    """A list or mapping whose end has not been read yet."""

    __slots__ = ("in_list", "items", "key", "key_marks", "mark")

    def __init__(self, mark: Mark, mapping: bool, in_list: bool) -> None:
        self.mark = mark
        self.items: Any = {} if mapping else []
        self.key_marks: dict[str, Mark] | None = {} if mapping else None
        self.key: Scalar | None = None
        """In a mapping: the key read, whose value comes next."""
        self.in_list = in_list
        """The mapping is an item of a list (a repeated key then means a missing "- ")."""


class _Builder:
    """Turns the events of one document into Scalar/Seq/Map, refusing tags, control
    characters, nesting deeper than MAX_DEPTH, keys that are not plain text and repeated keys.

    Nothing recurses: the lists and mappings being read are kept on a stack.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def build(self, events: list[Any]) -> Node | None:
        stack: list[_Open] = []
        path = self.path
        root: Node | None = None
        top: _Open | None = None
        for event in events:
            kind = type(event)
            node: Node
            if kind is yaml.ScalarEvent:
                start, value = event.start_mark, event.value
                mark = _new(Mark, (path, start.line + 1, start.column + 1))
                if value == "<<" and not event.style and _wants_key(top):
                    raise YamlError(mark, "yaml.merge")
                if event.tag is not None:
                    _check_tag(event.tag, mark)
                if _CONTROL.search(value) is not None:
                    raise _control_char(value, mark)
                node = _new(Scalar, (value, mark, bool(event.style)))
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                start = event.start_mark
                mark = _new(Mark, (path, start.line + 1, start.column + 1))
                if _wants_key(top):
                    raise YamlError(mark, "yaml.complex_key")
                if event.tag is not None:
                    _check_tag(event.tag, mark)
                if len(stack) >= MAX_DEPTH:
                    raise YamlError(mark, "yaml.too_deep", limit=MAX_DEPTH)
                in_list = top is not None and top.key_marks is None
                top = _Open(mark, kind is yaml.MappingStartEvent, in_list)
                stack.append(top)
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                done = stack.pop()
                top = stack[-1] if stack else None
                if done.key_marks is not None:
                    node = Map(done.items, done.key_marks, done.mark)
                else:
                    node = Seq(tuple(done.items), done.mark)
            else:  # the start and end of the stream and of the document
                continue
            if top is None:
                root = node
            elif top.key_marks is None:
                top.items.append(node)
            elif top.key is None:
                _new_key(top, node)
            else:
                key = top.key
                top.items[key.text] = node
                top.key_marks[key.text] = key.mark
                top.key = None
        return root


_new = tuple.__new__
"""Builds a Mark or Scalar without the Python-level ``__new__`` of a named tuple."""


def _wants_key(open_: _Open | None) -> bool:
    """The next node read is a key of the mapping ``open_``."""
    return open_ is not None and open_.key is None and open_.key_marks is not None


def _control_char(value: str, mark: Mark) -> YamlError:
    found = _CONTROL.search(value)
    assert found is not None
    return YamlError(mark, "yaml.control_char", char=f"U+{ord(found.group()):04X}")


def _new_key(parent: _Open, key: Node) -> None:
    """``key`` read in ``parent``, a mapping: a key seen twice is refused."""
    assert isinstance(key, Scalar)  # a list or mapping as a key was refused at its start
    assert parent.key_marks is not None
    if key.text in parent.items:
        # In a list item, a key seen twice is nearly always the next item without its "- ":
        # say so, rather than advise deleting a line that holds data.
        raise YamlError(
            key.mark,
            "yaml.missing_dash" if parent.in_list else "yaml.duplicate_key",
            kind="duplicate-key",
            key=key.text,
            first_line=parent.key_marks[key.text].line,
        )
    parent.key = key


def _check_tag(tag: str, mark: Mark) -> None:
    """Only the standard tags (``!!str``...) may be written; "!" alone means plain text."""
    if tag != "!" and tag not in _ALLOWED_TAGS:
        raise YamlError(mark, "yaml.tag", tag=tag)
