"""User text made safe to print: control characters shown, never sent to a terminal or CI log.

Plan files, file names and command-line values are data. A value holding ESC, CSI (U+009B), a
carriage return or a bidirectional override could clear the screen, retitle the window, hide
text or overwrite a problem line with forged text. Every piece of user text cchc prints goes
through ``visible`` first (problem formats, error messages, the Rich views' console).
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional embedding/override/isolate marks.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _show(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\r``).

    ``keep_newlines`` leaves line breaks (and tabs) alone, for multi-line text such as an
    assignment written as a YAML block.
    """
    if keep_newlines:
        return "\n".join(
            UNSAFE.sub(lambda m: m.group() if m.group() == "\t" else _show(m), line)
            for line in text.split("\n")
        )
    return UNSAFE.sub(_show, text)


def shorten(text: str, limit: int = 120) -> str:
    """``text`` cut in the middle when longer than ``limit``, so a 5,000-digit value or a
    runaway line does not flood the one line a problem gets."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-half:]}"
