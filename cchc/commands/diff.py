"""cchc diff: two versions of the plan compared in plan terms.

Which versions: none given, the merge-base of HEAD with the main branch against the working
tree; ``BASE``, that revision against the working tree; ``A...B``, their merge-base against B;
``BASE HEAD``, two revisions. Old versions are read from git objects, never checked out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from cchc.errors import UsageError
from cchc.gitrepo import Repo, find_repo
from cchc.loading import check_source
from cchc.plandiff import PlanDiff, Side, make_diff
from cchc.source import FolderSource
from cchc.tracking import plan_as_of

FORMATS = ("text", "md", "json")
MD_LIMIT = 60_000
"""Characters of Markdown kept: GitHub refuses comments over 65,536."""
WORKTREE = "diff.worktree"


def _revision_side(repo: Repo, rev: str, folder: PurePosixPath, commit: str | None = None) -> Side:
    sha = commit or repo.commit(rev)
    label = sha[:7] if sha.startswith(rev) else f"{rev}@{sha[:7]}"
    source = repo.tree_source(sha, folder, f"{label}:{folder}")
    return Side(label, sha, check_source(source))


def sides(root: Path, base: str | None, head: str | None) -> tuple[Side, Side]:
    """The two versions to compare, read and checked."""
    repo = find_repo(root)
    try:
        folder = PurePosixPath(root.resolve().relative_to(repo.top.resolve()).as_posix())
    except ValueError:
        raise UsageError("diff.plan_outside_repo", plan=str(root), repo=str(repo.top)) from None
    if base is not None and "..." in base:
        if head is not None:
            raise UsageError("diff.range_and_head", value=base)
        left, right = base.split("...", 1)
        left_sha, right_sha = repo.commit(left or "HEAD"), repo.commit(right or "HEAD")
        sha = repo.merge_base(left_sha, right_sha)
        old = _revision_side(repo, f"{left or 'HEAD'}...{right or 'HEAD'}", folder, sha)
        return old, _revision_side(repo, right or "HEAD", folder, right_sha)
    if base is None:
        main = repo.main_branch()
        sha = repo.merge_base(repo.commit(main), repo.commit("HEAD"))
        old = _revision_side(repo, main, folder, sha)
    else:
        old = _revision_side(repo, base, folder)
    if head is None:
        return old, Side(WORKTREE, None, check_source(FolderSource(root)))
    return old, _revision_side(repo, head, folder)


def compute(
    root: Path, base: str | None, head: str | None, as_of: dt.date | None, today: dt.date
) -> PlanDiff:
    """Read both versions and compare them on ``as_of`` (default: as ``status`` picks it)."""
    old, new = sides(root, base, head)
    if as_of is None:
        plan = new.checked.plan or old.checked.plan
        as_of = plan_as_of(plan, today)[0] if plan is not None else today
    return make_diff(old, new, as_of)


def run(
    root: Path,
    base: str | None,
    head: str | None,
    fmt: str,
    lang: str | None,
    as_of: dt.date | None,
    today: dt.date,
    cwd: Path,
    echo: Callable[[str], None],
    pretty: bool = False,
) -> int:
    """Print the comparison; 0 whatever it shows (``validate`` is the gate), 2 on bad input."""
    result = compute(root, base, head, as_of, today)
    if fmt == "json":
        from cchc.render.diff_data import to_json

        echo(to_json(result, lang or "vi", cwd, pretty))
        return 0
    from cchc.messages import translate
    from cchc.render.diff import render

    text = render(result, lang or "vi", markdown=fmt == "md", base=cwd)
    if fmt == "md" and len(text) > MD_LIMIT:
        cut = text.rfind("\n", 0, MD_LIMIT)
        text = text[:cut] + "\n\n" + translate("diff.truncated", lang or "vi") + "\n"
    echo(text)
    return 0
