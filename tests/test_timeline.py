"""Issue 3: the timeline, its filters, precision-aware order, the chart and TimelineJS."""

import csv
import io
import json

import pytest

from .conftest import event, kaesong, minimal


def ids(result):
    assert result.exit_code == 0, result.output
    return [e["id"] for e in json.loads(result.stdout)]


def test_full_story_oldest_first():
    assert ids(kaesong("timeline", "--format", "json")) == [
        "consultation-office-opened", "building-constructed", "consultation-office-closed", "complex-shut",
        "panmunjom-declaration-signed", "site-agreed", "office-opened", "pyongyang-summit", "renovation-approved",
        "last-weekly-meeting", "hanoi-summit", "office-suspended", "first-threat", "calls-unanswered", "lines-cut",
        "kim-yo-jong-warning", "office-demolished", "lawsuit-filed"]


def test_dates_at_their_own_precision_and_relative_words_said():
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(kaesong("timeline", "--format", "csv").stdout))}
    assert rows["Office building completed"]["date.display"] == "2007-12-21"
    assert rows["Economic cooperation consultation office opens"]["date.display"] == "2005-10"
    assert rows["South Korea sues North Korea for the office"]["date.display"] == "2023-06-14"
    assert rows["North Korea blows up the liaison office"]["date.display"] == "2020-06-16 14:50 KST"
    assert rows["Kim Yo-jong warns the office will collapse"]["date.stated"] == "Last weekend"
    assert rows["Last weekly meeting of the co-heads"]["date.stated"] == "February last year"
    assert rows["Renovation spending approved"]["end.display"] == "2018-10-24"  # the end of a range, in csv too
    assert rows["Panmunjom Declaration signed"]["date.stated"] == ""  # only words that stated a date
    table = kaesong("timeline", "--format", "table").stdout
    assert "“Last weekend”" in table and "to 2018-10-24" in table


def test_since_until_with_partial_dates():
    assert ids(kaesong("timeline", "--since", "2020", "--format", "json"))[0] == "office-suspended"
    assert ids(kaesong("timeline", "--since", "2020-06", "--until", "2020-06", "--format", "json")) == [
        "first-threat", "calls-unanswered", "lines-cut", "kim-yo-jong-warning", "office-demolished"]
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


@pytest.mark.parametrize("width", [60, 80, 100, 120])
def test_chart_fits_the_terminal_and_never_breaks_a_label(width, monkeypatch):
    monkeypatch.setenv("COLUMNS", str(width))
    result = kaesong("timeline", "--chart")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= width for line in lines), max(lines, key=len)
    words = set(result.stdout.split())
    events = json.loads(kaesong("timeline", "--format", "json").stdout)
    for e in events:  # every word of every title whole (wrapped at spaces, never mid-word)
        assert set(e["title"].split()) <= words, e["title"]
    assert "… 11 months with no event" in " ".join(result.stdout.split())  # Feb 2019 -> Jan 2020
    assert sum("●" in line for line in lines) == 18
    marks = {e["id"]: next(line for line in lines if line.startswith(e["date"]["display"]) and "●" in line
                            and e["title"].split()[0] in line).index("●") for e in events}
    assert marks["office-demolished"] > marks["office-opened"]
    june = [marks[i] for i in ("first-threat", "lines-cut", "kim-yo-jong-warning", "office-demolished")]
    assert june == sorted(set(june))  # four events of June 2020, four columns, in order
    assert "2010" in lines[0] and "┼" in lines[1]  # the axis is labelled in years


def test_chart_zooms_to_the_window_and_labels_months():
    result = kaesong("timeline", "--chart", "--since", "2020-01", "--until", "2020-06")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "2020-03" in lines[0] and lines[1].startswith("2020-01–2020-06")
    assert sum("●" in line for line in lines) == 6
    assert kaesong("timeline", "--chart", "--format", "json").exit_code == 2


def test_timelinejs_structure():
    result = kaesong("timeline", "--format", "timelinejs")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["title"]["text"]["headline"].startswith("The demolition")
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert len(slides) == 18 and all(uid.isascii() for uid in slides)
    demolition = slides["office-demolished"]
    assert demolition["start_date"] == {"year": "2020", "month": "6", "day": "16", "hour": "14", "minute": "50",
                                        "display_date": "16 June 2020, 14:50 KST"}
    assert slides["complex-shut"]["start_date"] == {"year": "2016", "month": "2", "display_date": "February 2016"}
    assert slides["hanoi-summit"]["end_date"]["day"] == "28"
    assert demolition["group"] == "Stated in the article" and slides["lines-cut"]["group"] == "Context"
    assert "Source: article ¶5, 15, 16, 19" in demolition["text"]["text"]
    for slide in doc["events"]:
        assert all(str(v).isdigit() for k, v in slide["start_date"].items() if k != "display_date")
