"""The CI examples and pre-commit hooks: their cchc commands run as written against a real
clone of a plan repository, and the hooks this repository uses are the ones it publishes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from cchc.reader import read_plan
from tests.conftest import EXAMPLES, REPO
from tests.gitrepos import ENV, commit_all, git, init_repo

CI = REPO / "examples" / "ci"
CCHC_LINE = re.compile(r"^\s*(cchc|git fetch)\s", re.MULTILINE)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clone of a plan repository, on a branch that moves a deadline, as CI checks it out."""
    origin = init_repo(tmp_path / "origin")
    shutil.copytree(EXAMPLES / "base", origin / "plan")
    commit_all(origin, "plan")
    path = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(origin), str(path))
    git(path, "checkout", "-q", "-b", "topic")
    deadline = path / "plan" / "assignments" / "phong-a.yaml"
    text = deadline.read_text(encoding="utf-8").replace("quý I/2021", "quý II/2021")
    deadline.write_text(text, encoding="utf-8")
    commit_all(path, "later")
    return path


def run_script(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a CI step's script as the runners do (bash, stop at the first failure)."""
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**ENV, "PATH": path, "CCHC_LANG": "vi", **extra}
    env.pop("CCHC_PLAN", None)
    return env


def _steps(workflow: dict[str, Any], job: str) -> dict[str, str]:
    return {
        step["name"]: step["run"]
        for step in workflow["jobs"][job]["steps"]
        if "run" in step and CCHC_LINE.search(step["run"])
    }


def test_the_github_workflow_runs_as_written(clone: Path, tmp_path: Path) -> None:
    workflow = yaml.safe_load((CI / "github" / "cchc.yml").read_text(encoding="utf-8"))
    summary = tmp_path / "summary.md"
    env = _env(tmp_path, GITHUB_STEP_SUMMARY=str(summary))
    check = _steps(workflow, "check")
    assert list(check) == ["Validate the plan", "The change in plan terms"]
    for name, written in check.items():
        script = written.replace("${{ github.base_ref }}", "main")
        assert "${{" not in script, name
        done = run_script(script, clone, env)
        assert done.returncode == 0, (name, done.stderr)
    text = summary.read_text(encoding="utf-8")
    assert "## Thay đổi kế hoạch 01/KH-UBND" in text
    assert "- **III.1**: 31/03/2021 → 30/06/2021 (+91 ngày) — `phong-a`" in text
    assert (clone / "cchc-diff.md").read_text(encoding="utf-8") == text
    # a mistake becomes an annotation on the line, and fails the job
    (clone / "plan" / "units.yaml").write_text("units: [\n", encoding="utf-8")
    done = run_script(check["Validate the plan"], clone, env)
    assert done.returncode == 1
    assert done.stdout.startswith("::error file=plan/units.yaml,line=")
    [overdue] = _steps(workflow, "overdue").values()
    summary.write_text("", encoding="utf-8")
    git(clone, "checkout", "-q", "--", "plan")
    done = run_script(overdue, clone, env)
    assert done.returncode == 4  # something is overdue: the scheduled job fails and e-mails
    assert "III.2" in summary.read_text(encoding="utf-8")


def test_the_gitlab_pipeline_runs_as_written(clone: Path, tmp_path: Path) -> None:
    pipeline = yaml.safe_load((CI / "gitlab" / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    env = _env(tmp_path, CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", CCHC_BOT_TOKEN="")
    results = {}
    for job in ("validate", "diff", "overdue"):
        lines = [line for line in pipeline[job]["script"] if CCHC_LINE.match(line)]
        assert lines, job
        results[job] = run_script("\n".join(lines), clone, env)
    assert results["validate"].returncode == 0
    assert results["diff"].returncode == 0, results["diff"].stderr
    diff = (clone / "cchc-diff.md").read_text(encoding="utf-8")
    assert "(+91 ngày)" in diff
    assert results["overdue"].returncode == 4
    assert "III.2" in results["overdue"].stdout
    assert pipeline["variables"]["GIT_DEPTH"] == "0"


def test_this_repository_runs_the_hooks_it_publishes() -> None:
    published = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    local = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    for hook in published:
        assert local[hook["id"]]["entry"] == hook["entry"], hook["id"]
        assert hook["entry"].startswith("cchc ")
    validate = next(h for h in published if h["id"] == "cchc-validate")
    assert re.match(validate["files"], "plan/assignments/phong-noi-vu.yaml")


def test_codeowners_gives_each_unit_its_files_and_phong_noi_vu_the_rest() -> None:
    lines = [
        line.split()
        for line in (CI / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[0] == ["*", "@your-org/phong-noi-vu"]
    owners = dict(lines)
    plan = read_plan(REPO / "plan").plan
    assert plan is not None
    leads = {a.lead.id for a in plan.assignments}
    units = {u.id for u in plan.units if not u.is_group}
    for unit in leads & units:
        assert owners[f"/plan/assignments/{unit}.yaml"] == f"@your-org/{unit}"
        assert owners[f"/plan/progress/*/{unit}.yaml"] == f"@your-org/{unit}"
    for pattern in owners:
        if pattern != "*":
            assert pattern.rsplit("/", 1)[1].removesuffix(".yaml") in units, pattern
