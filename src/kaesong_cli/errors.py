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
    """A well-formed question with no answer in the fact base."""

    status = ExitStatus.NOT_FOUND


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
