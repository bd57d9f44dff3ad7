"""Running cchc as a user whom file modes bind, for tests of unreadable and unwritable folders.

Root reads and writes anywhere, and CI runs the tests as root: these tests then run the child
process as ``nobody``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

NOBODY = 65534
"""The unprivileged user a root test run drops to (root can list any folder)."""


Runner = tuple[list[str], dict[str, Any]]
"""A command prefix and subprocess.run arguments that run a child as some user."""


def as_unprivileged() -> Runner:
    """How to run cchc as a user the folder's mode binds: the current user, or nobody when the
    tests run as root (CI does), by setpriv or by subprocess's own ``user``; skip when neither
    can start cchc (an interpreter in a folder only root may enter)."""
    if os.geteuid() != 0:
        return [], {}
    ways: list[Runner] = [([], {"user": NOBODY, "group": NOBODY, "extra_groups": []})]
    if shutil.which("setpriv"):
        drop = [f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        ways.insert(0, (["setpriv", *drop], {}))
    failures = []
    for prefix, options in ways:
        try:
            probe = subprocess.run(
                [*prefix, sys.executable, "-c", "import os, cchc; print(os.geteuid())"],
                cwd="/",
                env=environ(),
                capture_output=True,
                check=False,
                encoding="utf-8",
                **options,
            )
        except OSError as exc:
            failures.append(str(exc))
            continue
        if probe.returncode == 0 and probe.stdout.strip() == str(NOBODY):
            return prefix, options
        failures.append(probe.stderr[-200:])
    pytest.skip(f"running as root and cannot run cchc as uid {NOBODY}: {failures}")


def environ() -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CCHC_")}
    return environ | {"CCHC_LANG": "en", "CCHC_NO_CACHE": "1", "PYTHONPATH": str(REPO)}


def run_cchc(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m cchc *args`` in ``cwd`` as a user the folders' modes bind (see above)."""
    prefix, options = as_unprivileged()
    return subprocess.run(
        [*prefix, sys.executable, "-m", "cchc", *args],
        cwd=cwd,
        env=environ(),
        capture_output=True,
        timeout=60,
        check=False,
        encoding="utf-8",
        **options,
    )
