"""The parse cache: what reading each plan file gave, kept so unchanged files are not re-read.

Policy (documented in the README, each point tested in tests/test_cache.py):
- Where: ``$CCHC_CACHE_DIR``, else the user's cache folder (``%LOCALAPPDATA%\\cchc\\Cache`` on
  Windows, ``~/Library/Caches/cchc`` on macOS, ``$XDG_CACHE_HOME/cchc`` or ``~/.cache/cchc``
  elsewhere). One cache file per plan folder, named by a hash of the folder's resolved path.
- An entry is used only when the file's path, size and modification time (in nanoseconds) match
  and cchc's version and the model's shape (``codec.FORMAT``) are those that wrote it. A file
  modified less than two seconds before its entry was written may have been edited again within
  the file system's time granularity: its content hash is compared as well.
- Only results without problems are kept: a file with a mistake is read again every time, so
  its problems carry their positions.
- A corrupt, truncated or foreign cache file is ignored and rebuilt; writes are atomic
  (temporary file, then ``os.replace``), so two runs at once never corrupt it (the last wins).
- The cache is never required: any error reading or writing it is ignored and the plan is read
  as without one. ``--no-cache`` (or ``CCHC_NO_CACHE=1``) bypasses it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc import __version__, codec

ENV_VAR = "CCHC_CACHE_DIR"
OFF_VAR = "CCHC_NO_CACHE"
MAGIC = b"cchc-cache\n"
_VERDICT = "verdict:"
"""The entry holding what the cross-file checks found, for the files it was computed on."""
dumps = marshal.dumps
_RECENT_NS = 2_000_000_000
"""Modification times this close to the write are not trusted alone (coarse file systems)."""


def cache_folder(environ: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """Where cache files live on this machine (see the module docstring)."""
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR])
    home = Path.home()
    if sys.platform == "win32":
        base = env.get("LOCALAPPDATA")
        return (Path(base) if base else home / "AppData" / "Local") / "cchc" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "cchc"
    xdg = env.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else home / ".cache") / "cchc"


def active_folder(
    disabled: bool = False, environ: dict[str, str] | os._Environ[str] | None = None
) -> Path | None:
    """The cache folder to use, or None when ``--no-cache`` or ``CCHC_NO_CACHE=1`` turn it off."""
    env = os.environ if environ is None else environ
    if disabled or env.get(OFF_VAR, "").strip() not in ("", "0"):
        return None
    return cache_folder(env)


def _digest(data: bytes) -> bytes:
    return codec.blake2b(data, digest_size=16).digest()


@dataclass(frozen=True, slots=True)
class Stamp:
    """What identifies a file's content cheaply: size and modification time."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Stamp:
        """The stamp of ``path`` now (raises OSError like any read)."""
        info = path.stat()
        return cls(info.st_size, info.st_mtime_ns)


