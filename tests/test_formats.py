"""Issue 22: every output read by the tool people feed it to. pandas reads every csv (empty ones
included, newlines intact); markdown-it-py renders every markdown with the text unchanged;
icalendar parses every event of the ics; bibtexparser and citeproc-py read the sources; graph json
carries Hangul; Mermaid escapes '#'."""

import datetime as dt
import io
import json
import re

import pytest

from .conftest import kaesong, minimal

HOSTILE = "*not emphasis* `not code` <b>no html</b> [no](link) ~~no~~ a|b &amp; \\ _x_ # end #"


@pytest.fixture
def hostile(write):
    """A fact base whose text is full of what formats read as markup, formulas and line breaks."""
    base = minimal(
        entities=[
            {"id": "room", "kind": "place", "name": "Room #35; & <b>", "hangul": "개성공단 #1",
             "description": "A place.", "citations": [{"source": "src", "paragraphs": [1]}],
             "relations": [{"type": "part-of", "target": "hall", "citations": [{"source": "src", "paragraphs": [1]}]}]},
            {"id": "hall", "kind": "place", "name": "Hall", "description": "Another place.",
             "citations": [{"source": "src", "paragraphs": [2]}]},
        ],
        events=[
            {"id": "formula", "date": {"value": "2020-06-16T14:50", "tz": "KST"}, "title": "=HYPERLINK(\"x\")",
             "summary": "First line\nsecond line\twith a tab, a comma; a semicolon \\ and a backslash.",
             "citations": [{"source": "src", "paragraphs": [1, 2]}], "entities": ["room"]},
            {"id": "markup", "date": {"value": "2020-06-17"}, "title": HOSTILE, "summary": "+1 -2 @sum",
             "note": "Hangul 김여정, a long line " + "that goes on " * 12, "citations": [{"source": "src", "paragraphs": [3]}]},
            {"id": "month-only", "date": {"value": "2018-09"}, "end": {"value": "2018-10"}, "title": "A month",
             "summary": "Some time that month.", "citations": [{"source": "src", "paragraphs": [4]}]},
            {"id": "utc-time", "date": {"value": "2020-06-16T05:50", "tz": "UTC"}, "title": "In UTC",
             "summary": "Noted in UTC.", "citations": [{"source": "src", "paragraphs": [5]}]},
        ])
    base["sources"].append({"id": "paper", "role": "context", "kind": "news-article", "title": "Costs {50%} & #1 $ _x_ ^~",
                            "author": "Kim, Min-su", "publisher": "The Daily \\ Paper",
                            "published": {"value": "2020-06-16"}, "url": "https://example.org/a?b=1&c=%20#x"})
    return write(base)


def command_outputs(data=None):
    """(name, args) of every view that prints records, each in a form that has rows."""
    views = [("timeline", ["timeline"]), ("entities", ["entity"]), ("quotes", ["quotes"]),
             ("sources", ["sources"]), ("disputes", ["disputes"]), ("convert", ["convert"]),
             ("search", ["search", "leaflets"]), ("paragraphs", ["sources", "article", "13-14"]),
             ("entity", ["entity", "liaison-office"]), ("source", ["sources", "article"])]
    return views


def run(*args):
    result = kaesong(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


# --- csv -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "args"), command_outputs())
def test_pandas_reads_every_csv(name, args):
    import pandas as pd

    text = run(*args, "--format", "csv")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    header = next(iter(__import__("csv").reader(io.StringIO(text))))
    assert list(frame.columns) == header and len(frame) > 0


@pytest.mark.parametrize("args", [["timeline", "--since", "2030"], ["search", "zzqxv"], ["disputes", "--since", "2030"],
                                  ["quotes", "--speaker", "kaesong"]])
def test_an_empty_csv_still_has_its_header(args):
    import pandas as pd

    result = kaesong(*args, "--format", "csv")
    assert result.exit_code == 1 and result.stdout.strip(), result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert len(frame) == 0 and len(frame.columns) > 2


def test_csv_keeps_newlines_tabs_and_formulas_exactly(hostile):
    import pandas as pd

    text = run("--data", hostile, "timeline", "--format", "csv")
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False).set_index("id")
    assert frame.loc["formula", "summary"] == ("First line\nsecond line\twith a tab, a comma; a semicolon \\ and a "
                                               "backslash.")
    assert frame.loc["formula", "title"] == '=HYPERLINK("x")' and frame.loc["markup", "title"] == HOSTILE


