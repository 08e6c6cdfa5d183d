"""The fact base as a relational SQLite database that Datasette serves as it is.

A table per kind of fact, with primary keys, declared foreign keys (so Datasette links a row to
what it cites), an index on every foreign key and on what is filtered, and full-text search
configured by sqlite-utils the way Datasette detects it (with triggers, so an edited row stays
searchable). It reads the same records and statements as every command (the index), so the export
adds no facts of its own.

Streamed: records and statements are read from the index one at a time and inserted in batches,
table by table as they come, so memory does not grow with the fact base. The file itself is
written by safewrite.Outputs (a temporary file moved into place; nothing left behind on failure).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from ..dates import TIME_ZONES
from .schema import TABLES

BATCH = 5000
_HANGUL_RUN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]{2,}")
MAX_PART = 12  # syllables: longer runs give their parts up to this length


def hangul_parts(*texts: str | None) -> str | None:
    """Every run of Hangul in the texts with all its parts of two syllables or more, one word each:
    full-text search with unicode61 reads 개성공단 as one token, so 개성 would not find it. (FTS5's
    trigram tokenizer needs three characters, and most Korean words have two.)"""
    parts: dict[str, None] = {}
    for text in texts:
        for run in _HANGUL_RUN.findall(text or ""):
            for size in range(2, min(len(run), MAX_PART) + 1):
                for start in range(len(run) - size + 1):
                    parts[run[start:start + size]] = None
    return " ".join(parts) or None


def export_sqlite(index, tmp: str, *, progress=None) -> dict:
    """Write the database into the (empty) file `tmp`; return the number of rows of each table."""
    import sqlite_utils

    db = sqlite_utils.Database(tmp)
    try:
        db.conn.execute("PRAGMA journal_mode=OFF")  # a temporary file: nothing to roll back to
        db.conn.execute("PRAGMA synchronous=OFF")
        for name, spec in TABLES.items():
            db[name].create({column: kind for column, (kind, _) in spec.columns.items()}, pk=spec.pk,
                            foreign_keys=spec.fks or None)
        out = _Inserter(db.conn, progress, _total(index))
        rows(index, out.add, out.step)
        out.close()
        if progress:
            progress("indexing the export", 0, 1)
        for name, spec in TABLES.items():
            for column in spec.index:
                db[name].create_index([column], if_not_exists=True)
            if spec.search:
                db[name].enable_fts(spec.search, tokenize="porter", create_triggers=True)
        db.conn.commit()
        return out.counts
    finally:
        db.close()


def _total(index) -> int:
    return index.conn.execute("SELECT count(*) FROM records").fetchone()[0] + index.statement_count()


class _Inserter:
    """Rows into tables, a batch at a time per table."""

    def __init__(self, conn, progress, total: int):
        self.conn, self.progress, self.total, self.done = conn, progress, total, 0
        self.counts = {name: 0 for name in TABLES}
        self.pending: dict[str, list[tuple]] = {name: [] for name in TABLES}
        self.sql = {name: f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in spec.columns)}) "
                          f"VALUES ({', '.join('?' * len(spec.columns))})" for name, spec in TABLES.items()}
        self.columns = {name: tuple(spec.columns) for name, spec in TABLES.items()}

    def add(self, table: str, row: dict) -> None:
        batch = self.pending[table]
        batch.append(tuple(row.get(c) for c in self.columns[table]))
        if len(batch) >= BATCH:
            self._flush(table)

    def _flush(self, table: str) -> None:
        batch = self.pending[table]
        if batch:
            self.conn.executemany(self.sql[table], batch)
            self.counts[table] += len(batch)
            batch.clear()

    def step(self) -> None:
        self.done += 1
        if self.progress and self.done % 2000 == 0:
            self.progress("exporting", self.done, self.total)

    def close(self) -> None:
        for table in TABLES:
            self._flush(table)
        self.conn.commit()


def _year(date: dict | None) -> int | None:
    return int(date["value"][:4]) if date else None


def _number(amount) -> float | None:
    return float(Decimal(str(amount))) if amount not in (None, "") else None


def _date(prefix: str, date: dict | None) -> dict:
    date = date or {}
    value, tz = date.get("value"), date.get("tz")
    iso = value + TIME_ZONES[tz] if value and tz in TIME_ZONES else value
    return {prefix: value, f"{prefix}_precision": date.get("precision"), f"{prefix}_display": date.get("display"),
            f"{prefix}_tz": tz, f"{prefix}_iso": iso}


def _docs(index, kind: str, order: str = "n"):
    """The documents of one kind of record, one at a time, in kaesong's order."""
    for (doc,) in index.conn.execute(f"SELECT doc FROM records WHERE kind = ? ORDER BY {order}", (kind,)):
        yield json.loads(doc)


