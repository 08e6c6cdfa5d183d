"""Reading an amount of won or dollars as people write it, alone or inside a sentence.

What it reads, in English and Korean:

* digits, with commas or (non-breaking) spaces between thousands: `9,780,000,000`, `10 000`;
  short scales: `9.78 billion`, `9.78bn`, `$8.64M`, `8.64 million`;
* English number words (through text2num): `one`, `a`, `ten`, `twenty-seven thousand`,
  `a hundred and five`, `nine point seven eight billion`;
* Korean units after digits or Korean numerals: `97억 8천만`, `2만 7천`, `이만칠천`, `이억`, `만`;
  a unit syllable counts only next to a number (만 in 미만, "less than", is not ten thousand);
* currencies before or after: `$`, `US $`, `US$`, `USD`, `dollars`, `US dollars`, `bucks`, `달러`,
  `불`; `₩`, `KRW`, `won`, `원`; cents as dollar fractions: `10¢`, `ten cents`, `센트`, and
  compounds such as `20 dollars 43 cents`;
* a sign: `-5 won` is a debt or a loss (give it after `--` on the command line); zero is zero.

One amount is read out of a sentence or a price label (`Price: $129.00`, `The renovation cost 9.78
billion won`), and the reading says which words it read. Two amounts, or a range or a bound
(`10-20 dollars`, `5000원 이상`, `at least $1.42`), are refused, saying so: never silently one end.
Messages quote what was typed, shortened and escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..errors import UsageError, excerpt
from .amounts import LIMIT, Amount

_SCALES = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "mil": 6, "billion": 9, "bn": 9, "b": 9,
           "trillion": 12, "tn": 12, "t": 12}
_KOREAN_BIG = {"조": 12, "억": 8, "만": 4}
_KOREAN_SMALL = {"천": 3, "백": 2, "십": 1}
_KOREAN_DIGITS = {"일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}
_USD = r"u\.?s\.?\s?dollars?|us\s?\$|u\.s\.\s?\$|usd|dollars?|bucks?|달러|불|\$"
_KRW = r"south\s+korean\s+won|krw|won|원|₩"
_CENT = r"cents?|센트|¢"
_OTHER = r"eur|euros?|€|£|gbp|pounds?|¥|yen|jpy|yuan|cny|rmb|rubles?|rupees?|francs?"
_WESTERN = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009\u2007])\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_KOREAN = (r"(?<![가-힣])(?:[0-9][0-9,.]*\s?)?[일이삼사오육칠팔구십백천만억조]"
           r"(?:\s?[0-9][0-9,.]*|\s?[일이삼사오육칠팔구십백천만억조])*")
_AMOUNT = re.compile(
    rf"(?:(?<![\w.])(?P<sign>-)\s*)?(?:(?P<pre>(?:{_USD}|{_KRW})(?=\s*[-\d.일이삼사오육칠팔구십백천만억조]))\s*(?P<sign2>-(?=\d))?)?\s*"
    rf"(?P<num>{_KOREAN}|(?<![A-Za-z0-9_.])(?:{_WESTERN}))"  # in "1e9" the 9 is no amount
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion|mil|mn|bn|tn|k|m|b|t)(?![a-z]))?"
    rf"(?:\s*(?P<post>{_USD}|{_KRW}|{_CENT})(?![a-z]))?"
    rf"(?:\s*(?:and\s+)?(?P<cents>\d{{1,2}})\s*(?:{_CENT})(?![a-z]))?",
    re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?:\b(?:between|from|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under"
                           r"|up\s+to|above|below|no\s+more\s+than|no\s+less\s+than|min(?:imum)?|max(?:imum)?)"
                           r"|[<>≤≥]|\d\s*(?:-|–|—|~|to))\s*$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^\s*(?:이상|이하|미만|초과|부터|까지|or\s+(?:more|less|over|under)|and\s+(?:up|above|over)"
                          r"|plus\b|\+|(?:-|–|—|~|to)\s*[$₩\d])", re.IGNORECASE)
_NUMBER_WORDS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundred|thousand|million|billion|trillion|point")
_WORD_RUN = re.compile(rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dollar|buck|cent)\b))?"
                       rf"(?:{_NUMBER_WORDS})(?:(?:\s+|-|\s+and\s+)(?:{_NUMBER_WORDS}))*\b"
                       rf"|\b(?:a|an)(?=\s+(?:dollar|buck|cent)s?\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """An amount, the words of the text it was read from (as typed), the whole text, and the
    amount's precision as written: the value of its last digit ('$8.6 million': $0.1 million)."""

    amount: Amount
    read: str
    text: str
    step: Decimal = Decimal(1)

    def describe(self) -> str:
        return f"read {excerpt(self.read)} in {excerpt(self.text, 80)}" if self.read.strip() != self.text.strip() else ""


