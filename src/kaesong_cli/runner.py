"""Run one command: open the fact base, call the command, render its view, and map every failure
to one line on stderr and an exit code. The only place exceptions become exit codes."""

from __future__ import annotations

import errno
import os
import sys

from .errors import ExitStatus, FactBaseError, KaesongError, NotFound

MAX_MESSAGE = 400  # characters: a message is one line, whatever was typed


def err(message: str) -> None:
    from .output.sanitize import visible

    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE - 1] + "…"
    try:
        sys.stderr.write(f"kaesong: {visible(message)}\n")
        sys.stderr.flush()
    except OSError:
        pass


def run(command: str, params: dict, *, data: str | None = None, fmt: str | None = None, color: bool = True,
        csv_safe: bool = False) -> int:
    from .commands import Session
    from .commands import command as find
    from .output import default_format, render

    fmt = fmt or default_format(sys.stdout)
    blank = _blank_option(command, params)
    if blank:
        err(f"{blank} is empty: give a value, or leave {'the option' if blank.startswith('-') else 'it'} out")
        return ExitStatus.ERROR
    progress = _progress()
    try:
        session = Session(data, progress=progress)
        view = find(command)(session, fmt=fmt, **params)
        if view is None:  # browse drew the terminal itself
            return ExitStatus.OK
        for note in view.notes:
            err(note)
        render(view, fmt, sys.stdout, color=color, csv_safe=csv_safe)
        sys.stdout.flush()
        return ExitStatus.OK
    except BrokenPipeError:
        return _closed_pipe()
    except KeyboardInterrupt:
        err("interrupted")
        return ExitStatus.INTERRUPTED
    except FactBaseError as exc:
        return _bad_fact_base(exc, command, fmt)
    except NotFound as exc:
        err(str(exc))
        if fmt in ("json", "csv") or getattr(exc, "document", False):  # an empty document (csv: its header;
            # check: its ClaimReview), so that a reader still reads one
            try:
                if fmt != "csv":
                    from .output.jsonfmt import render as out

                    out(exc.empty, sys.stdout)
                elif exc.columns:
                    from .output.csvfmt import render as out

                    out(exc.columns, [], sys.stdout)
                sys.stdout.flush()
            except OSError:
                return _closed_pipe()
        return exc.status
    except KaesongError as exc:
        err(str(exc))
        return exc.status
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            return _closed_pipe()
        where = f": {exc.filename}" if exc.filename else ""
        err(f"cannot write output{where}: {exc.strerror or exc}" if exc.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT)
            else f"{exc.strerror or exc}{where}")
        return ExitStatus.ERROR
    except MemoryError:
        err("out of memory")
        return ExitStatus.ERROR
    except Exception as exc:  # a bug: one line, not a traceback, unless asked for
        if os.environ.get("KAESONG_DEBUG"):
            raise
        err(f"internal error: {type(exc).__name__}: {exc} (set KAESONG_DEBUG=1 for details)")
        return ExitStatus.ERROR
    finally:
        if progress is not None:
            progress.close()


OWN_WORDS = ("search", "ask", "check", "convert", "entity")  # say in their own words what an empty argument lacks


def _blank_option(command: str, params: dict) -> str | None:
    """The first option or argument given an empty value (`--speaker ''`, `sources ''`), which
    would otherwise read as "not given" and silently mean all, or the bundled file."""
    from ._argspec import SPEC

    for param in SPEC["commands"].get(command, []):
        value = params.get(param["name"])
        if not isinstance(value, str) or value.strip():
            continue
        if param["kind"] == "option":
            return max(param["opts"], key=len)
        if command not in OWN_WORDS:
            return param["name"].upper()
    return None


def _bad_fact_base(exc: FactBaseError, command: str, fmt: str) -> int:
    lines = exc.lines()
    if command == "validate":
        if fmt == "json":
            from .output.jsonfmt import render

            render({"file": exc.file, "valid": False, "problems": [{"path": p, "reason": r} for p, r in exc.problems]},
                   sys.stdout)
        for line in lines:
            err(line)
    else:
        from .factbase import command_line

        more = (f" (and {len(lines) - 1} more problems: run '{command_line(exc.file, 'validate')}')"
                if len(lines) > 1 else "")
        err(lines[0] + more)
    return ExitStatus.ERROR


def _closed_pipe() -> int:
    """The reader went away (`kaesong timeline | head -1`): stop quietly, and keep Python from
    complaining when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitStatus.OK


def _progress():
    """A progress display on stderr for index builds, only when stderr is a terminal."""
    try:
        if not sys.stderr.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    from .output.progress import BuildProgress

    return BuildProgress(sys.stderr)
