"""Which obligations a command looks at: one Selection, one function, used by every view.

``status``, ``overdue``, ``list``, ``show`` and the reports all select obligations through
:func:`select`, so a group means its members everywhere and a date bound means the same day
everywhere (both bounds inclusive).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cchc.errors import UsageError
from cchc.model import Plan, Unit
from cchc.tracking import Status
from cchc.units import expand, lookup_key
from cchc.vocab import OBLIGATION_STATES, ObligationState


@dataclass(frozen=True, slots=True)
class Selection:
    """What to keep; a field left None keeps everything."""

    units: frozenset[str] | None = None
    """Unit ids an obligation may be bound to: a group is resolved to itself and its members."""
    section: str | None = None
    """A section id; its subsections are included (``V.1`` keeps ``V.1.5``)."""
    states: frozenset[ObligationState] | None = None
    due_from: dt.date | None = None
    """Keep obligations due on or after this day (undated ones are left out)."""
    due_to: dt.date | None = None
    """Keep obligations due on or before this day (undated ones are left out)."""
    assignment: str | None = None
    """One assignment id."""

    def keeps(self, status: Status) -> bool:
        """Whether ``status`` passes every criterion."""
        ob = status.obligation
        if self.units is not None and ob.unit not in self.units:
            return False
        if self.section is not None and not in_section(ob.assignment.section.id, self.section):
            return False
        if self.states is not None and status.state not in self.states:
            return False
        if self.assignment is not None and ob.assignment.id != self.assignment:
            return False
        if self.due_from is not None or self.due_to is not None:
            if ob.due is None:
                return False
            if self.due_from is not None and ob.due < self.due_from:
                return False
            if self.due_to is not None and ob.due > self.due_to:
                return False
        return True


EVERYTHING = Selection()


def in_section(section: str, wanted: str) -> bool:
    """Whether ``section`` is ``wanted`` or one of its subsections."""
    return section == wanted or section.startswith(wanted + ".")


def select(statuses: Iterable[Status], selection: Selection) -> list[Status]:
    """The statuses ``selection`` keeps, in their order."""
    return [s for s in statuses if selection.keeps(s)]


def unit_members(unit_id: str, units: Mapping[str, Unit]) -> frozenset[str]:
    """The ids a unit filter on ``unit_id`` keeps: the unit or group itself and its members."""
    return frozenset({unit_id, *expand(unit_id, units)})


def make(
    plan: Plan,
    *,
    unit: str | None = None,
    section: str | None = None,
    states: Iterable[ObligationState] | None = None,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    assignment: str | None = None,
) -> Selection:
    """A Selection over ``plan``: ``unit`` (an id, see cchc.session.resolve_unit) is resolved to
    its members; an unknown ``section`` is a UsageError naming the closest ids."""
    units = {u.id: u for u in plan.units}
    if section is not None:
        section = _known_section(section, plan)
    return Selection(
        units=unit_members(unit, units) if unit is not None else None,
        section=section,
        states=frozenset(states) if states is not None else None,
        due_from=due_from,
        due_to=due_to,
        assignment=assignment,
    )


def _known_section(query: str, plan: Plan) -> str:
    known = [s.id for s in plan.document.sections]
    known += [a.section.id for a in plan.assignments if a.section.id not in known]
    by_fold = {k.lower(): k for k in known}
    if query.lower() in by_fold:
        return by_fold[query.lower()]
    close = difflib.get_close_matches(query.lower(), list(by_fold), n=3, cutoff=0.5)
    suggestions = ", ".join(by_fold[c] for c in close) or ", ".join(known[:8])
    raise UsageError("views.unknown_section", value=query, suggestions=suggestions)


def bounds(
    due_from: dt.date | None,
    due_to: dt.date | None,
    due_before: dt.date | None = None,
    due_after: dt.date | None = None,
) -> tuple[dt.date | None, dt.date | None]:
    """Inclusive bounds from ``--due-from``/``--due-to`` and the older, exclusive
    ``--due-before``/``--due-after`` (kept working: before 1/4 = to 31/3); the tighter wins."""
    lower = [d for d in (due_from, due_after and due_after + dt.timedelta(days=1)) if d]
    upper = [d for d in (due_to, due_before and due_before - dt.timedelta(days=1)) if d]
    return max(lower, default=None), min(upper, default=None)


def parse_states(text: str) -> tuple[ObligationState, ...]:
    """States named in ``text``, separated by commas: ids (``overdue``) or names in either
    language, with or without diacritics ("qua han", "đã xong", "done late")."""
    from cchc.messages import translate

    names: dict[str, ObligationState] = {}
    for state in OBLIGATION_STATES:
        for key in (state, translate(f"state.{state}", "vi"), translate(f"state.{state}", "en")):
            names[lookup_key(key)] = state
    found: list[ObligationState] = []
    for part in text.split(","):
        wanted = lookup_key(part)
        if wanted not in names:
            choices = ", ".join(f"{translate(f'state.{s}', 'vi')} ({s})" for s in OBLIGATION_STATES)
            raise UsageError("cli.bad_choice", value=part.strip(), choices=choices)
        found.append(names[wanted])
    return tuple(dict.fromkeys(found))
