"""The Markdown report: templates/bao-cao.md.j2 (or the user's) rendered in the sandbox."""

from __future__ import annotations

from pathlib import Path

from cchc.errors import CchcError
from cchc.render.report_env import environment, failure, template_line
from cchc.report_view import ReportView


def read_template(path: Path) -> str:
    """A template's text (UTF-8); a missing or unreadable file is a one-line error."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CchcError(
            "report.template_unreadable", path=str(path), detail=type(exc).__name__
        ) from None


def render_markdown(view: ReportView, path: Path) -> str:
    """The report as Markdown; a broken template raises TemplateFailed with its line."""
    source = read_template(path)
    filename = str(path)
    env = environment(autoescape=False, loader=lambda name: (source, filename, lambda: True))
    try:
        template = env.get_template(filename)
        text = template.render(report=view)
    except Exception as exc:  # a template may fail in any way: name the file and line
        raise failure(path, exc, template_line(exc, filename)) from None
    return text.rstrip("\n") + "\n"
