"""`kaesong entity` and `kaesong graph`: who or what, and how they relate."""

from __future__ import annotations

from ..errors import NotFound
from ..output import Column, Document, Raw, Table, View
from . import Session, resolve
from .columns import CITED, disputed_under, evidence_under, note_under

LIST_COLUMNS = [Column("id", "Id"), Column("name", "Name"), Column("hangul", "Hangul"), Column("kind", "Kind")]
# An entity in full is four tables: its card, attributes, relations and story. They share field names,
# so plain and csv read them as one table with a `section` field: section, field, value, note, cited,
# date, kind, caveat.
FIELD, VALUE = Column("field", "Field", style="bold"), Column("value", "Value")
STORY = [Column("date", "Date"), Column("kind", "Kind"), Column("value", "What"),
         Column("caveat", "Caveat", under="value", template="⚑ {}", style="bold"), note_under("value"),
         disputed_under("value"), CITED]


def entity(session: Session, *, fmt: str, name: str | None = None, evidence: bool = False) -> View:
    from ..entities import detail

    index = session.index
    if name is None:
        entities = index.records("entity")
        return View(Table(LIST_COLUMNS, entities, title="Entities"), entities)
    try:
        d = detail(index, resolve(index, name))
    except NotFound as exc:
        exc.empty = None  # one entity was asked for: its JSON is null
        raise
    names = {e["id"]: e["name"] for e in index.records("entity")}
    facts = [("id", d["id"]), ("name", d["name"]), ("hangul", d.get("hangul")), ("kind", d["kind"]),
             ("aliases", ", ".join(d.get("aliases", [])) or None), ("description", d["description"]),
             ("wikidata", d.get("wikidata")), ("note", d.get("note")), ("source", d["cited"])]
    sections = [Table([FIELD, VALUE], [{"field": k, "value": v} for k, v in facts if v], title=d["name"], card=True)]
    with_notes = [FIELD, VALUE, note_under("value"), CITED]
    if d.get("attributes"):
        rows = [{"field": a["name"], "value": a["value"], "note": a.get("note"), "cited": a["cited"],
                 "citations": a["citations"]} for a in d["attributes"]]
        sections.append(Table(with_notes, rows, title="Attributes", card=True))
    relations = [(f"→ {r['type']}", r["target"], r) for r in d["relations"]]
    relations += [(f"← {r['type']}", r["source"], r) for r in d["relations_in"]]
    if relations:
        rows = [{"field": label, "value": f"{other} ({names.get(other, '?')})", "note": r.get("note"), "cited": r["cited"],
                 "citations": r["citations"]} for label, other, r in relations]
        sections.append(Table(with_notes, rows, title="Relations", card=True))
    story = _story(d)
    if story:
        sections.append(Table(STORY, story, title="Story: events, quotations and money in date order"))
    if evidence:
        _evidence(index, d, sections)
    return View(Document(sections), d)


def _evidence(index, d: dict, sections: list) -> None:
    """--evidence: the cited words beneath each fact (the card's beneath its source line); in JSON,
    an `evidence` list on the entity and on each attribute, relation, event, quotation and figure."""
    from ..answer.evidence import attach

    attach(index, [d], lambda doc: doc["citations"])
    for part in ("attributes", "relations", "relations_in", "events", "quotes", "figures"):
        attach(index, d.get(part, []), lambda doc: doc["citations"])
    card, *tables = sections
    card.rows.append({"field": "evidence", "value": d["evidence_text"]})
    for table in tables:
        attach(index, table.rows, lambda row: row["citations"])
        host = "value"
        table.columns = [*table.columns, evidence_under(host)]


def _story(d: dict) -> list[dict]:
    """An entity's events, quotations and money figures as one list in date order (one table
    rather than three: easier to read as a story, and a third of the rendering cost). A quotation
    carries its caveat, so its words are never shown without it."""
    from ..entities import story

    return [{"date": doc["date"]["display"], "kind": kind, "value": what, "caveat": doc.get("caveat"),
             "note": doc.get("note"), "disputed": doc.get("disputed"), "cited": doc["cited"],
             "citations": doc["citations"]} for kind, what, doc in story(d)]


def graph(session: Session, *, fmt: str) -> View:
    from .. import graph as g

    index = session.index
    entities, relations = index.records("entity"), index.relations()
    data = {"entities": [{k: e[k] for k in ("id", "name", "hangul", "kind") if k in e} for e in entities],
            "relations": relations}
    if fmt == "json":
        return View.document(data)
    render = g.dot if fmt == "dot" else g.mermaid
    return View(Raw(render(entities, relations)), data)
