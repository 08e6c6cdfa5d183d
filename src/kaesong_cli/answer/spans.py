"""How long passed between two things a question names ('how many days after the Panmunjom
Declaration did the office open?': 140 days), worked out from the dates of the two events of the
record they name, never read from free text; nothing when either is not clearly one event.

    between(index, reading) -> (earlier event, later event, Offer) | None
    Offer.value is an ISO 8601 duration ('P140D'; 'P31M' where a date is known to the month only)
"""

from __future__ import annotations

import math
from datetime import date

from .answers import Offer

SURE = 0.5  # the share of a phrase's subject words (weighed by rarity) an event must hold to be the one it names


def between(index, reading) -> tuple[dict, dict, Offer] | None:
    """The two events the question's span names, oldest first, and the time between them in the
    unit asked (days exactly when both are dated to the day; else about so many months or years)."""
    span = getattr(reading, "span", None)
    if not span:
        return None
    unit, first, second = span
    events = _events(index, [first, second])
    a, b = _event(index, first, events, reading), _event(index, second, events, reading)
    if a is None or b is None or a is b:
        return None
    a, b = sorted((a, b), key=lambda st: st["date"]["value"])
    return a, b, _offer(a, b, unit)


def _events(index, phrases: list[str]) -> list[dict]:
    """The dated events either phrase may name: those its words find (BM25) or its entities concern;
    never a scan of every statement (a base may hold 100,000 events)."""
    from ..reader import read
    from .ask import _lexical

    sns: list[int] = []
    for phrase in phrases:
        reading = read(phrase, index)
        sns += _lexical(index, [w for w in dict.fromkeys([*reading.words, *reading.expanded]) if w.strip()])
        about = index.statements_about(reading.entities) if reading.entities else set()
        sns += sorted(about) if len(about) <= 200 else []
    sns = list(dict.fromkeys(sns))
    return [st for st in (index.statements(sns) if sns else []) if st["kind"] == "event" and (st.get("date") or {}).get("value")]


def _event(index, phrase: str, events: list[dict], whole) -> dict | None:
    """The one event a phrase names: the one whose title holds most of its subject words (rarer
    words weigh more; a word's glossary equivalents count as the word; an entity named counts when
    the event is about it), at least SURE of them; failing any title, the one whose whole text does.
    A tie is broken by the whole question's other words and entities (the liaison office's, unless
    its words name another thing: 'its opening' is the liaison office's)."""
    from ..reader import read
    from .ask import _cover, _stems, _syn, _text, _words
    from .words import IRREGULAR

    reading = read(phrase, index)
    wanted = {w: _stems([w, IRREGULAR.get(w, w)]) | _syn(w) | _syn(IRREGULAR.get(w, w)) for w in reading.subject}
    wanted.update({e: {e} for e in reading.entities})  # 'the Panmunjom Declaration': an event about it
    if not wanted:
        return None
    about = {st["id"]: set(st.get("entities") or []) | {e for e in reading.entities if e in st["id"]} for st in events}
    titles = {st["id"]: _stems(_words(st.get("label") or "")) | about[st["id"]] for st in events}
    texts = {st["id"]: _stems(_words(_text(st) + " " + st["sentence"])) | about[st["id"]] for st in events}
    context = {w: _stems([w]) | _syn(w) for w in whole.subject if w not in wanted}
    entities = set(whole.entities) | {"liaison-office"}  # the record's own subject, unless words say otherwise
    for held in (titles, texts):
        # a word held by few of the events says more than one held by all (as ask weighs a fact's words)
        rarity = {w: math.log((len(events) + 1) / (0.5 + sum(1 for h in held.values() if stems & h)))
                  for w, stems in wanted.items()}
        share = {st["id"]: _cover(rarity, wanted, held[st["id"]]) for st in events}
        top = max(share.values(), default=0.0)
        best = [st for st in events if share[st["id"]] == top and top >= SURE]
        if len(best) > 1:  # 'its opening': of the openings, the one of what the whole question is about
            def tie(st: dict) -> int:
                return sum(1 for stems in context.values() if stems & texts[st["id"]]) + len(entities & about[st["id"]])

            most = max(tie(st) for st in best)
            best = [st for st in best if tie(st) == most]
        if best:
            return best[0] if len(best) == 1 else None
    return None


def _offer(a: dict, b: dict, unit: str) -> Offer:
    from .answers import _date_display

    start, end = a["date"]["value"], b["date"]["value"]
    shown = f"{_date_display(a['date'], with_time=False)} to {_date_display(b['date'], with_time=False)}"
    if len(start) >= 10 and len(end) >= 10:
        days = (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days
        value = f"P{days}D"  # ISO 8601: the exact number of days
        if unit == "days":
            text = f"{days} day{'s' * (days != 1)}"
        else:
            per = {"weeks": 7, "months": 365.25 / 12, "years": 365.25}[unit]
            n = round(days / per)
            text = f"about {n} {unit[:-1]}{'s' * (n != 1)} ({days} days)"
    else:  # a month or a year: the span is known to the month at best
        (y1, m1), (y2, m2) = (_year_month(start), _year_month(end))
        if m1 and m2 and unit != "years":
            n = (y2 - y1) * 12 + m2 - m1
            text, value = f"about {n} month{'s' * (n != 1)}", f"P{n}M"
        else:
            n = y2 - y1
            text, value = f"about {n} year{'s' * (n != 1)}", f"P{n}Y"
    return Offer("count", value, f"{text} ({shown}: {a['label']}; {b['label']})", b["id"])


def _year_month(value: str) -> tuple[int, int | None]:
    return int(value[:4]), (int(value[5:7]) if len(value) >= 7 else None)
