"""Locate, read and validate a fact base. Every failure names the file and the JSON path."""

from __future__ import annotations

import json
import os
import re

from .errors import FactBaseError

ENV_VAR = "KAESONG_DATA"


def bundled_path() -> str:
    """The fact base that ships with kaesong: inside the wheel, or the source tree's data/ for an
    editable install (hatch's force-include only applies to built wheels)."""
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "data", "kaesong.json")
    if os.path.isfile(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "data", "kaesong.json")


def command_line(data_file: str | None, words: str) -> str:
    """A command to suggest in a hint, for the fact base in use: `kaesong WORDS` for the bundled
    one, `kaesong --data FILE WORDS` (`kaesong validate FILE`) for any other, so that the hint
    is about the file the user gave."""
    if not data_file or os.path.realpath(data_file) == os.path.realpath(bundled_path()):
        return f"kaesong {words}"
    import shlex

    if words == "validate":
        return f"kaesong validate {shlex.quote(data_file)}"
    return f"kaesong --data {shlex.quote(data_file)} {words}"


def locate(option: str | None = None) -> str:
    """--data, then $KAESONG_DATA, then the bundled base."""
    if option is not None and not option.strip():
        from .errors import UsageError

        raise UsageError("--data is empty: give a fact-base file, or leave the option out")
    chosen = option or os.environ.get(ENV_VAR)
    if chosen and "\x00" in chosen:  # the OS refuses such a name with a ValueError, not an OSError
        raise FactBaseError(chosen, [("", "a file name cannot hold a NUL character")])
    return os.path.expanduser(chosen) if chosen else bundled_path()


MAX_BYTES_VAR = "KAESONG_MAX_BYTES"
MAX_BYTES = 2**30  # 1 GiB: a fact base larger than this is refused before it is read


def max_bytes() -> int:
    """The largest fact base read: $KAESONG_MAX_BYTES (a whole number of bytes), else 1 GiB."""
    from .numbers import whole_number

    raw = os.environ.get(MAX_BYTES_VAR)
    if raw is None or not raw.strip():
        return MAX_BYTES
    return whole_number(raw, MAX_BYTES_VAR, low=1)


def check_file(path: str, st: os.stat_result, limit: int | None = None) -> None:
    """FactBaseError unless `st` is a regular file of at most the limit (max_bytes())."""
    import stat

    limit = max_bytes() if limit is None else limit
    if stat.S_ISDIR(st.st_mode):
        raise FactBaseError(path, [("", "is a directory, not a fact-base file")])
    if not stat.S_ISREG(st.st_mode):
        what = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
                or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise FactBaseError(path, [("", f"is {what}, not a fact-base file: give a regular file")])
    if st.st_size > limit:
        raise FactBaseError(path, [("", f"is {_size(st.st_size)}, over the limit of {_size(limit)} "
                                         f"(set {MAX_BYTES_VAR} to a number of bytes to change it)")])


def read_bytes(path: str) -> bytes:
    """The file's bytes. Only a regular file is read (a FIFO would wait for a writer, /dev/zero never
    ends), and only up to max_bytes(): both are checked on the open file before a byte is read."""
    limit = max_bytes()
    try:
        # O_NONBLOCK: opening a FIFO does not wait for a writer (it is refused just below)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FactBaseError(path, [("", "no such file")]) from None
    except IsADirectoryError:
        raise FactBaseError(path, [("", "is a directory, not a fact-base file")]) from None
    except OSError as exc:
        raise FactBaseError(path, [("", f"cannot read: {exc.strerror or exc}")]) from None
    try:
        check_file(path, os.fstat(fd), limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            raw = f.read(limit + 1)  # a file that grew since fstat is still read no further
    except OSError as exc:
        raise FactBaseError(path, [("", f"cannot read: {exc.strerror or exc}")]) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(raw) > limit:
        raise FactBaseError(path, [("", f"is over the limit of {_size(limit)} "
                                         f"(set {MAX_BYTES_VAR} to a number of bytes to change it)")])
    return raw


def _size(n: int) -> str:
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    out = dict(pairs)  # in C; a key given twice makes the dict shorter than the pairs
    if len(out) != len(pairs):
        seen: set = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise ValueError(f"duplicate key {key!r} in one object")
    return out


def parse(raw: bytes, file: str) -> object:
    """JSON text to Python objects; errors say the line and column."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactBaseError(file, [("", f"not UTF-8 text (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})")]) from None
    if not text.strip():
        raise FactBaseError(file, [("", "the file is empty; a fact base is a JSON object")])
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise FactBaseError(file, [("", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]) from None
    except ValueError as exc:  # the duplicate-key hook; json's own messages have no position for it
        raise FactBaseError(file, [("", f"invalid JSON: {exc}")]) from None
    except RecursionError:
        raise FactBaseError(file, [("", "invalid JSON: nested too deeply")]) from None


def json_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith(("function-", "decimal", "is-instance")):
            continue  # pydantic's names for validator steps, not part of the document
        else:
            out += f".{part}" if out else str(part)
    return out


def validate(data: object, file: str):
    """Objects to a validated models.FactBase, or FactBaseError listing every problem."""
    from pydantic import ValidationError

    from .models import FactBase, cross_check

    if not isinstance(data, dict):
        raise FactBaseError(file, [("", f"a fact base is a JSON object, not {json_type(data)}")])
    try:
        base = FactBase.model_validate(data)
    except ValidationError as exc:
        problems = [(json_path(e["loc"]), _reason(e)) for e in exc.errors(include_url=False)]
        raise FactBaseError(file, problems) from None
    except RecursionError:
        raise FactBaseError(file, [("", "nested too deeply")]) from None
    problems = cross_check(base)
    if not problems:  # the support check (support.py) reads values only of a base whose references hold
        from .support import check

        problems = check(base).problems
    if problems:
        raise FactBaseError(file, problems)
    return base


def json_type(value: object) -> str:
    """A value's kind in JSON's words, for messages ('an array', not 'list')."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    kinds = ((dict, "an object"), (list, "an array"), (str, "a string"), ((int, float), "a number"))
    return next((name for types, name in kinds if isinstance(value, types)), "a value")


def _reason(error: dict) -> str:
    msg = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return "unknown field (not part of the fact-base contract)"
    if error["type"] == "missing":
        return "required field is missing"
    for python, json_word in (("a valid dictionary", "an object"), ("a valid list", "an array"),
                              ("a valid string", "a string"), ("a valid integer", "a whole number"),
                              ("a valid boolean", "true or false"), ("None", "null")):
        msg = msg.replace(python, json_word)
    return re.sub(r" or instance of \w+", "", msg)


class no_cycle_collection:
    """Reading, validating and indexing a large base allocate millions of objects that all live to
    the end: Python's cycle collector would walk them again and again for nothing (two fifths of
    the first run's time at 100,000 events). Nothing made there holds a cycle to free early."""

    def __enter__(self):
        import gc

        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        import gc

        if self.was:
            gc.enable()


def load(path: str):
    with no_cycle_collection():
        return validate(parse(read_bytes(path), path), path)
