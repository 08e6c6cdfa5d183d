"""What each command does, as functions from parameters to views: no Typer, no Rich.

cli.py (Typer) and fastpath.py both call these through runner.run, so a command behaves the same
whichever way it was parsed.
"""

from __future__ import annotations

from functools import cached_property

from . import factbase
from .errors import NotFound, UsageError
from .output import Column, Document, Marked, Raw, Table, View


class Session:
    """One invocation's fact base: located at once, its index opened only when asked for."""

    def __init__(self, data: str | None, progress=None):
        self.data_file = str(factbase.locate(data))
        self.progress = progress

    @cached_property
    def index(self):
        from .index import open_index

        try:
            return open_index(self.data_file, self.progress)
        finally:
            if self.progress is not None:  # the build's progress bar goes before any output is drawn
                self.progress.close()


CITED = Column("cited", "Source", style="dim")


# --- timeline ------------------------------------------------------------------------------------

def timeline(session: Session, *, fmt: str, since: str | None = None, until: str | None = None,
             entity: str | None = None, chart: bool = False) -> View:
    from . import timeline as tl

    low, high = tl.date_bounds(since, until)
    index = session.index
    ns = None
    if entity:
        from .entities import resolve

        entity_id = resolve(index, entity)
        ns = index.linked_numbers(entity_id, ("event",))
    events = index.records("event", low, high, ns)
    if not events:
        raise NotFound("no events" + _window(since, until) + (f" involving {entity}" if entity else ""))
    if chart:
        if fmt not in ("table", "plain"):
            raise UsageError("--chart draws text; leave out --format, or drop --chart for other formats")
        return View(Raw(tl.chart(events)), events)
    if fmt == "timelinejs":
        return View.document(tl.timelinejs(events, index.meta("title") or "kaesong", None))
    if fmt == "table":  # a person reads it: the date as stated under the date, entities one a line
        rows = [{"date": e["date"]["display"] + (f'\n“{e["date"]["stated"]}”' if e["date"].get("stated") else ""),
                 "event": e["title"] + "\n" + e["summary"], "entities": "\n".join(e.get("entities", [])),
                 "cited": e["cited"]} for e in events]
        columns = [Column("date", "Date", min_width=10), Column("event", "Event", min_width=30),
                   Column("entities", "Entities"), CITED]
    else:  # a script reads it: the date alone in the first field, the words as stated last
        rows = [{"date": e["date"]["display"], "event": e["title"], "entities": e.get("entities", []),
                 "cited": e["cited"], "stated": e["date"].get("stated", "")} for e in events]
        columns = [Column("date", "Date"), Column("event", "Event"), Column("entities", "Entities"), CITED,
                   Column("stated", "Date as stated")]
    return View(Table(columns, rows, title=index.meta("title")), events)


def _window(since, until) -> str:
    return (f" from {since}" if since else "") + (f" to {until}" if until else "")


# --- entities ------------------------------------------------------------------------------------

def entity(session: Session, *, fmt: str, name: str | None = None) -> View:
    index = session.index
    if name is None:
        entities = index.records("entity")
        rows = [{"id": e["id"], "name": e["name"], "hangul": e.get("hangul", ""), "kind": e["kind"]} for e in entities]
        return View(Table([Column("id", "Id", no_wrap=True), Column("name", "Name"), Column("hangul", "Hangul"),
                           Column("kind", "Kind")], rows, title="Entities"), entities)
    from .entities import detail, resolve

    d = detail(index, resolve(index, name))
    names = {e["id"]: e["name"] for e in index.records("entity")}
    facts = [("id", d["id"]), ("name", d["name"]), ("hangul", d.get("hangul")), ("kind", d["kind"]),
             ("aliases", ", ".join(d.get("aliases", [])) or None), ("description", d["description"]),
             ("wikidata", d.get("wikidata")), ("note", d.get("note")), ("source", d["cited"])]
    field_rows = [{"field": k, "value": v} for k, v in facts if v]
    sections = [Table([Column("field", "Field", style="bold", no_wrap=True), Column("value", "Value")],
                      field_rows, title=d["name"], card=True)]
    if d.get("attributes"):
        sections.append(Table([Column("name", "Attribute"), Column("value", "Value"), CITED],
                              [{**a, "value": a["value"] + (f"\nNote: {a['note']}" if a.get("note") else "")}
                               for a in d["attributes"]], title="Attributes", card=True))
    relation_rows = [{"direction": "→", "type": r["type"], "other": f"{r['target']} ({names.get(r['target'], '?')})",
                      "cited": r["cited"]} for r in d["relations"]]
    relation_rows += [{"direction": "←", "type": r["type"], "other": f"{r['source']} ({names.get(r['source'], '?')})",
                       "cited": r["cited"]} for r in d["relations_in"]]
    if relation_rows:
        sections.append(Table([Column("direction", ""), Column("type", "Relation"), Column("other", "Entity"), CITED],
                              relation_rows, title="Relations", card=True))
    story = _story(d)
    if story:
        sections.append(Table([Column("date", "Date", no_wrap=True), Column("kind", "Kind"), Column("what", "What"), CITED],
                              story, title="Story: events, quotations and money in date order"))
    return View(Document(sections), d)


