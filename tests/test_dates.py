"""Issue 21: one reader of dates for every command. A day the calendar does not have is an error,
never read as its month or its year."""

import json

import pytest

from kaesong_cli.dates import DateError, PartialDate, find_dates, read_date

from .conftest import kaesong


@pytest.mark.parametrize("text, iso", [
    ("16 June 2020", "2020-06-16"), ("16th of June, 2020", "2020-06-16"), ("June 16, 2020", "2020-06-16"),
    ("Jun. 16 2020", "2020-06-16"), ("2020-06-16", "2020-06-16"), ("2020년 6월 16일", "2020-06-16"),
    ("June 2020", "2020-06"), ("2020-06", "2020-06"), ("2020년 6월", "2020-06"), ("in 2005", "2005"),
    ("2019년", "2019"), ("29 February 2020", "2020-02-29"),
])
def test_written_dates_are_found_at_their_own_precision(text, iso):
    (found,) = find_dates(f"It happened {text}.")
    assert found.date == PartialDate.parse(iso)


def test_dates_without_a_year_keep_their_month_and_day():
    (found,) = find_dates("blown up on June 16")
    assert (found.year, found.month, found.day, found.date) == (None, 6, 16, None)
    (korean,) = find_dates("6월 16일 폭파")
    assert (korean.month, korean.day) == (6, 16)


@pytest.mark.parametrize("text, message", [
    ("31 February 2020", "February 2020 has no day 31"), ("2020-02-30", "February 2020 has no day 30"),
    ("June 31", "June has no day 31"), ("February 30", "February has no day 30"),
    ("29 February 2019", "February 2019 has no day 29"), ("2020년 2월 30일", "February 2020 has no day 30"),
    ("September 31, 2020", "September 2020 has no day 31"), ("2020-13-01", "there is no month 13"),
])
def test_a_day_the_calendar_lacks_is_an_error_never_its_month(text, message):
    with pytest.raises(DateError, match=message):
        find_dates(f"The office was blown up on {text} in Kaesong")
    with pytest.raises(ValueError, match=message):
        read_date(text)


def test_the_fullest_form_at_a_place_wins_and_numbers_are_not_days():
    assert [d.text for d in find_dates("June 16, 2020 and 2020-06-17")] == ["June 16, 2020", "2020-06-17"]
    assert find_dates("June 5,000 won") == []  # a thousands group is no day
    assert find_dates("10-20 dollars") == []


def test_read_date_takes_one_date_with_its_year():
    assert read_date("2020") == PartialDate(2020)
    assert read_date(" 16 June 2020 ") == PartialDate(2020, 6, 16)
    with pytest.raises(DateError, match="gives no year"):
        read_date("June 16")
    with pytest.raises(ValueError, match="is not a date of the form"):
        read_date("yesterday")


@pytest.mark.parametrize("date, message", [
    ("31 February 2020", "--date '31 February 2020' is not a date: February 2020 has no day 31"),
    ("2020-02-30", "--date '2020-02-30' is not a date: February 2020 has no day 30"),
    ("June 31", "--date 'June 31' is not a date: June has no day 31"),
    ("June 16", "gives no year"),
])
def test_convert_refuses_a_date_the_calendar_lacks(date, message):
    result = kaesong("convert", "$5", "--date", date)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_convert_reads_a_written_date_as_the_same_day():
    written = json.loads(kaesong("convert", "$5", "--date", "24 October 2018", "--format", "json").stdout)
    iso = json.loads(kaesong("convert", "$5", "--date", "2018-10-24", "--format", "json").stdout)
    assert written["rate"] == iso["rate"] and written["rate"]["date"] == "2018-10-24"


def test_timeline_refuses_a_day_the_calendar_lacks():
    result = kaesong("timeline", "--since", "2020-02-30")
    assert result.exit_code == 2 and "February 2020 has no day 30" in result.stderr
