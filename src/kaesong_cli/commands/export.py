"""`kaesong export sqlite FILE`: the fact base as a SQLite database for Datasette."""

from __future__ import annotations

import json
import os

from ..errors import UsageError, excerpt
from ..output import Column, Table, View
from . import Session

COLUMNS = [Column("table", "Table"), Column("rows", "Rows")]


def export(session: Session, *, fmt: str, kind: str, file: str, metadata: str | None = None,
           force: bool = False) -> View:
    from ..export.metadata import metadata as describe
    from ..export.sqlite import export_sqlite

    if kind != "sqlite":
        raise UsageError(f"cannot export as {excerpt(kind)}: kaesong exports sqlite")
    meta_path = metadata or os.path.splitext(file)[0] + ".metadata.json"
    if os.path.exists(meta_path) and not force and os.path.abspath(meta_path) != os.path.abspath(file):
        raise UsageError(f"{excerpt(meta_path)} exists: add --force to replace it")
    index = session.index
    try:
        counts = export_sqlite(index, file, force=force, progress=session.progress)
    finally:
        if session.progress is not None:
            session.progress.close()
    database = os.path.splitext(os.path.basename(file))[0]
    doc = describe(database, index.meta("title") or "kaesong", None, counts)
    tmp = meta_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    os.replace(tmp, meta_path)
    rows = [{"table": name, "rows": n} for name, n in counts.items()]
    data = {"database": file, "metadata": meta_path, "tables": counts}
    notes = [f"wrote {file} ({sum(counts.values()):,} rows in {len(counts)} tables) and {meta_path}; "
             f"serve them with: datasette {file} --metadata {meta_path}"]
    return View(Table(COLUMNS, rows, title=f"Exported to {file}"), data, notes)
