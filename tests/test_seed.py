"""The shipped plan/ encodes Kế hoạch 57/KH-UBND completely: nothing lost, nothing invented."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.vntext import format_document_date, nfc
from tests.conftest import REPO

# The seed lives beside the repository (../shared/seed), or beside the folder of worktrees.
SEED = next(
    (
        found
        for folder in REPO.parents
        if (found := folder / "shared" / "seed" / "ke-hoach-57-KH-UBND-2021.md").is_file()
    ),
    REPO.parent / "shared" / "seed" / "ke-hoach-57-KH-UBND-2021.md",
)
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
    texts += [f.text for f in doc.reporting.flows if f.text]  # the rule as the document words it
    texts += [p.text for a in plan.assignments for p in a.parts if p.text]
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
    assert [(c.field, c.written) for c in nq19.corrections] == [
        ("date", "25/20/2017"),
        ("issuer", "Ban chấp hành"),
    ]
    kh174 = refs["174/KH-UBND"]
    assert "Nghị quyết số 9 " in kh174.title  # type: ignore[operator]
    assert kh174.corrections[0].corrected == "Nghị quyết số 19"
    labels = [(s.id, s.label) for s in plan.document.sections if s.corrections]
    assert ("VI", "VI") in labels
    order = [s.id for s in plan.document.sections]
    assert order.index("VI") < order.index("V")


def test_new_slips_are_recorded(plan: Plan) -> None:
    """The slips found on the second reading, each kept as written with its correction."""
    doc = plan.document
    items = {i.id: i for i in (*doc.purposes, *doc.requirements, *plan.content, *plan.forms)}
    duties = {a.id: a for a in plan.assignments}
    sections = {s.id: s for s in plan.document.sections}

    def pairs(holder: Any) -> set[tuple[str, str]]:
        return {(c.written, c.corrected) for c in holder.corrections}

    assert ("các đơn vị liên quan đến triển khai", "các đơn vị liên quan để triển khai") in pairs(
        duties["V.3.2"]
    )
    assert ("hệ thống Truyền thanh huyện", "hệ thống truyền thanh huyện") in pairs(duties["V.3.2"])
    assert ("chính sách của nhà nước", "chính sách của Nhà nước") in pairs(items["I.2.1"])
    assert len(duties["V.4.3"].corrections) == 1  # "trang thông tin điện tử" in lower case
    assert pairs(duties["V.3.4"]) == {
        ("Phòng Giáo dục và đào tạo huyện", "Phòng Giáo dục và Đào tạo huyện"),
        ("các Trường học", "các trường học"),
    }
    assert pairs(duties["V.5.2"]) == {("vướng mắc người dân", "vướng mắc của người dân")}
    assert pairs(duties["V.2.1"]) == {("của cá nhân tổ chức", "của cá nhân, tổ chức")}
    assert len(duties["V.1.5"].corrections) == 1
    assert len(items["I.1.3"].corrections) == 1
    assert pairs(items["II.1.2.k"]) == {("k", "i")}  # h, then k: the letter i is skipped
    assert pairs(sections["V.7"]) == {
        ("Trung tâm bồi dưỡng chính trị", "Trung tâm Bồi dưỡng chính trị")
    }
    issuers = [r for i in plan.content for c in i.citations for r in c.refs if r.number in _CENTRAL]
    assert [("Ban chấp hành", "Ban Chấp hành") in pairs(r) for r in issuers] == [True, True]


_CENTRAL = ("18-NQ/TW", "19-NQ/TW")
_QUOTED = re.compile(r'"([^"]+)"')


def _correction_holders(plan: Plan) -> list[Any]:
    doc = plan.document
    holders: list[Any] = [doc, *doc.sections, *plan.assignments]
    for item in (*doc.purposes, *doc.requirements, *plan.content, *plan.forms):
        holders += [item, *item.citations, *(r for c in item.citations for r in c.refs)]
    return holders


def test_notes_quote_only_the_document(plan: Plan) -> None:
    """A note may quote the document or the correction it explains, nothing else."""
    seed = _norm(SEED.read_text(encoding="utf-8"))
    strays = []
    for holder in _correction_holders(plan):
        for c in holder.corrections:
            for quote in _QUOTED.findall(_norm(c.note)):
                if quote not in seed and quote not in c.corrected:
                    strays.append((getattr(holder, "id", "?"), quote))
    for unit in plan.units:
        for quote in _QUOTED.findall(_norm(unit.note or "")):
            if quote not in seed and quote not in unit.name:
                strays.append((unit.id, quote))
    assert strays == []


def _in_seed(form: str, seed: str) -> bool:
    return form in seed or form[0].lower() + form[1:] in seed


def test_units_keep_the_documents_own_form(plan: Plan) -> None:
    """A name spelt out or normalised keeps the document's form beside it, and says so."""
    seed = _norm(SEED.read_text(encoding="utf-8"))
    unexplained = []
    for unit in plan.units:
        forms = (unit.name, *unit.short, *unit.aliases)
        if not any(_in_seed(f, seed) for f in forms):
            unexplained.append((unit.id, "no form of the document"))
        if not _in_seed(unit.name, seed) and not unit.note:
            unexplained.append((unit.id, "name not in the document, no note"))
        for form in (*unit.short, *unit.aliases):
            if not _in_seed(form, seed) and form not in (unit.note or ""):
                unexplained.append((unit.id, form))
    assert unexplained == []
    units = {u.id: u for u in plan.units}
    assert "Phòng Giáo dục và đào tạo huyện" in units["phong-giao-duc-dao-tao"].aliases


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


