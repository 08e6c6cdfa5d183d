"""Checking a claim against the record, part by part.

1. The claim is read with the reader `ask` uses (reader.read: its subject words, glossed and
   expanded, its entities, unknown names) and its values are read with their spans
   (reader.values: dates, times, amounts, counts, each with its qualifier).
2. The claim is cut into clauses (at commas, 'and', 'but', Korean -고/-며), so that in 'opened in
   2018 and was blown up in 2019' each date has its own subject. Each value is a part.
3. Each part is judged against the fact its subject is about: among the facts that hold a value
   of that kind (events for a date or a time, money figures for an amount, sentences that count
   the same thing for a count), the one whose own words (an event's title and summary, a
   figure's purpose, an attribute's name) share the most of the clause's subject words, rarer
   words weighing more. A fact is never chosen because its number is close. No fact clearly
   about the subject: the part cannot be judged, or, where the subject names what the base has
   never heard of, it is not in the record.
4. The value is compared with the fact's under the one tolerance rule of reader/values.py, and
   with every value the sources give where they differ (claims with ranks): the sources' values
   for a date or time are disputed unless the claim names the source whose value it gives; an
   amount converted at the source's own rate is the preferred value, another source's
   conversion is disputed.
5. Relations and wordings: 'Kim Yo-jong is Kim Jong-un's sister' (a relation the record holds
   supports; a different one of the same two people contradicts), 'destroyed by South Korea'
   (another agent of the same act contradicts), 'Moon called the office useless' (a quotation's
   words are found in the record's verbatim text, and its speaker compared).
   Causes: 'suspended over the leaflets' (the record's own cause of the act, those of the acts that
   led to it, and an entity described as 'the cause of' it, against the claim's; see reasons()).
   Who did it: 'North Korea sued South Korea for 44.7 billion won' (the subject of the fact's own act
   against the first name of its title or purpose; see doer()).
6. Verdict: every judged part supported -> supported; every one contradicted -> contradicted;
   both -> mixed; any disputed and none contradicted -> disputed. A claim with nothing to judge
   is 'not in the record' when it names what the base does not hold, else 'cannot judge'.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

SUPPORTED, CONTRADICTED, MIXED, DISPUTED = "supported", "contradicted", "mixed", "disputed"
NOT_IN_RECORD, CANNOT_JUDGE = "not in the record", "cannot judge"
VERDICTS = (SUPPORTED, CONTRADICTED, MIXED, DISPUTED, NOT_IN_RECORD, CANNOT_JUDGE)
PART_CANNOT = "cannot judge this part"

# A fact is the subject of a part when its score (the summed rarity of the subject words it
# shares with the clause) reaches FLOOR and beats the next fact's by MARGIN; fitted on the folds
# of bench/claims.json by bench/check_eval.py (--fit), see the README.
FLOOR, MARGIN, SURE = 0.1, 0.02, 0.1
UNKNOWN_WORDS = 2  # English subject words the record never uses that make a claim with nothing judged 'not in the record'
KOREAN_UNKNOWN = 2  # Korean words the glossary does not know, in a claim with nothing judged: not in the record
COVERED = 0.3  # a date contradicted needs a fact holding at least this share of its clause's subject words
ENTITY = 0.15  # added to a fact's score for the share of the clause's entities it concerns

_CLAUSE = re.compile(r"\s*(?:[;:]|,\s*(?:and|but|while|then)?\s*|\s(?:and|but|while)\s+(?=(?:was|were|is|had|has|then|"
                     r"later|it|they|he|she|the|north|south|pyongyang|seoul|blew|cut|called|opened|issued|kept|ended|"
                     r"damaged|closed|demolished|destroyed)\b)|\s(?=until\s)|(?<=[고며])\s+)", re.I)
# 'only': a claim that nothing else was, which no value of the record supports ('수리에만 쓰여': spent on repairs
# only; 'every won of it went into the building'); not 'only 9.78 billion won', which stresses the sum, nor
# 'not only' or '뿐만 아니라' (and also)
_ONLY = re.compile(r"(?<!\bnot )\b(?:only|solely|exclusively|entirely|wholly|alone|nothing but|every (?:single )?(?:won|penny|"
                   r"cent|dollar))\b(?!\s+(?:about\s+|around\s+)?[\d$₩])"
                   r"|에만|에게만|뿐(?!만)|(?<![\d천백십억조일이삼사오육칠팔구])만(?:을|이|으로)", re.I)
# a word that makes a clause of its own: a verb of being or having, a past tense, a common irregular verb
_VERB = re.compile(r"\b(?:is|was|were|are|be|been|has|had|have|did|does|do|will|would|can|could|\w{3,}ed|blew|cut|"
                   r"began|met|sent|put|set|led|said|says|went|came|took|gave|made|built|paid|spent|held|won|lost|"
                   r"fell|rose|broke|struck|sued|opens|opened|closes|shut)\b", re.I)
# Opinions and predictions: judgements and what will be, which no record can support or contradict
_OPINION = re.compile(r"!|\b(?:will|would|should|must|could|might|tragedy|tragic|shameful|shame|waste|wasted|"
                      r"disgrace|only way|sad|great|terrible|regrettable|best|worst|heartbreaking|naive|foolish|stupid|"
                      r"outrageous|shocking|wonderful|deplorable|reckless|pointless|finest|greatest|self-defeating|"
                      r"thrown away|never forget|mistake|blunder|folly|failure|fiasco|disastrous|senseless|needless|"
                      r"absurd|ridiculous|hopeless|unforgivable|inexcusable|behind the throne)\b"
                      r"|안타까|것이다|해야|좋아질|나빠질|자충수|순진|어리석|실패|최악|야말로",
                      re.I)
_REPORTED = re.compile(r"\b(?:said|says|warned|warns|threatened|threatens|announced|announces|stated|states|declared|"
                       r"declares|told|tells|vowed|vows|promised|promises|pledged|pledges|insisted|insists|claimed|"
                       r"claims|predicted|predicts)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|won['’]t)\b", re.I)


def _predicts(claim: str) -> bool:
    """Whether the claim itself says what will be ('The office will be rebuilt by 2030'), not what
    someone said would be ('she warned it will collapse') or a quotation's words."""
    said = _REPORTED.search(claim)
    own = _QUOTED.sub(" ", claim[:said.start()] if said else claim)
    return bool(_FUTURE.search(own))


def _opinion(text: str):
    """An opinion or a prediction; a modal in what someone is reported to have said is theirs ('Kim
    Yo-jong said the next action would be handed to the army' reports a statement)."""
    said = _REPORTED.search(text)
    if said:
        text = text[:said.end()] + re.sub(r"\b(?:will|would|could|might|must|should)\b", " ", text[said.end():],
                                          flags=re.I)
    return _OPINION.search(text)


