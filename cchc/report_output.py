"""Writing a report file atomically: all of it or nothing, never a half-written file.

The bytes are complete before anything touches the disk; they go to a temporary file in the
target's folder, which then replaces the target in one step (os.replace). A failure leaves an
existing file as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cchc.errors import UsageError


def check_folder(path: Path) -> None:
    """Refuse early, with a clear message, an output whose folder is missing or not a folder."""
    folder = path.parent
    if not folder.exists():
        raise UsageError("report.output_no_folder", path=str(path), folder=str(folder))
    if not folder.is_dir():
        raise UsageError("report.output_not_folder", path=str(path), folder=str(folder))
    if path.is_dir():
        raise UsageError("report.output_is_folder", path=str(path))


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and os.replace."""
    check_folder(path)
    temp: str | None = None
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        Path(temp).chmod(_file_mode(path))  # mkstemp makes 0600; a report is an ordinary file
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)  # noqa: PTH105 - the one atomic step, named as such
        temp = None
    except OSError as exc:
        raise UsageError(
            "report.output_failed", path=str(path), detail=exc.strerror or type(exc).__name__
        ) from None
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


def _file_mode(path: Path) -> int:
    """The existing file's permissions, else what the umask gives a new file."""
    if path.exists():
        return path.stat().st_mode & 0o777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
