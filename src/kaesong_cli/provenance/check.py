"""Checking a sentence against the record: supported, contradicted, disputed, or not in the record.

1. The statements the claim is about are found as `ask` finds answers (words and meaning, the
   same floors: a claim about nothing the base records is not in the record).
2. What the claim asserts that can be compared exactly is read out of it: dates (at their own
   precision), times of day, amounts (through the money reader, in either currency) and counts
   ('six floors').
3. Each is compared with the best-ranked statement that states the same kind of value, and with
   the values of any claim the sources dispute about the same record:
   supported (it matches the value on record, or the preferred one), disputed (it matches a value
   some source gives, not the preferred one), contradicted (it matches none; the value on record
   is given; a deprecated value counts as contradicted).
4. The verdict is the worst of the comparisons: contradicted, then disputed, then supported. Never
   a verdict without evidence: each comparison names its statement and citations.
"""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal

from ..dates import MONTHS, PartialDate

SUPPORTED, CONTRADICTED, DISPUTED, NOT_IN_RECORD = "supported", "contradicted", "disputed", "not in the record"
DEPTH = 10  # statements considered, best first
CLOSE = 0.75  # figures ranked within this share of the best figure's score are candidates for an amount
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?" \
         r"|nov(?:ember)?|dec(?:ember)?)\.?"
