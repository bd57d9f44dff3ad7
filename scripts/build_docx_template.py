"""Build templates/bao-cao.docx, the Word template of ``cchc report``, from code.

The template is a docxtpl document: Word styles and layout made here with python-docx, Jinja
tags ({{ }}, {%p %}, {%tr %}) inside its paragraphs and table rows. Building it from code keeps
its XML reviewable in a diff and reproducible; staff may still open the result in Word and
restyle it (see README, "Changing the letterhead").

The layout follows Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait; margins top/bottom 20 mm,
left 30 mm, right 15 mm; Times New Roman in every font slot; body 14 pt justified with a
first-line indent; page numbers centred in the top margin from page 2.

Run: ``python scripts/build_docx_template.py [OUTPUT]`` (default templates/bao-cao.docx).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
OUTPUT = Path(__file__).resolve().parent.parent / "templates" / "bao-cao.docx"
FIXED_TIME = dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc)
LEFT, RIGHT = Cm(6.0), Cm(10.5)  # header columns; text width is 16.5 cm
TEXT_WIDTH = Cm(16.5)
_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(rpr: OxmlElement) -> None:
    """Times New Roman in all four font slots of a run or style property element."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in _THEME_SLOTS:
        fonts.attrib.pop(qn(slot), None)
    for slot in _FONT_SLOTS:
        fonts.set(qn(slot), FONT)
    if rpr.find(qn("w:lang")) is None:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "vi-VN")
        lang.set(qn("w:eastAsia"), "vi-VN")
        rpr.append(lang)


def _styles(doc: DocumentObject) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr)
    for existing in styles.iter(qn("w:rFonts")):
        for slot in _THEME_SLOTS:
            existing.attrib.pop(qn(slot), None)
        for slot in _FONT_SLOTS:
            existing.set(qn(slot), FONT)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    set_fonts(normal.element.get_or_add_rPr())
    body = normal.paragraph_format
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.first_line_indent = Cm(1.27)
    body.space_before = Pt(0)
    body.space_after = Pt(6)
    body.line_spacing = 1.15
    for name, size, bold, italic, align, indent in (
        ("CCHC Letterhead", 13, False, False, WD_ALIGN_PARAGRAPH.CENTER, False),
        ("CCHC Title", 14, True, False, WD_ALIGN_PARAGRAPH.CENTER, False),
        ("CCHC Heading", 14, True, False, WD_ALIGN_PARAGRAPH.JUSTIFY, True),
        ("CCHC Table", 12, False, False, WD_ALIGN_PARAGRAPH.LEFT, False),
        ("CCHC Signature", 14, True, False, WD_ALIGN_PARAGRAPH.CENTER, False),
        ("CCHC Copies", 11, False, False, WD_ALIGN_PARAGRAPH.LEFT, False),
    ):
        style = doc.styles.add_style(name, 1)  # 1: paragraph style
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.first_line_indent = Cm(1.27) if indent else Cm(0)
        fmt.space_after = Pt(6) if name in ("CCHC Heading",) else Pt(0)
        fmt.line_spacing = 1.0
        set_fonts(style.element.get_or_add_rPr())
    doc.styles["CCHC Heading"].paragraph_format.keep_with_next = True


def _page(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.different_first_page_header_footer = True  # no page number on page 1
    header = section.header.paragraphs[0]
    header.style = doc.styles["CCHC Letterhead"]
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(header)
    section.first_page_header.paragraphs[0].style = doc.styles["CCHC Letterhead"]


def _page_field(paragraph: Paragraph) -> None:
    """A PAGE field, 14 pt, the only content of the running header."""
    run = paragraph.add_run()
    _run_props(run, size=14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)
    end = paragraph.add_run()
    _run_props(end, size=14)
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), "end")
    end._r.append(element)


def _run_props(run: object, size: float | None = None, bold: bool | None = None) -> None:
    font = run.font  # type: ignore[attr-defined]
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    set_fonts(run._r.get_or_add_rPr())  # type: ignore[attr-defined]


