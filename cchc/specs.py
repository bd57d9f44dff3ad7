"""The schema of each plan file, written with cchc.schema. The README's file layout mirrors it."""

from __future__ import annotations

from typing import Any

from cchc import model
from cchc.schedule import PERIOD_KINDS
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
    Text,
)
from cchc.vocab import CONVENTIONS, LEVELS, RECORD_STATES, UNIT_KINDS

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

REPORTING = Obj(
    model.Reporting,
    {
        "periods": Field(ListOf(Choice(PERIOD_KINDS), non_empty=True), required=True),
        "convention": Field(Choice(CONVENTIONS), default="calendar"),
        "submit_within_days": Field(Int(maximum=366), default=0),
        "recipient": REF,
        "via": Field(RefTo()),
    },
)

SIGNER = Obj(
    model.Signer,
    {
        "authority": OPTIONAL_TEXT,
        "title": TEXT,
        "name": TEXT,
    },
    with_at=False,
)

RECIPIENT = Obj(model.Recipient, {"text": TEXT, "units": REFS})

ACTIVITY_KIND = Obj(
    model.ActivityKind,
    {
        "id": Field(ID, required=True),
        "name": TEXT,
        "measure": TEXT,
    },
)

FUNDING = Obj(model.Funding, {"section": REF, "text": TEXT}, with_at=False)


def _document(period: dict[str, Any], **values: Any) -> model.Document:
    return model.Document(start=period["start"], end=period["end"], **values)


PLAN_FILE = Obj(
    _document,
    {
        "number": TEXT,
        "type": TEXT,
        "title": TEXT,
        "issuer": Field(ISSUER, required=True),
        "place": TEXT,
        "date": Field(Date("date"), required=True),
        "period": Field(PERIOD_RANGE, required=True),
        "language": Field(Choice(("vi", "en")), default="vi"),
        "legal_basis": TEXTS,
        "preamble": OPTIONAL_TEXT,
        "sections": Field(ListOf(SECTION), default=()),
        "purposes": Field(ListOf(ITEM), default=()),
        "requirements": Field(ListOf(ITEM), default=()),
        "funding": Field(FUNDING),
        "reporting": Field(REPORTING, required=True),
        "signer": Field(SIGNER, required=True),
        "recipients": Field(ListOf(RECIPIENT), default=()),
        "activity_kinds": Field(ListOf(ACTIVITY_KIND), default=()),
        "corrections": CORRECTIONS,
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
}
UNIT = Obj(_unit, {**_UNIT_FIELDS, "parent": Field(RefTo())})
GROUP = Obj(
    _group,
    {
        **_UNIT_FIELDS,
        "members": Field(ListOf(RefTo()), required=True),
        "complete": Field(Bool(), required=True),
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
ASSIGNMENT = Obj(
    dict,
    {
        "id": Field(ID, required=True),
        "section": REF,
        "text": TEXT,
        "coordinators": REFS,
        "related": REFS,
        "deliverable": OPTIONAL_TEXT,
        "deadline": Field(DeadlineSpec(), required=True),
        "deadline_note": OPTIONAL_TEXT,
        "beyond_period": Field(Bool(), default=False),
        "corrections": CORRECTIONS,
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
        "occurrence": Field(PeriodSpec()),
        "date": Field(Date("date"), required=True),
        "state": Field(Choice(RECORD_STATES), required=True),
        "counts": Field(Counts(), default={}),
        "forms": REFS,
        "note": OPTIONAL_TEXT,
        "evidence": TEXTS,
        "reason": OPTIONAL_TEXT,
    },
)
PROGRESS_FILE = Obj(dict, {"records": Field(ListOf(RECORD), required=True)}, with_at=False)
