"""Datasette's metadata for an exported database: title, description, license and source of the
base; a description of every table and column; the facets worth offering; the column that labels
a row where another table links to it; and a few canned queries a reader wants."""

from __future__ import annotations

from .schema import TABLES

LABELS = {"sources": "title", "entities": "name", "events": "title", "quotations": "text", "figures": "stated",
          "statements": "sentence"}

QUERIES = {
    "timeline": {
        "title": "The timeline",
        "description": "Every event, oldest first, with the words the source used for its date and its citation.",
        "sql": "select date_display, end_display, title, summary, date_stated, cited from events order by date, id"},
    "quotations_by_speaker": {
        "title": "Quotations by speaker",
        "description": "What one speaker said (an entity id such as kim-yo-jong; empty for everyone), with caveats.",
        "sql": "select q.date_display, e.name as speaker, q.text, q.caveat, q.context, q.cited from quotations q "
               "join entities e on e.id = q.speaker where :speaker = '' or q.speaker = :speaker order by q.date, q.id"},
    "citing_paragraph": {
        "title": "Everything citing a paragraph",
        "description": "The facts that rest on one paragraph of a source (e.g. article, 14), with the paragraph's text.",
        "sql": "select c.fact_kind, c.fact, s.sentence, p.text as paragraph_text from citations c "
               "left join statements s on s.id = c.fact left join paragraphs p on p.source = c.source "
               "and p.paragraph = c.paragraph where c.source = :source and c.paragraph = :paragraph order by c.id"},
}


def metadata(database: str, title: str, description: str | None, counts: dict[str, int]) -> dict:
    tables = {}
    for name, spec in TABLES.items():
        entry = {"description": spec.description, "columns": {c: d for c, (_, d) in spec.columns.items()}}
        if spec.facets:
            entry["facets"] = spec.facets
        if spec.sort:
            entry["sort"] = spec.sort
        if name in LABELS:
            entry["label_column"] = LABELS[name]
        tables[name] = entry
    return {
        "title": title,
        "description": (description or "") + f" Exported by kaesong: {sum(counts.values()):,} rows in {len(counts)} "
                                             "tables, each fact citing its source and paragraph.",
        "license": "MIT",
        "source": "the kaesong fact base",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }
