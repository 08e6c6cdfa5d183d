"""The direct answer: the value a fact offers for the type of value a question asks for, made
from the fact's typed fields (its date, its amount, its speaker, a relation's other entity, an
attribute's value), never from a paragraph's free text.

    offer(index, statement, reading) -> Offer | None   None when the fact offers no value of that type
    Offer.type, .value (ISO date, 'HH:MM', '9780000000 KRW', a name...), .display ('16 June 2020, 14:50 KST')
"""

from __future__ import annotations

import re

from ..dates import MONTHS

_COUNT = re.compile(r"\b(\d[\d,.]*|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                    r"twenty|hundred|thousand|daily|weekly)\b", re.I)
_AGENTS = ("person", "leader", "official", "organisation", "organization", "ministry", "agency", "council", "country",
           "state", "government", "group", "army", "military", "body", "news-agency", "media", "fund", "committee")
_REASON = re.compile(r"\b(because|over|anger|angry|due to|cause|caused|concerns?|after|unless|leaflets?)\b", re.I)


class Offer:
    def __init__(self, kind: str, value: str, display: str, fact: str):
        self.type, self.value, self.display, self.fact = kind, value, display, fact

    def as_dict(self) -> dict:
        return {"type": self.type, "value": self.value, "display": self.display, "fact": self.fact}


def offer(index, st: dict, reading) -> Offer | None:
    kind = reading.answer_type
    fn = _OFFERS.get(kind or "", _any)
    try:
        entry = _entry(st, reading)
        if entry is not None:  # 'which floor did the South's officials work on': one entry of a numbered list
            return entry
        return fn(index, st, reading)
    except (KeyError, TypeError, ValueError, IndexError):  # a fact of an unusual shape offers nothing
        return None


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL_ASKED = re.compile(r"\b(?:(" + "|".join(_ORDINALS) + r")|(\d{1,2})(?:st|nd|rd|th))\b|(\d{1,2})\s*층", re.I)
_SIDES = {"north": ("north", "북측", "북한"), "south": ("south", "남측", "남한")}


def _entry(st: dict, reading) -> Offer | None:
    """One entry of an attribute that is a numbered list ('floors: 1: education and information;
    2: the South's officials; ...'): the entry whose number the question names ('the third floor',
    '3층'), else the one entry whose words the question's words hold ('the South Korean
    officials'); None when the list is not one or no single entry is asked for."""
    if st["kind"] != "attribute":
        return None
    entries = dict(re.findall(r"(?:^|;\s*)(\d+):\s*([^;]+)", st.get("value", "")))
    if len(entries) < 2:
        return None
    noun = st.get("attribute", "").rstrip("s")
    if reading.answer_type not in (None, "place", "count", "description") or \
            not {noun, noun + "s"} & {*reading.words, *reading.expanded}:
        return None  # 'who was the South's head': not a floor, though the South has one
    asked = _ORDINAL_ASKED.search(reading.text)
    chosen = None
    if asked:
        n = str(_ORDINALS.index(asked.group(1).lower()) + 1) if asked.group(1) else asked.group(2) or asked.group(3)
        chosen = n if n in entries else None
    else:
        text = reading.text.lower()
        sides = {side for side, words in _SIDES.items() if any(w in text for w in words)}
        words = {w for w in (*reading.words, *reading.expanded)} - {"north", "south", noun, noun + "s", "office", "building"}
        held = [n for n, entry in entries.items()
                if (len(sides) == 1 and next(iter(sides)) in entry.lower()) or
                (not sides and words & set(re.findall(r"[a-z]+", entry.lower())))]
        chosen = held[0] if len(held) == 1 else None
    if chosen is None:
        return None
    n = int(chosen)
    ordinal = _ORDINALS[n - 1] if n <= len(_ORDINALS) else f"{n}th"
    display = f"the {ordinal} {noun} ({noun} {n}): {entries[chosen].strip()}"
    return Offer(reading.answer_type or "attribute", f"{n}: {entries[chosen].strip()}", display, st["id"])


def _date_display(date: dict, with_time: bool = True) -> str:
    v = date.get("value") or ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?", v)
    if not m:
        return v
    year, month, day, hm = m.groups()
    text = year
    if month:
        text = f"{MONTHS[int(month) - 1]} {year}"
    if day:
        text = f"{int(day)} {text}"
    if hm and with_time:
        text += f", {hm}" + (f" {date['tz']}" if date.get("tz") else "")
    end = date.get("_end")
    if end and day and not hm and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end) and end[:7] == v[:7]:
        return f"{int(day)}–{int(end[8:])} {MONTHS[int(month) - 1]} {year}"  # '27–28 February 2019'
    if end:
        text += f" to {_date_display({'value': end}, with_time)}"
    return text


def _with_weekday(display: str, value: str, reading) -> str:
    """'Friday, 14 September 2018': the day of the week first, when the question asks it."""
    if not getattr(reading, "weekday", False) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value or ""):
        return display
    import datetime

    return f"{datetime.date.fromisoformat(value[:10]).strftime('%A')}, {display}"


def _claims(index, record: str) -> list[dict]:
    cache = getattr(index, "_claims_about", None)
    if cache is None:
        cache = {}
        for c in index.records("claim"):
            cache.setdefault(c.get("about"), []).append(c)
        index._claims_about = cache
    return cache.get(record, [])


def _by(index, value: dict) -> str:
    """Who gives a claim's value: its `by`, else the publishers of the sources it cites."""
    if value.get("by"):
        return value["by"]
    names = []
    for c in value.get("citations") or []:
        found = index.get(c["source"])
        doc = found[1] if found else {}
        name = re.sub(r"\s*\(.*?\)", "", doc.get("publisher") or "") or None
        if name and name not in names:
            names.append(name)
    return ", ".join(names[:2])


