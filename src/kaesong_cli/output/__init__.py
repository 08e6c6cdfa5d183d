"""The output layer: commands return views; one module per format renders them.

A view is plain data (no Rich): a Table of records under Columns, a Document of several tables, or
Raw text for formats that are documents of their own (DOT, Mermaid, a chart). Every format reads
the same records through the same columns, so no format can show a subset of another:

* a column's key is a path into the record ("date.display"), the same path JSON shows;
* plain and csv print one record a line, one column a field, in the columns' order (csv's header
  row names each field by its path); a document of several tables becomes one table with a
  leading `section` field and the union of the tables' columns;
* a table (for people) may stack a column beneath another (`under=`): a summary under its title,
  a note under its value. It never crops: see table.py.

The one decision about the terminal (table or plain, colour or not, width) is made here, once.
"""

from __future__ import annotations

import os

# Plain classes rather than dataclasses: `dataclasses` imports `inspect`, which alone costs about
# half of python's start-up, on the path every reading command takes.


class Marked:
    """Text with highlighted stretches (search snippets): [(text, highlighted), ...]. Only a
    terminal shows the highlights (as colour); every other format gets the text unaltered."""

    def __init__(self, parts: list[tuple[str, bool]]):
        self.parts = parts

    def __str__(self) -> str:
        return "".join(text for text, _ in self.parts)


class Column:
    """One field of a record. `key` is its path in the record; `header` its name for people.

    For tables only: `under` names the column beneath whose cell this one is shown (dimmed unless
    `style` says otherwise), `template` wraps its value there ('to {}'), and `in_table=False`
    leaves it to the other formats (an id the title already stands for)."""

    def __init__(self, key: str, header: str, style: str | None = None, *, under: str | None = None,
                 template: str = "{}", in_table: bool = True):
        self.key, self.header, self.style = key, header, style
        self.under, self.template, self.in_table = under, template, in_table


class Table:
    """Records under columns. A card is a table of (field, value) records describing one thing:
    a terminal shows it as aligned lines rather than a grid."""

    def __init__(self, columns: list[Column], rows: list[dict], title: str | None = None, card: bool = False):
        self.columns, self.rows, self.title, self.card = columns, rows, title, card


class Document:
    """Titled tables, one after another (an entity in full)."""

    def __init__(self, sections: list[Table], title: str | None = None):
        self.sections, self.title = sections, title


class Raw:
    """Text that is a format of its own: DOT, Mermaid, a chart. `text` may be a function of the
    width to fill, in terminal cells (a chart that fits the terminal). `exact` text (iCalendar's
    CRLF lines, BibTeX) is written byte for byte: its writer escaped it for its format."""

    def __init__(self, text, exact: bool = False):
        self.text = text
        self.exact = exact  # written as it is: its writer has escaped it for its own format

    def at(self, width: int) -> str:
        return self.text(width) if callable(self.text) else self.text


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


def terminal_width() -> int:
    """The width to fill: $COLUMNS, else the terminal's, else 80 (what a pipe gets)."""
    import shutil

    return max(20, shutil.get_terminal_size((80, 24)).columns)


def render(view: View, fmt: str, stream, *, color: bool = True, csv_safe: bool = False) -> None:
    body = view.body
    if isinstance(body, Raw) and body.exact:  # a file format of its own (iCalendar, BibTeX), escaped by its writer
        stream.write(body.at(terminal_width()))
        return
    if isinstance(body, Raw):
        from .sanitize import visible

        text = body.at(terminal_width())
        stream.write(visible(text, keep_newlines=True))
        if not text.endswith("\n"):
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
    if fmt == "markdown":
        from .markdown import render as out

        out(sections, stream)
        return
    if fmt == "csv":
        from .csvfmt import render as out

        out(*flat(sections), stream, safe=csv_safe)
        return
    from .plain import render as out

    out(*flat(sections), stream)


def flat(sections: list[Table]) -> tuple[list[Column], list[dict]]:
    """The columns and records of one table, or of several as one: a leading `section` field
    and the union of their columns (by key, in order of first use), so that csv stays one
    rectangle and plain one record a line."""
    if len(sections) == 1:
        return sections[0].columns, sections[0].rows
    columns, seen = [Column("section", "Section")], {"section"}
    for section in sections:
        for c in section.columns:
            if c.key not in seen:
                seen.add(c.key)
                columns.append(c)
    rows = [{"section": section.title or "", **row} for section in sections for row in section.rows]
    return columns, rows


def value_at(record: dict, path: str):
    """The value at a dotted path ('date.display'); None where any step is missing."""
    value = record
    for step in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    return value


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(text_of(v) for v in value)
    return str(value)
