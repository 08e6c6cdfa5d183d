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
            raise DateError(f"{_shown(text)} is not a date: {MONTHS[month - 1]} {year} has no day {day}")
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


# --- dates as people write them ------------------------------------------------------------------
# The one reader of written dates: a date argument (read_date) and the dates inside a sentence
# (find_dates). A calendar date that does not exist ('31 February 2020', '2020-02-30', 'June 31')
# is an error, never read as its month or its year.

_MONTH_WORD = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?(?![\d])(?![,.]\d)"
_YEAR = r"(\d{4})(?![\d])(?![,.]\d)"
# each form: a pattern and which groups hold the (year, month, day); the fuller forms first
_FORMS = [
    (r"(?<![\d.,-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])(?!T\d|:\d)", (1, 2, 3)),
    (r"(?<![\d.,])(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", (1, 2, 3)),
    (rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MONTH_WORD},?\s+{_YEAR}", (3, 2, 1)),
    (rf"\b{_MONTH_WORD}\s+{_DAY},?\s+{_YEAR}", (3, 1, 2)),
    (r"(?<![\d.,])(\d{4})\s*년\s*(\d{1,2})\s*월", (1, 2, None)),
    (r"(?<![\d.,-])(\d{4})-(\d{2})(?![\d])(?![,.]\d)(?!-\d)", (1, 2, None)),
    (rf"\b{_MONTH_WORD},?\s+{_YEAR}", (2, 1, None)),
    (r"(?<![\d.,])(\d{1,2})\s*월\s*(\d{1,2})\s*일", (None, 1, 2)),
    (rf"(?<![\w.,]){_DAY}\s+(?:of\s+)?{_MONTH_WORD}(?![a-z])", (None, 2, 1)),
    (rf"\b{_MONTH_WORD}\s+(?:the\s+)?{_DAY}", (None, 1, 2)),
    (r"(?<![\d.,])(\d{4})\s*년", (1, None, None)),
    (rf"\b(?:in|of|since|during|by|until|before|after|from|for|through)\s+{_YEAR}", (1, None, None)),
]
_COMPILED: list | None = None


class DateError(ValueError):
    """A written date that does not exist on the calendar."""


class WrittenDate:
    """A date found in a sentence: where it stands, and the date (its year None when the text
    gives none: 'June 16')."""

    __slots__ = ("date", "day", "end", "month", "start", "text", "year")

    def __init__(self, start: int, end: int, text: str, year: int | None, month: int | None, day: int | None):
        self.start, self.end, self.text = start, end, text
        self.year, self.month, self.day = year, month, day
        self.date = PartialDate(year, month, day) if year is not None else None

    def __repr__(self) -> str:
        return f"WrittenDate({self.text!r})"


def month_number(word: str) -> int:
    """'June', 'jun.', 'Sept' -> 6, 6, 9."""
    key = word.rstrip(".").lower()[:3]
    return next(i for i, name in enumerate(MONTHS, start=1) if name.lower().startswith(key))


def find_dates(text: str) -> list[WrittenDate]:
    """Every date written in `text`, in order: '16 June 2020', 'June 16, 2020', '2020-06-16',
    '2020년 6월 16일', 'June 2020', '2020-06', '2020년 6월', 'June 16' and '6월 16일' (no year),
    'in 2019', '2019년'. The fullest form at a place wins; a date that does not exist raises
    DateError ('31 February 2020' is never read as February 2020)."""
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = [(re.compile(p, re.IGNORECASE), groups) for p, groups in _FORMS]
    found: list[WrittenDate] = []
    taken: list[tuple[int, int]] = []
    for pattern, (gy, gm, gd) in _COMPILED:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            year = int(m.group(gy)) if gy else None
            raw_month = m.group(gm) if gm else None
            month = None if raw_month is None else int(raw_month) if raw_month.isdigit() else month_number(raw_month)
            day = int(m.group(gd)) if gd else None
            _valid(m.group(), year, month, day)
            taken.append((m.start(), m.end()))
            found.append(WrittenDate(m.start(), m.end(), m.group(), year, month, day))
    return sorted(found, key=lambda d: d.start)


def _valid(written: str, year: int | None, month: int | None, day: int | None) -> None:
    shown = _shown(written)
    if year is not None and year < 1000:
        raise DateError(f"{shown}: year {year} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{shown}: there is no month {month}")
    if day is not None:
        most = days_in_month(year, month) if year is not None else (29 if month == 2 else days_in_month(2001, month))
        if not 1 <= day <= most:
            where = f"{MONTHS[month - 1]} {year}" if year is not None else MONTHS[month - 1]
            raise DateError(f"{shown} is not a date: {where} has no day {day}")


def read_date(text: str) -> PartialDate:
    """A date argument: the ISO forms PartialDate.parse reads, or one written date with its year
    ('16 June 2020', 'June 2020', '2020년 6월 16일'). ValueError (DateError for a day the calendar
    does not have) says what is wrong."""
    stripped = text.strip() if isinstance(text, str) else text
    if isinstance(stripped, str) and _FORM.fullmatch(stripped):
        return PartialDate.parse(stripped)
    dates = find_dates(stripped) if isinstance(stripped, str) else []
    if len(dates) == 1 and dates[0].text.strip(" ,.") == stripped.strip(" ,.") and dates[0].date is not None:
        return dates[0].date
    if len(dates) == 1 and dates[0].date is None and dates[0].text == stripped:
        raise DateError(f"{_shown(text)} gives no year: write it as '16 June 2020' or 2020-06-16")
    return PartialDate.parse(text)  # its message says which forms are read
