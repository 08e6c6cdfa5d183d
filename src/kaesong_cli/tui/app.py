"""The Textual app of `kaesong browse`. It adds screens, not facts: every page comes from pages.py,
which reads the same index, statements, search and evidence as the commands.

Text from a fact base is data: every cell and the evidence pane are rich.text.Text built from
sanitized strings, so '[bold]' or '[link=…]' in a fact base shows as written and control or
right-to-left characters show as visible escapes.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Header, Input, Static

from ..output.sanitize import visible
from . import pages

KEYS = ("Keys\n\n"
        "  /        search as you type (the same ranking as kaesong search)\n"
        "  t        the timeline          e   entities (type to filter)\n"
        "  u        quotations\n"
        "  ↑ ↓      move                  Enter   open\n"
        "  Escape   back                  ]       forward\n"
        "  ?        this list             q       quit\n\n"
        # one paragraph, wrapped to the dialog's width
        "The pane beneath the list shows the evidence of the selected row: its citations, the cited "
        "paragraph's words where the text is bundled, and every value where the sources disagree. "
        "The mouse works too.")


def safe(text: str) -> Text:
    return Text(visible(str(text), keep_newlines=True))


class Items(DataTable):
    """The page's list. When its width changes (the terminal was resized), the page is laid out
    again for the new width: its columns fit the screen and its cells wrap."""

    drawn_for = 0

    def on_resize(self, event) -> None:
        if event.size.width != self.drawn_for:
            self.app.call_after_refresh(self.app.redraw)


class HelpScreen(ModalScreen):
    BINDINGS = [Binding("escape,question_mark,q", "app.pop_screen", "Close")]  # noqa: RUF012 (Textual's convention)

    def compose(self) -> ComposeResult:
        yield Static(Text(KEYS), id="keys")


class KaesongApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "kaesong"
    ENABLE_COMMAND_PALETTE = False  # its footer entry would push `q Quit` off an 80-column screen
    # short labels, so that every key shows in the footer at 80 columns (? and q above all)
    BINDINGS = [  # noqa: RUF012 (Textual's convention: a class-level list)
        Binding("slash", "page('search')", "Search"),
        Binding("t", "page('timeline')", "Timeline"),
        Binding("e", "page('entities')", "Entities"),
        Binding("u", "page('quotes')", "Quotes"),
        Binding("escape", "back", "Back"),
        Binding("right_square_bracket", "forward", "Fwd"),
        Binding("question_mark", "help", "Keys"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, index, theme: str = "dark"):
        super().__init__()
        self.index = index
        self.history: list[tuple[str, str]] = []  # (kind, argument) of the pages opened, like a browser's
        self.position = -1
        self.rows_at: dict[int, int] = {}  # history position -> the row the reader left it on
        self.page: pages.Page | None = None
        self.targets: list[str | None] = []
        self.dark = theme != "light"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="main"):
            with Vertical(id="list"):
                yield Static(id="title")
                yield Input(placeholder="type to filter", id="filter")
                yield Items(id="items", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="evidence-pane"):
                yield Static(id="evidence")
        yield Footer()

    def on_mount(self) -> None:
        self.theme = "textual-dark" if self.dark else "textual-light"
        self.sub_title = self.index.meta("title") or ""
        self.go("timeline", "")

    # --- pages and history ------------------------------------------------------------------------

    def go(self, kind: str, argument: str, remember: bool = True) -> None:
        if remember:
            self.leave()
            del self.history[self.position + 1:]
            self.rows_at = {p: r for p, r in self.rows_at.items() if p <= self.position}
            self.history.append((kind, argument))
            self.position = len(self.history) - 1
        self.show(kind, argument)

    def leave(self) -> None:
        """Remember the row the cursor is on, for when the reader comes back to this page."""
        if self.position >= 0:
            self.rows_at[self.position] = self.query_one("#items", DataTable).cursor_row

    def come_back(self) -> None:
        self.show(*self.history[self.position])
        row = self.rows_at.get(self.position, 0)
        table = self.query_one("#items", DataTable)
        if 0 < row < table.row_count:
            table.move_cursor(row=row, animate=False)
            self.show_evidence(row)

    def show(self, kind: str, argument: str) -> None:
        page = self.build(kind, argument)
        self.page = page
        box = self.query_one("#filter", Input)
        filtering = kind in ("entities", "search")
        box.set_class(filtering, "shown")
        if filtering:
            box.placeholder = "type words to search" if kind == "search" else "type to filter the entities"
            if box.value != argument:
                with box.prevent(Input.Changed):
                    box.value = argument
            box.focus()
        else:
            self.query_one("#items", DataTable).focus()
        self.draw(page)

    def build(self, kind: str, argument: str) -> pages.Page:
        if kind == "entity":
            return pages.entity(self.index, argument)
        if kind == "event":
            return pages.event(self.index, argument)
        if kind == "entities":
            return pages.entities(self.index, argument)
        if kind == "quotes":
            return pages.quotes(self.index)
        if kind == "search":
            return pages.search(self.index, argument)
        return pages.timeline(self.index)

    def draw(self, page: pages.Page) -> None:
        self.query_one("#title", Static).update(safe(page.title))
        table = self.query_one("#items", DataTable)
        table.clear(columns=True)
        # cells wrap within widths that fit the screen, rather than running off its right edge
        room = (table.size.width or self.size.width) - 2  # the vertical scroll bar
        table.drawn_for = table.size.width
        for column, width in zip(page.columns, pages.widths(page, room), strict=True):
            table.add_column(safe(column), width=width)
        self.targets = [row.target for row in page.rows]
        for row in page.rows:
            table.add_row(*(safe(cell) for cell in row.cells), height=None)
        self.show_evidence(0 if page.rows else None)

    def redraw(self) -> None:
        """The page again at the screen's new width, on the row it was on."""
        if self.page is not None:
            row = self.query_one("#items", DataTable).cursor_row
            self.draw(self.page)
            table = self.query_one("#items", DataTable)
            if 0 < row < table.row_count:
                table.move_cursor(row=row, animate=False)
                self.show_evidence(row)

    def show_evidence(self, row: int | None) -> None:
        target = self.targets[row] if row is not None and row < len(self.targets) else None
        self.query_one("#evidence", Static).update(safe(pages.evidence_of(self.index, target)))

    def action_page(self, kind: str) -> None:
        self.go(kind, "")

    def action_back(self) -> None:
        if self.position > 0:
            self.leave()
            self.position -= 1
            self.come_back()

    def action_forward(self) -> None:
        if self.position < len(self.history) - 1:
            self.leave()
            self.position += 1
            self.come_back()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    # --- events -----------------------------------------------------------------------------------

    @on(DataTable.RowHighlighted)
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_evidence(event.cursor_row)

    @on(DataTable.RowSelected)
    def selected(self, event: DataTable.RowSelected) -> None:
        target = self.targets[event.cursor_row] if event.cursor_row < len(self.targets) else None
        opened = pages.open_target(self.index, target) if target else None
        if opened and opened != (self.history[self.position] if self.history else None):
            self.go(*opened)

    @on(Input.Submitted, "#filter")
    def submitted(self) -> None:
        self.query_one("#items", DataTable).focus()

    @on(Input.Changed, "#filter")
    def typed(self, event: Input.Changed) -> None:
        kind = self.history[self.position][0]
        self.history[self.position] = (kind, event.value)  # the page remembers what was typed
        if kind == "entities":
            self.draw(pages.entities(self.index, event.value))
        elif kind == "search":
            self.search(event.value)

    @work(exclusive=True, thread=True)
    def search(self, text: str) -> None:
        """Search as you type, off the keyboard's thread: a newer keystroke cancels this one."""
        from textual.worker import get_current_worker

        time.sleep(0.12)  # let a word finish before searching
        worker = get_current_worker()
        if worker.is_cancelled:
            return
        page = pages.search(self.index, text)
        if not worker.is_cancelled:
            self.call_from_thread(self.draw, page)
