"""Benchmarks: ``python benchmarks/run.py`` prints figures; nothing here asserts a limit.

Every figure is a whole process, as users run it: the ``cchc`` script installed beside the
running interpreter (``python -m cchc`` where there is none), with bytecode caching on
(PYTHONDONTWRITEBYTECODE is removed from the environment: users' machines cache bytecode).

1. The bare interpreter (``python -c pass``), measured in the same run, as the unit of ratios.
2. The shipped plan: ``--help``, ``validate``, ``status``.
3. Generated province plans (benchmarks/generate.py) of 100, 1,000, 10,000 and 50,000 progress
   records: ``validate``, ``status``, ``overdue``, ``list`` (table and json) and ``report`` (md,
   docx) when the command exists; warm (the parse cache filled by an earlier run) and cold (an
   empty cache folder); medians and peak memory (max RSS of the process).
4. Where Taskwarrior is installed (Debian package ``taskwarrior``): the same number of tasks
   imported into a throwaway TASKDATA; ``cchc overdue`` and ``cchc status`` against ``task
   overdue`` (and ``cchc overdue`` with an empty cache against it), and ``cchc status`` against
   ``task summary``, interleaved round by round, with the ratio of each round.

Options: ``--sizes 100,1000`` to choose sizes, ``--rounds N`` (default 5), ``--no-task``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_plan  # noqa: E402

PYTHON = sys.executable
SCRIPT = Path(PYTHON).with_name("cchc.exe" if os.name == "nt" else "cchc")
"""The script ``pip install`` puts beside the interpreter: what users type."""


def environment(cache: Path) -> dict[str, str]:
    """The environment of every measured process: bytecode cached, cache folder chosen."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["CCHC_CACHE_DIR"] = str(cache)
    env["COLUMNS"] = "120"
    env.pop("CCHC_PLAN", None)
    return env


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one process; its output is discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = 0  # reaped by wait4 already
    return elapsed, usage.ru_maxrss / 1024


def cchc(*args: str) -> list[str]:
    if SCRIPT.exists():
        return [str(SCRIPT), *args]
    return [PYTHON, "-m", "cchc", *args]


def has_command(name: str, env: dict[str, str]) -> bool:
    result = subprocess.run(
        cchc(name, "--help"), cwd=REPO, env=env, capture_output=True, check=False
    )
    return result.returncode == 0


def measure(command: list[str], env: dict[str, str], rounds: int, fresh: Path | None) -> tuple:
    """Median seconds and the largest peak memory of ``rounds`` runs.

    With ``fresh``, each run gets an empty cache folder under it (the cold case)."""
    times, peaks = [], []
    for n in range(rounds):
        run_env = env
        if fresh is not None:
            folder = fresh / f"cold-{time.monotonic_ns()}-{n}"
            run_env = {**env, "CCHC_CACHE_DIR": str(folder)}
        elapsed, peak = run_once(command, run_env)
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def row(label: str, seconds: float, peak: float, bare: float) -> None:
    print(f"  {label:<44} {seconds * 1000:9.1f} ms {seconds / bare:7.1f}× {peak:8.1f} MB")


def header(title: str) -> None:
    print(f"\n{title}")
    print(f"  {'command':<44} {'median':>12} {'/python':>8} {'peak':>11}")


def taskwarrior(count: int, folder: Path) -> dict[str, str] | None:
    """A throwaway TASKDATA holding ``count`` tasks; its environment, or None without task."""
    if shutil.which("task") is None:
        return None
    data = folder / "taskdata"
    data.mkdir()
    rc = folder / "taskrc"
    rc.write_text(
        f"data.location={data}\nconfirmation=off\nverbose=nothing\nhooks=off\n"
        "gc=off\nrecurrence=off\n",
        encoding="utf-8",
    )
    rng = random.Random(count)
    start = dt.date(2024, 1, 1)
    tasks = []
    for n in range(count):
        due = start + dt.timedelta(days=rng.randrange(0, 730))
        entry = due - dt.timedelta(days=60)
        task = {
            "uuid": f"{n:08x}-0000-4000-8000-{n:012x}",
            "description": f"Báo cáo kết quả tuyên truyền cải cách hành chính số {n}",
            "project": f"xa{n % 100:03d}",
            "entry": entry.strftime("%Y%m%dT000000Z"),
            "due": due.strftime("%Y%m%dT000000Z"),
            "status": "pending" if n % 3 else "completed",
        }
        if task["status"] == "completed":
            task["end"] = due.strftime("%Y%m%dT000000Z")
        tasks.append(task)
    source = folder / "tasks.json"
    source.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "TASKRC": str(rc), "TASKDATA": str(data)}
    subprocess.run(
        ["task", "import", str(source)],
        env=env,
        capture_output=True,
        check=True,
    )
    return env


