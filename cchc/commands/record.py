"""cchc record: add one progress record to the right file, checked like ``validate`` first.

Missing fields are asked for when an ``Asker`` is given (a terminal), else they are errors. The
record is inserted as text (cchc.yamledit), the whole plan is checked with the new file in place
(an overlay source: nothing is on disk yet), and only then is the file written, atomically.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cchc import recording
from cchc.errors import CchcError, UsageError
from cchc.loading import check_source
from cchc.messages import Key, translate
from cchc.model import Assignment, Plan
from cchc.nodes import YamlError
from cchc.problems import Problem, display_path
from cchc.schedule import Period
from cchc.session import PlanError, resolve_unit
from cchc.source import FolderSource
from cchc.units import expand
from cchc.vocab import RECORD_STATES
from cchc.yamledit import EditError, Insertion, insert, new_file, render

Fields = dict[str, str | Sequence[str] | dict[str, str]]
"""A record's fields as cchc.yamledit renders them."""


class Asker(Protocol):
    """Asks the person at the terminal; texts are already in their language."""

    def choose(self, question: str, choices: Sequence[tuple[str, str]], default: str | None) -> str:
        """One of ``choices`` (value, label)."""

    def text(self, question: str, default: str | None = None) -> str:
        """Free text; empty when the person just presses Enter and there is no default."""

    def confirm(self, question: str) -> bool:
        """Yes or no (yes by default)."""


@dataclass(frozen=True)
class Draft:
    """What was given on the command line (None or empty when not)."""

    assignment: str | None = None
    unit: str | None = None
    state: str | None = None
    date: str | None = None
    occurrence: str | None = None
    counts: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    note: str | None = None
    reason: str | None = None


class RecordRefused(CchcError):
    """The record would make the plan invalid: nothing was written."""

    exit_code = 1

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("record.refused", errors=len(problems))
        self.problems = tuple(problems)


class _Overlay(FolderSource):
    """The plan folder on disk with one file replaced (or added) in memory."""

    def __init__(self, root: Path, name: str, data: bytes) -> None:
        super().__init__(root)
        self._name, self._data = name, data

    def files(self) -> tuple[str, ...]:
        return tuple(sorted({*super().files(), self._name}))

    def read_bytes(self, name: str) -> bytes:
        return self._data if name == self._name else super().read_bytes(name)


@dataclass
class _Context:
    plan: Plan
    lang: str
    today: dt.date
    ask: Asker | None

    def t(self, key: str, **args: object) -> str:
        return translate(key, self.lang, **args)

    def missing(self, field: str, option: str) -> UsageError:
        """``field`` (a catalog key) is missing and nobody can be asked."""
        return UsageError("record.missing", field=Key(field), option=option)


def run(
    root: Path,
    draft: Draft,
    lang: str | None,
    today: dt.date,
    ask: Asker | None,
    dry_run: bool,
    echo: Callable[[str], None],
    cwd: Path,
) -> int:
    """Add the record ``draft`` describes to the plan at ``root``; 0 when written (or shown)."""
    before = check_source(FolderSource(root), today)
    if before.plan is None:
        raise PlanError.invalid(before)
    plan = before.plan
    ctx = _Context(plan, lang or plan.document.language, today, ask)
    unit_id = _unit(ctx, draft)
    assignment = _assignment(ctx, draft, unit_id)
    state = _state(ctx, draft)
    day = _date(ctx, draft)
    path, folder = recording.progress_file(root, plan, unit_id, day)
    occurrence = _occurrence(ctx, draft, assignment, unit_id, day, folder)
    fields: Fields = {"assignment": assignment.id}
    if occurrence is not None:
        fields["occurrence"] = occurrence.code
    fields |= {"date": day.isoformat(), "state": state}
    fields |= _optional(ctx, draft, state)
    lines = render(fields)
    insertion = _insertion(root, path, lines, unit_id, folder, ctx, cwd)
    name = path.relative_to(root).as_posix()
    after = check_source(_Overlay(root, name, insertion.text.encode("utf-8")), today)
    added = _new_errors(before.problems, after.problems)
    if added:
        raise RecordRefused(added)
    where = f"{display_path(path, cwd)}:{insertion.line}"
    if dry_run:
        echo(ctx.t("record.dry_run", where=where))
        echo("\n".join(insertion.added))
        return 0
    if ask is not None and not ask.confirm(ctx.t("record.ask.confirm", where=where)):
        echo(ctx.t("record.not_written"))
        return 0
    write_atomic(path, insertion.text)
    echo(ctx.t("record.written", where=where))
    if after.plan is not None:
        echo(_new_state(ctx, after.plan, assignment, unit_id, occurrence))
    if before.errors:
        echo(ctx.t("record.plan_has_errors", errors=before.errors))
    return 0


