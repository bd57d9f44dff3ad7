"""Reads a plan: finds its files, loads and converts each, and assembles the Plan.

The files come from a PlanSource (cchc.source): a folder on disk or a folder of a git commit,
so the same reading and checks serve both.

Problems found on the way (unreadable YAML, schema mistakes, misplaced files) are returned,
never raised; the Plan is built from whatever converted, so the cross-file checks can still
run and one ``cchc validate`` shows every mistake.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import marshal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from cchc import codec, forking, model
from cchc.assembly import assemble
from cchc.cache import ParseCache
from cchc.context import FAILED, Context
from cchc.marks import Mark
from cchc.messages import Key
from cchc.problems import Problem, Severity
from cchc.schedule import Period, parse_date, parse_period
from cchc.source import FolderSource, PlanSource

if TYPE_CHECKING:
    from cchc.nodes import Map

LAYOUT = "file-layout"
Job = tuple[str, Callable[[Any], Any]]
"""A file to read and what to make of its converted value."""
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


class _Reader:
    def __init__(self, source: PlanSource, cache: ParseCache) -> None:
        self.source = source
        self.cache = cache
        self.root = source.root
        self._paths: dict[str, Path] = {}
        self.problems: list[Problem] = []
        self.names = self.discover(source)
        self.seen: set[str] = set()
        """Names read or already reported; every other file is reported as not read."""
        self.ctx = Context(self.problems)
        self.files: list[Path] = []
        self.read_names: set[str] = set()
        """Names of the files read (through the cache or not), for forgetting stale entries."""
        self.unreadable: set[str] = set()
        self.reporting: model.Reporting | None = None

    def discover(self, source: PlanSource) -> tuple[str, ...]:
        """The files to read. Nothing is left out silently: what the source could not list or
        refused (see FolderSource.files), and a ``.yml`` beside its ``.yaml`` twin, are
        reported here."""
        names = source.files()
        for name, reason in source.skipped():
            self.layout(Mark(self.root / name, 1, 1), reason, name=name)
        self.skipped = {name for name, _ in source.skipped()}
        present = set(names)
        kept = []
        for name in names:
            if name.endswith(".yml") and f"{name[:-4]}.yaml" in present:
                self.layout(
                    Mark(self.root / name, 1, 1),
                    "layout.twin",
                    name=name,
                    other=f"{name[:-4]}.yaml",
                )
            elif name in _FOLDERS:
                self.layout(Mark(self.root / name, 1, 1), "layout.not_a_folder", name=name)
            else:
                kept.append(name)
        return tuple(kept)

    def path(self, name: str) -> Path:
        """Where file ``name`` is (one Path per file: a plan may have thousands)."""
        found = self._paths.get(name)
        if found is None:
            found = self._paths[name] = self.root / name
        return found

    def yaml_files(self, folder: str) -> list[str]:
        """The YAML files directly in ``folder`` ("" for the plan folder itself), sorted."""
        prefix = f"{folder}/" if folder else ""
        return [
            name
            for name in self.names
            if name.startswith(prefix) and "/" not in name[len(prefix) :] and _is_yaml(name)
        ]

    def find(self, stem: str) -> str | None:
        """``stem.yaml`` or ``stem.yml`` in the plan folder."""
        return next((f"{stem}{s}" for s in YAML_SUFFIXES if f"{stem}{s}" in self.names), None)

    def convert(
        self,
        name: str,
        spec: str,
        kinds: tuple[str, ...] = (),
        finish: Callable[[Any], Any] | None = None,
    ) -> Any:
        """What the spec named ``spec`` (in cchc.specs) makes of file ``name``, passed through
        ``finish`` (FAILED after reporting why); from the parse cache when the file is
        unchanged. Only results without problems are cached (see cchc.cache). The specs, and
        the YAML reader, are imported only when a file has to be read."""
        path = self.path(name)
        is_plan = spec == "PLAN_FILE"
        kind = self._kind(spec, finish)
        stamp = self.source.stamp(name)
        if stamp is not None:
            hit, value = self.cache.get(path, kind, stamp)
            if hit:
                self.files.append(path)
                self.read_names.add(name)
                self.seen.add(name)
                return value
        before = len(self.problems)
        data = self.read(name, kinds)
        node = self.load(path, data, kinds) if data is not None else None
        if is_plan and node is not None:
            self.ctx.default_year = _peek_year(node)
        converted = _spec(spec).convert(node, self.ctx) if node is not None else FAILED
        if converted is FAILED:  # what the file defines is unknown: do not judge references
            self.unreadable.update(kinds)
        if finish is not None and converted is not FAILED:
            converted = finish(converted)
        if stamp is not None and data is not None and len(self.problems) == before:
            with contextlib.suppress(codec.NotEncodable):
                self.cache.put(path, kind, stamp, data, codec.encode(converted, path, self.root))
        return converted

    def _kind(self, spec: str, finish: Callable[[Any], Any] | None) -> str:
        """What a file is read as, for its cache entry (the plan's year changes deadlines)."""
        year = "plan" if spec == "PLAN_FILE" else self.ctx.default_year
        return f"{spec}>{finish.__name__ if finish else ''}@{year}"

    def convert_all(self, spec: str, jobs: list[Job]) -> list[Any]:
        """``convert`` of each (name, finish) of ``jobs``, in order. When many files miss the
        cache, a forked child reads half of them (cchc.forking): the same code on its copy of
        this reader, whose findings ``merge`` takes back."""
        to_read = [
            n for n, (name, finish) in enumerate(jobs) if not self._cached(spec, name, finish)
        ]
        there = to_read[len(to_read) // 2 :]
        if len(to_read) < forking.FORK_FROM or not forking.available():
            there = []
        away = set(there)
        here = [n for n in range(len(jobs)) if n not in away]
        theirs = [jobs[n] for n in there]

        def mine() -> list[Any]:
            return [self.convert(jobs[n][0], spec, finish=jobs[n][1]) for n in here]

        if there:
            found, payload = forking.run_split(mine, lambda: self.findings(spec, theirs))
            other = self.merge(payload, theirs) if payload is not None else None
        else:
            found, other = mine(), None
        if other is None:  # no child, or its findings did not come back whole: read them here
            other = [self.convert(name, spec, finish=finish) for name, finish in theirs]
        results = dict(zip(here, found, strict=True)) | dict(zip(there, other, strict=True))
        return [results[n] for n in range(len(jobs))]

    def _cached(self, spec: str, name: str, finish: Callable[[Any], Any] | None) -> bool:
        stamp = self.source.stamp(name)
        return stamp is not None and self.cache.holds(
            self.path(name), self._kind(spec, finish), stamp
        )

    def findings(self, spec: str, jobs: list[Job]) -> bytes:
        """What reading ``jobs`` finds, as bytes ``merge`` takes back: each value, and what the
        reading added to this reader (problems, unreadable kinds, broken ids, cache entries).
        A value the cache kept travels once, as its entry (its key stands for it)."""
        problems, unreadable = len(self.problems), set(self.unreadable)
        broken, seen = set(self.ctx.broken_ids), len(self.cache.seen)
        values: list[Any] = []
        for name, finish in jobs:
            self.cache.last_put = None
            value = self.convert(name, spec, finish=finish)
            if value is FAILED:
                values.append(None)
            elif self.cache.last_put is not None:
                values.append(self.cache.last_put)  # the key of the entry just stored
            else:
                values.append([codec.encode(value, self.path(name), self.root)])
        new_problems = codec.encode(tuple(self.problems[problems:]), self.root, self.root)
        new_entries = {key: self.cache.entries[key] for key, _ in self.cache.seen[seen:]}
        added = (sorted(self.unreadable - unreadable), sorted(self.ctx.broken_ids - broken))
        return marshal.dumps((values, new_problems, new_entries, *added))

    def merge(self, payload: bytes, jobs: list[Job]) -> list[Any] | None:
        """Take back the ``findings`` of ``jobs``: their values, in order; None (and nothing
        taken) when the bytes do not hold them whole."""
        try:
            values, problems, entries, unreadable, broken = marshal.loads(payload)
            found = [
                self._value(value, entries, self.path(name))
                for (name, _), value in zip(jobs, values, strict=True)
            ]
            problems = codec.Decoder(self.root, self.root).decode(problems)
        except Exception:  # whatever the damage: the files are read here instead
            return None
        self.problems += problems
        self.unreadable.update(unreadable)
        self.ctx.broken_ids.update(broken)
        for name, _ in jobs:
            self.files.append(self.path(name))
            self.read_names.add(name)
            self.seen.add(name)
        self.cache.adopt(entries)
        return found

    def _value(self, value: Any, entries: dict[str, Any], path: Path) -> Any:
        """One value of ``findings``: FAILED, an entry's key, or the encoded value in a list."""
        if value is None:
            return FAILED
        encoded = marshal.loads(entries[value][4]) if type(value) is str else value[0]
        return codec.Decoder(path, self.root).decode(encoded)

    def read(self, name: str, kinds: tuple[str, ...]) -> bytes | None:
        """The bytes of file ``name``, or None after reporting why."""
        path = self.path(name)
        self.files.append(path)
        self.read_names.add(name)
        self.seen.add(name)
        try:
            return self.source.read_bytes(name)
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

    def load(self, path: Path, data: bytes, kinds: tuple[str, ...]) -> Map | None:
        """The file's nodes, or None after reporting why; ``kinds`` are what it defines."""
        from cchc.nodes import YamlError  # only for files the parse cache does not hold
        from cchc.yamlio import load_bytes

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

    def required(self, stem: str, spec: str, kinds: tuple[str, ...] = ()) -> Any:
        path = self.find(stem)
        if path is None and not {f"{stem}{s}" for s in YAML_SUFFIXES} & self.skipped:
            self.layout(
                Mark(self.root / f"{stem}.yaml", 1, 1), "layout.missing_file", name=f"{stem}.yaml"
            )
        if path is None:
            self.unreadable.update(kinds)
            return FAILED
        return self.convert(path, spec, kinds)

    def read_all(self) -> ReadResult:
        document = self.required("plan", "PLAN_FILE")
        if isinstance(document, model.Document):
            # The plan's year is the year of deadlines written without one; a plan over
            # several years has none (such a deadline is ambiguous).
            start, end = document.start.year, document.end.year
            self.ctx.default_year = start if start == end else None
            self.reporting = document.reporting

        units: tuple[model.Unit, ...] = ()
        converted: Any = self.required("units", "UNITS_FILE", ("kind.unit",))
        if converted is not FAILED:
            units = converted["units"] + converted["groups"]

        audiences, content, forms = self.read_content()
        assignments = self.read_assignments()
        records = self.read_progress()
        self.report_empty_progress({u.id for u in units}, records)
        self.report_strays()
        self.cache.forget_missing(self.read_names)
        plan = None
        if isinstance(document, model.Document):
            assignments = _in_document_order(assignments, document)
            plan = model.Plan(document, units, audiences, content, forms, assignments, records)
        return ReadResult(plan, self.problems, self.ctx.broken_ids, self.files, self.unreadable)

    def read_content(self) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
        paths = [p for p in [self.find("content")] if p] + self.yaml_files("content")
        audiences: list[Any] = []
        content: list[Any] = []
        forms: list[Any] = []
        for path in paths:
            kinds = ("kind.audience", "kind.item", "kind.form")
            converted: Any = self.convert(path, "CONTENT_FILE", kinds)
            if converted is not FAILED:
                audiences += converted["audiences"]
                content += converted["content"]
                forms += converted["forms"]
        return tuple(audiences), tuple(content), tuple(forms)

    def read_assignments(self) -> tuple[model.Assignment, ...]:
        result: list[model.Assignment] = []
        for path in self.yaml_files("assignments"):
            converted: Any = self.convert(path, "ASSIGNMENTS_FILE", ("kind.assignment",))
            if converted is FAILED:
                continue
            lead: model.Ref = converted["lead"]
            name = PurePosixPath(path)
            if lead.id != name.stem:
                self.layout(lead.at, "layout.assignment_file", lead=lead.id, name=name.name)
            for values in converted["assignments"]:
                assignment = assemble(lead, values, self.reporting, self.ctx)
                if assignment is not None:
                    result.append(assignment)
        return tuple(result)

    def read_progress(self) -> tuple[model.Record, ...]:
        jobs: list[Job] = []
        for name in self.names:
            if not name.startswith("progress/") or not _is_yaml(name):
                continue
            period = _progress_period(name)
            if period is None:
                self.seen.add(name)
                self.layout(
                    Mark(self.path(name), 1, 1),
                    "layout.progress_path",
                    name=name.removeprefix("progress/"),
                )
                continue
            unit = model.Ref(_stem(name), Mark(self.path(name), 1, 1))

            def records(converted: Any, unit: model.Ref = unit, period: Period = period) -> Any:
                return tuple(
                    model.Record(unit=unit, period=period, **r) for r in converted["records"]
                )

            jobs.append((name, records))
        found = self.convert_all("PROGRESS_FILE", jobs)
        return tuple(record for records in found if records is not FAILED for record in records)

    def report_empty_progress(self, units: set[str], records: tuple[model.Record, ...]) -> None:
        """A progress file with no records still names a unit: one that does not exist is
        reported here (with records, the reference rule reports it at the same place)."""
        if "kind.unit" in self.unreadable:
            return
        with_records = {r.unit.at.path for r in records}
        for name in sorted(self.seen):
            if not name.startswith("progress/") or _progress_period(name) is None:
                continue
            stem = _stem(name)
            if stem not in units and self.path(name) not in with_records:
                self.problems.append(
                    Problem.at(
                        Mark(self.path(name), 1, 1),
                        "reference",
                        "reference.unknown",
                        "hint.define_it",
                        what=Key("kind.unit"),
                        key=stem,
                    )
                )

    def report_strays(self) -> None:
        """Warn about every file that was not read (documentation and hidden files aside)."""
        for name in self.names:
            if name in self.seen:
                continue
            path = PurePosixPath(name)
            if path.suffix.lower() == ".md":
                continue
            if any(part.startswith(".") for part in path.parts):
                continue
            message, args = "layout.unexpected_file", {"name": name}
            rename = _yaml_name(path)
            if rename is not None:
                message, args = "layout.wrong_suffix", {"name": name, "suggestion": rename}
            self.layout(Mark(self.root / name, 1, 1), message, severity="warning", **args)


_FOLDERS = ("assignments", "content", "progress")
"""Folders of a plan: a file by one of these names is a mistake, not a stray."""


def _yaml_name(path: PurePosixPath) -> str | None:
    """What a file that looks like YAML saved under another name should be called:
    ``phong-a.YAML``, ``phong-a.yaml.txt``, ``phong-a.txt`` (Notepad) -> ``phong-a.yaml``."""
    name = path.name
    if str(path.parent) == "." and name.split(".")[0] not in ("plan", "units", "content"):
        return None  # another file in the plan folder would not be read even if renamed
    lower = name.lower()
    for ending in (".yaml.txt", ".yml.txt", ".yaml", ".yml", ".txt"):
        if lower.endswith(ending) and name != f"{name[: -len(ending)]}.yaml":
            stem = name[: -len(ending)]
            return str(path.with_name(f"{stem}.yaml")) if stem else None
    return None


def _in_document_order(
    assignments: tuple[model.Assignment, ...], document: model.Document
) -> tuple[model.Assignment, ...]:
    """Assignments as the document lists them: by their top heading's place, then by id.

    A duty is filed under its lead (V.3.4 in phong-giao-duc-dao-tao.yaml), not its heading, so
    file order would put it before V.3.1. Numbers sort as numbers and come before words, so a
    closing paragraph (V.closing) follows V.7.1.
    """
    place = {section.id: n for n, section in enumerate(document.sections)}

    def key(assignment: model.Assignment) -> tuple[int, list[tuple[int, int, str]]]:
        parts = [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in assignment.id.split(".")]
        top = assignment.section.id.split(".", 1)[0]
        return place.get(top, place.get(assignment.section.id, len(place))), parts

    return tuple(sorted(assignments, key=key))


def _stem(name: str) -> str:
    """``PurePosixPath(name).stem`` without building a path (a plan has thousands of files)."""
    base = name.rsplit("/", 1)[-1]
    dot = base.rfind(".")
    return base[:dot] if 0 < dot < len(base) - 1 else base


def _is_yaml(name: str) -> bool:
    """``name`` ends in .yaml or .yml after a stem (a file called ``.yaml`` is hidden)."""
    return name.endswith(YAML_SUFFIXES) and name.rsplit("/", 1)[-1] not in YAML_SUFFIXES


def _progress_period(name: str) -> Period | None:
    """The period of ``progress/<period>/<unit>.yaml`` (None for any other path)."""
    parts = name.split("/")[1:]
    return _folder_period(parts[0]) if len(parts) == 2 else None


@functools.cache
def _folder_period(folder: str) -> Period | None:
    """The period a progress folder is named for, written canonically (``2021-Q1``)."""
    period = parse_period(folder)
    return period if period is not None and period.code == folder else None


def _spec(name: str) -> Any:
    from cchc import specs

    return getattr(specs, name)


def _peek_year(plan_node: Map) -> int | None:
    """The plan's year, for deadlines written without one ("quý I"); None when the plan runs
    over several years, where such a deadline is ambiguous."""
    from cchc.nodes import Map, Scalar

    period = plan_node.items.get("period")
    years = set()
    if isinstance(period, Map):
        for key in ("start", "end"):
            node = period.items.get(key)
            day = parse_date(node.text) if isinstance(node, Scalar) else None
            if day is not None:
                years.add(day.year)
    if len(years) > 1:
        return None
    return years.pop() if years else dt.date.today().year


def read_plan(root: Path, cache_folder: Path | None = None) -> ReadResult:
    """Read the plan folder at ``root``, through the parse cache in ``cache_folder`` if given."""
    return read_source(FolderSource(root), cache_folder)


def read_source(source: PlanSource, cache_folder: Path | None = None) -> ReadResult:
    """Read the plan whose files ``source`` gives (a folder, a git tree)."""
    cache = ParseCache.open(source.root, cache_folder)
    result = read_cached(source, cache)
    cache.save()
    return result


def read_cached(source: PlanSource, cache: ParseCache) -> ReadResult:
    """Read the plan through ``cache`` (the caller saves it)."""
    return _Reader(source, cache).read_all()
