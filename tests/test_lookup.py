"""cchc lookup and shell completion: what one may type, without opening YAML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cchc.completion import candidates
from tests.conftest import REPO

DEMO = str(REPO / "examples" / "demo" / "plan")


def test_units_show_groups_with_their_members(cli: Any) -> None:
    result = cli("lookup", "don vi", "--plan", DEMO)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("phong-noi-vu "))
    assert "Phòng Nội vụ" in lines[row]
    group = next(i for i, line in enumerate(lines) if line.startswith("ubnd-cac-xa "))
    assert "xa-long-giao" in lines[group + 1]


def test_duties_of_one_unit_with_their_periods(cli: Any) -> None:
    result = cli("lookup", "nhiem-vu", "--plan", DEMO, "--unit", "noi vu")
    assert result.exit_code == 0, result.output
    assert "V.3.1" in result.output
    assert "2021-Q1, 2021-H1, 2021-9M, 2021" in result.output
    assert "V.5.1" not in result.output  # another unit's duty


def test_kinds_periods_and_forms(cli: Any) -> None:
    kinds = cli("lookup", "kinds", "--plan", DEMO)
    assert "tin-bai-web" in kinds.output and "tin, bài" in kinds.output
    periods = cli("lookup", "ky", "--plan", DEMO)
    assert "2021-Q2  quý II/2021" in periods.output
    assert "01/04/2021 - 30/06/2021" in periods.output
    forms = cli("lookup", "forms", "--plan", DEMO, "--format", "json")
    data = json.loads(forms.output)
    assert data["topic"] == "forms"
    assert any(item["id"] == "II.1.2.d" for item in data["items"])


def test_unknown_topic_lists_the_topics(cli: Any) -> None:
    result = cli("lookup", "things", "--plan", DEMO)
    assert result.exit_code == 2
    assert "units, duties, kinds, periods, forms" in result.output


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        ("unit", "phong-n", "phong-noi-vu"),
        ("assignment", "V.3", "V.3.1"),
        ("state", "in", "in-progress"),
        ("count", "tin", "tin-bai-web="),
        ("form", "II.1.2", "II.1.2.d"),
        ("period", "2021-q", "2021-Q1"),
        ("topic", "d", "duties"),
    ],
)
def test_completion_offers_ids(kind: str, typed: str, expected: str) -> None:
    found = candidates(kind, typed, {"CCHC_PLAN": DEMO}, Path.cwd())
    assert expected in found
    assert all(f.lower().startswith(typed.lower()) for f in found)


def test_completion_never_fails(tmp_path: Path) -> None:
    assert candidates("unit", "", {}, tmp_path) == []  # no plan here
    (tmp_path / "plan").mkdir()
    (tmp_path / "plan" / "plan.yaml").write_text("[", encoding="utf-8")
    assert candidates("unit", "", {}, tmp_path) == []  # a plan that cannot be read


def test_completion_through_the_shell_protocol(cli: Any) -> None:
    env = {
        "_CCHC_COMPLETE": "complete_bash",
        "COMP_WORDS": "cchc record V.1.5 --unit phong-n",
        "COMP_CWORD": "4",
        "CCHC_PLAN": DEMO,
    }
    result = cli(env=env)
    assert "phong-noi-vu" in result.output
