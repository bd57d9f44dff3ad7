"""What a report counts from the records of its period (sections I and II.1-2): documents
issued, activity counts, the forms and content items of section II carried out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cchc.model import Item, Plan, Record
from cchc.report_lists import DOCUMENTS, UNITS, UnitSummary, by_unit, some
from cchc.report_text import in_window, shorten
from cchc.vntext import format_count, format_running_date, sort_key


@dataclass(frozen=True, slots=True)
class DirectingRow:
    """A document issued in the period (the evidence of a record)."""

    number: int
    unit: str
    document: str
    date: str
    note: str


@dataclass(frozen=True, slots=True)
class KindRow:
    """An activity kind with its count in the period and since the plan began."""

    number: int
    id: str
    name: str
    measure: str
    period: int
    total: int
    period_text: str
    total_text: str


@dataclass(frozen=True, slots=True)
class FormRow:
    """A content item or form of section II that records of the period name."""

    number: int
    id: str
    item: str
    """The audience (or heading) it belongs to."""
    text: str
    records: int
    records_text: str
    units: str


def directing(
    records: Sequence[Record], names: dict[str, str], plan: Plan, start: dt.date, end: dt.date
) -> tuple[DirectingRow, ...]:
    """Documents (evidence) of the records dated in the period, oldest first."""
    texts = {a.id: a.deliverable or shorten(a.text, 120) for a in plan.assignments}
    found = sorted(
        (r for r in records if r.evidence and in_window(r, start, end)),
        key=lambda r: (r.date, sort_key(names.get(r.unit.id, r.unit.id))),
    )
    return tuple(
        DirectingRow(
            i,
            names.get(r.unit.id, r.unit.id),
            ", ".join(r.evidence),
            format_running_date(r.date),
            shorten(r.note) if r.note else texts.get(r.assignment.id, r.assignment.id),
        )
        for i, r in enumerate(found, 1)
    )


def cited(records: Sequence[Record], start: dt.date, end: dt.date) -> int:
    """How many records of the period cite documents (the rows of ``directing``)."""
    return sum(1 for r in records if r.evidence and in_window(r, start, end))


def documents_by_unit(
    records: Sequence[Record], names: dict[str, str], start: dt.date, end: dt.date, lang: str
) -> tuple[tuple[UnitSummary, ...], int]:
    """Section I summarised: per unit, how many documents its records of the period cite (each
    once) and the earliest of them with their dates; and the number of documents in all."""
    found = sorted(
        (r for r in records if r.evidence and in_window(r, start, end)), key=lambda r: r.date
    )
    seen: set[tuple[str, str]] = set()
    entries = []
    for record in found:
        unit = names.get(record.unit.id, record.unit.id)
        for document in record.evidence:
            if (unit, document) not in seen:
                seen.add((unit, document))
                entries.append((unit, f"{document} ({format_running_date(record.date)})"))
    return by_unit(entries, DOCUMENTS, lang), len(entries)


def kinds(
    records: Sequence[Record], plan: Plan, start: dt.date, end: dt.date, first: dt.date
) -> tuple[KindRow, ...]:
    """Counts per activity kind in the period and from ``first`` to ``end``; kinds never counted
    are left out."""
    period: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for record in records:
        if not first <= record.date <= end:
            continue
        for ref, value in record.counts.items():
            total[ref.id] += value
            if record.date >= start:
                period[ref.id] += value
    rows = []
    for kind in plan.document.activity_kinds:
        if total[kind.id]:
            rows.append((kind, period[kind.id], total[kind.id]))
    return tuple(
        KindRow(i, k.id, k.name, k.measure, p, t, format_count(p), format_count(t))
        for i, (k, p, t) in enumerate(rows, 1)
    )


def forms(
    records: Sequence[Record],
    plan: Plan,
    names: dict[str, str],
    start: dt.date,
    end: dt.date,
    lang: str,
) -> tuple[FormRow, ...]:
    """Content items and forms of section II named by records of the period, in plan order."""
    used: dict[str, list[Record]] = {}
    for record in records:
        if in_window(record, start, end):
            for ref in record.forms:
                used.setdefault(ref.id, []).append(record)
    audiences = {a.id: a.name for a in plan.audiences}
    titles = {s.id: s.title for s in plan.document.sections}
    items: list[Item] = [i for i in (*plan.content, *plan.forms) if i.id in used]
    rows = []
    for number, item in enumerate(items, 1):
        found = used[item.id]
        group = audiences.get(item.audience.id, "") if item.audience else ""
        heading = titles.get(item.section.id, item.section.id)
        units = sorted({names.get(r.unit.id, r.unit.id) for r in found}, key=sort_key)
        label = item.id.replace(".dd", ".đ")
        rows.append(
            FormRow(
                number,
                item.id,
                group or heading,
                f"{label}. {shorten(item.text, 160)}",
                len(found),
                format_count(len(found)),
                some(units, UNITS, lang, sep=", "),
            )
        )
    return tuple(rows)
