"""The reader of sentences: one reading of a question or a claim, in English or Korean, shared by
`kaesong ask` and `kaesong check` (they differ only in what they do with it).

    from kaesong_cli.reader import read
    r = read("how much did the renovation cost?", index)
    r.answer_type   # 'amount'             the type of value asked for or asserted (types.TYPES or None)
    r.subject       # ['renovation']       what the value is of: the act or thing, in the base's words
    r.entities      # []                   entity ids the sentence names ('문재인은' -> moon-jae-in)
    r.period        # None                 (since, until) as ISO date prefixes: 'in 2020' -> ('2020', '2020'),
                    #                      'after June 2020' -> ('2020-07', '9999'), 'today' -> this year
    r.during        # None                 a clause that dates the answer: '... when it closed' -> 'it closed'
    r.during_rel    # None                 the answer at that time ('at'), or 'after' / 'before' it
    r.speaker       # None                 the entity a quotation is asked of ('what did KCNA say')
    r.unknown       # []                   capitalised names the base has never heard of ('Elvis')
    r.unknown_words # []                   subject words the base does not hold, even glossed or corrected
    r.span          # None                 how long between two things: ('days', 'the Declaration', 'the office open')

`read(text, index=None)`: without an index, entities, unknown names and words are not looked up
(the sentence is read for its type, its words and its period alone). Pure: no Typer, no Rich, no
output; never raises on any text.

Modules: types.py (answer types from English wording), korean.py (particles, endings, question
words), glossary.py (data/glossary.json: Korean stems and readers' English words to the base's
words); values.py (dates, times, amounts and counts with their spans) is check's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import glossary, korean
from .types import CUES, DESCRIBING, PERSON_HEADS, TYPES, answer_type, head_type, respell

__all__ = ["TYPES", "Reading", "read"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# a question for a name's Korean form, which the named entity's own fact gives ('Ministry of
# Unification (통일부): …'); its naming words are no part of the subject
_HANGUL_NAME = re.compile(r"\b(?:korean|hangul) (?:name|names|spelling|title|word)\b|\b(?:called|named|written|spelt|"
                          r"spelled|known|say|said) in (?:korean|hangul)\b|\bin (?:korean|hangul)\b|한국어 (?:명칭|이름)")
_NAMING = frozenset("korean hangul name names spelling title word called named written spelt spelled known say said "
                    "official 한국어 명칭 이름".split())
_KO_WHO_IS = r"누구(인가|입니까|야|예요|니|인지)|무엇"
_KO_DATE_UNITS = frozenset("년 월 일 년도".split())
_KO_ASKING = ("언제", "누구", "얼마", "어디", "뭐", "무엇", "몇")
_MONTH_ABBR = {m[:3]: i for i, m in enumerate(_MONTHS, start=1)}
_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
billion first second third fourth fifth once twice""".split())
# Verbs that carry no subject of their own ('did she make her warning'): never a word the record lacks
_LIGHT_VERBS = frozenset("""make makes made making take takes took taken taking give gives gave given giving get gets got
getting come comes came coming goes went gone going happen happens happened happening""".split())
_GET = frozenset("get gets got getting gotten".split())  # of the light verbs, the passive's auxiliary


def _passive_get(word: str, after: list[str]) -> bool:
    """'get' before a participle is a passive's auxiliary ('did the building get blown up': blown,
    building), no subject word; 'got back', 'get home' keep it."""
    from ..answer.words import IRREGULAR

    return word in _GET and bool(after) and (after[0] in IRREGULAR or bool(re.search(r"(?:ed|en)$", after[0])))


# Ordinals say which of several ('the third summit'): subject words, unlike the numbers of a value
_ORDINAL_WORDS = frozenset("second third fourth fifth".split())
# Phrasal verbs of renovating, whose words apart say nothing ('spent 10 billion won doing up that office')
_PHRASAL = re.compile(r"\b(?:do|does|doing|did|done|spruce|spruces|sprucing|spruced)\s+up\b(?!\s+to\b)", re.I)
# Words that say how near a value is ('around 100', 'nearly 60'): part of the value, not of its subject.
_KIND_OF = re.compile(r"\b(what|which)\s+(?:kind|kinds|sort|sorts|type|types)\s+of\b", re.I)
_APPROX = frozenset("around nearly almost roughly approximately exactly precisely exact precise just some circa".split())


