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


def locate(option: str | None = None) -> str:
    """--data, then $KAESONG_DATA, then the bundled base."""
    chosen = option or os.environ.get(ENV_VAR)
    if chosen and "\x00" in chosen:  # the OS refuses such a name with a ValueError, not an OSError
        raise FactBaseError(chosen, [("", "a file name cannot hold a NUL character")])
    return os.path.expanduser(chosen) if chosen else bundled_path()


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise FactBaseError(path, [("", "no such file")]) from None
    except IsADirectoryError:
        raise FactBaseError(path, [("", "is a directory, not a fact-base file")]) from None
    except OSError as exc:
        raise FactBaseError(path, [("", f"cannot read: {exc.strerror or exc}")]) from None


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r} in one object")
        out[key] = value
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


def load(path: str):
    return validate(parse(read_bytes(path), path), path)
