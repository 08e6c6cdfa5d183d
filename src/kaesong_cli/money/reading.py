"""Reading an amount of won or dollars as people write it, alone or inside a sentence: whole, or
not at all.

What it reads, in English and Korean:

* digits grouped in threes by commas, spaces or dots, with a decimal point or comma: `9,780,000,000`,
  `10 000`, `2.345.000`, `1.234,56`, `10,5`; `1.234` alone (1.234 or 1,234?) is refused, naming
  both; short scales: `9.78 billion`, `9.78bn`, `$8.64M`, `8.64 million`;
* English number words (through text2num): `one`, `a`, `ten`, `twenty-seven thousand`,
  `a hundred and five`, `nine point seven eight billion`;
* Korean units after digits or Korean numerals: `97억 8천만`, `2만 7천`, `이만칠천`, `이억`, `만`;
  a unit syllable counts only next to a number (만 in 미만, "less than", is not ten thousand);
* a unit in brackets after the figure, as tables write it: `1,234 (백만원)`, `56 (억원)`,
  `($ millions)`, `(단위: 억원)`;
* currencies before or after: `$`, `US $`, `US$`, `USD`, `dollars`, `US dollars`, `bucks`, `달러`,
  `불`; `₩`, `KRW`, `won`, `원`; cents: `10¢`, `5c`, `ten cents`, `센트`, and after dollars, in
  digits or words, with or without "and": `$35 and 12c`, `35 dollars 12`, `삼달러 이십센트`;
* a sign: `-5 won`, `△5,000원`, accounting brackets `($1,250.00)`; zero is zero.

One amount is read out of a sentence or a price label (`Price: $129.00`, `The renovation cost 9.78
billion won`), and the reading says which words it read and what it set aside. What is set aside
may hold no digit, number word, currency or scale word (the dates in it apart, found by the shared
date reader): otherwise the amount is refused, saying what was read and what was left
(`read "$1"; cannot read "e3"`). Two amounts, or a range or a bound (`10-20 dollars`, `5000원 이상`,
`at least $1.42`), are refused, saying so: never silently one end. Messages quote what was typed,
shortened and escaped.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..errors import UsageError, excerpt
from .amounts import LIMIT, Amount, Value

_SCALES = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "mil": 6, "billion": 9, "bn": 9, "b": 9,
           "trillion": 12, "tn": 12, "t": 12}
_KOREAN_BIG = {"조": 12, "억": 8, "만": 4}
_KOREAN_SMALL = {"천": 3, "백": 2, "십": 1}
_KOREAN_DIGITS = {"일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}
_USD = r"u\.?s\.?\s?dollars?|us\s?\$|u\.s\.\s?\$|usd|dollars?|bucks?|달러|불|\$"
_KRW = r"south\s+korean\s+won|krw|won|원|₩"
_CENT = r"cents?|센트|¢"
_OTHER = r"eur|euros?|€|£|gbp|pounds?|¥|yen|jpy|yuan|cny|rmb|rubles?|rupees?|francs?"
_CENT_SHORT = r"(?<=\d)c"  # '12c', written against its digits
_KNUM = "일이삼사오육칠팔구십백천만억조"
# digits: groups of three with commas, spaces or dots ('9,780,000', '10 000', '2.345.000'), a decimal
# point or a decimal comma ('1,234.56', '1.234,56', '10,5'); _number() decides what each mark means
_WESTERN = (r"\d{1,3}(?:[, ]\d{3})+(?:[.,]\d+)?(?!\d)|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)"
            r"|\d+(?:[.,]\d+)?(?!\d)|\.\d+(?!\d)")
_KOREAN = (r"(?<![가-힣])(?:[0-9][0-9,.]*\s?)?[일이삼사오육칠팔구십백천만억조]"
           r"(?:\s?[0-9][0-9,.]*|\s?[일이삼사오육칠팔구십백천만억조])*")
_BRACKET_CURRENCY = r"u\.?s\.?\s?\$|us\s+dollars|\$|usd|krw|₩|won|dollars"
_BRACKET_SCALE = r"thousands?|millions?|billions?|trillions?|mn|bn|tn|m|b|k|'?000s?"
# a unit in brackets after a figure, as tables write it: (백만원), (억원), (천원), ($ millions),
# (in millions of dollars), (단위: 억원)
_BRACKET_UNIT = (rf"\(\s*(?:in\s+|단위\s*[:：]?\s*)?(?:(?P<bkscale>[십백천만억조]*)\s*(?P<bkcur>원|달러)"
                 rf"|(?P<bcur1>{_BRACKET_CURRENCY})\s*(?P<bscale1>{_BRACKET_SCALE})"
                 rf"|(?P<bscale2>thousands|millions|billions|trillions)\s+(?:of\s+)?(?P<bcur2>{_BRACKET_CURRENCY}))"
                 r"\s*\)")
_AMOUNT = re.compile(
    rf"(?:(?<![\w.])(?P<sign>[-△])\s*)?(?:(?P<pre>(?:{_USD}|{_KRW})(?=\s*[-\d.{_KNUM}]))\s*(?P<sign2>-(?=\d))?)?\s*"
    rf"(?P<num>{_KOREAN}|(?<![A-Za-z0-9_.,])(?:{_WESTERN}))"  # in "1e9" the 9 is no amount
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion|mil|mn|bn|tn|k|m|b|t)(?![a-z]))?"
    rf"(?:\s*(?P<post>{_USD}|{_KRW}|{_CENT}|{_CENT_SHORT})(?![a-z]))?"
    rf"(?:\s*(?:and\s+|,\s*)?(?P<cents>\d{{1,2}}|[일이삼사오육칠팔구십]{{1,3}})\s*(?:{_CENT}|{_CENT_SHORT})(?![a-z]))?"
    rf"(?:(?P<close>\s*\))?\s*(?P<unit>{_BRACKET_UNIT}))?",
    re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?:\b(?:between|from|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under"
                           r"|up\s+to|above|below|no\s+more\s+than|no\s+less\s+than|min(?:imum)?|max(?:imum)?)"
                           r"|[<>≤≥]|\d\s*(?:-|–|—|~|to))\s*$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^\s*(?:이상|이하|미만|초과|부터|까지|대(?:[의를가에로]|\s|$)"
                          r"|or\s+(?:more|less|over|under)|and\s+(?:up|above|over)"
                          r"|plus\b|\+|(?:-|–|—|~|to)\s*[$₩\d])", re.IGNORECASE)
_NUMBER_WORDS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundred|thousand|million|billion|trillion|point")
_WORD_RUN = re.compile(rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dollar|buck|cent)\b))?"
                       rf"(?:{_NUMBER_WORDS})(?:(?:\s+|-|\s+and\s+)(?:{_NUMBER_WORDS}))*\b"
                       rf"|\b(?:a|an)(?=\s+(?:dollar|buck|cent)s?\b)", re.IGNORECASE)


class Reading(Value):
    """An amount, the words of the text it was read from (as typed), the whole text, and the
    amount's precision as written: the value of its last digit ('$8.6 million': $0.1 million)."""

    FIELDS = ("amount", "read", "text", "step", "start", "end")
    __slots__ = ("amount", "end", "read", "start", "step", "text")
    amount: Amount
    read: str
    text: str
    step: Decimal

    start: int | None  # where `read` stands in `text`
    end: int | None

    @classmethod
    def _defaults(cls) -> dict:
        return {"step": Decimal(1), "start": None, "end": None}

    @property
    def set_aside(self) -> tuple[str, str]:
        """The text before and after the amount: the sentence around it, holding no number."""
        start = self.text.find(self.read) if self.start is None else self.start
        end = start + len(self.read) if self.end is None else self.end
        return self.text[:start], self.text[end:]

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
    """The one amount in `text`, exactly, or UsageError saying why there is none.

    All or nothing: every character of `text` is either the amount or the sentence around it, and
    if what is set aside holds a digit, a number word, a currency or a scale word (dates apart:
    'in 2005', '16 June 2020'), the amount is ambiguous and refused, saying what was read and what
    was left (read "$1"; cannot read "e3")."""
    if not isinstance(text, str) or not text.strip():
        raise UsageError("no amount given: write it as people do, e.g. '9.78 billion won' or '$8.64 million'")
    plain, origin = _numbers_as_digits(_normalise(text))
    found = [m for m in _AMOUNT.finditer(plain) if m.group("pre") or m.group("post") or m.group("unit")]
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
    start, end = _span(origin, m)
    cents = _bare_cents(m, plain[m.end():])
    if cents is not None:  # 'thirty-five dollars twelve': the cents after the dollars
        end = len(text.rstrip(" .!?"))
        read = text[start:end]
    negative = _brackets(text, start, end, read)
    _all_read(text, start, end, read)
    if negative:  # the brackets are part of what was read
        start, end = text.rindex("(", 0, start), max(end, text.index(")", end - 1) + 1)
        read = text[start:end]
    amount, step = _amount(m, read, cents, negative)
    return Reading(amount, read, text, step, start, end)


