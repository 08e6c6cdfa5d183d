"""`kaesong sources`, `kaesong validate` and `kaesong schema`: the fact base itself."""

from __future__ import annotations

from .. import factbase
from ..errors import NotFound, UsageError, excerpt
from ..output import Column, Document, Raw, Table, View, text_of, value_at
from . import Session

SOURCE_COLUMNS = [Column("id", "Id"), Column("role", "Role"), Column("kind", "Kind"), Column("title", "Title"),
                  Column("publisher", "Publisher"), Column("author", "Author", under="publisher", template="by {}"),
                  Column("published.display", "Published"), Column("paragraphs", "¶"),
                  Column("url", "Address"), Column("location", "Where", under="url")]


CARD = [Column("field", "Field", style="bold"), Column("value", "Value")]
PARAGRAPHS = [Column("paragraph", "¶"), Column("text", "Text"), Column("source", "Source", in_table=False)]


def sources(session: Session, *, fmt: str, source: str | None = None, paragraphs: str | None = None) -> View:
    index = session.index
    if source is None:
        if paragraphs:
            raise UsageError("PARAGRAPHS go with a source: kaesong sources article 14")
        found = [{k: v for k, v in s.items() if k != "text"} | {"has_text": "text" in s}
                 for s in index.records("source")]
        return View(Table(SOURCE_COLUMNS, found, title="Sources"), found)
    doc = _source(index, source)
    text = doc.get("text")
    if paragraphs is None:
        fields = [(c.header.lower(), text_of(value_at(doc, c.key))) for c in SOURCE_COLUMNS if c.key != "id"]
        card = [{"field": "id", "value": doc["id"]}] + [{"field": k, "value": v} for k, v in fields if v not in ("", None, "0")]
        if doc.get("note"):
            card.append({"field": "note", "value": doc["note"]})
        sections = [Table(CARD, card, title=doc["title"], card=True)]
        if text:
            sections.append(Table(PARAGRAPHS, _paragraphs(doc, range(1, len(text) + 1)), title="Text", card=True))
        return View(Document(sections), doc)
    if not text:
        where = (f"; read it at {doc['url']}" if doc.get("url")
                 else f"; it is at {doc['location']}" if doc.get("location") else "")
        raise NotFound(f"{doc['id']} has no bundled text{where}")
    wanted = parse_paragraphs(paragraphs)
    missing = [n for n in wanted if not 1 <= n <= len(text)]
    if missing:
        raise NotFound(f"{doc['id']} has no paragraph {missing[0]}: it has {len(text)}, numbered from 1")
    rows = _paragraphs(doc, wanted)
    return View(Table(PARAGRAPHS, rows, title=doc["title"], card=True), rows)


def _paragraphs(doc: dict, numbers) -> list[dict]:
    return [{"source": doc["id"], "paragraph": n, "text": doc["text"][n - 1]} for n in numbers]


def _source(index, wanted: str) -> dict:
    found = index.get(wanted)
    if found and found[0] == "source":
        return found[1]
    from rapidfuzz import fuzz, process

    ids = [s["id"] for s in index.records("source")]
    near = [m[0] for m in process.extract(wanted, ids, scorer=fuzz.WRatio, limit=3, score_cutoff=70)]
    hint = f"; did you mean {' or '.join(near)}?" if near else "; 'kaesong sources' lists them all"
    raise NotFound(f"no source {excerpt(wanted)}{hint}")


def parse_paragraphs(spec: str) -> list[int]:
    """'14', '13-14', '13,16' and '13-14,16' to paragraph numbers, in the order given."""
    numbers: list[int] = []
    for part in spec.replace(" ", "").split(","):
        low, dash, high = part.partition("-")
        if not (low.isdigit() and (not dash or high.isdigit())) or len(part) > 12:
            raise UsageError(f"paragraphs {excerpt(spec)}: give numbers like 14, 13-14 or 13,16")
        first, last = int(low), int(high) if dash else int(low)
        if last < first or last - first > 100_000:
            raise UsageError(f"paragraphs {excerpt(spec)}: a range goes from the lower number to the higher")
        numbers += [n for n in range(first, last + 1) if n not in numbers]
    return numbers


def validate(session: Session, *, fmt: str, file: str | None = None, report: bool = False) -> View:
    from .. import support

    path = file or session.data_file
    base = factbase.load(path)  # the contract and the support check; a FactBaseError is reported whole by the runner
    checked = support.check(base)  # again, for the coverage (a hundredth of a second on the bundled base)
    counts = {c: len(getattr(base, c)) for c in ("sources", "entities", "events", "quotes", "figures", "claims")}
    summary = ", ".join(f"{n} {c}" for c, n in counts.items())
    coverage = checked.as_json()
    data = {"file": path, "valid": True, "counts": counts, "problems": [],
            "support": coverage if report else {k: v for k, v in coverage.items() if k != "values"}}
    if fmt == "json":
        return View.document(data)
    text = f"{path}: valid ({summary})"
    if report:
        text += "\n" + coverage_text(checked)
    return View(Raw(text), data)


def coverage_text(checked) -> str:
    """validate --report: how much of the record the support check could hold to its sources."""
    derived: dict[str, int] = {}
    for o in checked.outcomes:
        if o["status"] == "derived":
            derived[o["how"]] = derived.get(o["how"], 0) + 1
    held = sorted({o["where"].split(" ¶")[0] for o in checked.outcomes if o.get("where")})
    ways = ", ".join(f"{how} {n}" for how, n in sorted(derived.items(), key=lambda kv: -kv[1]))
    lines = [
        "Support check (facts that cite a source whose text the base holds" + (f": {', '.join(held)})" if held else ")"),
        f"  facts             {checked.facts} ({checked.checked} cite held text and were checked)",
        f"  values checked    {len(checked.outcomes)} (dates, times, amounts, counts and names)",
        f"  found             {checked.count('found')} (in a paragraph the fact cites)",
        f"  derived           {checked.count('derived')}" + (f" ({ways})" if ways else ""),
        f"  unsupported       {checked.count('unsupported')}",
        f"  arithmetic        {checked.arithmetic} declared sums and conversions checked (on any fact)",
    ]
    return "\n".join(lines)


def schema(session: Session | None = None, *, fmt: str = "json") -> View:
    from ..models import json_schema

    return View.document(json_schema())
