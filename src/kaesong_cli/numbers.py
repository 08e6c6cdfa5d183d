"""The one reader of the whole numbers a user types (paragraphs, --limit, KAESONG_MAX_BYTES).

Only the ASCII digits 0-9 make a number: Python's int() also takes '٣' and '1_000', and
str.isdigit() says yes to '²', which int() then refuses with a ValueError. Here every such text
is one clear UsageError, however it reached us.
"""

from __future__ import annotations

import re

from .errors import UsageError, excerpt

_WHOLE = re.compile(r"[0-9]{1,18}")


def is_whole_number(text: str) -> bool:
    return isinstance(text, str) and _WHOLE.fullmatch(text.strip()) is not None


def whole_number(text: str, what: str = "a number", *, low: int | None = None, high: int | None = None) -> int:
    """`text` as a whole number (ASCII digits, spaces around allowed) within [low, high]."""
    if not is_whole_number(text):
        raise UsageError(f"{what} {excerpt(text)}: give a whole number written with the digits 0-9")
    value = int(text.strip())
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = (f"from {low} to {high}" if low is not None and high is not None
                  else f"at least {low}" if low is not None else f"at most {high}")
        raise UsageError(f"{what} {excerpt(text)}: give a whole number {bounds}")
    return value
