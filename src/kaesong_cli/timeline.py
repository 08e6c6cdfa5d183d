"""Events in time: filters on partial dates, a proportional chart, and TimelineJS3 export."""

from __future__ import annotations

import datetime as dt

from .dates import PartialDate, upper_bound
from .errors import UsageError


def date_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since/--until (partial dates) to inclusive sort-key bounds."""
    try:
        low = PartialDate.parse(since).iso() if since else None
        high = upper_bound(until) if until else None
    except ValueError as exc:
        which = "--since" if since and not _parses(since) else "--until"
        raise UsageError(f"{which}: {exc}") from None
    if low and high and low > high:
        raise UsageError(f"--since {since} is after --until {until}")
    return low, high


def _parses(text: str) -> bool:
    try:
        PartialDate.parse(text)
        return True
    except ValueError:
        return False


# --- chart -------------------------------------------------------------------------------------

def _start(date: dict) -> dt.date:
    return PartialDate.parse(date["value"]).first_day()


def _end(date: dict) -> dt.date:
    return PartialDate.parse(date["value"]).last_day()


def _span(days: int) -> str:
    if days >= 700:
        return f"{days / 365.25:.1f} years"
    if days >= 60:
        return f"{round(days / 30.44)} months"
    return f"{days} days"


def chart(events: list[dict], width: int = 48) -> str:
    """Events on a proportional time axis, one line each; quiet spells of two months or more are
    marked, so the long silence between the 2019 summit and June 2020 shows at a glance."""
    if not events:
        return ""
    first, last = _start(events[0]["date"]), max(_end(e.get("end") or e["date"]) for e in events)
    total = max((last - first).days, 1)

    def col(day: dt.date) -> int:
        return round((day - first).days / total * (width - 1))

    label_width = max(len(e["date"]["display"]) for e in events)
    axis = [" "] * width
    for year in range(first.year + 1, last.year + 1):
        at = col(dt.date(year, 1, 1))
        axis[at] = "┼"
    lines = [f"{first.year:<{label_width}}  {''.join(a if a != ' ' else '─' for a in axis)}  {last.year}"]
    previous = None
    for e in events:
        start, end = _start(e["date"]), _end(e.get("end") or e["date"])
        if previous and (start - previous).days >= 60:
            lines.append(f"{'':<{label_width}}  {'┆':>{col(previous) + 1}}{'':<{width - col(previous) - 1}}"
                         f"  … {_span((start - previous).days)} with no event")
        row = [" "] * width
        for c in range(col(start), col(end) + 1):
            row[c] = "━" if c != col(start) else "●"
        lines.append(f"{e['date']['display']:<{label_width}}  {''.join(row)}  {e['title']}")
        previous = max(previous or end, end)
    return "\n".join(lines) + "\n"


# --- TimelineJS3 -------------------------------------------------------------------------------

def _tjs_date(date: dict) -> dict:
    p = PartialDate.parse(date["value"])
    out = {"year": str(p.year)}
    for key, value in (("month", p.month), ("day", p.day), ("hour", p.hour), ("minute", p.minute)):
        if value is not None:
            out[key] = str(value)
    tz = date.get("tz")
    out["display_date"] = p.long() + (f", {p.hour:02d}:{p.minute:02d} {tz or ''}".rstrip() if p.hour is not None else "")
    return out


def timelinejs(events: list[dict], title: str, description: str | None) -> dict:
    """The TimelineJS3 JSON format: dates without a time zone (the zone goes in display_date),
    ASCII unique_ids, HTML-escaped text."""
    import html

    slides = []
    for e in events:
        text = f"<p>{html.escape(e['summary'])}</p><p><small>Source: {html.escape(e['cited'])}</small></p>"
        if e.get("note"):
            text += f"<p><small>Note: {html.escape(e['note'])}</small></p>"
        slide = {"unique_id": e["id"], "start_date": _tjs_date(e["date"]),
                 "text": {"headline": html.escape(e["title"]), "text": text},
                 "group": "Stated in the article" if e["basis"].startswith("stated") else "Context"}
        if e.get("end"):
            slide["end_date"] = _tjs_date(e["end"])
        slides.append(slide)
    return {"title": {"unique_id": "title", "text": {"headline": html.escape(title),
                                                     "text": f"<p>{html.escape(description or '')}</p>"}},
            "events": slides}
