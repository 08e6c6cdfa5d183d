"""--format table: tables for a person at a terminal, drawn here rather than by Rich.

Rich's import alone costs about four times python's start-up, on the path of every table; this
module draws the same boxes (Rich's heavy-head box: a bold header, the title above, left-justified)
with the standard library. Every cell is built from sanitized data, so fact-base text is never read
as markup, and styles are ANSI codes of ours, sent only to a terminal (or with FORCE_COLOR).

A table never crops and never breaks a word. The widths are decided here: no column narrower than
its longest word (or its longest line, for a `whole` column such as a date; or a short line with a
number in it, such as an amount), the column with the most text given at least half the terminal,
the short columns what they need. When even that does not fit, the table is printed as stacked
cards, one record a card, each field labelled, and a word wider than the terminal (an address)
stands whole on a line of its own.
"""

from __future__ import annotations

import itertools
import os
import re

from .. import output
from .sanitize import visible

HIGHLIGHT = ("bold", "yellow")
WHOLE = ("date", "display", "published", "id")  # columns whose lines never wrap: dates and ids
NUMBER = 24  # a line this short with a number in it (an amount with its unit, a date) stays whole
READABLE = 24  # a column of prose narrower than this reads a word a line: better cards then
_SGR = {"bold": "1", "dim": "2", "italic": "3", "underline": "4", "black": "30", "red": "31", "green": "32",
        "yellow": "33", "blue": "34", "magenta": "35", "cyan": "36", "white": "37"}
_COLOURS = frozenset(("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"))
_WORD = re.compile(r"\s*\S+\s*")


def cells(text: str) -> int:
    """The width of `text` in terminal cells: East Asian wide and full-width characters (Hangul)
    take two, combining marks none."""
    if text.isascii():
        return len(text)
    from unicodedata import combining, east_asian_width

    return sum(0 if combining(ch) else 2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def _style(name: str | None) -> tuple[str, ...]:
    return tuple(word for word in (name or "").split() if word in _SGR)


class Styled:
    """Text with styled stretches: [(text, styles)], styles a tuple such as ('bold', 'yellow')."""

    __slots__ = ("parts",)

    def __init__(self, text: str = "", style: tuple[str, ...] = ()):
        self.parts: list[tuple[str, tuple[str, ...]]] = [(text, style)] if text else []

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.parts)

    def __bool__(self) -> bool:
        return any(text for text, _ in self.parts)

    def append(self, text: str, style: tuple[str, ...] = ()) -> Styled:
        if text:
            self.parts.append((text, style))
        return self

    def extend(self, other: Styled) -> Styled:
        self.parts += other.parts
        return self

    def stylize(self, style: tuple[str, ...]) -> Styled:
        self.parts = [(text, own + tuple(s for s in style if s not in own)) for text, own in self.parts]
        return self

    def slice(self, start: int, end: int) -> Styled:
        out, at = Styled(), 0
        for text, style in self.parts:
            low, high = max(start, at), min(end, at + len(text))
            if low < high:
                out.parts.append((text[low - at:high - at], style))
            at += len(text)
        return out

    def lines(self) -> list[Styled]:
        out, at = [], 0
        for line in self.plain.split("\n"):
            out.append(self.slice(at, at + len(line)))
            at += len(line) + 1
        return out

    def rstrip(self) -> Styled:
        return self.slice(0, len(self.plain.rstrip()))


def cell(value) -> Styled:
    if isinstance(value, output.Marked):
        text = Styled()
        for part, hit in value.parts:
            text.append(_clean(part), HIGHLIGHT if hit else ())
        return text
    return Styled(_clean(output.text_of(value)))


def _clean(text: str) -> str:
    return visible(text, keep_newlines=True).replace("\t", " ").replace("\r", " ")


