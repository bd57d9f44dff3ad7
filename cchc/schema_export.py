"""JSON Schema (2020-12) of each kind of plan file, generated from the specs in cchc.specs.

Editors (VS Code's YAML extension) read these to complete keys and flag mistakes while typing;
cchc itself never validates with them: ``cchc validate`` is the authority and says more.

The schema describes the YAML as an editor sees it (YAML 1.2: ``true`` a boolean, ``12`` a
number, ``2021-03-05`` a string), so a field cchc reads as text also accepts a number.
Descriptions come from the message catalog, ``jsonschema.<object>.<field>`` or, for a field
that means the same everywhere, ``jsonschema.field.<field>``; a missing one is an error, so a
field added to a spec without a description fails the tests.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc import schema, specs, specs_document
from cchc.messages import CATALOG, translate

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES = {
    "plan": specs.PLAN_FILE,
    "units": specs.UNITS_FILE,
    "content": specs.CONTENT_FILE,
    "assignments": specs.ASSIGNMENTS_FILE,
    "progress": specs.PROGRESS_FILE,
}
"""Kinds of plan file: plan.yaml, units.yaml, content(.yaml|/*.yaml), assignments/*.yaml,
progress/<period>/*.yaml."""

SCALAR = ["string", "number"]  # text as an editor may type it; cchc reads every scalar as text
DATE_PATTERN = r"^\s*(\d{4}-\d{1,2}-\d{1,2}|([Nn]g[àa]y\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*$"
ISSUE_MONTH_OR_YEAR = (
    r"^\s*((tháng|thang)\s+)?\d{1,2}\s*/\s*\d{4}\s*$|^\s*\d{4}-\d{1,2}\s*$"
    r"|^\s*((năm|nam)\s+)?\d{4}\s*$"
)
ID_PATTERN = schema.ID_PATTERN.pattern
NUMBER_PATTERN = r"^[+-]?\d+([.,]\d+)?$"
PERIOD_EXAMPLES = ["2021-Q1", "2021-H1", "2021-9M", "2021", "quý I/2021", "6 tháng đầu năm 2021"]
DEADLINE_EXAMPLES = [
    "2021-03-31",
    "31/3/2021",
    "quý II/2021",
    "tháng 10/2021",
    "quý II - quý IV/2021",
    "định kỳ hằng quý",
    "định kỳ 3 tháng, 6 tháng, 9 tháng và năm",
    "trước 15/12 hằng năm",
    "thường xuyên",
    "khi phát sinh",
]


class MissingDescription(LookupError):
    """A field has no description in the catalog."""


def _spec_names() -> dict[int, str]:
    """Object specs by the name they have in the specs modules: ``ASSIGNMENT`` → assignment."""
    names: dict[int, str] = {}
    for module in (specs_document, specs):
        for name, value in vars(module).items():
            spec = value.spec if isinstance(value, schema.Field) else value
            while isinstance(spec, schema.ListOf):
                spec = spec.item
            if isinstance(spec, schema.Obj) and id(spec) not in names:
                names[id(spec)] = name.strip("_").lower().replace("_", "-")
    return names


@dataclass
class Builder:
    """Turns specs into schema fragments, collecting shared objects under ``$defs``."""

    lang: str
    names: dict[int, str] = field(default_factory=_spec_names)
    defs: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def describe(self, owner: str, name: str) -> str:
        """The field's description from the catalog; noted as missing when there is none."""
        for key in (f"jsonschema.{owner}.{name}", f"jsonschema.field.{name}"):
            if key in CATALOG:
                self.used.add(key)
                return translate(key, self.lang)
        self.missing.append(f"jsonschema.{owner}.{name}")
        return ""

    def obj(self, spec: schema.Obj, owner: str) -> dict[str, Any]:
        name = self.names.get(id(spec), owner)
        if name in self.defs:
            return {"$ref": f"#/$defs/{name}"}
        self.defs[name] = {}  # reserve: a spec may contain itself
        properties = {}
        for key, fld in spec.fields.items():
            node = dict(self.spec(fld.spec, f"{name}.{key}"))
            node["description"] = self.describe(name, key)
            default = _default(fld.default)
            if default is not None and not fld.required:
                node["default"] = default
            properties[key] = node
        body: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        required = [k for k, f in spec.fields.items() if f.required]
        if required:
            body["required"] = required
        self.defs[name] = body
        return {"$ref": f"#/$defs/{name}"}

    def spec(self, spec: schema.Spec, owner: str) -> dict[str, Any]:
        for kind, make in _HANDLERS:
            if isinstance(spec, kind):
                return make(self, spec, owner)
        raise TypeError(f"no JSON Schema for {type(spec).__name__}: add it to cchc.schema_export")


def _default(value: Any) -> Any:
    if isinstance(value, (str, int, bool)) and not isinstance(value, type):
        return value
    return None