def _disputed_dates(index, st: dict) -> tuple[str, list[str]]:
    """The preferred value's givers and the other values with theirs, for a fact's dated claims."""
    for claim in _claims(index, st.get("record", "")):
        values = [v for v in claim.get("values", []) if v.get("date")]
        if len(values) < 2:
            continue
        preferred = next((v for v in values if v.get("rank") == "preferred"), values[0])
        others = [f"{_hm(v)} by {_by(index, v)}" if _by(index, v) else _hm(v) for v in values if v is not preferred
                  and v.get("rank") != "deprecated"]
        return _by(index, preferred), others
    return "", []


def _hm(value: dict) -> str:
    v = value["date"]["value"]
    return v[11:16] if "T" in v else _date_display(value["date"])


_GENERIC = frozenset("""the a an of and in on at by for to news daily korea korean south north its it as from with
value time cost report reported reports said says gave give""".split())


def _givers(index, value: dict) -> set[str]:
    """The words that name who gives a claim's value: its `by`, its sources' ids and publishers, its reason."""
    text = [value.get("by") or "", " ".join(re.findall(r"\b[A-Z][\w-]+", value.get("reason") or ""))]
    for c in value.get("citations") or []:
        found = index.get(c["source"])
        doc = found[1] if found else {}
        text += [c["source"], doc.get("publisher") or ""]
    return {w for w in re.findall(r"[a-z0-9]+", " ".join(text).lower()) if w not in _GENERIC and len(w) >= 2}


def _picked(index, st: dict, reading, kind: str) -> Offer | None:
    """A value of a fact's claims that the question asks of its giver ('what dollar figure did Chosun
    give', 'what time did the Ministry give'): that value, with who gives it."""
    words = set(reading.words)
    for claim in _claims(index, st.get("record", "")):
        for value in claim.get("values", []):
            if not words & _givers(index, value):
                continue
            if kind in ("date", "time") and value.get("date"):
                shown = _with_weekday(_date_display(value["date"]), value["date"]["value"], reading)
                if kind == "time" and "T" not in value["date"]["value"]:
                    continue
                by = _by(index, value)
                return Offer(kind, value["date"]["value"], f"{shown} ({by})" if by else shown, st["id"])
            if kind == "amount" and value.get("amount"):
                a = value["amount"]
                by = _by(index, value)
                return Offer(kind, f"{a['amount']} {a['currency']}", f"{a['stated']} ({by})" if by else a["stated"], st["id"])
    return None


def _date(index, st: dict, reading) -> Offer | None:
    picked = _picked(index, st, reading, "date")
    if picked:
        return picked
    date = st.get("date")
    if not date or not date.get("value") or st["kind"] in ("source", "paragraph"):
        return None
    if _ENDING_ASKED.search(reading.text) and not st.get("end") and not _ENDING_SAID.search(st.get("sentence", "")):
        return None  # 'what time did the opening ceremony end': the record dates its start only
    if _PLANNED_ASKED.search(reading.text):  # 'when was the opening first planned for': the date first planned, or none
        planned = _PLANNED_SAID.search(" ".join(str(x or "") for x in (date.get("resolved"), st.get("sentence"), st.get("note"))))
        if not planned:
            return None
        year = date["value"][:4]
        month = _MONTH_NUMBER.get(planned.group(1).lower())
        value = f"{year}-{month:02d}" if month else year
        return Offer("date", value, f"{planned.group(1)} {year} (first planned; it took place on "
                     f"{_date_display(dict(date, value=date['value'][:10], precision='day'))})", st["id"])
    shown = dict(date)
    if st.get("end") and st["end"].get("value") != date.get("value"):
        shown["_end"] = st["end"]["value"]
    display = _with_weekday(_date_display(shown), date["value"], reading)
    by, others = _disputed_dates(index, st)
    if others:
        display += f" ({by + '; ' if by else ''}{'; '.join(others)})"
    return Offer("date", date["value"], display, st["id"])


_PLANNED_ASKED = re.compile(r"\b(?:first|originally|initially)\s+(?:been\s+)?(?:planned|scheduled|set|meant|due)\b|"
                            r"\b(?:planned|scheduled)\s+"
                            r"(?:originally|initially|at first)\b|원래.*예정|당초|처음.*예정", re.I)
_PLANNED_SAID = re.compile(r"(?:first|originally|initially) (?:planned|scheduled) for ([A-Z][a-z]+(?: \d{4})?)")
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(MONTHS, start=1)}


# a question for when something ended, and a fact that says something ended (its date is that end)
_ENDING_ASKED = re.compile(r"\b(?:end|ended|ends|finish|finished|finishes|conclude|concluded|wrap(?:ped)? up)\b|끝났|끝난|"
                           r"마쳤|종료", re.I)
_ENDING_SAID = re.compile(r"\b(?:end|ends|ended|ending|finish\w*|complet\w*|conclu\w*|clos\w*|shut\w*|stop\w*|last|"
                          r"suspend\w*|demolish\w*|destroy\w*|blow\w*|blew)\b", re.I)


_MORNING = re.compile(r"\bmorning\b|오전|아침", re.I)
_AFTERNOON = re.compile(r"\b(?:afternoon|evening|night)\b|오후|저녁|밤", re.I)


