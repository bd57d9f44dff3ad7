"""Every example plan (each issuer level: ministry, province, district, commune, ward) gives a
report in Markdown and in Word that passes the same checks as the demo's."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest

from cchc.loading import check_plan
from cchc.model import Plan
from cchc.report_scope import sent_by
from cchc.report_view import Request, build_report
from cchc.schedule import Period
from tests.conftest import EXAMPLES, REPO
from tests.test_corpus import _materialise
from tests.test_report_docx import assert_layout

VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
FOLDERS = sorted(p.parent for p in (REPO / "examples").rglob("plan.yaml"))  # every example plan
CASES = [*VALID, *FOLDERS]
IDS = [c.stem if c.suffix else c.relative_to(REPO / "examples").as_posix() for c in CASES]


def _plan_root(case: Path, tmp_path: Path) -> Path:
    return _materialise(case, tmp_path)[0] if case.suffix == ".yaml" else case


def _period(plan: Plan) -> Period:
    """A period the issuer's report may cover: its flow's last kind, else the plan's year."""
    units = {u.id: u for u in plan.units}
    flow = sent_by(plan, plan.document.issuer.unit.id, units, consolidated=True)
    kind = flow.periods[-1] if flow is not None else "Y"
    return Period(plan.document.end.year, kind)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_example_plan_reports(cli: Any, case: Path, tmp_path: Path) -> None:
    root = _plan_root(case, tmp_path)
    plan = check_plan(root).plan
    assert plan is not None
    period = _period(plan)
    view = build_report(plan, Request(period))
    issuer = next(u for u in plan.units if u.id == plan.document.issuer.unit.id)
    assert view.letterhead.issuing, "the issuing body is named"
    assert all(
        line == line.upper() for line in (*view.letterhead.governing, *view.letterhead.issuing)
    )
    if plan.document.issuer.level in ("ministry", "central"):
        assert view.letterhead.governing == ()
    if issuer.name.lower().startswith(("ủy ban nhân dân", "ubnd")):
        assert view.letterhead.issuing[0] == "ỦY BAN NHÂN DÂN"
    if plan.document.enacted_by is not None:
        assert f"ban hành kèm theo Quyết định số {plan.document.enacted_by.number}" in view.subject
    else:
        assert f"số {plan.document.number}" in view.subject
    assert view.copies[0] == "- Như trên;" and view.copies[-1].startswith("- Lưu: VT, ")
    assert [t.id for t in view.targets] == [t.id for t in plan.document.targets]
    status = cli(
        "status", "--plan", str(root), "--as-of", view.as_of.isoformat(), "--format", "json"
    )
    seen = {t["id"]: t for t in json.loads(str(status.output)).get("targets", [])}
    verdicts = {"met": "Đạt", "not-met": "Chưa đạt", "missed": "Không đạt"}
    for row in view.targets:  # the same value and verdict as cchc status on the same day
        found = seen[row.id]
        assert row.assessment == verdicts.get(found["state"], "Chưa có số liệu")
        if found["value"] is not None:
            number = row.measured.removeprefix("hạng ").split(" ")[0].rstrip("%")
            assert Decimal(number.replace(".", "").replace(",", ".")) == Decimal(found["value"])

    code = period.code
    period_args = ("--period", code)
    markdown = tmp_path / "bao-cao.md"
    result = cli("report", "--plan", str(root), *period_args, "-o", str(markdown))
    assert result.exit_code == 0, result.output
    text = markdown.read_text(encoding="utf-8")
    assert view.subject in text and view.closing in text
    for target in view.targets:
        assert f"| {target.measured} | {target.assessment} |" in text

    word = tmp_path / "bao-cao.docx"
    result = cli("report", "--plan", str(root), *period_args, "-o", str(word))
    assert result.exit_code == 0, result.output
    document = docx.Document(str(word))
    assert_layout(document)
    head = document.tables[0].rows[0].cells[0]
    lines = [p.text for p in head.paragraphs if p.text]
    assert lines == [*view.letterhead.governing, *view.letterhead.issuing]
    paragraphs = [p.text for p in document.paragraphs]
    assert view.subject in paragraphs
    if view.targets:
        table = next(t for t in document.tables if t.rows[0].cells[1].text == "Chỉ tiêu")
        rows = [[c.text for c in r.cells[1:]] for r in table.rows[1:]]
        assert rows == [[t.text, t.target, t.measured, t.assessment] for t in view.targets]


def test_libreoffice_opens_the_report_of_every_example(tmp_path: Path) -> None:
    from cchc.commands.report import render
    from tests.test_report_docx import _soffice, pdf_text

    soffice = _soffice()
    assert soffice is not None
    expected = {}
    for number, case in enumerate(CASES):
        root = _plan_root(case, tmp_path / f"case-{number}")
        plan = check_plan(root).plan
        assert plan is not None
        view = build_report(plan, Request(_period(plan)))
        path = tmp_path / f"report-{number}.docx"
        path.write_bytes(render(view, "docx", REPO / "templates" / "bao-cao.docx"))
        expected[path] = view
    texts = pdf_text(sorted(expected), soffice)  # one LibreOffice start for them all
    for path, view in expected.items():
        pages, text = texts[path]
        flat = "".join(text.split())
        assert pages >= 1
        for line in (*view.letterhead.issuing, view.subject, "Nơinhận:", view.copies[-1]):
            assert "".join(line.split()) in flat, (path, line)
