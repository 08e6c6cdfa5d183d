"""Issue 19: kaesong check, a verdict a fact-checker can sign: the claim read with the shared reader,
cut into parts, each judged against the fact its subject is about, per part and overall."""

import json

import pytest

from .conftest import event, kaesong, minimal


def check(claim, *extra):
    result = kaesong("check", claim, "--format", "json", *extra)
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def verdict(claim):
    return check(claim)[1]["verdict"]


def parts(doc, kind=None):
    return [p for p in doc["parts"] if kind is None or p["kind"] == kind]


# --- the "Done when" -------------------------------------------------------------------------

def test_twenty_south_koreans_is_contradicted_by_58():
    result, doc = check("Twenty South Koreans returned home when the office was suspended in January 2020")
    assert result.exit_code == 0 and doc["verdict"] == "contradicted"
    (count,) = parts(doc, "count")
    assert count["result"] == "contradicted" and count["on_record"] == "58 South Koreans"
    assert count["statement"] == "office-suspended" and count["citations"]
    (date,) = parts(doc, "date")  # the 'when' clause says which fact is meant, and agrees
    assert date["result"] == "supported" and date["statement"] == "office-suspended"
    assert verdict("20 South Koreans returned home when the office was suspended in January 2020") == "contradicted"


def test_17_8_billion_won_is_supported_by_17_78_rounded():
    _, doc = check("The office cost 17.8 billion won to build and renovate")
    (amount,) = parts(doc)
    assert doc["verdict"] == "supported" and amount["statement"] == "construction-and-renovation"
    assert amount["on_record"] == "17.78 billion won" and "rounds to" in amount["how"]


def test_a_bare_date_cannot_be_judged_never_against_a_budget():
    result, doc = check("16 June 2020")
    assert doc["verdict"] == "cannot judge" and result.exit_code == 0
    assert all(p["statement"] in (None, "office-demolished") for p in doc["parts"])
    _, korean = check("개성 2020년 6월 16일")
    assert korean["verdict"] in ("cannot judge", "supported")
    assert all(p["statement"] in (None, "office-demolished") for p in korean["parts"])


def test_march_2020_is_contradicted_by_30_january():
    _, doc = check("The office was suspended in March 2020")
    (date,) = parts(doc)
    assert doc["verdict"] == "contradicted" and date["on_record"] == "2020-01-30" and date["statement"] == "office-suspended"
    assert "March" not in (doc["why"] or "")  # a month name is never an unknown name


def test_opened_in_2018_blown_up_in_2019_is_mixed_with_a_verdict_per_part():
    _, doc = check("The office opened in 2018, and it was blown up in 2019")
    assert doc["verdict"] == "mixed"
    opened, blown = parts(doc)
    assert (opened["statement"], opened["result"]) == ("office-opened", "supported")
    assert (blown["statement"], blown["result"], blown["on_record"]) == ("office-demolished", "contradicted",
                                                                         "2020-06-16 14:50 KST")
    assert verdict("The office opened in 2018 and was blown up in 2019") == "mixed"


def test_the_renovation_is_judged_against_the_renovation_never_the_nearest_number():
    _, doc = check("The renovation cost 8 billion won")
    (amount,) = parts(doc)
    assert doc["verdict"] == "contradicted" and amount["statement"] == "renovation-cost"
    _, doc = check("The renovation cost 9.78 billion won ($8.64 million)")
    assert doc["verdict"] == "supported" and {p["statement"] for p in doc["parts"]} == {"renovation-cost"}


# --- each verdict ----------------------------------------------------------------------------------

@pytest.mark.parametrize("claim, expected", [
    ("The renovation cost 9.78 billion won", "supported"), ("The renovation cost 97억 8천만 원", "supported"),
    ("The renovation cost about 10 billion won", "supported"), ("The renovation cost 20 billion won", "contradicted"),
    ("The renovation cost $8.6 million", "supported"), ("The renovation cost $8.1 million", "disputed"),
    ("The explosion was at about 3 pm", "supported"), ("The office was blown up at around 4 p.m.", "contradicted"),
    ("The office was blown up at 2:50 p.m.", "disputed"), ("South Korea's Unification Ministry timed the explosion at 14:49",
                                                           "supported"),
    ("The liaison office was blown up on June 17", "contradicted"), ("The joint liaison office was blown up on June 16",
                                                                      "supported"),
    ("In mid-June 2020, Pyongyang demolished the inter-Korean office in Kaesong", "supported"),
    ("The liaison office was built in 2005", "disputed"), ("North Korea blew up the liaison office on a Wednesday",
                                                            "contradicted"),
    ("The building had six floors", "contradicted"), ("The office building had four storeys", "supported"),
    ("Nearly 60 South Koreans came home when the office was suspended", "supported"),
    ("The office had been closed since January 2020 because of Covid-19", "supported"),
])
def test_verdicts(claim, expected):
    assert verdict(claim) == expected


def test_a_date_without_a_year_takes_the_year_of_its_subject_and_says_so():
    _, doc = check("The liaison office was blown up on June 17")
    (date,) = parts(doc)
    assert date["asserted"] == "17 June 2020" and "no year given: read as 2020" in date["how"]


def test_disputed_names_the_other_values():
    _, doc = check("The office was blown up at 14:49 KST")
    (time,) = parts(doc)
    assert doc["verdict"] == "disputed" and "14:50" in time["other_values"] and "14:49" in time["other_values"]


# --- relations and wordings ------------------------------------------------------------------------

@pytest.mark.parametrize("claim, expected", [
    ("Kim Yo-jong is Kim Jong-un's sister", "supported"), ("Kim Yo-jong is Kim Jong-un's wife", "contradicted"),
    ("김여정은 김정은의 부인이다.", "contradicted"),
    ("North Korea blew up the liaison office", "supported"), ("The office was destroyed by South Korea", "contradicted"),
    ("South Korea blows up joint liaison office in Kaesong", "contradicted"),
    ("The renovation was paid for from the Inter-Korean Cooperation Fund", "supported"),
    ("North Korea paid for the renovation of the liaison office", "contradicted"),
    ("Ri Son-gwon was the North's head of the liaison office", "contradicted"),
    ("The Panmunjom Declaration was signed by Moon Jae-in and Kim Jong-un", "supported"),
])
def test_relations(claim, expected):
    _, doc = check(claim)
    assert doc["verdict"] == expected, doc
    assert any(p["kind"] in ("agent", "relation") and p["statement"] for p in doc["parts"])


@pytest.mark.parametrize("claim, expected, speaker", [
    ("Kim Yo-jong called the office useless", "supported", "kim-yo-jong-useless"),
    ("Moon called the office useless", "contradicted", "kim-yo-jong-useless"),
    ("Moon Jae-in called the liaison office useless", "contradicted", "kim-yo-jong-useless"),
    ("Kim Yo-jong said the office was 'tragically ruined with a terrific explosion'", "contradicted",
     "kcna-explosion-original"),
    ("김여정은 연락사무소를 '쓸모없는' 곳이라고 했다.", "supported", "kim-yo-jong-useless"),
])
def test_quotations_compared_with_the_verbatim_text_and_the_speaker(claim, expected, speaker):
    _, doc = check(claim)
    (quote,) = parts(doc, "quotation")
    assert doc["verdict"] == expected and quote["result"] == expected and quote["statement"] == speaker


