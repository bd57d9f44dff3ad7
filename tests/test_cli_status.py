"""status, overdue, list and show through the real CLI, on the shipped plan and the demo."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from cchc.vntext import sort_key
from cchc.vocab import OBLIGATION_STATES as STATES
from tests.conftest import REPO

DEMO = str(REPO / "examples" / "demo" / "plan")
SNAPSHOTS = Path(__file__).parent / "snapshots"
AS_OF = ("--as-of", "2021-09-20")
WIDTH = {"COLUMNS": "100", "NO_COLOR": "1"}


def assert_snapshot(name: str, text: str) -> None:
    """Compare with tests/snapshots/<name>; UPDATE_SNAPSHOTS=1 rewrites it."""
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_status_dashboard_snapshot(cli: Any) -> None:
    result = cli("status", "--plan", DEMO, *AS_OF, env=WIDTH)
    assert result.exit_code == 0, result.output
    assert_snapshot("status-demo.txt", result.output)


def test_status_english_snapshot(cli: Any) -> None:
    result = cli("status", "--plan", DEMO, *AS_OF, "--lang", "en", env=WIDTH)
    assert result.exit_code == 0
    assert_snapshot("status-demo-en.txt", result.output)


def test_status_unit_snapshot(cli: Any) -> None:
    result = cli("status", "--plan", DEMO, *AS_OF, "--unit", "noi vu", env=WIDTH)
    assert result.exit_code == 0, result.output
    assert_snapshot("status-unit-noi-vu.txt", result.output)


def test_status_on_the_shipped_plan_after_its_year(cli: Any) -> None:
    result = cli("status", "--plan", str(REPO / "plan"), env=WIDTH)
    assert result.exit_code == 0, result.output
    assert "Tình hình đến ngày 01/01/2022 (kế hoạch đã hết thời gian" in result.output
    assert "sắp đến hạn" not in result.output  # year-end duties are overdue, not due forever
    assert "\x1b[" not in result.output  # no colour codes when not on a terminal


def test_status_json(cli: Any) -> None:
    result = cli("status", "--plan", DEMO, *AS_OF, "--format", "json")
    data = json.loads(result.output)
    assert data["schema"] == "cchc.status/2"
    assert (data["as_of"], data["as_of_clamped"]) == ("2021-09-20", False)
    assert data["overall"]["total"] == len(data["obligations"])
    assert set(data["overall"]["states"]) == set(STATES)
    names = [u["name"] for u in data["units"]]
    assert names == sorted(names, key=sort_key)
    first = data["obligations"][0]
    assert set(first) == {
        "assignment",
        "part",
        "section",
        "unit",
        "unit_name",
        "occurrence",
        "due",
        "state",
        "days_late",
        "gaps",
        "records",
        "text",
    }


def test_obligations_of_a_duty_in_parts_name_their_part(cli: Any) -> None:
    # V.3.1 is in two parts (standing direction, a yearly report): two obligations that the
    # JSON tells apart, each with its own text and deadline.
    data = json.loads(cli("list", "--plan", DEMO, *AS_OF, "--format", "json").output)
    rows = [o for o in data["obligations"] if o["assignment"] == "V.3.1"]
    assert sorted(o["part"] for o in rows) == ["bao-cao", "chi-dao"]
    assert len({o["text"] for o in rows}) == 2
    assert {o["part"] for o in data["obligations"] if o["assignment"] == "V.1.1"} == {None}


def test_the_demo_shows_every_state(cli: Any) -> None:
    data = json.loads(cli("status", "--plan", DEMO, *AS_OF, "--format", "json").output)
    assert {o["state"] for o in data["obligations"]} == set(STATES)


@pytest.mark.parametrize("query", ["noi vu", "Nội vụ", "phong-noi-vu", "PHÒNG NỘI VỤ", "PNV"])
def test_units_are_found_by_name_without_diacritics(cli: Any, query: str) -> None:
    result = cli("status", "--plan", DEMO, *AS_OF, "--unit", query, env=WIDTH)
    assert result.exit_code == 0, result.output
    assert "Phòng Nội vụ (phong-noi-vu)" in result.output


def test_unknown_unit_suggests(cli: Any) -> None:
    result = cli("overdue", "--plan", DEMO, "--unit", "phong noi vuu")
    assert result.exit_code == 2
    assert "không tìm thấy đơn vị 'phong noi vuu'; có phải: phong-noi-vu" in result.output


def test_overdue_sorted_by_days_late(cli: Any) -> None:
    result = cli("overdue", "--plan", DEMO, *AS_OF, "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.output)["obligations"]
    late = [i["days_late"] for i in items]
    assert late == sorted(late, reverse=True) and late[0] == 173
    assert {i["state"] for i in items} == {"overdue"}


def test_overdue_csv_and_fail(cli: Any) -> None:
    result = cli(
        "overdue", "--plan", DEMO, *AS_OF, "--format", "csv", "--fail", "--unit", "Sông Ray"
    )
    assert result.exit_code == 4  # EXIT_OVERDUE, distinct from "the plan has errors"
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["assignment"], r["occurrence"], r["days_late"]) for r in rows] == [
        ("V.1.1", "", "173"),
        ("V.1.5", "2021-Q1", "173"),
        ("V.1.5", "2021-H1", "82"),
    ]


def test_overdue_none(cli: Any) -> None:
    result = cli("overdue", "--plan", DEMO, "--as-of", "15/3/2021", "--fail")
    assert result.exit_code == 0
    assert result.output.strip() == "Không có nhiệm vụ quá hạn đến ngày 15/03/2021."


def test_overdue_table_snapshot(cli: Any) -> None:
    result = cli("overdue", "--plan", DEMO, *AS_OF, "--unit", "xa-song-ray", env=WIDTH)
    assert_snapshot("overdue-song-ray.txt", result.output)


def test_list_filters(cli: Any) -> None:
    def keys(*args: str) -> list[tuple[str, str, str | None]]:
        result = cli("list", "--plan", DEMO, *AS_OF, "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return [
            (o["assignment"], o["unit"], o["occurrence"])
            for o in json.loads(result.output)["obligations"]
        ]

    assert keys("--state", "gap", "--section", "V.5") == [
        ("V.5.1", "trung-tam-van-hoa-thong-tin-the-thao", None),
        ("V.5.2", "xa-xuan-duong", None),  # the communes lead V.5.2; the centre coordinates
        ("V.5.2", "xa-long-giao", None),
        ("V.5.2", "xa-song-ray", None),
    ]
    assert keys("--unit", "UBND các xã", "--section", "V.1", "--due-before", "2021-04-01") == [
        ("V.1.1", "xa-xuan-duong", None),
        ("V.1.1", "xa-long-giao", None),
        ("V.1.1", "xa-song-ray", None),
        ("V.1.5", "xa-xuan-duong", "2021-Q1"),
        ("V.1.5", "xa-long-giao", "2021-Q1"),
        ("V.1.5", "xa-song-ray", "2021-Q1"),
    ]
    assert keys("--due-after", "2021-09-30", "--unit", "phong-noi-vu") == [
        ("V.1.5", "phong-noi-vu", "2021"),
        ("V.3.1", "phong-noi-vu", "2021"),
        ("V.3.2", "phong-noi-vu", None),
        ("V.3.3", "phong-noi-vu", None),
    ]


def test_list_rejects_unknown_state(cli: Any) -> None:
    result = cli("list", "--plan", DEMO, "--state", "late")
    assert result.exit_code == 2
    assert "overdue" in result.output


def test_show_snapshot(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # record paths print relative to the current folder
    result = cli("show", "V.1.1", "--plan", DEMO, *AS_OF, env={**WIDTH, "COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert_snapshot("show-v-1-1.txt", result.output)
    assert "examples/demo/plan/progress/2021-Q2/xa-long-giao.yaml:5" in result.output


def test_show_unknown_assignment(cli: Any) -> None:
    result = cli("show", "V.1.9", "--plan", DEMO)
    assert result.exit_code == 2
    assert "V.1.5" in result.output


def test_bad_as_of(cli: Any) -> None:
    result = cli("status", "--plan", DEMO, "--as-of", "31/2/2021")
    assert result.exit_code == 2
    assert "'31/2/2021' không phải là ngày" in result.output


def test_commands_refuse_an_invalid_plan(cli: Any, base_plan: Path) -> None:
    (base_plan / "units.yaml").write_text("units: [\n", encoding="utf-8")
    for command in ("status", "overdue", "list"):
        result = cli(command, "--plan", str(base_plan))
        assert result.exit_code == 1
        assert "[yaml]" in result.output
        assert "chạy 'cchc validate'" in result.output
        assert "Traceback" not in result.output


def test_language_from_the_plan_and_environment(cli: Any) -> None:
    result = cli("overdue", "--plan", DEMO, "--as-of", "15/3/2021", env={"CCHC_LANG": "en"})
    assert result.output.strip() == "Nothing is overdue as of 15/03/2021."


def test_list_table_and_nothing_matching(cli: Any) -> None:
    table = cli("list", "--plan", DEMO, *AS_OF, "--unit", "PNV", "--state", "done", env=WIDTH)
    assert table.exit_code == 0
    assert "V.1.1" in table.output and "hoàn thành" in table.output
    none = cli("list", "--plan", DEMO, *AS_OF, "--unit", "PNV", "--state", "done-late")
    assert none.output.strip() == "Không có nhiệm vụ nào khớp điều kiện."


def test_an_internal_error_is_reported_as_a_bug(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.commands import status as command

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(command, "run", broken)
    result = cli("status", "--plan", DEMO)
    assert result.exit_code == 3
    assert "lỗi nội bộ của cchc (RuntimeError: boom)" in result.output
    assert "Traceback" not in result.output
