"""The outline of the Word report (sections I-V), in the same order as templates/bao-cao.md.j2.

Used by build_docx_template.py; each paragraph holds at most one Jinja tag per run.
"""

from __future__ import annotations

from build_docx_template import grid, loop, para
from docx.document import Document as DocumentObject

_PROBLEMS = ("STT", "Nhiệm vụ", "Đơn vị", "Thời hạn", "Ghi chú")
_PROBLEM_CELLS = (
    "{{ row.number }}",
    "{{ row.id }}. {{ row.text }}",
    "{{ row.unit }}",
    "{{ row.due }}",
    "{{ row.note }}",
)


_BY_UNIT_CELLS = (
    "{{ row.number }}",
    "{{ row.unit }}",
    "{{ row.count_text }}",
    "{{ row.items }}",
)
_BY_UNIT_WIDTHS = (1.2, 4.3, 2.0, 9.0)


def _by_unit(doc: DocumentObject, sentence: str, noun: str, items: str, rows: str) -> None:
    """A list too long to print whole: its sentence, then one row per unit (cchc.report_lists)."""
    para(doc, f"{{{{ {sentence} }}}}")
    grid(doc, ("STT", "Đơn vị", noun, items), _BY_UNIT_CELLS, rows, _BY_UNIT_WIDTHS)


def _if(
    doc: DocumentObject,
    condition: str,
    table: tuple[tuple[str, ...], ...],
    loop_of: str,
    otherwise: str,
    widths: tuple[float, ...],
) -> None:
    para(doc, f"{{%p if {condition} %}}")
    grid(doc, table[0], table[1], loop_of, widths)
    para(doc, "{%p else %}")
    para(doc, otherwise)
    para(doc, "{%p endif %}")


