"""Which obligations a plan has and when they fall due: the membership rule, tasks versus
reports, reporting flows and the default as-of day, on real plan folders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.obligations import Obligation, coordinating_units, expand_plan
from cchc.tracking import assess, finished_quarters, plan_as_of
from tests.conftest import build_tree

PLAN = """\
number: 01/KH-UBND
type: KH
title: Kế hoạch thử
issuer: {{unit: ubnd-xa, level: commune}}
place: Xuân Đường
date: {date}
{effective}period: {{start: {start}, end: {end}}}
sections:
  - {{id: III, title: TỔ CHỨC THỰC HIỆN}}
reporting:
  convention: {convention}
  flows:
{flows}
signer: {{title: CHỦ TỊCH, name: Nguyễn Văn A}}
"""
FLOW = (
    "    - {id: cac-phong-xa, from: cac-phong, to: ubnd-xa, periods: [Q1, H1, 9M, Y],"
    " due: {days_after_end: 0}}\n"
)
UNITS = """\
units:
  - {id: ubnd-xa, name: UBND xã Xuân Đường, kind: people-committee}
  - {id: phong-a, name: Phòng A, kind: department}
  - {id: phong-b, name: Phòng B, kind: department}
groups:
  - {id: cac-phong, name: Các phòng, kind: other, members: [phong-a, phong-b], complete: true}
  - {id: ca-xa, name: Cả xã, kind: other, members: [ubnd-xa, phong-a, phong-b], complete: true}
"""
DUTIES = """\
lead: cac-phong
assignments:
  - {id: III.1, section: III, text: Báo cáo., flow: cac-phong-xa}
  - {id: III.2, section: III, text: Tuyên truyền., deadline: thường xuyên}
  - {id: III.3, section: III, text: Kế hoạch., deadline: hoàn thành trong quý IV/2021}