def _unit(ctx: _Context, draft: Draft) -> str:
    plan = ctx.plan
    query = draft.unit
    if query is None:
        if ctx.ask is None:
            raise ctx.missing("record.field.unit", "--unit")
        # The units that have something to report: they lead, co-lead or coordinate a duty
        # (any other id can still be typed).
        singles = [
            (u.id, u.name)
            for u in plan.units
            if not u.is_group and recording.unit_duties(plan, u.id)
        ]
        query = ctx.ask.choose(ctx.t("record.ask.unit"), singles, None)
    unit_id = resolve_unit(query, plan)
    units = {u.id: u for u in plan.units}
    if units[unit_id].is_group and expand(unit_id, units) != (unit_id,):
        members = [(m, units[m].name if m in units else m) for m in expand(unit_id, units)]
        if ctx.ask is None:
            raise UsageError(
                "record.group_unit", value=query, members=", ".join(m for m, _ in members[:10])
            )
        unit_id = ctx.ask.choose(
            ctx.t("record.ask.member", group=units[unit_id].name), members, None
        )
    return unit_id


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _assignment(ctx: _Context, draft: Draft, unit_id: str) -> Assignment:
    plan = ctx.plan
    own = recording.unit_duties(plan, unit_id)
    if draft.assignment is None:
        if ctx.ask is None:
            raise ctx.missing("record.field.assignment", "NHIEM_VU")
        choices = [(a.id, _short(a.text)) for a in own] or [
            (a.id, _short(a.text)) for a in plan.assignments
        ]
        chosen = ctx.ask.choose(ctx.t("record.ask.assignment"), choices, None)
        return next(a for a in plan.assignments if a.id == chosen)
    found = recording.resolve_duties(draft.assignment, plan, unit_id)
    if len(found) == 1:
        if not recording.involves(found[0], unit_id, plan):
            raise UsageError(
                "record.not_involved",
                unit=unit_id,
                assignment=found[0].id,
                duties=", ".join(a.id for a in own) or "-",
            )
        return found[0]
    if not found:
        from cchc.session import resolve_assignment

        resolve_assignment(draft.assignment, plan)  # raises with the closest ids
    if ctx.ask is None:
        raise UsageError(
            "record.ambiguous_duty",
            value=draft.assignment,
            matches=", ".join(a.id for a in found[:10]),
        )
    chosen = ctx.ask.choose(
        ctx.t("record.ask.assignment"), [(a.id, _short(a.text)) for a in found], None
    )
    return next(a for a in found if a.id == chosen)


def _state(ctx: _Context, draft: Draft) -> str:
    if draft.state is not None:
        return recording.resolve_state(draft.state)
    if ctx.ask is None:
        raise ctx.missing("record.field.state", "--state")
    choices = [(s, ctx.t(f"state.{s}")) for s in RECORD_STATES]
    return ctx.ask.choose(ctx.t("record.ask.state"), choices, "done")


def _date(ctx: _Context, draft: Draft) -> dt.date:
    text = draft.date
    if text is None:
        if ctx.ask is None:
            raise ctx.missing("record.field.date", "--date")
        text = ctx.ask.text(ctx.t("record.ask.date"), f"{ctx.today:%d/%m/%Y}")
    doc = ctx.plan.document
    year = doc.start.year if doc.start.year == doc.end.year else None
    return recording.resolve_date(text, ctx.today, year)