DATED = "sort, n"


def rows(index, add, step=lambda: None) -> None:
    """Every table's rows, from the index's records and statements: add(table, row) for each."""
    cited = [0]

    def cite(kind: str, fact: str, citations: list[dict]) -> None:
        for c in citations or []:
            for n in c.get("paragraphs") or [None]:
                cited[0] += 1
                add("citations", {"id": cited[0], "fact_kind": kind, "fact": fact, "source": c["source"],
                                  "paragraph": n})

    for s in _docs(index, "source"):
        add("sources", {"id": s["id"], "role": s["role"], "kind": s["kind"], "title": s["title"],
                        "author": s.get("author"), "publisher": s.get("publisher"),
                        **_date("published", s.get("published")), "paragraphs": s.get("paragraphs") or 0,
                        "url": s.get("url"), "location": s.get("location"), "note": s.get("note")})
        for n, text in enumerate(s.get("text") or [], start=1):
            add("paragraphs", {"source": s["id"], "paragraph": n, "text": text})
        step()
    for e in _docs(index, "entity"):
        aliases = list(dict.fromkeys(e.get("aliases", [])))
        add("entities", {"id": e["id"], "kind": e["kind"], "name": e["name"], "hangul": e.get("hangul"),
                         "aliases": " · ".join(aliases) or None, "description": e["description"],
                         "wikidata": e.get("wikidata"), "note": e.get("note"), "basis": e["basis"], "cited": e["cited"],
                         "hangul_parts": hangul_parts(e["name"], e.get("hangul"), *aliases, e["description"])})
        for a in aliases:
            add("aliases", {"entity": e["id"], "alias": a})
        cite("entity", e["id"], e["citations"])
        step()
    _statements(index, add, cite, step)
    for ev in _docs(index, "event", DATED):
        add("events", {"id": ev["id"], **_date("date", ev["date"]), "date_stated": ev["date"].get("stated"),
                       "date_resolved": ev["date"].get("resolved"), **_date("end", ev.get("end")),
                       "year": _year(ev["date"]), "title": ev["title"], "summary": ev["summary"],
                       "note": ev.get("note"), "basis": ev["basis"], "cited": ev["cited"]})
        for x in dict.fromkeys(ev.get("entities", [])):
            add("event_entities", {"event": ev["id"], "entity": x})
        for x in dict.fromkeys(ev.get("caused_by", [])):
            add("event_causes", {"event": ev["id"], "cause": x})
        cite("event", ev["id"], ev["citations"])
        step()
    for q in _docs(index, "quote", DATED):
        add("quotations", {"id": q["id"], "text": q["text"], "speaker": q["speaker"],
                           "speaker_name": q["speaker_name"], **_date("date", q["date"]), "year": _year(q["date"]),
                           "context": q["context"], "caveat": q.get("caveat"), "note": q.get("note"),
                           "basis": q["basis"], "cited": q["cited"]})
        for x in dict.fromkeys(q.get("about", [])):
            add("quotation_about", {"quotation": q["id"], "entity": x})
        cite("quotation", q["id"], q["citations"])
        step()
    for f in _docs(index, "figure", DATED):
        paired = f.get("paired") or {}
        add("figures", {"id": f["id"], "amount": _number(f["amount"]), "amount_exact": str(f["amount"]),
                        "currency": f["currency"], "stated": f["stated"],
                        "paired_amount": _number(paired.get("amount")),
                        "paired_amount_exact": str(paired["amount"]) if paired else None,
                        "paired_currency": paired.get("currency"), "paired_stated": paired.get("stated"),
                        **_date("date", f["date"]), "year": _year(f["date"]), "paid_for": f["paid_for"],
                        "part_of": f.get("part_of"), "note": f.get("note"), "basis": f["basis"], "cited": f["cited"]})
        for x in dict.fromkeys(f.get("entities", [])):
            add("figure_entities", {"figure": f["id"], "entity": x})
        cite("figure", f["id"], f["citations"])
        step()
    _claims(index, add, cite, step)


