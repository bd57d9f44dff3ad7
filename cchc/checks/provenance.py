"""provenance: a part left out or not from the document says so.

A signer may have no name only while it is not known: ``provenance: unknown``. (Parts that are
a paraphrase or invented for an example carry ``provenance: paraphrase`` or ``invented``.)

Passes::

    signer: {title: CHỦ TỊCH, provenance: unknown}

Fails::

    signer: {title: CHỦ TỊCH}            # no name, and not marked unknown
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.checks.index import PlanIndex
from cchc.problems import Problem

ID = "provenance"


def check(index: PlanIndex) -> Iterator[Problem]:
    """Report a signer without a name that is not marked as unknown."""
    doc = index.plan.document
    signer = doc.signer
    if signer.name is None and signer.provenance != "unknown":
        yield Problem.at(signer.at or doc.at, ID, "provenance.no_signer", "hint.signer_unknown")
