# ruff: noqa: E501 - a table of cases reads better one case per line
"""The corpus of hostile inputs: each case changes a copy of tests/examples/base and says what
cchc must answer (exit code, and for validate every problem's rule, file, line and column).

A case is data plus, where files alone cannot say it (a FIFO, a link, a 50 MB file), a small
``setup`` function. tests/test_hostile.py runs each one in a subprocess with a time limit and
checks that no file of the plan changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Expect = tuple[str, str, int, "int | None"]
"""rule, file (relative to the plan), line, column (None: any column)."""

P = "progress/2021-Q1/phong-b.yaml"
A = "assignments/phong-b.yaml"
PLAN = "plan.yaml"
UNITS = "units.yaml"


@dataclass(frozen=True)
class Case:
    """One hostile input and what cchc must say about it."""

    id: str
    files: dict[str, str | bytes] = field(default_factory=dict)
    expect: tuple[Expect, ...] = ()
    args: tuple[str, ...] = ("validate",)
    """Command line after ``cchc``; ``{plan}`` is replaced by the plan folder."""
    exit: int = 1
    setup: Callable[[Path], None] | None = None
    stderr: str | None = None
    """Text the error output must contain (for usage errors)."""
    env: dict[str, str] = field(default_factory=dict)


def _record(body: str) -> str:
    return f"records:\n  - assignment: III.2\n{body}"


def _replace(path: str, old: str, new: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        target = root / path
        text = target.read_text(encoding="utf-8")
        assert old in text, (path, old)
        target.write_text(text.replace(old, new), encoding="utf-8")

    return setup


def _flow(days: str) -> str:
    """The base plan's one legacy flow written as a ``flows`` entry due ``days`` after the end."""
    return (
        "  flows:\n"
        "    - id: xa\n"
        "      from: cac-phong\n"
        "      to: ubnd-xa\n"
        "      periods: [Q1, H1, 9M, Y]\n"
        f"      due: {{days_after_end: {days}}}"
    )


def _fifo(root: Path) -> None:
    os.mkfifo(root / "progress" / "2021-Q1" / "phong-c.yaml")


def _dangling(root: Path) -> None:
    (root / "assignments" / "phong-c.yaml").symlink_to(root / "nowhere.yaml")


def _loop(root: Path) -> None:
    (root / "assignments" / "phong-c.yaml").symlink_to(root / "assignments" / "phong-c.yaml")


def _outside(root: Path) -> None:
    outside = root.parent / "secret.yaml"
    outside.write_text("lead: phong-c\nassignments: []\n", encoding="utf-8")
    (root / "assignments" / "phong-c.yaml").symlink_to(outside)


def _folder_as_plan_file(root: Path) -> None:
    (root / "units.yaml").unlink()
    (root / "units.yaml").mkdir()


def _progress_as_file(root: Path) -> None:
    import shutil

    shutil.rmtree(root / "progress")
    (root / "progress").write_text("records: []\n", encoding="utf-8")


def _period_file(root: Path) -> None:
    (root / "progress" / "2021-Q2").write_text("", encoding="utf-8")


def _nested(root: Path) -> None:
    (root / "progress" / "2021-Q1" / "a" / "b" / "c" / "d").mkdir(parents=True)


def _big(root: Path) -> None:
    # 50 MB, written in the test: never committed.
    with (root / P).open("wb") as stream:
        stream.write(b"records:\n")
        chunk = b"  - {assignment: III.2, occurrence: 2021-Q1, date: 2021-03-25, state: done}\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            stream.write(chunk)


def _chain(n: int) -> str:
    head = (
        "units:\n"
        "  - {id: ubnd-xa, name: UBND xã, kind: people-committee}\n"
        "  - {id: phong-a, name: Phòng A, kind: department}\n"
        "  - {id: phong-b, name: Phòng B, kind: department}\n"
        "groups:\n"
        "  - {id: cac-phong, name: Các phòng, kind: other, members: [phong-a, phong-b], "
        "complete: true}\n"
    )
    links = "".join(
        f"  - {{id: g{i}, name: G{i}, kind: other, members: [g{i + 1}], complete: true}}\n"
        for i in range(n)
    )
    return (
        head
        + links
        + f"  - {{id: g{n}, name: G, kind: other, members: [phong-a], complete: true}}\n"
    )


