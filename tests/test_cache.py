"""The derived index cache: keyed on the file, rebuilt when corrupt, skipped when unwritable,
safe under concurrent first runs, and never written beside (or into) the user's data."""

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from .conftest import event, installed, kaesong, minimal


def titles(result):
    assert result.exit_code == 0, result.output
    return [e["title"] for e in json.loads(result.stdout)]


def test_a_changed_file_is_read_again(write):
    path = write(minimal(events=[event("a", "2001", title="First version")]))
    assert titles(kaesong("--data", path, "timeline", "--format", "json")) == ["First version"]
    path.write_text(json.dumps(minimal(events=[event("a", "2001", title="Second version, longer")])))
    assert titles(kaesong("--data", path, "timeline", "--format", "json")) == ["Second version, longer"]
    cache = Path(os.environ["KAESONG_CACHE_DIR"])
    assert len(list(cache.glob("index-*.sqlite"))) == 1  # the stale index was removed


@pytest.mark.parametrize("garbage", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 50])
def test_a_corrupt_index_is_rebuilt(garbage):
    assert kaesong("timeline").exit_code == 0
    cache = Path(os.environ["KAESONG_CACHE_DIR"])
    (index,) = cache.glob("index-*.sqlite")
    index.write_bytes(garbage)
    result = kaesong("timeline")
    assert result.exit_code == 0 and result.stdout.startswith("2005-10\t") and result.stderr == ""


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only folder")
def test_a_read_only_cache_folder_is_skipped(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    monkeypatch.setenv("KAESONG_CACHE_DIR", str(folder))
    assert kaesong("timeline").exit_code == 0


def test_an_unusable_cache_folder_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KAESONG_CACHE_DIR", str(blocker / "cache"))
    result = kaesong("search", "leaflets")
    assert result.exit_code == 0 and "defectors" in result.stdout and result.stderr == ""


def test_eight_concurrent_first_runs_all_succeed_and_the_data_is_untouched(write, tmp_path):
    path = write(minimal(events=[event(f"e{i}", f"20{i:02d}") for i in range(1, 40)]))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    env = {**os.environ, "KAESONG_CACHE_DIR": str(tmp_path / "shared-cache")}
    procs = [subprocess.Popen([installed(), "--data", str(path), "timeline"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(8)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 8, [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1 and outputs[0][0].count("\n") == 39
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    leftovers = [p.name for p in (tmp_path / "shared-cache").iterdir()]
    assert len(leftovers) == 1 and leftovers[0].endswith(".sqlite")
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.stem)) == [path.name]


def test_a_cache_folder_that_refuses_writes_is_skipped_even_as_root(monkeypatch):
    """What a read-only folder does to a normal user, simulated so that it runs as root (CI) too."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = kaesong("entity", "liaison-office", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout)["id"] == "liaison-office"
    assert list(Path(os.environ["KAESONG_CACHE_DIR"]).glob("index-*")) == []
