"""The hostile corpus (tests/hostile/cases.py), each case run as a user would run it.

For every case: cchc runs in a subprocess with a time limit (a hang fails the test, no timing is
asserted), exits with the documented code, prints no traceback, names exactly the expected
problems with file, line and column, and leaves every file of the plan as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO, build_tree
from tests.hostile.cases import CASES, Case

LIMIT = 60
"""Seconds a case may take before it counts as a hang (generous: CI machines are shared)."""


def _hashes(root: Path) -> dict[str, str]:
    """Every entry under ``root``: regular files by content, links by target, others by kind."""
    found: dict[str, str] = {}
    for folder, dirs, names in os.walk(root):
        for name in dirs + names:
            path = Path(folder) / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[key] = f"link:{path.readlink()}"
            elif path.is_file():
                found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[key] = "dir" if path.is_dir() else "other"
    return found


def _run(case: Case, root: Path) -> subprocess.CompletedProcess[str]:
    args = [a.replace("{plan}", str(root)) for a in case.args]
    plain = not any(a.startswith(("{", "/")) or a == "" for a in case.args[1:])
    if args[0] == "validate" and plain:
        args += [str(root), "--format", "json"]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CCHC_")}
    environ |= {"CCHC_LANG": "en", "PYTHONPATH": str(REPO), **case.env}
    return subprocess.run(
        [sys.executable, "-m", "cchc", *args],
        cwd=root.parent,
        env=environ,
        capture_output=True,
        timeout=LIMIT,
        check=False,
        encoding="utf-8",
        errors="replace",
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    root = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "base", root)
    build_tree(root, case.files)
    if case.setup is not None:
        case.setup(root)
    before = _hashes(root)

    result = _run(case, root)

    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == case.exit, result.stdout + result.stderr
    assert _hashes(root) == before, "a file of the plan changed"
    if case.stderr is not None:
        assert case.stderr in result.stderr
    for stream in (result.stdout, result.stderr):
        assert "\x1b]" not in stream and "\x9b" not in stream and "\r" not in stream
    if "--format" in result.args and "json" in result.args:
        problems = json.loads(result.stdout)["problems"]
        found = {
            (p["rule"], p["path"].removeprefix("plan/"), p["line"], p["column"]) for p in problems
        }
        expected = {(r, f, line, col) for r, f, line, col in case.expect}
        if any(col is None for *_, col in case.expect):
            found = {(r, f, line, None) for r, f, line, _ in found}
            expected = {(r, f, line, None) for r, f, line, _ in expected}
        assert found == expected
        assert all(p["hint"] for p in problems), "every problem says what to do"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)
