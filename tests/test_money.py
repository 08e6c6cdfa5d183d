"""Issue 13: money as people write it, in words and in sentences. Each case is a written form and
the exact amount it means; a property test reads back every form kaesong itself writes."""

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaesong_cli.errors import UsageError
from kaesong_cli.money import Amount, digits, korean_units, read_amount, short_scale

from .conftest import kaesong

D = Decimal
FORMS = [
    # English number words (text2num)
    ("one dollar", "1", "USD"), ("a dollar", "1", "USD"), ("ten dollars", "10", "USD"), ("One Dollar", "1", "USD"),
    ("twenty-seven thousand dollars", "27000", "USD"), ("a hundred and five dollars", "105", "USD"),
    ("one hundred and five dollars", "105", "USD"), ("two million three hundred thousand won", "2300000", "KRW"),
    ("five thousand won", "5000", "KRW"), ("nine point seven eight billion won", "9780000000", "KRW"),
    ("twenty million won", "20000000", "KRW"), ("a million dollars", "1000000", "USD"), ("fifty-two bucks", "52", "USD"),
    ("a thousand won", "1000", "KRW"), ("eight point six four million dollars", "8640000", "USD"),
    ("seventy dollars", "70", "USD"), ("a buck", "1", "USD"), ("nineteen dollars", "19", "USD"),
    # cents, bucks, US
    ("10¢", "0.10", "USD"), ("ten cents", "0.10", "USD"), ("99 cents", "0.99", "USD"), ("1 cent", "0.01", "USD"),
    ("5 센트", "0.05", "USD"), ("42 bucks", "42", "USD"), ("1 buck", "1", "USD"), ("US $1.23", "1.23", "USD"),
    ("US$1.23", "1.23", "USD"), ("U.S. $5", "5", "USD"), ("5 US dollars", "5", "USD"), ("5 U.S. dollars", "5", "USD"),
    ("8.64 million US dollars", "8640000", "USD"), ("20 dollars 43 cents", "20.43", "USD"),
    ("20 dollars and 43 cents", "20.43", "USD"), ("twenty dollars and forty-three cents", "20.43", "USD"),
    # separators
    ("10 000 dollars", "10000", "USD"), ("10\u00a0000 dollars", "10000", "USD"), ("10\u202f000 won", "10000", "KRW"),
    ("1 000 000 won", "1000000", "KRW"), ("$1,234.56", "1234.56", "USD"), ("₩1,000", "1000", "KRW"),
    ("KRW 9,780,000,000", "9780000000", "KRW"), ("9780000000 KRW", "9780000000", "KRW"), ("$ 5", "5", "USD"),
    ("USD 5", "5", "USD"), ("5 USD", "5", "USD"), ("krw 5", "5", "KRW"), ("$.50", "0.50", "USD"), ("$0.5", "0.5", "USD"),
    # short scales
    ("9.78 billion won", "9780000000", "KRW"), ("9.78bn won", "9780000000", "KRW"), ("₩9.78B", "9780000000", "KRW"),
    ("$8.64 million", "8640000", "USD"), ("USD 8.64m", "8640000", "USD"), ("US$8.64M", "8640000", "USD"),
    ("$8.64M", "8640000", "USD"), ("$1.5 thousand", "1500", "USD"), ("$2k", "2000", "USD"), ("3 trillion won", "3e12", "KRW"),
    ("₩1tn", "1e12", "KRW"), ("$35 mn", "35000000", "USD"), ("44.7 billion won", "44700000000", "KRW"),
    ("17.78 billion won", "17780000000", "KRW"), ("$1 billion", "1e9", "USD"), ("1 million dollars", "1000000", "USD"),
    # Korean units and numerals
    ("97억 8천만 원", "9780000000", "KRW"), ("97.8억원", "9780000000", "KRW"), ("1조 2,000억 원", "1200000000000", "KRW"),
    ("이만칠천원", "27000", "KRW"), ("이천칠백삼십오만원", "27350000", "KRW"), ("2만 7천 원", "27000", "KRW"),
    ("2만7천원", "27000", "KRW"), ("이억 원", "200000000", "KRW"), ("이억원", "200000000", "KRW"), ("만원", "10000", "KRW"),
    ("만 원", "10000", "KRW"), ("십원", "10", "KRW"), ("백원", "100", "KRW"), ("천원", "1000", "KRW"),
    ("오천원", "5000", "KRW"), ("삼만 오천 원", "35000", "KRW"), ("447억 원", "44700000000", "KRW"),
    ("864만 달러", "8640000", "USD"), ("만달러", "10000", "USD"), ("십달러", "10", "USD"), ("만불", "10000", "USD"),
    ("십불", "10", "USD"), ("3만불", "30000", "USD"), ("국민소득 3만불", "30000", "USD"), ("백만 원", "1000000", "KRW"),
    ("천만원", "10000000", "KRW"), ("1억 원", "100000000", "KRW"), ("5천만 원", "50000000", "KRW"),
    ("97억 8,000만 원", "9780000000", "KRW"), ("10000원", "10000", "KRW"), ("₩10000", "10000", "KRW"),
    ("1,000원", "1000", "KRW"), ("원 5천", "5000", "KRW"),
    # amounts in sentences and page clutter
    ("Price: $129.00", "129.00", "USD"), ("The renovation cost 9.78 billion won", "9780000000", "KRW"),
    ("Seoul sued for 44.7 billion won.", "44700000000", "KRW"), ("Only $9.99!", "9.99", "USD"),
    ("Total: ₩15,000 (VAT incl.)", "15000", "KRW"), ("about $35 million", "35000000", "USD"),
    ("It cost me ten dollars", "10", "USD"), ("가격: 5,000원", "5000", "KRW"),
    ("그 비용은 97억 8천만 원이었다", "9780000000", "KRW"),
    ("Sale price $19.95 each", "19.95", "USD"), ("roughly 8 billion won in 2005", "8000000000", "KRW"),
    # sign and zero
    ("-5 won", "-5", "KRW"), ("$-5", "-5", "USD"), ("- $5", "-5", "USD"), ("−5 won", "-5", "KRW"), ("0 won", "0", "KRW"),
    ("$0", "0", "USD"), ("zero dollars", "0", "USD"),
]


