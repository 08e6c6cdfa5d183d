"""Packaging: the wheel carries the fact base, and a non-editable install finds it from anywhere."""

import os
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


def test_cache_folder_matches_platformdirs(monkeypatch):
    import platformdirs

    from kaesong_cli.cachedir import cache_dir

    monkeypatch.delenv("KAESONG_CACHE_DIR")
    for xdg in (None, "/tmp/xdg-cache-test"):
        if xdg:
            monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        else:
            monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        assert cache_dir() == platformdirs.user_cache_dir("kaesong", appauthor=False)


@pytest.mark.skipif(os.environ.get("KAESONG_SKIP_WHEEL") == "1", reason="KAESONG_SKIP_WHEEL=1")
def test_wheel_ships_the_fact_base_and_runs_from_another_folder(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                            str(ROOT)], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("kaesong-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        assert "kaesong_cli/data/kaesong.json" in names
        assert zf.read("kaesong_cli/data/kaesong.json") == (ROOT / "data" / "kaesong.json").read_bytes()
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                              str(wheel)], capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "KAESONG_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("KAESONG_DATA", None)
    run = subprocess.run([sys.executable, "-m", "kaesong_cli", "timeline"], cwd=elsewhere, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].startswith("2005-10\t\t\tconsultation-office-opened\t"
                                                 "Economic cooperation consultation office opens\t")
    located = subprocess.run([sys.executable, "-c", "from kaesong_cli.factbase import bundled_path; print(bundled_path())"],
                             cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert located.stdout.strip().startswith(str(target))
