"""The output layer: commands return views; one module per format renders them.

A view is plain data (no Rich): a Table of rows, a Document of titled sections, or Raw text for
formats that are documents of their own (DOT, Mermaid, TimelineJS, JSON Schema). The one decision
about the terminal (table or plain, colour or not) is made here, once.
"""

from __future__ import annotations

import os

# Plain classes rather than dataclasses: `dataclasses` imports `inspect`, which alone costs about
# half of python's start-up, on the path every reading command takes.

FORMATS = ("table", "plain", "json", "csv", "markdown")


class Marked:
    """Text with highlighted stretches (search snippets): [(text, highlighted), ...]."""

    def __init__(self, parts: list[tuple[str, bool]]):
        self.parts = parts

    def __str__(self) -> str:
        return "".join(text for text, _ in self.parts)


class Column:
    def __init__(self, key: str, header: str, style: str | None = None, min_width: int | None = None,
                 no_wrap: bool = False):
        self.key, self.header, self.style, self.min_width, self.no_wrap = key, header, style, min_width, no_wrap


class Table:
    """Rows under columns. A card is a table of (field, value) rows describing one thing: a
    terminal shows it as aligned lines rather than a grid."""

    def __init__(self, columns: list[Column], rows: list[dict], title: str | None = None, card: bool = False):
        self.columns, self.rows, self.title, self.card = columns, rows, title, card


class Document:
    """Titled sections, one after another (an entity in full)."""

    def __init__(self, sections: list[Table], title: str | None = None):
        self.sections, self.title = sections, title


class Raw:
    """Text that is a format of its own: DOT, Mermaid, a chart."""

    def __init__(self, text: str):
        self.text = text


class View:
    """What a command hands to the output layer: something to render, its JSON form, and notes
    for stderr (e.g. that a search fell back to the nearest word)."""

    def __init__(self, body: Table | Document | Raw | None, data: object = None, notes: list[str] | None = None):
        self.body, self.data, self.notes = body, data, notes or []

    @classmethod
    def document(cls, data: object) -> View:
        """A view that is its data, printed as JSON whatever the format (TimelineJS, a JSON Schema)."""
        return cls(None, data)


def default_format(stream) -> str:
    """A Rich table for a person at a terminal, plain tab-separated lines for a pipe (as gh does)."""
    try:
        return "table" if stream.isatty() else "plain"
    except (AttributeError, ValueError):
        return "plain"


def render(view: View, fmt: str, stream, *, color: bool = True) -> None:
    body = view.body
    if isinstance(body, Raw):
        from .sanitize import visible

        stream.write(visible(body.text, keep_newlines=True))
        if not body.text.endswith("\n"):
            stream.write("\n")
        return
    if body is None or fmt == "json":
        from .jsonfmt import render as out

        out(view.data, stream)
        return
    sections = body.sections if isinstance(body, Document) else [body]
    if fmt == "table":
        from .table import render as out

        out(sections, stream, color=color and not os.environ.get("NO_COLOR"),
            title=body.title if isinstance(body, Document) else None)
        return
    module = {"plain": "plain", "csv": "csvfmt", "markdown": "markdown"}[fmt]
    out = __import__(f"{__name__}.{module}", fromlist=["render"]).render
    out(sections, stream)


def heading(sections: list[Table], i: int) -> str:
    """For formats without styling (plain, csv): '# Title' before each of several sections,
    separated by a blank line; nothing for a single table."""
    if len(sections) < 2:
        return ""
    from .sanitize import visible

    return ("\n" if i else "") + f"# {visible(sections[i].title or '')}\n"


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(text_of(v) for v in value)
    return str(value)
