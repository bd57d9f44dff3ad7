"""The one error hierarchy of cchc; cchc.cli maps it to exit codes (2 for these)."""

from __future__ import annotations

from typing import Any

EXIT_PROBLEMS = 1
"""The plan has errors (``validate``; any command that refuses an invalid plan)."""
EXIT_USAGE = 2
"""Bad options, no plan folder, an unreadable file."""
EXIT_BUG = 3
"""An internal error of cchc."""
EXIT_OVERDUE = 4
"""``overdue --fail`` found something overdue (the plan itself is valid)."""
EXIT_PARTIAL = 5
"""A reading command left out files with errors (it says which): its figures are incomplete.
Takes precedence over EXIT_OVERDUE."""


class CchcError(Exception):
    """A failure the user can fix; ``message`` is a catalog key, ``args_`` its arguments."""

    exit_code = 2

    def __init__(self, message: str, **args: Any) -> None:
        super().__init__(message)
        self.message = message
        self.args_ = args


class UsageError(CchcError):
    """Bad options, a missing plan folder, an unreadable file."""
