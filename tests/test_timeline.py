"""Issue 3: the timeline, its filters, precision-aware order, the chart and TimelineJS."""

import json

from .conftest import event, kaesong, minimal


def ids(result):
    assert result.exit_code == 0, result.output
    return [e["id"] for e in json.loads(result.stdout)]


def test_full_story_oldest_first():
    assert ids(kaesong("timeline", "--format", "json")) == [
        "building-constructed", "panmunjom-declaration-signed", "site-agreed", "office-opened", "renovation-approved",
        "last-weekly-meeting", "hanoi-summit", "office-suspended", "first-threat", "lines-cut", "kim-yo-jong-warning",
        "office-demolished", "lawsuit-filed"]


def test_dates_at_their_own_precision_and_relative_words_said():
    out = kaesong("timeline", "--format", "plain").stdout.splitlines()
    fields = {line.split("\t")[1]: line.split("\t") for line in out}
    assert fields["Office building built"][0] == "2005"
    assert fields["South Korea sues North Korea for the office"][0] == "2023-06"
    assert fields["North Korea blows up the liaison office"][0] == "2020-06-16 14:50 KST"
    assert fields["Kim Yo-jong warns the office will collapse"][4] == "Last weekend"
    assert fields["Last weekly meeting of the co-heads"][4] == "February last year"
    table = kaesong("timeline", "--format", "table").stdout
    assert "“Last weekend”" in table


def test_since_until_with_partial_dates():
    assert ids(kaesong("timeline", "--since", "2020", "--format", "json"))[0] == "office-suspended"
    assert ids(kaesong("timeline", "--since", "2020-06", "--until", "2020-06", "--format", "json")) == [
        "first-threat", "lines-cut", "kim-yo-jong-warning", "office-demolished"]
    assert ids(kaesong("timeline", "--until", "2018-09-14", "--format", "json"))[-1] == "office-opened"
    assert ids(kaesong("timeline", "--since", "2019-02-27", "--until", "2019-02-27", "--format", "json")) == [
        "hanoi-summit"]
    backwards = kaesong("timeline", "--since", "2020", "--until", "2019")
    assert backwards.exit_code == 2 and "after --until" in backwards.stderr


def test_entity_filter_by_any_name():
    by_id = ids(kaesong("timeline", "--entity", "kim-yo-jong", "--format", "json"))
    assert by_id == ["first-threat", "kim-yo-jong-warning"]
    assert ids(kaesong("timeline", "--entity", "김여정", "--format", "json")) == by_id
    assert ids(kaesong("timeline", "--entity", "the North Korean leader's sister", "--format", "json")) == by_id
    missing = kaesong("timeline", "--entity", "Kim Yo-jung")
    assert missing.exit_code == 1 and "did you mean kim-yo-jong" in missing.stderr


def test_month_only_date_sorts_before_the_days_of_that_month(write):
    base = minimal(events=[event("day", "2020-06-16"), event("minute", "2020-06-01T09:00"), event("month", "2020-06"),
                           event("year", "2020"), event("earlier-day", "2020-05-31"), event("day-one", "2020-06-01")])
    order = ids(kaesong("--data", write(base), "timeline", "--format", "json"))
    assert order == ["year", "earlier-day", "month", "day-one", "minute", "day"]


def test_chart_shows_the_quiet_spell():
    result = kaesong("timeline", "--chart")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2005") and lines[0].rstrip().endswith("2023")
    assert any("11 months with no event" in line for line in lines)  # Feb 2019 -> Jan 2020
    assert sum("●" in line for line in lines) == 13
    demolition = next(line for line in lines if "blows up" in line)
    opening = next(line for line in lines if "Liaison office opens" in line)
    assert demolition.index("●") > opening.index("●")
    assert kaesong("timeline", "--chart", "--format", "json").exit_code == 2


def test_timelinejs_structure():
    result = kaesong("timeline", "--format", "timelinejs")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["title"]["text"]["headline"].startswith("The demolition")
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert len(slides) == 13 and all(uid.isascii() for uid in slides)
    demolition = slides["office-demolished"]
    assert demolition["start_date"] == {"year": "2020", "month": "6", "day": "16", "hour": "14", "minute": "50",
                                        "display_date": "16 June 2020, 14:50 KST"}
    assert slides["building-constructed"]["start_date"] == {"year": "2005", "display_date": "2005"}
    assert slides["hanoi-summit"]["end_date"]["day"] == "28"
    assert demolition["group"] == "Stated in the article" and slides["lines-cut"]["group"] == "Context"
    assert "Source: article ¶5, 15, 16, 19" in demolition["text"]["text"]
    for slide in doc["events"]:
        assert all(str(v).isdigit() for k, v in slide["start_date"].items() if k != "display_date")
