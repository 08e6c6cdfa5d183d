"""`kaesong quotes` and `kaesong search` (over statements: the most specific fact ranks first)."""

from __future__ import annotations

from ..errors import NotFound
from ..output import Column, Marked, Table, View
from . import Session, resolve, window
from .columns import CITED, disputed_under, evidence_under, note_under

# A quotation's caveat (re-translated, words swapped) stands under its words in a table and in a field
# of its own elsewhere: the words are never shown without it.
QUOTE_COLUMNS = [Column("date.display", "Date"), Column("id", "Id", in_table=False), Column("speaker_name", "Speaker"),
                 Column("speaker", "Speaker id", in_table=False), Column("text", "Words"),
                 Column("caveat", "Caveat", under="text", template="⚑ {}", style="bold"), note_under("text"),
                 disputed_under("text"),
                 Column("about", "About"), Column("context", "Context", under="text"), CITED]


def quotes(session: Session, *, fmt: str, speaker: str | None = None, evidence: bool = False) -> View:
    index = session.index
    found = index.linked(resolve(index, speaker), "quote", ("speaker",)) if speaker else index.records("quote")
    if not found:
        raise NotFound(f"no quotations by {speaker}" if speaker else "the fact base holds no quotations", QUOTE_COLUMNS)
    columns = QUOTE_COLUMNS
    if evidence:
        from ..answer.evidence import attach

        attach(index, found, lambda q: q["citations"])
        columns = [*QUOTE_COLUMNS, evidence_under("text")]
    return View(Table(columns, found, title="Quotations"), found)


# --kind takes the kinds search prints; an entity's attributes and relations, and a source's
# paragraphs, are what `--kind entity` and `--kind source` also find
WITHIN = {"entity": ("entity", "attribute", "relation"), "source": ("source", "paragraph")}

SEARCH_COLUMNS = [Column("kind", "Kind"), Column("id", "Id"), Column("date.display", "Date"), Column("title", "What"),
                  Column("speaker", "Speaker"), Column("snippet", "Match"),
                  Column("caveat", "Caveat", under="snippet", template="⚑ {}", style="bold"), disputed_under("snippet"),
                  CITED]


def search(session: Session, *, fmt: str, query: str, kind: str | None = None, speaker: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 20, evidence: bool = False) -> View:
    from ..answer import search as s
    from ..timeline import date_bounds

    low, high = date_bounds(since, until)
    index = session.index
    speaker_id = resolve(index, speaker) if speaker else None
    kinds = ("quote",) if speaker else WITHIN.get(kind, (kind,)) if kind else s.KINDS
    result = s.search(index, query, kinds=kinds, since=low, until=high, speaker=speaker_id, limit=limit)
    notes = []
    if result.corrected_from:
        notes.append(f"no hits for {result.corrected_from}; showing {result.query.describe()}")
    if not result.hits:
        raise NotFound(f"no hits for {result.query.describe()}" + window(since, until), SEARCH_COLUMNS)
    rows, data = [], []
    for h in result.hits:
        doc = h.doc  # a statement (statements.py)
        text, spans, at = "", [], 0
        for part, hit in h.snippet:
            if hit:
                spans.append([at, at + len(part)])
            text += part
            at += len(part)
        item = {"kind": h.kind, "id": doc["id"], "record": doc["record"], "date": doc.get("date"), "title": doc["label"],
                "speaker": doc.get("speaker_name"), "snippet": text, "highlights": spans, "caveat": doc.get("caveat"),
                "disputed": doc.get("disputed"),
                "basis": doc["basis"], "cited": doc["cited"], "citations": doc["citations"]}
        data.append(item)
        rows.append({**item, "snippet": Marked(h.snippet)})  # the same record; a terminal colours the match
    columns = SEARCH_COLUMNS
    if evidence:
        from ..answer.evidence import attach

        attach(index, data, lambda item: item["citations"])
        for row, item in zip(rows, data, strict=True):
            row.update(evidence=item["evidence"], evidence_text=item["evidence_text"])
        columns = [*SEARCH_COLUMNS, evidence_under("snippet")]
    return View(Table(columns, rows, title=f"Search: {result.query.describe()}"), data, notes)