def _time(index, st: dict, reading) -> Offer | None:
    picked = _picked(index, st, reading, "time")
    if picked:
        return picked
    found = _date(index, st, reading)
    if found and "T" in found.value:
        hour = int(found.value.split("T")[1][:2])
        morning, afternoon = bool(_MORNING.search(reading.text)), bool(_AFTERNOON.search(reading.text))
        if morning != afternoon and (hour >= 12) == morning:
            return None  # 'what time was the morning call': not the lines cut at noon
        return Offer("time", found.value, found.display, st["id"])
    if st["kind"] == "attribute" and re.search(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", st.get("value", ""), re.I):
        return Offer("time", st["value"], st["value"], st["id"])
    return None


def _amount(index, st: dict, reading) -> Offer | None:
    picked = _picked(index, st, reading, "amount")
    if picked:
        return picked
    if _AREA_ASKED.search(reading.text):  # 'what was the floor area': a size in square metres, not a sum of money
        value = st.get("value", "") if st["kind"] == "attribute" else ""
        return Offer("amount", value, value, st["id"]) if _AREA_SAID.search(value) else None
    if st["kind"] == "figure":
        if st.get("summed") and not _WHOLE.search(reading.text):
            return None  # 'how much did Seoul spend to renovate the office': a part, not the 33.82 billion of everything
        paired = st.get("paired")
        if paired and st["currency"] != "USD" and set(reading.words) & _DOLLARS:
            return Offer("amount", f"{paired['amount']} {paired['currency']}", f"{paired['stated']} ({st['stated']})", st["id"])
        display = st["stated"] + (f" ({paired['stated']})" if paired else "")
        return Offer("amount", f"{st['amount']} {st['currency']}", display, st["id"])
    if st["kind"] == "attribute" and "amount" in _kinds(st.get("value", "")):  # '15 storeys' is no amount
        return Offer("amount", st["value"], st["value"], st["id"])
    return None


_AREA_ASKED = re.compile(r"\b(?:floor area|floor space|surface|square (?:met(?:re|er)s?|feet|foot)|sq\.? ?m|m²|m2)\b|"
                         r"\barea\b|면적|제곱미터|평방미터", re.I)
_AREA_SAID = re.compile(r"m²|square met(?:re|er)s?|제곱미터")

# what asks for a sum of several costs rather than one of them: 'in total', 'altogether', 'with the
# project management', 'by June 2020', 'so far'
_WHOLE = re.compile(r"\b(total|totals|totalled|totaled|altogether|together|combined|overall|in all|all told|sum|summed|add "
                    r"up|adds up|added up|everything|including|included|with|by (?:the time|then|june|mid)|so far|to date|"
                    r"cumulative|whole|entire)\b|합계|총|모두|전부|합쳐|합하|포함|누적|지금까지", re.I)


def _kinds(text: str) -> set[str]:
    """The kinds of value a text states, as the shared reader reads them (amount, count, date…)."""
    from ..reader.values import values

    return {v.kind for v in values(text)}
_DOLLARS = frozenset("dollar dollars usd greenback greenbacks buck bucks $ 달러".split())


_NUMBERED_ASKED = re.compile(r"몇\s*(?:번째|차)|\b(?:which|what)[- ]numbered\b|\b(?:which|what) number(?:ed)? "
                            r"(?:meeting|session)\b|\b(?:meeting|session) number\b", re.I)
_NUMBERED_SAID = re.compile(r"\b\d+(?:st|nd|rd|th)\b(?: (?:[\w-]+ ){0,2}?(?:meeting|session|summit)s?)?|제\s*\d+\s*차(?:\s*\S+)?")
_COUNT_SIDE = re.compile(r"\bhow many (north|south)(?:ern)?\b|(북한|북측|남한|남측)\s*(?:\S+\s+){0,2}?몇", re.I)


_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:did|do|does|were|was|are|is|"
                       r"have|has|had|in|at|of|on|from|to|per|a|each|would|will|could|went|came|left|returned|worked|"
                       r"work|attended|there|got|used|after|before|since|later|earlier|between|during|when)\b"
                       r"|\s*[?.,!]|\s*$)", re.I)
_KO_UNIT = re.compile(r"몇\s*(명|층|번|차례|회|일|개월|년|시간|분|개|곳|kg|킬로그램|톤)")
_KO_UNITS = {"명": "people", "층": "floor", "번": "times", "차례": "times", "회": "times", "일": "days", "개월": "months",
             "년": "years", "시간": "hours", "분": "minutes", "개": "", "곳": "", "kg": "kilograms", "킬로그램": "kilograms",
             "톤": "tons"}
_PEOPLE_WORDS = frozenset("people person persons staff staffer staffers official officials employee employees worker "
                          "workers personnel koreans korean southerners northerners attendee attendees guests delegates "
                          "members member men women representatives".split())
_GENERAL = frozenset("times time days weeks months years hours minutes".split())  # spans are worked out, not stated


def _counted(reading) -> set[str]:
    """The words of what a question counts ('how many kilograms of explosives': kilograms; '몇 층':
    floor); empty when it names nothing or only people."""
    m = _HOW_MANY.search(reading.text)
    if m:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", m.group("what"))]
    else:
        k = _KO_UNIT.search(reading.text)
        words = _KO_UNITS.get(k.group(1), "").split() if k else []
    words = [w for w in words if w not in ("north", "south", "korean", "more", "different", "separate", "other")]
    if not words or words[-1] in _GENERAL or _people(words[-1]):
        return set()  # whom it counts is judged by the side rule and the ranking
    return {reading.corrected.get(words[-1], words[-1])}  # 'storys': as the reader respelt it


