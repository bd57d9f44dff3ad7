"""JSON and CSV of the view-model (documented, versioned schemas: see README, JSON output).

Every JSON document starts with ``"schema": "cchc.<name>/<version>"``; the version changes when
a key is removed or changes meaning, not when one is added.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from cchc.jsonout import dumps
from cchc.selection import Selection
from cchc.viewmodel import ObligationView, StatusView, Tally, UnitName

STATUS_SCHEMA = "cchc.status/2"
OBLIGATIONS_SCHEMA = "cchc.obligations/1"
OBLIGATION_FIELDS = (
    "assignment",
    "part",
    "section",
    "unit",
    "unit_name",
    "occurrence",
    "due",
    "state",
    "days_late",
    "gaps",
    "records",
    "text",
)


def obligation(item: ObligationView) -> dict[str, Any]:
    """One obligation as plain data; dates ISO, periods as codes."""
    return {
        "assignment": item.assignment,
        "part": item.part,
        "section": item.section,
        "unit": item.unit.id,
        "unit_name": item.unit.name,
        "occurrence": item.occurrence.code if item.occurrence else None,
        "due": item.due.isoformat() if item.due else None,
        "state": item.state,
        "days_late": item.days_late,
        "gaps": [p.code for p in item.gaps],
        "records": item.records,
        "text": item.text,
    }


def _unit(unit: UnitName) -> dict[str, str]:
    return {"unit": unit.id, "name": unit.name, "short": unit.short}


def _tally(tally: Tally) -> dict[str, Any]:
    return {
        "total": tally.total,
        "dated": tally.dated,
        "done": tally.done,
        "states": dict(tally.states),
    }


def _selection(selection: Selection) -> dict[str, Any]:
    return {
        "units": sorted(selection.units) if selection.units is not None else None,
        "section": selection.section,
        "states": sorted(selection.states) if selection.states is not None else None,
        "due_from": selection.due_from.isoformat() if selection.due_from else None,
        "due_to": selection.due_to.isoformat() if selection.due_to else None,
        "assignment": selection.assignment,
    }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def targets_data(view: StatusView) -> list[dict[str, Any]]:
    """The ``targets`` of ``cchc status --format json``; numbers as text, as written."""
    return [
        {
            "id": row.id,
            "text": row.text,
            "measure": row.measure,
            "target": _text(row.goal),
            "baseline": _text(row.baseline),
            "index": row.index,
            "due": row.due.isoformat() if row.due else None,
            "value": _text(row.value),
            "measured_on": row.measured_on.isoformat() if row.measured_on else None,
            "measured_by": row.measured_by.id if row.measured_by else None,
            "met": row.met,
            "state": row.state,
        }
        for row in view.targets
    ]


def groups_data(view: StatusView) -> list[dict[str, Any]]:
    """The ``groups`` of ``cchc status --format json``."""
    return [
        {
            "group": row.group.id,
            "assignment": row.assignment,
            "occurrence": row.occurrence.code if row.occurrence else None,
            "done": row.done,
            "listed": row.listed,
            "size": row.size,
        }
        for row in view.groups
    ]


def status_data(view: StatusView, selection: Selection) -> dict[str, Any]:
    """The ``cchc status --format json`` document as plain data."""
    plan = view.plan
    return {
        "schema": STATUS_SCHEMA,
        "plan": {
            "type": plan.type,
            "number": plan.number or (plan.enacted_by.number if plan.enacted_by else None),
            "title": plan.title,
            "date": plan.date.isoformat(),
            "date_precision": plan.date_precision,
            "issuer": plan.issuer,
            "enacted_by": {
                "type": plan.enacted_by.type,
                "number": plan.enacted_by.number,
                "date": plan.enacted_by.date.isoformat(),
                "issuer": plan.enacted_by.issuer,
            }
            if plan.enacted_by
            else None,
            "period": {"start": plan.start.isoformat(), "end": plan.end.isoformat()},
        },
        "as_of": view.as_of.isoformat(),
        "as_of_clamped": view.clamped,
        "focus": _unit(view.focus) if view.focus is not None else None,
        "selection": _selection(selection),
        "overall": _tally(view.overall),
        "units": [
            {
                **_unit(row.unit),
                **_tally(row.tally),
                "next_due": obligation(row.next_due) if row.next_due else None,
            }
            for row in view.units
        ],
        "common_next_due": obligation(view.common_next_due) if view.common_next_due else None,
        "sections": [
            {
                "section": row.section,
                "label": row.label,
                "title": row.title,
                "items": row.items,
                **({"used": row.used} if row.tally is None else _tally(row.tally)),
            }
            for row in view.sections
        ],
        "overdue": [obligation(item) for item in view.overdue],
        "activity": [
            {"kind": a.kind, "name": a.name, "measure": a.measure, "total": a.total}
            for a in view.activity
        ],
        "coordinated": [
            {
                "assignment": d.assignment,
                "text": d.text,
                "lead": d.lead.id,
                "lead_name": d.lead.name,
                "deadline": d.deadline,
                "due": d.due.isoformat() if d.due else None,
                "state": d.state,
            }
            for d in view.coordinated
        ],
        "targets": targets_data(view),
        "groups": groups_data(view),
        "obligations": [obligation(item) for item in view.obligations],
    }


def status_json(view: StatusView, selection: Selection, pretty: bool = False) -> str:
    """The ``cchc status --format json`` document."""
    return dumps(status_data(view, selection), pretty)


def obligations_json(items: Sequence[ObligationView], as_of: str, pretty: bool = False) -> str:
    """The JSON of ``cchc overdue`` and ``cchc list``."""
    data = {
        "schema": OBLIGATIONS_SCHEMA,
        "as_of": as_of,
        "obligations": [obligation(item) for item in items],
    }
    return dumps(data, pretty)


def obligations_csv(items: Sequence[ObligationView], newline: str = "\n") -> str:
    """CSV with a header row; gaps joined by spaces."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=OBLIGATION_FIELDS, lineterminator=newline)
    writer.writeheader()
    for item in items:
        row = obligation(item)
        row["gaps"] = " ".join(row["gaps"])
        writer.writerow(row)
    return buffer.getvalue()


def machine_readable(
    fmt: str, items: Sequence[ObligationView], as_of: str, pretty: bool = False
) -> str:
    """``json`` or ``csv`` output of a list of obligations."""
    if fmt == "json":
        return obligations_json(items, as_of, pretty)
    return obligations_csv(items).rstrip("\n")
