"""target: the values of a target fit its measure.

A ``percent`` lies between 0 and 100; a ``count`` is a whole number; a ``rank`` (PAR INDEX,
SIPAS, PAPI, PCI: lower is better) is a whole number from 1. This holds for the target, the
baseline and every value a progress record measures for it.

Passes::

    targets:
      - {id: tap-huan, measure: percent, target: "100", due: năm 2021, ...}

Fails::

    targets:
      - {id: tap-huan, measure: percent, target: "120", due: năm 2021, ...}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from cchc.checks.index import PlanIndex
from cchc.marks import Mark
from cchc.problems import Problem
from cchc.vocab import Measure

ID = "target"
_HINTS = {
    "percent": "hint.target_percent",
    "count": "hint.target_count",
    "rank": "hint.target_rank",
}
_NAMES = {"percent": "measure.percent", "count": "measure.count", "rank": "measure.rank"}


def fits(measure: Measure, value: Decimal) -> bool:
    """Whether ``value`` can be a value of a target measured by ``measure``."""
    if measure == "percent":
        return Decimal(0) <= value <= Decimal(100)
    whole = value == value.to_integral_value()
    return whole and value >= (1 if measure == "rank" else 0)


def _misfit(mark: Mark, target: str, measure: Measure, value: Decimal) -> Problem:
    return Problem.at(
        mark,
        ID,
        "target.misfit",
        _HINTS[measure],
        target=target,
        value=str(value),
        measure=_NAMES[measure],
    )


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report target, baseline and measured values that do not fit the target's measure."""
    targets = {t.id: t for t in index.plan.document.targets}
    for target in index.plan.document.targets:
        for value in (target.target, target.baseline):
            if value is not None and not fits(target.measure, value):
                yield _misfit(target.at, target.id, target.measure, value)
    for record in index.plan.records:
        for ref, value in record.measured.items():
            known = targets.get(ref.id)
            if known is not None and not fits(known.measure, value):
                yield _misfit(ref.at, ref.id, known.measure, value)