# Who leads each duty of section V, read from its verb (see the comments in plan/assignments/).
_GROUP = "co-quan-don-vi-va-ubnd-cac-xa"
_BOTH = ("co-quan-don-vi-huyen", "ubnd-cac-xa")
ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "V.1.1": (_GROUP, ()),
    "V.1.2": (_GROUP, ()),
    "V.1.3": ("ubnd-cac-xa", ("co-quan-don-vi-huyen",)),  # "đối thoại ... lãnh đạo UBND xã"
    "V.1.4": (_GROUP, ()),
    "V.1.5": (_GROUP, ()),
    "V.2.1": ("van-phong-hdnd-ubnd", ("phong-van-hoa-thong-tin", "phong-noi-vu")),
    "V.3.1": ("phong-noi-vu", ()),
    "V.3.2": ("phong-noi-vu", ()),
    "V.3.3": ("phong-noi-vu", ()),
    "V.3.4": ("phong-giao-duc-dao-tao", ("phong-noi-vu",)),  # "Phối hợp Phòng Giáo dục ..."
    "V.3.5": ("phong-noi-vu", ()),  # "Phối hợp hướng dẫn": no other unit named
    "V.4.1": ("phong-van-hoa-thong-tin", _BOTH),
    "V.4.2": ("phong-van-hoa-thong-tin", ()),
    "V.4.3": ("trung-tam-van-hoa-thong-tin-the-thao", ("phong-van-hoa-thong-tin",)),
    "V.4.4": ("phong-van-hoa-thong-tin", ()),
    "V.4.5": ("phong-van-hoa-thong-tin", _BOTH),
    "V.4.6": ("phong-van-hoa-thong-tin", ()),
    "V.5.1": ("trung-tam-van-hoa-thong-tin-the-thao", ()),
    "V.5.2": ("ubnd-cac-xa", ("trung-tam-van-hoa-thong-tin-the-thao",)),
    "V.6.1": ("phong-tai-chinh-ke-hoach", _BOTH),
    "V.7.1": ("phong-noi-vu", ("trung-tam-boi-duong-chinh-tri",)),  # "Phối hợp với Phòng Nội vụ"
    "V.closing": (_GROUP, ()),
}
HEADING_UNIT = {
    "V.1": _GROUP,
    "V.2": "van-phong-hdnd-ubnd",
    "V.3": "phong-noi-vu",
    "V.4": "phong-van-hoa-thong-tin",
    "V.5": "trung-tam-van-hoa-thong-tin-the-thao",
    "V.6": "phong-tai-chinh-ke-hoach",
    "V.7": "trung-tam-boi-duong-chinh-tri",
}


def test_every_duty_has_the_lead_its_verb_gives(plan: Plan) -> None:
    roles = {a.id: (a.lead.id, tuple(c.id for c in a.coordinators)) for a in plan.assignments}
    assert roles == ROLES


