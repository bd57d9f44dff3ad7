"""One selection for every view, group lookups, the view-model and its JSON, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.test_cli_status import assert_snapshot

DEMO = str(REPO / "examples" / "demo" / "plan")
AS_OF = ("--as-of", "2021-09-20")
COMMUNES = {"xa-xuan-duong", "xa-long-giao", "xa-song-ray"}


def _json(cli: Any, *args: str) -> Any:
    result = cli(*args, "--plan", DEMO, *AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _keys(data: Any) -> list[tuple[str, str, str | None]]:
    return [(o["assignment"], o["unit"], o["occurrence"]) for o in data["obligations"]]


def test_overdue_of_a_group_finds_what_list_shows(cli: Any) -> None:
    overdue = _keys(_json(cli, "overdue", "--unit", "UBND các xã"))
    listed = _keys(_json(cli, "list", "--unit", "UBND các xã", "--state", "overdue"))
    assert len(overdue) == 5
    assert sorted(overdue) == sorted(listed)
    assert {unit for _, unit, _ in overdue} <= COMMUNES


def test_status_json_honours_unit(cli: Any) -> None:
    everything = _json(cli, "status")
    data = _json(cli, "status", "--unit", "UBND các xã")
    assert data["focus"]["unit"] == "ubnd-cac-xa"
    assert {o["unit"] for o in data["obligations"]} == COMMUNES
    assert data["overall"]["total"] == len(data["obligations"]) < everything["overall"]["total"]
    assert {u["unit"] for u in data["units"]} == COMMUNES
    assert set(data["selection"]["units"]) == COMMUNES | {"ubnd-cac-xa"}


@pytest.mark.parametrize(
    "query",
    [
        "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
        "Trung tâm Văn hóa \u2013 Thông tin và Thể thao",
        "trung tam van hoa thong tin va the thao huyen",
        "Trung tâm Văn hóa-Thông tin và Thể thao",
    ],
)
def test_units_are_found_whatever_the_dash_and_locality(cli: Any, query: str) -> None:
    data = _json(cli, "status", "--unit", query)
    assert data["focus"]["unit"] == "trung-tam-van-hoa-thong-tin-the-thao"


def test_a_group_means_its_members_in_every_command(cli: Any) -> None:
    for command in ("overdue", "list"):
        found = {o["unit"] for o in _json(cli, command, "--unit", "cac xa")["obligations"]}
        assert found and found <= COMMUNES
    status = _json(cli, "status", "--unit", "cac xa")
    assert {o["unit"] for o in status["overdue"]} <= COMMUNES


def _coordinating_group(base_plan: Path) -> Path:
    """Phòng A leads III.3 with "các phòng" (which includes Phòng A) coordinating."""
    path = base_plan / "assignments" / "phong-a.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - id: III.3\n"
        + "    section: III\n"
        + "    text: Phối hợp tổ chức hội nghị.\n"
        + "    coordinators: [cac-phong]\n"
        + "    deadline: thường xuyên\n",
        encoding="utf-8",
    )
    return base_plan


def test_a_unit_never_coordinates_its_own_duty(cli: Any, base_plan: Path) -> None:
    plan = str(_coordinating_group(base_plan))
    data = json.loads(cli("status", "--plan", plan, "--unit", "phong-a", "--format", "json").output)
    assert "III.3" in {o["assignment"] for o in data["obligations"]}
    assert "III.3" not in {d["assignment"] for d in data["coordinated"]}
    other = cli("status", "--plan", plan, "--unit", "phong-b", "--format", "json").output
    assert [d["assignment"] for d in json.loads(other)["coordinated"]] == ["III.1", "III.3"]
    text = cli("status", "--plan", plan, "--unit", "phong-a", env={"COLUMNS": "100"}).output
    assert text.count("III.3") == 1


def test_list_due_bounds_include_the_day_named(cli: Any) -> None:
    h1 = _keys(
        _json(cli, "list", "--unit", "PNV", "--due-from", "30/6/2021", "--due-to", "30/6/2021")
    )
    assert h1 == [("V.1.5", "phong-noi-vu", "2021-H1")]
    older = _keys(
        _json(cli, "list", "--unit", "PNV", "--due-before", "1/7/2021", "--due-after", "29/6/2021")
    )
    assert older == h1


def test_list_unknown_section_names_the_closest(cli: Any) -> None:
    result = cli("list", "--plan", DEMO, "--section", "V.9")
    assert result.exit_code == 2
    assert "không có mục 'V.9'; gần giống:" in result.output
    assert "V.7" in result.output


@pytest.mark.parametrize(
    ("query", "state"),
    [
        ("qua han", "overdue"),
        ("Quá hạn", "overdue"),
        ("chua co hoat dong", "gap"),
        ("done late", "done-late"),
    ],
)
def test_list_state_by_vietnamese_name(cli: Any, query: str, state: str) -> None:
    data = _json(cli, "list", "--state", query)
    assert data["obligations"] and {o["state"] for o in data["obligations"]} == {state}


def test_list_several_states_and_help(cli: Any) -> None:
    data = _json(cli, "list", "--state", "qua han,sap den han")
    assert {o["state"] for o in data["obligations"]} == {"overdue", "due-soon"}
    bad = cli("list", "--plan", DEMO, "--state", "tre")
    assert bad.exit_code == 2 and "quá hạn (overdue)" in bad.output
    help_text = cli("list", "--help", env={"COLUMNS": "200"}).output
    assert "chưa có hoạt động (gap)" in help_text and "--due-from" in help_text


@pytest.mark.parametrize("width", [80, 60])
def test_dashboard_fits_narrow_terminals(cli: Any, width: int) -> None:
    result = cli("status", "--plan", DEMO, *AS_OF, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert_snapshot(f"status-demo-{width}.txt", result.output)
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= width
    assert "/20…" not in result.output and "Phò…" not in result.output
    assert "KH 57/KH-UBND" not in result.output
    assert "Kế hoạch số 57/KH-UBND ngày 05/3/2021" in lines[0] + lines[1]
    assert "các nội dung nội dung" not in result.output  # headings show the corrected text
    assert "+6 nữa" in result.output
    assert "2.000 tờ" in result.output  # activity by name, Vietnamese thousands


@pytest.mark.parametrize("width", [80, 60])
def test_unit_view_and_overdue_fit_narrow_terminals(cli: Any, width: int) -> None:
    env = {"COLUMNS": str(width), "NO_COLOR": "1"}
    unit = cli("status", "--plan", DEMO, *AS_OF, "--unit", "noi vu", env=env)
    assert_snapshot(f"status-unit-noi-vu-{width}.txt", unit.output)
    assert "Phối hợp với Phòng N" in unit.output  # coordinated duties show their text
    overdue = cli("overdue", "--plan", DEMO, *AS_OF, env=env)
    assert_snapshot(f"overdue-demo-{width}.txt", overdue.output)
    for output in (unit.output, overdue.output):
        assert max(len(line) for line in output.splitlines()) <= width


def test_each_unit_row_shows_its_own_next_deadline(cli: Any) -> None:
    data = _json(cli, "status")
    shared = data["common_next_due"]
    assert (shared["assignment"], shared["occurrence"]) == ("V.1.5", "2021-9M")
    nexts = {u["unit"]: u["next_due"] for u in data["units"]}
    assert nexts["phong-noi-vu"]["assignment"] == "V.3.1"
    assert all(n is None or n["assignment"] != "V.1.5" for n in nexts.values())


def test_activity_totals_by_name(cli: Any) -> None:
    data = _json(cli, "status")
    totals = {a["name"]: (a["total"], a["measure"]) for a in data["activity"]}
    assert totals["Tờ gấp, tờ rơi, áp phích"] == (2000, "tờ")


def test_header_of_a_plan_attached_to_a_decision(cli: Any, tmp_path: Path) -> None:
    from tests.test_corpus import EXAMPLES, _materialise

    root, _ = _materialise(EXAMPLES / "valid" / "ministry-plan-enacted-by-decision.yaml", tmp_path)
    env = {"COLUMNS": "200", "NO_COLOR": "1"}
    result = cli("status", "--plan", str(root), "--as-of", "2021-06-30", env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "Kế hoạch ban hành kèm theo Quyết định số 424/QĐ-BNV ngày 24/3/2021 của Bộ Nội vụ"
    )
    data = json.loads(
        cli("status", "--plan", str(root), "--as-of", "2021-06-30", "--format", "json").output
    )
    assert data["plan"]["number"] == "424/QĐ-BNV"  # the decision's, the plan has none
    assert data["plan"]["enacted_by"]["number"] == "424/QĐ-BNV"


def _demo_copy(tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "plan"
    shutil.copytree(DEMO, root)
    return root


def test_a_broken_progress_file_leaves_the_rest_readable(cli: Any, tmp_path: Path) -> None:
    root = _demo_copy(tmp_path)
    broken = root / "progress" / "2021-Q2" / "phong-noi-vu.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("date: 2021-06-28", "date: 31-3-2021"),
        encoding="utf-8",
    )
    result = cli("status", "--plan", str(root), *AS_OF, "--unit", "PNV", "--format", "json")
    assert result.exit_code == 5
    assert "2021-Q2/phong-noi-vu.yaml:7:" in result.stderr  # line 1 names the schema
    assert "'cchc validate'" in result.stderr
    data = json.loads(result.stdout)  # stdout stays a valid document
    h1 = next(o for o in data["obligations"] if o["occurrence"] == "2021-H1")
    assert h1["records"] == 0  # the whole file is left out, not only the broken record
    q1 = next(o for o in data["obligations"] if o["occurrence"] == "2021-Q1")
    assert q1["state"] == "done"  # records of other files still count
    for command in ("overdue", "list", "show V.1.1"):
        other = cli(*command.split(), "--plan", str(root), *AS_OF)
        assert other.exit_code == 5 and "phong-noi-vu.yaml" in other.stderr
    assert cli("validate", str(root)).exit_code == 1  # validate stays strict


def test_a_broken_assignments_file_leaves_its_records_out_too(cli: Any, tmp_path: Path) -> None:
    root = _demo_copy(tmp_path)
    (root / "assignments" / "phong-noi-vu.yaml").write_text("lead: [\n", encoding="utf-8")
    result = cli("overdue", "--plan", str(root), *AS_OF, "--format", "json")
    assert result.exit_code == 5
    assert "assignments/phong-noi-vu.yaml" in result.stderr
    assert "progress/2021-Q2/phong-noi-vu.yaml" in result.stderr  # records about V.3.x
    assert json.loads(result.stdout)["obligations"]


def test_a_broken_plan_file_still_stops_reading_commands(cli: Any, tmp_path: Path) -> None:
    root = _demo_copy(tmp_path)
    (root / "units.yaml").write_text("units: [\n", encoding="utf-8")
    result = cli("status", "--plan", str(root), *AS_OF)
    assert result.exit_code == 1
    assert "chạy 'cchc validate'" in result.output


@pytest.mark.parametrize("how", [("-o", "ra.csv"), ("-o", "ra.txt", "--format", "csv")])
def test_csv_for_excel(cli: Any, tmp_path: Path, how: tuple[str, ...]) -> None:
    target = tmp_path / how[1]
    args = (how[0], str(target), *how[2:])
    result = cli("overdue", "--plan", DEMO, *AS_OF, "--unit", "Sông Ray", *args)
    assert result.exit_code == 0, result.output
    assert f"Đã ghi 3 nhiệm vụ vào {target}" in result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark: Excel shows Vietnamese
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "UBND xã Sông Ray" in text
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_list_to_json_file_and_unknown_suffix(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "ds.json"
    assert cli("list", "--plan", DEMO, *AS_OF, "--unit", "PNV", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "cchc.obligations/1"
    bad = cli("list", "--plan", DEMO, *AS_OF, "-o", str(tmp_path / "ds.xlsx"))
    assert bad.exit_code == 2 and ".csv" in bad.output
    assert not (tmp_path / "ds.xlsx").exists()


def test_every_json_output_names_its_schema(cli: Any, base_plan: Path) -> None:
    import re

    runs = [
        ("status", "--plan", DEMO, *AS_OF, "--format", "json"),
        ("overdue", "--plan", DEMO, *AS_OF, "--format", "json"),
        ("list", "--plan", DEMO, *AS_OF, "--format", "json"),
        ("validate", str(base_plan), "--format", "json"),
        ("lookup", "units", "--plan", DEMO, "--format", "json"),
    ]
    for args in runs:
        result = cli(*args)
        schema = json.loads(result.stdout)["schema"]
        assert re.fullmatch(r"cchc\.[a-z]+/\d+", schema), (args, schema)


def test_records_may_name_content_items(cli: Any, tmp_path: Path) -> None:
    root = _demo_copy(tmp_path)
    before = _section_used(cli, root, "II.1.1")
    record = root / "progress" / "2021-Q2" / "phong-noi-vu.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(
        text.replace("forms: [II.1.2.d, II.2.2.dd]", "forms: [II.1.2.d, II.2.2.dd, II.1.1.a]"),
        encoding="utf-8",
    )
    assert cli("validate", str(root)).exit_code == 0
    assert _section_used(cli, root, "II.1.1") == before + 1
    record.write_text(text.replace("II.2.2.dd]", "II.9.9.z]"), encoding="utf-8")
    bad = cli("validate", str(root))
    assert bad.exit_code == 1 and "nội dung hoặc hình thức tuyên truyền" in bad.output


def _section_used(cli: Any, root: Path, section: str) -> int:
    data = json.loads(cli("status", "--plan", str(root), *AS_OF, "--format", "json").stdout)
    return int(next(s for s in data["sections"] if s["section"] == section)["used"])