def _people(word: str) -> bool:
    """A word for people, or one misspelt by a letter ('peple')."""
    if word in _PEOPLE_WORDS:
        return True
    from rapidfuzz.distance import OSA

    return len(word) >= 5 and any(OSA.distance(word, w) <= 1 for w in _PEOPLE_WORDS if len(w) >= 5)


def _counts_it(st: dict, counted: set[str]) -> bool:
    """Whether the fact speaks of what the question counts, in its words or the glossary's."""
    from ..reader import glossary
    from .ask import _stems

    if not counted:
        return True
    held = _stems(re.findall(r"[^\W\d_]+", " ".join(str(st.get(k) or "") for k in ("attribute", "value", "sentence",
                                                                                   "label")).lower()))
    english = glossary.english()
    return any(_stems([w, *english.get(w, ())]) & held for w in counted)


def _count(index, st: dict, reading) -> Offer | None:
    """A count the fact states, of what the question counts ('how many kilograms of explosives' is
    not answered by '15 storeys'); none of the other side ('how many North Koreans returned': not
    '58 South Koreans')."""
    if _NUMBERED_ASKED.search(reading.text):  # 'at which numbered meeting': an ordinal the fact states, or none
        text = str(st.get("value") or st.get("sentence") or "")
        m = _NUMBERED_SAID.search(text)
        return Offer("count", m.group(0), m.group(0), st["id"]) if m else None
    found = _count_any(index, st, reading)
    if found is not None and not _counts_it(st, _counted(reading)):
        return None
    if found is not None and _TIMES_ASKED.search(reading.text) and not _TIMES_SAID.search(found.display):
        return None  # 'how many times a day did they call': how often, not '58 South Koreans'
    if found is not None and _EACH_SIDE.search(reading.text) and not _EACH_SIDE.search(found.display) and \
            re.search(r"\b(?:south|north)(?:ern)?\b|남측|북측|남한|북한", found.display, re.I):
        return None  # 'how many staff did each side have': not '58 South Koreans', of one side
    asked = _COUNT_SIDE.search(reading.text)
    if found is None or not asked:
        return found
    side = "north" if (asked.group(1) or "").lower() == "north" or asked.group(2) in ("북한", "북측") else "south"
    other = "south" if side == "north" else "north"
    shown = found.display.lower()
    if side not in shown and other not in shown and st["kind"] == "event":  # '17 officials': of the side its sentence names
        shown = st.get("sentence", "").lower()
    return None if other in shown and side not in shown else found


_EACH_SIDE = re.compile(r"\beach (?:side|korea|country|of the (?:two )?(?:sides|koreas))\b|\bboth (?:sides|koreas)\b|"
                        r"\bper side\b|\ba side\b|각각|양측|각 측|남북 각|측마다", re.I)
_TIMES_ASKED = re.compile(r"\bhow many times\b|몇\s*(?:번|차례|회)(?!\s*째)", re.I)
_TIMES_SAID = re.compile(r"\b(?:once|twice|thrice|times?|daily|weekly|monthly|a day|a week|per day|per week)\b|번|회",
                         re.I)
_TOTAL_ASKED = re.compile(r"\b(?:in total|in all|all told|altogether|total|overall)\b|모두 합|총 몇", re.I)


_BOTH = re.compile(r"\b(?:the|both|of)\s+two\s+(?:Koreas|sides|countries|states|leaders|heads)\b", re.I)


_MONTH_NAMES = "|".join(MONTHS)
_DATES = re.compile(rf"\b\d{{1,2}}(?:[–-]\d{{1,2}})?\s+(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b")


def _people_asked(reading) -> bool:
    """Whether a question counts people ('how many staff', '몇 명')."""
    m = _HOW_MANY.search(reading.text)
    if m:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", m.group("what"))]
        return bool(words) and _people(words[-1])
    return bool(re.search(r"몇\s*명", reading.text))


def _people_count(st: dict, reading) -> Offer | None:
    """Of an attribute's counts, the first of people ('15 to 20 staff on each side', of the co-heads'
    attribute), or of what the question names ('about 100 attended'); None when it counts no one."""
    from ..reader.values import values
    from .ask import _stems

    value = st.get("value", "")
    wanted = _stems([*reading.subject, *reading.words])
    for v in values(value):
        noun = [w.lower() for w in re.findall(r"[^\W\d_]+", v.noun or "")]
        own = set(noun) - {"korea", "koreas"}  # 'the two Koreas' counts no one (and is no misspelt 'Korean')
        if v.kind != "count" or not own or not (own & _PEOPLE_WORDS or _stems(own) & wanted):
            continue
        tail = re.search(r"[,;(]|$", value[v.start:])
        shown = value[v.start:v.start + tail.start()].strip()
        high = getattr(v, "high", None)
        return Offer("count", f"{v.value}–{high}" if high else str(v.value), shown, st["id"])
    return None