def compare(root: Path, count: int, env: dict[str, str], rounds: int, folder: Path) -> None:
    """cchc against Taskwarrior, round by round, on the same number of items."""
    task_env = taskwarrior(count, folder)
    if task_env is None:
        print("  (Taskwarrior not installed: apt-get install taskwarrior to compare)")
        return
    pairs = (  # the targets compare both commands with `task overdue`, warm and cold
        ("overdue", cchc("overdue", "--plan", str(root)), ["task", "overdue"]),
        ("status", cchc("status", "--plan", str(root)), ["task", "overdue"]),
        ("status", cchc("status", "--plan", str(root)), ["task", "summary"]),
        ("overdue, empty cache", cchc("overdue", "--plan", str(root)), ["task", "overdue"]),
    )
    for name, ours, theirs in pairs:
        ratios, mine, others = [], [], []
        for n in range(rounds):
            run_env = env
            if "empty cache" in name:
                run_env = {**env, "CCHC_CACHE_DIR": str(folder / f"compare-cold-{n}")}
            a, _ = run_once(ours, run_env)
            b, _ = run_once(theirs, task_env)
            ratios.append(a / b)
            mine.append(a)
            others.append(b)
        rounds_text = " ".join(f"{r:.2f}" for r in ratios)
        print(
            f"  cchc {name:<20} {statistics.median(mine) * 1000:7.1f} ms  "
            f"task {' '.join(theirs[1:]):<8} {statistics.median(others) * 1000:7.1f} ms  "
            f"ratio median {statistics.median(ratios):.2f} (rounds: {rounds_text})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000,50000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-task", action="store_true")
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="cchc-bench-") as temp:
        work = Path(temp)
        env = environment(work / "cache")
        subprocess.run(cchc("--help"), cwd=REPO, env=env, capture_output=True, check=False)
        print(
            f"python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} cores"
        )
        bare, _ = measure([PYTHON, "-c", "pass"], env, options.rounds * 2, None)
        print(f"bare interpreter (python -c pass): {bare * 1000:.1f} ms")
        print(f"cchc run as: {' '.join(cchc())}")
        report = has_command("report", env)
        header("shipped plan (plan/)")
        for label, args in (
            ("--help", ["--help"]),
            ("validate", ["validate", "plan"]),
            ("status", ["status", "--plan", "plan"]),
        ):
            row(label, *measure(cchc(*args), env, options.rounds, None), bare)
        for size in sizes:
            root = work / f"plan-{size}"
            records = write_plan(root, size)
            files = sum(1 for _ in root.rglob("*.yaml"))
            header(f"generated province plan: {records:,} records in {files:,} files")
            commands = [
                ("validate", ["validate", str(root)]),
                ("status", ["status", "--plan", str(root)]),
                ("overdue", ["overdue", "--plan", str(root)]),
                ("list", ["list", "--plan", str(root)]),
                ("list --format json", ["list", "--plan", str(root), "--format", "json"]),
            ]
            if report:
                commands += [
                    ("report --period Y (md)", ["report", "--plan", str(root), "--period", "Y"]),
                    (
                        "report --period Y (docx)",
                        [
                            "report",
                            "--plan",
                            str(root),
                            "--period",
                            "Y",
                            "-o",
                            str(work / f"report-{size}.docx"),
                        ],
                    ),
                ]
            for label, args in commands:
                subprocess.run(cchc(*args), cwd=REPO, env=env, capture_output=True, check=False)
                row(label, *measure(cchc(*args), env, options.rounds, None), bare)
                row(label + " (empty cache)", *measure(cchc(*args), env, 3, work), bare)
            if not options.no_task:
                compare(root, records, env, options.rounds, Path(tempfile.mkdtemp(dir=work)))
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
