"""Issue 2: every quotation is verbatim in the seed article, and every cited paragraph exists."""

import json
import re

import pytest

from .conftest import BUNDLED, SEED

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"the seed article is not at {SEED} (shared/ absent)")


def paragraphs():
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def citations(node):
    if isinstance(node, dict):
        if "source" in node and "paragraphs" in node:
            yield node
        for value in node.values():
            yield from citations(value)
    elif isinstance(node, list):
        for value in node:
            yield from citations(value)


def test_paragraph_count_matches_the_seed():
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    article = next(s for s in base["sources"] if s["id"] == "article")
    assert article["paragraphs"] == len(paragraphs()) == 23


def test_every_quotation_from_the_article_is_verbatim_in_its_cited_paragraph():
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    paras = paragraphs()
    checked = 0
    for quote in base["quotes"]:
        for c in quote["citations"]:
            if c["source"] == "article":
                assert c["paragraphs"], quote["id"]
                assert any(quote["text"] in paras[n - 1] for n in c["paragraphs"]), quote["id"]
                checked += 1
    assert checked == 4


def test_every_cited_article_paragraph_exists_and_key_facts_are_where_cited():
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    paras = paragraphs()
    for c in citations(base):
        if c["source"] == "article":
            assert all(1 <= n <= len(paras) for n in c["paragraphs"])
    figure = next(f for f in base["figures"] if f["id"] == "renovation-cost")
    assert figure["stated"] in paras[3] and figure["paired"]["stated"] in paras[3]
    assert re.search(r"blown up on June 16", paras[4])
