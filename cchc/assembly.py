"""Completing an assignment read from YAML: a report's deadline from its flow, its parts.

The schema converts each key; what depends on other keys (a report may omit its deadline, an
assignment with parts needs none) is decided here, reporting through the reader's context.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from cchc import model
from cchc.context import Context
from cchc.schedule import Deadline


def _flow_deadline(flow: model.Ref, reporting: model.Reporting | None) -> Deadline:
    """A report written without a deadline reports on its flow's periods."""
    known = reporting.flow(flow.id) if reporting else None
    text = (known.text or ", ".join(known.periods)) if known else flow.id
    return Deadline("recurring", text, follows_reporting=True)


def _part(values: dict[str, Any], reporting: model.Reporting | None, ctx: Context) -> Any:
    if values["deadline"] is None:
        if values["flow"] is None:
            ctx.report(values["at"], "schema.missing_key", "hint.part_deadline", key="deadline")
            return None
        values["deadline"] = _flow_deadline(values["flow"], reporting)
    return model.Part(**values)


def assemble(
    lead: model.Ref, values: dict[str, Any], reporting: model.Reporting | None, ctx: Context
) -> model.Assignment | None:
    """The assignment, or None after reporting what is missing.

    A report (``flow`` set) may omit its deadline; an assignment with ``parts`` needs none (its
    deadline is then the first part's, its text naming every part's)."""
    raw_parts = values["parts"]
    parts = tuple(p for p in (_part(dict(v), reporting, ctx) for v in raw_parts) if p)
    if len(parts) != len(raw_parts):
        ctx.broken_ids.add(values["id"])
        return None
    values["parts"] = parts
    if values["deadline"] is None:
        if parts:
            text = "; ".join(f"{p.id}: {p.deadline.text}" for p in parts)
            values["deadline"] = dataclasses.replace(parts[0].deadline, text=text)
        elif values["flow"] is not None:
            values["deadline"] = _flow_deadline(values["flow"], reporting)
        else:
            ctx.report(values["at"], "schema.missing_key", "hint.missing_key", key="deadline")
            ctx.broken_ids.add(values["id"])
            return None
    return model.Assignment(lead=lead, **values)
