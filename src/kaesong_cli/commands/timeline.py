"""`kaesong timeline`: the events in date order."""

from __future__ import annotations

from ..errors import NotFound, UsageError
from ..output import Column, Raw, Table, View
from . import Session, resolve, window
from .columns import CITED, disputed_under, evidence_under, note_under

# One record shape for every format: plain, csv and JSON carry these fields in this order; a table
# shows the end, the date as stated, the summary and the note beneath the date and the title.
COLUMNS = [Column("date.display", "Date"), Column("end.display", "Until", under="date.display", template="to {}"),
           Column("date.stated", "Date as stated", under="date.display", template="“{}”"),
           Column("id", "Id", in_table=False), Column("title", "Event"),
           Column("summary", "Summary", under="title", style="default"), note_under("title"), disputed_under("title"),
           Column("entities", "Entities"), CITED]


def timeline(session: Session, *, fmt: str, since: str | None = None, until: str | None = None,
             entity: str | None = None, chart: bool = False, evidence: bool = False) -> View:
    from .. import timeline as tl

    low, high = tl.date_bounds(since, until)
    index = session.index
    numbers = index.linked_numbers(resolve(index, entity), ("event",)) if entity else None
    events = index.records("event", low, high, numbers)
    if not events:
        raise NotFound("no events" + window(since, until) + (f" involving {entity}" if entity else ""), COLUMNS)
    if chart:
        if fmt not in ("table", "plain"):
            raise UsageError("--chart draws text; leave out --format, or drop --chart for other formats")
        return View(Raw(lambda width: tl.chart(events, width, since, until)), events)
    if fmt == "ics":
        from ..output.ics import calendar

        return View(Raw(calendar(events, index.meta("title") or "kaesong"), exact=True), events)
    if fmt == "timelinejs":
        return View.document(tl.timelinejs(events, index.meta("title") or "kaesong", None))
    columns = COLUMNS
    if evidence:
        from ..answer.evidence import attach

        attach(index, events, lambda e: e["citations"])
        columns = [*COLUMNS, evidence_under("title")]
    return View(Table(columns, events, title=index.meta("title")), events)
