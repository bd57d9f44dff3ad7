"""The document's own parts: numbers, the date of issue, enactment, citations, targets, funding,
provenance and group sizes, read from real YAML through the example corpus."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.specs_document import parse_number
from tests.conftest import REPO, build_example, build_tree


def _example(name: str, tmp_path: Path, **files: str) -> Plan:
    checked = check_plan(build_example(name, tmp_path / "plan", **files))
    assert checked.problems == ()
    assert checked.plan is not None
    return checked.plan


@pytest.mark.parametrize(
    ("text", "value"),
    [("1500", Decimal(1500)), ("92,5", Decimal("92.5")), ("92.5", Decimal("92.5")), ("0", 0)],
)
def test_numbers_are_read_from_digits(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1.500", "17.270", "1,500", "50.000.000", "60%", "1 500", ""])
def test_grouped_or_decorated_numbers_are_refused(text: str) -> None:
    assert parse_number(text) is None


def test_a_ministry_plan_is_cited_by_its_decision(tmp_path: Path) -> None:
    plan = _example("ministry-plan-enacted-by-decision", tmp_path)
    doc = plan.document
    assert doc.number is None
    assert doc.display_number == "424/QĐ-BNV"
    assert doc.enacted_by is not None
    assert (doc.enacted_by.type, doc.enacted_by.article) == ("QĐ", "Điều 1")
    assert doc.enacted_by.date == dt.date(2021, 3, 24)
    assert doc.title == "Kế hoạch cải cách hành chính năm 2021 của Bộ Nội vụ"
    assert doc.issuer.level == "ministry"
    assert doc.provenance == "invented"
    assert doc.signer.name is None
    assert doc.signer.provenance == "unknown"
    assert doc.predecessor is not None and doc.predecessor.kind == "Kế hoạch"
    structured, plain = doc.legal_basis
    assert [r.number for r in structured.refs] == ["34/2017/NĐ-CP"]
    assert plain.text == "Theo đề nghị của Vụ trưởng Vụ Cải cách hành chính." and plain.refs == ()
    kinds = {u.id: u.kind for u in plan.units}
    assert kinds["vu-cai-cach-hanh-chinh"] == "ministry-department"
    assert kinds["tap-chi-to-chuc-nha-nuoc"] == "press"
    sizes = {u.id: u.size for u in plan.units if u.is_group}
    assert sizes == {"cac-bo-nganh": 22, "cac-tinh": 63}
    rank, percent = doc.targets
    assert (rank.measure, rank.target, rank.baseline, rank.index) == (
        "rank",
        Decimal(3),
        Decimal(4),
        "PAR INDEX",
    )
    assert percent.baseline == Decimal("82.5")
    assert {a.id: a.provenance for a in plan.assignments} == {"II.1.1": None, "III.1": "paraphrase"}
    (record,) = plan.records
    assert {k.id: v for k, v in record.measured.items()} == {"sipas": Decimal("83.4")}


def test_a_province_plan_knows_only_its_year_of_issue(tmp_path: Path) -> None:
    doc = _example("province-plan-two-years", tmp_path).document
    assert (doc.date, doc.date_precision) == (dt.date(2021, 1, 1), "year")
    assert doc.parent_plan is not None and doc.parent_plan.number == "07/KH-BNV"
    assert doc.funding is not None
    lines = [(f.year, f.amount, f.source, f.note) for f in doc.funding.lines]
    assert lines == [
        (2021, 300_000_000, "ngân sách tỉnh", None),
        (2022, 350_000_000, "ngân sách tỉnh", None),
        (2022, 50_000_000, "nguồn xã hội hóa", "Tài trợ in tờ gấp."),
    ]
    assert {f.provenance for f in doc.funding.lines} == {"invented"}
    assert doc.targets[0].unit_label == "tin, bài"


def test_a_ward_plan_has_villages_and_a_month_of_issue(tmp_path: Path) -> None:
    plan = _example("ward-plan-with-villages", tmp_path)
    doc = plan.document
    assert (doc.date, doc.date_precision) == (dt.date(2026, 1, 1), "month")
    assert doc.issuer.level == "ward"
    assert {u.id for u in plan.units if u.kind == "village"} == {"to-dan-pho-1", "to-dan-pho-2"}


@pytest.mark.parametrize(
    ("written", "day", "precision"),
    [
        ("2021-03-05", dt.date(2021, 3, 5), "day"),
        ("05/3/2021", dt.date(2021, 3, 5), "day"),
        ('"2021"', dt.date(2021, 1, 1), "year"),
        ("năm 2021", dt.date(2021, 1, 1), "year"),
        ("tháng 3/2021", dt.date(2021, 3, 1), "month"),
        ("2021-03", dt.date(2021, 3, 1), "month"),
    ],
)
def test_the_date_of_issue_may_be_known_to_the_month_or_year(
    base_plan: Path, written: str, day: dt.date, precision: str
) -> None:
    path = base_plan / "plan.yaml"
    text = path.read_text(encoding="utf-8").replace("date: 2021-01-05", f"date: {written}")
    path.write_text(text, encoding="utf-8")
    checked = check_plan(base_plan)
    assert checked.problems == ()
    assert checked.plan is not None
    assert (checked.plan.document.date, checked.plan.document.date_precision) == (day, precision)


@pytest.mark.parametrize("written", ["13/2021", "2021-13", "tháng 0/2021"])
def test_a_month_that_does_not_exist_is_a_date_error(base_plan: Path, written: str) -> None:
    path = base_plan / "plan.yaml"
    text = path.read_text(encoding="utf-8").replace("date: 2021-01-05", f"date: {written}")
    path.write_text(text, encoding="utf-8")
    assert [p.rule for p in check_plan(base_plan).problems] == ["date"]


def test_targets_are_met_by_measure(tmp_path: Path) -> None:
    rank, percent = _example("ministry-plan-enacted-by-decision", tmp_path).document.targets
    assert rank.is_met(Decimal(3)) and rank.is_met(Decimal(1)) and not rank.is_met(Decimal(4))
    assert percent.is_met(Decimal(85)) and not percent.is_met(Decimal("84.9"))


def test_a_legal_basis_citation_dated_after_the_plan_is_a_warning(base_plan: Path) -> None:
    path = base_plan / "plan.yaml"
    text = path.read_text(encoding="utf-8") + (
        "legal_basis:\n"
        "  - text: Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021;\n"
        "    refs: [{kind: Nghị quyết, number: 76/NQ-CP, date: 2021-07-15}]\n"
        "parent_plan: {kind: Kế hoạch, number: 1/KH-UBND, date: 2020-12-01}\n"
        "predecessor: {kind: Kế hoạch, number: 9/KH-UBND, date: 2022-01-01}\n"
    )
    path.write_text(text, encoding="utf-8")
    found = [(p.rule, p.line, p.severity) for p in check_plan(base_plan).problems]
    assert found == [("date", 24, "warning"), ("date", 26, "warning")]


def test_measured_values_must_be_a_mapping_of_target_ids(base_plan: Path) -> None:
    build_tree(
        base_plan,
        {
            "progress/2021-Q1/phong-a.yaml": (
                "records:\n"
                "  - {assignment: III.1, date: 2021-03-10, state: done, measured: [92]}\n"
                "  - {assignment: III.1, date: 2021-03-11, state: done, measured: {Tập: '9'}}\n"
                "  - {assignment: III.1, date: 2021-03-12, state: done, measured: {a: '1.000'}}\n"
            )
        },
    )
    found = [(p.rule, p.line) for p in check_plan(base_plan).problems]
    assert found == [("schema", 2), ("schema", 3), ("number", 4)]


def test_a_legal_basis_line_of_the_wrong_shape_is_reported(base_plan: Path) -> None:
    path = base_plan / "plan.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "legal_basis:\n  - [a, b]\n  - ''\n", encoding="utf-8"
    )
    assert [(p.rule, p.line) for p in check_plan(base_plan).problems] == [
        ("schema", 23),
        ("schema", 24),
    ]


def test_funding_amounts_are_whole_and_years_real(base_plan: Path) -> None:
    path = base_plan / "plan.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "funding:\n  section: III\n  text: Ngân sách.\n  lines:\n"
        + "    - {year: '2021', amount: '1,5', source: x}\n"
        + "    - {year: '21', amount: '1000', source: x}\n",
        encoding="utf-8",
    )
    assert [(p.rule, p.line) for p in check_plan(base_plan).problems] == [
        ("number", 26),
        ("number", 27),
    ]


def test_the_shipped_plan_cites_the_plan_it_carries_out() -> None:
    checked = check_plan(REPO / "plan")
    assert checked.plan is not None
    doc = checked.plan.document
    (basis,) = doc.legal_basis
    assert basis.text == "Thực hiện Kế hoạch cải cách hành chính của huyện năm 2021;"
    assert doc.parent_plan is not None
    assert doc.parent_plan.title == "Kế hoạch cải cách hành chính của huyện năm 2021"
    assert [r.title for r in basis.refs] == [doc.parent_plan.title]
    assert (doc.parent_plan.number, doc.parent_plan.date) == (None, None)


@pytest.mark.parametrize(
    ("written", "cited", "warned"),
    [
        ("2021", "2021-12-31", False),
        ("2021", "2022-01-01", True),
        ("02/2021", "2021-02-28", False),
        ("01/2021", "2021-01-31", False),
        ("02/2021", "2021-03-01", True),
        ("2021-01-05", "2021-01-06", True),
    ],
)
def test_a_citation_is_after_the_plan_only_past_what_is_known_of_its_date(
    base_plan: Path, written: str, cited: str, warned: bool
) -> None:
    path = base_plan / "plan.yaml"
    text = path.read_text(encoding="utf-8").replace("date: 2021-01-05", f"date: {written}")
    text += f"parent_plan: {{kind: Kế hoạch, number: 1/KH-UBND, date: {cited}}}\n"
    path.write_text(text, encoding="utf-8")
    rules = [p.rule for p in check_plan(base_plan).problems]
    assert rules == (["date"] if warned else [])
