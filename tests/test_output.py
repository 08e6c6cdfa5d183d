"""Issue 2: every output format, terminal safety, exit codes, pipes."""

import csv
import io
import json
import subprocess
import sys

import pytest

from .conftest import event, installed, kaesong, minimal, run_installed


def test_plain_is_the_default_when_piped():
    result = kaesong("timeline")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 18
    assert lines[0].split("\t")[:5] == ["2005-10", "", "", "consultation-office-opened",
                                       "Economic cooperation consultation office opens"]
    assert lines[-2].startswith("2020-06-16 14:50 KST\t\tJune 16; at 2:50 p.m.\toffice-demolished\t"
                                "North Korea blows up the liaison office\t")
    assert "┃" not in result.stdout


def test_table_format():
    result = kaesong("timeline", "--format", "table")
    assert result.exit_code == 0
    assert "┃ Date" in result.stdout and "2020-06-16 14:50 KST" in result.stdout
    assert "article ¶5, 15, 16, 19" in result.stdout


def test_json_format_carries_ids_dates_and_citations():
    events = json.loads(kaesong("timeline", "--format", "json").stdout)
    demolition = next(e for e in events if e["id"] == "office-demolished")
    assert demolition["date"] == {"value": "2020-06-16T14:50", "precision": "minute", "display": "2020-06-16 14:50 KST",
                                  "tz": "KST", "stated": "June 16; at 2:50 p.m.",
                                  "resolved": demolition["date"]["resolved"]}
    assert {"source": "article", "paragraphs": [5, 15, 16, 19]} in demolition["citations"]
    assert demolition["basis"] == "stated+context"


def test_csv_format():
    rows = list(csv.reader(io.StringIO(kaesong("timeline", "--format", "csv").stdout)))
    assert rows[0] == ["date.display", "end.display", "date.stated", "id", "title", "summary", "note", "disputed",
                       "entities", "cited"]
    assert rows[10][0] == "2019-02-22" and rows[10][2] == "February last year"
    assert {len(row) for row in rows} == {10}


def test_markdown_format():
    out = kaesong("quotes", "--format", "markdown").stdout.splitlines()
    assert out[0] == "| Date | Id | Speaker | Speaker id | Words | Caveat | Note | Sources differ | About | Context | Source |"
    assert out[1] == "|" + "|".join([" --- "] * 11) + "|"
    assert "| 2020-06-13 | kim-yo-jong-collapse | Kim Yo-jong | kim-yo-jong | completely collapse |" in "\n".join(out)


HOSTILE = "[bold red]red[/bold red] [link=http://evil.example]click[/link] \x1b[31mansi\x1b[0m \x1b]8;;http://x\x07osc" \
          " \u202eevil\u202c \x00nul \x9bcsi"


@pytest.fixture
def hostile_base(write):
    return write(minimal(events=[event("hostile", "2020-01-01", title=HOSTILE, summary=HOSTILE)]))


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "csv", "markdown", "timelinejs"])
def test_fact_base_text_is_never_markup_or_control_sequences(hostile_base, fmt):
    result = kaesong("--data", hostile_base, "timeline", "--format", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for raw in ("\x1b", "\x07", "\x00", "\u202e", "\x9b"):
        assert raw not in out, (fmt, repr(raw))
    if fmt == "markdown":  # markdown escapes its own markup: the text reads back the same (test_formats.py)
        out = out.replace("\\[", "[").replace("\\]", "]")
    assert "[bold red]red[/bold red]" in out or fmt in ("json", "timelinejs")
    if fmt == "json":
        assert json.loads(out)[0]["title"] == HOSTILE  # data survives, escaped
    elif fmt == "timelinejs":
        assert "[bold red]" in json.loads(out)["events"][0]["text"]["headline"]
    else:
        assert "\\x1b[31mansi" in out and "\\u202eevil" in out


def test_table_with_colour_forced_still_prints_markup_literally(hostile_base, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = kaesong("--data", hostile_base, "timeline", "--format", "table").stdout
    assert "[bold red]red[/bold red]" in out and "\\x1b[31m" in out


def test_no_color(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = kaesong("search", "leaflets", "--format", "table").stdout
    assert "\x1b[" in coloured
    plain = kaesong("--no-color", "search", "leaflets", "--format", "table").stdout
    assert "\x1b[33m" not in plain and "\x1b[1;33m" not in plain
    monkeypatch.setenv("NO_COLOR", "1")
    env_plain = kaesong("search", "leaflets", "--format", "table").stdout
    assert "\x1b[33m" not in env_plain and "\x1b[1;33m" not in env_plain


def test_exit_codes():
    assert kaesong("timeline").exit_code == 0
    nothing = kaesong("timeline", "--since", "2030")
    assert nothing.exit_code == 1 and "no events from 2030" in nothing.stderr and nothing.stdout == ""
    bad = kaesong("timeline", "--since", "June")
    assert bad.exit_code == 2 and "--since" in bad.stderr
    usage = kaesong("timeline", "--frobnicate")
    assert usage.exit_code == 2
    lines = usage.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kaesong: No such option: --frobnicate")
    assert lines[0].endswith("(see 'kaesong timeline --help')")
    unknown = kaesong("frobnicate")
    assert unknown.exit_code == 2 and "No such command 'frobnicate'" in unknown.stderr


def test_help_has_examples():
    for command in ("timeline", "entity", "search", "quotes", "convert", "graph", "sources", "validate", "schema"):
        result = kaesong(command, "--help")
        assert result.exit_code == 0, command
        assert "Examples" in result.stdout and f"kaesong {command}" in result.stdout, command


def test_closed_pipe_ends_quietly():
    proc = subprocess.run(f"set -o pipefail; '{installed()}' timeline | head -1", shell=True, capture_output=True,
                          text=True, executable="/bin/bash", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("2005-10\t")
    assert proc.stderr == ""


def test_installed_script_and_python_m():
    result = run_installed("entity", "liaison-office", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hangul"] == "남북공동연락사무소"
    proc = subprocess.run([sys.executable, "-m", "kaesong_cli", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("kaesong ")


def test_full_disk_gives_one_line(tmp_path):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([installed(), "timeline"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["kaesong: cannot write output: No space left on device"]
