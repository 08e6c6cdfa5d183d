"""Issue 21: money is read whole or not at all. The suite of written amounts (tests/money_suite.py)
reads with no wrong number; every form kaesong writes reads back; appending digits, number words or
a currency to an amount gives the whole amount or a refusal; refusals say what was read and what
was left, through `convert` and `check` alike."""

import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kaesong_cli.errors import UsageError
from kaesong_cli.money import Amount, as_json, digits, korean_units, read_amount, short_scale

from .conftest import ROOT, kaesong
from .money_suite import CASES

D = Decimal


def test_the_suite_has_at_least_300_amounts_of_every_origin():
    assert len(CASES) >= 300
    assert len({text for text, _, _ in CASES}) == len(CASES)  # no case counted twice
    origins = {origin for _, _, origin in CASES}
    assert {"issue", "price-parser", "money-parser", "korean", "news", "words", "traps"} <= origins


@pytest.mark.parametrize("text, truth, origin", CASES, ids=[f"{c[2]}:{c[0]}" for c in CASES])
def test_no_case_of_the_suite_reads_a_wrong_number(text, truth, origin):
    try:
        reading = read_amount(text)
    except UsageError as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    assert truth is not None, f"{text!r} holds no single amount, yet read {reading.amount}"
    value, currency = truth.split()
    assert (reading.amount.value, reading.amount.currency) == (D(value), currency), text


def test_the_bench_prints_the_counts_the_readme_gives():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "money_suite.py")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    total = re.search(r"^all\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", done.stdout, re.M)
    cases, right, refused, wrong = map(int, total.groups())
    assert cases == len(CASES) and wrong == 0 and right + refused == cases
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{cases} written amounts: {right} read right, {refused} refused, {wrong} wrong" in readme


# --- the examples of the issue, through the CLI ---------------------------------------------------

@pytest.mark.parametrize("written, exact, currency", [
    ("10,5 dollars", "10.5", "USD"), ("$35 and 12c", "35.12", "USD"), ("35 dollar 12", "35.12", "USD"),
    ("thirty-five dollars twelve", "35.12", "USD"), ("삼달러이십센트", "3.2", "USD"), ("삼달러 이십센트", "3.2", "USD"),
    ("($1,250.00)", "-1250", "USD"), ("1,234 (백만원)", "1234000000", "KRW"), ("56 (억원)", "5600000000", "KRW"),
    ("12 (천원)", "12000", "KRW"), ("4.5 ($ millions)", "4500000", "USD"), ("$ 2.345.000", "2345000", "USD"),
    ("1.234,56 dollars", "1234.56", "USD"), ("△1,234원", "-1234", "KRW"), ("$1.234 million", "1234000", "USD"),
])
def test_the_ordinary_forms_convert_to_the_exact_amount(written, exact, currency):
    import json

    result = kaesong("convert", "--rate", "1000", "--format", "json", "--", written)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["from"]["exact"], doc["from"]["currency"]) == (exact, currency)


@pytest.mark.parametrize("written, message", [
    ("$1e3", 'read "$1"; cannot read "e3"'),
    ("$5. 25", 'read "$5"; cannot read ". 25"'),
    ("$35 and 12", 'read "$35"; cannot read "and 12"'),
    ("5 dollars 5", 'read "5 dollars"; cannot read "5"'),
    ("$5 grand", 'read "$5"; cannot read "grand"'),
    ("half a million dollars", 'read "a million dollars"; cannot read "half"'),
    ("The 2 offices cost $5 million", 'read "$5 million"; cannot read "2 offices cost"'),
    ("$1.234", "1.234 with a decimal point, or 1,234 with a dot between thousands"),
    ("1.234 won", "1.234 with a decimal point, or 1,234 with a dot between thousands"),
    ("The fee ($5) is due", "negative (accounting) or an aside"),
    ("▲5,000원", 'cannot read "▲"'),
    ("AU$1.29 Million", '"AU$" is not the US dollar'),
    ("$1.29 Million NZD", 'cannot read "NZD"'),
    ("10,5000 dollars", "neither groups thousands nor marks cents"),
    ("1,234,56 dollars", "do not group them in threes"),
    ("5,000원 (백만원)", "currency or scale twice"),
    ("$5c", "both dollars and cents"),
])
def test_an_ambiguous_amount_is_refused_saying_what_was_read_and_what_was_left(written, message):
    result = kaesong("convert", "--rate", "1000", "--", written)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], lines


