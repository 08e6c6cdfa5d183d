"""Issue 4: amounts as people write them, rates always shown, exact decimal arithmetic."""

import json

import pytest

from .conftest import kaesong

WON = ["9.78 billion won", "9.78bn won", "₩9.78B", "KRW 9,780,000,000", "9780000000 KRW", "97억 8천만 원", "97.8억원"]
DOLLARS = ["$8.64 million", "8.64 million dollars", "USD 8.64m", "US$8.64M"]


def convert(*args):
    result = kaesong("convert", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("written", WON)
def test_every_written_form_of_won(written):
    doc = convert(written, "--rate", "source")
    assert doc["from"]["amount"] == "9780000000" and doc["from"]["currency"] == "KRW"
    assert doc["to"]["amount"] == "8640000.00" and doc["to"]["currency"] == "USD"


@pytest.mark.parametrize("written", DOLLARS)
def test_every_written_form_of_dollars(written):
    doc = convert(written, "--rate", "article")
    assert doc["from"]["amount"] == "8640000.00"
    assert doc["to"]["exact"] == "9780000000"


def test_trillions_in_korean_units():
    doc = convert("1조 2,000억 원", "--rate", "1200")
    assert doc["from"]["exact"] == "1200000000000"
    assert doc["from"]["korean"] == "1조 2,000억 원"
    assert doc["to"]["amount"] == "1000000000.00"
    assert doc["to"]["korean"] == "10억 달러"


def test_source_rate_reproduces_the_article_pair_both_ways_and_is_derived_from_the_data():
    doc = convert("9.78 billion won", "--rate", "source")
    assert doc["rate"]["krw_per_usd"] == "1131.944444"
    assert doc["rate"]["kind"] == "source" and "renovation-cost" in doc["rate"]["source"]
    assert "article ¶4" in doc["rate"]["source"]
    assert doc["to"]["short_scale"] == "$8.64 million"
    back = convert("$8.64 million", "--rate", "source")
    assert back["to"]["short_scale"] == "9.78 billion won" and back["to"]["korean"] == "97억 8,000만 원"


def test_source_rate_follows_the_data(base, write):
    base["figures"][0]["paired"].update(amount="9780000", stated="$9.78 million")
    base["figures"][0]["citations"] = [{"source": "chosun-2018-10-25"}]  # no longer the article's pair (validate's support check)
    doc = json.loads(kaesong("--data", write(base), "convert", "9.78 billion won", "--rate", "source",
                             "--format", "json").stdout)
    assert doc["rate"]["krw_per_usd"] == "1000.000000"


def test_round_trip_at_a_fixed_rate():
    there = convert("9.78 billion won", "--rate", "1,187.5")
    back = convert(f"{there['to']['exact']} USD", "--rate", "1187.5")
    assert back["to"]["exact"] == "9780000000"


def test_market_rate_on_a_weekend_falls_back_and_says_so():
    doc = convert("9.78 billion won", "--date", "2018-10-27")  # a Saturday
    assert doc["rate"]["kind"] == "market" and doc["rate"]["date"] == "2018-10-26"
    assert "nearest earlier business day to 2018-10-27" in doc["rate"]["source"]
    plain = kaesong("convert", "9.78 billion won", "--date", "2018-10-27").stdout
    assert "ECB reference rate of 2018-10-26" in plain and "KRW per USD" in plain


def test_default_is_the_latest_market_rate():
    doc = convert("$1")
    assert doc["rate"]["kind"] == "market" and "latest day" in doc["rate"]["source"]
    assert doc["to"]["currency"] == "KRW"


def test_every_figure_with_source_and_market_rates():
    result = kaesong("convert", "--format", "json")
    assert result.exit_code == 0
    figures = {f["id"]: f for f in json.loads(result.stdout)}
    renovation = figures["renovation-cost"]
    assert renovation["source_rate"]["krw_per_usd"] == "1131.944444"
    assert renovation["market"]["date"] == "2018-10-24"
    assert abs(float(renovation["source_rate"]["vs_market_percent"])) < 1  # the article's pair is consistent
    assert "source_rate" not in figures["construction-2005"]
    built = figures["construction-2005"]["market"]  # a figure for a whole year: that year's average rate
    assert built["kind"] == "market-average" and "from 2007-01-01 to 2007-12-31" in built["source"]
    assert figures["renovation-july-2018"]["market"]["kind"] == "market-average"  # a month's figure: the month's
    table = kaesong("convert", "--format", "table").stdout
    assert "1,131.94" in table
    plain = kaesong("convert").stdout
    assert "1,131.94 (-0.2% vs market)" in plain and "average of the 255 ECB reference rates" in plain


def test_human_formats_in_table():
    out = kaesong("convert", "97.8억원", "--rate", "source", "--format", "table").stdout
    for text in ("9.78 billion won", "97억 8,000만 원", "₩9,780,000,000", "$8.64 million", "864만 달러",
                 "$8,640,000.00", "1,131.94 KRW per USD"):
        assert text in out


@pytest.mark.parametrize("args, message", [
    (["nine billion dong"], "has no currency"),
    (["100 EUR"], "unknown currency"),
    (["9.78"], "has no currency"),
    (["10-20 dollars"], "a range or a bound"),
    (["9.78 billion won ($8.64 million)"], "holds 2 amounts"),
    (["nan won"], "cannot read"),
    (["inf dollars"], "cannot read"),
    (["100000000000000000000 won"], "too large"),
    (["5 won", "--date", "1990-01-01"], "no market rate for 1990-01-01"),
    (["5 won", "--date", "2018-02-30"], "is not a date"),
    (["5 won", "--date", "yesterday"], "is not a date"),
    (["5 won", "--to", "EUR"], "converts between won (KRW, ₩, 원) and US dollars"),
    (["5 won", "--to", "KRW"], "already in KRW"),
    (["5 won", "--rate", "cheap"], "--rate 'cheap'"),
    (["5 won", "--rate", "-3"], "positive number"),
    (["5 won", "--rate", "source", "--date", "2020-01-01"], "--date goes with the market rate"),
    (["", ], "no amount given"),
])
def test_bad_input_is_one_line_and_exit_2(args, message):
    result = kaesong("convert", *args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
