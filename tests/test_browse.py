"""Issue 14: kaesong browse, driven headless with Textual's pilot, and snapshots of its main screens."""

import asyncio
import json

import pytest
from rich.text import Text

from kaesong_cli.commands import Session
from kaesong_cli.tui import pages
from kaesong_cli.tui.app import KaesongApp

from .conftest import event, kaesong, minimal


def app(data=None, **options) -> KaesongApp:
    return KaesongApp(Session(str(data) if data else None).index, **options)


def run(scenario, data=None, size=(100, 30)):
    """Run an async scenario against a headless app and return what it returns."""
    async def main():
        browser = app(data)
        async with browser.run_test(size=size) as pilot:
            return await scenario(browser, pilot)
    return asyncio.run(main())


def cells(browser) -> list[list[str]]:
    table = browser.query_one("#items")
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def evidence(browser) -> str:
    return str(browser.query_one("#evidence").render())


def test_opens_on_the_timeline():
    async def scenario(browser, pilot):
        await pilot.pause()
        return browser.history, cells(browser)
    history, rows = run(scenario)
    assert history == [("timeline", "")]
    assert rows[0][:2] == ["2005-10", "Economic cooperation consultation office opens"] and len(rows) == 18


def test_filter_to_kim_yo_jong_follow_her_relation_and_come_back():
    async def scenario(browser, pilot):
        await pilot.press("e")
        await pilot.press(*"kim yo")
        await pilot.pause()
        filtered = cells(browser)
        await pilot.press("enter", "enter")
        await pilot.pause()
        her_page = (browser.history[browser.position], cells(browser))
        row = next(i for i, r in enumerate(cells(browser)) if r[0] == "→ threatened")
        await pilot.press(*["down"] * row, "enter")
        await pilot.pause()
        followed = browser.history[browser.position]
        await pilot.press("escape")
        await pilot.pause()
        back = browser.history[browser.position]
        await pilot.press("right_square_bracket")
        await pilot.pause()
        return filtered, her_page, followed, back, browser.history[browser.position]
    filtered, her_page, followed, back, forward = run(scenario)
    assert filtered == [["Kim Yo-jong", "김여정", "person"]]
    assert her_page[0] == ("entity", "kim-yo-jong") and ["→ threatened", "Inter-Korean Joint Liaison Office"] in her_page[1]
    assert followed == ("entity", "liaison-office")
    assert back == ("entity", "kim-yo-jong") and forward == ("entity", "liaison-office")


def test_search_as_you_type_lists_the_leaflets_with_their_evidence():
    async def scenario(browser, pilot):
        await pilot.press("slash", *"leaflets")
        for _ in range(40):  # the search runs in a worker thread
            await pilot.pause(0.05)
            if browser.page and browser.page.kind == "search" and browser.page.rows:
                break
        return cells(browser), evidence(browser), browser.focused.id
    rows, pane, focused = run(scenario)
    assert any(r[0] == "paragraph" and "leaflets" in r[2] for r in rows)
    assert "article ¶13:" in pane or "Source:" in pane
    assert focused == "filter"  # the keyboard stays in the search box while results update


def test_the_evidence_pane_shows_the_cited_paragraph_and_the_disputes():
    async def scenario(browser, pilot):
        await pilot.pause()
        table = browser.query_one("#items")
        row = next(i for i, r in enumerate(cells(browser)) if r[1] == "North Korea blows up the liaison office")
        table.move_cursor(row=row)
        await pilot.pause()
        return evidence(browser)
    pane = run(scenario)
    assert "article ¶16:" in pane and "tragically destroyed in a shocking explosion" in pane
    assert "⚑ sources differ on time of the blast: 14:50 KST (preferred) · 14:49 KST" in pane


def test_quotations_help_and_quit():
    async def scenario(browser, pilot):
        await pilot.press("u")
        await pilot.pause()
        quotes = cells(browser)
        await pilot.press("question_mark")
        await pilot.pause()
        helped = type(browser.screen).__name__
        await pilot.press("escape")
        await pilot.press("q")
        return quotes, helped
    quotes, helped = run(scenario)
    assert ["2020-06-13", "Kim Yo-jong", "useless"] in quotes
    assert any("⚑ re-translated by the article" in r[2] for r in quotes)
    assert helped == "HelpScreen"


HOSTILE = "[bold red]red[/bold red] [link=http://evil.example]click[/link] \x1b[31mansi \u202eevil \x00nul"


def test_a_hostile_fact_base_shows_as_text(write):
    path = write(minimal(events=[event("hostile", "2020-01-01", title=HOSTILE, summary=HOSTILE)]))

    async def scenario(browser, pilot):
        await pilot.pause()
        table = browser.query_one("#items")
        cell = table.get_row_at(0)[1]
        return cell, evidence(browser)
    cell, pane = run(scenario, data=path)
    assert isinstance(cell, Text) and "[bold red]red[/bold red]" in cell.plain and not cell.spans
    assert "\x1b" not in cell.plain and "\\x1b[31mansi" in cell.plain and "\\u202eevil" in cell.plain
    assert "[link=http://evil.example]" in pane and "\x00" not in pane


