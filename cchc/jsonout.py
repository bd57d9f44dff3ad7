"""JSON as every command prints it: UTF-8 text, one line by default, indented with --pretty.

Machine-readable output is read by programs, so it is not indented unless a person asks
(``--pretty``): indentation makes the document of a province-scale plan a third larger and
slower to write.
"""

from __future__ import annotations

import json
from typing import Any


def dumps(data: Any, pretty: bool = False) -> str:
    """``data`` as JSON text (Vietnamese kept as written, not as \\u escapes)."""
    return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)
