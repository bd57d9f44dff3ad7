"""cchc validate through the real CLI: exit codes, formats, plan discovery, languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, build_tree


def test_shipped_plan_is_clean(cli: Any) -> None:
    result = cli("validate", str(REPO / "plan"))
    assert result.exit_code == 0, result.output
    assert "22 nhiệm vụ" in result.output


def test_problems_exit_1_with_file_line_and_hint(cli: Any, base_plan: Path) -> None:
    build_tree(
        base_plan,
        {
            "assignments/phong-a.yaml": (
                "lead: phong-a\nassignments:\n  - id: III.1\n    section: III\n    text: X.\n"
                "    coordinators: [phong-bb]\n    deadline: quý I/2021\n"
            )
        },
    )
    result = cli("validate", str(base_plan))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].endswith(
        "assignments/phong-a.yaml:6:20: lỗi: không có cơ quan, đơn vị nào mang mã 'phong-bb'"
        " [reference]"
    )
    assert lines[1] == "    gợi ý: có phải 'phong-b'?"
    assert "Traceback" not in result.output


def test_every_problem_is_reported_in_one_run(cli: Any, base_plan: Path) -> None:
    build_tree(
        base_plan,
        {
            "assignments/phong-a.yaml": (
                "lead: phong-a\nassignments:\n  - id: III.1\n    section: III\n    text: X.\n"
                "    deadlin: quý I/2021\n    deadline: quý V\n"
            ),
            "progress/2021-Q1/phong-a.yaml": (
                "records:\n  - {assignment: III.1, date: 2021-02-30, state: done}\n"
            ),
        },
    )
    result = cli("validate", "--format", "json", str(base_plan))
    assert result.exit_code == 1
    rules = [p["rule"] for p in json.loads(result.output)["problems"]]
    assert rules == ["schema", "deadline", "date"]


def test_json_format(cli: Any, base_plan: Path) -> None:
    (base_plan / "units.yaml").write_text("units: []\nunits: []\n", encoding="utf-8")
    result = cli("validate", "--format", "json", "--lang", "en", str(base_plan))
    data = json.loads(result.output)
    assert data["version"] == 1
    first = data["problems"][0]
    assert first.pop("path").endswith("units.yaml")
    assert first == {
        "line": 2,
        "column": 1,
        "severity": "error",
        "rule": "duplicate-key",
        "message": "duplicate key 'units' (first at line 1)",
        "hint": (
            "keep the line with the right value, or rename the key; if both are needed they"
            " belong to two different items"
        ),
    }


def test_github_format(cli: Any, base_plan: Path) -> None:
    (base_plan / "content.yaml").write_text("audiences: [\n", encoding="utf-8")
    result = cli("validate", "--format", "github", str(base_plan))
    assert result.exit_code == 1
    assert result.output.startswith("::error file=")
    assert ",line=2," in result.output and "title=yaml::" in result.output


def test_strict_makes_warnings_fail(cli: Any, base_plan: Path) -> None:
    build_tree(base_plan, {"notes.yaml": "a: 1\n"})
    assert cli("validate", str(base_plan)).exit_code == 0
    result = cli("validate", "--strict", str(base_plan))
    assert result.exit_code == 1
    assert "cảnh báo" in result.output and "[file-layout]" in result.output


def test_plan_found_in_parent_folder(
    cli: Any, base_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = base_plan.parent / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = cli("validate")
    assert result.exit_code == 0, result.output


def test_plan_from_environment(
    cli: Any, base_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert cli("validate", env={"CCHC_PLAN": str(base_plan)}).exit_code == 0
    assert cli("validate", "--plan", str(base_plan)).exit_code == 0


def test_no_plan_is_a_usage_error(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("validate")
    assert result.exit_code == 2
    assert "không tìm thấy thư mục kế hoạch" in result.output


def test_missing_folder_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    result = cli("validate", str(tmp_path / "nope"))
    assert result.exit_code == 2


def test_bad_format_and_language(cli: Any, base_plan: Path) -> None:
    assert cli("validate", "--format", "xml", str(base_plan)).exit_code == 2
    assert cli("validate", "--lang", "fr", str(base_plan)).exit_code == 2


def test_language_from_environment(cli: Any, base_plan: Path) -> None:
    result = cli("validate", str(base_plan), env={"CCHC_LANG": "en"})
    assert result.output.startswith("The plan is valid")


def test_input_files_are_never_modified(cli: Any, base_plan: Path) -> None:
    before = {p: p.read_bytes() for p in base_plan.rglob("*") if p.is_file()}
    cli("validate", str(base_plan))
    assert {p: p.read_bytes() for p in base_plan.rglob("*") if p.is_file()} == before


def test_records_dated_after_the_check_day_are_flagged(cli: Any, base_plan: Path) -> None:
    on_time = cli("validate", "--as-of", "2021-03-31", str(base_plan))
    assert on_time.exit_code == 0
    early = cli("validate", "--as-of", "2021-03-20", str(base_plan))
    assert early.exit_code == 0  # a warning
    assert "progress/2021-Q1/phong-b.yaml:3:5: cảnh báo: bản ghi có ngày 25/03/2021" in (
        early.output
    )
    assert cli("validate", "--as-of", "20/3/2021", "--strict", str(base_plan)).exit_code == 1


def test_completion_offers_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.cli import _complete_assignment, _complete_unit

    monkeypatch.chdir(REPO)
    monkeypatch.delenv("CCHC_PLAN", raising=False)
    assert "phong-noi-vu" in _complete_unit("phong-n")
    assert all(u.startswith("phong-") for u in _complete_unit("phong-"))
    assert _complete_assignment("V.3.") == ["V.3.1", "V.3.2", "V.3.3", "V.3.4", "V.3.5"]
    monkeypatch.chdir(Path("/"))
    assert _complete_unit("x") == []
