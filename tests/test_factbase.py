"""Issue 2: the contract, its rejection rules (each names the JSON path) and reading errors."""

import json
import os
from pathlib import Path

import pytest

from .conftest import BUNDLED, kaesong, minimal, run_installed


def test_bundled_base_is_valid():
    result = kaesong("validate")
    assert result.exit_code == 0, result.output
    bundled = json.loads(Path(BUNDLED).read_text(encoding="utf-8"))
    counts = ", ".join(f"{len(bundled[k])} {k}" for k in ("sources", "entities", "events", "quotes", "figures", "claims"))
    assert f"valid ({counts})" in result.stdout


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
    path = write(base)
    result = kaesong("--data", path, "timeline")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    # the hint names the file that was given, not the bundled one (which is valid)
    assert f"events[3].entities[0]: unknown entity 'nobody' (and 1 more problems: run 'kaesong validate {path}')" in lines[0]
    hinted = kaesong("validate", str(path))
    assert hinted.exit_code == 2 and "unknown entity 'nobody'" in hinted.stderr


def test_hints_name_the_file_in_use(write, base):
    path = write(base)
    entity = kaesong("--data", path, "entity", "qqqzzzxx")
    assert entity.exit_code == 1 and f"'kaesong --data {path} entity' lists them all" in entity.stderr
    source = kaesong("--data", path, "sources", "qqqzzzxx")
    assert source.exit_code == 1 and f"'kaesong --data {path} sources' lists them all" in source.stderr
    bundled = kaesong("entity", "qqqzzzxx")
    assert "'kaesong entity' lists them all" in bundled.stderr


@pytest.mark.parametrize("command", [["timeline"], ["validate"], ["entity", "liaison-office"]])
def test_devices_and_fifos_are_refused_at_once(tmp_path, command):
    """Neither read: /dev/zero never ends, and a FIFO would wait for a writer (the CLI runs in a
    subprocess, with a timeout, so a hang fails the test rather than the run)."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, what in (("/dev/zero", "is a device"), (str(fifo), "is a named pipe (FIFO)")):
        result = run_installed("--data", path, *command)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr == f"kaesong: {path}: {what}, not a fact-base file: give a regular file\n"


def test_a_fact_base_over_the_limit_is_refused_before_it_is_read(write, monkeypatch):
    path = write(minimal())
    size = path.stat().st_size
    monkeypatch.setenv("KAESONG_MAX_BYTES", str(size - 1))
    for command in (["timeline"], ["validate"]):
        result = kaesong("--data", path, *command)
        assert result.exit_code == 2
        assert f"over the limit of {size - 1} bytes (set KAESONG_MAX_BYTES" in result.stderr
    assert kaesong("timeline").exit_code == 2  # the bundled base too, even with its index cached
    monkeypatch.setenv("KAESONG_MAX_BYTES", str(size))
    assert kaesong("--data", path, "validate").exit_code == 0
    for bad in ("x", "²", "-1", "0"):
        monkeypatch.setenv("KAESONG_MAX_BYTES", bad)
        result = kaesong("--data", path, "validate")
        assert result.exit_code == 2 and "KAESONG_MAX_BYTES" in result.stderr and "Traceback" not in result.output


def test_the_default_limit_is_one_gibibyte(tmp_path):
    """A sparse file just over 1 GiB takes no disk and is refused before a byte is read."""
    big = tmp_path / "huge.json"
    with open(big, "wb") as f:
        f.truncate(2**30 + 1)
    result = run_installed("--data", big, "timeline")
    assert result.returncode == 2
    assert result.stderr == (f"kaesong: {big}: is 1 GiB, over the limit of 1 GiB "
                             "(set KAESONG_MAX_BYTES to a number of bytes to change it)\n")


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


@pytest.mark.parametrize("typed", ["²", "١٤", "1_4", "14-²", "⁵"])
def test_numbers_a_user_types_are_read_with_ascii_digits_only(typed):
    """`²` passes str.isdigit() and then breaks int(); every such text is one clear usage error."""
    result = run_installed("sources", "article", typed)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("kaesong: paragraphs") and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
