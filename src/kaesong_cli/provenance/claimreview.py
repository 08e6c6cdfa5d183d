"""A verdict as schema.org ClaimReview JSON-LD, the way Google's fact-check structured data reads it
(https://developers.google.com/search/docs/appearance/structured-data/factcheck):

    claimReviewed      the claim, as checked                                    required
    reviewRating       Rating: ratingValue within worstRating..bestRating, and  required
                       alternateName, the verdict in words
    url                the page that publishes this fact-check (--url)          required
    author             the publishing Organization (--author, --author-url)     required here
    itemReviewed       a Claim: its author (--claim-by), datePublished           recommended
                       (--claim-date), appearance and firstAppearance (--claim-url);
                       each left out when not given
    datePublished      the day the review is made
    reviewBody         kaesong's judgment part by part, with the facts and sources
    citation           the sources the judgment rests on (CreativeWork with name and url)

kaesong's evidence never goes into `appearance`: that is where the claim was made, not where the
record comes from. The publisher's details come from options or a small TOML file (--config):

    url = "https://factcheck.example.org/kaesong/1"
    author = "Example Fact Check"
    author_url = "https://factcheck.example.org"
"""

from __future__ import annotations

import datetime as dt
import re

from .check import CANNOT_JUDGE, CONTRADICTED, DISPUTED, MIXED, NOT_IN_RECORD, SUPPORTED

WORST, BEST = 1, 5
# The rating on a 1-5 scale and its name in words (alternateName, what readers see). A claim the
# record does not hold, or cannot judge, is rated in the middle: neither true nor false.
RATINGS = {SUPPORTED: (5, "Supported by the record"), MIXED: (2, "Mixed: partly supported, partly contradicted"),
           DISPUTED: (3, "Disputed: the sources differ"), CONTRADICTED: (1, "Contradicted by the record"),
           NOT_IN_RECORD: (3, "Unverified: not in the record"), CANNOT_JUDGE: (3, "Unverified: cannot be judged")}
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)
_KEYS = ("url", "author", "author_url", "claim_by", "claim_date", "claim_url")


class Publisher:
    """Who publishes the fact-check and where, and what is known of the claim reviewed."""

    def __init__(self, **given: str | None):
        for key in _KEYS:
            setattr(self, key, given.get(key))

    @classmethod
    def from_options(cls, config: str | None = None, **options: str | None) -> Publisher:
        """Options first, then the config file's keys; every address and date checked."""
        from ..errors import UsageError, excerpt

        values = {k: v for k, v in options.items() if v is not None}
        if config:
            values = {**_read_config(config), **values}
        for key in ("url", "author_url", "claim_url"):
            if values.get(key) is not None and not _URL.match(values[key]):
                raise UsageError(f"--{key.replace('_', '-')} {excerpt(values[key])} is not a web address (http:// or https://)")
        for key in ("author", "claim_by"):
            if values.get(key) is not None and not values[key].strip():
                raise UsageError(f"--{key.replace('_', '-')} is empty: give a name")
        if values.get("claim_date"):
            from ..dates import PartialDate

            try:
                PartialDate.parse(values["claim_date"])
            except ValueError:
                raise UsageError(f"--claim-date {excerpt(values['claim_date'])} is not a date of the form "
                                 "YYYY, YYYY-MM or YYYY-MM-DD") from None
        return cls(**values)

    def require(self) -> None:
        from ..errors import UsageError

        if not self.url:
            raise UsageError("--format claimreview needs --url: the address of the page that publishes this fact-check "
                             "(Google's ClaimReview requires it), e.g. --url https://example.org/checks/1 --author 'Example'")
        if not self.author:
            raise UsageError("--format claimreview needs --author: the organisation that publishes the fact-check")


def _read_config(path: str) -> dict:
    import tomllib

    from ..errors import UsageError, excerpt

    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise UsageError(f"--config {excerpt(path)}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"--config {excerpt(path)} is not valid TOML: {exc}") from None
    unknown = [k for k in data if k not in _KEYS]
    if unknown:
        raise UsageError(f"--config {excerpt(path)}: unknown key {excerpt(unknown[0])} (known: {', '.join(_KEYS)})")
    bad = [k for k, v in data.items() if not isinstance(v, str)]
    if bad:
        raise UsageError(f"--config {excerpt(path)}: {bad[0]} must be a string")
    return data


def claimreview(verdict, publisher: Publisher, sources: list[dict], index=None, today: dt.date | None = None) -> dict:
    """The ClaimReview of a verdict. `sources` are the source records its parts cite."""
    value, name = RATINGS[verdict.verdict]
    author = {"@type": "Organization", "name": publisher.author}
    if publisher.author_url:
        author["url"] = publisher.author_url
    doc = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": publisher.url,
        "claimReviewed": verdict.claim,
        "datePublished": (today or dt.date.today()).isoformat(),
        "author": author,
        "reviewRating": {"@type": "Rating", "ratingValue": value, "worstRating": WORST, "bestRating": BEST,
                         "alternateName": name},
        "itemReviewed": _claim(publisher, index),
        "reviewBody": review_body(verdict),
    }
    citations = [_cited(s) for s in sources]
    if citations:
        doc["citation"] = citations
    return doc


def _claim(publisher: Publisher, index) -> dict:
    claim: dict = {"@type": "Claim"}
    if publisher.claim_by:
        claim["author"] = {"@type": _agent_type(publisher.claim_by, index), "name": publisher.claim_by}
    if publisher.claim_date:
        claim["datePublished"] = publisher.claim_date
    if publisher.claim_url:
        work = {"@type": "CreativeWork", "url": publisher.claim_url}
        claim["appearance"] = [work]
        claim["firstAppearance"] = dict(work)
    return claim


def _agent_type(name: str, index) -> str:
    """A person or an organisation, as the fact base knows the name; a person otherwise."""
    if index is not None:
        for entity in index.entity_ids_named(name)[:1]:
            found = index.get(entity)
            if found and found[1].get("kind") != "person":
                return "Organization"
    return "Person"


def review_body(verdict) -> str:
    parts = []
    for p in verdict.parts:
        st = p.statement
        line = f"{p.kind} {p.asserted}: {p.result}"
        if st:
            line += f" (on record: {p.on_record or st['label']}; {st['label']}, {st.get('cited')})"
        if p.how:
            line += f"; {p.how}"
        parts.append(line)
    verdict_line = f"Verdict: {verdict.verdict}" + (f", {verdict.why}" if verdict.why else "") + "."
    return " ".join([verdict_line, *(f"{s}." for s in parts)])


def _cited(source: dict) -> dict:
    work: dict = {"@type": "CreativeWork", "name": source["title"]}
    if source.get("publisher"):
        work["publisher"] = {"@type": "Organization", "name": source["publisher"]}
    if source.get("author"):
        work["author"] = {"@type": "Person", "name": source["author"]}
    if (source.get("published") or {}).get("value"):
        work["datePublished"] = source["published"]["value"][:10]
    if source.get("url"):
        work["url"] = source["url"]
    return work