_PEOPLE = frozenset("""people persons staff officials employees workers attended attending 명 인원 personnel koreans
southerners""".split())
_COUNTED = frozenset("floor floors storey story four-story".split())  # the glossary's words for what is counted
# A quotation: its marks are not an apostrophe inside a word ('KCNA's report said the office was 'ruined'')
_QUOTED = re.compile(r"(?<![A-Za-z])['\"‘“]([^'\"’”]{3,}?|[^\"’”]{3,}?)['\"’”](?![A-Za-z])")
# Where a claim puts what it speaks of: 'in Panmunjom', 'at the Kaesong Industrial Complex'
_PLACED = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+)?(?:border\s+)?(?:city\s+of\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
_NEGATION = re.compile(r"\b(?:no|not|never|neither|nor)\b|n't\b|(?:지|하지|되지)\s*(?:않|못)|아무런|전혀", re.I)
# 'before the work began', 'after the Hanoi summit': an order of events, not a date
_ORDER = re.compile(r"\b(?:before|after)\s+(?:(?:the|a|an|its|his|her|their)\s+(?!end\b|start\b|beginning\b)[a-z]+"
                    r"|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\b)", re.I)
# '폭파한 뒤인 6월 9일', '개소 이후', '폭파 다음 날인 6월 17일': an order of events in Korean
_ORDER_KO = re.compile(r"[가-힣]+(?:한|된|난|던|은|진)\s*(?:뒤|후|다음|직후|직전|전)(?=[인에로,\s]|$)"
                       r"|[가-힣]{2,}\s*(?:이후|이전|직후|직전|다음\s*날|이튿날|전날)")
# Nouns of acts to their verbs, where stemming leaves them apart ('suspension' and 'suspended')
_DERIVED = {"suspension": "suspend", "demolition": "demolish", "construction": "construct", "explosion": "explode",
            "approval": "approve", "destruction": "destroy", "closure": "close", "signature": "sign",
            "completion": "complete", "renovation": "renovate", "collapse": "collapse", "closing": "close"}
_GERUND = re.compile(r"\bbuilding\s+and\s+\w+ing\b|\b\w+ing\s+and\s+building\b|(?<!the )\bbuilding\s+(?:it|the)\b", re.I)
_CONSTRAINT = re.compile(r"\b(?:when|while|during)\b", re.I)  # before the value it makes a constraint: 'when ... in 2020'
_CONSTRAINT_KO = re.compile(r"때|면서|당시")  # after it: '2020년 1월 중단됐을 때 58명이' (58 is asserted)
# words no subject is made of: they name the office itself, or only join
_GENERIC = frozenset("""office liaison joint inter korean korea koreas kaesong the two both side sides
also was were had been its it their which who that this those these north south billion million won dollars
years year day month time cost costs since""".split())
# Equivalents the shared glossary (data/glossary.json) does not hold yet, read the same way
_MORE = {"build": ("construction", "completed"), "built": ("construction",
         "completed"), "constructed": ("completed",), "building's": ("construction",),
         "건립": ("construction", "build"), "건립비": ("construction", "build"), "보수비": ("renovation", "repair"),
         "합치": ("total", "together"), "합치면": ("total", "together"), "all": ("total", "together"),
         "total": ("together",), "altogether": ("together",), "combined": ("together", "total"),
         "운영비": ("running",), "counting": ("total",), "including": ("total",),
         "supervision": ("supervision", "management"), "감리비": ("supervision",),
         # verbs of calling a thing something: one act, whichever a writer picks
         **{w: ("called", "described", "call") for w in ("billed", "dubbed", "labelled", "labeled", "branded", "termed",
                                                          "described", "called", "hailed", "touted")}}
# Words that say a sum is a total, of what the claim speaks of
_TOTAL = frozenset("total totals together altogether combined sum overall all bill tally came come comes".split())
# Words whose presence turns a sentence's meaning: what a claim says of them must stand in the fact
# ('approved before the work' is not 'approved after the work'), and a fact that negates must be
# matched by a claim that negates ('ended without an agreement' is not 'ended in a deal').
_ORDERING = frozenset(("before", "after"))
# an end of something that went on: 'stopped after 22 February' says the last of it was that day
_STOPPED = re.compile(r"\b(?:stopped|ceased|halted|ended|discontinued|came to an end)\s+$", re.I)
_POLAR = frozenset("before after first last only more less fewer most least earlier later".split())
_NEGATING = re.compile(r"\b(?:no|not|never|without|neither|nor|none|nothing|failed|fail|n't)\b|n't\b|않|없|못|아니", re.I)
# What a claim's words alone can say against one fact, the strongest first
_WORDING_RANK = {CONTRADICTED: 0, SUPPORTED: 1, PART_CANNOT: 2}
_WORDING_HOW = {CONTRADICTED: "the fact holds its words, and negates them",
                SUPPORTED: "every word, name and number of it stands in this fact",
                PART_CANNOT: "the fact it was judged on negates some of its words"}
# Words that carry no fact of their own in a claim's wording ('among the aims ... was', 'the money
# came from', Korean verbs of being, taking on and saying): not looked for in the fact's words.
_LIGHT = frozenset("""among across amid within gave give given took take taken came come went go get got put made make
produced produce yielded yield reached reach struck strike sealed inside outside sitting sits sat standing lies
grew grown stemmed arose sprang emerged
맡았 맡 나왔 나와 밝혔 밝혀 들어간 들어갔 들어가 들었 들여 합치면 합치 합친 더하면 이른 이르 꺼내
썼 모두 전부 아무런 뒤인 뒤 후 다음 이후 직후 않았 않은 않는 않 없었 없는
""".split())  # verbs of being and doing are the reader's (reader/korean.py STOP)
_FAMILY = frozenset("""sister brother wife husband daughter son mother father aunt uncle niece nephew cousin
아내 부인 여동생 누나 언니 오빠 남편 딸 아들""".split())
# A claim that gives a cause: 'closed because of the leaflet dispute', 'shut over coronavirus fears',
# 'Pyongyang's anger was over defectors' leaflets', 'What set Pyongyang off? Defectors…', '…때문',
# '…로 인해', '반발 배경은 …'. (effect, cause) are read from the claim's text around the marker.
_EFFECT_OVER = (r"(?:clos\w*|shut\w*|suspen\w*|halt\w*|anger\w*|angry|fury|furious|rage|outrage\w*|threat\w*|sued|sues?|"
                r"suing|lawsuit|court)")
_ANGER = re.compile(r"enrag|anger|angry|infuriat|furious|fury|outrage|provok|\bset\s+\S+\s+off\b", re.I)
_BECAUSE = [
    re.compile(r"^(?P<effect>.+?)\b(?:because of|due to|owing to|on account of|in response to|in retaliation for|"
               r"as a result of|in protest (?:at|over|against))\s+(?P<cause>[^,.;:?!]+)", re.I),
    re.compile(r"^(?P<effect>.*\b" + _EFFECT_OVER + r"\b[^,.;?!]*?)\bover\s+(?P<cause>(?!\d|(?:a|an|the)\s+(?:year|month|"
               r"week|day|decade|hundred|dozen|period|past|last|next)\b|about\b|around\b|more\b)[^,.;:?!]+)", re.I),
    re.compile(r"^(?P<effect>.*\b(?:angry|furious|angered|enraged|incensed|outraged))\s+(?:about|at|over|by)\s+"
               r"(?P<cause>[^,.;:?!]+)", re.I),
    re.compile(r"^\s*what\s+(?P<effect>(?:enraged|angered|infuriated|provoked|prompted|triggered|sparked|caused)\s+[^?]*?"
               r"|set\s+\S+\s+off)\s*(?:\?|\b(?:was|were)\b)\s*(?P<cause>[^.;!?]+)", re.I),
    re.compile(r"^(?P<cause>[가-힣A-Za-z0-9 -]{2,40}?)\s*(?:때문|탓|(?:으로|로)\s*인(?:해|한))\s*(?P<effect>.*)$"),
    re.compile(r"^(?P<effect>.+?)(?:의)?\s*(?:배경|이유|원인)(?:은|는|이|가)\s*(?P<cause>[^.,]+)"),
]


class Part:
    """One part of a claim and its judgment: what is asserted, the result, what the record holds,
    and the fact it was judged on (None when none was found)."""

    def __init__(self, kind: str, asserted: str, result: str, on_record: str = "", statement: dict | None = None,
                 others: str = "", how: str = "", words: str = ""):
        self.kind, self.asserted, self.result, self.on_record = kind, asserted, result, on_record
        self.statement, self.others, self.how, self.words = statement, others, how, words
        self.score: float | None = None
        self.constraint = False  # a value that only says which fact is meant ('... when it closed in 2020')
        self.when = False  # ... in a 'when' clause
        self.also: Part | None = None  # a part judged with this one ('…, 북측 소장은 리선권': the wrong head beside)

    def as_json(self) -> dict:
        st = self.statement or {}
        return {"kind": self.kind, "asserted": self.asserted, "words": self.words or None, "result": self.result,
                "on_record": self.on_record or None, "other_values": self.others or None, "how": self.how or None,
                "statement": st.get("id"), "fact": st.get("label"), "sentence": st.get("sentence"),
                "cited": st.get("cited"), "citations": st.get("citations") or []}


class Verdict:
    def __init__(self, claim: str, verdict: str, parts: list[Part], why: str = ""):
        self.claim, self.verdict, self.parts, self.why = claim, verdict, parts, why

    @property
    def checks(self) -> list[Part]:  # the parts that name a fact
        return [p for p in self.parts if p.statement]


def check(index, claim: str, floor: float | None = None, margin: float | None = None, sure: float | None = None) -> Verdict:
    from ..errors import UsageError
    from ..reader import read
    from ..reader.values import values

    judge = _Judge(index, FLOOR if floor is None else floor, MARGIN if margin is None else margin,
                   SURE if sure is None else sure)
    claim = re.sub(r"\b([NS])\.\s*(?=Korea)", lambda m: "North " if m.group(1) == "N" else "South ", claim)
    original = claim
    said_by = re.match(r"\s*([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s*:\s+(?=\S)", claim)
    if said_by and read(said_by.group(1), index).entities:  # 'KCNA: office destroyed at 2:50': who says it, not who did it
        judge.attributed = [said_by.group(1).lower(), *judge.named_sources(said_by.group(1))]
        claim = claim[said_by.end():]
    found = values(claim)
    judge.values, judge.text = found, claim
    for v in found:
        if v.kind == "date" and v.value.invalid:
            raise UsageError(f"{v.text!r} is not a date: {v.value.invalid}")
    whole = read(_without(claim, found), index)  # what the claim is about, without the values it gives
    parts: list[Part] = []
    for clause, in_clause in _clauses(claim, found):
        context = _without(clause, in_clause)
        reading = read(context, index)
        if not reading.entities:  # 'and closed in May 2010': the claim's subject carries over
            reading.entities = list(whole.entities)
        first_part = len(parts)
        quoted = [m.span() for m in _QUOTED.finditer(clause)]
        for v in in_clause:
            if any(a <= v.start < b for a, b in quoted):
                continue  # a value inside a quotation is part of its wording, judged with the quotation
            attributive = re.match(r"[^\s-]+-", v.text)  # 'the five-storey building' claims its storeys
            if v.kind == "count" and ((re.search(r"\b(?:the|both)\s+$", clause[:v.start], re.I) and not attributive)
                                      or not v.noun or
                                      v.noun.lower().split()[:1] in (["koreas"], ["sides"], ["countries"])):
                continue  # 'the two Koreas', 'both sides': a reference, not a count claimed
            if v.kind == "ordinal":
                part = judge.ordinal(v, clause, claim)
                if part:
                    parts.append(part)
                continue
            if v.kind in ("date", "time", "amount", "rate", "count", "weekday"):
                dates = [d for d in in_clause if d.kind == "date"]
                part = judge.value(v, reading, whole, clause, dates)
                lead = _lead(clause, v, in_clause) if part.result not in (SUPPORTED, CONTRADICTED, DISPUTED) else ""
                if lead:  # 'the office that opened in September 2019 was blown up': the act that leads up to the date
                    local = read(_without(lead, in_clause), index)
                    local.entities = local.entities or reading.entities
                    near = judge.value(v, local, local, clause, dates)
                    part = near if near.result in (SUPPORTED, CONTRADICTED, DISPUTED) else part
                part.constraint = part.when = bool(_CONSTRAINT.search(clause[:v.start]) or
                                                   _CONSTRAINT_KO.search(clause[v.end:]))
                parts.append(part)
        order = _ORDER.search(clause) or _ORDER_KO.search(clause)
        if order and re.search(r"(?:\d|\b(?:days?|weeks?|months?|years?))\s+$", clause[:order.start()], re.I):
            # '140 days after': a duration, judged as a count; 'a week after the Hanoi summit', which no
            # count reads, still orders events
            read_as_count = any(v.kind == "count" and v.start < order.start() <= v.end + 12 for v in in_clause)
            span = re.search(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
                             r"(?:days?|weeks?|months?|years?)\s+$", clause[:order.start()], re.I)
            order = order if span and not read_as_count else None
        # 'at 2:50 pm on June 16': a date and a time of day in one clause state one moment, so both are
        # judged on the event one of them is supported on
        moment = next((p.statement for p in parts[first_part:] if p.kind in ("date", "time") and p.statement
                       and p.statement["kind"] == "event" and p.result in (SUPPORTED, DISPUTED)), None)
        for i in range(first_part, len(parts)) if moment else ():
            p = parts[i]
            if p.kind in ("date", "time") and p.result not in (SUPPORTED, DISPUTED) and p.statement is not moment:
                v = next((x for x in in_clause if x.kind == p.kind and x.text == p.words), None)
                if v is not None and (p.kind == "date" or (moment.get("date") or {}).get("tz")):
                    parts[i] = judge.against(v, moment, clause)
        held = {p.statement["id"] for p in parts[first_part:] if p.kind == "amount" and p.statement and p.result == SUPPORTED}
        pairs = {v.text for v in in_clause if v.kind == "amount" and v.paired}  # '9.78 billion won ($6 million)':
        # the same sum in dollars, which is wrong
        for p in parts[first_part:]:  # '신축비 80억 원에 개보수비 97억 원을': one fact is not two sums of a clause
            if p.kind == "amount" and p.result == CONTRADICTED and p.statement and p.statement["id"] in held and \
                    p.words not in pairs:
                p.result, p.how = PART_CANNOT, "another sum of its clause is the sum of the fact it was judged on"
        figures = [p.statement for p in parts[first_part:] if p.kind == "amount" and p.statement]
        for i in range(first_part, len(parts)):  # 'cost 6.162 billion won in 2019': the figure's own date
            p = parts[i]
            if p.kind == "date" and p.result in (PART_CANNOT, CONTRADICTED) and figures:
                v = next(x for x in in_clause if x.kind == "date" and x.text == p.words)
                own = judge.date(v, figures[0], clause)
                if p.result == PART_CANNOT or own.result == SUPPORTED:  # '86 million won ... approved in July
                    parts[i] = own  # 2018': the sum's own approval, not the renovation's of October
                years = judge.series(figures[0])
                if parts[i].result == CONTRADICTED and years and v.value.year and str(v.value.year) not in years:
                    # 'running costs for 2021 were 6.406 billion won': a yearly sum the record gives for
                    # other years only; the sum is 2020's, and what 2021's was the record does not say
                    parts[i] = Part("date", v.shown(), NOT_IN_RECORD, words=v.text,
                                    how=f"the record gives this sum for {', '.join(sorted(years))} only")
                    for q in parts[first_part:]:
                        if q.kind == "amount" and q.statement is figures[0]:
                            q.result, q.how = PART_CANNOT, f"it is {figures[0]['label']} of another year"
            elif p.kind == "date" and p.result == SUPPORTED and p.statement and p.statement["kind"] == "event" and figures:
                v = next(x for x in in_clause if x.kind == "date" and x.text == p.words)
                acts = judge.title_words(p.statement) & set(judge.claim_words(reading))
                own = judge.date(v, figures[0], clause)
                if own.result == CONTRADICTED and acts & judge.fact_words(figures[0]):
                    # 'the 86 million won was approved in October 2018': October is when the renovation's
                    # spending was approved; the sum's own approval, which its words also speak of, was in July
                    parts[i] = Part("date", v.shown(), PART_CANNOT, words=v.text,
                                    how=f"it could be the date of {p.statement['label']} or of {figures[0]['label']}, "
                                        "and they differ")
        if _NEGATION.search(clause) or order:
            for p in parts:
                if not order and p.kind == "date" and p.words and re.search(
                        rf"\bsince\s+{re.escape(p.words)}", clause, re.I) and p.statement and p.statement["kind"] == "event":
                    continue  # 'had not met since February 2019': the last time they met, not a negated date
                if p.words and p.words in clause and p.result in (SUPPORTED, CONTRADICTED):
                    why = "it is negated" if _NEGATION.search(clause) else "it orders events, which kaesong does not judge"
                    p.result, p.how = PART_CANNOT, why
            said = flipped = None
            if order and not _NEGATION.search(clause):
                other = re.sub(r"^(before|after)", lambda m: {"before": "after", "after": "before"}[m.group(1).lower()],
                               order.group(), flags=re.I)
                acts = [q.statement for q in parts if q.result == SUPPORTED and q.statement]
                if not acts:  # 'The Council approved the renovation money before the work began': the act it orders
                    acts = judge.ordered(claim.replace(order.group(), " "))
                for st in acts:
                    text = st.get("sentence") or ""
                    if re.search(rf"\b{re.escape(order.group())}\b", text, re.I):
                        said = said or st
                    elif re.search(rf"\b{re.escape(other)}\b", text, re.I):
                        flipped = flipped or (st, other)
            if said is not None:
                # ', after the work was done': the fact judged on says 'after the work was finished' itself
                parts.append(Part("order", order.group(), SUPPORTED, order.group(), said, words=order.group(),
                                  how=f"{said['label']} says so in these words"))
            elif flipped is not None:  # ', before the work began': the fact judged on says 'after the work'
                parts.append(Part("order", order.group(), CONTRADICTED, flipped[1], flipped[0], words=order.group(),
                                  how=f"{flipped[0]['label']} says '{flipped[1]}'"))
            elif order:
                parts.append(Part("order", order.group(), PART_CANNOT, how="kaesong does not judge which event came first",
                                  words=order.group()))
    for p in judge.location(claim, whole):
        own = next((c for c in re.split(r"[,;]", claim) if p.words and p.words in c), "")
        if p.kind == "place" and p.result == SUPPORTED and p.statement and p.statement["kind"] == "event" and \
                re.search(r"\b(?:before|after)\b|[가-힣]\s*(?:뒤|후|전|다음)(?=[인에,\s])", own[:own.find(p.words)], re.I):
            continue  # 'opened a few days after the third summit in Pyongyang': the place is right, the order is
            # what the clause asserts (judged by its wording, if at all)
        p.constraint = p.result == SUPPORTED  # 'blew up the office in Kaesong': the place says which office
        parts.append(p)
    related = judge.relations(claim, whole, whole)
    if not related:  # '..., setting the liaison office in motion': the act in a clause of its own
        clauses = [c for c, _ in _clauses(claim, found) if c.strip() != claim.strip()]
        silent = []
        for i, clause in enumerate(clauses):
            clause = _ungapped(clause, clauses[i - 1] if i else "")
            reading = read(clause, index)
            found_here = judge.relations(clause, reading, whole)
            related += [p for p in found_here if not any(q.statement is p.statement and q.asserted == p.asserted
                                                         for q in related)]
            if not found_here:
                silent += [e for e in reading.entities if judge.entity(e).get("kind") == "person"]
        if related:  # 'and the North's by Ri Son-gwon': a person in a clause whose act is not read
            related += [Part("agent", judge.entity(e).get("name", e), PART_CANNOT, words=judge.entity(e).get("name", e),
                             how="kaesong reads no act of this person in its clause") for e in dict.fromkeys(silent)]
    judged_agents = [p for p in related if p.kind == "agent" and p.result in (SUPPORTED, CONTRADICTED)]
    for p in related:  # 'North Korea blew up the office on a Wednesday': who did it says which act; not when
        # another of its agents is judged wrong beside it ('남측 소장은 천해성, 북측 소장은 리선권', 'headed by Chun
        # Hae-sung and the North's by Ri Son-gwon': both are asserted)
        p.constraint = p.result == SUPPORTED and p.also is None and \
            not any(q.result == CONTRADICTED for q in judged_agents if q is not p)
        parts.append(p)
    for p in judge.reasons(claim):
        p.constraint = p.result == SUPPORTED  # 'suspended over Covid-19 in March 2020': the cause says which act
        parts.append(p)
    for p in judge.quotations(claim, whole):
        # 'her "useless" statement came on Sunday': the quotation says which statement is dated
        p.constraint = p.result == SUPPORTED and any(q is not p and q.statement and
                                                      q.statement.get("id") == p.statement.get("id") for q in parts)
        parts.append(p)
    if not any(p.statement and p.statement.get("id", "").count("#funded-by:") for p in parts if p.kind == "agent"):
        parts += judge.purse(claim)
    parts += judge.family(claim, whole)
    parts += judge.titles(claim, whole)
    parts += judge.doer(claim, whole, parts)
    parts += judge.leaders(claim, whole)
    parts = _drop_paired(parts)
    judged = [p for p in parts if p.result in (SUPPORTED, CONTRADICTED, DISPUTED, NOT_IN_RECORD)]
    if not _opinion(claim) and not whole.unknown:
        if not judged:
            parts = judge.wording(claim, whole, parts)
        elif all(p.result == SUPPORTED and p.statement for p in judged):  # 'in February 2019 ended in a deal'
            parts = judge.wording(claim, whole, parts, against={p.statement["id"] for p in judged})
    verdict = _verdict(original, parts, whole)
    if verdict.verdict in (SUPPORTED, CONTRADICTED, MIXED, DISPUTED) and not judge.attributed and _predicts(claim):
        return Verdict(original, CANNOT_JUDGE, parts, "it is a prediction: what it says will be, the record cannot say")
    if verdict.verdict == SUPPORTED:
        return _beyond(original, claim, whole, parts, judge) or verdict
    return verdict


def _beyond(original: str, claim: str, whole, parts: list[Part], judge) -> Verdict | None:
    """What a claim whose parts are all supported says beyond them, which keeps it from being
    supported: 'only' ('수리에만 쓰여'), a name the record never mentions ('Hyundai Asan carried out
    the 2018 renovation'), Korean words the record never uses beside a sum alone ('법원은 … 447억 원을
    배상하라고 판결했다': the suit's sum, a court's ruling), or a place no fact it was judged on holds
    ('blows up the office in Panmunjom'). None when there is nothing beyond."""
    only = _ONLY.search(claim)
    if only and not any(p.kind == "wording" and p.result == SUPPORTED for p in parts):
        return Verdict(original, CANNOT_JUDGE, parts, f"its values are the record's, but it says {only.group()!r}: "
                                                      "kaesong does not judge what else there was")
    if whole.unknown:
        return Verdict(original, NOT_IN_RECORD, parts, f"its values are the record's, but it names what the record "
                                                       f"never mentions ({', '.join(whole.unknown[:4])})")
    strange = [w for w in whole.unknown_words if re.search(r"[가-힣]", w) and len(w) >= 2 and w not in _LIGHT]
    if len(strange) >= KOREAN_UNKNOWN and (all(p.kind == "amount" for p in parts if p.result == SUPPORTED) or
                                           any(re.search(r"(?:했|됐|렸)$", w) for w in strange)):
        return Verdict(original, CANNOT_JUDGE, parts, "some of it is supported, but it speaks of what the record "
                                                      f"never mentions ({', '.join(strange[:4])})")
    left = claim
    for p in parts:
        if p.words:
            left = left.replace(p.words, " ")
    left = _QUOTED.sub(" ", left)
    months = "|".join(m[:3] for m in ("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"))
    numbers = [m.group(1) for m in re.finditer(rf"(?<!\w)(\d+(?:st|nd|rd|th))\s+(?!(?:of\s+)?(?:{months}))[a-z]", left, re.I)
               if not re.search(rf"\b(?:{months})[a-z]*\.?\s*$", left[:m.start()], re.I)]
    if numbers:  # 'approved at the council's 300th meeting': an ordinal no part judged (the meeting was the 298th)
        return Verdict(original, CANNOT_JUDGE, parts, f"some of it is supported, but kaesong did not judge {numbers[0]!r}")
    rest = judge.residual(claim, whole, parts)
    if rest:
        return Verdict(original, CANNOT_JUDGE, parts, "some of it is supported, but kaesong cannot judge the rest "
                                                      f"({', '.join(rest[:4])}): no fact it was judged on says so")
    return None


_NUMBERED = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\s+([A-Za-z]+)")


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _verdict(claim: str, parts: list[Part], whole) -> Verdict:
    asserted = [p for p in parts if not p.constraint and p.result in (SUPPORTED, CONTRADICTED, DISPUTED)]
    # a value that only says which fact is meant counts when it is wrong, or when nothing else is judged
    results = [p.result for p in parts if not (p.constraint and p.result == SUPPORTED and asserted)]
    judged_parts = [p for p in parts if p.result in (SUPPORTED, CONTRADICTED, DISPUTED)]
    if judged_parts and all(p.when and p.result == SUPPORTED for p in judged_parts):
        return Verdict(claim, CANNOT_JUDGE, parts, "it only says when; what it asserts of that time kaesong cannot judge")
    judged = [r for r in results if r in (SUPPORTED, CONTRADICTED, DISPUTED)]
    unknown = whole.unknown
    if not judged:
        if NOT_IN_RECORD in results:
            return Verdict(claim, NOT_IN_RECORD, parts, next(p.how for p in parts if p.result == NOT_IN_RECORD))
        if unknown:
            return Verdict(claim, NOT_IN_RECORD, parts, f"it names what the record never mentions ({', '.join(unknown)})")
        if _opinion(claim):
            return Verdict(claim, CANNOT_JUDGE, parts, "it is an opinion or a prediction, not a statement of fact")
        if not whole.subject:
            return Verdict(claim, CANNOT_JUDGE, parts, "it has no subject: a value alone says nothing to check")
        strange = [w for w in whole.unknown_words if not re.search(r"[가-힣]", w) and w not in _LIGHT
                   and re.sub(r"(?:s|es)$", "", w) not in _LIGHT]  # 'takes' is 'take'
        unplaced = any(p.result == PART_CANNOT and p.how.startswith("no fact of the record") for p in parts)
        # words of a subject the record never uses (one may be a reader's own word, unless nothing in
        # the record is about the value it gives: 'rebuilt ... in 2024')
        korean = [w for w in whole.unknown_words if re.search(r"[가-힣]", w) and len(w) >= 2 and w not in _LIGHT]
        if len(strange) >= UNKNOWN_WORDS or len(korean) >= KOREAN_UNKNOWN or (unplaced and (strange or korean)):
            said = ", ".join((strange or korean)[:4])
            return Verdict(claim, NOT_IN_RECORD, parts, f"it speaks of what the record never mentions ({said})")
        why = "no part of it states a value, a relation or a wording kaesong can compare with the record"
        return Verdict(claim, CANNOT_JUDGE, parts, why)
    if CONTRADICTED in judged:
        verdict = MIXED if SUPPORTED in judged or DISPUTED in judged else CONTRADICTED
    elif DISPUTED in judged:
        verdict = DISPUTED
    else:
        verdict = SUPPORTED
        if NOT_IN_RECORD in results or PART_CANNOT in results:
            return Verdict(claim, CANNOT_JUDGE, parts,
                           "some of it is supported, but kaesong cannot judge the rest (see its parts)")
    return Verdict(claim, verdict, parts)


_GAPPED = re.compile(r"^\s*(?:and\s+)?(?P<subject>(?:[Tt]he\s+)?[A-Z][\w-]*['’]s)\s+(?P<prep>by|on|in|at|to)\s+(?P<rest>.+)$")
_GAPPING = re.compile(r"^\s*(?:[Tt]he\s+)?[A-Z][\w-]*['’]s\s+(?P<noun>[a-z]+\s+)?(?P<verb>(?:was|were|is|are)\s+[a-z]+)\s+"
                      r"(?P<prep>by|on|in|at|to)\b")


def _ungapped(clause: str, before: str) -> str:
    """A clause whose verb is left out because the clause before has it ('The South's side was headed by
    Chun Hae-sung and the North's by Ri Son-gwon'), with that verb put back ('the North's side was headed
    by Ri Son-gwon'); any other clause as it is."""
    gap, full = _GAPPED.match(clause), _GAPPING.match(before)
    if not gap or not full or gap.group("prep") != full.group("prep") or _VERB.search(gap.group("rest")):
        return clause
    return f"{gap.group('subject')} {full.group('noun') or ''}{full.group('verb')} {gap.group('prep')} {gap.group('rest')}"


def _clauses(claim: str, found: list) -> list[tuple[str, list]]:
    """The claim's clauses, each with the values that stand in it (cuts inside a value's words
    are not cuts: 'June 16, 2020' is one date)."""
    inside = [False] * len(claim)
    for v in found:
        inside[v.start:v.end] = [True] * (v.end - v.start)
    cuts = [0]
    for m in _CLAUSE.finditer(claim):
        if m.start() > 0 and not any(inside[m.start():m.end()]):
            cuts += [m.start(), m.end()]
    cuts.append(len(claim))
    for i in range(len(cuts) - 2, 0, -2):  # 'went on the office building, staff lodging and amenities': a list
        start, end = cuts[i], cuts[i + 1]  # goes on its clause: a last part with no value, no verb, an 'and'
        rest = claim[start:end]
        if end == len(claim) and claim[cuts[i - 1]:start].strip() in (",",) and not re.search(r"[가-힣]", rest) \
                and not any(inside[start:end]) and not _VERB.search(rest) and re.search(r"\b(?:and|or)\b", rest):
            del cuts[i - 1:i + 1]
    out = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        out.append((claim[start:end], [v for v in found if start <= v.start < end], start))
    return [(text, [_shift(v, -start) for v in vs]) for text, vs, start in out if text.strip()]


def _lead(clause: str, v, in_clause: list) -> str:
    """The words that lead up to a value, from the value before it in the clause, when words
    follow it that may speak of another act ('... that opened in 2019 blown up by Pyongyang');
    empty when the value ends its clause or nothing leads up to it."""
    start = max((x.end for x in in_clause if x.end <= v.start), default=0)
    lead = clause[start:v.start]
    follows = re.search(r"[A-Za-z가-힣]{3,}", clause[v.end:])
    if v.kind not in ("date", "time", "weekday") or not follows or len(re.findall(r"[A-Za-z가-힣]+", lead)) < 2:
        return ""
    return lead


def _shift(v, by: int):
    from dataclasses import replace

    return replace(v, start=v.start + by, end=v.end + by)


def _without(text: str, found: list) -> str:
    """The clause without the values it states (a count keeps what it counts: 'South Koreans')."""
    out = text
    for v in sorted(found, key=lambda v: -v.start):
        if v.kind not in ("date", "time", "amount", "rate", "count", "weekday"):
            continue
        end = v.end - len(v.noun) if v.kind == "count" and v.noun and v.text.endswith(v.noun) else v.end
        out = out[:v.start] + " " + out[end:]
    return out


def _drop_paired(parts: list[Part]) -> list[Part]:
    return parts


# --- the judge -------------------------------------------------------------------------------------

class _Judge:
    def __init__(self, index, floor: float, margin: float, sure: float):
        self.index, self.floor, self.margin, self.sure = index, floor, margin, sure
        self.attributed: list[str] = []  # the source a headline gives its claim to ('KCNA: ...')
        self.values: list = []  # every value the claim states
        self.text = ""  # the claim the values were read from
        self._following: dict[tuple, str] = {}  # (fact, span) of a count -> the words after it ('… after the Declaration')
        self._causes: list | None = None
        self._statements: list[dict] | None = None
        self._words: dict[str, dict[str, float]] = {}
        self._idf: dict[str, float] | None = None
        self._claims: dict[str, list[dict]] | None = None
        self._relations: dict[str, list[dict]] | None = None
        self._names: list[tuple[str, str]] | None = None
        self._titles: set[str] | None = None
        self._shared: dict[str, float] = {}  # a fact's score from the words it shares alone
        self._covered: dict[str, float] = {}  # the share of the clause's subject words a fact holds
        self._tokens: dict[str, str] = {}
        self._stems: dict[str, tuple[str, ...]] | None = None

    # words and statements

    def statements(self) -> list[dict]:
        if self._statements is None:
            self._statements = [st for st in self.index.statements()
                                if st["kind"] in ("event", "figure", "attribute", "quote", "entity", "relation")]
        return self._statements

    def token(self, word: str) -> str:
        word = word.lower()
        if word not in self._tokens:
            from ..answer.words import IRREGULAR

            word_us = {"centre": "center", "storey": "story", "storeys": "story", "stories": "story"}.get(word, word)
            if word_us in ("building", "buildings", "completely"):  # 'the office building' built nothing;
                self._tokens[word] = word_us.removesuffix("s")              # 'completely' completed nothing
                return self._tokens[word]
            word_us = IRREGULAR.get(word_us, word_us)
            word_us = _DERIVED.get(word_us, word_us)
            base = re.sub(r"(?:ed|ing)$", "", word_us)
            if base != word_us and len(base) >= 4 and base[-1] == base[-2] and self.index.knows(base):
                word_us = base  # 'staffed' is 'staff' (the stemmer makes it 'staf')
            self._tokens[word] = self.index.token_of(word_us) or word_us
        return self._tokens[word]

    def subject_words(self, st: dict) -> dict[str, float]:
        """A fact's own words for what it is about, with weights: an event's title 1 and summary
        one half; a figure's purpose (what it paid for, before any aside) and its id 1; an
        attribute's name 1 and value one half; any other statement's sentence 1."""
        if st["id"] not in self._words:
            from ..answer.words import content_words

            if st["kind"] == "event":
                texts = [(st["label"], 1.0), (st["sentence"], 0.5)]
            elif st["kind"] == "figure":
                purpose = re.sub(r"\([^)]*\)", " ", st["sentence"].split(": ", 1)[-1])
                purpose = re.split(r";|: the|, as | with ", purpose)[0]
                texts = [(f"{purpose} {st['id'].replace('-', ' ')}", 1.0)]
            elif st["kind"] == "attribute":
                texts = [(st["attribute"], 1.0), (st["value"], 0.5)]
            elif st["kind"] == "quote":
                texts = [(f"{st['speaker_name']} {st['words']}", 1.0), (st["sentence"], 0.5)]
            else:
                texts = [(st["sentence"], 1.0)]
            generic = {self.token(w) for w in _GENERIC}
            words: dict[str, float] = {}
            for text, weight in texts:
                for w in content_words(text):
                    t = self.token(w)
                    if t not in generic and (not t.isdigit() or (st["kind"] == "figure" and len(t) == 4)):
                        words[t] = max(words.get(t, 0.0), weight)
            self._words[st["id"]] = words
        return self._words[st["id"]]

    def pool(self, name: str) -> list[dict]:
        """The facts a kind of value is looked for among: events (dates, times), figures
        (amounts), or the sentences that count things (counts)."""
        if name == "event":  # a quotation is dated by its statement: 'her statement came on 13 June'
            return [st for st in self.statements() if st["kind"] in ("event", "quote")]
        if name == "figure":
            return [st for st in self.statements() if st["kind"] == name]
        if name == "time":
            return [st for st in self.statements() if st["kind"] in ("event", "attribute")]
        return [st for st in self.statements() if st["kind"] in ("event", "attribute", "entity")]

    def idf(self, token: str, pool: str) -> float:
        """The rarity of a word among the facts of one pool."""
        if self._idf is None:
            self._idf = {}
        if pool not in self._idf:
            sts = self.pool(pool)
            counts: dict[str, int] = {}
            for st in sts:
                for t in self.subject_words(st):
                    counts[t] = counts.get(t, 0) + 1
            self._idf[pool] = {t: math.log(1 + len(sts) / c) for t, c in counts.items()}
        return self._idf[pool].get(token, math.log(1 + len(self.pool(pool))))

    def claim_words(self, reading) -> dict[str, float]:
        """The clause's subject words as tokens, each with a weight: the reader's own words 1, the
        glossary's equivalents (of the word or of its stem) one half."""
        from ..reader import glossary

        generic = {self.token(w) for w in _GENERIC}
        out: dict[str, float] = {}
        if _GERUND.search(reading.text):
            out[self.token("construction")] = 1.0  # 'building and renovating': the verb, not the noun
        stems = self._glossary_stems()
        for w in reading.subject:
            for part in ([w, *w.split("-")] if "-" in w else [w]):
                t = self.token(part)
                if t not in generic and not t.isdigit():
                    out[t] = 1.0
        for w in [*reading.subject, *(w for w in re.findall(r"[a-z]+", reading.text.lower()) if w in ("all", "combined"))]:
            for syn in _MORE.get(w, ()):  # exact equivalents: as the word itself
                if self.token(syn) not in generic:
                    out[self.token(syn)] = 1.0
            for syn in (*glossary.english().get(w, ()), *stems.get(self.token(w), ())):
                for part in syn.split():
                    ts = self.token(part)
                    if ts not in generic and ts not in out:
                        out[ts] = 0.5
        for w in reading.expanded:
            t = self.token(w)
            if t not in generic and t not in out:
                out[t] = 0.5
        return out

    def _glossary_stems(self) -> dict[str, tuple[str, ...]]:
        from ..reader import glossary

        if self._stems is None:
            self._stems = {}
            for word, syns in glossary.english().items():
                t = self.token(word)
                self._stems[t] = tuple(dict.fromkeys((*self._stems.get(t, ()), *syns)))
        return self._stems

    def disputes(self, record: str) -> list[dict]:
        if self._claims is None:
            self._claims = {}
            for c in self.index.records("claim"):
                self._claims.setdefault(c["about"], []).append(c)
        return self._claims.get(record, [])

    def ranked(self, candidates: list[dict], reading, pool: str, years=()) -> list[tuple[float, dict]]:
        """The candidates, best first, by the cosine of the clause's subject and the fact's own
        words, each word weighed by its rarity in the pool. A word of the clause and its
        equivalents are one concept, counted once, by the best of them the fact holds (a figure's
        year is one of its words); a little is added for the entities both name."""
        entities = list(reading.entities)
        if not entities:
            entities.append("liaison-office")  # the record's own subject, unless the claim names another office
        concepts = [*self.concepts(reading), *({y: 1.0} for y in years)]
        norm_claim = math.sqrt(sum(max(w * self.idf(t, pool) for t, w in c.items()) ** 2 for c in concepts))
        if not norm_claim:
            return []
        scored = []
        for st in candidates:
            own = self.subject_words(st)
            held = [max((w * own[t] * self.idf(t, pool) ** 2 for t, w in c.items() if t in own), default=0.0)
                    for c in concepts]
            norm_fact = math.sqrt(sum((fw * self.idf(t, pool)) ** 2 for t, fw in own.items())) or 1.0
            covered = sum(1 for h in held if h) / len(concepts)  # 'build and renovate': both, not one
            score = sum(held) / (norm_claim * norm_fact) * (0.5 + 0.5 * covered)
            self._shared[st["id"]] = score
            self._covered[st["id"]] = covered
            if score and entities:
                score += ENTITY * len(set(entities) & set(st.get("entities") or [])) / len(entities)
            scored.append((score, st))
        return sorted(scored, key=lambda pair: -pair[0])

    def concepts(self, reading) -> list[dict[str, float]]:
        """The clause's subject words, each with its equivalents: the word 1, the curated
        equivalents 1, the glossary's one half."""
        from ..reader import glossary

        generic = {self.token(w) for w in _GENERIC}
        stems = self._glossary_stems()
        out: list[dict[str, float]] = []
        if _GERUND.search(reading.text):
            out.append({self.token("construction"): 1.0})
        words = [*reading.subject, *(w for w in re.findall(r"[a-z]+", reading.text.lower()) if w in ("all", "combined"))]
        if out:  # 'building and renovating': 'building' is the act of construction, not the building
            words = [w for w in words if w != "building"]
        for w in dict.fromkeys(words):
            concept: dict[str, float] = {}
            for part in ([w, *w.split("-")] if "-" in w else [w]):
                t = self.token(part)
                if t not in generic and not t.isdigit():
                    concept[t] = 1.0
            for syn in _MORE.get(w, ()):
                concept.setdefault(self.token(syn), 1.0)
            for syn in (*glossary.english().get(w, ()), *stems.get(self.token(w), ())):
                for part in syn.split():
                    concept.setdefault(self.token(part), 0.5)
            concept = {t: x for t, x in concept.items() if t not in generic}
            if concept:
                out.append(concept)
        return out

    # values

    def value(self, v, reading, whole, clause: str, dates: list) -> Part:
        """A value judged against the fact its clause is about (else the whole claim's subject).
        Two facts about equally near: judged against both, and only a judgment they agree on
        stands. A contradiction needs a subject at least `sure` near."""
        kind = v.kind
        candidates = self.candidates(v)
        said = {self.token(w) for w in _SAYING} & {self.token(w) for w in [*reading.words, *whole.words]}
        if not said:  # a quotation's date is the claim's subject only when the claim speaks of saying
            candidates = [st for st in candidates if st["kind"] != "quote"]
        pool = "event" if kind in ("date", "weekday") else "time" if kind == "time" else \
            "figure" if kind in ("amount", "rate") else "count"
        years = {str(d.value.year) for d in dates if d.value.year} if kind == "amount" else set()
        if kind == "amount" and reading is not whole and reading.subject and \
                {self.token(w) for w in reading.subject} <= {self.token(w) for w in (*_TOTAL, *_LIGHT, *_GENERIC)}:
            reading = whole  # 'Adding the 86 million won …, the total came to 9.87 billion': the total of what it adds
        ranked = self.ranked(candidates, reading, pool, years)
        borrowed = False
        if (not ranked or ranked[0][0] < self.floor) and reading is not whole:
            ranked = self.ranked(candidates, whole, pool, years)
            reading = whole  # the part is about what the whole claim is about
            borrowed = True
        if not ranked or ranked[0][0] < self.floor:
            return self.unjudged(v, reading, "no fact of the record is clearly about it" if ranked else "no subject")
        if pool == "event" and not self.names_act(reading, ranked[0][1], loose=True):
            # the subject is found by its act: the nearest fact whose act the claim names, if any is near
            acted = [pair for pair in ranked if pair[0] >= self.floor and self.names_act(reading, pair[1])]
            if acted:
                ranked = [acted[0], *(pair for pair in ranked if pair is not acted[0])]
        offices = [e for e in reading.entities if e not in reading.related and
                   self.entity(e).get("kind") in ("office", "building") and
                   e not in (ranked[0][1].get("entities") or [])] if pool == "event" else []
        if offices:
            # '남북공동연락사무소는 2005년 10월 개성공단에 문을 열었다': the complex's words find the
            # consultation office's opening; the office the claim names has an opening of its own
            own = [pair for pair in ranked[1:] if pair[0] >= self.floor and offices[0] in (pair[1].get("entities") or [])
                   and self.names_act(reading, pair[1])]
            if own:
                ranked = [own[0], *(pair for pair in ranked if pair is not own[0])]
        best_score, st = ranked[0]
        part = self.against(v, st, clause)
        if part.result == CONTRADICTED:
            # a contradiction stands only against a fact clearly meant: not one tied with another, and
            # not when another fact the words may well mean (half as near) gives the value
            best_shared = self._shared.get(st["id"], 0)
            named = {e for e in reading.entities if e not in reading.related and e != "liaison-office"}
            for score, other in ranked[1:]:
                if other["record"] == st["record"]:
                    continue
                if named & set(st.get("entities") or []) - set(other.get("entities") or []):
                    continue  # 'the consultation office closed in 2016': not the complex's shutdown, which it does not name
                if best_score - score < self.margin:
                    return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                                how=f"it could be about {st['label']} or {other['label']}")
                if self._shared.get(other["id"], 0) >= best_shared / 3 and \
                        self.against(v, other, clause).result in (SUPPORTED, DISPUTED):
                    return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                                how=f"{other['label']}, which the words may also mean, gives it")
        for score, other in ranked[1:]:
            if best_score - score >= self.margin:
                break
            if pool == "event" and self.names_act(reading, st) and not self.names_act(reading, other):
                continue  # 'first opened its doors': the opening, not the blast that damaged the centre next door
            about = set(reading.entities or ["liaison-office"])  # the record's own subject unless it names another
            if about & set(st.get("entities") or []) - set(other.get("entities") or []):
                continue  # 'each side had 15 to 20 staff': the liaison office's, not the consultation office's
            if kind == "amount" and any(x is not v and x.kind == kind and self.against(x, other, clause).result == SUPPORTED
                                        for x in self.values):
                continue  # 'Adding the 86 million won …, the total came to 9.87 billion': another sum of the claim is that fact's
            if other["record"] != st["record"] and self.against(v, other, clause).result != part.result:
                return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                            how=f"it could be about {st['label']} or {other['label']}, and they differ")
        if part.result == CONTRADICTED and kind in ("date", "time", "weekday") and reading.lang == "en" and \
                self._covered.get(st["id"], 1.0) < COVERED:
            # 'signed the demolition order on 15 June': the signing of the Panmunjom Declaration holds 'signed' only
            return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                        how=f"{st['label']} holds too little of what it speaks of")
        if part.result == CONTRADICTED and kind in ("date", "time", "weekday") and not self.names_act(reading, st):
            return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                        how=f"it does not say what {st['label']} says happened")
        if part.result == CONTRADICTED and self.other_act(reading, st, pool):
            return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                        how=f"it speaks of {self.other_act(reading, st, pool)}, which {st['label']} does not")
        if part.result == CONTRADICTED and borrowed and sum(1 for x in self.values if x.kind == kind) > 1:
            # 'add 8 billion to 9.78 billion, and close to 17.8 billion went up in smoke': of several
            # amounts, one whose own clause names no fact is not clearly of the whole claim's subject
            return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                        how="its own clause names no fact, and the claim gives other values of its kind")
        if part.result == CONTRADICTED and years:  # '9.78 billion won … in October 2018' is not the running cost
            plain = self.ranked(candidates, reading, pool)  # of 2018: its year alone does not say which sum it is
            if not next((score for score, x in plain if x is st), 0.0):  # judged on what its words name, if any
                part = self.value(v, reading, whole, clause, [])
                return part if part.statement is not None else Part(
                    kind, v.shown(), PART_CANNOT, words=v.text,
                    how=f"only its year points to {st['label']}; the claim does not say what it paid for")
        if part.result == CONTRADICTED and kind == "amount" and not self.names_purpose(reading, st):
            return Part(kind, v.shown(), PART_CANNOT, words=v.text,  # 'spent nearly 10 billion won doing up that
                        how=f"the claim does not say what it paid for; {st['label']} is a guess")  # office'
        elsewhere = self.foreign(reading, st) if part.result == CONTRADICTED else ""
        if elsewhere:
            return Part(kind, v.shown(), PART_CANNOT, words=v.text, how=f"it speaks of {elsewhere}, which {st['label']} does not")
        if part.result == CONTRADICTED and best_score < self.sure:
            return Part(kind, v.shown(), PART_CANNOT, words=v.text,
                        how=f"the nearest fact, {st['label']}, is not clearly what it is about")
        part.score = best_score
        return part

    def names_purpose(self, reading, st: dict) -> bool:
        """Whether the claim names what a figure paid for, in a word of its own other than words of
        spending ('spent', 'cost', 'money'): a sum is contradicted only against the sum it is about."""
        spending = {self.token(w) for w in _SPENDING}
        own = set(self.subject_words(st))
        return any(set(c) & own - spending for c in self.concepts(reading) if not set(c) <= spending)

    def foreign(self, reading, st: dict) -> str:
        """A place or other entity the clause names that the fact does not concern (its entities,
        the places they stand in, the names its own words use): 'liaison offices at Panmunjom
        opened in 1992' is not about the Kaesong office's opening."""
        from ..index import normalize_name

        held = set(st.get("entities") or []) | {st.get("record"), st.get("speaker"), st.get("source"), st.get("target")}
        for e in list(held):
            at = e
            for _ in range(5):  # the places it stands in: the office is in Kaesong, in North Korea
                at = next((r["target"] for r in self.index.relations(at) if r["source"] == at and r["type"] == "located-in"),
                          None) if at else None
                if at is None or at in held:
                    break
                held.add(at)
        text = normalize_name(" ".join(str(st.get(k) or "") for k in ("label", "sentence", "value")))
        for e in reading.entities:
            if e in held or e in reading.related or e == "liaison-office":
                continue
            if self.entity(e).get("kind") not in ("place", "agreement", "building", "office"):
                continue  # people and countries are judged as agents, not here
            if not any(len(n) > 3 and normalize_name(n) in text for n, x in self.names() if x == e):
                return self.entity(e).get("name", e)
        return ""

    def other_act(self, reading, st: dict, pool: str) -> str:
        """A word of the claim that names another fact's act (a word of its title) and that this
        fact does not hold: 'offices at Panmunjom opened' is not about the signing at Panmunjom."""
        if pool != "event":
            return ""
        if self._titles is None:
            from ..answer.words import content_words

            self._titles = {self.token(w) for e in self.pool("event") for w in content_words(e["label"])}
            self._titles -= {self.token(w) for w in _GENERIC}
        own = self.subject_words(st)
        names = {self.token(w) for label, _ in self.names() for w in re.findall(r"[a-z]+", label.lower())}
        for concept in self.concepts(reading):  # a word and its equivalents: 'closed' is the 'suspended' of a fact
            if any(t in own for t in concept):
                continue
            w = next((t for t, weight in concept.items() if weight == 1.0 and t in self._titles and t not in names), "")
            if w:  # 'Kim' is a name, not an act
                return w
        return ""

    def names_act(self, reading, st: dict, loose: bool = False) -> bool:
        """Whether the claim names what the fact says happened: a word of an event's title, or, for
        a quotation, a word of saying and a word of the quotation or its speaker. Loose: or one of
        the glossary's looser equivalents of any of its words ('shut' for 'suspended')."""
        from ..answer.words import IRREGULAR
        from ..reader import glossary

        words = {t for c in self.concepts(reading) for t, weight in c.items() if weight == 1.0 or loose}
        gloss = glossary.english()
        for w in reading.subject:  # a verb's looser equivalents too ('destroyed': blew up), not a noun's ('hotline')
            past = [f for f in (w[:-1] + "ed", w[:-1] + "d", w[:-2] + "ed") if f in gloss or f in IRREGULAR] \
                if w.endswith("s") else []
            if re.search(r"(?:ed|ing)$", w) or past or w in IRREGULAR or w in _DERIVED:  # 'severs', 'demolishes'
                # (a headline's present, read as its past 'severed'); 'explosion': the act of exploding
                for form in (w, _DERIVED.get(w, w), *past):
                    words |= {self.token(x) for syn in gloss.get(form, ()) for x in syn.split()}
        if st["kind"] == "quote":
            return bool(words & {self.token(w) for w in _SAYING}) and bool(words & set(self.subject_words(st)))
        if st["kind"] != "event":
            return True
        return bool(words & (self.title_words(st) - {self.token(w) for w in (*_GENERIC, "building", "office")}))

    def against(self, v, st: dict, clause: str) -> Part:
        kind = v.kind
        if kind == "date":
            return self.date(v, st, clause)
        if kind == "weekday":
            return self.weekday(v, st)
        if kind == "time":
            return self.time(v, st, clause)
        if kind == "amount":
            return self.amount(v, st)
        if kind == "rate":
            return self.rate(v, st)
        return self.count(v, st)

    def ordinal(self, v, clause: str, claim: str) -> Part | None:
        """'the third floor': a numbered list the record gives ('floors: 1: education and information;
        2: the South's officials; ...'), the clause's words against the entry of that number."""
        from ..answer.words import content_words
        from ..reader import glossary

        noun = v.noun or ("floor" if re.search(r"\bfloors?\b", claim, re.I) else "")
        wanted = self.noun_tokens(noun)
        if not wanted:
            return None
        for st in self.statements():
            if st["kind"] != "attribute" or not wanted & self.noun_tokens(st["attribute"]):
                continue
            entries = dict(re.findall(r"(?:^|;\s*)(\d+):\s*([^;]+)", st["value"]))
            if not entries:
                continue
            said = content_words(_without(clause, []))
            said += [g for w in re.findall(r"[가-힣]+", clause) for g in glossary.gloss_korean(w) or ()]  # '북측': north
            words = {self.token(w) for w in said if not is_value_word_(w)} - wanted - {
                self.token(w) for w in ("floor", "floors", "worked", "work", "office", "liaison", "building")}
            held = {n: {self.token(w) for w in content_words(text)} for n, text in entries.items()}
            claimed = str(v.value)
            shown = f"floor {claimed}: {entries.get(claimed, 'not on record')}"
            sides = words & {"north", "south"}
            if len(sides) == 1:  # 'North Korean officials on the third floor': the side decides
                held = {n: toks & {"north", "south"} for n, toks in held.items()}
                words = sides
            if claimed in held and words & held[claimed]:
                return Part("ordinal", v.text, SUPPORTED, shown, st, words=v.text)
            other = next((n for n, toks in held.items() if n != claimed and words & toks), None)
            if other:
                return Part("ordinal", v.text, CONTRADICTED, f"floor {other}: {entries[other]}", st, words=v.text)
            return Part("ordinal", v.text, PART_CANNOT, shown, st, words=v.text, how="it says nothing the record gives of it")
        return self.numbered(v, clause, wanted)

    def numbered(self, v, clause: str, wanted: set[str]) -> Part | None:
        """'at the Council's 289th meeting': the number the record gives the same thing ('at its 298th
        meeting') in the fact that holds most of the clause's other words; None when no fact numbers
        it or the clause names none of them."""
        from ..answer.words import content_words
        from ..reader import glossary

        wanted = wanted | {self.token(x) for w in re.findall(r"[a-z]+", v.noun.lower()) for x in glossary.english().get(w, ())}
        said = content_words(_without(clause, []))
        said += [g for w in re.findall(r"[가-힣]+", clause) for g in glossary.gloss_korean(w) or ()]
        words = {self.token(w) for w in said if not is_value_word_(w)} - wanted
        best, held = [], 0
        for st in self.statements():
            text = st["value"] if st["kind"] == "attribute" else st["sentence"]
            numbers = {(int(m.group(1)), m.group(2)) for m in _NUMBERED.finditer(text)
                       if self.noun_tokens(m.group(2)) & wanted}
            if not numbers:
                continue
            shared = len(words & {self.token(w) for w in content_words(f"{st['label']} {st['sentence']}")})
            if shared > held:
                best, held = [(numbers, st)], shared
            elif shared == held and shared:
                best.append((numbers, st))
        if not best or len({n for numbers, _ in best for n, _ in numbers}) > 1:
            return None  # nothing numbers it, or the facts the clause may mean number it differently
        numbers, st = best[0]
        n, noun = next(iter(numbers))
        return Part("ordinal", v.text, SUPPORTED if v.value == n else CONTRADICTED, f"{_nth(n)} {noun}", st, words=v.text)

    def rate(self, v, st: dict) -> Part:
        """Won per dollar: the rate the figure's own pair implies, or another source's conversion of it."""
        from ..money import source_rate

        own = source_rate(st).krw_per_usd
        krw = Decimal(st["amount"]) if st["currency"] == "KRW" else Decimal(st["paired"]["amount"])
        others = [krw / Decimal(val["amount"]["amount"]) for c in self.disputes(st["record"]) for val in c["values"]
                  if (val.get("amount") or {}).get("currency") == "USD"]
        shown = f"{own:,.2f} won per dollar (implied by {st['label']})"
        if v.holds(own):
            return Part("rate", v.shown(), SUPPORTED, shown, st, words=v.text)
        if any(v.holds(r) for r in others):
            return Part("rate", v.shown(), SUPPORTED, shown, st, words=v.text,
                        how="the rate another source's conversion of the figure implies: see kaesong disputes")
        return Part("rate", v.shown(), CONTRADICTED, shown, st, words=v.text)

    def unjudged(self, v, reading, why: str) -> Part:
        if reading.unknown:
            said = ", ".join(reading.unknown)
            return Part(v.kind, v.shown(), NOT_IN_RECORD, how=f"the record holds no {v.kind} of what it names ({said})",
                        words=v.text)
        if v.kind == "count" and self.noun_tokens(v.noun) and not self.counted_anywhere(v):
            return Part(v.kind, v.shown(), NOT_IN_RECORD, how=f"the record counts no {v.noun}", words=v.text)
        return Part(v.kind, v.shown(), PART_CANNOT, how=why, words=v.text)

    def candidates(self, v) -> list[dict]:
        sts = self.statements()
        if v.kind in ("date", "weekday"):
            return [st for st in sts if st["kind"] in ("event", "quote")]
        if v.kind == "time":  # events dated to the minute, and attributes that give times ('daily calls: at 9:00')
            return [st for st in sts if (st["kind"] == "event" and (st.get("date") or {}).get("tz"))
                    or (st["kind"] == "attribute" and claimed_times(st["value"]))]
        if v.kind == "amount":
            return [st for st in sts if st["kind"] == "figure"]
        if v.kind == "rate":  # figures given in both currencies
            return [st for st in sts if st["kind"] == "figure" and st.get("paired")]
        return [st for st in sts if self.counts(st, v)]

    def counts(self, st: dict, v) -> list:
        """The counts a statement states of what `v` counts ('58 South Koreans' for 'Twenty South
        Koreans'), matched by the counted words."""
        from ..reader.values import values

        if st["kind"] not in ("event", "attribute", "entity"):
            return []
        text = st["sentence"] if st["kind"] != "attribute" else f"{st['value']}"
        wanted = self.noun_tokens(v.noun)
        if not wanted:
            return []
        out = []
        context = self.noun_tokens(st["attribute"]) if st["kind"] == "attribute" else set()  # 'daily calls: twice a day'
        for found in values(text):
            if found.kind != "count":
                continue
            if wanted & (self.noun_tokens(found.noun) | context):
                self._following[(st["id"], found.start, found.end)] = text[found.end:found.end + 80]  # '… *the Declaration*'
                out.append(found)
        return out

    def noun_tokens(self, noun: str) -> set[str]:
        """What a count counts, as tokens: 'South Koreans' -> {south, korean}; 'storeys' -> {stori}."""
        from ..answer.words import STOP
        from ..reader import glossary

        out = set()
        for w in re.findall(r"[^\W\d_]+", noun.lower()):
            if w in STOP or w in ("times", "time"):
                continue
            out.add("people" if w in _PEOPLE else self.token(w))
            out.update(self.token(x) for x in glossary.english().get(w, ()) if x in _COUNTED)
            if w in glossary.korean():
                out.update(self.token(x) for x in glossary.korean()[w])
        return out

    def counted_anywhere(self, v) -> bool:
        return any(self.counts(st, v) for st in self.statements())

    def date(self, v, st: dict, clause: str) -> Part:
        from ..dates import PartialDate

        claimed = v.value
        how = []
        if claimed.year is None:
            year = int(st["date"]["value"][:4])
            claimed = claimed.resolve(year)
            how.append(f"no year given: read as {year}, the year of {st['label'].lower()}")
        first, last = claimed.span()
        on_record = PartialDate.parse(st["date"]["value"])
        end = PartialDate.parse(st["end"]["value"]) if st.get("end") else on_record
        r_first, r_last = on_record.first_day(), end.last_day()
        bound = re.search(r"\b(before|after|by|until|till)\s+(?:the\s+end\s+of\s+|the\s+)?$", clause[:v.start], re.I)
        if bound:  # 'before 2018': the record's date on the right side of it
            word = bound.group(1).lower()
            ok = r_last < first if word == "before" else r_first > last if word == "after" else r_last <= last
            if word == "after" and (r_first, r_last) == (first, last) and _STOPPED.search(clause[:bound.start()]):
                ok = True  # 'the weekly meetings stopped after 22 February 2019': the last was on that day
            return Part("date", f"{word} {claimed.long()}", SUPPORTED if ok else CONTRADICTED, st["date"]["display"], st,
                        how="; ".join(how), words=v.text)
        values = [(c, val) for c in self.disputes(st["record"]) for val in c["values"] if val.get("date")]
        if values and _precision_rank(claimed.precision) <= 2:
            part = self.disputed_value(v, st, values, lambda d: _overlaps(first, last, *_days(d)), claimed.long(),
                                       st["date"]["display"], clause)
            if part.result == CONTRADICTED and self.says_date(st, first, last, clause):
                part.result, part.how = SUPPORTED, "a date the fact's own words give"
            part.how = "; ".join([*how, part.how] if part.how else how)
            return part
        inside = first <= r_first and r_last <= last
        within = r_first <= first and last <= r_last
        if inside or within:
            result = SUPPORTED
            if within and (first, last) != (r_first, r_last):
                how.append(f"the record dates it only to {on_record.precision}")
        elif self.says_date(st, first, last, clause):
            result = SUPPORTED
            how.append("a date the fact's own words give")
        else:
            result = CONTRADICTED
        return Part("date", claimed.long(), result, st["date"]["display"], st, how="; ".join(how), words=v.text)

    def says_date(self, st: dict, first, last, clause: str) -> bool:
        """Whether the fact's own words (its summary, the words a source used for its date, how
        they were resolved) give this date: 'morning calls of 8 June unanswered' on the day the
        lines were cut; 'first planned for August' on the opening."""
        from ..answer.words import content_words
        from ..reader.values import values

        year = int(st["date"]["value"][:4])
        text = " ".join(x for x in (st["sentence"], st["date"].get("stated"), st["date"].get("resolved")) if x)
        from ..reader.values import is_value_word

        wanted = {self.token(w) for w in content_words(clause) if w.isalpha() and not is_value_word(w)}
        wanted = wanted - {self.token(w) for w in _GENERIC} - set(
            self.subject_words({**st, "sentence": ""}) if st["kind"] != "event" else self.title_words(st))
        for v in values(text):
            if v.kind != "date" or v.value.invalid:
                continue
            a, b = v.value.resolve(year).span()
            near = {self.token(w) for w in content_words(" ".join(text[:v.start].split()[-6:]))}
            if a >= first and b <= last and wanted & near:  # the date, with the claim's own words for it
                return True
        return False

    def fact_words(self, st: dict) -> set[str]:
        """Every word of a fact's own text, as tokens."""
        from ..answer.words import content_words

        return {self.token(w) for w in content_words(" ".join(str(st.get(k) or "") for k in ("label", "sentence")))}

    def title_words(self, st: dict) -> set[str]:
        from ..answer.words import content_words

        return {self.token(w) for w in content_words(st.get("label", ""))}

    def weekday(self, v, st: dict) -> Part:
        from ..dates import PartialDate

        on_record = PartialDate.parse(st["date"]["value"])
        if on_record.day is None:
            return Part("weekday", v.value, PART_CANNOT, how="the record does not date it to the day", words=v.text)
        day = on_record.first_day().strftime("%A")
        result = SUPPORTED if day.lower() == v.value.lower() else CONTRADICTED
        return Part("weekday", v.value, result, f"{day}, {on_record.long()}", st, words=v.text)

    def time(self, v, st: dict, clause: str) -> Part:
        if st["kind"] == "attribute":  # one of the times it gives
            times = claimed_times(st["value"])
            ok = any(v.holds(int(t[:2]) * 60 + int(t[3:])) for t in times)
            return Part("time", v.shown(), SUPPORTED if ok else CONTRADICTED, ", ".join(times), st, words=v.text)
        recorded = st["date"]["value"]
        values = [(c, val) for c in self.disputes(st["record"]) for val in c["values"] if (val.get("date") or {}).get("tz")]
        shown = f"{recorded[11:16]} {st['date'].get('tz', '')}".strip()
        if values:
            return self.disputed_value(v, st, values, lambda d: v.holds(_minutes(d["value"])), v.shown(), shown, clause)
        result = SUPPORTED if v.holds(_minutes(recorded)) else CONTRADICTED
        return Part("time", v.shown(), result, shown, st, words=v.text)

    def disputed_value(self, v, st: dict, values: list, holds, asserted: str, shown: str, clause: str) -> Part:
        """A value on which the sources differ: supported when it holds for every value a source
        gives (or it names the source whose value it gives), disputed when for some, contradicted
        when for none."""
        matching = [(c, val) for c, val in values if holds(val["date"])]
        others = " · ".join(f"{val['value']} ({val.get('reason') or val['rank']})" for _, val in values)
        live = [(c, val) for c, val in values if val["rank"] != "deprecated"]
        if not matching:
            return Part(v.kind, asserted, CONTRADICTED, shown, st, others=others, words=v.text)
        if all(pair in matching for pair in live):
            return Part(v.kind, asserted, SUPPORTED, shown, st, others=others,
                        how="it holds for every value the sources give", words=v.text)
        named = self.named_sources(clause)
        for _, val in matching:
            said = " ".join([val.get("reason") or "", *(c["source"] for c in val["citations"])]).lower()
            if named and any(n in said for n in named):
                return Part(v.kind, asserted, SUPPORTED, shown, st, others=others,
                            how="the value of the source it names", words=v.text)
        return Part(v.kind, asserted, DISPUTED, shown, st, others=others,
                    how="the sources differ on this value: see kaesong disputes", words=v.text)

    def named_sources(self, clause: str) -> list[str]:
        from ..reader import read

        names = []
        for entity in read(clause, self.index).entities:
            found = self.index.get(entity)
            if found:
                doc = found[1]
                names += [n.lower() for n in (doc["name"], *doc.get("aliases", [])) if len(n) > 3]
        names += [w.lower() for w in re.findall(r"\b(?:Yonhap|KBS|AFP|Newsis|Chosun|Hankyoreh|Reuters|AP)\b", clause)]
        return names + self.attributed

    def amount(self, v, st: dict) -> Part:
        from ..money import Amount, short_scale, source_rate

        asserted = v.value
        on_record = _in_currency(st, asserted.currency)
        if on_record is None:
            return Part("amount", v.shown(), PART_CANNOT, how=f"the record gives {st['stated']} only in its own currency",
                        statement=st, words=v.text)
        how = []
        if asserted.currency != st["currency"]:
            how.append(f"the source's own pair, {source_rate(st).krw_per_usd:,.2f} won per dollar")
        values = [val for c in self.disputes(st["record"]) for val in c["values"]
                  if val.get("amount") and val["amount"]["currency"] == asserted.currency]
        others = " · ".join(f"{val['value']} ({val['rank']})" for val in values)
        if v.holds(on_record.value):
            if v.qualifier is None and on_record.value != asserted.value:
                how.append(f"{short_scale(on_record)} rounds to {short_scale(asserted)}")
            return Part("amount", v.shown(), SUPPORTED, short_scale(on_record), st, others=others, how="; ".join(how),
                        words=v.text)
        if any(v.holds(Decimal(val["amount"]["amount"])) for val in values):
            how.append("another source's conversion: see kaesong disputes")
            return Part("amount", v.shown(), DISPUTED, short_scale(on_record), st, others=others, how="; ".join(how),
                        words=v.text)
        del Amount
        whole = self.whole_of(st)
        if whole is not None and (total := _in_currency(whole, asserted.currency)) and v.holds(total.value):
            how.append(f"{st['label']} is part of {whole['label']}, which the claim gives")
            return Part("amount", v.shown(), SUPPORTED, short_scale(total), whole, how="; ".join(how), words=v.text)
        return Part("amount", v.shown(), CONTRADICTED, short_scale(on_record), st, others=others, how="; ".join(how),
                    words=v.text)

    def whole_of(self, st: dict) -> dict | None:
        """The figure a figure is a part of (renovation-building of renovation-cost)."""
        found = self.index.get(st["record"])
        parent = (found[1] if found else {}).get("part_of")
        return self.index.statement(parent) if parent else None

    def count(self, v, st: dict) -> Part:
        from ..answer.words import content_words
        from ..reader import glossary

        recorded = self.counts(st, v)
        if not recorded:
            return Part("count", v.shown(), PART_CANNOT, statement=st, words=v.text)
        if re.search(r"\b(?:after|before|since|later|earlier)\b", v.text, re.I):
            # '641 days after it opened' is not '140 days after the Panmunjom Declaration': a span counts from
            # something, and only a span the record counts from the same thing judges it
            generic = {self.token(w) for w in _GENERIC}

            def words(text: str) -> set[str]:
                return {self.token(w) for w in content_words(" ".join(re.split(r"[.;,]", text)[0].split()[:8]))} - generic

            since = words(self.text[v.end:]) if self.text else set()
            same = [r for r in recorded if since & words(self._following.get((st["id"], r.start, r.end), ""))]
            if not same:
                r = recorded[0]
                span = re.split(r"[(;]", self._following.get((st["id"], r.start, r.end), ""))[0][:40].rstrip()
                return Part("count", v.shown(), PART_CANNOT, statement=st, words=v.text,
                            how=f"the record counts {r.text}{span}, not from what the claim counts from")
            recorded = same
        # a fact may count several groups ('58 South Koreans (17 officials, 41 support staff)'): the claim's
        # count is of those whose counted words are nearest its own ('41 officials' is not '41 support staff')
        own = {self.token(w) for w in re.findall(r"[^\W\d_]+", v.noun)}
        own |= {self.token(x) for w in re.findall(r"[가-힣]+", v.noun) for x in glossary.korean().get(w, ())}

        def near(r) -> tuple[bool, int]:
            """Whether all the record's counted words are the claim's ('officials' of 'government
            officials'), then how many kinds of counted thing both share (people, storeys...)."""
            theirs = {self.token(w) for w in re.findall(r"[^\W\d_]+", r.noun)}
            return bool(theirs) and theirs <= own, len(self.noun_tokens(r.noun) & self.noun_tokens(v.noun))

        best = max(near(r) for r in recorded)
        recorded = [r for r in recorded if near(r) == best]
        sides = {w for w in re.findall(r"[a-z]+", v.noun.lower()) if w in ("north", "south")}
        if not sides:  # '북한 인원 58명': whose people, just before the count
            near = re.findall(r"\b(north|south)(?:ern)?\b|(북한|북측|남한|남측)", self.text[max(0, v.start - 16):v.start], re.I)
            if near:
                word = (near[-1][0] or near[-1][1]).lower()
                sides = {"north" if word in ("north", "북한", "북측") else "south"}
        other = [r for r in recorded if sides and {w for w in re.findall(r"[a-z]+", r.noun.lower())
                                                   if w in ("north", "south")} - sides]
        if other:  # '58 North Koreans went home': the record counts 58 South Koreans, of the other side
            return Part("count", v.shown(), CONTRADICTED, other[0].text, st, words=v.text,
                        how=f"the record counts {other[0].text}, of the other side")
        for r in recorded:
            if any(v.holds(x) for x in range(r.value, (r.high or r.value) + 1)):  # '15 to 20 staff': any of them
                return Part("count", v.shown(), SUPPORTED, r.text, st, words=v.text)
        r = recorded[0]
        if r.high is not None:
            ok = False  # no number of the record's range holds (above)
        elif r.qualifier:  # the record's own count is approximate ('about 100'): it holds where both can
            lo, hi = _bounds(r)
            ok = any(v.holds(x) for x in (lo, hi, r.value)) or (v.qualifier is None and lo <= v.value <= hi)
        else:
            ok = v.holds(r.value)
        return Part("count", v.shown(), SUPPORTED if ok else CONTRADICTED, r.text, st, words=v.text)

    # relations and wordings

    def entity(self, entity_id: str) -> dict:
        found = self.index.get(entity_id)
        return found[1] if found and found[0] == "entity" else {}

    def family(self, claim: str, whole) -> list[Part]:
        """'Kim Yo-jong is Kim Jong-un's sister / wife': a family relation between two people the
        record relates; one person has one such relation to another."""
        bare = self.without_names(claim, whole.entities)  # never a word of a name ('Ri Son-gwon' has no son)
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", bare)}
        if whole.lang == "ko":
            words |= set(whole.words)
        said = [w for w in words if w in _FAMILY or _FAMILY_KO.get(w)]
        said += [k for k, v in _FAMILY_KO.items() if k in claim and k not in said]
        # the people it names itself: 'sister' brings Kim Jong-un in through Kim Yo-jong's relation,
        # which says nothing of 'Kim Yo-jong is Moon Jae-in's sister'
        by_family = {e for e in whole.related for r in self.index.relations(e)  # brought in by the word 'sister' itself
                     if r["type"].removesuffix("-of") in _FAMILY and r["type"].removesuffix("-of") in words
                     and {r["source"], r["target"]} - {e} <= set(whole.entities)}
        people = [e for e in whole.entities if self.entity(e).get("kind") == "person" and e not in by_family]
        if not said or len(people) < 2:
            return []
        word = _FAMILY_KO.get(said[0], said[0])
        for r in self.index.relations():
            if {r["source"], r["target"]} <= set(people) and r["type"].removesuffix("-of") in _FAMILY:
                st = self.index.statement(f"{r['source']}#{r['type']}:{r['target']}")
                held = r["type"].removesuffix("-of")
                result = SUPPORTED if held == word else CONTRADICTED
                return [Part("relation", word, result, held, st,
                             how="" if result == SUPPORTED else f"the record holds {held}, and one is not both")]
        names = " and ".join(self.entity(e).get("name", e) for e in people[:2])
        return [Part("relation", word, PART_CANNOT, words=word, how=f"the record holds no family relation of {names}")]

    def relations(self, clause: str, reading, whole) -> list[Part]:
        """Who did an act the record names the agent of: the claim's agent against the record's
        ('destroyed by South Korea', 'North Korea paid for the renovation', 'signed by Moon Jae-in
        and Donald Trump', 'Ri Son-gwon was the North's head of the office'). The act is read in
        the reader's own words (not the glossary's looser equivalents), outside quotation marks."""
        from ..reader import read

        bare = re.sub(r"['\"‘“].+?['\"’”]", " ", clause)
        if _NEGATING.search(bare):
            return []  # 'not destroyed by South Korea', 'ended without an agreement': a negated act is not judged
        if bare != clause:
            reading = read(bare, self.index)
        # the act as a verb, as written ('blew up', 'destroyed', 'headed'; not 'the demolition'), or in Korean glossed;
        # never a word of a name ('the Inter-Korean Cooperation Fund is part of …' says nothing of funding)
        acts = self.without_names(bare, reading.entities)
        for name in reading.names:  # a name the record does not hold either ('on State TV': no act of 'state')
            if len(name.split()) > 1:
                acts = acts.replace(name, " ")
        written = set(re.findall(r"[a-z]+(?:-[a-z]+)?", acts.lower()))
        if reading.lang == "ko":
            written |= set(reading.words) | set(re.findall(r"[가-힣]+", bare))
        lowered = " ".join(acts.lower().split())
        out = []
        for kind, relations in self.relation_types().items():
            said = [w for w in _AGENTS[kind] if (" " in w and w in lowered) or
                    (" " not in w and (written & {w, w + "s", w + "ed", w + "d", w + "ing", w + "es"}
                                       or any(k.startswith(w) for k in written if re.match("[가-힣]", w))))]
            whole_text = " ".join(bare.lower().split())
            passive = re.search(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?(?:" +
                                "|".join(re.escape(w) for w in said) + r")", whole_text) if said else None
            if passive and kind.endswith("-by") and not re.search(r"\bby\b", whole_text) and not any(
                    e in reading.entities and len(label) > 3 and label.lower() in whole_text[passive.end():]
                    for label, e in self.names()):
                continue  # 'KCNA said the office was destroyed': a passive act naming no one after it names no agent
            if said:
                part = self.agent(kind, relations, reading, bare)
                if part:
                    out.append(part)
        return [*out[:1], *([out[0].also] if out and out[0].also is not None else [])]

    def location(self, claim: str, whole) -> list[Part]:
        """Where the office was ('opened in Seoul', 'in the border city of Kaesong') and which Korea a
        place is in ('Kaesong is a South Korean city'), along the record's located-in relations; in
        Korean, '평양에 있던 건물' (the building that stood in Pyongyang)."""
        from ..index import normalize_name
        from ..reader import glossary

        def chain(entity: str) -> list[str]:
            out, at = [], entity
            while True:
                nxt = next((r["target"] for r in self.index.relations(at) if r["source"] == at and r["type"] == "located-in"),
                           None)
                if nxt is None or nxt in out:
                    return out
                out.append(nxt)
                at = nxt

        names = {normalize_name(label): e for label, e in self.names()}
        m = re.search(r"\b(?:opens?|opened|located|stood|stands|situated|based|set up|blown up|blew up|blows up|demolished|"
                      r"destroyed|was|is)\s+(?:\w+\s+){0,4}?in\s+(?:the\s+)?(?:border\s+)?"
                      r"(?:city\s+of\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", claim)
        if m and is_value_word_(m.group(1).split()[0]):
            m = None  # 'opened in September': a date, not a place
        written, words = (m.group(1), m.group()) if m else (None, None)
        korean = re.search(r"([가-힣]{2,}?)에\s*(?:있던|있는|있었|위치|자리)", claim) if m is None else None
        if korean and korean.group(1) in glossary.korean():  # '평양에 있던 건물': the office was in Pyongyang
            written, words = " ".join(w.capitalize() for w in glossary.korean()[korean.group(1)][:1]), korean.group()
        if written and ("liaison-office" in whole.entities or re.search(r"\boffice\b|연락사무소", claim, re.I)):
            place = names.get(normalize_name(written)) or names.get(normalize_name("the " + written))
            if place and self.entity(place).get("kind") in ("place", "country"):
                held = chain("liaison-office")
                st = self.index.statement(f"liaison-office#located-in:{held[0]}") if held else None
                shown = ", ".join(self.entity(e).get("name", e) for e in held)
                result = SUPPORTED if place in held else CONTRADICTED
                said = normalize_name(written)
                city = next((e for e in held if re.search(r"\bcity\b", self.entity(e).get("description", ""))), None)
                if result == SUPPORTED and self.entity(place).get("kind") == "country" and \
                        said != normalize_name(self.entity(place)["name"]) and \
                        written in {label for label, e in self.names() if e == place} and \
                        re.fullmatch(r"[A-Z][a-z]+", written) and city:
                    # 'stood in Pyongyang': a city's name, where the record places the office in another city
                    return [Part("place", written, CONTRADICTED, shown, st, words=words,
                                 how=f"the record places it in {self.entity(city)['name']}, not in the city of {written}")]
                return [Part("place", self.entity(place)["name"], result, shown, st, words=words)]
            if not place:
                return [Part("place", written, PART_CANNOT, words=words,
                             how="a place the record does not name; it places the office in Kaesong")]
        m = re.search(r"([A-Z][\w-]+)\s+(?:is|was)\s+an?\s+(North|South)\s+Korean\b", claim)
        if m:
            place = names.get(normalize_name(m.group(1)))
            country = "north-korea" if m.group(2) == "North" else "south-korea"
            if place and self.entity(place).get("kind") == "place":
                held = chain(place)
                if held and held[-1] in ("north-korea", "south-korea"):
                    st = self.index.statement(f"{place}#located-in:{held[0]}")
                    result = SUPPORTED if held[-1] == country else CONTRADICTED
                    return [Part("place", f"{m.group(1)}, {m.group(2)} Korea", result,
                                 f"{self.entity(place)['name']}, {self.entity(held[-1])['name']}", st, words=m.group())]
        return self.venue(claim, whole)

    def leaders(self, claim: str, whole) -> list[Part]:
        """Who led an act, against the people a fact names as leading it ('The opening ceremony was
        hosted by Moon Jae-in and Kim Jong-un': the record's opening ceremony was 'led by Unification
        Minister Cho Myoung-gyon and Ri Son-gwon'). Only a fact whose value says 'led by', and whose
        name the claim's words hold ('ceremony', 개소식), judges; the people are those the claim names."""
        if not re.search(r"\b(?:host(?:ed|s)?|le[ad]|leads|chair(?:ed|s)?|presid(?:ed|es)|officiat(?:ed|es))\b"
                         r"|주재|이끌|이끈|주관", claim, re.I):
            return []
        people = [e for e in whole.entities if self.entity(e).get("kind") == "person"]
        if not people:
            return []
        said = set(self.claim_words(whole))
        for st in self.statements():
            value = st.get("value") or ""
            if st["kind"] != "attribute" or not value.startswith("led by "):
                continue
            if not {self.token(w) for w in re.findall(r"[a-z]+", (st.get("attribute") or "").lower())} <= said:
                continue  # the claim must speak of what the fact says was led ('opening ceremony')
            led = value[len("led by "):].split(";")[0]
            leading = {e for label, e in self.names()
                       if len(label) > 3 and label in led and self.entity(e).get("kind") == "person"}
            if not leading:
                continue
            shown = ", ".join(self.entity(e).get("name", e) for e in people)
            result = SUPPORTED if set(people) <= leading else CONTRADICTED
            how = "" if result == SUPPORTED else f"the record says it was led by {led}"
            return [Part("agent", shown, result, ", ".join(sorted(self.entity(e).get("name", e) for e in leading)), st,
                         words=shown, how=how)]
        return []

    def ordered(self, text: str) -> list[dict]:
        """The event a claim that orders it is clearly about ('The Council approved the renovation money
        before the work began': the approval), as a list of none or one."""
        from ..reader import read

        reading = read(text, self.index, claim=True)
        ranked = self.ranked([st for st in self.pool("event") if st["kind"] == "event"], reading, "event")
        if not ranked or ranked[0][0] < self.sure or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < self.margin) \
                or not self.names_act(reading, ranked[0][1]):
            return []
        return [ranked[0][1]]

    def venue_words(self) -> dict[str, str]:
        """The one-word names of the record's places (Kaesong, Panmunjom; Seoul and Pyongyang, by which
        the record also names the two states), lowercased, each to its written form."""
        out = {}
        for label, e in self.names():
            if re.fullmatch(r"[A-Z][a-z]+", label) and self.entity(e).get("kind") in ("place", "country"):
                out[label.lower()] = label
        return out

    def venue(self, claim: str, whole) -> list[Part]:
        """Where an event took place, as its title gives it ('Third summit, in Pyongyang'; 'Hanoi
        summit …'): 'the third summit was held in Seoul' is contradicted, '… met in Pyongyang'
        supported; '서울에서 열렸다' as well. The place must follow a word of meeting, holding or signing
        in its clause ('officials in Seoul said …' places no event), and the event is the one, among
        those whose title gives a place, that the claim's subject is clearly about."""
        from ..reader import glossary, read

        places = self.venue_words()
        found = [(m.group(1).lower(), m.group()) for m in re.finditer(
            r"\b(?:held|hold|holds|took\s+place|takes\s+place|met|meet|meets|meeting|summit|talks|signed)\b[^,.;:]{0,40}?"
            r"[\s,]+(?:in|at)\s+(?:the\s+)?(?:(?:North|South)\s+Korean\s+)?(?:capital\s+|city\s+(?:of\s+)?)?"
            r"([A-Z][a-z]+)\b(?!\s+[A-Z])", claim) if m.group(1).lower() in places]
        for m in re.finditer(r"([가-힣]{2,})에서\s*(?:[가-힣\d~·\s]{0,30}?)(?:열렸|열린|열리|만났|만난|만나|서명|개최)", claim):
            english = glossary.korean().get(m.group(1))
            if english and english[0] in places:
                found.append((english[0], f"{m.group(1)}에서"))
        if len(found) != 1:
            return []  # none, or several places of several events: not told apart here
        said, words = found[0]
        venues = {}
        for st in self.pool("event"):
            named = [a or b for a, b in re.findall(r"\bin\s+([A-Z][a-z]+)\b|^([A-Z][a-z]+)\s+summit\b", st.get("label") or "")
                     if (a or b).lower() in places]
            if st["kind"] == "event" and len(named) == 1:
                venues[st["id"]] = named[0].lower()
        rest = _ORDER.sub(" ", _ORDER_KO.sub(" ", claim.replace(words, " ")))
        rest = re.sub(r"\b(?:before|after)\b[^,.;]*", " ", rest, flags=re.I)  # 'days after the office opened'
        reading = read(rest, self.index, claim=True)
        ranked = self.ranked([st for st in self.pool("event") if st["id"] in venues], reading, "event")
        if not ranked or ranked[0][0] < self.sure:
            return []
        st = ranked[0][1]
        held = venues[st["id"]]
        result = SUPPORTED if said == held else CONTRADICTED
        how = "" if result == SUPPORTED else f"the record places it in {places[held]}, not in {places[said]}"
        return [Part("place", places[said], result, places[held], st, words=words, how=how)]

    def surnamed(self, text: str) -> list[str]:
        """People named by one word of their name that no one else shares ('Moon' for Moon Jae-in;
        'Kim' names no one: three people of the record are Kims)."""
        out = []
        people = [e for e in {e for _, e in self.names()} if self.entity(e).get("kind") == "person"]
        for word in re.findall(r"\b[A-Z][a-z]{2,}\b", text):
            owners = [e for e in people if word in re.split(r"[\s-]+", self.entity(e).get("name", ""))]
            if len(owners) == 1 and owners[0] not in out:
                out.append(owners[0])
        return out

    def named(self, reading) -> list[str]:
        """The entities a sentence names itself (not those the reader adds through a relation:
        'the North's head' names North Korea, not the two co-heads)."""
        from ..index import normalize_name

        text = normalize_name(reading.text)
        out = []
        for label, entity in self.names():
            if entity in reading.entities and entity not in out and len(label) > 1 and normalize_name(label) in text:
                out.append(entity)
        return out

    def without_names(self, text: str, entities) -> str:
        """The text with the names of these entities taken out, longest first."""
        for label, e in sorted(self.names(), key=lambda pair: -len(pair[0])):
            if e in entities and len(label) > 3:
                text = re.sub(rf"(?<!\w){re.escape(label)}(?!\w)", " ", text, flags=re.I)
        return text

    def names(self) -> list[tuple[str, str]]:
        if self._names is None:
            self._names = self.index.names()
        return self._names

    def relation_types(self) -> dict[str, list[dict]]:
        if self._relations is None:
            self._relations = {}
            for r in self.index.relations():
                if r["type"] in _AGENTS:
                    self._relations.setdefault(r["type"], []).append(r)
        return self._relations

    def purse(self, claim: str) -> list[Part]:
        """Which pot of money paid ('came out of the defence budget', '국방예산에서 나왔다'), against the
        fund the record says paid: supported when it names that fund, contradicted when it names
        another pot by a word of its own ('defence'); a pot named only as the state's ('the
        government's budget', '정부 예산') cannot be told from the fund, and is not judged."""
        from ..answer.words import content_words
        from ..index import normalize_name

        m = _PURSE.search(claim) or _PURSE_KO.search(claim)
        if not m or _NEGATING.search(claim) or not (_MONEY.search(claim) or m.re is _PURSE_KO):
            return []
        funds = [r for r in self.relation_types().get("funded-by", []) if r["source"] == "liaison-office"]
        if not funds:
            return []
        fund = self.entity(funds[0]["target"])
        st = self.index.statement(f"liaison-office#funded-by:{funds[0]['target']}")
        what = m.group("what")
        labels = [fund.get("name", ""), fund.get("hangul", ""), *fund.get("aliases", [])]
        if any(label and normalize_name(label) in normalize_name(what) for label in labels):
            return [Part("agent", what, SUPPORTED, fund["name"], st, words=m.group())]
        own = [w for w in content_words(re.sub(r"(?:예산|기금|budget|fund|coffers|account|reserves?)$", "", what))
               if w.lower() not in _STATE_WORDS and not re.search(r"[’']s$", w)]
        own = [w for w in own if w not in _STATE_WORDS and not self.names_state(w)]
        if not own:
            return []
        return [Part("agent", what, CONTRADICTED, fund["name"], st, words=m.group(),
                     how=f"the record names {fund['name']}")]

    def names_state(self, word: str) -> bool:
        """A word that names South Korea or its government ('Seoul', '한국', '정부')."""
        from ..index import normalize_name

        return any(e == "south-korea" and normalize_name(label) == normalize_name(word) for label, e in self.names())

    def agent(self, kind: str, relations: list[dict], reading, clause: str) -> Part | None:
        """The record's agents of the act against the claim's: the relations one of whose ends the
        claim names (the office is the act's object when none is named) give the agents expected;
        the claim's entities of the same kind (a person for a person), and names the record has
        never heard of, are the agents it claims."""
        named = self.named(reading)
        strangers = [n for n in reading.names if len(n.split()) > 1 and any(w in reading.unknown for w in n.split())]
        held, expected = [], set()
        if kind.endswith("-by") and not any(r["source"] in named for r in relations):
            named = [*named, *(r["source"] for r in relations[:1])]  # 'approved the spending': the fund's
        targets = {r["target"] for r in relations}
        if not kind.endswith(("-by", "-of")) and len(targets) == 1 and not targets & set(named):
            named = [*named, *targets]  # 'an agreement between Kim Jong-un and Moon Jae-in': the one they signed
        for r in relations:
            if r["target"] in _OBJECTS and kind.endswith("-of"):  # a role in the office: who held it
                held.append(r)
                expected.add(r["source"])
            elif r["source"] in named and kind.endswith("-of") and r["source"] != "liaison-office":
                held.append(r)
                expected.add(r["target"])
            elif r["target"] in named and not kind.endswith("-by"):
                held.append(r)
                expected.add(r["source"])
            elif kind.endswith("-by") and (r["source"] in named or r["source"] == "liaison-office"):
                held.append(r)
                expected.add(r["target"])
        if not held:
            return None
        people = {self.entity(e).get("kind") == "person" for e in expected}
        wanted_person = people == {True}
        family = set(expected)
        for e in list(expected):
            family |= self.parents(e)
        anchors = {r["source"] if kind.endswith("-by") else r["target"] for r in held} - expected
        agents = [e for e in named if e not in anchors and e not in _OBJECTS
                  and (self.entity(e).get("kind") == "person") == wanted_person
                  and self.entity(e).get("kind") in _AGENT_KINDS]
        if kind.endswith("-of") and not kind.startswith(("co-head", "secretary")):
            agents = [e for e in agents if e not in {r["source"] for r in held}]
        st = self.index.statement(f"{held[0]['source']}#{kind}:{held[0]['target']}")
        on_record = " and ".join(self.entity(e).get("name", e) for e in sorted(expected))
        if not agents and not strangers:
            return None
        if [w for w in reading.unknown_words if w not in _LIGHT] and not strangers:
            return None
        if kind in ("co-head-of", "secretary-general-of") and self.other_side_only(clause, expected):
            return None  # "North Korea's secretary-general": the record names only the South's; it does not say
        side = self.side(clause, agents) if kind == "co-head-of" else None
        if side is not None and side.result == CONTRADICTED:
            return side
        wrong = [e for e in agents if e not in family]
        claimed = ", ".join([*(self.entity(e).get("name", e) for e in agents), *strangers])
        right = [e for e in agents if e in family]
        # one agent named rightly is right (titles and people in apposition do not make it wrong); but
        # every signatory named must have signed
        ok = bool(right) and not wrong and not strangers if kind == "signed" else bool(right)
        if not ok:
            return Part("agent", claimed, CONTRADICTED, on_record, st, words=claimed,
                        how=f"the record names {on_record}")
        alone = [e for e in wrong if kind in ("co-head-of", "secretary-general-of") and self.entity(e).get("kind") == "person"
                 and self.own_clause(clause, e)]
        if alone and not side:  # '남측 소장은 천해성 …, 북측 소장은 리선권 …': each clause names a head; one is wrong
            name = self.entity(alone[0]).get("name", alone[0])
            mine = {e: self.index.statement(f"{r['source']}#{kind}:{r['target']}") for r in held
                    for e in (r["source"], r["target"])}  # each holder's own fact: Chun's, Jon's
            part = Part("agent", ", ".join(self.entity(e).get("name", e) for e in right), SUPPORTED, on_record,
                        mine.get(right[0]) or st, words=claimed)
            others = [e for e in sorted(expected) if e not in right]  # judged on the holder the claim left out
            part.also = Part("agent", name, CONTRADICTED, on_record, (mine.get(others[0]) if others else None) or st,
                             words=name, how=f"the record names {on_record}, not {name}")
            return part
        return side or Part("agent", claimed, SUPPORTED, on_record, st, words=claimed)

    def own_clause(self, clause: str, entity: str) -> bool:
        """Whether a person is named in a clause of the claim's own, with a word of a side or a role
        ('…, 북측 소장은 리선권 …', '… and the North's by Ri Son-gwon'): not in apposition to another."""
        names = [label for label, e in self.names() if e == entity and len(label) > 1]
        for part in re.split(r",|;|\band\b|(?<=[고며])\s", clause):
            if any(n.lower() in part.lower() for n in names) and re.search(
                    r"북측|남측|\b(?:north|south)(?:ern)?(?:\s+korea(?:n)?)?['’]s\b|소장|\bco-head|\bheaded\b", part, re.I):
                return True
        return False

    def titles(self, claim: str, whole) -> list[Part]:
        """A title the claim gives a person next to the name ('전종수는 조국평화통일위원회 위원장', 'Jon
        Jong-su, chairman of …') where the record gives the deputy's ('vice-chairman'): contradicted."""
        people = [e for e in whole.entities if self.entity(e).get("kind") == "person" and e not in whole.related]
        spans = []
        for label, e in self.names():
            if e in people and len(label) > 1:
                spans += [(m.start(), m.end(), e) for m in re.finditer(rf"(?<!\w){re.escape(label)}", claim, re.I)]
        out = []
        for m in _TITLE.finditer(claim):
            title = _TITLE_KO.get(m.group(0), m.group(0).lower())
            if re.search(r"(?:vice|deputy|부)[- ]?(?:[\w가-힣]+[- ]){0,2}$", claim[:m.start()], re.I):
                continue  # 'Vice Unification Minister', '부위원장'
            if title.startswith(("vice", "deputy")):
                continue
            near = [(min(abs(a - m.end()), abs(m.start() - b)), e) for a, b, e in spans]
            near = [(d, e) for d, e in near if d <= 40]
            if not near:
                continue
            e = min(near)[1]
            description = self.entity(e).get("description", "")
            if re.search(rf"\b(?:vice|deputy)[- ]{title}\b", description, re.I) and not re.search(
                    rf"(?<!vice-)(?<!vice )(?<!deputy ){title}\b", description, re.I):
                name = self.entity(e).get("name", e)
                held = re.search(rf"\b(?:vice|deputy)[- ]{title}\b", description, re.I).group(0)
                out.append(Part("title", f"{name}: {title}", CONTRADICTED, f"{name}: {held}", self.index.statement(e),
                                words=m.group(0), how=f"the record says {held}"))
        return out[:1]

    def own_side(self, entity: str) -> str | None:
        """'south' or 'north', as the record describes a person ('South Korea's vice minister…'), or None."""
        from ..reader import side_of

        return side_of(self.entity(entity).get("description", ""))

    def other_side_only(self, clause: str, holders) -> bool:
        """Whether the clause asks for a role of one side ("North Korea's secretary-general", '북측 사무처장')
        and every holder the record names is of the other side."""
        m = re.search(r"\b(north|south)(?:ern)?(?:\s+korea(?:n)?)?(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:secretary|co-head|head)"
                      r"|(북측|남측)", clause, re.I)
        if not m or not holders:
            return False
        said = "north" if (m.group(1) or "").lower() == "north" or m.group(2) == "북측" else "south"
        sides = {self.own_side(e) for e in holders}
        return None not in sides and said not in sides

    def side(self, clause: str, agents: list[str]) -> Part | None:
        """'Chun Hae-sung headed the North Korean side': a person's side, as the record describes him."""
        m = re.search(r"\b(north|south)(?:ern)?(?:\s+korean)?(?:['’]s)?\s+(?:side|head|co-head|chief|director)|(북측|남측)",
                      clause, re.I)
        if not m or len(agents) != 1 or self.entity(agents[0]).get("kind") != "person":
            return None
        said = "north" if (m.group(1) or "").lower() == "north" or m.group(2) == "북측" else "south"
        person = self.entity(agents[0])
        own = self.own_side(agents[0])
        if own is None:
            return None
        st = self.index.statement(agents[0])
        result = SUPPORTED if own == said else CONTRADICTED
        return Part("agent", f"{person['name']}, {said}", result, f"{person['name']}, {own}", st, words=m.group())

    def doer(self, claim: str, whole, parts: list[Part]) -> list[Part]:
        """Who the claim says did what its values were supported on: the entity it names first, as
        the subject of its verb (not after 'by'), against who the fact says did it (the entity its
        title names first: 'South Korea sues North Korea…'), else the fact's entities. Another
        agent than the title's, unrelated to it, contradicts ('North Korea sued South Korea for
        44.7 billion won'); one unrelated to any of the fact's entities cannot be judged ('North Korea
        renovated the office building in 2018'). Related: within two steps of the record's relations
        (Kim Jong-un and North Korea, KCNA and North Korea, the Fund and South Korea)."""
        judged = [p for p in parts if p.result == SUPPORTED and p.statement and p.statement["kind"] in ("event", "figure")
                  and p.kind in ("date", "time", "weekday", "amount", "count")]
        if not judged or any(p.kind in ("agent", "relation") for p in parts):
            return []
        part = self.doer_of(claim, whole, judged[0].statement) or self.whom(claim, whole, judged[0].statement)
        return [part] if part else []

    def whom(self, claim: str, whole, st: dict) -> Part | None:
        """From or against whom, where the fact says it of another ('damages from South Korea': the suit
        claimed them from North Korea): that part cannot be judged; None when they agree or either is silent."""
        text = " ".join(str(st.get(k) or "") for k in ("label", "sentence"))
        for role in ("from", "against"):
            said = self.after_word(claim, role, whole.entities)
            held = self.after_word(text, role, None)
            if said and held and said != held and not self.near(said, held):
                name, other = self.entity(said).get("name", said), self.entity(held).get("name", held)
                return Part("agent", f"{role} {name}", PART_CANNOT, f"{role} {other}", st, words=f"{role} {name}",
                            how=f"{st['label']} says {role} {other}")
        return None

    def after_word(self, text: str, word: str, among) -> str | None:
        """The agent named right after a word ('from North Korea'), among these entities (None: any)."""
        from ..index import normalize_name

        m = re.search(rf"\b{word}\s+(?:the\s+)?([^,.;:()]+)", text, re.I)
        if not m:
            return None
        follows = normalize_name(m.group(1))
        named = [(len(label), e) for label, e in self.names() if (among is None or e in among) and len(label) > 3
                 and follows.startswith(normalize_name(label)) and self.entity(e).get("kind") in _AGENT_KINDS]
        return max(named)[1] if named else None

    def doer_of(self, claim: str, whole, st: dict) -> Part | None:
        """doer() for one fact (an event or a sum): None when the claim's subject is its doer, is
        related to it, is not read, or its verb is not the fact's act (`kaesong ask` declines a
        question whose subject this says did not do the act: 'When did South Korea blow up the office?')."""
        from ..answer.words import content_words
        from ..index import normalize_name
        from ..reader import read

        found = self.subject_of(claim, whole)
        if found is None:
            return None
        subject, rest = found
        # who did it, first in the fact's own words: an event's title, a figure's purpose ('Damages South Korea
        # claimed from North Korea…')
        own = st.get("label", "") if st["kind"] == "event" else st.get("sentence", "").split(": ", 1)[-1]
        title = normalize_name(own)
        in_title = sorted(((title.find(normalize_name(label)), e) for label, e in self.names()
                           if len(label) > 3 and normalize_name(label) in title
                           and self.entity(e).get("kind") in _AGENT_KINDS), key=lambda pair: pair[0])
        name = self.entity(subject).get("name", subject)
        # only where its verb is the fact's act ('Seoul *cut* every line': North Korea cuts…; not 'the Ministry
        # *timed* the explosion', which North Korea set off)
        verb = read(" ".join(rest.split()[:2]), self.index) if not re.search(r"[가-힣]", claim) else read(rest, self.index)
        act = set(self.claim_words(verb))
        if not act & {self.token(w) for w in content_words(own)}:
            return None
        if in_title:
            doer = in_title[0][1]
            people = {self.entity(e).get("kind") for e in (subject, doer)} == {"person"}
            if doer == subject or (self.near(subject, doer) and not people):  # two people are two
                return None
            on_record = self.entity(doer).get("name", doer)
            return Part("agent", name, CONTRADICTED, on_record, st, words=name, how=f"the record says {on_record} did it")
        if any(e == subject or self.near(subject, e) for e in st.get("entities") or []
               if self.entity(e).get("kind") in _AGENT_KINDS):
            return None
        return Part("agent", name, PART_CANNOT, statement=st, words=name,
                    how=f"the record does not say {name} had a part in {st['label']}")

    def subject_of(self, claim: str, whole) -> tuple[str, str] | None:
        """The entity a claim names as the subject of its verb: the first it names, an agent, before any
        verb, the clause not passive ('… was blown up by North Korea': no subject read); in Korean, the
        first named with 이/가/은/는. With it, what the claim says after it (its verb first)."""
        from ..index import normalize_name

        found = []
        for label, e in self.names():
            if e not in whole.entities or e in whole.related or self.entity(e).get("kind") not in _AGENT_KINDS:
                continue
            pattern = rf"(?<!\w){re.escape(label)}(?=(?:이|가|은|는)(?!\w)|\b|['’]s\b)" if re.search(r"[가-힣]", label) \
                else rf"(?<!\w){re.escape(label)}(?:['’]s)?(?!\w)"
            for m in re.finditer(pattern, claim, re.I):
                if len(normalize_name(label)) > 2 or re.search(r"[가-힣]", label):
                    found.append((m.start(), m.end(), e))
        from ..reader.korean import SIDES

        for word, e in SIDES.items():  # '남한은 … 차단했다': the South, a word of the glossary, not a name
            for m in re.finditer(rf"(?<![가-힣]){word}(?=(?:이|가|은|는)\s)", claim):
                found.append((m.start(), m.end(), e))
        if not found:
            return None
        if re.search(r"[가-힣]", claim):
            start, end, entity = min(found)
            return (entity, claim[end + 1:]) if re.match(r"(?:이|가|은|는)\s", claim[end:end + 2]) else None
        # "South Korea's Unification Ministry timed…": a possessive names whose, not who; the next name is the subject
        found = [f for f in sorted(found) if not re.search(r"['’]s$", claim[f[0]:f[1]])
                 and not any(g[0] <= f[0] < g[1] and g != f for g in found)]
        if not found:
            return None
        start, end, entity = found[0]
        before, after = claim[:start], claim[end:]
        if _VERB.search(before) or re.search(r"\bby\s*$", before, re.I):
            return None  # 'the office was blown up by North Korea': not the verb's subject
        return None if re.search(r"^\s+(?:was|were|is|are|had been|has been|have been)\s+\w+ed\b", after, re.I) \
            else (entity, after)

    def near(self, a: str, b: str) -> bool:
        """Whether two agents are within two steps of each other along the record's relations between
        agents (not through the office, a place or an agreement, which relate everyone)."""
        frontier, seen = {a}, {a}
        for _ in range(2):
            nxt = set()
            for e in frontier:
                for r in self.index.relations(e):
                    other = r["target"] if r["source"] == e else r["source"]
                    if r["type"] != "opposes" and self.entity(other).get("kind") in _AGENT_KINDS:
                        nxt.add(other)
            if b in nxt:
                return True
            frontier = nxt - seen
            seen |= nxt
        return False

    def parents(self, entity: str) -> set[str]:
        out = set()
        for r in self.index.relations(entity):
            if r["source"] == entity and r["type"] in ("part-of", "located-in"):
                out.add(r["target"])
        return out

    def same_order(self, claim: str, text: str) -> bool:
        """Whether a claim that orders two things ('opened days after the third summit') orders them
        as the fact's words do ('the summit … days after the office opens' does not): the words on
        each side of its 'before' or 'after' against those on each side of the fact's. True when
        either orders nothing or the words do not tell."""
        from ..answer.words import content_words

        def sides(sentence: str):
            m = re.search(r"\b(before|after)\b", sentence, re.I)
            if not m:
                return None
            return (m.group(1).lower() == "after", {self.token(w) for w in content_words(sentence[:m.start()])},
                    {self.token(w) for w in content_words(sentence[m.end():])})

        mine, theirs = sides(claim), sides(text)
        if mine is None or theirs is None:
            return True
        same = len(mine[1] & theirs[1]) + len(mine[2] & theirs[2])
        crossed = len(mine[1] & theirs[2]) + len(mine[2] & theirs[1])
        return same == crossed or (same > crossed) == (mine[0] == theirs[0])

    def wording(self, claim: str, whole, parts: list[Part], against: set[str] | None = None) -> list[Part]:
        """A claim judged by its words. Supported when one fact holds every word of its subject (or
        the curated or glossary equivalent), every entity it names, every number it writes, its
        words of order and degree, and negates where the fact negates. Contradicted only when such a
        fact negates right before the words the claim asserts plainly ('ended in a deal' against
        'ends without agreement'); a claim's own negation never contradicts by words (the record
        may simply not say). `against`: the claim's other parts are all supported, on these facts;
        only a contradiction by one of them is added."""
        from ..answer.words import content_words, words
        from ..index import normalize_name

        concepts = self.concepts(whole)
        entities = [e for e in whole.entities if e != "liaison-office" and e not in whole.related]
        called: dict[str, list[str]] = {}
        for label, e in self.names():
            called.setdefault(e, []).append(normalize_name(label))
        light = {self.token(w) for w in _LIGHT}
        concepts = [c for c in concepts if not light & set(c)]
        said = normalize_name(claim)
        places = {(n, e) for e in whole.entities if self.entity(e).get("kind") in ("place", "country")
                  for n in called.get(e, ()) if len(n) > 3 and n in said}  # place names as the claim writes them
        places = {(n, e) for n, e in places if not any(n != m and n in m for m, _ in places)}  # the longest of them
        if len(concepts) + len(entities) < 3 or len(concepts) < 2:
            return parts  # too little said to hold it against a fact's words
        # a side the claim names by a word, not an entity ('남측이 … 폭파했다', 'the southern side'): 'north' and
        # 'south' are no subject words (_GENERIC), but a fact must name the side the claim does
        sides = {w.removesuffix("ern") for w in whole.words if w in ("south", "north", "southern", "northern")}
        sides -= {side for side in ("south", "north") if f"{side}-korea" in whole.entities}
        rest = claim
        for p in parts:  # numbers of values judged already need not stand in the fact's words
            if p.result == SUPPORTED and p.words:
                rest = rest.replace(p.words, " ")
        numbers = _numbers(rest)
        polar = {w for w in re.findall(r"[a-z]+", claim.lower()) if w in _POLAR}
        negated = bool(_NEGATING.search(claim))
        best = None
        for st in self.statements():
            if against is not None and st["id"] not in against:
                continue
            text = " ".join(str(st.get(k) or "") for k in ("label", "sentence", "value", "attribute", "words"))
            names = " ".join(self.entity(e).get("name", "") for e in st.get("entities") or [])
            held_entities = set(st.get("entities") or []) | {st.get("speaker"), st.get("source"), st.get("target")}
            lowered = normalize_name(text)  # names without spaces: 'South Korean' holds 'southkorea'
            if any(e not in held_entities and not any(len(n) > 3 and n in lowered for n in called.get(e, ()))
                   for e in entities):
                continue
            if any(n not in lowered and not (self.entity(e).get("kind") == "place" and e in held_entities)
                   for n, e in places):  # 'in Seoul' is not 'South Korean', though one country; 'the Kaesong
                continue                  # industrial park' is the complex, whatever its fact calls it
            if any(not re.search(rf"\b{side}", f"{text} {names}", re.I) for side in sides):
                continue
            tokens = {self.token(w) for w in content_words(f"{text} {names}")}
            wanted = {t for c in concepts for t in c}
            seq = [w.lower() for w in words(text)]
            negated_here = {self.token(x) for i, w in enumerate(seq) if _NEGATING.fullmatch(w)
                            for x in seq[i + 1:i + 4] if self.token(x) in wanted}
            near_negation = bool(negated_here)
            # 'a landmark nuclear agreement' against 'no agreement': words that qualify what the fact
            # negates need not be held (no agreement is no agreement of any kind)
            qualifying = set()
            if near_negation and not negated:
                said_words = [w.lower() for w in words(claim)]
                for j, w in enumerate(said_words):
                    if any(self.token(w) in c and negated_here & set(c) for c in concepts):
                        qualifying |= {self.token(x) for x in said_words[max(0, j - 2):j]}
            held = all(any(t in tokens for t in c) or any(t in qualifying for t in c) for c in concepts) and \
                polar - _ORDERING <= set(re.findall(r"[a-z]+", text.lower())) and \
                (not polar & _ORDERING or bool(_ORDERING & set(re.findall(r"[a-z]+", st["sentence"].lower())))) and \
                self.same_order(claim, st["sentence"]) and \
                numbers <= _numbers(text)
            if near_negation and not negated:  # 'ended in a deal'; held in part: 'produced a landmark agreement'
                result = CONTRADICTED if held else PART_CANNOT if against is not None else None
            else:
                # 'Chun (…) and Jon (…, the North's …)': of a fact naming several people, words of one may be
                # another's, so it supports a claim that names one only if it names them all
                people = {e for e, ns in called.items() if self.entity(e).get("kind") == "person"
                          and (e in held_entities or any(len(n) > 3 and n in lowered for n in ns))}
                named = people & set(whole.entities)
                held = held and (len(people) < 2 or not named or named == people)
                result = SUPPORTED if held and bool(_NEGATING.search(text)) == negated and against is None else None
            rank = (_WORDING_RANK.get(result, 3), len(text))
            if result and (best is None or rank < best[0]):
                best = (rank, st, result)
        if best is None:
            return parts
        _, st, result = best
        if result == SUPPORTED:
            parts = [p for p in parts if p.result != PART_CANNOT or p.kind not in ("date", "time", "amount", "count", "place")]
        return [*parts, Part("wording", claim.strip(), result, st.get("sentence") or st.get("label", ""), st,
                             how=_WORDING_HOW[result], words=claim.strip())]

    def residual(self, claim: str, whole, parts: list[Part]) -> list[str]:
        """The places a supported claim puts its subject in ('in Panmunjom', '서울에서') that the facts
        its supported parts were judged on do not hold, in their words, their entities' names or
        the paragraphs they cite: the act may be right and the place wrong, and kaesong does not
        judge places other than the office's own (see location)."""
        from ..answer.evidence import evidence
        from ..index import normalize_name
        from ..reader import glossary

        facts = [p.statement for p in parts if p.result == SUPPORTED and p.statement]
        if not facts:
            return []
        placed = [m.group(1) for m in _PLACED.finditer(claim) if not is_value_word_(m.group(1).split()[0])]
        names = {normalize_name(label): e for label, e in self.names()}
        for m in re.finditer(r"([가-힣]+?)(?:에서|에\s*(?:있|위치))", claim):  # '평양에서', '평양에 있던'; not '회의에서'
            placed += [w.capitalize() for w in glossary.gloss_korean(m.group(1)) or () if m.group(1) in glossary.korean()
                       and self.entity(names.get(normalize_name(w), "")).get("kind") in ("place", "country")]
        if not placed:
            return []
        texts = []
        for st in facts:
            texts += [str(st.get(k) or "") for k in ("label", "sentence", "value", "attribute", "words")]
            texts += [self.entity(e).get("name", "") for e in st.get("entities") or []]
            texts += [e["text"] for e in evidence(self.index, st) if e.get("text")]
        held = normalize_name(" ".join(texts))
        return [p for p in dict.fromkeys(placed) if normalize_name(p) not in held]

    def series(self, st: dict) -> set[str]:
        """The years of a yearly sum's series ('running-cost-2018', '-2019', '-2020'), when the fact
        is one of two or more; else empty."""
        stem = re.sub(r"-\d{4}$", "", st.get("id", ""))
        if stem == st.get("id"):
            return set()
        years = {x["id"][-4:] for x in self.statements() if x["kind"] == "figure" and re.fullmatch(
            re.escape(stem) + r"-\d{4}", x["id"])}
        return years if len(years) >= 2 else set()

    def reasons(self, claim: str) -> list[Part]:
        """A cause the claim gives for an act, against the causes the record gives for it: its own
        ('suspended over Covid-19', 'unless the South stops defectors' leaflets'), those of the acts
        that led to it (caused_by, followed back), and an entity described as 'the cause of' it
        (the defectors, of Pyongyang's anger). The cause is supported when it shares a word with
        those; contradicted when it is a cause the record gives for another act instead, and the
        record gives one for this act; otherwise it cannot be judged."""
        from ..reader import read

        if _NEGATING.search(claim) or _opinion(claim):
            return []
        found = next((m for m in (p.search(claim) for p in _BECAUSE) if m), None)
        if not found or not found.group("effect").strip():
            return []
        effect, cause = read(found.group("effect"), self.index), read(found.group("cause"), self.index)
        said = set(self.claim_words(cause))
        said |= {p for t in said if "-" in t for p in t.split("-") if not p.isdigit()}  # 'covid-19': covid
        effect_words = set(self.claim_words(effect))
        if _ANGER.search(found.group("effect")):  # 'what set Pyongyang off', 'what enraged…': its anger
            effect_words.add(self.token("anger"))
        if not said or not effect_words:
            return []
        causes = self.causes()
        entity = [c for c in causes if c[1] and c[1] <= effect_words]
        if entity:  # 'Pyongyang's anger': the entity described as its cause
            st, _, why, label = max(entity, key=lambda c: len(c[1]))
        else:  # an act the record says was done ('the office was closed': not Kim Yo-jong's threat to close it)
            events = [c[0] for c in causes if not c[1] and effect_words & self.done_words(c[0])]
            ranked = self.ranked(events, effect, "event")
            if not ranked or ranked[0][0] < self.sure or not self.names_act(effect, ranked[0][1], loose=True) or \
                    (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < self.margin):
                return []
            st = ranked[0][1]
            named = {e for e in effect.entities if e not in effect.related and e != "liaison-office"}
            if named and not named & set(st.get("entities") or []):
                return []  # 'Kim Yo-jong … shutting the office': not the complex's shutdown, which is not hers
            why, label = next((c[2], c[3]) for c in causes if c[0] is st)
        asserted = found.group("cause")
        inside = [v.start - found.start("cause") for v in self.values if found.start("cause") <= v.start < found.end("cause")]
        if inside:  # 'over Covid-19 in March 2020': the cause, without the date judged on its own
            asserted = re.sub(r"\s+(?:in|on|at|since|by|back on|back in)\s*$", "", asserted[:min(inside)].rstrip(), flags=re.I)
        asserted = asserted.strip() or found.group("cause").strip()
        parts = self._reason(st, why, label, said, asserted, causes)
        for p in parts:  # '… brought home when it closed over Covid': the cause only says when
            p.when = bool(_CONSTRAINT.search(claim[:found.start("cause")]))
        return parts

    def _reason(self, st: dict, why: list, label: str, said: set[str], asserted: str, causes: list) -> list[Part]:
        if not why:
            return [Part("reason", asserted, PART_CANNOT, statement=st, words=asserted,
                         how=f"the record gives no cause of {label}")]
        shown = "; ".join(text for text, _, _ in why)
        if any(said & words for _, words, _ in why):
            return [Part("reason", asserted, SUPPORTED, shown, st, words=asserted,
                         how=f"the record gives it as a cause of {label}")]
        # a contradiction needs the record's own cause of this act ('suspended over Covid-19'), not only the
        # acts that led to it, and a cause the claim gives that the record gives of another act instead
        elsewhere = {t for c in causes if c[0] is not st for _, words, _ in c[2] for t in words}
        if said & elsewhere and any(direct for _, _, direct in why):
            return [Part("reason", asserted, CONTRADICTED, shown, st, words=asserted,
                         how=f"the record gives it as the cause of something else; of {label}, it gives {shown}")]
        return [Part("reason", asserted, PART_CANNOT, shown, st, words=asserted,
                     how=f"the record gives {shown} as the cause of {label}")]

    def done_words(self, st: dict) -> set[str]:
        """The words of what an event's title says was done, not what someone threatened, warned or
        planned to do ('Kim Yo-jong threatens to close the office': threaten, not close)."""
        from ..answer.words import content_words

        title = re.sub(r"\b(?:threat\w*|warn\w*|plan\w*|vow\w*|agree\w*)\s+(?:to|that)\b.*$", " ", st.get("label", ""),
                       flags=re.I)
        return {self.token(w) for w in content_words(title)} - {self.token(w) for w in _GENERIC}

    def causes(self) -> list[tuple[dict, set[str], list[tuple[str, set[str], bool]], str]]:
        """(fact, the words of the effect it is the cause of, if an entity, else empty; its causes, each
        as (text, tokens, whether the fact states it itself rather than an act that led to it); what the
        effect is called) for every event and every entity described as 'the cause of' something."""
        if self._causes is None:
            from ..answer.words import content_words
            from ..reader import read

            generic = {self.token(w) for w in _GENERIC}

            def tokens(text: str) -> set[str]:
                return {self.token(w) for w in content_words(text)} - generic

            def own(doc: dict) -> list[str]:
                text = f"{doc.get('title') or ''}. {doc.get('summary') or doc.get('description') or ''}"
                return [m.group(1) for m in re.finditer(r"\b(?:over|because of|due to|unless\s+[^,.;]*?\bstops)\s+"
                                                        r"([^,.;]+)", text)]

            out = []
            for st in self.statements():
                found = self.index.get(st["record"]) if st["kind"] in ("event", "entity") else None
                if not found or found[0] != st["kind"]:
                    continue
                doc = found[1]
                if st["kind"] == "entity":
                    m = re.search(r"\bthe cause of ([^,.;]+)", doc.get("description") or "")
                    if m:  # its effect in the reader's words, names left out, as a claim's are
                        name = doc.get("name", "")
                        text = doc.get("description", "")[:m.start()]
                        effect = set(self.claim_words(read(m.group(1), self.index))) or tokens(m.group(1))
                        out.append((st, effect, [(name, tokens(f"{name} {text}"), True)], m.group(1)))
                    continue
                why = [(c, tokens(c), True) for c in dict.fromkeys(own(doc))]
                seen, todo = {doc.get("id")}, list(doc.get("caused_by") or [])
                while todo:  # the acts that led to it, and their own causes
                    e = todo.pop(0)
                    got = self.index.get(e)
                    if e in seen or not got or got[0] != "event":
                        continue
                    seen.add(e)
                    why.append((got[1].get("title", e), tokens(got[1].get("title", e)), False))
                    why += [(c, tokens(c), False) for c in dict.fromkeys(own(got[1]))]
                    todo += list(got[1].get("caused_by") or [])
                out.append((st, set(), [w for w in why if w[1]], st["label"]))
            self._causes = out
        return self._causes

    def quotations(self, claim: str, whole) -> list[Part]:
        """A quotation's words against the record's verbatim text, and its speaker: 'Moon called
        the office useless' is contradicted (Kim Yo-jong said it)."""
        from ..index import normalize_name
        from ..quoting import normalise_quotation

        text = normalise_quotation(claim).lower()
        quoted = [q.strip(" .,").lower() for q in _QUOTED.findall(normalise_quotation(claim))
                  if len(q.strip()) > 2]
        glossed = " ".join(whole.words)
        quotes = [st for st in self.statements() if st["kind"] == "quote"]
        found = []
        for st in quotes:
            words = normalise_quotation(st["words"]).lower().strip(" .")
            if any(words in q or (len(q.split()) >= 3 and q in words) for q in quoted) or \
                    re.search(rf"\b{re.escape(words)}\b", text) or (len(words.split()) == 1 and words in glossed.split()):
                found.append(st)
        if not found and _DESCRIBING.search(text):  # 'pitched the office as a round-the-clock channel': most
            for st in quotes:  # of a phrase's words, and a saying
                own = set(_PHRASE_WORDS.findall(normalise_quotation(st["words"]).lower())) - _QUOTE_LIGHT
                held = own & set(_PHRASE_WORDS.findall(text))
                if len(own) >= 3 and len(held) >= 2 and len(held) >= len(own) / 2 and \
                        any("-" in w or len(w) >= 9 for w in held):
                    found.append(st)
        if not found:
            if quoted and re.search(r"\b(?:said|says|called|call|calls|branded|described|warned|told|put it)\b", text):
                return [Part("quotation", f"“{quoted[0]}”", NOT_IN_RECORD, how="the record holds no such words",
                             words=quoted[0])]
            return []
        st = max(found, key=lambda q: len(q["words"]))
        people = [e for e in whole.entities if self.entity(e).get("kind") in _AGENT_KINDS and e != "liaison-office"]
        people += [e for e in self.surnamed(claim) if e not in people]
        speakers = {q["speaker"] for q in found}
        # a body the record never names, as the speaker ('the Foreign Ministry billed it as …'): not the one it names
        known = {normalize_name(label) for label, _ in self.names()}
        strangers = [n for n in whole.names if re.search(r"\b(?:Ministry|Office|Agency|Council|Committee|Department)\b", n)
                     and normalize_name(n) not in known] if not people else []
        if not people and not strangers:
            return []
        result = SUPPORTED if speakers & set(people) else CONTRADICTED
        if result == SUPPORTED:
            st = next(q for q in found if q["speaker"] in people)
        said = ", ".join([*(self.entity(e).get("name", e) for e in people), *strangers])
        return [Part("quotation", f"{said}: “{st['words']}”", result, f"{st['speaker_name']}: “{st['words']}”", st,
                     how="" if result == SUPPORTED else f"the words are {st['speaker_name']}'s", words=said)]


