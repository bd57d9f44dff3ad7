"""The Word report: its template rebuilds identically from the script, every report reopens
with python-docx in the Nghị định 30/2020 layout, and LibreOffice converts it to PDF."""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from cchc.loading import check_plan
from cchc.report_view import ReportView, Request, build_report
from cchc.schedule import Period
from tests.conftest import REPO

DEMO = REPO / "examples" / "demo" / "plan"
TEMPLATE = REPO / "templates" / "bao-cao.docx"
SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def test_the_template_is_rebuilt_identically_by_its_script(tmp_path: Path) -> None:
    built = tmp_path / "bao-cao.docx"
    script = runpy.run_path(str(REPO / "scripts" / "build_docx_template.py"))
    script["build"](built)
    with zipfile.ZipFile(built) as new, zipfile.ZipFile(TEMPLATE) as old:
        assert sorted(new.namelist()) == sorted(old.namelist())
        for name in new.namelist():
            assert new.read(name) == old.read(name), f"{name}: run scripts/build_docx_template.py"


def _write(cli: Any, tmp_path: Path, *args: str, plan: Path = DEMO) -> Document:
    out = tmp_path / "out.docx"
    result = cli("report", "--plan", str(plan), *args, "-o", str(out))
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _view(kind: str, unit: str | None = None, plan_root: Path = DEMO) -> ReportView:
    plan = check_plan(plan_root).plan
    assert plan is not None
    return build_report(plan, Request(Period(2021, kind), unit))


def _text(container: Any) -> list[str]:
    return [p.text for p in container.paragraphs]


def assert_layout(document: Document) -> None:
    """Nghị định 30/2020: A4 portrait, margins in range, Times New Roman in every slot,
    body 13-14 pt justified with a first-line indent, page numbers from page 2."""
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [round(m.mm, 1) for m in (section.top_margin, section.bottom_margin)]
    assert all(20 <= m <= 25 for m in margins), margins  # stored in twips: to 0.1 mm
    assert 30 <= round(section.left_margin.mm, 1) <= 35
    assert 15 <= round(section.right_margin.mm, 1) <= 20
    normal = document.styles["Normal"]
    assert Pt(13) <= normal.font.size <= Pt(14)
    assert normal.paragraph_format.alignment == 3  # justified
    assert Cm(1) <= normal.paragraph_format.first_line_indent <= Cm(1.27)
    part = document.part
    xml_parts = [part.element, part.styles.element]
    xml_parts += [h.part.element for h in (section.header, section.first_page_header)]
    fonts = [f for element in xml_parts for f in element.iter(qn("w:rFonts"))]
    assert len(fonts) > 50
    for font in fonts:
        assert {font.get(qn(s)) for s in SLOTS} == {"Times New Roman"}, font.attrib
        assert not any("Theme" in key or "theme" in key for key in font.attrib)
    for run in part.element.iter(qn("w:r")):
        props = run.find(qn("w:rPr"))
        if run.find(qn("w:t")) is not None:
            assert props is not None and props.find(qn("w:rFonts")) is not None
    assert section.different_first_page_header_footer
    assert "".join(_text(section.first_page_header)).strip() == ""
    header_xml = section.header.part.element.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert section.header.paragraphs[0].alignment == 1  # centred


def _run_of(document: Document, text: str) -> Any:
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        if run.text == text:
                            return run
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if run.text == text:
                return run
    raise AssertionError(text)


