"""reference: every id a file names is defined somewhere in the plan.

Units and groups (lead, coordinators, members, issuer, reporting flows, recipients, progress
file names),
sections, audiences, related content/form items, assignments named by progress records, forms
and activity kinds counted by progress records, targets measured by progress records and the
sections targets sit in.

Passes::

    lead: phong-noi-vu            # units.yaml defines phong-noi-vu

Fails::

    lead: phong-noi-vuu           # -> did you mean 'phong-noi-vu'?
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from cchc.checks.index import PlanIndex
from cchc.messages import Key
from cchc.model import Ref
from cchc.problems import Problem
from cchc.schema import suggest

ID = "reference"


def _unit_refs(index: PlanIndex) -> Iterator[Ref]:
    plan, doc = index.plan, index.plan.document
    yield doc.issuer.unit
    if doc.issuer.parent:
        yield doc.issuer.parent
    for flow in doc.reporting.flows:
        if not doc.reporting.legacy:  # the old shape's sender is the issuer, named above
            yield flow.sender
        yield flow.to
        if flow.via:
            yield flow.via
    for unit in plan.units:
        if unit.parent:
            yield unit.parent
        yield from unit.members or ()
        yield from unit.exclude
    for recipient in doc.recipients:
        yield from recipient.units
    for assignment in plan.assignments:
        yield assignment.lead
        yield from assignment.co_leads
        yield from assignment.coordinators
        yield from (c.unit for c in assignment.cancel if c.unit is not None)
    for record in plan.records:
        yield record.unit


def _by_name(ref: Ref, index: PlanIndex) -> str | None:
    """The unit a name stands for, found as ``--unit`` finds it: its name, short name or alias
    with or without diacritics, or a part of one ("Phòng Giáo dục và Đào tạo" without "huyện")."""
    from cchc.units import find

    found = find(ref.id, index.units)
    return found[0].id if len(found) == 1 else None


def _missing(
    refs: Iterable[Ref], table: Mapping[str, object], index: PlanIndex, what: str
) -> Iterator[Problem]:
    if what in index.unreadable:
        return
    seen: set[tuple[str, object]] = set()
    for ref in refs:
        if ref.id in table or ref.id in index.broken_ids:
            continue
        place = (ref.id, ref.at)
        if place in seen:  # one mistake (a file's name, read for each record) reported once
            continue
        seen.add(place)
        guess = suggest(ref.id, table)
        if what == "kind.unit":
            guess = _by_name(ref, index) or guess
        yield Problem.at(
            ref.at,
            ID,
            "reference.unknown",
            "hint.did_you_mean" if guess else "hint.define_it",
            what=Key(what),
            key=ref.id,
            suggestion=guess,
        )


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report each reference to an id nothing defines."""
    plan, doc = index.plan, index.plan.document
    yield from _missing(_unit_refs(index), index.units, index, "kind.unit")
    section_refs: list[Ref] = [
        i.section for i in (*doc.purposes, *doc.requirements, *plan.content, *plan.forms)
    ]
    section_refs += [a.section for a in plan.audiences]
    section_refs += [a.section for a in plan.assignments]
    if doc.funding:
        section_refs.append(doc.funding.section)
    section_refs += [t.section for t in doc.targets if t.section]
    yield from _missing(section_refs, index.sections, index, "kind.section")
    audience_refs = [i.audience for i in (*plan.content, *plan.forms) if i.audience]
    yield from _missing(audience_refs, index.audiences, index, "kind.audience")
    related = [r for a in plan.assignments for r in a.related]
    yield from _missing(related, index.items, index, "kind.item")
    yield from _missing(
        [r.assignment for r in plan.records], index.assignments, index, "kind.assignment"
    )
    # A record's ``forms`` may name content items of section II as well as forms, so
    # "II.1.1: 0/7 items carried out" can move.
    items = {i.id: i for i in (*plan.content, *plan.forms)}
    yield from _missing([f for r in plan.records for f in r.forms], items, index, "kind.form")
    counted = [k for r in plan.records for k in r.counts]
    yield from _missing(counted, index.activity_kinds, index, "kind.activity")
    targets = {t.id: t for t in doc.targets}
    measured = [k for r in plan.records for k in r.measured]
    yield from _missing(measured, targets, index, "kind.target")
