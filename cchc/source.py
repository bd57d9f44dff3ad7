"""Where a plan's files come from: a folder on disk, or a folder inside a git commit.

The reader sees only this seam: every file's path relative to the plan folder, and its bytes.
The same loader and checks thus serve the working tree and any revision (``cchc diff``)
without a checkout. Positions in problems point at ``root / name`` in both cases.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Protocol

from cchc.cache import Stamp
from cchc.nodes import MAX_FILE_BYTES

MAX_FOLDER_DEPTH = 3
"""Deepest folder read below the plan folder (progress/<period>/ is two deep)."""


class PlanSource(Protocol):
    """A plan folder's files: names relative to the folder (forward slashes) and contents."""

    @property
    def root(self) -> Path:
        """Where positions in problems point: ``root / name`` is shown for a file ``name``."""

    @property
    def label(self) -> str:
        """How to name this version to a person: the folder, or ``rev:folder``."""

    def files(self) -> tuple[str, ...]:
        """Every regular file below the plan folder, sorted, as relative POSIX paths."""

    def read_bytes(self, name: str) -> bytes:
        """The bytes of file ``name`` (one of ``files()``); raises OSError when unreadable."""

    def skipped(self) -> tuple[tuple[str, str], ...]:
        """Entries that are not read, each with the catalog key of why (after ``files()``)."""

    def stamp(self, name: str) -> Stamp | None:
        """Size and modification time of file ``name`` for the parse cache; None: not cached."""


class FolderSource:
    """A plan folder on disk."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._skipped: list[tuple[str, str]] = []
        self._stamps: dict[str, Stamp] = {}
        """What listing the files found of each (the parse cache needs no second stat)."""

    @property
    def root(self) -> Path:
        """The folder."""
        return self._root

    @property
    def label(self) -> str:
        """The folder, as given."""
        return str(self._root)

    def files(self) -> tuple[str, ...]:
        """Every regular file below the folder, and symbolic links to one inside it.

        Anything else is kept out and listed by ``skipped`` with the reason: FIFOs and devices
        (reading one could block), dangling or looping links, links leaving the plan folder
        (``plan.yaml -> /etc/passwd``), links to folders, folders that cannot be listed or sit
        more than MAX_FOLDER_DEPTH deep, and names holding control characters. A ``.git``
        folder inside is not entered.
        """
        self._skipped, self._stamps = [], {}
        try:
            inside = self._root.resolve(strict=True)
        except (OSError, RuntimeError):
            inside = self._root
        found: list[str] = []
        for folder, dirs, names in os.walk(self._root, onerror=self._unlistable):
            base = Path(folder).relative_to(self._root)
            depth = len(base.parts)
            for d in sorted(dirs):
                reason = _folder_problem(Path(folder) / d, depth)
                if reason:
                    self._skip(base / d, reason)
            dirs[:] = sorted(
                d for d in dirs if d != ".git" and not _folder_problem(Path(folder) / d, depth)
            )
            prefix = "" if depth == 0 else f"{base.as_posix()}/"
            for name in names:  # plain strings here: a plan may hold thousands of files
                info = _file_info(folder, name, inside)
                if isinstance(info, str):
                    self._skip(base / name, info)
                else:
                    found.append(f"{prefix}{name}")
                    self._stamps[found[-1]] = Stamp(info.st_size, info.st_mtime_ns)
        return tuple(sorted(found))

    def _skip(self, relative: Path, reason: str) -> None:
        self._skipped.append((relative.as_posix(), reason))

    def _unlistable(self, error: OSError) -> None:
        where = Path(error.filename) if error.filename else self._root
        try:
            relative = where.relative_to(self._root)
        except ValueError:  # pragma: no cover - os.walk reports paths below the root
            relative = Path()
        self._skip(relative, "layout.skip.unlistable")

    def skipped(self) -> tuple[tuple[str, str], ...]:
        """What ``files`` kept out, with why."""
        return tuple(sorted(self._skipped))

    def read_bytes(self, name: str) -> bytes:
        """The file's bytes (one more than the YAML reader's limit at most: it refuses them)."""
        with (self._root / name).open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)

    def stamp(self, name: str) -> Stamp | None:
        """The file's size and modification time (None when it cannot be read), as ``files``
        found them: a file changed since is read again on the next run, as its stamp differs."""
        found = self._stamps.get(name)
        if found is not None:
            return found
        try:
            return Stamp.of(self._root / name)
        except OSError:
            return None


class MemorySource:
    """Files given as bytes, e.g. the blobs of a git tree read in one batch."""

    def __init__(self, root: Path, blobs: dict[str, bytes], label: str) -> None:
        self._root = root
        self._blobs = blobs
        self._label = label

    @property
    def root(self) -> Path:
        """Where positions point (the plan folder of the working tree, for a git tree)."""
        return self._root

    @property
    def label(self) -> str:
        """E.g. ``main:plan``."""
        return self._label

    def files(self) -> tuple[str, ...]:
        """Every file name, sorted."""
        return tuple(sorted(self._blobs))

    def read_bytes(self, name: str) -> bytes:
        """The blob's bytes; a name not in the tree is a FileNotFoundError like on disk."""
        try:
            return self._blobs[name]
        except KeyError:
            raise FileNotFoundError(name) from None

    def stamp(self, name: str) -> Stamp | None:
        """None: blobs read from git are not cached (they are read once per diff)."""
        return None

    def skipped(self) -> tuple[tuple[str, str], ...]:
        """Nothing: a git tree holds blobs only."""
        return ()


def _unsafe_name(name: str) -> bool:
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in name)


def _folder_problem(path: Path, depth: int) -> str | None:
    """Why the folder ``path`` (``depth`` levels below the plan) is not entered, if it is not."""
    if path.name == ".git":
        return None
    if _unsafe_name(path.name):
        return "layout.skip.control_name"
    if path.is_symlink():
        return "layout.skip.folder_link"
    if depth >= MAX_FOLDER_DEPTH:
        return "layout.skip.too_deep"
    if path.suffix.lower() in (".yaml", ".yml"):
        return "layout.skip.folder"
    return None


def _file_info(folder: str, name: str, inside: Path) -> os.stat_result | str:
    """What file ``name`` in ``folder`` is when it is read as a file: a regular file (or a link
    to one inside the plan folder), whose stat is returned; else why it is not read (a catalog
    key). Paths stay strings here: a Path per file costs more than the stat at 10,000 files."""
    if _unsafe_name(name):
        return "layout.skip.control_name"
    path = os.path.join(folder, name)  # noqa: PTH118 - see the docstring
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = Path(path).resolve(strict=True)
            if not target.is_relative_to(inside):
                return "layout.skip.outside"
            info = os.stat(path)  # noqa: PTH116 - see the docstring
    except FileNotFoundError:
        return "layout.skip.dangling"
    except RuntimeError:  # a loop of links, on Python 3.10-3.12
        return "layout.skip.loop"
    except OSError as exc:
        return "layout.skip.loop" if exc.errno == errno.ELOOP else "layout.skip.unlistable"
    return info if stat.S_ISREG(info.st_mode) else "layout.skip.special"
