"""The view-model of where a plan stands: plain, frozen data that every view reads.

The terminal dashboard, ``status --format json`` and the report templates all read these
records; none of them looks anything up in the plan. Names, texts (with the document's slips
corrected), deadlines and dates are resolved here by cchc.dashboard. Periods stay
:class:`~cchc.schedule.Period` values so each view labels them in its own language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from cchc.indicators import TargetState
from cchc.schedule import Period
from cchc.tracking import Status
from cchc.vocab import (
    FINISHED,
    OBLIGATION_STATES,
    DatePrecision,
    ObligationState,
    RecordState,
)


@dataclass(frozen=True, slots=True)
class Tally:
    """Obligations counted by state.

    Progress (``done`` of ``dated``) counts only obligations with a due date: standing and
    when-needed duties are never "done", so they are followed by their states instead.
    """

    total: int
    dated: int
    """Obligations with a due date."""
    done: int
    """Of those, the ones done (on time or late) or cancelled."""
    states: dict[ObligationState, int]
    """Count per state, in the order of OBLIGATION_STATES; states with no obligation left out."""

    @property
    def percent(self) -> int:
        """``done`` as a whole percentage of ``dated`` (0 when nothing is dated)."""
        return round(100 * self.done / self.dated) if self.dated else 0

    @classmethod
    def of(cls, statuses: Iterable[Status]) -> Tally:
        """Count ``statuses`` by state."""
        statuses = list(statuses)
        counts = Counter(s.state for s in statuses)
        dated = [s for s in statuses if s.obligation.due is not None]
        done = sum(1 for s in dated if s.state in FINISHED)
        states = {s: counts[s] for s in OBLIGATION_STATES if counts[s]}
        return cls(len(statuses), len(dated), done, states)


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A document named in a heading: "Quyết định số 424/QĐ-BNV ngày 24/3/2021"."""

    type: str
    """As written: an abbreviation (QĐ) or the name (Quyết định)."""
    number: str
    date: dt.date
    issuer: str


@dataclass(frozen=True, slots=True)
class PlanHeader:
    """What identifies the plan in a heading."""

    type: str
    """The abbreviation as written in plan.yaml: KH, CTr, QĐ..."""
    number: str | None
    """None for a plan with no number of its own (see ``enacted_by``)."""
    title: str
    date: dt.date
    date_precision: DatePrecision
    """How much of ``date`` the document gives: a day, a month or only a year."""
    issuer: str
    """The issuing unit's full name."""
    place: str
    start: dt.date
    end: dt.date
    enacted_by: DocumentRef | None
    """The decision the plan is attached to, when it is."""


@dataclass(frozen=True, slots=True)
class UnitName:
    """A unit as views name it."""

    id: str
    name: str
    short: str
    """The unit's first ``short`` name, or its name when it has none."""


@dataclass(frozen=True, slots=True)
class ObligationView:
    """One obligation on the as-of day."""

    assignment: str
    section: str
    text: str
    """The assignment's text, slips corrected."""
    unit: UnitName
    occurrence: Period | None
    deadline: str
    """The deadline as the plan writes it ("định kỳ hằng quý", "quý I/2021")."""
    due: dt.date | None
    state: ObligationState
    days_late: int | None
    gaps: tuple[Period, ...]
    records: int
    """Progress records about it dated on or before the as-of day."""
    part: str | None = None
    """The part of the assignment it is about (V.3.1 ``bao-cao``), when the duty has parts;
    ``text`` and ``deadline`` are then the part's."""


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One unit's obligations as lead."""

    unit: UnitName
    tally: Tally
    next_due: ObligationView | None
    """The unit's earliest open dated obligation, leaving out the one every unit shares
    (that one is the view's ``common_next_due``)."""


@dataclass(frozen=True, slots=True)
class SectionRow:
    """One section of the plan: duties of V.x, or content and forms of II.x."""

    section: str
    label: str
    """The number as the document prints it (``VI`` before ``V`` in the seed)."""
    title: str
    """The heading, slips corrected."""
    items: int
    """Assignments (V) or content and form items (II)."""
    tally: Tally | None
    """For V: the obligations. None for II."""
    used: int = 0
    """For II: items carried out by an assignment with activity, or named by a record."""


@dataclass(frozen=True, slots=True)
class ActivityTotal:
    """One kind of activity summed over the records in view."""

    kind: str
    name: str
    measure: str
    """The counting word: "lượt người", "tin, bài"."""
    total: int


@dataclass(frozen=True, slots=True)
class CoordinatedDuty:
    """A duty the unit in focus helps with, and how the lead stands on it."""

    assignment: str
    text: str
    lead: UnitName
    deadline: str
    due: dt.date | None
    """The earliest open due date of the lead's obligations (None when undated or finished)."""
    state: ObligationState
    """The most urgent state among the lead's obligations of this duty."""


@dataclass(frozen=True, slots=True)
class CountView:
    """One count of a record, named."""

    name: str
    measure: str
    value: int


@dataclass(frozen=True, slots=True)
class RecordView:
    """One progress record."""

    date: dt.date
    assignment: str
    unit: UnitName
    occurrence: Period | None
    state: RecordState
    counts: tuple[CountView, ...]
    note: str | None
    """The record's note, else its reason, else its evidence joined."""


@dataclass(frozen=True, slots=True)
class TargetView:
    """A target of the plan against its latest measured value."""

    id: str
    text: str
    measure: str
    """percent, count or rank (lower is better)."""
    goal: Decimal
    baseline: Decimal | None
    index: str | None
    """PAR INDEX, SIPAS, PAPI, PCI..."""
    unit_label: str | None
    due: dt.date | None
    value: Decimal | None
    """The latest value measured on or before the as-of day."""
    measured_on: dt.date | None
    measured_by: UnitName | None
    met: bool | None
    """None when nothing is measured yet."""
    state: TargetState


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One occurrence of a duty led by a group: members done out of the group's size."""

    group: UnitName
    assignment: str
    occurrence: Period | None
    done: int
    listed: int
    """Members the plan lists that owe it."""
    size: int
    """The group's stated size, or the members listed when it states none."""
    stated: bool
    """Whether units.yaml states the size (the group stands for more units than it lists)."""


@dataclass(frozen=True, slots=True)
class StatusView:
    """Everything ``cchc status`` (and a period report) shows, as plain data."""

    plan: PlanHeader
    as_of: dt.date
    clamped: bool
    """True when today is after the plan and the as-of day was moved (the header says so)."""
    focus: UnitName | None
    """The unit or group the view is about, when one was selected."""
    overall: Tally
    obligations: tuple[ObligationView, ...]
    units: tuple[UnitRow, ...]
    common_next_due: ObligationView | None
    """The next deadline every unit in view shares (a plan-wide report), shown once."""
    sections: tuple[SectionRow, ...]
    overdue: tuple[ObligationView, ...]
    """Every overdue obligation, most days late first; views cut it and say how many more."""
    activity: tuple[ActivityTotal, ...]
    coordinated: tuple[CoordinatedDuty, ...]
    """With a focus: the duties it coordinates but does not lead."""
    recent: tuple[RecordView, ...]
    """The latest records in view, newest first."""
    targets: tuple[TargetView, ...] = ()
    """The plan's targets against their latest measured values."""
    groups: tuple[GroupRow, ...] = ()
    """Duties led by a group, per occurrence, over the obligations in view."""
