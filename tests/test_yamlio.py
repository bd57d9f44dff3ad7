"""The YAML policy: positions, duplicate keys, aliases, tags, encodings, no implicit typing."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.yamlio import Map, Scalar, Seq, YamlError, load_bytes, load_file

P = Path("f.yaml")


def load(text: str | bytes) -> Map:
    return load_bytes(text.encode("utf-8") if isinstance(text, str) else text, P)


def error(text: str | bytes) -> YamlError:
    with pytest.raises(YamlError) as info:
        load(text)
    return info.value


def test_values_keep_their_text_and_position() -> None:
    root = load("# comment\na: 1\nb:\n  - x\n  - 'y'\n")
    a = root.items["a"]
    assert isinstance(a, Scalar)
    assert (a.text, a.mark.line, a.mark.col, a.quoted) == ("1", 2, 4, False)
    b = root.items["b"]
    assert isinstance(b, Seq)
    second = b.items[1]
    assert isinstance(second, Scalar)
    assert (second.text, second.quoted, second.mark.line) == ("y", True, 5)
    assert root.key_marks["b"].line == 3


@pytest.mark.parametrize("text", ["no", "yes", "on", "off", "2021-02-30", "012", "1e3", "~"])
def test_no_implicit_typing(text: str) -> None:
    value = load(f"v: {text}\n").items["v"]
    assert isinstance(value, Scalar)
    assert value.text == text


def test_duplicate_key_names_both_lines() -> None:
    exc = error("a: 1\nb: 2\na: 3\n")
    assert exc.kind == "duplicate-key"
    assert exc.mark.line == 3
    assert exc.args_ == {"key": "a", "first_line": 1}


def test_duplicate_key_in_nested_mapping() -> None:
    exc = error("top:\n  x: 1\n  x: 2\n")
    assert (exc.kind, exc.mark.line, exc.mark.col) == ("duplicate-key", 3, 3)


def test_alias_is_rejected() -> None:
    exc = error("a: &x {k: v}\nb: *x\n")
    assert exc.message_key == "yaml.alias"


def test_alias_to_no_anchor_is_rejected_where_it_stands() -> None:
    exc = error("a: 1\nb: *nowhere\n")
    assert (exc.message_key, exc.mark.line, exc.mark.col) == ("yaml.alias", 2, 4)


def test_the_tree_keeps_every_position_and_quote() -> None:
    root = load('a:\n  - k: "v"\n    n: [1, 2]\nb: |\n  text\n')
    item = root.items["a"].items[0]  # type: ignore[union-attr]
    assert (root.mark.line, root.mark.col, root.key_marks["b"].line) == (1, 1, 4)
    assert isinstance(item, Map) and (item.mark.line, item.mark.col) == (2, 5)
    assert item.items["k"] == Scalar("v", item.items["k"].mark, True)
    assert (item.items["k"].mark.line, item.items["k"].mark.col) == (2, 8)
    assert [(s.text, s.mark.col, s.quoted) for s in item.items["n"].items] == [  # type: ignore[union-attr]
        ("1", 9, False),
        ("2", 12, False),
    ]
    assert root.items["b"] == Scalar("text\n", root.items["b"].mark, True)


def test_alias_bomb_is_rejected_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    exc = error("\n".join(lines) + "\n")  # 9**9 strings if expanded; refused at the first alias
    assert (exc.message_key, exc.mark.line) == ("yaml.alias", 1)


@pytest.mark.parametrize(
    "text", ["a: !!python/object:os.system x\n", "a: !custom x\n", "a: !!binary aGk=\n"]
)
def test_non_standard_tags_are_rejected(text: str) -> None:
    assert error(text).message_key == "yaml.tag"


def test_bom_is_accepted() -> None:
    value = load(b"\xef\xbb\xbfa: Ph\xc3\xb2ng\n").items["a"]
    assert isinstance(value, Scalar)
    assert value.text == "Phòng"


def test_invalid_utf8_names_line_and_column() -> None:
    exc = error(b"a: ok\nb: \xff\n")
    assert (exc.message_key, exc.mark.line, exc.mark.col) == ("yaml.not_utf8", 2, 4)


def test_tab_indentation_names_line() -> None:
    exc = error("a:\n\tb: 1\n")
    assert (exc.message_key, exc.mark.line, exc.mark.col) == ("yaml.tab", 2, 1)


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n", "---\n"])
def test_empty_file(text: str) -> None:
    assert error(text).message_key == "yaml.empty"


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n"])
def test_root_must_be_mapping(text: str) -> None:
    assert error(text).message_key == "yaml.root_not_mapping"


def test_several_documents() -> None:
    assert error("a: 1\n---\nb: 2\n").message_key == "yaml.many_documents"


def test_syntax_error_has_position() -> None:
    exc = error("a: [1, 2\nb: 3\n")
    assert exc.message_key == "yaml.unclosed_bracket"
    assert (exc.mark.line, exc.mark.col) == (1, 4)  # where the bracket opens


def test_unknown_syntax_error_keeps_pyyaml_detail() -> None:
    exc = error("%YAML 1.1\n%YAML 1.1\n---\na: 1\n")
    assert exc.message_key == "yaml.syntax"
    assert exc.args_["detail"]


def test_complex_key_rejected() -> None:
    assert error("? [a, b]\n: 1\n").message_key == "yaml.complex_key"


def test_merge_key_rejected() -> None:
    assert error("a: {x: 1}\nb:\n  <<: {y: 2}\n").message_key == "yaml.merge"
    assert "<<" in load("'<<': a quoted key is plain text\n").items


def test_load_file_reads_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("tên: Nội vụ\n".encode())
    root = load_file(path)
    assert root.mark.path == path
    assert isinstance(root.items["tên"], Scalar)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_anything_else(text: str) -> None:
    with contextlib.suppress(YamlError):
        load(text)


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_arbitrary_bytes_never_raise_anything_else(data: bytes) -> None:
    with contextlib.suppress(YamlError):
        load(data)


def test_windows_line_endings_keep_positions() -> None:
    root = load(b"a: 1\r\nb:\r\n  c: x\r\n")
    inner = root.items["b"]
    assert isinstance(inner, Map)
    assert inner.key_marks["c"].line == 3


@pytest.mark.parametrize(
    ("text", "line", "col", "char"),
    [
        ("# note\u2028more\na: 1\n", 1, 7, "U+2028"),  # LINE SEPARATOR in a comment
        ("a: 1\nb: x\u2029y\n", 2, 5, "U+2029"),
        ("a: 1\n# \x85\nb: 2\n", 2, 3, "U+0085"),  # NEL
        ("a: 1\rb: 2\rc: \x07\r", 3, 4, "U+0007"),  # lines ending in a lone CR
        ("a: 1\r\nb: \x07\r\n", 2, 4, "U+0007"),
    ],
)
def test_line_breaks_editors_do_not_see_are_refused_where_they_stand(
    text: str, line: int, col: int, char: str
) -> None:
    # YAML counts NEL, U+2028 and U+2029 as line breaks, editors and `grep -n` do not: every
    # line number after one would be off by one. They are refused, at the line an editor shows.
    exc = error(text)
    assert (exc.message_key, exc.mark.line, exc.mark.col, exc.args_["char"]) == (
        "yaml.control_char",
        line,
        col,
        char,
    )


def test_a_tab_after_a_dash_is_named_a_tab() -> None:
    exc = error('ghi_chu: "Phòng Nội vụ"\nrecords:\n  -\tassignment: V.1.1\n')
    assert (exc.message_key, exc.mark.line, exc.mark.col) == ("yaml.tab", 3, 4)
