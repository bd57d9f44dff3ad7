"""Lookup tables over a plan, built once and shared by the rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cchc.marks import Mark
from cchc.model import Assignment, Item, Plan, Unit
from cchc.obligations import Duty, occurrences
from cchc.schedule import Period


@dataclass(frozen=True)
class PlanIndex:
    """The plan plus its definitions by id, in one namespace per kind of thing."""

    plan: Plan
    broken_ids: frozenset[str]
    unreadable: frozenset[str]
    as_of: dt.date | None
    """The day the plan is checked on: records dated after it are suspicious."""
    units: dict[str, Unit]
    sections: dict[str, Any]
    audiences: dict[str, Any]
    items: dict[str, Item]
    """Content items and forms of section II."""
    assignments: dict[str, Assignment]
    activity_kinds: dict[str, Any]
    _occurrences: dict[int, tuple[Period | None, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def occurrences(self, duty: Duty) -> tuple[Period | None, ...]:
        """``obligations.occurrences`` of ``duty``, computed once per duty (every record of a
        recurring duty asks again)."""
        found = self._occurrences.get(id(duty))
        if found is None:
            found = self._occurrences[id(duty)] = occurrences(duty, self.plan)
        return found

    @classmethod
    def build(
        cls,
        plan: Plan,
        broken_ids: set[str] | frozenset[str] = frozenset(),
        unreadable: set[str] | frozenset[str] = frozenset(),
        as_of: dt.date | None = None,
    ) -> PlanIndex:
        """Index ``plan``; the first definition of a duplicated id wins (unique-id reports it)."""
        doc = plan.document

        def by_id(objects: Any) -> dict[str, Any]:
            table: dict[str, Any] = {}
            for obj in objects:
                table.setdefault(obj.id, obj)
            return table

        return cls(
            plan=plan,
            broken_ids=frozenset(broken_ids),
            unreadable=frozenset(unreadable),
            as_of=as_of,
            units=by_id(plan.units),
            sections=by_id(doc.sections),
            audiences=by_id(plan.audiences),
            items=by_id(plan.content + plan.forms),
            assignments=by_id(plan.assignments),
            activity_kinds=by_id(doc.activity_kinds),
        )

    def definitions(self) -> Iterator[tuple[str, Mark]]:
        """Every (id, place) the plan defines, in file order."""
        plan, doc = self.plan, self.plan.document
        groups: tuple[Any, ...] = (
            doc.sections,
            doc.purposes,
            doc.requirements,
            plan.units,
            plan.audiences,
            plan.content,
            plan.forms,
            plan.assignments,
            doc.activity_kinds,
            doc.targets,
        )
        for objects in groups:
            for obj in objects:
                yield obj.id, obj.at
