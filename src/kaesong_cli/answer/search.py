"""Full-text search over statements: user words to a safe FTS5 query, Hangul by substring, and a
fallback to the nearest words of the fact base's vocabulary when nothing matches.

User input is never passed to FTS5 as syntax: every word is quoted (as sqlite-utils and Datasette
learnt to do), so `park.`, a lone `AND`, `NEAR(` or an unbalanced quote are plain words. What we
do read: "a phrase" in balanced double quotes, and word* for a prefix. A hyphenated word
(round-the-clock) is a phrase; stop words ('the', 'of') are dropped when other words remain, so
they are neither required nor highlighted on their own.
"""

from __future__ import annotations

import re

from ..errors import UsageError, excerpt
from ..index import HANGUL, Index
from ..statements import KINDS as STATEMENT_KINDS
from .words import STOP

KINDS = STATEMENT_KINDS  # the kinds search prints and filters by
_HANGUL = re.compile(HANGUL)
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORDS = re.compile(r"\w+")


class Term:
    """One word, or the words of a phrase; a prefix matches the start of words."""

    def __init__(self, words: list[str], prefix: bool = False):
        self.words, self.prefix = words, prefix

    def fts(self, expansions: list[str] | None = None) -> str:
        """A quoted phrase; a prefix becomes the fact base's words that start with it, since FTS5's
        own prefix query meets stemmed tokens (porter turns 'renovation' into 'renov', so
        'renovat*' would find nothing)."""
        if self.prefix and expansions:
            return "(" + " OR ".join(Term([w]).fts() for w in expansions) + ")"
        quoted = '"' + " ".join(self.words).replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted


class Query:
    def __init__(self, terms: list[Term], hangul: list[str] | None = None):
        self.terms, self.hangul = terms, hangul or []  # Hangul words are searched as substrings

    def fts(self, index: Index) -> str:
        return " AND ".join(t.fts(index.words_starting(t.words[0].lower()) if t.prefix else None) for t in self.terms)

    def describe(self) -> str:
        parts = [(" ".join(t.words) if len(t.words) == 1 else f'"{" ".join(t.words)}"') + ("*" if t.prefix else "")
                 for t in self.terms]
        return " ".join(parts + self.hangul)


def parse_query(text: str) -> Query:
    """Phrases in balanced quotes, word* prefixes, everything else plain words; an unbalanced
    quote is read as a space."""
    if text.count('"') % 2:
        text = text.replace('"', " ")
    terms, hangul = [], []
    for phrase, bare in _TOKEN.findall(text):
        raw = phrase if phrase else bare
        if _HANGUL.search(raw):
            hangul.extend(w for w in raw.split() if w.strip("*"))
            continue
        words = _WORDS.findall(raw)
        if not words:
            continue
        prefix = not phrase and raw.endswith("*")
        if phrase or re.fullmatch(r"[^\W_]+(?:-[^\W_]+)+\*?", raw):  # "a phrase", or round-the-clock
            terms.append(Term(words, prefix))
        else:
            terms.extend(Term([w]) for w in words[:-1])
            terms.append(Term([words[-1]], prefix))
    meaningful = [t for t in terms if len(t.words) > 1 or t.prefix or t.words[0].lower() not in STOP]
    if meaningful or hangul:
        terms = meaningful
    if not terms and not hangul:
        raise UsageError(f"nothing to search for in {excerpt(text.strip())}: give a word, a \"phrase\" or a prefix*")
    return Query(terms, [h.strip("*") for h in hangul])


class Hit:
    def __init__(self, kind: str, doc: dict, snippet: list[tuple[str, bool]]):
        self.kind, self.doc, self.snippet = kind, doc, snippet


class Result:
    def __init__(self, hits: list[Hit], query: Query, corrected_from: str | None = None):
        self.hits, self.query = hits, query
        self.corrected_from = corrected_from  # the words as typed, when the typo fallback was used


def search(index: Index, text: str, *, kinds=KINDS, since=None, until=None, speaker=None,
           limit: int = 20) -> Result:
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    query = parse_query(text)
    hits = _run(index, query, kinds, since, until, speaker, limit)
    if hits or not query.terms:
        return Result(hits, query)
    corrected = _nearest(index, query)
    if corrected is None:
        return Result([], query)
    return Result(_run(index, corrected, kinds, since, until, speaker, limit), corrected, query.describe())


def _run(index, query, kinds, since, until, speaker, limit) -> list[Hit]:
    if query.hangul:
        rows = index.substring([*query.hangul, *(" ".join(t.words) for t in query.terms)],
                               kinds, since, until, speaker, limit)
        return [Hit(r["doc"]["kind"], r["doc"], _mark_substrings(r["snippet"], query.hangul)) for r in rows]
    single = query.terms[0] if len(query.terms) == 1 else None
    word = single.words[0] if single and len(single.words) == 1 and not single.prefix else None
    forms = _forms(index, query)
    rows = index.full_text(query.fts(index), kinds, since, until, speaker, limit * 4 if forms else limit, word=word)
    if forms:  # a stemmed word is not to match a shorter word of the same stem (sued: not Jon Jong-su's 'su')
        rows = [r for r in rows if _holds_a_form(r["doc"], forms)][:limit]
    return [Hit(r["doc"]["kind"], r["doc"], _split_marks(r["snippet"])) for r in rows]


def _forms(index: Index, query: Query) -> list[set[str]]:
    """For each plain word that stemming shortens to under three letters ('sued' -> 'su'), the
    words of the base that are forms of it (same token, not shorter than the stem plus one):
    a hit must hold one of them. Empty when no word needs it (the common case)."""
    out = []
    for term in query.terms:
        if len(term.words) != 1 or term.prefix:
            continue
        word = term.words[0].lower()
        token = index.token_of(word)
        if token and token != word and len(token) < 3:
            out.append({w for w in index.words_with_token(token) if len(w) > len(token)} | {word})
    return out


def _holds_a_form(doc: dict, forms: list[set[str]]) -> bool:
    from ..statements import searchable

    text = {w.lower() for w in re.findall(r"[^\W_]+", " ".join(searchable(doc)))}
    return all(text & allowed for allowed in forms)


def _split_marks(snippet: str) -> list[tuple[str, bool]]:
    parts, hit = [], False
    for piece in re.split("([\x02\x03])", snippet):
        if piece in ("\x02", "\x03"):
            hit = piece == "\x02"
        elif piece:
            parts.append((piece, hit))
    return parts


def _mark_substrings(text: str, needles: list[str], width: int = 90) -> list[tuple[str, bool]]:
    first = min((i for i in (text.find(n) for n in needles) if i >= 0), default=0)
    start = max(0, first - width // 3)
    text = ("…" if start else "") + text[start:start + width] + ("…" if len(text) > start + width else "")
    pattern = "(" + "|".join(re.escape(n) for n in needles) + ")"
    return [(p, bool(re.fullmatch(pattern, p))) for p in re.split(pattern, text) if p]


def _nearest(index: Index, query: Query) -> Query | None:
    """The query with each word the fact base does not know replaced by its nearest known word."""
    from .words import nearest

    vocabulary = index.vocabulary()
    known = set(vocabulary) | STOP
    changed = False
    terms = []
    for term in query.terms:
        words = []
        for word in term.words:
            lower = word.lower()
            if lower in known or term.prefix:
                words.append(word)
                continue
            best = nearest(lower, vocabulary, 75)
            if best is None:
                return None
            words.append(best)
            changed = True
        terms.append(Term(words, term.prefix))
    return Query(terms) if changed else None
