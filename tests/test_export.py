"""Issue 15: kaesong export sqlite, checked with sqlite-utils against the fact base and served by
a real Datasette on 127.0.0.1."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from .conftest import BUNDLED, kaesong


@pytest.fixture
def exported(tmp_path):
    db = tmp_path / "out.db"
    result = kaesong("export", "sqlite", db, "--format", "json")
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout)


def test_every_table_matches_the_fact_base(exported):
    path, report = exported
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    db = sqlite_utils.Database(path)
    expected = {
        "sources": len(base["sources"]), "entities": len(base["entities"]), "events": len(base["events"]),
        "quotations": len(base["quotes"]), "figures": len(base["figures"]),
        "paragraphs": sum(len(s.get("text") or []) for s in base["sources"]),
        "aliases": sum(len(set(e.get("aliases", []))) for e in base["entities"]),
        "attributes": sum(len(e.get("attributes", [])) for e in base["entities"]),
        "relations": sum(len(e.get("relations", [])) for e in base["entities"]),
        "event_entities": sum(len(set(e.get("entities", []))) for e in base["events"]),
        "event_causes": sum(len(set(e.get("caused_by", []))) for e in base["events"]),
        "quotation_about": sum(len(set(q.get("about", []))) for q in base["quotes"]),
        "figure_entities": sum(len(set(f.get("entities", []))) for f in base["figures"]),
    }
    for table, count in expected.items():
        assert db[table].count == count == report["tables"][table], table
    events = {r["id"]: r for r in db["events"].rows}
    for e in base["events"]:
        assert events[e["id"]]["date"] == e["date"]["value"] and events[e["id"]]["title"] == e["title"]
    quotes = {r["id"]: r for r in db["quotations"].rows}
    for q in base["quotes"]:
        assert quotes[q["id"]]["text"] == q["text"] and quotes[q["id"]]["speaker"] == q["speaker"]
    figures = {r["id"]: r for r in db["figures"].rows}
    for f in base["figures"]:
        assert figures[f["id"]]["amount"] == f["amount"] and figures[f["id"]]["currency"] == f["currency"]
    paragraph = db.execute("select text from paragraphs where source = 'article' and paragraph = 14").fetchone()[0]
    assert paragraph.startswith("Last weekend, Kim Yo-jong")
    cited = {(r["fact"], r["source"], r["paragraph"]) for r in db["citations"].rows}
    assert ("office-demolished", "article", 16) in cited and ("lines-cut", "yonhap-2020-06-09", None) in cited


def test_keys_indexes_and_search_as_datasette_reads_them(exported):
    db = sqlite_utils.Database(exported[0])
    assert db["quotations"].pks == ["id"] and db["paragraphs"].pks == ["source", "paragraph"]
    links = {(fk.column, fk.other_table, fk.other_column) for fk in db["quotations"].foreign_keys}
    assert ("speaker", "entities", "id") in links
    assert {(fk.column, fk.other_table) for fk in db["relations"].foreign_keys} == {("entity", "entities"),
                                                                                   ("target", "entities")}
    assert db["statements"].detect_fts() == "statements_fts" and db["paragraphs"].detect_fts() == "paragraphs_fts"
    assert any(ix.columns == ["year"] for ix in db["events"].indexes)
    found = [r["id"] for r in db["statements"].search("leaflets")]
    assert "article:13" in found
    assert dict(db["figures"].columns_dict)["amount"] is str  # exact decimals, never floats


def test_metadata_describes_every_table_and_column(exported, tmp_path):
    doc = json.loads((tmp_path / "out.metadata.json").read_text(encoding="utf-8"))
    tables = doc["databases"]["out"]["tables"]
    db = sqlite_utils.Database(exported[0])
    for name in exported[1]["tables"]:
        assert set(tables[name]["columns"]) == set(db[name].columns_dict), name
        assert all(tables[name]["columns"].values())
    assert tables["quotations"]["facets"] == ["speaker", "year"]
    assert {"timeline", "quotations_by_speaker", "citing_paragraph"} <= set(doc["databases"]["out"]["queries"])
    assert doc["license"] and doc["source"] and doc["title"].startswith("The demolition")


def test_an_existing_file_is_replaced_only_with_force(exported, tmp_path):
    path = exported[0]
    again = kaesong("export", "sqlite", path)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert kaesong("export", "sqlite", path, "--force").exit_code == 0
    custom = tmp_path / "meta.json"
    assert kaesong("export", "sqlite", tmp_path / "second.db", "--metadata", custom).exit_code == 0 and custom.exists()
    assert kaesong("export", "sqlite", tmp_path).exit_code == 2  # a folder


def test_an_interrupted_export_leaves_no_file(tmp_path, monkeypatch):
    from kaesong_cli.export import sqlite as writer

    real = writer._write

    def interrupted(db, tables, progress):
        real(db, {name: rows[:1] for name, rows in tables.items()}, progress)
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "_write", interrupted)
    result = kaesong("export", "sqlite", tmp_path / "half.db")
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_datasette_serves_the_export(exported, tmp_path):
    path = exported[0]
    datasette = Path(sys.executable).parent / "datasette"
    command = str(datasette) if datasette.exists() else shutil.which("datasette")
    port = free_port()
    server = subprocess.Popen([command, "serve", str(path), "--metadata", str(tmp_path / "out.metadata.json"),
                               "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"

    def get(url: str) -> bytes:
        with urllib.request.urlopen(base + url, timeout=10) as response:
            return response.read()

    try:
        for _ in range(200):  # up to 20 s for the server to listen
            try:
                get("/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        events = json.loads(get("/out/events.json?_shape=array&_size=max"))
        assert len(events) == 17 and all(e["date"] for e in events)
        found = json.loads(get("/out/statements.json?_search=leaflets&_shape=array"))
        assert "article:13" in [r["id"] for r in found]
        page = get("/out/quotations?id=kim-yo-jong-useless").decode()
        assert 'href="/out/entities/kim-yo-jong"' in page  # the quotation links to its speaker's row
        assert "Kim Yo-jong" in get("/out/entities/kim-yo-jong").decode()
        timeline = json.loads(get("/out/timeline.json?_shape=array"))
        assert timeline[0]["title"] == "Economic cooperation consultation office opens"
        assert b"Every event, oldest first" in get("/out/timeline")
    finally:
        server.terminate()
        server.wait(timeout=10)
