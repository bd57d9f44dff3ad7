"""cchc new-year: next period's plan in a new folder, from the plan of this one."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from cchc.errors import UsageError
from cchc.loading import check_plan
from cchc.messages import translate
from cchc.newyear import next_plan
from cchc.problems import format_text
from cchc.session import PlanError
from cchc.source import FolderSource
from cchc.vntext import format_date


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    """Write every file into a new ``folder``, all or nothing (built beside it, then renamed)."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError("newyear.output_exists", path=str(folder))
    parent = folder.parent
    if not parent.is_dir():
        raise UsageError("newyear.no_parent", path=str(parent))
    temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        for name, data in files.items():
            target = temp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if folder.exists():
            folder.rmdir()
        os.replace(temp, folder)  # noqa: PTH105 - the one step that makes it appear
    except OSError as exc:
        raise UsageError(
            "newyear.write_failed", path=str(folder), detail=exc.strerror or str(exc)
        ) from None
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def run(
    root: Path, year: int | None, out: Path, lang: str | None, echo: Callable[[str], None]
) -> int:
    """Write the next plan to ``out`` and show what is left to fill in; 0 when written."""
    checked = check_plan(root)
    if checked.plan is None or checked.errors:
        raise PlanError.invalid(checked)
    plan = checked.plan
    lang = lang or plan.document.language
    if year is not None and year <= plan.document.start.year:
        raise UsageError("newyear.bad_year", year=year, start=plan.document.start.year)
    result = next_plan(FolderSource(root), plan, year)
    write_tree(out, result.files)
    echo(
        translate(
            "newyear.written",
            lang,
            path=str(out),
            start=format_date(result.start),
            end=format_date(result.end),
            years=result.shift,
            dropped=result.dropped,
        )
    )
    for name, line, text in result.manual:
        echo(translate("newyear.manual", lang, path=f"{out / name}:{line}", text=text))
    problems = check_plan(out).problems
    if problems:
        echo(translate("newyear.to_fill", lang))
        echo(format_text(problems, lang, Path.cwd()))
    return 0
