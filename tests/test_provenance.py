"""Issue 12: claims with several values, kaesong disputes, --evidence and kaesong check."""

import json

import pytest

from .conftest import event, kaesong, minimal


def check(claim, *extra):
    result = kaesong("check", claim, "--format", "json", *extra)
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


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


# --- check ---------------------------------------------------------------------------------------

def test_the_wrong_day_is_contradicted_with_the_day_on_record():
    result, doc = check("The office was blown up on 17 June 2020")
    assert result.exit_code == 0 and doc["verdict"] == "contradicted"
    (c,) = doc["checks"]
    assert c["kind"] == "date" and c["on_record"] == "2020-06-16 14:50 KST" and c["statement"] == "office-demolished"
    assert c["citations"] and c["evidence"][0]["text"]


def test_the_time_is_supported_and_the_other_source_mentioned():
    _, doc = check("The explosion was at 2:50 p.m.")
    assert doc["verdict"] == "supported" and "14:49" in doc["checks"][0]["other_values"]
    _, other = check("The explosion was at 14:49")
    assert other["verdict"] == "disputed"
    _, wrong = check("The explosion was at 3:30 p.m.")
    assert wrong["verdict"] == "contradicted" and wrong["checks"][0]["on_record"] == "14:50 KST"


@pytest.mark.parametrize("claim, verdict", [
    ("The renovation cost 9.78 billion won", "supported"), ("The renovation cost $8.6 million", "supported"),
    ("The renovation cost $8.1 million", "disputed"), ("The renovation cost $8.8 million", "contradicted"),
    ("The renovation cost 97억 8천만 원", "supported"), ("The renovation cost 20 billion won", "contradicted"),
])
def test_amounts_in_both_currencies(claim, verdict):
    _, doc = check(claim)
    assert doc["verdict"] == verdict, doc
    if "$" in claim:
        assert "source's own rate" in doc["checks"][0]["how"]


@pytest.mark.parametrize("claim, verdict", [
    ("The liaison office opened in 2018", "supported"), ("The liaison office opened in September 2018", "supported"),
    ("The liaison office opened on 14 September 2018", "supported"), ("The liaison office opened in 2019", "contradicted"),
    ("The liaison office opened on 2018-09-15", "contradicted"),
])
def test_dates_at_every_precision(claim, verdict):
    assert check(claim)[1]["verdict"] == verdict


def test_counts():
    _, doc = check("The building had six floors")
    assert doc["verdict"] == "contradicted" and doc["checks"][0]["on_record"] == "four storeys"
    assert check("The office building had four storeys")[1]["verdict"] == "supported"


@pytest.mark.parametrize("claim", ["Elvis visited Kaesong in 1977", "The capital of France is Paris"])
def test_not_in_the_record_exits_1(claim):
    result, doc = check(claim)
    assert result.exit_code == 1 and doc["verdict"] == "not in the record" and doc["checks"] == []
    assert "not in the record" in result.stderr


def test_claimreview_is_json_ld_with_the_fields_fact_checkers_publish():
    result = kaesong("check", "The office was blown up on 17 June 2020", "--format", "claimreview")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    assert doc["claimReviewed"] == "The office was blown up on 17 June 2020"
    assert doc["reviewRating"]["alternateName"] == "Contradicted by the record"
    assert doc["itemReviewed"]["@type"] == "Claim" and doc["author"]["name"] == "kaesong"
    assert doc["datePublished"] and doc["url"].startswith("http")


def test_a_verdict_on_a_small_fixture(write):
    base = minimal(events=[event("e1", "2020-01-01T10:00", title="Launch of the rocket", summary="The rocket launched.")],
                   claims=[claim()])
    path = write(base)
    assert kaesong("--data", path, "check", "The rocket launched at 10:00", "--format", "json").exit_code == 0
    _, doc = check("The rocket launched at 11:00", "--data", str(path))
    assert doc["verdict"] == "disputed"
    _, doc = check("The rocket launched at 12:00", "--data", str(path))
    assert doc["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", ["[bold]x[/bold] \x1b[31m", "", "x" * 10_001, "?!", "개성"])
def test_hostile_claims(claim):
    result = kaesong("check", claim)
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output and "\x1b" not in result.stdout