RANKS = {"preferred": 0, "normal": 1, "deprecated": 2}


def _claims(index, add, cite, step) -> None:
    kinds = dict(index.conn.execute(
        "SELECT a.id, a.kind FROM records c JOIN records a ON a.id = json_extract(c.doc, '$.about') "
        "WHERE c.kind = 'claim'"))
    for number, c in enumerate(_docs(index, "claim", DATED), start=1):
        add("claims", {"id": c["id"], "number": number, "about": c["about"], "about_kind": kinds.get(c["about"]),
                       "property": c["property"], "summary": c.get("summary"), **_date("date", c.get("date")),
                       "note": c.get("note")})
        for position, v in enumerate(c["values"], start=1):
            amount = v.get("amount") or {}
            vid = f"{c['id']}#{position}"
            add("claim_values", {"id": vid, "claim": c["id"], "position": position, "value": v["value"],
                                 "rank": v["rank"], "rank_order": RANKS[v["rank"]], "reason": v.get("reason"),
                                 "by": v.get("by"),
                                 **_date("date", v.get("date")), "amount": _number(amount.get("amount")),
                                 "amount_exact": str(amount["amount"]) if amount else None,
                                 "currency": amount.get("currency"), "stated": amount.get("stated"),
                                 "basis": v["basis"], "cited": v["cited"]})
            cite("claim_value", vid, v["citations"])
        step()


def _statements(index, add, cite, step) -> None:
    from ..statements import searchable

    for (doc,) in index.conn.execute("SELECT doc FROM statements ORDER BY sn"):
        st = json.loads(doc)
        date = st.get("date")
        if st["kind"] == "attribute":
            add("attributes", {"id": st["id"], "entity": st["record"], "name": st["attribute"], "value": st["value"],
                               "note": st.get("note"), "basis": st["basis"], "cited": st["cited"]})
            cite("attribute", st["id"], st["citations"])
        elif st["kind"] == "relation":
            add("relations", {"id": st["id"], "entity": st["record"], "type": st["relation"], "target": st["target"],
                              "sentence": st["sentence"], "basis": st["basis"], "cited": st["cited"]})
            cite("relation", st["id"], st["citations"])
        title, body = searchable(st)
        add("statements", {"id": st["id"], "kind": st["kind"], "record": st["record"], "label": st["label"],
                           "sentence": st["sentence"], **_date("date", date), "year": _year(date),
                           "speaker": st.get("speaker"), "caveat": st.get("caveat"), "note": st.get("note"),
                           "date_stated": (date or {}).get("stated"), "date_resolved": (date or {}).get("resolved"),
                           "names": " · ".join(dict.fromkeys(st.get("names", []))) or None,
                           "basis": st["basis"], "cited": st["cited"],
                           "citations": json.dumps(st["citations"], ensure_ascii=False),
                           "hangul_parts": hangul_parts(title, body)})
        step()
