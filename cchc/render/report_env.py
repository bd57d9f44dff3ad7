"""The Jinja environment of report templates: sandboxed, strict, with the report's filters.

Templates arrive through pull requests and ``--template``: they run in Jinja's sandbox, an
undefined name fails loudly, and any failure becomes one line naming the template and its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from cchc.errors import CchcError
from cchc.vntext import format_count

_MD_SPECIAL = re.compile(r"([\\`*_<>|#])")  # "[...]" stays: it marks what a person fills
_SPACES = re.compile(r"\s*[\r\n]+\s*")


class TemplateFailed(CchcError):
    """A report template that cannot be read or rendered; the message names file and line."""


def md(value: object) -> str:
    """Running Markdown text: characters Markdown would read as markup are escaped and line
    breaks become spaces, so a note cannot start a heading, a list or a table of its own."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(value)).strip())


def cell(value: object) -> str:
    """A Markdown table cell: as ``md``; a "|" or a newline cannot break the row."""
    return md(value)


Source = tuple[str, str, Callable[[], bool]]
"""What a Jinja FunctionLoader returns: the text, its file name, whether it is up to date."""


def environment(
    autoescape: bool, loader: Callable[[str], Source] | None = None
) -> SandboxedEnvironment:
    """A sandboxed, strict environment; Markdown filters when not escaping for XML."""
    from jinja2 import FunctionLoader

    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=autoescape,
        keep_trailing_newline=True,
        trim_blocks=not autoescape,
        lstrip_blocks=not autoescape,
        loader=FunctionLoader(loader) if loader is not None else None,
    )
    env.filters["number"] = format_count
    if not autoescape:
        env.filters["md"] = md
        env.filters["cell"] = cell
    return env


def template_line(exc: BaseException, filename: str) -> int | None:
    """The template line an exception was raised at (syntax errors carry it; runtime errors
    leave it in the traceback Jinja rewrites to point into the template)."""
    if isinstance(exc, TemplateSyntaxError) and exc.lineno:
        return exc.lineno
    line = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def failure(path: Path, exc: BaseException, line: int | None, near: str = "") -> TemplateFailed:
    """The one-line error for a template that failed at ``line`` (None when unknown)."""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if near:
        detail = f"{detail} ({near})"
    if line is None:
        return TemplateFailed("report.template_failed", path=str(path), detail=detail)
    return TemplateFailed("report.template_failed_at", path=str(path), line=line, detail=detail)
