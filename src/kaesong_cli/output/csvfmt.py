"""--format csv: a header row, then the rows; a document's sections follow one another,
each introduced by a '# title' line and separated by a blank line. Highlights are dropped."""

import csv

from .. import output
from .sanitize import visible


def render(sections, stream) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    for i, section in enumerate(sections):
        stream.write(output.heading(sections, i))
        writer.writerow([c.header for c in section.columns])
        writer.writerows([visible(output.text_of(row.get(c.key))) for c in section.columns]
                         for row in section.rows)