def test_v34_is_led_by_phong_giao_duc_dao_tao(plan: Plan) -> None:
    v34 = next(a for a in plan.assignments if a.id == "V.3.4")
    units = {u.id: u for u in plan.units}
    assert units[v34.lead.id].name == "Phòng Giáo dục và Đào tạo huyện"
    assert v34.section.id == "V.3"  # still shown under the heading it sits under


def test_a_supporting_verb_moves_the_lead_off_the_heading_unit(plan: Plan) -> None:
    """Under a unit's heading, "Phối hợp ..." gives that unit a supporting role: it is a
    coordinator, not the lead. V.3.5 names no other unit, so its heading unit stays the lead."""
    for a in plan.assignments:
        heading_unit = HEADING_UNIT.get(a.section.id)
        if heading_unit is None or not a.text.startswith("Phối hợp") or a.id == "V.3.5":
            continue
        assert a.lead.id != heading_unit, a.id
        assert heading_unit in {c.id for c in a.coordinators}, a.id


def test_role_decisions_are_written_down(plan: Plan) -> None:
    """A duty led by another unit than its heading's, or kept with a supporting verb, says why
    in ``role_note``, quoting the document; its lead's file says so in a comment too."""
    seed = _norm(SEED.read_text(encoding="utf-8"))
    folder = REPO / "plan" / "assignments"
    explained = {}
    for a in plan.assignments:
        heading_unit = HEADING_UNIT.get(a.section.id, a.lead.id)
        if heading_unit != a.lead.id or a.text.startswith("Phối hợp"):
            assert a.role_note, a.id
            quotes = _QUOTED.findall(_norm(a.role_note))
            pieces = [p.strip() for q in quotes for p in q.split("...") if p.strip()]
            assert pieces, a.id
            assert all(piece in seed for piece in pieces), a.id
            lines = (folder / f"{a.lead.id}.yaml").read_text(encoding="utf-8").splitlines()
            assert any(a.id in line for line in lines if line.startswith("#")), a.id
            explained[a.id] = a.lead.id
    assert explained == {
        "V.1.3": "ubnd-cac-xa",
        "V.3.4": "phong-giao-duc-dao-tao",
        "V.3.5": "phong-noi-vu",
        "V.4.3": "trung-tam-van-hoa-thong-tin-the-thao",
        "V.5.2": "ubnd-cac-xa",
        "V.7.1": "phong-noi-vu",
    }


def test_show_prints_the_role_note(cli: Any) -> None:
    result = cli("show", "V.3.4", "--plan", str(REPO / "plan"), "--as-of", "2021-06-30")
    assert result.exit_code == 0, result.output
    assert "Ghi chú về vai trò" in result.output
    assert "Phòng Nội vụ phối hợp" in " ".join(result.output.split())


def test_assignments_come_in_document_order(plan: Plan) -> None:
    assert [a.id for a in plan.assignments] == list(ROLES)


def test_mixed_duties_are_split_into_parts(plan: Plan) -> None:
    """V.3.1 directs and inspects throughout and reports yearly; V.3.2 builds a plan in 2021 and
    carries it out. Each part keeps its own deadline and quotes its piece of the text."""
    duties = {a.id: a for a in plan.assignments}
    v31, v32 = duties["V.3.1"], duties["V.3.2"]
    assert [(p.id, p.deadline.kind, p.flow.id if p.flow else None) for p in v31.parts] == [
        ("chi-dao", "standing", None),
        ("bao-cao", "recurring", "bao-cao-nam"),
    ]
    flow = next(f for f in plan.document.reporting.flows if f.id == "bao-cao-nam")
    assert (flow.sender.id, flow.to.id, flow.periods) == ("phong-noi-vu", "ubnd-huyen", ("Y",))
    assert [(p.id, p.deadline.kind) for p in v32.parts] == [
        ("xay-dung", "period"),
        ("trien-khai", "standing"),
    ]
    for duty in (v31, v32):
        for part in duty.parts:
            assert _norm(part.text or "").rstrip(".") in _norm(duty.text), part.id
    others = [a.id for a in plan.assignments if a.parts and a.id not in ("V.3.1", "V.3.2")]
    assert others == []
