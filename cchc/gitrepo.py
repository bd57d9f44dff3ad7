"""The little of git that cchc needs: resolve revisions, find the main branch, read a tree.

Everything goes through the ``git`` program (no library): ``ls-tree -r -z`` lists a folder of
a commit and one ``cat-file --batch`` process returns every blob, so an old version of the plan
is read without a checkout. Failures are UsageError (exit 2) with a hint a person can act on.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cchc.errors import UsageError
from cchc.source import MemorySource

MAIN_BRANCHES = ("main", "master", "origin/HEAD", "origin/main", "origin/master")


@dataclass(frozen=True)
class Repo:
    """A git working tree: its top folder."""

    top: Path

    def _run(
        self, args: tuple[str, ...], stdin: bytes | None
    ) -> subprocess.CompletedProcess[bytes]:
        env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
        try:
            return subprocess.run(
                ["git", "-C", str(self.top), *args],
                input=stdin,
                capture_output=True,
                env=env,
                check=False,
            )
        except OSError as exc:
            raise UsageError("diff.no_git", detail=exc.strerror or str(exc)) from None

    def git(self, *args: str, stdin: bytes | None = None) -> bytes:
        """Standard output of a git command; UsageError with git's last line when it fails."""
        done = self._run(args, stdin)
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UsageError("diff.git_failed", detail=detail[-1] if detail else " ".join(args))
        return done.stdout

    def ok(self, *args: str) -> str | None:
        """Standard output (stripped) of a git command, or None when it fails."""
        done = self._run(args, None)
        if done.returncode != 0:
            return None
        return done.stdout.decode("utf-8", "surrogateescape").strip()

    @property
    def shallow(self) -> bool:
        """Whether this is a shallow clone (history cut off)."""
        return self.ok("rev-parse", "--is-shallow-repository") == "true"

    def commit(self, rev: str) -> str:
        """The commit id ``rev`` names; UsageError naming it when there is none."""
        sha = self.ok("rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
        if not sha:
            key = "diff.unknown_revision_shallow" if self.shallow else "diff.unknown_revision"
            raise UsageError(key, rev=rev)
        return sha

    def main_branch(self) -> str:
        """The branch changes are compared against: main, master or what origin/HEAD names."""
        for name in MAIN_BRANCHES:
            if self.ok("rev-parse", "--verify", "--quiet", f"{name}^{{commit}}"):
                return name
        raise UsageError("diff.no_main_branch", tried=", ".join(MAIN_BRANCHES))

    def merge_base(self, left: str, right: str) -> str:
        """The best common ancestor of two commits; a clear error in a shallow clone."""
        sha = self.ok("merge-base", left, right)
        if not sha:
            key = "diff.no_merge_base_shallow" if self.shallow else "diff.no_merge_base"
            raise UsageError(key, left=left, right=right)
        return sha.split()[0]

    def tree_source(self, commit: str, folder: PurePosixPath, label: str) -> MemorySource:
        """The files below ``folder`` (relative to the top) in ``commit``, read in one batch."""
        listing = self.git("ls-tree", "-r", "-z", "--full-tree", commit, "--", str(folder) + "/")
        names: list[str] = []
        shas: list[str] = []
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, raw_path = entry.partition(b"\t")
            mode, kind, sha = meta.decode("ascii").split()
            if kind != "blob" or mode == "120000":  # submodules and symbolic links are no files
                continue
            path = PurePosixPath(raw_path.decode("utf-8", "surrogateescape"))
            names.append(path.relative_to(folder).as_posix())
            shas.append(sha)
        blobs = dict(zip(names, _read_blobs(self, shas), strict=True))
        return MemorySource(self.top / folder, blobs, label)


def _read_blobs(repo: Repo, shas: list[str]) -> list[bytes]:
    """Every blob's bytes, in order, from one ``git cat-file --batch`` process."""
    if not shas:
        return []
    out = repo.git("cat-file", "--batch", stdin="".join(f"{s}\n" for s in shas).encode("ascii"))
    blobs: list[bytes] = []
    pos = 0
    for _ in shas:
        header_end = out.index(b"\n", pos)
        size = int(out[pos:header_end].split()[2])
        start = header_end + 1
        blobs.append(out[start : start + size])
        pos = start + size + 1  # the content is followed by a newline
    return blobs


def find_repo(cwd: Path) -> Repo:
    """The repository ``cwd`` is in; UsageError when it is in none."""
    probe = Repo(cwd)
    top = probe.ok("rev-parse", "--show-toplevel")
    if not top:
        raise UsageError("diff.not_a_repo", where=str(cwd))
    return Repo(Path(top))
