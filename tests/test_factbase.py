"""Issue 2: the contract, its rejection rules (each names the JSON path) and reading errors."""

import json

import pytest

from .conftest import BUNDLED, kaesong, minimal


def test_bundled_base_is_valid():
    result = kaesong("validate")
    assert result.exit_code == 0, result.output
    assert "valid (47 sources, 23 entities, 17 events, 6 quotes, 12 figures, 6 claims)" in result.stdout


def test_validate_json_report(base, write):
    base["events"][0]["entities"].append("nobody")
    result = kaesong("validate", write(base), "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert {"path": "events[0].entities[2]", "reason": "unknown entity 'nobody'"} in report["problems"]


def break_base(base, how):
    if how == "duplicate id":
        base["events"][1]["id"] = base["events"][0]["id"]
    elif how == "unknown entity":
        base["events"][3]["entities"][0] = "nobody"
    elif how == "unknown source":
        base["quotes"][0]["citations"][0]["source"] = "nowhere"
    elif how == "unknown speaker":
        base["quotes"][1]["speaker"] = "nobody"
    elif how == "unknown relation target":
        base["entities"][0]["relations"][0]["target"] = "nowhere"
    elif how == "impossible day":
        base["events"][5]["date"]["value"] = "2019-02-30"
    elif how == "impossible month":
        base["events"][5]["date"]["value"] = "2019-13"
    elif how == "impossible time":
        base["events"][11]["date"]["value"] = "2020-06-16T25:50"
    elif how == "paragraph beyond the source":
        base["events"][4]["citations"][0]["paragraphs"] = [24]
    elif how == "paragraphs of a source without them":
        base["events"][0]["citations"][0]["paragraphs"] = [1]
    elif how in ("zero amount", "negative amount", "NaN amount", "infinite amount", "huge amount"):
        base["figures"][0]["amount"] = {"zero amount": "0", "negative amount": -5, "NaN amount": "NaN",
                                        "infinite amount": "Infinity", "huge amount": "1e400"}[how]
    elif how == "renamed field":
        base["events"][2]["headline"] = base["events"][2].pop("title")
    elif how == "wrong type":
        base["events"][2]["entities"] = "liaison-office"
    return base


@pytest.mark.parametrize("how, path, reason", [
    ("duplicate id", "events[1].id", "duplicate id 'consultation-office-opened'"),
    ("unknown entity", "events[3].entities[0]", "unknown entity 'nobody'"),
    ("unknown source", "quotes[0].citations[0].source", "unknown source 'nowhere'"),
    ("unknown speaker", "quotes[1].speaker", "unknown entity 'nobody'"),
    ("unknown relation target", "entities[0].relations[0].target", "unknown entity 'nowhere'"),
    ("impossible day", "events[5].date", "February 2019 has no day 30"),
    ("impossible month", "events[5].date", "there is no month 13"),
    ("impossible time", "events[11].date", "25:50 is not a time of day"),
    ("paragraph beyond the source", "events[4].citations[0].paragraphs[0]", "paragraph 24: source 'article' has 23"),
    ("paragraphs of a source without them", "events[0].citations[0].paragraphs[0]", "has no numbered paragraphs"),
    ("zero amount", "figures[0].amount", "must be positive"),
    ("negative amount", "figures[0].amount", "must be positive"),
    ("NaN amount", "figures[0].amount", "finite"),
    ("infinite amount", "figures[0].amount", "finite"),
    ("huge amount", "figures[0].amount", "below 10^18"),
    ("renamed field", "events[2].headline", "unknown field"),
    ("wrong type", "events[2].entities", "an array"),
])
def test_each_rejection_rule_names_the_json_path(base, write, how, path, reason):
    broken = write(break_base(base, how))
    result = kaesong("validate", broken)
    assert result.exit_code == 2, result.output
    assert f"{broken}: {path}" in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.output


def test_reading_command_on_a_broken_base_reports_the_first_problem(base, write):
    base["events"][3]["entities"][0] = "nobody"
    base["events"][4]["entities"][0] = "nobody"
    result = kaesong("--data", write(base), "timeline")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "events[3].entities[0]: unknown entity 'nobody' (and 1 more problems: run 'kaesong validate')" in lines[0]


@pytest.mark.parametrize("content, reason", [
    (b"", "the file is empty"),
    (b"{\"format\": ", "invalid JSON at line 1, column 12"),
    (b"[1, 2]", "a fact base is a JSON object, not an array"),
    (b"\xff\xfe{}", "not UTF-8 text (byte 0"),
    (b'{"a": 1, "a": 2}', "duplicate key 'a'"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_unreadable_files(write, content, reason):
    result = kaesong("--data", write(content), "timeline")
    assert result.exit_code == 2
    assert reason in result.stderr


def test_missing_file_and_directory(tmp_path):
    missing = kaesong("--data", tmp_path / "nope.json", "timeline")
    assert missing.exit_code == 2 and "nope.json: no such file" in missing.stderr
    folder = kaesong("--data", tmp_path, "timeline")
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


def test_byte_order_mark_is_accepted(write):
    path = write(b"\xef\xbb\xbf" + json.dumps(minimal()).encode())
    assert kaesong("validate", path).exit_code == 0


def test_kaesong_data_environment_variable(write, monkeypatch):
    monkeypatch.setenv("KAESONG_DATA", str(write(minimal(events=[{
        "id": "only", "date": {"value": "2001"}, "title": "The only event", "summary": "Alone.",
        "citations": [{"source": "src", "paragraphs": [2]}]}]))))
    result = kaesong("timeline", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2001\t\t\tonly\tThe only event\tAlone.\t")


def test_schema_is_generated_from_the_models():
    result = kaesong("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "kaesong fact base"
    assert set(schema["required"]) >= {"format", "title", "sources"}
    assert "Event" in schema["$defs"] and "Figure" in schema["$defs"]


def test_sources_lists_the_article_first():
    result = kaesong("sources", "--format", "json")
    assert result.exit_code == 0
    sources = json.loads(result.stdout)
    assert sources[0]["id"] == "article" and sources[0]["role"] == "primary" and sources[0]["paragraphs"] == 23
    assert all(s["role"] == "context" for s in sources[1:])


def test_version():
    result = kaesong("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kaesong 0.")


def test_bundled_file_is_what_tests_read():
    assert BUNDLED.is_file()


def test_json_report_escapes_control_characters_in_the_file_name():
    """Found by the argument fuzzer: the failure report bypassed the JSON renderer."""
    result = kaesong("validate", "--format", "json", "--", "bad\x7fname\u202e.json")
    assert result.exit_code == 2
    assert "\x7f" not in result.stdout and "\u202e" not in result.stdout
    assert json.loads(result.stdout)["file"] == "bad\x7fname\u202e.json"
