"""Generate a realistic province-scale plan for the benchmarks.

A two-year provincial plan (UBND tỉnh, 2024-2025): departments (sở) and communes/wards as units,
three groups, recurring reports to the province through Sở Nội vụ, standing duties of the
communes, dated tasks of the departments, and progress records with Vietnamese notes, counts and
evidence spread over the eight quarters. The number of records is chosen by the caller; the
number of units grows with it up to a province's size (100 communes, 25 departments).

Only the core plan format is used, so the generator keeps working as the format grows.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

YEARS = (2024, 2025)
QUARTERS = [(year, q) for year in YEARS for q in (1, 2, 3, 4)]
REPORT_PERIODS = ("Q1", "H1", "9M", "Y")
_PERIOD_OF_QUARTER = {1: "Q1", 2: "H1", 3: "9M", 4: "Y"}
_NAMES = (
    "Xuân Đường",
    "Sông Ray",
    "Long Giao",
    "Nhân Nghĩa",
    "Bảo Bình",
    "Thừa Đức",
    "Lâm San",
    "Xuân Quế",
    "Hòa An",
    "Phú Lý",
)
_DEPARTMENTS = (
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Xây dựng",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "Sở Dân tộc và Tôn giáo",
)
_NOTES = (
    "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử.",
    "Tổ chức hội nghị quán triệt kế hoạch cải cách hành chính năm {year}.",
    "Phát thanh chuyên mục cải cách thủ tục hành chính trên hệ thống truyền thanh xã.",
    "Treo băng rôn, khẩu hiệu tuyên truyền tại trụ sở và bộ phận một cửa.",
    "Cấp phát tờ gấp hướng dẫn thực hiện thủ tục hành chính trực tuyến cho người dân.",
)
_KINDS = (
    ("tin-bai-web", "Tin, bài trên Trang thông tin điện tử", "tin, bài"),
    ("phat-thanh", "Tin, bài phát trên đài truyền thanh", "lượt phát"),
    ("hoi-nghi", "Hội nghị có nội dung cải cách hành chính", "cuộc"),
    ("nguoi-du", "Người dự hội nghị", "lượt người"),
    ("to-roi", "Tờ gấp, tờ rơi", "tờ"),
)


def unit_counts(records: int) -> tuple[int, int]:
    """Communes and departments for a plan of ``records`` records (a province at most)."""
    communes = max(5, min(100, records // 80))
    departments = max(3, min(25, records // 320))
    return communes, departments


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_plan(root: Path, records: int, seed: int = 2026) -> int:
    """Write the plan under ``root`` (created); return the number of records written."""
    rng = random.Random(seed)
    communes_n, departments_n = unit_counts(records)
    communes = [f"xa-{i:03d}" for i in range(communes_n)]
    departments = [f"so-{i:02d}" for i in range(departments_n)]
    (root / "assignments").mkdir(parents=True)
    (root / "plan.yaml").write_text(_plan_yaml(), encoding="utf-8")
    (root / "units.yaml").write_text(_units_yaml(communes, departments), encoding="utf-8")
    (root / "content.yaml").write_text(_CONTENT, encoding="utf-8")
    duties = _write_assignments(root)
    return _write_progress(root, rng, records, communes, departments, duties)


def _plan_yaml() -> str:
    kinds = "".join(
        f"  - {{id: {k}, name: {_q(name)}, measure: {_q(measure)}}}\n"
        for k, name, measure in _KINDS
    )
    return (
        "# Generated for the benchmarks: a two-year provincial plan.\n"
        "number: 120/KH-UBND\n"
        "type: KH\n"
        "title: Tuyên truyền cải cách hành chính tỉnh Đồng Nai giai đoạn 2024-2025\n"
        "issuer: {unit: ubnd-tinh, level: province}\n"
        "place: Đồng Nai\n"
        "date: 2024-01-10\n"
        "period: {start: 2024-01-01, end: 2025-12-31}\n"
        "sections:\n"
        '  - {id: I, title: "MỤC ĐÍCH, YÊU CẦU"}\n'
        "  - {id: II, title: NỘI DUNG TUYÊN TRUYỀN}\n"
        '  - {id: II.1, title: "Đối với cán bộ, công chức, viên chức"}\n'
        "  - {id: III, title: TỔ CHỨC THỰC HIỆN}\n"
        '  - {id: III.1, title: "Các sở, ban, ngành và UBND các xã, phường"}\n'
        "  - {id: III.2, title: Sở Nội vụ}\n"
        "purposes:\n"
        "  - {id: I.1, section: I, text: Nâng cao nhận thức về cải cách hành chính.}\n"
        "reporting:\n"
        "  periods: [Q1, H1, 9M, Y]\n"
        "  recipient: ubnd-tinh\n"
        "  via: so-noi-vu\n"
        "signer: {title: CHỦ TỊCH, name: Nguyễn Văn A}\n"
        "activity_kinds:\n" + kinds
    )


def _units_yaml(communes: list[str], departments: list[str]) -> str:
    lines = [
        "# Generated units: the province, Sở Nội vụ, departments and communes.\n",
        "units:\n",
        "  - {id: ubnd-tinh, name: Ủy ban nhân dân tỉnh Đồng Nai, kind: people-committee}\n",
        "  - {id: so-noi-vu, name: Sở Nội vụ tỉnh Đồng Nai, kind: department, parent: ubnd-tinh}\n",
    ]
    for i, unit in enumerate(departments):
        name = f"{_DEPARTMENTS[i % len(_DEPARTMENTS)]} {i // len(_DEPARTMENTS) or ''}".strip()
        lines.append(f"  - {{id: {unit}, name: {_q(name)}, kind: department}}\n")
    for i, unit in enumerate(communes):
        name = f"UBND xã {_NAMES[i % len(_NAMES)]} {i // len(_NAMES) + 1}"
        lines.append(f"  - {{id: {unit}, name: {_q(name)}, kind: people-committee}}\n")
    lines += [
        "groups:\n",
        f'  - {{id: cac-so, name: "Các sở, ban, ngành", kind: other, complete: true, '
        f"members: [{', '.join(departments)}]}}\n",
        f'  - {{id: cac-xa, name: "UBND các xã, phường", kind: other, complete: true, '
        f"members: [{', '.join(communes)}]}}\n",
        '  - {id: tat-ca, name: "Các sở, ban, ngành và UBND các xã, phường", kind: other, '
        "complete: true, members: [cac-so, cac-xa]}\n",
    ]
    return "".join(lines)


_CONTENT = (
    "# Generated content.\n"
    "audiences:\n"
    '  - {id: can-bo, section: II.1, name: "Cán bộ, công chức, viên chức"}\n'
    "content:\n"
    '  - {id: II.1.a, audience: can-bo, text: "Chủ trương, chính sách về cải cách hành chính."}\n'
    "forms:\n"
    "  - {id: II.1.b, audience: can-bo, text: Đăng tin trên trang thông tin điện tử.}\n"
)

# (file, lead, [(id, text, deadline)])
_ASSIGNMENTS = (
    (
        "tat-ca",
        [
            ("III.1.1", "Báo cáo kết quả tuyên truyền cải cách hành chính định kỳ.", "report"),
            ("III.1.2", "Đăng tải tin, bài về cải cách hành chính thường xuyên.", "thường xuyên"),
            (
                "III.1.3",
                "Xây dựng kế hoạch tuyên truyền của đơn vị.",
                "hoàn thành trong quý I/2024",
            ),
            ("III.1.4", "Tổ chức hội nghị đối thoại với người dân.", "quý III/2024"),
            ("III.1.5", "Xây dựng kế hoạch tuyên truyền năm 2025.", "hoàn thành trong quý I/2025"),
        ],
    ),
    (
        "cac-xa",
        [
            ("III.1.6", "Phát thanh chuyên mục cải cách hành chính.", "thường xuyên"),
            ("III.1.7", "Treo băng rôn, khẩu hiệu tại bộ phận một cửa.", "quý II/2024"),
        ],
    ),
    (
        "so-noi-vu",
        [
            ("III.2.1", "Tổng hợp báo cáo của các đơn vị, báo cáo UBND tỉnh.", "report"),
            ("III.2.2", "Hướng dẫn, kiểm tra việc thực hiện kế hoạch.", "thường xuyên"),
        ],
    ),
)
REPORT_DEADLINE = "định kỳ 3 tháng, 6 tháng, 9 tháng và năm"


def _write_assignments(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Write one file per lead; return each lead's (duty id, kind) pairs."""
    duties: dict[str, list[tuple[str, str]]] = {}
    for lead, items in _ASSIGNMENTS:
        lines = [f"# Duties led by {lead} (generated).\n", f"lead: {lead}\n", "assignments:\n"]
        for ident, text, deadline in items:
            section = ident.rsplit(".", 1)[0]
            written = REPORT_DEADLINE if deadline == "report" else deadline
            lines += [
                f"  - id: {ident}\n",
                f"    section: {section}\n",
                f"    text: {_q(text)}\n",
                f"    deadline: {written}\n",
            ]
            kind = (
                "report"
                if deadline == "report"
                else "standing"
                if deadline == "thường xuyên"
                else "task"
            )
            duties.setdefault(lead, []).append((ident, kind))
        (root / "assignments" / f"{lead}.yaml").write_text("".join(lines), encoding="utf-8")
    return duties


