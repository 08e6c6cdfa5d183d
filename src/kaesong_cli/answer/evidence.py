"""The evidence beside a fact: the words of the paragraphs it cites, where the fact base holds the
source's text, and otherwise the citation and the source's address, or, for a source without one,
the title, publisher and date by which a library finds it."""

from __future__ import annotations

import re

from .words import content_words

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[`'‘“\"A-Z0-9])")


def evidence(index, statement: dict, question: str = "") -> list[dict]:
    """One entry per cited paragraph (or per cited source without one): source, paragraph, the
    paragraph's text and, of its sentences, the one that best matches the statement and the
    question ('sentence'); or, where no text is bundled, the source's address if known and else its
    title, publisher and date ('reference'): a source is never dropped from the evidence."""
    out = []
    sources: dict[str, dict | None] = {}
    wanted = set(content_words(f"{statement.get('sentence', '')} {question}"))
    for citation in statement.get("citations") or []:
        sid = citation["source"]
        if sid not in sources:
            found = index.get(sid)
            sources[sid] = found[1] if found and found[0] == "source" else None
        source = sources[sid] or {}
        text = source.get("text")
        if text and citation.get("paragraphs"):
            for n in citation["paragraphs"]:
                if 1 <= n <= len(text):
                    out.append({"source": sid, "paragraph": n, "text": text[n - 1],
                                "sentence": best_sentence(text[n - 1], wanted)})
        else:
            entry = {"source": sid, "paragraph": None, "text": None, "sentence": None}
            if source.get("url"):
                entry["url"] = source["url"]
            else:
                entry["reference"] = reference(source) or sid
            out.append(entry)
    return out


def reference(source: dict) -> str:
    """A source by its title, publisher and date: 'Hankyoreh English on the building, Hankyoreh, 2020-06-17'."""
    date = (source.get("published") or {}).get("display")
    return ", ".join(x for x in (source.get("title"), source.get("publisher") or source.get("author"), date) if x)


def best_sentence(paragraph: str, wanted: set[str]) -> str:
    sentences = [s for s in _SENTENCE.split(paragraph) if s.strip()] or [paragraph]
    return max(sentences, key=lambda s: (len(wanted & set(content_words(s))), -sentences.index(s)))


def summary(items: list[dict], whole: bool = False) -> str:
    """Evidence as one line: the cited words verbatim (the best sentence, or the whole paragraph),
    each with its citation; a source without bundled text by its address, where known."""
    parts = []
    for e in items:
        if e["text"] is not None:
            parts.append(f"{e['source']} ¶{e['paragraph']}: “{e['text'] if whole else e['sentence']}”")
        else:
            parts.append(f"{e['source']}: {e.get('url') or e.get('reference') or 'text not bundled'}")
    return " · ".join(parts)


def attach(index, rows: list[dict], citations_of) -> None:
    """--evidence: each row gets `evidence` (a list of source, paragraph, text) and `evidence_text`
    (the cited paragraphs' words in one line), from the citations `citations_of(row)` gives."""
    for row in rows:
        items = evidence(index, {"citations": citations_of(row)})
        row["evidence"] = [{k: e.get(k) for k in ("source", "paragraph", "text", "url", "reference")
                            if e.get(k) is not None} for e in items]
        row["evidence_text"] = summary(items, whole=True)
