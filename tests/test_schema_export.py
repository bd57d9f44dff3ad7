"""JSON Schemas for editors: generated from the specs, committed, shipped, and right about
the shipped plan, every example and the structural mistakes of the invalid corpus."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from cchc import schema, schema_export
from cchc.messages import CATALOG
from cchc.nodes import Map, Node, Scalar
from cchc.schema_export import FILES, all_schemas, file_schema, modeline_for, schema_for
from cchc.yamlio import load_bytes
from tests.conftest import EXAMPLES, REPO, build_tree

PLAN_FOLDERS = [REPO / "plan", *sorted(p.parent for p in (REPO / "examples").rglob("plan.yaml"))]
_INT = re.compile(r"^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")


def editor_view(node: Node) -> Any:
    """The data as an editor reads the YAML (1.2 core schema): what the schemas are about."""
    if isinstance(node, Map):
        return {key: editor_view(value) for key, value in node.items.items()}
    if not isinstance(node, Scalar):
        return [editor_view(item) for item in node.items]
    text = node.text
    if node.quoted:
        return text
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text, 0) if text.startswith("0") and len(text) > 1 else int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def _validator(kind: str) -> jsonschema.protocols.Validator:
    schema_doc = file_schema(kind)
    cls = jsonschema.validators.validator_for(schema_doc)
    cls.check_schema(schema_doc)
    return cls(schema_doc, format_checker=cls.FORMAT_CHECKER)


VALIDATORS = {kind: _validator(kind) for kind in FILES}


def errors_in(path: Path, root: Path) -> list[str] | None:
    """Schema errors of a plan file; None when it is no kind of plan file."""
    kind = schema_for(path.relative_to(root).as_posix())
    if kind is None:
        return None
    data = editor_view(load_bytes(path.read_bytes(), path))
    return [e.message for e in VALIDATORS[kind].iter_errors(data)]


def test_the_committed_and_shipped_schemas_are_what_the_code_generates() -> None:
    generated = all_schemas("vi")
    for folder in (REPO / "schemas", REPO / "cchc" / "schemas"):
        on_disk = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")}
        # A spec changed: run `cchc schema -o schemas && cchc schema -o cchc/schemas`.
        assert on_disk == generated, f"run: cchc schema -o {folder.relative_to(REPO)}"


def test_every_field_has_a_description_and_dates_and_deadlines_have_examples() -> None:
    for kind in FILES:
        doc = file_schema(kind, "en", strict=True)
        objects = [doc, *doc["$defs"].values()]
        for obj in objects:
            for name, prop in obj.get("properties", {}).items():
                assert prop["description"], (kind, name)
    text = json.dumps(file_schema("assignments"), ensure_ascii=False)
    assert "định kỳ hằng quý" in text and "quý II/2021" in text
    record = file_schema("progress")["$defs"]["record"]["properties"]
    assert record["date"]["pattern"] == schema_export.DATE_PATTERN
    assert re.match(record["date"]["pattern"], "ngày 05/3/2021")


def test_every_description_in_the_catalog_is_used() -> None:
    builder = schema_export.Builder("vi")
    for kind, spec in FILES.items():
        builder.obj(spec, f"{kind}-file")
    fixed = {"jsonschema.stale"} | {f"jsonschema.title.{kind}" for kind in FILES}
    keys = {k for k in CATALOG if k.startswith("jsonschema.")} - fixed
    assert sorted(keys - builder.used) == []


def test_a_field_without_a_description_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = dict(schema_export.specs.PROGRESS_FILE.fields)
    fields["brand_new"] = schema.Field(schema.Text())
    monkeypatch.setattr(schema_export.specs.PROGRESS_FILE, "fields", fields)
    with pytest.raises(
        schema_export.MissingDescription, match=r"jsonschema\.progress-file\.brand_new"
    ):
        file_schema("progress", strict=True)


def test_an_unknown_kind_of_spec_fails() -> None:
    class Odd(schema.Spec):
        pass

    with pytest.raises(TypeError, match="no JSON Schema for Odd"):
        schema_export.Builder("vi").spec(Odd(), "x")


@pytest.mark.parametrize("root", PLAN_FOLDERS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_the_shipped_plan_and_every_example_validate(root: Path) -> None:
    checked = 0
    for path in sorted(root.rglob("*.y*ml")):
        found = errors_in(path, root)
        if found is not None:
            assert found == [], path
            checked += 1
    assert checked >= 3


@pytest.mark.parametrize("case", sorted((EXAMPLES / "valid").glob("*.yaml")), ids=lambda p: p.stem)
def test_valid_corpus_cases_validate(case: Path, tmp_path: Path) -> None:
    root = _materialise(case, tmp_path)
    for path in sorted(root.rglob("*.yaml")):
        assert errors_in(path, root) in ([], None), path


def _materialise(case: Path, tmp_path: Path) -> Path:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    root = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "base", root)
    for name in spec.get("remove", []):
        (root / name).unlink()
    build_tree(root, spec.get("files", {}))
    return root


# Structural mistakes a JSON Schema can express: the corpus cases whose every expected problem
# is one of these (the rest need the plan as a whole, or the calendar, or YAML's own rules).
EXPRESSIBLE = {
    "unknown-key",
    "missing-key",
    "wrong-type",
    "yes-is-not-bool",
    "negative-number",
}


@pytest.mark.parametrize("name", sorted(EXPRESSIBLE))
def test_the_schemas_reject_the_structural_mistakes_of_the_invalid_corpus(
    name: str, tmp_path: Path
) -> None:
    case = EXAMPLES / "invalid" / f"{name}.yaml"
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    root = _materialise(case, tmp_path)
    for expected in spec["expect"]:
        found = errors_in(root / expected["file"], root)
        assert found, (name, expected["file"])


def test_file_kinds_and_modelines(tmp_path: Path) -> None:
    assert schema_for("plan.yaml") == "plan"
    assert schema_for("content/a.yaml") == "content"
    assert schema_for("assignments/phong-a.yaml") == "assignments"
    assert schema_for("progress/2021-Q1/phong-a.yaml") == "progress"
    assert schema_for("progress/README.md") is None
    assert schema_for("notes.yaml") is None
    root = tmp_path / "plan"
    line = modeline_for(root / "progress" / "2021-Q1" / "phong-a.yaml", root)
    assert line == "# yaml-language-server: $schema=../../../schemas/progress.schema.json"
    assert modeline_for(root / "plan.yaml", root) == (
        "# yaml-language-server: $schema=../schemas/plan.schema.json"
    )
    assert modeline_for(root / "x" / "y.txt", root) is None


def test_cchc_schema_writes_and_checks(tmp_path: Path, cli: Any) -> None:
    out = tmp_path / "s"
    result = cli("schema", "-o", str(out))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(all_schemas())
    assert cli("schema", "-o", str(out), "--check").exit_code == 0
    (out / "plan.schema.json").write_text("{}", encoding="utf-8")
    result = cli("schema", "-o", str(out), "--check", "--lang", "en")
    assert result.exit_code == 1
    assert "plan.schema.json is missing or out of date" in result.output
    english = cli("schema", "-o", str(tmp_path / "en"), "--lang", "en")
    assert english.exit_code == 0
    assert "Id of the lead unit" in (tmp_path / "en" / "assignments.schema.json").read_text(
        encoding="utf-8"
    )
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert cli("schema", "-o", str(tmp_path / "file")).exit_code == 2


@pytest.mark.parametrize("root", PLAN_FOLDERS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_plan_file_names_its_schema_on_its_first_line(root: Path) -> None:
    for path in sorted(root.rglob("*")):
        line = modeline_for(path, root, REPO / "schemas") if path.is_file() else None
        if line is not None:
            first = path.read_text(encoding="utf-8").split("\n", 1)[0]
            assert first == line, path
            target = (path.parent / first.removeprefix(schema_export.MODELINE)).resolve()
            assert target.is_file(), path
