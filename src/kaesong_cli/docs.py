"""Validated models to the documents the index stores and `--format json` prints.

Each document is the record as written, plus what follows from it: the date's precision and
display form, the basis of the fact (stated by the primary source, or context) and its citation
in words. Deriving these once, at build time, keeps reading commands simple and fast.
"""

from __future__ import annotations

from collections.abc import Iterator

from .dates import PartialDate


def documents(base) -> Iterator[dict]:
    roles = {s.id: s.role for s in base.sources}
    names = {e.id: e.name for e in base.entities}
    claims = getattr(base, "claims", [])
    disputed: dict[str, list[str]] = {}
    for claim in claims:
        disputed.setdefault(claim.about, []).append(claim_summary(claim))
    about: dict[str, dict] = {}
    for kind, items in (("source", base.sources), ("entity", base.entities), ("event", base.events),
                        ("quote", base.quotes), ("figure", base.figures)):
        for item in items:
            doc = {"record": kind, **_unset(item.model_dump(mode="json", exclude_none=True))}
            for field in ("date", "end", "published"):
                if field in doc:
                    doc[field] = date_document(doc[field])
            if "citations" in doc:
                doc.update(cited(doc["citations"], roles))
            for part in doc.get("attributes", []) + doc.get("relations", []):
                part.update(cited(part["citations"], roles))
            if kind == "quote":
                doc["speaker_name"] = names.get(doc["speaker"], doc["speaker"])
            if item.id in disputed:
                doc["disputed"] = disputed[item.id]
            if claims and kind != "source":
                about[item.id] = {"date": doc.get("date"), "entities": _entities(doc)}
            yield doc
    for claim in claims:
        doc = {"record": "claim", **_unset(claim.model_dump(mode="json", exclude_none=True))}
        for value in doc["values"]:
            if "date" in value:
                value["date"] = date_document(value["date"])
            value.update(cited(value["citations"], roles))
        target = about.get(claim.about, {})
        doc.update({"date": target.get("date"), "entities": target.get("entities", []),
                    "summary": claim_summary(claim)})
        doc = {k: v for k, v in doc.items() if v is not None}
        yield doc


def _unset(doc):
    """Leave out what a record did not say: no derivations, the default grammatical number."""
    if isinstance(doc, dict):
        return {k: _unset(v) for k, v in doc.items()
                if not (k == "derived" and v == []) and not (k == "number" and v == "singular")}
    if isinstance(doc, list):
        return [_unset(v) for v in doc]
    return doc


RANK_ORDER = {"preferred": 0, "normal": 1, "deprecated": 2}


def claim_summary(claim) -> str:
    """'time of the blast: 14:50 KST (preferred) · 14:49 KST': every value, the preferred first; a
    deprecated value with the sources that give it ('2005 (deprecated: hankyoreh-949793, …)')."""
    values = sorted(claim.values, key=lambda v: RANK_ORDER[v.rank])

    def shown(v) -> str:
        if v.rank == "deprecated":
            return f"{v.value} (deprecated: {', '.join(dict.fromkeys(c.source for c in v.citations))})"
        return f"{v.value} ({v.rank})" if v.rank != "normal" else v.value

    return f"{claim.property}: " + " · ".join(shown(v) for v in values)


def _entities(doc: dict) -> list[str]:
    if doc["record"] == "entity":
        return [doc["id"]]
    if doc["record"] == "quote":
        return [doc["speaker"], *doc.get("about", [])]
    return list(doc.get("entities", []))


def date_document(date: dict) -> dict:
    parsed = PartialDate.parse(date["value"])
    return {"value": date["value"], "precision": parsed.precision,
            "display": parsed.display(date.get("tz")), **{k: v for k, v in date.items() if k != "value"}}


def cited(citations: list[dict], roles: dict[str, str]) -> dict:
    """{'basis': 'stated' | 'context' | 'stated+context', 'cited': 'article ¶2, 7; context: kbs'}."""
    stated, context = [], []
    for c in citations:
        if roles.get(c["source"]) == "primary":
            paras = ", ".join(str(p) for p in c.get("paragraphs", []))
            stated.append(f"{c['source']} ¶{paras}" if paras else c["source"])
        else:
            context.append(c["source"] + (" ¶" + ", ".join(map(str, c["paragraphs"])) if c.get("paragraphs") else ""))
    basis = "+".join(b for b, parts in (("stated", stated), ("context", context)) if parts)
    text = "; ".join(stated + (["context: " + ", ".join(context)] if context else []))
    return {"basis": basis, "cited": text}
