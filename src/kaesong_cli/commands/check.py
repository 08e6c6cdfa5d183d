"""`kaesong check "CLAIM"`: a claim judged part by part against the record, with its evidence; or
published as schema.org ClaimReview."""

from __future__ import annotations

from ..errors import NotFound, UsageError, excerpt
from ..output import Column, Table, View
from . import Session
from .columns import CITED

MAX_CLAIM = 10_000  # characters
COLUMNS = [Column("result", "Result"), Column("kind", "Part"), Column("asserted", "Claimed"),
           Column("on_record", "On record"), Column("other_values", "Other values", under="on_record",
                                                    template="others: {}", style="default"),
           Column("how", "How", under="on_record", style="italic"), Column("fact", "Judged on"), CITED,
           Column("evidence_text", "Evidence", under="fact", style="dim italic")]


def check(session: Session, *, fmt: str, claim: str, url: str | None = None, author: str | None = None,
          author_url: str | None = None, claim_by: str | None = None, claim_date: str | None = None,
          claim_url: str | None = None, config: str | None = None) -> View:
    from ..provenance.check import NOT_IN_RECORD
    from ..provenance.check import check as judge

    if not claim.strip():
        raise UsageError("give a claim to check, e.g. kaesong check 'The office was blown up on 17 June 2020'")
    if len(claim) > MAX_CLAIM:
        raise UsageError(f"a claim of {len(claim):,} characters is too long (at most {MAX_CLAIM:,})")
    publisher = None
    if fmt == "claimreview":
        from ..provenance.claimreview import Publisher

        publisher = Publisher.from_options(config, url=url, author=author, author_url=author_url, claim_by=claim_by,
                                           claim_date=claim_date, claim_url=claim_url)
        publisher.require()
    index = session.index
    verdict = judge(index, claim)
    rows = []
    if fmt != "claimreview":
        from ..answer.evidence import evidence, summary

        for p in verdict.parts:
            found = evidence(index, p.statement, claim) if p.statement else []
            rows.append({**p.as_json(), "evidence": found, "evidence_text": summary(found)})
    data = {"claim": claim, "verdict": verdict.verdict, "why": verdict.why or None, "parts": rows}
    if publisher is not None:
        from ..provenance.claimreview import claimreview

        sources = {}
        for p in verdict.checks:
            for c in p.statement.get("citations") or []:
                if c["source"] not in sources and (found := index.get(c["source"])) and found[0] == "source":
                    sources[c["source"]] = found[1]
        doc = claimreview(verdict, publisher, list(sources.values()), index)
        if verdict.verdict == NOT_IN_RECORD:  # written all the same, with its honest rating; exit 1
            missing = NotFound(f"{excerpt(claim)} is not in the record: {verdict.why}")
            missing.empty = doc
            missing.document = True
            raise missing
        return View.document(doc)
    if verdict.verdict == NOT_IN_RECORD:
        missing = NotFound(f"{excerpt(claim)} is not in the record: {verdict.why}")
        missing.empty = data
        raise missing
    notes = []
    if fmt != "table":  # a table's title says it; plain, csv and JSON readers get it on stderr
        notes.append(f"{verdict.verdict.upper()}: {excerpt(claim, 80)}" + (f" ({verdict.why})" if verdict.why else ""))
    title = f"{verdict.verdict.upper()}: {claim}" + (f" ({verdict.why})" if verdict.why else "")
    return View(Table(COLUMNS, rows, title=title), data, notes)
