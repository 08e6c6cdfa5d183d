"""--format csv: one rectangle, as spreadsheets and pandas read it (RFC 4180). A header row naming
each field by its JSON path, then one row a record; a view of several tables is one table with a
leading `section` field (output.flat). The header is there even when there are no rows.

The text is exact: newlines and tabs inside a field stay, in a quoted field (only the control
characters that could drive a terminal are shown as escapes, as in every format).

`safe` (--csv-safe) follows OWASP's advice on CSV injection: a field that starts with =, +, -, @,
a tab or a carriage return gets a ' in front, so that a spreadsheet shows it as text instead of
running it as a formula. Off by default, since it changes the text ('-5' becomes "'-5")."""

import csv

from .. import output
from .sanitize import visible

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def field(value, safe: bool = False) -> str:
    text = visible(output.text_of(value), keep_newlines=True)
    if safe and text.startswith(FORMULA_START):
        return "'" + text
    return text


def render(columns, rows, stream, *, safe: bool = False) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([field(c.key, safe) for c in columns])
    writer.writerows([field(output.value_at(row, c.key), safe) for c in columns] for row in rows)
