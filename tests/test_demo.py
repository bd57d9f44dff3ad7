"""The invented demo data stays a faithful copy of the plan, plus progress and communes."""

from __future__ import annotations

from pathlib import Path

from cchc.loading import check_plan
from cchc.schema_export import MODELINE
from tests.conftest import REPO

PLAN = REPO / "plan"
DEMO = REPO / "examples" / "demo" / "plan"


def _body(path: Path) -> str:
    """The file after its first line when that line names the schema."""
    text = path.read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith(MODELINE) else text


def test_demo_copies_the_plan_except_units_and_progress() -> None:
    for path in sorted(PLAN.rglob("*.yaml")):
        relative = path.relative_to(PLAN)
        if relative.as_posix() == "units.yaml" or relative.parts[0] == "progress":
            continue
        # the first line names the schema by a path relative to each copy
        assert _body(DEMO / relative) == _body(path), relative


def test_demo_is_valid_and_labelled_invented() -> None:
    checked = check_plan(DEMO)
    assert checked.problems == ()
    for path in sorted((DEMO / "progress").rglob("*.yaml")):
        assert _body(path).startswith("# EXAMPLE DATA, invented"), path
    assert _body(DEMO / "units.yaml").startswith("# EXAMPLE DATA")
