"""Work shared with a forked child process: reading a province's files on two processors.

A first read of a large plan (an empty cache: after a clone or an upgrade) spends most of its
time parsing YAML in Python, one file after another. Where ``fork`` is cheap and safe (Linux),
a child process, a copy of this one, takes part of the files and sends back what it found as
plain bytes, while this process reads the rest. Anything that goes wrong on the child's side
(no fork, a crash, unreadable bytes) only means its part is read here after all: the child can
make a read faster, never different. The child never outlives the reading: it ignores Ctrl-C
(the parent takes it), is killed when the parent stops early, and dies with the parent.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FORK_FROM = 200
"""Files to read below which a child is not worth starting (it costs a few milliseconds)."""
_QUIET = frozenset({signal.SIGINT, signal.SIGTERM})
"""Signals the child leaves to its parent."""


def available() -> bool:
    """Whether a child can share the work: Linux (fork is cheap and safe there; macOS forbids it
    to many system libraries, Windows has none) and more than one processor for this process
    (``taskset`` and container limits count)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and _processors() > 1


def _processors() -> int:
    with contextlib.suppress(AttributeError, OSError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - Linux always has sched_getaffinity


def run_split(here: Callable[[], T], there: Callable[[], bytes]) -> tuple[T, bytes | None]:
    """``here()`` in this process while a forked child runs ``there()``; its bytes, or None when
    the child could not start or did not finish cleanly. If ``here`` raises (Ctrl-C included),
    the child is killed and waited for before the exception goes on."""
    read_end, write_end = os.pipe()
    parent = os.getpid()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _QUIET)  # the child keeps them blocked
    try:
        pid = os.fork()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(read_end)
        os.close(write_end)
        return here(), None
    if pid == 0:  # pragma: no cover - the child's side; its result is checked by the parent
        _child(parent, read_end, write_end, there)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        try:
            mine = here()
            data = stream.read()
        except BaseException:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            _reap(pid)
            raise
    return mine, data if _reap(pid) == 0 else None


def _reap(pid: int) -> int:
    """Wait for the child and return its status; a Ctrl-C meanwhile is taken after it."""
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:  # pragma: no cover - already waited for
        return -1
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _child(  # pragma: no cover - runs in the forked child
    parent: int, read_end: int, write_end: int, there: Callable[[], bytes]
) -> None:
    """Run ``there`` and write its bytes, then end at once: no clean-up, no buffered output of
    the parent's written twice, no exit handler run twice."""
    status = 1
    with contextlib.suppress(BaseException):
        _die_with(parent)
        os.close(read_end)
        data = there()
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    os._exit(status)


def _die_with(parent: int) -> None:  # pragma: no cover - runs in the forked child
    """Ask Linux to kill this process when its parent ends (prctl PR_SET_PDEATHSIG)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)
