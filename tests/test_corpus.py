"""The example corpus: every valid plan validates, every invalid one fails where it says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from cchc.loading import check_plan
from tests.conftest import EXAMPLES, build_tree

INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))
VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))


def _materialise(case: Path, tmp_path: Path) -> tuple[Path, dict[str, object]]:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    root = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "base", root)
    for name in spec.get("remove", []):
        (root / name).unlink()
    build_tree(root, spec.get("files", {}))
    return root, spec


@pytest.mark.parametrize("case", INVALID, ids=[c.stem for c in INVALID])
def test_invalid_example_fails_with_its_rule_and_line(case: Path, tmp_path: Path) -> None:
    root, spec = _materialise(case, tmp_path)
    checked = check_plan(root)
    found = {(p.rule, p.path.relative_to(root).as_posix(), p.line) for p in checked.problems}
    expected = {(e["rule"], e["file"], e["line"]) for e in spec["expect"]}  # type: ignore[index]
    assert found == expected
    assert all(p.hint for p in checked.problems), "every problem says what to do"


@pytest.mark.parametrize("case", VALID, ids=[c.stem for c in VALID])
def test_valid_example_passes(case: Path, tmp_path: Path) -> None:
    root, _ = _materialise(case, tmp_path)
    assert check_plan(root).problems == ()


def test_base_example_is_valid(base_plan: Path) -> None:
    assert check_plan(base_plan).problems == ()


def test_corpus_covers_every_rule() -> None:
    from cchc.checks import RULES

    rules = set()
    for case in INVALID:
        spec = yaml.safe_load(case.read_text(encoding="utf-8"))
        rules |= {e["rule"] for e in spec["expect"]}
    assert set(RULES) | {"yaml", "duplicate-key", "schema", "file-layout"} <= rules