@dataclass
class Reading:
    """What a sentence is about and what it asks for or asserts (see the module's docstring)."""

    text: str
    lang: str = "en"                      # 'en' or 'ko' (any Hangul)
    answer_type: str | None = None        # one of TYPES, or None
    words: list[str] = field(default_factory=list)    # content words, lower case, Korean glossed to English
    subject: list[str] = field(default_factory=list)  # the content words that are neither type cues nor names
    expanded: list[str] = field(default_factory=list)  # subject words with the glossary's equivalents
    entities: list[str] = field(default_factory=list)  # entity ids named, longest names first
    period: tuple[str, str] | None = None
    during: str | None = None
    during_rel: str | None = None  # how the answer stands to the dating clause: 'at' (when…), 'after', 'before'
    speaker: str | None = None
    unknown: list[str] = field(default_factory=list)
    unknown_words: list[str] = field(default_factory=list)
    corrected: dict[str, str] = field(default_factory=dict)  # a misspelt word -> the base's word
    names: list[str] = field(default_factory=list)  # capitalised phrases that name no entity ('White House')
    related: list[str] = field(default_factory=list)  # entities added by a relation the sentence names, not named
    weekday: bool = False  # it asks the day of the week ('what day of the week', 'weekday', '무슨 요일')
    side: str | None = None  # the side the person asked for belongs to ('which South Korean president': south-korea)
    span: tuple[str, str, str] | None = None  # how long between two things: (unit, first, second) (spans.py)

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?") or self.answer_type is not None