# The forms of a date a claim may use, each with how its groups make (year, month, day); read by
# claimed_dates() and set aside by topic(). The order is the order of preference at one place.
_DATES = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I), (3, 2, 1)),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), (3, 1, 2)),
    (re.compile(r"(\d{4})년\s*(\d{1,2})월(?:\s*(\d{1,2})일)?"), (1, 2, 3)),
    (re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I), (2, 1, None)),
    (re.compile(r"\b(?:in|of|since|during)\s+(\d{4})\b", re.I), (1, None, None)),
]
_TIME = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b", re.I)
_COUNT_WORDS = {w: n for n, w in enumerate("""zero one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split())}
_COUNT = re.compile(rf"\b(\d{{1,3}}|{'|'.join(_COUNT_WORDS)})[\s-]+(?:floors?|stor(?:e?y|eys|ies))\b", re.I)


class Check:
    """One comparison: what the claim asserts, what the record holds, and the result."""

    def __init__(self, kind: str, asserted: str, result: str, on_record: str, statement: dict, others: str = "",
                 how: str = ""):
        self.kind, self.asserted, self.result, self.on_record = kind, asserted, result, on_record
        self.statement, self.others, self.how = statement, others, how

    def as_json(self) -> dict:
        st = self.statement
        return {"kind": self.kind, "asserted": self.asserted, "result": self.result, "on_record": self.on_record,
                "other_values": self.others or None, "how": self.how or None, "statement": st["id"],
                "sentence": st["sentence"], "cited": st["cited"], "citations": st["citations"]}


class Verdict:
    def __init__(self, claim: str, verdict: str, checks: list[Check], why: str = ""):
        self.claim, self.verdict, self.checks, self.why = claim, verdict, checks, why


def check(index, claim: str, model=None, vectors=None) -> Verdict:
    from ..answer import ask

    question = ask.read(index, topic(claim))  # what the claim is about, without the values it asserts
    question.unknown = ask.unknown_names(index, claim)
    order = ask.ranked(ask.candidates(index, question, model, vectors))
    if not order or question.unknown or not ask.answerable(order[0][1].similarity, order[0][1].words_held):
        why = f"it names what the fact base never mentions ({', '.join(question.unknown)})" if question.unknown else \
            "no statement of the fact base is about it"
        return Verdict(claim, NOT_IN_RECORD, [], why)
    statements = [c.statement for _, c in order[:DEPTH]]
    disputes = _disputes(index, statements)
    figures = [(score, c.statement) for score, c in order if c.statement["kind"] == "figure"]
    close = [st for score, st in figures if score >= CLOSE * figures[0][0]] if figures else []
    checks = [c for c in (_date(claim, statements, disputes), _time(claim, statements, disputes),
                          _amount(claim, close, _disputes(index, close)), _count(claim, statements)) if c]
    if not checks:
        return Verdict(claim, NOT_IN_RECORD, [],
                       "it asserts nothing kaesong can compare exactly (a date, a time, an amount or a count)")
    results = {c.result for c in checks}
    verdict = CONTRADICTED if CONTRADICTED in results else DISPUTED if DISPUTED in results else SUPPORTED
    return Verdict(claim, verdict, checks)


def topic(claim: str) -> str:
    """The claim without the dates, times, amounts and counts it asserts: retrieval looks for the
    fact the claim is about, not for other facts that share its numbers ('2020', '9.78 billion')."""
    from ..errors import UsageError
    from ..money import read_amount

    text = claim
    with contextlib.suppress(UsageError):
        text = text.replace(read_amount(claim).read, " ")
    for pattern in [*(p for p, _ in _DATES), _TIME]:
        text = pattern.sub(" ", text)
    return " ".join(text.split()) or claim


def _disputes(index, statements: list[dict]) -> dict[str, list[dict]]:
    """The disputed values of the records these statements come from: record id -> claims."""
    records = {st["record"] for st in statements if st.get("disputed")}
    out: dict[str, list[dict]] = {}
    if records:
        for claim in index.records("claim"):
            if claim["about"] in records:
                out.setdefault(claim["about"], []).append(claim)
    return out


def _values(disputes: dict, st: dict, key: str) -> list[dict]:
    return [v for claim in disputes.get(st["record"], []) for v in claim["values"] if v.get(key)]


# --- dates -----------------------------------------------------------------------------------------

def claimed_dates(text: str) -> list[PartialDate]:
    """'17 June 2020', 'June 17, 2020', '2020-06-17', 'June 2020', '2020년 6월 17일', 'in 2019'."""
    found: list[tuple[int, PartialDate]] = []
    for pattern, (year, month, day) in _DATES:
        for m in pattern.finditer(text):
            parts = [m.group(g) if g else None for g in (year, month, day)]
            month_number = None if parts[1] is None else int(parts[1]) if parts[1].isdigit() else _month(parts[1])
            try:
                date = PartialDate.parse(parts[0] + (f"-{month_number:02d}" if month_number else "")
                                         + (f"-{int(parts[2]):02d}" if parts[2] else ""))
            except ValueError:
                continue
            if all(abs(m.start() - other) > 3 for other, _ in found):  # one date a place, the fullest form
                found.append((m.start(), date))
    return [d for _, d in sorted(found, key=lambda item: item[0])]


def _month(word: str) -> int:
    return next(i for i, name in enumerate(MONTHS, start=1) if name.lower().startswith(word.rstrip(".").lower()[:3]))


def _date(claim: str, statements: list[dict], disputes: dict) -> Check | None:
    dates = claimed_dates(claim)
    if not dates:
        return None
    asserted = dates[0]
    st = next((s for s in statements if s.get("date") and s["kind"] in ("event", "quote", "figure")), None)
    if st is None:
        return None
    on_record = PartialDate.parse(st["date"]["value"])
    same = asserted.first_day() <= on_record.last_day() and on_record.first_day() <= asserted.last_day()
    how = "" if asserted.precision == on_record.precision or on_record.precision == "minute" else \
        f"compared at the record's precision ({on_record.precision})"
    return Check("date", asserted.long(), SUPPORTED if same else CONTRADICTED, st["date"]["display"], st, how=how)


# --- times of day ----------------------------------------------------------------------------------

def claimed_times(text: str) -> list[str]:
    """'2:50 p.m.' -> '14:50', '14:49', '3 pm' -> '15:00', 'at 9:00' -> '09:00'."""
    out = []
    for m in _TIME.finditer(text):
        if m.group(4):
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
            hour += 12 if m.group(3).lower().startswith("p") else 0
        if hour < 24 and minute < 60:
            out.append(f"{hour:02d}:{minute:02d}")
    return out


def _time(claim: str, statements: list[dict], disputes: dict) -> Check | None:
    times = claimed_times(claim)
    if not times:
        return None
    asserted = times[0]
    st = next((s for s in statements if (s.get("date") or {}).get("precision") == "minute"), None)
    if st is None:
        return None
    values = _values(disputes, st, "date")
    recorded = st["date"]["value"][11:16]
    tz = st["date"].get("tz", "")
    others = " · ".join(f"{v['value']} ({v['cited']})" for v in values if v["date"]["value"][11:16] != asserted)
    if not values:
        result = SUPPORTED if asserted == recorded else CONTRADICTED
        return Check("time", asserted, result, f"{recorded} {tz}".strip(), st)
    match = next((v for v in values if v["date"]["value"][11:16] == asserted), None)
    preferred = next(v for v in values if v["rank"] == "preferred")
    result = CONTRADICTED if match is None or match["rank"] == "deprecated" else \
        SUPPORTED if match["rank"] == "preferred" else DISPUTED
    return Check("time", asserted, result, preferred["value"], st, others=others,
                 how="the sources differ on this time: see kaesong disputes")


# --- amounts ---------------------------------------------------------------------------------------

def _amount(claim: str, statements: list[dict], disputes: dict) -> Check | None:
    from ..errors import UsageError
    from ..money import read_amount, short_scale, source_rate

    try:
        reading = read_amount(claim)
    except UsageError:
        return None
    asserted, tolerance = reading.amount, reading.step / 2  # '$8.6 million' is 8.55 to 8.65 million
    comparable = [(st, on_record) for st in statements if (on_record := _in_currency(st, asserted.currency))]
    if not comparable:
        return None
    # of the figures the claim may be about, the one nearest in magnitude (the words alone cannot
    # tell the renovation's 9.78 billion won from a running cost that mentions the renovation)
    st, on_record = min(comparable, key=lambda pair: abs(pair[1].value - asserted.value))
    values = [v for v in _values(disputes, st, "amount") if v["amount"]["currency"] == asserted.currency]
    how = ""
    if on_record.currency != st["currency"]:  # the figure's own pair: converting at the source's own rate
        how = f"judged at the source's own rate, {source_rate(st).krw_per_usd:,.2f} won per dollar ({st['label']})"
    close = abs(asserted.value - on_record.value) <= tolerance
    others = " · ".join(f"{v['value']} ({v['cited']}, {v['rank']})" for v in values
                        if abs(Decimal(v["amount"]["amount"]) - asserted.value) > tolerance)
    if close:
        return Check("amount", short_scale(asserted), SUPPORTED, short_scale(on_record), st, others=others, how=how)
    match = next((v for v in values if abs(Decimal(v["amount"]["amount"]) - asserted.value) <= tolerance), None)
    result = DISPUTED if match and match["rank"] != "deprecated" else CONTRADICTED
    return Check("amount", short_scale(asserted), result, short_scale(on_record), st, others=others, how=how)


def _in_currency(st: dict, currency: str):
    """A figure statement's amount in `currency`: its own, or its paired figure's; else None."""
    from ..money import Amount

    if st["currency"] == currency:
        return Amount(Decimal(st["amount"]), currency)
    if st.get("paired") and st["paired"]["currency"] == currency:
        return Amount(Decimal(st["paired"]["amount"]), currency)
    return None


# --- counts ----------------------------------------------------------------------------------------

def claimed_counts(text: str) -> list[int]:
    """'four-story' -> 4, '15 floors' -> 15: the counts of floors and storeys a text gives."""
    return [_number(m) for m in _COUNT.finditer(text)]


def _count(claim: str, statements: list[dict]) -> Check | None:
    asserted = _COUNT.search(claim)
    if not asserted:
        return None
    for st in statements:
        recorded = _COUNT.search(st["sentence"])
        if recorded:
            result = SUPPORTED if _number(asserted) == _number(recorded) else CONTRADICTED
            return Check("count", f"{_number(asserted)} floors", result, recorded.group(), st)
    return None


def _number(m: re.Match) -> int:
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _COUNT_WORDS[word]
