"""Issue 11: statements, kaesong ask (lexical, meaning, fused), the no-answer path, the model
missing, hostile questions and every output format."""

import csv
import io
import json

import numpy as np
import pytest

from kaesong_cli.answer import meaning

from .conftest import event, kaesong, minimal


def ask(*args):
    result = kaesong("ask", *args, "--format", "json")
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def ids(doc):
    return [a["statement"]["id"] for a in doc["answers"]]


def test_statements_at_the_grain_a_reader_asks_about():
    from kaesong_cli.commands import Session

    statements = {st["id"]: st for st in Session(None).index.statements()}
    calls = statements["liaison-office#daily-calls"]
    assert calls["sentence"] == "Inter-Korean Joint Liaison Office — daily calls: twice a day, at 9:00 and 17:00 KST"
    assert calls["kind"] == "attribute" and calls["cited"] == "article ¶12; context: inquirer-yonhap-2020-06"
    relation = statements["liaison-office#destroyed-by:north-korea"]
    assert relation["sentence"] == "The Inter-Korean Joint Liaison Office was destroyed by North Korea"
    quote = statements["kim-yo-jong-useless"]
    assert quote["speaker_name"] == "Kim Yo-jong" and quote["date"]["value"] == "2020-06-13"
    assert statements["article:14"]["sentence"].startswith("Last weekend, Kim Yo-jong")
    assert statements["article:14"]["citations"] == [{"source": "article", "paragraphs": [14]}]
    assert {st["kind"] for st in statements.values()} == {"entity", "attribute", "relation", "quote", "event", "figure",
                                                         "source", "paragraph"}


def first_line(*args):
    result = kaesong("ask", *args)
    return result, (result.stdout.splitlines() or [""])[0].split("\t")


def test_the_furious_question_gets_the_leaflets_with_paragraph_13_as_evidence():
    result, doc = ask("what made Pyongyang furious?")
    assert result.exit_code == 0, result.output
    first = doc["answers"][0]
    assert "leaflets" in first["statement"]["sentence"]
    assert "article ¶13" in first["evidence_text"] and "Pyongyang’s anger comes from defectors" in first["evidence_text"]
    assert doc["method"] == "lexical+meaning" and doc["reading"]["entities"] == ["north-korea"]
    assert doc["reading"]["type"] == "reason"
    assert {"lex", "lex_ev", "sim", "sim_ev", "cover", "entity", "type"} <= set(first["why"])


# Each "Done when" example of issue 18.
def test_when_was_the_office_blown_up_answers_its_date_and_time_with_the_ministrys_minute():
    result, line = first_line("when was the office blown up")
    assert result.exit_code == 0 and line[0] == "answer"
    assert line[1].startswith("16 June 2020, 14:50 KST") and "14:49" in line[1]
    assert line[-3] == "office-demolished" and line[-2] == "date"


def test_how_much_did_the_renovation_cost_answers_the_renovations_figure():
    _, line = first_line("how much did the renovation cost")
    assert line[1].startswith("9.78 billion won ($8.64 million)")
    _, doc = ask("how much did the renovation cost")
    assert doc["answer"]["type"] == "amount" and doc["answer"]["display"].startswith("9.78 billion won ($8.64 million)")
    assert doc["answer"]["fact"] in ("renovation-cost", "liaison-office#renovation-cost")


def test_who_was_the_norths_co_head_answers_jon_jong_su():
    _, line = first_line("who was the North's co-head")
    assert line[1] == "Jon Jong-su"
    _, line = first_line("who was the South's co-head")  # the one of the two the question names
    assert line[1] == "Chun Hae-sung"


def test_a_korean_particle_does_not_hide_moon_jae_in_the_fact_comes_first():
    _, doc = ask("문재인은 누구인가?")
    found = [a["statement"]["id"] for a in doc["answers"]] or doc["holds"]
    assert found[0] == "moon-jae-in" and doc["reading"]["entities"] == ["moon-jae-in"]


def test_a_korean_particle_does_not_hide_moon_jae_in():
    _, line = first_line("문재인은 누구인가?")
    assert line[1].startswith("Moon Jae-in") and line[-2] == "description"


@pytest.mark.parametrize(("question", "says"), [
    ("who designed the building?", "The record does not say who designed the building. It holds: "),
    ("who won the 2022 South Korean presidential election?", "The record does not say who won the 2022 South Korean"),
])
def test_what_the_record_does_not_say_exits_1_with_what_it_holds(question, says):
    result = kaesong("ask", question)
    assert result.exit_code == 1 and result.stdout == ""
    assert says in result.stderr and "It holds: " in result.stderr and result.stderr.count("\n") == 1
    held = result.stderr.split("It holds: ")[1]
    assert "[" in held  # each held fact with its id, to look up


def test_who_demolished_it_answers_north_korea():
    _, line = first_line("who demolished it?")
    assert line[1] == "North Korea"


def test_the_sister_question_answers_useless_with_her_name():
    _, doc = ask("what did Kim Jong-un's sister call the office?")
    assert "kim-yo-jong" in doc["reading"]["entities"] and doc["reading"]["speaker"] == "kim-yo-jong"
    # her word is among the first three facts (the relation that makes her his sister ranks first)
    found = [a["statement"]["id"] for a in doc["answers"]] or doc["holds"]
    assert "kim-yo-jong-useless" in found[:3]


@pytest.mark.parametrize("question", ["what is the capital of France?", "did Elvis visit Kaesong in 1977?",
                                      "who wrote Hamlet", "What did the White House say about the demolition?",
                                      "who designed the building?"])
