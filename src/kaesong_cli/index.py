"""The derived index: a SQLite file built once from a validated fact base, then only read.

Reading commands open the cached index and never import pydantic. The cache is keyed by the data
file's real path, size, modification time and kaesong's version; a missing, stale or corrupt
index is rebuilt, and when the cache folder cannot be written the index is built in memory.
Builds write a temporary file and rename it into place, so concurrent first runs both succeed
and an interrupted build leaves nothing half-written.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import zlib

from . import __version__
from .cachedir import cache_dir

SCHEMA = 3
KINDS = ("source", "entity", "event", "quote", "figure")
SEARCHED = ("quote", "event", "entity", "figure")  # what the fts table holds

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
CREATE TABLE hangul(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2');
-- a word's search token, and each token's records best first, are filled in by _impacts()
"""
_INDEXES = """
CREATE INDEX records_by_date ON records(kind, sort);
CREATE INDEX names_by_norm ON names(norm);
CREATE INDEX links_by_entity ON links(entity);
CREATE INDEX relations_by_source ON relations(source);
CREATE INDEX relations_by_target ON relations(target);
"""
_WORD = r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]{2}"  # patterns compiled when first used: not on start-up
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"
HANGUL = r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"


def normalize_name(text: str) -> str:
    """How names are compared: case, spaces, hyphens and punctuation do not matter."""
    return re.sub(r"[\W_]+", "", text.casefold())


