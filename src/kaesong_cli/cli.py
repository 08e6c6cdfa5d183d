"""The Typer app: commands only. Each parses its arguments and hands them to runner.run.

Reading commands usually never get here: fastpath.py parses their plain forms without importing
Typer (see the README's Performance section); help, completion and every error come here.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .runner import err, run


class Format(str, Enum):
    table = "table"
    plain = "plain"
    json = "json"
    csv = "csv"
    markdown = "markdown"


TimelineFormat = Enum("TimelineFormat", {**{f.name: f.value for f in Format}, "timelinejs": "timelinejs", "ics": "ics"},
                      type=str)
SourcesFormat = Enum("SourcesFormat", {**{f.name: f.value for f in Format}, "csl_json": "csl-json", "bibtex": "bibtex"},
                     type=str)


class GraphFormat(str, Enum):
    dot = "dot"
    mermaid = "mermaid"
    json = "json"


class Kind(str, Enum):
    """The kinds of statement search prints (statements.KINDS), in one vocabulary."""

    quote = "quote"
    event = "event"
    entity = "entity"
    attribute = "attribute"
    relation = "relation"
    figure = "figure"
    source = "source"
    paragraph = "paragraph"


EVIDENCE_HELP = "Show the cited paragraphs' words beneath each fact (in JSON, an evidence list)."
EvidenceOption = Annotated[bool, typer.Option("--evidence", help=EVIDENCE_HELP)]
FORMAT_HELP = "Output: a table on a terminal, plain tab-separated lines when piped; json for scripts."
FormatOption = Annotated[Optional[Format], typer.Option("--format", "-f", help=FORMAT_HELP, case_sensitive=False)]
Since = Annotated[Optional[str], typer.Option(help="From this date on: YYYY, YYYY-MM or YYYY-MM-DD.", metavar="DATE")]
DATA_HELP = "Use this fact-base JSON file instead of the bundled one."
NO_COLOR_HELP = "No colour in tables (as does NO_COLOR=1)."
# Global options are accepted after the command too (`kaesong search leaflets --no-color`).
DataOption = Annotated[Optional[str], typer.Option("--data", metavar="FILE", help=DATA_HELP, show_default=False)]
NoColorOption = Annotated[bool, typer.Option("--no-color", help=NO_COLOR_HELP, show_default=False)]
CSV_SAFE_HELP = ("With --format csv: put a ' before a field that starts with =, +, -, @, a tab or a carriage return, "
                 "so a spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV "
                 "injection). Off by default: the text stays exact.")
CsvSafeOption = Annotated[bool, typer.Option("--csv-safe", help=CSV_SAFE_HELP, show_default=False)]
Until = Annotated[Optional[str], typer.Option(help="Up to the end of this date: YYYY, YYYY-MM or YYYY-MM-DD.",
                                              metavar="DATE")]


try:  # typer 0.28 carries its own copy of click; older ones use click itself
    from typer._click.types import IntRange
except ImportError:  # pragma: no cover - typer < 0.28
    from click.types import IntRange


class WholeNumber(IntRange):
    """A whole number in a range, read as numbers.py reads every number a user types: ASCII
    digits only ('²' passes str.isdigit() and '٣' int(), and neither is a number one types here)."""

    def convert(self, value, param, ctx):
        from .numbers import is_whole_number

        if not isinstance(value, int) and not is_whole_number(str(value)):
            self.fail(f"{value!r} is not a whole number written with the digits 0-9", param, ctx)
        return super().convert(value, param, ctx)


def complete_entity(incomplete: str) -> list[str]:
    """Entity ids for shell completion (read from the index; silent on any problem)."""
    try:
        from .commands import Session

        ids = [e["id"] for e in Session(None).index.records("entity")]
    except Exception:
        return []
    return [i for i in ids if i.startswith(incomplete.lower())]


EntityOption = Annotated[Optional[str], typer.Option(
    "--entity", help="Only what involves this entity (id, name, alias or Hangul name).", metavar="NAME",
    autocompletion=complete_entity)]
SpeakerOption = Annotated[Optional[str], typer.Option(
    "--speaker", help="Only quotations by this entity.", metavar="NAME", autocompletion=complete_entity)]


class KaesongGroup(TyperGroup):
    """Usage errors as one line on stderr (exit 2), rather than a Rich panel."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        words = sys.argv[1:] if args is None else list(args)
        if not words or "--help" in words or "-h" in words:
            _fix_rich_wrap()
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.Abort:
            code = 130
        except Exception as exc:
            if not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):
                raise  # not a usage error
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx else "kaesong"
            err(f"{exc.format_message()} (see '{where} --help')")
            code = exc.exit_code
        sys.exit(code or 0)