"""


def _plan(root: Path, **fields: Any) -> Plan:
    values = {
        "date": "2021-03-24",
        "effective": "",
        "start": "2021-01-01",
        "end": "2021-12-31",
        "convention": "nd09",
        "flows": FLOW,
    }
    values.update(fields)
    files = {
        "plan.yaml": PLAN.format(**values),
        "units.yaml": UNITS,
        "assignments/cac-phong.yaml": values.get("duties", DUTIES),
    }
    build_tree(root, {**files, **values.get("extra", {})})
    checked = check_plan(root)
    assert checked.errors == 0, checked.problems
    assert checked.plan is not None
    return checked.plan


def _keys(plan: Plan, assignment: str) -> list[tuple[str, str, dt.date | None]]:
    return [(o.unit, o.key[2], o.due) for o in expand_plan(plan) if o.assignment.id == assignment]


def test_plan_issued_after_the_first_cut_off_owes_no_first_quarter(tmp_path: Path) -> None:
    # Regression: issued 24/3/2021 under the Nghị định 09 cut-off (quý I ends 14/3), the Q1
    # report read "190 days late" on 20/9 and quý I was a gap for standing duties.
    plan = _plan(tmp_path)
    periods = {code for _, code, _ in _keys(plan, "III.1")}
    assert periods == {"2021-H1", "2021-9M", "2021"}
    statuses = assess(plan, dt.date(2021, 9, 20))
    assert not [s for s in statuses if s.days_late == 190]
    standing = [s for s in statuses if s.obligation.assignment.id == "III.2"]
    assert all(p.code != "2021-Q1" for s in standing for p in s.gaps)
    assert [p.code for p in finished_quarters(plan, dt.date(2021, 9, 20))] == ["2021-Q2"]


def test_a_two_year_plan_issued_in_august_owes_no_first_half(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        date="2019-08-13",
        start="2019-01-01",
        end="2020-12-31",
        convention="calendar",
        duties=DUTIES.replace("quý IV/2021", "quý IV/2020"),
    )
    assert {code for _, code, _ in _keys(plan, "III.1")} == {
        "2019-9M",
        "2019",
        "2020-Q1",
        "2020-H1",
        "2020-9M",
        "2020",
    }
    quarters = finished_quarters(plan, dt.date(2021, 1, 1))
    # quý III/2019: in force 13/8-30/9, 49 of 92 days: checked; quý II/2019 is not.
    assert [p.code for p in quarters][:2] == ["2019-Q3", "2019-Q4"]


def test_effective_date_overrides_the_date_of_issue(tmp_path: Path) -> None:
    plan = _plan(tmp_path, date="2021-01-05", effective="effective: 2021-07-01\n")
    assert plan.document.in_force.start == dt.date(2021, 7, 1)
    assert {code for _, code, _ in _keys(plan, "III.1")} == {"2021-9M", "2021"}


def test_a_quarter_is_checked_for_gaps_only_when_mostly_in_force(tmp_path: Path) -> None:
    # quý II/2021 has 91 days: in force from 16/5 is 46 days (checked), from 17/5 45 (not).
    day = dt.date(2021, 12, 31)
    plan = _plan(tmp_path / "a", date="2021-05-16")
    assert [p.code for p in finished_quarters(plan, day)] == ["2021-Q2", "2021-Q3"]
    plan = _plan(tmp_path / "b", date="2021-05-17")
    assert [p.code for p in finished_quarters(plan, day)] == ["2021-Q3"]


def test_a_task_is_due_at_the_calendar_end_under_nd09(tmp_path: Path) -> None:
    # Regression: "hoàn thành trong quý IV/2021" fell due on 14/12 in an nd09 plan.
    plan = _plan(tmp_path)
    assert {due for _, _, due in _keys(plan, "III.3")} == {dt.date(2021, 12, 31)}
    assert {due for _, code, due in _keys(plan, "III.1") if code == "2021"} == {
        dt.date(2021, 12, 14)
    }


def test_due_rules_of_flows(tmp_path: Path) -> None:
    flows = (
        "    - {id: cac-phong-xa, from: cac-phong, to: ubnd-xa, periods: [Q1, Q2],"
        " due: {day_of_last_month: 10}}\n"
        "    - {id: xa-huyen, from: ca-xa, to: phong-a, periods: [Q2], convention: calendar,"
        " due: {days_after_end: -5}}\n"
    )
    duties = DUTIES + ("  - {id: III.4, section: III, text: Báo cáo lên., flow: xa-huyen}\n")
    plan = _plan(tmp_path, date="2021-01-05", flows=flows, duties=duties)
    assert _keys(plan, "III.1")[:2] == [
        ("phong-a", "2021-Q1", dt.date(2021, 3, 10)),
        ("phong-a", "2021-Q2", dt.date(2021, 6, 10)),
    ]
    # The lead group's member that receives the flow does not report to itself.
    assert _keys(plan, "III.4") == [("phong-b", "2021-Q2", dt.date(2021, 6, 25))]


def test_a_unit_never_coordinates_with_itself(tmp_path: Path) -> None:
    duties = DUTIES + (
        "  - {id: III.5, section: III, text: Phối hợp., deadline: quý IV/2021,"
        " coordinators: [ca-xa, phong-a]}\n"
    )
    plan = _plan(tmp_path, duties=duties)
    units = {u.id: u for u in plan.units}
    assignment = next(a for a in plan.assignments if a.id == "III.5")
    assert coordinating_units(assignment, units) == ("ubnd-xa",)


def test_default_as_of_after_the_plan_is_past_every_due_date(tmp_path: Path) -> None:
    flows = (
        "    - {id: cac-phong-xa, from: cac-phong, to: ubnd-xa, periods: [Y],"
        " convention: calendar, due: {days_after_end: 20}}\n"
    )
    plan = _plan(tmp_path, flows=flows)
    assert plan_as_of(plan, dt.date(2030, 1, 1)) == (dt.date(2022, 1, 21), True)
    assert plan_as_of(plan, dt.date(2022, 1, 21)) == (dt.date(2022, 1, 21), False)
    year_end = [s for s in assess(plan, dt.date(2022, 1, 21)) if s.obligation.key[2] == "2021"]
    assert {s.state for s in year_end} == {"overdue"}


def test_overdue_fail_catches_year_end_duties_after_the_plan(tmp_path: Path, cli: Any) -> None:
    _plan(tmp_path)
    result = cli("overdue", "--plan", str(tmp_path), "--fail")
    assert result.exit_code == 4, result.output  # EXIT_OVERDUE
    assert "III.3" in result.output


def _bindings(tmp_path: Path) -> Plan:
    from tests.test_corpus import EXAMPLES, _materialise

    root, _ = _materialise(EXAMPLES / "valid" / "bindings.yaml", tmp_path)
    checked = check_plan(root)
    assert checked.plan is not None and checked.errors == 0, checked.problems
    return checked.plan


def test_co_leads_share_one_obligation(tmp_path: Path) -> None:
    plan = _bindings(tmp_path)
    # phong-b co-leads III.1: one obligation (the lead's), done by phong-b's record.
    assert [(o.unit, o.co_leads) for o in expand_plan(plan) if o.assignment.id == "III.1"] == [
        ("phong-a", ("phong-b",))
    ]
    states = {s.obligation.key: s.state for s in assess(plan, dt.date(2021, 4, 10))}
    assert states[("III.1", "phong-a", "")] == "done"


def test_units_owe_nothing_outside_their_validity(tmp_path: Path) -> None:
    plan = _bindings(tmp_path)
    owed = {(o.unit, o.key[2]) for o in expand_plan(plan) if o.assignment.id == "III.6"}
    # phong-b exists until 30/6 (Q1, Q2), phong-c from 1/7 (Q3, Q4); phong-a is excluded.
    assert owed == {
        ("phong-b", "2021-Q1"),
        ("phong-b", "2021-Q2"),
        ("phong-c", "2021-Q3"),
        ("phong-c", "2021-Q4"),
    }


def test_a_merged_unit_has_no_standing_gaps_after_it_ends(tmp_path: Path) -> None:
    plan = _bindings(tmp_path)
    gone = next(u for u in plan.units if u.id == "phong-b")
    duty = next(a for a in plan.assignments if a.id == "III.6")
    standing = replace(duty, deadline=replace(duty.deadline, kind="standing", recurring=()))
    ob = Obligation(standing, gone.id, None, None, valid=(None, gone.valid_until))
    status = assess(plan, dt.date(2022, 1, 1), obligations=[ob])[0]
    assert [p.code for p in status.gaps] == ["2021-Q1", "2021-Q2"]  # not Q3, Q4: merged away


def test_cancelled_in_advance(tmp_path: Path) -> None:
    plan = _bindings(tmp_path)
    statuses = {s.obligation.key: s for s in assess(plan, dt.date(2022, 1, 1))}
    cancelled = statuses[("III.6", "phong-c", "2021-Q4")]
    assert (cancelled.state, cancelled.reason) == ("cancelled", "Đơn vị mới, chưa báo cáo.")
    assert statuses[("III.6", "phong-c", "2021-Q3")].state == "overdue"
    assert statuses[("III.5/bao-cao", "phong-a", "2021")].state == "cancelled"


def test_parts_are_obligations_of_their_own(tmp_path: Path) -> None:
    plan = _bindings(tmp_path)
    keys = [o.key for o in expand_plan(plan) if o.assignment.id == "III.5"]
    assert keys == [("III.5/chi-dao", "phong-a", ""), ("III.5/bao-cao", "phong-a", "2021")]
    statuses = {s.obligation.key: s for s in assess(plan, dt.date(2021, 5, 1))}
    assert statuses[("III.5/chi-dao", "phong-a", "")].state == "active"
    assert statuses[("III.5/chi-dao", "phong-a", "")].records[0].part is not None


# Calendar boundaries (what mutation testing asks for).


def _one(plan: Plan, assignment: str) -> Obligation:
    return next(o for o in expand_plan(plan) if o.assignment.id == assignment)


def test_due_soon_window_edges(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    task = _one(plan, "III.3")  # due 31/12/2021
    day = dt.date(2021, 12, 31)
    state = {
        n: assess(plan, day - dt.timedelta(days=n), window=14, obligations=[task])[0].state
        for n in (0, 14, 15)
    }
    assert state == {0: "due-soon", 14: "due-soon", 15: "not-started"}
    assert assess(plan, day, window=0, obligations=[task])[0].state == "due-soon"


def _with_records(tmp_path: Path, folder: str, body: str, **fields: Any) -> Plan:
    extra = {f"progress/{folder}/phong-a.yaml": "records:\n" + body}
    return _plan(tmp_path, extra=extra, **fields)


def test_done_on_the_due_day_and_one_day_after(tmp_path: Path) -> None:
    on_time = _with_records(
        tmp_path / "a",
        "2021-Q4",
        "  - {assignment: III.3, date: 2021-12-31, state: done}\n",
        convention="calendar",
    )
    status = assess(on_time, dt.date(2022, 1, 5), obligations=[_one(on_time, "III.3")])[0]
    assert (status.state, status.days_late) == ("done", None)
    late = _with_records(
        tmp_path / "b",
        "2022-Q1",
        "  - {assignment: III.3, date: 2022-01-01, state: done}\n",
        duties=DUTIES.replace("quý IV/2021}", "quý IV/2021, beyond_period: true}"),
        convention="calendar",
    )
    status = assess(late, dt.date(2022, 1, 5), obligations=[_one(late, "III.3")])[0]
    assert (status.state, status.days_late) == ("done-late", 1)


@pytest.mark.parametrize(
    ("day", "gap"),
    [
        ("2021-04-01", False),  # the quarter's first day
        ("2021-06-30", False),  # its last day
        ("2021-03-31", True),  # the day before
    ],
)
def test_activity_on_a_quarters_first_and_last_day(tmp_path: Path, day: str, gap: bool) -> None:
    folder = "2021-Q1" if day < "2021-04" else "2021-Q2"
    plan = _with_records(
        tmp_path,
        folder,
        f"  - {{assignment: III.2, date: {day}, state: in-progress}}\n",
        date="2021-01-05",
        convention="calendar",
    )
    status = assess(plan, dt.date(2021, 7, 1), obligations=[_one(plan, "III.2")])[0]
    assert ("2021-Q2" in [p.code for p in status.gaps]) is gap


def test_a_quarter_ending_on_the_as_of_day_is_not_yet_checked(tmp_path: Path) -> None:
    plan = _plan(tmp_path, date="2021-01-05")
    assert [p.code for p in finished_quarters(plan, dt.date(2021, 6, 30))] == ["2021-Q1"]
    assert [p.code for p in finished_quarters(plan, dt.date(2021, 7, 1))] == ["2021-Q1", "2021-Q2"]


def test_beyond_period_duties_take_records_after_the_period(tmp_path: Path) -> None:
    duties = DUTIES + (
        "  - {id: III.8, section: III, text: Chỉ số năm., deadline: quý I/2022,"
        " beyond_period: true}\n"
    )
    plan = _with_records(
        tmp_path,
        "2022-Q1",
        "  - {assignment: III.8, date: 2022-03-20, state: done}\n",
        duties=duties,
        convention="calendar",
    )
    # The default as-of covers it: the day after its due date.
    assert plan_as_of(plan, dt.date(2030, 1, 1)) == (dt.date(2022, 4, 1), True)
    statuses = {s.obligation.key: s.state for s in assess(plan, dt.date(2022, 4, 1))}
    assert statuses[("III.8", "phong-a", "")] == "done"


QUARTERLY = FLOW.replace("[Q1, H1, 9M, Y]", "[Q1, Q2, Q3, Q4]")


@pytest.mark.parametrize(
    ("fields", "day", "ok"),
    [
        ({"date": "2021-01-05"}, "2020-12-15", True),  # the nd09 lead-in of quý I
        ({"date": "2021-01-05"}, "2020-12-14", False),
        # The H1 report covers 15/12/2020 - 14/6/2021 even for a plan issued on 24/3:
        ({"date": "2021-03-24"}, "2020-12-15", True),
        # With quarterly reports only, the first period is quý II (from 15/3), not January.
        ({"date": "2021-03-24", "flows": QUARTERLY}, "2021-03-15", True),
        ({"date": "2021-03-24", "flows": QUARTERLY}, "2021-03-14", False),
    ],
)
def test_the_date_rule_starts_at_the_first_period_that_belongs(
    tmp_path: Path, fields: dict[str, str], day: str, ok: bool
) -> None:
    folder = "2021-Q1" if day < "2021-03-15" else "2021-Q2"
    record = f"records:\n  - {{assignment: III.3, date: {day}, state: in-progress}}\n"
    values = {
        "date": "2021-03-24",
        "effective": "",
        "start": "2021-01-01",
        "end": "2021-12-31",
        "convention": "nd09",
        "flows": FLOW,
        **fields,
    }
    files = {
        "plan.yaml": PLAN.format(**values),
        "units.yaml": UNITS,
        "assignments/cac-phong.yaml": DUTIES,
        f"progress/{folder}/phong-a.yaml": record,
    }
    build_tree(tmp_path, files)
    rules = {p.rule for p in check_plan(tmp_path).problems if p.severity == "error"}
    assert ("date" not in rules) is ok


COMMUNE_PLAN = """\
number: 12/KH-UBND
type: KH
title: Cải cách hành chính xã Hòa An năm 2026
issuer: {unit: ubnd-xa, level: commune, parent: ubnd-tinh}
place: Hòa An
date: 2026-01-20
period: {start: 2026-01-01, end: 2026-12-31}
sections:
  - {id: IV, title: TỔ CHỨC THỰC HIỆN}
