"""Shared helpers: build plan folders from {path: text} dicts, drive the CLI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from cchc.cli import app

# Under mutation testing (HYPOTHESIS_PROFILE=mutation mutmut run) every test runs traced and
# slower: property tests must not fail for being slow there.
settings.register_profile("mutation", deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

EXAMPLES = Path(__file__).parent / "examples"
REPO = Path(__file__).parent.parent


def build_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write each file under ``root`` (UTF-8 for text) and return ``root``."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def build_example(name: str, root: Path, **files: str) -> Path:
    """The valid corpus example ``name`` (tests/examples/valid/<name>.yaml) built at ``root``,
    with ``files`` added or replaced."""
    import yaml

    spec = yaml.safe_load((EXAMPLES / "valid" / f"{name}.yaml").read_text(encoding="utf-8"))
    shutil.copytree(EXAMPLES / "base", root)
    for gone in spec.get("remove", []):
        (root / gone).unlink()
    return build_tree(root, {**spec.get("files", {}), **files})


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test gets an empty parse cache of its own, never the user's."""
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("CCHC_NO_CACHE", raising=False)


@pytest.fixture(autouse=True)
def _fresh_period_bounds() -> None:
    """Each test computes period bounds anew: the process-wide memo in cchc.schedule would
    otherwise hand a test the dates an earlier test computed (and hide a changed rule from
    mutation testing, which runs each mutant in a fork of a process that ran every test)."""
    from cchc import schedule

    schedule._BOUNDS.clear()


@pytest.fixture
def base_plan(tmp_path: Path) -> Path:
    """A copy of the minimal valid plan in tests/examples/base."""
    target = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "base", target)
    return target


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    """Run ``cchc`` with arguments; CCHC_PLAN and CCHC_LANG are cleared first."""
    monkeypatch.delenv("CCHC_PLAN", raising=False)
    monkeypatch.delenv("CCHC_LANG", raising=False)
    # The tests of the views read the Rich tables; plain output has tests of its own.
    monkeypatch.setenv("CCHC_TERMINAL", "rich")
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> object:
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return invoke


def generated_plan(root: Path, records: int) -> Path:
    """A province plan of ``records`` records written by benchmarks/generate.py at ``root``."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from generate import write_plan
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    write_plan(root, records)
    return root
