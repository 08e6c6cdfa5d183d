"""Answering a reader's question from the statements, best answers first, or saying it cannot.

1. The question is read (question.py-like steps here, in `read`): its content words (stop words
   and question words dropped), the entities it names (by name, alias or Hangul) and its shape
   (when, how much, who said, why).
2. Two rankings of statements: lexical (FTS5's BM25 over stemmed words, names weighted above the
   sentence; all the words when some statement holds them all, then any of them) and by meaning
   (cosine of static embeddings, meaning.py). They are fused by reciprocal rank fusion.
3. Hints, not filters: statements about a named entity, and those that fit the question's shape
   (a date for 'when', a money figure for 'how much', a quotation by the named speaker for 'what
   did X say', a cause for 'why') move up.
4. No answer: when the best statement is neither close in meaning nor shares enough of the
   question's words, there is no answer. The thresholds are calibrated on the labelled questions
   of bench/questions.json (bench/ask_eval.py), not set by feel.
"""

from __future__ import annotations

import re

from .words import content_words, shape

DEPTH = 40  # candidates taken from each ranking
# Reciprocal rank fusion: score = sum of weight / (RRF_K + rank) over the two rankings, plus hints
# in units of a first place (1 / (RRF_K + 1)). Fitted by bench/ask_eval.py --fit on the
# development half of bench/questions.json; the held-out half checks that they generalise.
WEIGHTS = {"rrf_k": 3, "lexical": 1.0, "meaning": 1.0, "entity": 0.3, "shape": 1.0, "speaker": 1.0}
# Calibrated with bench/ask_eval.py --features on the development half of bench/questions.json: a
# question is answered when its best statement's meaning similarity reaches MEANING_FLOOR (the
# unanswerable questions reached at most 0.253), or when that statement holds at least
# WORDS_FLOOR of the question's content words (they held at most a third); lexically (no model),
# on the words alone. Never when the question names something the fact base has never heard of.
MEANING_FLOOR, WORDS_FLOOR = 0.26, 0.5


class Question:
    def __init__(self, text: str, words: list[str], entities: list[str], shapes: set[str], unknown: list[str]):
        self.text, self.words, self.entities, self.shapes = text, words, entities, shapes
        self.unknown = unknown  # names in the question that the fact base has never heard of


class Answer:
    def __init__(self, statement: dict, score: float, why: dict):
        self.statement, self.score, self.why = statement, score, why


class Answers:
    def __init__(self, question: Question, answers: list[Answer], method: str, considered: int):
        self.question, self.answers, self.method, self.considered = question, answers, method, considered


def read(index, text: str) -> Question:
    words = content_words(text)
    return Question(text, words, related(index, named_entities(index, text), words), shape(text),
                    unknown_names(index, text))


def unknown_names(index, text: str) -> list[str]:
    """Capitalised words that are neither function words nor words of the fact base, nor a near
    miss of one ('Elvis', 'France'; not 'Kim Yo-jung', a typo of Kim Yo-jong): a question about
    something the fact base never mentions."""
    from .words import QUESTION, STOP, bare, nearest, words

    out = []
    vocabulary = None
    for w in map(bare, words(text)):
        lower = w.lower()
        if not w[:1].isupper() or lower in STOP or lower in QUESTION or index.is_word(lower):
            continue
        if vocabulary is None:
            vocabulary = index.vocabulary()
        if nearest(lower, vocabulary, 80) is None:  # the rule of search's typo fallback
            out.append(w)
    return out


def related(index, entities: list[str], words: list[str]) -> list[str]:
    """The named entities, and those a relation of theirs names with a word of the question:
    "Kim Jong-un's sister" names kim-jong-un, and kim-yo-jong is his sister (sister-of)."""
    out = list(entities)
    wanted = set(words)
    for entity in entities:
        for r in index.relations(entity):
            other = r["source"] if r["target"] == entity else r["target"]
            if wanted & set(r["type"].split("-")) and other not in out:
                out.append(other)
    return out


