"""unique-id: every id is defined once, across all files of the plan.

Passes::

    units: [{id: phong-noi-vu, ...}, {id: phong-tu-phap, ...}]

Fails (the second definition is reported, naming the first)::

    units: [{id: phong-noi-vu, ...}, {id: phong-noi-vu, ...}]
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.marks import Mark
from cchc.problems import Problem

ID = "unique-id"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report each id defined a second time."""
    first: dict[str, Mark] = {}
    for ident, at in index.definitions():
        if ident in first:
            seen = first[ident]
            yield Problem.at(
                at,
                ID,
                "unique.duplicate",
                "hint.unique",
                id=ident,
                first=f"{seen.path.as_posix()}:{seen.line}",
            )
        else:
            first[ident] = at
