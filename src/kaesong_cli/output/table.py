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
    """A list of facts as aligned lines rather than a grid (cheaper, and reads like `gh` views):
    the first column as a bold label, the other columns after it on one line, a dim column (the
    source) on a line of its own; long values wrap under themselves. One Text, printed once."""
    label, *rest = section.columns
    labels = [cell(row.get(label.key)) for row in section.rows]  # data too: sanitized like any cell
    indent = max(text.cell_len for text in labels) + 2  # terminal cells, so Hangul labels align
    width = max(20, console.width - indent)
    card = Text()
    if section.title:
        card.append(visible(section.title) + "\n", style="bold")
    for row, name in zip(section.rows, labels, strict=True):
        value = Text("  ").join(cell(row.get(c.key)) for c in rest if c.style != "dim" and row.get(c.key))
        lines = [*value.wrap(console, width)]
        for c in rest:
            if c.style == "dim" and row.get(c.key):
                source = cell(row[c.key])
                source.stylize("dim")
                lines += source.wrap(console, width)
        for i, line in enumerate(lines or [Text()]):
            if i == 0:
                card.append_text(Text.assemble(name, " " * (indent - name.cell_len), style="bold"))
            else:
                card.append(" " * indent)
            card.append_text(line)
            card.append("\n")
    console.print(card, end="", soft_wrap=True)