def body(doc: DocumentObject) -> None:
    """Append the body of the report, from the introduction to "./."."""
    para(doc, "{{ report.intro }}")
    para(doc, "{{ report.data_period }}", italic=True)

    para(doc, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "CCHC Heading")
    para(doc, "{%p if report.directing %}")
    para(doc, "{{ report.directing_sentence }}")
    grid(
        doc,
        ("STT", "Đơn vị", "Văn bản", "Ngày", "Nội dung"),
        (
            "{{ row.number }}",
            "{{ row.unit }}",
            "{{ row.document }}",
            "{{ row.date }}",
            "{{ row.note }}",
        ),
        "report.directing",
        (1.2, 3.5, 3.0, 2.3, 6.5),
    )
    para(doc, "{%p elif report.directing_by_unit %}")
    _by_unit(doc, "report.directing_sentence", "Số văn bản", "Văn bản", "report.directing_by_unit")
    para(doc, "{%p else %}")
    para(doc, "Trong kỳ, chưa có văn bản chỉ đạo, triển khai được ghi nhận. [...]")
    para(doc, "{%p endif %}")

    para(doc, "II. KẾT QUẢ THỰC HIỆN", "CCHC Heading")
    para(doc, "1. Số liệu hoạt động", "CCHC Heading")
    _if(
        doc,
        "report.kinds",
        (
            ("STT", "Hoạt động", "Đơn vị tính", "Trong kỳ", "Lũy kế từ đầu kế hoạch"),
            (
                "{{ row.number }}",
                "{{ row.name }}",
                "{{ row.measure }}",
                "{{ row.period_text }}",
                "{{ row.total_text }}",
            ),
        ),
        "report.kinds",
        "Trong kỳ, chưa có số liệu hoạt động được ghi nhận.",
        (1.2, 6.8, 2.5, 3.0, 3.0),
    )
    para(doc, "2. Hình thức và nội dung đã thực hiện", "CCHC Heading")
    _if(
        doc,
        "report.forms",
        (
            ("STT", "Mục", "Hình thức, nội dung", "Lượt ghi nhận", "Đơn vị thực hiện"),
            (
                "{{ row.number }}",
                "{{ row.item }}",
                "{{ row.text }}",
                "{{ row.records_text }}",
                "{{ row.units }}",
            ),
        ),
        "report.forms",
        "Trong kỳ, chưa có hình thức, nội dung tuyên truyền nào được ghi nhận.",
        (1.2, 3.0, 7.3, 2.0, 3.0),
    )
    para(doc, "3. Kết quả thực hiện các nhiệm vụ", "CCHC Heading")
    para(doc, "{{ report.summary.sentence }}")
    grid(
        doc,
        ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả", "Minh chứng"),
        (
            "{{ row.number }}",
            "{{ row.id }}. {{ row.text }}",
            "{{ row.lead }}",
            "{{ row.state }}",
            "{{ row.evidence }}",
        ),
        "report.duties",
        (1.2, 6.8, 3.0, 3.0, 2.5),
    )
    para(doc, "4. Nhiệm vụ hoàn thành trễ hạn, quá hạn, chưa triển khai", "CCHC Heading")
    para(doc, "{%p if report.late or report.overdue or report.not_started %}")
    para(doc, "{%p for group in report.problem_groups if group.rows %}")
    para(doc, "{{ group.title }}", bold=True)
    para(doc, "{%p if group.by_unit %}")
    _by_unit(doc, "group.sentence", "Số nhiệm vụ", "Nhiệm vụ", "group.by_unit")
    para(doc, "{%p else %}")
    grid(doc, _PROBLEMS, _PROBLEM_CELLS, "group.rows", (1.2, 6.3, 3.5, 2.5, 3.0))
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    para(doc, "Không có nhiệm vụ hoàn thành trễ hạn, quá hạn hay chưa triển khai.")
    para(doc, "{%p endif %}")
    para(doc, "5. Nhiệm vụ thường xuyên chưa có hoạt động trong quý", "CCHC Heading")
    para(doc, "{%p if report.gaps_by_unit %}")
    _by_unit(
        doc,
        "report.gaps_sentence",
        "Số nhiệm vụ",
        "Nhiệm vụ (quý chưa có hoạt động)",
        "report.gaps_by_unit",
    )
    para(doc, "{%p else %}")
    _if(
        doc,
        "report.gaps",
        (
            ("STT", "Nhiệm vụ", "Đơn vị", "Quý chưa có hoạt động"),
            (
                "{{ row.number }}",
                "{{ row.id }}. {{ row.text }}",
                "{{ row.unit }}",
                "{{ row.quarters }}",
            ),
        ),
        "report.gaps",
        "Các nhiệm vụ thường xuyên đều có hoạt động trong các quý đã qua.",
        (1.2, 7.3, 4.0, 4.0),
    )
    para(doc, "{%p endif %}")
    para(doc, "{%p if report.targets %}")
    para(doc, "6. Chỉ tiêu, chỉ số", "CCHC Heading")
    grid(
        doc,
        ("STT", "Chỉ tiêu", "Chỉ tiêu đề ra", "Kết quả đạt được", "Đánh giá"),
        (
            "{{ row.number }}",
            "{{ row.text }}",
            "{{ row.target }}",
            "{{ row.measured }}",
            "{{ row.assessment }}",
        ),
        "report.targets",
    )
    para(doc, "{%p endif %}")
    _assessment(doc)


def _assessment(doc: DocumentObject) -> None:
    """Sections III to V and the closing line."""
    para(doc, "III. ĐÁNH GIÁ CHUNG", "CCHC Heading")
    para(doc, "1. Ưu điểm", "CCHC Heading")
    loop(doc, "{%p for line in report.strengths %}", "- {{ line }}")
    para(doc, "- [...]")
    para(doc, "2. Tồn tại, hạn chế và nguyên nhân", "CCHC Heading")
    loop(doc, "{%p for line in report.shortcomings %}", "- {{ line }}")
    para(doc, "- Nguyên nhân: [...]")

    para(doc, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {{ report.next_label|upper }}", "CCHC Heading")
    para(doc, "{%p if report.next_tasks %}")
    grid(
        doc,
        ("STT", "Nhiệm vụ", "Đơn vị", "Thời hạn", "Lý do"),
        (
            "{{ row.number }}",
            "{{ row.id }}. {{ row.text }}",
            "{{ row.unit }}",
            "{{ row.due }}",
            "{{ row.why }}",
        ),
        "report.next_tasks",
        (1.2, 6.3, 3.5, 2.5, 3.0),
    )
    para(doc, "{%p if report.next_more %}")
    para(doc, "{{ report.next_more }}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")
    para(doc, "- Tiếp tục thực hiện các nhiệm vụ thường xuyên của Kế hoạch. [...]")

    para(doc, "V. ĐỀ XUẤT, KIẾN NGHỊ", "CCHC Heading")
    para(doc, "[...]")
    para(doc, "{{ report.closing }}")
