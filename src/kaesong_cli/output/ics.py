"""`kaesong timeline --format ics`: the events as an iCalendar file (RFC 5545) for calendar apps.

* An event dated to the day is an all-day event (DTSTART;VALUE=DATE, DTEND the day after: RFC
  5545's end is exclusive). One dated to the month or year only spans that month or year, and says
  so in its description, so that a calendar never shows a day the record does not give.
* A time is Korea's local time (DTSTART;TZID=Asia/Seoul, with the VTIMEZONE that RFC 5545 asks for)
  or UTC (...Z), as the record gives it; a time without a zone stays floating.
* The description carries the summary, the citation (source and paragraph), the date as stated
  and any note or dispute. UIDs are the events' ids (id@kaesong): stable, so a re-import updates.
* Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character; text values are
  escaped (backslash, ';', ',' and newlines) and control characters shown as escapes.
"""

from __future__ import annotations

import datetime as dt

from ..dates import PartialDate
from .sanitize import visible

PRODID = "-//kaesong//kaesong timeline//EN"
SEOUL = ["BEGIN:VTIMEZONE", "TZID:Asia/Seoul", "BEGIN:STANDARD", "DTSTART:19880509T030000", "TZOFFSETFROM:+0900",
         "TZOFFSETTO:+0900", "TZNAME:KST", "END:STANDARD", "END:VTIMEZONE"]


def text(value: str) -> str:
    """An RFC 5545 TEXT value."""
    value = visible(value, keep_newlines=True).replace("\t", " ")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), between characters."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            parts.append(current)
            current, size = ch, 1 + n  # a continuation line starts with a space
        else:
            current += ch
            size += n
    parts.append(current)
    return "\r\n ".join(parts)


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _when(date: dict, name: str) -> str:
    """DTSTART or DTEND for a date with a time."""
    p = PartialDate.parse(date["value"])
    stamp = f"{p.year:04d}{p.month:02d}{p.day:02d}T{p.hour:02d}{p.minute:02d}00"
    tz = date.get("tz")
    if tz == "KST":
        return f"{name};TZID=Asia/Seoul:{stamp}"
    if tz == "UTC":
        return f"{name}:{stamp}Z"
    return f"{name}:{stamp}"  # floating: the record gives no zone


def _event(e: dict, stamp: str) -> list[str]:
    start, end = e["date"], e.get("end")
    p = PartialDate.parse(start["value"])
    lines = ["BEGIN:VEVENT", f"UID:{e['id']}@kaesong", f"DTSTAMP:{stamp}"]
    notes = []
    if p.hour is not None:
        lines.append(_when(start, "DTSTART"))
        if end and PartialDate.parse(end["value"]).hour is not None:
            lines.append(_when(end, "DTEND"))
        elif end:
            notes.append(f"Until {end['display']}.")
    else:
        last = PartialDate.parse(end["value"]).last_day() if end else p.last_day()
        lines += [f"DTSTART;VALUE=DATE:{_day(p.first_day())}", f"DTEND;VALUE=DATE:{_day(last + dt.timedelta(days=1))}"]
        if p.precision in ("month", "year"):
            notes.append(f"The record dates this to {start['display']} only (to the {p.precision}): the calendar "
                         f"shows the whole {p.precision}, not the day it happened.")
    description = [e["summary"], "", f"Source: {e['cited']}"]
    if start.get("stated"):
        description.append(f"Date as stated: “{start['stated']}”")
    if e.get("note"):
        description.append(f"Note: {e['note']}")
    for dispute in e.get("disputed") or []:
        description.append(f"The sources differ: {dispute}")
    description += notes
    lines += [f"SUMMARY:{text(e['title'])}", f"DESCRIPTION:{text(chr(10).join(description))}",
              f"CATEGORIES:{'stated in the article' if e['basis'].startswith('stated') else 'context'}",
              "TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


def calendar(events: list[dict], title: str, now: dt.datetime | None = None) -> str:
    """The events as one VCALENDAR: CRLF lines, folded."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{text(title)}", "X-WR-TIMEZONE:Asia/Seoul"]
    if any(e["date"].get("tz") == "KST" or (e.get("end") or {}).get("tz") == "KST" for e in events):
        lines += SEOUL
    for e in events:
        lines += _event(e, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
