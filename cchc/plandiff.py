"""What changed between two versions of a plan, in plan terms: pure data, no git, no output.

Objects are matched by id, never by file: an assignment moved to another lead's file is the
same assignment with another lead. The comparison is generic over the model's dataclasses, so a
field added to the model shows up here without code for it:

- a tuple of objects that have an ``id`` is a collection matched by id (sections, flows,
  targets, parts...): each member added, removed or changed is a child change;
- another dataclass without an id (the issuer, the reporting rules) is compared field by field
  under a dotted name (``issuer.level``);
- anything else is a value, compared by its plain-data form (dates ISO, periods as codes,
  references as ids, deadlines as written).

Progress records have no id: they are matched by unit, assignment, part and occurrence (or
period), identical records first, then in date order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cchc.diffeffects import Effects, effects
from cchc.loading import Checked
from cchc.marks import Mark
from cchc.model import Plan, Ref, Unit
from cchc.schedule import Deadline, Period

Action = Literal["added", "removed", "changed"]
Op = Literal["=", "-", "+"]

_KINDS = {
    "units": "unit",
    "content": "item",
    "activity_kinds": "activity-kind",
    "co_leads": "co-lead",
}
_LOSSY = ("yaml", "duplicate-key", "schema")
"""Rules whose problems leave objects out of the plan read (a file or an object not read)."""
_LABEL_FIELDS = ("name", "text", "title")
_WORDS = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field whose value differs, in plain data."""

    field: str
    """Dotted field name: ``deadline``, ``issuer.level``, ``reporting.periods``."""
    old: Any
    new: Any
    added: tuple[Any, ...] = ()
    """For lists: values only in the new version."""
    removed: tuple[Any, ...] = ()
    """For lists: values only in the old version."""
    words: tuple[tuple[Op, str], ...] = ()
    """For texts: a word-level diff, as (op, text) runs; "=" kept, "-" removed, "+" added."""


@dataclass(frozen=True, slots=True)
class Change:
    """One object (assignment, unit, record...) added, removed or changed."""

    kind: str
    """assignment, unit, group, item, form, audience, section, flow, target, part, record,
    plan... (the model's collection names, singular)."""
    id: str
    action: Action
    label: str | None
    """The object's name or text (the new one when changed), for a reader."""
    fields: tuple[FieldChange, ...] = ()
    children: tuple[Change, ...] = ()
    """Changes inside the object's own collections (an assignment's parts)."""
    file: Path | None = None
    """Where the object is written: the new version's file, the old one's when removed."""

    def field(self, name: str) -> FieldChange | None:
        """The change of field ``name``, if that field changed."""
        return next((f for f in self.fields if f.field == name), None)


def plain(value: Any) -> Any:
    """The plain-data form of a model value, as JSON would hold it."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Ref):
        return value.id
    if isinstance(value, Deadline):
        return value.text  # as the plan words it; the due dates it gives are compared apart
    if isinstance(value, Period):
        return value.code
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in _compared(value)}
    if isinstance(value, (tuple, list, frozenset, set)):
        items = [plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    return str(value)


def _compared(obj: Any) -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(obj) if f.compare and f.name != "at"]


def _has_id(value: Any) -> bool:
    return (
        dataclasses.is_dataclass(value)
        and not isinstance(value, (type, Ref))
        and isinstance(getattr(value, "id", None), str)
    )


def _keyed(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and all(_has_id(v) for v in value)


def _kind(collection: str, obj: Any = None) -> str:
    if isinstance(obj, Unit) and obj.is_group:
        return "group"
    name = _KINDS.get(collection)
    if name is None:
        name = collection[:-1] if collection.endswith("s") else collection
    return name.replace("_", "-")


def _label(obj: Any) -> str | None:
    for name in _LABEL_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str):
            return value
    return None


def _file(obj: Any) -> Path | None:
    at = getattr(obj, "at", None)
    return at.path if isinstance(at, Mark) else None


def word_diff(old: str, new: str) -> tuple[tuple[Op, str], ...]:
    """Runs of kept, removed and added words (whitespace kept with the words)."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    runs: list[tuple[Op, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            runs.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", "".join(b[j1:j2])))
    return tuple(runs)


def _value_change(name: str, old: Any, new: Any) -> FieldChange:
    if isinstance(old, str) and isinstance(new, str):
        return FieldChange(name, old, new, words=word_diff(old, new))
    if isinstance(old, list) and isinstance(new, list):
        added = tuple(v for v in new if v not in old)
        removed = tuple(v for v in old if v not in new)
        return FieldChange(name, old, new, added, removed)
    if old is None and isinstance(new, list):
        return _value_change(name, [], new)
    if isinstance(old, list) and new is None:
        return _value_change(name, old, [])
    return FieldChange(name, old, new)


def compare(old: Any, new: Any, prefix: str = "") -> tuple[list[FieldChange], list[Change]]:
    """Field changes of two versions of one object, and changes in its id-keyed collections."""
    fields: list[FieldChange] = []
    children: list[Change] = []
    for f in _compared(new):
        a, b = getattr(old, f.name, None), getattr(new, f.name, None)
        name = f"{prefix}{f.name}"
        if _keyed(a) or _keyed(b):
            children += diff_collection(f.name, a or (), b or ())
        elif (
            _nested(a)
            and _nested(b)
            and type(a) is type(b)
            and isinstance(plain(a), dict)  # not a value type with its own plain form
        ):
            inner, nested = compare(a, b, f"{name}.")
            fields += inner
            children += nested
        elif plain(a) != plain(b):
            fields.append(_value_change(name, plain(a), plain(b)))
    return fields, children


