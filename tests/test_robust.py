"""Regression tests of issue 10: each crash, hang, silent loss or injection, fixed at its root."""

from __future__ import annotations

import datetime as dt
import os
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc import yamlio
from cchc.deadlines import DeadlineError, parse_deadline
from cchc.loading import check_plan
from cchc.messages import CATALOG, translate
from cchc.model import Unit
from cchc.nodes import YamlError
from cchc.problems import Problem, format_github, format_json, format_text
from cchc.safetext import shorten, visible
from cchc.schedule import parse_date, parse_period
from cchc.units import expand
from cchc.vntext import format_date
from cchc.yamlio import load_bytes
from tests.conftest import REPO

# --- the message catalog ------------------------------------------------------------------


def test_every_template_formats_with_its_own_placeholders() -> None:
    # A stray "{ }" in a hint once turned a clean error into an internal error.
    # Formatted the way cchc formats them (translate: plural specs like {errors:error|errors}).
    for key, text in CATALOG.items():
        for lang, template in zip(("vi", "en"), text, strict=True):
            names = {n for _, n, _, _ in string.Formatter().parse(template) if n is not None}
            translate(key, lang, **dict.fromkeys(names, "x"))
            assert all(n.isidentifier() for n in names), key


# --- YAML reading -------------------------------------------------------------------------


def _yaml_error(data: bytes | str) -> YamlError:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(YamlError) as info:
        load_bytes(raw, Path("f.yaml"))
    return info.value


@pytest.mark.parametrize(
    "text",
    [
        "&k type: KH\nplace: *k\n",  # an anchor on a key, used as a value
        "a: &lone 1\nb: 2\n",  # an anchor nobody uses
        "a: [&x 1]\n",
    ],
)
def test_every_anchor_is_refused_like_an_alias(text: str) -> None:
    error = _yaml_error(text)
    assert error.message_key == "yaml.alias"
    assert error.mark.line >= 1


def test_an_ampersand_in_text_is_still_text() -> None:
    node = load_bytes(b"a: R&D *important*\n", Path("f.yaml"))
    assert node.items["a"].text == "R&D *important*"  # type: ignore[union-attr]


def test_a_nul_is_reported_at_its_line_and_column() -> None:
    error = _yaml_error(b"a: 1\nb: x\x00y\n")
    assert (error.message_key, error.mark.line, error.mark.col) == ("yaml.control_char", 2, 5)
    assert error.args_ == {"char": "U+0000"}


@pytest.mark.parametrize("escape", ["\\e]0;PWNED\\a", "\\x9b2J", "\\r\\e[K", "a\\0b"])
def test_control_characters_written_as_escapes_are_refused(escape: str) -> None:
    error = _yaml_error(f'a: 1\nb: "{escape} tail"\n')
    assert (error.message_key, error.mark.line, error.mark.col) == ("yaml.control_char", 2, 4)


def test_block_scalars_keep_their_newlines_and_tabs() -> None:
    node = load_bytes(b"a: |\n  one\n  two\tthree\n", Path("f.yaml"))
    assert node.items["a"].text == "one\ntwo\tthree\n"  # type: ignore[union-attr]


def test_invalid_utf8_column_counts_characters_not_bytes() -> None:
    error = _yaml_error("a: 1\nb: Phòng Nội ".encode() + b"\xff\n")
    assert (error.message_key, error.mark.line, error.mark.col) == ("yaml.not_utf8", 2, 14)


def test_invalid_utf8_after_a_bom_on_line_one() -> None:
    error = _yaml_error(b"\xef\xbb\xbfab: \xff\n")
    assert (error.mark.line, error.mark.col) == (1, 5)


@pytest.mark.parametrize("depth", [33, 600, 999])
def test_deep_nesting_is_refused_with_the_limit(depth: int) -> None:
    error = _yaml_error("x: " + "[" * depth + "]" * depth + "\n")
    assert error.message_key == "yaml.too_deep"
    assert error.args_ == {"limit": yamlio.MAX_DEPTH}


def test_nesting_past_libyaml_limit_is_a_syntax_error() -> None:
    assert _yaml_error("x: " + "[" * 1100 + "]" * 1100 + "\n").message_key == "yaml.syntax"


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * (yamlio.MAX_FILE_BYTES + 10) + b"\n")
    with pytest.raises(YamlError) as info:
        yamlio.load_file(path)
    assert info.value.message_key == "yaml.too_large"


@pytest.mark.parametrize("size", [110_000, 140_000])
def test_too_many_values_are_refused(size: int) -> None:
    # 110,000 items stay under the size that triggers the event scan (refused while
    # converting); 140,000 go over it (refused before any tree is built).
    error = _yaml_error("a: [" + ",".join(["1"] * size) + "]\n")
    assert error.message_key == "yaml.too_many_nodes"


