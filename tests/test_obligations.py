"""Expanding assignments into obligations, and their due dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.obligations import expand_plan
from tests.conftest import REPO, build_tree


def _plan(root: Path) -> Plan:
    checked = check_plan(root)
    assert checked.errors == 0, checked.problems
    assert checked.plan is not None
    return checked.plan


def test_group_lead_binds_each_member_and_reports_recur(base_plan: Path) -> None:
    build_tree(
        base_plan,
        {
            "assignments/cac-phong.yaml": (
                "lead: cac-phong\nassignments:\n  - {id: III.9, section: III, text: X., "
                "deadline: 'định kỳ 6 tháng'}\n"
            )
        },
    )
    obligations = [o for o in expand_plan(_plan(base_plan)) if o.assignment.id == "III.9"]
    assert [(o.unit, o.occurrence.code if o.occurrence else None, o.due) for o in obligations] == [
        ("phong-a", "2021-H1", dt.date(2021, 6, 30)),
        ("phong-a", "2021", dt.date(2021, 12, 31)),
        ("phong-b", "2021-H1", dt.date(2021, 6, 30)),
        ("phong-b", "2021", dt.date(2021, 12, 31)),
    ]


def test_shipped_plan_obligations() -> None:
    plan = _plan(REPO / "plan")
    obligations = list(expand_plan(plan))
    v15 = [o for o in obligations if o.assignment.id == "V.1.5"]
    # six agencies named + "UBND các xã" standing for itself until communes are listed
    assert sorted({o.unit for o in v15}) == sorted(
        [
            "van-phong-hdnd-ubnd",
            "phong-noi-vu",
            "phong-van-hoa-thong-tin",
            "phong-tai-chinh-ke-hoach",
            "phong-giao-duc-dao-tao",
            "trung-tam-van-hoa-thong-tin-the-thao",
            "ubnd-cac-xa",
        ]
    )
    assert {o.occurrence.code for o in v15 if o.occurrence} == {
        "2021-Q1",
        "2021-H1",
        "2021-9M",
        "2021",
    }
    v11 = [o for o in obligations if o.assignment.id == "V.1.1"]
    assert {o.due for o in v11} == {dt.date(2021, 3, 31)}
    standing = [o for o in obligations if o.assignment.id == "V.4.4"]
    assert [(o.unit, o.due) for o in standing] == [("phong-van-hoa-thong-tin", None)]


@pytest.mark.parametrize(
    ("convention", "delay", "report_due"),
    [
        ("calendar", 0, dt.date(2021, 3, 31)),
        ("nd09", 0, dt.date(2021, 3, 14)),
        ("nd09", 6, dt.date(2021, 3, 20)),
    ],
)
def test_only_reports_follow_the_cut_off(
    base_plan: Path, convention: str, delay: int, report_due: dt.date
) -> None:
    # The old one-flow shape: recurring duties report in it, as they always did.
    text = (
        (base_plan / "plan.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "  recipient: ubnd-xa",
            f"  recipient: ubnd-xa\n  convention: {convention}\n  submit_within_days: {delay}",
        )
    )
    (base_plan / "plan.yaml").write_text(text, encoding="utf-8")
    (base_plan / "progress/2021-Q1/phong-b.yaml").unlink()  # dated 25/3: outside nd09's Q1
    plan = _plan(base_plan)
    by_key = {
        o.assignment.id + (o.occurrence.code if o.occurrence else ""): o.due
        for o in expand_plan(plan)
    }
    # A task "hoàn thành trong quý I/2021" is due on 31/3 under any convention (it fell due on
    # 14/3 or 20/3 under nd09 before).
    assert by_key["III.1"] == dt.date(2021, 3, 31)
    assert by_key["III.22021-Q1"] == report_due


def test_the_old_reporting_shape_reads_as_one_flow(base_plan: Path) -> None:
    reporting = _plan(base_plan).document.reporting
    assert reporting.legacy
    assert [(f.id, f.sender.id, f.to.id, f.periods) for f in reporting.flows] == [
        ("default", "ubnd-xa", "ubnd-xa", ("Q1", "H1", "9M", "Y"))
    ]
    assert reporting.flows[0].due.kind == "days_after_end"