_DESCRIBING = re.compile(r"\b(?:said|says|called|calls|billed|pitched|touted|described|branded|dubbed|promised|"
                         r"presented|hailed|as\s+an?)\b")
_PHRASE_WORDS = re.compile(r"[a-z][a-z-]+")
_QUOTE_LIGHT = frozenset("the and a an of in at on with was is to".split())
_SPENDING = ("spent", "spend", "spending", "cost", "costs", "costing", "money", "budget", "paid", "pay", "price", "sum",
             "amount", "bill", "fund", "funds", "invested", "invest", "poured", "total", "won", "dollars", "비용", "돈")
_SAYING = ("said", "say", "says", "statement", "called", "call", "warned", "warning", "report", "reported", "announced",
           "words", "branded", "described", "담화", "말했", "발표", "보도")
# Titles a claim may give a person, whose deputies the record may name instead ('vice-chairman')
_TITLE = re.compile(r"(?<![\w-])(?:chairman|chairwoman|minister|president|director)\b|(?<![가-힣])(?:위원장|장관|대통령)", re.I)
_TITLE_KO = {"위원장": "chairman", "장관": "minister", "대통령": "president"}
# Where money came from: 'out of the defence budget', '국방예산에서 나왔다'
_PURSE = re.compile(r"\b(?:from|out\s+of)\s+(?P<what>(?:[\w’'-]+\s+){0,4}?(?:budget|fund|coffers|account|reserves?))\b",
                    re.I)
