"""Issue 10: every table view at the widths people's terminals have. Snapshots keep the layout from
regressing (KAESONG_UPDATE_SNAPSHOTS=1 rewrites them); and whatever the layout, a citation, a date
or an id is never cropped or broken: each of their words stands whole in the output."""

import json
import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from .conftest import kaesong

SNAPSHOTS = Path(__file__).parent / "snapshots"
WIDTHS = [60, 80, 100, 120]
VIEWS = {
    "timeline": ["timeline"],
    "entities": ["entity"],
    "entity-liaison-office": ["entity", "liaison-office"],
    "search-explosion": ["search", "explosion"],
    "quotes": ["quotes"],
    "sources": ["sources"],
    "figures": ["convert"],
    "convert-source": ["convert", "9.78 billion won", "--rate", "source"],
    "disputes": ["disputes"],
    "sources-article": ["sources", "article", "13-14"],
    "timeline-evidence": ["timeline", "--since", "2020-06", "--evidence"],
}
WHOLE = {"cited", "display", "id", "url"}  # keys whose values' words must appear whole in a table
ONE_LINE = {"display", "url"}  # and these whole on one line: a date, an address one can copy


def whole_values(node, shown_ids: bool):
    """(key, string) a table must show whole: citations, dates, addresses (and ids, where the view
    shows them)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in WHOLE and isinstance(value, str) and (key != "id" or shown_ids):
                yield key, value
            else:
                yield from whole_values(value, shown_ids)
    elif isinstance(node, list):
        for value in node:
            yield from whole_values(value, shown_ids)


def main_column_width(out: str) -> tuple[str, int]:
    """('table', the widest column's width) or ('cards', the width the values get)."""
    header = next((line for line in out.splitlines() if line.startswith("┃")), None)
    if header is not None:
        return "table", max(len(cell) for cell in header.strip("┃").split("┃"))
    width = max(cell_len(line) for line in out.splitlines())
    starts = [len(m.group(1)) for line in out.splitlines() if (m := re.match(r"(\S.*?\s{2,})\S", line))]
    return "cards", width - max(starts, default=0)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", VIEWS)
def test_table_views_at_every_width(name, width, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(width))
    args = VIEWS[name]
    result = kaesong(*args, "--format", "table")
    assert result.exit_code == 0, result.output
    out = result.stdout
    # a line wider than the terminal is one word too long to break (an address), alone on its line
    too_wide = [line for line in out.splitlines() if cell_len(line) > width and len(line.split()) > 1]
    assert not too_wide, (name, too_wide[:3])
    lines = out.translate(str.maketrans("│┃", "  ")).splitlines()
    words = {word for line in lines for word in line.split()}
    data = json.loads(kaesong(*args, "--format", "json").stdout)
    shown_ids = name in ("sources", "search-explosion", "entities", "figures")
    if name == "entities":  # the list shows ids, names and kinds, not the entities' citations
        data = [{"id": e["id"]} for e in data]
    if name == "disputes":  # a value a line, with who gives it; not the date of the fact disputed
        data = [{"cited": v["cited"]} for claim in data for v in claim["values"]]
    for key, value in whole_values(data, shown_ids):
        missing = [w for w in value.split() if w not in words]
        assert not missing, (name, width, value, missing)
        if key in ONE_LINE:
            assert any(value in line for line in lines), (name, width, value, "not on one line")
    if width == 120:  # the text gets room: at least half the width, unless it needs less
        layout, main = main_column_width(out)
        narrower = max(cell_len(line) for line in out.splitlines()) < width
        assert main >= width // 2 or (layout == "table" and narrower), (name, layout, main)
    snapshot = SNAPSHOTS / f"{name}-{width}.txt"
    if os.environ.get("KAESONG_UPDATE_SNAPSHOTS"):
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(out, encoding="utf-8")
    assert snapshot.is_file(), f"no snapshot {snapshot.name}: run with KAESONG_UPDATE_SNAPSHOTS=1 and read it"
    assert out == snapshot.read_text(encoding="utf-8"), f"{snapshot.name} changed"