def test_the_pages_come_from_the_same_core_as_the_commands():
    index = Session(None).index
    found = pages.search(index, "leaflets")
    searched = kaesong("search", "leaflets", "--limit", "50").stdout.splitlines()
    assert [r.target.split(":", 1)[1] for r in found.rows] == [line.split("\t")[1] for line in searched]
    assert pages.open_target(index, "statement:liaison-office#daily-calls") == ("entity", "liaison-office")


def test_not_a_terminal_is_one_clear_line():
    result = kaesong("browse")
    assert result.exit_code == 2 and "needs a terminal" in result.stderr and "kaesong timeline" in result.stderr


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("page", ["t", "u", "e", "slash"])
def test_every_page_fits_the_screen_with_every_key_in_the_footer(page, size):
    """At 80x24 as at 120x40: every footer key shows whole (? Keys and q Quit included), and the
    list's columns fit the screen, their cells wrapping rather than running off its edge."""
    from textual.widgets import DataTable
    from textual.widgets._footer import FooterKey

    async def scenario(browser, pilot):
        await pilot.press(page)
        if page == "slash":
            await pilot.press(*"explosion")
            for _ in range(40):
                await pilot.pause(0.05)
                if browser.page.kind == "search" and browser.page.rows:
                    break
        await pilot.pause()
        keys = [(k.key_display if hasattr(k, "key_display") else k.key, k.description, k.region)
                for k in browser.query(FooterKey)]
        table = browser.query_one("#items", DataTable)
        used = sum(c.get_render_width(table) for c in table.ordered_columns)
        return keys, used, table.size.width
    keys, used, width = run(scenario, size=size)
    every = {"Search", "Timeline", "Entities", "Quotes", "Back", "Fwd", "Keys", "Quit"}
    # while the search or filter box has the keyboard, letters are typed into it: the footer then
    # shows the keys that still work (Escape, /)
    assert {d for _, d, _ in keys} == (every if page in ("t", "u") else {"Search", "Back"})
    assert all(region.width > 0 and region.right <= size[0] for _, _, region in keys), keys
    assert used <= width


def test_a_quotation_caveat_shows_in_the_lists():
    async def scenario(browser, pilot):
        await pilot.press("u")
        await pilot.pause()
        quotes = cells(browser)
        table = browser.query_one("#items")
        row = next(i for i, r in enumerate(quotes) if "tragically destroyed in a shocking" in r[-1])
        height = table.rows[table.coordinate_to_cell_key((row, 0)).row_key].height
        await pilot.press("slash", *"shocking explosion")
        for _ in range(40):
            await pilot.pause(0.05)
            if browser.page.kind == "search" and browser.page.rows:
                break
        return quotes, cells(browser), height
    quotes, found, height = run(scenario, size=(80, 24))
    assert height >= 4  # its words and its caveat, wrapped within the screen, not cut at its edge
    for rows in (quotes, [r for r in found if r[0] == "quote"]):
        kcna = next(r for r in rows if "tragically destroyed in a shocking explosion" in r[-1])
        assert "\n⚑ re-translated by the article; KCNA's own English differs" in kcna[-1]


def test_back_returns_to_the_row_the_reader_left():
    async def scenario(browser, pilot):
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "enter")
        await pilot.pause()
        opened = browser.history[browser.position]
        await pilot.press("down", "down")
        await pilot.press("escape")
        await pilot.pause()
        back = browser.query_one("#items").cursor_row, evidence(browser)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        return opened, back, browser.query_one("#items").cursor_row
    fifth = json.loads(kaesong("timeline", "--format", "json").stdout)[4]  # the row four downs land on
    opened, (row, pane), forward_row = run(scenario, size=(80, 24))
    assert opened == ("event", fifth["id"])
    assert row == 4 and pane.startswith(fifth["title"])
    assert forward_row == 2  # and forward, to where the reader was on that page


def test_the_keys_dialog_flows():
    from kaesong_cli.tui.app import KEYS

    paragraph = KEYS.split("\n\n")[-1]
    assert "\n" not in paragraph and paragraph.startswith("The pane beneath the list")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("name, keys", [("timeline", []), ("entity", ["e", *"kim yo", "enter", "enter"]),
                                        ("search", ["slash", *"leaflets"]), ("quotes", ["u"]),
                                        ("event", ["down", "down", "down", "enter"])])
def test_snapshots_of_the_main_screens(snap_compare, name, keys, size):
    async def type_and_settle(pilot):
        pilot.app.query_one("#filter").cursor_blink = False  # a blinking cursor would make the snapshot flaky
        await pilot.press(*keys)
        for _ in range(60):  # search results come from a worker thread: wait for them
            await pilot.pause(0.05)
            page = pilot.app.page
            if page and (page.kind != "search" or page.rows):
                break
        await pilot.pause()
    assert snap_compare(app(), terminal_size=size, run_before=type_and_settle)
