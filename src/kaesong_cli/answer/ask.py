"""Answering a reader's question with facts of the record, the best first, or saying the record
does not say.

1. The question is read by the shared reader (reader/): the type of value it asks for, its subject
   words (with the glossary's equivalents), the entities it names, a period or a dating clause.
2. Candidates are facts (entities, attributes, relations, quotations, events, figures), never a
   paragraph or a source's title: those are evidence. A fact is found by its own words or by the
   words of the paragraphs it cites (lexical ranking, FTS5's BM25, and ranking by meaning,
   meaning.py), so a reader's wording that matches the article finds the fact the article supports.
3. Each candidate gets features (features()): its own and its evidence's ranks and similarities,
   the share of the subject it holds, whether it concerns the named entities, whether it offers a
   value of the asked type (answers.py). The score is their weighted sum (WEIGHTS).
   A fact that offers a value of the asked type may come before one that does not (rule typed_first);
   'who is X' is answered by X's own fact (rule named_description); 'how many days after A did B' by
   the later of the two events, offering the days between their dates (rule span, answer/spans.py).
4. It declines (no answers) when the best score is under FLOOR, or a rule says so (RULES): a name
   the record has never heard of, subject words it does not hold, a quotation asked of someone it
   holds no words of, a period no fact agrees with.

WEIGHTS, FLOOR and the rules kept are fitted by `bench/ask_eval.py --pool` on four folds of
bench/questions.json and the eleven sets beside it (split by fact group) and scored on the fifth; the
values here are those fitted on all five folds (bench/holdout10 is never fitted on), and a rule stays
only if it raised the held-out mean (README, "ask").
"""

from __future__ import annotations

import re

from ..reader import Reading
from ..reader import read as read_sentence
from . import answers as typed

DEPTH = 60  # candidates taken from each ranking
FACTS = ("entity", "attribute", "relation", "quote", "event", "figure")
ANSWER_TYPES = ("date", "time", "amount", "count", "person", "place", "reason", "quotation", "relation", "description",
                "none")
# which kind of fact answers which type of question ('when' an event, 'how much' a figure), learnt
# across facts: one feature for each pair of a fact's kind and the question's answer type
PAIRS = tuple(f"{kind}|{kind_of}" for kind in FACTS for kind_of in ANSWER_TYPES)
FEATURES = ("lex", "lex_ev", "sim", "sim_ev", "cover", "cover_own", "focus", "head", "entity", "type", "kind_event",
            "kind_entity", *PAIRS)
WEIGHTS = {"lex": 3.1599, "lex_ev": 1.4657, "sim": 1.2186, "sim_ev": 0.1198, "cover": 1.1975, "cover_own": 1.473,
           "focus": 1.095, "head": 1.6069, "entity": 1.4112, "type": 2.9935, "kind_event": -0.1286, "kind_entity":
           0.0573, "entity|date": -0.1129, "entity|time": -0.196, "entity|amount": -0.0601, "entity|count": -0.1388,
           "entity|person": 0.0807, "entity|place": 0.1971, "entity|reason": 0.0491, "entity|quotation": -0.0212,
           "entity|relation": -0.0272, "entity|description": 0.0754, "entity|none": 0.2111, "attribute|date": 0.061,
           "attribute|time": 0.0761, "attribute|amount": 0.1047, "attribute|count": 0.3969, "attribute|person": 0.2419,
           "attribute|place": 0.3343, "attribute|reason": -0.045, "attribute|quotation": -0.0305, "attribute|relation":
           -0.0114, "attribute|description": -0.0241, "attribute|none": 0.6588, "relation|date": -0.2326,
           "relation|time": -0.1465, "relation|amount": -0.1364, "relation|count": -0.1857, "relation|person": -0.1834,
           "relation|place": -0.1683, "relation|reason": -0.0756, "relation|quotation": -0.0616, "relation|relation":
           0.0543, "relation|description": -0.0414, "relation|none": -0.7967, "quote|date": 0.0683, "quote|time":
           0.0473, "quote|amount": -0.0069, "quote|count": -0.0632, "quote|person": -0.0787, "quote|place": 0.0075,
           "quote|reason": -0.0151, "quote|quotation": 0.2412, "quote|relation": -0.0089, "quote|description": -0.0054,
           "quote|none": 0.4414, "event|date": 0.5616, "event|time": 0.2397, "event|amount": -0.2589, "event|count":
           0.058, "event|person": -0.0009, "event|place": -0.3068, "event|reason": 0.1148, "event|quotation": -0.1547,
           "event|relation": 0.0116, "event|description": -0.0171, "event|none": -0.3758, "figure|date": -0.3454,
           "figure|time": -0.0206, "figure|amount": 0.3575, "figure|count": -0.0671, "figure|person": -0.0595,
           "figure|place": -0.0638, "figure|reason": -0.0282, "figure|quotation": 0.0268, "figure|relation": -0.0185,
           "figure|description": 0.0125, "figure|none": -0.1387}