_PURSE_KO = re.compile(r"(?P<what>[가-힣]*(?:예산|기금))(?:에서|으로)")
_MONEY = re.compile(r"\b(?:money|paid|pay|funded|financed|cost|renovat\w*|spending|spent|won|dollars?)\b|\$|원", re.I)
_STATE_WORDS = frozenset("""government government's state state's public national south korea korea's korean seoul
seoul's its own the taxpayers taxpayers' general 정부 국가 한국 남한 우리""".split())
_AGENT_KINDS = ("person", "organization", "country", "group", "media", "fund")
# The acts whose agents the record names, with the words that say them (a relation's own words).
_AGENTS = {"destroyed-by": ("destroyed", "destroy", "demolish", "blow", "blown", "blew"),
           "funded-by": ("funded", "fund", "paid for", "pay for", "paying for", "paid by", "financed", "footed", "foot the",
                         "bankrolled", "bankroll", "재원"),
           "spending-approved-by": ("approved", "approve", "approval"),
           "signed": ("signed", "sign", "signatories", "agreement", "agreed", "deal", "accord", "pact"),
           "co-head-of": ("head", "headed", "heads", "co-head", "소장"),
           "secretary-general-of": ("secretary-general", "secretary"),
           "state-media-of": ("state", "agency")}