def read(text: str, index=None, claim: bool = False) -> Reading:
    """The reading of `text` (see the module's docstring); `index` is an index.Index or None.
    `claim`: the text is a claim, whose capitalised first word is usually a name ('Elvis visited
    Kaesong'), where a question's is not ('Describe the office')."""
    from ..answer.words import QUESTION, STOP, bare

    text = text if isinstance(text, str) else str(text)
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)[:10_000]
    r = Reading(text=text, lang="ko" if korean.is_korean(text) else "en")
    lowered = " ".join(_WORD.findall(text.lower()))
    # a misspelt question or cue word, written in lower case (or first): 'Kim Tim' is a name, not 'time'
    casual = {w.lower() for i, w in enumerate(_WORD.findall(text)) if i == 0 or w.islower()}
    known = (lambda w: w not in casual or index.is_word(w)) if index is not None else (lambda w: w not in casual)
    if r.lang == "en":
        lowered = respell(lowered, known)
        lowered = re.sub(r"\b(north|south)s\b", r"\1's", lowered)  # 'the norths chief': the North's
    main, r.during, r.during_rel = _split_during(lowered)
    r.answer_type = answer_type(main)
    if not claim:
        from .spans import span_of

        r.span = span_of(text)
        if r.span:  # 'how many days after the Declaration did the office open': a count of days, not a date
            r.answer_type, r.during, r.during_rel = "count", None, None
    if r.lang == "ko":
        kind, _ = korean.question_type(text)
        r.answer_type = r.answer_type or kind
    r.period = _period(text, claim)
    r.weekday = bool(re.search(r"\bday of (?:the )?week\b|\bweekday\b(?!s)|요일|\b(?:monday|tuesday|wednesday|thursday|"
                               r"friday|saturday|sunday)\b", lowered))
    names = _names(index)
    hangul_known = {n for n in names if korean.is_korean(n)} | set(glossary.korean())
    tokens: list[str] = []
    source = korean.idioms(text) if r.lang == "ko" and not claim else text
    if not claim:  # 'what kind of institution': the institution is asked, 'kind' is no subject word
        source = _KIND_OF.sub(r"\1", source)
    for w in _WORD.findall(_PHRASAL.sub("renovating", source)):
        w = bare(w)
        tokens.append(korean.stem(w, hangul_known) if korean.is_korean(w) else w)
    named_at: dict[str, int] = {}
    r.entities, name_words = _entities(tokens, names, named_at)
    r.names = _capitalised(text, name_words)
    words: list[str] = []
    for t in tokens:
        lower = t.lower()
        if korean.is_korean(t):
            if lower in korean.QUESTION_WORDS or lower.startswith(_KO_ASKING) or lower in korean.STOP:
                continue
            gloss, uncovered = glossary.segment(re.sub(r"^[\d.,]+", "", lower))  # '1층': a number and a floor
            parts = list(gloss) if gloss else ([] if lower in name_words else [lower])
            if gloss and uncovered >= 2 and lower not in name_words:
                parts.append(lower)  # '국방예산': the budget, and a word the glossary does not know
        else:
            if r.lang == "en":
                lower = respell(lower, known)
                lower = {"norths": "north", "souths": "south"}.get(lower, lower)
            whole = "-" in lower and index is not None and index.is_word(lower)
            parts = lower.split("-") if "-" in lower and lower not in name_words and not whole else [lower]
        for p in parts:
            if p[:1].isdigit():  # '2018년', '58명', '4층', '50pm': a value's unit, the value read by values.py
                p = re.sub(r"^[\d.,]+", "", p)
                if p in _KO_DATE_UNITS and not claim:  # '2020년 1월': a period, read by _period
                    continue
            if re.fullmatch(r"제\d+(?:차|회|번째)", p):  # '제298차': an ordinal, read by values.py
                continue
            if p and p not in STOP and p not in QUESTION and p not in words and not p.isdigit():
                words.append(p)
    r.words = words
    if index is not None:
        r.words = [_correct(index, w, r) for w in words]
        if r.corrected and not claim:  # 'kaesong industrail complex': the Kaesong Industrial Complex, once put right
            again, again_words = _entities([r.corrected.get(t.lower(), t) for t in tokens], names)
            if set(again) - set(r.entities):
                r.entities = list(dict.fromkeys([e for e in again if e not in r.entities] + r.entities))
                name_words |= again_words
        if r.corrected and r.lang == "en" and not claim and not r.span:  # 'wich counsil aproved the budget': a body
            r.answer_type = head_type(" ".join(r.corrected.get(w, w) for w in main.split())) or r.answer_type
    subject = [w for w in r.words if w not in CUES and w not in name_words and w not in _MONTHS
               and (w not in _NUMBER_WORDS or w in _ORDINAL_WORDS)
               and w not in _APPROX]
    subject = [w for i, w in enumerate(subject) if not _passive_get(w, subject[i + 1:i + 2])]
    r.subject = subject
    english = glossary.english()
    expanded = list(subject)
    for w in subject:
        for syn in english.get(w, ()):
            if syn not in expanded:
                expanded.append(syn)
    r.expanded = expanded
    who_is = re.match(r"^\s*(who|what)\s+(is|was|are|were)\b", lowered) if r.lang == "en" else re.search(_KO_WHO_IS, text)
    if _HANGUL_NAME.search(lowered) and r.entities:  # 'what is the Ministry of Unification called in Korean'
        subject = [w for w in subject if w not in _NAMING]
        r.subject = subject
    describing = bool(subject) and all(w in DESCRIBING for w in subject)
    if describing and r.entities and r.answer_type in ("person", None, "relation"):
        r.answer_type, subject = "description", []
        r.subject = subject
    if r.answer_type in ("person", None) and r.entities and not subject and (who_is or r.answer_type is None):
        r.answer_type = "description"
    if index is not None:
        r.entities, by_relation = _related(index, r.entities, r.words)
        r.related = list(by_relation)
    else:
        by_relation = []
    if r.answer_type == "person":
        r.side = _side(" ".join(r.corrected.get(w, w) for w in main.split()))  # 'the norths cheif': corrected
    if r.answer_type == "quotation" and r.entities:
        r.speaker = _speaker(index, r.entities, by_relation, named_at)
    if index is not None:
        r.unknown = _unknown_names(index, text, name_words, claim)
        # 'the US State Department': a body of words the record holds, but no body it names
        r.unknown += [n for n in r.names if _BODY.search(n) and len(n.split()) > 1 and not _labelled(index, n)
                      and n not in r.unknown]
        r.unknown_words = [w for w in subject if (len(w) >= 4 or korean.is_korean(w)) and w not in _LIGHT_VERBS
                           and not _known(index, w, english)]
    return r


_SIDE = re.compile(r"\b(?:(?:which|what|the|a|an)\s+(south|north)(?:\s+korean|ern|['’]s)|(south|north)\s+korea['’]s)\s+"
                   r"(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(sorted(PERSON_HEADS, key=len, reverse=True)) + r")\b")
