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
         r"leader|council|group|government|minister|man|woman|institution|department|state|nation|outlet|individual)")
_RULES = [  # (type, pattern over ' lower-case words '), the first that matches wins
    ("quotation", r" (what|which) (did|does|do|had) .*\b(say|said|call|called|describe|described|write|wrote|report|"
                  r"reported|announce|announced|term|termed|label|labelled|labeled) | what (word|words|phrase|term|adjective|"
                  r"expression) | (exact|own) (words|wording) | wording | quote | quoted | how did .* (describe|call|put) "),
    ("time", r" (what|which) (time|hour) | at what (time|hour) | what o'?clock | what minute "),
    ("reason", r"^ why | why | what (made|caused|led|prompted|triggered|provoked|angered|drove|sparked) | reason| "
               r"cause of | how come | because of what | what was behind "),
    ("date", r"^ when | when (was|were|did|does|do|is|are|has|had|will) | (what|which) (date|day|year|month|week|"
             r"weekday) | in (what|which) (year|month) | since when | how long ago | date of | on what day "),
    ("person", r"^ (who|whom|whose) | by whom | (which|what) " + _BODY + r" "),
    ("amount", r" how much (money|did|does|was|were|is|had|has|it|the|of|in)| how much$| how much \?| (cost|costs|costed|price|"
               r"spent|spend|spending|budget|paid|pay|expense|expenses|worth|compensation|damages) | how many (won|dollars) | "
               r"what (sum|amount) | (dollar|dollars|won|money) (figure|amount|sum|equivalent) | figure "),
    ("count", r" how (many|often|frequently) | (number|count) of | how much time "),
    ("place", r" where | (which|what) (city|floor|storey|story|building|place|town|region|site|location|area) | "
              r"on (what|which) floor "),
    ("person", r" who | whom | whose "),
    ("relation", r" (related|relation|relationship|connection|connected) "),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _RULES]
# Keywords without a question word ('demolition day of week', 'opening ceremony start time'): a cue word
# says the type, where no rule above has matched.
_KEYWORD_RULES = [("date", r" (date|dates|day|weekday|year|month) | day of (the )?week "),
                  ("time", r" (time|times|hour|minute) "),
                  ("count", r" (number|numbers) "),
                  ("place", r" (location|whereabouts|floor) ")]
_KEYWORDS = [(kind, re.compile(pattern)) for kind, pattern in _KEYWORD_RULES]
_ASKING = re.compile(r" (what|which|who|whom|whose|how|where|why|when|did|does|do|is|was|were|are|tell|describe) ")
# Words that say what type of value is wanted, not what it is about: no part of the subject.
CUES = frozenset("""when time date day year month week hour o'clock minute much many often frequently cost costs price
reason cause why where who whom whose number count amount sum body organisation organization agency person official
happen happened exactly roughly approximately precisely""".split())
# Words that ask what a named entity is ('Ri Son-gwon's title', 'what was Chun Hae-sung's job').
DESCRIBING = frozenset("title job position post role occupation identity describe description 직책 직위 직함 직업 정체".split())


_SAID_WHAT = [("amount", re.compile(r" (cost|costs|price|budget|spent|spend|figure|dollars?|won|worth|sum|amount) ")),
              ("time", re.compile(r" (time|hour|minute) ")), ("date", re.compile(r" (date|day|year|month|when) ")),
              ("count", re.compile(r" how many "))]


def answer_type(lowered_words: str) -> str | None:
    """The type a question's words ask for (the words lower-case, joined by single spaces). 'What did
    NK News say the renovation cost' asks for an amount, not a quotation."""
    q = f" {lowered_words} "
    for kind, pattern in _COMPILED:
        if pattern.search(q):
            if kind == "quotation":
                for said, what in _SAID_WHAT:
                    if what.search(q):
                        return said
            return kind
    if not _ASKING.search(q):
        for kind, pattern in _KEYWORDS:
            if pattern.search(q):
                return kind
    return None
