"""JSON output: one line for programs by default, indented with --pretty, the same data."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import REPO

DEMO = str(REPO / "examples" / "demo" / "plan")


@pytest.mark.parametrize(
    "args",
    [
        ("status", "--plan", DEMO, "--format", "json"),
        ("overdue", "--plan", DEMO, "--format", "json"),
        ("list", "--plan", DEMO, "--format", "json"),
        ("validate", DEMO, "--format", "json"),
    ],
    ids=["status", "overdue", "list", "validate"],
)
def test_json_is_one_line_unless_pretty(cli: Any, args: tuple[str, ...]) -> None:
    day = ("--as-of", "2021-10-20")
    compact = cli(*args, *day)
    pretty = cli(*args, *day, "--pretty")
    assert compact.exit_code == pretty.exit_code
    assert len(compact.output.strip().splitlines()) == 1
    assert len(pretty.output.strip().splitlines()) > 3
    assert json.loads(compact.output) == json.loads(pretty.output)
    assert "Phòng" in compact.output or args[0] == "validate"  # Vietnamese kept as written