_SIDE_KO = re.compile(r"(북측|남측|북한|남한)\s*(?:\S+\s+)?\S*?(?:소장|사무처장|대표|장관|위원장|책임자|정상|대통령|지도자)")


def _side(lowered: str) -> str | None:
    """The side the asked person belongs to, where an adjective says it of the noun asked about:
    'which South Korean president', 'the North's co-head' (not 'who blew up the South's office')."""
    m = _SIDE.search(lowered)
    if m:
        return f"{m.group(1) or m.group(2)}-korea"
    m = _SIDE_KO.search(lowered)  # '북측 소장은 누구였나요': the North's co-head
    return ("north-korea" if m.group(1) in ("북측", "북한") else "south-korea") if m else None


_SOUTH = re.compile(r"South Korean|\(South|South's|South Korea's")
_NORTH = re.compile(r"North Korean|\(North|North's|North Korea's")


def side_of(text: str) -> str | None:
    """'south' or 'north', the one side a description names ('South Korea's vice minister of
    unification'), or None when it names neither or both."""
    south, north = bool(_SOUTH.search(text)), bool(_NORTH.search(text))
    return "south" if south and not north else "north" if north and not south else None


def _related(index, entities: list[str], words: list[str]) -> tuple[list[str], list[str]]:
    """The named entities, and those a relation of theirs names with a word of the sentence:
    "Kim Jong-un's sister" names kim-jong-un, and kim-yo-jong is his sister (sister-of)."""
    out, added = list(entities), []
    wanted = set(words)
    for entity in entities:
        for rel in index.relations(entity):
            other = rel["source"] if rel["target"] == entity else rel["target"]
            if wanted & set(rel["type"].split("-")) and other not in out:
                out.append(other)
                added.append(other)
    return out, added


_SPEAKING = ("person", "organization", "country", "media", "group", "fund")


def _speaker(index, entities: list[str], by_relation: list[str], named_at: dict[str, int]) -> str | None:
    """Whose words a quotation question asks: the first entity named that can speak ('How did KCNA
    describe the destruction of the liaison office': KCNA, not the office), unless a relation of a
    name gives the speaker ("Kim Jong-un's sister": Kim Yo-jong); a named speaker of its own goes
    before one a relation adds ("South Korea's Ministry of Unification": the Ministry, not the minister
    of unification of South Korea)."""
    def kind(e: str) -> str | None:
        found = index.get(e) if index is not None else None
        return found[1].get("kind") if found and found[0] == "entity" else None

    anchors = {e for e in entities if e not in by_relation and index is not None and any(
        (rel["source"] if rel["target"] == e else rel["target"]) in by_relation for rel in index.relations(e))}
    direct = sorted((e for e in entities if e not in by_relation and kind(e) in _SPEAKING),
                    key=lambda e: named_at.get(e, len(named_at) + 99))
    own = [e for e in direct if e not in anchors]
    if own:
        return own[0]
    if by_relation:
        return by_relation[0]
    return direct[0] if direct else None  # 'what did kim yo jung say about the liason office': not the office's words


def _capitalised(text: str, name_words: set[str]) -> list[str]:
    """Runs of capitalised words (not a sentence's first word alone) that name no entity."""
    from ..answer.words import QUESTION, STOP

    out, run = [], []
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = re.sub(r"['’]s$", "", m.group())
        lower = w.lower()
        alone_first = i == 0 and len(words) > 1 and not words[1].group()[:1].isupper()
        ok = (w[:1].isupper() and lower not in name_words and lower not in _MONTHS and lower not in _NUMBER_WORDS
              and not (lower in STOP or lower in QUESTION) and not alone_first)
        if ok:
            run.append(w)
        else:
            if run:
                out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    return out


def _split_during(lowered: str) -> tuple[str, str | None, str | None]:
    """A 'when' clause after the question's own words dates its answer: 'how many were there when
    it closed' -> ('how many were there', 'it closed', 'at'); so does 'on the day the office was blown
    up'; 'the next summit after the demolition' -> (…, 'the demolition', 'after'): later than it. A
    question that starts with when asks for a date."""
    m = next((m for m in re.finditer(r"\b(when|while|after|before|at the time|on the day|the day(?! before| after)|on the date|"
                                     r"at the moment|by the time)\b (?=(.+)$)", lowered) if m.start() >= 4), None)
    if not m:
        return lowered, None, None
    head = lowered[:m.start()].strip()
    if not re.search(r"\b(what|who|whom|whose|how|which|where|why|did|was|were|is)\b", head):
        return lowered, None, None
    return head, m.group(2).strip(), m.group(1) if m.group(1) in ("after", "before") else "at"


