"""The values a sentence states, each with where it stands in the sentence (its span) and the
words that qualify it: dates, times of day, amounts of money and counts. Shared by `ask` (a time
constraint in a question) and `check` (the values a claim asserts).

What it reads, in English and Korean:

* dates at every precision: `16 June 2020`, `June 16th, 2020`, `2020-06-16`, `June 2020`,
  `in 2019`, `2020년 6월 16일`, `6월 16일`; parts of a month: `mid-June`, `early June`,
  `late January`, `the end of January`; dates without a year (`June 16`, `on the 16th of June`)
  are read with no year, to be resolved by the caller (`Date.resolve`) to the year of the fact
  the sentence is about, saying so. An impossible date (`31 February 2020`, `June 31`) is read
  as invalid, never as its month;
* times of day: `2:50 p.m.`, `14:50`, `3 pm`, `3 o'clock`, `noon`, `오후 2시 50분`, `14시 50분`;
* amounts, through the project's money reader (money.read_amount), one stretch of the sentence at
  a time (`9.78 billion won ($8.64 million)` is two amounts, the second the first's conversion);
* counts: a number in digits or words before what it counts (`58 South Koreans`, `Twenty
  officials`, `fifty-eight`, `four-story`, `twice a day`, `58명`, `4층`).

Each value may carry a qualifier before it (`about`, `around`, `nearly`, `almost`, `more than`,
`less than`, `at least`, `약`, …) or after it (`가량`, `여`, `이상`, `or more`). One tolerance rule
judges amounts, counts and times alike (`Value.holds`):

    The step of a value is the worth of its last significant digit as written: '17.8 billion'
    0.1 billion, '$8 million' 1 million, '2:50 p.m.' and '3 pm' (15:00) one minute, '58' one.
    A whole number's trailing zeros are significant (60 people are sixty), except after an
    approximating word ('about 60': to the nearest ten; 'about 2:50': to ten minutes; 'about 3 pm':
    to the hour).
    The record's value r agrees with the value v when, within half a step:
      no qualifier, about     the record rounds to the value:    |r - v| <= step / 2
      nearly, almost          just below or at it:               v - step / 2 <= r <= v
      more than, over         above it (at least: or equal)      r > v   (r >= v)
      less than, under        below it (at most, up to: or equal) r < v   (r <= v)
    So '17.8 billion won' holds 17.78 billion, 'about 3 pm' holds 14:50 (14:30 to 15:30),
    'about 60' holds 58, 'nearly 60' holds 58, 'about 100' does not hold 41, '20' does not hold 58.

Dates are compared by the days they cover (`Date.span`), at the coarser of the two precisions.
Month names, weekday names and number words are values or parts of them, never names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..dates import MONTHS, PartialDate, days_in_month

# --- words -----------------------------------------------------------------------------------------

MONTH_WORDS = {name.lower(): n for n, name in enumerate(MONTHS, start=1)}
MONTH_WORDS.update({name.lower()[:3]: n for n, name in enumerate(MONTHS, start=1)})
MONTH_WORDS["sept"] = 9
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = {w: n for n, w in enumerate("""zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen""".split())}
_TENS = {w: n * 10 for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_ORDINALS = {w: n for n, w in enumerate("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(), start=1)}
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_TIMES, "hundred", "thousand", "dozen"])

# Qualifiers, each to its rule: 'about' (either side), 'nearly' (just below), 'more' (above),
# 'at least' (above or equal), 'less' (below), 'at most' (below or equal).
_BEFORE = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "circa": "about", "ca.": "about", "close to": "about", "an estimated": "about", "estimated": "about",
    "about 약": "about", "약": "about", "대략": "about",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "not quite": "nearly", "거의": "nearly",
    "more than": "more", "over": "more", "above": "more", "upwards of": "more", "in excess of": "more",
    "just over": "more",
    "at least": "at least", "no less than": "at least", "no fewer than": "at least",
    "less than": "less", "fewer than": "less", "under": "less", "below": "less",
    "at most": "at most", "up to": "at most", "no more than": "at most",
}
_AFTER = {"가량": "about", "쯤": "about", "께": "about", "여": "about", "남짓": "more", "이상": "at least",
          "넘게": "more", "초과": "more", "미만": "less", "이하": "at most", "or so": "about", "or more": "at least",
          "or less": "at most", "or fewer": "at most", "plus": "at least"}
_QUALIFIER_BEFORE = re.compile(r"(?:^|(?<=[\s(,]))(" + "|".join(
    sorted((re.escape(q) for q in _BEFORE if q != "about 약"), key=len, reverse=True)) + r")\s*$", re.I)
_QUALIFIER_AFTER = re.compile(r"^\s*(" + "|".join(sorted(map(re.escape, _AFTER), key=len, reverse=True))
                              + r")(?![A-Za-z])", re.I)

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_PART = r"(?P<part>mid|early|late|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of)"

# The forms of a date, fullest first: at one place the first form that reads wins.
_DATE_FORMS = [
    re.compile(r"(?<![\d-])" + _YEAR + r"-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(r"(?<!\d)" + _YEAR + r"\s*년\s*(?P<month>\d{1,2})\s*월(?:\s*(?P<day>\d{1,2})\s*일)?"),
    re.compile(r"(?<![\d년])(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
    re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?!\s*\d)(?![a-z])", re.I),
    re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}(?![\d:])(?:,?\s+{_YEAR})?(?![a-z])", re.I),
    re.compile(rf"\b{_PART}[\s-]+{_MONTH}(?:,?\s+{_YEAR})?(?![a-z])", re.I),
    re.compile(rf"\b{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})(?![a-z])", re.I),
    re.compile(r"(?<!\d)" + _YEAR + r"\s*년(?!\s*\d)"),
    re.compile(rf"(?<![\w$₩.,-]){_YEAR}(?![\w%]|[.,]\d|\s*(?:won|dollars?|원|달러|억|만))", re.I),
    # a month alone only after a word that dates ('in June', 'since January'): 'may' is also a verb
    re.compile(rf"\b(?:in|since|during|until|till|by|from|through|of|for|early|late|mid|end\s+of)[\s-]+{_MONTH}(?![a-z])", re.I),
]
_TIME = re.compile(
    r"(?P<k_pm>오전|오후)?\s*(?P<k_h>\d{1,2})\s*시(?:\s*(?P<k_m>\d{1,2})\s*분|\s*(?P<k_half>반))?"
    r"|\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|\b(?P<h24>\d{1,2}):(?P<m24>\d{2})(?!\d)(?:\s*(?:hours|hrs|h)\b)?"
    r"|\b(?P<oc>\d{1,2}|" + "|".join(list(_UNITS)[1:13]) + r")\s+o'?\s?clock\b"
    r"|\b(?P<noon>noon|midday|midnight)\b",
    re.I)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|([월화수목금토일])요일", re.I)
_KO_WEEKDAY = dict(zip("월화수목금토일", WEEKDAYS, strict=True))
# Parts of the day as a time within a window (its middle, a half-width either side): the same rule
_DAYPART = re.compile(r"\b(?:in|on|during)\s+the\s+(morning|afternoon|evening)\b|\b(morning|afternoon|evening)\s+of\b"
                      r"|(오전|오후)(?!\s*\d)", re.I)
_DAYPARTS = {"morning": (6 * 60, 12 * 60), "afternoon": (12 * 60, 18 * 60), "evening": (18 * 60, 22 * 60),
             "오전": (0, 12 * 60), "오후": (12 * 60, 24 * 60)}
_PER_DOLLAR = re.compile(r"\s*(?:per|a|to\s+the|to\s+a|for\s+(?:each|one|a))\s+(?:US\s+|U\.S\.\s+)?dollar\b|\s*/\s*\$",
                         re.I)
_TZ = re.compile(r"^\s*\(?(?P<tz>KST|UTC|GMT|Korea(?:n)? (?:standard )?time|Seoul time)\)?", re.I)
_KO_NUMERALS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_KO_COUNT = re.compile(r"(?P<day>하루\s*)?(?<![가-힣])(?P<num>" + "|".join(sorted(_KO_NUMERALS, key=len, reverse=True))
                       + r")\s*(?P<unit>차례|번|명|곳|개)(?!째|[가-힣]{2})")
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "thousand", "a", "an"], key=len, reverse=True))
# the words that go on a number ('twenty-one', 'one hundred and five'): 'and' only after hundred or
# thousand ('fifteen and twenty' is two numbers)
_MORE_WORDS = r"(?:[\s-]+(?:" + _NUMBER_WORD + r")\b|(?:(?<=hundred)|(?<=thousand))\s+and\b)*"
_COUNT = re.compile(
    r"(?P<num>(?<![\w-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,])(?!(?:st|nd|rd|th)\b)|\b(?:(?:"
    + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
    + r")\b" + _MORE_WORDS + r"|(?:a|one)\s+(?:hundred|dozen)\b" + _MORE_WORDS
    + r"|(?:" + "|".join(_TIMES) + r")\b))(?![\w.,]\d)"
    r"(?P<noun>(?:[\s-]+(?!(?:and|or|of|to|in|on|at|a|an|the|and)\b)[A-Za-z][\w'-]*){1,2}|\s*[명층개번회곳])?",
    re.I)
_ORDINAL = re.compile(r"\b(?P<num>" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\b(?P<noun>\s+[A-Za-z][\w-]*)?",
                      re.I)
_KO_ORDINAL = re.compile(r"제\s?(\d{1,4})\s?(?:차|회|번째)(?!\d)(?:\s*(?P<noun>정상회담|회담|회의|총회))?")
_KO_FLOOR = re.compile(r"(?<![\d,.])(\d{1,2})\s*층(?=은|는|에|을|를|이|가|의)")
_AREA = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:m²|m2\b|㎡|제곱미터|"
                   r"sq(?:uare)?\.?\s*(?:met(?:re|er)s?|m)\b)", re.I)
_SPLIT = re.compile(r"[()\[\];|/—―]|\s–\s|,\s|\s(?:and|or|for|to|in|on|at|from|with|by|while|but|when|after|before|since"
                    r"|than|of|which|that|was|were|is|are|had|has)\s"
                    r"|(?<=원|러)[가-힣]{0,3}\s"  # '80억 원에 97억 원을': a Korean amount ends at its particle
                    r"|(?<=[가-힣])(?<![십백천만억조])\s(?=\d)", re.I)  # '4층짜리 청사 보수에 978억 원': and starts after a word


@dataclass(frozen=True)
class Date:
    """A date as written: a year (None when the sentence gives none), a month, a day, and a part
    of the month ('mid', 'early', 'late'); `invalid` says why a written date cannot be one."""

    year: int | None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    invalid: str | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "part" if self.part else "month" if self.month else "year"

    def resolve(self, year: int) -> Date:
        """The date with `year` where the sentence gave none ('June 16' in the year of the fact)."""
        if self.year is not None:
            return self
        bad = None
        if self.day and self.month and self.day > days_in_month(year, self.month):
            bad = f"{MONTHS[self.month - 1]} {year} has no day {self.day}"
        return replace(self, year=year, invalid=self.invalid or bad)

    def span(self):
        """(first day, last day) it covers: 'mid-June 2020' is 11 to 20 June."""
        import datetime as dt

        if self.year is None:
            raise ValueError("a date without a year covers no days: resolve it first")
        if self.month is None:
            return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        last = days_in_month(self.year, self.month)
        if self.day:
            return (dt.date(self.year, self.month, self.day),) * 2
        first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(self.part or "", (1, last))
        return dt.date(self.year, self.month, first_day), dt.date(self.year, self.month, last_day)

    def partial(self) -> PartialDate | None:
        if self.year is None or self.invalid:
            return None
        return PartialDate(self.year, self.month, self.day)

    def long(self) -> str:
        """'16 June 2020', 'mid-June 2020', 'June' (no year), '2019'."""
        if self.month is None:
            return str(self.year)
        month = MONTHS[self.month - 1] + (f" {self.year}" if self.year else "")
        if self.day:
            return f"{self.day} {month}"
        return f"{self.part}-{month}" if self.part else month


@dataclass(frozen=True)
class Value:
    """One value a sentence states: its kind ('date', 'time', 'weekday', 'amount', 'rate' (won per
    dollar), 'count', 'ordinal'), the
    words as typed and where they stand (start, end), what it is (a Date; minutes after
    midnight; a money Amount; an int), its step (see the module's rule), its qualifier, and for a
    count the words it counts ('South Koreans'). `paired` marks an amount that converts the one
    before it ('9.78 billion won ($8.64 million)')."""

    kind: str
    text: str
    start: int
    end: int
    value: object
    step: Decimal = Decimal(1)
    qualifier: str | None = None
    qualifier_text: str = ""
    noun: str = ""
    paired: bool = False
    high: int | None = None  # a range's upper end ('15 to 20 staff': value 15, high 20)
    tz: str | None = None
    notes: tuple[str, ...] = field(default=())

    def holds(self, recorded: Decimal | int) -> bool:
        """Whether a number on record agrees with this value under its qualifier (the rule above).
        For a time, `recorded` is minutes after midnight; for an amount, in the value's currency."""
        v, r = Decimal(self.number), Decimal(recorded)
        step = self.step
        if self.high is not None:  # a range holds what lies within it
            return v - step / 2 <= r <= Decimal(self.high) + step / 2
        rule = self.qualifier
        if rule == "nearly":
            return v - step / 2 <= r <= v
        if rule == "more":
            return r > v
        if rule == "at least":
            return r >= v
        if rule == "less":
            return r < v
        if rule == "at most":
            return r <= v
        return abs(r - v) <= step / 2

    @property
    def number(self) -> Decimal:
        if self.kind in ("amount", "rate"):
            return self.value.value
        return Decimal(self.value)

    def shown(self) -> str:
        q = f"{self.qualifier_text} " if self.qualifier_text and self.kind != "date" else ""
        if self.kind == "time" and self.notes:
            return self.notes[0]
        if self.kind == "time":
            return f"{q}{self.value // 60:02d}:{self.value % 60:02d}"
        if self.kind == "amount":
            from ..money import short_scale

            return q + short_scale(self.value)
        if self.kind == "rate":
            return f"{q}{self.value.value:,} won per dollar"
        if self.kind == "date":
            return self.value.long()
        if self.kind == "weekday":
            return self.value
        if self.high is not None:
            return f"{q}{self.value:,} to {self.high:,} {self.noun}".strip()
        if self.noun.endswith(" 명"):  # '41명 (정부 당국자)': the unit, then who they were
            return f"{q}{self.value:,}명 ({self.noun[:-2]})"
        return f"{q}{self.value:,} {self.noun}".strip()  # '4,500 m²' as written, not '4500 m²'


def values(text: str) -> list[Value]:
    """Every value `text` states, in the order they stand: dates and times first claim their
    words, then amounts (read by the money reader), then counts and ordinals of what is left."""
    taken = [False] * len(text)
    found: list[Value] = []

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def take(v: Value) -> None:
        taken[v.start:v.end] = [True] * (v.end - v.start)
        found.append(v)

    for m in _TIME.finditer(text):
        v = _time(m, text)
        if v and free(v.start, v.end):
            take(v)
    for m in _DAYPART.finditer(text):
        word = next(g for g in m.groups() if g)
        first, last = _DAYPARTS[word.lower()]
        if free(*m.span()):
            take(Value("time", m.group(), m.start(), m.end(), (first + last) // 2, Decimal(last - first), "about",
                       "", notes=(f"{word}: {first // 60:02d}:00 to {last // 60:02d}:00",)))
    for m in _WEEKDAY.finditer(text):
        if free(*m.span()):
            day = (m.group(1) or _KO_WEEKDAY[m.group(2)]).capitalize()
            take(Value("weekday", m.group(), m.start(), m.end(), day))
    for form in _DATE_FORMS:
        for m in form.finditer(text):
            start, end = m.span("month") if form.pattern.startswith(r"\b(?:in|since") else m.span()
            if free(start, end):
                v = _date(m, text, start, end)
                if v:
                    take(v)
    for v in _amounts(text, taken):
        if free(v.start, v.end):
            take(v)
    for m in _AREA.finditer(text):  # '4,498.57 m²', 'around 4,500 square metres': a floor area, to the square metre
        if free(*m.span()):
            number = Decimal(m.group("num").replace(",", ""))
            a, b, qualifier, said, step = _qualify(text, m.start(), m.end(), Decimal(1), number.to_integral_value())
            take(Value("count", text[a:b], a, b, int(number.to_integral_value()), step, qualifier, said, noun="m²"))
    for m in _KO_FLOOR.finditer(text):  # '2층은 남측': the second floor, not two storeys ('4층짜리 건물')
        if free(*m.span()):
            take(Value("ordinal", m.group(), m.start(), m.end(), int(m.group(1)), noun="floor"))
    for m in _KO_ORDINAL.finditer(text):  # '제298차 회의': the 298th meeting
        if free(*m.span()):
            take(Value("ordinal", m.group(), m.start(), m.end(), int(m.group(1)), noun=m.group("noun") or ""))
    for m in _COUNT.finditer(text):
        v = _count(m, text)
        if v and free(v.start, v.end):
            take(v)
    for m in _KO_COUNT.finditer(text):  # '하루 세 차례', '두 번': Korean native numerals
        if free(*m.span()):
            n = _KO_NUMERALS[m.group("num")]
            noun = "times a day" if m.group("day") else "times" if m.group("unit") in ("차례", "번") else m.group("unit")
            take(Value("count", m.group(), m.start(), m.end(), n, noun=noun))
    found = _ranges(found, text)
    for m in _ORDINAL.finditer(text):
        if free(*m.span()) and not re.match(r"\s+(?:of\s+)?" + _MONTH, text[m.end():], re.I):
            n = m.group("num").lower()
            take(Value("ordinal", m.group(), m.start(), m.end(), _ORDINALS.get(n) or int(re.sub(r"\D", "", n)),
                       noun=(m.group("noun") or "").strip()))
    return sorted(found, key=lambda v: v.start)


def _ranges(found: list[Value], text: str) -> list[Value]:
    """'15 to 20 staff', '15-20 people': two counts that make one range, counting what the second counts."""
    found = sorted(found, key=lambda v: v.start)
    out: list[Value] = []
    for v in found:
        prev = out[-1] if out else None
        between = prev is not None and re.fullmatch(r"\s*and\s*", text[prev.end:v.start]) and \
            re.search(r"\bbetween\s+$", text[:prev.start], re.I)  # 'between fifteen and twenty people'
        if (prev is not None and prev.kind == v.kind == "count" and not prev.noun and prev.high is None
                and (re.fullmatch(r"\s*(?:to|-|–|~)\s*", text[prev.end:v.start]) or between) and prev.value < v.value):
            start = prev.start - len(re.search(r"between\s+$", text[:prev.start], re.I).group()) if between else prev.start
            out[-1] = replace(v, text=text[start:v.end], start=start, value=prev.value, high=v.value,
                              qualifier=prev.qualifier, qualifier_text=prev.qualifier_text)
            continue
        out.append(v)
    return out


def of_kind(found: list[Value], kind: str) -> list[Value]:
    return [v for v in found if v.kind == kind]


def words_of_values(text: str) -> set[str]:
    """The words of `text` that are part of a value (month names, number words, 'mid', 'about'):
    never unknown names."""
    out = set()
    for v in values(text):
        out.update(w.lower() for w in re.findall(r"[^\W\d_]+", v.text))
        out.update(w.lower() for w in re.findall(r"[^\W\d_]+", v.qualifier_text))
    return out


def is_value_word(word: str) -> bool:
    """A month or weekday name, a number word or an ordinal: part of a value, never a name."""
    w = word.lower().rstrip(".")
    return w in MONTH_WORDS or w in WEEKDAYS or w in NUMBER_WORDS or w in _ORDINALS or \
        all(part in NUMBER_WORDS for part in w.split("-"))


# --- readers ---------------------------------------------------------------------------------------

def _qualify(text: str, start: int, end: int, step: Decimal, whole: Decimal | None) -> tuple[int, int, str | None, str, Decimal]:
    """The qualifier before or after a value's words, the span widened to hold it, and the step
    (a round whole number's trailing zeros are not significant after an approximating word)."""
    before = _QUALIFIER_BEFORE.search(text[:start])
    after = _QUALIFIER_AFTER.match(text[end:])
    qualifier, said, new_start, new_end = None, "", start, end
    if before:
        said = before.group(1)
        qualifier = _BEFORE[" ".join(said.lower().split())]
        new_start = before.start(1)
    elif after:
        said = after.group(1)
        qualifier = _AFTER[" ".join(said.lower().split())]
        new_end = end + after.end(1)
    if qualifier in ("about", "nearly") and whole is not None and whole > 0:
        written = step
        units = (whole / step).to_integral_value()
        while units and units % 10 == 0:
            units /= 10
            step *= 10
        step = max(written, min(step, whole / 5))  # never more than a tenth either way: 'about 100' is not 58
    return new_start, new_end, qualifier, said, step


def _time(m: re.Match, text: str) -> Value | None:
    g = m.groupdict()
    if g["k_h"]:
        hour, minute = int(g["k_h"]), int(g["k_m"] or (30 if g["k_half"] else 0))
        if g["k_pm"] == "오후" and hour < 12:
            hour += 12
    elif g["h"]:
        hour, minute = int(g["h"]), int(g["m"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
    elif g["h24"]:
        hour, minute = int(g["h24"]), int(g["m24"])
    elif g["oc"]:
        word = g["oc"].lower()
        hour, minute = int(word) if word.isdigit() else _UNITS[word], 0
    else:
        hour, minute = (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
    if hour > 23 or minute > 59:
        return None
    start, end = m.span()
    later = re.match(r"\s+(?:in\s+the\s+(afternoon|evening)|at\s+night)\b", text[end:], re.I)
    if later and (g["h24"] or g["oc"]) and 1 <= hour < 12:  # '2:50 in the afternoon' is 14:50
        hour += 12
        end += later.end()
    while start < end and text[start] == " ":
        start += 1
    tz = _TZ.match(text[end:])
    zone = None
    if tz:
        zone = "KST" if re.match(r"kst|korea|seoul", tz.group("tz"), re.I) else "UTC"
        end += tz.end()
    minutes = hour * 60 + minute
    # '3 pm' is 15:00 (its minutes are zeros written or not); after 'about' they are not significant
    start, end, qualifier, said, _ = _qualify(text, start, end, Decimal(1), None)
    step_d = Decimal(1)
    if qualifier in ("about", "nearly"):
        step_d = Decimal(60 if minute == 0 else 10 if minute % 10 == 0 else 1)
    return Value("time", text[start:end], start, end, minutes, step_d, qualifier, said, tz=zone)


def _date(m: re.Match, text: str, start: int, end: int) -> Value | None:
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    month_word = g.get("month")
    month = None
    if month_word:
        month = int(month_word) if month_word.isdigit() else MONTH_WORDS.get(month_word.lower().rstrip(".")[:4]) \
            or MONTH_WORDS.get(month_word.lower().rstrip(".")[:3])
        if month_word.lower() == "may" and not (g.get("day") or year or g.get("part")) and \
                not re.search(r"\b(?:in|since|during|until|till|by|from|through|of)\s+$", text[:start], re.I):
            return None  # 'may' the verb
    day = int(g["day"]) if g.get("day") else None
    part = None
    if g.get("part"):
        said = g["part"].lower()
        part = "late" if "end" in said else "early" if ("beginning" in said or "start" in said) else \
            "mid" if "mid" in said else said
    invalid = None
    if month is not None and not 1 <= month <= 12:
        invalid = f"there is no month {month}"
    elif day is not None and not 1 <= day <= (days_in_month(year, month) if year else
                                                 (29 if month == 2 else days_in_month(2021, month))):
        invalid = f"{MONTHS[month - 1]}{f' {year}' if year else ''} has no day {day}"
    date = Date(year, month, day, part, invalid)
    notes = () if year or month is None else ("no year given",)
    shown = text[start:end]
    return Value("date", shown, start, end, date, notes=notes)


def _amounts(text: str, taken: list[bool]) -> list[Value]:
    """Amounts, each read by the money reader from one stretch of the sentence: the sentence is
    cut at dates, times, brackets and joining words, so one stretch holds one amount."""
    from ..errors import UsageError
    from ..money import read_amount

    masked = "".join("|" if t else ch for ch, t in zip(text, taken, strict=True))
    out: list[Value] = []
    bounds = [0]
    for m in _SPLIT.finditer(masked):
        bounds += [m.start(), m.end()]
    bounds.append(len(text))
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        piece = masked[start:end]
        if not re.search(r"\d|[일이삼사오육칠팔구십백천만억조]", piece) and not re.search(
                r"\b(?:" + "|".join([*_UNITS, *_TENS, "hundred", "a", "an"]) + r")\b", piece, re.I):
            continue
        # the qualifier is this module's to read: the money reader refuses bounds, which is right for it
        head = re.match(r"^\s*(?:" + "|".join(sorted(map(re.escape, _BEFORE), key=len, reverse=True)) + r")\s+",
                        piece, re.I)
        offset = start + (head.end() if head else 0)
        piece = masked[offset:end]
        tail = re.search(r"\s*(?:" + "|".join(sorted(map(re.escape, _AFTER), key=len, reverse=True)) + r")\s*$", piece)
        piece = piece[:tail.start()] if tail else piece
        rate = _PER_DOLLAR.search(piece)  # '1,133 won per dollar': the amount is read alone, the rate below
        piece = piece[:rate.start()] if rate else piece
        try:
            reading = read_amount(piece)
        except UsageError:
            continue
        at = piece.find(reading.read)
        if at < 0 or re.match(r"원|불", reading.read):  # '인원 58명': the 원 of a word is no currency before a number
            continue
        a, b = offset + at, offset + at + len(reading.read)
        step = reading.step
        a, b, qualifier, said, step = _qualify(text, a, b, step, reading.amount.value)
        paired = bool(out) and re.fullmatch(r"\s*[(—―–]?\s*", text[out[-1].end:a] or "") is not None and \
            out[-1].value.currency != reading.amount.currency
        per = _PER_DOLLAR.match(text[b:])
        if per and reading.amount.currency == "KRW":  # '1,133 won per dollar': a rate, not an amount
            out.append(Value("rate", text[a:b + per.end()], a, b + per.end(), reading.amount, step, qualifier, said))
            continue
        out.append(Value("amount", text[a:b], a, b, reading.amount, step, qualifier, said, paired=paired))
    return out


def _count(m: re.Match, text: str) -> Value | None:
    number = _number(m.group("num"))
    if number is None:
        return None
    noun = (m.group("noun") or "").strip(" -")
    words = noun.split()
    # a number standing for a year, a month name, a currency or a scale word is no count
    if words and (words[0].lower() in MONTH_WORDS or re.match(r"(?:won|dollars?|billion|million|trillion|percent|%|"
                                                              r"per\s*cent|am|pm|a\.m|p\.m|hours?)\b", words[0], re.I)):
        return None
    while words and words[-1].lower() in ("and", "or", "of", "the", "a", "to", "in", "on", "at", "was", "were",
                                          "had", "has", "have", "is", "are", "when", "who", "that"):
        words.pop()
    if len(words) == 2 and not words[1][:1].isupper() and words[0][:1].isupper():
        words = words[:1]  # 'Twenty officials returned': the verb is no part of what is counted
    if len(words) == 2 and (words[1].lower().endswith("ed") or words[1].lower() in (
            "came", "went", "left", "worked", "returned", "attended", "were", "died")):
        words = words[:1]
    if m.group("num").lower() in _TIMES:  # 'twice a day': how often
        per = re.match(r"\s+(?:a|an|per|each|every)\s+(day|week|month|year)\b", text[m.end("num"):], re.I)
        end = m.end("num") + (per.end() if per else 0)
        noun = "times" + (f" a {per.group(1).lower()}" if per else "")
        start, end, qualifier, said, step = _qualify(text, m.start(), end, Decimal(1), Decimal(number))
        return Value("count", text[start:end], start, end, number, step, qualifier, said, noun=noun)
    noun = " ".join(words)
    end = m.end("num")
    if noun:
        end = m.start("noun") + (m.group("noun") or "").find(words[-1]) + len(words[-1])
    said_as = re.match(r"\s+(?:were|was|are|is)((?:\s+(?!(?:and|or|of|to|in|on|at|the|a|an)\b)[a-z][\w'-]*)?"
                       r"\s+[a-z][\w'-]*s)\b", text[m.end("num"):])
    if said_as and not re.search(r"(?:ed|en)\b", said_as.group(1)):  # 'of those who came home, 41 were officials'
        noun, end = said_as.group(1).strip(), m.end("num") + said_as.end()
    if noun == "명":  # '41명이 정부 당국자였다': who they were; '정부 당국자 17명': who is counted, before it
        said_ko = re.match(r"\s*(?:이|가|은|는)\s+((?:[가-힣]+\s+)?[가-힣]+?)(?:였|이었|이다|이며|으로|로)", text[m.end():])
        before = re.search(r"(?<![가-힣])([가-힣]{2,})\s*$", text[:m.start()])
        if said_ko:
            noun = f"{said_ko.group(1)} 명"
        elif before and not re.search(r"(?:은|는|이|가|을|를|의|에|도|과|와|중|로|서)$", before.group(1)):
            noun = f"{before.group(1)} 명"
    digits = m.group("num")
    if digits.isdigit() and 1900 <= int(digits) <= 2099 and not noun:
        return None
    start, end, qualifier, said, step = _qualify(text, m.start(), end, Decimal(1), Decimal(number))
    return Value("count", text[start:end], start, end, number, step, qualifier, said, noun=noun)


def number_word(word: str) -> int | None:
    """The number one word names ('five' -> 5, 'twenty' -> 20, 'twice' -> 2), or None."""
    w = word.lower()
    return _UNITS.get(w, _TENS.get(w, _TIMES.get(w)))


def _number(words: str) -> int | None:
    """'58' -> 58, 'fifty-eight' -> 58, 'Twenty' -> 20, 'a hundred and five' -> 105, 'twice' -> 2."""
    w = words.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    if w in _TIMES:
        return _TIMES[w]
    total, current = 0, 0
    for part in re.split(r"[\s-]+", w):
        if part in ("and", ""):
            continue
        if part in ("a", "an", "one") and current == 0:
            current = 1
        elif part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part == "dozen":
            current = max(current, 1) * 12
        elif part == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current
