"""The invented demo data stays a faithful copy of the plan, plus progress and communes."""

from __future__ import annotations

from cchc.loading import check_plan
from tests.conftest import REPO

PLAN = REPO / "plan"
DEMO = REPO / "examples" / "demo" / "plan"


def test_demo_copies_the_plan_except_units_and_progress() -> None:
    for path in sorted(PLAN.rglob("*.yaml")):
        relative = path.relative_to(PLAN)
        if relative.as_posix() == "units.yaml" or relative.parts[0] == "progress":
            continue
        assert (DEMO / relative).read_bytes() == path.read_bytes(), relative


def test_demo_is_valid_and_labelled_invented() -> None:
    checked = check_plan(DEMO)
    assert checked.problems == ()
    for path in sorted((DEMO / "progress").rglob("*.yaml")):
        assert path.read_text(encoding="utf-8").startswith("# EXAMPLE DATA, invented"), path
    assert (DEMO / "units.yaml").read_text(encoding="utf-8").startswith("# EXAMPLE DATA")
