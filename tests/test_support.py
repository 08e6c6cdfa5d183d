"""Issue 20: the support check. A fact that cites a source's text says only what the cited paragraph
says, in a form the date, time, amount and count readers accept, or it declares how the value was
derived; `kaesong validate` fails otherwise with the fact, the value and the paragraphs searched."""

import json

import pytest

from .conftest import kaesong

TEXT = [
    "The office in Riverton was blown up on June 16, at 2:50 p.m., the agency said.",
    "The town paid 9.78 billion won ($8.64 million) to repair the four-story building.",
    "Last weekend the mayor warned the office would fall.",
    "Officials met twice a day.",
]


def handmade(**collections):
    """A base written by someone else: one source whose text it holds, one without text."""
    base = {"format": "kaesong-factbase/1", "title": "Hand-made",
            "sources": [{"id": "story", "role": "primary", "kind": "news-article", "title": "A story",
                         "published": {"value": "2020-06"}, "paragraphs": len(TEXT), "text": TEXT},
                        {"id": "wire", "kind": "news-report", "title": "A wire report", "publisher": "Wire",
                         "published": {"value": "2020-06-16"}}],
            "entities": [{"id": "office", "kind": "office", "name": "the office", "description": "An office.",
                          "citations": [{"source": "story", "paragraphs": [1]}]},
                         {"id": "mayor", "kind": "person", "name": "Jane Roe", "aliases": ["the mayor"],
                          "description": "The mayor.", "citations": [{"source": "story", "paragraphs": [3]}]}],
            "events": [], "quotes": [], "figures": []}
    base.update(collections)
    return base


def blast(date="2020-06-16T14:50", **extra):
    return {"id": "blast", "date": {"value": date, "tz": "KST"}, "title": "Blown up", "summary": "It was blown up.",
            "citations": [{"source": "story", "paragraphs": [1]}], **extra}


def cost(amount="9780000000", paragraphs=(2,), **extra):
    return {"id": "cost", "amount": amount, "currency": "KRW", "stated": "9.78 billion won",
            "paired": {"amount": "8640000", "currency": "USD", "stated": "$8.64 million"},
            "date": {"value": "2020-06", "resolved": "The month of the story."}, "paid_for": "Repairs.",
            "citations": [{"source": "story", "paragraphs": list(paragraphs)}], **extra}