def _count_any(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "attribute" and _people_asked(reading) and \
            not _people(st.get("attribute", "").split()[-1].lower() if st.get("attribute") else ""):
        return _people_count(st, reading)  # 'how many staff did each side have': not the working hours' '9 a.m.'
    undated = _DATES.sub("", _BOTH.sub("", st.get("value", "")))  # 'since February 2016 … the two Koreas' counts nothing
    if st["kind"] == "attribute" and (_COUNT.search(undated) or _COUNT.search(st.get("attribute", ""))):
        counted = _kinds(st["value"]) - {"date"}  # a value whose only numbers are dates: its name counts
        if not counted and _TOTAL_ASKED.search(reading.text):
            return None  # 'how many meetings were held in total': 'weekly' is how often, not how many
        shown = st["value"] if counted else f"{st['attribute']}: {st['value']}"  # ('weekly meetings: …')
        return Offer("count", st["value"], shown, st["id"])
    if st["kind"] in ("event", "entity"):
        text = st["sentence"]
        rest = text[len(st.get("label", "")):]
        picked = _count_of(rest, reading) if st["kind"] == "event" else None
        if picked is not None:  # '41 support staff' for 'how many support staff', of '58 South Koreans (17 officials...)'
            return Offer("count", str(picked.value), picked.text, st["id"])
        # not a number that makes a size of a word ('the 15-storey support centre' counts no one)
        m = next((m for m in re.finditer(r"(?<![-\w])(?:all |about |some )?(\d[\d,.]*)\b(?![-‐–])(?: [\w-]+){0,3}", rest)
                  if not re.fullmatch(r"(19|20)\d\d", m.group(1)) and not re.match(r" (January|February|March|April|May|"
                  r"June|July|August|September|October|November|December)", rest[m.end(1):])), None) \
            if st["kind"] == "event" else None
        if m:
            return Offer("count", m.group(1), m.group(0).strip(), st["id"])
    return None


def _count_of(text: str, reading):
    """Of the counts a sentence states, the one whose counted words the question names most (the
    first of equals), or None when the question names what none of them counts."""
    from ..reader.values import values
    from .ask import _stems

    stated = [v for v in values(text) if v.kind == "count" and v.noun]
    counts = [v for v in stated if not re.search(r"\b(?:the|both)\s+$", text[:v.start], re.I)]  # 'the two sides'
    if len(counts) < 2:  # the one count left when a reference is set aside
        return counts[0] if counts and len(stated) > len(counts) else None
    wanted = _stems([*reading.subject, *reading.words])  # the counted may be a name: 'South Koreans'
    of_whom = re.search(r"\bhow many (?:(?:of|among) .+? )?(?:were|was|are) ([a-z][\w -]+?)\??$", reading.text.strip(), re.I)
    if of_whom:  # 'how many of the South Koreans who returned were officials': the officials are counted
        wanted = _stems(re.findall(r"[a-z]+", of_whom.group(1).lower()))
    among = re.search(r"(?:중|가운데)\s+(\S+(?:\s+\S+)?)\s+몇\s*명", reading.text)
    if among:  # '귀환한 남측 인원 중 정부 관계자는 몇 명': the officials among them are counted
        from ..reader import read

        wanted = _stems(read(among.group(1)).words) or wanted
    from ..reader import glossary

    english = glossary.english()
    wanted |= _stems([w for word in [*reading.subject, *reading.words] if word not in _PEOPLE_WORDS
                      for w in english.get(word, ())])  # 'southern': south (a word for people is no qualifier)
    held = []
    for v in counts:  # '41 support staff' counts support staff, not any staff: a word for people counts only alone
        noun = [w.lower() for w in re.findall(r"[^\W\d_]+", v.noun)]
        own = [w for w in noun if w not in _PEOPLE_WORDS] or noun
        held.append(len(wanted & _stems(own)))
    best = max(range(len(counts)), key=lambda i: (held[i], -i))
    return counts[best] if held[best] else None


def _entity(index, entity_id: str | None) -> dict:
    """The entity of that id, or {} when the id names no entity."""
    found = index.get(entity_id) if entity_id else None
    return found[1] if found and found[0] == "entity" else {}


def _entity_name(index, entity_id: str) -> str:
    return _entity(index, entity_id).get("name", entity_id)


def _is_agent(index, entity_id: str) -> bool:
    found = index.get(entity_id)
    if not found or found[0] != "entity":
        return False
    return found[1].get("kind", "") not in ("office", "building", "place", "city", "region", "zone", "document", "treaty",
                                            "agreement", "declaration", "complex")


_BELONGS_NOT = ("co-head-of", "opposes")  # relations that say nothing of a side (the office was joint)


def _side_of(index, entity_id: str) -> str | None:
    """The Korea an entity belongs to, by its relations (president-of, part-of, sister-of…) at most
    two steps away; None when unknown or both are as near."""
    sides = ("south-korea", "north-korea")
    if entity_id in sides:
        return entity_id
    frontier, seen = {entity_id}, {entity_id}
    for _ in range(2):
        reached, nxt = set(), set()
        for e in frontier:
            for rel in index.relations(e):
                if rel["source"] != e or not rel["type"].endswith("-of") or rel["type"] in _BELONGS_NOT:
                    continue
                (reached if rel["target"] in sides else nxt).add(rel["target"])
        if reached:
            return next(iter(reached)) if len(reached) == 1 else None
        frontier = nxt - seen
        seen |= nxt
    from ..reader import side_of

    found = index.get(entity_id)  # else as its description says ('South Korea's vice minister of unification')
    side = side_of(found[1].get("description", "")) if found and found[0] == "entity" else None
    return f"{side}-korea" if side else None


def _person(index, st: dict, reading) -> Offer | None:
    """The person or body a fact offers as an agent; none of the other side than the question asks
    ('which South Korean president' is not Kim Jong-un)."""
    given = _giver(index, st, reading)
    if given is not None:  # 'who put the explosion at 14:49': who gives that value
        return given
    found = _person_any(index, st, reading)
    side = getattr(reading, "side", None)
    if found is None:
        return found
    from ..index import normalize_name
    from ..reader import _names

    entity = _names(index).get(normalize_name(found.value))  # the reader's map of every name to its entity
    if entity and _restates(found.value, reading):
        return None  # 'which defector group sent the leaflets': not 'North Korean defectors', the question's own noun
    # 'who was the North's secretary-general': a person, not the General Staff nor a sentence naming none
    if _ONE_PERSON.search(reading.text) and not _BODY_ASKED.search(reading.text) and (
            (entity and _entity(index, entity).get("kind") != "person")
            or (not entity and not _people_in(index, found.value))):
        return None
    if side is None:
        return found
    if entity:
        return None if _side_of(index, entity) not in (None, side) else found
    # a value naming people ('… (for the South, Kim Chang-su)'): none when every one is of the other side
    named = set(_people_in(index, found.value))
    sides = {_side_of(index, e) for e in named}
    if named and None not in sides and side not in sides:
        return None
    ours = [e for e in named if _side_of(index, e) == side]
    if len(ours) == 1 and len(sides) > 1:  # 'the North's co-head', of an attribute naming both: Jon Jong-su alone
        name = _entity_name(index, ours[0])
        return Offer("person", name, name, st["id"])
    return found


# a post or part only one person holds ('who was the North's secretary-general', '설계한 건축가는 누구'): a
# person answers it, not a body or a sentence that names no one
_ONE_PERSON = re.compile(r"\b(?:secretary-general|secretary general|co-head|president|minister|chairman|chairwoman|"
                         r"spokes(?:man|woman|person)|architect|designer|commander|soldier|ambassador|deputy|envoy)\b|"
                         r"사무처장|소장|장관|대통령|위원장|지휘관|건축가|설계자|대변인", re.I)
_BODY_ASKED = re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:country|state|government|ministry|agency|body|council|"
                         r"committee|fund|group|organi[sz]ation|unit|outlet|side)\b|어느 (?:나라|기관|단체|부처)", re.I)
