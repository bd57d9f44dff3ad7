"""No file is silently ignored: every entry under the plan folder is read or reported by name."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc.loading import check_plan
from cchc.source import FolderSource
from tests.conftest import EXAMPLES
from tests.unprivileged import as_unprivileged, run_cchc


def _found(root: Path) -> set[tuple[str, str, str]]:
    return {
        (p.rule, p.path.relative_to(root).as_posix(), p.message) for p in check_plan(root).problems
    }


@pytest.mark.parametrize(
    "name",
    ["phong-c.yaml.txt", "phong-c.YAML", "phong-c.txt", "phong-c.Yaml"],
)
def test_a_progress_file_saved_under_another_name_is_named(base_plan: Path, name: str) -> None:
    (base_plan / "progress" / "2021-Q1" / name).write_text("records: []\n", encoding="utf-8")
    problems = [p for p in check_plan(base_plan).problems if p.message == "layout.wrong_suffix"]
    assert len(problems) == 1
    assert problems[0].severity == "warning"
    assert problems[0].args["suggestion"] == "progress/2021-Q1/phong-c.yaml"


def test_any_other_file_is_named(base_plan: Path) -> None:
    (base_plan / "ghi-chu.docx").write_bytes(b"PK")
    (base_plan / "assignments" / "old").mkdir()
    (base_plan / "assignments" / "old" / "phong-a.yaml").write_text("x: 1\n", encoding="utf-8")
    found = _found(base_plan)
    assert ("file-layout", "ghi-chu.docx", "layout.unexpected_file") in found
    assert ("file-layout", "assignments/old/phong-a.yaml", "layout.unexpected_file") in found


def test_documentation_and_hidden_files_are_not_strays(base_plan: Path) -> None:
    (base_plan / "progress" / "README.md").write_text("# Tiến độ\n", encoding="utf-8")
    (base_plan / "progress" / ".gitkeep").write_text("", encoding="utf-8")
    assert check_plan(base_plan).problems == ()


def test_a_yml_file_is_read(base_plan: Path) -> None:
    (base_plan / "units.yaml").rename(base_plan / "units.yml")
    assert check_plan(base_plan).problems == ()


def test_a_broken_yml_beside_its_yaml_twin_is_refused(base_plan: Path) -> None:
    (base_plan / "plan.yml").write_text("bad: [\n", encoding="utf-8")
    assert _found(base_plan) == {("file-layout", "plan.yml", "layout.twin")}


def test_progress_as_a_file_is_an_error(base_plan: Path) -> None:
    import shutil

    shutil.rmtree(base_plan / "progress")
    (base_plan / "progress").write_text("records: []\n", encoding="utf-8")
    assert ("file-layout", "progress", "layout.not_a_folder") in _found(base_plan)


def test_a_folder_named_like_a_plan_file(base_plan: Path) -> None:
    (base_plan / "plan.yaml").unlink()
    (base_plan / "plan.yaml").mkdir()
    found = _found(base_plan)
    assert ("file-layout", "plan.yaml", "layout.skip.folder") in found
    assert not any(message == "layout.missing_file" for _, _, message in found)


def test_a_fifo_is_reported_and_never_opened(base_plan: Path) -> None:
    os.mkfifo(base_plan / "progress" / "2021-Q1" / "phong-c.yaml")
    assert ("file-layout", "progress/2021-Q1/phong-c.yaml", "layout.skip.special") in _found(
        base_plan
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: (d / "x.yaml").symlink_to(d / "nowhere.yaml"), "layout.skip.dangling"),
        (lambda d: (d / "x.yaml").symlink_to(d / "x.yaml"), "layout.skip.loop"),
        (lambda d: (d / "x.yaml").symlink_to("/etc/hostname"), "layout.skip.outside"),
        (
            lambda d: (d / "x").symlink_to("/tmp", target_is_directory=True),
            "layout.skip.folder_link",
        ),
    ],
)
def test_links_that_cannot_or_must_not_be_followed(
    base_plan: Path, make: Callable[[Path], None], message: str
) -> None:
    folder = base_plan / "assignments"
    make(folder)
    found = {(m, f) for _, f, m in _found(base_plan)}
    assert any(m == message and f.startswith("assignments/x") for m, f in found), found


def test_a_link_inside_the_plan_is_read(base_plan: Path) -> None:
    (base_plan / "assignments" / "phong-a.yaml").rename(base_plan / "phong-a.data")
    (base_plan / "assignments" / "phong-a.yaml").symlink_to(base_plan / "phong-a.data")
    found = _found(base_plan)
    # the target is read through the link; only the target's odd name is mentioned
    assert found == {("file-layout", "phong-a.data", "layout.unexpected_file")}


def test_folders_nested_deeper_than_the_layout_are_not_walked(base_plan: Path) -> None:
    # Made one level at a time through directory descriptors: pathlib recurses, and the
    # full path soon passes what one system call accepts.
    fd = os.open(base_plan / "progress" / "2021-Q1", os.O_RDONLY)
    try:
        for _ in range(1000):
            os.mkdir("a", dir_fd=fd)
            inner = os.open("a", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    try:
        found = _found(base_plan)
    finally:
        _remove_chain(base_plan / "progress" / "2021-Q1", 1000)
    assert ("file-layout", "progress/2021-Q1/a/a", "layout.skip.too_deep") in found


def _remove_chain(top: Path, depth: int) -> None:
    """Remove top/a/a/... without recursion (shutil.rmtree recurses once per level)."""
    fds = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(depth - 1):
            fds.append(os.open("a", os.O_RDONLY, dir_fd=fds[-1]))
        while fds:
            os.rmdir("a", dir_fd=fds[-1])
            os.close(fds.pop())
    finally:
        for fd in fds:
            os.close(fd)


def test_a_name_with_control_characters_is_refused(base_plan: Path) -> None:
    (base_plan / "assignments" / "x\x1b[2J\n.yaml").write_text("lead: x\n", encoding="utf-8")
    found = _found(base_plan)
    assert ("file-layout", "assignments/x\x1b[2J\n.yaml", "layout.skip.control_name") in found


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path) -> None:
    # As root every folder can be listed; a folder that vanishes is listed the same way.
    source = FolderSource(tmp_path / "gone")
    assert source.files() == ()
    assert source.skipped() == ((".", "layout.skip.unlistable"),)


def _contents(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_an_unreadable_folder_is_reported() -> None:
    as_unprivileged()  # skips the test when no user can be dropped to
    # Not under tmp_path: pytest makes its base folder private to the user running the tests.
    with tempfile.TemporaryDirectory() as temp:
        top = Path(temp)
        top.chmod(0o755)
        root = top / "plan"
        shutil.copytree(EXAMPLES / "base", root)
        locked = root / "progress" / "2021-Q2"
        locked.mkdir()
        (locked / "phong-b.yaml").write_text("records: []\n", encoding="utf-8")
        before = _contents(root)
        locked.chmod(0)
        try:
            result = run_cchc(["validate", "plan", "--format", "json"], top)
        finally:
            locked.chmod(0o755)
        assert _contents(root) == before, "a file of the plan changed"
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    problems = json.loads(result.stdout)["problems"]
    assert [(p["rule"], p["path"], p["line"], p["message"]) for p in problems] == [
        ("file-layout", "plan/progress/2021-Q2", 1, "cannot open progress/2021-Q2")
    ]
