"""The schema of each plan file, written with cchc.schema. The README's file layout mirrors it."""

from __future__ import annotations

import dataclasses
from typing import Any

from cchc import model
from cchc.context import FAILED, Context
from cchc.nodes import Map, Node
from cchc.schedule import PERIOD_KINDS, DueRule
from cchc.schema import (
    ID,
    Bool,
    Choice,
    Counts,
    Date,
    DeadlineSpec,
    Field,
    Int,
    ListOf,
    Obj,
    PeriodSpec,
    RefTo,
    Spec,
    Text,
)
from cchc.specs_document import (
    ENACTMENT,
    FUNDING_LINES,
    GROUP_SIZE,
    PROVENANCE,
    SIGNER,
    TARGETS,
    CitationOrText,
    IssueDate,
    Measured,
)
from cchc.vocab import CONVENTIONS, LEVELS, RECORD_STATES, UNIT_KINDS, DatePrecision

TEXT = Field(Text(), required=True)
OPTIONAL_TEXT = Field(Text())
REF = Field(RefTo(), required=True)
REFS = Field(ListOf(RefTo()), default=())
TEXTS = Field(ListOf(Text()), default=())

CORRECTION = Obj(
    model.Correction,
    {
        "field": Field(Text(), required=True),
        "written": TEXT,
        "corrected": TEXT,
        "note": TEXT,
    },
)
CORRECTIONS = Field(ListOf(CORRECTION), default=())

SECTION = Obj(
    model.Section,
    {
        "id": Field(ID, required=True),
        "title": TEXT,
        "label": OPTIONAL_TEXT,
        "intro": OPTIONAL_TEXT,
        "note": OPTIONAL_TEXT,
        "corrections": CORRECTIONS,
    },
)

LEGAL_REF = Obj(
    model.LegalRef,
    {
        "kind": TEXT,
        "number": OPTIONAL_TEXT,
        "date": Field(Date("date")),
        "issuer": OPTIONAL_TEXT,
        "title": OPTIONAL_TEXT,
        "corrections": CORRECTIONS,
    },
)

CITATION = Obj(
    model.Citation,
    {
        "text": TEXT,
        "refs": Field(ListOf(LEGAL_REF), default=()),
        "corrections": CORRECTIONS,
    },
)


def _item(**values: Any) -> model.Item:
    """An item's section defaults to its id's parent: II.1.1.a is in section II.1.1."""
    if values["section"] is None:
        values["section"] = model.Ref(values["id"].rsplit(".", 1)[0], values["at"])
    return model.Item(**values)


ITEM = Obj(
    _item,
    {
        "id": Field(ID, required=True),
        "section": Field(RefTo()),
        "text": TEXT,
        "audience": Field(RefTo()),
        "citations": Field(ListOf(CITATION), default=()),
        "corrections": CORRECTIONS,
        "provenance": PROVENANCE,
    },
)

AUDIENCE = Obj(model.Audience, {"id": Field(ID, required=True), "section": REF, "name": TEXT})

ISSUER = Obj(
    model.Issuer,
    {
        "unit": REF,
        "level": Field(Choice(LEVELS), required=True),
        "parent": Field(RefTo()),
    },
    with_at=False,
)

PERIOD_RANGE = Obj(
    dict,
    {"start": Field(Date("start"), required=True), "end": Field(Date("end"), required=True)},
    with_at=False,
)

CONVENTION = Choice(CONVENTIONS)
PERIODS = Field(ListOf(Choice(PERIOD_KINDS)), required=True)


class DueSpec(Spec):
    """``{days_after_end: N}`` (N may be negative) or ``{day_of_last_month: D}``: exactly one."""

    expected = "type.mapping"
    _fields = Obj(
        dict,
        {
            "days_after_end": Field(Int(minimum=-366, maximum=366)),
            "day_of_last_month": Field(Int(minimum=1, maximum=31)),
        },
        with_at=False,
    )

    def convert(self, node: Node, ctx: Context) -> Any:
        values = self._fields.convert(node, ctx)
        if values is FAILED:
            return FAILED
        given = [(k, v) for k, v in values.items() if v is not None]
        if len(given) != 1:
            return ctx.report(node.mark, "schema.due_rule", "hint.due_rule")
        return DueRule(*given[0])