def test_words_nobody_said_are_not_in_the_record():
    result, doc = check("Donald Trump called the demolition 'very sad' the next day")
    assert result.exit_code == 1 and doc["verdict"] == "not in the record"


# --- not in the record and cannot judge ------------------------------------------------------------

@pytest.mark.parametrize("claim", ["Elvis visited Kaesong in 1977", "The capital of France is Paris",
                                   "Yoon Suk-yeol won South Korea's 2022 presidential election",
                                   "Two North Korean soldiers were killed in the blast"])
def test_not_in_the_record_exits_1(claim):
    result, doc = check(claim)
    assert result.exit_code == 1 and doc["verdict"] == "not in the record" and doc["why"]
    assert "not in the record" in result.stderr


@pytest.mark.parametrize("claim", ["The demolition was a tragedy.", "9.78 billion won.", "Kaesong.",
                                   "Inter-Korean relations will never recover from this."])
def test_what_cannot_be_judged_says_so(claim):
    result, doc = check(claim)
    assert result.exit_code == 0 and doc["verdict"] == "cannot judge" and doc["why"]


@pytest.mark.parametrize("claim", ["Blowing up the office was a self-defeating blunder by Pyongyang.",
                                   "The money spent on the building was thrown away.",
                                   "연락사무소 폭파는 북한의 자충수였다.", "대북정책 실패의 결과였다."])
def test_an_opinion_in_words_the_record_never_uses_is_an_opinion_not_a_fact_missing(claim):
    # its words are not in the record because it judges, not because it reports something unreported
    _, doc = check(claim)
    assert doc["verdict"] == "cannot judge" and "opinion" in doc["why"]
    # a report of something never reported stays a fact the record does not hold
    assert verdict("The office was rebuilt by Hyundai Asan in 2024.") == "not in the record"


def test_a_part_kaesong_cannot_judge_is_never_called_not_in_the_record():
    _, doc = check("The Council approved the renovation money before the election")
    assert doc["verdict"] == "cannot judge"
    assert any(p["result"] == "cannot judge this part" for p in doc["parts"])


@pytest.mark.parametrize(("claim", "expected", "order"), [
    # an order of events the fact judged on states in the same words, or in the opposite order
    ("The Council approved the renovation money before the work began", "contradicted", "contradicted"),
    ("The Council for the Promotion of Inter-Korean Exchanges and Cooperation approved the renovation money in "
     "October 2018, after the work was done.", "supported", "supported"),
    ("The Council approved the renovation money in October 2018, before the work began.", "mixed", "contradicted"),
])
def test_an_order_the_fact_states_in_its_own_words_is_judged(claim, expected, order):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    (part,) = parts(doc, "order")
    assert part["result"] == order and part["statement"] == "renovation-approved"


@pytest.mark.parametrize("word", ["March", "Twenty", "Tuesday", "mid-June"])
def test_month_names_and_number_words_are_never_unknown_names(word):
    _, doc = check(f"{word} was when the office was blown up in 2020")
    assert word not in (doc["why"] or "")


# --- the command -----------------------------------------------------------------------------------

def test_every_part_names_its_fact_and_evidence():
    _, doc = check("The office opened in 2018 and was blown up in 2019")
    for p in doc["parts"]:
        assert p["statement"] and p["fact"] and p["cited"] and p["evidence"][0]["text"]


def test_table_and_plain_output():
    table = kaesong("check", "The renovation cost 8 billion won", "--format", "table")
    assert table.exit_code == 0 and "CONTRADICTED" in table.stdout and "9.78 billion won" in table.stdout
    plain = kaesong("check", "The renovation cost 8 billion won")
    assert plain.stdout.startswith("contradicted\tamount") and "CONTRADICTED" in plain.stderr


def test_an_impossible_date_exits_2():
    result = kaesong("check", "The office was blown up on 31 February 2020")
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_a_verdict_on_a_small_fixture(write):
    value = {"id": "when", "about": "e1", "property": "time",
             "values": [{"value": "10:00", "date": {"value": "2020-01-01T10:00", "tz": "KST"}, "rank": "preferred",
                         "citations": [{"source": "src", "paragraphs": [1]}]},
                        {"value": "11:00", "date": {"value": "2020-01-01T11:00", "tz": "KST"}, "rank": "normal",
                         "citations": [{"source": "src", "paragraphs": [2]}]}]}
    base = minimal(events=[event("e1", "2020-01-01T10:00", title="Launch of the rocket", summary="The rocket launched.")],
                   claims=[value])
    path = str(write(base))
    assert check("The rocket launched at 11:00", "--data", path)[1]["verdict"] == "disputed"
    assert check("The rocket launched at 12:00", "--data", path)[1]["verdict"] == "contradicted"
    assert check("The rocket launched at about noon", "--data", path)[1]["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", ["[bold]x[/bold] \x1b[31m", "", "x" * 10_001, "?!", "개성", "$1e3 won", "- 5 -",
                                   "'''", "about about about", "1 2 3 4 5 6 7 8 9 10 South Koreans"])
def test_hostile_claims(claim):
    result = kaesong("check", claim)
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output and "\x1b" not in result.stdout
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("claim, expected, on_record", [
    ("South Korean officials worked on the second floor", "supported", "floor 2: the South's officials"),
    ("North Korean officials worked on the third floor", "contradicted", "floor 4: the North's representatives"),
    ("North Korean officials worked on the second floor", "contradicted", "floor 4: the North's representatives"),
    ("The third floor of the liaison office held a conference room", "supported", "floor 3: conference room"),
])
def test_a_numbered_floor_against_the_floor_plan(claim, expected, on_record):
    _, doc = check(claim)
    (part,) = parts(doc, "ordinal")
    assert doc["verdict"] == expected and part["on_record"] == on_record and part["statement"] == "liaison-office#floors"


@pytest.mark.parametrize("claim, expected", [
    ("The inter-Korean joint liaison office opened in Seoul", "contradicted"), ("The office was located in Kaesong", "supported"),
    ("Kaesong is a South Korean border city", "contradicted"), ("Kaesong is a North Korean city", "supported"),
])
def test_where_the_office_was(claim, expected):
    _, doc = check(claim)
    (place,) = parts(doc, "place")
    assert doc["verdict"] == expected and place["statement"]


# --- judged by its words, and values people write (after the first held-out runs) -----------------------

def test_a_claim_every_word_of_which_stands_in_one_fact_is_supported_by_that_fact():
    _, doc = check("The Ministry of Unification described the building as the first South Korean government "
                   "building in the North")
    (part,) = parts(doc, "wording")
    assert doc["verdict"] == "supported" and part["statement"] == "consultation-office#premises"


