"""`kaesong convert`: won and dollars, always with the rate and where it comes from."""

from __future__ import annotations

from ..errors import NotFound, UsageError, excerpt
from ..output import Column, Document, Table, View
from . import Session
from .columns import CITED, disputed_under

AMOUNT_COLUMNS = [Column("what", "", style="bold"), Column("short_scale", "Amount"), Column("korean", "Korean units"),
                  Column("digits", "Digits"), Column("amount", "Amount (digits only)", in_table=False),
                  Column("currency", "Currency", in_table=False)]
RATE_COLUMNS = [Column("field", "Field", style="bold"), Column("value", "Value")]
FIGURE_COLUMNS = [Column("id", "Figure"), Column("date.display", "Date"), Column("stated", "As stated"),
                  Column("paired.stated", "Source's pair"), Column("source_rate.text", "Source rate (KRW/USD)"),
                  Column("market.text", "Market rate (KRW/USD)"), Column("market.converted.short_scale", "At market"),
                  disputed_under("paired.stated"), CITED]


def convert(session: Session, *, fmt: str, amount: str | None = None, to: str | None = None,
            rate: str = "market", date: str | None = None, figure: str | None = None) -> View:
    from .. import money as m

    if amount is None:
        if to or date or figure or rate != "market":
            raise UsageError("--to, --rate, --date and --figure go with an AMOUNT; without one, every figure is shown")
        return _figures(session, m)
    reading = m.read_amount(amount)
    value = reading.amount
    if to is not None and m.parse_currency(to) == value.currency:
        raise UsageError(f"{excerpt(amount)} is already in {value.currency}: --to names the other currency")
    chosen = _rate(session, m, value, rate, date, figure)
    result = chosen.convert(value)
    rows = [{"what": "amount", **m.as_json(value)}, {"what": "converted", **m.as_json(result)}]
    rate_rows = [{"field": "rate", "value": f"{m.rate_text(chosen.krw_per_usd)} KRW per USD"},
                 {"field": "from", "value": chosen.described}]
    data = {"from": m.as_json(value), "to": m.as_json(result), "rate": chosen.as_json()}
    if reading.describe():  # an amount read out of a sentence: say which words
        rate_rows.insert(0, {"field": "read", "value": reading.describe()})
        data["read"] = {"words": reading.read, "in": reading.text, "set_aside": list(reading.set_aside)}
    return View(Document([Table(AMOUNT_COLUMNS, rows, title="Conversion"),
                          Table(RATE_COLUMNS, rate_rows, title="Rate", card=True)]), data)


def _rate(session: Session, m, value, rate: str, date: str | None, figure: str | None):
    key = rate.lower()
    if figure and key not in ("source", "article"):
        raise UsageError("--figure names the figure whose own pair gives the rate: it goes with --rate source")
    if key in ("source", "article"):
        if date:
            raise UsageError("--date goes with the market rate; the source rate is the one the source implies")
        return _source_rate(session, m, value, figure)
    if key == "market":
        market = m.Market()
        if date:
            first, last = m.parse_period(date)
            return market.average(first, last) if first != last else market.rate(first)
        return market.rate(market.last, "the latest day the rate data has")
    if date:
        raise UsageError("--date goes with the market rate, not with a rate given as a number")
    return m.given_rate(rate)


def _source_rate(session: Session, m, value, figure_id: str | None):
    """The rate a source's own pair implies: the named figure's; else that of the figure this very
    amount is (44.7 billion won is the lawsuit's, at its own $35 million); else the article's pair."""
    paired = [f for f in session.index.records("figure") if f.get("paired")]
    if figure_id:
        chosen = next((f for f in paired if f["id"] == figure_id), None)
        if chosen is None:
            known = ", ".join(f["id"] for f in paired) or "none"
            raise NotFound(f"--figure {excerpt(figure_id)}: no figure of that id gives both currencies (those that do: {known})")
        return m.source_rate(chosen)
    same = [f for f in paired if value in (m.Amount(m.Decimal(f["amount"]), f["currency"]),
                                           m.Amount(m.Decimal(f["paired"]["amount"]), f["paired"]["currency"]))]
    if same:
        return m.source_rate(same[0])
    stated = [f for f in paired if f["basis"].startswith("stated")]
    if not (stated or paired):
        raise NotFound("the fact base has no figure stated in both currencies, so it implies no rate")
    return m.source_rate((stated or paired)[0], why=f"{m.short_scale(value)} is none of the base's figures")


def _figures(session: Session, m) -> View:
    figures = session.index.records("figure")
    if not figures:
        raise NotFound("the fact base holds no money figures")
    market = m.Market()
    rows = []
    for f in figures:
        value = m.Amount(m.Decimal(f["amount"]), f["currency"])
        at_market = _figure_market_rate(m, market, f["date"]["value"])
        converted = at_market.convert(value)
        row = {**f, "market": {**at_market.as_json(), "converted": m.as_json(converted),
                               "text": f"{m.rate_text(at_market.krw_per_usd)} ({at_market.described})"}}
        if f.get("paired"):
            own = m.source_rate(f)
            gap = (own.krw_per_usd / at_market.krw_per_usd - 1) * 100
            row["source_rate"] = {**own.as_json(), "vs_market_percent": f"{gap:.2f}",
                                  "text": f"{m.rate_text(own.krw_per_usd)} ({gap:+.1f}% vs market)"}
        rows.append(row)
    return View(Table(FIGURE_COLUMNS, rows, title="Money figures"), rows)


def _figure_market_rate(m, market, value: str):
    """A dated figure at its day's rate; a figure for a month or a year at that period's average
    (the 2019 running cost was spent over 2019, not on 31 December)."""
    from ..dates import PartialDate

    date = PartialDate.parse(value)
    first, last = date.first_day(), date.last_day()
    if first == last:
        day = min(max(first, market.first), market.last)
        return market.rate(day)
    return market.average(first, last)
