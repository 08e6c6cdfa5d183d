"""The support check: a fact that cites a source's text says only what that text says.

For every fact that cites a source whose text the fact base holds (the article, for the bundled
base), each checkable value must stand in a paragraph the fact cites, in a form the project's
readers accept, or the fact must declare how the value was derived:

    date     '2020-06-16' stands as 'June 16' (the year from the source's own date), '16 June 2020',
             'June 16, 2020', '2020-06-16'; a month as 'September 2018'; a year as 'in 2018'
    time     '14:50' stands as '2:50 p.m.' or '14:50' (a date with a time is a date and a time)
    amount   9780000000 KRW stands as '9.78 billion won', '97억 8천만 원'... (the money reader),
             within the precision the paragraph writes it to
    count    4 storeys stands as 'four-story', '4 floors'
    name     an entity (of an entity, a relation's two ends, a quotation's speaker) stands under its
             name, Hangul name or an alias

Derived values: a date whose `stated` words stand in a cited paragraph and whose `resolved` says
how they were resolved (a relative date resolved); or a `derived` entry on the fact: a sum of
figures or a conversion at a rate (both checked by arithmetic), or a value from the context
sources the fact cites. Stated words that read as a date must agree with the value.

The values of a fact's free text (an attribute's value, a claim's value) are read with the same
readers; a description, summary or paid_for is read only when the fact cites nothing but held text.
Core logic: no Typer, no Rich. Works on any validated FactBase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .dates import MONTHS, PRECISIONS, PartialDate

_MONTH_WORDS = "|".join([m for m in MONTHS] + [m[:3] for m in MONTHS if len(m) > 3] + ["Sept"])
_MONTH_DAY = re.compile(rf"\b({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORDS})\b\.?(?!,?\s+\d{{4}})", re.I)
_CHUNKS = re.compile(r"[()\[\];]|,\s|\s[-–—]\s")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
DEFAULT_ARTICLE = {"organization", "office", "building", "fund", "media", "agreement"}


@dataclass
class Value:
    kind: str          # date, time, amount, count, name
    key: str           # how a derivation names it: '2020-06-16', '14:50', '9780000000', '4', a name
    shown: str         # for messages: '2020-06-16', '9.78 billion won', 'Kim Yo-jong'
    where: str         # the JSON path of the field that holds it
    date: PartialDate | None = None
    amount: Decimal | None = None
    currency: str | None = None
    count: int | None = None
    names: tuple[str, ...] = ()
    spec: object = None  # the DateSpec a date or time comes from


@dataclass
class Fact:
    path: str
    label: str
    citations: list
    derived: list
    make: object = None  # () -> its values: made only for a fact that is checked or declares derivations
    text: str = ""  # free text read only when the fact cites nothing but held text
    text_path: str = ""
    figure: object = None

    @property
    def values(self) -> list[Value]:
        if not hasattr(self, "_values"):
            self._values = self.make() if self.make else []
        return self._values


@dataclass
class Report:
    facts: int = 0        # facts in the base
    checked: int = 0      # facts that cite held text
    outcomes: list[dict] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    arithmetic: int = 0   # sums and conversions checked by arithmetic, on any fact

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o["status"] == status)

    def as_json(self) -> dict:
        return {"facts": self.facts, "facts_checked": self.checked, "values_checked": len(self.outcomes),
                "values_found": self.count("found"), "values_derived": self.count("derived"),
                "values_unsupported": self.count("unsupported"), "derivations_by_arithmetic": self.arithmetic,
                "values": self.outcomes}


def check(base) -> Report:
    """The support report of a validated fact base: every value of every fact citing held text."""
    checker = _Checker(base)
    return checker.run()


class _Checker:
    def __init__(self, base):
        self.base = base
        self.sources = {s.id: s for s in base.sources}
        self.entities = {e.id: e for e in base.entities}
        self.figures = {f.id: f for f in base.figures}
        self.readings: dict[tuple[str, int], dict] = {}
        self.report = Report()

    # --- the facts and their values ----------------------------------------------------------

    def facts(self):
        for i, e in enumerate(self.base.entities):
            p = f"entities[{i}]"
            yield Fact(p, e.id, e.citations, e.derived, lambda e=e, p=p: [self.name_value(e, f"{p}.name")],
                       e.description, f"{p}.description")
            for j, a in enumerate(e.attributes):
                q = f"{p}.attributes[{j}]"
                yield Fact(q, f"{e.id} — {a.name}", a.citations, a.derived,
                           lambda a=a, q=q: read_values(a.value, f"{q}.value"))
            for j, r in enumerate(e.relations):
                q = f"{p}.relations[{j}]"
                yield Fact(q, f"{e.id} {r.type} {r.target}", r.citations, r.derived,
                           lambda e=e, r=r, q=q: self.relation_values(e, r, q))
        for i, ev in enumerate(self.base.events):
            p = f"events[{i}]"
            yield Fact(p, ev.id, ev.citations, ev.derived,
                       lambda ev=ev, p=p: date_values(ev.date, f"{p}.date")
                       + (date_values(ev.end, f"{p}.end") if ev.end else []), ev.summary, f"{p}.summary")
        for i, q in enumerate(self.base.quotes):
            p = f"quotes[{i}]"
            yield Fact(p, q.id, q.citations, q.derived, lambda q=q, p=p: self.quote_values(q, p))
        for i, f in enumerate(self.base.figures):
            p = f"figures[{i}]"
            yield Fact(p, f.id, f.citations, f.derived, lambda f=f, p=p: figure_values(f, p), f.paid_for,
                       f"{p}.paid_for", figure=f)
        for i, claim in enumerate(self.base.claims):
            for j, v in enumerate(claim.values):
                p = f"claims[{i}].values[{j}]"
                yield Fact(p, f"{claim.id} ({_short(v.value)})", v.citations, v.derived,
                           lambda v=v, p=p: claim_values(v, p))

    def relation_values(self, e, r, q: str) -> list[Value]:
        ends = [self.name_value(e, q, "its subject ")]
        if r.target in self.entities:
            ends.append(self.name_value(self.entities[r.target], f"{q}.target", "its target "))
        return ends

    def quote_values(self, q, p: str) -> list[Value]:
        values = date_values(q.date, f"{p}.date")
        if q.speaker in self.entities:
            values.append(self.name_value(self.entities[q.speaker], f"{p}.speaker"))
        return values

    def name_value(self, entity, where: str, role: str = "") -> Value:
        names = [n for n in (entity.name, entity.hangul, *entity.aliases) if n]
        if entity.kind == "country":  # 'North Korean' for North Korea: a country's adjective
            names += [n + "n" for n in names if n.endswith("a")]
        return Value("name", entity.name, f"{role}{entity.name}", where, names=(*names, entity.id))

    # --- the check ---------------------------------------------------------------------------

    def run(self) -> Report:
        for fact in self.facts():
            self.report.facts += 1
            self.derivations(fact)
            held = [(c.source, c.paragraphs) for c in fact.citations
                    if c.source in self.sources and self.sources[c.source].text]
            if not held:
                continue
            self.report.checked += 1
            paragraphs = [(sid, n) for sid, numbers in held
                          for n in (numbers or range(1, len(self.sources[sid].text) + 1))
                          if 1 <= n <= len(self.sources[sid].text)]
            searched = "; ".join(f"{sid} ¶{', '.join(map(str, numbers))}" if numbers else f"{sid} (all its text)"
                                 for sid, numbers in held)
            values = list(fact.values)
            if len(held) == len(fact.citations) and fact.text:
                values += read_values(fact.text, fact.text_path)
            for value in values:
                self.support(fact, value, paragraphs, searched)
        return self.report

    def support(self, fact: Fact, value: Value, paragraphs: list[tuple[str, int]], searched: str) -> None:
        outcome = {"fact": fact.label, "path": value.where, "kind": value.kind, "value": value.shown}
        spec = value.spec
        if spec is not None and spec.stated and value.kind in ("date", "time") and \
                not self.stated_words_agree(fact, value, paragraphs, searched):
            self.report.outcomes.append(outcome | {"status": "unsupported", "searched": searched})
            return
        found = next((f"{sid} ¶{n}" for sid, n in paragraphs if self.stands(value, sid, n)), None)
        if found:
            self.report.outcomes.append(outcome | {"status": "found", "where": found})
            return
        declared = next((d for d in fact.derived if _names(d.value, value)), None)
        if declared is not None:
            self.report.outcomes.append(outcome | {"status": "derived", "how": declared.how})
            return
        if spec is not None and spec.resolved and value.kind in ("date", "time"):
            how = "relative date resolved" if spec.stated else "resolved"
            self.report.outcomes.append(outcome | {"status": "derived", "how": how})
            return
        self.report.outcomes.append(outcome | {"status": "unsupported", "searched": searched})
        self.report.problems.append((value.where, f"{fact.label}: the {value.kind} {value.shown} stands in none of the "
                                                  f"paragraphs searched ({searched}) in any form the readers accept, "
                                                  "and the fact declares no derivation for it"))

    def stated_words_agree(self, fact: Fact, value: Value, paragraphs, searched: str) -> bool:
        spec = value.spec
        ok = True
        for words in (w.strip() for w in spec.stated.split(";")):
            if words and not any(_normal(words) in _normal(self.sources[sid].text[n - 1]) for sid, n in paragraphs):
                self.report.problems.append((value.where, f"{fact.label}: its stated words {words!r} are not in the "
                                                          f"paragraphs searched ({searched})"))
                ok = False
        year = self.year_of(paragraphs[0][0]) if paragraphs else None
        if value.kind == "date":
            read = dates_in(spec.stated, year)
            if read and not any(_overlap(r, value.date) for r in read):
                self.report.problems.append((value.where, f"{fact.label}: the date {value.shown} disagrees with its stated "
                                                          f"words {spec.stated!r}, read as "
                                                          f"{', '.join(r.iso() for r in read)} ({searched})"))
                ok = False
        else:
            from .provenance.check import claimed_times

            read_times = claimed_times(spec.stated)
            if read_times and value.key not in read_times:
                self.report.problems.append((value.where, f"{fact.label}: the time {value.shown} disagrees with its stated "
                                                          f"words {spec.stated!r}, read as {', '.join(read_times)} "
                                                          f"({searched})"))
                ok = False
        return ok

    def year_of(self, source_id: str) -> int | None:
        published = self.sources[source_id].published
        return published.parsed().year if published else None

    def stands(self, value: Value, sid: str, n: int) -> bool:
        reading = self.reading(sid, n)
        if value.kind == "date":
            return any(_at_least_as_precise(r, value.date) for r in reading["dates"])
        if value.kind == "time":
            return value.key in reading["times"]
        if value.kind == "count":
            return value.count in reading["counts"]
        if value.kind == "amount":
            return any(a.currency == value.currency and abs(a.value - value.amount) <= step / 2
                       for a, step in reading["amounts"])
        return any(_name_in(name, reading["text"]) for name in value.names)

    def reading(self, sid: str, n: int) -> dict:
        key = (sid, n)
        if key not in self.readings:
            from .provenance.check import claimed_counts, claimed_times

            text = self.sources[sid].text[n - 1]
            self.readings[key] = {"text": _normal(text), "dates": dates_in(text, self.year_of(sid)),
                                  "times": claimed_times(text), "counts": claimed_counts(text),
                                  "amounts": amounts_in(text)}
        return self.readings[key]

    # --- declared derivations ----------------------------------------------------------------

    def derivations(self, fact: Fact) -> None:
        cited = {c.source for c in fact.citations}
        for k, d in enumerate(fact.derived):
            where = f"{fact.path}.derived[{k}]"
            if not any(_names(d.value, v) for v in fact.values + read_values(fact.text, fact.text_path)):
                self.report.problems.append((f"{where}.value", f"{fact.label}: {d.value!r} is not a value of this fact"))
                continue
            if d.how == "context":
                if not d.sources:
                    self.report.problems.append((f"{where}.sources", f"{fact.label}: a value from context names the "
                                                                     "sources that give it"))
                for s in d.sources:
                    if s not in cited:
                        self.report.problems.append((f"{where}.sources", f"{fact.label}: {s!r} is not a source this "
                                                                         "fact cites"))
                continue
            self.arithmetic(fact, d, where)

    def arithmetic(self, fact: Fact, d, where: str) -> None:
        unknown = [f for f in d.of if f not in self.figures]
        if not d.of or unknown:
            what = f"unknown figure {unknown[0]!r}" if unknown else f"a {d.how} names the figures in 'of'"
            self.report.problems.append((f"{where}.of", f"{fact.label}: {what}"))
            return
        try:
            target = Decimal(d.value)
        except InvalidOperation:
            self.report.problems.append((f"{where}.value", f"{fact.label}: a {d.how} is of an amount in digits, "
                                                           f"not {d.value!r}"))
            return
        parts = [self.figures[f] for f in d.of]
        if d.how == "sum":
            if len({p.currency for p in parts}) > 1:
                self.report.problems.append((f"{where}.of", f"{fact.label}: a sum of figures in both currencies"))
                return
            result, what = sum((p.amount for p in parts), Decimal(0)), " + ".join(str(p.amount) for p in parts)
        else:
            if len(parts) != 1 or d.rate is None:
                self.report.problems.append((where, f"{fact.label}: a conversion is of one figure at a 'rate' "
                                                    "(won per dollar)"))
                return
            part = parts[0]
            result = part.amount / d.rate if part.currency == "KRW" else part.amount * d.rate
            what = f"{part.amount} {part.currency} at {d.rate} won per dollar"
        tolerance = self.tolerance(fact, target)
        self.report.arithmetic += 1
        if abs(result - target) > tolerance:
            self.report.problems.append((f"{where}.value", f"{fact.label}: the {d.how} {what} is {_plain(result)}, "
                                                           f"not {d.value}"))

    def tolerance(self, fact: Fact, target: Decimal) -> Decimal:
        """Half the last written digit of the figure the value is (its 'stated' words); else exact."""
        from .errors import UsageError
        from .money import read_amount

        f = fact.figure
        for money in ([f, f.paired] if f is not None else []):
            if money is not None and money.amount == target:
                try:
                    return read_amount(money.stated).step / 2
                except UsageError:
                    return Decimal(0)
        return Decimal(0)


# --- readers --------------------------------------------------------------------------------------

def date_values(spec, where: str) -> list[Value]:
    try:
        date = spec.parsed()
    except ValueError:
        return []
    if date.hour is None:
        return [Value("date", date.iso(), date.iso(), where, date=date, spec=spec)]
    day = PartialDate(date.year, date.month, date.day)
    time = f"{date.hour:02d}:{date.minute:02d}"
    return [Value("date", day.iso(), day.iso(), where, date=day, spec=spec),
            Value("time", time, f"{time}{' ' + spec.tz if spec.tz else ''}", where, spec=spec)]


def figure_values(f, p: str) -> list[Value]:
    values = [amount_value(f, f"{p}.amount")]
    if f.paired:
        values.append(amount_value(f.paired, f"{p}.paired.amount"))
    return values + date_values(f.date, f"{p}.date")


def claim_values(v, p: str) -> list[Value]:
    if v.date:
        return date_values(v.date, f"{p}.date")
    if v.amount:
        return [amount_value(v.amount, f"{p}.amount")]
    return read_values(v.value, f"{p}.value")


def amount_value(money, where: str) -> Value:
    return Value("amount", _plain(money.amount), f"{money.stated} ({_plain(money.amount)} {money.currency})", where,
                 amount=money.amount, currency=money.currency)


def read_values(text: str, where: str) -> list[Value]:
    """The dates, times, amounts and counts a text gives, read as the project's readers read them."""
    if not text:
        return []
    from .provenance.check import claimed_counts, claimed_dates, claimed_times

    values = [Value("date", d.iso(), d.iso(), where, date=d) for d in claimed_dates(text)]
    values += [Value("time", t, t, where) for t in claimed_times(text)]
    values += [Value("amount", _plain(a.value), f"{_plain(a.value)} {a.currency}", where, amount=a.value,
                     currency=a.currency) for a, _ in amounts_in(text)]
    values += [Value("count", str(n), str(n), where, count=n) for n in claimed_counts(text)]
    return values


