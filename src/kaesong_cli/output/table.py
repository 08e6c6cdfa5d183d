"""--format table: Rich tables for a person at a terminal. Every cell is a rich.text.Text built
from sanitized data, so fact-base text is never read as Rich markup.

A table never crops. Rich, when a table is too wide, narrows columns below their longest word and
folds ids and citations mid-word ('kcna-2020-06-1'). So the widths are decided here: no column
narrower than its longest word (or its longest line, for a `whole` column such as a date), the
rest shared in proportion to what each column would still use. When even those minimums do not fit the
terminal, the table is printed as stacked cards, one record a card, each field labelled.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import output
from .sanitize import visible

HIGHLIGHT = "bold yellow"
WHOLE = ("date", "display", "published", "id")  # columns whose lines never wrap: dates and ids
NUMBER = 24  # a line this short with a number in it (an amount with its unit, a date) stays whole
READABLE = 24  # a column of prose narrower than this reads a word a line: better cards then


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
        hosts, cells = _cells(section)
        cells_text = [[text for text, _ in row] for row in cells]
        if section.card:
            _cards(console, section.title, hosts, cells_text, labelled=False)
            continue
        widths = _widths(hosts, cells, console.width)
        if widths is None:
            _cards(console, section.title, hosts, cells_text, labelled=True)
            continue
        table = Table(title=Text(visible(section.title), style="bold") if section.title else None,
                      title_justify="left", show_lines=False, header_style="bold")
        for c, width in zip(hosts, widths, strict=True):
            table.add_column(Text(c.header), style=c.style, width=width, overflow="fold")
        for row in cells:
            table.add_row(*(text for text, _ in row))
        console.print(table)


def _cells(section) -> tuple[list, list[list[tuple[Text, str]]]]:
    """The columns a table shows, and each record's cells: (a column's value with the values of
    the columns stacked under it on lines of their own, the column's own value alone)."""
    hosts = [c for c in section.columns if c.in_table and not c.under]
    under = {c.key: [u for u in section.columns if u.in_table and u.under == c.key] for c in hosts}
    rows = []
    for record in section.rows:
        row = []
        for c in hosts:
            text = cell(output.value_at(record, c.key))
            own = text.plain
            for u in under[c.key]:
                value = output.value_at(record, u.key)
                if value not in (None, "", []):
                    extra = cell(value)
                    extra.stylize(u.style or "dim")
                    if text:
                        text.append("\n")
                    text.append_text(Text(u.template.split("{}")[0]) + extra + Text(u.template.split("{}")[-1]))
            row.append((text, own))
        rows.append(row)
    return hosts, rows


def _longest(text: str, own: str, whole: bool) -> tuple[int, int]:
    """(the narrowest a cell can be without breaking a word, a short line with a number in it
    ('97억 8,000만 원', '2020-06-16 14:50 KST'), or a line of its column's own value when that
    is `whole`; and its natural width)."""
    from rich.cells import cell_len

    lines = text.split("\n")
    natural = max(cell_len(line) for line in lines)
    words = max((cell_len(w) for w in text.split()), default=1)
    numbers = [cell_len(line) for line in lines if cell_len(line) <= NUMBER and any(ch.isdigit() for ch in line)]
    words = max(words, *numbers) if numbers else words
    if whole:
        words = max(words, *(cell_len(line) for line in own.split("\n")))
    return words, natural


