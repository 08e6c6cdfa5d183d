"""Issue 19: kaesong check --format claimreview, as Google's fact-check structured data reads it.

Checked three ways: JSON-LD expansion with pyld against a local copy of schema.org's context for
the terms ClaimReview uses (tests/schemaorg/context.jsonld; no network: a term it does not define
is dropped by expansion, so a misspelt property fails), extraction from a web page with extruct,
and a walk of Google's required and recommended fields."""

import json
from pathlib import Path

import pytest

from .conftest import kaesong

CONTEXT = Path(__file__).parent / "schemaorg" / "context.jsonld"
PUBLISHER = ["--url", "https://factcheck.example.org/kaesong/1", "--author", "Example Fact Check",
             "--author-url", "https://factcheck.example.org"]
# one claim for each verdict
VERDICTS = {
    "supported": "The renovation cost 9.78 billion won",
    "contradicted": "Twenty South Koreans returned home when the office was suspended in January 2020",
    "mixed": "The office opened in 2018 and was blown up in 2019",
    "disputed": "The office was blown up at 14:49",
    "not in the record": "Yoon Suk-yeol won South Korea's 2022 presidential election",
    "cannot judge": "16 June 2020",
}
NAMES = {"supported": "Supported by the record", "contradicted": "Contradicted by the record",
         "mixed": "Mixed: partly supported, partly contradicted", "disputed": "Disputed: the sources differ",
         "not in the record": "Unverified: not in the record", "cannot judge": "Unverified: cannot be judged"}


def review(claim, *extra):
    result = kaesong("check", claim, "--format", "claimreview", *PUBLISHER, *extra)
    return result, json.loads(result.stdout) if result.stdout.strip() else None


def expand(doc):
    from pyld import jsonld

    context = json.loads(CONTEXT.read_text(encoding="utf-8"))

    def loader(url, options=None):
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
        return {"contextUrl": None, "documentUrl": url, "document": context}

    return jsonld.expand(doc, {"documentLoader": loader})


def keys(node, prefix=""):
    """Every property path of a JSON-LD document (types and the context left out)."""
    out = set()
    if isinstance(node, list):
        for item in node:
            out |= keys(item, prefix)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k.startswith("@"):
                continue
            out.add(prefix + k)
            out |= keys(v, prefix + k + ".")
    return out


def expanded_keys(node, prefix=""):
    out = set()
    if isinstance(node, list):
        for item in node:
            out |= expanded_keys(item, prefix)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k.startswith("@"):
                continue
            name = k.removeprefix("http://schema.org/")
            out.add(prefix + name)
            out |= expanded_keys(v, prefix + name + ".")
    return out


