"""Work shared with a forked child process: reading a province's files on two processors.

A first read of a large plan (an empty cache: after a clone or an upgrade) spends most of its
time parsing YAML in Python, one file after another. Where ``fork`` is cheap and safe (Linux),
a child process, a copy of this one, takes part of the files and sends back what it found as
plain bytes, while this process reads the rest. Anything that goes wrong on the child's side
(no fork, a crash, unreadable bytes) only means its part is read here after all: the child can
make a read faster, never different.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FORK_FROM = 200
"""Files to read below which a child is not worth starting (it costs a few milliseconds)."""


def available() -> bool:
    """Whether a child can share the work: Linux (fork is cheap and safe there; macOS forbids it
    to many system libraries, Windows has none) and more than one processor."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def run_split(here: Callable[[], T], there: Callable[[], bytes]) -> tuple[T, bytes | None]:
    """``here()`` in this process while a forked child runs ``there()``; its bytes, or None when
    the child could not start or did not finish cleanly."""
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return here(), None
    if pid == 0:  # pragma: no cover - the child's side; its result is checked by the parent
        _child(read_end, write_end, there)
    os.close(write_end)
    try:
        mine = here()
    finally:  # read before waiting: a child blocked on a full pipe would never end
        with os.fdopen(read_end, "rb") as stream:
            data = stream.read()
        _, status = os.waitpid(pid, 0)
    return mine, data if status == 0 else None


def _child(read_end: int, write_end: int, there: Callable[[], bytes]) -> None:  # pragma: no cover
    """Run ``there`` and write its bytes, then end at once: no clean-up, no buffered output of
    the parent's written twice, no exit handler run twice."""
    status = 1
    with contextlib.suppress(BaseException):
        os.close(read_end)
        data = there()
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    os._exit(status)
