"""Plain-text views: what a pipe, a file or a CI log gets from status, overdue and list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cchc.render.plain import UNIT_ROWS
from tests.conftest import REPO, generated_plan

DEMO = REPO / "examples" / "demo" / "plan"
BOXES = set("─│┃━┏┓┗┛┡┩└┘┌┐╇")


def _plain(cli: Any, *args: str) -> str:
    result = cli(
        *args, "--plan", str(DEMO), "--as-of", "2021-10-20", env={"CCHC_TERMINAL": "plain"}
    )
    assert result.exit_code == 0, result.output
    return str(result.output)


def test_status_in_a_pipe_is_plain_text_with_the_dashboard_figures(cli: Any) -> None:
    text = _plain(cli, "status")
    rich = cli("status", "--plan", str(DEMO), "--as-of", "2021-10-20").output
    assert not BOXES & set(text)
    assert BOXES & set(rich)  # the Rich view draws rules; the plain one never does
    lines = text.splitlines()
    assert lines[2] == "Tình hình đến ngày 20/10/2021"
    overall = next(line for line in lines if line.startswith("Tiến độ chung: "))
    assert overall.split(": ", 1)[1] in rich.replace("\n", " ")
    assert any(line.startswith("  Phòng Nội vụ ") for line in lines)


def test_overdue_and_list_print_one_obligation_per_line(cli: Any) -> None:
    overdue = _plain(cli, "overdue").splitlines()
    json_rows = cli(
        "overdue", "--plan", str(DEMO), "--as-of", "2021-10-20", "--format", "csv"
    ).output.splitlines()
    assert len(overdue) == 2 + len(json_rows) - 1  # title, header, then a line each
    assert all("quá hạn (trễ " in line for line in overdue[2:])
    listed = _plain(cli, "list", "--unit", "phong-noi-vu").splitlines()
    assert listed[0].split()[:2] == ["Nhiệm", "vụ"]
    assert all(" Phòng Nội vụ " in line for line in listed[1:])


def test_the_unit_view_is_plain_too(cli: Any) -> None:
    text = _plain(cli, "status", "--unit", "phong-noi-vu")
    assert "Nhiệm vụ chủ trì" in text
    assert not BOXES & set(text)


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated province plan with more units than UNIT_ROWS."""
    return generated_plan(tmp_path_factory.mktemp("province") / "plan", 4000)


def test_a_province_dashboard_summarises_its_units(province: Path, cli: Any) -> None:
    result = cli("status", "--plan", str(province), env={"CCHC_TERMINAL": "plain"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("Theo đơn vị chủ trì")
    more = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("+"))
    assert more - start - 2 == UNIT_ROWS  # the 40 units most behind, after the title and header
    assert lines[more].strip().endswith("nữa")


def test_the_rich_dashboard_summarises_its_units_by_the_same_rule(province: Path, cli: Any) -> None:
    plain = cli("status", "--plan", str(province), env={"CCHC_TERMINAL": "plain"}).output
    result = cli("status", "--plan", str(province), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert BOXES & set(result.output)  # the Rich view, not the plain one
    lines = [line.rstrip() for line in result.output.splitlines()]
    start = lines.index("Theo đơn vị chủ trì")
    rule = next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith("─"))
    more = next(i for i in range(rule, len(lines)) if lines[i].strip().startswith("+"))
    shown = [line.split("  ")[0].strip() for line in lines[rule + 1 : more] if line.strip()]
    assert len(shown) == UNIT_ROWS  # one line per unit shown, then how many more
    plain_lines = plain.splitlines()
    plain_start = plain_lines.index("Theo đơn vị chủ trì") + 2
    expected = [line.strip().split("  ")[0] for line in plain_lines[plain_start:][:UNIT_ROWS]]
    assert shown == expected  # the same units, in the same order
    said = next(line.strip() for line in plain_lines[plain_start:] if line.strip()[:1] == "+")
    assert lines[more].strip() == said


def test_a_pipe_gets_plain_text_without_loading_rich() -> None:
    code = (
        "import sys\n"
        "from cchc.cli import main\n"
        f"sys.argv = ['cchc', 'status', '--plan', {str(DEMO)!r}]\n"
        "code = main()\n"
        "print('RICH' if any(m.startswith('rich') for m in sys.modules) else 'NO-RICH',"
        " file=sys.stderr)\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("NO-RICH")
    assert "Tiến độ chung" in result.stdout