class Index:
    """Read access to a built index; every method returns plain dicts and strings."""

    def __init__(self, conn: sqlite3.Connection, data_file: str):
        self.conn = conn
        self.data_file = data_file

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def records(self, kind: str, since: str | None = None, until: str | None = None,
                ns=None) -> list[dict]:
        """Records of one kind in date order (then data order), optionally within [since, until]
        (sort keys: see dates.upper_bound) and among the record numbers ns."""
        sql, args = "SELECT doc FROM records WHERE kind = ?" + _window("sort", since, until), [kind]
        args += [d for d in (since, until) if d]
        if ns is not None:
            ns = list(ns)
            sql += f" AND n IN ({','.join('?' * len(ns))})"
            args.extend(ns)
        sql += " ORDER BY sort, n" if kind in ("event", "quote", "figure") else " ORDER BY n"
        return [json.loads(doc) for (doc,) in self.conn.execute(sql, args)]

    def get(self, record_id: str) -> tuple[str, dict] | None:
        row = self.conn.execute("SELECT kind, doc FROM records WHERE id = ?", (record_id,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def entity_ids_named(self, name: str) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT entity FROM names WHERE norm = ? ORDER BY entity",
                                 (normalize_name(name),))
        return [r[0] for r in rows]

    def names(self) -> list[tuple[str, str]]:
        """Every (label, entity id) a user may type: ids, names, aliases, Hangul names."""
        return self.conn.execute("SELECT label, entity FROM names").fetchall()

    def linked_numbers(self, entity: str, roles: tuple[str, ...]) -> list[int]:
        """Record numbers of the records an entity takes part in, in the given roles."""
        rows = self.conn.execute(
            f"SELECT DISTINCT n FROM links WHERE entity = ? AND role IN ({','.join('?' * len(roles))})",
            (entity, *roles))
        return [r[0] for r in rows]

    def linked(self, entity: str, kind: str, roles: tuple[str, ...]) -> list[dict]:
        return self.records(kind, ns=self.linked_numbers(entity, roles))

    def relations(self, entity: str | None = None) -> list[dict]:
        if entity is None:
            rows = self.conn.execute("SELECT doc FROM relations ORDER BY rowid")
        else:
            rows = self.conn.execute("SELECT doc FROM relations WHERE source = ? OR target = ? ORDER BY rowid",
                                     (entity, entity))
        return [json.loads(doc) for (doc,) in rows]

    def full_text(self, match: str, kinds: tuple[str, ...], since: str | None, until: str | None,
                  speaker: str | None, limit: int, word: str | None = None) -> list[dict]:
        """FTS5 query, best first (BM25; titles weigh more than bodies; ties in data order), with
        a marked snippet. `word` is the query when it is one plain word: then the ranking is read
        from the impact table instead of scoring every match (see _impacts).

        The ranking query carries record numbers only; documents and snippets are fetched for the
        hits kept (carrying every match's document through the sort doubled the time of a common
        word at 100,000 events)."""
        token = self._token(word) if word else None
        if token:  # best first in the table's own order; filters stop the walk at `limit` hits
            join, args = self._restrict("i.n", kinds, since, until, speaker)
            top = self.conn.execute(f"SELECT i.n FROM impact i{join} WHERE i.token = ? ORDER BY i.score, i.n LIMIT ?",
                                    (*args, token, limit))
        else:
            join, args = self._restrict("fts.rowid", kinds, since, until, speaker)
            top = self.conn.execute(f"SELECT fts.rowid FROM fts{join} WHERE fts MATCH ? "
                                    "ORDER BY bm25(fts, 4.0, 1.0), fts.rowid LIMIT ?", (*args, match, limit))
        ns = [n for (n,) in top]
        if not ns:
            return []
        marks = ",".join("?" * len(ns))
        snippets = dict(self.conn.execute(
            f"SELECT rowid, snippet(fts, -1, char(2), char(3), '…', 14) FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
            (match, *ns)))
        return self._hits(ns, snippets)

    def _token(self, word: str) -> str | None:
        row = self.conn.execute("SELECT token FROM vocab WHERE word = ?", (word.lower(),)).fetchone()
        return row[0] if row else None

    def substring(self, terms: list[str], kinds: tuple[str, ...], since: str | None, until: str | None,
                  speaker: str | None, limit: int) -> list[dict]:
        """Every term as a substring, in data order (Hangul, which FTS5 does not split into words).
        Only records holding Hangul are scanned: they have a table of their own."""
        like = ["%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in terms]
        join, args = self._restrict("hangul.rowid", kinds, since, until, speaker)
        texts = self.conn.execute(
            f"SELECT hangul.rowid, text FROM hangul{join} WHERE "
            + " AND ".join("text LIKE ? ESCAPE '\\'" for _ in terms)
            + " ORDER BY hangul.rowid LIMIT ?", (*args, *like, limit)).fetchall()
        return self._hits([n for n, _ in texts], dict(texts))

    def _restrict(self, key: str, kinds, since, until, speaker) -> tuple[str, list]:
        """(joins, their parameters) for the search filters; nothing when none is asked for.

        A CROSS JOIN, which SQLite never reorders: the text search stays the outer loop and each of
        its matches is looked up in records. Written as `rowid IN (SELECT ...)`, the planner drove
        the query from the records instead, probing FTS5 once per record (11 s at 100,000 events)."""
        join, args = "", []
        if set(kinds) != set(SEARCHED) or since or until:
            join += (f" CROSS JOIN records r ON r.n = {key} AND r.kind IN ({','.join('?' * len(kinds))})"
                     + _window("r.sort", since, until))
            args += [*kinds, *(d for d in (since, until) if d)]
        if speaker:
            join += f" CROSS JOIN links l ON l.n = {key} AND l.role = 'speaker' AND l.entity = ?"
            args.append(speaker)
        return join, args

    def _hits(self, ns: list[int], snippets: dict[int, str]) -> list[dict]:
        docs = {n: (kind, doc) for n, kind, doc in self.conn.execute(
            f"SELECT n, kind, doc FROM records WHERE n IN ({','.join('?' * len(ns))})", ns)}
        return [{"kind": docs[n][0], "doc": json.loads(docs[n][1]), "snippet": snippets[n]} for n in ns]

    def words_starting(self, prefix: str, limit: int = 64) -> list[str]:
        rows = self.conn.execute("SELECT word FROM vocab WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
                                 (prefix, prefix + "\U0010ffff", limit))
        return [w for (w,) in rows]

    def vocabulary(self) -> list[str]:
        return [w for (w,) in self.conn.execute("SELECT word FROM vocab")]


def _window(column: str, since: str | None, until: str | None) -> str:
    """SQL for an inclusive window of sort keys; its parameters are since, until (those given)."""
    return (f" AND {column} >= ?" if since else "") + (f" AND {column} <= ?" if until else "")


# --- opening, with the cache ---------------------------------------------------------------------

def _identity(data_file: str) -> tuple[str, str, str]:
    """(file-name stem, file name, full key): the stem groups one data file's indexes; the full key
    is stored in the index and checked on open, so a clash of the short names is harmless."""
    real = os.path.realpath(data_file)
    st = os.stat(real)  # FileNotFoundError etc. are reported by the caller
    stem = f"index-{zlib.crc32(real.encode('utf-8', 'surrogateescape')):08x}"
    key = f"{real}\0{st.st_size}\0{st.st_mtime_ns}\0{__version__}\0{SCHEMA}"
    return stem, f"{stem}-{zlib.crc32(key.encode('utf-8', 'surrogateescape')):08x}", key


def open_index(data_file: str, progress = None) -> Index:
    """The index of a fact-base file: from the cache when fresh, else built (and cached if we can)."""
    from .factbase import read_bytes

    try:
        stem, name, key = _identity(data_file)
    except OSError:
        read_bytes(data_file)  # raises the FactBaseError that names the problem
        raise
    folder = cache_dir()
    path = os.path.join(folder, name + ".sqlite")
    conn = _open_cached(path, key)
    if conn is not None:
        return Index(conn, data_file)
    base = _load(data_file, progress)
    conn = _build_cached(base, folder, stem, path, key, progress)
    if conn is None:  # the cache cannot be written: work from memory this time
        conn = sqlite3.connect(":memory:")
        build(conn, base, key, progress)
    return Index(conn, data_file)


def _open_cached(path: str, key: str) -> sqlite3.Connection | None:
    if not os.path.isfile(path):
        return None
    uri = "file:" + path.replace("%", "%25").replace("?", "%3f").replace("#", "%23") + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        row = conn.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        if row and row[0] == key:
            return conn
        conn.close()
    except sqlite3.Error:  # corrupt, truncated or not a database: rebuild it
        pass
    return None


def _load(data_file: str, progress):
    from .factbase import load

    if progress:
        progress("validating", 0, 1)
    return load(data_file)


def _build_cached(base, folder: str, stem: str, path: str, key: str, progress):
    import tempfile

    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{stem}-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError:
        return None
    try:
        conn = sqlite3.connect(tmp)
        build(conn, base, key, progress)
        conn.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):  # disk full, folder gone...: no cache this time
        return None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _remove_stale(folder, stem, path)
    return _open_cached(path, key)


def _remove_stale(folder: str, stem: str, keep: str) -> None:
    """Indexes of older versions of the same data file, and temporaries of builds that died."""
    try:
        for entry in os.scandir(folder):
            stale_tmp = entry.name.endswith(".tmp") and entry.stat().st_mtime < time.time() - 3600
            if entry.path != keep and (entry.name.startswith(stem) or stale_tmp):
                os.unlink(entry.path)
    except OSError:
        pass


# --- building --------------------------------------------------------------------------------------

def build(conn: sqlite3.Connection, base, key: str, progress = None) -> None:
    """Write the index of a validated models.FactBase into an empty database."""
    from .docs import documents

    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _DDL)
    total = sum(len(getattr(base, c)) for c in ("sources", "entities", "events", "quotes", "figures"))
    records, names, links, relations, fts, hangul, vocab = [], [], [], [], [], [], set()
    for n, doc in enumerate(documents(base), start=1):
        kind = doc["record"]
        records.append((n, kind, doc["id"], (doc.get("date") or {}).get("value"), json.dumps(doc, ensure_ascii=False)))
        for role, entity in _links(doc):
            links.append((entity, role, n))
        if kind == "entity":
            for label in (doc["id"], doc["name"], doc.get("hangul"), *doc.get("aliases", [])):
                if label:
                    names.append((normalize_name(label), doc["id"], label))
            for rel in doc.get("relations", []):
                relations.append((doc["id"], rel["type"], rel["target"],
                                  json.dumps({"source": doc["id"], **rel}, ensure_ascii=False)))
        if kind != "source":
            title, body = _searchable(doc)
            fts.append((n, title, body))
            if re.search(HANGUL, title + body):
                hangul.append((n, f"{title} — {body}"))
            vocab.update(w.lower() for w in re.findall(_WORD, title + " " + body))
        if progress and n % 2000 == 0:
            progress("indexing", n, total)
    conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?)", records)
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    conn.executemany("INSERT INTO links VALUES (?, ?, ?)", links)
    conn.executemany("INSERT INTO relations VALUES (?, ?, ?, ?)", relations)
    conn.executemany("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", fts)
    conn.executemany("INSERT INTO hangul VALUES (?, ?)", hangul)
    _vocabulary(conn, sorted(vocab))
    if progress:
        progress("ranking", 0, 1)
    _impacts(conn)
    conn.executescript(_INDEXES)
    meta = {"key": key, "title": base.title, "built": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
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
        INSERT INTO temp.lengths SELECT doc, count(*) FROM temp.instances GROUP BY doc;
    """)
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


def _links(doc: dict) -> list[tuple[str, str]]:
    kind = doc["record"]
    if kind == "event":
        return [("event", e) for e in doc.get("entities", [])]
    if kind == "quote":
        return [("speaker", doc["speaker"])] + [("about", e) for e in doc.get("about", [])]
    if kind == "figure":
        return [("figure", e) for e in doc.get("entities", [])]
    return []


def _searchable(doc: dict) -> tuple[str, str]:
    """(title, body) for full-text search; control characters never enter the index, so the
    snippet markers char(2)/char(3) are unambiguous."""
    kind = doc["record"]
    date = doc.get("date") or {}
    notes = [doc.get("note"), date.get("stated"), date.get("resolved")]
    if kind == "event":
        title, body = [doc["title"]], [doc["summary"], *notes]
    elif kind == "quote":
        title, body = [doc["text"]], [doc["context"], doc.get("speaker_name"), *notes]
    elif kind == "figure":
        title = [doc["stated"], (doc.get("paired") or {}).get("stated")]
        body = [doc["paid_for"], *notes]
    else:
        title = [doc["name"], doc.get("hangul"), *doc.get("aliases", [])]
        body = [doc["description"], doc.get("note")]
        for a in doc.get("attributes", []):
            body += [f"{a['name']}: {a['value']}", a.get("note")]
    clean = [re.sub(_CONTROL, " ", s) for s in (*title, "\n", *body) if s]
    i = clean.index("\n")
    return " · ".join(clean[:i]), " · ".join(clean[i + 1:])