@pytest.mark.parametrize("claim", [
    "The Ministry of Unification described the building as the last South Korean government building in the North",
    "The Ministry of Unification described the building as the first South Korean government building in Seoul",
    "The Ministry of Unification described the building as the first South Korean embassy in the North",
])
def test_a_word_the_fact_does_not_hold_is_never_supported_by_wording(claim):
    _, doc = check(claim)
    assert doc["verdict"] != "supported" and not parts(doc, "wording")


def test_a_fact_that_negates_the_claims_own_words_contradicts_it():
    _, doc = check("The Hanoi summit ended with an agreement")
    (part,) = parts(doc, "wording")
    assert doc["verdict"] == "contradicted" and part["statement"] == "hanoi-summit"
    assert verdict("The Hanoi summit ended without an agreement") == "supported"
    _, doc = check("The Hanoi summit in February 2019 ended in a deal")  # a right date, a wrong outcome
    assert doc["verdict"] == "mixed" and {p["result"] for p in doc["parts"]} == {"supported", "contradicted"}


def test_a_negated_act_is_not_judged_by_its_agent():
    assert verdict("The office was not destroyed by South Korea") not in ("contradicted", "supported")


def test_a_date_and_a_time_in_one_clause_are_judged_on_one_event():
    _, doc = check("The office collapsed on the afternoon of 16 June 2020")
    assert doc["verdict"] == "supported"
    assert {p["statement"] for p in doc["parts"]} == {"office-demolished"}
    assert verdict("The office collapsed on the afternoon of 18 June 2020") == "mixed"


def test_a_quotation_after_an_apostrophe_is_still_a_quotation():
    _, doc = check("KCNA's report said the office was 'tragically ruined with a terrific explosion'")
    (part,) = parts(doc, "quotation")
    assert doc["verdict"] == "supported" and part["statement"] == "kcna-explosion-original"


def test_a_signatory_the_record_knows_but_who_did_not_sign_is_contradicted():
    _, doc = check("Kim Jong-un and Donald Trump signed the Panmunjom Declaration")
    (part,) = parts(doc, "agent")
    assert doc["verdict"] == "contradicted" and "Moon Jae-in" in part["on_record"]


@pytest.mark.parametrize("claim, expected", [
    ("남북은 하루 네 차례 통화했다", "contradicted"), ("남북은 하루 두 번 통화했다", "supported"),
    ("Each side had 15 to 20 staff", "supported"),
])
def test_korean_native_numerals_and_ranges_are_counts(claim, expected):
    assert verdict(claim) == expected


def test_building_and_renovating_in_all_is_the_total_of_both():
    _, doc = check("Building and renovating the office cost about 17.8 billion won in all")
    (part,) = parts(doc, "amount")
    assert doc["verdict"] == "supported" and part["statement"] == "construction-and-renovation"


def test_a_headlines_source_before_a_colon_says_who_gives_the_value_not_who_did_it():
    _, doc = check("KCNA: office blown up at 2:50 in the afternoon")
    (part,) = parts(doc, "time")
    assert doc["verdict"] == "supported" and part["asserted"] == "14:50" and not parts(doc, "agent")
    assert doc["claim"] == "KCNA: office blown up at 2:50 in the afternoon"


def test_a_word_whose_equivalent_the_fact_holds_does_not_make_it_another_act():
    _, doc = check("The Kaesong office was shut in April over Covid-19 fears")
    (part,) = parts(doc, "date")
    assert doc["verdict"] == "contradicted" and part["statement"] == "office-suspended"


def test_a_korean_building_year_on_which_the_sources_differ_is_disputed():
    assert verdict("연락사무소 건물은 2005년에 지어졌다") == "disputed"


@pytest.mark.parametrize("claim, expected", [
    ("The liaison office was located in Panmunjom", "contradicted"),
    ("North Korea blew up the liaison office in Panmunjom", "contradicted"),
    ("North Korea blew up the liaison office in Kaesong", "supported"),
])
def test_a_place_the_record_knows_is_judged_against_where_the_office_stood(claim, expected):
    _, doc = check(claim)
    assert doc["verdict"] == expected and parts(doc, "place")[0]["statement"]


def test_a_value_of_another_place_is_not_contradicted_by_the_offices_own_date():
    _, doc = check("Liaison offices at Panmunjom opened in 1992")
    assert doc["verdict"] not in ("contradicted", "supported")


def test_an_order_after_someones_act_is_not_judged():
    _, doc = check("The office opened in September 2018, only after Kim Jong-un's visit")
    assert doc["verdict"] == "cannot judge" and parts(doc, "order")


def test_of_several_amounts_one_whose_clause_names_no_fact_is_not_contradicted():
    _, doc = check("Take the 9.78 billion won of the renovation, and about 17.8 billion won vanished in the blast")
    assert doc["verdict"] not in ("contradicted", "mixed")


def test_an_agent_in_a_claim_with_a_clause_more_is_still_judged():
    _, doc = check("Moon Jae-in and Donald Trump signed the Panmunjom Declaration in April 2018, which led to the office")
    (agent,) = parts(doc, "agent")
    assert doc["verdict"] == "mixed" and agent["result"] == "contradicted"


def test_a_person_in_a_clause_whose_act_is_not_read_keeps_the_claim_from_support():
    _, doc = check("The South's side was headed by Chun Hae-sung, and Kim Chang-su worked hard.")
    assert doc["verdict"] == "cannot judge"
    assert [p["result"] for p in parts(doc, "agent")] == ["supported", "cannot judge this part"]
    # a clause whose verb is left out is read with the verb before it: Kim Chang-su was the South's man
    _, doc = check("The South's side was headed by Chun Hae-sung, and the North's by Kim Chang-su.")
    assert doc["verdict"] == "mixed"
    assert [p["result"] for p in parts(doc, "agent")] == ["supported", "contradicted"]


@pytest.mark.parametrize("claim", [
    "North Korea rebuilt the liaison office in 2025",  # a word the record never uses, a year no fact is about
    "북한은 2025년 연락사무소를 재건했다",  # the same in Korean
    "통일부 장관이 폭파 사흘 뒤 사의를 표명했다",  # two Korean words the glossary does not know, nothing judged
])
def test_what_the_record_never_mentions_is_not_in_the_record(claim):
    result, doc = check(claim)
    assert result.exit_code == 1 and doc["verdict"] == "not in the record"


@pytest.mark.parametrize("claim", [
    "Chun Hae-sung was vice-chairman of the North's Committee for the Peaceful Reunification of the Country",
    "Jon Jong-su was South Korea's vice minister of unification",
])
def test_words_of_a_fact_that_names_two_people_never_support_one_with_the_others_role(claim):
    _, doc = check(claim)
    assert doc["verdict"] not in ("supported", "disputed", "mixed")


def test_a_date_is_judged_on_the_act_that_leads_up_to_it_when_another_act_follows():
    result, doc = check("Liaison office that opened in September 2019 blown up by Pyongyang")
    (part,) = parts(doc, "date")
    assert result.exit_code == 0 and doc["verdict"] == "contradicted" and part["statement"] == "office-opened"


@pytest.mark.parametrize(("claim", "head"), [("남측 소장은 천해성 통일부 차관이 맡았다.", "chun-hae-sung"),
                                           ("북측 소장은 조국평화통일위원회 부위원장인 전종수였다.", "jon-jong-su")])
