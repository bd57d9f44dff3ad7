"""The Problem record every check reports, and its output formats (text, json, github)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cchc.jsonout import dumps
from cchc.marks import Mark
from cchc.messages import Key, translate
from cchc.safetext import shorten, visible

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One mistake in a plan, at one place. Sorts by file, line, column."""

    path: Path
    line: int
    col: int
    rule: str
    """Rule id, e.g. ``reference``; documented in the README."""
    message: str
    """Catalog key of the message (see cchc.messages)."""
    args: Mapping[str, object] = field(default_factory=dict, compare=False)
    severity: Severity = "error"
    hint: str | None = None
    """Catalog key of the fix hint, formatted with the same ``args``."""

    @classmethod
    def at(
        cls,
        mark: Mark,
        rule: str,
        message: str,
        hint: str | None = None,
        severity: Severity = "error",
        **args: Any,
    ) -> Problem:
        """A problem at a node's position."""
        return cls(mark.path, mark.line, mark.col, rule, message, args, severity, hint)


def has_errors(problems: Iterable[Problem], strict: bool = False) -> bool:
    """True when a problem should fail the run (warnings count too under ``strict``)."""
    return any(p.severity == "error" or strict for p in problems)


def display_path(path: Path, base: Path | None) -> str:
    """``path`` as seen from ``base`` (where the user stands), with forward slashes:
    ``plan/units.yaml`` below it, ``../units.yaml`` beside it; absolute only across drives."""
    if base is not None:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
        if path.is_absolute() and base.is_absolute():
            try:
                return Path(os.path.relpath(path, base)).as_posix()
            except ValueError:  # pragma: no cover - another drive on Windows
                pass
    return path.as_posix()


def _texts(problem: Problem, lang: str) -> tuple[str, str | None, str]:
    """Message, hint and severity in ``lang``; values from the plan are shortened and their
    control characters made visible, so no output format carries them raw."""
    args = {
        name: value if isinstance(value, Key) or not isinstance(value, str) else shorten(value)
        for name, value in problem.args.items()
    }
    message = visible(translate(problem.message, lang, **args))
    hint = visible(translate(problem.hint, lang, **args)) if problem.hint else None
    severity = translate(f"severity.{problem.severity}", lang)
    return message, hint, severity


def _where(problem: Problem, base: Path | None) -> str:
    return visible(display_path(problem.path, base))


def format_text(problems: Iterable[Problem], lang: str, base: Path | None = None) -> str:
    """``path:line:col: error: message [rule]``, with the hint indented on the next line."""
    lines = []
    hint_label = translate("label.hint", lang)
    for p in problems:
        message, hint, severity = _texts(p, lang)
        where = f"{_where(p, base)}:{p.line}:{p.col}"
        lines.append(f"{where}: {severity}: {message} [{p.rule}]")
        if hint:
            lines.append(f"    {hint_label}: {hint}")
    return "\n".join(lines)


def format_json(
    problems: Iterable[Problem], lang: str, base: Path | None = None, pretty: bool = False
) -> str:
    """A JSON document ``{"schema": "cchc.problems/1", "version": 1, "problems": [...]}``
    (``version`` kept for readers of the first format); stable keys, UTF-8 text."""
    items = []
    for p in problems:
        message, hint, _ = _texts(p, lang)
        items.append(
            {
                "path": display_path(p.path, base),
                "line": p.line,
                "column": p.col,
                "severity": p.severity,
                "rule": p.rule,
                "message": message,
                "hint": hint,
            }
        )
    text = dumps({"schema": "cchc.problems/1", "version": 1, "problems": items}, pretty)
    # json escapes C0 controls itself; DEL and C1 (U+009B is a CSI) would pass through raw.
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_C1 = re.compile("[\x7f-\x9f]")


def _github_data(text: str) -> str:
    """The message part of a workflow command (GitHub's escaping of command data)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """A property value (file, title): also ':' and ',', which would end the property."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(problems: Iterable[Problem], lang: str, base: Path | None = None) -> str:
    """GitHub Actions workflow commands, so problems show as annotations on a pull request."""
    lines = []
    for p in problems:
        message, hint, _ = _texts(p, lang)
        text = f"{message} ({hint})" if hint else message
        path = _github_property(_where(p, base))
        lines.append(
            f"::{p.severity} file={path},line={p.line},col={p.col},"
            f"title={_github_property(p.rule)}::{_github_data(text)}"
        )
    return "\n".join(lines)


FORMATTERS = {"text": format_text, "json": format_json, "github": format_github}