_OBJECTS = ("liaison-office", "kaesong", "kaesong-industrial-complex", "support-center")  # what acts are done to
_FAMILY_KO = {"아내": "wife", "부인": "wife", "여동생": "sister", "동생": "sister", "남편": "husband",
              "딸": "daughter"}


def is_value_word_(word: str) -> bool:
    from ..reader.values import is_value_word

    return is_value_word(word)


def _bounds(r) -> tuple[Decimal, Decimal]:
    n, step = Decimal(r.value), r.step
    return {"about": (n - step, n + step), "nearly": (n - step, n), "more": (n, n * 10), "at least": (n, n * 10),
            "less": (Decimal(0), n), "at most": (Decimal(0), n)}.get(r.qualifier, (n, n))


def _precision_rank(precision: str) -> int:
    return {"year": 0, "month": 1, "part": 1, "day": 2}[precision]


def _days(date: dict):
    from ..dates import PartialDate

    d = PartialDate.parse(date["value"])
    return d.first_day(), d.last_day()


def _overlaps(a1, a2, b1, b2) -> bool:
    return (a1 <= b1 and b2 <= a2) or (b1 <= a1 and a2 <= b2)


def _minutes(value: str) -> int:
    return int(value[11:13]) * 60 + int(value[14:16])


def _in_currency(st: dict, currency: str):
    """A figure's amount in `currency`: its own, or its paired figure's; else None."""
    from ..money import Amount

    if st["currency"] == currency:
        return Amount(Decimal(st["amount"]), currency)
    if st.get("paired") and st["paired"]["currency"] == currency:
        return Amount(Decimal(st["paired"]["amount"]), currency)
    return None