FLOOR = 8.3
RRF_K = 5
# The rules that may decline (see declines()); bench/ask_eval.py keeps those that raise the held-out mean.
RULES = {"unknown_name": False, "unknown_words": True, "speaker": False, "period": True, "type_required": True,
         "typed_first": True, "named_description": True, "span": True}
TYPED = ("amount", "quotation", "time", "count")  # types only a typed value answers (rule type_required)
UNKNOWN_SHARE = 0.34  # decline when at least this share of the subject words is unknown to the record


class Candidate:
    def __init__(self, sn: int, statement: dict, features: dict[str, float], offer: typed.Offer | None):
        self.sn, self.statement, self.features, self.offer = sn, statement, features, offer

    def score(self, weights: dict | None = None) -> float:
        weights = weights or WEIGHTS
        return sum(weights.get(k, 0.0) * v for k, v in self.features.items())


class Answer:
    def __init__(self, statement: dict, score: float, why: dict, offer: typed.Offer | None):
        self.statement, self.score, self.why, self.offer = statement, score, why, offer


class Answers:
    def __init__(self, reading: Reading, answers: list[Answer], method: str, considered: int,
                 declined: str | None = None, near: list[dict] | None = None, why: str = ""):
        self.question = self.reading = reading
        self.answers, self.method, self.considered = answers, method, considered
        self.declined = declined  # why there is no answer (a rule's name, 'floor', or 'premise')
        self.near = near or []  # what the record holds near the question, when it declines
        self.why = why  # for 'premise': what the record says instead ('the record says North Korea did it')


def answer(index, text: str, limit: int = 3, model=None, vectors=None, weights: dict | None = None,
           floor: float | None = None, rules: dict | None = None) -> Answers:
    """The best `limit` answers, or none with the reason (Answers.declined) and the nearest facts."""
    reading = read_sentence(text, index)
    found = candidates(index, reading, model, vectors)
    return premised(index, text, decide(reading, found, limit, weights, floor, rules, _method(model)))


def premised(index, text: str, result: Answers) -> Answers:
    """The answers, or none when the question's own subject did not do what the first answer's fact
    says was done (premise())."""
    if result.answers:
        wrong = premise(index, text, result.answers[0].statement) or (not result.reading.span and elsewhere(
            index, result.reading, result.answers[0].statement)) \
            or _said_by_another(index, result.reading, result.answers[0].statement) \
            or _paid_by_another(index, text, result.answers[0].statement) \
            or _cost_of_another(index, result.reading, result.answers[0].statement)
        if wrong:  # 'When did South Korea blow up the office?': North Korea did; no date answers that
            return Answers(result.reading, [], result.method, result.considered, "premise",
                           [a.statement for a in result.answers[:3]], why=wrong)
    return result


def _said_by_another(index, reading: Reading, st: dict) -> str | None:
    """'What did Jon Jong-su say about the destruction?': a quotation of someone else (KCNA's) does
    not answer what the question asks a named speaker said; None when it does."""
    if reading.answer_type != "quotation" or not reading.speaker or st["kind"] != "quote":
        return None
    if st.get("speaker") == reading.speaker:
        return None
    found = index.get(reading.speaker)
    name = found[1].get("name", reading.speaker) if found else reading.speaker
    return f"it holds no words of {name}; the nearest words are {st.get('speaker_name') or st['id']}'s"


_PAYING = re.compile(r"\bhow\s+much\b(?:\s+\w+)?\s+(?:did|does|has|had|have)\s+(?P<who>.+?)\s+(?:pay|paid|spend|spent|"
                     r"contribute|contributed|put|invest|invested|give|given|fund|funded|provide|provided|chip|foot|"
                     r"cover|covered|donate|donated|shell)\b", re.I)
_PAYING_KO = re.compile(r"^\s*(?P<who>\S+?)(?:이|가|은|는)\s.*(?:부담|지불|지출|투입|출연|냈|낸|들인|들였|댄|댔)")
_PAYERS = ("organization", "country", "fund", "person")


