"""Text from a fact base is data: control characters are shown as escapes, never sent raw.

Covers C0 and C1 controls (ESC, CSI, OSC starters, NUL, BEL...), DEL, and the Unicode
bidirectional overrides and isolates that can make text read differently from what it is.
"""

from __future__ import annotations

import re

_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_ALWAYS = re.compile(f"[{_UNSAFE}]")
_WITH_LINES = re.compile(f"[{_UNSAFE}\t\n\r]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if match.group() in "\t\n\r":
        return " "
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """Unsafe characters as visible escapes; tabs and newlines as spaces unless kept."""
    pattern = _ALWAYS if keep_newlines else _WITH_LINES
    return pattern.sub(_escape, text)


JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_escape(text: str) -> str:
    """For JSON already dumped with ensure_ascii=False: json escapes C0 itself; escape the rest."""
    return JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
