"""Parse plain invocations of reading commands without importing Typer.

Importing Typer costs about 6x `python3 -c pass`, the whole start-up budget of a reading command.
So `kaesong` first tries this parser, which reads argv with the option spec in _argspec.py, a
file generated from the Typer app itself (tests/test_fastpath.py fails when it is stale). It
accepts only what it fully understands: known options (--opt VALUE, --opt=VALUE, flags), valid
choices and numbers, the right number of arguments. Anything else (help, completion, --version,
an unknown or malformed option) returns None, and Typer parses it, errors included.
"""

from __future__ import annotations

import os

from ._argspec import SPEC


def parse(argv: list[str]) -> dict | None:
    """Keyword arguments for runner.run, or None to let Typer handle argv."""
    if "_KAESONG_COMPLETE" in os.environ:
        return None
    values: dict = {}
    i = _options(SPEC["global"], argv, 0, values, stop_at_positional=True)
    if i is None or i >= len(argv) or argv[i] not in SPEC["commands"]:
        return None
    command = argv[i]
    params: dict = {}
    if _options(SPEC["commands"][command], argv, i + 1, params, stop_at_positional=False) is None:
        return None
    fmt = params.pop("format", None)
    data, no_color = params.pop("data", None), params.pop("no_color", False)  # after the command too
    csv_safe = params.pop("csv_safe", False) or values.get("csv_safe", False)
    return {"command": command, "params": params, "data": values.get("data") if data is None else data, "fmt": fmt,
            "color": not (values.get("no_color", False) or no_color), "csv_safe": csv_safe}


def _options(spec: list[dict], argv: list[str], i: int, out: dict, *, stop_at_positional: bool) -> int | None:
    by_opt = {opt: (p, True) for p in spec if p["kind"] == "option" for opt in p["opts"]}
    by_opt.update({opt: (p, False) for p in spec if p["kind"] == "option" for opt in p["secondary"]})
    arguments = [p for p in spec if p["kind"] == "argument"]
    positional: list[str] = []
    only_positional = False
    while i < len(argv):
        token = argv[i]
        if only_positional or not token.startswith("-") or token == "-":
            if stop_at_positional:
                break
            positional.append(token)
            i += 1
            continue
        if token == "--":
            only_positional = True
            i += 1
            continue
        name, eq, inline = token.partition("=")
        if name not in by_opt:
            return None
        param, primary = by_opt[name]
        if param["flag"]:
            if eq:
                return None
            out[param["name"]] = primary
            i += 1
            continue
        if eq:
            raw, i = inline, i + 1
        elif i + 1 < len(argv):
            raw, i = argv[i + 1], i + 2
        else:
            return None
        value = _convert(param, raw)
        if value is None:
            return None
        out[param["name"]] = value
    if len(positional) > len(arguments):
        return None
    for param, raw in zip(arguments, positional, strict=False):
        value = _convert(param, raw)
        if value is None:
            return None
        out[param["name"]] = value
    for param in spec:
        if param["name"] not in out:
            if param["required"]:
                return None
            out[param["name"]] = param["default"]
    return i


def _convert(param: dict, raw: str):
    kind = param["type"]
    if kind == "text":
        return raw
    if kind == "choice":
        matches = [c for c in param["choices"] if c.casefold() == raw.casefold()]
        return matches[0] if matches else None
    if kind == "integer":
        from .numbers import is_whole_number

        if not is_whole_number(raw):
            return None  # Typer's parser then says what is wrong
        value = int(raw.strip())
        low, high = param.get("min"), param.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            return None
        return value
    return None


# --- generating _argspec.py from the Typer app (used by the drift test) ---------------------------

def spec_from_typer() -> dict:
    import typer.main

    from .cli import app

    group = typer.main.get_command(app)
    return {"global": _params(group), "commands": {name: _params(cmd) for name, cmd in sorted(group.commands.items())}}


_TYPES = {"str": "text", "text": "text", "int": "integer", "int range": "integer", "integer": "integer",
          "integer range": "integer", "choice": "choice", "boolean": "boolean"}


def _params(command) -> list[dict]:
    out = []
    for p in command.params:
        if p.callback is not None or getattr(p, "is_eager", False):
            continue  # --version, --install-completion...: Typer's to handle
        kind = _TYPES.get(p.type.name, p.type.name)  # an unknown type makes parse() give up on it
        entry = {"name": p.name, "kind": p.param_type_name, "opts": sorted(p.opts),
                 "secondary": sorted(p.secondary_opts), "flag": bool(getattr(p, "is_flag", False)),
                 "required": bool(p.required), "default": getattr(p.default, "value", p.default), "type": kind}
        if kind == "choice":
            entry["choices"] = [getattr(c, "value", c) for c in p.type.choices]
        if kind == "integer":
            entry["min"], entry["max"] = getattr(p.type, "min", None), getattr(p.type, "max", None)
        out.append(entry)
    return out


def write_spec(path: str | None = None) -> None:
    import pprint

    path = path or os.path.join(os.path.dirname(__file__), "_argspec.py")
    text = ('"""Generated from the Typer app by fastpath.write_spec(): do not edit by hand."""\n\n'
            f"SPEC = {pprint.pformat(spec_from_typer(), width=110, sort_dicts=True)}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    write_spec()
