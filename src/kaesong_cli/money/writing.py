"""Writing amounts for people: short scale ('9.78 billion won'), Korean units ('97억 8,000만 원'),
all the digits ('₩9,780,000,000'), rates with the digits they need. A negative amount (a debt or a
loss) is written with a leading minus; each form reads back to the same number (tests/test_money.py)."""

from __future__ import annotations

from decimal import Decimal

from .amounts import Amount


def rounded(amount: Amount) -> Decimal:
    """To the won or the cent; an amount smaller than that keeps three significant digits
    (half a won is $0.000442, not $0)."""
    value = amount.value.quantize(Decimal(1) if amount.currency == "KRW" else Decimal("0.01"))
    if value == 0 and amount.value != 0:
        return significant(amount.value).normalize()
    return abs(value) if value == 0 else value  # never '-0'



def significant(value: Decimal, places: int = 3) -> Decimal:
    return value.quantize(Decimal(1).scaleb(value.adjusted() - places + 1))


def rate_text(value: Decimal) -> str:
    """A rate with the digits it needs: '1,131.94', '0.0001', '0.000123'."""
    if value >= 1:
        return f"{value.quantize(Decimal('0.01')):,}"
    return _trim(significant(value, 4))


def _sign(amount: Amount) -> tuple[str, Amount]:
    """('-', the amount made positive) for a debt or a loss; ('', the amount) otherwise."""
    return ("-", Amount(-amount.value, amount.currency)) if amount.value < 0 else ("", amount)


def digits(amount: Amount) -> str:
    """'₩9,780,000,000', '$8,640,000.00', '-$5.00'."""
    sign, amount = _sign(amount)
    value = rounded(amount)
    return f"{sign}₩{value:,}" if amount.currency == "KRW" else f"{sign}${value:,}"


def short_scale(amount: Amount) -> str:
    """'9.78 billion won', '$8.64 million': exact when three decimals say it all, else two."""
    sign, amount = _sign(amount)
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
    return f"{sign}{words} won" if amount.currency == "KRW" else f"{sign}${words}"


def _trim(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def korean_units(amount: Amount) -> str:
    """'97억 8,000만 원', '864만 달러', '732만 4,379.26 달러': groups of 조, 억, 만 and the rest, each
    with commas; cents stay with the rest, and an amount under one is its digits ('0.5 원')."""
    sign, amount = _sign(amount)
    currency = " 원" if amount.currency == "KRW" else " 달러"
    value = rounded(amount)
    if value < 1:
        return f"{sign}{value:f}{currency}"
    whole = int(value)
    fraction = value - whole
    parts = []
    for unit, power in (("조", 12), ("억", 8), ("만", 4)):
        count, whole = divmod(whole, 10 ** power)
        if count:
            parts.append(f"{count:,}{unit}")
    if whole or fraction or not parts:
        rest = Decimal(whole) + fraction
        parts.append(f"{rest:,}" if fraction else f"{whole:,}")
    return sign + " ".join(parts) + currency


def as_json(amount: Amount) -> dict:
    return {"amount": str(rounded(amount)), "exact": _trim(amount.value), "currency": amount.currency,
            "short_scale": short_scale(amount), "korean": korean_units(amount), "digits": digits(amount)}