def test_dates_around_an_amount_are_sentence_not_amount():
    assert read_amount("It cost roughly 8 billion won in 2005").amount.value == 8_000_000_000
    assert read_amount("On 16 June 2020 North Korea destroyed an office worth 17.8 billion won").read == \
        "17.8 billion won"
    assert read_amount("2020년 6월 16일 폭파된 연락사무소에는 178억 원이 들었다").amount.value == 17_800_000_000
    with pytest.raises(UsageError, match='cannot read "31 February 2020'):  # no such day: its digits stay
        read_amount("On 31 February 2020 it cost $5")


def _amount_checks(node) -> list[dict]:
    """Every comparison of an amount in check's JSON, wherever it stands."""
    if isinstance(node, dict):
        own = [node] if node.get("kind") == "amount" else []
        return own + [c for value in node.values() for c in _amount_checks(value)]
    if isinstance(node, list):
        return [c for value in node for c in _amount_checks(value)]
    return []


def test_check_reads_amounts_with_the_same_reader_whole_or_not_at_all():
    import json

    read = json.loads(kaesong("check", "The renovation cost 9.78 billion won", "--format", "json").stdout)
    assert [c["result"] for c in _amount_checks(read)] == ["supported"]
    result = kaesong("check", "The renovation cost $1e3", "--format", "json")
    assert _amount_checks(json.loads(result.stdout)) == []  # never judged as '$1'
    # the sentence is cut into stretches at joining words ('in'), each read whole by the money reader
    parts = json.loads(kaesong("check", "The renovation cost 9.78 billion won in 2 parts", "--format", "json").stdout)
    assert [(c["asserted"], c["result"]) for c in _amount_checks(parts)] == [("9.78 billion won", "supported")]


# --- properties --------------------------------------------------------------------------------

values = st.builds(lambda n, places: D(n).scaleb(-places), st.integers(-10**15, 10**15), st.integers(0, 2))


def _written(value: Decimal, currency: str) -> list[str]:
    amount = Amount(value, currency)
    forms = [digits(amount), korean_units(amount), as_json(amount)["exact"] + " " + currency,
             as_json(amount)["amount"] + " " + ("won" if currency == "KRW" else "dollars")]
    scale = next((p for p in (12, 9, 6) if abs(value) >= D(10) ** p), 0)
    if scale == 0 or value == value.scaleb(-scale).quantize(D("0.001")).scaleb(scale):
        forms.append(short_scale(amount))  # exact when three decimals of the scale say it all
    return forms


@settings(max_examples=300, derandomize=True, deadline=None)
@given(values, st.sampled_from(["KRW", "USD"]))
def test_every_form_the_writer_produces_reads_back_exactly(value, currency):
    value = value.quantize(D(1) if currency == "KRW" else D("0.01"))
    for written in _written(value, currency):
        reading = read_amount(written)
        assert (reading.amount.value, reading.amount.currency) == (value, currency), written
        assert reading.read == written


PIECES = ["0", "5", "12", "000", ".5", ",5", ",000", " 000", " 7", "e3", "one", " one", " twelve", " million",
          " thousand", "k", " hundred", "삼십", "만", "억", "천", " 이천", " won", "won", "원", " 원", "$", " $5",
          " dollars", "달러", " USD", "₩", "c", " cents", " 12c", " and 12 cents", "¢", " EUR", "€", " 센트"]


@settings(max_examples=600, derandomize=True, deadline=None)
@given(values, st.sampled_from(["KRW", "USD"]), st.integers(0, 4),
       st.lists(st.sampled_from(PIECES), min_size=1, max_size=3))
def test_an_amount_with_digits_words_or_a_currency_appended_reads_whole_or_is_refused(value, currency, form, pieces):
    value = value.quantize(D(1) if currency == "KRW" else D("0.01"))
    written = _written(value, currency)[form % 4]
    for piece in pieces:  # words stay words: 'one' then 'won' is 'one won', not 'onewon'
        written += (" " if written[-1].isalpha() and piece[0].isalpha() else "") + piece
    try:
        reading = read_amount(written)
    except UsageError:
        return
    assert reading.read == written.strip(), (written, reading.read, reading.amount)
