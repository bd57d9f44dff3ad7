"""The Word report: templates/bao-cao.docx (or the user's) filled by docxtpl in the sandbox.

Values are XML-escaped (autoescape), so "Sở KH&CN" comes out whole.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from cchc.errors import CchcError
from cchc.render.report_env import environment, failure, template_line
from cchc.report_view import ReportView

_TAG = re.compile(r"<[^>]+>")


def render_docx(view: ReportView, path: Path) -> bytes:
    """The report as .docx bytes; a broken template raises TemplateFailed with its line."""
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate

    if not path.is_file():
        raise CchcError("report.template_unreadable", path=str(path), detail="FileNotFoundError")
    try:
        template = DocxTemplate(str(path))
        template.init_docx()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise CchcError(
            "report.template_not_docx", path=str(path), detail=type(exc).__name__
        ) from None
    env = environment(autoescape=True)
    try:
        template.render({"report": view}, jinja_env=env, autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
    except Exception as exc:  # a template may fail in any way: name the file and line
        line = template_line(exc, "<template>")
        raise failure(path, exc, line, _near(template, line)) from None
    return buffer.getvalue()


def _near(template: object, line: int | None) -> str:
    """The text of the template paragraph at ``line`` of docxtpl's prepared XML."""
    if line is None:
        return ""
    try:
        xml = template.patch_xml(template.get_xml())  # type: ignore[attr-defined]
    except Exception:  # only a hint: never hide the real error behind another
        return ""
    lines = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()
    text = _TAG.sub("", lines[line - 1]).strip() if 0 < line <= len(lines) else ""
    return f"«{text[:80]}»" if text else ""