def _flow(**values: Any) -> dict[str, Any]:
    values["sender"] = values.pop("from")
    return values


FLOW = Obj(
    _flow,
    {
        "id": Field(ID, required=True),
        "from": REF,
        "to": REF,
        "via": Field(RefTo()),
        "periods": PERIODS,
        "due": Field(DueSpec(), default=DueRule("days_after_end", 0)),
        "convention": Field(CONVENTION),
        "text": OPTIONAL_TEXT,
    },
)

_FLOWS_SHAPE = Obj(
    dict,
    {
        "convention": Field(CONVENTION, default="calendar"),
        "flows": Field(ListOf(FLOW), required=True),
    },
)

_LEGACY_SHAPE = Obj(
    dict,
    {
        "periods": PERIODS,
        "convention": Field(CONVENTION, default="calendar"),
        "submit_within_days": Field(Int(maximum=366), default=0),
        "recipient": REF,
        "via": Field(RefTo()),
    },
)


class ReportingSpec(Spec):
    """``reporting:`` with ``flows``, or in the old one-flow shape (read as flow "default")."""

    expected = "type.mapping"

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Map) and "flows" in node.items:
            values = _FLOWS_SHAPE.convert(node, ctx)
            if values is FAILED:
                return FAILED
            convention = values["convention"]
            flows = tuple(
                model.Flow(**{**f, "convention": f["convention"] or convention})
                for f in values["flows"]
            )
            return model.Reporting(convention, flows, False, node.mark)
        values = _LEGACY_SHAPE.convert(node, ctx)
        if values is FAILED:
            return FAILED
        flow = model.Flow(
            id="default",
            sender=values["recipient"],  # the plan's owner, set by _document
            to=values["recipient"],
            via=values["via"],
            periods=values["periods"],
            due=DueRule("days_after_end", values["submit_within_days"]),
            convention=values["convention"],
            text=None,
            at=node.mark,
        )
        return model.Reporting(values["convention"], (flow,), True, node.mark)


RECIPIENT = Obj(model.Recipient, {"text": TEXT, "units": REFS})

ACTIVITY_KIND = Obj(
    model.ActivityKind,
    {
        "id": Field(ID, required=True),
        "name": TEXT,
        "measure": TEXT,
    },
)

FUNDING = Obj(model.Funding, {"section": REF, "text": TEXT, "lines": FUNDING_LINES}, with_at=False)


def _document(
    period: dict[str, Any], date: tuple[Any, DatePrecision], **values: Any
) -> model.Document:
    reporting: model.Reporting = values["reporting"]
    if reporting.legacy:  # the old shape's one flow is from the plan's owner
        owner = values["issuer"].unit
        flows = tuple(dataclasses.replace(f, sender=owner) for f in reporting.flows)
        values["reporting"] = dataclasses.replace(reporting, flows=flows)
    return model.Document(
        start=period["start"],
        end=period["end"],
        date=date[0],
        date_precision=date[1],
        **values,
    )


PLAN_FILE = Obj(
    _document,
    {
        "number": OPTIONAL_TEXT,
        "type": TEXT,
        "title": TEXT,
        "issuer": Field(ISSUER, required=True),
        "place": TEXT,
        "date": Field(IssueDate("date"), required=True),
        "effective": Field(Date("effective")),
        "period": Field(PERIOD_RANGE, required=True),
        "language": Field(Choice(("vi", "en")), default="vi"),
        "legal_basis": Field(ListOf(CitationOrText(CITATION)), default=()),
        "preamble": OPTIONAL_TEXT,
        "sections": Field(ListOf(SECTION), default=()),
        "purposes": Field(ListOf(ITEM), default=()),
        "requirements": Field(ListOf(ITEM), default=()),
        "funding": Field(FUNDING),
        "reporting": Field(ReportingSpec(), required=True),
        "signer": Field(SIGNER, required=True),
        "recipients": Field(ListOf(RECIPIENT), default=()),
        "activity_kinds": Field(ListOf(ACTIVITY_KIND), default=()),
        "corrections": CORRECTIONS,
        "enacted_by": Field(ENACTMENT),
        "parent_plan": Field(LEGAL_REF),
        "predecessor": Field(LEGAL_REF),
        "targets": TARGETS,
        "provenance": Field(PROVENANCE.spec, default="document"),
    },
)


