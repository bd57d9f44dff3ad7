"""Where something stands in a plan file: the position every model object and problem carries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Mark:
    """A position in a file, 1-based."""

    path: Path
    line: int
    col: int