reporting:
  convention: nd09
  flows:
    - id: ap-xa
      from: cac-ap
      to: van-phong-xa
      periods: [Q1, Q2, Q3, Q4]
      due: {day_of_last_month: 10}
      text: trước ngày 10 tháng cuối quý
    - id: xa-tinh
      from: ubnd-xa
      to: so-noi-vu
      periods: [Q1, H1, 9M, Y]
      due: {days_after_end: 2}
signer: {title: CHỦ TỊCH, provenance: unknown}
"""
COMMUNE_UNITS = """\
units:
  - {id: ubnd-tinh, name: UBND tỉnh, kind: people-committee}
  - {id: so-noi-vu, name: Sở Nội vụ, kind: department, parent: ubnd-tinh}
  - {id: ubnd-xa, name: UBND xã Hòa An, kind: people-committee}
  - {id: van-phong-xa, name: Văn phòng HĐND và UBND xã, kind: office, parent: ubnd-xa}
  - {id: ap-1, name: Ấp 1, kind: village, parent: ubnd-xa}
  - {id: ap-2, name: Ấp 2, kind: village, parent: ubnd-xa, valid_until: 2026-06-30}
groups:
  - {id: cac-ap, name: Các ấp, kind: other, members: [ap-1, ap-2], complete: true}
