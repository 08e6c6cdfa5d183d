import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaesong_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "kaesong.json"
SEED = ROOT.parent / "shared" / "seed" / "000_e677b8c53843b8f0.txt"


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory, monkeypatch):
    """Each test gets its own index cache and working folder (a fuzzed `export sqlite NAME` writes
    there, never into the project), a wide terminal and no colour or data overrides."""
    monkeypatch.setenv("KAESONG_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("KAESONG_DATA", "NO_COLOR", "FORCE_COLOR", "KAESONG_DEBUG"):
        monkeypatch.delenv(var, raising=False)


def kaesong(*args, input=None):
    """Run the Typer app as a user would type `kaesong ARGS`."""
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def installed() -> str:
    """The installed console script beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "kaesong"
    return str(beside) if beside.exists() else shutil.which("kaesong")


def run_installed(*args, env=None, **kwargs):
    """The installed console script, in a real subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([installed(), *map(str, args)], capture_output=True, text=True, env=full_env, timeout=60,
                          **kwargs)


@pytest.fixture
def base():
    """A deep copy of the bundled fact base, to break or extend."""
    return copy.deepcopy(json.loads(BUNDLED.read_text(encoding="utf-8")))


@pytest.fixture
def write(tmp_path):
    """Write a fact base (dict, str or bytes) to a file and return its path."""
    counter = iter(range(10_000))

    def _write(content, name=None):
        path = tmp_path / (name or f"base{next(counter)}.json")
        if isinstance(content, dict):
            content = json.dumps(content, ensure_ascii=False)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return _write


def minimal(**collections):
    """A small valid fact base: one source with 5 paragraphs, plus what is given."""
    base = {"format": "kaesong-factbase/1", "title": "Fixture",
            "sources": [{"id": "src", "role": "primary", "kind": "news-article", "title": "Fixture source",
                         "paragraphs": 5}],
            "entities": [], "events": [], "quotes": [], "figures": []}
    base.update(collections)
    return base


def event(id, date, title="Something happened", summary="It happened.", **extra):
    return {"id": id, "date": {"value": date, **({"tz": "KST"} if "T" in date else {})}, "title": title,
            "summary": summary, "citations": [{"source": "src", "paragraphs": [1]}], **extra}