def test_a_question_the_base_cannot_answer_prints_nothing_and_exits_1(question):
    result = kaesong("ask", question)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "The record does not say" in result.stderr
    as_json = kaesong("ask", question, "--format", "json")
    doc = json.loads(as_json.stdout)
    assert as_json.exit_code == 1 and doc["answers"] == [] and doc["answer"] is None and doc["declined"]


@pytest.mark.parametrize("fmt", ["plain", "csv", "markdown", "table", "json"])
def test_the_direct_answer_comes_first_in_every_format(fmt):
    out = kaesong("ask", "how much did the renovation cost", "--format", fmt).stdout
    if fmt == "json":
        doc = json.loads(out)
        assert doc["answer"]["display"].startswith("9.78 billion won ($8.64 million)") and doc["answer"]["type"] == "amount"
        return
    lines = [line for line in out.splitlines() if "9.78" in line or "answer" in line.lower()]
    if fmt == "plain":
        assert out.startswith("answer\t9.78 billion won ($8.64 million)")
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0][:2] == ["rank", "answer"] and rows[1][0] == "answer"
        assert rows[1][1].startswith("9.78 billion won ($8.64 million)")
    elif fmt == "markdown":
        assert out.splitlines()[2].startswith("| answer | 9.78 billion won ($8.64 million)")
    else:
        assert "9.78 billion won ($8.64 million)" in out and lines


def test_limit_and_every_format():
    _, doc = ask("when was the office blown up", "--limit", "5")
    assert len(doc["answers"]) == 5 and [a["rank"] for a in doc["answers"]] == [1, 2, 3, 4, 5]
    scores = [a["score"] for a in doc["answers"]]
    assert scores == sorted(scores, reverse=True)
    plain = kaesong("ask", "when was the office blown up").stdout.splitlines()
    assert len(plain) == 4 and all(len(line.split("\t")) == 11 for line in plain)
    rows = list(csv.reader(io.StringIO(kaesong("ask", "when was the office blown up", "--format", "csv").stdout)))
    assert rows[0][:3] == ["rank", "answer", "caveat"] and len({len(r) for r in rows}) == 1 and len(rows) == 5
    table = kaesong("ask", "when was the office blown up", "--format", "table").stdout
    assert "Evidence:" in table
    markdown = kaesong("ask", "when was the office blown up", "--format", "markdown").stdout
    assert markdown.startswith("| # | Answer |")


def test_evidence_shows_the_whole_cited_paragraphs():
    _, short = ask("how much did the renovation cost")
    _, full = ask("how much did the renovation cost", "--evidence")
    assert all("evidence_text" in a and "evidence" not in a for a in short["answers"])
    assert all(isinstance(a["evidence"], list) for a in full["answers"])
    assert len(full["answers"][0]["evidence_text"]) >= len(short["answers"][0]["evidence_text"])
    plain = kaesong("ask", "why was the North angry", "--evidence").stdout
    assert "Pyongyang’s anger comes from defectors spreading leaflets and other documents" in plain
    assert plain != kaesong("ask", "why was the North angry").stdout or "¶" in plain


def test_answers_are_facts_never_paragraphs_or_titles():
    for question in ("when was the office blown up", "South Korea sues North for $35 million", "crumbled into dust"):
        result, doc = ask(question, "--limit", "10")
        if result.exit_code == 0:
            assert {a["statement"]["kind"] for a in doc["answers"]} <= {"entity", "attribute", "relation", "quote", "event",
                                                                        "figure"}


@pytest.mark.parametrize("question", ["Why did the office shut down in January 2020?", "what happened in June 2020",
                                      "what did the office cost in 2019", "2018년 운영비는 얼마였나?"])
def test_every_answer_agrees_with_the_questions_period(question):
    _, doc = ask(question, "--limit", "10")
    period = doc["reading"]["period"]
    assert period
    for a in doc["answers"]:
        assert a["statement"]["date"]["value"].startswith(period[0][:4])  # undated facts never agree


@pytest.mark.parametrize(("question", "fact", "shown"), [
    ("what did running the office cost in 2019", "running-cost-2019", "6.162 billion won"),
    ("How many South Koreans were working there when it closed?", "office-suspended", "58"),
])
def test_a_time_constraint_must_agree_with_the_answers_date(question, fact, shown):
    result, doc = ask(question)
    assert result.exit_code == 0, result.output
    assert doc["answers"][0]["statement"]["id"] == fact
    if shown:
        assert shown in doc["answer"]["display"]


def test_a_time_constraint_no_fact_agrees_with_is_no_answer():
    result = kaesong("ask", "when was the office blown up in 2012?")
    assert result.exit_code == 1 and result.stdout == "" and "The record does not say" in result.stderr


@pytest.mark.parametrize(("question", "fact"), [
    ("연락사무소는 언제 폭파됐나?", "office-demolished"),
    ("문재인이 누구입니까?", "moon-jae-in"), ("보수 비용은 얼마였습니까?", "renovation-cost"),
])
def test_korean_questions_find_english_facts(question, fact):
    _, doc = ask(question)
    assert fact in [a["statement"]["id"] for a in doc["answers"]] + (doc.get("holds") or [])  # answered, or the nearest
    assert doc["reading"]["lang"] == "ko"


@pytest.mark.parametrize(("question", "kind", "value"), [
    ("when did North Korea cut the lines", "date", "2020-06-09T12:00"),
    ("who approved the renovation budget?", "person", "Council for the Promotion of Inter-Korean Exchanges and Cooperation"),
])
def test_answer_types_give_typed_values(question, kind, value):
    _, doc = ask(question)
    assert doc["answer"]["type"] == kind
    if value:
        assert doc["answer"]["value"] == value


