"""cchc report as Markdown: golden files for the demo plan, every figure traced to the records,
the same tallies as ``cchc status``, the period, unit and option errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cchc.reader import read_plan
from cchc.schedule import Period
from tests.conftest import REPO

DEMO = REPO / "examples" / "demo" / "plan"
SNAPSHOTS = Path(__file__).parent / "snapshots"
PERIODS = {"Q1": ("--quarter", "1"), "H1": ("--period", "H1"), "Y": ("--period", "2021")}


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/snapshots/<name>; UPDATE_SNAPSHOTS=1 rewrites it."""
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def report(cli: Any, *args: str) -> str:
    result = cli("report", "--plan", str(DEMO), *args)
    assert result.exit_code == 0, result.output
    return str(result.output)


def table(text: str, heading: str) -> list[list[str]]:
    """The data rows of the first Markdown table after ``heading``."""
    part = text.split(heading, 1)[1]
    rows = []
    for line in part.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            if not set("".join(cells)) <= set(":-"):
                rows.append(cells)
        elif rows:
            break
    return rows[1:]  # without the header row


@pytest.mark.parametrize("period", sorted(PERIODS))
def test_demo_reports_match_their_golden_files(cli: Any, period: str) -> None:
    assert_golden(f"report-demo-{period}.md", report(cli, *PERIODS[period]))


def _records_in(start: dt.date, end: dt.date) -> list[Any]:
    plan = read_plan(DEMO).plan
    assert plan is not None
    return [r for r in plan.records if start <= r.date <= end]


@pytest.mark.parametrize("period", sorted(PERIODS))
def test_every_count_is_traced_to_the_records(cli: Any, period: str) -> None:
    text = report(cli, *PERIODS[period])
    code = {"Q1": "2021-Q1", "H1": "2021-H1", "Y": "2021"}[period]
    kind = code.split("-")[1] if "-" in code else "Y"
    start, end = Period(2021, kind).bounds("calendar")
    plan = read_plan(DEMO).plan
    assert plan is not None
    names = {k.name: k.id for k in plan.document.activity_kinds}
    in_period: Counter[str] = Counter()
    for record in _records_in(start, end):
        for ref, value in record.counts.items():
            in_period[ref.id] += value
    cumulative: Counter[str] = Counter()
    for record in _records_in(dt.date(2021, 1, 1), end):
        for ref, value in record.counts.items():
            cumulative[ref.id] += value
    rows = table(text, "### 1. Số liệu hoạt động")
    assert [names[row[1]] for row in rows] == [k for k in names.values() if cumulative[k]]
    for row in rows:
        assert row[3] == f"{in_period[names[row[1]]]:,}".replace(",", ".")
        assert row[4] == f"{cumulative[names[row[1]]]:,}".replace(",", ".")
    documents = [e for r in _records_in(start, end) for e in r.evidence]
    directing = table(text, "## I. CÔNG TÁC")
    assert sorted(cell for row in directing for cell in row[2].split(", ")) == sorted(documents)
    forms = Counter(f.id for r in _records_in(start, end) for f in r.forms)
    rows = table(text, "### 2. Hình thức")
    assert {row[2].split(". ", 1)[0].replace(".đ", ".dd"): int(row[3]) for row in rows} == forms


