"""Reads a plan folder: finds its files, loads and converts each, and assembles the Plan.

Problems found on the way (unreadable YAML, schema mistakes, misplaced files) are returned,
never raised; the Plan is built from whatever converted, so the cross-file checks can still
run and one ``cchc validate`` shows every mistake.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc import codec, model, specs
from cchc.cache import ParseCache, Stamp
from cchc.problems import Problem, Severity
from cchc.schedule import Period, parse_date, parse_period
from cchc.schema import FAILED, Context, Obj
from cchc.yamlio import Map, Mark, Scalar, YamlError, load_bytes

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
    def __init__(self, root: Path, cache: ParseCache) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.ctx = Context(self.problems)
        self.files: list[Path] = []
        self.unreadable: set[str] = set()
        self.cache = cache

    def convert(
        self,
        path: Path,
        spec: Obj,
        kinds: tuple[str, ...] = (),
        finish: Callable[[Any], Any] | None = None,
    ) -> Any:
        """What ``spec`` makes of the file, passed through ``finish`` (FAILED after reporting
        why), from the cache when the file is unchanged. Only results without problems are
        cached (see cchc.cache)."""
        is_plan = spec is specs.PLAN_FILE
        year = "plan" if is_plan else self.ctx.default_year
        kind = f"{spec.build.__name__}>{finish.__name__ if finish else ''}@{year}"
        try:
            stamp = Stamp.of(path)
        except OSError:
            stamp = None
        if stamp is not None:
            hit, value = self.cache.get(path, kind, stamp)
            if hit:
                self.files.append(path)
                return codec.Decoder(path).decode(value)
        before = len(self.problems)
        data = self.read(path, kinds)
        node = self.load(path, kinds, data) if data is not None else None
        if is_plan and node is not None:
            self.ctx.default_year = _peek_year(node)
        converted = spec.convert(node, self.ctx) if node is not None else FAILED
        if finish is not None and converted is not FAILED:
            converted = finish(converted)
        if stamp is not None and data is not None and len(self.problems) == before:
            with contextlib.suppress(codec.NotEncodable):
                self.cache.put(path, kind, stamp, data, codec.encode(converted, path))
        return converted

    def read(self, path: Path, kinds: tuple[str, ...] = ()) -> bytes | None:
        """The file's bytes, or None after reporting why."""
        self.files.append(path)
        try:
            return path.read_bytes()
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

    def load(self, path: Path, kinds: tuple[str, ...], data: bytes) -> Map | None:
        """The file's nodes, or None after reporting why; ``kinds`` are what it defines."""
        try:
            return load_bytes(data, path)
        except YamlError as exc:
            hint = f"hint.{exc.message_key}"
            self.problems.append(Problem.at(exc.mark, exc.kind, exc.message_key, hint, **exc.args_))
        self.unreadable.update(kinds)
        return None

    def layout(self, mark: Mark, message: str, severity: Severity = "error", **args: Any) -> None:
        self.problems.append(
            Problem.at(mark, LAYOUT, message, f"hint.{message}", severity=severity, **args)
        )

    def required(self, stem: str, spec: Obj, kinds: tuple[str, ...] = ()) -> Any:
        path = _find(self.root, stem)
        if path is None:
            self.layout(
                Mark(self.root / f"{stem}.yaml", 1, 1), "layout.missing_file", name=f"{stem}.yaml"
            )
            self.unreadable.update(kinds)
            return FAILED
        return self.convert(path, spec, kinds)

    def read_all(self) -> ReadResult:
        document = self.read_document()
        units: tuple[model.Unit, ...] = ()
        converted: Any = self.required("units", specs.UNITS_FILE, ("kind.unit",))
        if converted is not FAILED:
            units = converted["units"] + converted["groups"]

        audiences, content, forms = self.read_content()
        assignments = self.read_assignments()
        records = self.read_progress()
        self.report_strays()
        self.cache.forget_missing({self._relative(p) for p in self.files})
        plan = None
        if isinstance(document, model.Document):
            plan = model.Plan(document, units, audiences, content, forms, assignments, records)
        return ReadResult(plan, self.problems, self.ctx.broken_ids, self.files, self.unreadable)

    def read_document(self) -> Any:
        """plan.yaml; its first year becomes the default year of deadlines without one."""
        document = self.required("plan", specs.PLAN_FILE)
        if isinstance(document, model.Document):
            self.ctx.default_year = document.start.year
        return document

    def _relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def read_content(self) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
        paths = [p for p in [_find(self.root, "content")] if p] + _yaml_files(self.root / "content")
        audiences: list[Any] = []
        content: list[Any] = []
        forms: list[Any] = []
        for path in paths:
            kinds = ("kind.audience", "kind.item", "kind.form")
            converted: Any = self.convert(path, specs.CONTENT_FILE, kinds)
            if converted is not FAILED:
                audiences += converted["audiences"]
                content += converted["content"]
                forms += converted["forms"]
        return tuple(audiences), tuple(content), tuple(forms)

    def read_assignments(self) -> tuple[model.Assignment, ...]:
        result: list[model.Assignment] = []
        for path in _yaml_files(self.root / "assignments"):
            converted: Any = self.convert(path, specs.ASSIGNMENTS_FILE, ("kind.assignment",))
            if converted is FAILED:
                continue
            lead: model.Ref = converted["lead"]
            if lead.id != path.stem:
                self.layout(lead.at, "layout.assignment_file", lead=lead.id, name=path.name)
            result += [model.Assignment(lead=lead, **a) for a in converted["assignments"]]
        return tuple(result)

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
            unit = model.Ref(path.stem, Mark(path, 1, 1))

            def records(converted: Any, unit: model.Ref = unit, period: Period = period) -> Any:
                return tuple(
                    model.Record(unit=unit, period=period, **r) for r in converted["records"]
                )

            found: Any = self.convert(path, specs.PROGRESS_FILE, finish=records)
            if found is not FAILED:
                result += found
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


def read_plan(root: Path, cache_folder: Path | None = None) -> ReadResult:
    """Read the plan folder at ``root``, through the parse cache in ``cache_folder`` if given."""
    cache = ParseCache.open(root, cache_folder)
    result = _Reader(root, cache).read_all()
    cache.save()
    return result
