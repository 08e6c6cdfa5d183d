"""The exported database's tables: columns with their types and descriptions, keys, indexes,
full-text search and facets. One declaration serves the writer (sqlite.py) and Datasette's
metadata (metadata.py)."""

from __future__ import annotations

T, N = str, int  # column types: TEXT, INTEGER (a number)

CITED = {"basis": (T, "stated (by the article), context (other public reporting) or both"),
         "cited": (T, "The citations in words: 'article ¶2, 7; context: kbs-4038719'")}
DATE = {"date": (T, "The date at its own precision: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
        "date_precision": (T, "year, month, day or minute"), "date_display": (T, "The date as kaesong shows it")}


class Table:
    def __init__(self, description: str, columns: dict, pk, fks=(), index=(), search=(), facets=(), sort=None):
        self.description, self.columns, self.pk = description, columns, pk
        self.fks, self.index, self.search, self.facets, self.sort = list(fks), list(index), list(search), list(facets), sort


TABLES = {
    "sources": Table("The article and the public reporting the facts cite.", {
        "id": (T, "The source's id, as citations name it"), "role": (T, "primary (the article) or context"),
        "kind": (T, "news-article, news-report, press-release, statement, document..."), "title": (T, "Title"),
        "author": (T, "Author"), "publisher": (T, "Publisher"), "published": (T, "Publication date, at its precision"),
        "published_precision": (T, "year, month or day"), "published_display": (T, "The date as kaesong shows it"),
        "paragraphs": (N, "How many numbered paragraphs the source has (0: its text is not held)"),
        "url": (T, "The source's address"), "location": (T, "Where to find it otherwise"), "note": (T, "Note")},
        "id", index=["role", "kind"], search=["title", "publisher"], facets=["role", "kind", "publisher"]),
    "paragraphs": Table("The text of the sources the fact base holds, paragraph by paragraph, exactly as written.", {
        "source": (T, "The source"), "paragraph": (N, "The paragraph's number, from 1 (the title)"),
        "text": (T, "The paragraph, exactly as written")},
        ("source", "paragraph"), fks=[("source", "sources", "id")], search=["text"], sort="paragraph"),
    "entities": Table("People, organisations, places, buildings and agreements.", {
        "id": (T, "The entity's id"), "kind": (T, "person, organization, office, place, country..."), "name": (T, "Name"),
        "hangul": (T, "Name in Korean"), "description": (T, "Who or what it is"), "wikidata": (T, "Wikidata item"),
        "note": (T, "Note"), **CITED}, "id", index=["kind"], search=["name", "hangul", "description"], facets=["kind"]),
    "aliases": Table("Other names of the entities.", {"entity": (T, "The entity"), "alias": (T, "Another name")},
                     ("entity", "alias"), fks=[("entity", "entities", "id")]),
    "attributes": Table("One fact about an entity each.", {
        "id": (T, "The statement id: entity#attribute"), "entity": (T, "The entity"), "name": (T, "What the fact is"),
        "value": (T, "The fact"), "note": (T, "Note"), **CITED},
        "id", fks=[("entity", "entities", "id")], index=["entity"], search=["name", "value"], facets=["entity"]),
    "relations": Table("How entities relate, read from the first entity to the target.", {
        "id": (T, "The statement id: entity#type:target"), "entity": (T, "The entity"), "type": (T, "The relation"),
        "target": (T, "The other entity"), "sentence": (T, "The relation as a sentence"), **CITED},
        "id", fks=[("entity", "entities", "id"), ("target", "entities", "id")], index=["type", "target"],
        facets=["type"]),
    "events": Table("What happened, oldest first.", {
        "id": (T, "The event's id"), **DATE, "date_stated": (T, "The words the source used for the date"),
        "date_resolved": (T, "How those words were resolved"), "end": (T, "The last day of a range"),
        "end_precision": (T, "Its precision"), "end_display": (T, "The end as kaesong shows it"),
        "year": (N, "The year it began"), "title": (T, "Title"), "summary": (T, "What happened, in our words"),
        "note": (T, "Note"), **CITED}, "id", index=["date", "year"], search=["title", "summary"],
        facets=["year", "basis"], sort="date"),
    "event_entities": Table("The entities each event involves.", {"event": (T, "The event"), "entity": (T, "The entity")},
                            ("event", "entity"), fks=[("event", "events", "id"), ("entity", "entities", "id")],
                            index=["entity"], facets=["entity"]),
    "event_causes": Table("Which events led to which.", {"event": (T, "The event"), "cause": (T, "An event that led to it")},
                          ("event", "cause"), fks=[("event", "events", "id"), ("cause", "events", "id")]),
    "quotations": Table("The words people and organisations said, verbatim, with their caveats.", {
        "id": (T, "The quotation's id"), "text": (T, "The words, verbatim"), "speaker": (T, "Who said them"),
        "speaker_name": (T, "The speaker's name"), **DATE, "year": (N, "The year"), "context": (T, "The occasion"),
        "caveat": (T, "A warning that travels with the words (re-translated, words swapped)"), "note": (T, "Note"),
        **CITED}, "id", fks=[("speaker", "entities", "id")], index=["speaker", "year"], search=["text", "context"],
        facets=["speaker", "year"], sort="date"),
    "quotation_about": Table("What each quotation is about.", {"quotation": (T, "The quotation"),
                                                              "entity": (T, "What it is about")},
                             ("quotation", "entity"), fks=[("quotation", "quotations", "id"), ("entity", "entities", "id")],
                             index=["entity"]),
    "figures": Table("Money figures as the sources state them, in won or US dollars.", {
        "id": (T, "The figure's id"), "amount": (T, "The amount, exactly (a decimal number, in `currency`)"),
        "currency": (T, "KRW (won) or USD (US dollars)"), "stated": (T, "The figure as the source wrote it"),
        "paired_amount": (T, "The other currency's figure, where the source gives one"),
        "paired_currency": (T, "Its currency"), "paired_stated": (T, "As the source wrote it"), **DATE,
        "year": (N, "The year"), "paid_for": (T, "What the money paid for"), "part_of": (T, "The figure it is part of"),
        "note": (T, "Note"), **CITED}, "id", fks=[("part_of", "figures", "id")], index=["currency", "year"],
        search=["stated", "paid_for"], facets=["currency", "year"], sort="date"),
    "figure_entities": Table("The entities each figure concerns.", {"figure": (T, "The figure"), "entity": (T, "The entity")},
                             ("figure", "entity"), fks=[("figure", "figures", "id"), ("entity", "entities", "id")],
                             index=["entity"]),
    "citations": Table("Every citation: a fact, the source it rests on and the paragraph (where numbered).", {
        "id": (N, "Row number"), "fact_kind": (T, "entity, attribute, relation, event, quotation or figure"),
        "fact": (T, "The fact's id"), "source": (T, "The source"), "paragraph": (N, "The paragraph of the source")},
        "id", fks=[("source", "sources", "id")], index=["fact", "source", "paragraph"],
        facets=["source", "fact_kind", "paragraph"]),
    "statements": Table("The fact base one fact at a time, as kaesong search and ask read it.", {
        "id": (T, "The statement's id"), "kind": (T, "entity, attribute, relation, quote, event, figure, source, paragraph"),
        "record": (T, "The record it comes from"), "label": (T, "A short label"), "sentence": (T, "The fact as a sentence"),
        **DATE, "year": (N, "The year"), "speaker": (T, "The speaker, for a quotation"),
        "caveat": (T, "A quotation's caveat"), "note": (T, "Note"), **CITED,
        "citations": (T, "The citations as JSON: [{source, paragraphs}]")},
        "id", fks=[("speaker", "entities", "id")], index=["kind", "record", "year"], search=["label", "sentence"],
        facets=["kind", "year", "basis"]),
}
