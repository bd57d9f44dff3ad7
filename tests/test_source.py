"""Plan sources: a folder and a git tree give the reader the same files and the same problems."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

import pytest
import yaml

from cchc.errors import UsageError
from cchc.gitrepo import Repo, find_repo
from cchc.loading import check_plan, check_source
from cchc.source import FolderSource, MemorySource
from tests.conftest import EXAMPLES, build_tree
from tests.gitrepos import commit_all, git, init_repo

CASES = sorted((EXAMPLES / "invalid").glob("*.yaml")) + sorted((EXAMPLES / "valid").glob("*.yaml"))


def _case_tree(case: Path, root: Path) -> None:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    shutil.copytree(EXAMPLES / "base", root)
    for name in spec.get("remove", []):
        (root / name).unlink()
    build_tree(root, spec.get("files", {}))


def _summary(problems: tuple[object, ...]) -> list[tuple[object, ...]]:
    return [(p.path, p.line, p.col, p.rule, p.message, p.severity) for p in problems]  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_a_git_tree_reads_exactly_like_the_folder(case: Path, tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    _case_tree(case, repo / "plan")
    commit = commit_all(repo, "plan")
    shutil.rmtree(repo / "plan")  # nothing on disk: the tree is read from git objects only
    from_git = check_source(Repo(repo).tree_source(commit, PurePosixPath("plan"), "HEAD:plan"))
    _case_tree(case, repo / "plan")
    from_folder = check_plan(repo / "plan")
    assert _summary(from_git.problems) == _summary(from_folder.problems)
    assert from_git.plan == from_folder.plan
    assert from_git.files == from_folder.files


def test_folder_source_lists_every_file_below_but_not_git(tmp_path: Path) -> None:
    root = build_tree(
        tmp_path / "plan",
        {"plan.yaml": "a", "progress/2021-Q1/x.yml": "b", "notes.txt": "c", ".git/HEAD": "d"},
    )
    source = FolderSource(root)
    assert source.files() == ("notes.txt", "plan.yaml", "progress/2021-Q1/x.yml")
    assert source.read_bytes("notes.txt") == b"c"
    assert source.label == str(root)


def test_git_tree_keeps_unicode_names_and_skips_links_and_other_folders(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    build_tree(repo, {"plan/ghi chú tiếng Việt.txt": "ư", "planner/x.yaml": "no", "top.txt": "t"})
    (repo / "plan" / "link.yaml").symlink_to("../top.txt")
    commit = commit_all(repo, "files")
    source = Repo(repo).tree_source(commit, PurePosixPath("plan"), "HEAD:plan")
    assert source.files() == ("ghi chú tiếng Việt.txt",)
    assert source.read_bytes("ghi chú tiếng Việt.txt") == "ư".encode()
    assert source.root == repo / "plan"
    with pytest.raises(FileNotFoundError):
        source.read_bytes("link.yaml")


def test_a_tree_without_the_plan_folder_is_a_plan_without_files(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    build_tree(repo, {"README.md": "x"})
    commit = commit_all(repo, "before the plan")
    checked = check_source(Repo(repo).tree_source(commit, PurePosixPath("plan"), "x"))
    assert checked.plan is None
    assert {p.message for p in checked.problems} == {"layout.missing_file"}


def test_memory_source() -> None:
    source = MemorySource(Path("/p"), {"b": b"2", "a": b"1"}, "mem")
    assert source.files() == ("a", "b")
    assert source.label == "mem"


def test_revisions_main_branch_and_merge_base(tmp_path: Path) -> None:
    repo_path = init_repo(tmp_path / "repo", branch="master")
    first = commit_all(repo_path, "one")
    git(repo_path, "checkout", "-q", "-b", "topic")
    build_tree(repo_path, {"f": "x"})
    commit_all(repo_path, "two")
    repo = find_repo(repo_path / ".")
    assert repo.main_branch() == "master"
    assert repo.commit("master") == first
    assert repo.merge_base("master", "topic") == first
    assert not repo.shallow
    with pytest.raises(UsageError) as err:
        repo.commit("no-such-branch")
    assert err.value.message == "diff.unknown_revision"
    with pytest.raises(UsageError) as err:
        repo.git("cat-file", "-p", "0" * 40)
    assert err.value.message == "diff.git_failed"


def test_no_repository_no_main_branch_no_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UsageError) as err:
        find_repo(tmp_path)
    assert err.value.message == "diff.not_a_repo"
    repo = Repo(init_repo(tmp_path / "repo", branch="trunk"))
    commit_all(repo.top, "one")
    with pytest.raises(UsageError) as err:
        repo.main_branch()
    assert err.value.message == "diff.no_main_branch"
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(UsageError) as err:
        repo.ok("status")
    assert err.value.message == "diff.no_git"


def test_shallow_clone_without_the_base(tmp_path: Path) -> None:
    origin = init_repo(tmp_path / "origin")
    build_tree(origin, {"a": "1"})
    base = commit_all(origin, "one")
    build_tree(origin, {"a": "2"})
    commit_all(origin, "two")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", str(clone))
    repo = Repo(clone)
    assert repo.shallow
    with pytest.raises(UsageError) as err:
        repo.commit(base)
    assert err.value.message == "diff.unknown_revision_shallow"
    git(origin, "checkout", "-q", "-b", "side", base)
    build_tree(origin, {"b": "1"})
    commit_all(origin, "side")
    git(clone, "fetch", "-q", "--depth", "1", "origin", "side:side")
    with pytest.raises(UsageError) as err:
        repo.merge_base("HEAD", "side")
    assert err.value.message == "diff.no_merge_base_shallow"


class _Unreadable(MemorySource):
    def read_bytes(self, name: str) -> bytes:
        if name == "units.yaml":
            raise PermissionError(13, "Permission denied")
        return super().read_bytes(name)


def test_an_unreadable_file_is_a_problem_not_a_crash(base_plan: Path) -> None:
    source = FolderSource(base_plan)
    blobs = {name: source.read_bytes(name) for name in source.files()}
    checked = check_source(_Unreadable(base_plan, blobs, "x"))
    assert [(p.path.name, p.message) for p in checked.problems] == [
        ("units.yaml", "yaml.unreadable")
    ]