def _paid_by_another(index, text: str, st: dict) -> str | None:
    """'How much did North Korea pay toward renovating the building?': a sum the record says another
    paid (its fund, council or state, none within two steps of the payer named) does not answer;
    None when it does, or when no payer is named or recorded."""
    if st["kind"] not in ("figure", "attribute"):
        return None
    m = _PAYING.search(text) or _PAYING_KO.search(text)
    if not m:
        return None
    from ..index import normalize_name
    from ..reader import _names

    def kind(e: str) -> str | None:
        return typed._entity(index, e).get("kind")

    names = _names(index)
    who = normalize_name(re.sub(r"^the\s+", "", m.group("who").strip(), flags=re.I))
    payer = names.get(who) or names.get(normalize_name(f"the {who}"))
    if payer is None or kind(payer) not in _PAYERS:
        return None
    text_of = " ".join(str(st.get(k) or "") for k in ("label", "sentence", "value", "paid_for")).lower()
    recorded = {e for e in st.get("entities") or [] if kind(e) in _PAYERS}
    recorded |= {e for n, e in index.names() if len(n) > 3 and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", text_of)
                 and kind(e) in ("fund", "organization", "country")}
    if not recorded or payer in recorded:
        return None
    from ..provenance import check

    judge = check._Judge(index, check.FLOOR, check.MARGIN, check.SURE)
    if any(judge.near(payer, e) for e in recorded):
        return None
    first = sorted(recorded)[0]
    name = typed._entity_name(index, first)
    the = "the " if kind(first) in ("fund", "organization") and not name.lower().startswith("the ") else ""
    return f"the record says {the}{name} paid it"


def _cost_of_another(index, reading: Reading, st: dict) -> str | None:
    """'What did the Support Center cost to build?': a sum of another building (the office block's 8
    billion won) does not answer a question about the building it names; None when it does."""
    if reading.answer_type != "amount" or st["kind"] not in ("figure", "attribute"):
        return None
    related = set(getattr(reading, "related", ()) or ())
    named = [typed._entity(index, e) for e in reading.entities if e not in related
             and typed._entity(index, e).get("kind") in ("building", "office")]
    if not named:
        return None
    about = {*(st.get("entities") or []), st.get("record")}
    text = " ".join(str(st.get(k) or "") for k in ("label", "sentence", "value")).lower()
    for entity in named:
        names = [entity.get("name", ""), *(entity.get("aliases") or []), entity.get("hangul") or ""]
        if entity["id"] in about or any(n and n.lower() in text for n in names):
            return None
    return f"the nearest sum is of another building, not the {named[0].get('name', named[0]['id'])}"


def elsewhere(index, reading: Reading, st: dict) -> str | None:
    """A place the question names that the first answer's fact is not about ('When did the liaison
    office in Panmunjom open?': the office that opened on 14 September 2018 is in Kaesong), unless it is
    the place asked for; None when there is none."""
    if reading.answer_type == "place":
        return None
    text = " ".join(str(st.get(k) or "") for k in ("label", "sentence", "value")).lower()
    # where the fact's own entities are, along located-in ('the office': in the complex, in Kaesong)
    placed, todo = set(), [*(st.get("entities") or []), str(st.get("record") or st["id"]).split("#")[0]]
    while todo:
        e = todo.pop()
        if e in placed:
            continue
        placed.add(e)
        todo += [r["target"] for r in index.relations(e) if r["source"] == e and r["type"] == "located-in"]
    for e in reading.entities:
        found = index.get(e)
        if not found or found[0] != "entity" or found[1].get("kind") not in ("place", "country") or e in placed:
            continue
        names = [found[1].get("name", ""), *(found[1].get("aliases") or []), found[1].get("hangul") or ""]
        written = [n for n in names if n and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", reading.text.lower())]
        if found[1].get("kind") == "country" and (st["kind"] != "event" or not any(
                re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(n.lower())}(?!\w)", reading.text.lower())
                for n in written)):
            continue  # 'When did South Korea pay …' names a state that acts, 'Jon Jong-su's post in Pyongyang' a
            # state he served; 'when did the office in Seoul open' the place of an act
        if found[1].get("kind") == "country":
            names = written  # 'the office in Seoul': Seoul, not 'the South' of its staff
        if not any(n and n.lower() in text for n in names):
            return f"{st.get('label') or st['id']} is not said to be in {(written or [found[1].get('name', e)])[0]}"
    return None


_ASKED_DOER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:did|does|do|has|have|had)\s+(?=[A-Z가-힣])(?P<rest>.+)$")


_KO_SAYING = ("밝힌", "발표한", "파악한", "전한", "보도한", "말한", "추정한", "기록한", "집계한", "확인한", "알린", "공개한")


def _relative_subject(said: str) -> bool:
    """Whether a Korean question's subject is that of a relative clause of saying or knowing ('통일부가
    밝힌 폭파 시각': the Ministry gave the time, it did not blow anything up; '남한이 폭파한 날' is
    still South Korea's blast)."""
    words = said.split()
    if len(words) < 3 or not re.fullmatch(r"\S+[이가]", words[0]):
        return False
    return words[1].startswith(_KO_SAYING)


