"""The fact base as a relational SQLite database that Datasette serves as it is.

A table per kind of fact, with primary keys, declared foreign keys (so Datasette links a row to
what it cites), indexes on what is filtered, and full-text search configured by sqlite-utils the
way Datasette detects it. It reads the same records and statements as every command (the index),
so the export adds no facts of its own. Written to a temporary file beside the target and moved
into place: an interrupted export never leaves half a database.
"""

from __future__ import annotations

import json
import os
import tempfile

from ..errors import UsageError, excerpt
from .schema import TABLES


def export_sqlite(index, path: str, *, force: bool = False, progress=None) -> dict:
    """Write the database; return the number of rows of each table."""
    import sqlite_utils

    if os.path.isdir(path):
        raise UsageError(f"{excerpt(path)} is a folder: give the database's file name")
    if os.path.exists(path) and not force:
        raise UsageError(f"{excerpt(path)} exists: add --force to replace it")
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".kaesong-export-", suffix=".db", dir=folder)
    os.close(fd)
    os.unlink(tmp)  # sqlite-utils creates it
    try:
        db = sqlite_utils.Database(tmp)
        counts = _write(db, rows(index), progress)
        db.close()
        os.replace(tmp, path)
        return counts
    finally:
        for leftover in (tmp, tmp + "-journal", tmp + "-wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)


def _write(db, tables: dict[str, list[dict]], progress) -> dict:
    counts = {}
    total = sum(len(r) for r in tables.values())
    done = 0
    for name, spec in TABLES.items():
        records = tables[name]
        table = db[name]
        table.create({column: kind for column, (kind, _) in spec.columns.items()}, pk=spec.pk,
                     foreign_keys=spec.fks or None)
        for start in range(0, len(records), 5000):
            chunk = records[start:start + 5000]
            table.insert_all(chunk, batch_size=5000)
            done += len(chunk)
            if progress:
                progress("exporting", done, total)
        for column in spec.index:
            table.create_index([column], if_not_exists=True)
        if spec.search:
            table.enable_fts(spec.search, tokenize="porter")
        counts[name] = len(records)
    return counts


def _year(date: dict | None) -> int | None:
    return int(date["value"][:4]) if date else None


def _date(prefix: str, date: dict | None) -> dict:
    date = date or {}
    return {prefix: date.get("value"), f"{prefix}_precision": date.get("precision"), f"{prefix}_display": date.get("display")}


def rows(index) -> dict[str, list[dict]]:
    """Every table's rows, from the index's records and statements."""
    out: dict[str, list[dict]] = {name: [] for name in TABLES}
    citations = out["citations"]

    def cite(kind: str, fact: str, cited: list[dict]) -> None:
        for c in cited or []:
            for n in c.get("paragraphs") or [None]:
                citations.append({"id": len(citations) + 1, "fact_kind": kind, "fact": fact, "source": c["source"],
                                  "paragraph": n})

    for s in index.records("source"):
        out["sources"].append({"id": s["id"], "role": s["role"], "kind": s["kind"], "title": s["title"],
                               "author": s.get("author"), "publisher": s.get("publisher"),
                               **_date("published", s.get("published")), "paragraphs": s.get("paragraphs") or 0,
                               "url": s.get("url"), "location": s.get("location"), "note": s.get("note")})
        for n, text in enumerate(s.get("text") or [], start=1):
            out["paragraphs"].append({"source": s["id"], "paragraph": n, "text": text})
    for e in index.records("entity"):
        out["entities"].append({"id": e["id"], "kind": e["kind"], "name": e["name"], "hangul": e.get("hangul"),
                                "description": e["description"], "wikidata": e.get("wikidata"), "note": e.get("note"),
                                "basis": e["basis"], "cited": e["cited"]})
        out["aliases"] += [{"entity": e["id"], "alias": a} for a in dict.fromkeys(e.get("aliases", []))]
        cite("entity", e["id"], e["citations"])
    for st in index.statements():
        if st["kind"] == "attribute":
            out["attributes"].append({"id": st["id"], "entity": st["record"], "name": st["attribute"],
                                      "value": st["value"], "note": st.get("note"),
                                      "basis": st["basis"], "cited": st["cited"]})
            cite("attribute", st["id"], st["citations"])
        elif st["kind"] == "relation":
            out["relations"].append({"id": st["id"], "entity": st["record"], "type": st["relation"],
                                     "target": st["target"], "sentence": st["sentence"], "basis": st["basis"],
                                     "cited": st["cited"]})
            cite("relation", st["id"], st["citations"])
        out["statements"].append({"id": st["id"], "kind": st["kind"], "record": st["record"], "label": st["label"],
                                  "sentence": st["sentence"], **_date("date", st.get("date")),
                                  "year": _year(st.get("date")), "speaker": st.get("speaker"), "caveat": st.get("caveat"),
                                  "note": st.get("note"), "basis": st["basis"], "cited": st["cited"],
                                  "citations": json.dumps(st["citations"], ensure_ascii=False)})
    for ev in index.records("event"):
        out["events"].append({"id": ev["id"], **_date("date", ev["date"]), "date_stated": ev["date"].get("stated"),
                              "date_resolved": ev["date"].get("resolved"), **_date("end", ev.get("end")),
                              "year": _year(ev["date"]), "title": ev["title"], "summary": ev["summary"],
                              "note": ev.get("note"), "basis": ev["basis"], "cited": ev["cited"]})
        out["event_entities"] += [{"event": ev["id"], "entity": x} for x in dict.fromkeys(ev.get("entities", []))]
        out["event_causes"] += [{"event": ev["id"], "cause": x} for x in dict.fromkeys(ev.get("caused_by", []))]
        cite("event", ev["id"], ev["citations"])
    for q in index.records("quote"):
        out["quotations"].append({"id": q["id"], "text": q["text"], "speaker": q["speaker"],
                                  "speaker_name": q["speaker_name"], **_date("date", q["date"]), "year": _year(q["date"]),
                                  "context": q["context"], "caveat": q.get("caveat"), "note": q.get("note"),
                                  "basis": q["basis"], "cited": q["cited"]})
        out["quotation_about"] += [{"quotation": q["id"], "entity": x} for x in dict.fromkeys(q.get("about", []))]
        cite("quotation", q["id"], q["citations"])
    for f in index.records("figure"):
        paired = f.get("paired") or {}
        out["figures"].append({"id": f["id"], "amount": f["amount"], "currency": f["currency"], "stated": f["stated"],
                               "paired_amount": paired.get("amount"), "paired_currency": paired.get("currency"),
                               "paired_stated": paired.get("stated"), **_date("date", f["date"]), "year": _year(f["date"]),
                               "paid_for": f["paid_for"], "part_of": f.get("part_of"), "note": f.get("note"),
                               "basis": f["basis"], "cited": f["cited"]})
        out["figure_entities"] += [{"figure": f["id"], "entity": x} for x in dict.fromkeys(f.get("entities", []))]
        cite("figure", f["id"], f["citations"])
    return out
