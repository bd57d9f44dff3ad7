"""Report files are written atomically: all or nothing, and clear errors for bad folders."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from cchc.errors import UsageError
from cchc.report_output import write_atomic
from tests.conftest import REPO
from tests.unprivileged import as_unprivileged, run_cchc

DEMO = REPO / "examples" / "demo" / "plan"


def test_a_new_file_and_a_replaced_one(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.md"
    write_atomic(target, b"one")
    write_atomic(target, b"hai")
    assert target.read_text(encoding="utf-8") == "hai"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.md"]
    assert target.stat().st_mode & 0o644 == 0o644  # readable by others, like any file


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UsageError) as error:
        write_atomic(target, b"new")
    assert error.value.message == "report.output_failed"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.docx"]


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_a_read_only_folder() -> None:
    # As a user the mode binds (nobody, when the tests run as root): exit 2, one clear line
    # naming the file, no traceback, nothing written.
    as_unprivileged()  # skips the test when no user can be dropped to
    with tempfile.TemporaryDirectory() as temp:  # pytest's tmp_path is private to its user
        top = Path(temp)
        top.chmod(0o755)
        folder = top / "ro"
        folder.mkdir(mode=0o555)
        folder.chmod(0o555)
        args = ["report", "--plan", str(DEMO), "--quarter", "1", "-o", str(folder / "bao-cao.md")]
        result = run_cchc(args, top)
        assert list(folder.iterdir()) == []
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert f"cannot write {folder / 'bao-cao.md'}" in result.stderr
    assert "check that the folder is writable" in result.stderr


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing/bao-cao.md", "không tồn tại"),
        ("file.txt/bao-cao.md", "không phải là thư mục"),
    ],
)
def test_bad_output_folders_are_clear_errors(
    cli: Any, tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "-o", str(tmp_path / name))
    assert result.exit_code == 2
    assert message in str(result.output)


def test_an_output_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.md").mkdir()
    with pytest.raises(UsageError) as error:
        write_atomic(tmp_path / "x.md", b"x")
    assert error.value.message == "report.output_is_folder"


def test_a_broken_markdown_template_keeps_the_old_report(cli: Any, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("# {{ report.subject }}\n\n{{ report.nothing_here }}\n", encoding="utf-8")
    out = tmp_path / "bao-cao.md"
    out.write_text("old report", encoding="utf-8")
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "--template", str(template),
                 "-o", str(out))  # fmt: skip
    assert result.exit_code == 2
    lines = str(result.output).strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"cchc: {template}:3: lỗi mẫu báo cáo:")
    assert "nothing_here" in lines[0]
    assert out.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.md", "mine.md.j2"]


@pytest.mark.parametrize(
    ("source", "line", "detail"),
    [
        ("ok\n{% for x in report.duties %}\n{{ x.id }}\n", 3, "'for'"),
        ("{{ report.__class__.__mro__ }}\n", 1, "__class__"),
        ("a\nb\n{{ report.summary.total / 0 }}\n", 3, "division"),
    ],
)
def test_broken_and_unsafe_templates(
    cli: Any, tmp_path: Path, source: str, line: int, detail: str
) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text(source, encoding="utf-8")
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "--template", str(template))
    assert result.exit_code == 2
    assert f"{template}:{line}:" in str(result.output)
    assert detail in str(result.output)
