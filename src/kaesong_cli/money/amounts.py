"""An amount of money: an exact Decimal and its currency."""

from __future__ import annotations

from decimal import Decimal

CURRENCIES = ("KRW", "USD")
LIMIT = Decimal(10) ** 18  # a quintillion won is absurd; it also keeps Decimal maths exact


class Value:
    """A small immutable record compared by its fields (a plain class: `dataclasses` imports
    `inspect`, which costs a conversion's start-up more than the conversion itself)."""

    __slots__ = ()
    FIELDS: tuple[str, ...] = ()  # in the order the constructor takes them

    def __init__(self, *args, **kwargs):
        names = self.FIELDS
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} takes {len(names)} fields")
        values = dict(zip(names, args, strict=False), **kwargs)
        for name in names:
            object.__setattr__(self, name, values[name] if name in values else self._defaults()[name])

    @classmethod
    def _defaults(cls) -> dict:
        return {}

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.FIELDS)})"


class Amount(Value):
    FIELDS = ("value", "currency")
    __slots__ = ("currency", "value")
    value: Decimal
    currency: str

    @property
    def other(self) -> str:
        return "USD" if self.currency == "KRW" else "KRW"