def test_a_korean_title_in_apposition_and_a_verb_of_holding_a_post_do_not_hide_the_co_head(claim, head):
    _, doc = check(claim)
    (part,) = parts(doc, "agent")
    assert doc["verdict"] == "supported" and part["statement"] == head


@pytest.mark.parametrize(("claim", "expected"), [
    ("코로나19로 연락사무소 운영이 중단되면서 남측 인원 58명이 모두 귀환했다.", "supported"),
    ("코로나19로 연락사무소 운영이 중단되면서 남측 인원 20명이 모두 귀환했다.", "contradicted"),
    ("2020년 1월 연락사무소 운영이 중단됐을 때 남측 인원 58명이 귀환했다.", "supported"),
])
def test_a_korean_when_marker_makes_a_constraint_of_what_stands_before_it_not_after(claim, expected):
    _, doc = check(claim)
    (count,) = parts(doc, "count")
    assert doc["verdict"] == expected and count["result"] == expected


def test_a_fact_whose_act_the_claim_does_not_name_does_not_tie_with_one_whose_act_it_names():
    # the demolition's summary speaks of the support centre 'next door'; the claim names the opening
    _, doc = check("Flashback: the inter-Korean liaison office first opened its doors in September 2018")
    (date,) = parts(doc, "date")
    assert doc["verdict"] == "supported" and date["statement"] == "office-opened"


@pytest.mark.parametrize(("claim", "expected"), [
    ("Co-heads of the liaison office had not met since February 2019", "supported"),
    ("Co-heads of the liaison office had not met since March 2019", "contradicted"),
])
def test_not_since_a_date_dates_the_last_time_rather_than_negating_it(claim, expected):
    _, doc = check(claim)
    (date,) = parts(doc, "date")
    assert doc["verdict"] == expected and date["statement"] == "last-weekly-meeting"


@pytest.mark.parametrize(("claim", "expected"), [
    ("North Korea severs all hotlines with the South on June 19", "contradicted"),
    ("North Korea severs all hotlines with the South on June 9", "supported"),
])
def test_a_headlines_present_tense_names_the_act(claim, expected):
    _, doc = check(claim)
    (date,) = parts(doc, "date")
    assert doc["verdict"] == expected and date["statement"] == "lines-cut"


def test_a_date_is_judged_on_the_nearest_fact_whose_act_the_claim_names():
    # the demolition's summary shares words with it ('carrying out', KCNA); the warning is the act it names
    _, doc = check("Kim Yo-jong's statement predicting the office's collapse was carried by KCNA on Saturday, June 13.")
    (date,) = parts(doc, "date")
    assert doc["verdict"] == "supported" and date["statement"] != "office-demolished"
    assert verdict("Kim Yo-jong's statement predicting the office's collapse was carried by KCNA on June 16.") != "supported"


def test_until_opens_a_clause_of_its_own_so_its_act_does_not_date_the_values_before_it():
    _, doc = check("The 9 a.m. and 5 p.m. calls continued until North Korea cut the lines on June 19.")
    assert all(p["result"] != "contradicted" for p in parts(doc, "time"))
    (date,) = parts(doc, "date")
    assert date["result"] == "contradicted" and date["statement"] == "lines-cut"


@pytest.mark.parametrize(("claim", "expected", "held"), [
    ("Of the South Koreans who came home, 41 were government officials.", "contradicted", "17 officials"),
    ("Of the South Koreans who came home, 17 were government officials.", "supported", "17 officials"),
])
def test_a_count_is_judged_against_the_group_whose_words_it_uses_not_any_group_of_the_fact(claim, expected, held):
    _, doc = check(claim)
    (count,) = parts(doc, "count")
    assert doc["verdict"] == expected and count["on_record"] == held


@pytest.mark.parametrize(("claim", "expected"), [
    ("The Hanoi summit ended with a denuclearisation deal.", "contradicted"),
    ("The Hanoi summit ended without any agreement.", "supported"),
])
def test_words_that_qualify_what_the_fact_negates_need_not_be_in_the_fact(claim, expected):
    _, doc = check(claim)
    (part,) = parts(doc, "wording")
    assert doc["verdict"] == expected and part["statement"] == "hanoi-summit"


@pytest.mark.parametrize(("claim", "expected"), [
    ("The 86 million won for project management was approved in July 2018.", "supported"),
    # October is when the renovation's spending was approved, not this sum: never supported
    ("The 86 million won for project management was approved in October 2018.", "cannot judge"),
])
def test_a_date_beside_a_sum_is_the_sums_own_date_where_the_sums_words_speak_of_the_act(claim, expected):
    _, doc = check(claim)
    (date,) = parts(doc, "date")
    assert doc["verdict"] == expected
    assert expected != "supported" or date["statement"] == "renovation-july-2018"


def test_one_fact_is_not_two_sums_of_one_clause():
    _, doc = check("신축비 80억 원에 개보수비 97억 8천만 원을 더하면 건물에 들어간 돈은 약 178억 원이다")
    amounts = parts(doc, "amount")
    assert [p["result"] for p in amounts].count("supported") == 1 and "contradicted" not in [p["result"] for p in amounts]
    assert doc["verdict"] == "cannot judge"


def test_words_of_place_and_posture_are_not_words_the_record_never_mentions():
    assert verdict("The liaison office North Korea just blew up? A four-storey block sitting inside the Kaesong "
                   "industrial zone.") != "not in the record"


def test_a_sums_year_alone_does_not_say_which_sum_it_is():
    _, doc = check("The 9.78 billion won was signed off in writing by the inter-Korean exchange council at its 298th "
                   "meeting in October 2018, after the work was already done.")
    (amount,) = parts(doc, "amount")
    assert amount["result"] != "contradicted" and doc["verdict"] != "mixed"
    _, doc = check("Kaesong office opened in September 2018 and refurbished for 19.78 billion won")
    (amount,) = parts(doc, "amount")
    assert amount["result"] == "contradicted" and amount["on_record"].startswith("9.78 billion won")


@pytest.mark.parametrize(("claim", "expected", "place"), [
    # a Korean place of being of the office is judged as the English 'stood in …' is
    ("2020년 6월 16일 폭파된 연락사무소는 서울에 있던 건물이다", "mixed", "contradicted"),
    ("2020년 6월 16일 폭파된 연락사무소는 평양에 있던 건물이다", "mixed", "contradicted"),  # the city, not the country
])
def test_a_korean_place_of_being_of_the_office_is_judged(claim, expected, place):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    (part,) = parts(doc, "place")
    assert part["result"] == place and "Kaesong" in part["on_record"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("North Korea footed the 9.78 billion won bill to renovate the liaison office building.", "contradicted"),
    ("South Korea bankrolled the renovation", "supported"),
])
def test_who_footed_the_bill_is_judged_as_who_paid(claim, expected):
    _, doc = check(claim)
    (agent,) = parts(doc, "agent")
    assert agent["result"] == expected and doc["verdict"] != ("supported" if expected == "contradicted" else "contradicted")