def dates_in(text: str, year: int | None) -> list[PartialDate]:
    """claimed_dates, and a day without a year ('June 16', '16 June') in the year given."""
    from .provenance.check import claimed_dates

    found = claimed_dates(text)
    if year is not None:
        for pattern, (m_at, d_at) in ((_MONTH_DAY, (1, 2)), (_DAY_MONTH, (2, 1))):
            for m in pattern.finditer(text):
                month = _month(m.group(m_at))
                try:
                    found.append(PartialDate.parse(f"{year:04d}-{month:02d}-{int(m.group(d_at)):02d}"))
                except ValueError:
                    continue
    return found


def amounts_in(text: str) -> list[tuple]:
    """Every amount of a text with its written precision: the money reader on each clause (it reads
    one amount at a time), so '9.78 billion won ($8.64 million)' gives both."""
    from .errors import UsageError
    from .money import read_amount

    out = []
    for chunk in _CHUNKS.split(text):
        if not re.search(r"\d|[일이삼사오육칠팔구십백천만억조]", chunk):
            continue
        try:
            reading = read_amount(chunk)
        except UsageError:
            continue
        out.append((reading.amount, reading.step))
    return out


def _month(word: str) -> int:
    word = word.rstrip(".").lower()[:3]
    return next(i for i, name in enumerate(MONTHS, start=1) if name.lower().startswith(word))