def _text(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    if getattr(spec, "pattern", None) is not None:
        return {"type": SCALAR, "pattern": spec.pattern.pattern}
    return {"type": SCALAR, "minLength": 1}


def _int(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    node: dict[str, Any] = {"type": "integer", "minimum": spec.minimum}
    if spec.maximum is not None:
        node["maximum"] = spec.maximum
    return node


def _number(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    whole = r"^[+-]?\d+$" if spec.whole else NUMBER_PATTERN
    kind = "integer" if spec.whole else "number"
    return {"anyOf": [{"type": "string", "pattern": whole}, {"type": kind}], "examples": ["100"]}


def _choice(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {"enum": list(spec.choices)}


def _date(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {"type": "string", "pattern": DATE_PATTERN, "examples": ["2021-03-05", "05/3/2021"]}


def _issue_date(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {
        "anyOf": [
            _date(b, spec, owner),
            {"type": "string", "pattern": ISSUE_MONTH_OR_YEAR},
            {"type": "integer", "minimum": 1900, "maximum": 2200},
        ],
        "examples": ["2021-03-05", "03/2021", 2021],
    }


def _period(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {"type": ["string", "integer"], "examples": PERIOD_EXAMPLES}


def _deadline(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {"type": ["string", "integer"], "minLength": 1, "examples": DEADLINE_EXAMPLES}


def _list(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {"type": "array", "items": b.spec(spec.item, owner)}


def _counts(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {
        "type": "object",
        "propertyNames": {"pattern": ID_PATTERN},
        "additionalProperties": {"type": "integer", "minimum": 0},
    }


def _measured(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    value = _number(b, specs_document.Number(), owner)
    return {
        "type": "object",
        "propertyNames": {"pattern": ID_PATTERN},
        "additionalProperties": value,
    }


def _citation_or_text(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return {"anyOf": [{"type": "string", "minLength": 1}, b.obj(spec.citation, owner)]}


def _due(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    ref = b.obj(specs.DueSpec._fields, "due-rule")
    return {"allOf": [ref], "minProperties": 1, "maxProperties": 1}


def _reporting(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    flows = b.obj(specs._FLOWS_SHAPE, "flows-shape")
    legacy = b.obj(specs._LEGACY_SHAPE, "legacy-shape")
    return {"oneOf": [flows, legacy]}


def _obj(b: Builder, spec: Any, owner: str) -> dict[str, Any]:
    return b.obj(spec, owner)


# Most specific first: IssueDate is a Date, ID is a Text.
_HANDLERS: list[tuple[type, Callable[[Builder, Any, str], dict[str, Any]]]] = [
    (specs_document.IssueDate, _issue_date),
    (schema.Date, _date),
    (schema.Text, _text),
    (schema.RefTo, _text),
    (schema.Int, _int),
    (specs_document.Number, _number),
    (schema.Bool, lambda b, s, o: {"type": "boolean"}),
    (schema.Choice, _choice),
    (schema.PeriodSpec, _period),
    (schema.DeadlineSpec, _deadline),
    (schema.ListOf, _list),
    (schema.Counts, _counts),
    (specs_document.Measured, _measured),
    (specs_document.CitationOrText, _citation_or_text),
    (specs.DueSpec, _due),
    (specs.ReportingSpec, _reporting),
    (schema.Obj, _obj),
]


def file_schema(kind: str, lang: str = "vi", strict: bool = False) -> dict[str, Any]:
    """The JSON Schema of one kind of plan file (a key of FILES); ``strict`` raises
    MissingDescription for a field the catalog does not describe (the tests use it)."""
    builder = Builder(lang)
    root = builder.obj(FILES[kind], f"{kind}-file")
    if builder.missing and strict:
        raise MissingDescription(", ".join(sorted(set(builder.missing))))
    name = root["$ref"].rsplit("/", 1)[1]
    body = builder.defs.pop(name)
    return {
        "$schema": DIALECT,
        "$id": f"{kind}.schema.json",
        "title": translate(f"jsonschema.title.{kind}", lang),
        **body,
        "$defs": dict(sorted(builder.defs.items())),
    }


def all_schemas(lang: str = "vi") -> dict[str, str]:
    """File name → JSON text, for every kind of plan file."""
    return {
        f"{kind}.schema.json": json.dumps(file_schema(kind, lang), ensure_ascii=False, indent=2)
        + "\n"
        for kind in FILES
    }


def schema_for(relative: str) -> str | None:
    """The kind of plan file at ``relative`` (a path inside the plan folder), if it is one."""
    parts = relative.split("/")
    stem = parts[-1].rsplit(".", 1)[0]
    if len(parts) == 1 and stem in ("plan", "units", "content"):
        return stem
    if parts[0] == "content" and len(parts) == 2:
        return "content"
    if parts[0] == "assignments" and len(parts) == 2:
        return "assignments"
    if parts[0] == "progress" and len(parts) == 3:
        return "progress"
    return None


MODELINE = "# yaml-language-server: $schema="
SCHEMAS_FOLDER = "schemas"
"""Where a plan repository keeps the schemas: beside the plan folder (``<repo>/schemas``)."""


def modeline_for(path: Path, plan_root: Path, schemas: Path | None = None) -> str | None:
    """The first line that tells VS Code which schema ``path`` (a file in the plan folder
    ``plan_root``) follows: the relative path from the file to ``schemas/<kind>.schema.json``,
    ``schemas`` being by default the folder beside the plan folder (``<repo>/schemas``)."""
    kind = schema_for(path.relative_to(plan_root).as_posix())
    if kind is None:
        return None
    folder = schemas if schemas is not None else plan_root.parent / SCHEMAS_FOLDER
    target = folder / f"{kind}.schema.json"
    return MODELINE + Path(os.path.relpath(target, path.parent)).as_posix()
