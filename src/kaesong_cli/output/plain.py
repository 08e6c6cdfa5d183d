"""Plain output for pipes: one tab-separated line a record, no header, no colour (as gh does).
Every field holds the fact base's text exactly (tabs and newlines inside it become spaces, so a
field never splits); highlights are a terminal's business and are not drawn here."""

from .. import output
from .sanitize import visible


def cell(value) -> str:
    return visible(output.text_of(value))


def render(columns, rows, stream) -> None:
    for row in rows:
        stream.write("\t".join(cell(output.value_at(row, c.key)) for c in columns) + "\n")
