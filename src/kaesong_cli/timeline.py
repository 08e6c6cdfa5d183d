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


def chart(events: list[dict], width: int = 80, since: str | None = None, until: str | None = None) -> str:
    """Events on a proportional time axis, one line each (titles wrap at word boundaries), fitted
    to `width` terminal cells. The axis spans --since/--until when given (a zoom), else the events;
    it is labelled in years, or in months for a span under two years. Events that would share a
    column are spread one column apart, in date order. Quiet spells of two months or more are
    marked, so the long silence between the 2019 summit and June 2020 shows at a glance."""
    import textwrap

    if not events:
        return ""
    first = PartialDate.parse(since).first_day() if since else _start(events[0]["date"])
    last = PartialDate.parse(until).last_day() if until else max(_end(e.get("end") or e["date"]) for e in events)
    first = min(first, _start(events[0]["date"]))
    total = max((last - first).days, 1)
    label_width = max(len(e["date"]["display"]) for e in events)
    room = max(width - label_width - 4, 24)
    bar = max(16, room // 2, min(60, room - max(len(e["title"]) for e in events)))
    text_width = max(12, room - bar)

    def col(day: dt.date) -> int:
        return round((day - first).days / total * (bar - 1))

    def line(label: str, cells: str, text: str) -> list[str]:
        parts = textwrap.wrap(text, text_width, break_long_words=False, break_on_hyphens=False) or [""]
        return [f"{label:<{label_width}}  {cells}  {parts[0]}".rstrip()] + \
               [f"{'':<{label_width}}  {' ' * bar}  {part}".rstrip() for part in parts[1:]]

    lines = _axis(first, last, bar, col, label_width)
    marks = _spread([(_start(e["date"]), col(_start(e["date"]))) for e in events], bar)
    previous = None
    for e, at in zip(events, marks, strict=True):
        start, end = _start(e["date"]), _end(e.get("end") or e["date"])
        if previous is not None and (start - previous[0]).days >= 60:
            gap = " " * previous[1] + "┆" + " " * (bar - previous[1] - 1)
            lines += line("", gap, f"… {_span((start - previous[0]).days)} with no event")
        row = [" "] * bar
        for c in range(at, min(bar - 1, at + col(end) - col(start)) + 1):  # a range: its length from the mark
            row[c] = "━"
        row[at] = "●"
        lines += line(e["date"]["display"], "".join(row), e["title"])
        previous = (max(previous[0], end) if previous else end, at)
    return "\n".join(lines) + "\n"


def _spread(points: list[tuple[dt.date, int]], bar: int) -> list[int]:
    """Columns for events in date order, each day a column of its own, moved as little as can be.

    Columns y must rise by one at least with each new day: y_i = z_i + k_i, where k_i counts the
    new days so far and z does not decrease. The z nearest (in total columns moved) to the true
    columns is an isotonic regression under absolute error: pool adjacent violators, each pool at
    its median. Clamped to the bar; where it has fewer columns than days, the last ones share."""
    k = [0]
    for (day, _), (before, _) in zip(points[1:], points, strict=False):
        k.append(k[-1] + (day != before))
    pools: list[list[int]] = []
    for (_, c), shift in zip(points, k, strict=True):
        pools.append([c - shift])
        while len(pools) > 1 and _median(pools[-2]) > _median(pools[-1]):
            last = pools.pop()
            pools[-1].extend(last)
    z = [_median(pool) for pool in pools for _ in pool]
    top = max(0, bar - 1 - k[-1])
    return [min(bar - 1, max(0, min(v, top)) + shift) for v, shift in zip(z, k, strict=True)]


def _median(values: list[int]) -> int:
    return sorted(values)[(len(values) - 1) // 2]


def _axis(first: dt.date, last: dt.date, bar: int, col, label_width: int) -> list[str]:
    """Two lines: the tick labels, and the axis with a ┼ at each labelled tick."""
    years = last.year - first.year
    if years >= 2:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if (years / s + 1) * 5 <= bar)
        ticks = [(dt.date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1) if y % step == 0]
    else:
        months = (last.year - first.year) * 12 + last.month - first.month
        step = next((s for s in (1, 2, 3, 6, 12) if (months / s + 1) * 8 <= bar), 12)
        ticks, y, m = [], first.year, first.month
        while True:
            m += 1
            y, m = (y + 1, 1) if m > 12 else (y, m)
            day = dt.date(y, m, 1)
            if day > last:
                break
            if (m - 1) % step == 0:
                ticks.append((day, f"{y}-{m:02d}"))
    labels, axis, free = [" "] * bar, ["─"] * bar, 0
    for day, text in ticks:
        at = col(day)
        if at >= free and at + len(text) <= bar:
            labels[at:at + len(text)] = text
            axis[at] = "┼"
            free = at + len(text) + 1
    span = f"{first.isoformat()[:7] if years < 2 else first.year}–{last.isoformat()[:7] if years < 2 else last.year}"
    return [f"{'':<{label_width}}  {''.join(labels)}".rstrip(), f"{span:<{label_width}}  {''.join(axis)}"]


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
