"""`kaesong export sqlite FILE`: the fact base as a SQLite database for Datasette."""

from __future__ import annotations

import json
import os
import shlex

from ..errors import KaesongError, UsageError, excerpt
from ..output import Column, Table, View
from . import Session

COLUMNS = [Column("table", "Table"), Column("rows", "Rows")]


def export(session: Session, *, fmt: str, kind: str, file: str, metadata: str | None = None,
           config: str | None = None, force: bool = False) -> View:
    import sqlite3

    from ..export.metadata import config_yaml
    from ..export.metadata import metadata as describe
    from ..export.sqlite import export_sqlite
    from ..safewrite import Outputs

    if kind != "sqlite":
        raise UsageError(f"cannot export as {excerpt(kind)}: kaesong exports sqlite")
    stem = os.path.splitext(file)[0] if file.strip() else file
    meta_path = metadata or stem + ".metadata.json"
    config_path = config or stem + ".datasette.yaml"
    database = os.path.splitext(os.path.basename(file))[0]
    with Outputs(force=force, reading=[session.data_file]) as out:
        # every path is checked before the fact base is read or anything is written
        db_tmp = out.add(file, "database")
        meta_tmp = out.add(meta_path, "metadata")
        config_tmp = out.add(config_path, "Datasette config")
        index = session.index
        try:
            counts = export_sqlite(index, db_tmp, progress=session.progress)
        except (sqlite3.Error, OSError) as exc:
            raise KaesongError(f"cannot write the database {excerpt(file, 160)}: {_reason(exc)}") from None
        finally:
            if session.progress is not None:
                session.progress.close()
        primary = next((s for s in index.records("source") if s.get("role") == "primary"), None)
        doc = describe(database, index.meta("title") or "kaesong", index.meta("description"), counts, primary)
        out.write_text(meta_tmp, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        out.write_text(config_tmp, config_yaml(database, file, meta_path))
    rows = [{"table": name, "rows": n} for name, n in counts.items()]
    data = {"database": file, "metadata": meta_path, "config": config_path, "tables": counts}
    q = shlex.quote
    notes = [f"wrote {file} ({sum(counts.values()):,} rows in {len(counts)} tables), {meta_path} and {config_path}",
             f"serve them with Datasette 0.65: datasette {q(file)} --metadata {q(meta_path)}",
             f"or with Datasette 1.0: datasette {q(file)} -c {q(config_path)} --metadata {q(meta_path)}"]
    return View(Table(COLUMNS, rows, title=f"Exported to {file}"), data, notes)


def _reason(exc: Exception) -> str:
    """SQLite's or the system's reason, without the temporary file's name."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