class _Out:
    """Lines to a stream, styled with ANSI codes only where a terminal will read them."""

    def __init__(self, stream, color: bool):
        force = os.environ.get("FORCE_COLOR")
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        self.stream, self.width = stream, output.terminal_width()
        self.styled = bool(force) or (tty and os.environ.get("TERM") != "dumb")
        self.color = color

    def text(self, text: Styled) -> str:
        if not self.styled:
            return text.plain
        out = []
        for part, style in text.parts:
            codes = [_SGR[s] for s in style if self.color or s not in _COLOURS]
            out.append(f"\x1b[{';'.join(codes)}m{part}\x1b[0m" if codes else part)
        return "".join(out)

    def line(self, *parts: Styled | str) -> None:
        self.stream.write("".join(p if isinstance(p, str) else self.text(p) for p in parts) + "\n")


def render(sections, stream, *, color: bool, title: str | None = None) -> None:
    out = _Out(stream, color)
    if title:
        for line in _wrap(Styled(_clean(title), ("bold",)), out.width, fold=True, strip=False):
            out.line(line)
    for section in sections:
        hosts, rows = _cells(section)
        texts = [[text for text, _ in row] for row in rows]
        if section.card:
            _cards(out, section.title, hosts, texts, labelled=False)
            continue
        widths = _widths(hosts, rows, out.width)
        if widths is None:
            _cards(out, section.title, hosts, texts, labelled=True)
            continue
        _table(out, section.title, hosts, texts, widths)


def _table(out: _Out, title: str | None, hosts, rows: list[list[Styled]], widths: list[int]) -> None:
    """Rich's heavy-head box, drawn: the title left-justified over the table's width, a bold
    header aligned to its bottom, cells padded by a space either side and aligned to their top."""
    total = sum(widths) + 3 * len(widths) + 1
    if title:
        for line in _wrap(Styled(_clean(title), ("bold",)), total, fold=True):
            out.line(_pad(line, total))
    out.line("┏" + "┳".join("━" * (w + 2) for w in widths) + "┓")
    header = [_block(Styled(c.header, ("bold",)), w) for c, w in zip(hosts, widths, strict=True)]
    _row(out, header, widths, "┃", bottom=True)
    out.line("┡" + "╇".join("━" * (w + 2) for w in widths) + "┩")
    for row in rows:
        styled = [text.stylize(_style(c.style)) if c.style else text for c, text in zip(hosts, row, strict=True)]
        _row(out, [_block(text, w) for text, w in zip(styled, widths, strict=True)], widths, "│", bottom=False)
    out.line("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")


def _row(out: _Out, blocks: list[list[Styled]], widths: list[int], bar: str, *, bottom: bool) -> None:
    height = max(len(b) for b in blocks)
    for i in range(height):
        parts: list[Styled | str] = [bar]
        for block, width in zip(blocks, widths, strict=True):
            at = i - (height - len(block)) if bottom else i
            line = block[at] if 0 <= at < len(block) else Styled()
            parts += [" ", line, " " * (width - cells(line.plain)), " " + bar]
        out.line(*parts)


def _block(text: Styled, width: int) -> list[Styled]:
    """A cell's lines within `width`: wrapped between words (a word too long is folded, which the
    widths chosen never need), trailing spaces dropped."""
    return [line.rstrip() for line in _wrap(text, width, fold=True)]


def _pad(text: Styled, width: int) -> Styled:
    return Styled().extend(text).append(" " * max(0, width - cells(text.plain)))


def _wrap(text: Styled, width: int, *, fold: bool = False, strip: bool = True) -> list[Styled]:
    """`text` in lines of at most `width` cells, each of its own lines wrapped between words as
    Rich wraps them. A word wider than `width` is folded when `fold`, else keeps a line of its
    own, whole (an address that can then be copied in one piece)."""
    out = []
    for line in text.lines():
        plain = line.plain
        if cells(plain) <= width:
            out.append(line.rstrip() if strip else line)
            continue
        starts, offset = [0], 0
        for m in _WORD.finditer(plain):
            start, word = m.start(), m.group()
            length = cells(word.rstrip())
            if width - offset >= length:
                offset += cells(word)
            elif length > width and fold:  # as Rich folds: from a line of its own, `width` cells a line
                if start:
                    starts.append(start)
                starts += _chop(plain, start, m.end(), width)
                offset = cells(plain[starts[-1]:m.end()])
            else:
                if start and offset:
                    starts.append(start)
                offset = cells(word)
        bounds = [*starts, len(plain)]
        pieces = [line.slice(a, b) for a, b in itertools.pairwise(bounds) if b > a]
        out += [p.rstrip() if strip else p for p in pieces]
    return out


