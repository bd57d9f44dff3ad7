"""Adding a record to a progress file by inserting text: nothing else in the file changes.

A YAML round trip would lose comments, reorder keys and requote values people chose. Instead the
file is read once (cchc.yamlio, for positions only) and the new record's lines are inserted after
the last line of its ``records:`` list, indented like the records already there, with the file's
own line endings. Only what cchc renders itself is new text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cchc.nodes import Map, Scalar, Seq
from cchc.yamlio import load_bytes

Value = str | Sequence[str] | Mapping[str, str]

# Plain scalars that read back as the same text in block and flow context: no indicator at the
# start, no ": " or " #", no flow punctuation, no surrounding spaces.
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^,\[\]{}#:]*$")
_PLAIN_BLOCK = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^#:]|:(?! )|(?<! )#)*$")


class EditError(Exception):
    """The file cannot take a record by insertion; ``key`` is the catalog key saying why."""

    def __init__(self, key: str, line: int) -> None:
        super().__init__(key)
        self.key = key
        self.line = line


@dataclass(frozen=True)
class Insertion:
    """The file's new text and where the record starts in it (1-based line)."""

    text: str
    line: int
    added: tuple[str, ...]
    """The lines added, without line endings (what ``--dry-run`` prints)."""


def scalar(text: str, flow: bool = False) -> str:
    """``text`` as a YAML scalar that reads back unchanged: plain when safe, else double-quoted."""
    pattern = _PLAIN if flow else _PLAIN_BLOCK
    if text and text == text.strip() and pattern.match(text) and "\n" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def render(fields: Mapping[str, Value]) -> list[str]:
    """The record as block-style lines, first line starting ``- ``, the others indented by 2."""
    lines = []
    for key, value in fields.items():
        if isinstance(value, str):
            rendered = scalar(value)
        elif isinstance(value, Mapping):
            pairs = ", ".join(f"{scalar(k, True)}: {scalar(v, True)}" for k, v in value.items())
            rendered = "{" + pairs + "}"
        else:
            rendered = "[" + ", ".join(scalar(v, True) for v in value) + "]"
        lines.append(f"{key}: {rendered}")
    return [("- " if i == 0 else "  ") + line for i, line in enumerate(lines)]


def new_file(header: Sequence[str], record: Sequence[str]) -> Insertion:
    """A new progress file: header comment lines, ``records:``, the record."""
    lines = [*header, "records:", *(f"  {line}" for line in record)]
    return Insertion("\n".join(lines) + "\n", len(header) + 2, tuple(lines))


def insert(text: str, record: Sequence[str], path: Path) -> Insertion:
    """``text`` (a progress file) with ``record`` added at the end of its ``records`` list."""
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text[: -len(newline)] if text.endswith(newline) else text
    lines = body.split(newline) if body else []
    root = load_bytes(text.encode("utf-8"), path)  # raises YamlError for a broken file
    node = root.items.get("records")
    if node is None:
        return _splice(lines, len(lines), ["records:", *(f"  {r}" for r in record)], newline, 2)
    key_line = root.key_marks["records"].line
    empty = isinstance(node, Scalar) and not node.quoted and node.text in ("", "~", "null")
    if not empty and not isinstance(node, Seq):
        raise EditError("record.edit_not_list", key_line)
    if isinstance(node, Seq) and node.items and node.mark.line == key_line:
        raise EditError("record.edit_flow", key_line)  # records: [{...}] written inline
    if not isinstance(node, Seq) or not node.items:  # `records: []`: start a block list
        lines[key_line - 1] = _bare_key(lines[key_line - 1])
        after = _block_end(lines, key_line, _next_key_line(root, "records"))
        return _splice(lines, after, [f"  {r}" for r in record], newline, 1)
    first = node.items[0].mark
    dash_col = lines[first.line - 1].rfind("-", 0, first.col - 1)
    indent = " " * max(dash_col, 0)
    after = _block_end(lines, key_line, _next_key_line(root, "records"))
    return _splice(lines, after, [indent + r for r in record], newline, 1)


def _bare_key(line: str) -> str:
    """``records: []  # comment`` -> ``records:  # comment``."""
    return re.sub(r"^(\ufeff?records\s*:)\s*(?:\[\s*\]|~|null)?", r"\1", line)


def _next_key_line(root: Map, key: str) -> int | None:
    keys = list(root.key_marks)
    index = keys.index(key)
    return root.key_marks[keys[index + 1]].line if index + 1 < len(keys) else None


def _block_end(lines: list[str], key_line: int, next_key: int | None) -> int:
    """The number of the last line belonging to the list under ``key_line``: indented lines and
    dashes; comments at the margin after the list stay after it."""
    stop = (next_key - 1) if next_key else len(lines)
    last = key_line
    for number in range(key_line + 1, stop + 1):
        line = lines[number - 1]
        if line.strip() and line[0] in " -":
            last = number
    return last


def _splice(lines: list[str], after: int, added: list[str], newline: str, offset: int) -> Insertion:
    """Insert ``added`` after line ``after``; the record starts ``offset`` lines into it."""
    result = [*lines[:after], *added, *lines[after:]]
    return Insertion(newline.join(result) + newline, after + offset, tuple(added))