def premise(index, text: str, st: dict) -> str | None:
    """Why the first answer's fact does not answer the question, by who the question says did its act
    ('When did South Korea blow up the office?': the record says North Korea did it), as `kaesong check`
    judges who did it (provenance.check, doer_of); None when it answers. English questions in the form
    'when/how much did X <verb> …', where X is a name; Korean ones whose subject has its particle."""
    m = _ASKED_DOER.match(text)
    korean = bool(re.search(r"[가-힣]", text))  # '남한은 언제 연락사무소를 폭파했나요?': its subject has a particle
    if not (m or korean) or st["kind"] not in ("event", "figure"):
        return None
    asked = (m.group("rest") if m else text).rstrip(" ?？")
    said = asked.strip().lower()
    if korean and _relative_subject(said):  # '통일부가 밝힌 폭파 시각': the Ministry gave the time, not the blast
        return None
    own = (st.get("label") or "").lower() if st["kind"] == "event" else ""
    pairs = getattr(index, "_premise_names", None)
    if pairs is None:  # every name, longest first, kept on the index
        pairs = [(n.lower(), e) for n, e in index.names() if len(n) > 2 or re.search(r"[가-힣]", n)]
        from ..reader.korean import SIDES  # sides a Korean question names by a word

        pairs = index._premise_names = sorted(pairs + list(SIDES.items()), key=lambda pair: -len(pair[0]))
    subject = next((e for n, e in pairs if said.startswith(n)), None)
    found = index.get(subject) if subject else None
    if not found or found[1].get("kind") not in ("person", "organization", "country", "group", "media", "fund"):
        return None  # no agent named first: nothing to judge (and no need of check's module, ~50 ms to import)
    if own and any(e == subject and own.startswith(n) for n, e in pairs):
        return None  # 'When did Pyongyang blow up the office?': 'North Korea blows up the liaison office'
    from ..provenance import check

    judge = check._Judge(index, check.FLOOR, check.MARGIN, check.SURE)
    part = judge.doer_of(asked, read_sentence(asked, index, claim=True), st)
    return part.how if part is not None else None


def decide(reading: Reading, found: list[Candidate], limit: int = 3, weights: dict | None = None,
           floor: float | None = None, rules: dict | None = None, method: str = "lexical") -> Answers:
    weights, rules = weights or WEIGHTS, {**RULES, **(rules or {})}
    floor = FLOOR if floor is None else floor
    kept = [c for c in found if not (rules["period"] and c.features.get("outside"))]
    typed_first = rules["typed_first"] and reading.answer_type is not None
    order = sorted(kept, key=lambda c: (-(typed_first and c.features.get("type", 0) > 0), -c.score(weights), c.sn))
    near = [c.statement for c in sorted(found, key=lambda c: (-c.score(weights), c.sn))[:3]]
    reason = declines(reading, found, order, rules)
    named = described(reading, kept) if rules["named_description"] else None
    spanned = sorted((c for c in kept if c.features.get("span")), key=lambda c: -c.features["span"]) \
        if rules["span"] else []
    if spanned:  # 'how many days after the Declaration did the office open': worked out from two dates
        order = spanned + [c for c in order if c not in spanned]
        reason = None
    elif named is not None:  # 'who is Moon Jae-in': the entity's own fact answers, whatever its score
        order = [named] + [c for c in order if c is not named]
    elif (pair := paired(reading, kept, weights)) is not None:  # 'how is Kim Yo-jong related to Kim Jong-un'
        order = [pair] + [c for c in order if c is not pair]
    elif (where := located(reading, kept)) is not None:  # 'where was the liaison office': where it is said to be
        order = [where] + [c for c in order if c is not where]
    elif (whole := next((c for c in order[:5] if c.features.get("sum")), None)) is not None and \
            order[0].score(weights) >= floor:  # 'the construction cost added to the renovation': their sum
        order = [whole] + [c for c in order if c is not whole]
    elif (part := next((c for c in order[:3] if c.features.get("part")), None)) is not None and \
            order[0].score(weights) >= floor:  # 'how much was the renovation's supervision fee': the part, not the whole
        order = [part] + [c for c in order if c is not part]
    elif reason is None and (not order or order[0].score(weights) < floor):
        reason = "floor"
    if reason:
        return Answers(reading, [], method, len(found), reason, near)
    chosen = [Answer(c.statement, round(c.score(weights), 6), {k: round(v, 4) for k, v in c.features.items()}, c.offer)
              for c in order[:limit]]
    return Answers(reading, chosen, method, len(found))


def described(reading: Reading, found: list[Candidate]) -> Candidate | None:
    """For 'who is X' / 'X의 직책은', the fact of the entity X itself, when it is among the candidates."""
    if reading.answer_type != "description" or not reading.entities or typed._PURPOSE_ASKED.search(reading.text):
        return None  # ('what else did Seoul's refurbishment bill pay for' asks no description of Seoul)
    return next((c for c in found if c.statement["kind"] == "entity" and c.statement["id"] == reading.entities[0]), None)