def flowing(function):
    """A command whose docstring's paragraphs flow: the lines of each paragraph joined, so that the
    help wraps them to the terminal's width rather than keeping the source's line breaks."""
    import inspect

    paragraphs = inspect.cleandoc(function.__doc__ or "").split("\n\n")
    function.__doc__ = "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)
    return function


def _fix_rich_wrap() -> None:
    """Rich (15.0) strips a wrapped line's trailing space only when its length in characters, not in
    terminal cells, is over the width: a line with Hangul (two cells a character) then keeps the
    space, and the help's ellipsis overflow cuts its last word ('97억 8천만 원 … ever…'). Measured
    in cells here, as the rest of Rich does; called only to print help."""
    from rich.cells import cell_len
    from rich.text import Text

    def rstrip_end(self, size: int) -> None:
        excess = cell_len(self.plain) - size
        if excess > 0:
            stripped = len(self.plain) - len(self.plain.rstrip())
            if stripped:
                self.right_crop(min(stripped, excess))

    Text.rstrip_end = rstrip_end


def examples(*lines: str) -> str:
    """A help's closing section. tests/test_help.py runs every one of these lines."""
    return "[b]Examples[/b]\n\n" + "\n".join(f"  $ {line}" for line in lines)


app = typer.Typer(
    cls=KaesongGroup,
    name="kaesong",
    help="Facts about the demolition of the Inter-Korean Joint Liaison Office (Kaesong, 16 June 2020), "
         "each with its source and paragraph. Offline.",
    epilog=examples("kaesong timeline --since 2020", "kaesong entity liaison-office", "kaesong search leaflets",
                    "kaesong ask 'what made Pyongyang furious?'", "kaesong check 'The office was blown up on 17 June 2020'",
                    "kaesong quotes --speaker 'Kim Yo-jong'", "kaesong disputes", "kaesong sources article 14",
                    "kaesong convert '9.78 billion won' --rate source", "kaesong graph --format mermaid",
                    "kaesong export sqlite kaesong.db --force", "kaesong validate my-dossier.json",
                    "kaesong schema > kaesong.schema.json", "kaesong browse"),
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        print(f"kaesong {__version__}")
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    data: Annotated[Optional[str], typer.Option("--data", envvar="KAESONG_DATA", metavar="FILE", help=DATA_HELP)] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help=NO_COLOR_HELP)] = False,
    csv_safe: Annotated[bool, typer.Option("--csv-safe", help=CSV_SAFE_HELP)] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    ctx.obj = {"data": data, "color": not no_color, "csv_safe": csv_safe}
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())
        raise typer.Exit(0)


def _run(ctx: typer.Context, command: str, params: dict) -> None:
    """Hand a command's own parameters to the runner: the same call fastpath.py makes."""
    params = {k: (v.value if isinstance(v, Enum) else v) for k, v in params.items() if k != "ctx"}
    fmt = params.pop("format", None)
    data, no_color = params.pop("data", None), params.pop("no_color", False)
    csv_safe = params.pop("csv_safe", False)
    obj = ctx.find_root().obj or {}
    raise typer.Exit(run(command, params, data=obj.get("data") if data is None else data, fmt=fmt,
                         color=obj.get("color", True) and not no_color, csv_safe=csv_safe or obj.get("csv_safe", False)))


@app.command(epilog=examples("kaesong timeline", "kaesong timeline --since 2020 --entity 'Kim Yo-jong'",
                             "kaesong timeline --chart", "kaesong timeline --format timelinejs > timeline.json",
                             "kaesong timeline --format ics > kaesong.ics"))
