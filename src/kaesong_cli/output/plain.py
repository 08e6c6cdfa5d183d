"""Plain output for pipes: one tab-separated line a row, no header, no colour (as gh does).
Highlights are shown as **word**; a document's sections are introduced by '# title' lines."""

from .. import output
from .sanitize import visible


def cell(value) -> str:
    if isinstance(value, output.Marked):
        return "".join(f"**{visible(t)}**" if hit else visible(t) for t, hit in value.parts)
    return visible(output.text_of(value))


def render(sections, stream) -> None:
    for i, section in enumerate(sections):
        stream.write(output.heading(sections, i))
        for row in section.rows:
            stream.write("\t".join(cell(row.get(c.key)) for c in section.columns) + "\n")