def para(
    container: DocumentObject | _Cell,
    text: str = "",
    style: str = "Normal",
    *,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    first: bool = False,
) -> Paragraph:
    """A paragraph with one run (docxtpl needs each Jinja tag inside a single run)."""
    paragraph = (
        container.paragraphs[0]
        if first and isinstance(container, _Cell)
        else container.add_paragraph()
    )
    paragraph.style = container.part.document.styles[style]
    if align is not None:
        paragraph.paragraph_format.alignment = align
    if text:
        run = paragraph.add_run(text)
        _run_props(run, size, bold)
        if italic is not None:
            run.font.italic = italic
    return paragraph


def rule(container: _Cell | DocumentObject, width: Cm, total: Cm) -> None:
    """A short centred line: an empty paragraph whose top border spans ``width``."""
    paragraph = para(container, style="CCHC Letterhead")
    side = int((total - width) / 2)
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.space_before = Pt(5)  # clear of the descenders above
    paragraph.paragraph_format.space_after = Pt(4)
    _border(paragraph, "top")
    props = paragraph._p.get_or_add_pPr()
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "8")
    mark.append(size)
    props.append(mark)


def _border(paragraph: Paragraph, side: str) -> None:
    props = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        line.set(qn(key), value)
    borders.append(line)
    # pBdr must come before spacing/indentation/jc in CT_PPr's sequence
    anchor = next(
        (
            props.find(qn(t))
            for t in ("w:spacing", "w:ind", "w:jc")
            if props.find(qn(t)) is not None
        ),
        None,
    )
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        props.append(borders)


def plain_table(doc: DocumentObject, widths: tuple[Cm, ...], rows: int) -> Table:
    """A borderless table with fixed column widths (the letterhead, the signature block)."""
    table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    set_widths(table, widths)
    return table


