"""cchc record: the right file, only added lines, checked like validate, names without marks."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

DEMO = REPO / "examples" / "demo" / "plan"


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo plan in tmp_path/plan, with the working directory at tmp_path."""
    shutil.copytree(DEMO, tmp_path / "plan")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "plan"


def _added_only(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``; fails when any line was changed or removed."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    assert not [d for d in diff if d.startswith(("- ", "? "))], diff
    return [d[2:] for d in diff if d.startswith("+ ")]


def test_record_appends_only_its_lines(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q1" / "phong-noi-vu.yaml"
    before = target.read_text(encoding="utf-8")
    result = cli(
        "record", "V.4.1", "--unit", "noi vu", "--state", "dang thuc hien",
        "--date", "21/3/2021", "--count", "tin bai web=4", "--count", "nguoi du=1.500",
        "--evidence", "45/BC-PNV", "--note", "Đăng tin: cải cách # 1",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    added = _added_only(before, target.read_text(encoding="utf-8"))
    assert added == [
        "  - assignment: V.4.1",
        "    date: 2021-03-21",
        "    state: in-progress",
        "    counts: {tin-bai-web: 4, nguoi-du: 1500}",
        '    note: "Đăng tin: cải cách # 1"',
        "    evidence: [45/BC-PNV]",
    ]
    line = len(before.splitlines()) + 1
    assert f"plan/progress/2021-Q1/phong-noi-vu.yaml:{line}" in result.output
    assert cli("validate", str(demo)).exit_code == 0


def test_recurring_duty_takes_the_earliest_open_occurrence(cli: Any, demo: Path) -> None:
    # Phòng Nội vụ has reported Q1 and H1 in the demo: a report in September is the 9-month one.
    result = cli("record", "v.1.5", "--unit", "Phòng Nội vụ", "--state", "done", "--date", "28/9")
    assert result.exit_code == 0, result.output
    written = (demo / "progress" / "2021-Q3" / "phong-noi-vu.yaml").read_text(encoding="utf-8")
    assert "occurrence: 2021-9M" in written
    assert "Nhiệm vụ V.1.5 (9 tháng năm 2021): hoàn thành" in result.output


def test_new_file_gets_a_header_and_the_schema_line(cli: Any, demo: Path) -> None:
    schema = demo.parent / "schemas" / "progress.schema.json"
    schema.parent.mkdir()
    schema.write_text("{}", encoding="utf-8")
    result = cli("record", "V.1.1", "--unit", "tai chinh", "--state", "xong", "--date", "15/3/21")
    assert result.exit_code == 0, result.output
    path = demo / "progress" / "2021-Q1" / "phong-tai-chinh-ke-hoach.yaml"
    assert path.read_text(encoding="utf-8").splitlines()[:4] == [
        "# yaml-language-server: $schema=../../../schemas/progress.schema.json",
        "# Kết quả thực hiện của Phòng Tài chính - Kế hoạch, quý I/2021.",
        "records:",
        "  - assignment: V.1.1",
    ]
    assert "plan/progress/2021-Q1/phong-tai-chinh-ke-hoach.yaml:4" in result.output


def test_refused_record_leaves_every_file_as_it_was(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q1" / "phong-noi-vu.yaml"
    before = target.read_bytes()
    # V.3.1 is Phòng Nội vụ's own; Phòng Tài chính - Kế hoạch neither leads nor coordinates it.
    result = cli("record", "V.3.1", "--unit", "tai chinh", "--state", "done", "--date", "20/3/2021")
    assert result.exit_code == 2
    assert "không chủ trì hay phối hợp nhiệm vụ V.3.1; nhiệm vụ của đơn vị: V.1.1" in result.output
    assert not (demo / "progress" / "2021-Q1" / "phong-tai-chinh-ke-hoach.yaml").exists()
    # The same rules as validate: a day outside the plan is refused, no folder is created.
    outside = cli("record", "V.4.1", "--unit", "noi vu", "--state", "done", "--date", "2/1/2030")
    assert outside.exit_code == 1
    assert "plan/progress/2030-Q1/phong-noi-vu.yaml:3:5: lỗi: ngày 02/01/2030" in outside.output
    assert "chưa ghi gì" in outside.output
    assert not (demo / "progress" / "2030-Q1").exists()
    future = cli("record", "V.4.1", "--unit", "noi vu", "--state", "done", "--date", "2/3/2099")
    assert future.exit_code == 1
    assert target.read_bytes() == before


def test_dry_run_prints_and_writes_nothing(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q2" / "phong-noi-vu.yaml"
    before = target.read_bytes()
    result = cli(
        "record", "V.4.1", "--unit", "phong-noi-vu", "--state", "done", "--date", "30/6/2021",
        "--dry-run",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "(chưa ghi)" in result.output
    assert "  - assignment: V.4.1\n    date: 2021-06-30\n    state: done" in result.output
    assert target.read_bytes() == before
    assert not list(target.parent.glob(".*.tmp"))


def test_without_a_terminal_a_missing_field_is_an_error(cli: Any, demo: Path) -> None:
    for args, missing in [
        (("V.4.1", "--state", "done", "--date", "1/3/2021"), "thiếu đơn vị: thêm --unit"),
        (("V.4.1", "--unit", "noi vu", "--date", "1/3/2021"), "thiếu tình trạng: thêm --state"),
        (("V.4.1", "--unit", "noi vu", "--state", "done"), "thiếu ngày thực hiện: thêm --date"),
        (("--unit", "noi vu", "--state", "done", "--date", "1/3/2021"), "thiếu nhiệm vụ"),
        (("V.4.1", "--unit", "noi vu", "--state", "huy", "--date", "1/3/2021"), "--reason"),
    ]:
        result = cli("record", *args)
        assert result.exit_code == 2, args
        assert missing in result.output, result.output


def test_names_typed_wrong_get_the_choices(cli: Any, demo: Path) -> None:
    kind = cli("record", "V.4.1", "--unit", "noi vu", "--state", "done", "--date", "1/3/2021",
               "--count", "bai bao=3")  # fmt: skip
    assert kind.exit_code == 2
    assert "không có loại hoạt động 'bai bao'" in kind.output and "tin-bai-web" in kind.output
    number = cli("record", "V.4.1", "--unit", "noi vu", "--state", "done", "--date", "1/3/2021",
                 "--count", "tin bai web=4,5")  # fmt: skip
    assert "phải là số nguyên, không phải '4,5'" in number.output
    state = cli("record", "V.4.1", "--unit", "noi vu", "--state", "xong roi", "--date", "1/3/2021")
    assert "không hiểu tình trạng 'xong roi'" in state.output
    date = cli("record", "V.4.1", "--unit", "noi vu", "--state", "done", "--date", "31-3-2021")
    assert "'31-3-2021' không phải là ngày; viết 20/3/2021, 2021-03-20" in date.output
    duty = cli("record", "bao cao", "--unit", "noi vu", "--state", "done", "--date", "1/3/2021")
    assert "khớp nhiều nhiệm vụ" in duty.output
    group = cli("record", "V.1.1", "--unit", "cac co quan", "--state", "done", "--date", "1/3/2021")
    assert group.exit_code == 2


def test_duty_by_words_of_its_text(cli: Any, demo: Path) -> None:
    result = cli(
        "record", "cuoc thi tim hieu", "--unit", "noi vu", "--state", "dang thuc hien",
        "--date", "hôm nay", "--dry-run",
    )  # fmt: skip
    assert result.exit_code == 1  # today is after the plan: the date rule refuses it
    assert "V.3.3" in (demo / "assignments" / "phong-noi-vu.yaml").read_text(encoding="utf-8")
    dated = cli("record", "cuoc thi tim hieu", "--unit", "noi vu", "--state", "dang thuc hien",
                "--date", "5/5/2021", "--dry-run")  # fmt: skip
    assert "- assignment: V.3.3" in dated.output


def test_record_keeps_crlf_and_a_bom(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q1" / "phong-noi-vu.yaml"
    text = target.read_text(encoding="utf-8").replace("\n", "\r\n")
    target.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = cli("record", "V.4.1", "--unit", "noi vu", "--state", "done", "--date", "2/3/2021")
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert data.endswith(b"    state: done\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_record_after_an_empty_list_and_before_other_keys(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q1" / "phong-tai-chinh-ke-hoach.yaml"
    target.write_text("# kept\nrecords: []  # none yet\n", encoding="utf-8")
    result = cli("record", "V.1.1", "--unit", "tai chinh", "--state", "done", "--date", "2/3/2021")
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == (
        "# kept\nrecords:  # none yet\n  - assignment: V.1.1\n    date: 2021-03-02\n"
        "    state: done\n"
    )


def test_inline_records_are_not_rewritten(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q1" / "phong-tai-chinh-ke-hoach.yaml"
    inline = "records: [{assignment: V.1.1, date: 2021-03-01, state: in-progress}]\n"
    target.write_text(inline, encoding="utf-8")
    result = cli("record", "V.1.1", "--unit", "tai chinh", "--state", "done", "--date", "2/3/2021")
    assert result.exit_code == 2
    assert "viết trên một dòng" in result.output
    assert target.read_text(encoding="utf-8") == inline


def test_broken_file_is_not_touched(cli: Any, demo: Path) -> None:
    target = demo / "progress" / "2021-Q1" / "phong-tai-chinh-ke-hoach.yaml"
    broken = "records:\n  - assignment: V.1.1\n    note: a: b\n"
    target.write_text(broken, encoding="utf-8")
    result = cli("record", "V.1.1", "--unit", "tai chinh", "--state", "done", "--date", "2/3/2021")
    assert result.exit_code == 2
    assert "tệp có lỗi YAML" in result.output
    assert target.read_text(encoding="utf-8") == broken


def test_explicit_occurrence_and_english(cli: Any, demo: Path) -> None:
    result = cli(
        "record", "V.1.5", "--unit", "noi vu", "--state", "done", "--date", "20/12/2021",
        "--occurrence", "năm 2021", "--lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Written at plan/progress/2021-Q4/phong-noi-vu.yaml:3" in result.output
    assert "Assignment V.1.5 (year 2021): done" in result.output


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, demo: Path) -> Any:
    """Run ``cchc record`` as if at a terminal, answering with ``input`` lines."""
    from typer.testing import CliRunner

    from cchc import prompts
    from cchc.cli import app

    monkeypatch.setattr(prompts, "interactive", lambda: True)
    monkeypatch.delenv("CCHC_LANG", raising=False)

    def run(*args: str, answers: list[str]) -> Any:
        text = "\n".join(answers) + "\n"
        return CliRunner().invoke(app, ["record", *args], input=text, catch_exceptions=False)

    return run


def test_terminal_asks_member_occurrence_and_reason(asked: Any, demo: Path) -> None:
    # A group is narrowed to one member; a cancelled record asks for its reason.
    result = asked(
        "V.1.1", "--unit", "cac co quan", "--state", "huy", "--date", "3/3/2021",
        answers=["phong-tai-chinh-ke-hoach", "", "", "", "Đã lồng ghép vào kế hoạch chung", "y"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Đơn vị nào trong" in result.output
    written = (demo / "progress" / "2021-Q1" / "phong-tai-chinh-ke-hoach.yaml").read_text(
        encoding="utf-8"
    )
    assert "state: cancelled" in written
    assert "reason: Đã lồng ghép vào kế hoạch chung" in written


def test_terminal_offers_the_open_occurrences(asked: Any, demo: Path) -> None:
    # Phòng Tài chính - Kế hoạch has reported nothing: in December every report is open.
    result = asked(
        "V.1.5", "--unit", "tai chinh", "--state", "done", "--date", "20/12/2021", "--note", "x",
        answers=["2021-H1", "y"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1. 2021-Q1  quý I/2021" in result.output
    assert "Chọn số hoặc gõ mã [1]" in result.output
    written = (demo / "progress" / "2021-Q4" / "phong-tai-chinh-ke-hoach.yaml").read_text(
        encoding="utf-8"
    )
    assert "occurrence: 2021-H1" in written


def test_terminal_lists_duties_matching_words(asked: Any, demo: Path) -> None:
    result = asked(
        "bao cao", "--unit", "noi vu", "--state", "done", "--date", "5/5/2021", "--note", "x",
        "--dry-run", answers=["V.3.1"],
    )  # fmt: skip
    assert result.exit_code == 2  # the yearly report cannot be filed in quý II
    assert "1. V.1.5  Báo cáo UBND huyện" in result.output
    assert "V.3.1: không có kỳ báo cáo nào chưa hoàn thành kết thúc trong quý II/2021" in (
        result.output
    )
    assert "2021 (chưa thực hiện)" in result.output


def test_terminal_unit_by_number(asked: Any, demo: Path) -> None:
    result = asked(
        "--state", "done", "--date", "5/5/2021", "--note", "x", "--dry-run",
        answers=["phong noi vu", "V.4.1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "- assignment: V.4.1" in result.output
    # Only units with duties are offered: Phòng Nội vụ is, Sở Nội vụ tỉnh (a recipient) is not.
    assert "Phòng Nội vụ" in result.output
    assert "Sở Nội vụ tỉnh Đồng Nai" not in result.output