# --- numbers and dates --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["٢٠٢١-٠٣-٢٠", "２０２１-03-20", "20/3/２０２１", "০১/০৩/২০২১"])
def test_non_ascii_digits_are_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["٢٠٢١-Q1", "quý I/２０２１", "２０２１"])
def test_non_ascii_digits_are_not_periods(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    "text", ["0000-01-01", "0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"]
)
def test_dates_outside_the_supported_years_are_refused(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["1899", "2201-Q1", "quý I/9999", "0001-H1"])
def test_periods_outside_the_supported_years_are_refused(text: str) -> None:
    assert parse_period(text) is None


def test_the_edge_years_work_under_both_conventions() -> None:
    for text in ("1900-Q1", "2200-Y"):
        period = parse_period(text)
        assert period is not None
        for convention in ("calendar", "nd09"):
            start, end = period.bounds(convention)
            assert start < end


@pytest.mark.parametrize("text", ["định kỳ ,", "định kỳ ;", "hằng , và"])
def test_a_recurrence_without_periods_is_no_deadline(text: str) -> None:
    with pytest.raises(DeadlineError):
        parse_deadline(text, 2021)


def test_years_print_with_four_digits() -> None:
    assert format_date(dt.date(1, 1, 1)) == "01/01/0001"


# --- groups -------------------------------------------------------------------------------


def _groups(root: Path, groups: dict[str, list[str]]) -> tuple[list[Problem], dict[str, Unit]]:
    """Write units.yaml with the base plan's units plus ``groups``; read and check the plan."""
    lines = [
        "units:",
        "  - {id: ubnd-xa, name: UBND xã, kind: people-committee}",
        "  - {id: phong-a, name: Phòng A, kind: department}",
        "  - {id: phong-b, name: Phòng B, kind: department}",
        "  - {id: leaf, name: Leaf, kind: department}",
        "groups:",
    ]
    lines += [
        f"  - {{id: {g}, name: {g}, kind: other, members: [{', '.join(m)}], complete: true}}"
        for g, m in groups.items()
    ]
    (root / "units.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked = check_plan(root)
    assert checked.plan is not None
    problems = [p for p in checked.problems if p.rule == "group"]
    return problems, {u.id: u for u in checked.plan.units}


def test_a_chain_of_thousands_of_groups_expands_and_checks(base_plan: Path) -> None:
    n = 3000
    chain = {f"g{i}": [f"g{i + 1}"] for i in range(n)} | {f"g{n}": ["leaf"]}
    problems, units = _groups(base_plan, chain)
    assert problems == []
    assert expand("g0", units) == ("leaf",)


def test_diamonds_are_checked_without_exploring_every_path(base_plan: Path) -> None:
    # 66 groups in diamonds took 39 s; 600 would never finish by enumerating paths.
    groups: dict[str, list[str]] = {}
    for level in range(200):
        groups[f"top{level}"] = [f"left{level}", f"right{level}"]
        groups[f"left{level}"] = [f"top{level + 1}"]
        groups[f"right{level}"] = [f"top{level + 1}"]
    groups["top200"] = ["leaf"]
    problems, units = _groups(base_plan, groups)
    assert problems == []
    assert expand("top0", units) == ("leaf",)


def test_a_ring_reports_every_member_with_a_short_loop(base_plan: Path) -> None:
    n = 1000
    problems, _ = _groups(base_plan, {f"g{i}": [f"g{(i + 1) % n}"] for i in range(n)})
    assert len(problems) == n
    loop = str(problems[0].args["cycle"])
    assert loop.startswith("g0 -> g1") and loop.endswith("-> g0") and "…" in loop


def test_a_group_that_lists_itself_is_a_loop(base_plan: Path) -> None:
    problems, _ = _groups(base_plan, {"g": ["g", "leaf"]})
    assert [p.args["cycle"] for p in problems] == ["g -> g"]


def test_loops_through_a_shared_member_name_each_group(base_plan: Path) -> None:
    problems, _ = _groups(base_plan, {"a": ["b"], "b": ["c", "a"], "c": ["b"]})
    cycles = {str(p.args["cycle"]) for p in problems}
    assert cycles == {"a -> b -> a", "b -> c -> b", "c -> b -> c"}


# --- output: escaping -----------------------------------------------------------------------


def _problem(path: str, message: str = "yaml.syntax", **args: object) -> Problem:
    return Problem(Path(path), 3, 4, "yaml", message, args or {"detail": "x"}, hint=None)


def test_a_file_name_cannot_forge_a_github_annotation() -> None:
    forged = "a.yaml\n::error file=README.md,line=1::forged"
    out = format_github([_problem(forged)], "en")
    assert out.count("\n") == 0
    # The newline is shown as "\\n" (as in every format), and ':' ',' cannot end the property.
    assert out.startswith("::error file=a.yaml\\n%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged,")


def test_github_data_escapes_percent_and_line_breaks() -> None:
    from cchc.problems import _github_data

    assert _github_data("100%\r\nx") == "100%25%0D%0Ax"


def test_github_properties_escape_colons_commas_and_percent() -> None:
    out = format_github([_problem("x:1,2%.yaml")], "en")
    assert "file=x%3A1%2C2%25.yaml,line=3,col=4,title=yaml::" in out


def test_text_output_shows_control_characters() -> None:
    out = format_text([_problem("a\r\x1b[2Jb.yaml", detail="\x1b]0;PWNED\x07")], "en")
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert "a\\r\\x1b[2Jb.yaml:3:4" in out and "\\x1b]0;PWNED\\x07" in out


def test_json_output_escapes_c1_controls() -> None:
    out = format_json([_problem("a\x9bb.yaml")], "en")
    assert "\x9b" not in out and "a\\u009bb.yaml" in out


def test_visible_and_shorten() -> None:
    assert visible("a\u202eb\tc\n") == "a\\u202eb\\tc\\n"
    assert visible("a\tb\nc\x1b", keep_newlines=True) == "a\tb\nc\\x1b"
    assert shorten("x" * 5000, 21) == "x" * 10 + "…" + "x" * 10
    assert shorten("short") == "short"


# --- the command line ---------------------------------------------------------------------


def _run(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None, stdout: int | None = None
):  # type: ignore[no-untyped-def]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CCHC_")}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cchc", *args],
        cwd=cwd,
        env=environ,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "args", [("validate", "plan"), ("status", "--plan", "plan", "--as-of", "2021-06-30")]
)
def test_a_closed_output_pipe_is_no_error(args: tuple[str, ...]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before cchc writes a byte
    try:
        result = _run(*args, stdout=write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 0
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("status", "--plan", "plan", "--unit", ""), "--unit"),
        (("list", "--plan", "plan", "--section", " "), "--section"),
        (("status", "--plan", "plan", "--lang", ""), "--lang"),
        (("validate", ""), "PATH"),
    ],
)
def test_empty_values_are_refused(
    cli: Callable[..., object], args: tuple[str, ...], option: str
) -> None:
    result = cli(*args, "--lang", "en") if option != "--lang" else cli(*args)
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert option in result.output  # type: ignore[attr-defined]


