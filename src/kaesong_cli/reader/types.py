"""The type of value a question asks for or a claim asserts, from its English wording (Korean
question words: korean.py).

    date         when; what day, year or month         time       what time; at what hour
    amount       how much; what did it cost            count      how many; how often
    person       who; which body, agency or official   place      where; on which floor
    reason       why; what made, caused or led to      quotation  what did X say or call it
    relation     how is X related to Y                 description  who is X; what is X
    None         anything else (what happened, tell me about...)
"""

from __future__ import annotations

import re

TYPES = ("date", "time", "amount", "count", "person", "place", "reason", "quotation", "relation", "description")

_BODY = (r"(body|bodies|organi[sz]ation|agency|ministry|person|people|official|officials|country|countries|side|"
         r"leader|council|councils|group|groups|government|minister|man|woman|institution|department|state|nation|outlet|"
         r"individual|fund|funds|committee|court|party|newspaper|broadcaster|agencies|ministries|media)")
_RULES = [  # (type, pattern over ' lower-case words '), the first that matches wins
    ("relation", r" (who|what) (is|was) (she|he) to "),  # 'Kim Yo-jong, who is she to the leader'
    ("quotation", r" (what|which) (did|does|do|had) .*\b(say|said|call|called|describe|described|write|wrote|report|"
                  r"reported|announce|announced|term|termed|label|labelled|labeled) | what (word|words|phrase|term|adjective|"
                  r"expression) | (exact|own|original|actual) ((english|korean) )?(words|wording) | wording | quote | quoted | "
                  r"how did .* (describe|call|put) "),
    ("time", r" (what|which) (time|times|hour|hours) | at what (time|times|hour) | what o'?clock | what minute "),
    ("reason", r"^ why | why | what (made|caused|led|prompted|triggered|provoked|angered|drove|sparked) | reason| "
               r"cause of | how come | because of what | what was behind "),
    ("date", r"^ when | when (was|were|did|does|do|is|are|has|had|will) | (what|which) (date|day|year|month|week|"
             r"weekday) | in (what|which) (year|month) | since when | how long ago | date of | on what day "),
    ("person", r"^ (who|whom|whose) | by whom | (which|what) " + _BODY + r" "),
    # 'what did the 9.78 billion won pay for': what a sum bought, not the sum ('what did Seoul pay for it' asks the sum)
    ("description", r" what (else )?(did|does|do|had) ([\w'’]+ ){0,4}?(won|money|bill|budget|sum|funds?|spending) "
                    r"([\w'’]+ )?(pay|paid|cover|buy|fund|go|went) (for|on|to|towards?) | what (the |that )?\w* ?(money|bill|"
                    r"budget|sum) (paid|went|was spent) (for|on|to) "),
    ("amount", r" how much (?!time )| how much$| (cost|costs|costed|price|"
               r"spent|spend|spending|budget|paid|pay|expense|expenses|worth|compensation|damages) | how many (won|dollars) | "
               r"what (sum|amount) | (dollar|dollars|won|money) (figure|amount|sum|equivalent) | figure | in (square )?"
               r"(metres|meters|feet|kilometres|kilometers|km|kilograms|kg|tonnes|tons) | (square|cubic) (metres|meters) | "
               r"(floor|total|surface|gross) (area|space) "),
    ("count", r" how (many|often|frequently) | (number|count) of | how much time | per (day|week|month) | "
              r"(which|what)[- ]numbered | (meeting|session) number | "
              r"times (a|per|each) (day|week|month) "),
    ("place", r" where | (which|what) (city|floor|storey|story|building|place|town|region|site|location|area) | "
              r"on (what|which) floor "),
    ("person", r" who | whom | whose "),
    ("relation", r" (related|relation|relationship|connection|connected) "),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _RULES]
# 'Which South Korean president…', 'inside what larger site…', 'what headline did KCNA give…': the
# noun a which/what phrase asks about says the type, a few words after the question word (no verb
# between: 'what was the total…' asks no noun). Tried when no rule above has matched.
_HEADS = {"person": """president presidents member members official leader head heads chief chiefs co-head co-heads
director directors spokesman spokeswoman spokesperson sister brother daughter minister envoy activist activists
defector defectors group groups side country body agency ministry organisation organization council government
institution department outlet media newspaper broadcaster unit court committee party man woman person people
individual politician secretary-general secretary representative representatives deputy source sources panel board
commission fund""",
          "place": "city town site zone complex region area location place building floor storey province village venue",
          "date": "year date day month week weekday",
          "time": "time hour minute",
          "description": "headline title name nickname",
          # 'which agreement set up the office': the relation naming it (created-by: the Panmunjom Declaration)
          "relation": "agreement agreements accord accords declaration declarations treaty pact deal document"}