def _occurrence(
    ctx: _Context,
    draft: Draft,
    assignment: Assignment,
    unit_id: str,
    day: dt.date,
    folder: Period,
) -> Period | None:
    found = recording.occurrences(ctx.plan, assignment.id, unit_id, day)
    if not found:
        return None
    if draft.occurrence is not None:
        return recording.parse_occurrence(draft.occurrence, day.year)
    convention = ctx.plan.document.reporting.convention
    candidates = recording.open_occurrences(found, folder, convention)
    if not candidates:
        raise UsageError(
            "record.no_open_occurrence",
            assignment=assignment.id,
            folder=folder.label(ctx.lang),
            periods=", ".join(f"{o.period.code} ({ctx.t(f'state.{o.state}')})" for o in found),
        )
    if ctx.ask is None or len(candidates) == 1:
        return candidates[0]
    choices = [(p.code, p.label(ctx.lang)) for p in candidates]
    code = ctx.ask.choose(ctx.t("record.ask.occurrence"), choices, candidates[0].code)
    return next(p for p in candidates if p.code == code)


def _optional(ctx: _Context, draft: Draft, state: str) -> Fields:
    plan = ctx.plan
    counts_text = list(draft.counts)
    evidence = list(draft.evidence)
    note, reason = draft.note, draft.reason
    asking = ctx.ask is not None and not (draft.counts or draft.evidence or draft.note)
    if asking and ctx.ask is not None:
        kinds = ", ".join(f"{k.id} ({k.measure})" for k in plan.document.activity_kinds)
        if kinds:
            while entry := ctx.ask.text(ctx.t("record.ask.count", kinds=kinds)):
                counts_text.append(entry)
        evidence += [e for e in [ctx.ask.text(ctx.t("record.ask.evidence"))] if e]
        note = ctx.ask.text(ctx.t("record.ask.note")) or None
    if state == "cancelled" and not reason:
        if ctx.ask is None:
            raise ctx.missing("record.field.reason", "--reason")
        reason = ctx.ask.text(ctx.t("record.ask.reason")) or None
    result: Fields = {}
    counts = dict(recording.parse_count(c, plan) for c in counts_text)
    if counts:
        result["counts"] = counts
    if draft.forms:
        result["forms"] = [recording.resolve_form(f, plan) for f in draft.forms]
    if note:
        result["note"] = note
    if evidence:
        result["evidence"] = evidence
    if reason:
        result["reason"] = reason
    return result


def _insertion(
    root: Path, path: Path, lines: list[str], unit_id: str, folder: Period, ctx: _Context, cwd: Path
) -> Insertion:
    if not path.is_file():
        unit = next(u for u in ctx.plan.units if u.id == unit_id)
        header = [recording.schema_line(root, path)] if recording.schema_line(root, path) else []
        header.append(
            "# " + ctx.t("record.file_header", unit=unit.name, period=folder.label(ctx.lang))
        )
        return new_file([h for h in header if h], lines)
    text = path.read_bytes().decode("utf-8", errors="strict")
    try:
        return insert(text, lines, path)
    except YamlError as exc:
        shown = display_path(path, cwd)
        raise UsageError("record.file_broken", path=shown, line=exc.mark.line) from None
    except EditError as exc:
        raise UsageError(exc.key, path=display_path(path, cwd), line=exc.line) from None


def _key(problem: Problem) -> tuple[str, str, str, str]:
    return (str(problem.path), problem.rule, problem.message, repr(sorted(problem.args.items())))


def _new_errors(before: Sequence[Problem], after: Sequence[Problem]) -> list[Problem]:
    """Errors the new record brings (lines may have moved, so places are not compared)."""
    old = Counter(_key(p) for p in before if p.severity == "error")
    added = []
    for problem in after:
        if problem.severity != "error":
            continue
        key = _key(problem)
        if old[key]:
            old[key] -= 1
        else:
            added.append(problem)
    return added


def _new_state(
    ctx: _Context, plan: Plan, assignment: Assignment, unit_id: str, occurrence: Period | None
) -> str:
    from cchc.tracking import plan_as_of

    day, _ = plan_as_of(plan, ctx.today)
    state = recording.state_of(plan, assignment.id, unit_id, occurrence, day)
    label = f" ({occurrence.label(ctx.lang)})" if occurrence else ""
    if state is None:
        return ctx.t("record.new_state_coordinator", assignment=assignment.id, occurrence=label)
    return ctx.t(
        "record.new_state", assignment=assignment.id, occurrence=label, state=Key(f"state.{state}")
    )


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
