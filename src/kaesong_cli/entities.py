"""Resolving what a reader types (an id, a name, an alias in any case, a Hangul name, a near miss)
to one entity, and gathering everything the fact base says about it."""

from __future__ import annotations

from .errors import NotFound, UsageError, excerpt
from .factbase import command_line
from .index import Index, normalize_name


class Ambiguous(NotFound):
    pass


def resolve(index: Index, name: str) -> str:
    """The id of the entity called `name`; NotFound with suggestions, or Ambiguous listing them."""
    if not normalize_name(name):
        raise UsageError(f"{excerpt(name)} is not a name: give an entity id, name or alias")
    exact = index.entity_ids_named(name)
    if len(exact) == 1:
        return exact[0]
    if exact:
        raise Ambiguous(f"{excerpt(name)} could mean any of: {', '.join(exact)}")
    names = index.names()
    wanted = normalize_name(name)
    partial = sorted({entity for label, entity in names if len(wanted) >= 3 and wanted in normalize_name(label)})
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise Ambiguous(f"{excerpt(name)} could mean any of: {', '.join(partial)}")
    hints = suggestions(name, names)
    hint = f"; did you mean {' or '.join(hints)}?" if hints else f"; '{command_line(index.data_file, 'entity')}' lists them all"
    raise NotFound(f"no entity named {excerpt(name)}{hint}")


def suggestions(name: str, names: list[tuple[str, str]], limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process, utils

    found = process.extract(name, [label for label, _ in names], scorer=fuzz.WRatio,
                            processor=utils.default_process, limit=limit * 4, score_cutoff=70)
    out: list[str] = []
    for _label, _score, i in found:
        entity = names[i][1]
        if entity not in out:
            out.append(entity)
    return out[:limit]


def detail(index: Index, entity_id: str) -> dict:
    """The entity's document with its relations both ways, events, quotations and figures."""
    _kind, doc = index.get(entity_id)
    relations = index.relations(entity_id)
    return {
        **doc,
        "relations": [r for r in relations if r["source"] == entity_id],
        "relations_in": [r for r in relations if r["target"] == entity_id and r["source"] != entity_id],
        "events": index.linked(entity_id, "event", ("event",)),
        "quotes": index.linked(entity_id, "quote", ("speaker", "about")),
        "figures": index.linked(entity_id, "figure", ("figure",)),
    }


def story(d: dict) -> list[tuple[str, str, dict]]:
    """An entity's events, quotations and money figures as one list in date order (events first on
    a day, then quotations, then figures): (kind, what it says in a line, the record)."""
    items = [(e["date"]["value"], 0, "event", e["title"], e) for e in d["events"]]
    items += [(q["date"]["value"], 1, "quote", f"“{q['text']}” ({q['speaker_name']})", q) for q in d["quotes"]]
    items += [(f["date"]["value"], 2, "figure", f"{f['stated']}: {f['paid_for']}", f) for f in d["figures"]]
    items.sort(key=lambda item: item[:2])
    return [(kind, what, doc) for _, _, kind, what, doc in items]
