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
        return fn(index, st, reading)
    except (KeyError, TypeError, ValueError, IndexError):  # a fact of an unusual shape offers nothing
        return None


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
    if end:
        text += f" to {_date_display({'value': end}, with_time)}"
    return text


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


def _date(index, st: dict, reading) -> Offer | None:
    date = st.get("date")
    if not date or not date.get("value") or st["kind"] in ("source", "paragraph"):
        return None
    shown = dict(date)
    if st.get("end") and st["end"].get("value") != date.get("value"):
        shown["_end"] = st["end"]["value"]
    display = _date_display(shown)
    by, others = _disputed_dates(index, st)
    if others:
        display += f" ({by + '; ' if by else ''}{'; '.join(others)})"
    return Offer("date", date["value"], display, st["id"])


def _time(index, st: dict, reading) -> Offer | None:
    found = _date(index, st, reading)
    if found and "T" in found.value:
        return Offer("time", found.value, found.display, st["id"])
    if st["kind"] == "attribute" and re.search(r"\b\d{1,2}:\d{2}\b", st.get("value", "")):
        return Offer("time", st["value"], st["value"], st["id"])
    return None


def _amount(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "figure":
        display = st["stated"] + (f" ({st['paired']['stated']})" if st.get("paired") else "")
        return Offer("amount", f"{st['amount']} {st['currency']}", display, st["id"])
    if st["kind"] == "attribute" and re.search(r"\b(won|\$|dollars?)\b|\$", st.get("value", "")):
        return Offer("amount", st["value"], st["value"], st["id"])
    return None


def _count(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "attribute" and _COUNT.search(st.get("value", "")):
        return Offer("count", st["value"], st["value"], st["id"])
    if st["kind"] in ("event", "entity"):
        text = st["sentence"]
        m = re.search(r"\b(?:all |about |some )?(\d[\d,.]*)\b(?: \w+){0,3}", text[len(st.get("label", "")):]) \
            if st["kind"] == "event" else None
        if m:
            return Offer("count", m.group(1), m.group(0).strip(), st["id"])
    return None


def _entity_name(index, entity_id: str) -> str:
    found = index.get(entity_id)
    return found[1]["name"] if found and found[0] == "entity" else entity_id


def _is_agent(index, entity_id: str) -> bool:
    found = index.get(entity_id)
    if not found or found[0] != "entity":
        return False
    return found[1].get("kind", "") not in ("office", "building", "place", "city", "region", "zone", "document", "treaty",
                                            "agreement", "declaration", "complex")


def _person(index, st: dict, reading) -> Offer | None:
    kind = st["kind"]
    named = set(reading.entities)
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
        return Offer("person", st["value"], st["value"], st["id"])
    if kind in ("event", "figure"):
        agents = [e for e in st.get("entities") or [] if _is_agent(index, e) and e not in named]
        if agents:
            name = _entity_name(index, agents[0])
            return Offer("person", name, name, st["id"])
    return None


def _place(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "relation" and st["relation"] in ("located-in", "neighbour-of", "part-of"):
        name = _entity_name(index, st["target"])
        return Offer("place", name, name, st["id"])
    if st["kind"] == "attribute" and re.search(r"\b(floor|storey|located|in|at)\b", st.get("value", ""), re.I):
        return Offer("place", st["value"], st["value"], st["id"])
    if st["kind"] == "entity":
        found = index.get(st["record"])
        if found and found[1].get("kind") in ("place", "city", "region", "zone", "complex", "industrial-zone"):
            return Offer("place", found[1]["name"], found[1]["name"], st["id"])
    return None


def _reason(index, st: dict, reading) -> Offer | None:
    if st["kind"] == "event":
        record = index.get(st["record"])
        causes = (record[1].get("caused_by") or []) if record else []
        titles = [index.get(c)[1]["title"] for c in causes if index.get(c)]
        if titles:
            return Offer("reason", "; ".join(titles), "; ".join(titles), st["id"])
    if _REASON.search(st["sentence"]):
        label = st.get("label") or st["sentence"]
        return Offer("reason", label, label, st["id"])
    return None


def _quotation(index, st: dict, reading) -> Offer | None:
    if st["kind"] != "quote":
        return None
    display = f"“{st['words']}” ({st['speaker_name']}, {_date_display(st['date'])})"
    return Offer("quotation", st["words"], display, st["id"])


def _relation(index, st: dict, reading) -> Offer | None:
    if st["kind"] != "relation":
        return None
    return Offer("relation", st["label"], st["label"], st["id"])


def _description(index, st: dict, reading) -> Offer | None:
    if st["kind"] != "entity":
        return None
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