@pytest.mark.parametrize("verdict", list(VERDICTS))
def test_every_verdict_writes_a_claimreview_google_accepts(verdict):
    result, doc = review(VERDICTS[verdict])
    assert result.exit_code == (1 if verdict == "not in the record" else 0), result.output
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    # Google's required fields
    assert doc["claimReviewed"] == VERDICTS[verdict]
    assert doc["url"] == "https://factcheck.example.org/kaesong/1"
    assert doc["author"] == {"@type": "Organization", "name": "Example Fact Check", "url": "https://factcheck.example.org"}
    rating = doc["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == NAMES[verdict]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    # recommended
    assert doc["datePublished"][:4].isdigit() and doc["itemReviewed"]["@type"] == "Claim"
    assert doc["reviewBody"].startswith(f"Verdict: {verdict}")


def test_the_ratings_order_the_verdicts():
    values = {v: review(c)[1]["reviewRating"]["ratingValue"] for v, c in VERDICTS.items()}
    assert values["contradicted"] < values["mixed"] < values["disputed"] < values["supported"]


def test_expansion_with_pyld_keeps_every_property():
    _, doc = review(VERDICTS["mixed"], "--claim-by", "Moon Jae-in", "--claim-date", "2020-06-20",
                    "--claim-url", "https://example.com/post/1")
    expanded = expand(doc)
    assert len(expanded) == 1 and expanded[0]["@type"] == ["http://schema.org/ClaimReview"]
    assert keys(doc) == expanded_keys(expanded), "a property schema.org's context does not define was dropped"
    node = expanded[0]
    assert node["http://schema.org/url"] == [{"@id": "https://factcheck.example.org/kaesong/1"}]
    claim = node["http://schema.org/itemReviewed"][0]
    assert claim["@type"] == ["http://schema.org/Claim"]
    assert claim["http://schema.org/appearance"][0]["http://schema.org/url"] == [{"@id": "https://example.com/post/1"}]


def test_a_misspelt_property_would_be_caught_by_the_expansion_test():
    _, doc = review(VERDICTS["supported"])
    doc["claimReviwed"] = doc.pop("claimReviewed")
    assert keys(doc) != expanded_keys(expand(doc))


def test_extruct_reads_it_from_a_page():
    import extruct

    _, doc = review(VERDICTS["contradicted"])
    page = ("<!doctype html><html><head><title>Fact check</title>"
            f'<script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>'
            "</head><body><p>Fact check</p></body></html>")
    found = extruct.extract(page, base_url="https://factcheck.example.org/kaesong/1", syntaxes=["json-ld"])["json-ld"]
    assert found == [doc]


# Google's fact-check structured data: required and recommended properties, where each may stand
REQUIRED = {"claimReviewed": str, "reviewRating": dict, "url": str, "author": dict}
RECOMMENDED = {"datePublished": str, "itemReviewed": dict}
RATING_REQUIRED = ("alternateName",)
RATING_RECOMMENDED = ("ratingValue", "bestRating", "worstRating")
CLAIM_RECOMMENDED = {"author": dict, "datePublished": str, "appearance": list, "firstAppearance": dict}


def walk_google(doc):
    """Problems Google's Rich Results test would report for a ClaimReview (the documented fields)."""
    problems = []
    for name, kind in REQUIRED.items():
        if not isinstance(doc.get(name), kind) or not doc.get(name):
            problems.append(f"missing required {name}")
    if not str(doc.get("url", "")).startswith(("http://", "https://")):
        problems.append("url is not an address")
    author = doc.get("author") or {}
    if author.get("@type") not in ("Organization", "Person") or not author.get("name"):
        problems.append("author needs a type and a name")
    rating = doc.get("reviewRating") or {}
    for name in RATING_REQUIRED:
        if not rating.get(name):
            problems.append(f"missing reviewRating.{name}")
    for name in RATING_RECOMMENDED:
        if not isinstance(rating.get(name), int):
            problems.append(f"missing reviewRating.{name}")
    if all(isinstance(rating.get(n), int) for n in RATING_RECOMMENDED) and \
            not rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]:
        problems.append("ratingValue outside worstRating..bestRating")
    for name, kind in RECOMMENDED.items():
        if not isinstance(doc.get(name), kind):
            problems.append(f"missing recommended {name}")
    claim = doc.get("itemReviewed") or {}
    if claim.get("@type") != "Claim":
        problems.append("itemReviewed is not a Claim")
    for name, kind in CLAIM_RECOMMENDED.items():
        if name in claim and not isinstance(claim[name], kind):
            problems.append(f"itemReviewed.{name} has the wrong shape")
    for work in [*claim.get("appearance", []), *([claim["firstAppearance"]] if "firstAppearance" in claim else [])]:
        if not str(work.get("url", "")).startswith("http"):
            problems.append("an appearance without an address")
    return problems


