"""Issue 19: reader/values.py, the values a sentence states with their spans, and the one
tolerance rule of qualifiers."""

from decimal import Decimal

import pytest

from kaesong_cli.reader.values import Date, is_value_word, values


def one(text, kind):
    found = [v for v in values(text) if v.kind == kind]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("text, year, month, day, part", [
    ("blown up on 16 June 2020", 2020, 6, 16, None), ("on June 16th, 2020", 2020, 6, 16, None),
    ("on 2020-06-16", 2020, 6, 16, None), ("the 16th of June 2020", 2020, 6, 16, None),
    ("in June 2020", 2020, 6, None, None), ("in 2019", 2019, None, None, None),
    ("개성 2020년 6월 16일", 2020, 6, 16, None), ("2020년 6월", 2020, 6, None, None), ("6월 16일에", None, 6, 16, None),
    ("on June 16", None, 6, 16, None), ("on June 16th", None, 6, 16, None), ("in mid-June 2020", 2020, 6, None, "mid"),
    ("since the end of January", None, 1, None, "late"), ("in early June", None, 6, None, "early"),
    ("Sept. 14, 2018", 2018, 9, 14, None), ("first planned for August", None, 8, None, None),
])
def test_dates(text, year, month, day, part):
    v = one(text, "date")
    assert (v.value.year, v.value.month, v.value.day, v.value.part) == (year, month, day, part)
    assert text[v.start:v.end] == v.text  # the span is where it was written


def test_a_date_without_a_year_is_resolved_by_the_caller_and_said_so():
    v = one("The office was blown up on June 17", "date")
    assert v.value.year is None and v.notes == ("no year given",)
    assert v.value.resolve(2020).partial().iso() == "2020-06-17"


@pytest.mark.parametrize("text", ["31 February 2020", "June 31", "2020-02-30"])
def test_an_impossible_date_is_invalid_never_its_month(text):
    found = [v for v in values(text) if v.kind == "date"]
    assert all(v.value.invalid for v in found) or not found
    if found:
        assert found[0].value.partial() is None


def test_the_span_of_a_part_of_a_month():
    first, last = Date(2020, 6, part="mid").span()
    assert (first.day, last.day) == (11, 20)
    first, last = Date(2020, 2, part="late").span()
    assert (first.day, last.day) == (21, 29)


@pytest.mark.parametrize("text, minutes, step", [
    ("at 2:50 p.m.", 14 * 60 + 50, 1), ("at 14:50", 14 * 60 + 50, 1), ("at 3 pm", 15 * 60, 1),
    ("오후 2시 50분에", 14 * 60 + 50, 1), ("at noon", 12 * 60, 1), ("at 9:00 a.m.", 9 * 60, 1), ("14:49 KST", 14 * 60 + 49, 1),
])
def test_times(text, minutes, step):
    v = one(text, "time")
    assert v.value == minutes and v.step == step


def test_a_time_of_day_is_a_window():
    v = one("blown up in the morning", "time")
    assert v.holds(10 * 60 + 30) and not v.holds(14 * 60 + 50)
    assert one("on the afternoon of June 16", "time").holds(14 * 60 + 50)


def test_amounts_through_the_money_reader_with_spans():
    found = values("The renovation cost 9.78 billion won ($8.64 million).")
    won, dollars = [v for v in found if v.kind == "amount"]
    assert won.text == "9.78 billion won" and won.value.value == Decimal("9780000000") and won.value.currency == "KRW"
    assert dollars.text == "$8.64 million" and dollars.paired  # the conversion of the amount before it
    assert one("연락사무소 보수 비용은 97억 8천만 원이었다.", "amount").value.value == Decimal("9780000000")


def test_an_amount_beside_a_date_is_read_in_its_own_stretch():
    found = values("built in 2005 for 8 billion won")
    assert [v.kind for v in found] == ["date", "amount"]
    assert found[1].value.value == Decimal("8000000000")


@pytest.mark.parametrize("text, number, noun", [
    ("Twenty South Koreans returned home", 20, "South Koreans"), ("fifty-eight South Koreans", 58, "South Koreans"),
    ("58 South Koreans came home", 58, "South Koreans"), ("a four-story building", 4, "story building"),
    ("The building had six floors", 6, "floors"), ("남측 인원 58명이 귀환했다", 58, "인원 명"),
    ("그중 41명이 정부 당국자였다", 41, "정부 당국자 명"), ("정부 당국자 17명과", 17, "당국자 명"),
    ("twice a day", 2, "times a day"), ("a hundred and five people", 105, "people"),
])
def test_counts_and_number_words(text, number, noun):
    v = one(text, "count")
    assert v.value == number and v.noun == noun


def test_a_count_is_no_year_nor_part_of_a_name():
    assert not [v for v in values("closed in January 2020 because of Covid-19") if v.kind == "count"]
    assert [v.kind for v in values("the 298th meeting")] == ["ordinal"]


def test_weekdays():
    assert one("on Tuesday, June 16th, 2020", "weekday").value == "Tuesday"
    assert one("수요일에 폭파됐다", "weekday").value == "Wednesday"