def _span(origin: list[tuple[int, int]], m: re.Match) -> tuple[int, int]:
    """Where the match stands in the typed text (spaces at its ends left out)."""
    start, end = m.start(), m.end()
    while start < end and m.string[start] == " ":
        start += 1
    while end > start and m.string[end - 1] == " ":
        end -= 1
    return origin[start][0], origin[end - 1][1]


_DOLLAR_WORD = re.compile(r"u\.?s\.?\s?dollars?|dollars?|bucks?|usd", re.IGNORECASE)


def _bare_cents(m: re.Match, after: str) -> str | None:
    """Two digits at the very end, after a dollar word: '35 dollars 12', 'thirty-five dollars
    twelve' (one digit, '5 dollars 5', could be 5 or 50 cents: left, and so refused)."""
    if m.group("cents") or not m.group("post") or not _DOLLAR_WORD.fullmatch(m.group("post")) or m.group("unit"):
        return None
    found = re.fullmatch(r"\s*(\d{2})\s*[.!?]?\s*", after)
    return found.group(1) if found else None


def _brackets(text: str, start: int, end: int, read: str) -> bool:
    """An amount in brackets is negative in accounting ('($1,250.00)'); in a sentence the brackets
    may as well be an aside, so there the amount is refused rather than guessed."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    inside = read.rstrip()
    closed = (inside.endswith(")") and inside.count(")") > inside.count("(")) or after.startswith(")")
    if not (before.endswith("(") and closed):
        return False
    rest = before[:-1] + (after[1:] if after.startswith(")") else after)
    if rest.strip():
        raise UsageError(f"{excerpt(text)}: {_q(read)} stands in brackets, which may make it negative (accounting) "
                         "or an aside: give the amount alone, '(…)' for a negative or '-' before it")
    return True


# What a set-aside piece of the text may not hold: digits, number words, currencies, scale words.
# Words are looked up in a set (a regex of them all costs more to compile than a conversion takes).
_LEFT_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
thousand thousands million millions billion billions trillion trillions dozen dozens half quarter few several grand
bn mn tn lakh lakhs crore crores dollar dollars buck bucks cent cents won usd krw eur euro euros gbp pound pounds
yen jpy yuan cny rmb aud cad nzd hkd sgd twd ntd mxn brl chf inr rub kpw rupee rupees peso pesos franc francs
ruble rubles rs rp kr zl lei baht dong ringgit rand lira minus negative plus c k m b t""".split())
_LEFT_SIGNS = re.compile(r"[\d$₩¢€£¥₹₽₺₫₴₪฿₦₱₡₭₮₲₵₸﷼▲▼]|руб|грн|лв|zł|kč"
                         r"|달러|센트|유로|엔화|위안|마이너스|(?<![가-힣])원(?![가-힣])|(?<=\d)불"
                         r"|(?<![가-힣])(?:[일이삼사오육칠팔구십백천만억조]{2,}|[십백천만억조])(?![가-힣])", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_DASH = "‐‒–—―﹣－"


def _problem(piece: str, after: bool) -> tuple[int, int] | None:
    """Where the first thing that may be part of an amount stands in a set-aside piece, if any."""
    found = []
    beside = re.match(r"\s+[일이삼사오육칠팔구](?![가-힣])", piece) if after else \
        re.search(r"(?<![가-힣])[일이삼사오육칠팔구]\s*$", piece)  # '5천원 삼' ('5천원이': a particle)
    if beside:
        found.append((beside.end() - 1, beside.end()) if after else (beside.start(), beside.start() + 1))
    sign = _LEFT_SIGNS.search(piece)
    if sign:
        found.append((sign.start(), sign.end()))
    for word in _LATIN_WORD.finditer(piece):
        glued = (after and word.start() == 0) or (not after and word.end() == len(piece))  # '$5abc'
        if glued or word.group().lower() in _LEFT_WORDS or piece[word.end():word.end() + 1] == "$":
            found.append((word.start(), word.end()))
            break
    return min(found) if found else None


def _all_read(text: str, start: int, end: int, read: str) -> None:
    """Refuse the amount if the text set aside around it holds a number, a currency or a scale."""
    before, after = text[:start], text[end:]
    if not (before.strip() or after.strip()):
        return
    if re.search(r"\d", before + after):  # dates are sentence, not amount: 'in 2005', '16 June 2020'
        blanked = list(text)
        for date in _dates_around(text, start, end):
            blanked[date.start:date.end] = " " * (date.end - date.start)
        before, after = "".join(blanked[:start]), "".join(blanked[end:])
    if read.startswith("$") and re.search(r"[A-Za-z]$", before):  # A$, NZ$, HK$, R$: another dollar
        raise UsageError(f"{excerpt(text)}: {_q(before.split()[-1] + '$')} is not the US dollar: kaesong converts "
                         "won (KRW, 원, ₩) and US dollars (USD, US$, $)")
    if re.search(r"(?<![가-힣])(?:수|몇|십수|수십|수백|수천|수만)\s*$", before):  # '수 억 원': several
        raise UsageError(f"read {_q(read)}; cannot read {_q(before.split()[-1])} before it: "
                         "a count of units is no amount: give the amount itself")
    if before.rstrip().endswith(tuple(_DASH)):
        raise UsageError(f"read {_q(read)}; cannot read {_q(text[:start].strip())} before it: a dash may be a minus "
                         "sign or a range: give the amount alone ('-' for a negative)")
    for piece, offset in ((before, 0), (after, end)):
        problem = _problem(piece, after=bool(offset))
        if problem:
            left = _around(text, offset + problem[0], offset + problem[1], start, end)
            hint = " (write the number out, not as 1e9)" if re.match(r"[eE][+-]?\d", piece.lstrip()) else ""
            raise UsageError(f"read {_q(read)}; cannot read {_q(left)}{_where(text, read)}: "
                             f"give one amount alone, written in full{hint}")


def _dates_around(text: str, start: int, end: int) -> list:
    """The dates written around the amount ('in 2005', '16 June 2020'): sentence, not amount."""
    from ..dates import find_dates

    try:
        dates = find_dates(text)
    except ValueError:  # a date that does not exist: its digits stay, and refuse the amount
        return []
    return [d for d in dates if d.end <= start or d.start >= end]


def _around(text: str, first: int, last: int, start: int, end: int) -> str:
    """What was set aside, from the amount to the end of the word the problem is in (after it), or
    from the start of that word to the amount (before it)."""
    if first >= end:
        while last < len(text) and not text[last].isspace():
            last += 1
        return text[end:last].strip()
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    return text[first:start].strip()


def _where(text: str, read: str) -> str:
    return "" if len(text) <= len(read) + 12 else f" in {_q(text, 60)}"


def _q(text: str, limit: int = 40) -> str:
    return '"' + excerpt(text, limit, quote=False) + '"'


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
        if re.match(r"(?:hundred|thousand|million|billion|trillion)\b", m.group(), re.I):
            continue  # 'million dollars', 'a few million': a scale with no number is no amount
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
    start, end = _span(origin, m)
    return text[start:end] if end > start else ""


def _amount(m: re.Match, read: str, bare_cents: str | None, negative: bool) -> tuple[Amount, Decimal]:
    """The amount a match means, and the value of its last digit as written."""
    pre, post = (m.group("pre") or "").lower(), (m.group("post") or "").lower()
    currencies = {_currency(c) for c in (pre, post) if c}
    unit_currency, multiplier = _bracket_unit(m)
    if unit_currency:
        if currencies or m.group("scale"):
            raise UsageError(f"{_q(read)} gives its currency or scale twice: give the amount in one form")
        currencies = {unit_currency}
    if currencies == {"USD", "CENT"}:
        raise UsageError(f"{excerpt(read)} names both dollars and cents for one number: give one of them")
    if len(currencies) > 1:
        raise UsageError(f"{excerpt(read)} names both won and dollars: give one amount in one currency")
    (currency,) = currencies
    number = m.group("num")
    if re.search("[일이삼사오육칠팔구십백천만억조]", number):
        value, step = _korean(number, read), Decimal(1)
    else:
        value, step = _number(number, bool(m.group("scale")), read)
    if m.group("scale"):
        power = _SCALES[m.group("scale").lower()]
        value, step = value.scaleb(power), step.scaleb(power)
    if multiplier != 1:  # Decimal arithmetic rounds to 28 digits: none where none is needed
        value, step = value * multiplier, step * multiplier
    if currency == "CENT":
        value, step, currency = value / 100, step / 100, "USD"
    cents = m.group("cents") or bare_cents
    if cents:
        if currency != "USD" or m.group("scale") or value != value.to_integral_value():
            raise UsageError(f"{excerpt(read)}: cents go with a whole number of dollars")
        count = _korean(cents, read) if not cents.isdigit() else Decimal(cents)
        if count >= 100:
            raise UsageError(f"{excerpt(read)}: a dollar has 100 cents")
        value, step = value + count / 100, Decimal("0.01")
    if m.group("sign") or m.group("sign2") or negative:
        if (m.group("sign") or m.group("sign2")) and negative:
            raise UsageError(f"{excerpt(read)}: a minus sign inside accounting brackets: give one or the other")
        value = -value
    if abs(value) >= LIMIT:
        raise UsageError(f"{excerpt(read)} is too large to be a real amount (the limit is 10^18)")
    return Amount(abs(value) if value == 0 else value, "USD" if currency == "USD" else "KRW"), step  # never -0


_ENGLISH_SCALE = {"thousand": 3, "thousands": 3, "k": 3, "000": 3, "'000": 3, "000s": 3, "'000s": 3,
                  "million": 6, "millions": 6, "m": 6, "mn": 6, "billion": 9, "billions": 9, "b": 9, "bn": 9,
                  "trillion": 12, "trillions": 12, "tn": 12}


def _bracket_unit(m: re.Match) -> tuple[str | None, Decimal]:
    """The currency and the multiplier a bracketed unit gives: (백만원) -> KRW, 10^6."""
    if not m.group("unit"):
        return None, Decimal(1)
    if m.group("bkcur"):
        scale = m.group("bkscale")
        multiplier = _korean(scale, m.group("unit")) if scale else Decimal(1)
        return ("KRW" if m.group("bkcur") == "원" else "USD"), multiplier
    currency = m.group("bcur1") or m.group("bcur2")
    scale = (m.group("bscale1") or m.group("bscale2")).lower()
    return _currency(currency.lower()), Decimal(1).scaleb(_ENGLISH_SCALE[scale])


def _number(number: str, scaled: bool, read: str) -> tuple[Decimal, Decimal]:
    """Digits as written to (value, the value of the last digit). Groups of three may be joined by
    commas, spaces or dots, and the decimal mark is the other mark: '1,234.56', '1 234,56',
    '1.234,56', '2.345.000', '10,5'. '1.234' alone is 1.234 or 1,234: refused, naming both (with
    a scale word, '1.234 million', the dot is a decimal point)."""
    body = number.replace(" ", " ")
    grouped = re.fullmatch(r"(\d{1,3})((?:[, .]\d{3})+)(?:([.,])(\d+))?", body)
    if grouped:
        lead, groups, mark, decimals = grouped.groups()
        separators = set(groups[::4])
        if len(separators) == 1:
            (sep,) = separators
            count = len(groups) // 4
            if sep == "." and not mark and count == 1 and (scaled or lead.startswith("0")):
                return _plain(body), Decimal(1).scaleb(-3)  # '1.234 million', '0.125': a decimal point
            if sep == "." and not mark and count == 1:
                raise UsageError(f"cannot tell {_q(read)}: {body} is {lead}.{groups[1:]} with a decimal point, or "
                                 f"{lead},{groups[1:]} with a dot between thousands; write "
                                 f"{lead}.{groups[1:]}0 or {lead},{groups[1:]}")
            if sep == "," and not mark and count == 1 and lead.startswith("0"):
                return _plain(lead + "." + groups[1:]), Decimal(1).scaleb(-3)  # '0,125': a decimal comma
            if not lead.startswith("0") and (not mark or mark != sep):  # no group of thousands after 0
                whole = lead + groups.replace(sep, "")
                if not mark:
                    return Decimal(whole), Decimal(1)
                return Decimal(whole + "." + decimals), Decimal(1).scaleb(-len(decimals))  # no rounding
        raise UsageError(f"cannot read {_q(read)}: the marks between its digits do not group them in threes")
    simple = re.fullmatch(r"(\d*)(?:([.,])(\d+))?", body)
    if simple:
        whole, mark, decimals = simple.groups()
        if mark == "," and len(decimals) > 2:
            raise UsageError(f"cannot read {_q(read)}: a comma before {len(decimals)} digits neither groups "
                             "thousands nor marks cents")
        value = Decimal((whole or "0") + ("." + decimals if decimals else ""))
        return value, Decimal(1).scaleb(-len(decimals or ""))
    raise UsageError(f"cannot read {_q(read)} as a number")


def _plain(body: str) -> Decimal:
    return Decimal(body.replace(",", "."))


def _currency(word: str) -> str:
    if re.fullmatch(_CENT, word, re.IGNORECASE) or word.lower() == "c":
        return "CENT"
    return "USD" if re.fullmatch(_USD, word, re.IGNORECASE) else "KRW"


def _korean(run: str, read: str) -> Decimal:
    """Korean units: 조 10^12, 억 10^8, 만 10^4, each led by a number that may use 천/백/십, the
    numbers in digits or Korean numerals (이만칠천 = 27,000)."""
    # a Korean numeral stands alone ('이 5천' is no 25천) and a space parts numbers ('3 5천' is no 35천)
    text = "".join(f" {_KOREAN_DIGITS[ch]} " if ch in _KOREAN_DIGITS else ch for ch in run)
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
