"""The exported database's tables: columns with their types and descriptions, keys, indexes,
full-text search and facets. One declaration serves the writer (sqlite.py) and Datasette's
metadata (metadata.py)."""

from __future__ import annotations

T, N, R = str, int, float  # column types: TEXT, INTEGER, REAL

CITED = {"basis": (T, "stated (by the article), context (other public reporting) or both"),
         "cited": (T, "The citations in words: 'article ¶2, 7; context: kbs-4038719'")}


def dated(prefix: str, what: str = "The date") -> dict:
    """A date's columns: its value at its own precision, the precision, kaesong's display, the time
    zone of a time, and the value as ISO 8601 with the zone's UTC offset where it has a time."""
    return {prefix: (T, f"{what} at its own precision: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time)"),
            f"{prefix}_precision": (T, "year, month, day or minute"),
            f"{prefix}_display": (T, "As kaesong shows it"),
            f"{prefix}_tz": (T, "The time zone of a time: KST (UTC+9) or UTC; empty for a date without a time"),
            f"{prefix}_iso": (T, "ISO 8601 with the UTC offset where there is a time (2020-06-16T14:50+09:00)")}


DATE = dated("date")
AMOUNT = "A number (REAL) for sorting and filtering; exact for whole amounts below 2^53 (the exact text is in {})"
HANGUL_PARTS = (T, "For full-text search only: every run of Hangul and its parts of two syllables or more, so that "
                   "개성 finds 개성공단 (Korean writes compounds without spaces)")


class Table:
    def __init__(self, description: str, columns: dict, pk, fks=(), index=(), search=(), facets=(), sort=None):
        self.description, self.columns, self.pk = description, columns, pk
        self.fks, self.index, self.search, self.facets, self.sort = list(fks), list(index), list(search), list(facets), sort