@pytest.mark.parametrize("period", sorted(PERIODS))
def test_the_tallies_are_those_of_status_on_the_same_day(cli: Any, period: str) -> None:
    text = report(cli, *PERIODS[period])
    kind = {"Q1": "Q1", "H1": "H1", "Y": "Y"}[period]
    end = Period(2021, kind).bounds("calendar")[1]
    status = cli("status", "--plan", str(DEMO), "--as-of", end.isoformat(), "--format", "json")
    overall = json.loads(str(status.output))["overall"]
    sentence = text.split("### 3. Kết quả thực hiện các nhiệm vụ", 1)[1].strip().splitlines()[0]
    done, dated = overall["done"], overall["dated"]
    assert f"có {overall['total']} nhiệm vụ, trong đó {dated} có thời hạn" in sentence
    assert f"đã hoàn thành {done}/{dated}" in sentence
    for state, count in overall["states"].items():
        assert f" {count}" in sentence, state
    duties = table(text, "### 3. Kết quả thực hiện các nhiệm vụ")
    statuses = json.loads(str(status.output))["obligations"]
    assert len(duties) == len({o["assignment"] for o in statuses})
    states = overall["states"]
    for heading, state in (("**a) Nhiệm vụ hoàn thành trễ hạn**", "done-late"),
                           ("**b) Nhiệm vụ quá hạn**", "overdue")):  # fmt: skip
        rows = table(text, heading) if heading in text else []
        assert len(rows) == states.get(state, 0), state
    gaps = table(text, "### 5. Nhiệm vụ thường xuyên") if "Quý chưa có" in text else []
    assert len(gaps) == states.get("gap", 0)
    overdue = [o for o in statuses if o["state"] == "overdue"]
    if overdue:
        tasks = table(text, "## IV. PHƯƠNG HƯỚNG")
        late_ids = {(o["assignment"], o["unit_name"]) for o in overdue}
        listed = {(r[1].split(". ", 1)[0], u) for r in tasks for u in r[2].split(", ")}
        assert late_ids <= listed  # every overdue duty is carried into the next period


def test_a_units_report_counts_what_status_counts_for_it(cli: Any) -> None:
    text = report(cli, "--period", "H1", "--unit", "Phòng Nội vụ")
    assert "UBND HUYỆN CẨM MỸ<br>**PHÒNG NỘI VỤ**" in text
    assert "Số:        /BC-PNV" in text
    assert "Kính gửi: Ủy ban nhân dân huyện Cẩm Mỹ\n" in text  # its own flow goes via itself
    assert "**TRƯỞNG PHÒNG**" in text and "- Lưu: VT, PNV." in text
    status = cli("status", "--plan", str(DEMO), "--unit", "phong-noi-vu", "--as-of",
                 "2021-06-30", "--format", "json")  # fmt: skip
    row = json.loads(str(status.output))["overall"]
    assert f"có {row['total']} nhiệm vụ, trong đó {row['dated']} có thời hạn" in text
    assert f"đã hoàn thành {row['done']}/{row['dated']}" in text


def test_a_commune_reports_through_phong_noi_vu(cli: Any) -> None:
    text = report(cli, "--period", "9M", "--unit", "xa-long-giao", "--number", "7")
    assert "**ỦY BAN NHÂN DÂN<br>XÃ LONG GIAO**" in text
    assert "Số: 07/BC-UBND" in text
    assert "Kính gửi: Ủy ban nhân dân huyện Cẩm Mỹ (qua Phòng Nội vụ)" in text
    assert "**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**" in text


def test_options_for_what_the_plan_does_not_hold(cli: Any) -> None:
    text = report(
        cli,
        "--quarter", "2",
        "--number", "12/BC-UBND",
        "--date", "05/7/2021",
        "--place", "Long Giao",
        "--signer", "KT. CHỦ TỊCH|Phó Chủ tịch|Lê Văn B",
    )  # fmt: skip
    assert "Số: 12/BC-UBND" in text
    assert "*Long Giao, ngày 05 tháng 7 năm 2021*" in text
    assert "**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br><br>**Lê Văn B**" in text
    assert "quý II năm 2021" in text and "PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2021" in text
    assert text.rstrip().splitlines()[-4].endswith("./.")


def test_as_of_moves_the_statuses_not_the_data_period(cli: Any) -> None:
    text = report(cli, "--quarter", "1", "--as-of", "2021-04-15")
    assert "từ ngày 01/01/2021 đến ngày 31/3/2021; tình trạng các nhiệm vụ tính đến ngày" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--quarter", "5"), "quý '5'"),
        (("--quarter", "1", "--period", "H1"), "--quarter"),
        ((), "--quarter 1..4"),
        (("--period", "Q7"), "kỳ 'Q7'"),
        (("--period", "H1", "--year", "2030"), "không thuộc thời gian thực hiện kế hoạch"),
        (("--period", "Q2", "--unit", "phong-noi-vu"), "không có kỳ quý II/2021"),
        (("--period", "H1", "--unit", "so-noi-vu"), "không có nhiệm vụ"),
        (("--period", "H1", "--unit", "ubnd-cac-xa"), "là nhóm đơn vị"),
        (("--period", "H1", "-o", "report.txt"), "không biết định dạng"),
        (("--period", "H1", "--format", "pdf"), "pdf"),
        (("--period", "H1", "--template", "missing.md.j2"), "không đọc được mẫu"),
    ],
)
def test_options_that_make_no_sense_exit_2(cli: Any, args: tuple[str, ...], message: str) -> None:
    result = cli("report", "--plan", str(DEMO), *args)
    assert result.exit_code == 2
    assert message in str(result.output)
    assert "Traceback" not in str(result.output)


