"""`kaesong check "CLAIM"`: a sentence checked against the record, with its evidence."""

from __future__ import annotations

from ..errors import NotFound, UsageError, excerpt
from ..output import Column, Table, View
from . import Session
from .ask import MAX_QUESTION, _meaning
from .columns import CITED

COLUMNS = [Column("result", "Result"), Column("kind", "Compared"), Column("asserted", "Claimed"),
           Column("on_record", "On record"), Column("other_values", "Other values", under="on_record",
                                                    template="others: {}", style="default"),
           Column("how", "How", under="on_record", style="italic"), Column("statement", "Statement"), CITED,
           Column("evidence_text", "Evidence", under="statement", style="dim italic")]


def check(session: Session, *, fmt: str, claim: str) -> View:
    from ..answer.evidence import evidence, summary
    from ..provenance.check import NOT_IN_RECORD
    from ..provenance.check import check as judge
    from ..provenance.claimreview import claimreview

    if not claim.strip():
        raise UsageError("give a claim to check, e.g. kaesong check 'The office was blown up on 17 June 2020'")
    if len(claim) > MAX_QUESTION:
        raise UsageError(f"a claim of {len(claim):,} characters is too long (at most {MAX_QUESTION:,})")
    index = session.index
    model, vectors, notes = _meaning(session, index)
    verdict = judge(index, claim, model, vectors)
    rows, items = [], []
    for c in verdict.checks:
        found = evidence(index, c.statement, claim)
        items += found
        rows.append({**c.as_json(), "evidence": found, "evidence_text": summary(found)})
    data = {"claim": claim, "verdict": verdict.verdict, "why": verdict.why or None, "checks": rows}
    if verdict.verdict == NOT_IN_RECORD:
        missing = NotFound(f"{excerpt(claim)} is not in the record: {verdict.why}")
        missing.empty = claimreview(verdict, [], index.meta("title") or "") if fmt == "claimreview" else data
        raise missing
    if fmt == "claimreview":
        return View.document(claimreview(verdict, items, index.meta("title") or ""))
    if fmt != "table":  # a table's title says it; plain, csv and JSON readers get it on stderr
        notes.append(f"{verdict.verdict.upper()}: {excerpt(claim, 80)}")
    return View(Table(COLUMNS, rows, title=f"{verdict.verdict.upper()}: {claim}"), data, notes)