def paired(reading: Reading, found: list[Candidate], weights: dict) -> Candidate | None:
    """For a relation asked between two named entities, the best relation of the record between
    exactly those two, when it is among the candidates."""
    if reading.answer_type != "relation" or len(reading.entities) < 2:
        return None
    pair = set(reading.entities[:2])
    linked = [c for c in found if c.statement["kind"] == "relation"
              and {c.statement.get("record"), c.statement.get("target")} == pair]
    return max(linked, key=lambda c: c.score(weights), default=None)


# words that only say where a thing is: 'inside which industrial zone did the office building stand'
_PLACING = frozenset("""inside within stand stands stood lie lies lay sit sits sat housed based building zone area
complex industrial park region city town site location place district province 건물 지역 단지 공단 도시 위치""".split())


def located(reading: Reading, found: list[Candidate]) -> Candidate | None:
    """For 'where is X' that asks nothing else of X (or only says where, 'inside which zone did X
    stand'), the record's relation placing X (located-in), when it is among the candidates."""
    if reading.answer_type != "place" or not reading.entities or not set(reading.subject) <= _PLACING:
        return None
    return next((c for c in found if c.statement["kind"] == "relation" and c.statement.get("relation") == "located-in"
                 and c.statement.get("record") == reading.entities[0]), None)


def declines(reading: Reading, found: list[Candidate], order: list[Candidate], rules: dict) -> str | None:
    """The first rule that says the record cannot answer, or None."""
    if rules["unknown_name"] and reading.unknown:
        return "unknown_name"
    if rules["unknown_words"] and reading.subject and reading.lang == "en" and \
            len(reading.unknown_words) / len(reading.subject) >= UNKNOWN_SHARE:
        return "unknown_words"
    if rules["speaker"] and reading.answer_type == "quotation":
        if reading.speaker is None and reading.names:
            return "speaker"
        if reading.speaker and not any(c.statement.get("speaker") == reading.speaker for c in found):
            return "speaker"
    if rules["period"] and (reading.period or reading.during) and found and not order:
        return "period"
    if rules["type_required"] and reading.answer_type in TYPED and order and \
            not any(c.features.get("type") for c in order[:3]):
        return "type_required"
    if rules["span"] and reading.span and not any(c.features.get("span") for c in found):
        return "span"  # a time between two things is worked out from their dates, never read from a count
    return None