def test_between_fifteen_and_twenty_is_a_range_not_thirty_five():
    _, doc = check("Each side staffed the liaison office with between fifteen and twenty people.")
    (count,) = parts(doc, "count")
    assert count["asserted"] == "15 to 20 people" and doc["verdict"] != "contradicted"


@pytest.mark.parametrize(("claim", "expected"), [
    ("The office closed over Covid at the end of January, and about a hundred South Koreans came home.", "mixed"),
    ("4층짜리 연락사무소 청사 보수에 978억 원 들어", "mixed"),
])
def test_about_is_never_wider_than_a_tenth_and_a_korean_sum_after_a_word_is_read(claim, expected):
    assert verdict(claim) == expected


def test_a_sum_whose_purpose_the_claim_does_not_name_is_not_contradicted_against_a_guess():
    _, doc = check("South Korea spent nearly 10 billion won doing up that office.")
    (amount,) = parts(doc, "amount")
    assert amount["result"] != "contradicted"


def test_a_sum_supported_beside_korean_words_the_record_never_uses_is_not_a_supported_claim():
    # the 44.7 billion won is the suit's claim; a court's ruling the record does not hold
    assert verdict("법원은 1심에서 북한에 447억 원을 배상하라고 판결했다") == "cannot judge"


@pytest.mark.parametrize(("claim", "expected"), [
    ("The building had a total floor area of around 4,500 square metres.", "supported"),
    ("The building had a total floor area of about 6,000 square meters.", "contradicted"),
])
def test_a_floor_area_is_judged_against_the_buildings_square_metres(claim, expected):
    _, doc = check(claim)
    (area,) = parts(doc, "count")
    assert doc["verdict"] == expected and area["on_record"] == "4,498.57 m²"
    assert area["asserted"].endswith(",000 m²") or area["asserted"] == "around 4,500 m²"  # as written, separators kept


@pytest.mark.parametrize(("claim", "expected"), [
    ("The liaison office grew out of a deal between Kim Jong-un and Donald Trump.", "contradicted"),
    ("The liaison office grew out of a deal between Kim Jong-un and Moon Jae-in.", "supported"),
])
def test_a_deal_names_its_signatories(claim, expected):
    _, doc = check(claim)
    (agent,) = parts(doc, "agent")
    assert doc["verdict"] == expected and agent["result"] == expected


def test_a_list_after_a_comma_goes_on_its_clause():
    _, doc = check("About 7.95 billion won of the renovation went on the office building, staff lodging and amenities.")
    (amount,) = parts(doc, "amount")
    assert doc["verdict"] == "supported" and amount["statement"] == "renovation-building"
    _, doc = check("About 5 billion won of the renovation went on the office building, staff lodging and amenities.")
    (amount,) = parts(doc, "amount")
    assert doc["verdict"] == "contradicted" and amount["statement"] == "renovation-building"


def test_a_participle_after_a_comma_stays_a_clause_of_its_own():
    _, doc = check("Moon Jae-in and Donald Trump signed the Panmunjom Declaration in April 2018, setting the liaison "
                   "office in motion.")
    assert doc["verdict"] != "supported" and any(p["result"] == "contradicted" for p in parts(doc, "agent"))


@pytest.mark.parametrize(("claim", "expected"), [
    ("연락사무소 2층은 북측 인원이 사용", "contradicted"),
    ("연락사무소 2층은 남측 인원이 사용", "supported"),
    ("연락사무소 3층에는 회의실이 있었다", "supported"),
])
def test_a_korean_floor_with_a_particle_is_the_nth_floor_not_a_count_of_storeys(claim, expected):
    _, doc = check(claim)
    (floor,) = parts(doc, "ordinal")
    assert doc["verdict"] == expected and floor["statement"] == "liaison-office#floors"


