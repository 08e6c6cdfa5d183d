"""What each command does, as functions from parameters to views: no Typer, no Rich.

One module per capability (timeline, entity, search and quotes, money, the fact base itself).
cli.py (Typer) and fastpath.py both call them through runner.run, so a command behaves the same
whichever way it was parsed. Each command returns one record shape; the output layer lays it out
per format (output/__init__.py).
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module

from .. import factbase

# command -> its module in this package; imported when the command runs, not before
_MODULES = {"timeline": "timeline", "entity": "entity", "graph": "entity", "quotes": "search", "search": "search",
            "convert": "money", "sources": "base", "validate": "base", "schema": "base", "ask": "ask",
            "export": "export", "disputes": "disputes",
            "check": "check", "browse": "browse"}
NAMES = tuple(_MODULES)


def command(name: str):
    return getattr(import_module(f".{_MODULES[name]}", __name__), name)


class Session:
    """One invocation's fact base: located at once, its index opened only when asked for."""

    def __init__(self, data: str | None, progress=None):
        self.data_file = str(factbase.locate(data))
        self.progress = progress

    @cached_property
    def index(self):
        from ..index import open_index

        try:
            return open_index(self.data_file, self.progress)
        finally:
            if self.progress is not None:  # the build's progress bar goes before any output is drawn
                self.progress.close()


def window(since, until) -> str:
    return (f" from {since}" if since else "") + (f" to {until}" if until else "")


def resolve(index, name: str) -> str:
    from ..entities import resolve as find

    return find(index, name)