def _story(d: dict) -> list[dict]:
    """An entity's events, quotations and money figures as one list in date order (one table
    rather than three: easier to read as a story, and a third of the rendering cost)."""
    items = [(e["date"]["value"], 0, {"kind": "event", "what": e["title"]}, e) for e in d["events"]]
    items += [(q["date"]["value"], 1, {"kind": "quote", "what": f"“{q['text']}” ({q['speaker_name']})"}, q)
              for q in d["quotes"]]
    items += [(f["date"]["value"], 2, {"kind": "money", "what": f"{f['stated']}: {f['paid_for']}"}, f)
              for f in d["figures"]]
    items.sort(key=lambda item: item[:2])
    return [{"date": doc["date"]["display"], **row, "cited": doc["cited"]} for _, _, row, doc in items]


def graph(session: Session, *, fmt: str) -> View:
    from . import graph as g

    index = session.index
    entities, relations = index.records("entity"), index.relations()
    data = {"entities": [{k: e[k] for k in ("id", "name", "kind")} for e in entities], "relations": relations}
    if fmt == "json":
        return View.document(data)
    render = g.dot if fmt == "dot" else g.mermaid
    return View(Raw(render(entities, relations)), data)


# --- quotes and search ---------------------------------------------------------------------------

QUOTE_COLUMNS = [Column("date", "Date", no_wrap=True), Column("speaker", "Speaker"), Column("words", "Words"),
                 Column("about", "About"), CITED]


def quote_row(q: dict) -> dict:
    return {"date": q["date"]["display"], "speaker": q["speaker_name"], "words": f"“{q['text']}”",
            "about": ", ".join(q.get("about", [])) + (f"\n{q['context']}" if q.get("context") else ""),
            "cited": q["cited"]}


def quotes(session: Session, *, fmt: str, speaker: str | None = None) -> View:
    index = session.index
    if speaker:
        from .entities import resolve

        found = index.linked(resolve(index, speaker), "quote", ("speaker",))
    else:
        found = index.records("quote")
    if not found:
        raise NotFound(f"no quotations by {speaker}" if speaker else "the fact base holds no quotations")
    return View(Table(QUOTE_COLUMNS, [quote_row(q) for q in found], title="Quotations"), found)


def search(session: Session, *, fmt: str, query: str, kind: str | None = None, speaker: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 20) -> View:
    from . import search as s
    from .timeline import date_bounds

    low, high = date_bounds(since, until)
    index = session.index
    speaker_id = None
    if speaker:
        from .entities import resolve

        speaker_id = resolve(index, speaker)
    kinds = ("quote",) if speaker else (kind,) if kind else s.KINDS
    result = s.search(index, query, kinds=kinds, since=low, until=high, speaker=speaker_id, limit=limit)
    notes = []
    if result.corrected_from:
        notes.append(f"no hits for {result.corrected_from}; showing {result.query.describe()}")
    if not result.hits:
        raise NotFound(f"no hits for {result.query.describe()}" + _window(since, until))
    rows, data = [], []
    for h in result.hits:
        doc = h.doc
        label = doc.get("title") or doc.get("name") or doc.get("stated") or doc.get("speaker_name")
        rows.append({"kind": h.kind, "id": doc["id"], "date": (doc.get("date") or {}).get("display", ""),
                     "what": label, "snippet": Marked(h.snippet), "cited": doc["cited"]})
        text, spans, at = "", [], 0
        for part, hit in h.snippet:
            if hit:
                spans.append([at, at + len(part)])
            text += part
            at += len(part)
        data.append({"kind": h.kind, "id": doc["id"], "date": doc.get("date"), "title": label,
                     "snippet": text, "highlights": spans, "basis": doc["basis"], "cited": doc["cited"],
                     "citations": doc["citations"]})
    columns = [Column("kind", "Kind"), Column("id", "Id", no_wrap=True), Column("date", "Date", no_wrap=True),
               Column("snippet", "Match", min_width=30), CITED]
    return View(Table(columns, rows, title=f"Search: {result.query.describe()}"), data, notes)


# --- money ---------------------------------------------------------------------------------------

