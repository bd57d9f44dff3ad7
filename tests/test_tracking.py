"""States of obligations as of a day: pure functions of records and the date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.obligations import Obligation
from cchc.schedule import Deadline, Period
from cchc.tracking import Status, assess, finished_quarters, plan_as_of
from cchc.vocab import OBLIGATION_STATES as STATES
from tests.conftest import REPO, build_tree


def _plan(root: Path) -> Plan:
    checked = check_plan(root)
    assert checked.errors == 0, checked.problems
    assert checked.plan is not None
    return checked.plan


def _state(plan: Plan, as_of: dt.date, assignment: str, unit: str, occurrence: str = "") -> str:
    for status in assess(plan, as_of):
        if status.obligation.key == (assignment, unit, occurrence):
            return status.state
    raise AssertionError("no such obligation")


def _records(root: Path, folder: str, unit: str, body: str) -> None:
    build_tree(root, {f"progress/{folder}/{unit}.yaml": "records:\n" + body})


def test_dated_obligation_through_the_year(base_plan: Path) -> None:
    (base_plan / "progress/2021-Q1/phong-a.yaml").unlink()
    plan = _plan(base_plan)
    assert _state(plan, dt.date(2021, 2, 1), "III.1", "phong-a") == "not-started"
    assert _state(plan, dt.date(2021, 3, 20), "III.1", "phong-a") == "due-soon"
    assert _state(plan, dt.date(2021, 3, 31), "III.1", "phong-a") == "due-soon"
    assert _state(plan, dt.date(2021, 4, 1), "III.1", "phong-a") == "overdue"


def test_done_on_time_late_in_progress_cancelled(base_plan: Path) -> None:
    _records(
        base_plan,
        "2021-Q1",
        "phong-a",
        "  - {assignment: III.1, date: 2021-02-01, state: in-progress}\n",
    )
    plan = _plan(base_plan)
    assert _state(plan, dt.date(2021, 2, 2), "III.1", "phong-a") == "in-progress"
    assert _state(plan, dt.date(2021, 1, 31), "III.1", "phong-a") == "not-started"
    _records(
        base_plan, "2021-Q2", "phong-a", "  - {assignment: III.1, date: 2021-04-03, state: done}\n"
    )
    plan = _plan(base_plan)
    late = [s for s in assess(plan, dt.date(2021, 5, 1)) if s.obligation.unit == "phong-a"]
    assert (late[0].state, late[0].days_late) == ("done-late", 3)
    _records(
        base_plan,
        "2021-Q2",
        "phong-a",
        "  - {assignment: III.1, date: 2021-04-03, state: cancelled, reason: Bãi bỏ.}\n",
    )
    assert _state(_plan(base_plan), dt.date(2021, 5, 1), "III.1", "phong-a") == "cancelled"


def test_done_on_the_due_day_is_on_time(base_plan: Path) -> None:
    _records(
        base_plan, "2021-Q1", "phong-a", "  - {assignment: III.1, date: 2021-03-31, state: done}\n"
    )
    assert _state(_plan(base_plan), dt.date(2021, 12, 1), "III.1", "phong-a") == "done"


def test_recurring_occurrences_are_separate(base_plan: Path) -> None:
    plan = _plan(base_plan)
    as_of = dt.date(2021, 7, 15)
    assert _state(plan, as_of, "III.2", "phong-b", "2021-Q1") == "done"
    assert _state(plan, as_of, "III.2", "phong-b", "2021-H1") == "overdue"
    assert _state(plan, as_of, "III.2", "phong-b", "2021-9M") == "not-started"


def test_standing_duty_gaps(base_plan: Path) -> None:
    build_tree(
        base_plan,
        {
            "assignments/phong-b.yaml": (
                "lead: phong-b\nassignments:\n"
                "  - {id: III.2, section: III, text: R., deadline: 'định kỳ năm'}\n"
                "  - {id: III.3, section: III, text: S., deadline: thường xuyên}\n"
                "  - {id: III.4, section: III, text: K., deadline: kịp thời}\n"
            )
        },
    )
    _records(
        base_plan,
        "2021-Q1",
        "phong-b",
        "  - {assignment: III.3, date: 2021-02-10, state: in-progress}\n",
    )
    plan = _plan(base_plan)
    assert _state(plan, dt.date(2021, 3, 31), "III.3", "phong-b") == "active"
    statuses = {s.obligation.key: s for s in assess(plan, dt.date(2021, 7, 2))}
    gap = statuses[("III.3", "phong-b", "")]
    assert (gap.state, [p.code for p in gap.gaps]) == ("gap", ["2021-Q2"])
    assert gap.days_late is None
    assert statuses[("III.4", "phong-b", "")].state == "as-needed"


def test_every_state_has_a_rank() -> None:
    assert len(set(STATES)) == 10


def test_as_of_after_the_plan_is_clamped() -> None:
    plan = _plan(REPO / "plan")
    assert plan_as_of(plan, dt.date(2026, 11, 25)) == (dt.date(2022, 1, 1), True)
    assert plan_as_of(plan, dt.date(2022, 1, 1)) == (dt.date(2022, 1, 1), False)
    assert plan_as_of(plan, dt.date(2021, 5, 1)) == (dt.date(2021, 5, 1), False)
    # Issued on 5/3/2021: in force for 27 days of quý I, so quý I is not checked for gaps.
    assert [p.code for p in finished_quarters(plan, dt.date(2021, 7, 1))] == ["2021-Q2"]


@given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
def test_due_on_the_as_of_day_is_never_overdue(day: dt.date) -> None:
    plan = _plan(REPO / "tests/examples/base")
    assignment = plan.assignments[0]
    fixed = Obligation(assignment, "phong-a", None, day)
    status = assess(plan, day, obligations=[fixed])[0]
    assert status.state != "overdue"
    later = assess(plan, day + dt.timedelta(days=1), obligations=[fixed])[0]
    assert later.state in ("overdue", "done", "done-late")


def test_leap_day_deadline(base_plan: Path) -> None:
    plan = _plan(base_plan)
    leap = Obligation(plan.assignments[0], "phong-z", None, dt.date(2024, 2, 29))
    assert assess(plan, dt.date(2024, 2, 29), obligations=[leap])[0].state == "due-soon"
    assert assess(plan, dt.date(2024, 3, 1), obligations=[leap])[0].days_late == 1


def test_deadline_dataclass_is_hashable() -> None:
    assert hash(Deadline("period", "quý I", period=Period(2021, "Q1")))


# --- edges pinned by mutation testing (docs/mutation.md) ----------------------------------


def _statuses(plan: Plan, as_of: dt.date, assignment: str) -> dict[tuple[str, str], Status]:
    return {
        status.obligation.key[1:]: status
        for status in assess(plan, as_of)
        if status.obligation.key[0] == assignment
    }


def _assign(root: Path, lead: str, text: str) -> None:
    build_tree(
        root,
        {f"assignments/{lead}.yaml": f"lead: {lead}\nassignments:\n  - {{section: III, {text}}}\n"},
    )


def test_a_duty_cancelled_by_the_plan_carries_no_records(base_plan: Path) -> None:
    path = base_plan / "assignments" / "phong-b.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "    cancel: [{occurrence: 2021-Q1, reason: Gộp.}]\n",
        encoding="utf-8",
    )
    # phong-b recorded quý I done on 25/3: the plan's cancellation wins and shows no record
    status = _statuses(_plan(base_plan), dt.date(2021, 4, 1), "III.2")[("phong-b", "2021-Q1")]
    assert (status.state, status.records, status.reason) == ("cancelled", (), "Gộp.")


def test_records_of_a_unit_and_its_co_lead_are_read_in_date_order(base_plan: Path) -> None:
    _assign(base_plan, "phong-c", "id: III.8, text: X., co_leads: [phong-a], deadline: quý II/2021")
    build_tree(
        base_plan,
        {
            "units.yaml": (base_plan / "units.yaml")
            .read_text(encoding="utf-8")
            .replace("groups:", "  - {id: phong-c, name: Phòng C, kind: department}\ngroups:")
        },
    )
    _records(
        base_plan,
        "2021-Q2",
        "phong-c",
        "  - {assignment: III.8, date: 2021-05-20, state: in-progress}\n",
    )
    _records(
        base_plan, "2021-Q2", "phong-a", "  - {assignment: III.8, date: 2021-05-10, state: done}\n"
    )
    status = _statuses(_plan(base_plan), dt.date(2021, 6, 1), "III.8")[("phong-c", "")]
    # the co-lead's record is older; the unit's later one decides
    assert [r.date.day for r in status.records] == [10, 20]
    assert status.state == "in-progress"


def test_a_cancel_entry_for_one_part_leaves_the_others(base_plan: Path) -> None:
    _assign(
        base_plan,
        "phong-b",
        "id: III.2, text: X., parts: [{id: a, deadline: quý I/2021},"
        " {id: b, deadline: quý II/2021}, {id: c, deadline: quý III/2021}],"
        " cancel: [{part: a, reason: một}, {part: b, reason: hai}]",
    )
    (base_plan / "progress" / "2021-Q1" / "phong-b.yaml").unlink()
    found = {
        s.obligation.part.id: (s.state, s.reason)  # type: ignore[union-attr]
        for s in assess(_plan(base_plan), dt.date(2021, 4, 1))
        if s.obligation.assignment.id == "III.2"
    }
    assert found == {
        "a": ("cancelled", "một"),
        "b": ("cancelled", "hai"),
        "c": ("not-started", None),
    }


def test_a_cancel_entry_for_a_group_covers_its_members(base_plan: Path) -> None:
    _assign(
        base_plan,
        "cac-phong",
        "id: III.8, text: X., deadline: hằng quý,"
        " cancel: [{occurrence: 2021-Q2, unit: cac-phong, reason: Gộp.}]",
    )
    statuses = _statuses(_plan(base_plan), dt.date(2021, 4, 1), "III.8")
    assert {k: s.state for k, s in statuses.items() if k[1] == "2021-Q2"} == {
        ("phong-a", "2021-Q2"): "cancelled",
        ("phong-b", "2021-Q2"): "cancelled",
    }
    assert statuses[("phong-a", "2021-Q3")].state != "cancelled"


def test_a_standing_duty_is_checked_from_the_first_quarter_its_unit_mostly_existed(
    base_plan: Path,
) -> None:
    units = base_plan / "units.yaml"
    units.write_text(
        units.read_text(encoding="utf-8").replace(
            "{id: phong-b, name: Phòng B, kind: department}",
            "{id: phong-b, name: Phòng B, kind: department, valid_from: 2021-06-01}",
        ),
        encoding="utf-8",
    )
    _assign(base_plan, "cac-phong", "id: III.8, text: X., deadline: thường xuyên")
    statuses = _statuses(_plan(base_plan), dt.date(2022, 1, 1), "III.8")
    gaps = {unit: [q.code for q in s.gaps] for (unit, _), s in statuses.items()}
    # phong-b existed 30 of quý II's 91 days: from quý III on
    assert gaps == {
        "phong-a": ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"],
        "phong-b": ["2021-Q3", "2021-Q4"],
    }


def test_a_standing_duty_before_its_first_quarter_ends(base_plan: Path) -> None:
    _assign(base_plan, "cac-phong", "id: III.8, text: X., deadline: thường xuyên")
    _records(
        base_plan,
        "2021-Q1",
        "phong-a",
        "  - {assignment: III.8, date: 2021-02-01, state: in-progress}\n",
    )
    statuses = _statuses(_plan(base_plan), dt.date(2021, 3, 1), "III.8")
    assert {unit: s.state for (unit, _), s in statuses.items()} == {
        "phong-a": "active",
        "phong-b": "not-started",
    }