def candidates(index, reading: Reading, model=None, vectors=None) -> list[Candidate]:
    """Every fact either ranking finds by its own words or its evidence's, with its features."""
    if reading.lang == "ko":  # '연락사무소는': the glossary's 'liaison office', a name of the base
        reading.entities = list(dict.fromkeys([*reading.entities, *_glossed_entities(index, reading.text)]))
    words = list(dict.fromkeys([*reading.words, *reading.expanded, *_english_names(index, reading)]))
    words = [w for w in words if re.search(r"\w", w)]
    lex = _lexical(index, words)
    sims: dict[int, float] = {}
    mean_rank: dict[int, int] = {}
    if model is not None and vectors is not None and reading.text.strip():
        from .meaning import similarities, similarities_fast

        question = model.embed([reading.text])[0]
        all_sims = similarities_fast(vectors, question) if isinstance(vectors, list) else similarities(vectors, question)
        top = sorted(range(len(all_sims)), key=lambda i: -all_sims[i])[:DEPTH] if not hasattr(all_sims, "argsort") \
            else [int(i) for i in all_sims.argsort()[::-1][:DEPTH]]
        mean_rank = {i + 1: r for r, i in enumerate(top, start=1)}
        sims = {i + 1: float(all_sims[i]) for i in top}
    else:
        all_sims = None
    lex_rank = {sn: r for r, sn in enumerate(lex, start=1)}
    found = list(dict.fromkeys([*lex_rank, *mean_rank]))
    about = index.statements_about(reading.entities) if reading.entities else set()
    if len(about) <= 200:
        found = list(dict.fromkeys([*found, *sorted(about)]))
    # evidence found becomes the facts citing it
    citing = index.citing(found) if found else {}
    for ev in list(citing):
        found.extend(f for f in citing[ev] if f not in found)
    if not found:
        return []
    statements = dict(zip(found, index.statements(found), strict=True))
    facts = [sn for sn in found if statements[sn]["kind"] in FACTS]
    cited = index.cited_by(facts)
    evidence_sns = sorted({e for sn in facts for e in cited.get(sn, [])} - set(statements))
    if evidence_sns:
        statements.update(zip(evidence_sns, index.statements(evidence_sns), strict=True))
    if all_sims is not None:
        for e in {e for sn in facts for e in cited.get(sn, [])} | set(facts):
            sims.setdefault(e, float(all_sims[e - 1]))
    synonyms = {w: _stems([w]) | _syn(w) for w in reading.subject}
    period, anchor, at = _period(index, reading)
    # an undated relation of an entity of the event a clause dates the question by ('the South's co-head
    # of the liaison office when it opened': the co-head-of relation, as the office had them from its opening)
    at_entities = set(index.statement(at).get("entities") or []) & set(reading.entities) if at else set()
    own_sets, ev_sets, own_texts = {}, {}, {}
    mentions = _mentions(index, reading.entities)
    for sn in facts:
        st = statements[sn]
        own_texts[sn] = st["sentence"].lower()
        if st["kind"] == "relation":  # a relation speaks of its subject: 'Jon Jong-su (the North's co-head) was…'
            found = index.get(st["record"])
            own_texts[sn] += " " + ((found[1].get("description") or "").lower() if found else "")
        own_sets[sn] = _stems(_words(_text(st) + " " + own_texts[sn])) | _whole_of(index, st)
        ev_sets[sn] = own_sets[sn] | _stems(_words(" ".join(statements[e]["sentence"] for e in cited.get(sn, [])
                                                             if e in statements)))
    # a subject word held by few candidates says more than one held by all (an IDF among them)
    import math

    weight = {w: math.log((len(facts) + 1) / (0.5 + sum(1 for sn in facts if stems & ev_sets[sn])))
              for w, stems in synonyms.items()}
    out = []
    for sn in facts:
        st = statements[sn]
        ev = cited.get(sn, [])
        f = {"lex": 1.0 / (RRF_K + lex_rank[sn]) * (RRF_K + 1) if sn in lex_rank else 0.0,
             "lex_ev": max(((RRF_K + 1) / (RRF_K + lex_rank[e]) for e in ev if e in lex_rank), default=0.0),
             "sim": sims.get(sn, 0.0), "sim_ev": max((sims.get(e, 0.0) for e in ev), default=0.0),
             "cover": _cover(weight, synonyms, ev_sets[sn]), "cover_own": _cover(weight, synonyms, own_sets[sn]),
             "focus": _focus(synonyms, own_sets[sn], st), "head": _head(synonyms, st),
             "held": sum(1 for stems in synonyms.values() if stems & ev_sets[sn]) / len(synonyms) if synonyms else 0.0,
             "entity": _entity_share(st, reading, mentions, own_texts[sn]),
             "kind_event": float(st["kind"] == "event"), "kind_entity": float(st["kind"] == "entity")}
        offer = typed.offer(index, st, reading)
        f["type"] = 1.0 if offer is not None and reading.answer_type else 0.0
        f[f"{st['kind']}|{reading.answer_type if reading.answer_type in ANSWER_TYPES else 'none'}"] = 1.0
        if period and (not _agrees(st, period) or st["id"] == anchor) and not (
                anchor and not st.get("date") and st["kind"] in ("attribute", "relation")) and not (
                st["kind"] == "relation" and not st.get("date") and st["record"] in at_entities):
            f["outside"] = 1.0  # 'the next summit after the demolition'; an undated attribute or relation
            # may still be 'before it became the liaison office' ('the earlier office in the building')
        if offer is not None and reading.answer_type == "amount" and st.get("summed") and \
                _sum_named(index, st, set().union(*synonyms.values()), reading.text):
            f["sum"] = 1.0  # 'the construction cost added to the renovation': the sum of just those two
        if offer is not None and reading.answer_type == "amount" and _own_part(index, st) & set().union(*synonyms.values()):
            f["part"] = 1.0  # 'the renovation's supervision fee': the part whose own purpose the question names
        if st["kind"] == "quote" and "translat" in str(st.get("caveat") or "") and _ORIGINAL.search(reading.text):
            f["outside"] = 1.0  # 'KCNA's own English words': not the article's re-translation of them
        out.append(Candidate(sn, st, f, offer))
    return _spanned(index, reading, out)


_ORIGINAL = re.compile(r"\b(?:own|original|actual|verbatim|english)\b|원문|원래|영문", re.I)


_ADDING = re.compile(r"\b(?:plus|adding|add|added|adds|together|combined|sum|total|altogether|and then)\b|"
                     r"합하|합치|합산|더하|모두",
                     re.I)


def _sum_named(index, st: dict, asked: set[str], text: str) -> bool:
    """Whether a question adds up just what a summed figure's own words name ('Construction (8 billion
    won) and renovation (9.78 billion won) together': construction and renovation, both asked)."""
    if not _ADDING.search(text):
        return False
    found = index.get(st["id"])
    headline = re.sub(r"\([^)]*\)", " ", str(found[1].get("paid_for") or "").split(":")[0]) if found else ""
    named = _stems(_words(headline)) - _stems(["together", "and", "the", "with", "its", "of"])
    return bool(named) and named <= asked


def _own_part(index, st: dict) -> set[str]:
    """For a figure that is part of another, the words of its own purpose that the whole's headline
    lacks ('supervision', not 'renovation'); empty for any other fact."""
    whole = _whole_of(index, st)
    if not whole:
        return set()
    found = index.get(st["id"])
    return _stems(_words(str(found[1].get("paid_for") or ""))) - whole - _stems(["about", "billion", "million", "won"])


