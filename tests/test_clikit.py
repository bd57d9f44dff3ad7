"""Typer's and Click's own words in Vietnamese (and English), and how the command line ends."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import REPO

DEMO = str(REPO / "examples" / "demo" / "plan")


def test_bare_cchc_prints_help_and_exits_0(cli: Any) -> None:
    result = cli()
    assert result.exit_code == 0
    assert "Cách dùng: cchc [TÙY CHỌN] LỆNH [THAM SỐ]..." in result.output
    assert "Tùy chọn:" in result.output and "Lệnh:" in result.output
    assert "In hướng dẫn này rồi thoát." in result.output
    assert "Usage" not in result.output and "Show this message" not in result.output


def test_version(cli: Any) -> None:
    from cchc import __version__

    result = cli("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"cchc {__version__}"


def test_help_words_and_defaults_in_vietnamese(cli: Any) -> None:
    result = cli("status", "--help")
    assert "[mặc định: 14; x>=0]" in " ".join(result.output.split())
    assert "--plan THƯ_MỤC" in result.output
    assert "default" not in result.output and "Options" not in result.output
    shown = cli("show", "--help").output
    assert "Cách dùng: cchc show [TÙY CHỌN] NHIỆM_VỤ" in shown
    assert "Tham số:" in shown and "[bắt buộc]" in shown


def test_help_in_english_when_asked_in_any_case(cli: Any) -> None:
    result = cli("status", "--help", env={"CCHC_LANG": "EN"})
    assert "Usage: cchc status [OPTIONS]" in result.output
    assert "[default: 14; x>=0]" in " ".join(result.output.split())
    assert "Show this message and exit." in result.output


def test_no_such_option_says_did_you_mean(cli: Any) -> None:
    result = cli("status", "--windw", "3")
    assert result.exit_code == 2
    assert "Lỗi: không có tùy chọn --windw; có phải --window?" in result.output
    assert "Gõ 'cchc status --help' để xem hướng dẫn." in result.output
    english = cli("status", "--windw", "3", env={"CCHC_LANG": "en"})
    assert "Error: no such option: --windw; did you mean --window?" in english.output


def test_missing_argument_and_invalid_value(cli: Any) -> None:
    missing = cli("show")
    assert missing.exit_code == 2
    assert "Lỗi: thiếu tham số 'NHIỆM_VỤ'" in missing.output
    invalid = cli("status", "--window", "abc")
    assert "Lỗi: giá trị không hợp lệ cho '--window': 'abc' không phải là số nguyên" in (
        invalid.output
    )
    negative = cli("status", "--window", "-1")
    assert "-1 nằm ngoài khoảng x>=0" in negative.output


def test_unknown_command_suggests_the_closest(cli: Any) -> None:
    result = cli("statsu")
    assert result.exit_code == 2
    assert "không có lệnh 'statsu'; có phải status?" in result.output
    far = cli("zzzz")
    assert "không có lệnh 'zzzz'; các lệnh: validate" in far.output
    extra = cli("status", "extra")
    assert "thừa tham số: extra" in extra.output


def test_lang_option_is_case_insensitive(cli: Any) -> None:
    result = cli("validate", DEMO, "--lang", "EN")
    assert result.exit_code == 0
    assert "The plan is valid" in result.output
    assert cli("validate", DEMO, env={"CCHC_LANG": "Vi"}).output.startswith("Kế hoạch hợp lệ")


def test_validate_accepts_the_plan_file(cli: Any) -> None:
    result = cli("validate", f"{DEMO}/plan.yaml")
    assert result.exit_code == 0
    assert "Kế hoạch hợp lệ" in result.output


def test_status_into_a_closed_pipe_ends_quietly() -> None:
    # `cchc status | head -1`: the reader stops early; cchc must neither fail nor complain.
    script = (
        "import subprocess, sys\n"
        f"p = subprocess.Popen([sys.executable, '-m', 'cchc', 'status', '--plan', {DEMO!r},"
        " '--as-of', '2021-09-30'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "p.stdout.readline(); p.stdout.close()\n"
        "err = p.stderr.read(); code = p.wait()\n"
        "print(code); sys.stdout.write(err.decode())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        encoding="utf-8",
        env={"COLUMNS": "80", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    code, _, err = out.stdout.partition("\n")
    assert code == "0"
    assert err == ""


def test_a_run_builds_only_the_command_it_names() -> None:
    from cchc.cli import _for, app

    lean = _for(["--no-cache", "overdue", "--plan", "x"])
    assert [c.callback.__name__ for c in lean.registered_commands if c.callback] == ["overdue"]
    assert _for(["new-year", "--help"]).registered_commands[0].name == "new-year"
    assert _for(["list"]).registered_commands[0].name == "list"
    for args in ([], ["--help"], ["--version"], ["overdu"], ["--help", "status"]):
        assert _for(args) is app  # the whole group: its help, mistakes


def test_one_command_group_gives_the_same_help_and_errors() -> None:
    from typer.testing import CliRunner

    from cchc.cli import _command_name, _for, app

    runner = CliRunner()
    for info in app.registered_commands:
        name = _command_name(info)
        for args in ([name, "--help"], [name, "--no-such-option"]):
            whole = runner.invoke(app, args, env={"CCHC_LANG": "vi", "COLUMNS": "80"})
            lean = runner.invoke(_for(args), args, env={"CCHC_LANG": "vi", "COLUMNS": "80"})
            assert (lean.exit_code, lean.output) == (whole.exit_code, whole.output), args


def test_completion_uses_the_whole_group(monkeypatch: Any) -> None:
    from cchc.cli import _for, app

    monkeypatch.setenv("_CCHC_COMPLETE", "bash_complete")
    assert _for(["status"]) is app


def test_the_script_ends_with_its_output_flushed_and_its_exit_code(tmp_path: Any) -> None:
    # `python -m cchc` (and the `cchc` script) end the process without the interpreter's
    # clean-up: everything printed must still reach a file, and the exit code be kept.
    from typer.testing import CliRunner

    from cchc.cli import app

    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "CCHC_NO_CACHE": "1"}
    args = ["overdue", "--plan", DEMO, "--as-of", "2021-12-31", "--format", "json", "--fail"]
    out = tmp_path / "out.json"
    with out.open("w", encoding="utf-8") as stream:
        code = subprocess.run(
            [sys.executable, "-m", "cchc", *args], stdout=stream, cwd=REPO, env=env, check=False
        ).returncode
    expected = CliRunner().invoke(app, args, env={"CCHC_NO_CACHE": "1"})
    assert (code, expected.exit_code) == (4, 4)
    assert out.read_text(encoding="utf-8") == expected.stdout
    assert len(expected.stdout) > 10_000  # more than one buffer's worth


@pytest.mark.parametrize(
    ("redirect", "args", "code"),
    [
        (">&-", ["status", "--plan", DEMO], 0),
        (">&-", ["--version"], 0),
        ("2>&-", ["status", "--unit", "nope", "--plan", DEMO], 2),
        (">&- 2>&-", ["validate", DEMO], 0),
    ],
)
def test_a_process_started_without_stdout_or_stderr_keeps_its_exit_code(
    redirect: str, args: list[str], code: int
) -> None:
    # `cchc status >&-`: Python gives the process no sys.stdout at all (None).
    import shlex

    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "cchc", *args])
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "CCHC_NO_CACHE": "1"}
    result = subprocess.run(
        ["sh", "-c", f"{command} {redirect}"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
        encoding="utf-8",
    )
    assert result.returncode == code
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes: Linux")
def test_a_plan_folder_whose_name_is_not_utf8_is_reported_not_a_crash(tmp_path: Any) -> None:
    import os
    import shutil

    folder = tmp_path / os.fsdecode(b"k\xe9 ho\xe1ch")  # Latin-1 bytes, not UTF-8
    shutil.copytree(REPO / "examples" / "demo" / "plan", folder)
    progress = folder / "progress" / "2021-Q1" / "phong-giao-duc-dao-tao.yaml"
    text = progress.read_text(encoding="utf-8")
    progress.write_text(text.replace("assignment: V.1.1", "assignment: V.1.9"), encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "CCHC_NO_CACHE": "1"}
    for args in (["validate", str(folder)], ["validate", str(folder), "--format", "json"]):
        result = subprocess.run(
            [sys.executable, "-m", "cchc", *args],
            capture_output=True,
            cwd=tmp_path,
            env=env,
            check=False,
        )
        out = (result.stdout + result.stderr).decode("utf-8")
        assert result.returncode == 1, out
        assert "V.1.9" in out and "lỗi nội bộ" not in out and "Traceback" not in out
