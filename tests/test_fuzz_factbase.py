"""Issue 7: mutated fact bases are rejected with file, JSON path and reason (exit 2) by `validate`
and by every reading command alike, or accepted when still valid. The data file is never changed."""

import copy
import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import BUNDLED, kaesong
from .fuzz import FUZZ, assert_well_behaved, run_main

ORIGINAL = json.loads(BUNDLED.read_text(encoding="utf-8"))
READERS = [["timeline"], ["entity", "liaison-office"], ["search", "office"], ["quotes"], ["sources"],
           ["convert", "9.78 billion won", "--rate", "source"], ["graph"]]


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*path, i))


PATHS = [p for p in _paths(ORIGINAL) if p]
ODD = [None, 0, -1, 1.5, 10**30, True, "", " ", "x" * 6000, "2019-02-30", "liaison-office", "nobody", [], {},
       ["nobody"], {"source": "article"}, "[bold red]x[/]\x1b[31m\u202e", 1e308]


def _mutate(base, path, how, value):
    *parent_path, last = path
    parent = base
    for step in parent_path:
        parent = parent[step]
    if how == "drop":
        del parent[last]
    elif how == "rename" and isinstance(parent, dict):
        parent[f"{last}_renamed"] = parent.pop(last)
    elif how == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    else:
        parent[last] = value
    return base


@st.composite
def mutated_text(draw):
    base = copy.deepcopy(ORIGINAL)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(base) if p]
        path = draw(st.sampled_from(paths))
        _mutate(base, path, draw(st.sampled_from(["drop", "rename", "duplicate", "replace", "replace"])),
                draw(st.sampled_from(ODD)))
    text = json.dumps(base, ensure_ascii=False)
    damage = draw(st.sampled_from(["none", "none", "none", "truncate", "bom", "bad byte"]))
    raw = text.encode("utf-8")
    if damage == "truncate":
        raw = raw[:draw(st.integers(0, len(raw) - 1))]
    elif damage == "bom":
        raw = b"\xef\xbb\xbf" + raw
    elif damage == "bad byte":
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + b"\xff" + raw[at:]
    return raw


@FUZZ
@given(raw=mutated_text(), reader=st.sampled_from(READERS))
def test_validate_and_readers_agree_on_any_mutation(tmp_path_factory, raw, reader):
    path = tmp_path_factory.mktemp("fuzz") / "base.json"
    path.write_bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()
    v_code, v_out, v_err = run_main(["validate", str(path)])
    assert_well_behaved(v_code, v_out, v_err, "validate")
    r_code, r_out, r_err = run_main(["--data", str(path), *reader])
    assert_well_behaved(r_code, r_out, r_err, reader)
    if v_code == 0:
        assert r_code in (0, 1), (reader, r_err)
    else:
        assert v_code == 2 and r_code == 2, (reader, r_code, r_err)
        first = v_err.splitlines()[0]
        assert first.startswith(f"kaesong: {path}"), first
        assert r_err.splitlines()[0].startswith(first), (first, r_err)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # the user's data is never modified


def test_a_fifty_megabyte_string_is_rejected_with_its_path(write, base):
    base["entities"][0]["description"] = "x" * 50_000_000
    result = kaesong("--data", write(base), "timeline")
    assert result.exit_code == 2
    assert "entities[0].description: String should have at most 5000 characters" in result.stderr


@pytest.mark.parametrize("number", ["1e400", "-1e400", "NaN", "Infinity"])
def test_non_finite_numbers_anywhere(write, number):
    text = BUNDLED.read_text(encoding="utf-8").replace('"paragraphs": 23', f'"paragraphs": {number}', 1)
    result = kaesong("validate", write(text))
    assert result.exit_code == 2 and "sources[0].paragraphs" in result.stderr
