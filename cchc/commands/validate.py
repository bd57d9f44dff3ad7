"""cchc validate: check every file of the plan and print each problem with its place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from cchc.loading import check_plan
from cchc.messages import translate
from cchc.problems import FORMATTERS, format_json, has_errors


def run(
    root: Path,
    fmt: str,
    strict: bool,
    lang: str | None,
    base: Path | None,
    echo: Callable[[str], None],
    as_of: dt.date | None = None,
    cache_folder: Path | None = None,
    pretty: bool = False,
) -> int:
    """Validate the plan at ``root`` on ``as_of``; 0 when clean, 1 when it has problems.

    ``lang`` None means the plan's own language.
    """
    checked = check_plan(root, as_of, cache_folder)
    if lang is None:
        lang = checked.plan.document.language if checked.plan else "vi"
    if fmt == "json":
        output = format_json(checked.problems, lang, base, pretty)
    else:
        output = FORMATTERS[fmt](checked.problems, lang, base)
    if output:
        echo(output)
    if fmt == "text":
        if checked.problems:
            summary = translate(
                "cli.validate.summary", lang, errors=checked.errors, warnings=checked.warnings
            )
            echo(summary)
        else:
            plan = checked.plan
            echo(
                translate(
                    "cli.validate.ok",
                    lang,
                    files=checked.files,
                    assignments=len(plan.assignments) if plan else 0,
                    records=len(plan.records) if plan else 0,
                )
            )
    return 1 if has_errors(checked.problems, strict) else 0
