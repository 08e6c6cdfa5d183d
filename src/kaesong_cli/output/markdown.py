"""--format markdown: GitHub-flavoured pipe tables, ready to paste into a page; a view of several
tables gives one per table under a heading. Every column is a column (nothing stacked).

Text from the fact base is text, never markup: every character that means something in CommonMark
or in GFM's extensions (emphasis, code, links, images, raw HTML, entities, strikethrough, a
table's |, and in a heading its closing #s) is escaped with a backslash, which CommonMark allows before any
ASCII punctuation. A renderer shows the text as it is written (tests/test_formats.py renders every
view with markdown-it-py). A line break inside a field, which a table row cannot hold, becomes a
space, as in plain output."""

import re

from .. import output
from .plain import cell

# The characters with a meaning inside a table cell: emphasis and strong (* _), code (`),
# strikethrough (~), links and images ([ ] and so ! and the parentheses after them), raw HTML and
# autolinks (< >), entities (&), the cell's border (|) and the backslash itself. Block markers
# (- + 1. > #) mean nothing inside a cell; in a heading, a closing sequence of #s does.
_SIGNIFICANT = re.compile(r"([\\`*_\[\]<>!|~&])")
_IN_HEADING = re.compile(r"([\\`*_\[\]<>!|~&#])")


def _md(value, pattern=_SIGNIFICANT) -> str:
    return pattern.sub(r"\\\1", cell(value))


def render(sections, stream) -> None:
    for i, section in enumerate(sections):
        if section.title and len(sections) > 1:
            stream.write(("\n" if i else "") + f"### {_md(section.title, _IN_HEADING)}\n\n")
        stream.write("| " + " | ".join(_md(c.header) for c in section.columns) + " |\n")
        stream.write("|" + "|".join(" --- " for _ in section.columns) + "|\n")
        for row in section.rows:
            stream.write("| " + " | ".join(_md(output.value_at(row, c.key)) for c in section.columns) + " |\n")