def test_a_group_gives_one_report_per_member(cli: Any, tmp_path: Path) -> None:
    result = cli("report", "--plan", str(DEMO), "--period", "H1", "--unit", "UBND các xã",
                 "-o", str(tmp_path))  # fmt: skip
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        f"bao-cao-6-thang-2021-57-KH-UBND-{x}.md"
        for x in ("xa-long-giao", "xa-song-ray", "xa-xuan-duong")
    ]
    text = (tmp_path / names[0]).read_text(encoding="utf-8")
    assert "XÃ LONG GIAO" in text


def test_default_names_and_formats(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("report", "--plan", str(DEMO), "--quarter", "2", "--format", "docx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "bao-cao-quy-II-2021-57-KH-UBND.docx").is_file()
    result = cli("report", "--plan", str(DEMO), "--period", "9M", "-o", str(tmp_path))
    assert (tmp_path / "bao-cao-9-thang-2021-57-KH-UBND.md").is_file()
    result = cli("report", "--plan", str(DEMO), "--period", "Y", "-o", "nam.MD")
    assert (tmp_path / "nam.MD").read_text(encoding="utf-8").startswith("| **ỦY BAN")


def _demo_copy(tmp_path: Path) -> Path:
    target = tmp_path / "plan"
    shutil.copytree(DEMO, target)
    return target


def test_notes_cannot_break_a_table(cli: Any, tmp_path: Path) -> None:
    plan = _demo_copy(tmp_path)
    path = plan / "progress" / "2021-Q1" / "phong-noi-vu.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "note: Ban hành kế hoạch tuyên truyền cải cách hành chính của phòng.",
        'note: "Kế hoạch | phụ lục\\n# không phải tiêu đề; Sở KH&CN"',
    )
    path.write_text(text, encoding="utf-8")
    result = cli("report", "--plan", str(plan), "--quarter", "1")
    assert result.exit_code == 0, result.output
    rows = table(str(result.output), "## I. CÔNG TÁC")
    assert all(len(row) == 5 for row in rows)
    assert rows[0][4] == r"Kế hoạch \| phụ lục \# không phải tiêu đề; Sở KH&CN"


def test_a_projects_own_templates_folder_wins(cli: Any, tmp_path: Path) -> None:
    plan = _demo_copy(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "bao-cao.md.j2").write_text(
        "{{ report.subject }} / {{ report.summary.done }}\n", encoding="utf-8"
    )
    result = cli("report", "--plan", str(plan), "--quarter", "1")
    assert str(result.output).startswith("Kết quả thực hiện Kế hoạch số 57/KH-UBND")


def test_a_plan_in_force_from_24_3_under_the_cut_off(cli: Any, tmp_path: Path) -> None:
    plan = _demo_copy(tmp_path)
    path = plan / "plan.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "reporting:\n  convention: calendar",
        "effective: 2021-03-24\nreporting:\n  convention: nd09",
    )
    path.write_text(text, encoding="utf-8")
    for record in (plan / "progress").rglob("*.yaml"):  # dated for calendar quarters
        record.unlink()
    result = cli("report", "--plan", str(plan), "--quarter", "1")
    assert result.exit_code == 2
    assert "quý I/2021 không thuộc thời gian thực hiện kế hoạch (có hiệu lực từ 24/3/2021" in str(
        result.output
    )
    result = cli("report", "--plan", str(plan), "--quarter", "2")
    assert result.exit_code == 0, result.output
    assert "Số liệu báo cáo tính từ ngày 15/3/2021 đến ngày 14/6/2021." in str(result.output)
    result = cli("report", "--plan", str(plan), "--period", "Y")
    assert "Số liệu báo cáo tính từ ngày 15/12/2020 đến ngày 14/12/2021." in str(result.output)
