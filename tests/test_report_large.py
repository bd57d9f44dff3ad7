"""A province-wide report stays readable: past a threshold its lists are summarised per unit
(counts, the first few named, "… và N văn bản khác"), in Markdown and in Word alike.

The threshold is lowered (FULL_LIST = 5) so that a generated plan of 60 records is "large";
the real CLI writes the files and python-docx reopens the Word one.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import docx
import pytest

from cchc import report_view
from cchc.loading import check_plan
from cchc.model import Plan
from cchc.report_lists import CELL_ITEMS, SHOWN, by_unit, merged_notes, some
from cchc.report_view import ReportView, Request, build_report
from cchc.schedule import Period
from tests.conftest import REPO, generated_plan
from tests.test_report import table

LIMIT = 5
AS_OF = "2025-12-31"
DEMO = REPO / "examples" / "demo" / "plan"


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated province plan of 60 records (13 units)."""
    return generated_plan(tmp_path_factory.mktemp("province") / "plan", 60)


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_view, "FULL_LIST", LIMIT)


def _plan(root: Path) -> Plan:
    plan = check_plan(root).plan
    assert plan is not None
    return plan


def _view(root: Path, limit: int | None = None) -> ReportView:
    return build_report(_plan(root), Request(Period(2025, "Y")), limit=limit)