def _write_progress(
    root: Path,
    rng: random.Random,
    records: int,
    communes: list[str],
    departments: list[str],
    duties: dict[str, list[tuple[str, str]]],
) -> int:
    units = [(u, duties["tat-ca"] + duties["cac-xa"]) for u in communes]
    units += [(u, duties["tat-ca"]) for u in departments]
    units.append(("so-noi-vu", duties["so-noi-vu"]))
    slots = len(units) * len(QUARTERS)
    per_file = [records // slots + (1 if i < records % slots else 0) for i in range(slots)]
    written = 0
    slot = 0
    for year, quarter in QUARTERS:
        folder = root / "progress" / f"{year}-Q{quarter}"
        folder.mkdir(parents=True)
        first = dt.date(year, 3 * quarter - 2, 1)
        for unit, unit_duties in units:
            count = per_file[slot]
            slot += 1
            if not count:
                continue
            lines = [f"# Progress of {unit} in quý {quarter}/{year} (generated).\n", "records:\n"]
            for n in range(count):
                ident, kind = unit_duties[n % len(unit_duties)]
                day = first + dt.timedelta(days=rng.randrange(0, 88))
                lines += _record(rng, ident, kind, day, year, quarter)
            (folder / f"{unit}.yaml").write_text("".join(lines), encoding="utf-8")
            written += count
    return written


def _record(
    rng: random.Random, ident: str, kind: str, day: dt.date, year: int, quarter: int
) -> list[str]:
    lines = [f"  - assignment: {ident}\n"]
    if kind == "report":
        lines.append(f"    occurrence: {year}-{_PERIOD_OF_QUARTER[quarter]}\n")
    state = "in-progress" if kind == "standing" else rng.choice(("done", "done", "in-progress"))
    lines += [f"    date: {day.isoformat()}\n", f"    state: {state}\n"]
    kinds = rng.sample([k for k, _, _ in _KINDS], 2)
    lines.append(
        "    counts: {" + ", ".join(f"{k}: {rng.randrange(1, 400)}" for k in kinds) + "}\n"
    )
    lines.append(f"    note: {_q(rng.choice(_NOTES).format(year=year))}\n")
    lines.append(f"    evidence: [{rng.randrange(1, 300):02d}/BC-UBND]\n")
    return lines