def test_csv_safe_defuses_formulas_only_when_asked(hostile):
    import pandas as pd

    for args in (["--csv-safe", "timeline"], ["timeline", "--csv-safe"]):  # before or after the command
        text = run("--data", hostile, *args, "--format", "csv")
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False).set_index("id")
        assert frame.loc["formula", "title"] == "'=HYPERLINK(\"x\")" and frame.loc["markup", "summary"] == "'+1 -2 @sum"
        assert frame.loc["month-only", "title"] == "A month"
        for value in frame.to_numpy().ravel():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


# --- markdown ------------------------------------------------------------------------------------

def rendered_cells(markdown: str) -> list[list[str]]:
    """Each table row's cells as markdown-it-py (CommonMark, GFM tables and strikethrough) reads
    them; fails if any cell holds anything but text (emphasis, code, a link, HTML)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    rows, row, inside = [], [], False
    for token in md.parse(markdown):
        if token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            inside = True
        elif token.type == "inline" and inside:
            kinds = {child.type for child in token.children}
            assert kinds <= {"text", "text_special"}, (kinds, token.content)
            row.append("".join(child.content for child in token.children))
            inside = False
        elif token.type in ("th_close", "td_close") and inside:  # an empty cell
            row.append("")
            inside = False
        elif token.type == "tr_close":
            rows.append(row)
    return rows


def plain_rows(*args) -> list[list[str]]:
    return [line.split("\t") for line in run(*args, "--format", "plain").splitlines()]


@pytest.mark.parametrize(("name", "args"), [v for v in command_outputs() if v[0] not in ("entity", "source")])
def test_markdown_renders_to_the_same_text(name, args):
    cells = rendered_cells(run(*args, "--format", "markdown"))
    assert cells[1:] == [[c.strip() for c in row] for row in plain_rows(*args)]


def test_markdown_escapes_every_markup_character(hostile):
    text = run("--data", hostile, "timeline", "--format", "markdown")
    cells = rendered_cells(text)
    titles = [row[4] for row in cells[1:]]
    assert HOSTILE in titles and '=HYPERLINK("x")' in titles
    for args in (["entity", "room"], ["sources"]):  # several sections under headings, and a list
        document = run("--data", hostile, *args, "--format", "markdown")
        rendered_cells(document)
        from markdown_it import MarkdownIt

        headings = [t for t in MarkdownIt("commonmark").parse(document) if t.type == "inline" and t.map and
                    document.splitlines()[t.map[0]].startswith("#")]
        assert all({c.type for c in h.children} <= {"text", "text_special"} for h in headings)


# --- graph ---------------------------------------------------------------------------------------

def test_graph_json_carries_hangul_and_mermaid_escapes_the_hash(hostile):
    data = json.loads(run("graph", "--format", "json"))
    by_id = {e["id"]: e for e in data["entities"]}
    assert by_id["kaesong"]["hangul"] == "개성" and by_id["kim-yo-jong"]["hangul"] == "김여정"
    mermaid = run("--data", hostile, "graph", "--format", "mermaid")
    line = next(line for line in mermaid.splitlines() if "e_room[" in line)
    assert "Room #35;35#59; #amp; #lt;b#gt;" not in line  # '#' is escaped before anything else
    assert line.strip() == 'e_room["Room #35;35; #amp; #lt;b#gt;<br/>개성공단 #35;1"]'
    # reading it back as Mermaid does: every #name; or #code; is one character
    label = re.search(r'\["(.*)"\]', line).group(1).split("<br/>")
    names = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}
    decoded = [re.sub(r"#(\w+);", lambda m: names.get(m.group(1)) or chr(int(m.group(1))), part) for part in label]
    assert decoded == ["Room #35; & <b>", "개성공단 #1"]


# --- iCalendar -----------------------------------------------------------------------------------

def parse_ics(raw: bytes):
    import icalendar

    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF, every line
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    raw.decode("utf-8")  # folding never splits a character
    return icalendar.Calendar.from_ical(raw)


def ics_of(*args) -> bytes:
    result = kaesong(*args, "timeline", "--format", "ics")
    assert result.exit_code == 0, result.output
    return result.stdout_bytes  # as written: Result.stdout turns CRLF into LF


def test_icalendar_parses_every_event_of_the_bundled_timeline():
    events = json.loads(run("timeline", "--format", "json"))
    calendar = parse_ics(ics_of())
    parsed = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(parsed) == {f"{e['id']}@kaesong" for e in events}
    for e in events:
        vevent = parsed[f"{e['id']}@kaesong"]
        assert str(vevent["SUMMARY"]) == e["title"]
        assert e["cited"] in str(vevent["DESCRIPTION"]) and e["summary"] in str(vevent["DESCRIPTION"])
        start = vevent.decoded("DTSTART")
        if e["date"]["precision"] == "day":
            assert start == dt.date.fromisoformat(e["date"]["value"]) and not isinstance(start, dt.datetime)
            assert vevent.decoded("DTEND") == start + dt.timedelta(days=1) if not e.get("end") else True
        if e["date"]["precision"] == "minute":
            assert isinstance(start, dt.datetime) and start.utcoffset() == dt.timedelta(hours=9)
            assert start.strftime("%Y-%m-%dT%H:%M") == e["date"]["value"]
    assert ics_of().split(b"DTSTAMP")[0] == ics_of().split(b"DTSTAMP")[0]  # stable: the same file each time


def test_icalendar_reads_times_zones_precisions_and_hostile_text(hostile):
    calendar = parse_ics(ics_of("--data", hostile))
    events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert len(events) == 4
    kst, utc = events["formula"].decoded("DTSTART"), events["utc-time"].decoded("DTSTART")
    assert kst == utc and kst.utcoffset() == dt.timedelta(hours=9) and utc.utcoffset() == dt.timedelta(0)
    assert str(events["formula"]["DTSTART"].params["TZID"]) == "Asia/Seoul"
    description = str(events["formula"]["DESCRIPTION"])
    assert description.startswith("First line\nsecond line with a tab, a comma; a semicolon \\ and a backslash.")
    assert "Source: src ¶1, 2" in description
    assert str(events["markup"]["SUMMARY"]) == HOSTILE and "김여정" in str(events["markup"]["DESCRIPTION"])
    month = events["month-only"]
    assert month.decoded("DTSTART") == dt.date(2018, 9, 1) and month.decoded("DTEND") == dt.date(2018, 11, 1)
    assert "only (to the month)" in str(month["DESCRIPTION"])


# --- bibliographies ------------------------------------------------------------------------------

def unlatex(text: str) -> str:
    words = {"textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^"}
    return re.sub(r"\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\([{}#$%&_])",
                  lambda m: words[m.group(1)] if m.group(1) else m.group(2), text)


def test_bibtexparser_reads_every_source(hostile):
    import bibtexparser

    for args in ([], ["--data", hostile]):
        sources = json.loads(run(*args, "sources", "--format", "json"))
        library = bibtexparser.parse_string(run(*args, "sources", "--format", "bibtex"))
        assert not library.failed_blocks
        assert [e.key for e in library.entries] == [s["id"] for s in sources]
        for entry, source in zip(library.entries, sources, strict=True):
            title = entry.fields_dict["title"].value
            assert title.startswith("{") and title.endswith("}")  # braced: a style keeps its capitals
            assert unlatex(title[1:-1]) == source["title"], title
    paper = next(e for e in bibtexparser.parse_string(run("--data", hostile, "sources", "--format", "bibtex")).entries
                 if e.key == "paper")
    fields = {k: v.value for k, v in paper.fields_dict.items()}
    assert paper.entry_type == "article" and fields["year"] == "2020" and fields["day"] == "16"
    assert fields["author"] == "{Kim, Min-su}" and fields["url"] == "https://example.org/a?b=1&c=%20#x"


def test_citeproc_formats_every_source_from_csl_json(hostile):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(run("--data", hostile, "sources", "--format", "csl-json"))
    paper = next(i for i in items if i["id"] == "paper")
    assert paper["issued"] == {"date-parts": [[2020, 6, 16]]} and paper["type"] == "article-newspaper"
    assert next(i for i in json.loads(run("sources", "--format", "csl-json")) if i["id"] == "article")["issued"] == \
        {"date-parts": [[2020, 6]]}  # a month stays a month
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)  # bundled with citeproc-py
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    entries = [str(entry) for entry in bibliography.bibliography()]
    assert len(entries) == len(items)
    assert any("Costs {50%} & #1 $ _x_ ^~" in entry for entry in entries)
