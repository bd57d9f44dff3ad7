"""Plain-data views of statuses for JSON and CSV output (documented, versioned schemas)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from cchc.dashboard import Dashboard, Tally
from cchc.tracking import Status
from cchc.units import unit_names

STATUS_SCHEMA = "cchc.status/1"
OBLIGATIONS_SCHEMA = "cchc.obligations/1"
OBLIGATION_FIELDS = (
    "assignment",
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


def obligation(status: Status, names: dict[str, str]) -> dict[str, Any]:
    """One obligation as plain data; dates ISO, periods as codes."""
    ob = status.obligation
    return {
        "assignment": ob.assignment.id,
        "section": ob.assignment.section.id,
        "unit": ob.unit,
        "unit_name": names.get(ob.unit, ob.unit),
        "occurrence": ob.occurrence.code if ob.occurrence else None,
        "due": ob.due.isoformat() if ob.due else None,
        "state": status.state,
        "days_late": status.days_late,
        "gaps": [p.code for p in status.gaps],
        "records": len(status.records),
        "text": ob.assignment.text,
    }


def _tally(tally: Tally) -> dict[str, Any]:
    return {
        "total": tally.total,
        "dated": tally.dated,
        "done": tally.done,
        "states": dict(tally.states),
    }


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def targets_data(board: Dashboard) -> list[dict[str, Any]]:
    """The ``targets`` of ``cchc status --format json``; numbers as text, as written."""
    return [
        {
            "id": row.target.id,
            "text": row.target.text,
            "measure": row.target.measure,
            "target": _text(row.target.target),
            "baseline": _text(row.target.baseline),
            "index": row.target.index,
            "due": row.due.isoformat() if row.due else None,
            "value": _text(row.latest.value) if row.latest else None,
            "measured_on": row.latest.day.isoformat() if row.latest else None,
            "measured_by": row.latest.unit if row.latest else None,
            "met": row.met,
            "state": row.state,
        }
        for row in board.targets
    ]


def groups_data(board: Dashboard) -> list[dict[str, Any]]:
    """The ``groups`` of ``cchc status --format json``."""
    return [
        {
            "group": row.group,
            "assignment": row.assignment,
            "occurrence": row.occurrence.code if row.occurrence else None,
            "done": row.done,
            "listed": row.listed,
            "size": row.size,
        }
        for row in board.groups
    ]


def status_json(board: Dashboard) -> str:
    """The ``cchc status --format json`` document."""
    doc = board.plan.document
    names = unit_names(board.plan)
    data = {
        "schema": STATUS_SCHEMA,
        "plan": {"number": doc.display_number, "title": doc.title, "issuer": doc.issuer.unit.id},
        "as_of": board.as_of.isoformat(),
        "as_of_clamped": board.clamped,
        "overall": _tally(board.overall),
        "units": [
            {
                "unit": row.unit,
                "name": row.name,
                **_tally(row.tally),
                "next_due": obligation(row.next_due, names) if row.next_due else None,
            }
            for row in board.units
        ],
        "sections": [
            {
                "section": row.section,
                "title": row.title,
                "items": row.items,
                **({"used": row.used} if row.tally is None else _tally(row.tally)),
            }
            for row in board.sections
        ],
        "targets": targets_data(board),
        "groups": groups_data(board),
        "obligations": [obligation(s, names) for s in board.statuses],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def obligations_json(statuses: list[Status], names: dict[str, str], as_of: str) -> str:
    """The JSON of ``cchc overdue`` and ``cchc list``."""
    data = {
        "schema": OBLIGATIONS_SCHEMA,
        "as_of": as_of,
        "obligations": [obligation(s, names) for s in statuses],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def obligations_csv(statuses: list[Status], names: dict[str, str]) -> str:
    """CSV with a header row; gaps joined by spaces. Opens in Excel as UTF-8 (see README)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=OBLIGATION_FIELDS, lineterminator="\n")
    writer.writeheader()
    for status in statuses:
        row = obligation(status, names)
        row["gaps"] = " ".join(row["gaps"])
        writer.writerow(row)
    return buffer.getvalue()


def machine_readable(fmt: str, statuses: list[Status], names: dict[str, str], as_of: str) -> str:
    """``json`` or ``csv`` output of a list of obligations."""
    if fmt == "json":
        return obligations_json(statuses, names, as_of)
    return obligations_csv(statuses, names).rstrip("\n")