TABLES = {
    "sources": Table("The article and the public reporting the facts cite.", {
        "id": (T, "The source's id, as citations name it"), "role": (T, "primary (the article) or context"),
        "kind": (T, "news-article, news-report, press-release, statement, document..."), "title": (T, "Title"),
        "author": (T, "Author"), "publisher": (T, "Publisher"), "published": (T, "Publication date, at its precision"),
        **dated("published", "Publication date"),
        "paragraphs": (N, "How many numbered paragraphs the source has (0: its text is not held)"),
        "url": (T, "The source's address"), "location": (T, "Where to find it otherwise"), "note": (T, "Note")},
        "id", index=["role", "kind"], search=["title", "publisher"], facets=["role", "kind", "publisher"]),
    "paragraphs": Table("The text of the sources the fact base holds, paragraph by paragraph, exactly as written.", {
        "source": (T, "The source"), "paragraph": (N, "The paragraph's number, from 1 (the title)"),
        "text": (T, "The paragraph, exactly as written")},
        ("source", "paragraph"), fks=[("source", "sources", "id")], search=["text"], sort="paragraph"),
    "entities": Table("People, organisations, places, buildings and agreements.", {
        "id": (T, "The entity's id"), "kind": (T, "person, organization, office, place, country..."), "name": (T, "Name"),
        "hangul": (T, "Name in Korean"), "aliases": (T, "Other names, separated by ' · ' (one a row in `aliases`)"),
        "description": (T, "Who or what it is"), "wikidata": (T, "Wikidata item"),
        "note": (T, "Note"), **CITED, "hangul_parts": HANGUL_PARTS}, "id", index=["kind"],
        search=["name", "hangul", "aliases", "description", "hangul_parts"], facets=["kind"]),
    "aliases": Table("Other names of the entities.", {"entity": (T, "The entity"), "alias": (T, "Another name")},
                     ("entity", "alias"), fks=[("entity", "entities", "id")], search=["alias"]),
    "attributes": Table("One fact about an entity each.", {
        "id": (T, "The statement id: entity#attribute"), "entity": (T, "The entity"), "name": (T, "What the fact is"),
        "value": (T, "The fact"), "note": (T, "Note"), **CITED},
        "id", fks=[("entity", "entities", "id")], index=["entity"], search=["name", "value"], facets=["entity"]),
    "relations": Table("How entities relate, read from the first entity to the target.", {
        "id": (T, "The statement id: entity#type:target"), "entity": (T, "The entity"), "type": (T, "The relation"),
        "target": (T, "The other entity"), "sentence": (T, "The relation as a sentence"), **CITED},
        "id", fks=[("entity", "entities", "id"), ("target", "entities", "id")], index=["entity", "type", "target"],
        facets=["type"]),
    "events": Table("What happened, oldest first.", {
        "id": (T, "The event's id"), **DATE, "date_stated": (T, "The words the source used for the date"),
        "date_resolved": (T, "How those words were resolved"), **dated("end", "The end of a range"),
        "year": (N, "The year it began"), "title": (T, "Title"), "summary": (T, "What happened, in our words"),
        "note": (T, "Note"), **CITED}, "id", index=["date", "year"], search=["title", "summary"],
        facets=["year", "basis"], sort="date"),
    "event_entities": Table("The entities each event involves.", {"event": (T, "The event"), "entity": (T, "The entity")},
                            ("event", "entity"), fks=[("event", "events", "id"), ("entity", "entities", "id")],
                            index=["entity"], facets=["entity"]),
    "event_causes": Table("Which events led to which.", {"event": (T, "The event"), "cause": (T, "An event that led to it")},
                          ("event", "cause"), fks=[("event", "events", "id"), ("cause", "events", "id")], index=["cause"]),
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
        "id": (T, "The figure's id"), "amount": (R, "The amount in `currency`. " + AMOUNT.format("`amount_exact`")),
        "amount_exact": (T, "The amount exactly, as a decimal number in `currency`"),
        "currency": (T, "KRW (won) or USD (US dollars)"), "stated": (T, "The figure as the source wrote it"),
        "paired_amount": (R, "The other currency's figure, where the source gives one. "
                             + AMOUNT.format("`paired_amount_exact`")),
        "paired_amount_exact": (T, "The paired amount exactly"),
        "paired_currency": (T, "Its currency"), "paired_stated": (T, "As the source wrote it"), **DATE,
        "year": (N, "The year"), "paid_for": (T, "What the money paid for"), "part_of": (T, "The figure it is part of"),
        "note": (T, "Note"), **CITED}, "id", fks=[("part_of", "figures", "id")], index=["currency", "year", "part_of"],
        search=["stated", "paid_for"], facets=["currency", "year"], sort="date"),
    "figure_entities": Table("The entities each figure concerns.", {"figure": (T, "The figure"), "entity": (T, "The entity")},
                             ("figure", "entity"), fks=[("figure", "figures", "id"), ("entity", "entities", "id")],
                             index=["entity"]),
    "citations": Table("Every citation: a fact, the source it rests on and the paragraph (where numbered).", {
        "id": (N, "Row number"),
        "fact_kind": (T, "entity, attribute, relation, event, quotation, figure or claim_value"),
        "fact": (T, "The fact's id"), "source": (T, "The source"), "paragraph": (N, "The paragraph of the source")},
        "id", fks=[("source", "sources", "id")], index=["fact", "source", "paragraph"],
        facets=["source", "fact_kind", "paragraph"]),
    "statements": Table("The fact base one fact at a time, as kaesong search and ask read it.", {
        "id": (T, "The statement's id"), "kind": (T, "entity, attribute, relation, quote, event, figure, source, paragraph"),
        "record": (T, "The record it comes from"), "label": (T, "A short label"), "sentence": (T, "The fact as a sentence"),
        **DATE, "year": (N, "The year"), "speaker": (T, "The speaker, for a quotation"),
        "caveat": (T, "A quotation's caveat"), "note": (T, "Note"),
        "date_stated": (T, "The words the source used for the date"), "date_resolved": (T, "How they were resolved"),
        "names": (T, "The names the statement is about (names, aliases, Hangul), separated by ' · '"), **CITED,
        "citations": (T, "The citations as JSON: [{source, paragraphs}]"), "hangul_parts": HANGUL_PARTS},
        "id", fks=[("speaker", "entities", "id")], index=["kind", "record", "year", "speaker"],
        search=["label", "names", "sentence", "caveat", "note", "date_stated", "date_resolved", "hangul_parts"],
        facets=["kind", "year", "basis"]),
    "claims": Table("The facts on which the sources differ (kaesong disputes): one row each; its values are in "
                    "claim_values.", {
        "id": (T, "The claim's id"), "number": (N, "Its place in kaesong's order: by date, then as the data lists them"),
        "about": (T, "The record the fact belongs to (an event, entity, quotation or figure)"),
        "about_kind": (T, "event, entity, quote or figure"),
        "property": (T, "What the values are of: 'time of the blast'"),
        "summary": (T, "Every value in one line, the preferred first"), **DATE, "note": (T, "Note")},
        "id", index=["about", "number"], search=["property", "summary"], facets=["about_kind"], sort="number"),
    "claim_values": Table("Every value the sources give for a disputed fact, ranked as Wikidata ranks: preferred, "
                          "normal, deprecated (known to be wrong), each with who gives it.", {
        "id": (T, "claim#position"), "claim": (T, "The claim"), "position": (N, "The value's place in the data, from 1"),
        "value": (T, "The value as the source gives it"), "rank": (T, "preferred, normal or deprecated"),
        "rank_order": (N, "0 preferred, 1 normal, 2 deprecated: kaesong disputes sorts by it"),
        "reason": (T, "Why this rank"), "by": (T, "Who gives the value, where not the cited sources' publishers"),
        **DATE, "amount": (R, "The value as an amount, where it is one. " + AMOUNT.format("`amount_exact`")),
        "amount_exact": (T, "The amount exactly"), "currency": (T, "KRW or USD"),
        "stated": (T, "The amount as the source wrote it"), **CITED},
        "id", fks=[("claim", "claims", "id")], index=["claim", "rank"], search=["value", "reason"],
        facets=["rank", "basis"]),
}