def test_at_least_a_hundred_forms():
    assert len(FORMS) >= 100


@pytest.mark.parametrize("written, value, currency", FORMS, ids=[f[0] for f in FORMS])
def test_every_written_form_reads_exactly(written, value, currency):
    reading = read_amount(written)
    assert reading.amount.currency == currency
    assert reading.amount.value == D(value), (written, reading.amount.value)


@pytest.mark.parametrize("written, why", [
    ("10-20 dollars", "range or a bound"), ("5000원 이상", "range or a bound"), ("at least $1.42", "range or a bound"),
    ("10000원 미만", "range or a bound"), ("up to $5", "range or a bound"), ("more than 3 billion won", "range or a bound"),
    ("$5 or more", "range or a bound"), ("5 - 3 dollars", "range or a bound"), ("$5 to $10", "holds 2 amounts"),
    ("between $5 and $10", "holds 2 amounts"), ("9.78 billion won ($8.64 million)", "holds 2 amounts"),
    ("$1 and 2 won", "holds 2 amounts"), ("100 EUR", "unknown currency"), ("€5", "unknown currency"),
    ("9.78", "has no currency"), ("dollars", "no number stands"), ("nan won", "no number stands"), ("", "no amount given"),
    ("hello", "cannot read"), ("1e9 won", "not as 1e9"), ("12a5 won", "cannot read"),
])
def test_ranges_pairs_and_unreadable_texts_are_refused(written, why):
    with pytest.raises(UsageError) as refused:
        read_amount(written)
    assert why in str(refused.value)


def test_a_unit_syllable_counts_only_next_to_a_number():
    with pytest.raises(UsageError) as refused:
        read_amount("10000원 미만")
    message = str(refused.value)
    assert "'10000원 미만'" in message and "'10000원'" in message  # what was typed, not '10000  미만'
    assert read_amount("미만 가격 5,000원").amount.value == 5000  # the 만 of 미만 is no ten thousand
    with pytest.raises(UsageError):
        read_amount("미만 원")


def test_messages_quote_what_was_typed_shortened_and_escaped():
    with pytest.raises(UsageError) as refused:
        read_amount("\x1b[31m" + "x" * 500 + " EUR 5")
    message = str(refused.value)
    assert "\x1b" not in message and "\\x1b" in message and len(message) < 200


def test_the_words_read_are_reported():
    reading = read_amount("The renovation cost 9.78 billion won")
    assert reading.read == "9.78 billion won"
    assert reading.describe() == "read '9.78 billion won' in 'The renovation cost 9.78 billion won'"
    result = kaesong("convert", "The renovation cost 9.78 billion won", "--rate", "source", "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["read"] == {"words": "9.78 billion won", "in": "The renovation cost 9.78 billion won",
                           "set_aside": ["The renovation cost ", ""]}
    assert doc["to"]["amount"] == "8640000.00"
    plain = kaesong("convert", "Price: $129.00", "--rate", "1000").stdout
    assert "read '$129.00' in 'Price: $129.00'" in plain


def test_zero_converts_to_zero_and_a_debt_keeps_its_sign():
    zero = json.loads(kaesong("convert", "0 won", "--rate", "1000", "--format", "json").stdout)
    assert zero["to"]["amount"] == "0.00" and zero["to"]["digits"] == "$0.00"
    debt = json.loads(kaesong("convert", "--rate", "1000", "--format", "json", "--", "-5000 won").stdout)
    assert debt["to"]["amount"] == "-5.00" and debt["to"]["digits"] == "-$5.00" and debt["to"]["short_scale"] == "-$5"
    assert debt["from"]["korean"] == "-5,000 원"


amounts = st.builds(lambda n, places: D(n).scaleb(-places), st.integers(-10**15, 10**15), st.integers(0, 2))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(amounts, st.sampled_from(["KRW", "USD"]))
def test_every_form_kaesong_writes_reads_back_to_the_same_number(value, currency):
    places = D(1) if currency == "KRW" else D("0.01")
    value = value.quantize(places)
    if currency == "KRW" and value.is_zero() is False and abs(value) < 1:
        return
    amount = Amount(value, currency)
    for written in (digits(amount), korean_units(amount)):
        back = read_amount(written).amount
        assert back.currency == currency and back.value == value, (written, back.value)
    shown = short_scale(amount)  # exact when three decimals of the scale say it all
    scale = next((p for p in (12, 9, 6) if abs(value) >= D(10) ** p), 0)
    if scale == 0 or value == value.scaleb(-scale).quantize(D("0.001")).scaleb(scale):
        assert read_amount(shown).amount.value == value, shown