"""


def test_a_commune_plan_with_villages_and_two_flows(tmp_path: Path, cli: Any) -> None:
    build_tree(
        tmp_path,
        {
            "plan.yaml": COMMUNE_PLAN,
            "units.yaml": COMMUNE_UNITS,
            "assignments/cac-ap.yaml": (
                "lead: cac-ap\nassignments:\n"
                "  - {id: IV.2, section: IV, text: Ấp báo cáo xã., flow: ap-xa}\n"
            ),
            "assignments/ubnd-xa.yaml": (
                "lead: ubnd-xa\nassignments:\n"
                "  - {id: IV.1, section: IV, text: Xã báo cáo tỉnh., flow: xa-tinh}\n"
                "  - {id: IV.3, section: IV, text: Kế hoạch., deadline: quý I/2026}\n"
            ),
            "progress/2026-Q1/ap-1.yaml": (
                "records:\n  - {assignment: IV.2, occurrence: 2026-Q1, date: 2026-03-09,"
                " state: done}\n"
            ),
        },
    )
    checked = check_plan(tmp_path)
    assert checked.plan is not None and checked.problems == (), checked.problems
    dues = {o.key: o.due for o in expand_plan(checked.plan)}
    # Villages report by the 10th of the quarter's last month; the merged village stops in Q3.
    assert dues[("IV.2", "ap-1", "2026-Q1")] == dt.date(2026, 3, 10)
    assert ("IV.2", "ap-2", "2026-Q3") not in dues
    assert dues[("IV.2", "ap-2", "2026-Q2")] == dt.date(2026, 6, 10)
    # The commune reports two days after the nd09 cut-off (the 14th): the 16th.
    assert dues[("IV.1", "ubnd-xa", "2026-Q1")] == dt.date(2026, 3, 16)
    assert dues[("IV.1", "ubnd-xa", "2026")] == dt.date(2026, 12, 16)
    # A task is due at the calendar end of its quarter.
    assert dues[("IV.3", "ubnd-xa", "")] == dt.date(2026, 3, 31)
    result = cli("overdue", "--plan", str(tmp_path), "--as-of", "2026-03-20", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("IV.2" in line and "ap-2" in line for line in lines)
    assert any("IV.1" in line and "ubnd-xa" in line for line in lines)
    assert not any("ap-1" in line for line in lines)  # done on 9/3
