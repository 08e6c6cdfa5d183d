"""What Datasette reads beside an exported database, for both of its major versions.

* metadata (Datasette 0.65 reads everything from it, with --metadata): the fact base's own title
  and description, a licence that tells the code's licence (MIT) from the rights of the sources'
  text (their publishers'), the source; a description of every table and column; and, for 0.65,
  the facets, sort orders, label columns and canned queries.
* config (Datasette 1.0 reads the facets, sort orders, label columns and canned queries from
  datasette.yaml with -c; it ignores canned queries in metadata): those, in YAML.

    datasette 0.65:  datasette k.db --metadata k.metadata.json
    datasette 1.0:   datasette k.db -c k.datasette.yaml --metadata k.metadata.json
"""

from __future__ import annotations

import json

from .schema import TABLES

LABELS = {"sources": "title", "entities": "name", "events": "title", "quotations": "text", "figures": "stated",
          "statements": "sentence", "claims": "property", "claim_values": "value"}

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


QUERIES["disputes"] = {
    "title": "Where the sources differ",
    "description": "kaesong disputes: every disputed fact, each value with its rank, why, and who gives it "
                   "(the preferred value first).",
    "sql": "select c.id as claim, c.property, c.about, v.value, v.rank, v.reason, v.cited from claims c "
           "join claim_values v on v.claim = c.id order by c.number, v.rank_order, v.position"}

CODE_LICENSE = "MIT"


def _table_config(name: str, spec) -> dict:
    entry: dict = {}
    if spec.facets:
        entry["facets"] = spec.facets
    if spec.sort:
        entry["sort"] = spec.sort
    if name in LABELS:
        entry["label_column"] = LABELS[name]
    return entry


def licence(primary: dict | None) -> dict:
    """The licence fields: the code's licence is not the data's. The text of the sources (the article,
    quoted verbatim) stays under its publisher's rights."""
    if primary:
        by = primary.get("publisher") or primary.get("author")
        article = f"'{primary['title']}'" + (f" ({by})" if by else "")
    else:
        article = "the primary source"
    fields = {"license": f"Quoted text: under its publishers' rights, {article} included; kaesong's code: "
                         f"{CODE_LICENSE} (not the sources' text)",
              "source": f"{article} and the public reporting each fact cites as context"}
    if primary and primary.get("url"):
        fields["license_url"] = fields["source_url"] = primary["url"]
    return fields


def metadata(database: str, title: str, description: str | None, counts: dict[str, int],
             primary: dict | None = None) -> dict:
    """Datasette 0.65's metadata (everything) and 1.0's (it takes the descriptions and licence from it)."""

    tables = {}
    for name, spec in TABLES.items():
        tables[name] = {"description": spec.description,
                        "columns": {c: d for c, (_, d) in spec.columns.items()}, **_table_config(name, spec)}
    exported = (f"Exported by kaesong: {sum(counts.values()):,} rows in {len(counts)} tables, each fact citing "
                "its source and paragraph.")
    description = (description or "").strip()
    return {
        "title": title,
        "description": f"{description} {exported}" if description else exported,
        **licence(primary),
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def config(database: str) -> dict:
    """Datasette 1.0's datasette.yaml: canned queries and the tables' facets, sorts and labels."""

    tables = {name: entry for name, spec in TABLES.items() if (entry := _table_config(name, spec))}
    return {"databases": {database: {"tables": tables, "queries": QUERIES}}}


def config_yaml(database: str, db_file: str, meta_file: str) -> str:
    """The config as YAML. JSON is YAML (1.2, and what PyYAML reads): written as JSON, so that no
    YAML library is needed and no value can be misread (a 'no' as false, a ':' as a mapping)."""
    return ("# Datasette 1.0 configuration written by kaesong export:\n"
            f"#   datasette {_arg(db_file)} -c THIS_FILE --metadata {_arg(meta_file)}\n"
            "# Datasette 0.65 does not read this file: pass it only the metadata.\n"
            + json.dumps(config(database), ensure_ascii=False, indent=2) + "\n")


def _arg(path: str) -> str:
    """A path as a shell argument (for a line a reader copies), on one line."""
    import shlex

    return shlex.quote(" ".join(path.splitlines()))
