"""cchc diff against real git repositories: renames, moves, merges, deleted records."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from tests.gitrepos import commit_all, git, init_repo

Cli = Callable[..., Any]
A = "plan/assignments/phong-a.yaml"
B = "plan/assignments/phong-b.yaml"
RECORD_A = "plan/progress/2021-Q1/phong-a.yaml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose main branch holds the minimal plan; the current folder, on 'topic'."""
    path = init_repo(tmp_path / "repo")
    shutil.copytree(EXAMPLES / "base", path / "plan")
    commit_all(path, "plan")
    git(path, "checkout", "-q", "-b", "topic")
    monkeypatch.chdir(path)
    return path


def edit(repo: Path, name: str, old: str, new: str) -> None:
    path = repo / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def diff_json(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("diff", "--format", "json", "--as-of", "2021-05-01", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    assert data["schema"] == "cchc.diff/1"
    return data


def changes(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(c["kind"], c["id"], c["action"]) for c in data["changes"]]


III_1 = """  - id: III.1
    section: III
    text: Xây dựng kế hoạch.
    coordinators: [phong-b]
    related: [II.1.a]
    deadline: hoàn thành trong quý I/2021
"""


def test_an_assignment_moved_to_another_leads_file_is_a_change_of_lead(
    repo: Path, cli: Cli
) -> None:
    edit(repo, A, III_1, "")
    edit(repo, A, "assignments:\n", "assignments: []\n")
    (repo / B).write_text((repo / B).read_text(encoding="utf-8") + III_1, encoding="utf-8")
    edit(repo, B, "coordinators: [phong-b]", "coordinators: [phong-a]")
    commit_all(repo, "move III.1 to Phòng B")
    data = diff_json(cli, "main", "topic")
    assert changes(data) == [("assignment", "III.1", "changed")]
    fields = {f["field"]: f for f in data["changes"][0]["fields"]}
    assert (fields["lead"]["old"], fields["lead"]["new"]) == ("phong-a", "phong-b")
    assert fields["coordinators"]["added"] == ["phong-a"]
    assert fields["coordinators"]["removed"] == ["phong-b"]
    assert data["changes"][0]["file"] == "plan/assignments/phong-b.yaml"
    # the record of Phòng A about III.1 no longer binds it: III.1 is now Phòng B's duty
    assert data["effects"]["due_moves"] == []
    overdue = data["effects"]["now_overdue"]
    assert [(f["assignment"], f["unit"], f["old_state"]) for f in overdue] == [
        ("III.1", "phong-b", None)
    ]
    assert [f["unit"] for f in data["effects"]["no_longer_overdue"]] == []


def test_renamed_and_moved_files_are_no_change(repo: Path, cli: Cli) -> None:
    (repo / "plan/content").mkdir()
    git(repo, "mv", "plan/content.yaml", "plan/content/main.yaml")
    commit_all(repo, "content in a folder")
    data = diff_json(cli)
    assert data["changes"] == []
    assert data["base"]["valid"] and data["head"]["valid"]
    text = cli("diff", "--lang", "en", "--as-of", "2021-05-01").output
    assert "Nothing in the plan changed." in text
    assert "No obligation changes its due date or overdue state (as of 01/05/2021)." in text


def test_a_branch_that_deletes_a_record_is_flagged_loudly(repo: Path, cli: Cli) -> None:
    git(repo, "rm", "-q", RECORD_A)
    commit_all(repo, "oops")
    data = diff_json(cli)
    assert data["records_removed"] == 1
    assert changes(data) == [("record", "phong-a/III.1/2021-Q1", "removed")]
    overdue = data["effects"]["now_overdue"]
    assert [(f["assignment"], f["old_state"], f["days_late"]) for f in overdue] == [
        ("III.1", "done", 31)
    ]
    md = cli("diff", "--format", "md", "--as-of", "2021-05-01").output
    assert "**⚠ CẢNH BÁO: 1 bản ghi tiến độ bị xóa." in md
    assert "- ⚠ **phong-a/III.1/2021-Q1** (xóa)" in md
    assert "### Trở thành quá hạn tính đến ngày 01/05/2021 (1 nhiệm vụ)" in md
    assert "- **III.1**: hạn 31/03/2021, trễ 31 ngày — `phong-a`" in md


def test_a_moved_deadline_shows_both_dates_and_the_days(repo: Path, cli: Cli) -> None:
    edit(repo, A, "quý I/2021", "quý II/2021")
    data = diff_json(cli, "--lang", "en")  # against the working tree: nothing committed
    assert data["head"]["label"] == "working tree"
    assert data["head"]["revision"] is None
    assert data["effects"]["due_moves"] == [
        {
            "assignment": "III.1",
            "unit": "phong-a",
            "occurrence": None,
            "old_due": "2021-03-31",
            "new_due": "2021-06-30",
            "days": 91,
        }
    ]
    text = cli("diff", "--as-of", "2021-05-01", "--lang", "en").output
    assert "- III.1: 31/03/2021 → 30/06/2021 (+91 days) — phong-a" in text
    assert "  - Deadline: hoàn thành trong quý I/2021 → hoàn thành trong quý II/2021" in text


def test_only_the_branch_own_changes_after_merging_main(repo: Path, cli: Cli) -> None:
    edit(repo, A, "text: Xây dựng kế hoạch.", "text: Xây dựng và ban hành kế hoạch.")
    commit_all(repo, "reword")
    git(repo, "checkout", "-q", "main")
    edit(
        repo,
        "plan/units.yaml",
        "  - {id: phong-b,",
        "  - {id: phong-c, name: Phòng C, kind: department}\n  - {id: phong-b,",
    )
    commit_all(repo, "unit C")
    git(repo, "checkout", "-q", "topic")
    git(repo, "merge", "-q", "--no-edit", "main")
    data = diff_json(cli)  # merge-base is now main's tip: phong-c is not this branch's change
    assert changes(data) == [("assignment", "III.1", "changed")]
    words = data["changes"][0]["fields"][0]["words"]
    assert [w for w in words if w["op"] != "="] == [{"op": "+", "text": "và ban hành "}]
    # BASE...HEAD is the same comparison between revisions
    assert changes(diff_json(cli, "main...topic")) == changes(data)
    # and against an older base both changes show
    first = git(repo, "rev-list", "--max-parents=0", "HEAD")
    assert ("unit", "phong-c", "added") in changes(diff_json(cli, first))


def test_parallel_branches_adding_the_same_id_fail_validation_after_merge(
    repo: Path, cli: Cli
) -> None:
    new = "  - id: III.9\n    section: III\n    text: Việc mới.\n    deadline: quý IV/2021\n"
    (repo / A).write_text((repo / A).read_text(encoding="utf-8") + new, encoding="utf-8")
    commit_all(repo, "III.9 for A")
    git(repo, "checkout", "-q", "-b", "other", "main")
    (repo / B).write_text((repo / B).read_text(encoding="utf-8") + new, encoding="utf-8")
    commit_all(repo, "III.9 for B")
    git(repo, "merge", "-q", "--no-edit", "topic")  # different files: git sees no conflict
    result = cli("validate")
    assert result.exit_code == 1
    assert "[unique-id]" in result.output


def test_units_groups_metadata_and_records_changed(repo: Path, cli: Cli) -> None:
    edit(repo, "plan/units.yaml", "name: Phòng B,", "name: Phòng Bê,")
    edit(repo, "plan/units.yaml", "members: [phong-a, phong-b]", "members: [phong-a]")
    edit(repo, "plan/plan.yaml", "title: Kế hoạch thử", "title: Kế hoạch thử nghiệm")
    edit(repo, "plan/plan.yaml", "level: commune", "level: district")
    edit(repo, "plan/plan.yaml", "  - {id: III,", "  - {id: IV, title: KINH PHÍ}\n  - {id: III,")
    edit(repo, RECORD_A, "state: done", "state: in-progress")
    data = diff_json(cli)
    assert changes(data) == [
        ("plan", "plan", "changed"),
        ("section", "IV", "added"),
        ("unit", "phong-b", "changed"),
        ("group", "cac-phong", "changed"),
        ("record", "phong-a/III.1/2021-Q1", "changed"),
    ]
    by_id = {c["id"]: c for c in data["changes"]}
    assert [(f["field"], f["old"], f["new"]) for f in by_id["plan"]["fields"]] == [
        ("title", "Kế hoạch thử", "Kế hoạch thử nghiệm"),
        ("issuer.level", "commune", "district"),
    ]
    assert by_id["cac-phong"]["fields"][0]["removed"] == ["phong-b"]
    assert by_id["phong-a/III.1/2021-Q1"]["fields"][0]["field"] == "state"
    md = cli("diff", "--format", "md", "--as-of", "2021-05-01").output
    assert "### Nhóm đơn vị (1)" in md
    assert "  - Thành viên: − `phong-b`" in md
    assert "  - Tên: `Phòng B` → `Phòng Bê`" in md
    assert "### Thông tin chung của kế hoạch (1)" in md


def test_several_records_about_one_occurrence_are_matched_by_content(repo: Path, cli: Cli) -> None:
    extra = "  - assignment: III.1\n    date: 2021-02-01\n    state: in-progress\n"
    (repo / RECORD_A).write_text(
        (repo / RECORD_A).read_text(encoding="utf-8") + extra, encoding="utf-8"
    )
    commit_all(repo, "two records")
    git(repo, "checkout", "-q", "-b", "later")
    edit(repo, RECORD_A, "date: 2021-02-01", "date: 2021-02-02")
    data = diff_json(cli, "topic")
    assert changes(data) == [("record", "phong-a/III.1/2021-Q1@2021-02-02", "changed")]
    assert data["changes"][0]["fields"][0]["field"] == "date"


def test_a_side_that_does_not_validate_is_reported_not_a_crash(repo: Path, cli: Cli) -> None:
    edit(repo, A, "deadline: hoàn thành trong quý I/2021", "deadline: [")
    data = diff_json(cli)
    assert data["head"]["valid"] is False
    assert data["head"]["problems"][0]["path"] == "plan/assignments/phong-a.yaml"
    assert data["effects"] is None
    text = cli("diff", "--lang", "en").output
    assert "Head: working tree (NOT VALID: 1 error)" in text
    assert "Problems in working tree:" in text and "diff.worktree" not in text
    assert "plan/assignments/phong-a.yaml:10:1: error: YAML syntax error" in text
    assert "1 additions or removals are not listed because their file has errors" in text
    assert data["uncertain"] == 1 and data["changes"] == []
    assert "not computed while a version is not valid" in text


def test_a_base_without_the_plan_is_reported(repo: Path, cli: Cli) -> None:
    empty = git(repo, "commit-tree", git(repo, "mktree"), "-m", "empty")
    result = cli("diff", empty, "--format", "md", "--lang", "en")
    assert result.exit_code == 0
    assert f"- Base: {empty[:7]} (the plan cannot be read)" in result.output
    assert "plan.yaml" in result.output
    data = diff_json(cli, empty)
    assert data["base"]["readable"] is False
    assert data["effects"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("no-such-branch",), "no revision 'no-such-branch'"),
        (("main...x", "topic"), "already names both versions"),
        (("--format", "yaml"), "'yaml'"),
    ],
)
def test_bad_revisions_exit_2(repo: Path, cli: Cli, args: tuple[str, ...], message: str) -> None:
    result = cli("diff", "--lang", "en", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_not_a_repository_exits_2(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLES / "base", tmp_path / "plan")
    monkeypatch.chdir(tmp_path)
    result = cli("diff", "--lang", "en")
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.output


def test_a_shallow_clone_without_the_base_exits_2(
    repo: Path, tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(repo, A, "quý I/2021", "quý II/2021")
    commit_all(repo, "one")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "topic", f"file://{repo}", str(clone))
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:main")
    monkeypatch.chdir(clone)
    result = cli("diff", "--lang", "en")
    assert result.exit_code == 2
    assert "shallow clone" in result.output
    assert "fetch-depth: 0" in result.output


def test_a_later_deadline_ends_an_overdue_and_long_texts_get_a_word_diff(
    repo: Path, cli: Cli, tmp_path: Path
) -> None:
    git(repo, "checkout", "-q", "main")
    git(repo, "rm", "-q", RECORD_A)
    long = (
        "Xây dựng kế hoạch tuyên truyền cải cách hành chính năm 2021 của xã, "
        "gửi các cơ quan, đơn vị liên quan đến triển khai thực hiện trong toàn xã."
    )
    edit(repo, A, "text: Xây dựng kế hoạch.", f"text: {long}")
    commit_all(repo, "no record")
    git(repo, "checkout", "-q", "-B", "topic")
    edit(repo, A, "quý I/2021", "quý III/2021")
    edit(repo, A, "liên quan đến triển khai", "liên quan để triển khai")
    data = diff_json(cli)
    [flip] = data["effects"]["no_longer_overdue"]
    assert (flip["assignment"], flip["old_state"], flip["new_state"]) == (
        "III.1",
        "overdue",
        "not-started",
    )
    md = cli("diff", "--format", "md", "--as-of", "2021-05-01").output
    assert "### Hết quá hạn tính đến ngày 01/05/2021 (1 nhiệm vụ)" in md
    assert "- **III.1**: hạn 31/03/2021, trễ 31 ngày — `phong-a`" in md
    assert "  - Nội dung: … cơ quan, đơn vị liên quan ~~đến~~ **để** triển khai" in md
    text = cli("diff", "--as-of", "2021-05-01").output
    assert "liên quan [-đến -]{+để +}triển khai thực hiện trong toàn xã." in text
    outside = tmp_path / "elsewhere" / "plan"
    shutil.copytree(EXAMPLES / "base", outside)
    result = cli("diff", "--plan", str(outside), "--lang", "en")
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.output


@pytest.fixture
def flows_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The corpus plan with two reporting flows and an assignment in parts, plus a target."""
    import yaml

    from tests.conftest import build_tree

    path = init_repo(tmp_path / "flows")
    shutil.copytree(EXAMPLES / "base", path / "plan")
    case = yaml.safe_load((EXAMPLES / "valid" / "flows.yaml").read_text(encoding="utf-8"))
    build_tree(path / "plan", case["files"])
    plan = path / "plan" / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8")
        + "targets:\n  - {id: tap-huan, text: 100% cán bộ được tập huấn, measure: percent,"
        + ' target: "100", due: năm 2021}\n',
        encoding="utf-8",
    )
    commit_all(path, "flows")
    git(path, "checkout", "-q", "-b", "topic")
    monkeypatch.chdir(path)
    return path


def test_flows_targets_parts_and_co_leads(flows_repo: Path, cli: Cli) -> None:
    plan, b = "plan/plan.yaml", "plan/assignments/phong-b.yaml"
    edit(flows_repo, plan, "due: {day_of_last_month: 20}", "due: {day_of_last_month: 25}")
    edit(flows_repo, plan, "periods: [Y], due", "periods: [H1, Y], due")
    edit(flows_repo, plan, 'target: "100"', 'target: "90"')
    edit(
        flows_repo,
        b,
        "    flow: cac-phong-xa",
        "    co_leads: [phong-a]\n    flow: cac-phong-xa",
    )
    edit(
        flows_repo,
        b,
        "      - {id: bao-cao, flow: xa-huyen}",
        "      - {id: bao-cao, flow: xa-huyen}\n"
        "      - {id: tong-ket, text: Tổng kết., deadline: quý IV/2021}",
    )
    edit(
        flows_repo,
        b,
        "{id: chi-dao, deadline: thường xuyên}",
        "{id: chi-dao, deadline: khi phát sinh}",
    )
    data = diff_json(cli, "--lang", "en")
    by_id = {(c["kind"], c["id"]): c for c in data["changes"]}
    assert set(by_id) == {
        ("flow", "cac-phong-xa"),
        ("flow", "xa-huyen"),
        ("target", "tap-huan"),
        ("assignment", "III.2"),
        ("assignment", "III.7"),
    }
    due = by_id[("flow", "cac-phong-xa")]["fields"]
    assert [(f["field"], f["old"], f["new"]) for f in due] == [("due.days", 20, 25)]
    periods = by_id[("flow", "xa-huyen")]["fields"][0]
    assert (periods["field"], periods["added"]) == ("periods", ["H1"])
    target = by_id[("target", "tap-huan")]["fields"][0]
    assert (target["field"], target["old"], target["new"]) == ("target", "100", "90")
    assert by_id[("assignment", "III.2")]["fields"][0]["added"] == ["phong-a"]
    parts = {(c["id"], c["action"]) for c in by_id[("assignment", "III.7")]["children"]}
    # bao-cao follows flow xa-huyen, whose periods changed: its deadline changed with them
    assert parts == {("chi-dao", "changed"), ("bao-cao", "changed"), ("tong-ket", "added")}
    moves = {(m["assignment"], m["occurrence"], m["days"]) for m in data["effects"]["due_moves"]}
    assert ("III.2", "2021-Q1", 5) in moves
    text = cli("diff", "--lang", "en", "--as-of", "2021-05-01").output
    assert "Reporting flows (2)" in text
    assert "Targets and indicators (1)" in text
    assert "  - Part chi-dao (changed)" in text
    assert "    - Deadline: thường xuyên → khi phát sinh" in text
    assert "  - Co-leads: + phong-a" in text


def test_markdown_is_cut_to_fit_a_comment(
    repo: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cchc.commands import diff as command

    edit(repo, A, "quý I/2021", "quý II/2021")
    monkeypatch.setattr(command, "MD_LIMIT", 200)
    md = cli("diff", "--format", "md", "--lang", "en").output
    assert len(md) < 400
    assert md.rstrip().endswith("… (cut to fit one comment; run cchc diff to see all of it)")
