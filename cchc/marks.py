"""Where something stands in a plan file: the position every model object and problem carries."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Mark(NamedTuple):
    """A position in a file, 1-based.

    A named tuple rather than a frozen dataclass: a plan of 10,000 records holds some 50,000
    positions and every read builds them, which a tuple does several times faster."""

    path: Path
    line: int
    col: int
