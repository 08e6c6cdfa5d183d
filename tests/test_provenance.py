"""Issue 12: claims with several values, kaesong disputes, --evidence and kaesong check."""

import json

import pytest

from .conftest import event, kaesong, minimal

# --- the contract --------------------------------------------------------------------------------

def claim(**overrides):
    value = {"id": "when", "about": "e1", "property": "time",
             "values": [{"value": "10:00", "date": {"value": "2020-01-01T10:00", "tz": "KST"}, "rank": "preferred",
                         "citations": [{"source": "src", "paragraphs": [1]}]},
                        {"value": "11:00", "date": {"value": "2020-01-01T11:00", "tz": "KST"}, "rank": "normal",
                         "citations": [{"source": "src", "paragraphs": [2]}]}]}
    value.update(overrides)
    return value


def test_a_base_without_claims_still_validates(write):
    assert kaesong("validate", write(minimal(events=[event("e1", "2020-01-01")]))).exit_code == 0


@pytest.mark.parametrize("broken, path, reason", [
    ({"about": "nowhere"}, "claims[0].about", "unknown record 'nowhere'"),
    ({"values": [claim()["values"][0]]}, "claims[0].values", "at least 2"),
    ({"values": [{**v, "rank": "normal"} for v in claim()["values"]]}, "claims[0].values", "one value must be preferred"),
    ({"values": [claim()["values"][0], {**claim()["values"][1], "rank": "deprecated"}]}, "claims[0].values[1].reason",
     "a deprecated value needs a reason"),
    ({"values": [claim()["values"][0], {**claim()["values"][1], "rank": "wrong"}]}, "claims[0].values[1].rank", "preferred"),
    ({"values": [claim()["values"][0], {**claim()["values"][1], "citations": [{"source": "src", "paragraphs": [9]}]}]},
     "claims[0].values[1].citations[0].paragraphs[0]", "has 5 paragraphs"),
])
def test_the_claims_contract(write, broken, path, reason):
    result = kaesong("validate", write(minimal(events=[event("e1", "2020-01-01")], claims=[claim(**broken)])))
    assert result.exit_code == 2
    assert any(line.startswith(f"kaesong: {path}") or f": {path}:" in line for line in result.stderr.splitlines()), \
        result.stderr
    assert reason in result.stderr


def test_every_view_shows_the_preferred_value_first_and_json_shows_all():
    events = {e["id"]: e for e in json.loads(kaesong("timeline", "--format", "json").stdout)}
    assert events["office-demolished"]["date"]["display"] == "2020-06-16 14:50 KST"
    assert events["office-demolished"]["disputed"] == ["time of the blast: 14:50 KST (preferred) · 14:49 KST"]
    table = kaesong("timeline", "--format", "table").stdout
    assert "⚑ sources differ on time of the blast" in " ".join(table.split())


# --- disputes ------------------------------------------------------------------------------------

def test_disputes_lists_every_known_disagreement_with_its_sources():
    doc = json.loads(kaesong("disputes", "--format", "json").stdout)
    claims = {c["id"]: c for c in doc}
    assert {"blast-time", "renovation-cost-in-dollars", "opening-ceremony-time", "kcna-wording", "ministry-phrase"} <= set(claims)
    blast = {v["value"]: v for v in claims["blast-time"]["values"]}
    assert blast["14:50 KST"]["rank"] == "preferred" and "kbs-4472748" in blast["14:49 KST"]["cited"]
    ceremony = {v["rank"]: v for v in claims["opening-ceremony-time"]["values"]}
    assert ceremony["preferred"]["value"] == "10:30 KST" and "newsis" in ceremony["normal"]["cited"]
    plain = kaesong("disputes").stdout.splitlines()
    assert all(len(line.split("\t")) == 7 for line in plain)
    first = [line.split("\t") for line in plain if line.startswith("blast-time")]
    assert first[0][4] == "preferred"  # the preferred value first


def test_disputes_filters():
    assert [c["id"] for c in json.loads(kaesong("disputes", "--since", "2020", "--format", "json").stdout)] == \
        ["kcna-wording", "blast-time"]
    by_entity = json.loads(kaesong("disputes", "--entity", "kcna", "--format", "json").stdout)
    assert {c["id"] for c in by_entity} == {"kcna-wording", "blast-time"}
    none = kaesong("disputes", "--entity", "moon-jae-in", "--format", "json")
    assert none.exit_code == 1 and json.loads(none.stdout) == []


# --- evidence ------------------------------------------------------------------------------------

def test_entity_evidence_shows_paragraph_14():
    result = kaesong("entity", "kim-yo-jong", "--evidence", "--format", "table")
    assert "Last weekend, Kim Yo-jong, the North Korean leader’s" in result.stdout
    doc = json.loads(kaesong("entity", "kim-yo-jong", "--evidence", "--format", "json").stdout)
    assert {"source": "article", "paragraph": 14, "text": doc["evidence"][0]["text"]} == doc["evidence"][0]
    assert doc["evidence"][0]["text"].startswith("Last weekend")


@pytest.mark.parametrize("command", [["timeline"], ["quotes"], ["search", "leaflets"], ["entity", "liaison-office"],
                                     ["ask", "who demolished it?"]])
def test_evidence_on_every_command_and_format(command):
    doc = json.loads(kaesong(*command, "--evidence", "--format", "json").stdout)
    text = json.dumps(doc, ensure_ascii=False)
    assert "“" in text or '"text": "' in text
    plain = kaesong(*command, "--evidence").stdout
    assert "article ¶" in plain
    without = kaesong(*command).stdout
    assert len(plain) > len(without) or command[0] == "ask"


def test_a_source_without_text_gives_its_address():
    doc = json.loads(kaesong("timeline", "--evidence", "--format", "json").stdout)
    lines = next(e for e in doc if e["id"] == "lines-cut")
    assert lines["evidence"] == [{"source": "yonhap-2020-06-09", "url": "https://en.yna.co.kr/view/AEN20200609000500325"}]


# kaesong check and its ClaimReview: tests/test_check.py and tests/test_claimreview.py