@pytest.mark.parametrize(("claim", "expected"), [
    ("연락사무소 개보수비 97억 8천만 원, 4층 사무소 건물 수리에만 쓰여", "cannot judge"),
    ("The 9.78 billion won went only to the office building", "cannot judge"),
    ("The renovation cost only 9.78 billion won", "supported"),
])
def test_only_is_a_claim_that_nothing_else_was_which_no_value_supports(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize("claim", ["Hyundai Asan carried out the 2018 renovation of the liaison office building."])
def test_a_supported_value_beside_a_name_the_record_never_mentions_is_not_in_the_record(claim):
    assert verdict(claim) == "not in the record"


def test_a_headline_in_capitals_has_no_unknown_names_for_its_capitals():
    assert verdict("LIAISON OFFICE HOUSED IN A FOUR-STOREY BUILDING INSIDE THE KAESONG INDUSTRIAL PARK") != \
        "not in the record"


def test_not_only_is_no_claim_that_nothing_else_was():
    assert verdict("개보수비 97억 8천만 원뿐만 아니라 운영비도 들었다") == "supported"  # not only … but also


@pytest.mark.parametrize(("claim", "expected", "cause"), [
    # the cause an entity is described as: the defectors, of Pyongyang's anger
    ("Pyongyang's anger was over defectors sending anti-North leaflets across the border.", "supported", "supported"),
    ("What set Pyongyang off? Defectors floating anti-North leaflets across the border.", "supported", "supported"),
    # the act's own cause, and the acts that led to it
    ("Liaison office had been shut since late January over coronavirus fears", "supported", "supported"),
    ("North Korea blew up the office because of the leaflets", "supported", "supported"),
    ("연락사무소는 코로나19 때문에 운영이 중단됐다", "supported", "supported"),
    # a cause the record gives of another act, where it gives this act's own
    ("The office was suspended over the leaflets.", "contradicted", "contradicted"),
    ("South Korea sued North Korea over Covid-19", "contradicted", "contradicted"),
    ("연락사무소는 대북전단 때문에 운영이 중단됐다", "contradicted", "contradicted"),
    # a cause the record never gives, and one of acts that only led to this one: not judged
    ("North Korea was angry about South Korean military drills.", "cannot judge", "cannot judge this part"),
    ("North Korea blew up the office because of Covid-19", "cannot judge", "cannot judge this part"),
])
def test_a_cause_is_judged_against_the_causes_the_record_gives(claim, expected, cause):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    assert [p["result"] for p in parts(doc, "reason")] == [cause]


def test_a_right_cause_says_which_act_and_a_cause_in_a_when_clause_only_says_when():
    _, doc = check("The office's operations were suspended over Covid-19 in March 2020.")
    assert doc["verdict"] == "contradicted"  # March: the suspension over Covid-19 was on 30 January
    assert parts(doc, "reason")[0]["asserted"] == "Covid-19"  # the cause, without the date
    _, doc = check("Number of South Koreans brought home from the Kaesong office when it closed over Covid: 85.")
    assert doc["verdict"] != "supported"


@pytest.mark.parametrize(("claim", "expected"), [
    ("남한이 개성의 공동연락사무소 건물을 폭파했다.", {"cannot judge", "contradicted"}),  # 남한: the South, which did not
    ("남측이 연락사무소를 폭파했다", {"cannot judge", "contradicted"}),  # the South's side: never supported by the North's fact
    ("The southern side blew up the liaison office", {"cannot judge", "contradicted"}),
    ("북한이 개성의 공동연락사무소 건물을 폭파했다.", {"supported"}),
])
def test_the_side_a_claim_names_as_the_agent_is_judged_never_supported_by_the_others_fact(claim, expected):
    assert verdict(claim) in expected


@pytest.mark.parametrize(("claim", "expected"), [
    # who the claim says did it, where its verb is the fact's act, against who the fact says did it
    ("North Korea sued South Korea for 44.7 billion won", "mixed"),  # the sum is right; South Korea sued
    ("북한이 2023년 6월 남한을 상대로 447억 원의 소송을 제기했다", "mixed"),
    ("Seoul cut every line to Pyongyang on June 9", "mixed"),  # North Korea cut them
    ("Kim Jong-un threatened to close the office on June 4", "mixed"),  # his sister did: two people are two
    ("North Korea renovated the office building in 2018", "cannot judge"),  # no fact says the North had a part
    # the right doer, one related to it, or a verb that is not the fact's act: as before
    ("South Korea sued North Korea for 44.7 billion won in June 2023", "supported"),
    ("Pyongyang blew up the office on June 16", "supported"),
    ("South Korea's Unification Ministry timed the explosion at 14:49.", "supported"),
    ("KCNA said the office was destroyed at 14:50", "supported"),  # a passive act with no 'by' names no agent
])
def test_who_did_it_is_judged_against_who_the_fact_says_did_it(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Kim Yo-jong is Kim Jong-un's sister", "supported"), ("Kim Yo-jong is Kim Jong-un's wife", "contradicted"),
    # 'sister' brings Kim Jong-un in through her relation: it says nothing of Moon Jae-in
    ("Kim Yo-jong is Moon Jae-in's sister", "cannot judge"),
    # no family word in a name: 'Ri Son-gwon' has no son
    ("Unification Minister Cho Myoung-gyon and the North's Ri Son-gwon led the opening ceremony, attended by about "
     "a hundred people.", "supported"),
    # no act in a name: the Inter-Korean Cooperation Fund funded nothing here
    ("The Inter-Korean Cooperation Fund is part of North Korea", "cannot judge"),
])
def test_a_family_relation_is_of_the_people_named_and_no_word_of_a_name_is_an_act(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("The office was suspended over Covid-19 and 58 North Koreans went home", "contradicted"),  # 58 South Koreans
    ("58 South Koreans went home when the office was suspended", "supported"),
    ("The renovation cost 9.78 billion won, paid by the United States", "mixed"),  # the Fund paid
    ("The renovation cost 9.78 billion won, paid by the Inter-Korean Cooperation Fund", "supported"),
])
def test_a_count_of_the_other_side_and_a_payer_after_paid_by_are_judged(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Jon Jong-su was the South's co-head", "contradicted"), ("Chun Hae-sung was the South's co-head", "supported"),
    ("북한 인원 58명이 귀환했다", "contradicted"), ("남측 인원 58명이 귀환했다", "supported"),  # whose people: the South's
    # an ordinal is judged against the number the record gives the same thing: the meeting was the 298th
    ("The renovation was approved at the council's 300th meeting", "contradicted"),
    # one it cannot judge keeps the rest from standing for it
    ("The renovation was approved at the council's 300th hearing", "cannot judge"),
])
def test_a_co_head_of_the_other_side_a_korean_count_of_the_other_side_and_an_unjudged_ordinal(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected", "shown"), [
    ("The renovation spending was signed off at the Council's 289th meeting.", "contradicted", "298th meeting"),
    ("The council approved it at its 298th session", "supported", "298th meeting"),  # a session is a meeting
    ("교추협은 2018년 10월 제298차 회의에서 연락사무소 개보수비를 서면 의결했다.", "supported", "298th meeting"),
    ("교추협은 제289차 회의에서 개보수비를 의결했다.", "contradicted", "298th meeting"),
])
def test_an_ordinal_is_judged_against_the_number_the_record_gives(claim, expected, shown):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    assert any(p["on_record"] == shown and p["statement"] == "exchange-council#approval-of-the-renovation"
               for p in parts(doc, "ordinal"))


@pytest.mark.parametrize(("claim", "expected"), [
    ("North Korea Demolishes Kaesong Liaison Office on June 17", "contradicted"),  # a headline's present tense
    ("North Korea Demolishes Kaesong Liaison Office on June 16", "supported"),
    ("The joint liaison office that North Korea blew up stood in Pyongyang.", "contradicted"),  # the city, not the country
    ("Inter-Korean liaison office opens in Pyongyang in September 2018", "mixed"),
    ("The office was located in the North", "supported"),  # 'the North' is the country
    ("Blast Also Wrecks Neighbouring 12-Story Kaesong Support Center", "contradicted"),  # 15 storeys
    ("폭파로 바로 옆 15층짜리 개성공단 종합지원센터도 파손됐다.", "supported"),
])
def test_a_headline_present_a_capital_named_as_a_place_and_the_support_centre_in_korean(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a span counts from something: only a span the record counts from the same thing judges it
    ("The office was blown up 641 days after it opened", "cannot judge"),  # not '140 days after the Declaration'
    ("The two Koreas held their last weekly meeting five days before the Hanoi summit", "cannot judge"),
    ("The office opened 140 days after the Panmunjom Declaration", "supported"),
    ("The office opened 100 days after the Panmunjom Declaration", "contradicted"),
    # from whom: the suit claimed damages from North Korea
    ("The lawsuit sought 44.7 billion won in damages from South Korea", "cannot judge"),
    ("The lawsuit sought 44.7 billion won in damages from North Korea", "supported"),
])
def test_a_span_is_judged_from_what_it_counts_from_and_a_sum_from_whom(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("남한은 2020년 6월 9일 모든 통신선을 차단했다", "mixed"),  # the date is right; the North cut the lines
    ("북한은 2020년 6월 9일 모든 통신선을 차단했다", "supported"),
    ("남측이 2020년 6월 16일 연락사무소를 폭파했다", "mixed"),
])
def test_a_korean_side_as_the_subject_is_who_the_claim_says_did_it(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a title next to the name where the record gives the deputy's
    ("연락사무소 북측 소장 전종수는 조국평화통일위원회 위원장이다.", "contradicted"),  # 부위원장: vice-chairman
    ("연락사무소 북측 소장 전종수는 조국평화통일위원회 부위원장이다.", "supported"),
    ("Vice Unification Minister Chun Hae-sung headed the South Korean side of the liaison office.", "supported"),
    # a role of one side the record names only the other side's holder of: not in the record, never contradicted
    ("Quiz: Who was North Korea's resident secretary-general at the liaison office? Answer: Hwang Chung-song.",
     "not in the record"),
    ("Kim Chang-su was the South's secretary-general", "supported"),
    # a name the record does not hold is no act: 'State TV' says nothing of state media
    ("North Korea Aired the Liaison Office Blast Live on State TV", "not in the record"),
])
def test_a_deputys_title_a_role_of_the_other_side_and_an_unknown_name_are_no_confident_verdicts(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # each clause names a head: one right and one wrong is mixed, not supported on the right one
    ("공동연락사무소 남측 소장은 천해성 통일부 차관, 북측 소장은 리선권 조평통 위원장이었다.", "mixed"),
    ("Chun Hae-sung and Ri Son-gwon headed the office", "mixed"),
    ("The office was co-headed by Chun Hae-sung and Jon Jong-su", "supported"),
])
def test_a_wrong_head_named_beside_a_right_one_is_judged(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 'a week after the Hanoi summit' orders events, which no count reads: not supported on the date alone
    ("The co-heads last met on Feb. 22, 2019, a week after the Hanoi summit.", "cannot judge"),
    ("The office opened 140 days after the Panmunjom Declaration", "supported"),  # a span read as a count
])
def test_a_span_no_count_reads_still_orders_events(claim, expected):
    assert verdict(claim) == expected


