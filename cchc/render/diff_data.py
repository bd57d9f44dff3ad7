"""``cchc diff --format json``: the comparison as plain data (schema ``cchc.diff/1``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc.diffeffects import DueMove, Flip
from cchc.jsonout import dumps
from cchc.messages import translate
from cchc.plandiff import Change, FieldChange, PlanDiff, Side
from cchc.problems import display_path

DIFF_SCHEMA = "cchc.diff/1"


def _field(change: FieldChange) -> dict[str, Any]:
    data: dict[str, Any] = {"field": change.field, "old": change.old, "new": change.new}
    if change.added or change.removed:
        data["added"], data["removed"] = list(change.added), list(change.removed)
    if change.words:
        data["words"] = [{"op": op, "text": text} for op, text in change.words]
    return data


def _change(change: Change, base: Path | None) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "id": change.id,
        "action": change.action,
        "label": change.label,
        "file": display_path(change.file, base) if change.file else None,
        "fields": [_field(f) for f in change.fields],
        "children": [_change(c, base) for c in change.children],
    }


def _side(side: Side, lang: str, base: Path | None) -> dict[str, Any]:
    checked = side.checked
    problems = [
        {
            "path": display_path(p.path, base),
            "line": p.line,
            "column": p.col,
            "severity": p.severity,
            "rule": p.rule,
            "message": translate(p.message, lang, **p.args),
        }
        for p in checked.problems
    ]
    return {
        "label": translate(side.label, lang) if side.revision is None else side.label,
        "revision": side.revision,
        "readable": checked.plan is not None,
        "valid": side.valid,
        "errors": checked.errors,
        "warnings": checked.warnings,
        "problems": problems,
    }


def _move(move: DueMove) -> dict[str, Any]:
    return {
        "assignment": move.assignment,
        "unit": move.unit,
        "occurrence": move.occurrence,
        "old_due": move.old.isoformat() if move.old else None,
        "new_due": move.new.isoformat() if move.new else None,
        "days": move.days,
    }


def _flip(flip: Flip) -> dict[str, Any]:
    return {
        "assignment": flip.assignment,
        "unit": flip.unit,
        "occurrence": flip.occurrence,
        "due": flip.due.isoformat() if flip.due else None,
        "old_state": flip.old_state,
        "new_state": flip.new_state,
        "days_late": flip.days_late,
    }


def to_json(result: PlanDiff, lang: str, base: Path | None = None, pretty: bool = False) -> str:
    """The comparison as a JSON document; ``effects`` is null when a side does not validate."""
    effects = result.effects
    summary: dict[str, dict[str, int]] = {}
    for change in result.changes:
        by_action = summary.setdefault(change.kind, {})
        by_action[change.action] = by_action.get(change.action, 0) + 1
    data = {
        "schema": DIFF_SCHEMA,
        "base": _side(result.base, lang, base),
        "head": _side(result.head, lang, base),
        "summary": summary,
        "records_removed": len(result.removed_records),
        "uncertain": result.uncertain,
        "changes": [_change(c, base) for c in result.changes],
        "effects": None
        if effects is None
        else {
            "as_of": effects.as_of.isoformat(),
            "due_moves": [_move(m) for m in effects.moves],
            "now_overdue": [_flip(f) for f in effects.now_overdue],
            "no_longer_overdue": [_flip(f) for f in effects.no_longer_overdue],
        },
    }
    return dumps(data, pretty)