_SIDE_WORDS = frozenset("north south korea korean koreas koreans the of".split())


def _restates(name: str, reading) -> bool:
    """Whether a name says nothing but the question's own words, besides the Koreas' ('which defector
    group sent the leaflets': 'North Korean defectors' restates the question; 'which agency reported
    it': 'Korean Central News Agency' does not)."""
    own = {w.rstrip("s") for w in re.findall(r"[a-z]+", name.lower())} - {w.rstrip("s") for w in _SIDE_WORDS}
    asked = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", reading.text)}
    return bool(own) and own <= asked


_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s?m\b\.?)?", re.I)
# words that ask who gives a value, not who did the act ('who put the blast at 14:49', 'which source
# gave 2:49 p.m.'; 'who blew up the office at 14:50' asks the doer)
_GIVING = re.compile(r"\b(?:put|puts|gave|give|gives|given|report\w*|record\w*|said|say|says|timed|clocked|"
                     r"according|source|sources|announc\w*|stated?|claims?|claimed)\b|밝힌|밝혔|발표|보도|파악|기준", re.I)


def _giver(index, st: dict, reading) -> Offer | None:
    """For a question that asks who gives a time one of the fact's claims gives ('who put the blast
    at 14:49'), who gives it; None when it names none or asks who did the act."""
    if not _GIVING.search(reading.text):
        return None
    asked = set()
    for m in _CLOCK.finditer(reading.text):
        hour = int(m.group(1)) % 12 + (12 if (m.group(3) or "").lower() == "p" else 0) if m.group(3) else int(m.group(1))
        asked.add(f"{hour:02d}:{m.group(2)}")
    if not asked:
        return None
    for claim in _claims(index, st.get("record", "")):
        for value in claim.get("values", []):
            when = (value.get("date") or {}).get("value", "")
            if "T" in when and when.split("T")[1][:5] in asked and _by(index, value):
                by = _by(index, value)
                return Offer("person", by, f"{by} ({value.get('value') or when})", st["id"])
    return None


def _person_any(index, st: dict, reading) -> Offer | None:
    kind = st["kind"]
    named = set(reading.entities) - set(getattr(reading, "related", ()))  # 'president' adds Moon: the answer
    if kind == "relation":
        source, target = st["record"], st["target"]
        agent = target if st["relation"].endswith("-by") else source
        other = source if agent == target else target
        if agent in named and other not in named and not st["relation"].endswith("-by"):
            agent = other
        if _is_agent(index, agent):
            name = _entity_name(index, agent)
            return Offer("person", name, name, st["id"])
        return None
    if kind == "entity":
        if _is_agent(index, st["record"]) and st["record"] not in named:
            found = index.get(st["record"])
            return Offer("person", found[1]["name"], found[1]["name"], st["id"])
        return None
    if kind == "quote":
        return Offer("person", st["speaker_name"], st["speaker_name"], st["id"])
    if kind == "attribute" and re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?\b", st.get("value", "")):
        one = _the_one_of(index, st.get("value", ""), reading)
        if one:  # 'the North's co-head', of 'Chun Hae-sung (...) and Jon Jong-su (...)'
            return Offer("person", one, one, st["id"])
        return Offer("person", st["value"], st["value"], st["id"])
    if kind in ("event", "figure"):
        agents = [e for e in st.get("entities") or [] if _is_agent(index, e) and e not in named]
        if agents:
            done_to = _done_to(index, st, agents, reading) if kind == "event" else None
            name = _entity_name(index, done_to or _doer(index, agents, reading))
            return Offer("person", name, name, st["id"])
    return None


_PASSIVE_WHO = re.compile(r"^\s*(?:who|whom|which\s+\w+|what\s+\w+)\s+(?:was|were|got|had\s+been|has\s+been)\s+"
                          r"(?:\w+ed|sued|sent|hit|told|blamed|attacked|threatened|targeted|warned|accused)\b(?!.*\bby\b)", re.I)