def parse_amount(text: str) -> Amount:
    return read_amount(text).amount


def parse_currency(text: str) -> str:
    """'won', '₩', 'KRW', '원', 'dollars', '$', 'USD', '달러', '불'... (what amounts accept) to a code."""
    wanted = " ".join(text.casefold().split())
    if re.fullmatch(_USD, wanted, re.IGNORECASE):
        return "USD"
    if re.fullmatch(_KRW, wanted, re.IGNORECASE):
        return "KRW"
    raise UsageError(f"--to {excerpt(text)}: kaesong converts between won (KRW, ₩, 원) and US dollars (USD, $, 달러)")


def read_amount(text: str) -> Reading:
    """The one amount in `text`, exactly, or UsageError saying why there is none."""
    if not text.strip():
        raise UsageError("no amount given: write it as people do, e.g. '9.78 billion won' or '$8.64 million'")
    plain, origin = _numbers_as_digits(_normalise(text))
    found = [m for m in _AMOUNT.finditer(plain) if m.group("pre") or m.group("post")]
    if not found:
        raise UsageError(_why_none(text, plain))
    if len(found) > 1:
        shown = " and ".join(excerpt(_typed(text, origin, m)) for m in found[:3])
        raise UsageError(f"{excerpt(text)} holds {len(found)} amounts ({shown}): give one amount at a time")
    m = found[0]
    read = _typed(text, origin, m)
    before = plain[:m.start()]
    if _BOUND_BEFORE.search(before) or _BOUND_AFTER.search(plain[m.end():]) or \
            (m.group("sign") and re.search(r"\d\s*$", before)):  # '5 - 3 dollars': a range, not a debt
        raise UsageError(f"{excerpt(text)} gives a range or a bound around {excerpt(read)}, not one amount: "
                         "give the amount itself")
    return Reading(_amount(m, read, text), read, text, _step(m))


def _normalise(text: str) -> str:
    """Same length as `text` (positions still point at what was typed): other spaces and the minus
    sign as their ASCII forms, the full-width won sign as ₩."""
    return text.translate(str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ",
                                         "\n": " ", "\u2212": "-", "￦": "₩", "＄": "$"}))


def _numbers_as_digits(text: str) -> tuple[str, list[tuple[int, int]]]:
    """English number words as digits ('twenty-seven thousand' -> '27000', 'a' before 'dollar' ->
    '1'), with, for each character of the result, the span of the typed text it came from."""
    out, origin, at = [], [], 0
    for m in _WORD_RUN.finditer(text):
        if re.match(r"(?:hundred|thousand|million|billion|trillion)\b", m.group(), re.I) and \
                re.search(r"\d\s*$", text[:m.start()]):
            continue  # '9.78 billion': a scale after digits, read with them
        digits = _words_to_number(m.group())
        if digits is None:
            continue
        for i in range(at, m.start()):
            out.append(text[i])
            origin.append((i, i + 1))
        out.append(digits)
        origin.extend([(m.start(), m.end())] * len(digits))
        at = m.end()
    for i in range(at, len(text)):
        out.append(text[i])
        origin.append((i, i + 1))
    return "".join(out), origin


def _words_to_number(words: str) -> str | None:
    """'twenty-seven thousand' -> '27000', 'a hundred and five' -> '105', 'nine point seven eight
    billion' -> '9780000000', 'a' -> '1'; None for words that are no number ('point' alone)."""
    lowered = " ".join(words.lower().split())
    if lowered in ("a", "an"):
        return "1"
    lowered = re.sub(r"^an?\s+", "one ", lowered)
    try:
        from text_to_num import alpha2digit
    except ImportError:  # text2num missing: number words are not read, digits still are
        return None
    converted = alpha2digit(lowered, "en", threshold=0).strip()
    # text2num leaves a decimal before a scale word as two numbers ('9.78 1000000000'): multiply
    parts = converted.split()
    if len(parts) == 2 and all(re.fullmatch(r"\d+(?:\.\d+)?", p) for p in parts) and re.fullmatch(r"10*", parts[1]):
        converted = str(Decimal(parts[0]) * Decimal(parts[1]))
    if not re.fullmatch(r"\d+(?:\.\d+)?", converted):
        return None
    return converted


def _typed(text: str, origin: list[tuple[int, int]], m: re.Match) -> str:
    """The typed words a match covers (the match is in the converted text)."""
    start, end = m.start(), m.end()
    while start < end and m.string[start] == " ":
        start += 1
    while end > start and m.string[end - 1] == " ":
        end -= 1
    return text[origin[start][0]:origin[end - 1][1]] if end > start else ""


