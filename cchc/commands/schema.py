"""cchc schema: write the JSON Schema of each kind of plan file, for editors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cchc.errors import UsageError
from cchc.messages import translate
from cchc.report_output import write_atomic
from cchc.schema_export import all_schemas


def run(folder: Path, lang: str, check: bool, echo: Callable[[str], None]) -> int:
    """Write (or with ``check``, compare) every schema in ``folder``; 1 when ``check`` finds
    one missing or different from what this version of cchc generates."""
    schemas = all_schemas(lang)
    if check:
        stale = [
            name
            for name, text in schemas.items()
            if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
        ]
        for name in stale:
            echo(translate("jsonschema.stale", lang, path=str(folder / name)))
        return 1 if stale else 0
    if folder.exists() and not folder.is_dir():
        raise UsageError("cli.not_a_folder", path=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in schemas.items():
        write_atomic(folder / name, text.encode("utf-8"))
        echo(str(folder / name))
    return 0