def test_the_wrong_head_is_judged_on_the_head_the_claim_left_out():
    _, doc = check("Chun Hae-sung and Ri Son-gwon headed the office")
    assert [(p["result"], p["asserted"], p["statement"]) for p in parts(doc, "agent")] == [
        ("supported", "Chun Hae-sung", "chun-hae-sung#co-head-of:liaison-office"),
        ("contradicted", "Ri Son-gwon", "jon-jong-su#co-head-of:liaison-office")]


@pytest.mark.parametrize(("claim", "expected"), [
    # which pot of money paid, against the fund the record names
    ("The money to renovate the liaison office came out of South Korea's defence budget.", "contradicted"),
    ("보수 비용 97억 8천만 원은 국방예산에서 나왔다.", "mixed"),  # the sum right, the pot wrong
    ("개보수 비용은 남북협력기금에서 나왔다", "supported"),
    # the state's budget cannot be told from the state's fund: not judged
    ("The renovation was paid from the government's budget", "cannot judge"),
    # amounts set off by dashes are read, the dollars as the won's pair
    ("Seoul drew 9.78 billion won — roughly $8.6 million — out of its Inter-Korean Cooperation Fund to fix up the building.",
     "supported"),
    ("Seoul drew 9.78 billion won — roughly $6 million — to fix up the building.", "mixed"),
])
def test_the_pot_of_money_named_and_amounts_between_dashes(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # most of a quotation's words, said of someone: the speaker is judged
    ("Unification Ministry pitched Kaesong office as a round-the-clock channel between the Koreas", "supported"),
    ("KCNA described the office as a round-the-clock channel", "contradicted"),
    # a body the record never names, as the speaker of words it gives to another
    ("Foreign Ministry billed the Kaesong office as a round-the-clock communication channel", "contradicted"),
    # two of its words without a saying are no quotation
    ("The office had a round-the-clock channel", "cannot judge"),
])
def test_a_quotation_paraphrased_and_its_speaker(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a modal in what someone is reported to have said is theirs, not the claim's prediction
    ("Kim Yo-jong said the next action against the South would be handed over to the General Staff of the army.",
     "supported"),
    ("Kim Yo-jong said the next action against the South would be entrusted to the General Staff of the army.",
     "supported"),
    # a prediction of the claim's own stays one
    ("The office will be rebuilt by 2030", "cannot judge"),
])
def test_a_modal_in_reported_speech_is_the_speakers(claim, expected):
    assert verdict(claim) == expected


def test_a_prediction_of_the_claims_own_is_not_judged_by_a_date_it_gives():
    _, doc = check("The office will be rebuilt by 2030")  # was supported against Kim Yo-jong's warning
    assert doc["verdict"] == "cannot judge" and "prediction" in doc["why"]
    # what someone warned will happen is reported speech, judged
    assert verdict("Kim Jong-un's sister Kim Yo-jong warns the liaison office will 'completely collapse'") == "supported"


@pytest.mark.parametrize(("claim", "expected"), [
    # a wording that orders two things must order them as the fact does
    ("The office opened a few days after Moon Jae-in and Kim Jong-un's third summit in Pyongyang.", "cannot judge"),
    ("The office opened a few days before Moon Jae-in and Kim Jong-un's third summit in Pyongyang.", "supported"),
    # troops are the military: the agent is judged
    ("South Korean troops blew up the liaison office", "contradicted"),
    # 'staffed' is 'staff': the heads' 15 to 20 on each side and the 58 who went home differ
    ("Each side staffed the liaison office with 58 people.", "cannot judge"),
])
def test_the_order_of_a_wording_troops_and_staffed(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # a Korean order of events is not judged ('after the blast, on 9 June': the lines were cut before it)
    ("북한은 연락사무소를 폭파한 뒤인 6월 9일에 남북 통신선을 모두 끊었다.", "cannot judge"),
    ("북한은 6월 9일 정오에 남북 통신선을 모두 끊었다.", "supported"),
    # a Korean negation keeps a value from standing for the claim
    ("폭발에도 인근 15층짜리 개성공단 종합지원센터는 아무런 피해를 입지 않았다.", "cannot judge"),
    ("폭발로 인근 15층짜리 개성공단 종합지원센터도 피해를 입었다.", "supported"),
])
def test_korean_order_and_negation(claim, expected):
    assert verdict(claim) == expected


@pytest.mark.parametrize(("claim", "expected", "shown"), [
    # a Korean count says who is counted, before it or as what they were after it
    ("2020년 1월 30일 철수한 남측 인원 58명 중 41명이 정부 당국자였다.", "mixed", "41명 (정부 당국자)"),
    ("2020년 1월 30일 귀환한 남측 인원 58명 중 17명이 정부 당국자였다.", "supported", "17명 (정부 당국자)"),
])
def test_a_korean_count_of_officials_is_the_officials(claim, expected, shown):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    assert shown in [p["asserted"] for p in parts(doc, "count")]


def test_a_date_is_not_contradicted_by_a_fact_that_holds_too_little_of_its_clause():
    # the signing of the Panmunjom Declaration holds 'signed' only: not the demolition order's date
    _, doc = check("Kim Jong-un personally signed the demolition order on 15 June 2020.")
    assert doc["verdict"] != "contradicted"
    assert verdict("North Korea Demolishes Kaesong Liaison Office on June 17") == "contradicted"


def test_a_year_the_record_gives_no_sum_for_is_not_in_the_record():
    # the running costs are known for 2018, 2019 and 2020; 2021's is never reported, so 6.406 billion
    # (2020's) neither supports nor contradicts it
    result, doc = check("The office's running costs for 2021 were budgeted at 6.406 billion won.")
    assert result.exit_code == 1 and doc["verdict"] == "not in the record"
    (date,) = parts(doc, "date")
    assert date["result"] == "not in the record" and "2018, 2019, 2020" in date["how"]
    (amount,) = parts(doc, "amount")
    assert amount["result"] == "cannot judge this part" and amount["statement"] == "running-cost-2020"
    # a year the record does give: the sum is judged against that year's
    _, doc = check("The office's running costs for 2019 were 6.406 billion won.")
    assert doc["verdict"] == "mixed"
    (amount,) = parts(doc, "amount")
    assert (amount["result"], amount["on_record"]) == ("contradicted", "6.162 billion won")