def _diamonds(levels: int) -> str:
    head = _chain(0)
    rows = []
    for i in range(levels):
        rows.append(f"  - {{id: t{i}, name: T{i}, kind: other, members: [l{i}, r{i}], {DONE}}}\n")
        rows.append(f"  - {{id: l{i}, name: L{i}, kind: other, members: [t{i + 1}], {DONE}}}\n")
        rows.append(f"  - {{id: r{i}, name: R{i}, kind: other, members: [t{i + 1}], {DONE}}}\n")
    rows.append(f"  - {{id: t{levels}, name: T, kind: other, members: [phong-a], {DONE}}}\n")
    return head + "".join(rows)


DONE = "complete: true"
EXTRA = "  - {{id: {id}, section: III, text: Thêm., deadline: thường xuyên}}\n"
BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)

CASES: tuple[Case, ...] = (
    # --- YAML syntax and encoding ----------------------------------------------------------
    Case("syntax-error", {P: "records: [\n  - a\n"}, (("yaml", P, 2, 3),)),
    Case("syntax-bad-indent", {P: "records:\n  - a: 1\n   b: 2\n"}, (("yaml", P, 3, 4),)),
    Case("unclosed-quote", {P: 'records:\n  - "abc\n'}, (("yaml", P, 2, 5),)),  # where it opens
    Case(
        "duplicate-key",
        {P: _record("    date: 2021-03-25\n    date: 2021-03-26\n")},
        (("duplicate-key", P, 4, 5),),
    ),
    Case("tab-indent", {P: "records:\n\t- assignment: III.2\n"}, (("yaml", P, 2, 1),)),
    Case("invalid-utf8", {P: b"records:\n  - note: Ph\xc3\xb2ng \xff\n"}, (("yaml", P, 2, 17),)),
    Case(
        "latin1",
        {P: "records:\n  - note: Phòng\n".encode("latin-1", "replace")},
        (("yaml", P, 2, 13),),
    ),
    Case("utf16", {P: "records: []\n".encode("utf-16")}, (("yaml", P, 1, 1),)),
    Case(
        "utf8-bom-is-fine",
        {P: "\ufeff" + _record("    occurrence: 2021-Q1\n    date: 2021-03-25\n    state: done\n")},
        exit=0,
    ),
    Case("bom-in-the-middle", {P: "records: []\n\ufeffx: 1\n"}, (("yaml", P, 2, 2),)),
    Case("empty-file", {P: ""}, (("yaml", P, 1, 1),)),
    Case("whitespace-only", {P: "  \n\n   \n"}, (("yaml", P, 1, 1),)),
    Case("comments-only", {P: "# nothing yet\n---\n"}, (("yaml", P, 1, 1),)),
    Case("root-is-a-list", {P: "- a\n- b\n"}, (("yaml", P, 1, 1),)),
    Case("root-is-text", {P: "just text\n"}, (("yaml", P, 1, 1),)),
    Case("many-documents", {P: "records: []\n---\nrecords: []\n"}, (("yaml", P, 2, 1),)),
    Case(
        "python-tag",
        {P: "records: !!python/object/apply:os.system ['touch /tmp/pwned']\n"},
        (("yaml", P, 1, 10),),
    ),
    Case("custom-tag", {P: "records: !secret []\n"}, (("yaml", P, 1, 10),)),
    Case("alias-bomb", {P: BILLION_LAUGHS}, (("yaml", P, 1, 4),)),
    Case("alias", {P: "x: &a 1\nrecords: *a\n"}, (("yaml", P, 1, 4),)),
    Case("anchor-on-a-key", {P: "&k records: []\nnote: *k\n"}, (("yaml", P, 1, 1),)),
    Case("lone-anchor", {P: "records: &r []\n"}, (("yaml", P, 1, 10),)),
    Case("merge-key", {P: "base: {a: 1}\n<<: {records: []}\n"}, (("yaml", P, 2, 1),)),
    Case("complex-key", {P: "? [a, b]\n: 1\n"}, (("yaml", P, 1, 3),)),
    Case("nul-byte", {P: b"records: []\nnote: a\x00b\n"}, (("yaml", P, 2, 8),)),
    Case("escape-sequence", {P: _record('    note: "\\e]0;PWNED\\a"\n')}, (("yaml", P, 3, 11),)),
    Case("c1-csi", {P: _record('    note: "\\x9b2J"\n')}, (("yaml", P, 3, 11),)),
    Case(
        "carriage-return-overwrite", {P: _record('    note: "\\r\\e[Kok"\n')}, (("yaml", P, 3, 11),)
    ),
    Case("raw-escape-byte", {P: b"records: []\nnote: \x1b[2J\n"}, (("yaml", P, 2, 7),)),
    Case(
        "bidi-override",
        setup=_replace(PLAN, "title: Kế hoạch thử", "title: Kế hoạch \u202ethử"),
        expect=(("yaml", PLAN, 4, 8),),
    ),
    Case("nesting-600", {P: "records: " + "[" * 600 + "]" * 600 + "\n"}, (("yaml", P, 1, None),)),
    Case(
        "nesting-1100", {P: "records: " + "[" * 1100 + "]" * 1100 + "\n"}, (("yaml", P, 1, None),)
    ),
    Case("file-of-50-mb", setup=_big, expect=(("yaml", P, 1, 1),)),
    Case(
        "million-item-list",
        {P: "records: [" + ",".join(["1"] * 1_000_000) + "]\n"},
        (("yaml", P, 1, None),),
    ),
    # --- numbers, dates, deadlines ---------------------------------------------------------
    Case(
        "integer-5000-digits",
        {
            P: _record(
                "    occurrence: 2021-Q1\n    date: 2021-03-25\n    state: done\n    counts: {tin-bai: "
                + "9" * 5000
                + "}\n"
            )
        },
        (("schema", P, 6, 23),),
    ),
    Case(
        "fullwidth-digits",
        {
            P: _record(
                "    occurrence: 2021-Q1\n    date: 2021-03-25\n    state: done\n    counts: {tin-bai: ８５}\n"
            )
        },
        (("schema", P, 6, 23),),
    ),
    Case(
        "arabic-indic-date",
        {P: _record("    occurrence: 2021-Q1\n    date: ٢٠٢١-٠٣-٢٠\n    state: done\n")},
        (("date", P, 4, 11),),
    ),
    Case(
        "year-one",
        {P: _record("    occurrence: 2021-Q1\n    date: 0001-01-01\n    state: done\n")},
        (("date", P, 4, 11),),
    ),
    Case(
        "year-9999",
        {P: _record("    occurrence: 2021-Q1\n    date: 9999-12-31\n    state: done\n")},
        (("date", P, 4, 11),),
    ),
    Case(
        "impossible-date",
        {P: _record("    occurrence: 2021-Q1\n    date: 2021-02-30\n    state: done\n")},
        (("date", P, 4, 11),),
    ),
    Case(
        "occurrence-year-one",
        {P: _record("    occurrence: 0001-Q1\n    date: 2021-03-25\n    state: done\n")},
        (("schema", P, 3, 17),),
    ),
    Case(
        "occurrence-of-another-year",
        {P: _record("    occurrence: '2020'\n    date: 2021-03-25\n    state: done\n")},
        (("progress-record", P, 2, 5),),
    ),
    Case(
        "plan-of-thousands-of-years",
        setup=_replace(PLAN, "end: 2021-12-31", "end: 2200-12-31"),
        expect=(("date", PLAN, 2, 1),),
    ),
    Case(
        "plan-start-year-zero",
        setup=_replace(PLAN, "start: 2021-01-01", "start: 0000-01-01"),
        expect=(("date", PLAN, 8, 17),),
    ),
    Case(
        "deadline-year-9999",
        setup=_replace(A, "định kỳ 3 tháng, 6 tháng, 9 tháng và năm", "quý IV/9999"),
        expect=(("deadline", A, 7, 15),),
    ),
    Case(
        "huge-submit-within-days",
        setup=_replace(
            PLAN, "recipient: ubnd-xa", "recipient: ubnd-xa\n  submit_within_days: 99999999999"
        ),
        expect=(("schema", PLAN, 19, 23),),
    ),
    Case(
        "huge-days-after-end",
        setup=_replace(
            PLAN, "  periods: [Q1, H1, 9M, Y]\n  recipient: ubnd-xa", _flow("99999999999")
        ),
        expect=(("schema", PLAN, 22, 29),),
    ),
    Case(
        "huge-negative-days-after-end",
        setup=_replace(
            PLAN, "  periods: [Q1, H1, 9M, Y]\n  recipient: ubnd-xa", _flow("-99999999999")
        ),
        expect=(("schema", PLAN, 22, 29),),
    ),
    Case(
        "days-after-end-at-its-limit",
        setup=_replace(PLAN, "  periods: [Q1, H1, 9M, Y]\n  recipient: ubnd-xa", _flow("-366")),
        args=("status", "--plan", "{plan}", "--as-of", "2021-06-30"),
        exit=0,
    ),
    Case(
        "huge-days-after-end-status",
        setup=_replace(
            PLAN, "  periods: [Q1, H1, 9M, Y]\n  recipient: ubnd-xa", _flow("-99999999999")
        ),
        args=("status", "--plan", "{plan}", "--as-of", "2021-06-30"),
    ),
    Case(
        "recurrence-without-periods",
        setup=_replace(A, "định kỳ 3 tháng, 6 tháng, 9 tháng và năm", '"định kỳ ,"'),
        expect=(("deadline", A, 7, 15),),
    ),
    Case(
        "unknown-deadline-form",
        setup=_replace(A, "định kỳ 3 tháng, 6 tháng, 9 tháng và năm", "sớm nhất có thể"),
        expect=(("deadline", A, 7, 15),),
    ),
    # --- wrong types ----------------------------------------------------------------------
    Case("records-is-text", {P: "records: none\n"}, (("schema", P, 1, 10),)),
    Case("record-is-a-list", {P: "records:\n  - [III.2, 2021-Q1]\n"}, (("schema", P, 2, 5),)),
    Case(
        "date-is-a-mapping",
        {P: _record("    occurrence: 2021-Q1\n    date: {day: 25}\n    state: done\n")},
        (("schema", P, 4, 11),),
    ),
    Case(
        "counts-is-a-list",
        {
            P: _record(
                "    occurrence: 2021-Q1\n    date: 2021-03-25\n    state: done\n    counts: [1, 2]\n"
            )
        },
        (("schema", P, 6, 13),),
    ),
    Case(
        "title-is-a-list",
        setup=_replace(PLAN, "title: Kế hoạch thử", "title: [Kế hoạch, thử]"),
        expect=(("schema", PLAN, 4, 8),),
    ),
    Case(
        "assignments-is-a-mapping",
        {A: "lead: phong-b\nassignments: {III.2: x}\n"},
        (("schema", A, 2, 14),),
    ),
    Case(
        "coordinators-is-text",
        setup=_replace(A, "    deadline:", "    coordinators: phong-a\n    deadline:"),
        expect=(("schema", A, 7, 19),),
    ),
    Case(
        "state-is-a-number",
        {P: _record("    occurrence: 2021-Q1\n    date: 2021-03-25\n    state: 1\n")},
        (("schema", P, 5, 12),),
    ),
    # --- references, ids, groups ----------------------------------------------------------
    Case(
        "unknown-reference",
        setup=_replace(A, "    deadline:", "    coordinators: [phong-z]\n    deadline:"),
        expect=(("reference", A, 7, 20),),
    ),
    Case(
        "value-spelling-a-message-key",
        setup=_replace(A, "    deadline:", "    coordinators: [yaml.syntax]\n    deadline:"),
        expect=(("reference", A, 7, 20),),
    ),
    Case(
        "group-cycle",
        {UNITS: _chain(0).replace("members: [phong-a, phong-b]", "members: [phong-a, cac-phong]")},
        (("group", UNITS, 6, 5),),
    ),
    Case(
        "id-collision-across-files",
        setup=_replace(A, "assignments:\n", f"assignments:\n{EXTRA.format(id='III.1')}"),
        expect=(("unique-id", A, 4, 5),),
    ),
    Case(
        "confusable-id",
        setup=_replace(A, "assignments:\n", "assignments:\n" + EXTRA.format(id="III.\u0662")),
        expect=(("schema", A, 4, 10),),
    ),
    Case(
        "cyrillic-letter-in-a-reference",
        setup=_replace(A, "    deadline:", "    coordinators: [phong-\u0430]\n    deadline:"),
        expect=(("reference", A, 7, 20),),
    ),
    Case(
        "path-traversing-unit-id",
        {
            UNITS: _chain(0)
            + "  - {id: ../../etc, name: X, kind: other, members: [phong-a], complete: true}\n"
        },
        (("schema", UNITS, 8, 10),),
    ),
    Case(
        "path-traversing-lead",
        setup=_replace(A, "lead: phong-b", "lead: ../../etc/passwd"),
        expect=(
            ("file-layout", A, 2, 7),
            ("reference", A, 2, 7),
            ("progress-record", P, 3, 5),
        ),
    ),
    Case(
        "progress-of-an-unknown-unit",
        {"progress/2021-Q1/phong-z.yaml": "records: []\n"},
        (("reference", "progress/2021-Q1/phong-z.yaml", 1, 1),),
    ),
    Case("chain-of-1000-groups", {UNITS: _chain(1000)}, exit=0),
    Case("diamonds-of-300-groups", {UNITS: _diamonds(100)}, exit=0),
    # --- files and folders ----------------------------------------------------------------
    Case("fifo", setup=_fifo, expect=(("file-layout", "progress/2021-Q1/phong-c.yaml", 1, 1),)),
    Case(
        "dangling-link",
        setup=_dangling,
        expect=(("file-layout", "assignments/phong-c.yaml", 1, 1),),
    ),
    Case("link-loop", setup=_loop, expect=(("file-layout", "assignments/phong-c.yaml", 1, 1),)),
    Case(
        "link-outside-the-plan",
        setup=_outside,
        expect=(("file-layout", "assignments/phong-c.yaml", 1, 1),),
    ),
    Case(
        "folder-named-units-yaml",
        setup=_folder_as_plan_file,
        expect=(("file-layout", UNITS, 1, 1),),
    ),
    Case(
        "progress-is-a-file", setup=_progress_as_file, expect=(("file-layout", "progress", 1, 1),)
    ),
    Case(
        "broken-plan-yml-beside-plan-yaml",
        {"plan.yml": "title: [\n"},
        (("file-layout", "plan.yml", 1, 1),),
    ),
    Case(
        "notepad-txt",
        {"progress/2021-Q1/phong-a.txt": "records: []\n"},
        (("file-layout", "progress/2021-Q1/phong-a.txt", 1, 1),),
        args=("validate", "--strict"),
    ),
    Case(
        "yaml-txt",
        {"progress/2021-Q1/phong-a.yaml.txt": "records: []\n"},
        (("file-layout", "progress/2021-Q1/phong-a.yaml.txt", 1, 1),),
        args=("validate", "--strict"),
    ),
    Case(
        "upper-case-suffix",
        {"assignments/phong-c.YAML": "lead: phong-c\n"},
        (("file-layout", "assignments/phong-c.YAML", 1, 1),),
        args=("validate", "--strict"),
    ),
    Case(
        "folders-nested-too-deep",
        setup=_nested,
        expect=(("file-layout", "progress/2021-Q1/a/b", 1, 1),),
    ),
    Case(
        "control-character-in-a-file-name",
        {"assignments/phong-c\x1b[2J.yaml": "lead: phong-c\n"},
        (("file-layout", "assignments/phong-c\x1b[2J.yaml", 1, 1),),
    ),
    # --- hostile command-line values --------------------------------------------------------
    Case("empty-unit", args=("status", "--plan", "{plan}", "--unit", ""), exit=2, stderr="--unit"),
    Case(
        "empty-section",
        args=("list", "--plan", "{plan}", "--section", ""),
        exit=2,
        stderr="--section",
    ),
    Case("empty-lang", args=("status", "--plan", "{plan}", "--lang", ""), exit=2, stderr="--lang"),
    Case("empty-path", args=("validate", ""), exit=2, stderr="PATH"),
    Case(
        "arabic-as-of",
        args=("status", "--plan", "{plan}", "--as-of", "٢٠٢١-٠٣-٢٠"),
        exit=2,
        stderr="٢٠٢١-٠٣-٢٠",
    ),
    Case(
        "as-of-year-one",
        args=("overdue", "--plan", "{plan}", "--as-of", "0001-01-01"),
        exit=2,
        stderr="0001-01-01",
    ),
    Case(
        "escape-in-unit",
        args=("status", "--plan", "{plan}", "--unit", "\x1b]0;PWNED\x07"),
        exit=2,
        stderr="\\x1b]0;PWNED\\x07",
    ),
    Case(
        "escape-in-report-signer",
        args=("report", "--plan", "{plan}", "--period", "2021-Q1", "--signer", "\x1b[2J"),
        exit=2,
        stderr="\\x1b[2J",
    ),
    # --- outputs: report and record --------------------------------------------------------
    Case(
        "report-into-a-missing-folder",
        args=(
            "report",
            "--plan",
            "{plan}",
            "--period",
            "2021-Q1",
            "--as-of",
            "2021-04-01",
            "-o",
            "{plan}/../nowhere/r.docx",
        ),
        exit=2,
        stderr="nowhere",
    ),
    Case(
        "report-into-a-file-as-folder",
        args=(
            "report",
            "--plan",
            "{plan}",
            "--period",
            "2021-Q1",
            "--as-of",
            "2021-04-01",
            "-o",
            "{plan}/plan.yaml/r.md",
        ),
        exit=2,
        stderr="plan.yaml",
    ),
    Case(
        "template-syntax-error",
        args=(
            "report",
            "--plan",
            "{plan}",
            "--period",
            "2021-Q1",
            "--as-of",
            "2021-04-01",
            "--template",
            "{plan}/../bad.md.j2",
        ),
        exit=2,
        stderr="bad.md.j2:1",
        setup=lambda root: (root.parent / "bad.md.j2").write_text("{% if %}", encoding="utf-8"),
    ),
    Case(
        "template-sandbox-escape",
        args=(
            "report",
            "--plan",
            "{plan}",
            "--period",
            "2021-Q1",
            "--as-of",
            "2021-04-01",
            "--template",
            "{plan}/../esc.md.j2",
        ),
        exit=2,
        stderr="esc.md.j2:1",
        setup=lambda root: (root.parent / "esc.md.j2").write_text(
            "{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8"
        ),
    ),
    Case(
        "record-where-the-period-folder-is-a-file",
        args=(
            "record",
            "III.1",
            "--plan",
            "{plan}",
            "--unit",
            "phong-a",
            "--state",
            "done",
            "--date",
            "2021-06-20",
        ),
        exit=2,
        setup=_period_file,
    ),
    Case("unknown-format", args=("validate", "{plan}", "--format", "xml"), exit=2, stderr="xml"),
    Case("negative-window", args=("status", "--plan", "{plan}", "--window", "-1"), exit=2),
    Case("plan-path-over-255-bytes", args=("validate", "/tmp/" + "a" * 300), exit=2, stderr="a…a"),
    Case("missing-plan-folder", args=("validate", "{plan}/nowhere"), exit=2, stderr="nowhere"),
    Case(
        "columns-zero",
        args=("status", "--plan", "{plan}", "--as-of", "2021-06-30"),
        exit=0,
        env={"COLUMNS": "0"},
    ),
    Case(
        "markup-in-plan-text",
        args=("status", "--plan", "{plan}", "--as-of", "2021-06-30"),
        exit=0,
        setup=_replace(PLAN, "title: Kế hoạch thử", 'title: "Phòng Nội vụ [/] [ghi chú]"'),
    ),
)
