"""A question that asks how long passed between two things it names, read into the unit it asks
in and the two phrases that name them:

    span_of("how many days after the Panmunjom Declaration did the office open?")
    -> ('days', 'the Panmunjom Declaration', 'the office open')
    span_of("연락사무소는 문을 연 지 얼마 만에 폭파됐나요?") -> ('days', '문을 연', '연락사무소는 폭파됐나요')

The phrases are in the order the question gives them; which came first is the record's to say
(answer/spans.py works it out from the two facts' dates). Pure: no index, no output.
"""

from __future__ import annotations

import re

_UNIT = r"(?:how\s+many\s+(?P<unit>days?|weeks?|months?|years?)|how\s+long)"
_AUX = r"(?:did|does|do|was|were|is|are|had|has|have)"
_ENGLISH = [
    # 'how many days after the Panmunjom Declaration did the office open', 'how long after the office
    # opened was it blown up', 'how many days before the Hanoi summit was the last meeting'
    re.compile(_UNIT + r"\s+(?:after|before)\s+(?P<a>.+?)\s+" + _AUX + r"\s+(?P<b>.+)$", re.I),
    # 'how many days passed between the lines being cut and the demolition', 'how long was it from the
    # accord until the bureau was inaugurated', 'how many days did the office exist between its opening and its demolition'
    re.compile(_UNIT + r"\b.*?\b(?:between|betwen|beetween|from)\s+(?P<a>.+?)\s+(?:and|until|till|through)\s+(?P<b>.+)$", re.I),
    re.compile(_UNIT + r"\b.*?\bfrom\s+(?P<a>.+?)\s+to\s+(?P<b>.+)$", re.I),  # '… from opening to closure'
    # 'how many days separated the bureau's inauguration from its detonation'
    re.compile(_UNIT + r"\s+separated\s+(?P<a>.+?)\s+(?:from|and)\s+(?P<b>.+)$", re.I),
    # 'how long had the office been open when North Korea blew it up'
    re.compile(r"how\s+(?:long|many\s+(?P<unit>days?|weeks?|months?|years?))\s+had\s+(?P<a>.+?\s+been\s+\w+)\s+"
               r"(?:when|before)\s+(?P<b>.+)$", re.I),
]
# '판문점 선언 후 며칠 만에 … 열었나요', '문을 연 지 얼마 만에 폭파됐나요', '담화가 나온 지 며칠 뒤에 …'
_KOREAN = re.compile(r"^(?P<a>.+?)\s*(?:후|뒤|이후|지)\s*(?P<unit>며칠|몇\s*일|몇\s*주|몇\s*개월|몇\s*달|몇\s*년|얼마)\s*"
                     r"(?:만에|뒤에|후에|뒤|후|만|이\s*지나)\s*(?P<b>.+)$")
# '김여정이 처음 위협한 날부터 폭파까지 며칠이 걸렸나요', '개소와 폭파 사이에 며칠': from A to B, between A and B
_KOREAN_FROM = re.compile(r"^(?P<a>.+?)\s*(?:날|때)?\s*(?:부터|에서)\s+(?P<b>.+?)\s*(?:까지|사이)\S*\s*(?P<unit>며칠|몇\s*일|"
                          r"몇\s*주|몇\s*개월|몇\s*달|몇\s*년|얼마)")
_KOREAN_BETWEEN = re.compile(r"^(?P<a>.+?)(?:와|과|하고)\s+(?P<b>.+?)\s*사이\S*\s*(?P<unit>며칠|몇\s*일|몇\s*주|몇\s*개월|"
                             r"몇\s*달|몇\s*년|얼마)")
_KOREAN_UNITS = {"며칠": "days", "몇일": "days", "몇주": "weeks", "몇개월": "months", "몇달": "months", "몇년": "years",
                 "얼마": "days"}
_TOPIC = re.compile(r"^([가-힣]+(?:은|는))\s+(.+)$")  # '연락사무소는 문을 연': the topic belongs to the whole question


def span_of(text: str) -> tuple[str, str, str] | None:
    """(unit, first phrase, second phrase) when `text` asks how long passed between two things it
    names; None otherwise."""
    text = re.sub(r"\s+", " ", text).strip().rstrip("?？.")
    for pattern in _ENGLISH:
        m = pattern.search(text)
        if m:
            unit = (m.group("unit") or "days").lower()
            a, b = m.group("a").strip(), m.group("b").strip()
            if a and b:
                return (unit if unit.endswith("s") else unit + "s"), a, b
    m = _KOREAN_FROM.search(text) or _KOREAN_BETWEEN.search(text)
    if m:
        unit = _KOREAN_UNITS.get(re.sub(r"\s+", "", m.group("unit")), "days")
        return unit, _OPENED.sub("개소", m.group("a").strip()), _OPENED.sub("개소", m.group("b").strip())
    m = _KOREAN.search(text)
    if m:
        unit = _KOREAN_UNITS.get(re.sub(r"\s+", "", m.group("unit")), "days")
        a, b = m.group("a").strip(), m.group("b").strip()
        topic = _TOPIC.match(a)
        if topic and len(topic.group(2).split()) >= 2:  # '개소식은 판문점 선언' / '연락사무소는 문을 연'
            a, b = topic.group(2), f"{topic.group(1)} {b}"
        if a and b:
            return unit, _OPENED.sub("개소", a), _OPENED.sub("개소", b)
    return None


_OPENED = re.compile(r"문을\s*(?:연|열었던|열었|열린|열)\w*")  # '문을 연': opened, which the glossary reads as 개소
