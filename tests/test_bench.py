"""bench/make_factbase.py writes valid, deterministic fact bases that kaesong reads at scale."""

import json
import subprocess
import sys

from .conftest import ROOT, kaesong


def make(tmp_path, events, name):
    out = tmp_path / name
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_factbase.py"), "--events", str(events), "--out", str(out)],
                   check=True, timeout=120)
    return out


def test_synthetic_base_is_valid_deterministic_and_searchable(tmp_path):
    first, second = make(tmp_path, 400, "a.json"), make(tmp_path, 400, "b.json")
    assert first.read_bytes() == second.read_bytes()
    result = kaesong("validate", first)
    assert result.exit_code == 0, result.output
    assert "valid (4 sources, 20 entities, 400 events, 80 quotes, 40 figures, 0 claims)" in result.stdout
    years = {e["date"]["value"][:4] for e in json.loads(first.read_text())["events"]}
    assert min(years) < "1960" and max(years) > "2015"  # across decades
    window = kaesong("--data", first, "timeline", "--since", "1990", "--until", "1999", "--format", "json")
    assert window.exit_code == 0 and all("1990" <= e["date"]["value"] < "2000" for e in json.loads(window.stdout))
    assert kaesong("--data", first, "search", "leaflets").exit_code == 0