def convert(session: Session, *, fmt: str, amount: str | None = None, to: str | None = None,
            rate: str = "market", date: str | None = None) -> View:
    from . import money as m

    if amount is None:
        if to or date or rate != "market":
            raise UsageError("--to, --rate and --date go with an AMOUNT; without one, every figure is shown")
        return _figures(session, m)
    value = m.parse_amount(amount)
    if to is not None:
        to = to.upper()
        if to not in m.CURRENCIES:
            raise UsageError(f"--to {to}: kaesong converts between KRW and USD")
        if to == value.currency:
            raise UsageError(f"{amount!r} is already in {to}: --to names the other currency")
    chosen = _rate(session, m, rate, date)
    result = chosen.convert(value)
    rows = [{"what": "amount", "short": m.short_scale(value), "korean": m.korean_units(value), "digits": m.digits(value)},
            {"what": "converted", "short": m.short_scale(result), "korean": m.korean_units(result),
             "digits": m.digits(result)}]
    rate_rows = [{"field": "rate", "value": f"{chosen.krw_per_usd:,.2f} KRW per USD"},
                 {"field": "from", "value": chosen.described}]
    data = {"from": m.as_json(value), "to": m.as_json(result),
            "rate": chosen.as_json()}
    columns = [Column("what", ""), Column("short", "Amount", no_wrap=True), Column("korean", "Korean units", no_wrap=True),
               Column("digits", "Digits", no_wrap=True)]
    return View(Document([Table(columns, rows, title="Conversion"),
                          Table([Column("field", "Field", style="bold"), Column("value", "Value")], rate_rows,
                                title="Rate")]), data)


def _rate(session: Session, m, rate: str, date: str | None):
    key = rate.lower()
    if key in ("source", "article"):
        if date:
            raise UsageError("--date goes with the market rate; the source rate is the one the source implies")
        return m.source_rate(_source_pair(session))
    if key == "market":
        market = m.Market()
        if date:
            return market.rate(m.parse_date(date))
        return market.rate(market.last, "the latest day the rate data has")
    if date:
        raise UsageError("--date goes with the market rate, not with a rate given as a number")
    return m.given_rate(rate)


def _source_pair(session: Session) -> dict:
    """The paired figure stated by the primary source: the article's own conversion."""
    paired = [f for f in session.index.records("figure") if f.get("paired")]
    stated = [f for f in paired if f["basis"].startswith("stated")]
    if not (stated or paired):
        raise NotFound("the fact base has no figure stated in both currencies, so it implies no rate")
    return (stated or paired)[0]


def _figures(session: Session, m) -> View:
    figures = session.index.records("figure")
    if not figures:
        raise NotFound("the fact base holds no money figures")
    market = m.Market()
    rows, data = [], []
    for f in figures:
        value = m.Amount(m.Decimal(f["amount"]), f["currency"])
        day = min(max(m.period_end(f["date"]["value"]), market.first), market.last)
        at_market = market.rate(day)
        converted = at_market.convert(value)
        row = {"id": f["id"], "date": f["date"]["display"], "stated": f["stated"], "pair": "", "source_rate": "",
               "market_rate": f"{at_market.krw_per_usd:,.2f} ({at_market.day})", "at_market": m.short_scale(converted),
               "cited": f["cited"]}
        item = {**f, "market": {**at_market.as_json(), "converted": m.as_json(converted)}}
        if f.get("paired"):
            own = m.source_rate(f)
            gap = (own.krw_per_usd / at_market.krw_per_usd - 1) * 100
            row.update(pair=f["paired"]["stated"], source_rate=f"{own.krw_per_usd:,.2f} ({gap:+.1f}% vs market)")
            item["source_rate"] = {**own.as_json(), "vs_market_percent": f"{gap:.2f}"}
        rows.append(row)
        data.append(item)
    columns = [Column("id", "Figure", no_wrap=True), Column("date", "Date", no_wrap=True), Column("stated", "As stated"),
               Column("pair", "Source's pair"), Column("source_rate", "Source rate (KRW/USD)"),
               Column("market_rate", "Market rate (day)"), Column("at_market", "At market"), CITED]
    return View(Table(columns, rows, title="Money figures"), data)


# --- the fact base itself ------------------------------------------------------------------------

def sources(session: Session, *, fmt: str) -> View:
    found = session.index.records("source")
    rows = [{"id": s["id"], "role": s["role"], "kind": s["kind"], "title": s["title"],
             "publisher": s.get("publisher") or s.get("author", ""),
             "published": (s.get("published") or {}).get("display", ""),
             "paragraphs": s["paragraphs"] or "", "location": s.get("location", "")} for s in found]
    columns = [Column("id", "Id", no_wrap=True), Column("role", "Role"), Column("kind", "Kind"), Column("title", "Title"),
               Column("publisher", "By"), Column("published", "Published", no_wrap=True), Column("paragraphs", "¶"),
               Column("location", "Where")]
    return View(Table(columns, rows, title="Sources"), found)


def validate(session: Session, *, fmt: str, file: str | None = None) -> View:
    path = file or session.data_file
    base = factbase.load(path)  # a FactBaseError is reported whole by the runner
    counts = {c: len(getattr(base, c)) for c in ("sources", "entities", "events", "quotes", "figures")}
    summary = ", ".join(f"{n} {c}" for c, n in counts.items())
    data = {"file": path, "valid": True, "counts": counts, "problems": []}
    if fmt == "json":
        return View.document(data)
    return View(Raw(f"{path}: valid ({summary})"), data)


def schema(session: Session | None = None, *, fmt: str = "json") -> View:
    from .models import json_schema

    return View.document(json_schema())


COMMANDS = {"timeline": timeline, "entity": entity, "graph": graph, "quotes": quotes, "search": search,
            "convert": convert, "sources": sources, "validate": validate, "schema": schema}
