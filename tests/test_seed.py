"""Issues 2 and 12: the article's text travels with the fact base; every quotation is verbatim in
its cited paragraph, and every cited paragraph exists. Nothing here needs ../shared."""

import json
import re

import pytest

from .conftest import BUNDLED, SEED, kaesong


def article() -> dict:
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return next(s for s in base["sources"] if s["id"] == "article")


def paragraphs() -> list[str]:
    return article()["text"]


def citations(node):
    if isinstance(node, dict):
        if "source" in node and "paragraphs" in node:
            yield node
        for value in node.values():
            yield from citations(value)
    elif isinstance(node, list):
        for value in node:
            yield from citations(value)


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not beside the project (shared/ absent)")
def test_bundled_text_is_the_seed_article_exactly():
    seed = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert paragraphs() == seed


def test_paragraph_count_matches_the_text():
    assert article()["paragraphs"] == len(paragraphs()) == 23


def normalised(text: str) -> str:
    return " ".join(re.sub("[`‘’]", "'", text).split())


def test_every_quotation_from_the_article_is_verbatim_in_its_cited_paragraph():
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    paras = paragraphs()
    checked = 0
    for quote in base["quotes"]:
        for c in quote["citations"]:
            if c["source"] == "article":
                assert c["paragraphs"], quote["id"]
                assert any(normalised(quote["text"]) in normalised(paras[n - 1]) for n in c["paragraphs"]), quote["id"]
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


def test_a_quotation_one_word_off_fails_validate_with_its_path(base, write):
    quote = next(q for q in base["quotes"] if q["id"] == "kim-yo-jong-collapse")
    quote["text"] = "completely collapsed"
    result = kaesong("validate", write(base))
    assert result.exit_code == 2
    index = base["quotes"].index(quote)
    assert f"quotes[{index}].citations[0]: the quotation is not word for word in paragraph 14 of 'article'" in result.stderr


def test_a_text_whose_length_disagrees_with_paragraphs_fails_validate(base, write):
    base["sources"][0]["text"] = base["sources"][0]["text"][:-1]
    result = kaesong("validate", write(base))
    assert result.exit_code == 2 and "sources[0].paragraphs: says 23 paragraphs, but its text has 22" in result.stderr


def test_sources_prints_a_paragraph_exactly_as_written():
    result = kaesong("sources", "article", "14", "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert row == {"source": "article", "paragraph": 14, "text": paragraphs()[13]}
    assert row["text"].startswith("Last weekend, Kim Yo-jong")
    plain = kaesong("sources", "article", "14").stdout
    assert plain == f"14\t{paragraphs()[13]}\tarticle\n"


@pytest.mark.parametrize("spec, numbers", [("13-14", [13, 14]), ("13,16", [13, 16]), ("16,13-14", [16, 13, 14])])
def test_paragraph_ranges_and_lists(spec, numbers):
    rows = json.loads(kaesong("sources", "article", spec, "--format", "json").stdout)
    assert [r["paragraph"] for r in rows] == numbers


def test_a_paragraph_that_does_not_exist_says_how_many_there_are():
    result = kaesong("sources", "article", "24")
    assert result.exit_code == 1 and "it has 23" in result.stderr
    assert kaesong("sources", "article", "0").exit_code == 1
    assert kaesong("sources", "article", "x").exit_code == 2
    unheld = kaesong("sources", "kbs-4038719", "1")
    assert unheld.exit_code == 1 and "no bundled text; read it at http://news.kbs.co.kr" in unheld.stderr


def test_one_source_in_full():
    table = kaesong("sources", "article", "--format", "table").stdout
    assert "Last weekend, Kim Yo-jong" in table and "Samuel" in table
