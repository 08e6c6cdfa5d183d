"""--format table: Rich tables for a person at a terminal. Every cell is a rich.text.Text built
from sanitized data, so fact-base text is never read as Rich markup."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import output
from .sanitize import visible

HIGHLIGHT = "bold yellow"


def cell(value) -> Text:
    if isinstance(value, output.Marked):
        text = Text()
        for part, hit in value.parts:
            text.append(visible(part, keep_newlines=True), style=HIGHLIGHT if hit else None)
        return text
    return Text(visible(output.text_of(value), keep_newlines=True))


def render(sections, stream, *, color: bool, title: str | None = None) -> None:
    console = Console(file=stream, markup=False, emoji=False, highlight=False, no_color=not color,
                      soft_wrap=False)
    if title:
        console.print(Text(visible(title), style="bold"))
    for section in sections:
        table = Table(title=Text(visible(section.title), style="bold") if section.title else None,
                      title_justify="left", show_lines=False, header_style="bold")
        for c in section.columns:
            table.add_column(Text(c.header), style=c.style, min_width=c.min_width, no_wrap=c.no_wrap,
                             overflow="fold")
        for row in section.rows:
            table.add_row(*(cell(row.get(c.key)) for c in section.columns))
        console.print(table)