@pytest.mark.parametrize("verdict", list(VERDICTS))
def test_googles_required_and_recommended_fields(verdict):
    _, doc = review(VERDICTS[verdict], "--claim-by", "KCNA", "--claim-date", "2020-06-17",
                    "--claim-url", "https://example.com/claim")
    assert walk_google(doc) == []
    claim = doc["itemReviewed"]
    assert claim["author"] == {"@type": "Organization", "name": "KCNA"}  # the fact base knows KCNA is no person
    assert claim["datePublished"] == "2020-06-17"
    assert claim["appearance"] == [{"@type": "CreativeWork", "url": "https://example.com/claim"}]
    assert claim["firstAppearance"] == {"@type": "CreativeWork", "url": "https://example.com/claim"}


def test_the_walk_finds_what_is_missing():
    assert "missing required url" in walk_google({"claimReviewed": "x", "reviewRating": {"alternateName": "y"}})


def test_the_claims_details_are_left_out_when_not_given():
    _, doc = review(VERDICTS["supported"])
    assert doc["itemReviewed"] == {"@type": "Claim"}


def test_kaesongs_evidence_goes_to_the_body_and_citations_never_to_appearance():
    _, doc = review(VERDICTS["supported"], "--claim-url", "https://example.com/claim")
    assert doc["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": "https://example.com/claim"}]
    assert "9.78 billion won" in doc["reviewBody"] and "article ¶4" in doc["reviewBody"]
    names = [c["name"] for c in doc["citation"]]
    assert "The symbol of inter-Korean relations crumbled into dust" in names
    assert all(c["@type"] == "CreativeWork" for c in doc["citation"])
    assert all(c["url"].startswith("http") for c in doc["citation"] if "url" in c)


def test_without_url_it_exits_2_with_a_message():
    result = kaesong("check", VERDICTS["supported"], "--format", "claimreview", "--author", "Example")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--format claimreview needs --url" in result.stderr


def test_without_author_it_exits_2():
    result = kaesong("check", VERDICTS["supported"], "--format", "claimreview", "--url", "https://example.org/1")
    assert result.exit_code == 2 and "--author" in result.stderr


@pytest.mark.parametrize("option, value", [("--url", "example.org/1"), ("--author-url", "ftp://x"),
                                           ("--claim-url", "not a url"), ("--claim-date", "yesterday")])
def test_bad_publisher_details_exit_2(option, value):
    args = {"--url": "https://example.org/1", "--author": "Example"}
    args[option] = value
    result = kaesong("check", VERDICTS["supported"], "--format", "claimreview", *[x for kv in args.items() for x in kv])
    assert result.exit_code == 2 and option in result.stderr and "Traceback" not in result.output


def test_a_config_file_gives_the_publisher(tmp_path):
    config = tmp_path / "claimreview.toml"
    config.write_text('url = "https://example.org/checks/7"\nauthor = "Config Checks"\n', encoding="utf-8")
    result = kaesong("check", VERDICTS["supported"], "--format", "claimreview", "--config", config)
    doc = json.loads(result.stdout)
    assert doc["url"] == "https://example.org/checks/7" and doc["author"]["name"] == "Config Checks"
    over = kaesong("check", VERDICTS["supported"], "--format", "claimreview", "--config", config,
                   "--url", "https://example.org/checks/8")
    assert json.loads(over.stdout)["url"] == "https://example.org/checks/8"  # options win


@pytest.mark.parametrize("content, message", [('url = "https://x.org"\ncolour = "red"\n', "unknown key"),
                                              ("url = [", "not valid TOML"), ("author = 3\n", "must be a string")])
def test_a_bad_config_file_exits_2(tmp_path, content, message):
    config = tmp_path / "c.toml"
    config.write_text(content, encoding="utf-8")
    result = kaesong("check", VERDICTS["supported"], "--format", "claimreview", "--config", config)
    assert result.exit_code == 2 and message in result.stderr


def test_a_missing_config_file_exits_2(tmp_path):
    result = kaesong("check", VERDICTS["supported"], "--format", "claimreview", "--config", tmp_path / "none.toml")
    assert result.exit_code == 2 and "--config" in result.stderr