def _whole_of(index, st: dict) -> set[str]:
    """For a figure that is part of another ('0.168 billion won: supervision of the works'), the
    words of what the whole paid for (renovating the office): a part of the renovation is about it."""
    if st["kind"] != "figure":
        return set()
    found = index.get(st["id"])
    whole = index.get(found[1].get("part_of")) if found and found[1].get("part_of") else None
    if not whole:
        return set()
    return _stems(_words(str(whole[1].get("paid_for") or "").split(";")[0]))


def _glossed_entities(index, text: str) -> list[str]:
    """The entities a Korean question names by a glossary word whose English is one of their names
    ('연락사무소' -> liaison office), in the order they come. The reader leaves these to ask: for
    `kaesong check` they are not names."""
    from ..index import normalize_name
    from ..reader import _names, glossary

    names = _names(index)
    found = []
    for word, english in glossary.korean().items():
        entity = names.get(normalize_name(" ".join(english)))
        at = text.find(word)
        if entity and at >= 0:
            found.append((at, entity))
    return [e for _, e in sorted(found)]


def _english_names(index, reading: Reading) -> list[str]:
    """For a Korean question, the words of the English names of the entities it names ('김여정은':
    kim, yo-jong), which an English question holds among its words."""
    if reading.lang != "ko":
        return []
    out = []
    for e in reading.entities:
        found = index.get(e)
        name = found[1].get("name") if found and found[0] == "entity" else None
        out += [w for w in re.findall(r"[\w'-]+", name.lower()) if w not in ("the", "of")] if name else []
    return out


def _spanned(index, reading: Reading, out: list[Candidate]) -> list[Candidate]:
    """For 'how many days after A did B', the later of the two events it names answers, offering
    the days between their dates (answer/spans.py); the earlier comes second (rule span)."""
    if not reading.span:
        return out
    from .spans import between

    found = between(index, reading)
    if found is None:
        return out
    first, last, offer = found
    for rank, st in enumerate((last, first)):
        c = next((c for c in out if c.statement["id"] == st["id"]), None)
        if c is None:
            c = Candidate(-1 - rank, st, {}, None)
            out.append(c)
        c.features["span"] = 2.0 - rank  # the later event first, then the earlier
        c.features.pop("outside", None)
        if rank == 0:
            c.offer, c.features["type"] = offer, 1.0
    return out


def _lexical(index, words: list[str]) -> list[int]:
    """Statement numbers best first: BM25 over any of the words (names weigh more than sentences)."""
    if not words:
        return []
    from .words import IRREGULAR

    terms = []
    for w in words:
        terms.append(_term(w))
        if w in IRREGULAR:
            terms.append(_term(IRREGULAR[w]))
    try:
        return [sn for sn, _ in index.ranked(" OR ".join(terms), DEPTH)]
    except Exception:  # an FTS5 syntax FTS5 refuses: rank by meaning alone
        return []


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


# a verb's -ate forms stem as its -ation noun does ('renovating', 'renovated', 'renovation': renov)
_SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ate", "ings", "ing", "ions", "ion", "ments", "ment",
             "ies", "ied", "ed", "es", "s", "e", "ly")
_WORDS = re.compile(r"[^\W_]+")


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _stems(words) -> set[str]:
    out = set()
    for w in words:
        for part in re.split(r"[-\s]+", w.lower()):
            if part:
                out.add(_stem(part))
    return out


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def _syn(word: str) -> set[str]:
    from ..reader import glossary

    return _stems(glossary.english().get(word, ()))


def _text(st: dict) -> str:
    from ..statements import searchable

    return " ".join(searchable(st))


def _cover(weight: dict[str, float], synonyms: dict[str, set[str]], held: set[str]) -> float:
    """The share of the subject's words (weighted by their rarity among the candidates) a fact holds."""
    total = sum(max(weight[w], 0.0) for w in synonyms)
    if not total:
        return 0.0
    return sum(max(weight[w], 0.0) for w, stems in synonyms.items() if stems & held) / total


def _focus(synonyms: dict[str, set[str]], held: set[str], st: dict) -> float:
    """How much of a fact's own sentence is about the subject: the subject words it holds over the
    square root of its length in words (a figure for the renovation alone beats a total that
    mentions the renovation among other things)."""
    if not synonyms:
        return 0.0
    n = sum(1 for stems in synonyms.values() if stems & held)
    return n / max(len(_words(st["sentence"])), 1) ** 0.5


HEAD_WORDS = 5