def _unit(**values: Any) -> model.Unit:
    return model.Unit(members=None, complete=True, **values)


def _group(**values: Any) -> model.Unit:
    return model.Unit(parent=None, **values)


_UNIT_FIELDS = {
    "id": Field(ID, required=True),
    "name": TEXT,
    "short": TEXTS,
    "aliases": TEXTS,
    "kind": Field(Choice(UNIT_KINDS), required=True),
    "note": OPTIONAL_TEXT,
    "provenance": PROVENANCE,
}
_VALIDITY = {"valid_from": Field(Date("valid_from")), "valid_until": Field(Date("valid_until"))}
UNIT = Obj(_unit, {**_UNIT_FIELDS, **_VALIDITY, "parent": Field(RefTo())})
GROUP = Obj(
    _group,
    {
        **_UNIT_FIELDS,
        "members": Field(ListOf(RefTo()), required=True),
        "complete": Field(Bool(), required=True),
        "size": GROUP_SIZE,
        "exclude": REFS,
    },
)
UNITS_FILE = Obj(
    dict,
    {
        "units": Field(ListOf(UNIT), required=True),
        "groups": Field(ListOf(GROUP), default=()),
    },
    with_at=False,
)

CONTENT_FILE = Obj(
    dict,
    {
        "audiences": Field(ListOf(AUDIENCE), default=()),
        "content": Field(ListOf(ITEM), default=()),
        "forms": Field(ListOf(ITEM), default=()),
    },
    with_at=False,
)

# Assignments and records convert to dicts: the reader adds what their file names (the lead;
# the unit and period of a progress file) and builds model.Assignment / model.Record.
PART = Obj(
    dict,
    {
        "id": Field(ID, required=True),
        "text": OPTIONAL_TEXT,
        "flow": Field(RefTo()),
        "deadline": Field(DeadlineSpec()),
        "beyond_period": Field(Bool(), default=False),
    },
)
CANCELLATION = Obj(
    model.Cancellation,
    {
        "occurrence": Field(PeriodSpec()),
        "part": Field(RefTo()),
        "unit": Field(RefTo()),
        "reason": TEXT,
    },
)
ASSIGNMENT = Obj(
    dict,
    {
        "id": Field(ID, required=True),
        "section": REF,
        "text": TEXT,
        "co_leads": REFS,
        "coordinators": REFS,
        "related": REFS,
        "deliverable": OPTIONAL_TEXT,
        "flow": Field(RefTo()),
        "deadline": Field(DeadlineSpec()),
        "deadline_note": OPTIONAL_TEXT,
        "role_note": OPTIONAL_TEXT,
        "beyond_period": Field(Bool(), default=False),
        "parts": Field(ListOf(PART), default=()),
        "cancel": Field(ListOf(CANCELLATION), default=()),
        "corrections": CORRECTIONS,
        "provenance": PROVENANCE,
    },
)
ASSIGNMENTS_FILE = Obj(
    dict,
    {
        "lead": REF,
        "assignments": Field(
            ListOf(ASSIGNMENT),
            required=True,
        ),
    },
    with_at=False,
)

RECORD = Obj(
    dict,
    {
        "assignment": REF,
        "part": Field(RefTo()),
        "occurrence": Field(PeriodSpec()),
        "date": Field(Date("date"), required=True),
        "state": Field(Choice(RECORD_STATES), required=True),
        "counts": Field(Counts(), default={}),
        "forms": REFS,
        "note": OPTIONAL_TEXT,
        "evidence": TEXTS,
        "reason": OPTIONAL_TEXT,
        "measured": Field(Measured(), default={}),
    },
)
PROGRESS_FILE = Obj(dict, {"records": Field(ListOf(RECORD), required=True)}, with_at=False)
