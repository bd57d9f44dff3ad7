"""Parts of a plan document beyond its text: the decision that enacts it, its targets and its
funding lines. Re-exported by cchc.model, where the rest of the plan is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from cchc.marks import Mark
from cchc.schedule import Deadline
from cchc.vocab import Measure, Provenance

if TYPE_CHECKING:  # cchc.model imports this module
    from cchc.model import Ref


@dataclass(frozen=True, slots=True)
class Enactment:
    """The document a plan is attached to: "Quyết định số 424/QĐ-BNV ngày 24/3/2021", Điều 1."""

    type: str
    """Type as written or abbreviated: QĐ, Quyết định."""
    number: str
    date: dt.date
    article: str | None
    """The article that approves the plan ("Điều 1")."""
    title: str | None
    """The decision's own title ("Ban hành Kế hoạch cải cách hành chính năm 2021")."""
    issuer: str | None
    """Who issued the decision, when it is not the plan's issuer."""
    at: Mark = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Target:
    """An indicator the plan sets: "100% cán bộ được tập huấn", a rank in PAR INDEX..."""

    id: str
    text: str
    """As the document words it."""
    measure: Measure
    target: Decimal
    baseline: Decimal | None
    unit_label: str | None
    """What a count counts ("lượt người")."""
    index: str | None
    """The index a rank or score belongs to: PAR INDEX, SIPAS, PAPI, PCI."""
    due: Deadline
    section: Ref | None
    at: Mark = field(compare=False, repr=False)
    provenance: Provenance | None = None

    def is_met(self, value: Decimal) -> bool:
        """Whether ``value`` reaches the target (a rank at or above it: lower is better)."""
        return value <= self.target if self.measure == "rank" else value >= self.target


@dataclass(frozen=True, slots=True)
class FundingLine:
    """One line of the budget: a year's amount from one source."""

    year: int
    amount: int
    """In đồng (VND), a whole number."""
    source: str
    """Ngân sách tỉnh, ngân sách huyện, nguồn xã hội hóa..."""
    note: str | None
    at: Mark = field(compare=False, repr=False)
    provenance: Provenance | None = None