def test_a_count_joined_to_its_noun_after_the_is_claimed():
    # 'the two Koreas' refers; 'the five-storey building' claims five storeys (the record: four)
    _, doc = check("The five-storey building was renovated at a cost of 9.78 billion won.")
    assert doc["verdict"] == "mixed"
    (count,) = parts(doc, "count")
    assert (count["result"], count["on_record"]) == ("contradicted", "four storeys")
    assert verdict("The four-storey building was renovated in 2018.") == "supported"
    assert not parts(check("The two Koreas opened the office in 2018.")[1], "count")


def test_every_won_is_a_claim_that_nothing_else_was():
    # its values are the record's, but whether nothing of the sum went elsewhere the record does not say
    _, doc = check("Every won of the 9.78 billion won renovation went into the four-storey office building itself.")
    assert doc["verdict"] == "cannot judge" and "Every won" in doc["why"]


def test_a_korean_next_day_orders_events_and_is_not_judged_against_the_demolition():
    # '폭파 다음 날인 6월 17일': the day after the demolition, not a date claimed for the demolition
    result, doc = check("북한은 폭파 다음 날인 6월 17일 금강산과 개성공단 지역에 군부대를 다시 배치하겠다고 발표했다.")
    assert doc["verdict"] in ("not in the record", "cannot judge") and result.exit_code == 1
    assert not any(p["result"] == "contradicted" for p in doc["parts"])


def test_a_korean_claim_naming_the_liaison_office_is_not_judged_on_the_consultation_office():
    # 개성공단 finds the consultation office's opening (October 2005); the claim names the liaison
    # office, whose own opening it is judged on
    _, doc = check("남북공동연락사무소는 2018년 9월 14일 개성공단 안에 문을 열었다.")
    assert doc["verdict"] == "supported" and parts(doc, "date")[0]["statement"] == "office-opened"
    _, doc = check("남북공동연락사무소는 2005년 10월 개성공단에 문을 열었다.")
    assert doc["verdict"] != "supported"


def test_stopped_after_a_day_says_the_last_was_that_day():
    # the co-heads' last weekly meeting was on 22 February 2019
    _, doc = check("The co-heads' weekly meetings stopped after 22 February 2019.")
    (date,) = parts(doc, "date")
    assert date["result"] == "supported" and date["statement"] == "last-weekly-meeting"
    _, doc = check("The co-heads' weekly meetings stopped after 22 March 2019.")
    assert parts(doc, "date")[0]["result"] == "contradicted"
    # an act done once is not an end: 'suspended after 30 January' is later than the suspension
    _, doc = check("The office was suspended after 30 January 2020.")
    assert doc["verdict"] == "contradicted"


def test_alone_is_a_claim_that_nothing_else_was():
    _, doc = check("The entire 9.78 billion won was spent on the four-storey office building alone.")
    assert doc["verdict"] == "cannot judge" and "alone" in doc["why"]


@pytest.mark.parametrize(("claim", "expected"), [
    # where an event took place, as its title gives it: the third summit was in Pyongyang
    ("Moon and Kim's third summit, days after the opening, was held in Seoul.", "contradicted"),
    ("Only days after the office opened, President Moon and Kim Jong-un met for a third time, in Seoul.", "contradicted"),
    ("문재인-김정은 세 번째 정상회담은 서울에서 열렸다", "contradicted"),
    ("연락사무소 개소 며칠 뒤인 2018년 9월 18~20일, 평양에서 3차 남북정상회담이 열렸다", "supported"),
    # a place that says where someone is, not where an event was, judges nothing
    ("Officials in Seoul said the Kaesong complex was shut in 2016.", "cannot judge"),
    ("Kim Yo-jong met officials in Seoul.", "cannot judge"),
])
def test_where_an_event_took_place(claim, expected):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    if expected != "cannot judge":
        (place,) = parts(doc, "place")
        assert place["statement"] == "pyongyang-summit" and place["on_record"] == "Pyongyang"
    else:
        assert not [p for p in parts(doc, "place") if p["result"] in ("supported", "contradicted")]


@pytest.mark.parametrize(("claim", "expected"), [
    # a clause whose verb is left out borrows it from the clause before: each head is judged
    ("The South's side was headed by Chun Hae-sung and the North's by Ri Son-gwon.", "mixed"),
    ("The South's side was headed by Chun Hae-sung and the North's by Jon Jong-su.", "supported"),
    ("The South's side was headed by Cho Myoung-gyon and the North's by Jon Jong-su.", "mixed"),
])
def test_a_gapped_clause_borrows_its_verb(claim, expected):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    assert len([p for p in parts(doc, "agent") if p["result"] in ("supported", "contradicted")]) == 2


def test_doing_up_the_office_is_renovating_it():
    _, doc = check("South Korea spent nearly 10 billion won doing up that office.")
    (amount,) = parts(doc, "amount")
    assert doc["verdict"] == "supported" and amount["on_record"] == "9.78 billion won"


def test_a_total_is_of_what_the_claim_adds_up():
    # 'the total' names no fact by itself: it is the total of what the claim adds (a sum kaesong derives
    # from the renovation's 9.78 billion and the 86 million of July 2018, declared in the fact base)
    _, doc = check("Adding the 86 million won for project management approved in July 2018, the total came to about "
                   "9.87 billion won.")
    assert doc["verdict"] == "supported"
    assert [p["statement"] for p in parts(doc, "amount")] == ["renovation-july-2018", "renovation-with-project-management"]


def test_a_wording_names_a_place_by_any_of_its_names():
    _, doc = check("In the Kaesong industrial park, South Korean businessmen built factories and hired North Korean workers.")
    (wording,) = parts(doc, "wording")
    assert doc["verdict"] == "supported" and wording["statement"] == "kaesong-industrial-complex"


@pytest.mark.parametrize(("claim", "expected", "agent"), [
    # who led an act, against the people the record names as leading it
    ("The opening ceremony on 14 September 2018 was hosted by Moon Jae-in and Kim Jong-un in person.", "mixed",
     "contradicted"),
    ("연락사무소 개소식은 2018년 9월 14일 문재인 대통령과 김정은 위원장이 직접 주재했다.", "mixed", "contradicted"),
    ("The opening ceremony was led by Cho Myoung-gyon and Ri Son-gwon.", "supported", "supported"),
])
def test_who_led_the_ceremony_is_judged_against_those_the_record_names(claim, expected, agent):
    _, doc = check(claim)
    assert doc["verdict"] == expected
    (part,) = [p for p in parts(doc, "agent") if p["statement"] == "liaison-office#opening-ceremony"]
    assert part["result"] == agent and part["on_record"] == "Cho Myoung-gyon, Ri Son-gwon"


def test_a_number_in_words_must_stand_in_the_fact_that_supports_the_wording():
    """'a five-storey building' does not stand in 'a four-storey building': its wording is not supported."""
    assert verdict("The liaison office was housed in a five-storey building in the Kaesong industrial zone.") != "supported"
    assert verdict("The liaison office was housed in a four-storey building in the Kaesong industrial zone.") == "supported"