def test_without_the_model_ask_answers_lexically_and_says_so_once(monkeypatch):
    def missing():
        raise meaning.Unavailable("the wordllama package is not installed")

    monkeypatch.setattr(meaning, "_package_dir", missing)
    result = kaesong("ask", "when did North Korea cut the lines", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["method"] == "lexical" and doc["answers"][0]["statement"]["id"] == "lines-cut"
    assert doc["answer"]["value"] == "2020-06-09T12:00"
    assert result.stderr.count("ranking by meaning is unavailable") == 1


def test_our_embedding_is_wordllamas():
    from pathlib import Path

    from safetensors import safe_open
    from wordllama import WordLlama
    from wordllama.inference import WordLlamaInference

    folder = Path(meaning._package_dir())
    tokenizer = WordLlama.load_tokenizer(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
    with safe_open(str(folder / "weights" / "l2_supercat_256.safetensors"), framework="np") as f:
        table = f.get_tensor("embedding.weight")
    texts = ["what made Pyongyang furious?", "North Korea blows up the liaison office", "김여정"]
    theirs = WordLlamaInference(table, tokenizer).embed(texts, norm=True)
    assert np.allclose(meaning.Model().embed(texts), theirs, atol=1e-6)


def test_statement_vectors_are_kept_beside_the_index_and_reused():
    from kaesong_cli.commands import Session

    index = Session(None).index
    model = meaning.Model()
    first = meaning.statement_vectors(index, model)
    stored = index.path + ".vectors.npy"
    assert first.shape == (index.statement_count(), 256)
    again = meaning.statement_vectors(index, model)
    assert isinstance(again, np.memmap) and np.array_equal(np.asarray(again), np.asarray(first))
    with open(stored, "wb") as f:
        f.write(b"not a numpy file")
    rebuilt = meaning.statement_vectors(index, model)  # a corrupt file is computed again
    assert np.array_equal(np.asarray(rebuilt), np.asarray(first))


HOSTILE = ["[bold red]who[/bold red] [link=http://x]blew[/link] it up?", "who \x1b[31mblew\x1b[0m up the \x00office\u202e?",
           "the of and a to", "개성", "김여정은 무엇을 말했나?", "?" * 50, "who " * 2500, "'; DROP TABLE statements; --",
           '"unbalanced', "NEAR(office", "x" * 10_000]


@pytest.mark.parametrize("question", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_questions_never_break(question):
    result = kaesong("ask", question)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and "\x1b" not in result.stdout and "\x00" not in result.stdout
    assert len(result.stderr) < 600


def test_questions_too_long_or_empty_are_bad_usage():
    assert kaesong("ask", "x" * 10_001).exit_code == 2
    assert kaesong("ask", "   ").exit_code == 2


def test_a_fact_base_of_ones_own(write):
    base = minimal(events=[event("launch", "2021-03-01", title="Rocket launched", summary="A rocket went up from the pad.")])
    result = kaesong("--data", write(base), "ask", "when did the rocket go up?", "--format", "json")
    doc = json.loads(result.stdout)
    assert ([a["statement"]["id"] for a in doc["answers"]] or doc["holds"])[0] == "launch"


def test_a_claim_value_given_by_a_named_source():
    from kaesong_cli.answer.answers import offer
    from kaesong_cli.commands import Session
    from kaesong_cli.reader import read

    index = Session(None).index
    statement = index.statement("renovation-cost")
    given = offer(index, statement, read("what dollar figure did NK News give for the renovation", index))
    assert given.value == "8600000 USD" and given.display == "$8.6 million (NK News)"
    place = offer(index, index.statement("liaison-office#located-in:kaesong-industrial-complex"),
                  read("where was the liaison office?", index))
    assert place.type == "place" and place.value == "Kaesong Industrial Complex"


def test_the_fast_meaning_path_agrees_with_the_model_and_needs_no_numpy_when_warm():
    import subprocess
    import sys

    from kaesong_cli.commands import Session

    index = Session(None).index
    quick = meaning.fast(index)
    assert quick is not None and len(quick.vectors()) == index.statement_count()
    texts = ["what made Pyongyang furious?", "North Korea blows up the liaison office", "김여정"]
    ours, theirs = np.array(quick.embed(texts)), meaning.Model().embed(texts)
    assert (np.sum(ours * theirs, axis=1) > 0.95).all()  # pieces embedded alone: close to the whole text's tokens
    probe = ("import sys, runpy; sys.argv = ['kaesong', 'ask', 'what made Pyongyang furious?']\n"
             "try:\n    runpy.run_module('kaesong_cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print('NUMPY' if 'numpy' in sys.modules else 'NONUMPY', file=sys.stderr)")
    subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)  # makes the cache
    warm = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert warm.stdout.startswith("answer\t") and warm.stderr.strip().endswith("NONUMPY"), warm.stderr


def test_a_question_for_the_day_of_the_week_gets_the_weekday_first():
    result = kaesong("ask", "what day of the week was the office blown up", "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["answer"]["display"].startswith("Tuesday, 16 June 2020")
    plain = kaesong("ask", "when was the office blown up").stdout.splitlines()[0]
    assert "Tuesday" not in plain


def test_the_answer_line_names_who_gives_each_time():
    line = kaesong("ask", "when was the office blown up").stdout.splitlines()[0].split("\t")[1]
    assert line == "16 June 2020, 14:50 KST (KCNA; 14:49 by the Ministry of Unification)"


@pytest.mark.parametrize(("question", "display"), [
    ("Which floor did the South Korean officials work on?", "the second floor (floor 2): the South's officials"),
    ("북측 인원은 건물의 몇 층을 사용했습니까?", "the fourth floor (floor 4): the North's representatives"),
])
def test_one_entry_of_a_numbered_list_answers_which_one(question, display):
    _, doc = ask(question)
    assert doc["answer"]["display"] == display and doc["answer"]["fact"] == "liaison-office#floors"


def test_the_entry_a_question_names_by_its_number_is_the_answer():
    from kaesong_cli.answer.answers import offer
    from kaesong_cli.commands import Session
    from kaesong_cli.reader import read

    index = Session(None).index
    floors = index.statement("liaison-office#floors")
    assert offer(index, floors, read("What was on the third floor?", index)).display.endswith("conference room")
    assert offer(index, floors, read("연락사무소 1층에는 무엇이 있었나요?", index)).display.startswith("the first floor")
    assert offer(index, floors, read("Which floors did both sides use?", index)).value == floors["value"]


def test_the_two_sides_is_a_reference_not_the_count_asked_for():
    _, doc = ask("How many South Koreans came home from the office when it was suspended?")
    assert doc["answer"]["display"] == "58 South Koreans" and doc["answer"]["fact"] == "office-suspended"


def test_how_many_of_a_group_were_something_counts_the_something():
    _, doc = ask("how many of the south koreans who returned were officials")
    assert doc["answer"]["display"] == "17 officials" and doc["answer"]["fact"] == "office-suspended"


@pytest.mark.parametrize(("question", "starts"), [("demolition day of week", "Tuesday, 16 June 2020"),
                                                  ("ministry of unification demolition time", "16 June 2020, 14:49 KST")])
def test_keywords_ask_for_the_type_their_cue_word_names(question, starts):
    _, doc = ask(question)
    assert doc["answer"]["display"].startswith(starts) and doc["answer"]["fact"] == "office-demolished"


def test_a_side_named_in_a_question_that_asks_for_a_person_is_no_floor():
    _, doc = ask("남측 연락사무소장은 누구였나요?")
    assert doc is None or doc["answer"] is None or doc["answer"]["fact"] != "liaison-office#floors"


def test_a_person_of_the_side_the_question_names_answers():
    # 'president' brings Moon Jae-in in by his relation: he is the answer, not a name to leave out;
    # Kim Jong-un, of the North, is no South Korean president
    _, doc = ask("Which South Korean president agreed with Kim Jong-un to open the office?")
    assert doc["answer"]["type"] == "person" and doc["answer"]["display"] == "Moon Jae-in"
    _, doc = ask("which south korean leader signed the panmunjom declaration")  # both did: Moon for the South
    assert doc["answer"]["display"] == "Moon Jae-in"
    _, doc = ask("which north korean leader signed the panmunjom declaration")
    assert doc["answer"]["display"] == "Kim Jong-un"
    _, doc = ask("which south korean body reported the blast time")  # KCNA did: of the North
    answer = (doc or {}).get("answer") or {}
    assert answer.get("display") not in ("North Korea", "Korean Central News Agency")


def test_why_answers_with_the_cause_an_entity_is_described_as():
    _, doc = ask("why was north korea angry")
    assert doc["answer"]["type"] == "reason" and "leaflets" in doc["answer"]["display"]


@pytest.mark.parametrize(("question", "shown"), [
    ("wat day was the liason ofice destroyed", "16 June 2020"),
    ("폭파 소식을 보도한 북한 관영 매체는 어디입니까?", "Korean Central News Agency"),
])
def test_a_misspelt_question_word_and_a_korean_body_question_are_read(question, shown):
    _, doc = ask(question)
    assert shown in doc["answer"]["display"]


def test_a_misspelt_week_asks_the_day_of_the_week():
    _, doc = ask("what day of the weak did kim yo jong make her warning")  # 'weak': the week, misspelt
    assert doc["answer"]["display"].startswith("Saturday, 13 June 2020")


@pytest.mark.parametrize(("question", "did"), [
    ("When did South Korea blow up the office?", "North Korea"), ("남한은 언제 연락사무소를 폭파했나요?", "North Korea"),
    ("When did Moon Jae-in threaten to close the office?", "Kim Yo-jong"),
    ("When did North Korea sue South Korea?", "South Korea"),
])
def test_a_question_whose_subject_did_not_do_the_act_is_declined_with_who_did(question, did):
    # the date of the act would be a confident wrong answer to a question with a false premise
    result, doc = ask(question)
    assert result.exit_code == 1 and doc["answer"] is None and doc["declined"] == "premise"
    assert f"the record says {did} did it" in result.stderr


@pytest.mark.parametrize(("question", "shown"), [("When did North Korea blow up the office?", "16 June 2020"),
                                                 ("When did Pyongyang blow up the office?", "16 June 2020"),
                                                 ("When did South Korea sue North Korea?", "14 June 2023")])
def test_a_question_whose_subject_did_it_or_is_of_it_is_answered(question, shown):
    _, doc = ask(question)
    assert doc["answer"]["display"].startswith(shown)


def test_a_count_of_the_other_side_does_not_answer():
    result, doc = ask("How many North Koreans returned home in January 2020?")  # 58 South Koreans did
    assert result.exit_code == 1 and doc["answer"] is None
    _, doc = ask("How many South Koreans returned home in January 2020?")
    assert doc["answer"]["display"] == "58 South Koreans"


def test_a_place_the_answer_is_not_in_is_no_answer():
    # the office that opened on 14 September 2018 is in Kaesong (along located-in), not Panmunjom
    result, doc = ask("When did the liaison office in Panmunjom open?")
    assert result.exit_code == 1 and doc["answer"] is None and "Panmunjom" in doc["why"]
    _, doc = ask("When did the liaison office in Kaesong open?")
    assert doc["answer"]["display"].startswith("14 September 2018")
    # a capital named as the place of an act is that city, not its state's other names ('the South')
    result, doc = ask("When did the inter-Korean joint liaison office in Seoul open?")
    assert result.exit_code == 1 and doc["answer"] is None and "Seoul" in doc["why"]
    # a state named as where someone served is no place of an act
    _, doc = ask("What was Jon Jong-su's post in Pyongyang?")
    assert "Vice-chairman" in doc["answer"]["display"]


@pytest.mark.parametrize(("question", "name"), [("연락사무소 북측 소장은 누구였나요?", "Jon Jong-su"),
                                                ("연락사무소 남측 소장은 누구였나요?", "Chun Hae-sung")])
def test_a_korean_side_of_the_person_asked_for_and_a_side_from_a_description(question, name):
    # Chun Hae-sung's side is in his description only ('South Korea's vice minister of unification')
    _, doc = ask(question)
    assert doc["answer"]["display"] == name


@pytest.mark.parametrize("question", ["how many lifts did the liaison office building have",
                                      "How many kilograms of explosives did North Korea use?"])
def test_a_count_of_something_the_record_never_counts_is_declined(question):
    # the record counts storeys and people, never lifts or explosives: no count of another thing answers
    result, doc = ask(question)
    assert result.exit_code == 1 and doc["answer"] is None


@pytest.mark.parametrize("question", ["How many floors did the office building have?", "How many storys did the building have",
                                      "몇 층 건물이었나?"])
def test_a_count_of_what_the_record_counts_in_other_words_is_answered(question):
    # floors are storeys in the glossary; a misspelt 'storys' is read as the word the record holds
    _, doc = ask(question)
    assert doc["answer"]["display"] == "four storeys" and doc["answer"]["type"] == "count"


@pytest.mark.parametrize("question", ["third inter-korean summit date", "When was the third summit?"])
def test_an_ordinal_says_which_event(question):
    # 'third' is a subject word: the third summit (Pyongyang), not the Hanoi summit the glossary also finds
    _, doc = ask(question)
    assert doc["answer"]["fact"] == "pyongyang-summit" and doc["answer"]["value"].startswith("2018-09-18")


@pytest.mark.parametrize(("question", "days", "first", "last"), [
    ("How many days after the Panmunjom Declaration did the office open?", 140, "panmunjom-declaration-signed",
     "office-opened"),
    ("how long after the office opened was it blown up", 641, "office-opened", "office-demolished"),
    ("how many days passed between the lines being cut and the demolition", 7, "lines-cut", "office-demolished"),
    ("how many days before the hanoi summit was the last co-heads' meeting", 5, "last-weekly-meeting", "hanoi-summit"),
    ("연락사무소는 문을 연 지 얼마 만에 폭파됐나요?", 641, "office-opened", "office-demolished"),
])
def test_how_long_between_two_events_is_worked_out_from_their_dates(question, days, first, last):
    result, doc = ask(question)
    assert result.exit_code == 0
    answer = doc["answer"]
    assert answer["type"] == "count" and answer["value"] == f"P{days}D" and answer["fact"] == last
    assert answer["display"].startswith(f"{days} days (")
    assert [a["statement"]["id"] for a in doc["answers"][:2]] == [last, first]  # both events, the later first


def test_how_long_between_things_the_record_does_not_date_is_no_answer():
    # a span is never read from a number in a text: when one of the two is not clearly one event, no answer
    result, doc = ask("How many days after the leaflets did the North get angry?")
    assert result.exit_code == 1 and doc["answer"] is None
    # in plain text too: the answer line is the span and both dates
    result = kaesong("ask", "How many days after the Panmunjom Declaration did the office open?", "--format", "plain")
    assert result.stdout.splitlines()[0].split("\t")[:2] == ["answer", "140 days (27 April 2018 to 14 September 2018: "
                                                             "Panmunjom Declaration signed; Liaison office opens)"]


@pytest.mark.parametrize("question", ["When was the liaison office rebuilt after its destruction?",
                                      "Who designed the building?"])
def test_a_question_whose_subject_words_the_record_never_uses_is_declined(question):
    # rule unknown_words (English questions): a third of the subject words unknown to the record, glossed
    # or respelt, is a subject the record does not hold
    result, doc = ask(question)
    assert result.exit_code == 1 and doc["answer"] is None and doc["declined"] == "unknown_words"
    # a light verb is no subject word the record lacks ('make her warning')
    _, doc = ask("On what day did Kim Yo-jong make her warning?")
    assert doc["answer"]["display"].startswith("13 June 2020")


# --- a later session: readings measured on the pool of question sets (bench/ask_eval.py --pool) ---

def test_a_reason_names_where_its_chain_of_causes_starts_with_that_causes_sources():
    result, doc = ask("why did north korea blow up the office")
    display = doc["answer"]["display"]
    assert result.exit_code == 0 and doc["answer"]["type"] == "reason"
    assert display.startswith("Kim Yo-jong warns the office will collapse, after: ")
    assert "leaflets (4 June 2020; yonhap-2020-06-05" in display


def test_a_passive_get_and_a_degree_adverb_do_not_hide_a_span():
    result, doc = ask("How long after her first threat to close the office did the building actually get blown up?")
    assert result.exit_code == 0 and doc["answer"]["display"].startswith("12 days (4 June 2020 to 16 June 2020")


@pytest.mark.parametrize("question", ["which fund paid for the renovation",
                                      "Which fund paid for the repair of the liaison office building?"])
def test_which_fund_asks_for_a_body(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"] == {**doc["answer"], "type": "person",
                                                        "value": "Inter-Korean Cooperation Fund"}


def test_a_count_whose_one_number_is_a_date_shows_what_its_name_counts():
    result, doc = ask("How often were the heads of the office supposed to meet?")
    assert result.exit_code == 0
    assert doc["answer"]["display"].startswith("weekly meetings: agreed between the co-heads")
    _, doc = ask("How many floors did the office building have?")
    assert doc["answer"]["display"] == "four storeys"


def test_a_number_that_is_no_money_is_no_amount():
    result, doc = ask("How much did the 15-storey support centre cost to build?")
    assert result.exit_code in (0, 1) and doc is not None
    assert doc["answer"] is None or ("won" in doc["answer"]["display"] and "storeys" not in doc["answer"]["display"])


def test_a_person_of_the_other_side_does_not_answer_for_this_side():
    result, doc = ask("Who was North Korea's resident secretary-general at the liaison office?")
    assert result.exit_code == 1 and doc["answer"] is None and doc["answers"] == []
    result, doc = ask("who was the South's secretary-general")
    assert result.exit_code == 0 and doc["answer"]["value"] == "Kim Chang-su"


def test_a_country_does_not_answer_which_city():
    result, doc = ask("In which North Korean city was the joint liaison office located?")
    assert result.exit_code == 0 and doc["answer"]["value"] != "North Korea"
    assert "Kaesong" in doc["answer"]["value"]


def test_words_of_another_speaker_do_not_answer_what_a_named_speaker_said():
    result, doc = ask("What did Jon Jong-su say about the destruction of the office?")
    assert result.exit_code == 1 and doc["answer"] is None
    result, doc = ask("what did kim yo-jong say about the office")
    assert result.exit_code == 0 and doc["answer"]["type"] == "quotation"
    assert doc["answers"][0]["statement"]["speaker"] == "kim-yo-jong"


# --- readings measured on the pool with holdout6 and holdout8 (bench/ask_eval.py --pool) ---

@pytest.mark.parametrize("question, value", [("who was the norths cheif at the liason ofice", "Jon Jong-su"),
                                             ("남측 연락사무소장은 누구였나요?", "Chun Hae-sung"),
                                             ("북측 연락사무소장은 누구였나요?", "Jon Jong-su")])
def test_a_side_is_read_through_a_misspelling_and_a_korean_compound(question, value):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["value"] == value
    assert doc["reading"]["side"] in ("north-korea", "south-korea")


def test_a_korean_which_noun_sets_the_type():
    result, doc = ask("공동연락사무소는 북한의 어느 도시에 있었습니까?")
    assert result.exit_code == 0 and doc["reading"]["type"] == "place" and doc["answer"]["value"] == "Kaesong"
    _, doc = ask("연락사무소 리모델링 비용은 어떤 기금에서 나왔나요?")
    assert doc["reading"]["type"] == "person"


def test_a_sum_answers_only_a_question_for_a_whole():
    _, doc = ask("how much did South Korea spend to renovate the office")
    assert doc["answer"]["display"].startswith("9.78 billion won")
    _, doc = ask("what was the office's operating budget for 2020")
    assert doc["answer"]["display"] == "6.406 billion won"
    _, doc = ask("how much did the office cost South Korea in total")
    assert doc["answer"]["display"] == "33.82 billion won"


def test_no_count_of_people_from_a_buildings_storeys():
    result, doc = ask("연락사무소 폭파로 사망한 사람은 몇 명이었니?")
    assert result.exit_code == 1 and doc["answer"] is None
    _, doc = ask("how many floors did the support centre have")
    assert doc["answer"]["display"] == "15 storeys"


def test_a_measure_the_record_never_gives_is_declined():
    result, doc = ask("How tall, in metres, was the liaison office building?")
    assert result.exit_code == 1 and doc["answer"] is None and doc["reading"]["type"] == "amount"


@pytest.mark.parametrize("question", ["when was the next inter-korean summit after the demolition",
                                      "When were the inter-Korean communication lines restored after June 2020?",
                                      "who is south korea's unification minister today",
                                      "Who was South Korea's unification minister on the day the office was blown up?"])
def test_a_time_the_question_sets_excludes_facts_of_other_times(question):
    result, doc = ask(question)
    assert result.exit_code == 1 and doc["answer"] is None


def test_a_dating_clause_still_finds_what_happened_at_that_time():
    result, doc = ask("how many South Koreans were working there when it closed")
    assert result.exit_code == 0 and doc["answer"]["display"] == "58 South Koreans"
    _, doc = ask("What did Kim Yo-jong say before the office was blown up?")
    assert doc["answer"]["type"] == "quotation" and doc["reading"]["during_rel"] == "before"


def test_why_the_meetings_stopped_names_the_summit_the_article_blames():
    result, doc = ask("why did the meetings stop")
    assert result.exit_code == 0 and doc["answer"]["type"] == "reason"
    assert "Hanoi" in doc["answer"]["display"]


@pytest.mark.parametrize("question, hangul", [("what is the ministry of unification called in korean", "통일부"),
                                              ("what is the korean name of the liaison office", "남북공동연락사무소")])
def test_a_korean_name_is_asked_of_the_entity(question, hangul):
    result, doc = ask(question)
    assert result.exit_code == 0 and hangul in doc["answer"]["display"]


def test_korean_from_to_asks_the_days_between():
    result, doc = ask("김여정이 처음 사무소 폐쇄를 위협한 날부터 폭파까지 며칠이 걸렸나요?")
    assert result.exit_code == 0 and doc["answer"]["display"].startswith("12 days")


def test_when_something_ended_is_not_answered_with_when_it_began():
    result, doc = ask("what time did the opening ceremony end")
    assert result.exit_code == 1 and doc["answer"] is None
    result, doc = ask("when did the Hanoi summit end")
    assert result.exit_code == 0 and "28 February 2019" in doc["answer"]["display"]


def test_a_misspelt_which_noun_sets_the_type():
    result, doc = ask("wich counsil aproved the budget")
    assert result.exit_code == 0 and doc["reading"]["type"] == "person"
    assert doc["answer"]["value"] == "Council for the Promotion of Inter-Korean Exchanges and Cooperation"


@pytest.mark.parametrize("question", ["김여정은 김정은 위원장과 어떤 관계입니까?",
                                      "What is Kim Yo-jong's relationship to Kim Jong-un?"])
def test_a_relation_asked_between_two_named_people_is_the_one_between_them(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["fact"] == "kim-yo-jong#sister-of:kim-jong-un"


@pytest.mark.parametrize("question", ["council that approved liaison office renovation budget",
                                      "What Seoul committee signed off on the money spent fixing up the Kaesong premises?"])
def test_a_body_asked_before_cost_words_is_a_body(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["reading"]["type"] == "person"
    assert doc["answer"]["value"] == "Council for the Promotion of Inter-Korean Exchanges and Cooperation"


def test_a_floor_area_is_answered_in_square_metres_or_not_at_all():
    result, doc = ask("What was the total floor area of the liaison office building?")
    assert result.exit_code == 0 and doc["reading"]["type"] == "amount" and "4,498.57 m²" in doc["answer"]["display"]
    _, doc = ask("how much did the renovation cost")
    assert doc["answer"]["display"].startswith("9.78 billion won")


@pytest.mark.parametrize("question, display", [("how many support staff came home in january 2020", "41 support staff"),
                                               ("how many officials returned in january 2020", "17 officials"),
                                               ("how many southern staff left kaesong when the virus halted work",
                                                "58 South Koreans")])
def test_a_count_of_a_group_is_the_count_that_names_it(question, display):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["display"] == display


def test_a_count_of_one_side_is_not_answered_by_the_other_sides():
    result, doc = ask("How many North Korean officials went back to Pyongyang when the office closed for Covid?")
    assert result.exit_code == 1 and doc["answer"] is None


@pytest.mark.parametrize("question", ["At which numbered meeting did the council sign off on the renovation money?",
                                      "교추협은 몇 번째 회의에서 개보수 비용을 의결했나요?"])
def test_a_numbered_meeting_is_answered_with_its_ordinal(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["display"] == "298th meeting"


def test_days_of_one_month_read_as_one_span():
    result, doc = ask("When was the US–North Korea summit in Hanoi held?")
    assert result.exit_code == 0 and doc["answer"]["display"] == "27–28 February 2019"


def test_the_day_the_morning_call_went_unanswered():
    result, doc = ask("On which day did the North first leave the morning call unanswered?")
    assert result.exit_code == 0 and doc["answer"]["display"] == "8 June 2020"


def test_kcnas_own_english_is_not_the_articles_retranslation():
    result, doc = ask("What were KCNA's own English words for the explosion on 16 June?")
    assert result.exit_code == 0 and doc["answer"]["fact"] == "kcna-explosion-original"


@pytest.mark.parametrize("question", ["who put the explosion at 14:49", "통일부가 밝힌 폭파 시각은 몇 시입니까?"])
def test_who_gives_a_time_and_the_time_someone_gives(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and "Ministry of Unification" in doc["answer"]["display"]


def test_a_time_in_a_question_of_who_did_the_act_asks_the_doer_not_who_gave_it():
    result, doc = ask("Who blew up the office at 2:50 p.m.?")
    assert result.exit_code == 0 and doc["answer"]["value"] == "North Korea"


@pytest.mark.parametrize("question, value", [("남북공동연락사무소가 문을 연 날짜는 언제입니까?", "2018-09-14"),
                                             ("2020년 1월 말 연락사무소 운영이 중단된 이유는 무엇입니까?", None),
                                             ("3차 남북정상회담은 어디에서 열렸나요?", "Pyongyang")])
def test_korean_idioms_periods_and_ordinals(question, value):
    result, doc = ask(question)
    assert result.exit_code == 0
    if value:
        assert doc["answer"]["value"].startswith(value)
    else:
        assert doc["reading"]["type"] == "reason" and doc["answer"]["fact"] == "office-suspended"


@pytest.mark.parametrize("question", ["where was the liaison office", "연락사무소는 어디에 있었나요?",
                                      "where was the inter-korean liasion office situated"])
def test_where_is_x_is_the_relation_that_places_x(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["fact"] == "liaison-office#located-in:kaesong-industrial-complex"


def test_an_undated_fact_may_answer_before_or_after_a_dated_one():
    result, doc = ask("How many times a day did the two Koreas phone each other after the office closed?")
    assert result.exit_code == 0 and doc["answer"]["fact"] == "liaison-office#daily-calls"
    assert doc["reading"]["during_rel"] == "after"


def test_how_often_is_no_answer_to_how_many_in_total():
    result, doc = ask("How many co-heads' meetings were held in total before they stopped?")
    assert result.exit_code == 1 and doc["answer"] is None
    result, doc = ask("how often did the co-heads meet")
    assert result.exit_code == 0 and doc["answer"]["fact"] == "liaison-office#weekly-meetings"


@pytest.mark.parametrize("question, fact", [
    ("How did KCNA describe the destruction of the liaison office?", "kcna-explosion"),
    ("What did South Korea's Ministry of Unification say the office would become?", "mou-round-the-clock")])
def test_the_speaker_asked_is_the_one_named_who_can_speak(question, fact):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["fact"] == fact


def test_inside_which_zone_is_where_the_thing_is_not_what_stands_next_to_it():
    result, doc = ask("Inside which industrial zone did the liaison office building stand?")
    assert result.exit_code == 0 and doc["answer"]["value"] == "Kaesong Industrial Complex"
    result, doc = ask("what building stood next to the liaison office?")
    assert result.exit_code == 0 and doc["answer"]["value"] == "Kaesong Industrial Complex Support Center"


@pytest.mark.parametrize("question", ["How much did North Korea pay toward renovating the building?",
                                      "북한이 연락사무소 보수에 부담한 비용은 얼마인가요?"])
def test_a_sum_another_paid_does_not_answer_who_paid(question):
    result, doc = ask(question)
    assert result.exit_code == 1 and doc["answer"] is None
    assert "Inter-Korean Cooperation Fund paid it" in result.stderr
    result, doc = ask("How much did Seoul spend on the renovation?")
    assert result.exit_code == 0 and doc["answer"]["value"].startswith("9.78 billion won")


def test_a_sum_of_another_building_does_not_answer():
    result, doc = ask("What did the Kaesong Industrial Complex Support Center cost to build?")
    assert result.exit_code == 1 and doc["answer"] is None and "another building" in result.stderr


def test_an_answer_that_restates_the_question_is_no_answer():
    result, doc = ask("Which defector group sent the leaflets that angered Pyongyang?")
    assert result.exit_code == 1 and doc["answer"] is None
    result, doc = ask("who sent the leaflets")
    assert result.exit_code == 0 and doc["answer"]["value"] == "North Korean defectors"


def test_which_agency_is_the_agency_among_the_acts_agents():
    result, doc = ask("which agency reported the blast time")
    assert result.exit_code == 0 and doc["answer"]["value"] == "Korean Central News Agency"


@pytest.mark.parametrize("question", ["How many staff did each side have at the office?",
                                      "연락사무소에는 남북 각각 몇 명이 근무했나요?"])
def test_a_count_of_each_side_is_not_one_sides_count_nor_a_clock_time(question):
    result, doc = ask(question)
    if doc["answer"] is not None:
        assert doc["answer"]["display"].startswith("15 to 20 staff")
    else:
        assert result.exit_code == 1


def test_a_morning_time_is_not_answered_with_an_afternoon_one():
    _, doc = ask("what time was the morning call between the koreas")
    assert doc["answer"] is None or "12:00" not in doc["answer"]["display"]


@pytest.mark.parametrize("question", ["renovation supervision cost", "개보수 감리비는 얼마였나요?"])
def test_a_part_of_a_sum_asked_by_its_own_purpose(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["fact"] == "renovation-supervision"
    result, doc = ask("how much did the renovation cost")
    assert result.exit_code == 0 and doc["answer"]["display"].startswith("9.78 billion won")


@pytest.mark.parametrize("question, value", [("남측 공동연락사무소장은 누구였나요?", "Chun Hae-sung"),
                                             ("when did kaesong industrail complex shutdown", "2016-02"),
                                             ("who was sued over the liaison office", "North Korea"),
                                             ("Who was the South Korean head of the liaison office when it opened?",
                                              "Chun Hae-sung")])
def test_compounds_misspelt_names_passives_and_the_clause_it_opened(question, value):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["value"].startswith(value)


@pytest.mark.parametrize("question, fact", [("lawsuit amount liaison office", "lawsuit-claim"),
                                            ("why weekly meetings stopped", "last-weekly-meeting"),
                                            ("Adding the building's construction cost to its renovation bill gives "
                                             "what total?", "construction-and-renovation"),
                                            ("귀환한 남측 인원 중 정부 관계자는 몇 명이었나요?", "office-suspended")])
def test_keywords_of_amount_reasons_sums_and_korean_among(question, fact):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["fact"] == fact
    if fact == "office-suspended":
        assert doc["answer"]["display"] == "17 officials"


def test_when_something_was_first_planned_is_not_when_it_happened():
    result, doc = ask("when was the opening of the liaison office first planned for")
    assert result.exit_code == 0 and doc["answer"]["value"] == "2018-08"
    assert doc["answer"]["display"].startswith("August 2018 (first planned")
    result, doc = ask("when did the office open")
    assert doc["answer"]["value"].startswith("2018-09-14")


def test_the_two_koreas_and_a_year_are_no_count():
    _, doc = ask("How many times a day did the two Koreas call each other after the office closed?")
    assert doc["answer"] is None or doc["answer"]["fact"] == "liaison-office#daily-calls"


def test_a_misspelt_speaker_is_not_the_office_named_beside_it():
    result, doc = ask("what did kim yo jung say about the liason office before it was blown up")
    assert result.exit_code == 0 and doc["answer"]["fact"].startswith("kim-yo-jong-")


@pytest.mark.parametrize("question", ["Which agreement set up the joint liaison office?",
                                      "공동연락사무소 설치는 어떤 선언에 따른 것이었나요?"])
def test_which_agreement_is_answered_with_its_name(question):
    result, doc = ask(question)
    assert result.exit_code == 0 and doc["answer"]["display"] == "Panmunjom Declaration"
    assert doc["answer"]["fact"] == "liaison-office#created-by:panmunjom-declaration"


@pytest.mark.parametrize("question", ["which treaty ended the Korean War",
                                      "which agreement did North Korea break by blowing up the office"])
def test_an_agreement_the_record_does_not_tie_to_the_question_is_no_answer(question):
    result, doc = ask(question)
    assert result.exit_code == 1 and doc["answer"] is None


def test_what_a_sum_paid_for_is_its_purpose_not_the_sum():
    result, doc = ask("Besides the office building itself, what else did the 9.78 billion won pay for?")
    assert result.exit_code == 0 and doc["answer"]["fact"] == "renovation-cost"
    assert "staff lodging" in doc["answer"]["display"] and doc["reading"]["type"] == "description"
    result, doc = ask("what did Seoul pay for the renovation")
    assert result.exit_code == 0 and doc["reading"]["type"] == "amount"
