"""Issue 7: hostile text in every command and format, interrupted builds, a full disk for the cache."""

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kaesong_cli.index import build as index_module

from .conftest import ROOT, installed, kaesong, minimal

HOSTILE = "[bold red]x[/bold red] [link=http://evil.example]y[/link] \x1b[2J\x1b]0;title\x07 \u202etxet\u202c \x00 \x9b6n"
RAW = ["\x1b", "\x07", "\x00", "\u202e", "\x9b"]


@pytest.fixture
def hostile(write):
    entity = {"id": "bad", "kind": "person", "name": f"Bad {HOSTILE}", "aliases": [HOSTILE], "description": HOSTILE,
              "citations": [{"source": "src", "paragraphs": [1]}],
              "attributes": [{"name": HOSTILE, "value": HOSTILE, "citations": [{"source": "src"}], "note": HOSTILE}],
              "relations": [{"type": "knows", "target": "bad", "citations": [{"source": "src"}], "note": HOSTILE}]}
    return write(minimal(
        sources=[{"id": "src", "role": "primary", "kind": "news-article", "title": HOSTILE, "author": HOSTILE,
                  "paragraphs": 5, "note": HOSTILE}],
        entities=[entity],
        events=[{"id": "ev", "date": {"value": "2020-01-01", "stated": HOSTILE}, "title": HOSTILE, "summary": HOSTILE,
                 "entities": ["bad"], "citations": [{"source": "src", "paragraphs": [2]}], "note": HOSTILE}],
        quotes=[{"id": "qu", "text": f"evil {HOSTILE}", "speaker": "bad", "date": {"value": "2020-01-02"},
                 "about": ["bad"], "context": HOSTILE, "citations": [{"source": "src", "paragraphs": [3]}]}],
        figures=[{"id": "fi", "amount": "1000", "currency": "KRW", "stated": HOSTILE,
                  "paired": {"amount": "1", "currency": "USD", "stated": HOSTILE}, "date": {"value": "2020-01-03"},
                  "paid_for": HOSTILE, "entities": ["bad"], "citations": [{"source": "src", "paragraphs": [4]}]}]))


COMMANDS = [["timeline"], ["timeline", "--chart"], ["entity"], ["entity", "bad"], ["search", "evil"], ["quotes"],
            ["sources"], ["convert", "--rate", "source", "5 won"], ["graph"], ["graph", "-f", "mermaid"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "plain", "json", "csv", "markdown"])
def test_hostile_text_never_reaches_the_terminal_raw(hostile, command, fmt, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    takes_format = not ("--chart" in command or command[0] == "graph")
    result = kaesong("--data", hostile, *command, *(["--format", fmt] if takes_format else []))
    assert result.exit_code == 0, result.output
    plain = result.stdout
    if fmt == "table" and takes_format:  # Rich's own colour codes (…m) are ours; the data's \x1b[2J is not one
        plain = re.sub(r"\x1b\[[0-9;]*m", "", plain)
    for raw in RAW:
        assert raw not in plain, (command, fmt, repr(raw))
    if fmt != "json" or not takes_format:
        assert "[bold red]x[/bold red]" in plain or "\\x1b[2J" in plain


def test_a_full_disk_while_caching_falls_back_to_memory(monkeypatch):
    real_build = index_module.build
    calls = []

    def failing_on_disk(conn, *args, **kwargs):
        calls.append(conn)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        return real_build(conn, *args, **kwargs)

    monkeypatch.setattr(index_module, "build", failing_on_disk)
    result = kaesong("timeline")
    assert result.exit_code == 0 and result.stdout.startswith("2005-10\t") and result.stderr == ""
    assert len(calls) == 2  # the file failed, memory worked
    assert list(Path(os.environ["KAESONG_CACHE_DIR"]).iterdir()) == []  # no half-written file left


def test_sigint_during_an_index_build_leaves_no_cache(tmp_path):
    big = tmp_path / "big.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_factbase.py"), "--events", "30000", "--out", str(big)],
                   check=True, timeout=120)
    cache = tmp_path / "cache"
    env = {**os.environ, "KAESONG_CACHE_DIR": str(cache)}
    # a shell's background job starts with SIGINT ignored, and Python then keeps it so: restore the
    # default in the child, so the test does not depend on how the test run itself was started
    proc = subprocess.Popen([installed(), "--data", str(big), "timeline", "--since", "2000-01", "--until", "2000-01"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not (cache.exists() and any(p.name.endswith(".tmp") for p in cache.iterdir())):
        assert time.monotonic() < deadline and proc.poll() is None, "the build never started"
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "kaesong: interrupted"
    assert list(cache.iterdir()) == []  # neither a half-written index nor its temporary file
    again = subprocess.run([installed(), "--data", str(big), "timeline", "--since", "2000-01", "--until", "2000-01"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 0 and again.stdout.count("\n") > 0
    assert [p.suffix for p in cache.iterdir()] == [".sqlite"]


def test_json_output_of_hostile_text_round_trips(hostile):
    events = json.loads(kaesong("--data", hostile, "timeline", "--format", "json").stdout)
    assert events[0]["title"] == HOSTILE
