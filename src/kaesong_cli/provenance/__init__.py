"""Provenance: checking a claim against the record (check.py) and publishing the verdict as
schema.org ClaimReview (claimreview.py). The evidence itself is answer/evidence.py's; the
disputed values come from the fact base's claims (kaesong disputes)."""
