"""Targets against measured values, and group progress against a group's stated size."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from cchc.dashboard import build
from cchc.group_progress import group_progress
from cchc.indicators import target_statuses
from cchc.loading import check_plan
from cchc.model import Plan
from cchc.render.figures import number
from cchc.tracking import assess
from tests.conftest import build_example

MINISTRY = "ministry-plan-enacted-by-decision"
PROVINCE = "province-plan-two-years"


def _plan(name: str, tmp_path: Path, **files: str) -> Plan:
    checked = check_plan(build_example(name, tmp_path / "plan", **files))
    assert checked.problems == ()
    assert checked.plan is not None
    return checked.plan


def _states(plan: Plan, day: dt.date) -> dict[str, tuple[str, Decimal | None]]:
    return {
        s.target.id: (s.state, s.latest.value if s.latest else None)
        for s in target_statuses(plan, day)
    }


def test_a_target_takes_its_latest_value_on_the_day(tmp_path: Path) -> None:
    later = (
        "records:\n"
        "  - {assignment: II.1.1, occurrence: 2021-9M, date: 2021-09-25, state: done,"
        " measured: {sipas: '85', par-index: '5'}}\n"
        "  - {assignment: II.1.1, occurrence: 2021-9M, date: 2021-09-28, state: done,"
        " measured: {par-index: '3'}}\n"
    )
    plan = _plan(MINISTRY, tmp_path, **{"progress/2021-Q3/vu-cai-cach-hanh-chinh.yaml": later})
    assert _states(plan, dt.date(2021, 6, 24)) == {
        "par-index": ("not-measured", None),
        "sipas": ("not-measured", None),
    }
    assert _states(plan, dt.date(2021, 6, 25)) == {
        "par-index": ("not-measured", None),
        "sipas": ("not-met", Decimal("83.4")),
    }
    # 85 meets "85"; rank 5 does not meet "3" (lower is better), rank 3 does.
    assert _states(plan, dt.date(2021, 9, 25)) == {
        "par-index": ("not-met", Decimal(5)),
        "sipas": ("met", Decimal(85)),
    }
    assert _states(plan, dt.date(2021, 9, 28))["par-index"] == ("met", Decimal(3))


def test_a_target_not_met_by_its_due_day_is_missed(tmp_path: Path) -> None:
    plan = _plan(MINISTRY, tmp_path)
    (rank, percent) = target_statuses(plan, dt.date(2021, 12, 31))
    assert (rank.due, rank.state, rank.met) == (dt.date(2021, 12, 31), "not-measured", None)
    assert (percent.state, percent.met) == ("not-met", False)
    after = {s.target.id: s.state for s in target_statuses(plan, dt.date(2022, 1, 1))}
    assert after == {"par-index": "missed", "sipas": "missed"}


def test_a_target_due_on_a_day_or_recurring(tmp_path: Path) -> None:
    plan = _plan(MINISTRY, tmp_path)
    text = (tmp_path / "plan" / "plan.yaml").read_text(encoding="utf-8")
    text = text.replace("due: năm 2021", "due: 30/6/2021", 1).replace(
        "due: năm 2021", "due: định kỳ năm"
    )
    (tmp_path / "plan" / "plan.yaml").write_text(text, encoding="utf-8")
    checked = check_plan(tmp_path / "plan")
    assert checked.plan is not None and checked.problems == ()
    rank, percent = target_statuses(checked.plan, dt.date(2021, 7, 1))
    assert (rank.due, rank.state) == (dt.date(2021, 6, 30), "missed")
    assert (percent.due, percent.state) == (None, "not-met")
    assert plan.document.targets[0].id == "par-index"


def test_group_progress_counts_members_against_the_stated_size(tmp_path: Path) -> None:
    records = (
        "records:\n  - {assignment: IV.2, occurrence: 2021-H1, date: 2021-06-30, state: done}\n"
    )
    plan = _plan(PROVINCE, tmp_path, **{"progress/2021-H1/ubnd-xa-a.yaml": records})
    rows = group_progress(plan, assess(plan, dt.date(2021, 7, 10)))
    labels = {(r.assignment, r.occurrence.code if r.occurrence else ""): r for r in rows}
    h1 = labels[("IV.2", "2021-H1")]
    assert (h1.done, h1.listed, h1.size, h1.label, h1.percent) == (1, 2, 95, "1/95", 1)
    assert labels[("IV.2", "2021")].label == "0/95"
    assert {r.assignment for r in rows} == {"IV.2"}  # IV.1 is led by a single unit


def test_a_group_without_members_counts_as_a_whole(tmp_path: Path) -> None:
    records = (
        "records:\n  - {assignment: III.1, occurrence: 2021-Q1, date: 2021-03-31, state: done}\n"
    )
    plan = _plan(MINISTRY, tmp_path, **{"progress/2021-Q1/cac-tinh.yaml": records})
    rows = {
        r.occurrence.code: r
        for r in group_progress(plan, assess(plan, dt.date(2021, 4, 10)))
        if r.occurrence
    }
    assert (rows["2021-Q1"].label, rows["2021-Q1"].listed) == ("63/63", 0)
    assert rows["2021-H1"].label == "0/63"


def test_a_group_without_a_stated_size_counts_its_members(tmp_path: Path) -> None:
    plan = _plan(PROVINCE, tmp_path)
    text = (tmp_path / "plan" / "units.yaml").read_text(encoding="utf-8")
    (tmp_path / "plan" / "units.yaml").write_text(
        text.replace('size: "95"', "note: size not stated"), encoding="utf-8"
    )
    checked = check_plan(tmp_path / "plan")
    assert checked.plan is not None
    rows = group_progress(checked.plan, assess(checked.plan, dt.date(2021, 7, 10)))
    assert {r.label for r in rows} == {"0/2"}
    assert plan.units[-1].size == 95
    assert group_progress(plan, []) == ()


def test_numbers_print_the_way_each_language_writes_them() -> None:
    assert number(Decimal("17270"), "vi") == "17.270"
    assert number(Decimal("17270"), "en") == "17,270"
    assert number(Decimal("82.5"), "vi") == "82,5"
    assert number(Decimal("-1234567.25"), "en") == "-1,234,567.25"
    assert number(Decimal("100"), "vi") == "100"


def test_status_shows_targets_and_group_progress(cli: Any, tmp_path: Path) -> None:
    root = build_example(MINISTRY, tmp_path / "plan")
    args = ("status", "--plan", str(root), "--as-of", "2021-07-01", "--lang", "vi")
    result: Any = cli(*args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "Chỉ tiêu" in out
    assert "hạng 3 trở lên (PAR INDEX)" in out
    assert "83,4% (25/06/2021)" in out
    assert "chưa đạt" in out and "chưa có số liệu" in out
    assert "0/63" in out
    assert "Kế hoạch ban hành kèm theo Quyết định số 424/QĐ-BNV" in out


def test_status_json_carries_targets_and_groups(cli: Any, tmp_path: Path) -> None:
    root = build_example(MINISTRY, tmp_path / "plan")
    result: Any = cli("status", "--plan", str(root), "--as-of", "2021-07-01", "--format", "json")
    data = json.loads(result.output)
    assert data["plan"]["number"] == "424/QĐ-BNV"
    sipas = data["targets"][1]
    assert sipas == {
        "id": "sipas",
        "text": "Mức độ hài lòng của người dân, tổ chức đạt trên 85%",
        "measure": "percent",
        "target": "85",
        "baseline": "82.5",
        "index": "SIPAS",
        "due": "2021-12-31",
        "value": "83.4",
        "measured_on": "2021-06-25",
        "measured_by": "vu-cai-cach-hanh-chinh",
        "met": False,
        "state": "not-met",
    }
    assert data["targets"][0]["value"] is None
    q1 = next(g for g in data["groups"] if g["occurrence"] == "2021-Q1")
    assert q1 == {
        "group": "cac-tinh",
        "assignment": "III.1",
        "occurrence": "2021-Q1",
        "done": 0,
        "listed": 0,
        "size": 63,
    }


def test_the_dashboard_holds_targets_for_every_view(tmp_path: Path) -> None:
    plan = _plan(MINISTRY, tmp_path)
    day = dt.date(2021, 7, 1)
    board = build(plan, assess(plan, day), day, False)
    assert [t.id for t in board.targets] == ["par-index", "sipas"]
    assert board.groups and all(g.group.id == "cac-tinh" for g in board.groups)
