"""The derived index: a SQLite file built once from a validated fact base, then only read.

    index/__init__.py   Index: read access (records, names, links, statements, full-text search)
    index/cache.py      open_index: the cached file, rebuilt when stale or corrupt
    index/build.py      build: records, statements, full-text search, the impact table

Reading commands open the cached index and never import pydantic.
"""

from __future__ import annotations

import json
import re
import sqlite3

SCHEMA = 13  # bump whenever the build writes something new: cached indexes of an older schema are rebuilt
KINDS = ("source", "entity", "event", "quote", "figure", "claim")
SEARCHED = ("quote", "event", "entity", "figure", "source")  # the kinds of record whose statements fts holds
# search filters by the kinds of statement it prints (statements.KINDS): an entity, attribute,
# relation, quote, event, figure, source or paragraph

HANGUL = r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"


def normalize_name(text: str) -> str:
    """How names are compared: case, spaces, hyphens and punctuation do not matter."""
    return re.sub(r"[\W_]+", "", text.casefold())


class Index:
    """Read access to a built index; every method returns plain dicts and strings."""

    def __init__(self, conn: sqlite3.Connection, data_file: str, path: str | None = None):
        self.conn = conn
        self.data_file = data_file
        self.path = path  # the cached index file; None for one built in memory
        self._tokens: dict[str, str | None] = {}  # token_of's answers: ask asks for the same words often

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
        sql += " ORDER BY sort, n" if kind in ("event", "quote", "figure", "claim") else " ORDER BY n"
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
        """FTS5 query over statements, best first (BM25; names and labels weigh more than the
        sentence; ties in data order), with a marked snippet. `word` is the query when it is one
        plain word: then the ranking is read from the impact table instead of scoring every match
        (see build._impacts).

        The ranking query carries statement numbers only; documents and snippets are fetched for
        the hits kept (carrying every match's document through the sort doubled the time of a
        common word at 100,000 events)."""
        token = self._token(word) if word else None
        if token:  # best first in the table's own order; filters stop the walk at `limit` hits
            join, args = self._restrict("i.n", kinds, since, until, speaker)
            top = self.conn.execute(f"SELECT i.n FROM impact i{join} WHERE i.token = ? ORDER BY i.score, i.n LIMIT ?",
                                    (*args, token, limit))
        else:
            join, args = self._restrict("fts.rowid", kinds, since, until, speaker)
            top = self.conn.execute(f"SELECT fts.rowid FROM fts{join} WHERE fts MATCH ? "
                                    "ORDER BY bm25(fts, 4.0, 1.0), fts.rowid LIMIT ?", (*args, match, limit))
        sns = [sn for (sn,) in top]
        if not sns:
            return []
        return self._hits(sns, self._snippets(match, sns))

    def ranked(self, match: str, limit: int) -> list[tuple[int, float]]:
        """(statement number, BM25 score; lower is better) of the best `limit` matches."""
        return self.conn.execute("SELECT rowid, bm25(fts, 4.0, 1.0) AS s FROM fts WHERE fts MATCH ? "
                                 "ORDER BY s, rowid LIMIT ?", (match, limit)).fetchall()

    def _snippets(self, match: str, sns: list[int]) -> dict[int, str]:
        marks = ",".join("?" * len(sns))
        return dict(self.conn.execute(
            f"SELECT rowid, snippet(fts, 1, char(2), char(3), '…', 16) FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
            (match, *sns)))

    def _token(self, word: str) -> str | None:
        row = self.conn.execute("SELECT token FROM vocab WHERE word = ?", (word.lower(),)).fetchone()
        return row[0] if row else None

    def token_of(self, word: str) -> str | None:
        """A word's search token as FTS5 makes it ('leaflets' -> 'leaflet', 'sued' -> 'su'): from
        the vocabulary, or by tokenizing it in a temporary table for a word the base lacks."""
        word = word.lower()
        if word not in self._tokens:
            self._tokens[word] = self._tokenize(word)
        return self._tokens[word]

    def knows(self, word: str) -> bool:
        """Whether the base holds the word as written."""
        return self.conn.execute("SELECT 1 FROM vocab WHERE word = ?", (word.lower(),)).fetchone() is not None

    def _tokenize(self, word: str) -> str | None:
        known = self.conn.execute("SELECT token FROM vocab WHERE word = ?", (word,)).fetchone()
        if known:
            return known[0]
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tokenize USING "
                          "fts5(w, tokenize='porter unicode61 remove_diacritics 2')")
        self.conn.execute("DELETE FROM temp.tokenize")
        self.conn.execute("INSERT INTO temp.tokenize(w) VALUES (?)", (word,))
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tokens USING fts5vocab(temp, tokenize, row)")
        terms = [t for (t,) in self.conn.execute("SELECT term FROM temp.tokens")]
        return terms[0] if len(terms) == 1 else None

    def naming_agents(self, sns: list[int]) -> set[int]:
        """Those of the statements that concern a person, an organisation, a country, a group or
        a news agency: statements that can answer 'who'."""
        if not sns:
            return set()
        rows = self.conn.execute(
            f"SELECT DISTINCT a.sn FROM about a JOIN records r ON r.kind = 'entity' AND r.id = a.entity "
            f"WHERE a.sn IN ({','.join('?' * len(sns))}) AND json_extract(r.doc, '$.kind') IN "
            "('person', 'organization', 'country', 'group', 'media', 'office')", sns)
        return {sn for (sn,) in rows}

    def is_word(self, word: str) -> bool:
        """Whether the word occurs in the fact base's statements."""
        return self.conn.execute("SELECT 1 FROM vocab WHERE word = ?", (word.lower(),)).fetchone() is not None

    def words_with_token(self, token: str) -> list[str]:
        return [w for (w,) in self.conn.execute("SELECT word FROM vocab WHERE token = ?", (token,))]

    def substring(self, terms: list[str], kinds: tuple[str, ...], since: str | None, until: str | None,
                  speaker: str | None, limit: int) -> list[dict]:
        """Every term as a substring, in data order (Hangul, which FTS5 does not split into words).
        Only statements holding Hangul are scanned: they have a table of their own."""
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
        its matches is looked up in statements. Written as `rowid IN (SELECT ...)`, the planner
        drove the query from the statements instead, probing FTS5 once per row (11 s at 100,000
        events)."""
        from ..statements import KINDS as STATEMENT_KINDS

        join, args = "", []
        if set(kinds) != set(STATEMENT_KINDS) or since or until or speaker:
            join += (f" CROSS JOIN statements s ON s.sn = {key} AND s.kind IN ({','.join('?' * len(kinds))})"
                     + _window("s.sort", since, until))
            args += [*kinds, *(d for d in (since, until) if d)]
        if speaker:
            join += " CROSS JOIN links l ON l.n = s.n AND l.role = 'speaker' AND l.entity = ?"
            args.append(speaker)
        return join, args

    def _hits(self, sns: list[int], snippets: dict[int, str]) -> list[dict]:
        docs = {sn: doc for sn, doc in self.conn.execute(
            f"SELECT sn, doc FROM statements WHERE sn IN ({','.join('?' * len(sns))})", sns)}
        return [{"doc": json.loads(docs[sn]), "snippet": snippets[sn], "sn": sn} for sn in sns]

    def statements(self, sns: list[int] | None = None) -> list[dict]:
        """Statements by number (in that order), or all of them in order."""
        if sns is None:
            return [json.loads(doc) for (doc,) in self.conn.execute("SELECT doc FROM statements ORDER BY sn")]
        docs = dict(self.conn.execute(f"SELECT sn, doc FROM statements WHERE sn IN ({','.join('?' * len(sns))})", sns))
        return [json.loads(docs[sn]) for sn in sns]

    def statement_texts(self, batch: int):
        """(sentence, label) of every statement in order, `batch` at a time."""
        rows = self.conn.execute("SELECT json_extract(doc, '$.sentence'), json_extract(doc, '$.label') "
                                 "FROM statements ORDER BY sn")
        while chunk := rows.fetchmany(batch):
            yield chunk

    def statement(self, statement_id: str) -> dict | None:
        row = self.conn.execute("SELECT doc FROM statements WHERE id = ?", (statement_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def statement_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM statements").fetchone()[0]

    def statements_about(self, entities: list[str]) -> set[int]:
        """Numbers of the statements that concern any of these entities."""
        if not entities:
            return set()
        rows = self.conn.execute(f"SELECT sn FROM about WHERE entity IN ({','.join('?' * len(entities))})", entities)
        return {sn for (sn,) in rows}

    def citing(self, evidence: list[int]) -> dict[int, list[int]]:
        """For statements of evidence (paragraphs, source titles): the facts that cite each."""
        out: dict[int, list[int]] = {}
        for i in range(0, len(evidence), 500):
            part = evidence[i:i + 500]
            for ev, fact in self.conn.execute(f"SELECT evidence, fact FROM cites WHERE evidence IN ({','.join('?' * len(part))})",
                                              part):
                out.setdefault(ev, []).append(fact)
        return out

    def cited_by(self, facts: list[int]) -> dict[int, list[int]]:
        """For facts: the statement numbers of the paragraphs and source titles each cites."""
        out: dict[int, list[int]] = {}
        for i in range(0, len(facts), 500):
            part = facts[i:i + 500]
            for ev, fact in self.conn.execute(f"SELECT evidence, fact FROM cites WHERE fact IN ({','.join('?' * len(part))})",
                                              part):
                out.setdefault(fact, []).append(ev)
        return out

    def words_starting(self, prefix: str, limit: int = 64) -> list[str]:
        rows = self.conn.execute("SELECT word FROM vocab WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
                                 (prefix, prefix + "\U0010ffff", limit))
        return [w for (w,) in rows]

    def vocabulary(self) -> list[str]:
        return [w for (w,) in self.conn.execute("SELECT word FROM vocab")]


def _window(column: str, since: str | None, until: str | None) -> str:
    """SQL for an inclusive window of sort keys; its parameters are since, until (those given)."""
    return (f" AND {column} >= ?" if since else "") + (f" AND {column} <= ?" if until else "")




from .cache import open_index  # noqa: E402  (the package's front door; cache imports Index from here)

__all__ = ["HANGUL", "KINDS", "SEARCHED", "Index", "normalize_name", "open_index"]
