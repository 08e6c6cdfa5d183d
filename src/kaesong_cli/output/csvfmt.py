"""--format csv: one rectangle. A header row naming each field by its JSON path, then one row a
record; a view of several tables is one table with a leading `section` field (output.flat)."""

import csv

from .. import output
from .sanitize import visible


def render(columns, rows, stream) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([c.key for c in columns])
    writer.writerows([visible(output.text_of(output.value_at(row, c.key))) for c in columns] for row in rows)