def timeline(
    ctx: typer.Context,
    since: Since = None,
    until: Until = None,
    entity: EntityOption = None,
    chart: Annotated[bool, typer.Option("--chart", help="Draw the events on a proportional time axis.")] = False,
    evidence: EvidenceOption = False,
    format: Annotated[Optional[TimelineFormat], typer.Option(
        "--format", "-f", case_sensitive=False,
        help=FORMAT_HELP + " timelinejs: TimelineJS3 JSON; ics: an iCalendar file (RFC 5545) for calendar apps.")] = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """The events, oldest first, each with its date at its own precision and its source."""
    _run(ctx, "timeline", locals())


@app.command(epilog=examples("kaesong entity", "kaesong entity liaison-office", "kaesong entity 김여정",
                             "kaesong entity 'the President' --format json", "kaesong entity kim-yo-jong --evidence"))
def entity(
    ctx: typer.Context,
    name: Annotated[Optional[str], typer.Argument(
        metavar="NAME", help="An entity's id, name, alias or Hangul name; none lists them all.",
                                                  autocompletion=complete_entity)] = None,
    evidence: EvidenceOption = False,
    format: FormatOption = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Who or what is this: one entity in full, or the list of them all."""
    _run(ctx, "entity", locals())


@app.command(epilog=examples("kaesong graph", "kaesong graph --format mermaid",
                             "kaesong graph | dot -Tsvg > relations.svg"))
def graph(
    ctx: typer.Context,
    format: Annotated[GraphFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                help="dot (Graphviz), mermaid (Markdown pages) or json.")] = GraphFormat.dot,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """The relations between entities, ready for Graphviz or a Mermaid diagram."""
    _run(ctx, "graph", locals())


@app.command(epilog=examples("kaesong search leaflets", "kaesong search '\"completely collapse\"'",
                             "kaesong search collaps* --kind quote", "kaesong search 개성공단"))
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(metavar="QUERY", help='Words (all must match), "a phrase", or a prefix*.')],
    kind: Annotated[Optional[Kind], typer.Option(
        case_sensitive=False, help="Only this kind of statement, as search prints them: entity (with its attributes and "
                                   "relations), source (with its paragraphs), or any one kind.")] = None,
    speaker: SpeakerOption = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, typer.Option(help="At most this many hits.",
                                                        click_type=WholeNumber(min=1, max=10_000))] = 20,
    evidence: EvidenceOption = False,
    format: FormatOption = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Search every statement (quotations, events, entities, figures, sources), best match first."""
    _run(ctx, "search", locals())


@app.command(epilog=examples("kaesong ask 'when was the office blown up'", "kaesong ask 'how much did the renovation cost'",
                             "kaesong ask '연락사무소는 언제 폭파됐나?' --limit 1",
                             "kaesong ask 'how many days after the Panmunjom Declaration did the office open'",
                             "kaesong ask 'how much did the renovation cost' --evidence",
                             "kaesong ask 'when was the office blown up' --format json"))
@flowing
def ask(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(metavar="QUESTION", help="A question in your own words.")],
    limit: Annotated[int, typer.Option(
        help="At most this many answers, best first.", click_type=WholeNumber(min=1, max=100))] = 3,
    evidence: EvidenceOption = False,
    format: FormatOption = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Answer a question in your own words (English or Korean): the answer first, then its facts.

    The first line answers in a few words, from the typed fields of the fact that answers (a date,
    an amount, a name or a place); the facts follow with their cited words as evidence. When the record does
    not say, stderr says so with what it holds near the question (exit 1)."""
    _run(ctx, "ask", locals())


@app.command(epilog=examples("kaesong quotes", "kaesong quotes --speaker 'Kim Yo-jong'"))
def quotes(
    ctx: typer.Context,
    speaker: SpeakerOption = None,
    evidence: EvidenceOption = False,
    format: FormatOption = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Every quotation, verbatim, with speaker, date and source."""
    _run(ctx, "quotes", locals())


@app.command(epilog=examples("kaesong convert", "kaesong convert '9.78 billion won' --rate source",
                             "kaesong convert '97억 8천만 원' --date 2018-10-24", "kaesong convert '$35 million' --date 2023-06",
                             "kaesong convert '44.7 billion won' --rate source", "kaesong convert '$8.64 million' --rate 1200"))
def convert(
    ctx: typer.Context,
    amount: Annotated[Optional[str], typer.Argument(
        metavar="AMOUNT",
        help="An amount as people write it: '9.78 billion won', '₩9.78B', '97억 8천만 원', '$8.64 million'. "
             "None: every figure of the fact base.")] = None,
    to: Annotated[Optional[str], typer.Option(help="won, ₩, KRW, dollars, $ or USD (default: the other one).",
                                              metavar="CURRENCY")] = None,
    rate: Annotated[str, typer.Option(help="source (the rate the source's own pair implies), market (ECB) "
                                           "or a number of won per dollar.")] = "market",
    date: Annotated[Optional[str], typer.Option(
        help="Day of the market rate; a month or a year gives that period's average (default: the latest day).",
        metavar="DATE")] = None,
    figure: Annotated[Optional[str], typer.Option(
        help="With --rate source: the figure whose own pair gives the rate (default: the amount's own figure, "
             "else the article's pair).", metavar="ID")] = None,
    format: FormatOption = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Convert between won and dollars, always saying which rate and from where."""
    _run(ctx, "convert", locals())


@app.command(epilog=examples("kaesong sources", "kaesong sources article", "kaesong sources article 14",
                             "kaesong sources article 13-14", "kaesong sources --format json",
                             "kaesong sources --format bibtex > kaesong.bib"))
def sources(
    ctx: typer.Context,
    source: Annotated[Optional[str], typer.Argument(metavar="SOURCE", help="One source's id: that source in full.")] = None,
    paragraphs: Annotated[Optional[str], typer.Argument(
        metavar="PARAGRAPHS", help="Only these paragraphs: 14, 13-14 or 13,16.")] = None,
    format: Annotated[Optional[SourcesFormat], typer.Option(
        "--format", "-f", case_sensitive=False,
        help=FORMAT_HELP + " csl-json and bibtex: the sources for Zotero and other reference managers.")] = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """The sources the facts cite, or one in full with its text, paragraph by paragraph."""
    _run(ctx, "sources", locals())


@app.command(epilog=examples("kaesong disputes", "kaesong disputes --entity liaison-office",
                             "kaesong disputes --since 2020 --format json"))
@flowing
def disputes(
    ctx: typer.Context,
    entity: EntityOption = None,
    since: Since = None,
    until: Until = None,
    format: FormatOption = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Every point on which the sources differ, each value with who gives it.

    The preferred value first, with why the base prefers it."""
    _run(ctx, "disputes", locals())


CheckFormat = Enum("CheckFormat", {**{f.name: f.value for f in Format}, "claimreview": "claimreview"}, type=str)


@app.command(epilog=examples("kaesong check 'The office was blown up on 17 June 2020'",
                             "kaesong check 'The office opened in 2018 and was blown up in 2019'",
                             "kaesong check 'Twenty South Koreans returned home when the office was suspended' -f json",
                             "kaesong check 'The renovation cost $8.6 million' --format claimreview "
                             "--url https://example.org/checks/1 --author 'Example Fact Check'"))
@flowing
def check(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(metavar="CLAIM", help="A sentence to check against the record.")],
    format: Annotated[Optional[CheckFormat], typer.Option(
        "--format", "-f", case_sensitive=False,
        help=FORMAT_HELP + " claimreview: schema.org ClaimReview JSON-LD (needs --url and --author).")] = None,
    url: Annotated[Optional[str], typer.Option(help="ClaimReview: the address of the page publishing this fact-check.",
                                               metavar="URL")] = None,
    author: Annotated[Optional[str], typer.Option(help="ClaimReview: the organisation publishing it.",
                                                  metavar="NAME")] = None,
    author_url: Annotated[Optional[str], typer.Option(help="ClaimReview: the organisation's address.",
                                                      metavar="URL")] = None,
    claim_by: Annotated[Optional[str], typer.Option(help="ClaimReview: who made the claim.", metavar="NAME")] = None,
    claim_date: Annotated[Optional[str], typer.Option(help="ClaimReview: when the claim was made (YYYY-MM-DD).",
                                                      metavar="DATE")] = None,
    claim_url: Annotated[Optional[str], typer.Option(help="ClaimReview: where the claim appeared first.",
                                                     metavar="URL")] = None,
    config: Annotated[Optional[str], typer.Option(
        help="ClaimReview: a TOML file with url, author, author_url (options override it).", metavar="FILE")] = None,
    csv_safe: CsvSafeOption = False,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Check a claim against the record, part by part: supported, contradicted, mixed, disputed, not in the record.

    Each date, time, amount, count, relation and quotation of the claim is judged against the fact it is about,
    named with its citations and evidence; what kaesong cannot judge it says so. Not in the record exits 1."""
    _run(ctx, "check", locals())


class Theme(str, Enum):
    dark = "dark"
    light = "light"


@app.command(epilog=examples("kaesong browse", "kaesong browse --theme light"), name="browse")
@flowing
def browse(
    ctx: typer.Context,
    theme: Annotated[Theme, typer.Option(case_sensitive=False, help="dark or light.")] = Theme.dark,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Explore the fact base full-screen, with the evidence of whatever is selected.

    The timeline, entities and their relations, quotations, and search as you type. Keys:
    / search, Enter open, Escape back, ] forward, ? keys, q quit. Needs a terminal."""
    _run(ctx, "browse", locals())


class ExportKind(str, Enum):
    sqlite = "sqlite"


@app.command(epilog=examples("kaesong export sqlite kaesong.db --force", "kaesong export sqlite kaesong.db --force --format json",
                             "kaesong export sqlite kaesong.db --force --metadata kaesong-metadata.json"))
@flowing
def export(
    ctx: typer.Context,
    kind: Annotated[ExportKind, typer.Argument(metavar="KIND", help="What to write: sqlite (a database Datasette serves).",
                                               case_sensitive=False)],
    file: Annotated[str, typer.Argument(metavar="FILE", help="The database file to write.")],
    metadata: Annotated[Optional[str], typer.Option(
        help="Where to write Datasette's metadata (default: FILE's name with .metadata.json).", metavar="FILE")] = None,
    config: Annotated[Optional[str], typer.Option(
        help="Where to write Datasette 1.0's config (default: FILE's name with .datasette.yaml).", metavar="FILE")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE, the metadata and the config if they exist "
                                                       "(regular files only: never a device, FIFO or folder).")] = False,
    format: FormatOption = None,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Export the fact base as a SQLite database that Datasette serves.

    A table per kind of fact (disputes included), foreign keys and full-text search, with two files
    beside it. Datasette 0.65 reads the metadata alone: datasette FILE --metadata NAME.metadata.json.
    Datasette 1.0 reads its canned queries and facets from the config, and titles and descriptions
    from the metadata: datasette FILE -c NAME.datasette.yaml --metadata NAME.metadata.json."""
    _run(ctx, "export", locals())


@app.command(epilog=examples("kaesong validate", "kaesong validate --report", "kaesong validate my-dossier.json",
                             "kaesong validate my-dossier.json --format json"))
def validate(
    ctx: typer.Context,
    file: Annotated[Optional[str], typer.Argument(metavar="FILE", help="A fact-base file (default: the one in use).")] = None,
    report: Annotated[bool, typer.Option("--report", help="Also print the support check's coverage: facts checked, "
                                                          "values found in their cited paragraphs, values derived.")] = False,
    format: FormatOption = None,
    data: DataOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Check a fact base against the contract and its sources: every problem with its JSON path.

    Beyond the contract, each date, time, amount, count and name of a fact that cites a source's
    text must stand in a paragraph it cites, or the fact must declare how it was derived."""
    _run(ctx, "validate", locals())


@app.command(epilog=examples("kaesong schema > kaesong.schema.json"))
def schema(ctx: typer.Context, data: DataOption = None, no_color: NoColorOption = False) -> None:
    """The JSON Schema of the fact-base contract, generated from the models."""
    _run(ctx, "schema", locals())
