"""Issue 10: conventions people rely on, and money views that say exactly what they did."""

import csv
import io
import json

import pytest

from .conftest import kaesong


def test_empty_results_in_json_are_an_empty_document_with_exit_1():
    hits = kaesong("search", "zzz", "--format", "json")
    assert hits.exit_code == 1 and json.loads(hits.stdout) == [] and "no hits" in hits.stderr
    events = kaesong("timeline", "--since", "1990", "--until", "1991", "--format", "json")
    assert events.exit_code == 1 and json.loads(events.stdout) == []
    nobody = kaesong("entity", "nobody-at-all", "--format", "json")
    assert nobody.exit_code == 1 and json.loads(nobody.stdout) is None
    plain = kaesong("search", "zzz")
    assert plain.exit_code == 1 and plain.stdout == ""


def test_global_options_after_the_command(write, base):
    assert kaesong("search", "leaflets", "--no-color").exit_code == 0
    base["events"], base["claims"] = base["events"][:1], []
    result = kaesong("timeline", "--data", write(base), "--format", "json")
    assert result.exit_code == 0 and [e["id"] for e in json.loads(result.stdout)] == ["consultation-office-opened"]


def test_errors_quote_a_short_escaped_excerpt():
    result = kaesong("entity", "x" * 100_000 + "\x1b[31m")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert len(line) < 200 and "…" in line and "\x1b" not in line and "\\x1b" in line
    long_option = kaesong("convert", "5 won", "--rate", "y" * 10_000)
    assert long_option.exit_code == 2 and len(long_option.stderr) < 200


@pytest.mark.parametrize("command", [["entity", "liaison-office"], ["convert", "9.78 billion won"], ["timeline"],
                                     ["quotes"], ["sources"], ["convert"], ["search", "office"], ["entity"]])
def test_csv_is_one_rectangle(command):
    rows = list(csv.reader(io.StringIO(kaesong(*command, "--format", "csv").stdout)))
    assert len(rows) > 1 and len({len(row) for row in rows}) == 1, command


def test_plain_fields_hold_the_text_exactly():
    lines = kaesong("entity", "liaison-office", "--format", "plain").stdout.splitlines()
    role = next(line.split("\t") for line in lines if line.split("\t")[1] == "role")
    assert role[2] == "a standing channel between the two Koreas, which the article likens to an embassy"
    assert role[3].startswith("The article calls it the first fixed communication centre")
    assert role[4] == "article ¶6; context: ap"


def convert(*args):
    result = kaesong("convert", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_an_amount_that_is_a_figure_converts_at_that_figures_own_pair():
    lawsuit = convert("44.7 billion won", "--rate", "source")
    assert lawsuit["to"]["amount"] == "35000000.00" and "implied by lawsuit-claim" in lawsuit["rate"]["source"]
    other = convert("5 billion won", "--rate", "source")
    assert "implied by renovation-cost" in other["rate"]["source"] and "none of the base's figures" in other["rate"]["source"]
    chosen = convert("5 billion won", "--rate", "source", "--figure", "lawsuit-claim")
    assert "implied by lawsuit-claim" in chosen["rate"]["source"]
    unknown = kaesong("convert", "5 won", "--rate", "source", "--figure", "construction-2005")
    assert unknown.exit_code == 1 and "renovation-cost" in unknown.stderr


@pytest.mark.parametrize("to", ["dollars", "$", "USD", "usd", "달러"])
def test_to_accepts_what_amounts_accept(to):
    assert convert("9.78 billion won", "--to", to, "--rate", "source")["to"]["currency"] == "USD"


@pytest.mark.parametrize("to", ["won", "₩", "KRW", "원"])
def test_to_won(to):
    assert convert("$1", "--to", to, "--rate", "1000")["to"]["amount"] == "1000"


def test_partial_dates_use_the_period_average_and_say_so():
    month = convert("1 dollar", "--date", "2018-10")["rate"]
    assert month["kind"] == "market-average" and "from 2018-10-01 to 2018-10-31" in month["source"]
    day = convert("1 dollar", "--date", "2018-10-24")["rate"]
    assert day["kind"] == "market" and day["date"] == "2018-10-24"
    assert 1100 < float(month["krw_per_usd"]) < 1150
    year = convert("1 dollar", "--date", "2019")["rate"]
    assert "from 2019-01-01 to 2019-12-31" in year["source"]


def test_small_results_keep_significant_digits_and_rates_their_digits():
    half = convert("0.5 won", "--rate", "1000")
    assert half["to"]["amount"] == "0.0005" and half["to"]["short_scale"] == "$0.0005"
    assert half["from"]["korean"] == "0.5 원"
    tiny = convert("5 won", "--rate", "0.0001")
    assert tiny["rate"]["krw_per_usd"] == "0.0001"
    table = kaesong("convert", "5 won", "--rate", "0.0001", "--format", "plain").stdout
    assert "0.0001 KRW per USD" in table


def test_messages_speak_json_not_python(write):
    result = kaesong("--data", write("null"), "timeline")
    assert result.exit_code == 2 and "not null" in result.stderr and "NoneType" not in result.stderr
