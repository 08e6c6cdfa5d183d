"""What each page of the browser shows, as plain data over the same core the commands use (the
index, statements, search, evidence): no Textual here, so it is tested like the rest.

A page is a title and rows; a row is its cells (plain strings) and the target it opens (a key such
as 'entity:kim-yo-jong', 'event:office-demolished', 'quote:…', 'figure:…', 'statement:…') or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..answer.evidence import evidence as cited_words


@dataclass
class Row:
    cells: list[str]
    target: str | None = None


@dataclass
class Page:
    kind: str  # timeline, event, entities, entity, quotes, search
    title: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)


def timeline(index) -> Page:
    rows = [Row([e["date"]["display"], e["title"], e["date"].get("stated", "")], f"event:{e['id']}")
            for e in index.records("event")]
    return Page("timeline", "Timeline: the events, oldest first", ["Date", "Event", "As the source worded it"], rows)


def entities(index, wanted: str = "") -> Page:
    from ..index import normalize_name

    key = normalize_name(wanted)
    rows = []
    for e in index.records("entity"):
        names = [e["id"], e["name"], e.get("hangul") or "", *e.get("aliases", [])]
        if not key or any(key in normalize_name(n) for n in names if n):
            rows.append(Row([e["name"], e.get("hangul", ""), e["kind"]], f"entity:{e['id']}"))
    return Page("entities", "Entities" + (f" matching “{wanted}”" if wanted else ""), ["Name", "Hangul", "Kind"], rows)


def entity(index, entity_id: str) -> Page:
    from ..entities import detail, story
    from ..statements import relation_phrase

    d = detail(index, entity_id)
    names = {e["id"]: e["name"] for e in index.records("entity")}
    rows = [Row(["description", d["description"]], f"entity:{entity_id}")]
    for a in d.get("attributes", []):
        rows.append(Row([a["name"], a["value"]], f"statement:{entity_id}#{_slug(a['name'])}"))
    for r in d["relations"]:
        rows.append(Row([f"→ {relation_phrase(r['type'])}", names.get(r["target"], r["target"])], f"entity:{r['target']}"))
    for r in d["relations_in"]:
        rows.append(Row([f"← {r['type'].replace('-', ' ')}", names.get(r["source"], r["source"])], f"entity:{r['source']}"))
    targets = {"event": "event", "quote": "quote", "money": "figure"}
    rows += [Row([doc["date"]["display"], what], f"{targets[kind]}:{doc['id']}") for kind, what, doc in story(d)]
    hangul = f" ({d['hangul']})" if d.get("hangul") else ""
    return Page("entity", f"{d['name']}{hangul}", ["", ""], rows)


def event(index, event_id: str) -> Page:
    _, e = index.get(event_id)
    names = {x["id"]: x["name"] for x in index.records("entity")}
    rows = [Row(["date", e["date"]["display"] + (f" (“{e['date']['stated']}”)" if e["date"].get("stated") else "")],
                f"event:{event_id}"),
            Row(["what", e["summary"]], f"event:{event_id}")]
    if e.get("note"):
        rows.append(Row(["note", e["note"]], f"event:{event_id}"))
    rows += [Row(["involves", names.get(x, x)], f"entity:{x}") for x in e.get("entities", [])]
    rows += [Row(["after", index.get(c)[1]["title"]], f"event:{c}") for c in e.get("caused_by", []) if index.get(c)]
    rows += [Row(["led to", other["title"]], f"event:{other['id']}") for other in index.records("event")
             if event_id in other.get("caused_by", [])]
    return Page("event", e["title"], ["", ""], rows)


def quotes(index) -> Page:
    rows = [Row([q["date"]["display"], q["speaker_name"], q["text"] + (f"  ⚑ {q['caveat']}" if q.get("caveat") else "")],
                f"quote:{q['id']}") for q in index.records("quote")]
    return Page("quotes", "Quotations", ["Date", "Speaker", "Words"], rows)


def search(index, text: str, limit: int = 50) -> Page:
    """The same statements and ranking as `kaesong search` (its typo fallback included)."""
    from ..answer import search as core
    from ..errors import KaesongError

    if not text.strip():
        return Page("search", "Search: type words", ["Kind", "What", "Match"])
    try:
        result = core.search(index, text, limit=limit)
    except KaesongError as exc:
        return Page("search", f"Search: {exc}", ["Kind", "What", "Match"])
    rows = [Row([h.kind, h.doc["label"], "".join(part for part, _ in h.snippet)], f"statement:{h.doc['id']}")
            for h in result.hits]
    shown = result.query.describe() + (f" (no hits for {result.corrected_from})" if result.corrected_from else "")
    return Page("search", f"Search: {shown} — {len(rows)} statements", ["Kind", "What", "Match"], rows)


def open_target(index, target: str) -> tuple[str, str] | None:
    """The page a row's target opens: (kind, argument), or None when it opens nothing new."""
    kind, _, ident = target.partition(":")
    if kind == "entity":
        return ("entity", ident)
    if kind == "event":
        return ("event", ident)
    if kind in ("quote", "figure"):
        found = index.get(ident)
        entities = (found[1].get("entities") or [found[1].get("speaker")]) if found else []
        return ("entity", entities[0]) if entities and entities[0] else None
    if kind == "statement":
        st = index.statement(ident)
        if st is None:
            return None
        if st["record_kind"] in ("entity", "event"):
            return (st["record_kind"], st["record"])
        return open_target(index, f"{st['record_kind']}:{st['record']}") if st["record_kind"] in ("quote", "figure") \
            else None
    return None


def evidence_of(index, target: str | None) -> str:
    """The evidence pane: the fact, its citations, the cited paragraphs' words where bundled (the
    source's address where not), and every value where the sources disagree."""
    if not target:
        return ""
    kind, _, ident = target.partition(":")
    doc = index.statement(ident) if kind == "statement" else (index.get(ident) or (None, None))[1]
    if doc is None:
        return ""
    heading = doc.get("sentence") or doc.get("title") or doc.get("name") or doc.get("text") or ident
    detail = doc.get("summary") or doc.get("description") or doc.get("context") or doc.get("paid_for")
    lines = [heading, *([detail] if detail and detail != heading else []), ""]
    if doc.get("caveat"):
        lines.append(f"⚑ {doc['caveat']}")
    for disputed in doc.get("disputed", []):
        lines.append(f"⚑ sources differ on {disputed}")
    lines.append(f"Source: {doc.get('cited', '')}")
    for e in cited_words(index, doc):
        if e["text"] is not None:
            lines += ["", f"{e['source']} ¶{e['paragraph']}:", e["text"]]
        else:
            lines += ["", f"{e['source']}: {e.get('url') or e.get('reference') or 'text not bundled'}"]
    return "\n".join(lines)


def _slug(text: str) -> str:
    from ..statements import slug

    return slug(text)
