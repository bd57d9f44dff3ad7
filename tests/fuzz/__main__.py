"""python -m tests.fuzz [--seed N] [--seconds S] [--case K]: see tests/fuzz/fuzz.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.fuzz.fuzz import fuzz


def main() -> int:
    """Run the fuzzer; exit 1 when any command crashed, escaped or hung."""
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--case", type=int, help="replay one case (kept in ./fuzz-case/plan)")
    options = parser.parse_args()
    keep = Path("fuzz-case") if options.case is not None else None
    if keep is not None:
        keep.mkdir(exist_ok=True)
    return 1 if fuzz(options.seed, options.seconds, case=options.case, keep=keep) else 0


raise SystemExit(main())