_HEAD_OF = {w: kind for kind, words in _HEADS.items() for w in words.split()}
PERSON_HEADS = frozenset(_HEADS["person"].split())
_VERBS = frozenset("is was were are did does do had has have will would could can should may might be been".split())


def head_type(q: str) -> str | None:
    """The type of the noun a which/what phrase asks about, or None."""
    from ..answer.words import QUESTION, STOP

    words = q.split()
    for i, w in enumerate(words):
        if w not in ("which", "what"):
            continue
        for noun in words[i + 1:i + 5]:
            if noun in _HEAD_OF:
                return _HEAD_OF[noun]
            if noun in _VERBS or noun in STOP or noun in QUESTION or noun.endswith("ed"):
                break  # 'what happened on the day…': no noun asked
    return None


# Keywords without a question word ('demolition day of week', 'opening ceremony start time'): a cue word
# says the type, where no rule above has matched.
_KEYWORD_RULES = [("date", r" (date|dates|day|weekday|year|month) | day of (the )?week "),
                  ("time", r" (time|times|hour|minute) "),
                  ("count", r" (number|numbers) "),
                  ("amount", r" (amount|sum) "),
                  ("place", r" (location|whereabouts|floor) ")]
_KEYWORDS = [(kind, re.compile(pattern)) for kind, pattern in _KEYWORD_RULES]
# Keywords led by a body that did something ('council that approved the renovation budget', 'body
# approved liaison office budget'): the body is asked for, whatever the cue words after it.
_LEADING_BODY = re.compile(r"^ (body|council|committee|ministry|agency|organi[sz]ation|government|department|court|"
                           r"group|outlet|newspaper|broadcaster|institution|unit|official|person) (that|which|who|"
                           r"\w+ed) ")
_ASKING = re.compile(r" (what|which|who|whom|whose|how|where|why|when|did|does|do|is|was|were|are|tell|describe) ")
# Words that say what type of value is wanted, not what it is about: no part of the subject.
CUES = frozenset("""when time date day year month week hour o'clock minute much many often frequently cost costs price
reason cause why where who whom whose number count amount sum body organisation organization agency person official
happen happened exactly roughly approximately precisely related relation relationship connection connected situated
sited""".split())
# Words that ask what a named entity is ('Ri Son-gwon's title', 'what was Chun Hae-sung's job').
DESCRIBING = frozenset("title job position post role occupation identity describe description 직책 직위 직함 직업 정체".split())


_SAID_WHAT = [("amount", re.compile(r" (cost|costs|price|budget|spent|spend|figure|dollars?|won|worth|sum|amount) ")),
              ("time", re.compile(r" (time|hour|minute) ")), ("date", re.compile(r" (date|day|year|month|when) ")),
              ("count", re.compile(r" how many "))]


# Question and cue words as readers misspell them ('wat day', 'wen was', 'what tiem', 'wich flor'):
# a word the base does not hold, one edit (a transposition counts one) from one of these and with
# its first letter, is read as it.
_RESPELT = ("what", "when", "which", "where", "whose", "time", "times", "date", "floor", "many", "much", "cost",
            "year", "month", "week", "hour", "minute", "weekday")


def respell(lowered_words: str, known=None) -> str:
    """The words with misspelt question and cue words put right (see _RESPELT); `known(word)` says a
    word is one of the base's own, left as written."""
    from rapidfuzz.distance import OSA

    from ..answer.words import QUESTION, STOP

    out = []
    for w in lowered_words.split():
        if len(w) >= 3 and w not in _RESPELT and w not in STOP and w not in QUESTION and not (known and known(w)):
            w = next((c for c in _RESPELT if c[0] == w[0] and OSA.distance(w, c) == 1), w)
        out.append(w)
    return " ".join(out)


def answer_type(lowered_words: str) -> str | None:
    """The type a question's words ask for (the words lower-case, joined by single spaces). 'What did
    NK News say the renovation cost' asks for an amount, not a quotation."""
    q = f" {lowered_words} "
    if _LEADING_BODY.match(q) and not _ASKING.search(q):  # 'council that approved the renovation budget'
        return "person"
    for kind, pattern in _COMPILED:
        if pattern.search(q):
            if kind == "quotation":
                for said, what in _SAID_WHAT:
                    if what.search(q):
                        return said
            if kind in ("amount", "count") and q.startswith((" which ", " what ")):
                return head_type(q) or kind  # 'what Seoul committee signed off on the money': a body
            return kind
    head = head_type(q)
    if head:
        return head
    if not _ASKING.search(q):
        for kind, pattern in _KEYWORDS:
            if pattern.search(q):
                return kind
    return None
