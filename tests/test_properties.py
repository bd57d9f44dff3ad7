"""Property tests: the reader, the deadline parser and the period arithmetic never crash.

Random YAML either parses into nodes or yields a YamlError with a position inside the file;
any text either is a deadline or raises DeadlineError; periods of every year 1-9999 either
parse to a period whose dates are consistent or are refused (outside MIN_YEAR..MAX_YEAR).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cchc.deadlines import DeadlineError, parse_deadline
from cchc.schedule import (
    MAX_YEAR,
    MIN_YEAR,
    PERIOD_KINDS,
    Period,
    parse_date,
    parse_period,
)
from cchc.vntext import format_date
from cchc.yamlio import Map, Scalar, Seq, YamlError, load_bytes

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# YAML-ish text: the characters that make YAML structure, plus letters, digits, controls and
# Vietnamese, so that random strings often look like plan files.
_ALPHABET = st.sampled_from(
    list(" \n\t:-[]{},&*!|>'\"#%@`?~.0123456789abcxyzĐđươẠạ\x00\x1b\r\x85\ufeff\u202e")
)
_LINES = st.lists(
    st.sampled_from(
        [
            "records:",
            "  - assignment: III.2",
            "    date: 2021-03-25",
            "    state: done",
            "key: value",
            "- item",
            "  nested: [a, b]",
            "&a x: *a",
            "? complex",
            "---",
            "...",
            "!!python/object:os.system x",
            '"\\e[2J"',
            "<<: {a: 1}",
        ]
    ),
    max_size=8,
)


def _positions_inside(error: YamlError, text: bytes) -> None:
    # YAML breaks lines at \r, \x85, U+2028 too (so do editors): count every break.
    lines = len(text.decode("utf-8", errors="replace").splitlines()) + 1
    assert 1 <= error.mark.line <= lines + 1
    assert error.mark.col >= 1


@SETTINGS
@given(st.one_of(st.text(_ALPHABET, max_size=200), _LINES.map("\n".join)))
@example("a: 1\n\x00")
@example("&k a: 1\nb: *k")
def test_random_yaml_parses_or_reports_a_position(text: str) -> None:
    data = text.encode("utf-8")
    try:
        node = load_bytes(data, Path("f.yaml"))
    except YamlError as error:
        _positions_inside(error, data)
        return
    assert isinstance(node, Map)
    stack: list[Scalar | Seq | Map] = [node]
    while stack:  # every node has a position inside the file
        current = stack.pop()
        assert current.mark.line >= 1 and current.mark.col >= 1
        if isinstance(current, Seq):
            stack.extend(current.items)
        elif isinstance(current, Map):
            stack.extend(current.items.values())


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes_never_crash_the_reader(data: bytes) -> None:
    try:
        load_bytes(data, Path("f.yaml"))
    except YamlError as error:
        _positions_inside(error, data)


_DEADLINE_WORDS = st.lists(
    st.sampled_from(
        [
            "hoàn thành",
            "trong",
            "trước",
            "quý",
            "I",
            "IV",
            "4",
            "/",
            "2021",
            "0001",
            "9999",
            "năm",
            "6 tháng",
            "đầu",
            "định kỳ",
            "hằng",
            ",",
            "và",
            "ngày",
            "31/3/2021",
            "thường xuyên",
            "kịp thời",
            "theo kỳ báo cáo",
            "٢٠٢١",
            "２０２１",
            "-",
        ]
    ),
    max_size=7,
).map(" ".join)


@SETTINGS
@given(st.one_of(_DEADLINE_WORDS, st.text(max_size=40)), st.integers(MIN_YEAR, MAX_YEAR))
def test_any_text_is_a_deadline_or_refused(text: str, year: int) -> None:
    try:
        deadline = parse_deadline(text, year)
    except DeadlineError:
        return
    if deadline.date is not None:
        assert MIN_YEAR <= deadline.date.year <= MAX_YEAR
    if deadline.period is not None:
        assert MIN_YEAR <= deadline.period.year <= MAX_YEAR
        deadline.period.bounds("nd09")  # never overflows
    if deadline.kind == "recurring" and not deadline.follows_reporting:
        assert deadline.recurring or deadline.occurrences, "a recurrence names a period"


@SETTINGS
@given(st.integers(1, 9999), st.sampled_from(PERIOD_KINDS))
def test_periods_of_every_year_parse_or_are_refused(year: int, kind: str) -> None:
    code = Period(year, kind).code
    period = parse_period(code)
    if not MIN_YEAR <= year <= MAX_YEAR:
        assert period is None
        return
    assert period == Period(year, kind)
    assert period.code == code
    for convention in ("calendar", "nd09"):
        start, end = period.bounds(convention)
        assert start < end
        assert (end - start).days < 366
        assert end.year == year
    assert parse_period(period.label("vi")) == period


@SETTINGS
@given(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_dates_of_every_year_print_and_parse_back_or_are_refused(day: dt.date) -> None:
    text = format_date(day)
    assert len(text) == 10  # 01/01/0001: four-digit years always
    parsed = parse_date(text)
    assert parsed == (day if MIN_YEAR <= day.year <= MAX_YEAR else None)
    assert parse_date(day.isoformat()) == parsed


_SEGMENT = st.text(alphabet="ab.-_", min_size=1, max_size=6).filter(lambda s: s not in (".", ".."))


@given(
    st.lists(_SEGMENT, min_size=1, max_size=4).map("/".join),
    st.sampled_from(["", ".yaml", ".yml", ".YAML", ".yaml.txt", "/.yaml", ".md"]),
)
def test_the_readers_stem_is_the_stem_of_the_path(stem: str, suffix: str) -> None:
    # The reader takes file names apart as strings (a plan has thousands of files); it must
    # say what pathlib would.
    from pathlib import PurePosixPath

    from cchc.reader import _is_yaml, _stem

    name = stem + suffix
    assert _stem(name) == PurePosixPath(name).stem
    assert _is_yaml(name) == (PurePosixPath(name).suffix in (".yaml", ".yml"))