def _done_to(index, st: dict, agents: list[str], reading) -> str | None:
    """For 'who was sued over the office' (a passive asking who the act was done to), the agent its
    title names after the doer ('South Korea sues North Korea': North Korea); None otherwise."""
    if not _PASSIVE_WHO.search(reading.text):
        return None
    title = (st.get("label") or "").lower()
    placed = []
    for e in agents:
        found = _entity(index, e)
        names = [found.get("name", ""), *(found.get("aliases") or [])]
        at = min((title.find(n.lower()) for n in names if n and n.lower() in title), default=-1)
        if at >= 0:
            placed.append((at, e))
    placed.sort()
    return placed[1][1] if len(placed) >= 2 else None


def _doer(index, agents: list[str], reading) -> str:
    """Of a fact's agents, the one that did what the question asks of ('which body approved the
    renovation budget': of the Fund and the Council, the Council, by the Fund's spending-approved-by
    relation); else the first."""
    asked = {w[:6] for w in reading.subject if len(w) >= 5}
    for e in agents:
        for rel in index.relations(e):
            acts = {part[:6] for part in rel["type"].split("-") if len(part) >= 5}
            if rel["source"] == e and rel["type"].endswith("-by") and rel["target"] in agents and acts & asked:
                return rel["target"]
    which = re.match(r"\s*(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(agency|outlet|media|newspaper|paper|ministry|"
                     r"council|fund|committee|army|military|country|state|government|group)\b", reading.text, re.I)
    if which:  # 'which agency reported the blast': of North Korea and KCNA, the agency
        noun = which.group(1).lower()
        kinds = {"agency": ("media",), "outlet": ("media",), "media": ("media",), "newspaper": ("media",),
                 "paper": ("media",), "country": ("country",), "state": ("country",), "government": ("country",),
                 "fund": ("fund",), "group": ("group",)}.get(noun, ())
        for e in agents:
            entity = _entity(index, e)
            if entity.get("kind") in kinds or noun in entity.get("name", "").lower():
                return e
    return agents[0]


def _people_in(index, value: str) -> dict[str, str]:
    """The people a text names, by any of their names: {entity id: the name written}."""
    return {e: label for label, e in index.names() if label in value
            and (index.get(e) or ("", {}))[1].get("kind") == "person"}


def _the_one_of(index, value: str, reading) -> str | None:
    """Of the people an attribute's value names, the one whose own description names what the
    question names ('the North's': North Korea), when exactly one does."""
    if not reading.entities:
        return None
    people = _people_in(index, value)
    if len(people) < 2:
        return None
    wanted = [label for label, e in index.names() if e in reading.entities and len(label) > 3]
    matched = []
    for e in people:
        description = (index.get(e)[1].get("description") or "")
        if any(re.search(rf"(?<!\w){re.escape(label)}(?!\w)", description, re.I) for label in wanted):
            matched.append(e)
    return _entity_name(index, matched[0]) if len(matched) == 1 else None


_PLACES = ("place", "city", "region", "zone", "complex", "industrial-zone", "building", "country")
# 'in which North Korean city …', 'liaison office city location': a place inside a country, which a
# country does not answer
_INSIDE = re.compile(r"\b(?:city|town|village|province|district)\b|도시|마을|"
                     r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:zone|complex|park|site|region|area)\b", re.I)


_NEAR = re.compile(r"\b(?:next|beside|besides|near|nearby|nearest|adjacent|adjoining|neighbou?r\w*|close)\b|옆|인근|근처|이웃|"
                   r"바로 옆|맞은편", re.I)


