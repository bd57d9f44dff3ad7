"""Expanding assignments into obligations, and their due dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.obligations import expand_plan, occurrences
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


# --- edges pinned by mutation testing (docs/mutation.md) ----------------------------------

_LEGACY = "reporting:\n  periods: [Q1, H1, 9M, Y]\n  recipient: ubnd-xa\n"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _one_flow(root: Path, due: str = "{days_after_end: 5}", convention: str = "nd09") -> None:
    """The base plan with one flow in the new shape (not the legacy one-flow shape)."""
    _edit(
        root / "plan.yaml",
        _LEGACY,
        "reporting:\n  flows:\n    - {id: xa, from: cac-phong, to: ubnd-xa, periods: [Q1, Y], "
        f"due: {due}, convention: {convention}}}\n",
    )


def _add(root: Path, lead: str, *assignments: str) -> None:
    """Add ``assignments`` (flow-style fields) to the lead's file, made when it has none."""
    body = "".join(f"  - {{section: III, text: X., {a}}}\n" for a in assignments)
    path = root / "assignments" / f"{lead}.yaml"
    head = path.read_text(encoding="utf-8") if path.exists() else f"lead: {lead}\nassignments:\n"
    path.write_text(head + body, encoding="utf-8")


def _table(plan: Plan, ident: str) -> list[tuple[str, str | None, dt.date | None]]:
    return [
        (o.unit, o.occurrence.code if o.occurrence else None, o.due)
        for o in expand_plan(plan)
        if o.assignment.id == ident
    ]


def test_a_task_of_the_legacy_recipient_is_its_own(base_plan: Path) -> None:
    # In the one-flow legacy shape only recurring duties report; a dated task is no report, so
    # the flow's recipient is not dropped from it.
    _add(base_plan, "ubnd-xa", "id: III.8, deadline: trước 15/3/2021")
    assert _table(_plan(base_plan), "III.8") == [("ubnd-xa", None, dt.date(2021, 3, 15))]


def test_a_recurring_task_beside_one_flow_is_a_task(base_plan: Path) -> None:
    # One flow in the new shape: a recurring duty that names no flow is a task, due at the
    # calendar ends of its periods, owed by every member (the flow's recipient included).
    _one_flow(base_plan)
    _add(base_plan, "cac-phong", "id: III.8, deadline: hằng quý")
    plan = _plan(base_plan)
    ends = ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]
    expected = [
        (unit, f"2021-Q{n}", dt.date.fromisoformat(end))
        for unit in ("phong-a", "phong-b")
        for n, end in enumerate(ends, 1)
    ]
    assert _table(plan, "III.8") == expected


def test_following_the_reporting_periods_of_one_flow(base_plan: Path) -> None:
    _one_flow(base_plan)
    _add(base_plan, "phong-a", "id: III.8, deadline: theo kỳ báo cáo")
    # the flow's periods and rule: 5 days after the Nghị định 09 ends (14/3, 14/12)
    assert _table(_plan(base_plan), "III.8") == [
        ("phong-a", "2021-Q1", dt.date(2021, 3, 19)),
        ("phong-a", "2021", dt.date(2021, 12, 19)),
    ]


def test_following_the_reporting_periods_of_the_legacy_flow(base_plan: Path) -> None:
    _add(base_plan, "phong-a", "id: III.8, deadline: theo kỳ báo cáo")
    assert [c for _, c, _ in _table(_plan(base_plan), "III.8")] == [
        "2021-Q1",
        "2021-H1",
        "2021-9M",
        "2021",
    ]


def test_a_report_follows_its_flows_periods_whatever_its_deadline_says(base_plan: Path) -> None:
    _one_flow(base_plan)
    _add(base_plan, "phong-a", "id: III.8, flow: xa, deadline: hằng tháng")
    assert [c for _, c, _ in _table(_plan(base_plan), "III.8")] == ["2021-Q1", "2021"]


def test_periods_named_with_their_year_in_a_plan_of_two_years(base_plan: Path) -> None:
    _edit(base_plan / "plan.yaml", "end: 2021-12-31", "end: 2022-12-31")
    _add(base_plan, "phong-a", "id: III.8, deadline: quý III và quý IV/2022")
    assert _table(_plan(base_plan), "III.8") == [
        ("phong-a", "2022-Q3", dt.date(2022, 9, 30)),
        ("phong-a", "2022-Q4", dt.date(2022, 12, 31)),
    ]


def test_named_periods_of_a_legacy_report_belong_by_its_convention(base_plan: Path) -> None:
    # The legacy flow makes every recurring duty a report under its convention: under the Nghị
    # định 09 cut-off quý I ends on 14/3, before a plan in force from 20/3.
    _edit(
        base_plan / "plan.yaml", "recipient: ubnd-xa\n", "recipient: ubnd-xa\n  convention: nd09\n"
    )
    _edit(
        base_plan / "plan.yaml", "date: 2021-01-05\n", "date: 2021-01-05\neffective: 2021-03-20\n"
    )
    _add(base_plan, "phong-a", "id: III.8, deadline: quý I và quý II/2021")
    for stale in ("phong-a", "phong-b"):
        (base_plan / "progress" / "2021-Q1" / f"{stale}.yaml").unlink()
    assert [c for _, c, _ in _table(_plan(base_plan), "III.8")] == ["2021-Q2"]


