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
    for kind, items in (("source", base.sources), ("entity", base.entities), ("event", base.events),
                        ("quote", base.quotes), ("figure", base.figures)):
        for item in items:
            doc = {"record": kind, **item.model_dump(mode="json", exclude_none=True)}
            for field in ("date", "end", "published"):
                if field in doc:
                    doc[field] = date_document(doc[field])
            if "citations" in doc:
                doc.update(cited(doc["citations"], roles))
            for part in doc.get("attributes", []) + doc.get("relations", []):
                part.update(cited(part["citations"], roles))
            if kind == "quote":
                doc["speaker_name"] = names.get(doc["speaker"], doc["speaker"])
            yield doc


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