def _place(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "relation" and st["relation"] in ("located-in", "neighbour-of", "part-of"):
        found = index.get(st["record"])
        if st["relation"] == "part-of" and found and found[1].get("kind") not in _PLACES:
            return None  # the Cooperation Fund is part of South Korea's government, not a place in it
        if st["relation"] == "neighbour-of" and not _NEAR.search(reading.text):
            return None  # 'inside which industrial zone did the office stand': not the building next door
        target = index.get(st["target"])
        if target and target[1].get("kind") == "country" and _INSIDE.search(reading.text):
            return None
        end = st["target"]
        if st["relation"] == "neighbour-of" and end in reading.entities and st["record"] not in reading.entities:
            end = st["record"]  # 'what stood next to the liaison office': the other building, not the office
        name = _entity_name(index, end)
        return Offer("place", name, name, st["id"])
    if st["kind"] == "attribute" and re.search(r"\b(floor|located)\b", st.get("value", ""), re.I):
        return Offer("place", st["value"], st["value"], st["id"])
    if st["kind"] == "entity":
        found = index.get(st["record"])
        if found and found[1].get("kind") in _PLACES:
            return Offer("place", found[1]["name"], found[1]["name"], st["id"])
    if st["kind"] == "event":  # 'Third summit, in Pyongyang': where the event itself took place
        own = re.split(r"\b(?:because|after|before|following|since|when)\b", st.get("sentence", ""))[0]
        from ..index import normalize_name
        from ..reader import _names

        for m in re.finditer(r"\b(?:in|at) ((?:[A-Z][\w'’-]+ ?)+)", own):
            place = m.group(1).strip()
            if normalize_name(place) in _names(index) or place.lower() in st["id"]:
                return Offer("place", place, place, st["id"])
    return None


def _reason(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "event":
        record = index.get(st["record"])
        causes = (record[1].get("caused_by") or []) if record else []
        titles = [index.get(c)[1]["title"] for c in causes if index.get(c)]
        if titles:
            return Offer("reason", "; ".join(titles), "; ".join(titles) + _first_cause(index, causes), st["id"])
    if st["kind"] == "entity":  # 'North Korean defectors: Defectors … who sent leaflets…, the cause of…'
        found = index.get(st["record"])
        description = (found[1].get("description") or "") if found else ""
        if _REASON.search(description):
            display = f"{found[1]['name']}: {description}"
            return Offer("reason", display, display, st["id"])
    said = st["sentence"] if st["kind"] == "event" else re.sub(r"\bafter\s+\d[^;,.]*", "", st["sentence"])
    if _REASON.search(said):  # ('none held after 22 February 2019' is when, not why)
        label = st.get("label") or st["sentence"]
        because = _BECAUSE.search(st["sentence"]) if st["kind"] == "event" else None
        if because and because.group(0) not in label:  # 'Last weekly meeting of the co-heads: because relations …'
            return Offer("reason", because.group(0), f"{label}: {because.group(0)}", st["id"])
        return Offer("reason", label, label, st["id"])
    return None


# the clause of an event's summary that gives its cause, to the end of its sentence
_BECAUSE = re.compile(r"\b(?:because|due to)\b[^.;]*", re.I)


def _first_cause(index, causes: list[str], steps: int = 3) -> str:
    """Where a chain of causes starts, when it starts before the direct cause, with that cause's own
    sources: ', after: Kim Yo-jong threatens to shut the liaison office unless the South stops
    defectors' leaflets (4 June 2020; yonhap-2020-06-05, …)' for the demolition, whose direct cause
    is her warning of 13 June; '' when the chain is one step."""
    first = None
    for _ in range(steps):
        found = index.get(causes[0]) if len(causes) == 1 else None
        earlier = (found[1].get("caused_by") or []) if found else []
        if not earlier or not index.get(earlier[0]):
            break
        first, causes = index.get(earlier[0])[1], earlier
    if first is None:
        return ""
    cited = ", ".join(dict.fromkeys(c["source"] for c in first.get("citations") or [] if c.get("source")))
    return f", after: {first['summary'].rstrip('.')} ({_date_display(first['date'], False)}" + \
        (f"; {cited})" if cited else ")")  # the cause's own sources: the answer line cites the asked event's


def _quotation(index, st: dict, reading) -> Offer | None:
    if st["kind"] != "quote":
        return None
    display = f"“{st['words']}” ({st['speaker_name']}, {_date_display(st['date'])})"
    return Offer("quotation", st["words"], display, st["id"])


_AGREEMENT_ASKED = re.compile(r"\b(?:agreements?|accords?|declarations?|treaty|pact|deal|document)\b|선언|합의|협정|문서|조약",
                              re.I)


_RELATION_ASKED = re.compile(r"\b(?:related|relation|relationship|connection|connected)\b|관계", re.I)


def _relation(index, st: dict, reading) -> Offer | None:
    if st["kind"] != "relation":
        return None
    # 'which agreement set up the office': the Panmunjom Declaration, by a relation of the thing the question
    # names ('which treaty ended the Korean War' names nothing of the record, and gets no agreement)
    if _AGREEMENT_ASKED.search(reading.text):
        for end, other in ((st["target"], st["record"]), (st["record"], st["target"])):
            found = _entity(index, end)
            if other in reading.entities and end not in reading.entities and \
                    found.get("kind") in ("agreement", "declaration", "treaty", "document"):
                return Offer("relation", found["name"], found["name"], st["id"])
        if not _RELATION_ASKED.search(reading.text):
            return None  # an agreement asked, not how two things are related: no other relation answers
    return Offer("relation", st["label"], st["label"], st["id"])


_PURPOSE_ASKED = re.compile(r"\b(?:pay|paid|cover|covered|buy|bought|fund|go|went|spent)\s+(?:for|on|to|towards?)\b", re.I)


def _description(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "figure":  # 'what did the 9.78 billion won pay for': what the sum paid for
        if st.get("summed") and not _WHOLE.search(reading.text):
            return None  # (not the 33.82 billion won of everything)
        found = index.get(st["id"])
        paid_for = (found[1].get("paid_for") or "") if found else ""
        return Offer("description", paid_for, f"{st['stated']}: {paid_for}", st["id"]) if paid_for else None
    if st["kind"] != "entity" or _PURPOSE_ASKED.search(reading.text):
        return None  # (what a sum paid for is no entity's description)
    found = index.get(st["record"])
    doc = found[1]
    hangul = f" ({doc['hangul']})" if doc.get("hangul") else ""
    return Offer("description", doc["name"], f"{doc['name']}{hangul}: {doc.get('description', '')}", st["id"])


def _any(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "event":
        return Offer("event", st["label"], f"{st['label']} ({_date_display(st['date'])})", st["id"])
    if st["kind"] == "figure":
        return _amount(index, st, reading)
    if st["kind"] == "quote":
        return _quotation(index, st, reading)
    if st["kind"] == "attribute":
        return Offer("attribute", st["value"], f"{st['attribute']}: {st['value']}", st["id"])
    if st["kind"] == "entity":
        return _description(index, st, reading)
    return Offer(st["kind"], st.get("label", ""), st.get("label", ""), st["id"])


_OFFERS = {"date": _date, "time": _time, "amount": _amount, "count": _count, "person": _person, "place": _place,
           "reason": _reason, "quotation": _quotation, "relation": _relation, "description": _description}


def direct(best: dict, offer_: Offer | None, reading) -> Offer:
    """The answer line for the first fact: the value it offers, or its own label."""
    if offer_ is not None:
        return offer_
    return _any(None, best, reading) if best["kind"] in ("event", "attribute", "quote") else \
        Offer(best["kind"], best.get("label", ""), best.get("label", ""), best["id"])
