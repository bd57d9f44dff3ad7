"""A forked child may read part of the files; it can make a read faster, never different."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cchc import forking
from cchc.cache import ParseCache
from cchc.reader import ReadResult, _Reader, read_plan
from cchc.source import FolderSource
from tests.conftest import REPO, generated_plan


def _broken(root: Path) -> Path:
    return sorted((root / "progress").rglob("*.yaml"))[-1]


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated plan of 64 progress files; the last two (the child's half) are broken: a
    bad date in a record, a file that is not YAML."""
    root = generated_plan(tmp_path_factory.mktemp("forking") / "plan", 400)
    last = _broken(root)
    text = last.read_text(encoding="utf-8")
    last.write_text(text.replace("date: ", "date: 2025-13-45 #", 1), encoding="utf-8")
    unreadable = sorted((root / "progress").rglob("*.yaml"))[-2]  # FAILED as a whole
    unreadable.write_text("records: [\n", encoding="utf-8")
    return root


def _read(
    root: Path, cache: Path | None, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> ReadResult:
    monkeypatch.setattr(forking, "FORK_FROM", 2 if fork else 10**9)
    return read_plan(root, cache)


def _same(one: ReadResult, other: ReadResult) -> None:
    assert one.plan is not None and one.plan == other.plan
    assert other.plan is not None
    assert [r.at for r in one.plan.records] == [r.at for r in other.plan.records]
    assert [[c.at for c in r.counts] for r in one.plan.records] == [
        [c.at for c in r.counts] for r in other.plan.records
    ]
    assert sorted(one.problems) == sorted(other.problems)
    assert (one.broken_ids, one.unreadable) == (other.broken_ids, other.unreadable)
    assert sorted(one.files) == sorted(other.files)


@pytest.mark.skipif(not forking.available(), reason="no cheap fork here (Linux, two processors)")
def test_a_forked_read_equals_a_read_in_one_process(
    province: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _read(province, tmp_path / "alone", monkeypatch, fork=False)
    shared = _read(province, tmp_path / "shared", monkeypatch, fork=True)
    _same(alone, shared)
    problems = [p for p in shared.problems if p.path == _broken(province)]
    assert problems and problems[0].line > 1  # the child's finding, at its place
    first = ParseCache.open(province, tmp_path / "alone").entries
    second = ParseCache.open(province, tmp_path / "shared").entries
    assert sorted(first) == sorted(second)  # the child's cache entries were taken back
    again = _read(province, tmp_path / "shared", monkeypatch, fork=False)  # read from them
    _same(alone, again)


@pytest.mark.skipif(not forking.available(), reason="no cheap fork here (Linux, two processors)")
def test_when_the_child_fails_its_files_are_read_here(
    province: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _read(province, None, monkeypatch, fork=False)

    def broken(*args: object) -> bytes:
        raise RuntimeError("the child dies")

    monkeypatch.setattr(_Reader, "findings", broken)
    _same(alone, _read(province, None, monkeypatch, fork=True))
    monkeypatch.setattr(_Reader, "findings", lambda *args: b"not what merge expects")
    _same(alone, _read(province, None, monkeypatch, fork=True))


def test_findings_travel_as_bytes_and_come_back_whole(province: Path, tmp_path: Path) -> None:
    # What the child does, in this process: read files on one reader, take them on another.
    source = FolderSource(province)
    names = sorted(n for n in source.files() if n.startswith("progress/"))[-3:]
    sender = _Reader(source, ParseCache.open(province, tmp_path / "a"))
    sender.ctx.default_year = None
    jobs = [(name, lambda converted: converted) for name in names]
    payload = sender.findings("PROGRESS_FILE", jobs)
    found = list(sender.problems)
    receiver = _Reader(source, ParseCache.open(province, tmp_path / "b"))
    receiver.ctx.default_year = None
    values = receiver.merge(payload, jobs)
    assert values is not None and len(values) == 3
    checker = _Reader(source, ParseCache.open(province, None))
    checker.ctx.default_year = None
    assert values == [checker.convert(n, "PROGRESS_FILE", finish=f) for n, f in jobs]
    assert sorted(receiver.problems) == sorted(found) == sorted(checker.problems)
    assert len(found) == 2  # the file that is not YAML, the bad date
    assert set(receiver.cache.entries) == set(sender.cache.entries)
    untouched = _Reader(source, ParseCache.open(province, tmp_path / "c"))
    assert untouched.merge(payload[: len(payload) // 2], jobs) is None  # damaged: nothing taken
    assert untouched.problems == [] and untouched.cache.entries == {}


def test_no_child_where_fork_is_not_cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forking.sys, "platform", "win32")
    assert not forking.available()
    monkeypatch.setattr(forking.sys, "platform", "linux")
    monkeypatch.setattr(forking.os, "sched_getaffinity", lambda pid: {0})  # taskset -c 0
    assert not forking.available()


def test_run_split_returns_both_sides_and_none_for_a_failed_child() -> None:
    if not forking.available():
        pytest.skip("no cheap fork here")
    assert forking.run_split(lambda: 1, lambda: b"two") == (1, b"two")

    def fails() -> bytes:
        raise RuntimeError

    assert forking.run_split(lambda: 1, fails) == (1, None)


def test_a_parent_that_stops_early_leaves_no_child_behind(tmp_path: Path) -> None:
    # Ctrl-C or an error in this process while the child reads: the child is killed and
    # waited for before the exception goes on (no zombie, no orphan still parsing). The child
    # here would never end by itself: without that, the script below would hang.
    if not forking.available():
        pytest.skip("no cheap fork here")
    script = """
import os, signal, sys, time
from pathlib import Path
from cchc import forking
marker = Path(sys.argv[1])
def there():
    marker.write_text(str(os.getpid()))
    while True:
        signal.pause()
def here():
    while not marker.exists() or not marker.read_text():
        time.sleep(0.01)
    raise KeyboardInterrupt
try:
    forking.run_split(here, there)
except KeyboardInterrupt:
    pass
child = int(marker.read_text())
try:
    os.kill(child, 0)
    print("still there")
except ProcessLookupError:
    print("gone")
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "child.pid")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
        encoding="utf-8",
    )
    assert (result.returncode, result.stdout.strip()) == (0, "gone"), result.stderr


def test_the_child_sends_a_cache_entry_only_when_it_stored_one(tmp_path: Path) -> None:
    # A value marshal refuses is not stored; an older entry under the same key must not be
    # taken for it (the child would send back a stale value).
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    file.write_text("units: []\n", encoding="utf-8")
    from cchc.cache import Stamp

    cache = ParseCache.open(root, folder)
    stamp = Stamp.of(file)
    cache.put(file, "units", stamp, file.read_bytes(), "old")
    assert cache.last_put is not None
    cache.put(file, "units", stamp, file.read_bytes(), object())  # marshal cannot store it
    assert cache.last_put is None
    assert cache.get(file, "units", stamp) == (True, "old")