def _overdue_per_unit(cli: Any, root: Path) -> Counter[str]:
    result = cli("overdue", "--plan", str(root), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    return Counter(o["unit_name"] for o in json.loads(result.output)["obligations"])


def _documents_per_unit(root: Path) -> Counter[str]:
    plan = _plan(root)
    names = {u.id: u.name for u in plan.units}
    cited = {
        (names[r.unit.id], document)
        for r in plan.records
        if r.date.year == 2025
        for document in r.evidence
    }
    return Counter(unit for unit, _ in cited)


def _more(count: int, noun: str) -> str:
    return f"… và {count} {noun} khác"


def _check_summary(rows: list[list[str]], expected: Counter[str], noun: str) -> None:
    """Rows STT | Đơn vị | count | items against the counts found independently."""
    assert {row[1]: int(row[2].replace(".", "")) for row in rows} == dict(expected)
    counts = [int(row[2].replace(".", "")) for row in rows]
    assert counts == sorted(counts, reverse=True)  # the units with most first
    for row in rows:
        count = int(row[2].replace(".", ""))
        items = row[3].split("; ")
        if count > SHOWN:
            assert items[:-1] and len(items) == SHOWN + 1
            assert items[-1] == _more(count - SHOWN, noun)
        else:
            assert len(items) == count and "khác" not in row[3]


def test_a_province_report_in_markdown_summarises_per_unit(
    cli: Any, province: Path, small_limit: None
) -> None:
    result = cli("report", "--plan", str(province), "--period", "2025")
    assert result.exit_code == 0, result.output
    text = result.output
    documents = _documents_per_unit(province)
    assert sum(documents.values()) > LIMIT
    sentence = (
        f"Trong kỳ, {len(documents)} cơ quan, đơn vị đã ban hành {sum(documents.values())} "
        "văn bản chỉ đạo, triển khai thực hiện Kế hoạch; tổng hợp theo đơn vị"
    )
    assert sentence in text
    _check_summary(table(text, "## I. CÔNG TÁC CHỈ ĐẠO"), documents, "văn bản")
    overdue = _overdue_per_unit(cli, province)
    assert f"Tổng số {sum(overdue.values())} nhiệm vụ tại {len(overdue)} cơ quan, đơn vị" in text
    _check_summary(table(text, "**b) Nhiệm vụ quá hạn**"), overdue, "nhiệm vụ")
    gaps = table(text, "### 5. Nhiệm vụ thường xuyên chưa có hoạt động")
    assert [row[1] for row in gaps] and all(int(row[2]) >= 1 for row in gaps)
    assert "… và " in text.split("## IV.", 1)[1].split("## V.", 1)[0]  # next tasks cut


def test_the_word_report_holds_the_same_summary(
    cli: Any, province: Path, small_limit: None, tmp_path: Path
) -> None:
    out = tmp_path / "bao-cao.docx"
    result = cli("report", "--plan", str(province), "--period", "2025", "-o", str(out))
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    view = _view(province, LIMIT)
    summaries = [t for t in document.tables if t.rows[0].cells[1].text == "Đơn vị"]
    headers = [t.rows[0].cells[2].text for t in summaries]
    assert headers == ["Số văn bản", "Số nhiệm vụ", "Số nhiệm vụ"]  # I, overdue, gaps
    directing, overdue, gaps = (
        [[c.text for c in row.cells] for row in t.rows[1:]] for t in summaries
    )
    _check_summary(directing, _documents_per_unit(province), "văn bản")
    _check_summary(overdue, _overdue_per_unit(cli, province), "nhiệm vụ")
    assert [row[3] for row in gaps] == [row.items for row in view.gaps_by_unit]
    texts = [p.text for p in document.paragraphs]
    assert view.directing_sentence in texts
    assert [g.sentence for g in view.problem_groups] == [
        t for t in texts if t.startswith("Tổng số ") and "nhiệm vụ tại" in t
    ][:1]
    assert view.next_more in texts
    rows = sum(len(t.rows) for t in document.tables)
    assert rows < 120  # every list is short: the plan has 13 units


def test_small_lists_stay_whole_up_to_the_limit() -> None:
    plan, request = _plan(DEMO), Request(Period(2021, "Y"))
    whole = build_report(plan, request)
    assert whole.directing and not whole.directing_by_unit  # the golden files hold the rest
    exact = build_report(plan, request, limit=len(whole.directing))
    assert exact.directing == whole.directing and not exact.directing_by_unit
    over = build_report(plan, request, limit=len(whole.directing) - 1)
    assert not over.directing and over.directing_by_unit
    assert over.directing_sentence.startswith("Trong kỳ, ")
    assert sum(row.count for row in over.directing_by_unit) >= len(whole.directing)


def test_each_list_is_summarised_on_its_own(province: Path) -> None:
    view = _view(province, LIMIT)
    assert not view.directing and view.directing_by_unit
    group = view.problem_groups[0]
    assert len(group.rows) > LIMIT and group.by_unit  # rows stay whole for custom templates
    assert group.sentence.endswith("trễ hạn lâu nhất trước):")
    assert len(view.next_tasks) == LIMIT and view.next_more.startswith("… và ")
    assert all(row.why in ("Quá hạn", "Đến hạn trong kỳ tới") for row in view.next_tasks)
    assert len(view.strengths) + len(view.shortcomings) <= 2 * LIMIT + 4
    loose = _view(province, 10**6)
    assert loose.directing and not loose.directing_by_unit and not loose.next_more
    assert all(not g.by_unit and not g.sentence for g in loose.problem_groups)
    assert not loose.gaps_by_unit and loose.gaps_sentence == ""


def test_a_cell_names_at_most_cell_items(province: Path) -> None:
    view = _view(province)
    cut = [d.evidence for d in view.duties if "văn bản khác" in d.evidence]
    assert cut
    for evidence in cut:
        items = evidence.split("; ")
        assert len(items) == CELL_ITEMS + 1 and items[-1].startswith("… và ")


def test_the_summary_helpers() -> None:
    assert some(["a", "b"], "report.more.units", "vi", 2) == "a; b"
    assert some(["a", "b", "c"], "report.more.units", "vi", 2, ", ") == "a, b, … và 1 đơn vị khác"
    assert some(["a", "b", "c"], "report.more.documents", "en", 1) == "a; … and 2 more documents"
    rows = by_unit(
        [("Xã B", "1"), ("Xã A", "2"), ("Xã Ă", "3"), ("Xã A", "4")], "report.more.duties", "vi", 1
    )
    assert [(r.unit, r.count, r.items) for r in rows] == [
        ("Xã A", 2, "2; … và 1 nhiệm vụ khác"),
        ("Xã Ă", 1, "3"),  # Vietnamese order: a, ă, b
        ("Xã B", 1, "1"),
    ]
    lines = [("Xã A", "x"), ("Xã B", "y"), ("Xã C", "x"), ("Xã D", "z")]
    assert merged_notes(lines, "vi", 4) == ("Xã A: x", "Xã B: y", "Xã C: x", "Xã D: z")
    assert merged_notes(lines, "vi", 2) == (
        "Xã A, Xã C: x",
        "Xã B: y",
        "… và 1 nội dung khác",
    )