def set_widths(table: Table, widths: tuple[int, ...]) -> None:
    """Fixed column widths in the grid and every cell (LibreOffice reads the grid, Word both)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(width / 635)))  # EMU to twentieths of a point
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _no_borders(table: Table) -> None:
    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    props.append(borders)


def _letterhead(doc: DocumentObject) -> None:
    table = plain_table(doc, (LEFT, RIGHT), 2)
    left, right = table.rows[0].cells
    para(left, "{%p for line in report.letterhead.governing %}", "CCHC Letterhead", first=True)
    para(left, "{{ line }}", "CCHC Letterhead", size=13, bold=False)
    para(left, "{%p endfor %}", "CCHC Letterhead")
    para(left, "{%p for line in report.letterhead.issuing %}", "CCHC Letterhead")
    para(left, "{{ line }}", "CCHC Letterhead", size=13, bold=True)
    para(left, "{%p endfor %}", "CCHC Letterhead")
    rule(left, Cm(2.2), LEFT)
    para(
        right,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CCHC Letterhead",
        size=13,
        bold=True,
        first=True,
    )
    motto = para(right, "Độc lập - Tự do - Hạnh phúc", "CCHC Letterhead", size=14, bold=True)
    rule(right, Cm(6.3), RIGHT)
    del motto
    number, place = table.rows[1].cells
    para(number, "{{ report.letterhead.number }}", "CCHC Letterhead", size=13, first=True)
    para(
        place,
        "{{ report.letterhead.place_date }}",
        "CCHC Letterhead",
        size=14,
        italic=True,
        first=True,
    )


def _title(doc: DocumentObject) -> None:
    title = para(doc, "BÁO CÁO", "CCHC Title", size=14, bold=True)
    title.paragraph_format.space_before = Pt(18)
    para(doc, "{{ report.subject }}", "CCHC Title", size=14, bold=True)
    rule(doc, Cm(4), TEXT_WIDTH)
    para(doc, "{%p if report.recipients|length == 1 %}", "CCHC Title")
    only = para(doc, "Kính gửi: {{ report.recipients[0] }}", "CCHC Title", size=14, bold=False)
    only.paragraph_format.space_after = Pt(6)
    para(doc, "{%p else %}", "CCHC Title")
    para(doc, "Kính gửi:", "CCHC Title", size=14, bold=False)
    para(doc, "{%p for name in report.recipients %}", "CCHC Title")
    para(doc, "- {{ name }};", "CCHC Title", size=14, bold=False).paragraph_format.space_after = Pt(
        6
    )
    para(doc, "{%p endfor %}", "CCHC Title")
    para(doc, "{%p endif %}", "CCHC Title")


def grid(
    doc: DocumentObject,
    headers: tuple[str, ...],
    cells: tuple[str, ...],
    loop: str,
    widths: tuple[float, ...] | None = None,
) -> None:
    """A bordered table: a header row, then one row per item of ``loop`` (docxtpl {%tr %}).

    ``widths`` in cm; by default a narrow first column (STT) and the rest shared equally."""
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths is None:
        rest = (16.5 - 1.2) / (len(headers) - 1)
        widths = (1.2, *([rest] * (len(headers) - 1)))
    set_widths(table, tuple(Cm(w) for w in widths))
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        para(cell, text, "CCHC Table", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
    _repeat_header(table)
    para(table.rows[1].cells[0], f"{{%tr for row in {loop} %}}", "CCHC Table", first=True)
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        align = None
        if text.endswith("_text }}"):
            align = WD_ALIGN_PARAGRAPH.RIGHT
        elif text == "{{ row.number }}":
            align = WD_ALIGN_PARAGRAPH.CENTER
        para(cell, text, "CCHC Table", align=align, first=True)
    table.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # rows stay whole
    para(table.rows[3].cells[0], "{%tr endfor %}", "CCHC Table", first=True)
    para(doc, "", "CCHC Table")


def _repeat_header(table: Table) -> None:
    props = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    props.append(header)


def body_text(doc: DocumentObject, text: str, style: str = "Normal") -> None:
    """One body paragraph."""
    para(doc, text, style)


def loop(doc: DocumentObject, head: str, line: str, tail: str = "{%p endfor %}") -> None:
    """A paragraph repeated per item: {%p for %} / line / {%p endfor %}."""
    para(doc, head)
    para(doc, line)
    para(doc, tail)


def _body(doc: DocumentObject) -> None:
    from build_docx_body import body  # the report's outline, kept in its own module

    body(doc)


def _closing(doc: DocumentObject) -> None:
    table = plain_table(doc, (Cm(8.0), Cm(8.5)), 1)
    copies, signature = table.rows[0].cells
    para(copies, "Nơi nhận:", "CCHC Copies", size=12, bold=True, italic=True, first=True)
    para(copies, "{%p for line in report.copies %}", "CCHC Copies")
    para(copies, "{{ line }}", "CCHC Copies", size=11)
    para(copies, "{%p endfor %}", "CCHC Copies")
    para(signature, "{%p if report.signature.authority %}", "CCHC Signature", first=True)
    para(signature, "{{ report.signature.authority }}", "CCHC Signature", size=14, bold=True)
    para(signature, "{%p endif %}", "CCHC Signature")
    para(signature, "{{ report.signature.title }}", "CCHC Signature", size=14, bold=True)
    for _ in range(4):  # room for the signature and the seal
        para(signature, "", "CCHC Signature")
    para(signature, "{{ report.signature.name }}", "CCHC Signature", size=14, bold=True)


def _properties(doc: DocumentObject) -> None:
    props = doc.core_properties
    props.author = "cchc"
    props.title = "{{ report.subject }}"
    props.subject = ""
    props.comments = "Mẫu báo cáo của cchc (scripts/build_docx_template.py)"
    props.last_modified_by = "cchc"
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    package = doc.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[key]


def build(output: Path) -> None:
    """Write the template to ``output``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    doc = Document()
    _styles(doc)
    _page(doc)
    body = doc.element.body
    body.remove(body[0]) if body[0].tag == qn("w:p") else None
    _letterhead(doc)
    _title(doc)
    _body(doc)
    _closing(doc)
    _properties(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(output))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
