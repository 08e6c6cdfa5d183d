"""An amount of money: an exact Decimal and its currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

CURRENCIES = ("KRW", "USD")
LIMIT = Decimal(10) ** 18  # a quintillion won is absurd; it also keeps Decimal maths exact


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str

    @property
    def other(self) -> str:
        return "USD" if self.currency == "KRW" else "KRW"
