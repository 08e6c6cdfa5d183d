"""Partial dates: a year, a month, a day or a minute, written as the prefix of an ISO 8601 date.

The written form is also the sort key: "2018-09" sorts before "2018-09-14", which sorts before
"2018-09-14T10:30", so a month-only date comes before the days of that month.
"""

from __future__ import annotations

import re

_FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?", re.ASCII)  # digits 0-9 only
PRECISIONS = ("year", "month", "day", "minute")
TIME_ZONES = {"KST": "+09:00", "UTC": "+00:00"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


class PartialDate:
    __slots__ = ("day", "hour", "minute", "month", "year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None, hour: int | None = None,
                 minute: int | None = None):
        self.year, self.month, self.day, self.hour, self.minute = year, month, day, hour, minute

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and self.iso() == other.iso()

    def __hash__(self) -> int:
        return hash(self.iso())

    def __repr__(self) -> str:
        return f"PartialDate({self.iso()!r})"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; ValueError says what is wrong."""
        m = _FORM.fullmatch(text.strip()) if isinstance(text, str) else None
        if not m:
            raise ValueError(f"{_shown(text)} is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        year, month, day, hour, minute = (int(g) if g is not None else None for g in m.groups())
        if year < 1000:
            raise ValueError(f"{_shown(text)}: year {year} is out of range")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{_shown(text)}: there is no month {month}")
        if day is not None and not 1 <= day <= days_in_month(year, month):
            raise ValueError(f"{_shown(text)}: {MONTHS[month - 1]} {year} has no day {day}")
        if hour is not None and not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ValueError(f"{_shown(text)}: {hour:02d}:{minute:02d} is not a time of day")
        return cls(year, month, day, hour, minute)

    @property
    def precision(self) -> str:
        return PRECISIONS[sum(x is not None for x in (self.month, self.day, self.minute))]

    def iso(self) -> str:
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        if self.hour is not None:
            out += f"T{self.hour:02d}:{self.minute:02d}"
        return out

    def display(self, tz: str | None = None) -> str:
        """The date at its own precision: '2018-09', '2020-06-16 14:50 KST'."""
        text = self.iso().replace("T", " ")
        return f"{text} {tz}" if tz and self.hour is not None else text

    def first_day(self):
        """The first datetime.date the date covers ('2005' -> 2005-01-01)."""
        import datetime as dt

        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self):
        """The last datetime.date the date covers ('2005' -> 2005-12-31, '2020-02' -> 2020-02-29)."""
        import datetime as dt

        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, days_in_month(self.year, month))

    def long(self) -> str:
        """'16 June 2020', 'June 2020', '2005': for headlines and prose."""
        if self.month is None:
            return str(self.year)
        month = f"{MONTHS[self.month - 1]} {self.year}"
        return month if self.day is None else f"{self.day} {month}"


def _shown(text: object) -> str:
    """What was typed, for a message: short and escaped (built only when there is an error)."""
    from .errors import excerpt

    return excerpt(text) if isinstance(text, str) else repr(text)


def upper_bound(text: str) -> str:
    """The largest sort key that still lies within a partial date (for --until)."""
    return PartialDate.parse(text).iso() + "~"
