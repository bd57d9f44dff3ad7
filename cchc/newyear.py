"""Next period's plan from this one, as text edits that keep every comment and layout.

Dates, periods and deadlines move forward by the plan's span (one year for a yearly plan, two
for a 2021-2022 plan; ``--year`` sets it): an explicit day moves by whole years (29/2 becomes
28/2), a year written in a deadline ("quý II/2021", "năm 2021") moves with it. Progress is left
behind; the number, date of issue, effective date and enacting decision are removed for the
user to fill in (``cchc validate`` names what is missing), and ``predecessor`` cites this plan.
Pure: files in, files out; nothing here writes to disk.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from dateutil.relativedelta import relativedelta

from cchc.model import Plan
from cchc.nodes import Map, Node, Scalar, Seq, YamlError
from cchc.schema_export import MODELINE, schema_for
from cchc.source import PlanSource
from cchc.yamlio import load_bytes

_DATES = re.compile(
    r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d))"
    r"|(?P<vn>(?<!\d)(?P<vd>\d{1,2})\s*/\s*(?P<vm>\d{1,2})\s*/\s*(?P<vy>\d{4})(?!\d))"
    r"|(?P<year>(?<!\d)\d{4}(?!\d))"
)
_REMOVED_KEYS = ("number", "date", "effective", "enacted_by", "predecessor")
_DOCUMENT_KINDS = {"KH": "Kế hoạch", "CTr": "Chương trình", "QĐ": "Quyết định"}


@dataclass
class NewYear:
    """The new plan's files and what the user must still do by hand."""

    shift: int
    """Years moved."""
    start: dt.date
    end: dt.date
    files: dict[str, bytes] = field(default_factory=dict)
    manual: list[tuple[str, int, str]] = field(default_factory=list)
    """(file, line, text) of values that could not be moved as text: edit them by hand."""
    dropped: int = 0
    """Progress files left behind."""