def _period(text: str, claim: bool = False) -> tuple[str, str] | None:
    """An explicit period: 'in 2020', 'in January 2020', 'June 2020', '2020년 1월'; in a question,
    'after June 2020' is from July 2020 on, 'before 2019' until 2018, and 'today', 'now' or
    'currently' the present year, which no fact of the record is dated in."""
    found = _named_period(text)
    if claim:
        return found
    low = text.lower()
    if found is None:
        if _PRESENT.search(low):
            from datetime import date

            year = str(date.today().year)
            return year, year
        return None
    m = re.search(r"\b(after|since|from|before|until|till|prior to)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?"
                  r"(?:(?:" + "|".join(_MONTHS) + r")\.?\s+)?(?:(?:19|20)\d\d)\b", low)
    if not m:
        return found
    since, until = found
    if m.group(1) == "after":
        return _next(until), "9999"
    if m.group(1) in ("since", "from"):
        return since, "9999"
    return "0000", _previous(since)


_PRESENT = re.compile(r"\b(today|nowadays|currently|current|presently|at present|these days|right now|now|as of now)\b|"
                      r"현재|지금|오늘날")


def _next(value: str) -> str:
    """The year or month after a 'YYYY' or 'YYYY-MM'."""
    if len(value) == 4:
        return str(int(value) + 1)
    year, month = int(value[:4]), int(value[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def _previous(value: str) -> str:
    """The year or month before a 'YYYY' or 'YYYY-MM'."""
    if len(value) == 4:
        return str(int(value) - 1)
    year, month = int(value[:4]), int(value[5:7])
    return f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"


def _named_period(text: str) -> tuple[str, str] | None:
    low = text.lower()
    m = re.search(r"\b(" + "|".join(_MONTHS) + r"|" + "|".join(_MONTH_ABBR) + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                  r"((?:19|20)\d\d)\b", low)
    if m:
        month = _MONTH_ABBR[m.group(1)[:3]]
        return f"{m.group(2)}-{month:02d}", f"{m.group(2)}-{month:02d}"
    m = re.search(r"((?:19|20)\d\d)\s*년\s*(\d{1,2})\s*월", text)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}", f"{m.group(1)}-{int(m.group(2)):02d}"
    m = re.search(r"(?:\b(?:in|during|of|since|by)\s+(?:the\s+year\s+)?|\b)((?:19|20)\d\d)(?:\b|년)", low)
    if m:
        return m.group(1), m.group(1)
    return None


def _names(index) -> dict[str, str]:
    """normalised name -> entity id, for every name, alias and Hangul name of the base."""
    if index is None:
        return {}
    from ..index import normalize_name

    cache = getattr(index, "_reader_names", None)
    if cache is None:
        cache = {}
        for label, entity in index.names():
            cache.setdefault(normalize_name(label), entity)
        index._reader_names = cache
    return cache


def _entities(tokens: list[str], names: dict[str, str], where: dict | None = None) -> tuple[list[str], set[str]]:
    """The entities the tokens name, longest names first, each once; and the words of those names
    (and, in `where`, the token each entity is first named at)."""
    where = {} if where is None else where
    from ..index import normalize_name

    found: list[str] = []
    words: set[str] = set()
    if not names:
        return found, words
    taken = [False] * len(tokens)
    for size in range(min(8, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            if any(taken[start:start + size]):
                continue
            span = tokens[start:start + size]
            norm = normalize_name(" ".join(span))
            entity = names.get(norm)
            if entity and (size > 1 or len(norm) > 2 or korean.is_korean(norm)) and not (
                    size == 1 and norm in ("north", "south", "us", "council", "military")):
                if entity not in found:
                    found.append(entity)
                where[entity] = min(where.get(entity, start), start)
                taken[start:start + size] = [True] * size
                for t in span:
                    words.update(p for p in re.split(r"[-'’]", t.lower()) if p)
                    words.add(t.lower())
    # 'the North', 'the South', 'the Council': a one-word alias counts when 'the' leads it
    for i, t in enumerate(tokens):
        if not taken[i] and i and tokens[i - 1].lower() == "the" and t.lower() in ("north", "south", "council", "military"):
            entity = names.get(normalize_name(f"the {t}"))
            if entity and entity not in found:
                found.append(entity)
                where[entity] = i
                words.add(t.lower())
        elif not taken[i] and re.fullmatch(r"(north|south)(['’]s)?", t, re.I) and t[0].isupper():
            entity = names.get(normalize_name(f"the {t.split(chr(39))[0]}"))
            if entity and entity not in found:
                found.append(entity)
                where[entity] = i
                words.add(t.lower())
    return found, words


def _correct(index, word: str, r: Reading) -> str:
    """A misspelt word becomes the base's nearest word ('renovaton' -> 'renovation')."""
    from ..answer.words import nearest

    if korean.is_korean(word) or len(word) < 4 or index.is_word(word) or word in glossary.english() or word in CUES:
        return word
    if index.token_of(word) and index.words_with_token(index.token_of(word)):
        return word
    vocabulary = getattr(index, "_reader_vocabulary", None)
    if vocabulary is None:
        # and the glossary's longer English words ('cheif' -> 'chief'; not 'ring', which 'bring' is not)
        vocabulary = index._reader_vocabulary = [*index.vocabulary(), *(w for w in glossary.english() if len(w) >= 5)]
    best = nearest(word, vocabulary, 85) or _swapped(word, vocabulary)
    if best and best != word:
        r.corrected[word] = best
        return best
    return word


def _swapped(word: str, vocabulary: list[str]) -> str | None:
    """The one word of the vocabulary (the base's and the glossary's longer English) that `word` is
    with two neighbouring letters swapped ('cheif' -> 'chief', which a ratio of 80 misses); None when
    none or several are."""
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)} - {word}
    found = swaps.intersection(vocabulary)
    return found.pop() if len(found) == 1 else None


def _known(index, word: str, english: dict) -> bool:
    if korean.is_korean(word):  # a Korean word the glossary does not know (names were taken out before)
        if len(word) < 2 or any(word.startswith(k) for k in glossary.korean()):  # '폭파됐': an ending left
            return True
        found, uncovered = glossary.segment(word)  # '남북정상회담': a compound of known words
        return bool(found) and uncovered <= 1
    if index.is_word(word) or word in english or word in _NUMBER_WORDS:
        return True
    token = index.token_of(word)
    return bool(token and index.words_with_token(token))


_BODY = re.compile(r"\b(?:Department|Ministry|Agency|Council|Committee|Bureau|Court|Assembly|Commission)\b")


def _labelled(index, name: str) -> bool:
    """Whether a name is one of the base's names, or holds one ('the Unification Ministry')."""
    from ..index import normalize_name

    said = normalize_name(name)
    return any(normalize_name(label) in said or said in normalize_name(label)
               for label, _ in index.names() if len(label) > 3)


def _unknown_names(index, text: str, name_words: set[str], claim: bool = False) -> list[str]:
    """Capitalised words that are neither function words nor words of the base, nor a near miss
    of one ('Elvis', 'France'; not 'Kim Yo-jung'); never a sentence's first word, a month or a
    number word."""
    from ..answer.words import QUESTION, STOP, bare, nearest

    latin = re.findall(r"[A-Za-z]{2,}", text)
    if len(latin) >= 3 and not re.search(r"[a-z]", text):
        return []  # 'LIAISON OFFICE HOUSED IN…': a headline in capitals capitalises every word ('TNT' is a name)
    out = []
    vocabulary = None
    first = True
    english = glossary.english()
    for m in _WORD.finditer(text):
        w = bare(m.group())
        starts = (first and not claim) or bool(re.search(r"[.!?:;\"“]\s*$", text[:m.start()]))
        first = False
        lower = w.lower()
        if (not w[:1].isupper() or starts or lower in STOP or lower in QUESTION or lower in _MONTHS
                or (lower[:3] in _MONTH_ABBR and len(lower) <= 4) or lower in _NUMBER_WORDS or lower in name_words
                or index.is_word(lower) or lower in english):  # 'Covid': the glossary's covid-19
            continue
        if vocabulary is None:
            vocabulary = index.vocabulary()
        if nearest(lower, vocabulary, 80) is None:
            out.append(w)
    return out
