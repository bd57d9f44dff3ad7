"""``cchc diff`` as text for a terminal or Markdown for a pull-request comment."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cchc.diffeffects import DueMove, Flip
from cchc.messages import translate
from cchc.plandiff import Change, FieldChange, PlanDiff, Side
from cchc.problems import format_text
from cchc.vntext import format_date

# Order of the sections; kinds the model adds later come after these, by name.
KIND_KEYS = {
    "plan": "diff.kind.plan",
    "section": "diff.kind.section",
    "purpose": "diff.kind.purpose",
    "requirement": "diff.kind.requirement",
    "flow": "diff.kind.flow",
    "target": "diff.kind.target",
    "activity-kind": "diff.kind.activity_kind",
    "unit": "diff.kind.unit",
    "group": "diff.kind.group",
    "audience": "diff.kind.audience",
    "item": "diff.kind.item",
    "form": "diff.kind.form",
    "assignment": "diff.kind.assignment",
    "part": "diff.kind.part",
    "record": "diff.kind.record",
}
ACTION_KEYS = {
    "added": "diff.action.added",
    "removed": "diff.action.removed",
    "changed": "diff.action.changed",
}
FIELD_KEYS = {
    "text": "diff.field.text",
    "name": "diff.field.name",
    "title": "diff.field.title",
    "lead": "diff.field.lead",
    "co_leads": "diff.field.co_leads",
    "coordinators": "diff.field.coordinators",
    "deadline": "diff.field.deadline",
    "section": "diff.field.section",
    "members": "diff.field.members",
    "state": "diff.field.state",
    "date": "diff.field.date",
    "flow": "diff.field.flow",
    "corrections": "diff.field.corrections",
    "legal_basis": "diff.field.legal_basis",
    "parent_plan": "diff.field.parent_plan",
    "predecessor": "diff.field.predecessor",
    "effective": "diff.field.effective",
    "deadline_note": "diff.field.deadline_note",
    "deliverable": "diff.field.deliverable",
    "related": "diff.field.related",
    "beyond_period": "diff.field.beyond_period",
    "role_note": "diff.field.role_note",
    "periods": "diff.field.periods",
    "target": "diff.field.target",
    "due": "diff.field.due",
    "note": "diff.field.note",
    "evidence": "diff.field.evidence",
    "counts": "diff.field.counts",
    "occurrence": "diff.field.occurrence",
    "start": "diff.field.start",
    "end": "diff.field.end",
    "number": "diff.field.number",
    "issuer.level": "diff.field.issuer_level",
    "to": "diff.field.to",
    "sender": "diff.field.sender",
    "via": "diff.field.via",
    "convention": "diff.field.convention",
}
_MD_SPECIAL = re.compile(r"([\\`*_~|<>\[\]#])")
_MAX_UNITS = 8
_CONTEXT = 6
"""Unchanged words kept on each side of a change in a word-level diff."""
_WORD_DIFF_FROM = 40
"""Texts shorter than this show old → new instead of a word-level diff."""


def _trim(text: str, after_change: bool, before_change: bool) -> str:
    """An unchanged run shortened to the words next to the changes around it."""
    core = text.strip()
    lead, tail_space = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    words = core.split()
    keep_head = _CONTEXT if after_change else 0
    keep_tail = _CONTEXT if before_change else 0
    if len(words) <= keep_head + keep_tail + 1:
        return text
    head = " ".join(words[:keep_head])
    tail = " ".join(words[len(words) - keep_tail :]) if keep_tail else ""
    return lead + " ".join(piece for piece in (head, "…", tail) if piece) + tail_space


class _Out:
    """Lines in one of two markups."""

    def __init__(self, markdown: bool) -> None:
        self.md = markdown
        self.lines: list[str] = []

    def esc(self, text: str) -> str:
        return _MD_SPECIAL.sub(r"\\\1", text) if self.md else text

    def code(self, text: str) -> str:
        return f"`{text}`" if self.md else text

    def bold(self, text: str) -> str:
        return f"**{text}**" if self.md else text

    def heading(self, level: int, text: str) -> None:
        if self.md:
            self.lines += ["", f"{'#' * (level + 1)} {text}", ""]
        else:
            self.lines += ["", text, ("=" if level == 1 else "-") * len(text)]

    def item(self, depth: int, text: str) -> None:
        self.lines.append(f"{'  ' * depth}- {text}")

    def words(self, runs: Sequence[tuple[str, str]]) -> str:
        out = []
        for index, (op, text) in enumerate(runs):
            if op == "=":
                out.append(self.esc(_trim(text, index > 0, index < len(runs) - 1)))
            elif self.md:
                mark = "~~" if op == "-" else "**"
                core = text.strip()
                lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
                out.append(f"{lead}{mark}{self.esc(core)}{mark}{tail}" if core else text)
            else:
                out.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
        return "".join(out)


def _t(key: str, lang: str, **args: Any) -> str:
    return translate(key, lang, **args)


def _kind_label(kind: str, lang: str) -> str:
    key = KIND_KEYS.get(kind)
    return _t(key, lang) if key else kind


def _field_label(name: str, lang: str) -> str:
    key = FIELD_KEYS.get(name)
    return _t(key, lang) if key else name


def _brief(value: Any) -> str:
    """A plain value in a few words: an object by its text, or its non-empty fields."""
    if isinstance(value, dict):
        if isinstance(value.get("text"), str):
            return str(value["text"])
        if "written" in value and "corrected" in value:
            return f"{value['field']}: {value['written']} → {value['corrected']}"
        return ", ".join(f"{k}: {_brief(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, list):
        return ", ".join(_brief(v) for v in value)
    return str(value)


def _value(value: Any, out: _Out) -> str:
    if value is None or value in ([], {}):
        return "—"
    if isinstance(value, list) and not any(isinstance(v, dict) for v in value):
        return ", ".join(out.code(str(v)) for v in value)
    if isinstance(value, list):
        return "; ".join(out.esc(_brief(v)) for v in value)
    text = _brief(value)
    return out.code(text) if len(text) < 60 else out.esc(text)


def _field(change: FieldChange, out: _Out, lang: str, depth: int) -> None:
    label = _field_label(change.field, lang)
    long = len(str(change.old)) + len(str(change.new)) >= 2 * _WORD_DIFF_FROM
    if change.words and long:
        out.item(depth, f"{label}: {out.words(change.words)}")
    elif change.added or change.removed:
        parts = [f"+ {_value(list(change.added), out)}"] if change.added else []
        parts += [f"− {_value(list(change.removed), out)}"] if change.removed else []
        out.item(depth, f"{label}: {'; '.join(parts)}")
    else:
        out.item(depth, f"{label}: {_value(change.old, out)} → {_value(change.new, out)}")


def _change(change: Change, out: _Out, lang: str, depth: int) -> None:
    action = _t(ACTION_KEYS[change.action], lang)
    head = f"{out.bold(out.esc(change.id))} ({action})"
    if depth:
        head = f"{_kind_label(change.kind, lang)} {head}"
    if change.kind == "record" and change.action == "removed":
        head = f"⚠ {head}"
    label = change.label if change.action != "changed" or not change.fields else None
    if label:
        short = label if len(label) <= 160 else label[:157] + "…"
        head += f": {out.esc(short)}"
    out.item(depth, head)
    for f in change.fields:
        _field(f, out, lang, depth + 1)
    for child in change.children:
        _change(child, out, lang, depth + 1)


def _label(side: Side, lang: str) -> str:
    """How a side is named: a revision as typed, the working tree in words."""
    return _t(side.label, lang) if side.label == "diff.worktree" else side.label


def _side_line(side: Side, lang: str) -> str:
    label = _label(side, lang)
    checked = side.checked
    if checked.plan is None:
        return _t("diff.side_unreadable", lang, label=label)
    if not checked.errors:
        return _t("diff.side_valid", lang, label=label, warnings=checked.warnings)
    return _t("diff.side_invalid", lang, label=label, errors=checked.errors)


def _units(units: list[str], out: _Out) -> str:
    shown = ", ".join(out.code(u) for u in units[:_MAX_UNITS])
    more = len(units) - _MAX_UNITS
    return f"{shown} (+{more})" if more > 0 else shown


def _moves(moves: Iterable[DueMove], out: _Out, lang: str) -> None:
    grouped: dict[tuple[str, str | None, Any, Any], list[str]] = defaultdict(list)
    for m in moves:
        grouped[(m.assignment, m.occurrence, m.old, m.new)].append(m.unit)
    for (assignment, occurrence, old, new), units in grouped.items():
        when = f" {occurrence}" if occurrence else ""
        days = (new - old).days if old and new else None
        moved = f" ({_t('diff.days_moved', lang, days=f'{days:+d}')})" if days is not None else ""
        before = format_date(old) if old else "—"
        after = format_date(new) if new else "—"
        out.item(
            0,
            f"{out.bold(out.esc(assignment))}{when}: {before} → {after}{moved} — "
            f"{_units(units, out)}",
        )


def _flips(flips: Iterable[Flip], out: _Out, lang: str) -> None:
    grouped: dict[tuple[str, str | None, Any, Any], list[str]] = defaultdict(list)
    for f in flips:
        grouped[(f.assignment, f.occurrence, f.due, f.days_late)].append(f.unit)
    for (assignment, occurrence, due, late), units in grouped.items():
        when = f" {occurrence}" if occurrence else ""
        detail = _t("diff.due_late", lang, due=format_date(due) if due else "—", days=late or 0)
        out.item(0, f"{out.bold(out.esc(assignment))}{when}: {detail} — {_units(units, out)}")


def _sort_key(change: Change) -> tuple[int, str, str]:
    order = list(KIND_KEYS)
    rank = order.index(change.kind) if change.kind in order else len(order)
    return rank, change.kind, change.id


def render(result: PlanDiff, lang: str, markdown: bool, base: Path | None = None) -> str:
    """The whole comparison, ready to print or to post as a pull-request comment."""
    out = _Out(markdown)
    plan = result.head.checked.plan or result.base.checked.plan
    number = plan.document.number if plan else ""
    out.heading(1, _t("diff.title", lang, number=number))
    base_label = _side_line(result.base, lang)
    head_label = _side_line(result.head, lang)
    out.item(0, f"{_t('diff.base', lang)}: {base_label}")
    out.item(0, f"{_t('diff.head', lang)}: {head_label}")
    for side in (result.base, result.head):
        if side.checked.errors or side.checked.plan is None:
            out.lines += ["", f"{_t('diff.problems_of', lang, label=_label(side, lang))}:"]
            text = format_text(side.checked.problems, lang, base)
            out.lines += ["```", text, "```"] if markdown else [text]
    removed = result.removed_records
    if removed:
        out.lines += ["", out.bold(_t("diff.records_removed", lang, count=len(removed)))]
    changes = sorted(result.changes, key=_sort_key)
    if result.uncertain:
        out.lines += ["", _t("diff.uncertain", lang, count=result.uncertain)]
    elif not changes:
        out.lines += ["", _t("diff.no_changes", lang)]
    by_kind: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_kind[change.kind].append(change)
    for kind, group in by_kind.items():
        out.heading(2, f"{_kind_label(kind, lang)} ({len(group)})")
        for change in group:
            _change(change, out, lang, 0)
    effects = result.effects
    if effects is None:
        if result.base.checked.plan and result.head.checked.plan:
            out.lines += ["", _t("diff.effects_skipped", lang)]
    else:
        day = format_date(effects.as_of)
        if effects.moves:
            out.heading(2, _t("diff.moves", lang, count=len(effects.moves)))
            _moves(effects.moves, out, lang)
        if effects.now_overdue:
            out.heading(2, _t("diff.now_overdue", lang, date=day, count=len(effects.now_overdue)))
            _flips(effects.now_overdue, out, lang)
        if effects.no_longer_overdue:
            count = len(effects.no_longer_overdue)
            out.heading(2, _t("diff.no_longer_overdue", lang, date=day, count=count))
            _flips(effects.no_longer_overdue, out, lang)
        if not (effects.moves or effects.now_overdue or effects.no_longer_overdue):
            out.lines += ["", _t("diff.no_effects", lang, date=day)]
    return "\n".join(out.lines).strip("\n") + "\n"