def test_the_consolidated_report_in_word(cli: Any, tmp_path: Path) -> None:
    document = _write(cli, tmp_path, "--quarter", "1", "--date", "2021-04-05")
    view = _view("Q1")
    assert_layout(document)
    head = document.tables[0]
    left = [p.text for p in head.rows[0].cells[0].paragraphs if p.text]
    right = [p.text for p in head.rows[0].cells[1].paragraphs if p.text]
    assert left == ["ỦY BAN NHÂN DÂN", "HUYỆN CẨM MỸ"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert _run_of(document, "ỦY BAN NHÂN DÂN").bold
    nation = _run_of(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert nation.bold and Pt(12) <= nation.font.size <= Pt(13)
    motto = _run_of(document, "Độc lập - Tự do - Hạnh phúc")
    assert motto.bold and Pt(13) <= motto.font.size <= Pt(14)
    assert head.rows[1].cells[0].text == "Số:        /BC-UBND"
    place = _run_of(document, "Cẩm Mỹ, ngày 05 tháng 4 năm 2021")
    assert place.italic and Pt(13) <= place.font.size <= Pt(14)
    texts = _text(document)
    title = texts.index("BÁO CÁO")
    assert texts[title + 1] == view.subject
    assert _run_of(document, view.subject).bold
    assert "Kính gửi: Ủy ban nhân dân tỉnh Đồng Nai" in texts
    assert texts[-1].endswith("./.") or any(t.endswith("./.") for t in texts)
    duties = next(
        t
        for t in document.tables
        if len(t.columns) == 5 and t.rows[0].cells[2].text == "Đơn vị chủ trì"
    )
    assert [r.cells[1].text.split(". ", 1)[0] for r in duties.rows[1:]] == [
        d.id for d in view.duties
    ]
    assert [r.cells[3].text for r in duties.rows[1:]] == [d.state for d in view.duties]
    kinds = next(
        t for t in document.tables if len(t.columns) == 5 and t.rows[0].cells[1].text == "Hoạt động"
    )
    assert [(r.cells[1].text, r.cells[3].text) for r in kinds.rows[1:]] == [
        (k.name, k.period_text) for k in view.kinds
    ]
    closing = document.tables[-1]
    copies = closing.rows[0].cells[0].paragraphs
    label = copies[0].runs[0]
    assert label.text == "Nơi nhận:" and label.bold and label.italic
    assert label.font.size == Pt(12)
    assert [p.text for p in copies[1:]] == list(view.copies)
    assert all(p.runs[0].font.size == Pt(11) for p in copies[1:])
    signature = [p.text for p in closing.rows[0].cells[1].paragraphs if p.text]
    assert signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Huỳnh Tấn Thìn"]


def test_a_departments_report_in_word(cli: Any, tmp_path: Path) -> None:
    document = _write(cli, tmp_path, "--period", "H1", "--unit", "phong-noi-vu")
    assert_layout(document)
    left = [p.text for p in document.tables[0].rows[0].cells[0].paragraphs if p.text]
    assert left == ["UBND HUYỆN CẨM MỸ", "PHÒNG NỘI VỤ"]
    assert not _run_of(document, "UBND HUYỆN CẨM MỸ").bold
    assert _run_of(document, "PHÒNG NỘI VỤ").bold
    assert document.tables[0].rows[1].cells[0].text == "Số:        /BC-PNV"


def test_ampersands_come_out_whole(cli: Any, tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(DEMO, plan)
    path = plan / "progress" / "2021-Q1" / "phong-noi-vu.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "note: Ban hành kế hoạch tuyên truyền cải cách hành chính của phòng.",
        "note: Phối hợp Sở KH&CN <tỉnh>",
    )
    path.write_text(text, encoding="utf-8")
    document = _write(cli, tmp_path, "--quarter", "1", plan=plan)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Phối hợp Sở KH&CN <tỉnh>" in cells


def _broken_template(tmp_path: Path, tag: str) -> Path:
    source = docx.Document(str(TEMPLATE))
    source.paragraphs[-1].runs[0].text = tag
    path = tmp_path / "broken.docx"
    source.save(str(path))
    return path


@pytest.mark.parametrize(
    ("tag", "detail"),
    [("{{ report.no_such_field }}", "no_such_field"), ("{{ 1 + }}", "unexpected")],
)
def test_a_broken_word_template_names_file_and_line(
    cli: Any, tmp_path: Path, tag: str, detail: str
) -> None:
    template = _broken_template(tmp_path, tag)
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous report")
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "--template", str(template),
                 "-o", str(out))  # fmt: skip
    assert result.exit_code == 2
    lines = str(result.output).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cchc: {template}:")
    assert detail in lines[0]
    assert out.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.docx", "out.docx"]


def test_a_file_that_is_not_a_word_document(cli: Any, tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip", encoding="utf-8")
    result = cli("report", "--plan", str(DEMO), "--quarter", "1", "--template", str(fake),
                 "-o", str(tmp_path / "x.docx"))  # fmt: skip
    assert result.exit_code == 2
    assert "không phải tệp Word" in str(result.output)


def _soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have LibreOffice and poppler-utils (.ci/run installs them)")
        pytest.skip("LibreOffice (soffice) or pdftotext is not installed on this machine")
    return found


def pdf_text(documents: list[Path], soffice: str) -> dict[Path, tuple[int, str]]:
    """Convert with LibreOffice headless (one start for all); each PDF's page count and text."""
    folder = documents[0].parent
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(folder), *map(str, documents)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    found = {}
    for document in documents:
        pdf = document.with_suffix(".pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        found[document] = (pages, text)
    return found


def test_libreoffice_opens_the_report(cli: Any, tmp_path: Path) -> None:
    soffice = _soffice()
    assert soffice is not None
    out = tmp_path / "bao-cao.docx"
    result = cli("report", "--plan", str(DEMO), "--period", "H1", "-o", str(out))
    assert result.exit_code == 0, result.output
    pages, text = pdf_text([out], soffice)[out]
    view = _view("H1")
    assert 3 <= pages <= 30
    flat = "".join(text.split())  # justified lines come out with spaces inside words
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kính gửi:",
                     "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Nơi nhận:", "Huỳnh Tấn Thìn",
                     view.summary.sentence[:60]):  # fmt: skip
        assert "".join(expected.split()) in flat, expected
    first, second = text.split("\f")[:2]
    assert not first.strip().splitlines()[0].strip().isdigit()  # no number on page 1
    assert second.strip().splitlines()[0].strip() == "2"  # centred page number from page 2