@pytest.mark.parametrize("text, qualifier", [
    ("about 3 pm", "about"), ("around 4 p.m.", "about"), ("nearly 60 people", "nearly"), ("almost $9 million", "nearly"),
    ("more than 50 staff", "more"), ("less than 10 billion won", "less"), ("at least 40 people", "at least"),
    ("약 98억 원", "about"), ("100명 이상", "at least"),
])
def test_qualifiers(text, qualifier):
    (v,) = [v for v in values(text) if v.kind in ("time", "amount", "count")]
    assert v.qualifier == qualifier and v.text == text, v


# The one tolerance rule (reader/values.py): within half a step of the value as written, where
# 'about' and 'nearly' make a round number's trailing zeros insignificant.
@pytest.mark.parametrize("text, recorded, holds", [
    ("17.8 billion won", Decimal("17780000000"), True),     # 17.78 rounds to 17.8
    ("17.7 billion won", Decimal("17780000000"), False),
    ("about 10 billion won", Decimal("9780000000"), True), ("about 10 billion won", Decimal("17780000000"), False),
    ("nearly 10 billion won", Decimal("9780000000"), True), ("nearly 10 billion won", Decimal("10500000000"), False),
    ("Twenty South Koreans", 58, False), ("60 South Koreans", 58, False), ("about 60 South Koreans", 58, True),
    ("nearly 60 South Koreans", 58, True), ("more than 50 South Koreans", 58, True),
    ("fewer than 50 South Koreans", 58, False), ("about 100 staff", 41, False),
    ("about 3 pm", 14 * 60 + 50, True), ("around 4 p.m.", 14 * 60 + 50, False), ("at 2:50 p.m.", 14 * 60 + 49, False),
    ("about 2:50 p.m.", 14 * 60 + 49, True), ("at 3 pm", 14 * 60 + 50, False),
])
def test_one_tolerance_rule_for_amounts_counts_and_times(text, recorded, holds):
    (v,) = [v for v in values(text) if v.kind in ("time", "amount", "count")]
    assert v.holds(recorded) is holds, (v, recorded)


@pytest.mark.parametrize("word", ["March", "June", "Sept", "Twenty", "fifty-eight", "Tuesday", "third"])
def test_month_names_and_number_words_are_value_words(word):
    assert is_value_word(word)


@pytest.mark.parametrize("text", ["", "?!", "x" * 10_000, "\x00\x1b[31m", "9" * 400, "2020년 13월 40일", "99:99"])
def test_hostile_text_never_raises(text):
    values(text)


def test_a_rate_after_an_amount_is_read_as_a_rate():
    """The money reader reads an amount whole or not at all: 'per dollar' is cut off before it reads."""
    (v,) = [v for v in values("Chosun converted it at 1,133 won per dollar.") if v.kind in ("rate", "amount")]
    assert v.kind == "rate" and v.text == "1,133 won per dollar" and str(v.value.value) == "1133"


@pytest.mark.parametrize(("text", "noun"), [("Of those who came home, 41 were government officials.", "government officials"),
                                            ("17 were officials", "officials")])
def test_a_count_said_of_a_group_by_were_counts_what_follows_it(text, noun):
    (count,) = [v for v in values(text) if v.kind == "count"]
    assert count.noun == noun


def test_were_and_a_participle_is_an_act_not_what_is_counted():
    (count,) = [v for v in values("58 were flown home") if v.kind == "count"]
    assert count.noun != "flown home" and count.value == 58


def test_korean_sums_each_end_at_their_particle():
    found = [v for v in values("신축비 80억 원에 개보수비 97억 8천만 원을 더하면 약 178억 원이다") if v.kind == "amount"]
    assert [str(v.value.value) for v in found] == ["8000000000", "9780000000", "17800000000"]


@pytest.mark.parametrize(("text", "low", "high"), [("between fifteen and twenty people", 15, 20),
                                                   ("between 15 and 20 people", 15, 20)])
def test_between_two_numbers_is_a_range_and_and_joins_numbers_only_after_hundred(text, low, high):
    (count,) = [v for v in values(text) if v.kind == "count"]
    assert (count.value, count.high, count.noun) == (low, high, "people")
    (count,) = [v for v in values("one hundred and five people") if v.kind == "count"]
    assert count.value == 105


@pytest.mark.parametrize(("text", "value", "step"), [("4,498.57 m²", 4499, 1), ("around 4,500 square metres", 4500, 100),
                                                     ("연면적 4498㎡", 4498, 1), ("about 4,500 square meters", 4500, 100)])
def test_a_floor_area_is_a_count_of_square_metres(text, value, step):
    (area,) = [v for v in values(text) if v.noun == "m²"]
    assert (area.value, area.step) == (value, step)


@pytest.mark.parametrize(("text", "kind"), [("연락사무소 2층은 북측", "ordinal"), ("3층에는 회의실", "ordinal"),
                                            ("4층짜리 건물", "count"), ("4층 건물", "count")])
def test_a_korean_floor_number_with_a_particle_is_an_ordinal(text, kind):
    (v,) = [v for v in values(text) if v.kind in ("count", "ordinal")]
    assert v.kind == kind
