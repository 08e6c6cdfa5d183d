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
        if section.card:
            _card(console, section)
            continue
        table = Table(title=Text(visible(section.title), style="bold") if section.title else None,
                      title_justify="left", show_lines=False, header_style="bold")
        for c in section.columns:
            table.add_column(Text(c.header), style=c.style, min_width=c.min_width, no_wrap=c.no_wrap,
                             overflow="fold")
        for row in section.rows:
            table.add_row(*(cell(row.get(c.key)) for c in section.columns))
        console.print(table)


def _card(console: Console, section) -> None:
    """Field and value on aligned lines, values wrapping under themselves: one Text, printed once
    (a grid would cost a table's layout for what is a list of facts)."""
    label, value = (c.key for c in section.columns)
    indent = max(len(str(row[label])) for row in section.rows) + 2
    card = Text()
    if section.title:
        card.append(visible(section.title) + "\n", style="bold")
    for row in section.rows:
        lines = cell(row[value]).wrap(console, max(20, console.width - indent))
        for i, line in enumerate(lines):
            card.append(str(row[label]).ljust(indent) if i == 0 else " " * indent, style="bold" if i == 0 else None)
            card.append_text(line)
            card.append("\n")
    console.print(card, end="", soft_wrap=True)
