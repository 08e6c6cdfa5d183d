"""The small vocabulary that reading queries and questions needs: stop words, question words and
the shapes of questions."""

from __future__ import annotations

import re

# English function words (after the usual IR lists: SMART, NLTK), lower case.
_STOP = """
a about above after again against all am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most
mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she
she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's
with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves s t also ever
actually really finally eventually exactly precisely truly indeed
"""
_QUESTION = """who whom whose what which when where why how did does do is was were are tell me please know explain
describe give happened happen said say says"""
STOP = frozenset(_STOP.split())
# Words that make a sentence a question (dropped from a question's search words).
QUESTION = frozenset(_QUESTION.split())
# Irregular English verb forms that Porter stemming does not bring to their base ('blown' is not
# 'blow'), the ones news writing uses most. A lexical query matches both forms.
IRREGULAR = dict(pair.split(":") for pair in """
blown:blow blew:blow built:build began:begin begun:begin paid:pay spent:spend sent:send made:make held:hold
met:meet led:lead took:take taken:take gave:give given:give came:come sold:sell bought:buy told:tell wrote:write
written:write broke:break broken:break fell:fall fallen:fall rose:rise risen:rise struck:strike fought:fight
threw:throw thrown:throw knew:know known:know saw:see seen:see brought:bring sought:seek chose:choose
chosen:choose stood:stand drew:draw drawn:draw grew:grow grown:grow flew:fly flown:fly hit:hit shot:shoot
""".split())
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def bare(word: str) -> str:
    """A word without its possessive 's ("Jong-un's" -> "Jong-un")."""
    return re.sub(r"['’]s$", "", word)


def nearest(word: str, vocabulary: list[str], cutoff: int) -> str | None:
    """The vocabulary word nearest to `word` (rapidfuzz's ratio at least `cutoff`), never a stop
    word nor a much shorter word ('phone' is not 'one', 'Cup' is not 'up'); None when none is."""
    from rapidfuzz import fuzz, process

    near = [v for v in vocabulary if len(v) >= len(word) - 1 and v not in STOP]
    best = process.extractOne(word.lower(), near, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else None


def words(text: str) -> list[str]:
    """The words of a text, hyphenated and apostrophised words kept whole ("Jong-un's")."""
    return WORD.findall(text)


def content_words(text: str) -> list[str]:
    """The words of a question that carry its content: no stop or question words, no possessive
    's, each once, in order."""
    out: list[str] = []
    for w in words(text):
        w = bare(w).lower()
        for part in w.split("-") if "-" in w else [w]:
            if part and part not in STOP and part not in QUESTION and part not in out:
                out.append(part)
    return out


def shape(question: str) -> set[str]:
    """What kind of answer a question asks for: 'when', 'amount', 'quote', 'why', 'who'."""
    q = " " + " ".join(words(question.lower())) + " "
    found = set()
    if re.search(r" (when|what (date|day|time|year|month)|which (date|day|year)|how long ago) ", q):
        found.add("when")
    if re.search(r" (how much|cost|costs|price|spent|spend|pay|paid|worth|won|dollars?|budget|money|compensation) ", q):
        found.add("amount")
    if re.search(r" (who said|said|say|says|call|called|quote|words?|word|describe|described|state|stated) ", q):
        found.add("quote")
    if re.search(r" (why|reason|cause|caused|because|what made|what led) ", q):
        found.add("why")
    if re.search(r" (who|whom|whose) ", q):
        found.add("who")
    return found