# --- the values of a text, for the support check (support.py) -----------------------------------

def claimed_dates(text: str) -> list:
    """The dates a text gives with their year ('17 June 2020', 'June 2020', '2020-06-17', '2020년 6월
    17일', 'in 2019'), as PartialDates, in order; read by reader/values.py."""
    from ..reader.values import values

    return [v.value.partial() for v in values(text) if v.kind == "date" and v.value.partial() is not None]


def claimed_times(text: str) -> list[str]:
    """'2:50 p.m.' -> '14:50', '14:49', '3 pm' -> '15:00': the times of day a text gives (not 'the afternoon')."""
    from ..reader.values import values

    return [f"{v.value // 60:02d}:{v.value % 60:02d}" for v in values(text) if v.kind == "time" and not v.notes]


def claimed_counts(text: str) -> list[int]:
    """'four-story' -> 4, '15 floors' -> 15: the counts of floors and storeys a text gives."""
    from ..reader.values import values

    return [v.value for v in values(text) if v.kind == "count"
            and re.match(r"(?:floor|stor(?:e?y|eys|ies)|층)", v.noun.split()[0] if v.noun else "", re.I)]


def _numbers(text: str) -> set[str]:
    """The numbers a text states, in digits or as number words ('a five-storey building': 5, as the
    shared reader of values reads them), so that a claim's 'five-storey' does not stand in a fact's
    'four-storey'."""
    from ..reader.values import number_word

    found = {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", text)}
    return found | {str(n) for n in map(number_word, re.findall(r"[a-z]+", text.lower())) if n is not None}
