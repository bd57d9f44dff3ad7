"""The fuzzer itself: it mutates, runs every command, and notices a crash, an escape, a hang.

CI runs it for a minute with a fixed seed (.ci/run: ``python -m tests.fuzz``); here a few
mutated plans keep it working and show that it can fail.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.fuzz import fuzz as fuzzer


def test_a_few_mutated_plans_pass(tmp_path: Path) -> None:
    lines: list[str] = []
    assert fuzzer.fuzz(seed=1, seconds=0, report=lines.append, case=2) == []
    assert lines[-1].startswith("seed 1: 3 mutated plans, 0 failures")


def test_mutations_change_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(fuzzer.DEMO, plan)
    before = {p: p.read_bytes() for p in plan.rglob("*") if p.is_file()}
    rng = random.Random(3)
    for _ in range(20):
        fuzzer.mutate(plan, rng)
    after = {p: p.read_bytes() for p in plan.rglob("*") if p.is_file()}
    assert before != after


@pytest.mark.parametrize(
    ("behaviour", "why"),
    [
        ("crash", "internal error"),
        ("escape", "exception escaped"),
        ("hang", "still running"),
    ],
)
def test_the_fuzzer_notices_crashes_escapes_and_hangs(
    monkeypatch: pytest.MonkeyPatch, behaviour: str, why: str
) -> None:
    import typer

    from cchc import cli

    def bad(*args: object, **kwargs: object) -> None:
        if behaviour == "crash":
            raise typer.Exit(3)
        if behaviour == "escape":
            raise RuntimeError("boom")
        import time

        time.sleep(5)

    monkeypatch.setattr(cli, "_guard", bad)
    found = fuzzer.run_command(("validate", "."), limit=0.5)
    assert found is not None and found.startswith(why)
