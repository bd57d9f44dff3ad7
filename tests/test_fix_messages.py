"""Messages that lead to the fix: each names the real mistake and what to do (issue 8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PROGRESS = "progress/2021-Q1/phong-a.yaml"
HEAD = "records:\n  - assignment: III.1\n"


def _validate(cli: Any, plan: Path, *args: str) -> str:
    result = cli("validate", str(plan), *args)
    assert result.exit_code == 1, result.output
    return str(result.output)


def _write(plan: Path, name: str, text: str) -> None:
    (plan / name).write_text(text, encoding="utf-8")


def test_date_in_a_wrong_format_is_not_a_day_that_does_not_exist(cli: Any, base_plan: Path) -> None:
    _write(base_plan, PROGRESS, HEAD + "    date: 31-3-2021\n    state: done\n")
    out = _validate(cli, base_plan)
    assert "'31-3-2021' không phải là ngày viết theo cách cchc đọc được" in out
    assert "viết ngày dạng 31/3/2021 hoặc 2021-03-31" in out
    assert "có thật" not in out and "corrections" not in out
    _write(base_plan, PROGRESS, HEAD + "    date: 31/2/2021\n    state: done\n")
    slip = _validate(cli, base_plan)
    assert "'31/2/2021' không phải là một ngày có thật" in slip
    assert "corrections" in slip  # a real slip may be a slip of the document


def test_thousands_separator_gets_a_hint(cli: Any, base_plan: Path) -> None:
    _write(base_plan, PROGRESS, HEAD + "    date: 2021-03-10\n    state: done\n"
           "    counts: {tin-bai: 1.500}\n")  # fmt: skip
    out = _validate(cli, base_plan)
    assert "'1.500' không phải số nguyên" in out
    assert "viết số không có dấu ngăn cách hàng nghìn: 1500" in out


def test_a_record_without_its_dash_is_not_a_duplicate_to_delete(cli: Any, base_plan: Path) -> None:
    _write(
        base_plan,
        PROGRESS,
        HEAD + "    date: 2021-03-10\n    state: done\n"
        "    assignment: III.1\n    date: 2021-03-12\n    state: done\n",
    )
    out = _validate(cli, base_plan)
    assert f"{PROGRESS}:5:5: lỗi: khóa 'assignment' lặp lại trong cùng một mục" in out
    assert "có lẽ mục mới thiếu dấu '- ' ở đầu" in out
    assert "thêm '- ' trước 'assignment:' ở dòng này" in out
    assert "xóa" not in out


def test_colon_in_text_is_said_in_vietnamese_with_the_quote_fix(cli: Any, base_plan: Path) -> None:
    _write(base_plan, PROGRESS, HEAD + "    date: 2021-03-10\n    state: done\n"
           "    note: Kết quả: đạt\n")  # fmt: skip
    out = _validate(cli, base_plan)
    assert f"{PROGRESS}:5:" in out
    assert "đoạn chữ có dấu ': '" in out
    assert 'đặt cả đoạn chữ trong dấu nháy kép, ví dụ: note: "Kết quả: đạt"' in out
    assert "mapping values" not in out
    english = _validate(cli, base_plan, "--lang", "en")
    assert "put the whole text in double quotes" in english


def test_an_empty_value_is_empty_not_text(cli: Any, base_plan: Path) -> None:
    _write(base_plan, PROGRESS, "records:\n")
    out = _validate(cli, base_plan)
    assert "cần một danh sách, nhưng gặp giá trị trống" in out
    assert "gặp một đoạn chữ" not in out


def test_one_mistake_is_reported_once(cli: Any, base_plan: Path) -> None:
    # A file named for a unit that does not exist: one mistake, however many records it holds.
    records = "".join(
        f"  - {{assignment: III.1, date: 2021-03-1{i}, state: in-progress}}\n" for i in range(4)
    )
    _write(base_plan, "progress/2021-Q1/phong-c.yaml", "records:\n" + records)
    out = _validate(cli, base_plan)
    assert out.count("không có cơ quan, đơn vị nào mang mã 'phong-c'") == 1


def test_paths_are_relative_to_where_the_user_stands(
    cli: Any, base_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(base_plan, PROGRESS, HEAD + "    date: 31-3-2021\n    state: done\n")
    monkeypatch.chdir(base_plan / "assignments")
    result = cli("validate", "..")
    assert "../progress/2021-Q1/phong-a.yaml:3:11: lỗi:" in result.output
    monkeypatch.chdir(base_plan.parent)
    assert f"plan/{PROGRESS}:3:11" in cli("validate").output


def test_a_unit_by_a_near_name_gets_the_unit_lookup_suggests(cli: Any, base_plan: Path) -> None:
    path = base_plan / "assignments" / "phong-a.yaml"
    text = path.read_text(encoding="utf-8").replace("coordinators: [phong-b]", "coordinators: [B]")
    path.write_text(text.replace("lead: phong-a", "lead: phong-a"), encoding="utf-8")
    _write(base_plan, "units.yaml", (base_plan / "units.yaml").read_text(encoding="utf-8")
           .replace("name: Phòng B,", "name: Phòng Bảo hiểm xã hội huyện,"))  # fmt: skip
    path.write_text(text.replace("coordinators: [B]", "coordinators: [Phong Bao hiem xa hoi]"),
                    encoding="utf-8")  # fmt: skip
    out = _validate(cli, base_plan)
    assert "có phải 'phong-b'?" in out


def test_english_counts_are_not_1_errors(cli: Any, base_plan: Path) -> None:
    _write(base_plan, PROGRESS, HEAD + "    date: 31-3-2021\n    state: done\n")
    out = _validate(cli, base_plan, "--lang", "en")
    assert out.rstrip().endswith("1 error, 0 warnings.")
    ok = cli("validate", str(base_plan.parent.parent / "x"), "--lang", "en")
    assert ok.exit_code == 2
