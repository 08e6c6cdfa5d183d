"""`kaesong disputes`: every point on which the sources differ, side by side."""

from __future__ import annotations

from ..errors import NotFound
from ..output import Column, Table, View
from . import Session, resolve, window

# One value a line: the claim, what it is about, the value, its rank and why, and who gives it.
COLUMNS = [Column("claim", "Claim"), Column("property", "Fact", under="claim", style="default"),
           Column("about", "About", under="claim", template="about {}"), Column("value", "Value"),
           Column("rank", "Rank"), Column("reason", "Why", under="rank", style="default"), Column("cited", "Given by")]


def disputes(session: Session, *, fmt: str, entity: str | None = None, since: str | None = None,
             until: str | None = None) -> View:
    from ..timeline import date_bounds

    low, high = date_bounds(since, until)
    index = session.index
    numbers = index.linked_numbers(resolve(index, entity), ("claim",)) if entity else None
    claims = index.records("claim", low, high, numbers)
    if not claims:
        scope = (f" about {entity}" if entity else "") + window(since, until)
        if (since or until) and not any(index.records(kind, low, high) for kind in ("event", "quote", "figure", "claim")):
            raise NotFound(f"nothing in that period: the fact base records nothing dated{window(since, until)}", COLUMNS)
        raise NotFound(f"no disputes{scope}: the sources agree" if scope else "the fact base records no disputes",
                       COLUMNS)
    rows = [{"claim": c["id"], "property": c["property"], "about": c["about"], "value": v["value"],
             "rank": v["rank"], "reason": v.get("reason"), "cited": v["cited"]}
            for c in claims for v in sorted(c["values"], key=lambda v: ("preferred", "normal", "deprecated").index(v["rank"]))]
    return View(Table(COLUMNS, rows, title="Where the sources differ"), claims)
