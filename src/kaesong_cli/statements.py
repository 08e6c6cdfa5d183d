"""Statements: the fact base at the grain a reader asks about, one fact each.

Search, ask and (later) check, browse and export read statements; none re-derives facts from raw
records. A statement has a stable id, a kind, a sentence that reads as an answer, the names it
is about (weighted above body text in search), its date, its speaker for a quotation, the
entities it concerns, and the citations of the record it comes from:

    entity       liaison-office                       the entity described
    attribute    liaison-office#daily-calls           one attribute of an entity
    relation     liaison-office#destroyed-by:north-korea   a relation, read as a sentence (TEMPLATES)
    quote        kim-yo-jong-useless                  a quotation with its speaker and occasion
    event        office-demolished                    an event
    figure       renovation-cost                      a money figure
    source       source:kbs-4038719                   a source's title (so titles are searchable)
    paragraph    article:14                           a paragraph of a source whose text is bundled

Built once, when the index is built, from the documents of docs.py; pure functions, no I/O.
"""

from __future__ import annotations

import re

KINDS = ("entity", "attribute", "relation", "quote", "event", "figure", "source", "paragraph")
RECORD_KIND = {"entity": "entity", "attribute": "entity", "relation": "entity", "quote": "quote",
               "event": "event", "figure": "figure", "source": "source", "paragraph": "source"}

