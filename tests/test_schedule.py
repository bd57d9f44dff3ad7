"""Periods and the deadline grammar."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.deadlines import DeadlineError, occurrence_kinds, parse_deadline
from cchc.schedule import MONTH_KINDS, PERIOD_KINDS, Deadline, Period, parse_date, parse_period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quý I/2021", Period(2021, "Q1")),
        ("Quý IV / 2021", Period(2021, "Q4")),
        ("quy 2 nam 2021", Period(2021, "Q2")),
        ("2021-Q3", Period(2021, "Q3")),
        ("Q2/2021", Period(2021, "Q2")),
        ("6 tháng đầu năm 2021", Period(2021, "H1")),
        ("6 tháng cuối năm", Period(2020, "H2")),
        ("2021-H1", Period(2021, "H1")),
        ("9 tháng năm 2021", Period(2021, "9M")),
        ("2021-9M", Period(2021, "9M")),
        ("năm 2021", Period(2021, "Y")),
        ("2021", Period(2021, "Y")),
        ("cả năm", Period(2020, "Y")),
        ("trong năm", Period(2020, "Y")),
        ("quý 1/2021", Period(2021, "Q1")),
        ("quý 3/2021", Period(2021, "Q3")),
        ("quý 4 năm 2021", Period(2021, "Q4")),
        ("quí II", Period(2020, "Q2")),
        ("H1/2021", Period(2021, "H1")),
        ("H2 / 2021", Period(2021, "H2")),
        ("tháng 10/2021", Period(2021, "M10")),
        ("tháng 02/2026", Period(2026, "M02")),
        ("tháng 3", Period(2020, "M03")),
        ("2021-03", Period(2021, "M03")),
    ],
)
def test_parse_period(text: str, expected: Period) -> None:
    assert parse_period(text, default_year=2020) == expected


@pytest.mark.parametrize("text", ["quý V/2021", "tháng 13", "2021-Q5", "", "Q1/21", "2021-13"])
def test_not_a_period(text: str) -> None:
    assert parse_period(text, 2021) is None


def test_period_without_year_needs_a_default() -> None:
    assert parse_period("quý I") is None
    assert parse_period("quý I", 2022) == Period(2022, "Q1")


@pytest.mark.parametrize(
    ("period", "convention", "start", "end"),
    [
        (Period(2021, "Q1"), "calendar", dt.date(2021, 1, 1), dt.date(2021, 3, 31)),
        (Period(2021, "Q4"), "calendar", dt.date(2021, 10, 1), dt.date(2021, 12, 31)),
        (Period(2021, "9M"), "calendar", dt.date(2021, 1, 1), dt.date(2021, 9, 30)),
        (Period(2021, "Q1"), "nd09", dt.date(2020, 12, 15), dt.date(2021, 3, 14)),
        (Period(2021, "Q2"), "nd09", dt.date(2021, 3, 15), dt.date(2021, 6, 14)),
        (Period(2021, "H1"), "nd09", dt.date(2020, 12, 15), dt.date(2021, 6, 14)),
        (Period(2021, "9M"), "nd09", dt.date(2020, 12, 15), dt.date(2021, 9, 14)),
        (Period(2021, "Y"), "nd09", dt.date(2020, 12, 15), dt.date(2021, 12, 14)),
        (Period(2021, "H2"), "calendar", dt.date(2021, 7, 1), dt.date(2021, 12, 31)),
        (Period(2021, "H2"), "nd09", dt.date(2021, 6, 15), dt.date(2021, 12, 14)),
        (Period(2024, "M02"), "calendar", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (Period(2021, "M01"), "nd09", dt.date(2020, 12, 15), dt.date(2021, 1, 14)),
        (Period(2021, "M12"), "calendar", dt.date(2021, 12, 1), dt.date(2021, 12, 31)),
    ],
)
def test_bounds(period: Period, convention: str, start: dt.date, end: dt.date) -> None:
    assert period.bounds(convention) == (start, end)


@given(st.integers(1900, 2200), st.sampled_from(["calendar", "nd09"]))
def test_quarters_tile_the_year(year: int, convention: str) -> None:
    quarters = [Period(year, f"Q{i}").bounds(convention) for i in range(1, 5)]
    for (_, end), (start, _) in itertools.pairwise(quarters):
        assert start == end + dt.timedelta(days=1)
    assert (quarters[0][0], quarters[-1][1]) == Period(year, "Y").bounds(convention)


@given(st.integers(1900, 2200), st.sampled_from(PERIOD_KINDS))
def test_period_code_round_trips(year: int, kind: str) -> None:
    period = Period(year, kind)
    assert parse_period(period.code) == period
    assert parse_period(period.label("vi"), None) == period


def test_labels() -> None:
    assert Period(2021, "M02").label() == "tháng 02/2021"
    assert Period(2021, "M10").label() == "tháng 10/2021"
    assert Period(2021, "M10").label("en") == "October 2021"
    assert Period(2021, "M03").code == "2021-03"
    assert Period(2021, "Q2").label() == "quý II/2021"
    assert Period(2021, "H1").label() == "6 tháng đầu năm 2021"
    assert Period(2021, "Q2").label("en") == "Q2 2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-05", dt.date(2021, 3, 5)),
        ("05/3/2021", dt.date(2021, 3, 5)),
        ("ngày 5/3/2021", dt.date(2021, 3, 5)),
        ("29/02/2024", dt.date(2024, 2, 29)),
        ("29/02/2021", None),
        ("25/20/2017", None),
        ("2021-13-01", None),
        ("yesterday", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thường xuyên", "standing"),
        ("Thuong xuyen", "standing"),
        ("liên tục", "standing"),
        ("kịp thời", "on-event"),
        ("khi phát sinh", "on-event"),
        ("31/3/2021", "date"),
        ("trước ngày 31/3/2021", "date"),
        ("hoàn thành trong quý I/2021", "period"),
        ("2021-Q1", "period"),
        ("6 tháng đầu năm", "period"),
        ("định kỳ năm", "recurring"),
        ("hằng quý", "recurring"),
        ("theo kỳ báo cáo", "recurring"),
    ],
)
def test_deadline_kinds(text: str, kind: str) -> None:
    deadline = parse_deadline(text, 2021)
    assert deadline.kind == kind
    assert deadline.text == text


def test_deadline_values() -> None:
    assert parse_deadline("hoàn thành trong quý I/2021", 2021).period == Period(2021, "Q1")
    assert parse_deadline("quý II", 2021).period == Period(2021, "Q2")
    assert parse_deadline("trước 15/01/2022", 2021).date == dt.date(2022, 1, 15)


def test_recurring_reports() -> None:
    reports = parse_deadline("định kỳ 3 tháng, 6 tháng, 9 tháng và năm", 2021)
    assert reports.recurring == ("Q1", "H1", "9M", "Y")
    assert parse_deadline("hằng quý", 2021).recurring == ("Q1", "Q2", "Q3", "Q4")
    assert parse_deadline("định kỳ năm", 2021).recurring == ("Y",)
    assert parse_deadline("every Q1, H1 and Y", 2021).recurring == ("Q1", "H1", "Y")
    follows = parse_deadline("theo kỳ báo cáo", 2021)
    assert occurrence_kinds(follows, ("Q1", "Y")) == ("Q1", "Y")
    assert occurrence_kinds(parse_deadline("thường xuyên", 2021), ("Q1",)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "",
        ",",
        "sớm",
        "quý V/2021",
        "định kỳ 5 tháng",
        "31/2/2021",
        "trước 31/2 hằng năm",
        "sớm hằng năm",
        "quý I và sớm/2021",
        "quý I - sớm/2021",
        "thường xuyên, sớm",
    ],
)
def test_not_a_deadline(text: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadline(text, 2021)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tháng 10/2021", {"kind": "period", "period": Period(2021, "M10")}),
        ("trong tháng 02/2026", {"kind": "period", "period": Period(2026, "M02")}),
        ("ngày 31 tháng 3 năm 2021", {"kind": "date", "date": dt.date(2021, 3, 31)}),
        (
            "quý II - quý IV/2021",
            {"kind": "period", "period": Period(2021, "Q4"), "span_start": Period(2021, "Q2")},
        ),
        (
            "từ quý II đến quý IV năm 2021",
            {"kind": "period", "period": Period(2021, "Q4"), "span_start": Period(2021, "Q2")},
        ),
        (
            "quý III và quý IV/2022",
            {"kind": "recurring", "occurrences": (Period(2022, "Q3"), Period(2022, "Q4"))},
        ),
        (
            "trước 15/12 hằng năm",
            {"kind": "recurring", "recurring": ("Y",), "day_of_year": (12, 15)},
        ),
        ("quý IV hằng năm", {"kind": "recurring", "recurring": ("Q4",)}),
        ("hằng tháng", {"kind": "recurring", "recurring": MONTH_KINDS}),
        ("định kỳ hằng quý", {"kind": "recurring", "recurring": ("Q1", "Q2", "Q3", "Q4")}),
        ("định kỳ hằng năm", {"kind": "recurring", "recurring": ("Y",)}),
        ("hàng quý", {"kind": "recurring", "recurring": ("Q1", "Q2", "Q3", "Q4")}),
        ("quí II", {"kind": "period", "period": Period(2021, "Q2")}),
        ("thường xuyên, liên tục", {"kind": "standing"}),
        ("kịp thời, khi phát sinh", {"kind": "on-event"}),
        ("cả năm", {"kind": "period", "period": Period(2021, "Y")}),
        ("trong năm", {"kind": "period", "period": Period(2021, "Y")}),
        ("trong năm 2022", {"kind": "period", "period": Period(2022, "Y")}),
    ],
)
def test_deadline_grammar(text: str, expected: dict[str, object]) -> None:
    deadline = parse_deadline(text, 2021)
    for name, value in expected.items():
        assert getattr(deadline, name) == value, name


@pytest.mark.parametrize("text", ["quý I", "trong năm", "quý II - quý IV", "tháng 10"])
def test_a_period_without_year_in_a_multi_year_plan(text: str) -> None:
    with pytest.raises(DeadlineError) as raised:
        parse_deadline(text, None)
    assert raised.value.needs_year


def test_yearly_fixed_day() -> None:
    deadline = parse_deadline("trước 29/02 hằng năm", 2021)
    assert deadline.due_in(Period(2021, "Y")) == dt.date(2021, 2, 28)
    assert deadline.due_in(Period(2024, "Y")) == dt.date(2024, 2, 29)
    assert parse_deadline("hằng quý", 2021).due_in(Period(2021, "Q2")) == dt.date(2021, 6, 30)


def test_period_labels_come_from_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc import messages

    monkeypatch.setitem(messages.CATALOG, "period.quarter", messages.Text("Q.{number}-{year}", "x"))
    monkeypatch.setitem(messages.CATALOG, "period.year", messages.Text("N{year}", "Y{year}"))
    assert Period(2021, "Q2").label("vi") == "Q.II-2021"
    assert Period(2021, "Y").label("vi") == "N2021"
    assert Period(2021, "Y").label("en") == "Y2021"
    assert Period(2021, "Y").label("fr") == "N2021"  # an unknown language reads Vietnamese


# --- edges pinned by mutation testing (docs/mutation.md) ----------------------------------


def test_an_unknown_convention_is_a_bug_not_a_calendar() -> None:
    quarter = Period(2021, "Q1")
    assert quarter.bounds() == (dt.date(2021, 1, 1), dt.date(2021, 3, 31))
    assert quarter.bounds("nd09") == (dt.date(2020, 12, 15), dt.date(2021, 3, 14))
    with pytest.raises(ValueError, match="nd9"):
        quarter.bounds("nd9")


def test_periods_ending_on_one_day_come_shortest_first() -> None:
    same_end = [Period(2021, k) for k in ("Y", "H2", "M12", "Q4")]
    assert [p.kind for p in sorted(same_end, key=Period.sort_key)] == ["M12", "Q4", "H2", "Y"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quý I/1900", Period(1900, "Q1")),
        ("năm 2200", Period(2200, "Y")),
        ("quý I/1899", None),
        ("2201", None),
        ("2201-Q1", None),
    ],
)
def test_periods_name_years_1900_to_2200(text: str, expected: Period | None) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["quý I/2021.", "quý I/2021;", " năm 2021 . "])
def test_a_period_may_end_with_a_full_stop_or_semicolon(text: str) -> None:
    assert parse_period(text) in (Period(2021, "Q1"), Period(2021, "Y"))


def test_a_period_without_its_year_names_the_text() -> None:
    from cchc.schedule import YearMissing, parse_period_strict

    with pytest.raises(YearMissing) as info:
        parse_period_strict("quý II", None)
    assert str(info.value) == "quý II"
    assert parse_period("quý II") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1900-01-01", dt.date(1900, 1, 1)),
        ("01/01/1900", dt.date(1900, 1, 1)),
        ("2200-12-31", dt.date(2200, 12, 31)),
        ("ngày 31 tháng 12 năm 2200", dt.date(2200, 12, 31)),
        ("1899-12-31", None),
        ("31/12/1899", None),
        ("2201-01-01", None),
        ("01/01/2201", None),
    ],
)
def test_dates_name_years_1900_to_2200(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [("thường xuyên.", "standing"), ("Thường xuyên;", "standing"), ("kịp thời.", "on-event")],
)
def test_a_deadline_may_end_with_a_full_stop(text: str, kind: str) -> None:
    assert parse_deadline(text, 2021) == Deadline(kind, text)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["each reporting period", "mỗi kỳ báo cáo", "theo kỳ báo cáo"])
def test_more_ways_to_follow_the_reporting_periods(text: str) -> None:
    assert parse_deadline(text, 2021) == Deadline("recurring", text, follows_reporting=True)


def test_a_span_without_a_year_takes_the_plans_year() -> None:
    text = "quý II đến quý IV"
    assert parse_deadline(text, 2021) == Deadline(
        "period", text, period=Period(2021, "Q4"), span_start=Period(2021, "Q2")
    )
    with pytest.raises(DeadlineError) as info:
        parse_deadline(text, None)
    assert (str(info.value), info.value.needs_year) == (text, True)


def test_a_list_of_three_periods_with_the_year_on_the_last() -> None:
    text = "quý I, quý II và quý III/2022"
    assert parse_deadline(text, None) == Deadline(
        "recurring", text, occurrences=tuple(Period(2022, k) for k in ("Q1", "Q2", "Q3"))
    )


@pytest.mark.parametrize(
    "text",
    [
        " . ",
        "quý I - sớm nhất",
        "quý I, sớm và quý III/2022",
        "quý I - quý II - quý III/2021",
    ],
)
def test_a_refused_deadline_says_it_is_not_for_want_of_a_year(text: str) -> None:
    with pytest.raises(DeadlineError) as info:
        parse_deadline(text, None)
    assert (str(info.value), info.value.needs_year) == (text, False)