def _chop(plain: str, start: int, end: int, width: int) -> list[int]:
    """Where a word too wide for any line is folded, after its start: every `width` cells."""
    points, used = [], 0
    for i in range(start, end):
        w = cells(plain[i])
        if used + w > width and used:
            points.append(i)
            used = 0
        used += w
    return points


def _cells(section) -> tuple[list, list[list[tuple[Styled, str]]]]:
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
                    extra = cell(value).stylize(_style(u.style or "dim"))
                    if text:
                        text.append("\n")
                    before, _, after = u.template.partition("{}")
                    text.append(before).extend(extra).append(after)
            row.append((text, own))
        rows.append(row)
    return hosts, rows


def _longest(text: str, own: str, whole: bool) -> tuple[int, int]:
    """(the narrowest a cell can be without breaking a word, a short line with a number in it
    ('97억 8,000만 원', '2020-06-16 14:50 KST'), or a line of its column's own value when that
    is `whole`; and its natural width)."""
    lines = text.split("\n")
    natural = max(cells(line) for line in lines)
    words = max((cells(w) for w in text.split()), default=1)
    numbers = [cells(line) for line in lines if cells(line) <= NUMBER and any(ch.isdigit() for ch in line)]
    words = max(words, *numbers) if numbers else words
    if whole:
        words = max(words, *(cells(line) for line in own.split("\n")))
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


def _cards(out: _Out, title: str | None, hosts, rows: list[list[Styled]], *, labelled: bool) -> None:
    """Records as aligned lines rather than a grid (reads like `gh` views).

    A card section (an entity's fields) is one line a record: its first column as a bold label,
    the other columns after it. A table too wide for the terminal (`labelled`) is one block a
    record: each column's header as the label. Long values wrap under themselves; a word wider
    than the value's room (a long address) stands whole on a line of its own from the left edge,
    so that it can be copied in one piece."""
    labels = [Styled(c.header) for c in hosts] if labelled else [row[0] for row in rows]
    # labels align in terminal cells (Hangul is two wide); one too long for a third of the width
    # stands on a line of its own, its value beneath it
    indent = min(max((cells(label.plain) for label in labels), default=0), out.width // 3) + 2
    width = max(20, out.width - indent)
    if title:
        for line in _wrap(Styled(_clean(title), ("bold",)), out.width, fold=True, strip=False):
            out.line(line)
    for n, row in enumerate(rows):
        if labelled:  # a field with no value is left out of its card
            pairs = [(label, value) for label, value in zip(labels, row, strict=True) if value]
            if n:
                out.line("")
        else:
            values = [t for c, t in zip(hosts[1:], row[1:], strict=True) if t and c.style != "dim"]
            values += [Styled().extend(t).stylize(("dim",)) for c, t in zip(hosts[1:], row[1:], strict=True)
                       if t and c.style == "dim"]
            joined = Styled()
            for i, value in enumerate(values):
                if i:
                    joined.append("\n")
                joined.extend(value)
            pairs = [(labels[n], joined)]
        for label, value in pairs:
            lines = _wrap(value, width) if value else [Styled()]
            label = Styled().extend(label).stylize(("bold",))
            if cells(label.plain) > indent - 2 or cells(lines[0].plain) > width:
                for line in _wrap(label, out.width, fold=True, strip=False):
                    out.line(line)
                label = None
            for i, line in enumerate(lines):
                if cells(line.plain) > width:
                    out.line(line)
                elif i == 0 and label is not None:
                    out.line(label, Styled(" " * (indent - cells(label.plain)), ("bold",)), line)
                else:
                    out.line(" " * indent, line)