def _head(synonyms: dict[str, set[str]], st: dict) -> float:
    """The share of the subject's words in the head of a fact's own text: its first words after a
    value ('9.78 billion won: Renovating and repairing…') or an attribute's owner, what the fact is about before what it
    adds (a total that lists the renovation among its parts holds it, but not in its head)."""
    if not synonyms:
        return 0.0
    text = st["sentence"]
    if st["kind"] == "figure":  # '9.78 billion won: Renovating…'
        text = text.split(": ", 1)[-1]
    elif st["kind"] == "attribute":  # 'Inter-Korean Joint Liaison Office — renovation cost: …'
        text = text.split(" — ", 1)[-1]
    head = _stems(_words(text)[:HEAD_WORDS])
    return sum(1 for stems in synonyms.values() if stems & head) / len(synonyms)


def _mentions(index, entities: list[str]) -> dict[str, re.Pattern]:
    """For each named entity, a pattern of its names as a fact's text may mention them ('the North' -> north)."""
    out = {}
    for entity in entities:
        labels = {re.sub(r"^the ", "", label.lower()) for label, e in index.names() if e == entity} - {entity}
        labels = [x for x in labels if len(x) >= 4 or re.search(r"[^\x00-\x7f]", x)]
        if labels:
            out[entity] = re.compile(r"\b(" + "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True)) + r")\b")
    return out


def _entity_share(st: dict, reading: Reading, mentions: dict, text: str) -> float:
    """The share of the named entities a fact concerns, or mentions by name."""
    if not reading.entities:
        return 0.0
    mine = set(st.get("entities") or [])
    share = sum(1 for e in reading.entities if e in mine or (e in mentions and mentions[e].search(text)))
    share /= len(reading.entities)
    if reading.answer_type == "description" and st["kind"] == "entity" and st["id"] in reading.entities:
        share += 1.0
    return share


def _period(index, reading: Reading) -> tuple[tuple[str, str] | None, str | None, str | None]:
    """The period the answer's date must agree with: the question's own ('in 2020'), or the date of
    the event a dating clause names ('how many were there when it closed': the office's
    suspension): of the events the whole question finds, the one that holds most of the clause's words.
    With it, that event's id when the answer is after or before it, not it ('the next summit after
    the demolition': on or after 16 June 2020, and not the demolition); and, for a clause that dates
    the answer at an event ('when it opened'), that event's id."""
    if reading.period:
        return reading.period, None, None
    if not reading.during:
        return None, None, None
    clause = read_sentence(reading.during, index)
    wanted = {w: _stems([w]) | _syn(w) for w in clause.subject}
    whole = {w: _stems([w]) | _syn(w) for w in reading.subject if w not in wanted}
    if not wanted:
        return None, None, None
    ranked = _lexical(index, list(dict.fromkeys([*reading.words, *reading.expanded])))
    best, held, anchor = None, 0, None
    for st in index.statements(ranked) if ranked else []:
        if st["kind"] != "event" or not st.get("date"):
            continue
        words = _stems(_words(_text(st)))
        n = 10 * sum(1 for stems in wanted.values() if stems & words) + sum(1 for stems in whole.values() if stems & words)
        if not clause.entities:  # 'the head of the liaison office when it opened': its own opening, not another's
            n += 2 * len(set(reading.entities) & set(st.get("entities") or []))
        if n > held:
            best, held, anchor = st["date"]["value"][:10], n, st["id"]
    if not best:
        return None, None, None
    relation = getattr(reading, "during_rel", None)
    if relation == "after":
        return (best, "9999"), anchor, None
    if relation == "before":
        return ("0000", best), anchor, None
    return (best, best), None, anchor


def _agrees(st: dict, period: tuple[str, str]) -> bool:
    """Whether a fact's date (or span) meets the period; an undated fact cannot agree with one."""
    date = (st.get("date") or {}).get("value")
    if not date:
        return False
    end = (st.get("end") or {}).get("value") or date
    since, until = period
    return not (end[:len(since)] < since[:len(end)] or date[:len(until)] > until[:len(date)])


def _method(model) -> str:
    return "lexical+meaning" if model is not None else "lexical"


# What `kaesong check` (provenance/check.py) reads claims with until it moves to the reader itself
# (issue 19): the reading of a sentence, its candidate facts ranked, and whether the best is close.
def ranked(found: list[Candidate], weights: dict | None = None) -> list[tuple[float, Candidate]]:
    return sorted(((c.score(weights), c) for c in found), key=lambda item: (-item[0], item[1].sn))


def answerable(similarity: float | None, held: float) -> bool:
    """Whether a claim's best fact is close enough to be about it: similar in meaning, or holding
    half its subject."""
    return (similarity is not None and similarity >= 0.26) or held >= 0.5


def unknown_names(index, text: str) -> list[str]:
    return read_sentence(text, index, claim=True).unknown


def read(index, text: str) -> Reading:
    return read_sentence(text, index)


Candidate.similarity = property(lambda self: self.features.get("sim"))
Candidate.words_held = property(lambda self: self.features.get("held", 0.0))
