"""A verdict as schema.org ClaimReview JSON-LD: the format fact-checkers publish and search engines
read (https://schema.org/ClaimReview)."""

from __future__ import annotations

import datetime as dt

from .check import CONTRADICTED, DISPUTED, NOT_IN_RECORD, SUPPORTED

# ClaimReview's rating: a number on the reviewer's scale and its name in words (alternateName).
RATINGS = {SUPPORTED: (5, "Supported by the record"), DISPUTED: (3, "Disputed: the sources differ"),
           CONTRADICTED: (1, "Contradicted by the record"), NOT_IN_RECORD: (0, "Not in the record")}


def claimreview(verdict, evidence: list[dict], title: str, today: dt.date | None = None) -> dict:
    value, name = RATINGS[verdict.verdict]
    urls = [e["url"] for e in evidence if e.get("url")]
    doc = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": verdict.claim,
        "datePublished": (today or dt.date.today()).isoformat(),
        "author": {"@type": "Organization", "name": "kaesong", "description": f"an offline fact explorer: {title}"},
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                         "alternateName": name},
        "itemReviewed": {"@type": "Claim", "text": verdict.claim,
                         "appearance": [{"@type": "CreativeWork", "citation": c.statement["cited"],
                                         "text": c.statement["sentence"]} for c in verdict.checks]},
        "reviewBody": "; ".join(f"{c.kind} {c.asserted}: {c.result} (on record: {c.on_record}, {c.statement['cited']})"
                                for c in verdict.checks) or verdict.why,
    }
    if urls:
        doc["url"] = urls[0]
        doc["isBasedOn"] = list(dict.fromkeys(urls))
    return doc