def report(write, base) -> dict:
    result = kaesong("validate", write(base), "--report", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["support"]


def outcome(support: dict, kind: str, value: str) -> dict:
    return next(o for o in support["values"] if o["kind"] == kind and o["value"].startswith(value))


def test_values_present_in_the_cited_paragraph(write):
    base = handmade(events=[blast()], figures=[cost()])
    base["entities"][0]["attributes"] = [{"name": "building", "value": "four storeys",
                                          "citations": [{"source": "story", "paragraphs": [2]}]}]
    support = report(write, base)
    assert outcome(support, "date", "2020-06-16") == {"fact": "blast", "path": "events[0].date", "kind": "date",
                                                       "value": "2020-06-16", "status": "found", "where": "story ¶1"}
    assert outcome(support, "time", "14:50")["where"] == "story ¶1"  # '2:50 p.m.'
    assert outcome(support, "amount", "9.78 billion won")["where"] == "story ¶2"
    assert outcome(support, "amount", "$8.64 million")["where"] == "story ¶2"  # both amounts of one sentence
    assert outcome(support, "count", "4")["where"] == "story ¶2"  # 'four-story'
    assert outcome(support, "name", "the office")["status"] == "found"
    dated = next(o for o in support["values"] if o["path"] == "figures[0].date")
    assert dated["status"] == "derived" and dated["how"] == "resolved"  # the figure's month, explained
    assert support["values_unsupported"] == 0 and support["values_found"] == support["values_checked"] - 1


def test_absent_value_names_the_fact_the_value_and_the_paragraphs_searched(write):
    base = handmade(figures=[cost(amount="9870000000", paragraphs=(1, 2))])
    result = kaesong("validate", write(base))
    assert result.exit_code == 2 and result.stdout == ""
    assert ("figures[0].amount: cost: the amount 9.78 billion won (9870000000 KRW) stands in none of the paragraphs "
            "searched (story ¶1, 2) in any form the readers accept, and the fact declares no derivation for it") \
        in result.stderr
    doc = json.loads(kaesong("validate", write(base), "--format", "json").stdout)
    assert doc["valid"] is False and doc["problems"][0]["path"] == "figures[0].amount"


def test_a_date_in_another_year_is_not_the_paragraphs_date(write):
    base = handmade(events=[blast("2019-06-16T14:50")])  # 'June 16' in a story of June 2020
    result = kaesong("validate", write(base))
    assert result.exit_code == 2
    assert "events[0].date: blast: the date 2019-06-16 stands in none of the paragraphs searched (story ¶1)" \
        in result.stderr


def test_relative_date_resolved_is_derived_and_its_words_must_stand(write):
    warned = {"id": "warned", "date": {"value": "2020-06-13", "stated": "Last weekend",
                                       "resolved": "The Saturday before the story."},
              "title": "Warned", "summary": "The mayor warned.", "citations": [{"source": "story", "paragraphs": [3]}]}
    support = report(write, handmade(events=[warned]))
    assert outcome(support, "date", "2020-06-13")["status"] == "derived"
    assert outcome(support, "date", "2020-06-13")["how"] == "relative date resolved"
    warned["citations"] = [{"source": "story", "paragraphs": [4]}]  # a paragraph without the words
    result = kaesong("validate", write(handmade(events=[warned])))
    assert result.exit_code == 2
    assert "events[0].date: warned: its stated words 'Last weekend' are not in the paragraphs searched (story ¶4)" \
        in result.stderr


def test_stated_words_that_read_as_a_date_must_agree(write):
    event = blast("2020-06-17T14:50")
    event["date"].update(stated="June 16", resolved="A day later by another count.")
    result = kaesong("validate", write(handmade(events=[event])))
    assert result.exit_code == 2
    assert ("events[0].date: blast: the date 2020-06-17 disagrees with its stated words 'June 16', read as 2020-06-16 "
            "(story ¶1)") in result.stderr


def test_declared_derivations_from_context_sum_and_conversion(write):
    event = blast("2020-06-16T14:49", citations=[{"source": "story", "paragraphs": [1]}, {"source": "wire"}],
                  derived=[{"value": "14:49", "how": "context", "sources": ["wire"]}])
    parts = [{"id": f"part-{n}", "amount": amount, "currency": "KRW", "stated": stated, "date": {"value": "2020-06"},
              "paid_for": "A part.", "citations": [{"source": "wire"}]}
             for n, amount, stated in ((1, "8000000000", "8 billion won"), (2, "1780000000", "1.78 billion won"))]
    total = cost(derived=[{"value": "9780000000", "how": "sum", "of": ["part-1", "part-2"]},
                          {"value": "8640000", "how": "conversion", "of": ["part-3"], "rate": "1131.94"}],
                 citations=[{"source": "wire"}])
    won = cost(citations=[{"source": "wire"}])
    del won["paired"]
    parts.append({**won, "id": "part-3"})
    support = report(write, handmade(events=[event], figures=[*parts, total]))
    assert outcome(support, "time", "14:49") == {"fact": "blast", "path": "events[0].date", "kind": "time",
                                                       "value": "14:49 KST", "status": "derived", "how": "context"}
    assert support["derivations_by_arithmetic"] == 2
    # a wrong sum, a conversion at the wrong rate, a context source the fact does not cite
    total["derived"][0]["of"] = ["part-1"]
    total["derived"][1]["rate"] = "1000"
    event["derived"][0]["sources"] = ["story-2"]
    result = kaesong("validate", write(handmade(events=[event], figures=[*parts, total])))
    assert result.exit_code == 2
    assert "events[0].derived[0].sources: blast: 'story-2' is not a source this fact cites" in result.stderr
    assert "figures[3].derived[0].value: cost: the sum 8000000000 is 8000000000, not 9780000000" in result.stderr
    assert ("figures[3].derived[1].value: cost: the conversion 9780000000 KRW at 1000 won per dollar is 9780000, "
            "not 8640000") in result.stderr


def test_a_derivation_must_name_a_value_of_its_fact(write):
    event = blast(derived=[{"value": "2021-01-01", "how": "context", "sources": ["story"]}])
    result = kaesong("validate", write(handmade(events=[event])))
    assert result.exit_code == 2
    assert "events[0].derived[0].value: blast: '2021-01-01' is not a value of this fact" in result.stderr


def test_names_of_entities_relations_and_speakers(write):
    base = handmade()
    base["entities"][1]["relations"] = [{"type": "threatened", "target": "office",
                                         "citations": [{"source": "story", "paragraphs": [4]}]}]
    result = kaesong("validate", write(base))
    assert result.exit_code == 2
    assert ("entities[1].relations[0]: mayor threatened office: the name its subject Jane Roe stands in none of the "
            "paragraphs searched (story ¶4)") in result.stderr
    base["entities"][1]["relations"][0]["citations"] = [{"source": "story", "paragraphs": [3]}]
    support = report(write, base)
    assert outcome(support, "name", "its subject Jane Roe")["where"] == "story ¶3"  # by its alias 'the mayor'


def test_facts_citing_no_held_text_are_not_checked(write):
    event = blast("1999-01-01T00:00", citations=[{"source": "wire"}])
    support = report(write, handmade(events=[event]))
    assert support["facts_checked"] == 2 and support["facts"] == 3  # the two entities; not the event


def test_bundled_base_passes_and_reports_coverage():
    result = kaesong("validate", "--report")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == "Support check (facts that cite a source whose text the base holds: article)"
    doc = json.loads(kaesong("validate", "--report", "--format", "json").stdout)["support"]
    assert doc["values_unsupported"] == 0 and doc["values_found"] + doc["values_derived"] == doc["values_checked"]
    assert doc["values_found"] > doc["values_derived"] > 0 and doc["derivations_by_arithmetic"] == 3
    assert f"  found             {doc['values_found']} (in a paragraph the fact cites)" in lines


@pytest.mark.parametrize(("record", "field", "value", "message"), [
    ("office-demolished", "date", "2020-06-15T14:50",
     "office-demolished: the date 2020-06-15 disagrees with its stated words 'June 16; at 2:50 p.m.', read as "
     "2020-06-16 (article ¶5, 15, 16, 19)"),
    ("office-demolished", "date", "2020-06-16T14:40",
     "office-demolished: the time 14:40 KST disagrees with its stated words 'June 16; at 2:50 p.m.', read as 14:50 "
     "(article ¶5, 15, 16, 19)"),
])
def test_one_changed_date_in_a_copy_of_the_bundled_base_fails_precisely(base, write, record, field, value, message):
    event = next(e for e in base["events"] if e["id"] == record)
    event[field]["value"] = value
    at = base["events"].index(event)
    result = kaesong("validate", write(base))
    assert result.exit_code == 2
    assert f"events[{at}].{field}: {message}" in result.stderr


def test_readers_refuse_an_unsupported_base_as_validate_does(write):
    data = write(handmade(events=[blast("2019-06-16T14:50")]))
    checked, read = kaesong("validate", data), kaesong("timeline", "--data", data)
    assert checked.exit_code == read.exit_code == 2
    assert read.stderr.splitlines()[0].startswith(checked.stderr.splitlines()[0])
