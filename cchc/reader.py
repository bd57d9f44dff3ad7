"""Reads a plan folder: finds its files, loads and converts each, and assembles the Plan.

Problems found on the way (unreadable YAML, schema mistakes, misplaced files) are returned,
never raised; the Plan is built from whatever converted, so the cross-file checks can still
run and one ``cchc validate`` shows every mistake.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc import model, specs
from cchc.problems import Problem, Severity
from cchc.schedule import Deadline, Period, parse_date, parse_period
from cchc.schema import FAILED, Context
from cchc.yamlio import Map, Mark, Scalar, YamlError, load_file

LAYOUT = "file-layout"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class ReadResult:
    """What reading a plan folder gives: the plan (None if plan.yaml is unusable) and problems."""

    plan: model.Plan | None
    problems: list[Problem]
    broken_ids: set[str] = field(default_factory=set)
    files: list[Path] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)
    """Kinds of definitions (kind.unit, kind.item...) some of whose files could not be read:
    references to them cannot be judged and are not reported."""


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in YAML_SUFFIXES)


def _find(root: Path, stem: str) -> Path | None:
    return next(
        (root / f"{stem}{s}" for s in YAML_SUFFIXES if (root / f"{stem}{s}").is_file()), None
    )


class _Reader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.ctx = Context(self.problems)
        self.files: list[Path] = []
        self.unreadable: set[str] = set()
        self.reporting: model.Reporting | None = None

    def load(self, path: Path, kinds: tuple[str, ...] = ()) -> Map | None:
        """The file's nodes, or None after reporting why; ``kinds`` are what it defines."""
        self.files.append(path)
        try:
            return load_file(path)
        except YamlError as exc:
            hint = f"hint.{exc.message_key}"
            self.problems.append(Problem.at(exc.mark, exc.kind, exc.message_key, hint, **exc.args_))
        except OSError as exc:
            self.problems.append(
                Problem.at(
                    Mark(path, 1, 1),
                    "yaml",
                    "yaml.unreadable",
                    "hint.yaml.unreadable",
                    detail=exc.strerror or str(exc),
                )
            )
        self.unreadable.update(kinds)
        return None

    def layout(self, mark: Mark, message: str, severity: Severity = "error", **args: Any) -> None:
        self.problems.append(
            Problem.at(mark, LAYOUT, message, f"hint.{message}", severity=severity, **args)
        )

    def required(self, stem: str, kinds: tuple[str, ...] = ()) -> Map | None:
        path = _find(self.root, stem)
        if path is None:
            self.layout(
                Mark(self.root / f"{stem}.yaml", 1, 1), "layout.missing_file", name=f"{stem}.yaml"
            )
            self.unreadable.update(kinds)
            return None
        return self.load(path, kinds)

    def read(self) -> ReadResult:
        plan_node = self.required("plan")
        if plan_node is not None:
            self.ctx.default_year = _peek_year(plan_node)
        document = specs.PLAN_FILE.convert(plan_node, self.ctx) if plan_node else FAILED
        if isinstance(document, model.Document):
            self.reporting = document.reporting

        units: tuple[model.Unit, ...] = ()
        units_node = self.required("units", ("kind.unit",))
        if units_node is not None:
            converted: Any = specs.UNITS_FILE.convert(units_node, self.ctx)
            if converted is not FAILED:
                units = converted["units"] + converted["groups"]

        audiences, content, forms = self.read_content()
        assignments = self.read_assignments()
        records = self.read_progress()
        self.report_strays()
        plan = None
        if isinstance(document, model.Document):
            plan = model.Plan(document, units, audiences, content, forms, assignments, records)
        return ReadResult(plan, self.problems, self.ctx.broken_ids, self.files, self.unreadable)

    def read_content(self) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
        paths = [p for p in [_find(self.root, "content")] if p] + _yaml_files(self.root / "content")
        audiences: list[Any] = []
        content: list[Any] = []
        forms: list[Any] = []
        for path in paths:
            node = self.load(path, ("kind.audience", "kind.item", "kind.form"))
            converted: Any = specs.CONTENT_FILE.convert(node, self.ctx) if node else FAILED
            if converted is not FAILED:
                audiences += converted["audiences"]
                content += converted["content"]
                forms += converted["forms"]
        return tuple(audiences), tuple(content), tuple(forms)

    def read_assignments(self) -> tuple[model.Assignment, ...]:
        result: list[model.Assignment] = []
        for path in _yaml_files(self.root / "assignments"):
            node = self.load(path, ("kind.assignment",))
            converted: Any = specs.ASSIGNMENTS_FILE.convert(node, self.ctx) if node else FAILED
            if converted is FAILED:
                continue
            lead: model.Ref = converted["lead"]
            if lead.id != path.stem:
                self.layout(lead.at, "layout.assignment_file", lead=lead.id, name=path.name)
            for values in converted["assignments"]:
                assignment = self.assignment(lead, values)
                if assignment is not None:
                    result.append(assignment)
        return tuple(result)

    def assignment(self, lead: model.Ref, values: dict[str, Any]) -> model.Assignment | None:
        """A report (``flow`` set) may omit its deadline: it then reports on the flow's periods."""
        if values["deadline"] is None:
            flow = values["flow"]
            if flow is None:
                self.ctx.report(
                    values["at"], "schema.missing_key", "hint.missing_key", key="deadline"
                )
                self.ctx.broken_ids.add(values["id"])
                return None
            known = self.reporting.flow(flow.id) if self.reporting else None
            text = (known.text or ", ".join(known.periods)) if known else flow.id
            values["deadline"] = Deadline("recurring", text, follows_reporting=True)
        return model.Assignment(lead=lead, **values)

    def read_progress(self) -> tuple[model.Record, ...]:
        folder = self.root / "progress"
        result: list[model.Record] = []
        if not folder.is_dir():
            return ()
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix not in YAML_SUFFIXES:
                continue
            period = _progress_period(path, folder)
            if period is None:
                self.layout(
                    Mark(path, 1, 1),
                    "layout.progress_path",
                    name=path.relative_to(folder).as_posix(),
                )
                continue
            node = self.load(path)
            converted: Any = specs.PROGRESS_FILE.convert(node, self.ctx) if node else FAILED
            if converted is FAILED:
                continue
            unit = model.Ref(path.stem, Mark(path, 1, 1))
            result += [model.Record(unit=unit, period=period, **r) for r in converted["records"]]
        return tuple(result)

    def report_strays(self) -> None:
        known = {"plan", "units", "content"}
        for path in _yaml_files(self.root):
            if path.stem not in known:
                self.layout(
                    Mark(path, 1, 1), "layout.unexpected_file", severity="warning", name=path.name
                )


def _progress_period(path: Path, folder: Path) -> Period | None:
    parts = path.relative_to(folder).parts
    if len(parts) != 2:
        return None
    period = parse_period(parts[0])
    return period if period is not None and period.code == parts[0] else None


def _peek_year(plan_node: Map) -> int:
    """The plan's year, for deadlines written without one ("quý I")."""
    period = plan_node.items.get("period")
    if isinstance(period, Map):
        start = period.items.get("start")
        if isinstance(start, Scalar):
            day = parse_date(start.text)
            if day is not None:
                return day.year
    return dt.date.today().year


def read_plan(root: Path) -> ReadResult:
    """Read the plan folder at ``root``."""
    return _Reader(root).read()
