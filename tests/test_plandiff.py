"""The diff core is generic: fields the model gains later show up without code for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cchc.marks import Mark
from cchc.model import Ref
from cchc.plandiff import compare, diff_collection, plain, word_diff
from cchc.schedule import Period

AT = Mark(Path("plan/plan.yaml"), 1, 1)


@dataclass(frozen=True)
class Due:
    days_after_end: int | None = None
    day_of_last_month: int | None = None


@dataclass(frozen=True)
class Flow:
    id: str
    to: Ref
    periods: tuple[str, ...]
    due: Due
    at: Mark = field(compare=False, default=AT)


@dataclass(frozen=True)
class Reporting:
    convention: str
    flows: tuple[Flow, ...]


@dataclass(frozen=True)
class Doc:
    title: str
    reporting: Reporting
    tags: frozenset[str] = frozenset()
    measured: dict[Ref, str] = field(default_factory=dict)


def flow(fid: str, days: int, periods: tuple[str, ...] = ("Q1", "Y")) -> Flow:
    return Flow(fid, Ref("ubnd", AT), periods, Due(days_after_end=days))


def test_nested_collections_and_fields_of_any_new_dataclass() -> None:
    old = Doc("A", Reporting("calendar", (flow("f1", 0), flow("f2", 0))))
    new = Doc("A", Reporting("nd09", (flow("f1", 5, ("Q1",)), flow("f3", 0))), frozenset({"x"}))
    fields, children = compare(old, new)
    assert [(f.field, f.old, f.new) for f in fields] == [
        ("reporting.convention", "calendar", "nd09"),
        ("tags", [], ["x"]),
    ]
    assert [(c.kind, c.id, c.action) for c in children] == [
        ("flow", "f1", "changed"),
        ("flow", "f3", "added"),
        ("flow", "f2", "removed"),
    ]
    f1 = children[0]
    assert [(f.field, f.old, f.new, f.removed) for f in f1.fields] == [
        ("periods", ["Q1", "Y"], ["Q1"], ("Y",)),
        ("due.days_after_end", 0, 5, ()),
    ]
    assert f1.field("due.days_after_end") is not None and f1.field("nope") is None
    assert children[1].file == Path("plan/plan.yaml")


def test_plain_values() -> None:
    assert plain(dt.date(2021, 3, 5)) == "2021-03-05"
    assert plain(Period(2021, "Q1")) == "2021-Q1"
    assert plain({Ref("tin-bai", AT): 2}) == {"tin-bai": 2}
    assert plain(frozenset({"b", "a"})) == ["a", "b"]
    assert plain(Due(1)) == {"days_after_end": 1, "day_of_last_month": None}
    assert plain(1.5) == 1.5
    assert plain(object).startswith("<class")


def test_a_list_appearing_or_disappearing() -> None:
    @dataclass(frozen=True)
    class Thing:
        id: str
        refs: tuple[str, ...] | None

    [change] = diff_collection("things", [Thing("a", None)], [Thing("a", ("x",))])
    assert (change.kind, change.fields[0].added) == ("thing", ("x",))
    [change] = diff_collection("things", [Thing("a", ("x",))], [Thing("a", None)])
    assert change.fields[0].removed == ("x",)


def test_word_diff_keeps_spaces_with_words() -> None:
    assert word_diff("báo cáo quý I", "báo cáo 6 tháng") == (
        ("=", "báo cáo "),
        ("-", "quý I"),
        ("+", "6 tháng"),
    )
    assert word_diff("a", "a") == (("=", "a"),)


def test_objects_in_lists_render_in_a_few_words() -> None:
    from cchc.render.diff import _Out, _value

    out = _Out(markdown=True)
    correction = {"field": "text", "written": "đến", "corrected": "để", "note": "n"}
    citation = {"text": "Thực hiện Kế hoạch số 12;", "refs": []}
    ref = {"kind": "Kế hoạch", "number": None, "refs": [{"kind": "QĐ", "date": None}]}
    assert _value([correction, citation], out) == "text: đến → để; Thực hiện Kế hoạch số 12;"
    assert _value(ref, out) == "`kind: Kế hoạch, refs: kind: QĐ`"
    assert _value(["a", "b"], out) == "`a`, `b`"
    assert _value([], out) == "—"
