"""Standard output that a reader may close early (``cchc status | head``, ``| true``).

A closed pipe is the reader saying it has seen enough, not a failure of cchc: the rest of the
output is dropped, the command finishes, and its exit code is the one it would have had.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, TextIO

TERMINAL_VAR = "CCHC_TERMINAL"


class QuietPipe:
    """Wraps a text stream; after the first broken pipe, writes go nowhere."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.broken = False

    def write(self, text: str) -> int:
        """Write ``text``; a closed pipe swallows it."""
        if not self.broken:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._close()
        return len(text)

    def flush(self) -> None:
        """Flush; a closed pipe is not an error."""
        if not self.broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._close()

    def _close(self) -> None:
        # Point the descriptor at /dev/null, so the interpreter's last flush at exit finds
        # nothing to complain about ("Exception ignored ... BrokenPipeError").
        self.broken = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):  # pragma: no cover - a stream without a descriptor
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guard(stream: TextIO | None) -> TextIO:
    """``stream`` wrapped in a QuietPipe (once). A stream the process was started without
    (``cchc status >&-``: Python sets it to None) is a closed pipe from the start."""
    if isinstance(stream, QuietPipe):
        return stream
    if stream is None:
        stream = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - as long as the process
    return QuietPipe(stream)  # type: ignore[return-value]


def is_terminal(stream: TextIO | None = None) -> bool:
    """Whether to draw the Rich views (a terminal) or print plain text (a pipe, a file).

    ``CCHC_TERMINAL=rich`` or ``plain`` decides instead of the stream (``rich`` draws the
    tables into a pipe, as ``less -R`` or a test may want)."""
    choice = os.environ.get(TERMINAL_VAR, "").strip().lower()
    if choice in ("rich", "plain"):
        return choice == "rich"
    out = sys.stdout if stream is None else stream
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False
