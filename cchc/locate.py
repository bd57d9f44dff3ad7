"""Finding the plan folder: --plan, then CCHC_PLAN, then plan/ here or in a parent folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cchc.errors import UsageError

ENV_VAR = "CCHC_PLAN"
PLAN_FILES = ("plan.yaml", "plan.yml")


def find_plan(explicit: Path | None, environ: Mapping[str, str], cwd: Path) -> Path:
    """The plan folder to use; raises UsageError naming where it looked."""
    try:
        return _find(explicit, environ, cwd)
    except OSError as exc:  # a name too long, a folder that cannot be searched...
        where = exc.filename or explicit or cwd
        raise UsageError("cli.os_error", path=str(where), detail=exc.strerror or str(exc)) from None


def _find(explicit: Path | None, environ: Mapping[str, str], cwd: Path) -> Path:
    given = explicit or (Path(environ[ENV_VAR]) if environ.get(ENV_VAR) else None)
    if given is not None:
        folder = given if given.is_absolute() else cwd / given
        if folder.is_file() and folder.name in PLAN_FILES:  # `cchc validate plan/plan.yaml`
            folder = folder.parent
        if not folder.is_dir():
            raise UsageError("cli.not_a_folder", path=str(given))
        return folder
    for folder in (cwd, *cwd.parents):
        candidate = folder / "plan"
        if (candidate / "plan.yaml").is_file() or (candidate / "plan.yml").is_file():
            return candidate
    raise UsageError("cli.plan_not_found", where=str(cwd))
