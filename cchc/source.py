"""Where a plan's files come from: a folder on disk, or a folder inside a git commit.

The reader sees only this seam: every file's path relative to the plan folder, and its bytes.
The same loader and checks thus serve the working tree and any revision (``cchc diff``)
without a checkout. Positions in problems point at ``root / name`` in both cases.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Protocol

from cchc.cache import Stamp


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

    def stamp(self, name: str) -> Stamp | None:
        """Size and modification time of file ``name`` for the parse cache; None: not cached."""


class FolderSource:
    """A plan folder on disk."""

    def __init__(self, root: Path) -> None:
        self._root = root

    @property
    def root(self) -> Path:
        """The folder."""
        return self._root

    @property
    def label(self) -> str:
        """The folder, as given."""
        return str(self._root)

    def files(self) -> tuple[str, ...]:
        """Every file below the folder (a ``.git`` folder inside it is not entered)."""
        found: list[str] = []
        for folder, dirs, names in os.walk(self._root):
            dirs[:] = sorted(d for d in dirs if d != ".git")
            base = PurePosixPath(Path(folder).relative_to(self._root).as_posix())
            for name in names:
                if (Path(folder) / name).is_file():
                    found.append(str(base / name) if str(base) != "." else name)
        return tuple(sorted(found))

    def read_bytes(self, name: str) -> bytes:
        """The file's bytes."""
        return (self._root / name).read_bytes()

    def stamp(self, name: str) -> Stamp | None:
        """The file's size and modification time (None when it cannot be read)."""
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