@dataclass
class ParseCache:
    """The cache of one plan folder; ``get`` and ``put`` per file, ``save`` once at the end."""

    root: Path
    folder: Path | None
    """None: caching is off (nothing is read or written)."""
    entries: dict[str, Any] = field(default_factory=dict)
    changed: bool = False
    hits: int = 0
    misses: int = 0
    seen: list[tuple[str, bytes]] = field(default_factory=list)
    """Every file read this run (through the cache or not) with its content hash."""
    last_put: str | None = None
    """The key of the entry the last ``put`` stored (None: it stored nothing)."""

    @classmethod
    def open(cls, root: Path, folder: Path | None) -> ParseCache:
        """The cache of ``root`` in ``folder`` (None: disabled); unreadable caches start empty."""
        cache = cls(root, folder)
        if folder is not None:
            cache.entries = _read(cache.file) or {}
        return cache

    @property
    def file(self) -> Path:
        """The cache file of this plan folder."""
        assert self.folder is not None
        try:
            where = str(self.root.resolve())
        except OSError:
            where = str(self.root.absolute())
        name = codec.blake2b(where.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
        return self.folder / f"plan-{name}.cache"

    def _key(self, path: Path, kind: str) -> str:
        relative = codec.inside(path, self.root)
        if relative is None:
            return f"{kind}:{path.as_posix()}"
        return f"{kind}:{relative if os.sep == '/' else relative.replace(os.sep, '/')}"

    def get(self, path: Path, kind: str, stamp: Stamp) -> tuple[bool, Any]:
        """(True, value) when the cache holds what reading ``path`` as ``kind`` gave (the
        model objects, decoded); an entry that cannot be decoded is a miss."""
        if self.folder is None:
            return False, None
        key = self._key(path, kind)
        entry = self.entries.get(key)
        if entry is None or entry[0] != stamp.size or entry[1] != stamp.mtime_ns:
            self.misses += 1
            return False, None
        written_ns, digest, value = entry[2], entry[3], entry[4]
        if written_ns - stamp.mtime_ns < _RECENT_NS:
            try:
                same = _digest(path.read_bytes()) == digest
            except OSError:
                same = False
            if not same:
                self.misses += 1
                return False, None
            now = time.time_ns()
            if now - stamp.mtime_ns >= _RECENT_NS:
                # The content is the one cached, and any later edit will carry a later time:
                # the stamp suffices from now on (else every run after a `git checkout`
                # would read and hash every file again).
                self.entries[key] = (entry[0], entry[1], now, digest, value)
                self.changed = True
        decoded = _decode(value, path, self.root)
        if decoded is _UNREADABLE:
            self.misses += 1
            return False, None
        self.hits += 1
        self.seen.append((key, digest))
        return True, decoded

    def holds(self, path: Path, kind: str, stamp: Stamp) -> bool:
        """Whether an entry for ``path`` with this stamp is kept (``get`` may still refuse it
        after comparing contents); nothing is decoded."""
        if self.folder is None:
            return False
        entry = self.entries.get(self._key(path, kind))
        return entry is not None and entry[0] == stamp.size and entry[1] == stamp.mtime_ns

    def adopt(self, entries: dict[str, Any]) -> None:
        """Entries ``put`` in a copy of this cache (a forked reader's), as if put here."""
        for key, entry in entries.items():
            self.entries[key] = entry
            self.seen.append((key, entry[3]))
            self.changed = True

    def put(self, path: Path, kind: str, stamp: Stamp, data: bytes, value: Any) -> None:
        """Remember that ``data`` (the bytes read, with ``stamp``) gave ``value``.

        Each value is kept marshalled on its own: loading the cache file then builds no
        objects for entries not asked for, and memory holds bytes, not a second object graph
        of the plan (peak memory at 50,000 records)."""
        self.last_put = None
        if self.folder is None:
            return
        key, digest = self._key(path, kind), _digest(data)
        self.seen.append((key, digest))
        with contextlib.suppress(ValueError):  # a value marshal cannot store: not kept
            self.entries[key] = (stamp.size, stamp.mtime_ns, time.time_ns(), digest, dumps(value))
            self.changed = True
            self.last_put = key

    def _signature(self) -> bytes:
        return codec.blake2b(repr(sorted(self.seen)).encode(), digest_size=16).digest()

    def verdict(self, path: Path) -> tuple[bool, Any]:
        """(True, problems) when the cross-file checks already ran on exactly these files;
        ``path`` is the file their positions were cached relative to (see ``keep_verdict``)."""
        entry = self.entries.get(_VERDICT)
        if self.folder is None or entry is None or entry[0] != self._signature():
            return False, None
        decoded = _decode(entry[1], path, self.root)
        return (False, None) if decoded is _UNREADABLE else (True, decoded)

    def keep_verdict(self, problems: Any) -> None:
        """Remember what the checks found on the files read this run."""
        if self.folder is None:
            return
        with contextlib.suppress(ValueError):  # a value marshal cannot store: not kept
            self.entries[_VERDICT] = (self._signature(), dumps(problems))
            self.changed = True

    def forget_missing(self, seen: set[str]) -> None:
        """Drop entries of files not read this time (deleted or renamed files)."""
        stale = [
            key for key in self.entries if key != _VERDICT and key.split(":", 1)[1] not in seen
        ]
        for key in stale:
            del self.entries[key]
            self.changed = True

    def save(self) -> None:
        """Write the cache atomically if it changed; errors are ignored (the cache is optional)."""
        if self.folder is None or not self.changed:
            return
        with contextlib.suppress(OSError, ValueError):
            _write(self.file, self.entries)


_CHECK_BYTES = 9


def _check(payload: bytes | memoryview) -> bytes:
    """The payload's CRC-32 as a line of hex (half a millisecond for 10,000 records): damage
    marshal would not notice (a flipped bit in a number or a text) makes the file foreign."""
    return f"{zlib.crc32(payload):08x}\n".encode("ascii")


def _header() -> bytes:
    return MAGIC + f"{__version__} {codec.FORMAT}\n".encode("ascii")


_UNREADABLE = object()


def _decode(value: bytes, path: Path, root: Path) -> Any:
    """The objects ``value`` holds, or _UNREADABLE. A cache written by another build of cchc,
    or damaged in a way marshal does not notice, must never stop a run: it is a miss."""
    try:
        return codec.Decoder(path, root).decode(marshal.loads(value))
    except Exception:  # whatever the failure (OverflowError, InvalidOperation...): a miss
        return _UNREADABLE


def _read(file: Path) -> dict[str, Any] | None:
    try:
        data = file.read_bytes()
    except OSError:
        return None
    header = _header()
    start = len(header) + _CHECK_BYTES
    if not data.startswith(header) or len(data) < start:
        return None
    payload = memoryview(data)[start:]  # no copy of megabytes
    if data[len(header) : start] != _check(payload):  # a flipped bit, a partial write
        return None
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return entries if isinstance(entries, dict) else None


def _write(file: Path, entries: dict[str, Any]) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    payload = marshal.dumps(entries)  # written after the header, never joined to it (memory)
    handle, temp = tempfile.mkstemp(prefix=file.name, suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_header())
            out.write(_check(payload))
            out.write(payload)
        Path(temp).replace(file)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
