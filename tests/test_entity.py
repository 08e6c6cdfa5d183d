"""Issue 3: entity lookups by any name, suggestions, the full view, and the relation graph."""

import csv
import io
import json
from pathlib import Path

import pydot
import pytest

from .conftest import kaesong


def test_list_entities():
    result = kaesong("entity", "--format", "json")
    assert result.exit_code == 0
    entities = json.loads(result.stdout)
    bundled = json.loads((Path(__file__).parents[1] / "data" / "kaesong.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in entities] == [e["id"] for e in bundled["entities"]]
    plain = kaesong("entity").stdout.splitlines()
    assert plain[0] == "liaison-office\tInter-Korean Joint Liaison Office\t남북공동연락사무소\toffice"


@pytest.mark.parametrize("name", ["liaison-office", "LIAISON OFFICE", "Inter-Korean Joint Liaison Office",
                                  "남북공동연락사무소", "Korea-North Korea Liaison Office", "joint liaison office"])
def test_lookup_by_id_alias_any_case_and_hangul(name):
    result = kaesong("entity", name, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "liaison-office"


def test_the_unnamed_president_is_identified_as_context():
    doc = json.loads(kaesong("entity", "the President", "--format", "json").stdout)
    assert doc["id"] == "moon-jae-in" and doc["hangul"] == "문재인"
    assert "identified from the Panmunjom Declaration" in doc["note"]
    assert doc["basis"] == "stated+context"


def test_full_story_of_the_office():
    doc = json.loads(kaesong("entity", "liaison-office", "--format", "json").stdout)
    assert next(e["id"] for e in doc["events"]) == "building-constructed"
    assert [e["id"] for e in doc["events"]][-1] == "lawsuit-filed"
    assert "office-demolished" in [e["id"] for e in doc["events"]]
    assert {r["type"] for r in doc["relations"]} >= {"located-in", "funded-by", "created-by"}
    assert {(r["source"], r["type"]) for r in doc["relations_in"]} >= {("chun-hae-sung", "co-head-of"),
                                                                     ("support-center", "neighbour-of")}
    assert {q["id"] for q in doc["quotes"]} >= {"kim-yo-jong-collapse", "kcna-explosion"}
    assert "renovation-cost" in {f["id"] for f in doc["figures"]}
    table = kaesong("entity", "liaison-office", "--format", "table").stdout
    for heading in ("Attributes", "Relations", "Story: events, quotations and money in date order"):
        assert heading in table
    assert "article ¶4" in table


def rows_of(name: str, section: str) -> list[dict]:
    """One section of an entity's csv: one table, a `section` field first (issue 10)."""
    rows = list(csv.DictReader(io.StringIO(kaesong("entity", name, "--format", "csv").stdout)))
    return [r for r in rows if r["section"].startswith(section)]


def test_story_interleaves_events_quotations_and_money_in_date_order():
    rows = rows_of("liaison-office", "Story")
    assert {r["kind"] for r in rows} == {"event", "quote", "figure"}  # the kinds search prints
    doc = json.loads(kaesong("entity", "liaison-office", "--format", "json").stdout)
    assert len(rows) == len(doc["events"]) + len(doc["quotes"]) + len(doc["figures"]) == 13 + 6 + 13
    demolition = next(i for i, r in enumerate(rows) if r["value"] == "North Korea blows up the liaison office")
    assert rows[demolition]["date"] == "2020-06-16 14:50 KST"
    assert rows[demolition]["cited"] == ("article ¶5, 15, 16, 19; context: afp-2020-06-16, kbs-4472748, "
                                         "yonhap-korea-herald-2020-06-16, kcna-2020-06-17")
    warning = next(i for i, r in enumerate(rows) if r["value"] == "“completely collapse” (Kim Yo-jong)")
    renovation = next(i for i, r in enumerate(rows) if r["value"].startswith("9.78 billion won: "))
    assert renovation < warning < demolition
    assert rows[renovation]["cited"] == "article ¶4; context: chosun-2018-10-25, nocut, mediapen"
    assert rows[warning]["caveat"] == "the article's English; KCNA's reads 'completely collapsed'"  # travels with it


def test_relations_in_both_directions():
    doc = json.loads(kaesong("entity", "kim-jong-un", "--format", "json").stdout)
    assert ("kim-yo-jong", "sister-of") in {(r["source"], r["type"]) for r in doc["relations_in"]}
    relations = rows_of("kim-jong-un", "Relations")
    expected = {"section": "Relations", "field": "← sister-of", "value": "kim-yo-jong (Kim Yo-jong)", "note": "",
                "cited": "article ¶14", "date": "", "kind": ""}
    assert any(expected.items() <= row.items() for row in relations)


def test_misspelling_suggests():
    result = kaesong("entity", "Kim Yo-jung")
    assert result.exit_code == 1
    assert result.stderr.strip() == "kaesong: no entity named 'Kim Yo-jung'; did you mean kim-yo-jong or kim-jong-un?"


def test_ambiguous_name_lists_candidates():
    result = kaesong("entity", "kim")
    assert result.exit_code == 1
    assert "could mean any of: kim-chang-su, kim-jong-un, kim-yo-jong" in result.stderr


def test_unknown_with_nothing_close():
    result = kaesong("entity", "zzzzqqq")
    assert result.exit_code == 1 and "'kaesong entity' lists them all" in result.stderr


def test_graph_dot_parses():
    result = kaesong("graph")
    assert result.exit_code == 0
    graphs = pydot.graph_from_dot_data(result.stdout)
    assert graphs and len(graphs) == 1
    edges = {(e.get_source().strip('"'), e.get_destination().strip('"'), e.get("label").strip('"'))
             for e in graphs[0].get_edges()}
    assert ("kim-yo-jong", "kim-jong-un", "sister-of") in edges
    assert len(graphs[0].get_nodes()) >= 19


def test_graph_mermaid():
    out = kaesong("graph", "--format", "mermaid").stdout.splitlines()
    assert out[0] == "flowchart LR"
    assert '  e_kim_yo_jong -->|"sister-of"| e_kim_jong_un' in out
    assert '  e_liaison_office["Inter-Korean Joint Liaison Office<br/>남북공동연락사무소"]' in out


def test_completion_of_entity_ids():
    from kaesong_cli.cli import complete_entity

    assert complete_entity("kim") == ["kim-jong-un", "kim-yo-jong", "kim-chang-su"]
    assert "liaison-office" in complete_entity("")
