"""The message catalog: complete in both languages, every key used exists."""

from __future__ import annotations

import re
import string

from cchc.messages import CATALOG, Key, translate
from cchc.vocab import OBLIGATION_STATES as STATES
from tests.conftest import REPO


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_are_complete_with_the_same_placeholders() -> None:
    for key, text in CATALOG.items():
        assert text.vi.strip() and text.en.strip(), key
        assert _fields(text.vi) == _fields(text.en), key


def test_every_key_used_in_the_code_exists() -> None:
    pattern = re.compile(
        r'"((?:yaml|schema|layout|unique|reference|group|lead|date|deadline|'
        r"progress|record|correction|hint|cli|type|kind|help|status|col|show|overdue|list|"
        r"severity|label|diff|newyear|jsonschema|number|target|funding|provenance|enactment|"
        r'measure|report)\.[a-z_.-]+)"'
    )
    used = set()
    for path in (REPO / "cchc").rglob("*.py"):
        used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    used |= {f"hint.{k}" for k in used if k.startswith("layout.")}
    used |= {f"state.{state}" for state in STATES} | {f"severity.{s}" for s in ("error", "warning")}
    assert used - set(CATALOG) == set()


def test_nested_keys_are_translated() -> None:
    text = translate("schema.wrong_type", "en", expected=Key("type.list"), found=Key("type.text"))
    assert text == "expected a list, found text"
    assert translate(
        "schema.wrong_type", "vi", expected=Key("type.list"), found=Key("type.text")
    ) == ("cần một danh sách, nhưng gặp một đoạn chữ")


def test_a_value_that_spells_a_key_is_data_not_a_key() -> None:
    # A plan value "yaml.syntax" once was translated as a key and crashed (missing {detail}).
    assert translate("schema.bad_id", "en", value="yaml.syntax") == (
        "'yaml.syntax' is not a valid id"
    )


def test_readme_documents_every_rule() -> None:
    from cchc.checks import RULES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule in [*RULES, "yaml", "duplicate-key", "schema", "file-layout"]:
        assert f"`{rule}`" in readme, rule


def test_every_catalog_key_is_used() -> None:
    sources = [p for p in (REPO / "cchc").rglob("*.py") if p.name != "messages.py"]
    code = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    # jsonschema.*: field descriptions, checked in tests/test_schema_export.py
    dynamic = ("state.", "severity.", "hint.layout.", "hint.yaml.", "jsonschema.")
    quoted = set(re.findall(r"[\"']([a-z_]+\.[a-z0-9_.-]+)[\"']", code))
    unused = [k for k in CATALOG if k not in quoted and not k.startswith(dynamic)]
    assert unused == []
