"""cchc new-year: the next plan keeps comments, moves dates by the plan's span, clears progress."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from cchc.loading import check_plan
from cchc.newyear import shift_date, shift_text
from tests.conftest import EXAMPLES, REPO, build_tree


def test_dates_and_years_move_29_february_too() -> None:
    assert shift_date(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)
    assert shift_date(dt.date(2020, 2, 29), 4) == dt.date(2024, 2, 29)
    assert shift_text("trước 29/02/2020", 1, 2020, 2021) == "trước 28/02/2021"
    assert shift_text("2020-02-29", 1, 2020, 2021) == "2021-02-28"
    assert shift_text("ngày 31 / 3 / 2021", 1, 2021, 2022) == "ngày 31 / 3 / 2022"
    assert shift_text("quý II - quý IV/2021", 2, 2021, 2023) == "quý II - quý IV/2023"
    assert shift_text("tháng 10/2021; 2021-Q1", 1, 2021, 2022) == "tháng 10/2022; 2022-Q1"
    assert shift_text("định kỳ hằng quý", 1, 2021, 2022) == "định kỳ hằng quý"
    # years outside the plan (a cited law) and days that do not exist stay as written
    assert shift_text("Luật 2015, 30/2/2021, 2021-13-01", 1, 2021, 2022) == (
        "Luật 2015, 30/2/2021, 2021-13-01"
    )


def test_the_shipped_plan_next_year(tmp_path: Path, cli: Any) -> None:
    out = tmp_path / "plan-2022"
    result = cli("new-year", "--year", "2022", "-o", str(out), "--plan", str(REPO / "plan"))
    assert result.exit_code == 0, result.output
    assert "01/01/2022" in result.output and "31/12/2022" in result.output
    plan_text = (out / "plan.yaml").read_text(encoding="utf-8")
    original = (REPO / "plan" / "plan.yaml").read_text(encoding="utf-8")
    assert plan_text.startswith("# yaml-language-server: $schema=../schemas/plan.schema.json\n")
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert all(line in plan_text for line in comments if "yaml-language-server" not in line)
    data = yaml.safe_load(plan_text)
    assert data["period"] == {"start": dt.date(2022, 1, 1), "end": dt.date(2022, 12, 31)}
    assert "date" not in data and "number" not in data
    assert data["predecessor"]["number"] == "57/KH-UBND"
    assert data["predecessor"]["date"] == dt.date(2021, 3, 5)
    checked = check_plan(out)
    assert [(p.rule, p.message) for p in checked.problems] == [("schema", "schema.missing_key")]
    assert "'date'" in result.output  # validation names what is left to fill in
    assert not list((out / "progress").glob("*/*.yaml"))
    assert (out / "progress" / "README.md").is_file()
    # every assignment is still there, with its deadline a year on where it had a year
    old = check_plan(REPO / "plan").plan
    (tmp_path / "fill").mkdir()
    (out / "plan.yaml").write_text(
        plan_text.replace("predecessor:", "date: 2022-03-01\npredecessor:"), encoding="utf-8"
    )
    new = check_plan(out).plan
    assert old is not None and new is not None
    assert [a.id for a in new.assignments] == [a.id for a in old.assignments]
    for before, after in zip(old.assignments, new.assignments, strict=True):
        assert after.deadline.text == before.deadline.text.replace("2021", "2022")


def test_a_two_year_plan_moves_by_its_span(tmp_path: Path, cli: Any) -> None:
    case = yaml.safe_load(
        (EXAMPLES / "valid" / "province-plan-two-years.yaml").read_text(encoding="utf-8")
    )
    root = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "base", root)
    for name in case.get("remove", []):
        (root / name).unlink()
    build_tree(root, case["files"])
    assignments = root / "assignments" / "cac-xa.yaml"
    assignments.write_text(
        assignments.read_text(encoding="utf-8")
        + "    cancel:\n      - {occurrence: 2022-H1, reason: Gộp vào báo cáo năm.}\n",
        encoding="utf-8",
    )
    out = tmp_path / "next"
    result = cli("new-year", "--plan", str(root), "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "(moved 2 years); 1 progress files left behind." in result.output
    data = yaml.safe_load((out / "plan.yaml").read_text(encoding="utf-8"))
    assert data["period"] == {"start": dt.date(2023, 1, 1), "end": dt.date(2024, 12, 31)}
    assert data["title"].endswith("giai đoạn 2023-2024")
    assert [line["year"] for line in data["funding"]["lines"]] == ["2023", "2024", "2024"]
    assert data["targets"][0]["due"] == "năm 2024"
    assert "date" not in data["predecessor"]  # only the year of issue was known
    moved = yaml.safe_load((out / "assignments" / "cac-xa.yaml").read_text(encoding="utf-8"))
    assert moved["assignments"][0]["deadline"] == "định kỳ 6 tháng và năm"
    assert "cancel" not in moved["assignments"][0]  # cancelled occurrences were this plan's


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "2020"), "year 2020 is not after this plan's first year (2021)"),
        (("--year", "2022"), "exists and is not empty"),
    ],
)
def test_bad_year_or_output_exit_2(
    base_plan: Path, tmp_path: Path, cli: Any, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "out"
    build_tree(out, {"x": "y"})
    result = cli("new-year", "--plan", str(base_plan), "-o", str(out), "--lang", "en", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert (out / "x").read_text(encoding="utf-8") == "y"


def test_an_invalid_plan_is_refused(base_plan: Path, tmp_path: Path, cli: Any) -> None:
    (base_plan / "units.yaml").write_text("units: [\n", encoding="utf-8")
    result = cli("new-year", "--plan", str(base_plan), "-o", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert not (tmp_path / "o").exists()