# How each relation reads as a sentence, from its subject to its target: (singular, plural), by the
# subject's grammatical number ('North Korean defectors oppose North Korea').
TEMPLATES = {
    "located-in": ("{s} is located in {t}", "{s} are located in {t}"),
    "funded-by": ("{s} was funded by {t}", "{s} were funded by {t}"),
    "created-by": ("{s} was created by {t}", "{s} were created by {t}"),
    "operated-by": ("{s} was operated by {t}", "{s} were operated by {t}"),
    "destroyed-by": ("{s} was destroyed by {t}", "{s} were destroyed by {t}"),
    "neighbour-of": ("{s} stands next to {t}", "{s} stand next to {t}"),
    "leader-of": ("{s} is the leader of {t}", "{s} are the leaders of {t}"),
    "signed": ("{s} signed {t}", "{s} signed {t}"),
    "sister-of": ("{s} is the sister of {t}", "{s} are the sisters of {t}"),
    "president-of": ("{s} was the president of {t}", "{s} were the presidents of {t}"),
    "co-head-of": ("{s} was a co-head of {t}", "{s} were co-heads of {t}"),
    "part-of": ("{s} is part of {t}", "{s} are part of {t}"),
    "state-media-of": ("{s} is the state news agency of {t}", "{s} are the state news agencies of {t}"),
    "spending-approved-by": ("{s} has its spending approved by {t}", "{s} have their spending approved by {t}"),
    "opposes": ("{s} opposes {t}", "{s} oppose {t}"),
    "minister-of": ("{s} was the minister in charge of {t}", "{s} were the ministers in charge of {t}"),
    "unification-minister-of": ("{s} was Unification Minister of {t}", "{s} were Unification Ministers of {t}"),
    "secretary-general-of": ("{s} was the secretary-general of {t}", "{s} were the secretaries-general of {t}"),
    "official-of": ("{s} was an official of {t}", "{s} were officials of {t}"),
    "threatened": ("{s} threatened {t}", "{s} threatened {t}"),
    "predecessor-of": ("{s} was the predecessor of {t}", "{s} were the predecessors of {t}"),
}
# Kinds of entity whose names take 'the' in a sentence unless the record says otherwise.
THE_KINDS = {"organization", "office", "building", "fund", "media", "agreement"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "x"


def relation_phrase(kind: str) -> str:
    """The words between subject and target ('was destroyed by'); a relation of a kind the
    templates do not know reads as its own words ('member of')."""
    template = TEMPLATES.get(kind)
    return template[0][len("{s} "):-len(" {t}")] if template else kind.replace("-", " ")


def noun_phrase(entity: dict | None, fallback: str, start: bool = False) -> str:
    """An entity's name as a sentence uses it: 'the Ministry of Unification', 'North Korea'."""
    if not entity:
        return fallback
    name = entity["name"]
    article = entity.get("article")
    if article is None:
        article = "the" if entity.get("kind") in THE_KINDS else ""
    if article and not name.casefold().startswith(article + " "):
        name = f"{article} {name}"
    return name[0].upper() + name[1:] if start and name[:4] == "the " else name


def relation_sentence(subject: dict, kind: str, target: dict | None, target_id: str) -> str:
    """A relation as an English sentence from its per-relation template and the subject's number:
    'North Korean defectors oppose North Korea', 'Cho Myoung-gyon was Unification Minister of South
    Korea'. A kind without a template reads 'Subject: member of Target'."""
    s, t = noun_phrase(subject, subject.get("id", ""), start=True), noun_phrase(target, target_id)
    template = TEMPLATES.get(kind)
    if template is None:
        return f"{s}: {kind.replace('-', ' ')} {t}"
    return template[subject.get("number") == "plural"].format(s=s, t=t)


def statements(docs: list[dict]) -> list[dict]:
    """Every statement of the fact base, in a stable order: record by record, as the data lists them."""
    entities = {d["id"]: d for d in docs if d["record"] == "entity"}
    causes = {c for d in docs if d["record"] == "event" for c in d.get("caused_by", [])}
    out: list[dict] = []
    uses: dict[str, int] = {}
    for doc in docs:
        for st in _of(doc, entities, causes):
            uses[st["id"]] = uses.get(st["id"], 0) + 1
            if uses[st["id"]] > 1:  # two attributes of one name: the second is '…-2'
                st["id"] += f"-{uses[st['id']]}"
            out.append(st)
    return out


def names_of(entity: dict | None) -> list[str]:
    if not entity:
        return []
    return [n for n in (entity["name"], entity.get("hangul"), *entity.get("aliases", [])) if n]


def _base(kind: str, sid: str, doc: dict, **fields) -> dict:
    st = {"id": sid, "kind": kind, "record": doc["id"], "record_kind": doc["record"]}
    if doc.get("disputed") and kind not in ("attribute", "relation"):
        st["disputed"] = doc["disputed"]  # where the sources differ on this fact: every value
    st.update({k: v for k, v in fields.items() if v is not None and v != "" and v != []})
    for key in ("citations", "cited", "basis"):
        st.setdefault(key, doc.get(key))
    return st


def _of(doc: dict, entities: dict[str, dict], causes: set[str]) -> list[dict]:
    kind = doc["record"]
    if kind == "entity":
        return _entity(doc, entities)
    if kind == "quote":
        speaker = entities.get(doc["speaker"])
        return [_base("quote", doc["id"], doc, label=doc["speaker_name"],
                      sentence=f"{doc['speaker_name']}: “{doc['text']}” ({doc['context']})",
                      names=names_of(speaker), date=doc["date"], speaker=doc["speaker"],
                      speaker_name=doc["speaker_name"], words=doc["text"], caveat=doc.get("caveat"),
                      note=doc.get("note"), entities=[doc["speaker"], *doc.get("about", [])])]
    if kind == "event":
        return [_base("event", doc["id"], doc, label=doc["title"], sentence=f"{doc['title']}. {doc['summary']}",
                      names=[doc["title"]], date=doc["date"], end=doc.get("end"), note=doc.get("note"),
                      entities=doc.get("entities", []), cause=doc["id"] in causes)]
    if kind == "figure":
        paired = f" ({doc['paired']['stated']})" if doc.get("paired") else ""
        return [_base("figure", doc["id"], doc, label=doc["stated"] + paired,
                      sentence=f"{doc['stated']}{paired}: {doc['paid_for']}", names=[doc["stated"]],
                      date=doc["date"], note=doc.get("note"), entities=doc.get("entities", []),
                      amount=doc["amount"], currency=doc["currency"], stated=doc["stated"], paired=doc.get("paired"),
                      summed=any(isinstance(d, dict) and d.get("how") == "sum" for d in doc.get("derived") or []) or None)]
    if kind == "source":
        return _source(doc)
    return []


def _entity(doc: dict, entities: dict[str, dict]) -> list[dict]:
    names = names_of(doc)
    hangul = f" ({doc['hangul']})" if doc.get("hangul") else ""
    out = [_base("entity", doc["id"], doc, label=doc["name"], sentence=f"{doc['name']}{hangul}: {doc['description']}",
                 names=names, note=doc.get("note"), entities=[doc["id"]])]
    for a in doc.get("attributes", []):
        out.append(_base("attribute", f"{doc['id']}#{slug(a['name'])}", doc, label=f"{doc['name']} — {a['name']}",
                         sentence=f"{doc['name']} — {a['name']}: {a['value']}", names=[*names, a["name"]],
                         attribute=a["name"], value=a["value"],
                         note=a.get("note"), entities=[doc["id"]], citations=a["citations"], cited=a["cited"],
                         basis=a["basis"]))
    for r in doc.get("relations", []):
        target = entities.get(r["target"])
        said = relation_sentence(doc, r["type"], target, r["target"])
        out.append(_base("relation", f"{doc['id']}#{r['type']}:{r['target']}", doc,
                         label=said, sentence=said + (f" ({r['note']})" if r.get("note") else ""),
                         names=[*names, *names_of(target)], entities=[doc["id"], r["target"]],
                         relation=r["type"], target=r["target"],
                         citations=r["citations"], cited=r["cited"], basis=r["basis"]))
    return out


def _source(doc: dict) -> list[dict]:
    by = doc.get("publisher") or doc.get("author")
    out = [_base("source", f"source:{doc['id']}", doc, label=doc["title"],
                 sentence=doc["title"] + (f" ({by})" if by else ""), names=[doc["title"]],
                 date=doc.get("published"), citations=[{"source": doc["id"], "paragraphs": []}],
                 cited=doc["id"], basis="stated" if doc.get("role") == "primary" else "context")]
    basis = "stated" if doc.get("role") == "primary" else "context"
    for n, text in enumerate(doc.get("text") or [], start=1):
        out.append(_base("paragraph", f"{doc['id']}:{n}", doc, label=f"{doc['id']} ¶{n}", sentence=text,
                         paragraph=n, citations=[{"source": doc["id"], "paragraphs": [n]}],
                         cited=f"{doc['id']} ¶{n}" if basis == "stated" else f"context: {doc['id']} ¶{n}",
                         basis=basis))
    return out


def searchable(st: dict) -> tuple[str, str]:
    """(title, body) for full-text search: the names and label of a fact weigh more than its
    sentence. A source's title and a paragraph of text are body only: evidence, not answers."""
    date = st.get("date") or {}
    sentence, label = st["sentence"], st.get("label", "")
    titled = st["kind"] not in ("source", "paragraph")
    if titled and label and sentence.startswith(label):  # the label is in the title: not again in the body
        sentence = sentence[len(label):].lstrip(" .:—")
    body = " · ".join(x for x in (sentence, st.get("caveat"), st.get("note"), date.get("stated"), date.get("resolved")) if x)
    if not titled:
        return "", body
    return " · ".join(dict.fromkeys([label, *st.get("names", [])])), body
