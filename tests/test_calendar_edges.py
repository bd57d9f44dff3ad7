"""Edges of the calendar core that mutation testing (mutmut, README) showed no test pinned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cchc.deadlines import DeadlineError, occurrence_kinds, parse_deadline
from cchc.loading import check_plan
from cchc.schedule import InForce, Period
from cchc.tracking import assess
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("kind", "vi", "en"),
    [
        ("Q1", "quý I/2021", "Q1 2021"),
        ("Q4", "quý IV/2021", "Q4 2021"),
        ("H1", "6 tháng đầu năm 2021", "first half of 2021"),
        ("H2", "6 tháng cuối năm 2021", "second half of 2021"),
        ("9M", "9 tháng năm 2021", "nine months of 2021"),
        ("Y", "năm 2021", "year 2021"),
        ("M01", "tháng 01/2021", "January 2021"),
        ("M02", "tháng 02/2021", "February 2021"),
        ("M03", "tháng 3/2021", "March 2021"),
        ("M12", "tháng 12/2021", "December 2021"),
    ],
)
def test_every_period_label_in_both_languages(kind: str, vi: str, en: str) -> None:
    period = Period(2021, kind)
    assert period.label("vi") == vi
    assert period.label() == vi
    assert period.label("en") == en
    assert period.label("fr") == vi  # an unknown language reads Vietnamese


# --- deadlines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["hằng kỳ báo cáo", "every reporting period", "định kỳ kỳ báo cáo"]
)
def test_a_recurrence_on_the_reporting_periods(text: str) -> None:
    deadline = parse_deadline(text, 2021)
    assert (deadline.kind, deadline.text, deadline.follows_reporting) == ("recurring", text, True)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [("định kỳ 3 tháng, 6 tháng", ("Q1", "H1")), ("quý IV hằng năm", ("Q4",))],
)
def test_recurrences_keep_their_text(text: str, kinds: tuple[str, ...]) -> None:
    deadline = parse_deadline(text, 2021)
    assert (deadline.kind, deadline.text, deadline.recurring) == ("recurring", text, kinds)


def test_a_yearly_day_keeps_its_text() -> None:
    deadline = parse_deadline("trước 15/12 hằng năm", 2021)
    assert (deadline.text, deadline.recurring, deadline.day_of_year) == (
        "trước 15/12 hằng năm",
        ("Y",),
        (12, 15),
    )


@pytest.mark.parametrize(
    "text", ["trước 31/2 hằng năm", "quý V hằng năm", "định kỳ tuần", "định kỳ ,"]
)
def test_a_refused_deadline_names_its_text(text: str) -> None:
    with pytest.raises(DeadlineError) as info:
        parse_deadline(text, 2021)
    assert str(info.value) == text


def test_named_occurrences_give_their_kinds_in_order() -> None:
    deadline = parse_deadline("quý III và quý IV/2022", 2022)
    assert occurrence_kinds(deadline, ("Y",)) == ("Q3", "Q4")


def test_days_in_force_are_never_negative() -> None:
    in_force = InForce(dt.date(2021, 3, 24), dt.date(2021, 12, 31))
    assert in_force.days_in(dt.date(2021, 1, 1), dt.date(2021, 3, 23)) == 0
    assert in_force.days_in(dt.date(2021, 1, 1), dt.date(2021, 3, 24)) == 1
    assert in_force.days_in(dt.date(2022, 1, 1), dt.date(2022, 3, 31)) == 0


# --- tracking ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day", ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31", "2022-03-31"]
)
def test_every_status_carries_the_records_that_decide_it(day: str) -> None:
    checked = check_plan(REPO / "examples" / "demo" / "plan")
    assert checked.plan is not None
    as_of = dt.date.fromisoformat(day)
    statuses = assess(checked.plan, as_of)
    assert statuses
    for status in statuses:
        assert isinstance(status.records, tuple)
        assert all(r.date <= as_of for r in status.records)
        assert list(status.records) == sorted(status.records, key=lambda r: r.date)
        for record in status.records:
            assert record.assignment.id == status.obligation.assignment.id
            assert record.unit.id in status.obligation.responsible


def test_a_record_dated_on_the_as_of_day_counts(base_plan: Path) -> None:
    checked = check_plan(base_plan)
    assert checked.plan is not None
    record = next(r for r in checked.plan.records if r.assignment.id == "III.1")

    def state(day: dt.date) -> str:
        return next(
            s.state
            for s in assess(checked.plan, day)  # type: ignore[arg-type]
            if s.obligation.assignment.id == "III.1"
        )

    assert state(record.date) == "done"
    assert state(record.date - dt.timedelta(days=1)) != "done"


def test_in_force_from_its_first_day_and_gaps_only_past_half_a_quarter() -> None:
    in_force = InForce(dt.date(2021, 2, 15), dt.date(2021, 12, 31))
    assert in_force.covers(dt.date(2021, 2, 15)) and in_force.covers(dt.date(2021, 12, 31))
    assert not in_force.covers(dt.date(2021, 2, 14))
    # 15/2-31/3 is 45 of the quarter's 90 days: exactly half is not "most of it".
    assert not in_force.checks_gaps(Period(2021, "Q1"))
    assert InForce(dt.date(2021, 2, 14), dt.date(2021, 12, 31)).checks_gaps(Period(2021, "Q1"))


@pytest.mark.parametrize(
    ("effective", "expected"),
    [(None, ("Q3", "Q4")), ("2021-10-05", ("Q4",))],
)
def test_named_occurrences_that_belong_to_the_plan(
    base_plan: Path, effective: str | None, expected: tuple[str, ...]
) -> None:
    from cchc.obligations import occurrences

    assignments = base_plan / "assignments" / "phong-a.yaml"
    text = assignments.read_text(encoding="utf-8")
    assignments.write_text(
        text.replace("hoàn thành trong quý I/2021", "quý III và quý IV/2021"), encoding="utf-8"
    )
    (base_plan / "progress" / "2021-Q1" / "phong-a.yaml").unlink()
    if effective:
        plan = base_plan / "plan.yaml"
        plan.write_text(
            plan.read_text(encoding="utf-8").replace(
                "date: 2021-01-05\n", f"date: 2021-01-05\neffective: {effective}\n"
            ),
            encoding="utf-8",
        )
    checked = check_plan(base_plan)
    assert checked.plan is not None, checked.problems
    duty = next(a for a in checked.plan.assignments if a.id == "III.1")
    assert occurrences(duty, checked.plan) == tuple(Period(2021, k) for k in expected)


def test_the_cancel_entry_that_fits_is_found_past_those_that_do_not(base_plan: Path) -> None:
    assignments = base_plan / "assignments" / "phong-b.yaml"
    assignments.write_text(
        assignments.read_text(encoding="utf-8")
        + "    cancel:\n"
        + "      - {occurrence: 2021-H1, reason: một}\n"
        + "      - {occurrence: 2021-9M, unit: phong-a, reason: hai}\n"
        + "      - {occurrence: 2021-9M, reason: ba}\n",
        encoding="utf-8",
    )
    checked = check_plan(base_plan)
    assert checked.plan is not None, checked.problems
    found = {
        s.obligation.occurrence.code: (s.state, s.reason)
        for s in assess(checked.plan, dt.date(2021, 12, 31))
        if s.obligation.assignment.id == "III.2" and s.obligation.occurrence is not None
    }
    assert found["2021-H1"] == ("cancelled", "một")
    assert found["2021-9M"] == ("cancelled", "ba")
    assert found["2021"][0] != "cancelled"
