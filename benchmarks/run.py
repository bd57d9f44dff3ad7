"""Benchmarks: python benchmarks/run.py prints timings; nothing here asserts a limit.

1. Start-up: `cchc --help` and `cchc validate` on the shipped plan, as subprocesses.
2. Province scale: a generated plan with 100 communes and 30 agencies over three years
   (2021-2023), ~36,000 progress records in ~1,500 files: read + validate, then status.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cchc.dashboard import build  # noqa: E402
from cchc.loading import check_plan  # noqa: E402
from cchc.tracking import assess  # noqa: E402

COMMUNES, AGENCIES, YEARS = 100, 30, (2021, 2022, 2023)


def timed(label: str, action: Callable[[], object], repeat: int = 5) -> None:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    print(
        f"{label:<48} median {statistics.median(runs) * 1000:8.1f} ms"
        f"  (min {min(runs) * 1000:.1f}, {repeat} runs)"
    )


def cli(*args: str) -> Callable[[], object]:
    command = [sys.executable, "-m", "cchc", *args]
    return lambda: subprocess.run(command, cwd=REPO, capture_output=True, check=False)


def generate(root: Path) -> int:
    """Write the province-scale plan under ``root``; return the number of records."""
    shutil.copytree(REPO / "plan", root)
    plan = (root / "plan.yaml").read_text(encoding="utf-8")
    plan = plan.replace("  end: 2021-12-31", "  end: 2023-12-31")
    (root / "plan.yaml").write_text(plan, encoding="utf-8")
    units = (root / "units.yaml").read_text(encoding="utf-8")
    communes = [f"xa-{i:03d}" for i in range(COMMUNES)]
    agencies = [f"co-quan-{i:02d}" for i in range(AGENCIES)]
    extra = "".join(
        f"  - {{id: {u}, name: Đơn vị {u}, kind: commune}}\n" for u in communes + agencies
    )
    units = units.replace("\ngroups:\n", "\n" + extra + "\ngroups:\n")
    units = units.replace("    members: []\n", f"    members: [{', '.join(communes)}]\n")
    units = units.replace(
        "      - trung-tam-van-hoa-thong-tin-the-thao\n",
        "      - trung-tam-van-hoa-thong-tin-the-thao\n"
        + "".join(f"      - {a}\n" for a in agencies),
    )
    (root / "units.yaml").write_text(units, encoding="utf-8")
    duties = ["V.1.2", "V.1.3", "V.1.4"]
    count = 0
    for year in YEARS:
        for quarter in range(1, 5):
            folder = root / "progress" / f"{year}-Q{quarter}"
            folder.mkdir(parents=True)
            month = quarter * 3 - 1
            for unit in communes + agencies:
                lines = ["# generated\nrecords:\n"]
                for day in range(1, 8):
                    for duty in duties:
                        date = dt.date(year, month, day * 3)
                        lines.append(
                            f"  - {{assignment: {duty}, date: {date}, "
                            f"state: in-progress, counts: {{tin-bai-web: {day}}}}}\n"
                        )
                        count += 1
                (folder / f"{unit}.yaml").write_text("".join(lines), encoding="utf-8")
    return count


def main() -> None:
    print(f"python {sys.version.split()[0]}")
    timed("cchc --help (subprocess)", cli("--help"))
    timed("cchc validate plan/ (subprocess)", cli("validate", "plan"))
    timed("cchc status plan/ (subprocess)", cli("status", "--plan", "plan"))
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "plan"
        records = generate(root)
        files = sum(1 for _ in root.rglob("*.yaml"))
        print(f"province scale: {records} records in {files} files")
        timed("read + validate (in process)", lambda: check_plan(root), repeat=3)
        checked = check_plan(root)
        assert checked.plan is not None and not checked.problems, checked.problems[:3]
        plan = checked.plan
        as_of = dt.date(2023, 12, 31)
        timed(
            "assess + dashboard (in process)",
            lambda: build(plan, assess(plan, as_of), as_of, False),
            repeat=3,
        )
        obligations = len(assess(plan, as_of))
        print(f"obligations: {obligations}")
        timed(
            "cchc status --format json (subprocess)",
            cli("status", "--plan", str(root), "--format", "json"),
            repeat=3,
        )


if __name__ == "__main__":
    main()
