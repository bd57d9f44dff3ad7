"""The Vietnamese guide's commands: the quickstart for each shell, and the recorded run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

GUIDE = (REPO / "README.vi.md").read_text(encoding="utf-8")


def _block(language: str) -> list[str]:
    found = re.search(rf"```{language}\n(.*?)```", GUIDE, re.S)
    assert found, language
    return [line for line in found.group(1).splitlines() if line.strip()]


def test_windows_commands_have_one_command_per_line() -> None:
    for shell, activate in (("powershell", "Activate.ps1"), ("bat", "activate.bat")):
        lines = _block(shell)
        assert not any("&&" in line for line in lines), shell
        assert any(line.endswith(activate) for line in lines), shell
    assert 'pip install -e ".[dev]"' in GUIDE  # quoted for PowerShell
    assert "pip install -e .[dev]" not in GUIDE


def test_debian_quickstart_uses_a_virtual_environment() -> None:
    lines = _block("sh")
    assert lines[1:4] == ["python3 -m venv .venv", ". .venv/bin/activate", "pip install -e ."]
    assert not any(line.startswith(("pip install --user", "sudo pip")) for line in lines)


def test_the_guide_is_linked_first_from_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme.splitlines()[2].startswith("**Tiếng Việt:** [")


def test_recorded_run_is_what_cchc_prints(tmp_path: Path) -> None:
    # The guide's run: the 9-month report due soon, a record, then nothing due soon. Each
    # command runs in turn on a copy of the demo plan and must print exactly what is shown.
    shutil.copytree(REPO / "examples" / "demo" / "plan", tmp_path / "plan")
    block = re.search(r"```console\n(\$ cchc .*?)```", GUIDE, re.S)
    assert block, "no recorded run"
    steps = re.findall(r"^\$ (cchc .*)\n((?:(?!\$ ).*\n)*)", block.group(1), re.M)
    assert [s[0].split()[1] for s in steps] == ["list", "record", "list"]
    for command, shown in steps:
        args = re.findall(r'"[^"]*"|\S+', command)[1:]
        out = subprocess.run(
            [sys.executable, "-m", "cchc", *(a.strip('"') for a in args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            env={
                "PATH": "/usr/bin:/bin",
                "PYTHONPATH": str(REPO),
                "CCHC_LANG": "vi",
                "CCHC_CACHE_DIR": str(tmp_path / "cache"),
            },
            check=False,
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout == shown, command