def _at_least_as_precise(read: PartialDate, value: PartialDate) -> bool:
    if PRECISIONS.index(read.precision) < PRECISIONS.index(value.precision):
        return False
    return read.iso()[:len(value.iso())] == value.iso()


def _overlap(a: PartialDate, b: PartialDate) -> bool:
    return a.first_day() <= b.last_day() and b.first_day() <= a.last_day()


def _normal(text: str) -> str:
    from .models import normalise_quotation

    return normalise_quotation(text).casefold()


def _name_in(name: str, text: str) -> bool:
    name = _normal(name)
    if not name:
        return False
    right = "" if _HANGUL.search(name[-1]) else r"(?!\w)"
    return re.search(rf"(?<!\w){re.escape(name)}{right}", text) is not None


def _names(declared: str, value: Value) -> bool:
    """Whether a derivation's value names this value ('8640000' or '8640000 USD', a name or an alias)."""
    wanted = " ".join(declared.split()).casefold()
    if value.kind == "name":
        return wanted in {n.casefold() for n in value.names}
    if value.kind == "amount":
        digits = wanted.split()[0] if wanted else ""
        try:
            return Decimal(digits.replace(",", "")) == value.amount
        except InvalidOperation:
            return False
    if value.kind == "date":
        return wanted.upper() == value.key or (wanted.upper()[:len(value.key)] == value.key and "T" in wanted.upper())
    if value.kind == "time":
        return wanted == value.key or wanted.endswith("t" + value.key)
    return wanted == value.key.casefold()


def _plain(amount: Decimal) -> str:
    amount = amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
    return f"{amount:f}"


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:29] + "…"