def _amount(m: re.Match, read: str, text: str) -> Amount:
    pre, post = (m.group("pre") or "").lower(), (m.group("post") or "").lower()
    currencies = {_currency(c) for c in (pre, post) if c}
    if len(currencies) > 1:
        raise UsageError(f"{excerpt(read)} names both won and dollars: give one amount in one currency")
    (currency,) = currencies
    number = m.group("num")
    value = _korean(number, read) if re.search("[일이삼사오육칠팔구십백천만억조]", number) else \
        Decimal(re.sub(r"[,\s]", "", number))
    if m.group("scale"):
        value = value.scaleb(_SCALES[m.group("scale").lower()])
    if currency == "CENT":
        value, currency = value / 100, "USD"
    if m.group("cents"):
        if currency != "USD":
            raise UsageError(f"{excerpt(read)}: cents go with dollars")
        value += Decimal(m.group("cents")) / 100
    if m.group("sign") or m.group("sign2"):
        value = -value
    if abs(value) >= LIMIT:
        raise UsageError(f"{excerpt(read)} is too large to be a real amount (the limit is 10^18)")
    return Amount(abs(value) if value == 0 else value, "USD" if currency == "USD" else "KRW")  # never -0


def _step(m: re.Match) -> Decimal:
    """The value of the last digit written: 0.1 million for '$8.6 million', 1 won for '97억 8천만 원'
    (Korean units are read exactly), a cent for '20 dollars 43 cents'."""
    number = m.group("num")
    if re.search("[일이삼사오육칠팔구십백천만억조]", number) or m.group("cents"):
        return Decimal(1) if not m.group("cents") else Decimal("0.01")
    decimals = number.split(".")[1] if "." in number else ""
    step = Decimal(1).scaleb(-len(decimals) + (_SCALES[m.group("scale").lower()] if m.group("scale") else 0))
    post = (m.group("post") or "").lower()
    return step / 100 if post and _currency(post) == "CENT" else step


def _currency(word: str) -> str:
    if re.fullmatch(_CENT, word, re.IGNORECASE):
        return "CENT"
    return "USD" if re.fullmatch(_USD, word, re.IGNORECASE) else "KRW"


def _korean(run: str, read: str) -> Decimal:
    """Korean units: 조 10^12, 억 10^8, 만 10^4, each led by a number that may use 천/백/십, the
    numbers in digits or Korean numerals (이만칠천 = 27,000)."""
    text = "".join(_KOREAN_DIGITS.get(ch, ch) for ch in run.replace(" ", ""))
    total, section, number, last_big = Decimal(0), Decimal(0), None, 99
    for token in re.findall(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+|[조억만천백십]|\S", text):
        if token[0].isdigit() or token[0] == ".":
            if number is not None:
                raise UsageError(f"cannot read {excerpt(read)}: two numbers in a row")
            number = Decimal(token.replace(",", ""))
        elif token in _KOREAN_SMALL:
            section += (number if number is not None else 1) * 10 ** _KOREAN_SMALL[token]
            number = None
        elif token in _KOREAN_BIG:
            power = _KOREAN_BIG[token]
            if power >= last_big:
                raise UsageError(f"cannot read {excerpt(read)}: {token} after a smaller or equal unit")
            part = section + (number or 0)
            total += (part if part else 1) * Decimal(10) ** power
            section, number, last_big = Decimal(0), None, power
        else:
            raise UsageError(f"cannot read {excerpt(read)} as an amount in Korean units")
    return total + section + (number or 0)


def _why_none(text: str, plain: str) -> str:
    """The message when no amount with a currency stands in the text."""
    if re.search(r"\d[eE][+-]?\d", plain):
        return f"cannot read {excerpt(text)}: write the number out ('1,000,000,000' or '1 billion'), not as 1e9"
    other = re.search(rf"(?:{_OTHER})", plain, re.IGNORECASE)
    number = re.search(rf"{_KOREAN}|{_WESTERN}", plain)
    if other and number:
        return (f"unknown currency {excerpt(other.group())} in {excerpt(text)}: "
                "kaesong converts won (KRW, 원, ₩) and US dollars (USD, $, 달러)")
    currency = re.search(rf"{_USD}|{_KRW}|{_CENT}", plain, re.IGNORECASE)
    if currency:
        return f"cannot read {excerpt(text)}: no number stands clearly with {excerpt(currency.group())}"
    if number:
        return f"{excerpt(text)} has no currency: say won or dollars, e.g. '{excerpt(number.group(), quote=False)} won'"
    return (f"cannot read {excerpt(text)} as an amount: write it like '9.78 billion won', 'KRW 9,780,000,000', "
            "'97억 8천만 원' or '$8.64 million'")
