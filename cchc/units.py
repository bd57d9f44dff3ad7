"""Units and groups: expanding a group to its members, finding a unit by what a person types."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cchc.model import Plan, Unit
from cchc.vntext import fold


def expand(
    unit_id: str, units: Mapping[str, Unit], _excluding: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The single units a duty given to ``unit_id`` binds: a group gives each member, nested
    groups included, in the order listed; a single unit gives itself. A group with no members
    listed yet stands for itself, so its duties stay visible. Cycles are cut. Units a group
    ``exclude``s (or their members) are left out of all it brings in."""
    result: list[str] = []
    excluded: set[str] = set()
    seen: set[str] = set()
    pending = [unit_id]  # a stack, not recursion: groups may nest thousands deep
    while pending:
        ident = pending.pop()
        if ident in seen:
            continue
        seen.add(ident)
        unit = units.get(ident)
        if unit is None or not unit.members:
            result.append(ident)
            continue
        if ident not in _excluding:  # a group excluding itself (or a loop of them) ends here
            for ref in unit.exclude:
                excluded.update((ref.id, *expand(ref.id, units, _excluding | {ident})))
        pending.extend(member.id for member in reversed(unit.members))
    return tuple(u for u in result if u not in excluded) if excluded else tuple(result)


def responsible(unit_id: str, refs: Iterable[str], units: Mapping[str, Unit]) -> bool:
    """Whether ``unit_id`` is one of ``refs`` or a member of one of them."""
    return any(unit_id == ref or unit_id in expand(ref, units) for ref in refs)


def find(query: str, units: Mapping[str, Unit]) -> list[Unit]:
    """Units matching ``query`` by id, name, short name or alias, ignoring case and diacritics.

    An exact match (after folding) wins; otherwise every unit whose names contain the query.
    """
    wanted = fold(query.replace("-", " "))
    if not wanted:
        return []
    exact: list[Unit] = []
    partial: list[Unit] = []
    for unit in units.values():
        names = [
            fold(n) for n in (unit.id.replace("-", " "), unit.name, *unit.short, *unit.aliases)
        ]
        if wanted in names:
            exact.append(unit)
        elif any(wanted in name for name in names):
            partial.append(unit)
    return exact or partial


def unit_names(plan: Plan) -> dict[str, str]:
    """Unit id -> full name, for display."""
    return {u.id: u.name for u in plan.units}