def _nested(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, (type, Ref))


def diff_collection(name: str, old: Iterable[Any], new: Iterable[Any]) -> list[Change]:
    """Changes between two collections of objects that have ids, matched by id."""
    before = {o.id: o for o in old}
    after = {o.id: o for o in new}
    changes: list[Change] = []
    for key, obj in after.items():
        if key not in before:
            changes.append(Change(_kind(name, obj), key, "added", _label(obj), file=_file(obj)))
            continue
        fields, children = compare(before[key], obj)
        old_kind, new_kind = _kind(name, before[key]), _kind(name, obj)
        if fields or children or old_kind != new_kind:
            changes.append(
                Change(
                    new_kind,
                    key,
                    "changed",
                    _label(obj),
                    tuple(fields),
                    tuple(children),
                    _file(obj),
                )
            )
    for key, obj in before.items():
        if key not in after:
            changes.append(Change(_kind(name, obj), key, "removed", _label(obj), file=_file(obj)))
    return changes


def _record_key(record: Any) -> tuple[str, ...]:
    occurrence = getattr(record, "occurrence", None)
    when = occurrence.code if occurrence is not None else record.period.code
    part = getattr(record, "part", None)
    return (record.unit.id, record.assignment.id, plain(part) or "", when)


def _record_id(key: tuple[str, ...], record: Any, clash: bool) -> str:
    unit, assignment, part, when = key
    name = f"{unit}/{assignment}{'/' + part if part else ''}/{when}"
    return f"{name}@{record.date.isoformat()}" if clash else name


def diff_records(old: Sequence[Any], new: Sequence[Any]) -> list[Change]:
    """Progress records added, changed or removed, matched by what they are about."""
    groups: dict[tuple[str, ...], tuple[list[Any], list[Any]]] = defaultdict(lambda: ([], []))
    for record in old:
        groups[_record_key(record)][0].append(record)
    for record in new:
        groups[_record_key(record)][1].append(record)
    changes: list[Change] = []
    for key, (before, after) in groups.items():
        clash = max(len(before), len(after)) > 1
        left = list(before)
        unmatched = []
        for record in after:
            same = next((r for r in left if plain(r) == plain(record)), None)
            if same is None:
                unmatched.append(record)
            else:
                left.remove(same)
        left.sort(key=lambda r: r.date)
        unmatched.sort(key=lambda r: r.date)
        for a, b in zip(left, unmatched, strict=False):
            fields, _ = compare(a, b)
            rid = _record_id(key, b, clash)
            changes.append(Change("record", rid, "changed", b.note, tuple(fields), file=_file(b)))
        for b in unmatched[len(left) :]:
            rid = _record_id(key, b, clash)
            changes.append(Change("record", rid, "added", b.note, file=_file(b)))
        for a in left[len(unmatched) :]:
            rid = _record_id(key, a, clash)
            changes.append(Change("record", rid, "removed", a.note, file=_file(a)))
    return changes


def diff_plans(old: Plan, new: Plan) -> list[Change]:
    """Every change from ``old`` to ``new``: the document's own fields as one ``plan`` change,
    the collections of the document (sections, flows, targets...) and of the plan by id."""
    changes: list[Change] = []
    for f in _compared(new):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if f.name == "records":
            changes += diff_records(a, b)
        elif _keyed(a) or _keyed(b) or isinstance(a, tuple) or isinstance(b, tuple):
            changes += diff_collection(f.name, a or (), b or ())
        else:
            fields, children = compare(a, b)
            if fields:
                changes.append(
                    Change("plan", "plan", "changed", _label(b), tuple(fields), file=_file(b))
                )
            changes += children
    return changes


@dataclass(frozen=True)
class Side:
    """One version of the plan: how to name it, and what reading and checking it gave."""

    label: str
    """``main@1a2b3c4``, or the catalog key ``diff.worktree``."""
    revision: str | None
    """The commit id; None for the working tree."""
    checked: Checked

    @property
    def valid(self) -> bool:
        """Whether this version was read and has no errors."""
        return self.checked.plan is not None and not self.checked.errors


@dataclass(frozen=True)
class PlanDiff:
    """Everything ``cchc diff`` reports."""

    base: Side
    head: Side
    changes: tuple[Change, ...]
    effects: Effects | None
    """None when a side does not validate: obligations of a broken plan are not computed."""
    uncertain: int = 0
    """Additions and removals left out because the other side's file has errors (an object
    that fails to read there is missing, not removed)."""

    @property
    def removed_records(self) -> tuple[Change, ...]:
        """Progress records the change deletes: progress is history, flagged loudly."""
        return tuple(c for c in self.changes if c.kind == "record" and c.action == "removed")


def make_diff(base: Side, head: Side, as_of: dt.date) -> PlanDiff:
    """Compare two checked versions; effects on obligations only when both validate."""
    old, new = base.checked.plan, head.checked.plan
    if old is None or new is None:
        return PlanDiff(base, head, (), None)
    broken_old = {p.path for p in base.checked.problems if p.rule in _LOSSY}
    broken_new = {p.path for p in head.checked.problems if p.rule in _LOSSY}
    changes = []
    uncertain = 0
    for change in diff_plans(old, new):
        broken = broken_new if change.action == "removed" else broken_old
        if change.action != "changed" and change.file in broken:
            uncertain += 1
        else:
            changes.append(change)
    both_valid = base.valid and head.valid
    found = effects(old, new, as_of) if both_valid else None
    return PlanDiff(base, head, tuple(changes), found, uncertain)
