"""The letterhead, number, date line and signature of a report, as Nghị định 30/2020 sets them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.report_header import (
    abbreviation,
    file_stem,
    letterhead_lines,
    number_line,
    period_phrase,
    place_date,
    signature,
)
from cchc.report_text import vn_decimal
from cchc.schedule import Period
from cchc.vntext import format_running_date as short_date
from tests.conftest import EXAMPLES, REPO
from tests.test_corpus import _materialise

DEMO = REPO / "examples" / "demo" / "plan"


def _plan(root: Path) -> Plan:
    plan = check_plan(root).plan
    assert plan is not None
    return plan


@pytest.fixture(scope="module")
def demo() -> Plan:
    return _plan(DEMO)


@pytest.fixture
def ministry(tmp_path: Path) -> Plan:
    case = EXAMPLES / "valid" / "ministry-plan-enacted-by-decision.yaml"
    return _plan(_materialise(case, tmp_path)[0])


def _lines(plan: Plan, unit: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    units = {u.id: u for u in plan.units}
    return letterhead_lines(units[unit], units)


def test_letterheads_of_every_kind_of_issuer(demo: Plan, ministry: Plan) -> None:
    assert _lines(demo, "ubnd-huyen") == ((), ("ỦY BAN NHÂN DÂN", "HUYỆN CẨM MỸ"))
    assert _lines(demo, "phong-noi-vu") == (("UBND HUYỆN CẨM MỸ",), ("PHÒNG NỘI VỤ",))
    # the parent's locality is not repeated under it
    assert _lines(demo, "so-noi-vu") == (("UBND TỈNH ĐỒNG NAI",), ("SỞ NỘI VỤ",))
    assert _lines(demo, "xa-long-giao") == ((), ("ỦY BAN NHÂN DÂN", "XÃ LONG GIAO"))
    assert _lines(ministry, "bo-noi-vu") == ((), ("BỘ NỘI VỤ",))
    assert _lines(ministry, "vu-cai-cach-hanh-chinh") == (
        ("BỘ NỘI VỤ",),
        ("VỤ CẢI CÁCH HÀNH CHÍNH",),
    )


def test_abbreviations(demo: Plan, ministry: Plan) -> None:
    units = {u.id: u for u in demo.units}
    assert abbreviation(units["ubnd-huyen"], demo) == "UBND"
    assert abbreviation(units["phong-noi-vu"], demo) == "PNV"  # its short name
    assert abbreviation(units["phong-van-hoa-thong-tin"], demo) == "PVHTT"  # initials
    assert abbreviation(next(u for u in ministry.units if u.id == "bo-noi-vu"), ministry) == "BNV"


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, "Số:        /BC-PNV"), ("5", "Số: 05/BC-PNV"), ("12", "Số: 12/BC-PNV"),
     ("12a", "Số: 12a/BC-PNV"), ("30/BC-BNV", "Số: 30/BC-BNV")],
)  # fmt: skip
def test_numbers_under_10_get_a_leading_zero(given: str | None, expected: str) -> None:
    assert number_line(given, "PNV") == expected


def test_dates_and_periods() -> None:
    assert place_date("Cẩm Mỹ", dt.date(2021, 3, 5), 2021) == "Cẩm Mỹ, ngày 05 tháng 3 năm 2021"
    assert place_date("Hà Nội", dt.date(2022, 1, 28), 2022) == "Hà Nội, ngày 28 tháng 01 năm 2022"
    assert place_date("Hà Nội", None, 2021) == "Hà Nội, ngày      tháng      năm 2021"
    assert [short_date(dt.date(2020, 12, 15)), short_date(dt.date(2021, 2, 5))] == [
        "15/12/2020",
        "05/02/2021",
    ]
    assert [period_phrase(Period(2021, k)) for k in ("Q4", "H1", "H2", "9M", "Y")] == [
        "quý IV năm 2021",
        "6 tháng đầu năm 2021",
        "6 tháng cuối năm 2021",
        "9 tháng năm 2021",
        "năm 2021",
    ]
    assert file_stem(Period(2021, "H2"), "424/QĐ-BNV") == "bao-cao-6-thang-cuoi-2021-424-QD-BNV"
    assert vn_decimal(Decimal("17270.50")) == "17.270,5"


@pytest.mark.parametrize(
    ("unit", "given", "expected"),
    [
        ("ubnd-huyen", None, ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Huỳnh Tấn Thìn")),
        ("phong-noi-vu", None, ("", "TRƯỞNG PHÒNG", "")),
        ("trung-tam-van-hoa-thong-tin-the-thao", None, ("", "GIÁM ĐỐC", "")),
        ("van-phong-hdnd-ubnd", "Trần Văn C", ("", "CHÁNH VĂN PHÒNG", "Trần Văn C")),
        ("xa-long-giao", "Phó Chủ tịch|Lê D", ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lê D")),
        ("ubnd-huyen", "KT. Chủ tịch|Phó Chủ tịch|Lê B", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê B")),
    ],
)
def test_signatures(demo: Plan, unit: str, given: str | None, expected: tuple[str, ...]) -> None:
    units = {u.id: u for u in demo.units}
    found = signature(units[unit], demo, given)
    assert (found.authority, found.title, found.name) == expected


def test_a_user_template_may_print_numbers_the_vietnamese_way(cli: Any, tmp_path: Path) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text("{{ 17270 | number }} {{ report.unit_name | md }}\n", encoding="utf-8")
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "--template", str(template))
    assert str(result.output) == "17.270 Ủy ban nhân dân huyện Cẩm Mỹ\n"


def test_a_missing_word_template(cli: Any, tmp_path: Path) -> None:
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "--template",
                 str(tmp_path / "none.docx"), "-o", str(tmp_path / "x.docx"))  # fmt: skip
    assert result.exit_code == 2
    assert "không đọc được mẫu" in str(result.output)
