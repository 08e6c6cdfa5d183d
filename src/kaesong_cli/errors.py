"""Domain exceptions and the exit codes they map to (mapped once, in runner.py)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    NOT_FOUND = 1
    ERROR = 2  # bad usage or bad data
    INTERRUPTED = 130


class KaesongError(Exception):
    """An error the user can act on; its message is one line."""

    status = ExitStatus.ERROR


class UsageError(KaesongError):
    """An argument the user gave cannot be understood (bad amount, date, query...)."""


class NotFound(KaesongError):
    """A well-formed question with no answer in the fact base. With --format json the runner
    prints `empty` (an empty list, or null where one object was asked for), so a script's
    json.load still reads a document; with --format csv, the header of `columns` (pandas reads it)."""

    status = ExitStatus.NOT_FOUND

    def __init__(self, message: str, columns: list | None = None):
        super().__init__(message)
        self.empty: list | None = []
        self.columns = columns  # the columns a csv would have had: its header is printed all the same


class FactBaseError(KaesongError):
    """A fact base that cannot be read or does not satisfy the contract."""

    def __init__(self, file: str, problems: list[tuple[str, str]]):
        self.file = file
        self.problems = problems  # (JSON path, what is wrong); path "" for the whole file
        super().__init__(self.describe(problems[0]))

    def describe(self, problem: tuple[str, str]) -> str:
        path, reason = problem
        where = f"{self.file}: {path}" if path else self.file
        return f"{where}: {reason}"

    def lines(self) -> list[str]:
        return [self.describe(p) for p in self.problems]


def excerpt(text: object, limit: int = 40, *, quote: bool = True) -> str:
    """What the user typed, for a message: at most `limit` characters (the middle elided), with
    control characters escaped. Quoted unless `quote` is False."""
    import re

    text = str(text)
    if len(text) > limit:
        text = text[: limit * 2 // 3] + "…" + text[-(limit // 3):]
    text = re.sub(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)
    return f"'{text}'" if quote else text
