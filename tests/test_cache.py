"""The parse cache and its codec: every promise of cchc.cache's docstring, on real files."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cchc import cache, codec
from cchc.cache import ParseCache, Stamp
from cchc.loading import check_plan
from cchc.marks import Mark
from cchc.model import Record, Ref
from cchc.reader import read_plan
from cchc.schedule import Deadline, Period

EXAMPLES = Path(__file__).parent / "examples" / "base"


def test_codec_round_trips_the_model_of_a_real_plan() -> None:
    result = read_plan(Path(__file__).parents[1] / "plan")
    assert result.plan is not None
    plan = result.plan
    for objects in (plan.assignments, plan.units, plan.content, (plan.document,)):
        for obj in objects:
            encoded = codec.encode(obj, obj.at.path, plan.document.at.path.parent)
            back = codec.Decoder(obj.at.path, plan.document.at.path.parent).decode(encoded)
            assert back == obj
            assert back.at == obj.at  # positions are outside equality: compare them too


def _positions(record: Record) -> list[Mark]:
    refs = [record.unit, record.assignment, *record.counts, *record.forms, *record.measured]
    return [record.at, *(r.at for r in refs), *([record.part.at] if record.part else [])]


@pytest.mark.parametrize(
    "plan",
    [
        "examples/demo/plan",
        "examples/xa-hoa-an-2026/plan",
        "examples/bo-noi-vu-2021/plan",
        "examples/tinh-binh-phuoc-2019-2020/plan",
    ],
)
def test_codec_round_trips_the_records_of_each_progress_file(plan: str) -> None:
    # Records travel in a compact shape (unit and period once per file): every field and
    # every position must come back, including parts, forms and measured values.
    root = Path(__file__).parents[1] / plan
    result = read_plan(root)
    assert result.plan is not None and result.plan.records
    by_file: dict[Path, list[Record]] = {}
    for record in result.plan.records:
        by_file.setdefault(record.at.path, []).append(record)
    seen = set()
    for path, records in by_file.items():
        encoded = codec.encode(tuple(records), path, root)
        assert encoded[0] == "Rs"
        back = codec.Decoder(path, root).decode(encoded)
        assert back == tuple(records)
        assert [_positions(r) for r in back] == [_positions(r) for r in records]
        seen.update(f for r in records for f in ("part", "measured", "forms") if getattr(r, f))
    if plan == "examples/demo/plan":
        assert {"part", "forms"} <= seen  # the demo exercises records about parts and forms
    if plan == "examples/tinh-binh-phuoc-2019-2020/plan":
        assert {"part", "measured"} <= seen


def test_records_that_do_not_share_a_file_keep_the_generic_shape() -> None:
    result = read_plan(Path(__file__).parents[1] / "examples" / "demo" / "plan")
    assert result.plan is not None
    first, *rest = result.plan.records
    other = next(r for r in rest if r.unit.id != first.unit.id)
    mixed = (first, other)
    root = first.at.path.parents[2]
    encoded = codec.encode(mixed, first.at.path, root)
    assert isinstance(encoded, tuple)  # not the compact shape
    back = codec.Decoder(first.at.path, root).decode(encoded)
    assert back == mixed and [_positions(r) for r in back] == [_positions(r) for r in mixed]


def test_codec_keeps_positions_dates_periods_and_mappings() -> None:
    path = Path("plan/progress/2021-Q1/x.yaml")
    other = Path("plan/units.yaml")
    value = {
        "ref": Ref("phong-noi-vu", Mark(path, 3, 5)),
        "elsewhere": Ref("ubnd", Mark(other, 9, 1)),
        "day": dt.date(2021, 3, 5),
        "period": Period(2021, "Q1"),
        "deadline": Deadline("recurring", "định kỳ quý", recurring=("Q1", "Q2")),
        "counts": {Ref("tin-bai", Mark(path, 4, 7)): 12},
        "texts": ("a", "b"),
        "none": None,
        "measured": Decimal("82.5"),
        "flag": True,
    }
    back = codec.Decoder(path, Path("plan")).decode(codec.encode(value, path, Path("plan")))
    assert back == value
    assert back["ref"].at == Mark(path, 3, 5)
    assert back["elsewhere"].at == Mark(other, 9, 1)
    assert next(iter(back["counts"])).at == Mark(path, 4, 7)


def test_codec_refuses_what_it_does_not_know() -> None:
    with pytest.raises(codec.NotEncodable):
        codec.encode(object(), Path("x"), Path())


def _cache(root: Path, folder: Path) -> ParseCache:
    return ParseCache.open(root, folder)


def _touch(path: Path, text: str, mtime_ns: int | None = None) -> Stamp:
    path.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return Stamp.of(path)


def test_an_entry_is_found_again_after_save(tmp_path: Path) -> None:
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    old = 1_600_000_000_000_000_000
    stamp = _touch(file, "units: []\n", old)
    first = _cache(root, folder)
    assert first.get(file, "units", stamp) == (False, None)
    first.put(file, "units", stamp, file.read_bytes(), ("value", 1))
    first.save()
    again = _cache(root, folder)
    assert again.get(file, "units", Stamp.of(file)) == (True, ("value", 1))
    assert again.get(file, "other-kind", Stamp.of(file)) == (False, None)


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    stamp = _touch(file, "units: []\n", 1_600_000_000_000_000_000)
    store = _cache(root, folder)
    store.put(file, "units", stamp, file.read_bytes(), "old")
    store.save()
    changed = _touch(file, "units: [x]\n", 1_600_000_001_000_000_000)
    assert _cache(root, folder).get(file, "units", changed) == (False, None)


def test_an_edit_within_the_same_second_is_caught_by_the_hash(tmp_path: Path) -> None:
    # The file is written, cached and edited again with the same size and the same mtime
    # (file systems that keep whole seconds): only the content hash can tell.
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    now = (root.stat().st_mtime_ns // 1_000_000_000) * 1_000_000_000
    stamp = _touch(file, "units: [a]\n", now)
    store = _cache(root, folder)
    store.put(file, "units", stamp, file.read_bytes(), "a")
    store.save()
    same = _touch(file, "units: [b]\n", now)
    assert same == stamp
    assert _cache(root, folder).get(file, "units", same) == (False, None)
    _touch(file, "units: [a]\n", now)
    assert _cache(root, folder).get(file, "units", same) == (True, "a")


def test_a_recent_entry_is_trusted_by_its_stamp_once_its_content_is_confirmed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Files written just before they were cached (a `git checkout`, then `cchc status`) are
    # checked by content hash; once a later run confirms the content, more than two seconds
    # after the file's time, its stamp suffices and the file is not read again.
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    stamp = _touch(file, "units: [a]\n")
    store = _cache(root, folder)
    store.put(file, "units", stamp, file.read_bytes(), "a")
    store.save()
    digests: list[bytes] = []
    real = cache._digest
    monkeypatch.setattr(cache, "_digest", lambda data: digests.append(data) or real(data))
    recent = _cache(root, folder)
    assert recent.get(file, "units", stamp) == (True, "a")
    recent.save()
    assert len(digests) == 1  # still within two seconds of the file's time: hashed
    later = stamp.mtime_ns + 3_000_000_000
    monkeypatch.setattr(cache.time, "time_ns", lambda: later)
    confirming = _cache(root, folder)
    assert confirming.get(file, "units", stamp) == (True, "a")
    confirming.save()
    assert len(digests) == 2  # hashed once more, then trusted
    assert _cache(root, folder).get(file, "units", stamp) == (True, "a")
    assert len(digests) == 2


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage", cache.MAGIC + b"0.0.0 other\n", None],
    ids=["empty", "foreign", "other-version", "truncated"],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored_and_rebuilt(
    tmp_path: Path, content: bytes | None
) -> None:
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    stamp = _touch(file, "units: []\n", 1_600_000_000_000_000_000)
    store = _cache(root, folder)
    store.put(file, "units", stamp, file.read_bytes(), "v" * 1000)
    store.save()
    data = store.file.read_bytes()
    store.file.write_bytes(data[: len(data) // 2] if content is None else content)
    broken = _cache(root, folder)
    assert broken.get(file, "units", stamp) == (False, None)
    broken.put(file, "units", stamp, file.read_bytes(), "rebuilt")
    broken.save()
    assert _cache(root, folder).get(file, "units", stamp) == (True, "rebuilt")


def test_disabled_cache_reads_and_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "plan"
    root.mkdir()
    file = root / "units.yaml"
    stamp = _touch(file, "units: []\n")
    store = ParseCache.open(root, None)
    store.put(file, "units", stamp, b"", "x")
    store.save()
    assert store.get(file, "units", stamp) == (False, None)
    assert list(tmp_path.iterdir()) == [root]


def test_saving_replaces_the_file_atomically_and_leaves_no_temporary(tmp_path: Path) -> None:
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    file = root / "units.yaml"
    stamp = _touch(file, "units: []\n", 1_600_000_000_000_000_000)
    for value in ("one", "two"):
        store = _cache(root, folder)
        store.put(file, "units", stamp, file.read_bytes(), value)
        store.save()
    assert [p.name for p in folder.iterdir()] == [store.file.name]
    assert _cache(root, folder).get(file, "units", stamp) == (True, "two")


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path: Path) -> None:
    root = tmp_path / "plan"
    root.mkdir()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    file = root / "units.yaml"
    stamp = _touch(file, "units: []\n")
    store = ParseCache.open(root, blocker / "cache")
    store.put(file, "units", stamp, file.read_bytes(), "x")
    store.save()  # must not raise


def test_entries_of_deleted_files_are_dropped(tmp_path: Path) -> None:
    root, folder = tmp_path / "plan", tmp_path / "cache"
    root.mkdir()
    stamps = {}
    for name in ("a.yaml", "b.yaml"):
        stamps[name] = _touch(root / name, "x: y\n", 1_600_000_000_000_000_000)
    store = _cache(root, folder)
    for name, stamp in stamps.items():
        store.put(root / name, "k", stamp, b"x: y\n", name)
    store.forget_missing({"a.yaml"})
    store.save()
    again = _cache(root, folder)
    assert again.get(root / "a.yaml", "k", stamps["a.yaml"]) == (True, "a.yaml")
    assert again.get(root / "b.yaml", "k", stamps["b.yaml"]) == (False, None)


def test_cache_folder_follows_the_platform_conventions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert cache.cache_folder({"CCHC_CACHE_DIR": str(tmp_path)}) == tmp_path
    monkeypatch.setattr(cache.sys, "platform", "linux")
    assert cache.cache_folder({"XDG_CACHE_HOME": "/x"}) == Path("/x/cchc")
    assert cache.cache_folder({}) == Path.home() / ".cache" / "cchc"
    monkeypatch.setattr(cache.sys, "platform", "win32")
    assert cache.cache_folder({"LOCALAPPDATA": "C:/L"}) == Path("C:/L/cchc/Cache")
    assert cache.cache_folder({}) == Path.home() / "AppData" / "Local" / "cchc" / "Cache"
    monkeypatch.setattr(cache.sys, "platform", "darwin")
    assert cache.cache_folder({}) == Path.home() / "Library" / "Caches" / "cchc"


# Through the reader and the CLI, on real plan folders.


def _records(root: Path, folder: Path | None) -> tuple[object, ...]:
    result = read_plan(root, folder)
    assert result.plan is not None
    return result.plan.records


def test_a_plan_read_through_the_cache_equals_the_plan_parsed(tmp_path: Path) -> None:
    demo = Path(__file__).parents[1] / "examples" / "demo" / "plan"
    folder = tmp_path / "cache"
    parsed = read_plan(demo)
    first = read_plan(demo, folder)
    cached = read_plan(demo, folder)
    assert cached.plan == parsed.plan == first.plan
    assert [r.at for r in cached.plan.records] == [r.at for r in parsed.plan.records]
    assert cached.problems == parsed.problems
    assert [p.name for p in folder.iterdir()]


@pytest.mark.parametrize(
    "foreign",
    [["Rx", 1], ["Record", "too", "few"], ["d"], ["Rs", 1], ["d", 10**18], ["D", "1,5"]],
)
def test_entries_of_an_unknown_shape_are_read_again(tmp_path: Path, foreign: list[object]) -> None:
    # A cache written by another build of cchc (same version number, another encoding), or
    # damaged where marshal cannot tell: every entry and the checks' verdict are misses, and
    # the run reads the files instead of failing.
    import marshal

    demo = Path(__file__).parents[1] / "examples" / "demo" / "plan"
    folder = tmp_path / "cache"
    parsed = read_plan(demo)
    checked = check_plan(demo, cache_folder=folder)
    store = ParseCache.open(demo, folder)
    for key, entry in store.entries.items():
        replaced = marshal.dumps(foreign)
        store.entries[key] = (entry[0], replaced) if len(entry) == 2 else (*entry[:4], replaced)
    store.changed = True
    store.save()
    again = read_plan(demo, folder)
    assert again.plan == parsed.plan and again.problems == parsed.problems
    assert check_plan(demo, cache_folder=folder).problems == checked.problems


def test_renamed_added_and_deleted_files_are_seen(base_plan: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    before = _records(base_plan, folder)
    source = base_plan / "progress" / "2021-Q1" / "phong-a.yaml"
    renamed = base_plan / "progress" / "2021-Q2" / "phong-a.yaml"
    renamed.parent.mkdir()
    source.rename(renamed)
    text = renamed.read_text(encoding="utf-8").replace("2021-03-10", "2021-04-10")
    renamed.write_text(text, encoding="utf-8")
    moved = _records(base_plan, folder)
    assert [r.period.code for r in moved] == ["2021-Q1", "2021-Q2"]
    assert len(moved) == len(before)
    renamed.unlink()
    assert len(_records(base_plan, folder)) == len(before) - 1


def test_a_file_with_a_problem_is_reported_every_time_with_its_line(
    base_plan: Path, cli: object, tmp_path: Path
) -> None:
    broken = base_plan / "progress" / "2021-Q1" / "phong-a.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("state: done", "state: xong"), encoding="utf-8"
    )
    outputs = [cli("validate", str(base_plan)) for _ in range(2)]  # type: ignore[operator]
    assert outputs[0].exit_code == outputs[1].exit_code == 1
    assert "phong-a.yaml:5:12" in outputs[0].output
    assert outputs[0].output == outputs[1].output


def test_no_cache_writes_nothing(base_plan: Path, cli: object, tmp_path: Path) -> None:
    folder = tmp_path / "cache-off"
    env = {"CCHC_CACHE_DIR": str(folder)}
    result = cli("--no-cache", "status", "--plan", str(base_plan), env=env)  # type: ignore[operator]
    assert result.exit_code == 0
    assert not folder.exists()
    cli("status", "--plan", str(base_plan), env={**env, "CCHC_NO_CACHE": "1"})  # type: ignore[operator]
    assert not folder.exists()
    cli("status", "--plan", str(base_plan), env=env)  # type: ignore[operator]
    assert folder.exists()


def test_two_runs_at_once_leave_a_cache_that_reads(base_plan: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "cache"
    env = {**os.environ, "CCHC_CACHE_DIR": str(folder)}
    command = [sys.executable, "-m", "cchc", "status", "--plan", str(base_plan)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL) for _ in range(4)]
    assert [run.wait(timeout=60) for run in runs] == [0, 0, 0, 0]
    assert len(list(folder.iterdir())) == 1
    store = ParseCache.open(base_plan, folder)
    assert store.entries
    assert not [p for p in folder.iterdir() if p.suffix == ".tmp"]


def test_the_checks_run_again_when_a_file_changes(base_plan: Path, tmp_path: Path) -> None:
    from cchc.loading import check_plan

    folder = tmp_path / "cache"
    assert check_plan(base_plan, cache_folder=folder).problems == ()
    assert check_plan(base_plan, cache_folder=folder).problems == ()  # from the verdict
    duty = base_plan / "assignments" / "phong-a.yaml"
    duty.write_text(
        duty.read_text(encoding="utf-8").replace("[phong-b]", "[phong-c]"), encoding="utf-8"
    )
    problems = check_plan(base_plan, cache_folder=folder).problems
    assert [(p.rule, p.path.name, p.line) for p in problems] == [("reference", "phong-a.yaml", 7)]
    again = check_plan(base_plan, cache_folder=folder).problems
    assert again == problems
    assert [p.line for p in again] == [7]
    assert [p.args for p in again] == [p.args for p in problems]


def test_the_verdict_keeps_warnings_of_the_checks(base_plan: Path, tmp_path: Path) -> None:
    from cchc.loading import check_plan

    # A record on an assignment of another unit's file is a warning of a cross-file check.
    folder = tmp_path / "cache"
    extra = base_plan / "progress" / "2021-Q1" / "phong-a.yaml"
    extra.write_text(
        extra.read_text(encoding="utf-8") + "  - {assignment: III.2, occurrence: 2021-Q1,"
        " date: 2021-03-20, state: in-progress}\n",
        encoding="utf-8",
    )
    first = check_plan(base_plan, cache_folder=folder).problems
    second = check_plan(base_plan, cache_folder=folder).problems
    assert first == second
    assert [(p.path, p.line, p.col) for p in first] == [(p.path, p.line, p.col) for p in second]


def test_records_and_references_built_directly_are_those_the_class_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import dataclass, field, fields

    demo = read_plan(Path(__file__).parents[1] / "examples" / "demo" / "plan").plan
    assert demo is not None
    for obj in (*demo.records[:20], *(r.assignment for r in demo.records[:20])):
        cls = type(obj)
        values = [getattr(obj, f.name) for f in fields(obj)]
        built, made = codec._builder(cls)(*values), cls(*values)
        assert type(built) is cls and built == made
        assert [getattr(built, f.name) for f in fields(obj)] == values  # `at` too
        with pytest.raises(AttributeError):  # still frozen
            built.at = None  # type: ignore[misc]

    @dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:  # would be skipped: such a class is refused
            assert self.value > 0

    @dataclass(frozen=True, slots=True)
    class Derived:
        value: int
        twice: int = field(init=False, default=0)

    for cls in (Checked, Derived):
        names = tuple(f.name for f in fields(cls) if f.init)
        monkeypatch.setitem(codec._FIELDS, cls.__qualname__, names)
        with pytest.raises(TypeError):
            codec._builder(cls)


def test_one_cache_serves_a_folder_however_it_is_reached(
    tmp_path: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cache of a folder is found by its resolved path: through a link, or from another
    # working folder, the same cache serves. Positions it keeps in other files (the checks'
    # findings) must come back under the folder as given this time, or a partial reading
    # cannot leave the broken file out (it said "1 error", exit 1, instead of exit 5).
    import shutil

    real = tmp_path / "real" / "plan"
    shutil.copytree(Path(__file__).parents[1] / "examples" / "demo" / "plan", real)
    broken = real / "progress" / "2021-Q1" / "phong-giao-duc-dao-tao.yaml"
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("assignment: V.1.1", "assignment: V.1.9", 1), encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    args = ("--as-of", "2021-12-31", "--format", "json")
    runs = [cli("overdue", "--plan", str(real), *args), cli("overdue", "--plan", str(link), *args)]
    monkeypatch.chdir(real.parent)
    runs.append(cli("overdue", "--plan", "plan", *args))
    assert [r.exit_code for r in runs] == [5, 5, 5]  # the broken file left out, the rest shown
    assert len({r.stdout for r in runs}) == 1 and json.loads(runs[0].stdout)["obligations"]


def test_a_flipped_bit_anywhere_in_the_cache_makes_it_foreign(tmp_path: Path) -> None:
    # marshal reads a number or a text with one bit changed without a word: the checksum in
    # the header catches it, and every file is read again (the figures stay right).
    demo = Path(__file__).parents[1] / "examples" / "demo" / "plan"
    folder = tmp_path / "cache"
    parsed = read_plan(demo)
    read_plan(demo, folder)
    store = ParseCache.open(demo, folder)
    assert store.entries
    data = bytearray(store.file.read_bytes())
    for where in (len(data) // 3, len(data) - 5):
        damaged = data.copy()
        damaged[where] ^= 0x04
        store.file.write_bytes(bytes(damaged))
        assert ParseCache.open(demo, folder).entries == {}
        again = read_plan(demo, folder)
        assert again.plan == parsed.plan
