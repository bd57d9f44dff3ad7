"""The shipped plan/ encodes Kế hoạch 57/KH-UBND completely: nothing lost, nothing invented."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.vntext import format_document_date, nfc
from tests.conftest import REPO

SEED = REPO.parent / "shared" / "seed" / "ke-hoach-57-KH-UBND-2021.md"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="the seed is in ../shared/seed")

_MARKER = re.compile(r"^(?:-\s+)?(?:(?:[IVX]+|\d+(?:\.\d+)*)\.?\s+|[a-zđ]\.\s+)?")


def _norm(text: str) -> str:
    return " ".join(nfc(text).replace("**", "").split())


@pytest.fixture(scope="module")
def plan() -> Plan:
    checked = check_plan(REPO / "plan")
    assert checked.problems == ()
    assert checked.plan is not None
    return checked.plan


def _seed_lines() -> list[str]:
    """The seed's paragraphs and bullets, with a page break inside a sentence joined again."""
    lines: list[str] = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = _norm(raw.lstrip("#").strip())
        if not line:
            continue
        continues = line[0].islower() and not re.match(r"[a-zđ]\.\s", line)
        if lines and lines[-1][-1] not in ".;:" and continues:
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def _plan_texts(plan: Plan) -> list[str]:
    doc = plan.document
    texts = [doc.title, *(c.text for c in doc.legal_basis), doc.preamble or ""]
    texts += [doc.signer.title, doc.signer.name or ""]
    texts += [s.title for s in doc.sections] + [s.intro for s in doc.sections if s.intro]
    texts += [i.text for i in (*doc.purposes, *doc.requirements, *plan.content, *plan.forms)]
    texts += [c.text for i in plan.content for c in i.citations]
    texts += [a.text for a in plan.assignments] + [r.text for r in doc.recipients]
    if doc.funding:
        texts.append(doc.funding.text)
    return [_norm(t) for t in texts]


def test_every_line_of_the_seed_is_in_the_plan(plan: Plan) -> None:
    corpus = "\n".join(_plan_texts(plan))
    doc = plan.document
    header = {f"Số: {doc.number}", f"{doc.place}, {format_document_date(doc.date)}", "KẾ HOẠCH"}
    labels = {"Nơi nhận:"}
    missing = []
    for line in _seed_lines():
        if line in header or line in labels:
            continue
        body = _MARKER.sub("", line, count=1).lstrip("- ")
        if body not in corpus:
            missing.append(line)
    assert missing == []


def test_every_text_of_the_plan_is_in_the_seed(plan: Plan) -> None:
    seed = "\n".join(_seed_lines())
    invented = [text for text in _plan_texts(plan) if text not in seed]
    assert invented == []


def test_items_per_section_match_the_seed(plan: Plan) -> None:
    doc = plan.document
    assert [len(doc.purposes), len(doc.requirements)] == [6, 3]
    sections = Counter(i.section.id for i in (*plan.content, *plan.forms))
    assert sections == {"II.1.1": 7, "II.1.2": 9, "II.2.1": 7, "II.2.2": 8}
    assert len(plan.content[0].citations) == 12
    assert sum(len(c.refs) for c in plan.content[0].citations) == 18
    duties = Counter(a.section.id for a in plan.assignments)
    assert duties == {"V.1": 5, "V.2": 1, "V.3": 5, "V.4": 6, "V.5": 2, "V.6": 1, "V.7": 1, "V": 1}
    assert len(doc.recipients) == 10
    assert (doc.signer.title, doc.signer.name) == ("CHỦ TỊCH", "Huỳnh Tấn Thìn")


def test_letters_follow_vietnamese_lettering(plan: Plan) -> None:
    letters = [i.id.rsplit(".", 1)[1] for i in plan.forms if i.section.id == "II.1.2"]
    assert letters == ["a", "b", "c", "d", "dd", "e", "g", "h", "k"]


def test_slips_are_kept_and_corrected_visibly(plan: Plan) -> None:
    refs = {r.number: r for i in plan.content for c in i.citations for r in c.refs if r.number}
    nq19 = refs["19-NQ/TW"]
    assert str(nq19.date) == "2017-10-25"
    assert [(c.field, c.written) for c in nq19.corrections] == [("date", "25/20/2017")]
    kh174 = refs["174/KH-UBND"]
    assert "Nghị quyết số 9 " in kh174.title  # type: ignore[operator]
    assert kh174.corrections[0].corrected == "Nghị quyết số 19"
    labels = [(s.id, s.label) for s in plan.document.sections if s.corrections]
    assert ("VI", "VI") in labels
    order = [s.id for s in plan.document.sections]
    assert order.index("VI") < order.index("V")


def test_shipped_plan_has_no_progress_yet() -> None:
    folder = REPO / "plan" / "progress"
    assert [p.name for p in folder.iterdir()] == ["README.md"]


def test_unit_groups_do_not_invent_members(plan: Plan) -> None:
    units = {u.id: u for u in plan.units}
    assert units["ubnd-cac-xa"].members == ()
    assert units["ubnd-cac-xa"].complete is False
    assert units["co-quan-don-vi-huyen"].complete is False


def test_every_file_starts_with_a_comment() -> None:
    for path in sorted((REPO / "plan").rglob("*.yaml")):
        assert path.read_text(encoding="utf-8").startswith("# "), path
