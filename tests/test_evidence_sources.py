"""Issue 20: evidence never drops a source. One without bundled text is shown by its address, and
one without an address by its title, publisher and date, in every format."""

import json

import pytest

from .conftest import kaesong, minimal

PRINTED = "Hankyoreh English on the liaison office building, Hankyoreh, 2020-06-17"


@pytest.fixture
def data(write):
    sources = [{"id": "paper", "kind": "news-report", "title": "A paper's report", "publisher": "The Paper",
                "published": {"value": "2020-06-17"}},
               {"id": "site", "kind": "news-report", "title": "A site's report", "url": "https://news.example/1",
                "published": {"value": "2020-06-18"}}]
    base = minimal(events=[{"id": "blast", "date": {"value": "2020-06-16"}, "title": "Blown up",
                            "summary": "It was blown up.", "citations": [{"source": "paper"}, {"source": "site"}]}])
    base["sources"] += sources
    return write(base)


@pytest.mark.parametrize("fmt", ["plain", "csv", "table", "markdown"])
def test_a_source_without_an_address_keeps_its_title_and_date(data, fmt):
    result = kaesong("timeline", "--evidence", "--data", data, "--format", fmt)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "paper: A paper's report, The Paper, 2020-06-17" in flat
    assert "site: https://news.example/1" in flat


def test_json_evidence_has_a_reference_or_an_address(data):
    events = json.loads(kaesong("timeline", "--evidence", "--data", data, "--format", "json").stdout)
    assert events[0]["evidence"] == [{"source": "paper", "reference": "A paper's report, The Paper, 2020-06-17"},
                                     {"source": "site", "url": "https://news.example/1"}]


def test_bundled_source_without_an_address():
    doc = json.loads(kaesong("entity", "liaison-office", "--evidence", "--format", "json").stdout)
    floors = next(a for a in doc["attributes"] if a["name"] == "floors")
    assert {"source": "hankyoreh-949793", "reference": PRINTED} in floors["evidence"]
    assert f"hankyoreh-949793: {PRINTED}" in kaesong("entity", "liaison-office", "--evidence", "--format", "plain").stdout