def test_columns_zero_still_prints_the_dashboard() -> None:
    # The Rich views (drawn into the pipe on request) fall back to 80 columns.
    env = {"COLUMNS": "0", "CCHC_TERMINAL": "rich"}
    result = _run("status", "--plan", "plan", "--as-of", "2021-06-30", env=env)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) > 10
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_plan_text_is_never_markup(base_plan: Path, cli: Callable[..., object]) -> None:
    plan = base_plan / "plan.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "title: Kế hoạch thử", 'title: "Phòng Nội vụ [/] thử [ghi chú] [bold]x"'
    )
    plan.write_text(text, encoding="utf-8")
    for command in ("status", "list", "overdue"):
        result = cli(command, "--plan", str(base_plan), "--as-of", "2021-06-30")
        assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    result = cli("status", "--plan", str(base_plan), "--as-of", "2021-06-30")
    assert "Phòng Nội vụ [/] thử [ghi chú] [bold]x" in result.output  # type: ignore[attr-defined]


def test_empty_reporting_periods_are_an_error(base_plan: Path) -> None:
    plan = base_plan / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("periods: [Q1, H1, 9M, Y]", "periods: []"),
        encoding="utf-8",
    )
    assignments = base_plan / "assignments" / "phong-a.yaml"
    assignments.write_text(
        assignments.read_text(encoding="utf-8").replace(
            "hoàn thành trong quý I/2021", "theo kỳ báo cáo"
        ),
        encoding="utf-8",
    )
    problems = check_plan(base_plan).problems
    assert "flow.no_periods" in [p.message for p in problems]


def test_quiet_pipe_swallows_a_closed_reader() -> None:
    from cchc.streams import QuietPipe, guard

    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w", encoding="utf-8") as stream:
        quiet = guard(stream)
        assert guard(quiet) is quiet
        assert quiet.write("x" * 100_000) == 100_000
        quiet.flush()
        assert isinstance(quiet, QuietPipe) and quiet.broken
        assert quiet.write("more") == 4  # dropped without trying
        quiet.flush()
        assert quiet.encoding == "utf-8"  # everything else is the stream's


def test_quiet_pipe_passes_text_through(tmp_path: Path) -> None:
    from cchc.streams import guard

    with (tmp_path / "out.txt").open("w", encoding="utf-8") as stream:
        quiet = guard(stream)
        quiet.write("một dòng\n")
        quiet.flush()
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "một dòng\n"


def test_control_characters_in_arguments_are_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cchc import cli

    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps both; restore them after
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    monkeypatch.setattr(sys, "argv", ["cchc", "report", "--signer", "\x1b]0;PWNED\x07"])
    monkeypatch.setenv("CCHC_LANG", "en")
    assert cli.main() == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b]0;PWNED\\x07" in err


def test_a_failure_while_reporting_an_error_is_no_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from cchc import cli
    from cchc.errors import UsageError

    # "yaml.syntax" needs {detail}: formatting it fails inside the error handler itself.
    assert cli._report(UsageError("yaml.syntax"), "en") == 3
    assert "internal error" in capsys.readouterr().err
    assert cli._report(UsageError("cli.bad_date", value="x\x1b"), "en") == 2
    assert "x\\x1b" in capsys.readouterr().err