def named_entities(index, text: str) -> list[str]:
    """The entities a question names, longest names first, each once: 'Kim Jong-un's sister'
    names kim-jong-un; '김여정' names kim-yo-jong; 'the North' names north-korea."""
    from ..index import normalize_name
    from .words import bare, words

    tokens = [bare(w) for w in words(text)]
    known: dict[str, str] = {}
    for label, entity in index.names():
        known.setdefault(normalize_name(label), entity)
    found: list[str] = []
    taken = [False] * len(tokens)
    for size in range(min(8, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            if any(taken[start:start + size]):
                continue
            norm = normalize_name(" ".join(tokens[start:start + size]))
            entity = known.get(norm)
            if entity and (size > 1 or len(norm) > 2 or re.search(r"[^\x00-\x7f]", norm)):
                if entity not in found:
                    found.append(entity)
                taken[start:start + size] = [True] * size
    return found


def lexical(index, words: list[str]) -> list[tuple[int, float]]:
    """(statement number, BM25) best first: the statements holding all the words, then those
    holding any (BM25 ranks those with more and rarer words first)."""
    if not words:
        return []
    from .words import IRREGULAR

    quoted = [_term(w) + (f' OR {_term(IRREGULAR[w])}' if w in IRREGULAR else "") for w in words]
    quoted = [f"({q})" if " OR " in q else q for q in quoted]
    ranked = index.ranked(" AND ".join(quoted), DEPTH)
    if len(words) > 1 and len(ranked) < DEPTH:
        seen = {sn for sn, _ in ranked}
        ranked += [(sn, s) for sn, s in index.ranked(" OR ".join(quoted), DEPTH) if sn not in seen][:DEPTH - len(ranked)]
    return ranked


class Candidate:
    """A statement either ranking found, with what scoring needs: its ranks, its meaning
    similarity, the share of the question's words it holds, and the hints it earns (their names)."""

    def __init__(self, sn: int, statement: dict, lexical: int | None, meaning: int | None, similarity: float | None,
                 words_held: float, hints: list[str]):
        self.sn, self.statement, self.lexical, self.meaning = sn, statement, lexical, meaning
        self.similarity, self.words_held, self.hints = similarity, words_held, hints

    def score(self, weights: dict) -> float:
        k = weights["rrf_k"]
        fused = sum(weights[name] / (k + rank) for name, rank in (("lexical", self.lexical), ("meaning", self.meaning))
                    if rank is not None)
        return fused + sum(weights[HINT_WEIGHT[h]] for h in self.hints) / (k + 1)

    def why(self) -> dict:
        return {"lexical_rank": self.lexical, "meaning_rank": self.meaning,
                "meaning": round(self.similarity, 4) if self.similarity is not None else None,
                "words_held": round(self.words_held, 4), "hints": self.hints}


HINT_WEIGHT = {"entity": "entity", "when": "shape", "amount": "shape", "quote": "shape", "why": "shape",
               "who": "shape", "speaker": "speaker"}


def candidates(index, question: Question, model=None, vectors=None) -> list[Candidate]:
    """Every statement in either ranking's first DEPTH, with its features."""
    lex = lexical(index, question.words)
    lex_rank = {sn: r for r, (sn, _) in enumerate(lex, start=1)}
    sims: dict[int, float] = {}
    mean_rank: dict[int, int] = {}
    if model is not None and vectors is not None and question.text.strip():
        from .meaning import similarities

        all_sims = similarities(vectors, model.embed([question.text])[0])
        top = all_sims.argsort()[::-1][:DEPTH]
        mean_rank = {int(i) + 1: r for r, i in enumerate(top, start=1)}
        sims = {sn: float(all_sims[sn - 1]) for sn in set(mean_rank) | set(lex_rank)}
    numbers = list(dict.fromkeys([*lex_rank, *mean_rank]))
    if not numbers:
        return []
    about = index.statements_about(question.entities)
    agents = index.naming_agents(numbers) if "who" in question.shapes else set()
    out = []
    for sn, st in zip(numbers, index.statements(numbers), strict=True):
        hints = _hints(st, sn, question, about) | ({"who"} if sn in agents else set())
        out.append(Candidate(sn, st, lex_rank.get(sn), mean_rank.get(sn), sims.get(sn),
                             _coverage(index, st, question.words), sorted(hints)))
    return out


def ranked(found: list[Candidate], weights: dict | None = None) -> list[tuple[float, Candidate]]:
    weights = weights or WEIGHTS
    return sorted(((c.score(weights), c) for c in found), key=lambda item: (-item[0], item[1].sn))


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def answer(index, text: str, limit: int = 3, model=None, vectors=None) -> Answers:
    """The best `limit` answers (none when the fact base holds no answer). `model` and `vectors`
    are the meaning model and the statement vectors, or None to answer lexically."""
    question = read(index, text)
    found = candidates(index, question, model, vectors)
    order = ranked(found)
    if not order or question.unknown or not answerable(order[0][1].similarity, order[0][1].words_held):
        return Answers(question, [], _method(model), len(found))
    chosen = [Answer(c.statement, round(score, 6), c.why()) for score, c in order[:limit]]
    return Answers(question, chosen, _method(model), len(found))


def answerable(meaning: float | None, words_held: float) -> bool:
    """Whether the best statement answers at all (meaning is None when ranked by words alone)."""
    return (meaning is not None and meaning >= MEANING_FLOOR) or words_held >= WORDS_FLOOR


def _method(model) -> str:
    return "lexical+meaning" if model is not None else "lexical"


def _hints(st: dict, sn: int, question: Question, about: set[int]) -> set[str]:
    """The hints a statement earns: it concerns an entity the question names; it fits the
    question's shape (dated for 'when', a figure for 'how much', a quotation for 'who said', a
    cause for 'why'; for 'who', one naming an agent, added by candidates()); it is a quotation by
    the speaker the question names."""
    hints = set()
    if sn in about:
        hints.add("entity")
    shapes = question.shapes
    if "when" in shapes and st.get("date"):
        hints.add("when")
    if "amount" in shapes and st["kind"] == "figure":
        hints.add("amount")
    if "quote" in shapes and st["kind"] == "quote":
        hints.add("quote")
        if st.get("speaker") in question.entities:
            hints.add("speaker")
    if "why" in shapes and (st.get("cause") or re.search(r"\b(anger|angry|because|cause|caused)\b", st["sentence"], re.I)):
        hints.add("why")
    return hints


def _coverage(index, st: dict, words: list[str]) -> float:
    """The share of the question's content words the statement holds, compared as FTS5's tokens
    ('leaflets' and 'leaflet' are one word)."""
    if not words:
        return 0.0
    from ..statements import searchable

    held = {index.token_of(w) or w for w in re.findall(r"[^\W_]+", " ".join(searchable(st)).lower())}
    return sum(1 for w in words if (index.token_of(w) or w) in held) / len(words)
