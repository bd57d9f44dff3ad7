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


_DASHES = str.maketrans(dict.fromkeys("-_,.;:()\u2010\u2011\u2012\u2013\u2014\u2015\u2212", " "))
_LOCALITY_WORDS = ("huyen", "xa", "tinh", "phuong", "quan", "thi xa", "thanh pho", "dac khu")


def lookup_key(text: str) -> str:
    """How names are compared: folded, dashes and punctuation as spaces, spaces collapsed."""
    return " ".join(fold(text).translate(_DASHES).split())


def _without_locality(key: str) -> str:
    """``key`` without a trailing locality word: "... the thao huyen" -> "... the thao"."""
    for word in _LOCALITY_WORDS:
        if key.endswith(" " + word):
            return key[: -len(word) - 1]
    return key


def find(query: str, units: Mapping[str, Unit]) -> list[Unit]:
    """Units matching ``query`` by id, name, short name or alias, ignoring case, diacritics,
    dashes and a trailing locality word ("huyện", "xã"...).

    An exact match wins, then an exact match once a trailing locality word is dropped from
    both sides, then every unit whose names contain the query.
    """
    wanted = lookup_key(query)
    if not wanted:
        return []
    names = {
        unit.id: [lookup_key(n) for n in (unit.id, unit.name, *unit.short, *unit.aliases)]
        for unit in units.values()
    }
    exact = [units[i] for i, keys in names.items() if wanted in keys]
    if exact:
        return exact
    bare = _without_locality(wanted)
    close = [units[i] for i, keys in names.items() if bare in map(_without_locality, keys)]
    if close:
        return close
    return [units[i] for i, keys in names.items() if any(wanted in key for key in keys)]


def unit_names(plan: Plan) -> dict[str, str]:
    """Unit id -> full name, for display."""
    return {u.id: u.name for u in plan.units}
