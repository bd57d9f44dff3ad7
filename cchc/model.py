"""Frozen dataclasses of a plan: the document, its units, items, assignments and progress.

Every object that a check may point at carries ``at``, the place in the YAML where it stands.
Nothing here knows about YAML, the terminal or the calendar rules (see cchc.schedule).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from dataclasses import field as _field
from decimal import Decimal

# Re-exported: the plan's document parts are part of the model.
from cchc.docparts import Enactment as Enactment  # noqa: PLC0414
from cchc.docparts import FundingLine as FundingLine  # noqa: PLC0414
from cchc.docparts import Target as Target  # noqa: PLC0414
from cchc.marks import Mark
from cchc.schedule import Deadline, DueRule, InForce, Period
from cchc.vocab import (
    Convention,
    DatePrecision,
    Level,
    Provenance,
    RecordState,
    UnitKind,
)


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference by id to something defined elsewhere, with where the reference is written."""

    id: str
    at: Mark = field(compare=False, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class Correction:
    """An evident slip in the source, kept as written and corrected visibly."""

    field: str
    """The field of the enclosing item that holds the slip."""
    written: str
    """The text exactly as the source writes it."""
    corrected: str
    """What the source evidently means."""
    note: str
    """Why, in a sentence a reviewer can check."""
    at: Mark = _field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the document, labelled as the source labels it (e.g. ``VI`` before ``V``)."""

    id: str
    title: str
    label: str | None
    """The number as printed; defaults to the last part of the id."""
    intro: str | None
    note: str | None
    corrections: tuple[Correction, ...]
    at: Mark = field(compare=False, repr=False)

    @property
    def parent_id(self) -> str | None:
        """``II.1`` for ``II.1.2``; None for a top-level section."""
        return self.id.rsplit(".", 1)[0] if "." in self.id else None


@dataclass(frozen=True, slots=True)
class LegalRef:
    """A legal or policy document the plan cites."""

    kind: str
    """Document type as written: Nghị quyết, Nghị định, Kế hoạch, Chương trình, Quy định..."""
    number: str | None
    date: dt.date | None
    issuer: str | None
    title: str | None
    corrections: tuple[Correction, ...]
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Citation:
    """One bullet of a list of documents: its full text as written, and what it cites."""

    text: str
    refs: tuple[LegalRef, ...]
    corrections: tuple[Correction, ...]
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Item:
    """A purpose, requirement, content item or form/channel of the plan."""

    id: str
    section: Ref
    text: str
    audience: Ref | None
    citations: tuple[Citation, ...]
    corrections: tuple[Correction, ...]
    at: Mark = field(compare=False, repr=False)
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class Audience:
    """Who the communication is for (section II.1, II.2)."""

    id: str
    section: Ref
    name: str
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Unit:
    """An agency, commune or body the plan names; a group when ``members`` is not None."""

    id: str
    name: str
    short: tuple[str, ...]
    aliases: tuple[str, ...]
    kind: UnitKind
    parent: Ref | None
    members: tuple[Ref, ...] | None
    """Members of a group (units or other groups); None for a single unit."""
    complete: bool
    """For a group: whether ``members`` lists every member the group has."""
    note: str | None
    at: Mark = field(compare=False, repr=False)
    size: int | None = None
    """For a group: how many members it has, stated when they are not all listed
    ("các bộ, ngành", 63 provinces), so progress reads 41/63."""
    provenance: Provenance | None = None
    valid_from: dt.date | None = None
    """The unit exists from this day (a commune formed by a merger): nothing is due from it
    before."""
    valid_until: dt.date | None = None
    """The unit exists until this day (a village merged into another): nothing is due from it
    after."""
    exclude: tuple[Ref, ...] = ()
    """For a group: units (or groups) left out of its members ("các xã, trừ xã A")."""

    @property
    def is_group(self) -> bool:
        """Whether this is a group that expands to its members."""
        return self.members is not None


@dataclass(frozen=True, slots=True)
class Part:
    """One part of an assignment with its own deadline or flow (V.3.1: direct and inspect
    throughout, and report yearly). Records about it name the ``part``."""

    id: str
    text: str | None
    deadline: Deadline
    """For a report part written without one: its flow's periods."""
    flow: Ref | None
    at: Mark = field(compare=False, repr=False)
    beyond_period: bool = False


@dataclass(frozen=True, slots=True)
class Cancellation:
    """Occurrences of an assignment cancelled in advance, with the reason."""

    occurrence: Period | None
    """The occurrence cancelled; None cancels every occurrence (of the part, for the unit)."""
    part: Ref | None
    unit: Ref | None
    """Only this unit's (or group's members') obligations; None for every unit."""
    reason: str
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Assignment:
    """One duty of section V: who leads, who helps, what and by when."""

    id: str
    section: Ref
    text: str
    lead: Ref
    coordinators: tuple[Ref, ...]
    related: tuple[Ref, ...]
    """Content or form items (section II) this duty carries out."""
    deliverable: str | None
    deadline: Deadline
    """For a report (``flow`` set) written without one: the flow's periods."""
    deadline_note: str | None
    """Set where the source names no deadline and one was read from the text."""
    beyond_period: bool
    """The deadline may fall after the plan's period (a year-end report sent in January)."""
    corrections: tuple[Correction, ...]
    at: Mark = field(compare=False, repr=False)
    flow: Ref | None = None
    """The reporting flow this duty reports in: it is then a report obligation whose periods
    and due rule are the flow's. Without one it is a task, due at the calendar end of its
    period whatever the plan's convention."""
    role_note: str | None = None
    """Why this unit leads (or the heading's unit only coordinates), quoting the document's verb:
    "Phối hợp Phòng Giáo dục và đào tạo huyện ..." under Phòng Nội vụ makes Phòng Nội vụ a
    coordinator."""
    provenance: Provenance | None = None
    co_leads: tuple[Ref, ...] = ()
    """Units jointly responsible with the lead: one obligation, a record by either counts."""
    parts: tuple[Part, ...] = ()
    """Parts with their own deadlines: each part is an obligation of its own; the
    assignment's ``deadline`` is then the first part's, its text naming every part's."""
    cancel: tuple[Cancellation, ...] = ()


@dataclass(frozen=True, slots=True)
class Record:
    """What one unit reports about one assignment in one period."""

    unit: Ref
    """From the file name: progress/<period>/<unit-id>.yaml."""
    period: Period
    """From the folder name."""
    assignment: Ref
    occurrence: Period | None
    """For a recurring duty: which period's occurrence this record is about."""
    date: dt.date
    state: RecordState
    counts: dict[Ref, int]
    forms: tuple[Ref, ...]
    note: str | None
    evidence: tuple[str, ...]
    reason: str | None
    at: Mark = field(compare=False, repr=False)
    measured: dict[Ref, Decimal] = field(default_factory=dict)
    """Values of the plan's targets measured by this record: target id -> value."""
    part: Ref | None = None
    """For an assignment with parts: which part this record is about."""


@dataclass(frozen=True, slots=True)
class Signer:
    """Signature block: authority line (TM./KT.), title and name."""

    authority: str | None
    title: str
    name: str | None
    """None only while the signer is not known (``provenance: unknown``)."""
    provenance: Provenance | None = None
    at: Mark | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Recipient:
    """One line of "Nơi nhận", as written, with the units it names where they are known."""

    text: str
    units: tuple[Ref, ...]
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Issuer:
    """The issuing body, its level of government and the body above it."""

    unit: Ref
    level: Level
    parent: Ref | None


@dataclass(frozen=True, slots=True)
class Funding:
    """The funding section."""

    section: Ref
    text: str
    lines: tuple[FundingLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Flow:
    """Who reports to whom, through whom, on which periods and by when."""

    id: str
    sender: Ref
    """``from`` in the YAML: a unit, or a group (each member except the receiver)."""
    to: Ref
    """The unit that receives the reports; never bound to report to itself."""
    via: Ref | None
    """The unit the reports go through (e.g. Phòng Nội vụ compiling for UBND)."""
    periods: tuple[str, ...]
    """Period kinds reported on: Q1..Q4, H1, H2, 9M, Y."""
    due: DueRule
    convention: Convention
    """The flow's own convention, or the plan-wide one."""
    text: str | None
    """The rule as the document words it."""
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Reporting:
    """How and when units report on the plan: its flows and the plan-wide convention."""

    convention: Convention
    """calendar quarters, or the Nghị định 09/2019 data cut-off (15th to 14th)."""
    flows: tuple[Flow, ...]
    legacy: bool
    """Written in the old one-flow shape (periods, submit_within_days, recipient): its one flow
    is "default", and recurring duties without ``flow`` report in it, as they always did."""
    at: Mark = field(compare=False, repr=False)

    def flow(self, flow_id: str) -> Flow | None:
        """The flow with this id, if any."""
        return next((f for f in self.flows if f.id == flow_id), None)


@dataclass(frozen=True, slots=True)
class ActivityKind:
    """A kind of activity counted in progress records (tin, bài; cuộc; lượt người...)."""

    id: str
    name: str
    measure: str
    """The counting word: "tin, bài", "cuộc", "lượt người"."""
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Document:
    """plan.yaml: the document itself."""

    number: str | None
    """None for a plan with no number of its own, attached to a decision (``enacted_by``)."""
    type: str
    """Abbreviation of the document type: KH, CTr, QĐ..."""
    title: str
    issuer: Issuer
    place: str
    date: dt.date
    start: dt.date
    end: dt.date
    language: str
    legal_basis: tuple[Citation, ...]
    """The "Căn cứ"/"Thực hiện" lines; a line written as plain text has no refs."""
    preamble: str | None
    sections: tuple[Section, ...]
    purposes: tuple[Item, ...]
    requirements: tuple[Item, ...]
    funding: Funding | None
    reporting: Reporting
    signer: Signer
    recipients: tuple[Recipient, ...]
    activity_kinds: tuple[ActivityKind, ...]
    corrections: tuple[Correction, ...]
    at: Mark = field(compare=False, repr=False)
    effective: dt.date | None = None
    """When the plan takes effect, as written; None means on its date of issue."""
    date_precision: DatePrecision = "day"
    """How much of ``date`` is known: written ``2021`` (year) or ``03/2021`` (month), ``date``
    is the first day of that year or month."""
    enacted_by: Enactment | None = None
    parent_plan: LegalRef | None = None
    """The plan this one carries out ("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh")."""
    predecessor: LegalRef | None = None
    """The plan this one follows on from (last year's)."""
    targets: tuple[Target, ...] = ()
    provenance: Provenance = "document"

    @property
    def in_force(self) -> InForce:
        """The days the plan is in force: from its effective date (or its period's start, if
        later) to its period's end."""
        return InForce(max(self.effective or self.date, self.start), self.end)

    @property
    def display_number(self) -> str:
        """The plan's number, or the number of the decision it is attached to."""
        if self.number is not None:
            return self.number
        return self.enacted_by.number if self.enacted_by else ""

    @property
    def latest_date(self) -> dt.date:
        """The last day the plan can have been issued on: ``date``, or the end of its month or
        year when only that much of the date is known."""
        if self.date_precision == "year":
            return dt.date(self.date.year, 12, 31)
        if self.date_precision == "month":
            following = (self.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return following - dt.timedelta(days=1)
        return self.date


@dataclass(frozen=True, slots=True)
class Plan:
    """A whole plan as read from its folder."""

    document: Document
    units: tuple[Unit, ...]
    audiences: tuple[Audience, ...]
    content: tuple[Item, ...]
    forms: tuple[Item, ...]
    assignments: tuple[Assignment, ...]
    records: tuple[Record, ...]