def _widths(hosts, cells, terminal: int) -> list[int] | None:
    """Column widths that keep every word whole and give the text room, or None (cards) when
    nothing does.

    The main column is the one holding the most text (a quotation's words, an event's summary).
    Short columns (dates, ids, speakers, citations) take what they need, narrowed towards their
    longest word only as far as the main column needs to get half the terminal (or all it would
    use); when even their narrowest leaves the main column less than that, a table would read a
    few words a line, and the records print as cards instead."""
    if not hosts:
        return []
    lows, highs, totals = [], [], []
    for i, c in enumerate(hosts):
        whole = c.key.split(".")[-1] in WHOLE or c.key.split(".")[0] in WHOLE
        measured = [_longest(row[i][0].plain, row[i][1], whole) for row in cells] + [_longest(c.header, "", False)]
        highs.append(max(max(m[1] for m in measured), max(m[0] for m in measured)))
        lows.append(max(m[0] for m in measured))
        totals.append(sum(len(row[i][0].plain) for row in cells))
    room = terminal - (3 * len(hosts) + 1)  # a space either side of each cell, and the borders
    if sum(highs) <= room:
        return highs
    main = max(range(len(hosts)), key=lambda i: totals[i])
    need = min(highs[main], max(lows[main], READABLE, terminal // 2))
    others = [i for i in range(len(hosts)) if i != main]
    widths = list(highs)
    if sum(highs[i] for i in others) + need <= room:
        widths[main] = room - sum(highs[i] for i in others)
        return widths
    spare = room - need - sum(lows[i] for i in others)
    if spare < 0:
        return None
    # the short columns at their narrowest, plus what is left shared in proportion to what each would still use
    want = {i: highs[i] - lows[i] for i in others}
    total = sum(want.values()) or 1
    for i in others:
        widths[i] = lows[i] + spare * want[i] // total
    widths[main] = room - sum(widths[i] for i in others)
    return widths


def _cards(console: Console, title: str | None, hosts, cells, *, labelled: bool) -> None:
    """Records as aligned lines rather than a grid (cheaper, and reads like `gh` views).

    A card section (an entity's fields) is one line a record: its first column as a bold label,
    the other columns after it. A table too wide for the terminal (`labelled`) is one block a
    record: each column's header as the label. Long values wrap under themselves. One Text,
    printed once."""

    labels = [Text(c.header) for c in hosts] if labelled else [row[0] for row in cells]
    # labels align in terminal cells (Hangul is two wide); one too long for a third of the width
    # stands on a line of its own, its value beneath it
    indent = min(max((label.cell_len for label in labels), default=0), console.width // 3) + 2
    width = max(20, console.width - indent)
    card = Text()
    if title:
        for line in Text(visible(title), style="bold").wrap(console, console.width):
            card.append_text(line)
            card.append("\n")
    for n, row in enumerate(cells):
        if labelled:  # a field with no value is left out of its card
            pairs = [(label, value) for label, value in zip(labels, row, strict=True) if value]
            if n:
                card.append("\n")
        else:
            pairs = [(labels[n], Text("\n").join(
                [t for c, t in zip(hosts[1:], row[1:], strict=True) if t and c.style != "dim"]
                + [_dim(t) for c, t in zip(hosts[1:], row[1:], strict=True) if t and c.style == "dim"]))]
        for label, value in pairs:
            # words are never folded: one wider than the value's room (a long address) stands
            # whole on a line of its own from the left edge, so that it can be copied in one piece
            lines = [line for part in value.split("\n") for line in _wrap(part, width)] if value else [Text()]
            for line in lines:
                line.rstrip()  # a wrapped line keeps the space it broke at: one cell too many
            if label.cell_len > indent - 2 or lines[0].cell_len > width:
                for line in label.wrap(console, console.width):
                    card.append_text(Text.assemble(line, "\n", style="bold"))
                label = None
            for i, line in enumerate(lines):
                if line.cell_len > width:
                    pass
                elif i == 0 and label is not None:
                    card.append_text(Text.assemble(label, " " * (indent - label.cell_len), style="bold"))
                else:
                    card.append(" " * indent)
                card.append_text(line)
                card.append("\n")
    console.print(card, end="", soft_wrap=True)


def _wrap(text: Text, width: int) -> list[Text]:
    """`text` in lines of at most `width` cells, broken only between words: a longer word keeps a
    line of its own, whole (Rich's own wrap folds it, or with overflow='ignore' does not wrap)."""
    from rich._wrap import divide_line

    if text.cell_len <= width:
        return [text.copy()]
    return list(text.divide(divide_line(text.plain, width, fold=False)))


def _dim(text: Text) -> Text:
    text = text.copy()
    text.stylize("dim")
    return text
