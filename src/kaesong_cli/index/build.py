"""Building the index from a validated fact base: records, names, links, relations, the
statements (statements.py) and their full-text search, with a precomputed one-word ranking."""

from __future__ import annotations

import json
import re
import sqlite3
import time

from . import HANGUL, normalize_name

_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE records(n INTEGER PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL UNIQUE,
                     sort TEXT, doc TEXT NOT NULL);
CREATE TABLE names(norm TEXT NOT NULL, entity TEXT NOT NULL, label TEXT NOT NULL);
CREATE TABLE links(entity TEXT NOT NULL, role TEXT NOT NULL, n INTEGER NOT NULL);
CREATE TABLE relations(source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE vocab(word TEXT PRIMARY KEY, token TEXT) WITHOUT ROWID;
CREATE TABLE impact(token TEXT NOT NULL, score REAL NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY (token, score, n)) WITHOUT ROWID;
CREATE TABLE statements(sn INTEGER PRIMARY KEY, n INTEGER NOT NULL, kind TEXT NOT NULL, rkind TEXT NOT NULL,
                        id TEXT NOT NULL UNIQUE, sort TEXT, doc TEXT NOT NULL);
CREATE TABLE about(entity TEXT NOT NULL, sn INTEGER NOT NULL);  -- the entities each statement concerns
CREATE TABLE cites(evidence INTEGER NOT NULL, fact INTEGER NOT NULL);  -- a fact's cited paragraphs and sources
CREATE TABLE hangul(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2');
-- fts, hangul and impact rows are statements (rowid = statements.sn); a word's search token, and
-- each token's statements best first, are filled in by _impacts()
"""
_INDEXES = """
CREATE INDEX records_by_date ON records(kind, sort);
CREATE INDEX names_by_norm ON names(norm);
CREATE INDEX links_by_entity ON links(entity);
CREATE INDEX relations_by_source ON relations(source);
CREATE INDEX relations_by_target ON relations(target);
CREATE INDEX statements_by_record ON statements(n);
CREATE INDEX about_by_entity ON about(entity);
CREATE INDEX cites_by_evidence ON cites(evidence);
CREATE INDEX cites_by_fact ON cites(fact);
"""
_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]{2}")  # this module is imported only to build
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HANGUL = re.compile(HANGUL)
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
try:  # orjson writes the 250,000 documents of a 100,000-event base four times as fast as json
    import orjson
except ImportError:  # pragma: no cover - a declared dependency; json gives the same documents
    orjson = None


def _JSON(doc) -> str:
    if orjson is not None:
        try:
            return orjson.dumps(doc).decode()
        except TypeError:  # what orjson does not write (an integer beyond 64 bits): json does
            pass
    return _json(doc)


BATCH = 10_000  # statements written at a time


def build(conn: sqlite3.Connection, base, key: str, progress = None) -> None:
    """Write the index of a validated models.FactBase into an empty database."""
    from ..docs import documents
    from ..statements import RECORD_KIND, searchable, statements

    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _DDL)
    total = sum(len(getattr(base, c)) for c in ("sources", "entities", "events", "quotes", "figures", "claims"))
    records, names, links, relations, docs = [], [], [], [], []
    for n, doc in enumerate(documents(base), start=1):
        kind = doc["record"]
        docs.append(doc)
        records.append((n, kind, doc["id"], (doc.get("date") or {}).get("value"), _JSON(doc)))
        for role, entity in _links(doc):
            links.append((entity, role, n))
        if kind == "entity":
            for label in (doc["id"], doc["name"], doc.get("hangul"), *doc.get("aliases", [])):
                if label:
                    names.append((normalize_name(label), doc["id"], label))
            for rel in doc.get("relations", []):
                relations.append((doc["id"], rel["type"], rel["target"],
                                  _JSON({"source": doc["id"], **rel})))
        if progress and n % 2000 == 0:
            progress("indexing", n, total)
    # written as they are made, a batch at a time, so that the rows do not all wait in memory
    conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?)", records)
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    conn.executemany("INSERT INTO links VALUES (?, ?, ?)", links)
    conn.executemany("INSERT INTO relations VALUES (?, ?, ?, ?)", relations)
    del records, names, links, relations
    numbers = {doc["id"]: n for n, doc in enumerate(docs, start=1)}
    rows, about, fts, hangul, vocab = [], [], [], [], set()
    evidence, citing = {}, []  # paragraphs and sources by statement id; (fact, its citations)

    def flush() -> None:
        conn.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO about VALUES (?, ?)", about)
        conn.executemany("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", fts)
        conn.executemany("INSERT INTO hangul VALUES (?, ?)", hangul)
        for batch in (rows, about, fts, hangul):
            batch.clear()

    for sn, st in enumerate(statements(docs), start=1):
        about += [(entity, sn) for entity in dict.fromkeys(st.get("entities", []))]
        rows.append((sn, numbers[st["record"]], st["kind"], RECORD_KIND[st["kind"]], st["id"],
                     (st.get("date") or {}).get("value"), _JSON(st)))
        if st["kind"] in ("paragraph", "source"):
            evidence[st["id"]] = sn
        elif st.get("citations"):
            citing.append((sn, st["citations"]))
        title, body = (_CONTROL.sub(" ", part) for part in searchable(st))
        fts.append((sn, title, body))
        if _HANGUL.search(title) or _HANGUL.search(body):
            hangul.append((sn, f"{title} — {body}"))
        vocab.update(_WORD.findall(title.lower()))
        vocab.update(_WORD.findall(body.lower()))
        if len(rows) >= BATCH:
            flush()
    flush()
    del docs
    conn.executemany("INSERT INTO cites VALUES (?, ?)", _cites(evidence, citing))
    del evidence, citing
    _vocabulary(conn, sorted(vocab))
    if progress:
        progress("ranking", 0, 1)
    _impacts(conn)
    conn.executescript(_INDEXES)
    meta = {"key": key, "title": base.title, "description": base.description, "built": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.commit()
    if progress:
        progress("ranking", 1, 1)


# FTS5's BM25 (fts5_aux.c): idf * f*(k1+1) / (f + k1*(1 - b + b*D/avgdl)), f the weighted count of
# the token in the record, D the record's length in tokens. For one word, idf is the same for every
# record, so the order is that of the rest: computed here once per (token, record), a query for one
# word reads its best records in order instead of scoring every match (a common word in 100,000
# events: 25,000 matches, 17 ms; read in order: 0.01 ms). Equal to bm25() in tests/test_search.py.
_K1, _B, _WEIGHTS = 1.2, 0.75, {"title": 4.0, "body": 1.0}


def _impacts(conn: sqlite3.Connection) -> None:
    conn.executescript("""
        CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, fts, instance);
        CREATE TEMP TABLE lengths(doc INTEGER PRIMARY KEY, len INTEGER NOT NULL);
    """)
    # Each row's length in tokens, as bm25() counts it: FTS5 keeps it in its docsize table, one
    # varint per column (reading it there spares a second pass over every token instance).
    conn.executemany("INSERT INTO temp.lengths VALUES (?, ?)",
                     ((doc, sum(_varints(sizes))) for doc, sizes in conn.execute("SELECT id, sz FROM fts_docsize")))
    n_rows, n_tokens = conn.execute("SELECT count(*), sum(len) FROM temp.lengths").fetchone()
    if not n_rows:
        return
    avgdl = n_tokens / n_rows
    conn.execute(f"""
        INSERT INTO impact SELECT i.term, -((i.f * ({_K1} + 1.0)) / (i.f + {_K1} * (1 - {_B} + {_B} * l.len / ?))), i.doc
        FROM (SELECT term, doc, sum(CASE col WHEN 'title' THEN {_WEIGHTS['title']} ELSE {_WEIGHTS['body']} END) AS f
              FROM temp.instances GROUP BY term, doc) i JOIN temp.lengths l USING (doc)
        ORDER BY 1, 2, 3""", (avgdl,))
    conn.executescript("DROP TABLE temp.lengths; DROP TABLE temp.instances;")


def _varints(blob: bytes) -> list[int]:
    """SQLite's varints (7 bits a byte, high bit set on all but the last; a ninth byte gives 8)."""
    out, value, count = [], 0, 0
    for byte in blob:
        count += 1
        if count == 9:
            out.append((value << 8) | byte)
            value, count = 0, 0
        elif byte & 0x80:
            value = (value << 7) | (byte & 0x7F)
        else:
            out.append((value << 7) | byte)
            value, count = 0, 0
    return out


def _vocabulary(conn: sqlite3.Connection, words: list[str]) -> None:
    """The fact base's words (for typo suggestions and prefixes), each with its search token as
    FTS5 itself makes it ('leaflets' -> 'leaflet'); a word that makes several tokens has none."""
    conn.executescript("""
        CREATE VIRTUAL TABLE temp.tokenizer USING fts5(word, tokenize='porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(temp, tokenizer, instance);
    """)
    conn.executemany("INSERT INTO temp.tokenizer(rowid, word) VALUES (?, ?)", enumerate(words, start=1))
    tokens = dict(conn.execute("SELECT doc, min(term) FROM temp.tokens GROUP BY doc HAVING count(*) = 1"))
    conn.executemany("INSERT INTO vocab VALUES (?, ?)", ((w, tokens.get(i)) for i, w in enumerate(words, start=1)))
    conn.executescript("DROP TABLE temp.tokens; DROP TABLE temp.tokenizer;")


def _cites(evidence: dict[str, int], citing: list[tuple[int, list]]) -> list[tuple[int, int]]:
    """(evidence, fact) statement numbers: each cited paragraph of a fact, or the cited source's
    title where no paragraph is given (ask ranks a fact by its own words and its evidence's)."""
    out = []
    for sn, citations in citing:
        for citation in citations:
            paragraphs = citation.get("paragraphs") or []
            keys = [f"{citation['source']}:{p}" for p in paragraphs] or [f"source:{citation['source']}"]
            out += [(evidence[k], sn) for k in keys if k in evidence]
    return out


def _links(doc: dict) -> list[tuple[str, str]]:
    kind = doc["record"]
    if kind == "event":
        return [("event", e) for e in doc.get("entities", [])]
    if kind == "quote":
        return [("speaker", doc["speaker"])] + [("about", e) for e in doc.get("about", [])]
    if kind == "figure":
        return [("figure", e) for e in doc.get("entities", [])]
    if kind == "claim":
        return [("claim", e) for e in doc.get("entities", [])]
    return []