def test_a_unit_owes_from_its_first_day_and_its_span_goes_with_each_duty(base_plan: Path) -> None:
    _edit(
        base_plan / "units.yaml",
        "{id: phong-b, name: Phòng B, kind: department}",
        "{id: phong-b, name: Phòng B, kind: department, valid_from: 2021-06-30}",
    )
    _add(base_plan, "phong-b", "id: III.8, deadline: thường xuyên")
    plan = _plan(base_plan)
    reports = [(o.key[2], o.valid) for o in expand_plan(plan) if o.key[0] == "III.2"]
    # due 30/6 (H1): the unit exists that day; quý I is due before it existed
    assert reports == [
        ("2021-H1", (dt.date(2021, 6, 30), None)),
        ("2021-9M", (dt.date(2021, 6, 30), None)),
        ("2021", (dt.date(2021, 6, 30), None)),
    ]
    standing = [(o.unit, o.due, o.valid) for o in expand_plan(plan) if o.key[0] == "III.8"]
    assert standing == [("phong-b", None, (dt.date(2021, 6, 30), None))]


def test_a_plan_with_an_unknown_lead_is_checked_without_a_crash(base_plan: Path) -> None:
    _add(base_plan, "phong-x", "id: III.8, deadline: trước 15/3/2021")
    checked = check_plan(base_plan)
    assert {p.rule for p in checked.problems} == {"reference"}, checked.problems


def _flows(root: Path, convention: str, *flows: str) -> None:
    """The base plan reporting in ``flows`` (flow-style mappings) under ``convention``."""
    listed = "".join(f"    - {f}\n" for f in flows)
    _edit(
        root / "plan.yaml", _LEGACY, f"reporting:\n  convention: {convention}\n  flows:\n{listed}"
    )


def _outside(root: Path) -> set[str]:
    """The dates of the records the progress-period rule finds outside their folder's period."""
    return {
        p.args["date"] for p in check_plan(root).problems if p.message == "progress.outside_period"
    }


def test_a_report_handed_in_on_its_due_day_stays_in_its_periods_folder(base_plan: Path) -> None:
    # Regression: the window after a period was measured on the flow's first period only. Under
    # the plan-wide Nghị định 09 cut-off the year ends on 14/12 and its half on 14/6; a calendar
    # flow due at the end of each is due 16 days after the half but 17 after the year.
    _flows(
        base_plan,
        "nd09",
        "{id: xa, from: cac-phong, to: ubnd-xa, periods: [H1, Y], "
        "due: {days_after_end: 0}, convention: calendar}",
    )
    _add(base_plan, "phong-b", "id: III.8, flow: xa")
    build_tree(
        base_plan,
        {
            "progress/2021/phong-b.yaml": (
                "records:\n"
                "  - {assignment: III.8, occurrence: '2021', date: 2021-12-31, state: done}\n"
                "  - {assignment: III.8, occurrence: '2021', date: 2022-01-01, state: done}\n"
            )
        },
    )
    assert _outside(base_plan) == {"01/01/2022"}


def test_no_report_due_after_its_period_leaves_no_window(base_plan: Path) -> None:
    _flows(
        base_plan,
        "calendar",
        "{id: xa, from: cac-phong, to: ubnd-xa, periods: [Q1, Y], due: {day_of_last_month: 20}}",
    )
    build_tree(
        base_plan,
        {
            "progress/2021-Q1/phong-b.yaml": (
                "records:\n"
                "  - {assignment: III.2, occurrence: 2021-Q1, date: 2021-03-31, state: done}\n"
                "  - {assignment: III.2, occurrence: 2021-Q1, date: 2021-04-01, state: done}\n"
            )
        },
    )
    assert _outside(base_plan) == {"01/04/2021"}


@pytest.mark.parametrize(
    ("flow", "plan", "due", "days"),
    [
        # a leap year's 29/02 lies one day further past the Nghị định 09 end (14/02)
        ("calendar", "nd09", "{day_of_last_month: 29}", 15),
        # a common year's February ends one day sooner after the flow's cut-off
        ("nd09", "calendar", "{days_after_end: 20}", 6),
        ("nd09", "nd09", "{days_after_end: 20}", 20),
    ],
)
def test_the_window_after_a_february_report(
    base_plan: Path, flow: str, plan: str, due: str, days: int
) -> None:
    from cchc.obligations import report_window

    _flows(
        base_plan,
        plan,
        f"{{id: xa, from: cac-phong, to: ubnd-xa, periods: [M02], due: {due}, convention: {flow}}}",
    )
    assert report_window(_plan(base_plan).document.reporting) == days


def test_following_the_reporting_periods_of_no_single_flow_falls_due_never(
    base_plan: Path,
) -> None:
    # Two flows: "theo kỳ báo cáo" without naming one is an error the flow check reports;
    # meanwhile the duty has no periods (and nothing crashes on the way to saying so).
    _flows(
        base_plan,
        "calendar",
        "{id: a, from: cac-phong, to: ubnd-xa, periods: [Q1], due: {days_after_end: 5}}",
        "{id: b, from: cac-phong, to: ubnd-xa, periods: [Y], due: {days_after_end: 5}}",
    )
    _add(base_plan, "phong-a", "id: III.8, deadline: theo kỳ báo cáo")
    checked = check_plan(base_plan)
    assert checked.plan is not None
    assert [(p.rule, p.path.name) for p in checked.problems if p.severity == "error"] == [
        ("flow", "phong-a.yaml")
    ]
    duty = next(a for a in checked.plan.assignments if a.id == "III.8")
    assert occurrences(duty, checked.plan) == ()
    assert _table(checked.plan, "III.8") == []