def shift_date(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; 29 February becomes 28 February in a common year."""
    return day + relativedelta(years=years)


def shift_text(text: str, years: int, first: int, last: int) -> str:
    """Every date, and every year from ``first`` to ``last``, in ``text`` moved by ``years``."""

    def move(match: re.Match[str]) -> str:
        if match["iso"]:
            day = _real(int(match["iy"]), int(match["im"]), int(match["id"]))
            if day is None or not first <= day.year <= last:
                return match[0]
            new = shift_date(day, years)
            return f"{new.year:04d}-{new.month:0{len(match['im'])}d}-{new.day:0{len(match['id'])}d}"
        if match["vn"]:
            day = _real(int(match["vy"]), int(match["vm"]), int(match["vd"]))
            if day is None or not first <= day.year <= last:
                return match[0]
            new = shift_date(day, years)
            written = match[0]
            head = written[: written.rfind(match["vy"])]
            if new.day != day.day:  # 29/2 → 28/2
                head = head.replace(match["vd"], f"{new.day:0{len(match['vd'])}d}", 1)
            return f"{head}{new.year}"
        year = int(match["year"])
        return str(year + years) if first <= year <= last else match[0]

    return _DATES.sub(move, text)


def _real(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class _Edits:
    """Text edits of one file, applied bottom-up so positions stay true."""

    def __init__(self, name: str, text: str, report: NewYear) -> None:
        self.name = name
        self.lines = text.split("\n")
        self.report = report
        self.replacements: list[tuple[int, int, str, str]] = []
        self.deletions: list[tuple[int, int]] = []
        self.insertions: list[tuple[int, list[str]]] = []

    def replace(self, node: Node, new: str) -> None:
        """Replace a one-line scalar's text in place; note it for the user otherwise."""
        if not isinstance(node, Scalar) or new == node.text:
            return
        line, col = node.mark.line - 1, node.mark.col - 1
        source = self.lines[line]
        start = col + 1 if source[col : col + 1] in ("'", '"') else col
        if source[start : start + len(node.text)] != node.text or "\\" in node.text:
            self.report.manual.append((self.name, node.mark.line, node.text))
            return
        self.replacements.append((line, start, node.text, new))

    def delete_key(self, owner: Map, key: str) -> int | None:
        """Delete a block-style key and its value; the line it was on (0-based), or None."""
        mark = owner.key_marks[key]
        line, indent = mark.line - 1, mark.col - 1
        if self.lines[line][:indent].strip():
            self.report.manual.append((self.name, mark.line, key))
            return None
        end = line + 1
        while end < len(self.lines):
            text = self.lines[end]
            stripped = text.lstrip(" ")
            depth = len(text) - len(stripped)
            inside = depth > indent or (depth == indent and stripped.startswith("- "))
            if stripped and not stripped.startswith("#") and not inside:
                break
            end += 1
        while end > line + 1 and not self.lines[end - 1].strip():
            end -= 1  # keep the blank lines that separate it from what follows
        self.deletions.append((line, end))
        return line

    def insert(self, line: int, text: list[str]) -> None:
        self.insertions.append((line, text))

    def result(self) -> str:
        lines = list(self.lines)
        for line, start, old, new in sorted(self.replacements, reverse=True):
            lines[line] = lines[line][:start] + new + lines[line][start + len(old) :]
        events: list[tuple[int, int, list[str] | None]] = [
            (start, end, None) for start, end in self.deletions
        ]
        events += [(line, line, text) for line, text in self.insertions]
        for start, end, text in sorted(events, key=lambda e: (e[0], e[2] is None), reverse=True):
            lines[start:end] = text if text is not None else []
        return "\n".join(lines)


def _items(node: Node | None, key: str) -> list[Map]:
    value = node.items.get(key) if isinstance(node, Map) else None
    return [item for item in value.items if isinstance(item, Map)] if isinstance(value, Seq) else []


def _predecessor(plan: Plan) -> list[str]:
    doc = plan.document
    issuer = next((u.name for u in plan.units if u.id == doc.issuer.unit.id), doc.issuer.unit.id)
    lines = [
        "# Kế hoạch mới: điền số (number) và ngày ban hành (date) khi ban hành.",
        "predecessor:",
        f"  kind: {json.dumps(_DOCUMENT_KINDS.get(doc.type, doc.type), ensure_ascii=False)}",
    ]
    if doc.number:
        lines.append(f"  number: {json.dumps(doc.number, ensure_ascii=False)}")
    if doc.date_precision == "day":
        lines.append(f"  date: {doc.date.isoformat()}")
    lines.append(f"  issuer: {json.dumps(issuer, ensure_ascii=False)}")
    lines.append(f"  title: {json.dumps(doc.title, ensure_ascii=False)}")
    return lines


def next_plan(source: PlanSource, plan: Plan, year: int | None = None) -> NewYear:
    """The files of the plan that follows ``plan`` (read from ``source``), starting ``year``
    (default: the year after the plan's period)."""
    doc = plan.document
    span = doc.end.year - doc.start.year + 1
    shift = (year - doc.start.year) if year is not None else span
    first, last = doc.start.year, doc.end.year + 1
    report = NewYear(shift, shift_date(doc.start, shift), shift_date(doc.end, shift))
    for name in source.files():
        path = PurePosixPath(name)
        if path.parts[0] == "progress" and len(path.parts) > 2:
            report.dropped += 1
            continue
        data = source.read_bytes(name)
        kind = schema_for(name)
        if kind is None or kind == "progress":
            report.files[name] = data
            continue
        try:
            root = load_bytes(data, source.root / name)
        except YamlError:
            report.files[name] = data
            continue
        edits = _Edits(name, data.decode("utf-8-sig"), report)

        def move(node: Node | None, edits: _Edits = edits) -> None:
            if isinstance(node, Scalar):
                edits.replace(node, shift_text(node.text, shift, first, last))

        if kind == "plan":
            _edit_plan(root, edits, plan, move)
        elif kind == "assignments":
            for assignment in _items(root, "assignments"):
                move(assignment.items.get("deadline"))
                for part in _items(assignment, "parts"):
                    move(part.items.get("deadline"))
                if "cancel" in assignment.items:
                    edits.delete_key(assignment, "cancel")
        report.files[name] = _with_modeline(name, edits.result()).encode("utf-8")
    return report


def _edit_plan(root: Map, edits: _Edits, plan: Plan, move: Callable[[Node | None], None]) -> None:
    period = root.items.get("period")
    if isinstance(period, Map):
        move(period.items.get("start"))
        move(period.items.get("end"))
    move(root.items.get("title"))
    for target in _items(root, "targets"):
        move(target.items.get("due"))
    funding = root.items.get("funding")
    for line in _items(funding, "lines"):
        move(line.items.get("year"))
    where = None
    for key in _REMOVED_KEYS:
        if key in root.items:
            at = edits.delete_key(root, key)
            where = at if where is None or (at is not None and at < where) else where
    edits.insert(where if where is not None else len(edits.lines), _predecessor(plan))


def _with_modeline(name: str, text: str) -> str:
    """The schema line first (kept when there, added when not)."""
    if text.startswith(MODELINE):
        return text
    kind = schema_for(name)
    depth = len(PurePosixPath(name).parts)
    relative = "../" * depth + f"schemas/{kind}.schema.json"
    return f"{MODELINE}{relative}\n{text}"
