"""`kaesong sources`, `kaesong validate` and `kaesong schema`: the fact base itself."""

from __future__ import annotations

from .. import factbase
from ..output import Column, Raw, Table, View
from . import Session

SOURCE_COLUMNS = [Column("id", "Id"), Column("role", "Role"), Column("kind", "Kind"), Column("title", "Title"),
                  Column("publisher", "Publisher"), Column("author", "Author", under="publisher", template="by {}"),
                  Column("published.display", "Published"), Column("paragraphs", "¶"),
                  Column("url", "Address"), Column("location", "Where", under="url")]


def sources(session: Session, *, fmt: str) -> View:
    found = session.index.records("source")
    return View(Table(SOURCE_COLUMNS, found, title="Sources"), found)


def validate(session: Session, *, fmt: str, file: str | None = None) -> View:
    path = file or session.data_file
    base = factbase.load(path)  # a FactBaseError is reported whole by the runner
    counts = {c: len(getattr(base, c)) for c in ("sources", "entities", "events", "quotes", "figures")}
    summary = ", ".join(f"{n} {c}" for c, n in counts.items())
    data = {"file": path, "valid": True, "counts": counts, "problems": []}
    if fmt == "json":
        return View.document(data)
    return View(Raw(f"{path}: valid ({summary})"), data)


def schema(session: Session | None = None, *, fmt: str = "json") -> View:
    from ..models import json_schema

    return View.document(json_schema())
