"""The closed vocabularies of cchc, each defined once: the model types its fields with them,
the schema (cchc.specs) accepts exactly their words, and the views label them.

Record states are what a unit writes in a progress record; obligation states are what cchc
derives from the records on an as-of day. They are different concepts with different words.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

Level = Literal[
    "central",
    "ministry",
    "province",
    "central-city",
    "provincial-city",
    "district",
    "commune",
    "ward",
    "special-zone",
    "other",
]
LEVELS: Final[tuple[Level, ...]] = get_args(Level)
"""Levels of government an issuer can have. ``district`` is historic (abolished 01/7/2025)."""

UnitKind = Literal[
    "people-committee",
    "council",
    "party",
    "ministry",
    "ministry-department",
    "office",
    "department",
    "public-service",
    "agency",
    "mass-organization",
    "press",
    "broadcaster",
    "commune",
    "ward",
    "special-zone",
    "village",
    "channel",
    "other",
]
UNIT_KINDS: Final[tuple[UnitKind, ...]] = get_args(UnitKind)
"""Kinds of unit a plan names."""

Provenance = Literal["document", "paraphrase", "invented", "unknown"]
PROVENANCES: Final[tuple[Provenance, ...]] = get_args(Provenance)
"""Where a part of the plan comes from: the document's own words, a paraphrase of it, invented
for an example, or not known yet. Left out, a part is as the whole plan (``document``)."""

DatePrecision = Literal["day", "month", "year"]
"""How much of the date of issue is known."""

Measure = Literal["percent", "count", "rank"]
MEASURES: Final[tuple[Measure, ...]] = get_args(Measure)
"""How a target is measured; for ``rank`` (PAR INDEX, SIPAS, PAPI, PCI) lower is better."""

Convention = Literal["calendar", "nd09"]
CONVENTIONS: Final[tuple[Convention, ...]] = get_args(Convention)
"""Calendar periods, or the Nghị định 09/2019 data cut-off (15th to 14th)."""

RecordState = Literal["done", "in-progress", "not-started", "cancelled"]
RECORD_STATES: Final[tuple[RecordState, ...]] = get_args(RecordState)
"""What a progress record may say about a duty."""

ObligationState = Literal[
    "overdue",
    "gap",
    "due-soon",
    "in-progress",
    "not-started",
    "active",
    "as-needed",
    "done-late",
    "done",
    "cancelled",
]
OBLIGATION_STATES: Final[tuple[ObligationState, ...]] = get_args(ObligationState)
"""Every state an obligation can be in on a day, most urgent first (the order of tables and
JSON summaries)."""
FINISHED: Final[frozenset[ObligationState]] = frozenset({"done", "done-late", "cancelled"})
"""Obligation states that count as finished in progress figures."""
