"""cchc report: the quarterly, half-year, 9-month or annual report as Markdown or Word.

Reads a valid plan, builds the report's view-model (cchc.report_view), renders it through a
Jinja template (templates/ of the plan's project, else cchc's own) and writes it atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from cchc.errors import UsageError
from cchc.messages import translate
from cchc.model import Plan
from cchc.report_header import file_stem
from cchc.report_view import ReportView, Request, build_report
from cchc.schedule import PERIOD_KINDS, Period, parse_period
from cchc.session import Session
from cchc.units import expand

TEMPLATES = {"md": "bao-cao.md.j2", "docx": "bao-cao.docx"}
_BUILTIN = Path(__file__).resolve().parent.parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class Options:
    """The command's options, converted but not yet checked against the plan."""

    quarter: int | None = None
    year: int | None = None
    period: str | None = None
    unit: str | None = None
    fmt: str | None = None
    output: Path | None = None
    template: Path | None = None
    number: str | None = None
    date: dt.date | None = None
    signer: str | None = None
    place: str | None = None
    as_of: dt.date | None = None


def choose_period(plan: Plan, options: Options, today: dt.date) -> Period:
    """The period ``--quarter``/``--year`` or ``--period`` name; the year defaults to the
    plan's year that holds ``today`` (its first or last year outside them)."""
    doc = plan.document
    year = options.year or min(max(today.year, doc.start.year), doc.end.year)
    if options.quarter is not None and options.period is not None:
        raise UsageError("report.two_periods")
    if options.quarter is not None:
        if options.quarter not in (1, 2, 3, 4):
            raise UsageError("report.bad_quarter", value=options.quarter)
        return Period(year, f"Q{options.quarter}")
    if options.period is None:
        raise UsageError("report.no_period")
    text = options.period.strip()
    if text.upper() in PERIOD_KINDS:
        return Period(year, text.upper())
    parsed = parse_period(text, year)
    if parsed is None:
        raise UsageError("report.bad_period", value=options.period)
    return parsed


def output_format(options: Options) -> str:
    """md or docx: as asked, else from the output's extension, else md."""
    if options.fmt is not None:
        if options.fmt not in TEMPLATES:
            raise UsageError("cli.bad_choice", value=options.fmt, choices="md, docx")
        return options.fmt
    if options.output is None or options.output.is_dir():
        return "md"
    suffix = options.output.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".docx":
        return "docx"
    raise UsageError("report.bad_format", path=str(options.output))


def template_path(session: Session, fmt: str, given: Path | None) -> Path:
    """``--template``; else templates/ beside the plan folder (a project's own); else cchc's."""
    if given is not None:
        return given
    own = session.root.resolve().parent / "templates" / TEMPLATES[fmt]
    return own if own.is_file() else _BUILTIN / TEMPLATES[fmt]


def render(view: ReportView, fmt: str, template: Path) -> bytes:
    """The report's bytes; jinja2 and docxtpl are imported only here."""
    if fmt == "docx":
        from cchc.render.report_docx import render_docx

        return render_docx(view, template)
    from cchc.render.report_md import render_markdown

    return render_markdown(view, template).encode("utf-8")


def run(session: Session, options: Options, echo: Callable[[str], None], today: dt.date) -> int:
    """Write the report(s); 0 on success (errors raise UsageError, exit 2)."""
    from cchc.report_output import write_atomic

    plan = session.plan
    period = choose_period(plan, options, today)
    fmt = output_format(options)
    template = template_path(session, fmt, options.template)
    request = Request(
        period,
        options.unit,
        options.number,
        options.date,
        options.signer,
        options.place,
        options.as_of,
    )
    units = {u.id: u for u in plan.units}
    group = options.unit is not None and units[options.unit].is_group
    if group:
        if options.output is None or not options.output.is_dir():
            raise UsageError("report.group_needs_folder", unit=options.unit)
        assert options.unit is not None
        members = [m for m in expand(options.unit, units) if _has_duties(plan, m)]
        if not members:
            raise UsageError("report.unit_no_duties", unit=options.unit)
        requests = [replace(request, unit=member) for member in members]
    else:
        requests = [request]
    for one in requests:
        view = build_report(plan, one)
        data = render(view, fmt, template)
        if options.output is None and fmt == "md":
            echo(data.decode("utf-8").rstrip("\n"))
            continue
        path = _target(options.output, view, fmt, not group and one.unit is None)
        write_atomic(path, data)
        echo(translate("report.written", session.lang, path=str(path)))
    return 0


def _has_duties(plan: Plan, unit: str) -> bool:
    units = {u.id: u for u in plan.units}
    return any(unit in expand(a.lead.id, units) for a in plan.assignments)


def _target(output: Path | None, view: ReportView, fmt: str, consolidated: bool) -> Path:
    stem = _name(view, consolidated)
    name = f"{stem}.{fmt}"
    if output is None:
        return Path.cwd() / name
    return output / name if output.is_dir() else output


def _name(view: ReportView, consolidated: bool) -> str:
    year, _, kind = view.period_code.partition("-")
    stem = file_stem(Period(int(year), kind or "Y"), view.plan_number)
    return stem if consolidated else f"{stem}-{view.unit}"
